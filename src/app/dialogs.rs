//! Native file dialogs (rfd), run on a thread of their own so the window never
//! freezes, with a typed path as the fallback where no dialog can be shown.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::{Duration, Instant};

use crate::model::PersonaId;
use crate::t;

/// What a file is being chosen for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilePurpose {
    Open,
    SaveAs,
    /// A copy of the project as it is now, which does not become the open file.
    SaveCopy,
    /// A photo for this persona.
    Photo(PersonaId),
    /// A project file to import personas from.
    ImportPersonas,
    /// The file to save this persona to.
    SavePersona(PersonaId),
    /// A customer data file to import.
    ImportData,
}

impl FilePurpose {
    pub fn title(self) -> &'static str {
        match self {
            FilePurpose::Open => t!("dialog-open-title"),
            FilePurpose::SaveAs => t!("dialog-save-as-title"),
            FilePurpose::SaveCopy => t!("dialog-save-copy-title"),
            FilePurpose::Photo(_) => t!("dialog-photo-title"),
            FilePurpose::ImportPersonas => t!("dialog-import-personas-title"),
            FilePurpose::SavePersona(_) => t!("dialog-save-persona-title"),
            FilePurpose::ImportData => t!("dialog-import-data-title"),
        }
    }

    pub fn button(self) -> &'static str {
        match self {
            FilePurpose::Open => t!("dialog-open-button"),
            FilePurpose::SaveAs | FilePurpose::SaveCopy | FilePurpose::SavePersona(_) => {
                t!("dialog-save-button")
            }
            FilePurpose::Photo(_) => t!("dialog-photo-button"),
            FilePurpose::ImportPersonas | FilePurpose::ImportData => t!("dialog-read-file-button"),
        }
    }

    /// The label of the typed path's field.
    pub fn field_label(self) -> &'static str {
        match self {
            FilePurpose::Photo(_) => t!("dialog-photo-path"),
            FilePurpose::ImportData => t!("dialog-data-path"),
            _ => t!("dialog-project-path"),
        }
    }

    /// Whether the file is written (else it is read and must exist).
    pub fn saves(self) -> bool {
        matches!(
            self,
            FilePurpose::SaveAs | FilePurpose::SaveCopy | FilePurpose::SavePersona(_)
        )
    }

    /// The file type the dialog offers.
    fn filter(self) -> (&'static str, &'static [&'static str]) {
        match self {
            FilePurpose::Photo(_) => (t!("dialog-filter-picture"), &["png", "jpg", "jpeg"]),
            FilePurpose::ImportData => (
                t!("dialog-filter-customer-data"),
                &["csv", "tsv", "txt", "xlsx", "xlsm", "xls", "ods"],
            ),
            _ => (t!("dialog-filter-project"), &["ron"]),
        }
    }
}

/// How files are chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogMode {
    /// The system's dialog (XDG portal or zenity on Linux), falling back to a typed
    /// path when it cannot be shown.
    Native,
    /// Always a typed path (tests, and systems known to have no dialog).
    Typed,
}

/// A dialog answer that came back faster than any person can click is a dialog that
/// could not be shown.
const TOO_FAST: Duration = Duration::from_millis(250);

/// A native dialog that is open.
#[derive(Debug)]
pub struct OpenDialog {
    pub purpose: FilePurpose,
    started: Instant,
    answer: Receiver<Option<PathBuf>>,
}

/// What became of a native dialog.
#[derive(Debug, PartialEq, Eq)]
pub enum DialogOutcome {
    Chosen(PathBuf),
    Cancelled,
    /// No dialog could be shown; the reason is for the user.
    Unavailable(crate::i18n::Said),
}

/// Why native dialogs cannot work here, if that is known before trying.
pub fn native_unavailable_reason() -> Option<crate::i18n::Said> {
    if cfg!(target_os = "linux") {
        let on_path = |name: &str| {
            std::env::var_os("PATH").is_some_and(|paths| {
                std::env::split_paths(&paths).any(|dir| dir.join(name).is_file())
            })
        };
        let has_bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
            || std::env::var_os("XDG_RUNTIME_DIR")
                .is_some_and(|dir| Path::new(&dir).join("bus").exists());
        if !has_bus && !on_path("zenity") {
            return Some(crate::said!("dialog-none-on-system"));
        }
    }
    None
}

/// Opens the system's dialog on its own thread. `repaint` is called when it closes.
pub fn spawn(
    purpose: FilePurpose,
    directory: Option<PathBuf>,
    suggested_name: String,
    repaint: impl Fn() + Send + 'static,
) -> OpenDialog {
    spawn_dialog(purpose, false, directory, suggested_name, repaint)
}

/// The save dialog for an export (PNG, SVG or PDF).
pub fn spawn_export(
    directory: Option<PathBuf>,
    suggested_name: String,
    repaint: impl Fn() + Send + 'static,
) -> OpenDialog {
    spawn_dialog(
        FilePurpose::SaveAs,
        true,
        directory,
        suggested_name,
        repaint,
    )
}

fn spawn_dialog(
    purpose: FilePurpose,
    export: bool,
    directory: Option<PathBuf>,
    suggested_name: String,
    repaint: impl Fn() + Send + 'static,
) -> OpenDialog {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut dialog = if export {
            rfd::FileDialog::new()
                .set_title(t!("dialog-export-title"))
                .add_filter(t!("dialog-filter-export"), &["png", "svg", "pdf"])
        } else {
            let (name, extensions) = purpose.filter();
            rfd::FileDialog::new()
                .set_title(purpose.title())
                .add_filter(name, extensions)
        };
        if let Some(dir) = directory {
            dialog = dialog.set_directory(dir);
        }
        let answer = if purpose.saves() {
            dialog.set_file_name(suggested_name).save_file()
        } else {
            dialog.pick_file()
        };
        let _ = tx.send(answer);
        repaint();
    });
    OpenDialog {
        purpose,
        started: Instant::now(),
        answer: rx,
    }
}

impl OpenDialog {
    /// The outcome once the dialog has closed; `None` while it is open.
    pub fn poll(&self) -> Option<DialogOutcome> {
        match self.answer.try_recv() {
            Ok(Some(path)) => Some(DialogOutcome::Chosen(path)),
            Ok(None) if self.started.elapsed() < TOO_FAST => Some(DialogOutcome::Unavailable(
                crate::said!("dialog-could-not-show"),
            )),
            Ok(None) => Some(DialogOutcome::Cancelled),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                Some(DialogOutcome::Unavailable(crate::said!("dialog-stopped")))
            }
        }
    }
}

/// Adds `.ron` to a path typed for saving when it has no extension.
pub fn with_ron_extension(path: PathBuf) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension("ron")
    }
}

/// Expands a leading `~` to the home folder, as a shell would.
pub fn expand_home(typed: &str) -> PathBuf {
    let typed = typed.trim();
    if let Some(rest) = typed.strip_prefix("~/")
        && let Some(home) = std::env::var_os("HOME")
    {
        return Path::new(&home).join(rest);
    }
    PathBuf::from(typed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_paths() {
        assert_eq!(with_ron_extension("a/b".into()), PathBuf::from("a/b.ron"));
        assert_eq!(
            with_ron_extension("a/b.txt".into()),
            PathBuf::from("a/b.txt")
        );
        assert_eq!(expand_home("  /x/y.ron "), PathBuf::from("/x/y.ron"));
    }
}
