//! Errors of reading and writing project files, in words a user understands.

use std::path::{Path, PathBuf};

use crate::t;

/// Why a project file could not be opened. The open project is never touched when
/// this is returned.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    NotAFile {
        path: PathBuf,
    },
    TooLarge {
        path: PathBuf,
        max: u64,
    },
    Empty {
        path: PathBuf,
    },
    NotUtf8 {
        path: PathBuf,
        line: usize,
        col: usize,
    },
    Syntax {
        path: PathBuf,
        line: usize,
        col: usize,
        message: String,
    },
    NoVersion {
        path: PathBuf,
        current: u32,
    },
    NewerVersion {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    Migration {
        path: PathBuf,
        found: u32,
        message: String,
    },
}

/// In the language shown.
impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            LoadError::Read { source, .. } => {
                t!("msg-load-read", reason = plain_io(source))
            }
            LoadError::NotAFile { .. } => t!("msg-load-not-a-file").to_owned(),
            LoadError::TooLarge { max, .. } => {
                t!("msg-load-too-large", megabytes = max / 1_000_000)
            }
            LoadError::Empty { .. } => t!("msg-load-empty").to_owned(),
            LoadError::NotUtf8 { .. } => t!("msg-load-not-text").to_owned(),
            LoadError::Syntax { message, .. } => message.clone(),
            LoadError::NoVersion { current, .. } => {
                t!("msg-load-no-version", current = current.to_string())
            }
            LoadError::NewerVersion {
                found, supported, ..
            } => t!(
                "msg-load-newer-version",
                found = found.to_string(),
                supported = supported.to_string()
            ),
            LoadError::Migration { found, message, .. } => t!(
                "msg-load-migration",
                found = found.to_string(),
                message = message.as_str()
            ),
        };
        f.write_str(&text)
    }
}

impl LoadError {
    pub fn path(&self) -> &Path {
        match self {
            LoadError::Read { path, .. }
            | LoadError::NotAFile { path }
            | LoadError::TooLarge { path, .. }
            | LoadError::Empty { path }
            | LoadError::NotUtf8 { path, .. }
            | LoadError::Syntax { path, .. }
            | LoadError::NoVersion { path, .. }
            | LoadError::NewerVersion { path, .. }
            | LoadError::Migration { path, .. } => path,
        }
    }

    /// Line and column (1-based) of the problem, where it has one.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            LoadError::NotUtf8 { line, col, .. } | LoadError::Syntax { line, col, .. } => {
                Some((*line, *col))
            }
            _ => None,
        }
    }

    /// `FILE:LINE:COLUMN: message`, as compilers print it (line 1, column 1 when the
    /// problem is the whole file).
    pub fn compiler_line(&self) -> String {
        let (line, col) = self.position().unwrap_or((1, 1));
        format!("{}:{line}:{col}: {}", self.path().display(), self)
    }

    /// The message for a dialog or the status bar: what went wrong, where, and the
    /// file at the end.
    pub fn user_message(&self) -> String {
        match self.position() {
            Some((line, col)) => t!(
                "msg-load-at-position",
                line = line.to_string(),
                col = col.to_string(),
                message = self.to_string(),
                path = self.path().display().to_string()
            ),
            None => format!(
                "{} — {}",
                capitalize(&self.to_string()),
                self.path().display()
            ),
        }
    }
}

/// Why a project could not be saved. The file on disk is unchanged when this is
/// returned (the save goes to a temporary file first).
#[derive(Debug, thiserror::Error)]
pub struct SaveError {
    pub path: PathBuf,
    /// What the save was doing: the id of its message, e.g. `msg-save-write-temp`
    /// ("write the temporary file").
    pub action: &'static str,
    pub source: std::io::Error,
}

/// In the language shown.
impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&t!(
            "msg-save-failed-to",
            action = crate::i18n::tr(self.action),
            reason = plain_io(&self.source)
        ))
    }
}

impl SaveError {
    pub fn user_message(&self) -> String {
        t!(
            "msg-save-failed",
            message = self.to_string(),
            path = self.path.display().to_string()
        )
    }
}

/// How the standard library starts the error number it adds to a system's message.
const OS_ERROR_NUMBER: &str = " (os ";

/// An I/O error in plain words, without the operating system's error number.
pub fn plain_io(err: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match err.kind() {
        ErrorKind::NotFound => t!("msg-io-not-found").to_owned(),
        ErrorKind::PermissionDenied => t!("msg-io-permission-denied").to_owned(),
        ErrorKind::IsADirectory => t!("msg-io-is-a-folder").to_owned(),
        ErrorKind::ReadOnlyFilesystem => t!("msg-io-read-only").to_owned(),
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => t!("msg-io-disk-full").to_owned(),
        ErrorKind::AlreadyExists => t!("msg-io-already-exists").to_owned(),
        ErrorKind::NotADirectory => t!("msg-io-not-a-folder").to_owned(),
        ErrorKind::InvalidFilename => t!("msg-io-bad-name").to_owned(),
        ErrorKind::FileTooLarge => t!("msg-io-too-large").to_owned(),
        ErrorKind::ResourceBusy | ErrorKind::ExecutableFileBusy => t!("msg-io-busy").to_owned(),
        ErrorKind::TimedOut => t!("msg-io-timed-out").to_owned(),
        ErrorKind::UnexpectedEof => t!("msg-io-cut-short").to_owned(),
        ErrorKind::InvalidData => t!("msg-io-not-readable").to_owned(),
        ErrorKind::OutOfMemory => t!("msg-io-no-memory").to_owned(),
        ErrorKind::CrossesDevices => t!("msg-io-other-disk").to_owned(),
        ErrorKind::AddrInUse => t!("msg-io-port-taken").to_owned(),
        ErrorKind::AddrNotAvailable => t!("msg-io-no-such-address").to_owned(),
        ErrorKind::ConnectionRefused => t!("msg-io-refused").to_owned(),
        ErrorKind::NetworkUnreachable | ErrorKind::HostUnreachable | ErrorKind::NetworkDown => {
            t!("msg-io-no-network").to_owned()
        }
        // An error the app made itself is in its own words already.
        _ if err.raw_os_error().is_none() => err.to_string(),
        _ => {
            // The system's own words (English), without its error number, said to
            // be the system's.
            let text = err.to_string();
            let words = match text.find(OS_ERROR_NUMBER) {
                Some(cut) => &text[..cut],
                None => &text,
            };
            t!("msg-io-system", words = words)
        }
    }
}

pub(crate) fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, scoped};
    use std::io::{Error, ErrorKind};

    #[test]
    fn io_errors_in_the_language_shown() {
        let _fr = scoped(Lang::Fr);
        for (kind, words) in [
            (ErrorKind::NotADirectory, "pas un dossier"),
            (ErrorKind::InvalidFilename, "trop long"),
            (ErrorKind::ResourceBusy, "autre programme"),
            (ErrorKind::AddrInUse, "ce port"),
            (ErrorKind::UnexpectedEof, "incomplet"),
        ] {
            assert!(plain_io(&Error::from(kind)).contains(words), "{kind:?}");
        }
        // The system's own words, said to be the system's, without the number.
        let raw = Error::from_raw_os_error(24);
        let text = raw.to_string();
        let words = text.split(" (os ").next().unwrap();
        assert_eq!(plain_io(&raw), format!("le système répond\u{a0}: {words}"));
        // Words the app gave an error itself stay its own.
        assert_eq!(
            plain_io(&Error::other("déjà en français")),
            "déjà en français"
        );
        let _en = scoped(Lang::En);
        assert_eq!(plain_io(&raw), words);
    }
}
