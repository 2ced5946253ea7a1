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
    SaveCopy,
    Export,
    Quit,
    Undo,
    Redo,
    Cut,
    Copy,
    Paste,
    Duplicate,
    DeleteSelection,
    SelectAll,
    ClearSelection,
    NewCard,
    EditCard,
    AddStage,
    AddLane,
    NewJourney,
    NewJourneyFromTemplate,
    DuplicateJourney,
    DeleteJourney,
    ToggleCardColors,
    MoveLeft,
    MoveRight,
    MoveUp,
    MoveDown,
    ShowJourneys,
    ShowPersonas,
    ShowHypotheses,
    ShowData,
    ShowCurves,
    Present,
    Timer,
    Vote,
    Capture,
    LiveStart,
    LiveJoin,
    FollowFacilitator,
    FitWidth,
    FitToScreen,
    ZoomToSelection,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    SidePanels,
    InterfaceLarger,
    InterfaceSmaller,
    InterfaceNormal,
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
    Map,
    Workshop,
    View,
    Help,
}

impl Menu {
    pub const ALL: [Menu; 6] = [
        Menu::File,
        Menu::Edit,
        Menu::Map,
        Menu::Workshop,
        Menu::View,
        Menu::Help,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Menu::File => "File",
            Menu::Edit => "Edit",
            Menu::Map => "Map",
            Menu::Workshop => "Workshop",
            Menu::View => "View",
            Menu::Help => "Help",
        }
    }
}

/// Where a command works: anywhere, or on the journey map (when the map is shown and
/// no text is being typed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    App,
    Map,
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

const fn sub(menu: Menu, group: u8, submenu: &'static str) -> Placement {
    Placement {
        menu,
        group,
        submenu: Some(submenu),
    }
}

const NONE: Modifiers = Modifiers::NONE;
const CMD: Modifiers = Modifiers::COMMAND;
const SHIFT: Modifiers = Modifiers::SHIFT;
const CMD_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);

