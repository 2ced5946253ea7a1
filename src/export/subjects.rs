//! What goes wrong in an export, in plain words, and finding what the command line
//! names: a journey or a persona, by name or id.

use std::fmt;
use std::path::PathBuf;

use crate::model::{JourneyId, PersonaId, Project};
use crate::t;

use super::page;

/// What went wrong, in plain words.
#[derive(Debug)]
pub enum ExportError {
    UnknownJourney { name: String, known: Vec<String> },
    UnknownPersona { name: String, known: Vec<String> },
    NoJourney,
    UnknownExtension(PathBuf),
    TooLarge { width: u32, height: u32 },
    Write { path: PathBuf, reason: String },
    Io(std::io::Error),
    Render(String),
    Cancelled,
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            ExportError::UnknownJourney { name, known } => t!(
                "out-error-unknown-journey",
                name = name.as_str(),
                known = list(known)
            ),
            ExportError::UnknownPersona { name, known } => t!(
                "out-error-unknown-persona",
                name = name.as_str(),
                known = list(known)
            ),
            ExportError::NoJourney => t!("out-error-no-journey").to_owned(),
            ExportError::UnknownExtension(path) => t!(
                "out-error-unknown-extension",
                path = path.display().to_string()
            ),
            ExportError::TooLarge { width, height } => t!(
                "out-error-too-large",
                // Pixel sizes are written as people type them, without grouping.
                width = width.to_string(),
                height = height.to_string(),
                millions = (page::MAX_PIXELS / 1_000_000).to_string(),
                side = page::MAX_SIDE.to_string()
            ),
            ExportError::Write { path, reason } => t!(
                "out-error-write",
                path = path.display().to_string(),
                reason = reason.as_str()
            ),
            ExportError::Io(e) => crate::io::plain_io(e),
            ExportError::Render(text) => text.clone(),
            ExportError::Cancelled => t!("out-error-cancelled").to_owned(),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ExportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ExportError::Io(e) => Some(e),
            _ => None,
        }
    }
}

impl From<std::io::Error> for ExportError {
    fn from(e: std::io::Error) -> Self {
        ExportError::Io(e)
    }
}

fn list(names: &[String]) -> String {
    if names.is_empty() {
        t!("out-error-none").to_owned()
    } else {
        names
            .iter()
            .map(|n| t!("out-quoted", name = n.as_str()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A journey by name (any case) or by id number.
pub fn find_journey(project: &Project, name: &str) -> Result<JourneyId, ExportError> {
    let wanted = name.trim();
    project
        .journeys
        .iter()
        .find(|j| j.name.trim().eq_ignore_ascii_case(wanted))
        .or_else(|| {
            let id: u64 = wanted.parse().ok()?;
            project.journeys.iter().find(|j| j.id.0 == id)
        })
        .map(|j| j.id)
        .ok_or_else(|| ExportError::UnknownJourney {
            name: wanted.to_owned(),
            known: project.journeys.iter().map(|j| j.name.clone()).collect(),
        })
}

/// A persona by name (any case) or by id number.
pub fn find_persona(project: &Project, name: &str) -> Result<PersonaId, ExportError> {
    let wanted = name.trim();
    project
        .personas
        .iter()
        .find(|p| p.name.trim().eq_ignore_ascii_case(wanted))
        .or_else(|| {
            let id: u64 = wanted.parse().ok()?;
            project.personas.iter().find(|p| p.id.0 == id)
        })
        .map(|p| p.id)
        .ok_or_else(|| ExportError::UnknownPersona {
            name: wanted.to_owned(),
            known: project.personas.iter().map(|p| p.name.clone()).collect(),
        })
}
