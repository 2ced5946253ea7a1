//! Preferences remembered between runs (eframe storage). Only preferences live here;
//! the project itself is always in its own file.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The key under which preferences are stored.
pub const STORAGE_KEY: &str = "journeymap.preferences";

/// How many recent files are remembered.
pub const MAX_RECENT: usize = 10;

pub const MIN_ZOOM: f32 = 0.5;
pub const MAX_ZOOM: f32 = 3.0;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// Most recent first.
    pub recent: Vec<PathBuf>,
    pub theme: ThemeChoice,
    /// Zoom of the whole interface (1 = 100%).
    pub zoom: f32,
    pub view: View,
    /// The side panels (navigation, journey list, inspector) are shown; folded away,
    /// the map has the whole width.
    pub side_panels: bool,
    /// Live sessions go through this sync server (e.g. `wss://sync.example.org` or
    /// `ws://10.0.0.5:3030/?code=K7P2QX`); empty: this laptop is the server.
    pub live_server: String,
    /// The name others see in a live session; empty: the computer's login name.
    pub live_name: String,
    /// The interface's language.
    pub language: LanguageChoice,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            recent: Vec::new(),
            theme: ThemeChoice::System,
            zoom: 1.0,
            view: View::Journeys,
            side_panels: true,
            live_server: String::new(),
            live_name: String::new(),
            language: LanguageChoice::System,
        }
    }
}

impl Preferences {
    /// Puts `path` first in the recent files.
    pub fn add_recent(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }

    pub fn remove_recent(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
    }

    /// The zoom, kept inside the range the app supports.
    pub fn clamped_zoom(&self) -> f32 {
        if self.zoom.is_finite() {
            self.zoom.clamp(MIN_ZOOM, MAX_ZOOM)
        } else {
            1.0
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ThemeChoice {
    Light,
    Dark,
    #[default]
    System,
}

impl From<ThemeChoice> for egui::ThemePreference {
    fn from(choice: ThemeChoice) -> Self {
        match choice {
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
            ThemeChoice::System => egui::ThemePreference::System,
        }
    }
}

/// The views of a project, in navigation order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum View {
    #[default]
    Journeys,
    Personas,
    Hypotheses,
    Data,
    Curves,
}

impl View {
    pub const ALL: [View; 5] = [
        View::Journeys,
        View::Personas,
        View::Hypotheses,
        View::Data,
        View::Curves,
    ];

    pub fn label(self) -> &'static str {
        crate::i18n::tr(match self {
            View::Journeys => "cmd-show-journeys",
            View::Personas => "cmd-show-personas",
            View::Hypotheses => "cmd-show-hypotheses",
            View::Data => "cmd-show-data",
            View::Curves => "cmd-show-curves",
        })
    }

    pub fn icon(self) -> &'static str {
        match self {
            View::Journeys => "🗺",
            View::Personas => "👤",
            View::Hypotheses => "❓",
            View::Data => "📊",
            View::Curves => "📈",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_unique_most_recent_first_and_bounded() {
        let mut prefs = Preferences::default();
        for i in 0..15 {
            prefs.add_recent(Path::new(&format!("/nonexistent/{i}.ron")));
        }
        prefs.add_recent(Path::new("/nonexistent/7.ron"));
        assert_eq!(prefs.recent.len(), MAX_RECENT);
        assert_eq!(prefs.recent[0], PathBuf::from("/nonexistent/7.ron"));
        assert_eq!(
            prefs.recent.iter().filter(|p| p.ends_with("7.ron")).count(),
            1
        );
    }

    #[test]
    fn old_or_partial_preferences_still_load() {
        let prefs: Preferences = ron::from_str("(zoom: 1.5)").unwrap();
        assert!((prefs.zoom - 1.5).abs() < f32::EPSILON);
        assert_eq!(prefs.view, View::Journeys);
        let wild = Preferences {
            zoom: f32::NAN,
            ..Preferences::default()
        };
        assert!((wild.clamped_zoom() - 1.0).abs() < f32::EPSILON);
    }
}

/// The interface's language: the system's, or one chosen in View › Language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum LanguageChoice {
    #[default]
    System,
    English,
    French,
    Spanish,
}

impl LanguageChoice {
    /// The language shown, `system` being the system's.
    pub fn resolve(self, system: crate::i18n::Lang) -> crate::i18n::Lang {
        use crate::i18n::Lang;
        match self {
            LanguageChoice::System => system,
            LanguageChoice::English => Lang::En,
            LanguageChoice::French => Lang::Fr,
            LanguageChoice::Spanish => Lang::Es,
        }
    }
}
