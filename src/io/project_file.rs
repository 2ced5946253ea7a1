//! Project files: `(format_version: N, project: (...))` in pretty RON, written
//! atomically with a backup of the previous file.

use std::fs::{self, File, OpenOptions};
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use serde::{Deserialize, Serialize};

use super::error::{LoadError, SaveError};
use super::migrate;
use crate::model::{Project, integrity};
use crate::t;

/// The format this build writes. Files with a higher version are refused; files with
/// a lower one go through [`migrate::MIGRATIONS`].
pub const FORMAT_VERSION: u32 = 1;

/// Larger files are refused before reading them into memory.
pub const MAX_FILE_BYTES: u64 = 1 << 30;

#[derive(Serialize)]
#[serde(rename = "JourneymapProject")]
struct FileOut<'a> {
    format_version: u32,
    project: &'a Project,
    #[serde(skip_serializing_if = "Option::is_none")]
    live: Option<&'a LiveRecord>,
}

#[derive(Deserialize)]
#[serde(rename = "JourneymapProject", deny_unknown_fields)]
struct FileIn {
    format_version: u32,
    project: Project,
    #[serde(default)]
    live: Option<LiveRecord>,
}

/// The live session a project is shared in, kept in its file so that opening the
/// file rejoins it. Written only while a session runs: a file outside any session
/// is exactly as before (an optional field, so format 1 still describes it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LiveRecord {
    /// The join link (with the editors' or viewers' code).
    pub link: String,
    /// This laptop hosted the session (the app's own server): it hosts it again.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub host: bool,
    /// The viewers' code, when this laptop hosts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub viewers_code: Option<String>,
}

/// Reads only the version; every other field is skipped.
#[derive(Deserialize)]
#[serde(rename = "JourneymapProject")]
struct VersionProbe {
    format_version: Option<u32>,
}

/// A project read from a file, with what had to be repaired in it.
#[derive(Debug)]
pub struct Loaded {
    pub project: Project,
    /// Inconsistencies found and repaired (dangling references...), each with its
    /// place in the file. The project is usable; saving writes the repaired version.
    pub problems: Vec<LocatedProblem>,
    /// The format version the file had, when it was upgraded on load.
    pub upgraded_from: Option<u32>,
    /// The live session it was saved in, if any.
    pub live: Option<LiveRecord>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocatedProblem {
    pub line: usize,
    pub col: usize,
    pub message: crate::i18n::Said,
}

/// Optional values are written without `Some(..)` (`channel: Web`), which the file
/// announces with `#![enable(implicit_some)]`; reading accepts both forms.
fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(128)
}

fn pretty() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .indentor("    ")
        .new_line("\n")
        .struct_names(false)
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// The project as the text of a project file.
pub fn to_ron_string(project: &Project) -> Result<String, ron::Error> {
    to_ron_string_live(project, None)
}

/// The text of a project file that records the live session it is shared in.
pub fn to_ron_string_live(
    project: &Project,
    live: Option<&LiveRecord>,
) -> Result<String, ron::Error> {
    let file = FileOut {
        format_version: FORMAT_VERSION,
        project,
        live,
    };
    let mut text = ron::ser::to_string_pretty(&file, pretty())?;
    text.push('\n');
    Ok(text)
}

/// Parses the text of a project file. `path` is only used in messages.
pub fn from_ron_str(text: &str, path: &Path) -> Result<Loaded, LoadError> {
    from_ron_str_with(text, path, FORMAT_VERSION, migrate::MIGRATIONS)
}

