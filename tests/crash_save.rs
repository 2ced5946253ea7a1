//! A save killed midway (power loss, crash) never damages the previous file.
//!
//! The test runs itself as a child process that saves a big project over an
//! existing file and stops at a chosen step of the save; the parent kills it there
//! with SIGKILL and checks what is on disk.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly where it cannot go on"
)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use journeymap::io::{self, SaveStep};
use journeymap::model::{Project, synthetic};

const CHILD_DIR: &str = "JOURNEYMAP_CRASH_TEST_DIR";
const CHILD_STOP: &str = "JOURNEYMAP_CRASH_TEST_STOP";

fn old_project() -> Project {
    synthetic::project(300)
}

fn new_project() -> Project {
    let mut p = synthetic::project(3000);
    p.name = "The new version".into();
    p
}

/// The child: saves the new project over the old one and, at the step named in the
/// environment, says so and waits to be killed.
#[test]
#[ignore = "run by kill_midway_keeps_the_previous_file as a child process"]
fn child_saver() {
    let (Ok(dir), Ok(stop)) = (std::env::var(CHILD_DIR), std::env::var(CHILD_STOP)) else {
        return;
    };
    let path = Path::new(&dir).join("project.ron");
    let project = new_project();
    io::save_observed(&path, &project, &mut |step| {
        if format!("{step:?}") == stop {
            println!("STOPPED AT {step:?}");
            loop {
                std::thread::park();
            }
        }
    })
    .unwrap();
    println!("FINISHED");
}

/// Runs the child until it reports `stop`, then kills it.
fn kill_child_at(dir: &Path, stop: &str) {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "child_saver",
            "--exact",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_DIR, dir)
        .env(CHILD_STOP, stop)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut reached = false;
    for line in BufReader::new(stdout).lines() {
        let line = line.unwrap();
        if line.contains("STOPPED AT") {
            reached = true;
            break;
        }
        assert!(
            !line.contains("FINISHED"),
            "the child finished without stopping at {stop}"
        );
    }
    assert!(reached, "the child never reached {stop}");
    child.kill().unwrap(); // SIGKILL: no destructors, no flushing
    child.wait().unwrap();
}

#[test]
fn kill_midway_keeps_the_previous_file() {
    for stop in [
        SaveStep::HalfWritten,
        SaveStep::TempSynced,
        SaveStep::BackupKept,
    ] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("project.ron");
        io::save(&path, &old_project()).unwrap();

        kill_child_at(dir.path(), &format!("{stop:?}"));

        let on_disk = io::load(&path)
            .unwrap_or_else(|e| panic!("after a kill at {stop:?}: {}", e.user_message()));
        assert!(on_disk.problems.is_empty());
        assert_eq!(on_disk.project, old_project(), "killed at {stop:?}");
        // The interrupted temporary file is all that is left of the new version.
        let temps: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert_eq!(temps.len(), 1, "killed at {stop:?}");
        if stop == SaveStep::HalfWritten {
            let partial = std::fs::read_to_string(temps[0].path()).unwrap();
            assert!(
                io::from_ron_str(&partial, &temps[0].path()).is_err(),
                "the temporary file was half written"
            );
        }

        // The next save goes through and keeps the old version as the backup.
        io::save(&path, &new_project()).unwrap();
        assert_eq!(io::load(&path).unwrap().project, new_project());
        assert_eq!(
            io::load(&io::backup_path(&path)).unwrap().project,
            old_project()
        );
    }
}
