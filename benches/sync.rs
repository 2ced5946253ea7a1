//! Live co-editing of a 10,000-card project, with the app's server on loopback.
//! Targets: a local edit recorded for the shared document < 1 ms on the UI thread
//! (`local_edit`; the writer thread then writes it: `local_edit_written` waits for
//! that too; beside them, the same write to a bare Automerge document, without
//! samod); another laptop's
//! one-card change seen here (sent, synced through the server, applied) < 5 ms;
//! joining the project < 1 s. Edits come back to back (a burst: the server lags
//! and each sync message grows) and at a person's pace (`_paced`: one every 20 ms,
//! the pause not counted). Also prints the shared document's memory beside the
//! project's.
//!
//! `cargo bench --bench sync`

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "a bench that cannot set up has nothing to measure"
)]

use std::hint::black_box;
use std::net::{Ipv4Addr, SocketAddr};
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use journeymap::document::Document;
use journeymap::edit::{Change, Edit};
use journeymap::model::{Project, synthetic};
use journeymap::sync::snapshot::Snapshot;
use journeymap::sync::{Hosting, Options, Session, schema};

/// The process's resident memory in bytes (Linux; 0 elsewhere), to weigh the
/// shared document against the project.
fn resident() -> f64 {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<f64>().ok())
        .map_or(0.0, |pages| pages * 4096.0)
}

struct Laptop {
    open: Document,
    live: Session,
}

impl Laptop {
    fn new(live: Session, project: Project) -> Self {
        let mut open = Document::untitled(project);
        open.start_live();
        Self { open, live }
    }

    fn rename(&mut self, index: usize, title: String) {
        let j = &self.open.project().journeys[0];
        let mut card = j.cards[index].clone();
        card.title = title;
        let edit = Edit::Card {
            journey: j.id,
            change: Change::Replace { item: card },
        };
        self.open
            .apply(edit, journeymap::i18n::Said::same("bench"))
            .expect("the edit applies");
        let changed = self.open.take_changed();
        self.live
            .record(self.open.project(), &changed)
            .expect("the edit is shared");
    }
}

fn weigh(project: &Project) {
    let before = resident();
    let projected = project.clone();
    let project_bytes = resident() - before;
    // Measured as a joining laptop holds it (loaded from its bytes), so that what
    // building it left behind is not counted.
    let built = schema::new_document(&projected).expect("the shared document");
    // samod saves the whole document (compressed) every ten changes or so, on the
    // thread that applies them: the cost of one such save.
    let started = Instant::now();
    let saved = built.save();
    let save_time = started.elapsed();
    drop(built);
    let before = resident();
    let doc = automerge::Automerge::load(&saved).expect("the document loads");
    let doc_bytes = resident() - before;
    black_box(&doc);
    let saved = saved.len() as f64;
    let ron = journeymap::io::to_ron_string(project).map_or(0.0, |s| s.len() as f64);
    eprintln!(
        "10,000 cards (resident memory grown): project {:.1} MB; shared document {:.1} MB ({:.1}x), \
         saved {:.1} MB (the RON file: {:.1} MB) in {:?}",
        project_bytes / 1e6,
        doc_bytes / 1e6,
        doc_bytes / project_bytes,
        saved / 1e6,
        ron / 1e6,
        save_time,
    );
}

/// One card renamed on `from` until `to` shows it: the time it took.
fn remote_round(from: &mut Laptop, to: &mut Laptop, n: usize, limit: Duration) -> Duration {
    let index = n % 10_000;
    let title = format!("Remote {n}");
    let start = Instant::now();
    from.rename(index, title.clone());
    while to.open.project().journeys[0].cards[index].title != title {
        if to.live.poked() {
            to.live.receive(&mut to.open);
        } else {
            std::thread::yield_now();
        }
        assert!(start.elapsed() < limit, "never arrived");
    }
    start.elapsed()
}

