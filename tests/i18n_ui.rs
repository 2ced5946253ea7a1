//! The interface in French and Spanish: chosen in View › Language, switched at once,
//! without a restart. The language is one setting for the process, so the tests of
//! this file take turns.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly where it cannot go on"
)]

mod common;

use std::sync::{Mutex, MutexGuard};

use common::{App, app_on, click, example, menu_label};
use egui_kittest::kittest::Queryable;
use journeymap::app::Command;
use journeymap::i18n::{Lang, tr_in};

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// The app on the retail example, once the other tests of this file are done with
/// the language (keep the guard while the test runs).
fn app_in_turn() -> (MutexGuard<'static, ()>, App) {
    let turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    (turn, app_on(Some(example("retail.ron"))))
}

/// View › Language › `command`, the menus named in the language shown now.
fn choose_language(h: &mut App, command: Command) {
    click(h, Command::ShowJourneys.placement().unwrap().menu.label());
    click(h, journeymap::i18n::tr("submenu-language"));
    click(h, &menu_label(command));
}

#[test]
fn the_whole_menu_bar_switches_to_french_and_back_without_a_restart() {
    let (_turn, mut h) = app_in_turn();
    h.get_by_label("File");
    choose_language(&mut h, Command::LanguageFrench);
    assert_eq!(journeymap::i18n::lang(), Lang::Fr);
    // Every menu of the bar, by its French name.
    for id in [
        "menu-file",
        "menu-edit",
        "menu-map",
        "menu-workshop",
        "menu-view",
        "menu-help",
    ] {
        h.get_by_label(tr_in(Lang::Fr, id));
    }
    assert!(h.query_by_label("File").is_none());
    // The status bar counts in French words.
    let project = h.state().document().project().clone();
    let cards = project.card_count();
    h.get_by_label_contains(&format!("{cards} cartes"));
    // And a menu's commands.
    click(&mut h, "Fichier");
    h.get_by_label_contains("Enregistrer sous…");
    h.key_press(egui::Key::Escape);
    h.run();
    // The choice is kept in the preferences, and English comes back at once.
    assert_eq!(
        h.state().preferences().language,
        journeymap::app::LanguageChoice::French
    );
    choose_language(&mut h, Command::LanguageEnglish);
    h.get_by_label("File");
    assert_eq!(journeymap::i18n::lang(), Lang::En);
}

#[test]
fn spanish_menus_and_live_status_words() {
    let (_turn, mut h) = app_in_turn();
    choose_language(&mut h, Command::LanguageSpanish);
    h.get_by_label("Archivo");
    h.get_by_label("Taller");
    let live = journeymap::sync::Status::Live {
        people: 5,
        hosting: true,
    };
    assert_eq!(live.label(), "En vivo · 5 personas");
    let offline = journeymap::sync::Status::Offline { unsent: 1 };
    assert!(offline.label().contains('1'), "{}", offline.label());
    choose_language(&mut h, Command::LanguageSystem);
    // The system's language in tests is English.
    h.get_by_label("File");
}

/// The catalogues' plain messages (no arguments) that read otherwise in `lang`
/// than in English: (English, `lang`). At least four letters, so that a word the
/// languages share, "Kano" or "Web", is not taken for a leftover.
fn translated(lang: Lang) -> Vec<(&'static str, &'static str)> {
    use fluent_syntax::ast::{Entry, PatternElement};
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/i18n/en");
    let mut out = Vec::new();
    for file in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(file.unwrap().path()).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str()).unwrap();
        for entry in &resource.body {
            let Entry::Message(message) = entry else {
                continue;
            };
            let plain = message.value.as_ref().is_some_and(|p| {
                p.elements
                    .iter()
                    .all(|e| matches!(e, PatternElement::TextElement { .. }))
            });
            let id = message.id.name;
            let (english, there) = (tr_in(Lang::En, id), tr_in(lang, id));
            // egui's own accessible names (the × of a window) are no text on
            // screen, to fit a button; the tests look for them by name.
            if plain
                && !id.starts_with("a11y-")
                && english != there
                && english.chars().filter(|c| c.is_alphabetic()).count() >= 4
            {
                out.push((english, there));
            }
        }
    }
    out
}

/// Fails on a widget that reads as the English of a message (unless the project
/// itself has those words: `own`, the project file's text), and on a button whose
/// translated label does not fit it or that runs off the window.
fn read_in_full(h: &App, messages: &[(&str, &str)], own: &str, what: &str) {
    use egui_kittest::kittest::{NodeT, by};
    let screen = h.ctx.content_rect();
    let font = egui::TextStyle::Button.resolve(&h.ctx.global_style());
    let mut leftovers = Vec::new();
    let mut clipped = Vec::new();
    for node in h.query_all(by()) {
        let Some(label) = node.accesskit_node().label() else {
            continue;
        };
        if messages.iter().any(|(english, _)| *english == label) && !own.contains(label.as_str()) {
            leftovers.push(label.clone());
        }
        // A button that shows one of our labels (not the team's words).
        if node.accesskit_node().role() != egui::accesskit::Role::Button
            || !messages.iter().any(|(_, there)| *there == label)
        {
            continue;
        }
        let rect = node.rect();
        let width = h.ctx.fonts_mut(|f| {
            f.layout_no_wrap(label.clone(), font.clone(), egui::Color32::WHITE)
                .size()
                .x
        });
        let one_line = rect.height() < 2.0 * font.size;
        if !screen.expand(1.0).contains_rect(rect) || (one_line && width > rect.width() + 1.0) {
            clipped.push(format!("{label} ({width:.0} px of text in {rect:?})"));
        }
    }
    assert!(
        leftovers.is_empty() && clipped.is_empty(),
        "{what}: English left: {leftovers:?}; buttons cut short: {clipped:?}"
    );
}

