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
    LanguageSystem,
    LanguageEnglish,
    LanguageFrench,
    LanguageSpanish,
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
        crate::i18n::tr(match self {
            Menu::File => "menu-file",
            Menu::Edit => "menu-edit",
            Menu::Map => "menu-map",
            Menu::Workshop => "menu-workshop",
            Menu::View => "menu-view",
            Menu::Help => "menu-help",
        })
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
    /// The submenu's message id (see [`crate::i18n`]).
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
    pub const ALL: [Command; 62] = [
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
        Command::LanguageSystem,
        Command::LanguageEnglish,
        Command::LanguageFrench,
        Command::LanguageSpanish,
        Command::ShowProblems,
        Command::Shortcuts,
        Command::About,
    ];

    pub fn label(self) -> &'static str {
        crate::i18n::tr(match self {
            Command::New => "cmd-new",
            Command::NewFromTemplate => "cmd-new-from-template",
            Command::Open => "cmd-open",
            Command::Save => "cmd-save",
            Command::SaveAs => "cmd-save-as",
            Command::SaveCopy => "cmd-save-copy",
            Command::Export => "cmd-export",
            Command::Quit => "cmd-quit",
            Command::Undo => "cmd-undo",
            Command::Redo => "cmd-redo",
            Command::Cut => "cmd-cut",
            Command::Copy => "cmd-copy",
            Command::Paste => "cmd-paste",
            Command::Duplicate => "cmd-duplicate",
            Command::DeleteSelection => "cmd-delete-selection",
            Command::SelectAll => "cmd-select-all",
            Command::ClearSelection => "cmd-clear-selection",
            Command::NewCard => "cmd-new-card",
            Command::EditCard => "cmd-edit-card",
            Command::AddStage => "cmd-add-stage",
            Command::AddLane => "cmd-add-lane",
            Command::NewJourney => "cmd-new-journey",
            Command::NewJourneyFromTemplate => "cmd-new-journey-from-template",
            Command::DuplicateJourney => "cmd-duplicate-journey",
            Command::DeleteJourney => "cmd-delete-journey",
            Command::ToggleCardColors => "cmd-toggle-card-colors",
            Command::MoveLeft => "cmd-move-left",
            Command::MoveRight => "cmd-move-right",
            Command::MoveUp => "cmd-move-up",
            Command::MoveDown => "cmd-move-down",
            Command::ShowJourneys => "cmd-show-journeys",
            Command::ShowPersonas => "cmd-show-personas",
            Command::ShowHypotheses => "cmd-show-hypotheses",
            Command::ShowData => "cmd-show-data",
            Command::ShowCurves => "cmd-show-curves",
            Command::Present => "cmd-present",
            Command::Timer => "cmd-timer",
            Command::Vote => "cmd-vote",
            Command::Capture => "cmd-capture",
            Command::LiveStart => "cmd-live-start",
            Command::LiveJoin => "cmd-live-join",
            Command::FollowFacilitator => "cmd-follow-facilitator",
            Command::SidePanels => "cmd-side-panels",
            Command::FitWidth => "cmd-fit-width",
            Command::FitToScreen => "cmd-fit-to-screen",
            Command::ZoomToSelection => "cmd-zoom-to-selection",
            Command::ZoomIn => "cmd-zoom-in",
            Command::ZoomOut => "cmd-zoom-out",
            Command::ZoomReset => "cmd-zoom-reset",
            Command::InterfaceLarger => "cmd-interface-larger",
            Command::InterfaceSmaller => "cmd-interface-smaller",
            Command::InterfaceNormal => "cmd-interface-normal",
            Command::ThemeLight => "cmd-theme-light",
            Command::ThemeDark => "cmd-theme-dark",
            Command::ThemeSystem => "cmd-theme-system",
            Command::LanguageSystem => "cmd-language-system",
            Command::LanguageEnglish => "cmd-language-english",
            Command::LanguageFrench => "cmd-language-french",
            Command::LanguageSpanish => "cmd-language-spanish",
            Command::ShowProblems => "cmd-show-problems",
            Command::Shortcuts => "cmd-shortcuts",
            Command::About => "cmd-about",
        })
    }

    pub fn tooltip(self) -> &'static str {
        crate::i18n::tr(match self {
            Command::New => "cmd-new-tip",
            Command::NewFromTemplate => "cmd-new-from-template-tip",
            Command::Open => "cmd-open-tip",
            Command::Save => "cmd-save-tip",
            Command::SaveAs => "cmd-save-as-tip",
            Command::SaveCopy => "cmd-save-copy-tip",
            Command::Export => "cmd-export-tip",
            Command::Quit => "cmd-quit-tip",
            Command::Undo => "cmd-undo-tip",
            Command::Redo => "cmd-redo-tip",
            Command::Cut => "cmd-cut-tip",
            Command::Copy => "cmd-copy-tip",
            Command::Paste => "cmd-paste-tip",
            Command::Duplicate => "cmd-duplicate-tip",
            Command::DeleteSelection => "cmd-delete-selection-tip",
            Command::SelectAll => "cmd-select-all-tip",
            Command::ClearSelection => "cmd-clear-selection-tip",
            Command::NewCard => "cmd-new-card-tip",
            Command::EditCard => "cmd-edit-card-tip",
            Command::AddStage => "cmd-add-stage-tip",
            Command::AddLane => "cmd-add-lane-tip",
            Command::NewJourney => "cmd-new-journey-tip",
            Command::NewJourneyFromTemplate => "cmd-new-journey-from-template-tip",
            Command::DuplicateJourney => "cmd-duplicate-journey-tip",
            Command::DeleteJourney => "cmd-delete-journey-tip",
            Command::ToggleCardColors => "cmd-toggle-card-colors-tip",
            Command::MoveLeft => "cmd-move-left-tip",
            Command::MoveRight => "cmd-move-right-tip",
            Command::MoveUp => "cmd-move-up-tip",
            Command::MoveDown => "cmd-move-down-tip",
            Command::ShowJourneys => "cmd-show-journeys-tip",
            Command::ShowPersonas => "cmd-show-personas-tip",
            Command::ShowHypotheses => "cmd-show-hypotheses-tip",
            Command::ShowData => "cmd-show-data-tip",
            Command::ShowCurves => "cmd-show-curves-tip",
            Command::Present => "cmd-present-tip",
            Command::Timer => "cmd-timer-tip",
            Command::Capture => "cmd-capture-tip",
            Command::LiveStart => "cmd-live-start-tip",
            Command::LiveJoin => "cmd-live-join-tip",
            Command::FollowFacilitator => "cmd-follow-facilitator-tip",
            Command::Vote => "cmd-vote-tip",
            Command::SidePanels => "cmd-side-panels-tip",
            Command::FitWidth => "cmd-fit-width-tip",
            Command::FitToScreen => "cmd-fit-to-screen-tip",
            Command::ZoomToSelection => "cmd-zoom-to-selection-tip",
            Command::ZoomIn => "cmd-zoom-in-tip",
            Command::ZoomOut => "cmd-zoom-out-tip",
            Command::ZoomReset => "cmd-zoom-reset-tip",
            Command::InterfaceLarger => "cmd-interface-larger-tip",
            Command::InterfaceSmaller => "cmd-interface-smaller-tip",
            Command::InterfaceNormal => "cmd-interface-normal-tip",
            Command::ThemeLight => "cmd-theme-light-tip",
            Command::ThemeDark => "cmd-theme-dark-tip",
            Command::ThemeSystem => "cmd-theme-system-tip",
            Command::LanguageSystem => "cmd-language-system-tip",
            Command::LanguageEnglish => "cmd-language-english-tip",
            Command::LanguageFrench => "cmd-language-french-tip",
            Command::LanguageSpanish => "cmd-language-spanish-tip",
            Command::ShowProblems => "cmd-show-problems-tip",
            Command::Shortcuts => "cmd-shortcuts-tip",
            Command::About => "cmd-about-tip",
        })
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
            | Command::LanguageSystem
            | Command::LanguageEnglish
            | Command::LanguageFrench
            | Command::LanguageSpanish
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
                sub(Menu::View, 3, "submenu-interface-size")
            }
            Command::ThemeLight | Command::ThemeDark | Command::ThemeSystem => {
                sub(Menu::View, 3, "submenu-theme")
            }
            Command::LanguageSystem
            | Command::LanguageEnglish
            | Command::LanguageFrench
            | Command::LanguageSpanish => sub(Menu::View, 3, "submenu-language"),
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
            Some(shortcut) => format!(
                "{} ({})",
                self.tooltip(),
                crate::ui::widgets::shortcut_text(ctx, shortcut)
            ),
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
mod tests;
