//! Autosave and crash recovery. While the app runs it holds a slot in the recovery
//! folder: a lock file it keeps locked, and, while the project has unsaved changes,
//! a copy of the project written within seconds of every change (and the path of
//! the file it belongs to). Saving or closing cleanly empties the slot. A slot whose
//! lock nobody holds belongs to a process that is gone (a crash, a power cut, a
//! kill): the next start offers its project back.

use std::fs::{self, File};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::i18n::Said;
use crate::model::Project;

/// The running app's slot.
#[derive(Debug)]
pub struct Slot {
    dir: PathBuf,
    id: String,
    /// Held locked for the app's lifetime.
    _lock: File,
}

/// Where a slot's files are.
fn files(dir: &Path, id: &str) -> (PathBuf, PathBuf, PathBuf) {
    (
        dir.join(format!("{id}.lock")),
        dir.join(format!("{id}.ron")),
        dir.join(format!("{id}.path")),
    )
}

impl Slot {
    /// Takes a new slot in `dir` (made if missing).
    pub fn open(dir: &Path) -> std::io::Result<Self> {
        fs::create_dir_all(dir)?;
        let stamp = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis());
        let id = format!("{stamp}-{}", std::process::id());
        let (lock_path, _, _) = files(dir, &id);
        let lock = File::create(&lock_path)?;
        lock.try_lock().map_err(|e| match e {
            fs::TryLockError::Error(e) => e,
            fs::TryLockError::WouldBlock => {
                std::io::Error::other(crate::t!("msg-recovery-slot-taken"))
            }
        })?;
        Ok(Self {
            dir: dir.to_owned(),
            id,
            _lock: lock,
        })
    }

    /// What [`Slot::write`] needs, to write from another thread.
    pub fn target(&self) -> Target {
        let (_, project, path) = files(&self.dir, &self.id);
        Target { project, path }
    }

    /// Empties the slot (the project was saved, or the app closes).
    pub fn clear(&self) {
        let (_, project, path) = files(&self.dir, &self.id);
        let _ = fs::remove_file(project);
        let _ = fs::remove_file(path);
    }
}

impl Drop for Slot {
    /// A clean exit leaves nothing to recover.
    fn drop(&mut self) {
        self.clear();
        let (lock, _, _) = files(&self.dir, &self.id);
        let _ = fs::remove_file(lock);
    }
}

/// A slot's files, to write to.
#[derive(Clone, Debug)]
pub struct Target {
    project: PathBuf,
    path: PathBuf,
}

impl Target {
    /// Writes `project` (and the file it belongs to) into the slot: through a
    /// temporary file, flushed, then renamed, so a crash mid-write keeps the last
    /// copy whole.
    /// Its error is written in every language: it is read on another thread.
    pub fn write(&self, project: &Project, original: Option<&Path>) -> Result<(), Said> {
        let text = super::project_file::to_ron_string(project).map_err(|e| {
            Said::new(|| crate::t!("msg-recovery-not-text", reason = e.to_string()))
        })?;
        let original = original
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        write_atomic(&self.path, original.as_bytes())?;
        write_atomic(&self.project, text.as_bytes())
    }
}

fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Said> {
    let temp = path.with_extension("partial");
    let written = File::create(&temp)
        .and_then(|mut f| {
            f.write_all(bytes)?;
            f.sync_all()
        })
        .and_then(|()| fs::rename(&temp, path));
    written.map_err(|e| {
        let _ = fs::remove_file(&temp);
        Said::new(|| {
            crate::t!(
                "msg-recovery-not-written",
                path = path.display().to_string(),
                reason = super::plain_io(&e)
            )
        })
    })
}

/// Unsaved work left by an app that is gone.
#[derive(Clone, Debug, PartialEq)]
pub struct Orphan {
    /// The recovered project file.
    pub file: PathBuf,
    /// The project file the work belongs to; `None` for an untitled project.
    pub original: Option<PathBuf>,
    /// When it was last written.
    pub written: SystemTime,
    lock: PathBuf,
    path: PathBuf,
}

impl Orphan {
    /// Throws the recovered work away.
    pub fn discard(&self) {
        let _ = fs::remove_file(&self.file);
        let _ = fs::remove_file(&self.path);
        let _ = fs::remove_file(&self.lock);
    }
}

/// The slots in `dir` whose app is gone and that hold a project, newest first.
/// Empty slots of such apps are tidied away.
pub fn orphans(dir: &Path) -> Vec<Orphan> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let lock = entry.path();
        if lock.extension().and_then(|e| e.to_str()) != Some("lock") {
            continue;
        }
        let Some(id) = lock.file_stem().and_then(|s| s.to_str()).map(str::to_owned) else {
            continue;
        };
        // A lock we can take is one nobody holds: its app is gone.
        let free = File::open(&lock).is_ok_and(|f| f.try_lock().is_ok());
        if !free {
            continue;
        }
        let (_, file, path) = files(dir, &id);
        let Ok(written) = fs::metadata(&file).and_then(|m| m.modified()) else {
            let _ = fs::remove_file(&path);
            let _ = fs::remove_file(&lock);
            continue;
        };
        let original = fs::read_to_string(&path)
            .ok()
            .filter(|p| !p.trim().is_empty())
            .map(PathBuf::from);
        out.push(Orphan {
            file,
            original,
            written,
            lock,
            path,
        });
    }
    out.sort_by_key(|o| std::cmp::Reverse(o.written));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::synthetic;

    #[test]
    fn a_live_slot_is_not_an_orphan_and_a_clean_exit_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let slot = Slot::open(dir.path()).unwrap();
        slot.target()
            .write(&synthetic::project(5), Some(Path::new("/work/map.ron")))
            .unwrap();
        assert!(orphans(dir.path()).is_empty(), "its app still runs");
        slot.clear();
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "only the lock"
        );
        drop(slot);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn work_left_by_a_dead_app_is_found_with_its_file_and_discarded() {
        let dir = tempfile::tempdir().unwrap();
        // What a killed app leaves: its files, and a lock nobody holds.
        let (lock, file, path) = files(dir.path(), "1-99");
        File::create(&lock).unwrap();
        fs::write(&path, "/work/map.ron").unwrap();
        let project = synthetic::project(5);
        fs::write(
            &file,
            crate::io::project_file::to_ron_string(&project).unwrap(),
        )
        .unwrap();
        // And an empty slot of another dead app.
        File::create(dir.path().join("2-98.lock")).unwrap();
        let found = orphans(dir.path());
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].original.as_deref(),
            Some(Path::new("/work/map.ron"))
        );
        assert_eq!(crate::io::load(&found[0].file).unwrap().project, project);
        assert!(!dir.path().join("2-98.lock").exists(), "tidied away");
        found[0].discard();
        assert!(orphans(dir.path()).is_empty());
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
