//! Live co-editing on one machine: the app's own server on 127.0.0.1 and headless
//! laptops (the real model, documents and sync code, without windows).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly where it cannot go on"
)]

use std::net::{Ipv4Addr, SocketAddr};
use std::time::{Duration, Instant};

use journeymap::document::Document;
use journeymap::edit::{Change, Edit};
use journeymap::model::{Card, Project, synthetic};
use journeymap::ops::{self, votes};
use journeymap::sync::{Hosting, Link, Options, Presence, Session, Status, SyncError};

/// A laptop: its open project and its part in the session.
struct Laptop {
    open: Document,
    live: Session,
}

impl Laptop {
    fn host(project: Project) -> Laptop {
        let hosting = Hosting::InApp {
            bind: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
        };
        Laptop::host_on(project, &hosting)
    }

    /// A laptop in `live`, showing `project`.
    fn new(live: Session, project: Project) -> Laptop {
        let mut open = Document::untitled(project);
        open.start_live();
        Laptop { open, live }
    }

    fn host_on(project: Project, hosting: &Hosting) -> Laptop {
        let live = Session::host(&project, hosting, &Options::default()).unwrap();
        Laptop::new(live, project)
    }

    fn join(link: &Link) -> Laptop {
        let (live, project) = Session::join(link, &Options::default()).unwrap();
        Laptop::new(live, project)
    }

    fn project(&self) -> &Project {
        self.open.project()
    }

    /// A local edit, as the app makes it: applied, then written to the session.
    fn edit(&mut self, edit: Edit) {
        self.open
            .apply(edit, journeymap::i18n::Said::same("test"))
            .unwrap();
        let changed = self.open.take_changed();
        self.live.record(self.open.project(), &changed).unwrap();
    }

    /// Takes in what arrived.
    fn receive(&mut self) {
        let problems = self.live.receive(&mut self.open);
        assert!(problems.is_empty(), "{problems:?}");
    }
}

