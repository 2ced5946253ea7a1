//! Every user action with its label, tooltip, shortcuts and menu place: menus, the
//! keyboard and the shortcut list are all generated from this one table.

use egui::{Key, KeyboardShortcut, Modifiers};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Command {
    New,
    NewFromTemplate,
    Open,
    Save,
    SaveAs,
    Quit,
    Undo,
    Redo,
    ShowJourneys,
    ShowPersonas,
    ShowHypotheses,
    ShowData,
    ShowCurves,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    ThemeLight,
    ThemeDark,
    ThemeSystem,
    ShowProblems,
    Shortcuts,
    About,
}

/// The menus of the menu bar, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Menu {
    File,
    Edit,
    View,
    Help,
}

impl Menu {
    pub const ALL: [Menu; 4] = [Menu::File, Menu::Edit, Menu::View, Menu::Help];

    pub fn label(self) -> &'static str {
        match self {
            Menu::File => "File",
            Menu::Edit => "Edit",
            Menu::View => "View",
            Menu::Help => "Help",
        }
    }
}

/// Where a command sits in the menus: its menu, its group (groups are separated by a
/// line) and, optionally, the submenu it is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placement {
    pub menu: Menu,
    pub group: u8,
    pub submenu: Option<&'static str>,
}

const fn place(menu: Menu, group: u8) -> Placement {
    Placement {
        menu,
        group,
        submenu: None,
    }
}

const CMD: Modifiers = Modifiers::COMMAND;
const CMD_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);