/// How long the server and the other laptop may take to catch up after a burst.
const BACKLOG: Duration = Duration::from_mins(5);

/// Waits until both laptops and the server have taken in everything so far (one
/// round each way), so that one measurement does not pay for the last one's backlog.
fn quiet(host: &mut Laptop, guest: &mut Laptop, n: &mut usize) {
    let start = Instant::now();
    *n += 1;
    remote_round(host, guest, *n, BACKLOG);
    *n += 1;
    remote_round(guest, host, *n, BACKLOG);
    eprintln!("caught up in {:?}", start.elapsed());
}

fn sync(c: &mut Criterion) {
    let project = synthetic::project(10_000);
    weigh(&project);
    let hosting = Hosting::InApp {
        bind: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
    };
    let started = Instant::now();
    let mut host = Laptop::new(
        Session::host(&project, &hosting, &Options::default()).expect("hosting"),
        project,
    );
    eprintln!("hosting 10,000 cards took {:?}", started.elapsed());
    let link = host.live.link().clone();
    let (live, joined) = Session::join(&link, &Options::default()).expect("joining");
    let mut guest = Laptop::new(live, joined);

    let mut group = c.benchmark_group("sync_10000_cards");
    group.sample_size(20);
    group.warm_up_time(Duration::from_secs(1));
    let mut n = 0_usize;
    // At a person's pace (one edit every 20 ms, a fast typist): what the UI thread
    // pays (the writer thread writes each edit during the pause).
    group.bench_function("local_edit_paced", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                n += 1;
                std::thread::sleep(Duration::from_millis(20));
                let start = Instant::now();
                host.rename(n % 10_000, format!("Paced {n}"));
                total += start.elapsed();
            }
            total
        });
    });
    quiet(&mut host, &mut guest, &mut n);
    // Until the edit is in the shared document: the writer thread's part too
    // (samod works out its sync messages there), edits written one by one.
    group.bench_function("local_edit_written", |b| {
        b.iter(|| {
            n += 1;
            host.rename(n % 10_000, format!("Written {n}"));
            host.live.wait_written();
        });
    });
    quiet(&mut host, &mut guest, &mut n);
    // Back to back: the writer writes what queued meanwhile under one lock; when
    // its queue is full, the UI thread waits for it.
    group.bench_function("local_edit", |b| {
        b.iter(|| {
            n += 1;
            host.rename(n % 10_000, format!("Local {n}"));
        });
    });
    quiet(&mut host, &mut guest, &mut n);
    // The same write to a bare Automerge document, without samod (its sync
    // messages and bookkeeping are the rest of local_edit).
    let mut bare_project = host.open.project().clone();
    let mut bare = schema::new_document(&bare_project).expect("the shared document");
    group.bench_function("schema_write_without_samod", |b| {
        b.iter(|| {
            n += 1;
            let index = n % 10_000;
            let journey = &mut bare_project.journeys[0];
            journey.cards[index].title = format!("Bare {n}");
            let refs = [journeymap::edit::EntityRef::Card(
                journey.id,
                journey.cards[index].id,
            )];
            let heads = bare.get_heads();
            Snapshot::take(&bare_project, &refs)
                .write_at(&mut bare, &heads)
                .expect("written");
        });
    });
    quiet(&mut host, &mut guest, &mut n);
    for (name, pause) in [
        ("remote_edit_seen_paced", Duration::from_millis(20)),
        ("remote_edit_seen", Duration::ZERO),
    ] {
        group.bench_function(name, |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    n += 1;
                    std::thread::sleep(pause);
                    total += remote_round(&mut guest, &mut host, n, Duration::from_secs(10));
                }
                total
            });
        });
    }
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(15));
    group.bench_function("join", |b| {
        b.iter(|| black_box(Session::join(&link, &Options::default()).expect("joining")));
    });
    group.finish();
}

criterion_group!(benches, sync);
criterion_main!(benches);
