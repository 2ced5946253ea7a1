//! Autosave and crash recovery, tested by killing the app: a child process runs the
//! real app (headless), changes the open project without saving, waits until the
//! change reaches its recovery copy, and is killed with SIGKILL. The next start
//! offers the unsaved work back; restoring it brings back the change, unsaved, on
//! the same file; discarding it removes the copy.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly where it cannot go on"
)]

mod common;

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{App, app_with, example, type_into, wait_for_load};
use egui_kittest::kittest::Queryable;

const CHILD_DIR: &str = "JOURNEYMAP_RECOVERY_TEST_DIR";
const CHILD_FILE: &str = "JOURNEYMAP_RECOVERY_TEST_FILE";
const GOAL: &str = "Arrive rested, whatever happens to this laptop";

fn copies(dir: &Path) -> usize {
    std::fs::read_dir(dir).map_or(0, |d| {
        d.flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "ron"))
            .count()
    })
}

/// The child: edits the project, waits for the copy, says so, and runs until it is
/// killed. Does nothing when run as an ordinary test.
#[test]
fn child_edits_and_is_killed() {
    let (Some(dir), Some(file)) = (std::env::var_os(CHILD_DIR), std::env::var_os(CHILD_FILE))
    else {
        return;
    };
    let dir = PathBuf::from(dir);
    let mut h = app_with(Some(PathBuf::from(file)), Some(dir.clone()));
    wait_for_load(&mut h);
    type_into(&mut h, "Goal", GOAL);
    assert!(h.state().document().is_dirty());
    let start = Instant::now();
    while copies(&dir) == 0 {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no recovery copy"
        );
        h.step();
        std::thread::sleep(Duration::from_millis(20));
    }
    println!("READY");
    std::io::stdout().flush().unwrap();
    loop {
        h.step();
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Runs the child until its change is on disk, then kills it.
fn kill_a_child_with_unsaved_work(dir: &Path, file: &Path) {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "child_edits_and_is_killed",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_DIR, dir)
        .env(CHILD_FILE, file)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let ready = BufReader::new(stdout)
        .lines()
        .map_while(Result::ok)
        .any(|line| line.contains("READY"));
    child.kill().unwrap(); // SIGKILL: no destructor, no clean exit.
    child.wait().unwrap();
    assert!(ready, "the child never reported its recovery copy");
    assert_eq!(copies(dir), 1, "the copy outlives the killed app");
}

/// A copy of an example (`trip.ron`) changed by an app that was then killed: the
/// folder they are in, the recovery folder and the file.
fn killed_with_unsaved_work() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("recovery");
    let file = work.path().join("trip.ron");
    std::fs::copy(example("train_trip.ron"), &file).unwrap();
    kill_a_child_with_unsaved_work(&dir, &file);
    (work, dir, file)
}

fn start_again(dir: &Path) -> App {
    let mut h = app_with(None, Some(dir.to_owned()));
    wait_for_load(&mut h);
    h.run();
    h
}

#[test]
fn unsaved_work_survives_a_kill_and_is_restored_on_its_file() {
    let (_work, dir, file) = killed_with_unsaved_work();

    let mut h = start_again(&dir);
    h.get_by_label("Restore unsaved work?");
    h.get_by_label(
        "journeymap closed without saving the changes to “trip.ron”. A copy was kept less than a minute ago.",
    );
    h.get_by_label("Restore").click();
    h.run();
    let doc = h.state().document();
    assert_eq!(doc.project().journeys[0].goal, GOAL);
    assert!(doc.is_dirty(), "restored work is not saved yet");
    assert_eq!(doc.path(), Some(file.as_path()));
    // The file itself was never touched.
    let on_disk = journeymap::io::load(&file).unwrap().project;
    assert_ne!(on_disk.journeys[0].goal, GOAL);
    // The dead app's copy is gone; the running app keeps its own.
    let start = Instant::now();
    while copies(&dir) != 1 {
        assert!(start.elapsed() < Duration::from_secs(10));
        h.step();
        std::thread::sleep(Duration::from_millis(20));
    }
    drop(h);
    assert_eq!(copies(&dir), 0, "a clean exit leaves nothing to recover");
}

#[test]
fn discarded_work_is_gone_and_later_asks_again() {
    let (_work, dir, _) = killed_with_unsaved_work();

    let mut h = start_again(&dir);
    h.get_by_label("Later").click();
    h.run();
    assert!(h.query_by_label("Restore unsaved work?").is_none());
    drop(h);
    let mut h = start_again(&dir);
    h.get_by_label("Restore unsaved work?");
    h.get_by_label("Discard").click();
    h.run();
    assert_ne!(
        h.state()
            .document()
            .project()
            .journeys
            .first()
            .map(|j| j.goal.as_str()),
        Some(GOAL)
    );
    drop(h);
    assert_eq!(copies(&dir), 0);
    let h = start_again(&dir);
    assert!(h.query_by_label("Restore unsaved work?").is_none());
}