/// [`from_ron_str`] for a reader of format `current` that knows `migrations`
/// (tests use it to exercise the upgrade path end to end).
pub fn from_ron_str_with(
    text: &str,
    path: &Path,
    current: u32,
    migrations: &[migrate::Migration],
) -> Result<Loaded, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty {
            path: path.to_owned(),
        });
    }
    let versioned = |found| versioned(text, path, found, current, migrations);
    match ron_options().from_str::<FileIn>(text) {
        Ok(file) if file.format_version == current => {
            let mut loaded = finish(file.project, text, None);
            loaded.live = file.live;
            Ok(loaded)
        }
        Ok(file) => versioned(file.format_version),
        Err(err) => match ron_options().from_str::<VersionProbe>(text) {
            Ok(VersionProbe {
                format_version: Some(found),
            }) if found != current => versioned(found),
            Ok(VersionProbe {
                format_version: None,
            }) => Err(LoadError::NoVersion {
                path: path.to_owned(),
                current,
            }),
            _ => Err(syntax_error(path, &err)),
        },
    }
}

/// A file of another version than ours: refuse newer ones, upgrade older ones.
fn versioned(
    text: &str,
    path: &Path,
    found: u32,
    current: u32,
    migrations: &[migrate::Migration],
) -> Result<Loaded, LoadError> {
    if found > current {
        return Err(LoadError::NewerVersion {
            path: path.to_owned(),
            found,
            supported: current,
        });
    }
    let project =
        upgrade_with(text, found, current, migrations).map_err(|message| LoadError::Migration {
            path: path.to_owned(),
            found,
            message,
        })?;
    Ok(finish(project, text, Some(found)))
}

/// Runs the migration steps from `found` up to `target`, then reads the result.
pub(crate) fn upgrade_with(
    text: &str,
    found: u32,
    target: u32,
    migrations: &[migrate::Migration],
) -> Result<Project, String> {
    let upgraded = migrate::run(text, found, target, migrations)?;
    let file = ron_options().from_str::<FileIn>(&upgraded).map_err(|err| {
        t!(
            "msg-upgrade-unreadable",
            reason = super::ron_error::in_words(&err.code)
        )
    })?;
    if file.format_version != target {
        return Err(t!(
            "msg-upgrade-wrong-version",
            found = file.format_version.to_string(),
            target = target.to_string()
        ));
    }
    Ok(file.project)
}

fn finish(mut project: Project, text: &str, upgraded_from: Option<u32>) -> Loaded {
    for lane in project.journeys.iter_mut().flat_map(|j| &mut j.lanes) {
        lane.forget_built_in_name();
    }
    for evidence in &mut project.evidence {
        evidence.forget_made_title();
    }
    let problems = integrity::repair(&mut project)
        .into_iter()
        .map(|p| {
            let (line, col) = p
                .anchor
                .and_then(|id| find_id(text, id))
                .map_or((1, 1), |offset| line_col(text, offset));
            LocatedProblem {
                line,
                col,
                message: p.message,
            }
        })
        .collect();
    Loaded {
        project,
        problems,
        upgraded_from,
        live: None,
    }
}

fn syntax_error(path: &Path, err: &ron::error::SpannedError) -> LoadError {
    LoadError::Syntax {
        path: path.to_owned(),
        line: err.span.start.line.max(1),
        col: err.span.start.col.max(1),
        message: super::ron_error::in_words(&err.code),
    }
}

/// Byte offset of the `id: <id>` that defines an item, if the text has one.
fn find_id(text: &str, id: u64) -> Option<usize> {
    let digits = id.to_string();
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(found) = text.get(from..)?.find("id") {
        let start = from + found;
        from = start + 2;
        let before_ok = start == 0 || !is_ident(bytes[start - 1]);
        if !before_ok {
            continue;
        }
        let rest = &text[start + 2..];
        let after_colon = rest.trim_start();
        let Some(after_colon) = after_colon.strip_prefix(':') else {
            continue;
        };
        let value = after_colon.trim_start();
        if value.starts_with(&digits)
            && !value[digits.len()..].starts_with(|c: char| c.is_ascii_digit())
        {
            return Some(start);
        }
    }
    None
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// 1-based line and column (in characters) of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    (line, col)
}

