//! Killing a laptop or the server in the middle of a live session (SIGKILL, no
//! chance to clean up) loses nothing the server acknowledged; a restarted server
//! takes the same links, and laptops carry on where they were.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly where it cannot go on"
)]

use std::io::{BufRead, BufReader};
use std::net::{Ipv4Addr, TcpListener};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use journeymap::document::Document;
use journeymap::edit::{Change, Edit};
use journeymap::model::{Project, synthetic};
use journeymap::sync::{Hosting, Link, Options, Session};

/// `journeymap serve` as its own process; its first line says it listens.
fn serve(port: u16, data: &Path) -> Child {
    let mut child = Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .args(["serve", "--port", &port.to_string(), "--data"])
        .arg(data)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert!(line.contains("sync server at"), "serve said {line:?}");
    child
}

fn free_port() -> u16 {
    TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The editors' code `serve` keeps in its data folder.
fn editors_code(data: &Path) -> String {
    let codes = std::fs::read_to_string(data.join("codes")).unwrap();
    codes.lines().next().unwrap().to_owned()
}

struct Laptop {
    open: Document,
    live: Session,
}

impl Laptop {
    fn new((live, project): (Session, Project)) -> Laptop {
        let mut open = Document::untitled(project);
        open.start_live();
        Laptop { open, live }
    }

    fn rename(&mut self, index: usize, title: &str) {
        let j = &self.open.project().journeys[0];
        let mut card = j.cards[index].clone();
        card.title = title.into();
        let edit = Edit::Card {
            journey: j.id,
            change: Change::Replace { item: card },
        };
        self.open
            .apply(edit, journeymap::i18n::Said::same("test"))
            .unwrap();
        let changed = self.open.take_changed();
        self.live.record(self.open.project(), &changed).unwrap();
    }

    fn title(&self, index: usize) -> &str {
        &self.open.project().journeys[0].cards[index].title
    }

    /// Takes in what arrives until `done` (at most 20 s: a restarted server is
    /// dialled again after up to 5 s).
    fn until(&mut self, mut done: impl FnMut(&mut Laptop) -> bool) {
        let start = Instant::now();
        while !done(self) {
            assert!(start.elapsed() < Duration::from_secs(20), "timed out");
            self.live.receive(&mut self.open);
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

#[test]
fn killing_the_server_loses_nothing_acknowledged() {
    let data = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut server = serve(port, data.path());
    let url = format!("ws://127.0.0.1:{port}/?code={}", editors_code(data.path()));
    let hosting = Hosting::Server(url.parse().unwrap());
    let project = synthetic::project(60);
    let mut host = Laptop::new((
        Session::host(&project, &hosting, &Options::default()).unwrap(),
        project,
    ));
    let link = host.live.link().clone();
    let mut ana = Laptop::new(Session::join(&link, &Options::default()).unwrap());
    for i in 0..5 {
        ana.rename(i, &format!("Acknowledged {i}"));
        assert!(ana.live.flush(Duration::from_secs(5)), "not acknowledged");
    }

    server.kill().unwrap(); // SIGKILL
    server.wait().unwrap();
    // Work goes on while the server is down.
    ana.rename(10, "Written while the server was down");
    // The laptop notices the lost connection (at once, or at its next try).
    ana.until(|l| l.live.status().label() == "Offline · 1 change to send");

    let mut server = serve(port, data.path());
    // The same link lets people in again; the laptops find the server by themselves.
    host.until(|l| l.title(10) == "Written while the server was down");
    for i in 0..5 {
        assert_eq!(host.title(i), format!("Acknowledged {i}"));
    }
    let late = Laptop::new(Session::join(&link, &Options::default()).unwrap());
    assert_eq!(late.title(4), "Acknowledged 4");
    server.kill().unwrap();
    server.wait().unwrap();
}

/// The laptop that `killing_a_laptop_loses_nothing_acknowledged` kills: joins the
/// session in `JOURNEYMAP_KILL_LINK`, renames card after card and prints
/// "acknowledged N" once the server has each.
#[test]
#[ignore = "run as a separate process by killing_a_laptop_loses_nothing_acknowledged"]
fn laptop_to_be_killed() {
    let Ok(link) = std::env::var("JOURNEYMAP_KILL_LINK") else {
        return;
    };
    let link: Link = link.parse().unwrap();
    let mut me = Laptop::new(Session::join(&link, &Options::default()).unwrap());
    for i in 0.. {
        me.rename(i % 50, &format!("Acknowledged {i}"));
        assert!(me.live.flush(Duration::from_secs(10)));
        println!("acknowledged {i}");
    }
}

#[test]
fn killing_a_laptop_loses_nothing_acknowledged() {
    let data = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut server = serve(port, data.path());
    let url = format!("ws://127.0.0.1:{port}/?code={}", editors_code(data.path()));
    let project = synthetic::project(60);
    let host = Session::host(
        &project,
        &Hosting::Server(url.parse().unwrap()),
        &Options::default(),
    )
    .unwrap();
    let mut host = Laptop::new((host, project));
    let mut laptop = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "laptop_to_be_killed", "--ignored", "--nocapture"])
        .env("JOURNEYMAP_KILL_LINK", host.live.link().to_string())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(laptop.stdout.take().unwrap());
    let mut last = None;
    let mut line = String::new();
    while last.is_none_or(|n| n < 8) {
        line.clear();
        assert!(out.read_line(&mut line).unwrap() > 0, "the laptop stopped");
        if let Some(n) = line.trim().strip_prefix("acknowledged ") {
            last = Some(n.parse::<usize>().unwrap());
        }
    }
    laptop.kill().unwrap(); // SIGKILL, mid-edit
    laptop.wait().unwrap();
    let last = last.unwrap();

    // What the server acknowledged reaches the host, and a laptop joining now.
    host.until(|l| l.title(last) == format!("Acknowledged {last}"));
    let again = Laptop::new(Session::join(host.live.link(), &Options::default()).unwrap());
    for i in 0..=last {
        assert_eq!(again.title(i), format!("Acknowledged {i}"));
    }
    server.kill().unwrap();
    server.wait().unwrap();
}