const fn key(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

impl Command {
    /// Every command, in menu order.
    pub const ALL: [Command; 22] = [
        Command::New,
        Command::NewFromTemplate,
        Command::Open,
        Command::Save,
        Command::SaveAs,
        Command::Quit,
        Command::Undo,
        Command::Redo,
        Command::ShowJourneys,
        Command::ShowPersonas,
        Command::ShowHypotheses,
        Command::ShowData,
        Command::ShowCurves,
        Command::ZoomIn,
        Command::ZoomOut,
        Command::ZoomReset,
        Command::ThemeLight,
        Command::ThemeDark,
        Command::ThemeSystem,
        Command::ShowProblems,
        Command::Shortcuts,
        Command::About,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Command::New => "New",
            Command::NewFromTemplate => "New from template…",
            Command::Open => "Open…",
            Command::Save => "Save",
            Command::SaveAs => "Save as…",
            Command::Quit => "Quit",
            Command::Undo => "Undo",
            Command::Redo => "Redo",
            Command::ShowJourneys => "Journeys",
            Command::ShowPersonas => "Personas",
            Command::ShowHypotheses => "Hypotheses",
            Command::ShowData => "Customer data",
            Command::ShowCurves => "Curves",
            Command::ZoomIn => "Zoom in",
            Command::ZoomOut => "Zoom out",
            Command::ZoomReset => "Actual size",
            Command::ThemeLight => "Light",
            Command::ThemeDark => "Dark",
            Command::ThemeSystem => "Follow the system",
            Command::ShowProblems => "Problems found on load…",
            Command::Shortcuts => "Keyboard shortcuts",
            Command::About => "About journeymap",
        }
    }

    pub fn tooltip(self) -> &'static str {
        match self {
            Command::New => "Start an empty project",
            Command::NewFromTemplate => "Start a project from an example map",
            Command::Open => "Open a project file (.ron)",
            Command::Save => "Save the project to its file",
            Command::SaveAs => "Save the project to a new file",
            Command::Quit => "Close journeymap",
            Command::Undo => "Undo the last change",
            Command::Redo => "Redo the last undone change",
            Command::ShowJourneys => "The journey maps of the project",
            Command::ShowPersonas => "The personas of the project",
            Command::ShowHypotheses => "The team's hypotheses by status, with their evidence",
            Command::ShowData => "Imported customer data and how it maps to the journeys",
            Command::ShowCurves => "Satisfaction curves per persona along each journey",
            Command::ZoomIn => "Make everything larger",
            Command::ZoomOut => "Make everything smaller",
            Command::ZoomReset => "Back to 100%",
            Command::ThemeLight => "Light colours",
            Command::ThemeDark => "Dark colours",
            Command::ThemeSystem => "Light or dark, as the system is set",
            Command::ShowProblems => "What was repaired when the project was opened",
            Command::Shortcuts => "Every keyboard shortcut",
            Command::About => "Version and licences",
        }
    }

    /// The shortcuts, the first one shown in menus.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        match self {
            Command::New => &const { [key(CMD, Key::N)] },
            Command::Open => &const { [key(CMD, Key::O)] },
            Command::Save => &const { [key(CMD, Key::S)] },
            Command::SaveAs => &const { [key(CMD_SHIFT, Key::S)] },
            Command::Quit => &const { [key(CMD, Key::Q)] },
            Command::Undo => &const { [key(CMD, Key::Z)] },
            Command::Redo => &const { [key(CMD_SHIFT, Key::Z), key(CMD, Key::Y)] },
            Command::ShowJourneys => &const { [key(CMD, Key::Num1)] },
            Command::ShowPersonas => &const { [key(CMD, Key::Num2)] },
            Command::ShowHypotheses => &const { [key(CMD, Key::Num3)] },
            Command::ShowData => &const { [key(CMD, Key::Num4)] },
            Command::ShowCurves => &const { [key(CMD, Key::Num5)] },
            Command::ZoomIn => &const { [key(CMD, Key::Plus), key(CMD, Key::Equals)] },
            Command::ZoomOut => &const { [key(CMD, Key::Minus)] },
            Command::ZoomReset => &const { [key(CMD, Key::Num0)] },
            Command::Shortcuts => &const { [key(Modifiers::NONE, Key::F1)] },
            Command::NewFromTemplate
            | Command::ThemeLight
            | Command::ThemeDark
            | Command::ThemeSystem
            | Command::ShowProblems
            | Command::About => &[],
        }
    }

    pub fn placement(self) -> Option<Placement> {
        match self {
            Command::New | Command::NewFromTemplate | Command::Open => Some(place(Menu::File, 0)),
            Command::Save | Command::SaveAs => Some(place(Menu::File, 1)),
            Command::Quit => Some(place(Menu::File, 2)),
            Command::Undo | Command::Redo => Some(place(Menu::Edit, 0)),
            Command::ShowJourneys
            | Command::ShowPersonas
            | Command::ShowHypotheses
            | Command::ShowData
            | Command::ShowCurves => Some(place(Menu::View, 0)),
            Command::ZoomIn | Command::ZoomOut | Command::ZoomReset => Some(place(Menu::View, 1)),
            Command::ThemeLight | Command::ThemeDark | Command::ThemeSystem => Some(Placement {
                menu: Menu::View,
                group: 2,
                submenu: Some("Theme"),
            }),
            Command::ShowProblems | Command::Shortcuts | Command::About => {
                Some(place(Menu::Help, 0))
            }
        }
    }

    /// The view a "show" command switches to.
    pub fn view(self) -> Option<super::View> {
        use super::View;
        match self {
            Command::ShowJourneys => Some(View::Journeys),
            Command::ShowPersonas => Some(View::Personas),
            Command::ShowHypotheses => Some(View::Hypotheses),
            Command::ShowData => Some(View::Data),
            Command::ShowCurves => Some(View::Curves),
            _ => None,
        }
    }

    /// The command that switches to `view`.
    pub fn show(view: super::View) -> Command {
        Self::ALL
            .into_iter()
            .find(|c| c.view() == Some(view))
            .unwrap_or(Command::ShowJourneys)
    }

    /// Every (shortcut, command) pair, most specific shortcuts first, so that
    /// Ctrl+Shift+Z is not taken for Ctrl+Z.
    pub fn shortcut_table() -> Vec<(KeyboardShortcut, Command)> {
        let mut table: Vec<_> = Self::ALL
            .iter()
            .flat_map(|c| c.shortcuts().iter().map(move |s| (*s, *c)))
            .collect();
        table.sort_by_key(|(s, _)| {
            let m = s.modifiers;
            std::cmp::Reverse(u8::from(m.shift) + u8::from(m.alt) + u8::from(m.ctrl || m.command))
        });
        table
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_command_is_listed_once_and_placed() {
        let unique: BTreeSet<_> = Command::ALL.iter().map(|c| format!("{c:?}")).collect();
        assert_eq!(unique.len(), Command::ALL.len());
        for c in Command::ALL {
            assert!(c.placement().is_some(), "{c:?} is in no menu");
            assert!(!c.label().is_empty() && !c.tooltip().is_empty());
        }
    }

    #[test]
    fn every_view_has_its_command() {
        for view in crate::app::View::ALL {
            assert_eq!(Command::show(view).view(), Some(view));
        }
    }

    #[test]
    fn no_shortcut_is_bound_twice() {
        let table = Command::shortcut_table();
        let unique: BTreeSet<_> = table
            .iter()
            .map(|(s, _)| format!("{:?}{:?}", s.modifiers, s.logical_key))
            .collect();
        assert_eq!(unique.len(), table.len());
    }

    #[test]
    fn shift_shortcuts_come_first() {
        let table = Command::shortcut_table();
        let save_as = table
            .iter()
            .position(|(_, c)| *c == Command::SaveAs)
            .unwrap();
        let save = table.iter().position(|(_, c)| *c == Command::Save).unwrap();
        assert!(save_as < save);
    }

    #[test]
    fn the_required_shortcuts_exist() {
        let has =
            |c: Command, m: Modifiers, k: Key| c.shortcuts().contains(&KeyboardShortcut::new(m, k));
        assert!(has(Command::New, CMD, Key::N));
        assert!(has(Command::Open, CMD, Key::O));
        assert!(has(Command::Save, CMD, Key::S));
        assert!(has(Command::SaveAs, CMD_SHIFT, Key::S));
        assert!(has(Command::Undo, CMD, Key::Z));
        assert!(has(Command::Redo, CMD_SHIFT, Key::Z));
        assert!(has(Command::Redo, CMD, Key::Y));
    }
}
