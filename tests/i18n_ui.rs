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