/// Runs `command` by its keyboard shortcut.
fn press(h: &mut App, command: Command) {
    let shortcut = command.shortcuts()[0];
    h.key_press_modifiers(shortcut.modifiers, shortcut.logical_key);
    common::steps(h);
}

/// Runs `check` with the interface in French, then in Spanish (given the messages
/// that read otherwise there than in English), then goes back to English.
fn in_french_and_spanish(h: &mut App, mut check: impl FnMut(&mut App, Lang, &[(&str, &str)])) {
    for (lang, command) in [
        (Lang::Fr, Command::LanguageFrench),
        (Lang::Es, Command::LanguageSpanish),
    ] {
        choose_language(h, command);
        check(h, lang, &translated(lang));
    }
    choose_language(h, Command::LanguageEnglish);
}

/// Runs `command` as a menu entry would.
fn run(h: &mut App, command: Command) {
    h.state_mut()
        .push_action(journeymap::app::Action::Command(command));
    common::steps(h);
}

/// In French and in Spanish, every view and the export dialog read in that language
/// and no button label is cut short (the two languages run longer than English).
#[test]
fn every_view_and_the_export_dialog_in_french_and_spanish() {
    let (_turn, mut h) = app_in_turn();
    let own = std::fs::read_to_string(example("retail.ron")).unwrap();
    in_french_and_spanish(&mut h, |h, lang, messages| {
        for view in [
            Command::ShowJourneys,
            Command::ShowPersonas,
            Command::ShowHypotheses,
            Command::ShowData,
            Command::ShowCurves,
        ] {
            press(h, view);
            read_in_full(h, messages, &own, &format!("{lang:?} {view:?}"));
        }
        press(h, Command::ShowJourneys);
        press(h, Command::Export);
        // The dialog is open, its button named in the language shown.
        h.get_by_role_and_label(
            egui::accesskit::Role::Button,
            journeymap::i18n::tr("export-button"),
        );
        read_in_full(h, messages, &own, &format!("{lang:?} export dialog"));
        // egui's own accessible names too: the dialog's close button, the side
        // panels' resize handles.
        for (english, id) in [
            ("Close window", "a11y-close-window"),
            ("Resize panel", "a11y-resize-panel"),
        ] {
            assert!(
                h.query_all_by_label(english).next().is_none(),
                "{lang:?}: {english}"
            );
            h.get_all_by_label(tr_in(lang, id)).next().unwrap();
        }
        h.key_press(egui::Key::Escape);
        common::steps(h);
    });
}

/// The workshop's tools read in French and in Spanish too: the timer, the dot vote,
/// quick capture, the live-session dialog, presentation mode, the template gallery,
/// the shortcuts and About.
#[test]
fn the_workshop_tools_in_french_and_spanish() {
    let (_turn, mut h) = app_in_turn();
    let own = std::fs::read_to_string(example("retail.ron")).unwrap();
    in_french_and_spanish(&mut h, |h, lang, messages| {
        // The windows stay open side by side.
        for (tool, shown) in [
            (Command::Timer, "timer-title"),
            (Command::Vote, "vote-title"),
            (Command::Capture, "capture-field"),
        ] {
            run(h, tool);
            h.get_by_label_contains(tr_in(lang, shown));
            read_in_full(h, messages, &own, &format!("{lang:?} {tool:?}"));
        }
        // The same commands close them.
        for tool in [Command::Timer, Command::Vote, Command::Capture] {
            run(h, tool);
        }
        // Dialogs, one at a time.
        for (dialog, shown) in [
            (Command::LiveStart, "dialog-live-start-title"),
            (Command::NewFromTemplate, "template-new-project-heading"),
            (Command::Shortcuts, "dialog-shortcuts-title"),
            (Command::About, "app-description"),
            (Command::Present, "canvas-present-name"),
        ] {
            // The presentation's accessible name: "Présentation de <journey>, …".
            let named = journeymap::t!("canvas-present-name", name = "", place = "");
            let shown = if shown == "canvas-present-name" {
                named.split(" ,").next().unwrap()
            } else {
                tr_in(lang, shown)
            };
            assert!(h.query_all_by_label_contains(shown).next().is_none());
            run(h, dialog);
            assert!(
                h.query_all_by_label_contains(shown).next().is_some(),
                "{lang:?} {dialog:?} shows no “{shown}”"
            );
            read_in_full(h, messages, &own, &format!("{lang:?} {dialog:?}"));
            h.key_press(egui::Key::Escape);
            common::steps(h);
        }
    });
}