const fn key(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

impl Command {
    /// Every command, in menu order.
    pub const ALL: [Command; 58] = [
        Command::New,
        Command::NewFromTemplate,
        Command::Open,
        Command::Save,
        Command::SaveAs,
        Command::SaveCopy,
        Command::Export,
        Command::Quit,
        Command::Undo,
        Command::Redo,
        Command::Cut,
        Command::Copy,
        Command::Paste,
        Command::Duplicate,
        Command::DeleteSelection,
        Command::SelectAll,
        Command::ClearSelection,
        Command::NewCard,
        Command::EditCard,
        Command::AddStage,
        Command::AddLane,
        Command::NewJourney,
        Command::NewJourneyFromTemplate,
        Command::DuplicateJourney,
        Command::DeleteJourney,
        Command::ToggleCardColors,
        Command::MoveLeft,
        Command::MoveRight,
        Command::MoveUp,
        Command::MoveDown,
        Command::ShowJourneys,
        Command::ShowPersonas,
        Command::ShowHypotheses,
        Command::ShowData,
        Command::ShowCurves,
        Command::Present,
        Command::Timer,
        Command::Vote,
        Command::Capture,
        Command::LiveStart,
        Command::LiveJoin,
        Command::FollowFacilitator,
        Command::FitWidth,
        Command::FitToScreen,
        Command::ZoomToSelection,
        Command::ZoomIn,
        Command::ZoomOut,
        Command::ZoomReset,
        Command::SidePanels,
        Command::InterfaceLarger,
        Command::InterfaceSmaller,
        Command::InterfaceNormal,
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
            Command::SaveCopy => "Save a copy…",
            Command::Export => "Export…",
            Command::Quit => "Quit",
            Command::Undo => "Undo",
            Command::Redo => "Redo",
            Command::Cut => "Cut",
            Command::Copy => "Copy",
            Command::Paste => "Paste",
            Command::Duplicate => "Duplicate",
            Command::DeleteSelection => "Delete",
            Command::SelectAll => "Select all cards",
            Command::ClearSelection => "Select only the current card",
            Command::NewCard => "New card",
            Command::EditCard => "Edit text",
            Command::AddStage => "Add stage",
            Command::AddLane => "Add lane",
            Command::NewJourney => "New journey",
            Command::NewJourneyFromTemplate => "New journey from template…",
            Command::DuplicateJourney => "Duplicate journey",
            Command::DeleteJourney => "Delete journey",
            Command::ToggleCardColors => "Colour cards by emotion",
            Command::MoveLeft => "Select left",
            Command::MoveRight => "Select right",
            Command::MoveUp => "Select up",
            Command::MoveDown => "Select down",
            Command::ShowJourneys => "Journeys",
            Command::ShowPersonas => "Personas",
            Command::ShowHypotheses => "Hypotheses",
            Command::ShowData => "Customer data",
            Command::ShowCurves => "Curves",
            Command::Present => "Present",
            Command::Timer => "Timer…",
            Command::Vote => "Dot vote…",
            Command::Capture => "Quick capture",
            Command::LiveStart => "Start live session…",
            Command::LiveJoin => "Join live session…",
            Command::FollowFacilitator => "Follow facilitator",
            Command::SidePanels => "Side panels",
            Command::FitWidth => "Fit width",
            Command::FitToScreen => "Fit everything",
            Command::ZoomToSelection => "Zoom to selection",
            Command::ZoomIn => "Zoom in",
            Command::ZoomOut => "Zoom out",
            Command::ZoomReset => "Zoom to 100%",
            Command::InterfaceLarger => "Larger",
            Command::InterfaceSmaller => "Smaller",
            Command::InterfaceNormal => "Normal size",
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
            Command::NewFromTemplate => "Start a project from a template, chosen by its picture",
            Command::Open => "Open a project file (.ron)",
            Command::Save => "Save the project to its file",
            Command::SaveAs => "Save the project to a new file",
            Command::SaveCopy => {
                "Write the project as it is now to another file; the open file stays the one Save writes (in a live session: a snapshot outside the session)"
            }
            Command::Export => "Export journey maps or persona pages as PNG, SVG or PDF",
            Command::Quit => "Close journeymap",
            Command::Undo => "Undo the last change",
            Command::Redo => "Redo the last undone change",
            Command::Cut => "Remove the selected cards and keep them to paste",
            Command::Copy => "Keep the selected cards to paste",
            Command::Paste => "Put copied cards (or lines of copied text) in the selected cell",
            Command::Duplicate => "Copy the selected cards in place",
            Command::DeleteSelection => "Delete the selected cards, link, stage or lane",
            Command::SelectAll => "Select every card of the map",
            Command::ClearSelection => "Leave only the current card selected",
            Command::NewCard => "Add a card to the selected cell and type its title",
            Command::EditCard => {
                "Type the title of the selected card (or the name of the selected stage or lane)"
            }
            Command::AddStage => "Add a stage after the selected one",
            Command::AddLane => "Add a lane below the selected one",
            Command::NewJourney => "Add a journey with the usual stages and lanes",
            Command::NewJourneyFromTemplate => {
                "Add a template's journey (stages, lanes and cards) to this project"
            }
            Command::DuplicateJourney => "Copy the journey shown, with all its cards",
            Command::DeleteJourney => "Delete the journey shown, with all its cards",
            Command::ToggleCardColors => "Colour cards by their emotion instead of their lane",
            Command::MoveLeft => "Select the card or cell to the left",
            Command::MoveRight => "Select the card or cell to the right",
            Command::MoveUp => "Select the card or cell above",
            Command::MoveDown => "Select the card or cell below",
            Command::ShowJourneys => "The journey maps of the project",
            Command::ShowPersonas => "The personas of the project",
            Command::ShowHypotheses => "The team's hypotheses by status, with their evidence",
            Command::ShowData => "Imported customer data and how it maps to the journeys",
            Command::ShowCurves => "Satisfaction curves per persona along each journey",
            Command::Present => {
                "The map full screen for a room, stage by stage, in high contrast (Esc leaves)"
            }
            Command::Timer => "Minutes per exercise, with a countdown the room can read",
            Command::Capture => {
                "Type notes into the selected cell or the parking lot, without dialogs"
            }
            Command::LiveStart => {
                "Share this project with laptops on the network: everyone edits the map live (shows the join link when a session runs)"
            }
            Command::LiveJoin => "Open a map someone shares live, from the link they give you",
            Command::FollowFacilitator => {
                "In a live session: present what the facilitator presents, stage by stage with them (moving yourself stops following)"
            }
            Command::Vote => {
                "Open a dot vote on this map, cast each participant's dots, close it to rank the cards"
            }
            Command::SidePanels => {
                "Show or fold away the navigation, the journey list and the inspector, to give the map the whole width"
            }
            Command::FitWidth => {
                "Show the stages across the screen as large as reads well; the lanes below scroll into view"
            }
            Command::FitToScreen => "Show the whole map, however small",
            Command::ZoomToSelection => "Show the selected cards as large as fits",
            Command::ZoomIn => "Make the map larger",
            Command::ZoomOut => "Make the map smaller",
            Command::ZoomReset => "Show the map at its actual size",
            Command::InterfaceLarger => "Make menus, panels and text larger",
            Command::InterfaceSmaller => "Make menus, panels and text smaller",
            Command::InterfaceNormal => "Back to the normal interface size",
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
            Command::Export => &const { [key(CMD, Key::E)] },
            Command::Quit => &const { [key(CMD, Key::Q)] },
            Command::Undo => &const { [key(CMD, Key::Z)] },
            Command::Redo => &const { [key(CMD_SHIFT, Key::Z), key(CMD, Key::Y)] },
            Command::Cut => &const { [key(CMD, Key::X)] },
            Command::Copy => &const { [key(CMD, Key::C)] },
            Command::Paste => &const { [key(CMD, Key::V)] },
            Command::Duplicate => &const { [key(CMD, Key::D)] },
            Command::DeleteSelection => {
                &const { [key(NONE, Key::Delete), key(NONE, Key::Backspace)] }
            }
            Command::SelectAll => &const { [key(CMD, Key::A)] },
            Command::ClearSelection => &const { [key(NONE, Key::Escape)] },
            Command::NewCard => &const { [key(NONE, Key::N)] },
            Command::EditCard => &const { [key(NONE, Key::F2), key(NONE, Key::Enter)] },
            Command::MoveLeft => &const { [key(NONE, Key::ArrowLeft)] },
            Command::MoveRight => &const { [key(NONE, Key::ArrowRight)] },
            Command::MoveUp => &const { [key(NONE, Key::ArrowUp)] },
            Command::MoveDown => &const { [key(NONE, Key::ArrowDown)] },
            Command::ShowJourneys => &const { [key(CMD, Key::Num1)] },
            Command::ShowPersonas => &const { [key(CMD, Key::Num2)] },
            Command::ShowHypotheses => &const { [key(CMD, Key::Num3)] },
            Command::ShowData => &const { [key(CMD, Key::Num4)] },
            Command::ShowCurves => &const { [key(CMD, Key::Num5)] },
            Command::Present => &const { [key(NONE, Key::F5)] },
            Command::Timer => &const { [key(CMD, Key::T)] },
            Command::Vote => &const { [key(CMD_SHIFT, Key::D)] },
            Command::Capture => &const { [key(CMD, Key::K)] },
            Command::SidePanels => &const { [key(CMD, Key::B)] },
            Command::FitWidth => &const { [key(NONE, Key::F)] },
            Command::FitToScreen => &const { [key(SHIFT, Key::F)] },
            Command::ZoomToSelection => &const { [key(NONE, Key::Z)] },
            Command::ZoomIn => &const { [key(CMD, Key::Plus), key(CMD, Key::Equals)] },
            Command::ZoomOut => &const { [key(CMD, Key::Minus)] },
            Command::ZoomReset => &const { [key(CMD, Key::Num0)] },
            Command::Shortcuts => &const { [key(NONE, Key::F1)] },
            Command::NewFromTemplate
            | Command::SaveCopy
            | Command::LiveStart
            | Command::LiveJoin
            | Command::FollowFacilitator
            | Command::NewJourneyFromTemplate
            | Command::AddStage
            | Command::AddLane
            | Command::NewJourney
            | Command::DuplicateJourney
            | Command::DeleteJourney
            | Command::ToggleCardColors
            | Command::InterfaceLarger
            | Command::InterfaceSmaller
            | Command::InterfaceNormal
            | Command::ThemeLight
            | Command::ThemeDark
            | Command::ThemeSystem
            | Command::ShowProblems
            | Command::About => &[],
        }
    }

    /// Where the command is in the menus; `None` for keys that only move around.
    pub fn placement(self) -> Option<Placement> {
        Some(match self {
            Command::New | Command::NewFromTemplate | Command::Open => place(Menu::File, 0),
            Command::Save | Command::SaveAs | Command::SaveCopy => place(Menu::File, 1),
            Command::Export => place(Menu::File, 2),
            Command::Quit => place(Menu::File, 3),
            Command::Undo | Command::Redo => place(Menu::Edit, 0),
            Command::Cut | Command::Copy | Command::Paste => place(Menu::Edit, 1),
            Command::Duplicate | Command::DeleteSelection => place(Menu::Edit, 2),
            Command::SelectAll => place(Menu::Edit, 3),
            Command::NewCard | Command::EditCard => place(Menu::Map, 0),
            Command::AddStage | Command::AddLane => place(Menu::Map, 1),
            Command::NewJourney
            | Command::NewJourneyFromTemplate
            | Command::DuplicateJourney
            | Command::DeleteJourney => place(Menu::Map, 2),
            Command::ToggleCardColors => place(Menu::Map, 3),
            Command::ShowJourneys
            | Command::ShowPersonas
            | Command::ShowHypotheses
            | Command::ShowData
            | Command::ShowCurves => place(Menu::View, 0),
            Command::Present | Command::Timer => place(Menu::Workshop, 0),
            Command::Vote | Command::Capture => place(Menu::Workshop, 1),
            Command::LiveStart | Command::LiveJoin | Command::FollowFacilitator => {
                place(Menu::Workshop, 2)
            }
            Command::FitWidth
            | Command::FitToScreen
            | Command::ZoomToSelection
            | Command::ZoomIn
            | Command::ZoomOut
            | Command::ZoomReset => place(Menu::View, 1),
            Command::SidePanels => place(Menu::View, 2),
            Command::InterfaceLarger | Command::InterfaceSmaller | Command::InterfaceNormal => {
                sub(Menu::View, 3, "Interface size")
            }
            Command::ThemeLight | Command::ThemeDark | Command::ThemeSystem => {
                sub(Menu::View, 3, "Theme")
            }
            Command::ShowProblems | Command::Shortcuts | Command::About => place(Menu::Help, 0),
            Command::ClearSelection
            | Command::MoveLeft
            | Command::MoveRight
            | Command::MoveUp
            | Command::MoveDown => return None,
        })
    }

    pub fn scope(self) -> Scope {
        match self {
            Command::Cut
            | Command::Copy
            | Command::Paste
            | Command::Duplicate
            | Command::DeleteSelection
            | Command::SelectAll
            | Command::ClearSelection
            | Command::NewCard
            | Command::EditCard
            | Command::AddStage
            | Command::AddLane
            | Command::MoveLeft
            | Command::MoveRight
            | Command::MoveUp
            | Command::MoveDown
            | Command::FitWidth
            | Command::FitToScreen
            | Command::ZoomToSelection
            | Command::ZoomIn
            | Command::ZoomOut
            | Command::ZoomReset => Scope::Map,
            _ => Scope::App,
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

    /// What the command does and its first shortcut, for a button's hover text.
    pub fn hover_text(self, ctx: &egui::Context) -> String {
        match self.shortcuts().first() {
            Some(shortcut) => format!("{} ({})", self.tooltip(), ctx.format_shortcut(shortcut)),
            None => self.tooltip().to_owned(),
        }
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
    fn every_command_is_listed_once_and_reachable() {
        let unique: BTreeSet<_> = Command::ALL.iter().map(|c| format!("{c:?}")).collect();
        assert_eq!(unique.len(), Command::ALL.len());
        for c in Command::ALL {
            assert!(
                c.placement().is_some() || !c.shortcuts().is_empty(),
                "{c:?} is in no menu and has no key"
            );
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
        let redo = table
            .iter()
            .position(|(s, c)| *c == Command::Redo && s.modifiers.shift)
            .unwrap();
        let undo = table.iter().position(|(_, c)| *c == Command::Undo).unwrap();
        assert!(redo < undo);
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
        assert!(has(Command::NewCard, NONE, Key::N));
        assert!(has(Command::EditCard, NONE, Key::F2));
        assert!(has(Command::DeleteSelection, NONE, Key::Delete));
        assert!(has(Command::Duplicate, CMD, Key::D));
        assert!(has(Command::Copy, CMD, Key::C));
        assert!(has(Command::Paste, CMD, Key::V));
    }
}
