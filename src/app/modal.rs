//! The dialogs shown over the window, one at a time, and what each holds.

use super::{Pending, dialogs, live, personas, templates};
use crate::model::PersonaId;

/// A dialog shown over the window.
#[derive(Clone, Debug)]
pub enum Modal {
    /// "Save changes before …?"
    Unsaved {
        then: Pending,
    },
    /// A path typed by hand, where no native dialog can be shown.
    PathPrompt {
        purpose: dialogs::FilePurpose,
        text: String,
        note: Option<crate::i18n::Said>,
        error: Option<crate::i18n::Said>,
        /// Whether the text field should take the keyboard focus (when shown).
        focus: bool,
        /// The user was told the file exists; confirming again replaces it.
        replace: bool,
    },
    /// The template gallery, for a new project or a new journey.
    Templates(templates::TemplateTarget),
    Problems,
    Shortcuts,
    About,
    Error {
        title: crate::i18n::Said,
        message: crate::i18n::Said,
    },
    /// "journeymap closed without saving: restore the unsaved work?"
    Recover(crate::io::recovery::Orphan),
    /// A live session's links, or the field to paste one into.
    Live(live::LiveModal),
    /// "Delete this persona, which journeys, cards or hypotheses refer to?"
    DeletePersona {
        id: PersonaId,
        name: String,
        refs: crate::ops::personas::References,
    },
    /// The personas of another file, to tick for import.
    ImportPersonas(personas::ImportChoice),
}

impl Modal {
    /// Which dialog this is, whatever it holds (each kind keeps its own window state).
    pub fn kind(&self) -> &'static str {
        match self {
            Modal::Unsaved { .. } => "unsaved",
            Modal::PathPrompt { .. } => "path",
            Modal::Templates(_) => "templates",
            Modal::Problems => "problems",
            Modal::Shortcuts => "shortcuts",
            Modal::About => "about",
            Modal::Error { .. } => "error",
            Modal::Recover(_) => "recover",
            Modal::DeletePersona { .. } => "delete_persona",
            Modal::ImportPersonas(_) => "import_personas",
            Modal::Live(_) => "live_session",
        }
    }
}
