//! Errors of reading and writing project files, in words a user understands.

use std::path::{Path, PathBuf};

/// Why a project file could not be opened. The open project is never touched when
/// this is returned.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read the file: {}", plain_io(source))]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("this is not a regular file (a folder, a device or a pipe), so it is not a project")]
    NotAFile { path: PathBuf },
    #[error(
        "the file is larger than {} MB, the most a project file may be; is it really a journeymap project?",
        max / 1_000_000
    )]
    TooLarge { path: PathBuf, max: u64 },
    #[error("the file is empty")]
    Empty { path: PathBuf },
    #[error(
        "the file is not text (what is here is not readable text); is it really a journeymap project?"
    )]
    NotUtf8 {
        path: PathBuf,
        line: usize,
        col: usize,
    },
    #[error("{message}")]
    Syntax {
        path: PathBuf,
        line: usize,
        col: usize,
        message: String,
    },
    #[error(
        "the file has no format_version; a journeymap project starts with `(format_version: {current}, project: (...))`"
    )]
    NoVersion { path: PathBuf, current: u32 },
    #[error(
        "the file was written by a newer journeymap (format version {found}; this one reads versions up to {supported}); update journeymap to open it"
    )]
    NewerVersion {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error("the file has format version {found}, which this journeymap cannot upgrade: {message}")]
    Migration {
        path: PathBuf,
        found: u32,
        message: String,
    },
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
        format!("{}:{line}:{col}: {self}", self.path().display())
    }

    /// The message for a dialog or the status bar: what went wrong, where, and the
    /// file at the end.
    pub fn user_message(&self) -> String {
        match self.position() {
            Some((line, col)) => format!(
                "Line {line}, column {col}: {self} — {}",
                self.path().display()
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
#[error("could not {action}: {}", plain_io(source))]
pub struct SaveError {
    pub path: PathBuf,
    /// What the save was doing, e.g. "write the temporary file".
    pub action: &'static str,
    pub source: std::io::Error,
}

impl SaveError {
    pub fn user_message(&self) -> String {
        format!("Saving failed: {self} — {}", self.path.display())
    }
}

/// An I/O error in plain words, without the operating system's error number.
pub fn plain_io(err: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match err.kind() {
        ErrorKind::NotFound => "there is no such file or folder".to_owned(),
        ErrorKind::PermissionDenied => {
            "permission denied (you may not use this file or folder)".to_owned()
        }
        ErrorKind::IsADirectory => "it is a folder, not a file".to_owned(),
        ErrorKind::ReadOnlyFilesystem => "the disk is read-only".to_owned(),
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "the disk is full".to_owned(),
        ErrorKind::AlreadyExists => "a file of that name already exists".to_owned(),
        _ => {
            let text = err.to_string();
            match text.find(" (os error") {
                Some(cut) => text[..cut].to_owned(),
                None => text,
            }
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