/// Polls every laptop until `done` holds (at most 10 s).
fn settle(laptops: &mut [&mut Laptop], done: impl Fn(&[&mut Laptop]) -> bool) {
    let start = Instant::now();
    loop {
        for l in laptops.iter_mut() {
            l.receive();
        }
        if done(laptops) {
            return;
        }
        if start.elapsed() > Duration::from_secs(10) {
            for l in laptops.iter_mut() {
                eprintln!(
                    "{:?}: {:?}",
                    l.live.status(),
                    l.project().journeys[0].cards[0]
                );
            }
            panic!("the laptops did not agree in time");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn all_agree(laptops: &[&mut Laptop]) -> bool {
    laptops.windows(2).all(|w| w[0].project() == w[1].project())
}

fn rename(l: &Laptop, index: usize, title: &str) -> Edit {
    let j = &l.project().journeys[0];
    let mut card = j.cards[index].clone();
    card.title = title.into();
    Edit::Card {
        journey: j.id,
        change: Change::Replace { item: card },
    }
}

#[test]
fn edits_travel_live_between_three_laptops() {
    let mut host = Laptop::host(synthetic::project(200));
    let link = host.live.link().clone();
    assert_eq!(link.code.as_ref().map(String::len), Some(6));
    let mut ana = Laptop::join(&link);
    let mut ben = Laptop::join(&link);
    assert_eq!(ana.project(), host.project());

    host.edit(rename(&host, 3, "From the host"));
    ana.edit(rename(&ana, 4, "From Ana"));
    let journey = ben.project().journeys[0].clone();
    let new = Card::new(
        ben.open.new_id(),
        journey.stages[1].id,
        journey.lanes[1].id,
        "Ben's card",
    );
    ben.edit(ops::add_card(&journey, new.clone(), None));
    settle(&mut [&mut host, &mut ana, &mut ben], |ls| {
        all_agree(ls) && ls[0].project().journeys[0].card(new.id).is_some()
    });
    let cards = &host.project().journeys[0].cards;
    assert_eq!(cards[3].title, "From the host");
    assert_eq!(cards[4].title, "From Ana");
    assert!(matches!(
        host.live.status(),
        Status::Live { hosting: true, .. }
    ));
}

#[test]
fn a_concurrent_move_and_edit_both_survive_over_the_wire() {
    let mut host = Laptop::host(synthetic::project(80));
    let mut ana = Laptop::join(host.live.link());
    let journey = host.project().journeys[0].clone();
    let card = journey.cards[2].clone();
    let (stage, lane) = (journey.stages[3].id, journey.lanes[2].id);
    host.edit(ops::move_cards(&journey, &[card.id], stage, lane, None).unwrap());
    let mut edited = card.clone();
    edited.title = "Edited while moved".into();
    ana.edit(Edit::Card {
        journey: journey.id,
        change: Change::Replace { item: edited },
    });
    settle(&mut [&mut host, &mut ana], |ls| {
        all_agree(ls)
            && ls[0].project().journeys[0].card(card.id).unwrap().title == "Edited while moved"
    });
    let merged = host.project().journeys[0].card(card.id).unwrap();
    assert_eq!((merged.stage, merged.lane), (stage, lane));
}

#[test]
fn a_laptop_offline_catches_up_when_it_comes_back() {
    let mut host = Laptop::host(synthetic::project(80));
    let mut ana = Laptop::join(host.live.link());
    assert!(ana.live.wait_connected(Duration::from_secs(5)));
    ana.live.disconnect();
    for i in 0..5 {
        ana.edit(rename(&ana, i, &format!("Offline edit {i}")));
        host.edit(rename(&host, 10 + i, &format!("Host edit {i}")));
    }
    match ana.live.status() {
        Status::Offline { unsent } => assert_eq!(unsent, 5),
        other => panic!("expected offline, got {other:?}"),
    }
    assert_eq!(ana.live.status().label(), "Offline · 5 changes to send");
    ana.live.reconnect().unwrap();
    settle(&mut [&mut host, &mut ana], |ls| {
        all_agree(ls) && ls[0].project().journeys[0].cards[4].title == "Offline edit 4"
    });
    assert_eq!(host.project().journeys[0].cards[14].title, "Host edit 4");
    assert!(ana.live.flush(Duration::from_secs(5)));
}

#[test]
fn presence_is_relayed() {
    let mut host = Laptop::host(synthetic::project(20));
    let mut ana = Laptop::join(host.live.link());
    let card = ana.project().journeys[0].cards[1].id;
    ana.live.set_presence(Presence {
        name: "Ana".into(),
        color: [200, 60, 60],
        journey: Some(ana.project().journeys[0].id.0),
        selection: vec![card.0],
        ..Presence::default()
    });
    host.live.set_presence(Presence {
        name: "Facilitator".into(),
        facilitator: true,
        ..Presence::default()
    });
    let start = Instant::now();
    while host.live.others().is_empty() || ana.live.others().is_empty() {
        assert!(start.elapsed() < Duration::from_secs(10), "no presence");
        std::thread::sleep(Duration::from_millis(20));
    }
    let seen = &host.live.others()[0];
    assert_eq!(seen.name, "Ana");
    assert_eq!(seen.selection, [card.0]);
    assert!(ana.live.others()[0].facilitator);
    assert_eq!(host.live.status().label(), "Live · 2 people");
}

#[test]
fn two_participants_vote_from_their_own_laptops() {
    let mut host = Laptop::host(synthetic::project(30));
    let mut ana = Laptop::join(host.live.link());
    let journey = host.project().journeys[0].clone();
    let vote = votes::NewVote {
        question: "Worst pain points".into(),
        dots_per_participant: 3,
        participants: vec!["Ana".into(), "Ben".into()],
    };
    let mut next = {
        let mut ids = Vec::new();
        for _ in 0..10 {
            ids.push(host.open.new_id::<u64>());
        }
        move || ids.pop().unwrap()
    };
    let (open, session) = votes::open(&journey, &vote, String::new(), &mut next).unwrap();
    host.edit(open);
    settle(&mut [&mut host, &mut ana], all_agree);
    let j = host.project().journeys[0].clone();
    let participants = j.vote(session).unwrap().participants.clone();
    let card = j.cards[0].id;
    // Both put a dot on the same card at the same moment.
    let by_ana = votes::cast(
        &ana.project().journeys[0],
        session,
        participants[0].id,
        card,
        true,
    )
    .unwrap();
    let by_ben = votes::cast(
        &host.project().journeys[0],
        session,
        participants[1].id,
        card,
        true,
    )
    .unwrap();
    ana.edit(by_ana);
    host.edit(by_ben);
    settle(&mut [&mut host, &mut ana], |ls| {
        all_agree(ls) && ls[0].project().journeys[0].card(card).unwrap().votes.len() == 2
    });
    let ranking = votes::ranking(&host.project().journeys[0], session);
    assert_eq!(ranking[0].dots, 2);
}

#[test]
fn a_viewer_cannot_write_and_a_stranger_is_refused() {
    let mut host = Laptop::host(synthetic::project(20));
    let viewers = host.live.viewer_link().unwrap().clone();
    assert!(viewers.viewer);
    // A viewer's app that writes anyway (as a modified app could): the link with
    // the viewers' code but without the viewer mark.
    let mut sneaky = Laptop::join(&Link {
        viewer: false,
        ..viewers.clone()
    });
    sneaky.edit(rename(&sneaky, 0, "Written by a viewer"));
    let honest = Laptop::join(&viewers);
    assert_eq!(honest.live.role(), journeymap::sync::Role::Viewer);
    // Meanwhile the host's own edit reaches the viewer.
    host.edit(rename(&host, 1, "From the host"));
    settle(&mut [&mut host, &mut sneaky], |ls| {
        ls[1].project().journeys[0].cards[1].title == "From the host"
    });
    std::thread::sleep(Duration::from_millis(300));
    host.receive();
    assert_ne!(
        host.project().journeys[0].cards[0].title,
        "Written by a viewer"
    );

    // No code, or a wrong one: refused with words a person understands.
    for code in [None, Some("WRONG1".to_owned())] {
        let stranger = Link {
            code,
            ..host.live.link().clone()
        };
        match Session::join(&stranger, &Options::default()) {
            Err(SyncError::Refused(_, reason)) => {
                assert!(reason.contains("join code"), "{reason}");
            }
            Err(other) => panic!("expected a refusal, got {other}"),
            Ok(_) => panic!("a stranger was let in"),
        }
    }
}

/// The official automerge-repo sync server (Node), run for one test.
struct NpmServer {
    child: std::process::Child,
    url: String,
    _data: tempfile::TempDir,
}

impl NpmServer {
    /// Starts the server `JOURNEYMAP_SYNC_SERVER` names (its `src/index.js`), else
    /// the one `.ci/run` installs in `target/sync-server`; `None` when neither is
    /// there or Node is missing.
    fn start() -> Option<NpmServer> {
        let script = std::env::var_os("JOURNEYMAP_SYNC_SERVER")
            .map_or_else(
                || {
                    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(
                        "target/sync-server/node_modules/@automerge/automerge-repo-sync-server/src/index.js",
                    )
                },
                std::path::PathBuf::from,
            );
        if !script.is_file() {
            return None;
        }
        let port = std::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let data = tempfile::tempdir().unwrap();
        let mut child = std::process::Command::new("node")
            .arg(&script)
            .env("PORT", port.to_string())
            .env("DATA_DIR", data.path())
            .current_dir(data.path())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .ok()?;
        // It prints "Listening on port N" when it accepts connections.
        let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        std::io::BufRead::read_line(&mut out, &mut line).unwrap();
        assert!(line.contains("Listening"), "the sync server said {line:?}");
        Some(NpmServer {
            child,
            url: format!("ws://127.0.0.1:{port}/"),
            _data: data,
        })
    }
}

impl Drop for NpmServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The same client code through the official sync server: edits both ways, a
/// concurrent move and edit, presence, and a laptop offline that comes back.
#[test]
fn a_session_runs_through_the_official_sync_server() {
    let Some(server) = NpmServer::start() else {
        eprintln!(
            "SKIPPED: the automerge-repo sync server is not installed (npm install \
             --prefix target/sync-server @automerge/automerge-repo-sync-server, as .ci/run \
             does, or set JOURNEYMAP_SYNC_SERVER to its src/index.js)"
        );
        return;
    };
    let hosting = Hosting::Server(server.url.parse().unwrap());
    let mut host = Laptop::host_on(synthetic::project(100), &hosting);
    assert_eq!(host.live.link().code, None, "that server checks no code");
    let mut ana = Laptop::join(host.live.link());
    let mut ben = Laptop::join(host.live.link());
    assert_eq!(ana.project(), host.project());

    // Both ways, and a move and an edit of one card at once.
    let journey = host.project().journeys[0].clone();
    let card = journey.cards[2].clone();
    let (stage, lane) = (journey.stages[3].id, journey.lanes[2].id);
    host.edit(ops::move_cards(&journey, &[card.id], stage, lane, None).unwrap());
    let mut edited = card.clone();
    edited.title = "Edited while moved".into();
    ana.edit(Edit::Card {
        journey: journey.id,
        change: Change::Replace { item: edited },
    });
    let bens = ben.project().journeys[0].cards[5].id;
    ben.edit(rename(&ben, 5, "From Ben"));
    settle(&mut [&mut host, &mut ana, &mut ben], |ls| {
        let j = &ls[0].project().journeys[0];
        all_agree(ls)
            && j.card(card.id).unwrap().title == "Edited while moved"
            && j.card(bens).unwrap().title == "From Ben"
    });
    let merged = host.project().journeys[0].card(card.id).unwrap();
    assert_eq!((merged.stage, merged.lane), (stage, lane));

    // Presence goes through the server's relay of ephemeral messages.
    ana.live.set_presence(Presence {
        name: "Ana".into(),
        ..Presence::default()
    });
    let start = Instant::now();
    while !host.live.others().iter().any(|p| p.name == "Ana") {
        assert!(start.elapsed() < Duration::from_secs(10), "no presence");
        std::thread::sleep(Duration::from_millis(20));
    }

    // Ben goes offline, both sides edit, Ben comes back.
    ben.live.disconnect();
    for i in 0..3 {
        ben.edit(rename(&ben, 20 + i, &format!("Offline {i}")));
        host.edit(rename(&host, 30 + i, &format!("Host {i}")));
    }
    assert_eq!(ben.live.status().label(), "Offline · 3 changes to send");
    ben.live.reconnect().unwrap();
    settle(&mut [&mut host, &mut ana, &mut ben], |ls| {
        all_agree(ls) && ls[1].project().journeys[0].cards[22].title == "Offline 2"
    });
    assert_eq!(ben.project().journeys[0].cards[32].title, "Host 2");
}

/// Laptops that keep the shared map on disk: the host quits and hosts again with the
/// same links; a participant restarts while the host is away and opens the map
/// offline with its unsent edits; everything meets again.
#[test]
fn the_host_and_a_participant_restart_and_meet_again() {
    let (host_dir, ana_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let keep = |dir: &tempfile::TempDir| Options {
        storage: Some(dir.path().to_owned()),
        ..Options::default()
    };
    let hosting = Hosting::InApp {
        bind: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
    };
    let project = synthetic::project(60);
    let live = Session::host(&project, &hosting, &keep(&host_dir)).unwrap();
    let mut host = Laptop::new(live, project);
    let link = host.live.link().clone();
    let viewers = host.live.viewer_link().unwrap().code.clone();
    let (live, joined) = Session::join(&link, &keep(&ana_dir)).unwrap();
    let mut ana = Laptop::new(live, joined);
    host.edit(rename(&host, 1, "Before the host quit"));
    settle(&mut [&mut host, &mut ana], all_agree);
    assert!(ana.live.flush(Duration::from_secs(5)));
    std::thread::sleep(Duration::from_millis(300)); // the host's disk catches up
    drop(host);

    // Ana works on, quits, and opens the map again while the host is away.
    ana.edit(rename(&ana, 2, "Ana, while the host was away"));
    std::thread::sleep(Duration::from_millis(300));
    drop(ana);
    let (live, reopened) = Session::join(&link, &keep(&ana_dir)).unwrap();
    assert_eq!(
        reopened.journeys[0].cards[2].title,
        "Ana, while the host was away"
    );
    let mut ana = Laptop::new(live, reopened);

    // The host comes back on the same link; Ana's laptop finds it by itself.
    let (live, resumed) =
        Session::resume_host(&link, viewers.as_deref(), &keep(&host_dir)).unwrap();
    assert_eq!(live.link(), &link, "the same link");
    assert_eq!(resumed.journeys[0].cards[1].title, "Before the host quit");
    let mut host = Laptop::new(live, resumed);
    let start = Instant::now();
    while host.project().journeys[0].cards[2].title != "Ana, while the host was away" {
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "Ana never came back"
        );
        host.receive();
        ana.receive();
        std::thread::sleep(Duration::from_millis(20));
    }
    settle(&mut [&mut host, &mut ana], all_agree);
}

/// The facilitator's lock holds on every laptop, and a note captured on a
/// participant's laptop lands in the shared parking lot.
#[test]
fn locks_hold_everywhere_and_captured_notes_are_shared() {
    let mut host = Laptop::host(synthetic::project(30));
    let mut ana = Laptop::join(host.live.link());
    let journey = host.project().journeys[0].clone();
    let mut info = journey.info();
    info.locked = true;
    host.edit(Edit::JourneyInfo {
        journey: journey.id,
        info,
    });
    let note = journeymap::model::ParkingNote {
        id: ana.open.new_id(),
        text: "Ask legal about the returns wording".into(),
        journey: Some(journey.id),
    };
    ana.edit(Edit::ParkingNote(Change::Insert {
        index: 0,
        item: note.clone(),
    }));
    settle(&mut [&mut host, &mut ana], |ls| {
        all_agree(ls)
            && ls[0].project().journeys[0].locked
            && !ls[0].project().parking_lot.is_empty()
    });
    assert_eq!(host.project().parking_lot[0], note);
    // Ana's app refuses to change the locked map, as the host's does.
    let attempt = rename(&ana, 0, "Changed on a locked map");
    let refusal = ops::locks::refusal(ana.project(), &attempt);
    assert!(refusal.is_some(), "the lock holds on Ana's laptop");
}

/// Garbage sent to the in-app server by someone holding the join code: that
/// connection is dropped, the host goes on, and others still join and edit.
#[test]
fn malformed_messages_never_bring_the_host_down() {
    use futures::SinkExt;
    use tokio_tungstenite::tungstenite::Message;
    let mut host = Laptop::host(synthetic::project(20));
    let url = host.live.link().dial_url("journeymap-garbage");
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let (mut socket, _) = tokio_tungstenite::connect_async(url.as_str())
            .await
            .unwrap();
        for junk in [
            vec![0xff; 64],
            b"\xa1\x64type\x64join".to_vec(),
            vec![0x9f; 100_000],
            Vec::new(),
        ] {
            // The server may already have hung up: later sends then fail.
            let _ = socket.send(Message::Binary(junk.into())).await;
        }
        let _ = socket.send(Message::Text("hello".into())).await;
        let _ = socket.close(None).await;
    });
    let mut ben = Laptop::join(host.live.link());
    host.edit(rename(&host, 0, "Still here"));
    settle(&mut [&mut host, &mut ben], |ls| {
        ls[1].project().journeys[0].cards[0].title == "Still here"
    });
}

/// A network that goes away without a word (no close, no reset: Wi-Fi gone): the
/// laptop notices within seconds and says "Offline"; when the network is back it
/// dials again by itself and its edits merge.
#[test]
fn a_silent_network_loss_shows_offline_and_heals() {
    use std::sync::Arc;
    type Reader = Box<dyn tokio::io::AsyncRead + Unpin + Send>;
    type Writer = Box<dyn tokio::io::AsyncWrite + Unpin + Send>;
    use std::sync::atomic::{AtomicBool, Ordering};
    let mut host = Laptop::host(synthetic::project(20));
    let upstream = host.live.link().server.socket_addrs(|| None).unwrap()[0];
    // A proxy standing for the network between Ana and the host.
    let frozen = Arc::new(AtomicBool::new(false));
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0)))
        .unwrap();
    let proxy = listener.local_addr().unwrap();
    let net = frozen.clone();
    runtime.spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            let Ok(server) = tokio::net::TcpStream::connect(upstream).await else {
                continue;
            };
            let (cr, cw) = client.into_split();
            let (sr, sw) = server.into_split();
            let pipes: [(Reader, Writer); 2] =
                [(Box::new(cr), Box::new(sw)), (Box::new(sr), Box::new(cw))];
            for (mut from, mut to) in pipes {
                let net = net.clone();
                tokio::spawn(async move {
                    use tokio::io::{AsyncReadExt, AsyncWriteExt};
                    let mut buf = vec![0; 64 << 10];
                    while let Ok(n) = from.read(&mut buf).await {
                        if n == 0 {
                            break;
                        }
                        // A frozen network swallows everything, and never hangs up.
                        if net.load(Ordering::Relaxed) {
                            std::future::pending::<()>().await;
                        }
                        if to.write_all(&buf[..n]).await.is_err() {
                            break;
                        }
                    }
                });
            }
        }
    });
    let mut through = host.live.link().clone();
    through.server.set_port(Some(proxy.port())).unwrap();
    let mut ana = Laptop::join(&through);
    assert!(ana.live.wait_connected(Duration::from_secs(5)));

    frozen.store(true, Ordering::Relaxed);
    ana.edit(rename(&ana, 3, "Written while the network was gone"));
    let start = Instant::now();
    while !ana.live.status().label().starts_with("Offline") {
        assert!(start.elapsed() < Duration::from_secs(25), "never noticed");
        std::thread::sleep(Duration::from_millis(100));
    }
    frozen.store(false, Ordering::Relaxed);
    let start = Instant::now();
    while host.project().journeys[0].cards[3].title != "Written while the network was gone" {
        assert!(start.elapsed() < Duration::from_secs(25), "never healed");
        host.receive();
        ana.receive();
        std::thread::sleep(Duration::from_millis(50));
    }
}
