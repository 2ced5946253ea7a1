//! Live sessions in the real app: one window starts a session, another joins it by
//! its link; both show the connection state, and the joiner sees the host's map.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly where it cannot go on"
)]

mod common;

use std::time::{Duration, Instant};

use common::{App, click, example, menu_label, type_into, wait_for_load};
use egui_kittest::kittest::{NodeT, Queryable};
use journeymap::app::commands::Command;

/// Runs frames of both windows until `done` (at most 15 s).
fn until(apps: &mut [&mut App], done: impl Fn(&[&mut App]) -> bool) {
    let start = Instant::now();
    while !done(apps) {
        assert!(start.elapsed() < Duration::from_secs(15), "timed out");
        for a in apps.iter_mut() {
            a.step();
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn status_text(app: &App) -> String {
    app.query_all_by_label_contains("● ")
        .filter_map(|n| n.accesskit_node().value())
        .filter(|v| v.starts_with("● ") && (v.contains("Live") || v.contains("Offline")))
        .collect::<Vec<_>>()
        .join(" | ")
}

#[test]
fn a_window_hosts_and_another_joins_by_the_link() {
    let mut host = common::app_on(Some(example("retail.ron")));
    wait_for_load(&mut host);
    click(&mut host, "Workshop");
    click(&mut host, &menu_label(Command::LiveStart));
    host.get_by_label("Start live session");
    click(&mut host, "Start");
    let session = host.state().live_session().expect("a session runs");
    let link = session.link().to_string();
    assert!(
        link.starts_with("ws://") && link.contains("#automerge:"),
        "{link}"
    );
    let code = session.link().code.clone().unwrap();
    host.get_by_label(&format!("Join code: {code}"));
    host.get_by_label("Viewers' link");
    click(&mut host, "Close");
    assert!(
        status_text(&host).contains("Live"),
        "{}",
        status_text(&host)
    );

    let mut guest = common::app_on(Some(example("bank_loan.ron")));
    wait_for_load(&mut guest);
    click(&mut guest, "Workshop");
    click(&mut guest, &menu_label(Command::LiveJoin));
    type_into(&mut guest, "Join link", &link);
    click(&mut guest, "Join");
    until(&mut [&mut host, &mut guest], |apps| {
        apps[1].state().live_session().is_some()
    });
    assert_eq!(
        guest.state().document().project(),
        host.state().document().project(),
        "the guest shows the host's map"
    );
    // Presence: each window counts two people.
    until(&mut [&mut host, &mut guest], |apps| {
        apps.iter()
            .all(|a| status_text(a).contains("Live · 2 people"))
    });
}

#[test]
fn a_bad_link_says_what_is_wrong() {
    let mut guest = common::app_on(Some(example("retail.ron")));
    wait_for_load(&mut guest);
    click(&mut guest, "Workshop");
    click(&mut guest, &menu_label(Command::LiveJoin));
    type_into(&mut guest, "Join link", "http://example.org/map");
    click(&mut guest, "Join");
    assert!(
        guest
            .query_by_label_contains("does not name a shared document")
            .is_some(),
        "no error shown"
    );
    assert!(guest.state().live_session().is_none());
}