/// Reads and checks a project file. Never panics and never returns half a project:
/// on any error nothing is loaded.
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    let read_err = |source| LoadError::Read {
        path: path.to_owned(),
        source,
    };
    let metadata = fs::metadata(path).map_err(read_err)?;
    if !metadata.is_file() {
        return Err(LoadError::NotAFile {
            path: path.to_owned(),
        });
    }
    let too_large = || LoadError::TooLarge {
        path: path.to_owned(),
        max: MAX_FILE_BYTES,
    };
    if metadata.len() > MAX_FILE_BYTES {
        return Err(too_large());
    }
    // Read at most one byte more than allowed, whatever the size said.
    let mut bytes = Vec::new();
    File::open(path)
        .map_err(read_err)?
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_err)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large());
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let valid = err.utf8_error().valid_up_to();
            let prefix = String::from_utf8_lossy(&err.as_bytes()[..valid]);
            let (line, col) = line_col(&prefix, prefix.len());
            return Err(LoadError::NotUtf8 {
                path: path.to_owned(),
                line,
                col,
            });
        }
    };
    from_ron_str(&text, path)
}

/// Where the previous version of a file is kept: `name.ron.bak` beside it.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// The steps of a save, reported to [`save_observed`]'s observer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStep {
    /// Half of the text is in the temporary file.
    HalfWritten,
    /// The whole text is in the temporary file and flushed to disk.
    TempSynced,
    /// The previous file is kept as the backup.
    BackupKept,
    /// The temporary file has replaced the target.
    Replaced,
}

/// Saves atomically: the text goes to a temporary file in the same folder, is flushed
/// to disk, the previous file is kept as `name.ron.bak`, and the temporary file is
/// renamed over the target. A crash at any point leaves either the old or the new
/// file, never a mix.
pub fn save(path: &Path, project: &Project) -> Result<(), SaveError> {
    save_observed(path, project, &mut |_| {})
}

/// [`save`], recording the live session the project is shared in.
pub fn save_live(
    path: &Path,
    project: &Project,
    live: Option<&LiveRecord>,
) -> Result<(), SaveError> {
    save_full(path, project, live, &mut |_| {})
}

/// [`save`], telling `observe` each step as it is done (for progress, and for the
/// tests that kill a save midway).
pub fn save_observed(
    path: &Path,
    project: &Project,
    observe: &mut dyn FnMut(SaveStep),
) -> Result<(), SaveError> {
    save_full(path, project, None, observe)
}

