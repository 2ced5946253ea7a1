//! Live sessions in the real app: one window starts a session, another joins it by
//! its link; both show the connection state, and the joiner sees the host's map.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly where it cannot go on"
)]

mod common;

use std::time::{Duration, Instant};

use common::{App, click, example, menu_label, press, type_into, wait_for_load};
use egui::{Key, Modifiers};
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

/// Workshop › Start live session… on this laptop (as `name`); returns the join link
/// once the session runs, with its dialog still open.
fn start_hosting(host: &mut App, name: Option<&str>) -> String {
    click(host, "Workshop");
    click(host, &menu_label(Command::LiveStart));
    host.get_by_label("Start live session");
    if let Some(name) = name {
        type_into(host, "Your name", name);
    }
    click(host, "Start");
    until(&mut [&mut *host], |apps| {
        apps[0].state().live_session().is_some()
    });
    host.run();
    host.state().live_session().unwrap().link().to_string()
}

/// Workshop › Join live session… with `link` (as `name`).
fn ask_to_join(guest: &mut App, link: &str, name: Option<&str>) {
    click(guest, "Workshop");
    click(guest, &menu_label(Command::LiveJoin));
    type_into(guest, "Join link", link);
    if let Some(name) = name {
        type_into(guest, "Your name", name);
    }
    click(guest, "Join");
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
    start_hosting(&mut host, None);
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
    ask_to_join(&mut guest, &link, None);
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
    ask_to_join(&mut guest, "http://example.org/map", None);
    assert!(
        guest
            .query_by_label_contains("does not name a shared document")
            .is_some(),
        "no error shown"
    );
    assert!(guest.state().live_session().is_none());
}

/// Claire hosts retail.ron; Ana joins it.
fn host_and_guest() -> (App, App) {
    let mut host = common::app_on(Some(example("retail.ron")));
    wait_for_load(&mut host);
    let link = start_hosting(&mut host, Some("Claire"));
    click(&mut host, "Close");
    let mut guest = common::app_on(Some(example("bank_loan.ron")));
    wait_for_load(&mut guest);
    ask_to_join(&mut guest, &link, Some("Ana"));
    until(&mut [&mut host, &mut guest], |apps| {
        apps.iter()
            .all(|a| status_text(a).contains("Live · 2 people"))
    });
    (host, guest)
}

#[test]
fn others_see_my_selection_and_my_name() {
    let (mut host, mut guest) = host_and_guest();
    // The status bar names who else is here.
    host.get_by_label("● Ana");
    guest.get_by_label("● Claire");
    guest.get_by_label("Feels the first cold morning").click();
    until(&mut [&mut host, &mut guest], |apps| {
        apps[0]
            .query_by_label("Ana: Feels the first cold morning")
            .is_some()
    });
    // Another card: the outline moves.
    guest.get_by_label("Sees a coat on Instagram").click();
    until(&mut [&mut host, &mut guest], |apps| {
        apps[0]
            .query_by_label("Ana: Sees a coat on Instagram")
            .is_some()
            && apps[0]
                .query_by_label("Ana: Feels the first cold morning")
                .is_none()
    });
}

#[test]
fn the_facilitators_timer_runs_on_every_screen() {
    let (mut host, mut guest) = host_and_guest();
    press(&mut host, Modifiers::COMMAND, Key::T);
    host.get_by_label("Start").click();
    host.run();
    until(&mut [&mut host, &mut guest], |apps| {
        apps[1].state().timer().running() && apps[1].state().timer().shown
    });
    let (h, g) = (
        host.state().timer().remaining(),
        guest.state().timer().remaining(),
    );
    assert!(
        h.abs_diff(g) < Duration::from_secs(1),
        "{h:?} against {g:?}"
    );
    host.get_by_label("Pause").click();
    host.run();
    until(&mut [&mut host, &mut guest], |apps| {
        !apps[1].state().timer().running()
    });
}

#[test]
fn a_participant_follows_the_facilitators_presentation() {
    let (mut host, mut guest) = host_and_guest();
    click(&mut guest, "Workshop");
    click(&mut guest, &menu_label(Command::FollowFacilitator));
    press(&mut host, Modifiers::NONE, Key::F5);
    press(&mut host, Modifiers::NONE, Key::ArrowRight);
    press(&mut host, Modifiers::NONE, Key::ArrowRight);
    until(&mut [&mut host, &mut guest], |apps| {
        apps[1]
            .state()
            .canvas()
            .presenting
            .as_ref()
            .is_some_and(|p| p.stage == 2 && !p.overview)
    });
    // The facilitator leaves the presentation; so does the follower.
    press(&mut host, Modifiers::NONE, Key::Escape);
    until(&mut [&mut host, &mut guest], |apps| {
        apps[1].state().canvas().presenting.is_none()
    });
}

/// A file saved in a live session records it: reopened, the host's app hosts it
/// again on the same link, and a participant's file rejoins it.
#[test]
fn a_saved_file_rejoins_its_live_session_when_opened() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("workshop.ron");
    std::fs::copy(example("retail.ron"), &file).unwrap();
    let (host_keep, guest_keep) = (dir.path().join("host-live"), dir.path().join("guest-live"));
    let mut host = common::app_keeping_live(Some(file.clone()), host_keep.clone());
    wait_for_load(&mut host);
    let link = start_hosting(&mut host, None);
    click(&mut host, "Close");
    press(&mut host, Modifiers::COMMAND, Key::S);
    host.run();
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains(&link), "the file records the session");
    let shared = host.state().document().project().clone();

    // A participant's file, saved in the same session.
    let guest_file = dir.path().join("mine.ron");
    let record = journeymap::io::LiveRecord {
        link: link.clone(),
        host: false,
        viewers_code: None,
    };
    journeymap::io::save_live(&guest_file, &shared, Some(&record)).unwrap();
    drop(host); // the facilitator quits
    assert!(journeymap::io::load(&file).unwrap().live.is_some());

    let mut host = common::app_keeping_live(Some(file.clone()), host_keep);
    wait_for_load(&mut host);
    let again = host
        .state()
        .live_session()
        .unwrap_or_else(|| {
            panic!(
                "{:?} {:?}",
                host.state().status(),
                host.state().document().live_record()
            )
        })
        .link()
        .to_string();
    assert_eq!(again, link, "the same link");
    let mut guest = common::app_keeping_live(Some(guest_file.clone()), guest_keep);
    wait_for_load(&mut guest);
    until(&mut [&mut host, &mut guest], |apps| {
        apps[1].state().live_session().is_some()
            && apps
                .iter()
                .all(|a| status_text(a).contains("Live · 2 people"))
    });
    assert_eq!(guest.state().document().project(), &shared);
    assert_eq!(guest.state().document().path(), Some(guest_file.as_path()));

    // Leaving the session takes it out of the file at the next save.
    click(&mut guest, "Workshop");
    click(&mut guest, &menu_label(Command::LiveStart));
    click(&mut guest, "Leave session");
    press(&mut guest, Modifiers::COMMAND, Key::S);
    guest.run();
    assert!(
        !std::fs::read_to_string(&guest_file)
            .unwrap()
            .contains("live:")
    );
}

/// The facilitator opens a vote for everyone here; a participant casts their own
/// dots from their laptop; someone not listed joins the vote by their name.
#[test]
fn each_participant_votes_from_their_own_laptop() {
    let (mut host, mut guest) = host_and_guest();
    press(&mut host, Modifiers::COMMAND | Modifiers::SHIFT, Key::D);
    click(&mut host, "Everyone here");
    type_into(&mut host, "Question", "Worst pain points");
    click(&mut host, "Open vote");
    press(&mut guest, Modifiers::COMMAND | Modifiers::SHIFT, Key::D);
    until(&mut [&mut host, &mut guest], |apps| {
        apps[1]
            .query_by_label_contains("You vote as Ana: 3 of 3 dots left")
            .is_some()
    });
    // A participant opens and closes no vote, and casts no one else's dots.
    assert!(guest.query_by_label("Close vote and rank").is_none());
    assert!(guest.query_by_label("Claire").is_none());
    guest.get_by_label("Feels the first cold morning").click();
    guest.run();
    let card_votes = |app: &App| {
        let j = &app.state().document().project().journeys[0];
        let vote = j.votes.last().unwrap();
        let ana = vote
            .participants
            .iter()
            .find(|p| p.name == "Ana")
            .unwrap()
            .id;
        let card = j
            .cards
            .iter()
            .find(|c| c.title == "Feels the first cold morning")
            .unwrap();
        card.votes
            .iter()
            .filter(|v| v.participant == ana)
            .map(|v| v.dots)
            .sum::<u32>()
    };
    until(&mut [&mut host, &mut guest], |apps| {
        card_votes(apps[0]) == 1
    });
    guest.get_by_label_contains("You vote as Ana: 2 of 3 dots left");

    // The facilitator closes it and opens one for six anonymous participants: Ana
    // joins it under her name.
    click(&mut host, "Close vote and rank");
    let participants = "Participants: names, one per line, or how many";
    host.get_by_role_and_label(egui::Role::MultilineTextInput, participants)
        .focus();
    host.run();
    host.key_press_modifiers(Modifiers::COMMAND, Key::A);
    host.get_by_role_and_label(egui::Role::MultilineTextInput, participants)
        .type_text("6");
    host.run();
    click(&mut host, "Open vote");
    until(&mut [&mut host, &mut guest], |apps| {
        apps[1].query_by_label("Join the vote as Ana").is_some()
    });
    click(&mut guest, "Join the vote as Ana");
    until(&mut [&mut host, &mut guest], |apps| {
        let j = &apps[0].state().document().project().journeys[0];
        j.votes
            .last()
            .is_some_and(|v| v.open && v.participants.iter().any(|p| p.name == "Ana"))
    });
}

/// A participant saves a copy of the shared map: a plain project file, outside the
/// session, while the map they work on stays the session's.
#[test]
fn a_participant_saves_a_copy() {
    let (mut host, mut guest) = host_and_guest();
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("copy.ron");
    click(&mut guest, "File");
    click(&mut guest, &menu_label(Command::SaveCopy));
    type_into(
        &mut guest,
        "Path of the project file (.ron)",
        copy.to_str().unwrap(),
    );
    click(&mut guest, "Save");
    let loaded = journeymap::io::load(&copy).unwrap();
    assert_eq!(&loaded.project, host.state().document().project());
    assert!(loaded.live.is_none(), "a copy is outside the session");
    assert!(guest.state().document().path().is_none());
    assert!(guest.state().live_session().is_some());
    host.run();
}