fn save_full(
    path: &Path,
    project: &Project,
    live: Option<&LiveRecord>,
    observe: &mut dyn FnMut(SaveStep),
) -> Result<(), SaveError> {
    let fail = |action: &'static str| {
        move |source: std::io::Error| SaveError {
            path: path.to_owned(),
            action,
            source,
        }
    };
    let text = to_ron_string_live(project, live).map_err(|err| SaveError {
        path: path.to_owned(),
        action: "msg-save-write-text",
        source: std::io::Error::other(err.to_string()),
    })?;
    // Save through a symbolic link to the file it points at, keeping the link.
    let resolved;
    let path = if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        resolved = fs::canonicalize(path).map_err(fail("msg-save-follow-link"))?;
        resolved.as_path()
    } else {
        path
    };
    let fail = |action: &'static str| {
        move |source: std::io::Error| SaveError {
            path: path.to_owned(),
            action,
            source,
        }
    };
    let previous_permissions = fs::metadata(path).ok().map(|m| m.permissions());
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
        _ => PathBuf::from("."),
    };
    let file_name = path
        .file_name()
        .ok_or_else(|| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                t!("msg-save-no-file-name"),
            )
        })
        .map_err(fail("msg-save-name-file"))?;
    let temp = dir.join(format!(
        ".{}.{}-{}.tmp",
        file_name.to_string_lossy(),
        std::process::id(),
        TEMP_COUNTER.fetch_add(1, Ordering::Relaxed)
    ));

    let written = (|| -> Result<(), SaveError> {
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)
            .map_err(fail("msg-save-create-temp"))?;
        let (first, second) = text.as_bytes().split_at(text.len() / 2);
        file.write_all(first).map_err(fail("msg-save-write-temp"))?;
        file.flush().map_err(fail("msg-save-write-temp"))?;
        observe(SaveStep::HalfWritten);
        file.write_all(second)
            .map_err(fail("msg-save-write-temp"))?;
        if let Some(permissions) = previous_permissions {
            file.set_permissions(permissions)
                .map_err(fail("msg-save-permissions"))?;
        }
        file.sync_all().map_err(fail("msg-save-flush"))?;
        observe(SaveStep::TempSynced);
        Ok(())
    })();
    if let Err(err) = written {
        let _ = fs::remove_file(&temp);
        return Err(err);
    }

    if path.exists() {
        let backup = backup_path(path);
        let _ = fs::remove_file(&backup);
        // A hard link keeps the old file without copying; copy where links fail.
        if fs::hard_link(path, &backup).is_err()
            && let Err(err) = fs::copy(path, &backup)
        {
            let _ = fs::remove_file(&temp);
            return Err(fail("msg-save-backup")(err));
        }
        observe(SaveStep::BackupKept);
    }
    if let Err(err) = fs::rename(&temp, path) {
        let _ = fs::remove_file(&temp);
        return Err(fail("msg-save-replace")(err));
    }
    // Make the rename itself durable; not every platform can sync a folder.
    if let Ok(dir) = File::open(&dir) {
        let _ = dir.sync_all();
    }
    observe(SaveStep::Replaced);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_defining_ids_only() {
        let text = "(\n    stage: 12,\n    id: 12,\n    personas: [12],\n)";
        let offset = find_id(text, 12).unwrap();
        assert_eq!(line_col(text, offset), (3, 5));
        assert_eq!(find_id(text, 1), None);
        assert_eq!(
            find_id("(xid: 5, id:5)", 5).map(|o| line_col("(xid: 5, id:5)", o)),
            Some((1, 10))
        );
    }

    #[test]
    fn line_col_counts_characters() {
        let text = "ab\nçé x";
        assert_eq!(line_col(text, text.find('x').unwrap()), (2, 4));
    }

    #[test]
    fn load_errors_and_repairs_read_in_french_at_the_same_place() {
        use crate::i18n::{Lang, scoped};
        let mut project = crate::model::synthetic::project(3);
        let persona = project.personas.remove(0).id;
        let text = to_ron_string(&project).unwrap();
        let path = Path::new("p.ron");
        let cut = &format!("{text}\n)");

        let (error, problems) = {
            let _en = scoped(Lang::En);
            let loaded = from_ron_str(&text, path).unwrap();
            (from_ron_str(cut, path).unwrap_err(), loaded.problems)
        };
        let _fr = scoped(Lang::Fr);
        let (line, col) = error.position().unwrap();
        assert_eq!(
            from_ron_str(cut, path).unwrap_err().compiler_line(),
            format!("p.ron:{line}:{col}: il reste du texte après la fin du projet")
        );

        let french = from_ron_str(&text, path).unwrap().problems;
        assert!(!french.is_empty());
        assert_eq!(french.len(), problems.len());
        for (fr, en) in french.iter().zip(&problems) {
            assert_eq!((fr.line, fr.col), (en.line, en.col));
            assert!(
                fr.message
                    .shown()
                    .contains(&format!("cite la persona {persona}, qui n’existe pas")),
                "{fr:?}"
            );
            // Read in English, listed after a switch to French: in French.
            assert_eq!(en.message.shown(), fr.message.shown());
        }
    }

    #[test]
    fn backup_sits_beside_the_file() {
        assert_eq!(
            backup_path(Path::new("/a/b/x.ron")),
            PathBuf::from("/a/b/x.ron.bak")
        );
    }
}
