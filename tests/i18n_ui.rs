//! The interface in French and Spanish: chosen in View › Language, switched at once,
//! without a restart. The language is one setting for the process, so the tests of
//! this file take turns.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly where it cannot go on"
)]

mod common;

use std::collections::BTreeSet;
use std::sync::{Mutex, MutexGuard};

use common::{App, app_on, click, example, menu_label};
use egui_kittest::kittest::Queryable;
use fluent_syntax::ast;
use journeymap::app::{Command, StatusLevel};
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

/// What a language's screen is checked against.
struct Words {
    lang: Lang,
    /// The catalogues' plain messages (no arguments) that read otherwise in `lang`
    /// than in English: (English, `lang`). At least four letters, so that a word the
    /// languages share, "Kano" or "Web", is not taken for a leftover.
    messages: Vec<(&'static str, &'static str)>,
    /// Every word of the English catalogue, and of `lang`'s (see [`words`]).
    english: BTreeSet<String>,
    there: BTreeSet<String>,
    /// The project's own text (what the team typed, its data's column names): its
    /// strings, and their words.
    own_text: Vec<String>,
    own: BTreeSet<String>,
}

/// The words of `text`, lowercased, of four letters or more (shorter ones, "de",
/// "a", "no", are shared by the languages).
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
}

/// The text elements of a message's pattern, each variant of a selector among them.
fn texts_of<'a>(pattern: &ast::Pattern<&'a str>, out: &mut Vec<&'a str>) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value }
            | ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
            } => out.push(value),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } => {
                for variant in variants {
                    texts_of(&variant.value, out);
                }
            }
            ast::PatternElement::Placeable { .. } => {}
        }
    }
}

/// Every string of a RON value (not its field names).
fn ron_strings(value: &ron::Value, out: &mut Vec<String>) {
    match value {
        ron::Value::String(s) => out.push(s.clone()),
        ron::Value::Seq(items) => items.iter().for_each(|v| ron_strings(v, out)),
        ron::Value::Map(map) => map.iter().for_each(|(_, v)| ron_strings(v, out)),
        ron::Value::Option(Some(v)) => ron_strings(v, out),
        _ => {}
    }
}

impl Words {
    /// Adds to `out` what in `text` reads as English: the English of a message
    /// (unless the team wrote it so), or a word only English has (unless the project
    /// has it).
    fn english_in(&self, text: &str, out: &mut Vec<String>) {
        // (The team's text is long, a survey's worth: looked through last.)
        if self.messages.iter().any(|(english, _)| *english == text)
            && !self.own_text.iter().any(|t| t.contains(text))
        {
            out.push(format!("“{text}”"));
        }
        for word in words(text) {
            if self.english.contains(&word)
                && !self.there.contains(&word)
                && !self.own.contains(&word)
            {
                out.push(format!("{word} (in “{text}”)"));
            }
        }
        // French writes no decimal point: "2.78" is English; Spanish groups thousands
        // with one ("1.234"), three digits at a time. The app's version and a
        // licence's name are no numbers of the language.
        let plain = text
            .replace(env!("CARGO_PKG_VERSION"), "")
            .replace("License 1.1", "");
        let chars: Vec<char> = plain.chars().collect();
        let english_number = (1..chars.len().saturating_sub(1)).any(|i| {
            let after = chars[i + 1..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
            chars[i] == '.'
                && chars[i - 1].is_ascii_digit()
                && after > 0
                && (self.lang == Lang::Fr || after != 3)
        });
        if english_number && !self.own_text.iter().any(|t| t.contains(text)) {
            out.push(format!("a decimal point (in “{text}”)"));
        }
    }

    /// For `lang`, with the team's project `file`.
    fn new(lang: Lang, file: &std::path::Path) -> Self {
        let mut own_text = Vec::new();
        let project: ron::Value = ron::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        ron_strings(&project, &mut own_text);
        // Where the file and its data sit on this machine ("/work/…", "/home/…").
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for path in [file, folder.parent().unwrap_or(folder)] {
            own_text.push(path.display().to_string());
        }
        let own = own_text.iter().flat_map(|t| words(t)).collect();
        let mut words_in = [BTreeSet::new(), BTreeSet::new()];
        let mut messages = Vec::new();
        for (side, language) in [Lang::En, lang].into_iter().enumerate() {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("assets/i18n")
                .join(language.code());
            for file in std::fs::read_dir(dir).unwrap() {
                let text = std::fs::read_to_string(file.unwrap().path()).unwrap();
                let resource = fluent_syntax::parser::parse(text.as_str()).unwrap();
                for entry in &resource.body {
                    let ast::Entry::Message(message) = entry else {
                        continue;
                    };
                    let patterns = message.value.iter();
                    let mut texts = Vec::new();
                    for pattern in patterns.chain(message.attributes.iter().map(|a| &a.value)) {
                        texts_of(pattern, &mut texts);
                    }
                    // The command line's option values ("curves", "light") and code
                    // in backticks are no words of the language's own.
                    if side == 0 || !message.id.name.starts_with("cli-") {
                        let prose = texts.iter().flat_map(|t| t.split('`').step_by(2));
                        words_in[side].extend(prose.flat_map(words));
                    }
                    let plain = message.value.as_ref().is_some_and(|p| {
                        p.elements
                            .iter()
                            .all(|e| matches!(e, ast::PatternElement::TextElement { .. }))
                    });
                    let id = message.id.name;
                    let (english, there) = (tr_in(Lang::En, id), tr_in(lang, id));
                    // egui's own accessible names (the × of a window) are no text on
                    // screen, to fit a button; the tests look for them by name.
                    if side == 0
                        && plain
                        && !id.starts_with("a11y-")
                        && english != there
                        && english.chars().filter(|c| c.is_alphabetic()).count() >= 4
                    {
                        messages.push((english, there));
                    }
                }
            }
        }
        let [english, there] = words_in;
        Self {
            lang,
            messages,
            english,
            there,
            own_text,
            own,
        }
    }
}

/// Fails on a widget that reads as the English of a message, or that has a word
/// only English has (unless the project itself has those words), and on a button
/// whose translated label does not fit it or that runs off the window.
fn read_in_full(h: &App, words_of: &Words, what: &str) {
    use egui_kittest::kittest::{NodeT, by};
    let screen = h.ctx.content_rect();
    let font = egui::TextStyle::Button.resolve(&h.ctx.global_style());
    let mut leftovers = Vec::new();
    let mut clipped = Vec::new();
    let messages = &words_of.messages;
    for node in h.query_all(by()) {
        // A text label keeps its words in the node's value, a control in its label.
        let accesskit = node.accesskit_node();
        let Some(label) = accesskit.label().or_else(|| accesskit.value()) else {
            continue;
        };
        words_of.english_in(&label, &mut leftovers);
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
        // Off to the right of the window; above or below it is a scrolled panel's.
        let off = rect.max.x > screen.max.x + 1.0 || rect.min.x < screen.min.x - 1.0;
        if off || (one_line && width > rect.width() + 1.0) {
            clipped.push(format!("{label} ({width:.0} px of text in {rect:?})"));
        }
    }
    // What is painted rather than named: the canvas' cards and keys, the charts'
    // axes and tick labels, tooltips.
    for text in painted(h) {
        words_of.english_in(&text, &mut leftovers);
    }
    assert!(
        leftovers.is_empty() && clipped.is_empty(),
        "{:?} {what}: English left: {leftovers:?}; buttons cut short: {clipped:?}",
        words_of.lang
    );
}

/// Hovers the points and bars of the chart shown (as painted) and a grid over
/// the window, and fails on English in what each hover paints (egui_plot's labels,
/// tooltips), or if hovering a chart's points and bars showed nothing.
fn hover_in_full(h: &mut App, words_of: &Words, what: &str) {
    let screen = h.ctx.content_rect();
    let mut spots = Vec::new();
    for clipped in &h.output().shapes {
        points_painted(&clipped.shape, &mut spots);
    }
    let step = (spots.len() / 40).max(1);
    let mut spots: Vec<egui::Pos2> = spots.into_iter().step_by(step).collect();
    let charted = spots.len();
    for i in 1..8 {
        for j in 1..6 {
            let (x, y) = (i as f32 / 8.0, j as f32 / 6.0);
            spots.push(screen.lerp_inside(egui::vec2(x, y)));
        }
    }
    let before = painted(h).len();
    let (mut leftovers, mut shown) = (Vec::new(), 0);
    for (n, at) in spots.into_iter().enumerate() {
        h.hover_at(at);
        h.step();
        let texts = painted(h);
        // Only a point or bar counts as shown: a grid spot may land on anything.
        shown += usize::from(n < charted && texts.len() > before);
        for text in texts {
            words_of.english_in(&text, &mut leftovers);
        }
    }
    leftovers.sort();
    leftovers.dedup();
    assert!(
        leftovers.is_empty(),
        "{:?} {what}, hovered: English left: {leftovers:?}",
        words_of.lang
    );
    assert!(
        shown > 0 || charted == 0,
        "{:?} {what}: hovering its points and bars showed no label",
        words_of.lang
    );
    h.hover_at(screen.right_bottom() - egui::vec2(2.0, 2.0));
    common::steps(h);
}

/// Hovers a card that carries a gap between belief and data until its tooltip shows,
/// and reads it: the gap's sentence is written only there and on the card's tag.
fn card_tip_in_full(h: &mut App, words_of: &Words) {
    let map = h.state().canvas().shown_layout();
    let journey = &h.state().document().project().journeys[0];
    let (title, gap) = map
        .cards
        .iter()
        .find_map(|b| Some((journey.card(b.id)?.title.clone(), b.gap.clone()?)))
        .expect("a card with a gap");
    let node = h.get_all_by_label(&title).next().unwrap();
    node.scroll_to_me();
    common::steps(h);
    let at = h.get_all_by_label(&title).next().unwrap().rect().center();
    h.hover_at(at);
    // Past the tooltip's delay.
    for _ in 0..60 {
        h.step();
    }
    let texts = painted(h);
    assert!(
        texts.iter().any(|t| t.contains(gap.summary.as_str())),
        "{:?}: hovering “{title}” shows no tooltip with “{}”",
        words_of.lang,
        gap.summary
    );
    let mut leftovers = Vec::new();
    for text in texts {
        words_of.english_in(&text, &mut leftovers);
    }
    assert!(
        leftovers.is_empty(),
        "{:?} a card's tooltip: English left: {leftovers:?}",
        words_of.lang
    );
    h.hover_at(h.ctx.content_rect().right_bottom() - egui::vec2(2.0, 2.0));
    common::steps(h);
}

/// The centres of the small filled circles and square bars in `shape` (a chart's
/// points and bars).
fn points_painted(shape: &egui::Shape, out: &mut Vec<egui::Pos2>) {
    match shape {
        egui::Shape::Circle(c) if c.radius <= 8.0 && c.fill.a() > 0 => out.push(c.center),
        // A bar: square-cornered and filled, unlike the widgets.
        egui::Shape::Rect(r)
            if r.corner_radius == egui::CornerRadius::ZERO
                && r.fill.a() > 0
                && r.rect.height() < 80.0
                && r.rect.width() < 600.0 =>
        {
            out.push(r.rect.center());
        }
        egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| points_painted(s, out)),
        _ => {}
    }
}

/// Every text painted in the last frame.
fn painted(h: &App) -> Vec<String> {
    let mut texts = Vec::new();
    for clipped in &h.output().shapes {
        texts_painted(&clipped.shape, &mut texts);
    }
    texts
}

/// The text of every text shape in `shape`.
fn texts_painted(shape: &egui::Shape, out: &mut Vec<String>) {
    match shape {
        egui::Shape::Text(text) => out.push(text.galley.text().to_owned()),
        egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| texts_painted(s, out)),
        _ => {}
    }
}

/// Runs `command` by its keyboard shortcut.
fn press(h: &mut App, command: Command) {
    let shortcut = command.shortcuts()[0];
    h.key_press_modifiers(shortcut.modifiers, shortcut.logical_key);
    common::steps(h);
}

/// Runs `check` with the interface in French, then in Spanish, each time on the
/// airline template in that language (a team's own project, its customer data
/// imported), then goes back to English.
fn in_french_and_spanish(h: &mut App, mut check: impl FnMut(&mut App, &Words)) {
    for (lang, command) in [
        (Lang::Fr, Command::LanguageFrench),
        (Lang::Es, Command::LanguageSpanish),
    ] {
        choose_language(h, command);
        let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("saves")
            .join(lang.code())
            .join("airline.ron");
        h.state_mut()
            .push_action(journeymap::app::Action::OpenPath(file.clone()));
        common::wait_for_load(h);
        check(h, &Words::new(lang, &file));
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
    in_french_and_spanish(&mut h, |h, words| {
        let lang = words.lang;
        for view in [
            Command::ShowJourneys,
            Command::ShowPersonas,
            Command::ShowHypotheses,
            Command::ShowData,
            Command::ShowCurves,
        ] {
            press(h, view);
            read_in_full(h, words, &format!("{view:?}"));
        }
        press(h, Command::ShowJourneys);
        press(h, Command::Export);
        // The dialog is open, its button named in the language shown.
        h.get_by_role_and_label(
            egui::accesskit::Role::Button,
            journeymap::i18n::tr("export-button"),
        );
        read_in_full(h, words, "export dialog");
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
    in_french_and_spanish(&mut h, |h, words| {
        let lang = words.lang;
        // The windows stay open side by side.
        for (tool, shown) in [
            (Command::Timer, "timer-title"),
            (Command::Vote, "vote-title"),
            (Command::Capture, "capture-field"),
        ] {
            run(h, tool);
            h.get_by_label_contains(tr_in(lang, shown));
            read_in_full(h, words, &format!("{tool:?}"));
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
            read_in_full(h, words, &format!("{dialog:?}"));
            h.key_press(egui::Key::Escape);
            common::steps(h);
        }
    });
}

/// A team's own project read through in French and in Spanish, in the states a
/// workshop meets beyond the views' first look: every menu open, a card selected
/// and in its editor, a persona's page, a hypothesis with its evidence, the
/// imported survey, each chart of the curves view, the problems list, joining a
/// live session and a journey from a template.
#[test]
fn a_team_s_project_read_through_in_french_and_spanish() {
    use journeymap::app::commands::Menu;
    let (_turn, mut h) = app_in_turn();
    in_french_and_spanish(&mut h, |h, words| {
        for menu in Menu::ALL {
            click(h, menu.label());
            read_in_full(h, words, &format!("{menu:?} menu"));
            h.key_press(egui::Key::Escape);
            common::steps(h);
        }
        let project = h.state().document().project().clone();
        let card = project.journeys[0].cards[0].title.clone();
        press(h, Command::ShowJourneys);
        // The journey's name is shown whole (« Voyage en avion » lost its last letter).
        let name = &project.journeys[0].name;
        let field = h
            .get_by_role_and_label(
                egui::Role::TextInput,
                tr_in(words.lang, "journeys-journey-label"),
            )
            .rect();
        let needed = h.ctx.fonts_mut(|f| {
            f.layout_no_wrap(
                name.clone(),
                journeymap::ui::theme::bold(17.0),
                egui::Color32::WHITE,
            )
            .size()
            .x
        });
        assert!(
            field.width() >= needed + 8.0,
            "{:?}: “{name}” needs {needed:.0} points, its field is {:.0} wide",
            words.lang,
            field.width()
        );
        click(h, &card);
        read_in_full(h, words, "a card selected");
        card_tip_in_full(h, words);
        run(h, Command::EditCard);
        read_in_full(h, words, "the card's editor");
        h.key_press(egui::Key::Escape);
        common::steps(h);
        press(h, Command::ShowPersonas);
        // The list and the page both name the persona: the list's entry.
        h.get_all_by_label(&project.personas[0].name)
            .next()
            .unwrap()
            .click();
        common::steps(h);
        read_in_full(h, words, "a persona");
        press(h, Command::ShowHypotheses);
        let hypothesis = project
            .hypotheses
            .iter()
            .find(|x| !x.evidence.is_empty())
            .unwrap();
        click(h, &hypothesis.statement);
        read_in_full(h, words, "a hypothesis with its evidence");
        press(h, Command::ShowData);
        click(h, &project.datasets[0].name);
        read_in_full(h, words, "the survey");
        press(h, Command::ShowCurves);
        for tab in ["chart-kpis", "chart-nps", "chart-kano", "chart-curves"] {
            click(h, tr_in(words.lang, tab));
            read_in_full(h, words, tab);
            hover_in_full(h, words, tab);
        }
        click(h, tr_in(words.lang, "data-chart-by-stage"));
        read_in_full(h, words, "curves by stage");
        hover_in_full(h, words, "curves by stage");
        for dialog in [
            Command::ShowProblems,
            Command::LiveJoin,
            Command::NewJourneyFromTemplate,
        ] {
            run(h, dialog);
            read_in_full(h, words, &format!("{dialog:?}"));
            h.key_press(egui::Key::Escape);
            common::steps(h);
        }
    });
}

/// The target of the first KPI of the French airline's check-in stage.
fn check_in_target(h: &App) -> Option<f64> {
    let project = h.state().document().project();
    let stage = project.journeys[0]
        .stages
        .iter()
        .find(|s| s.name == "Enregistrement")
        .unwrap();
    stage.kpis[0].target
}

/// A number field shows the decimal mark of the language shown and takes one typed
/// that way: a French team types « 3,75 » for a KPI's target.
#[test]
fn a_number_field_reads_and_takes_a_decimal_comma() {
    use egui_kittest::kittest::NodeT;
    let (_turn, mut h) = app_in_turn();
    choose_language(&mut h, Command::LanguageFrench);
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/fr/airline.ron");
    h.state_mut()
        .push_action(journeymap::app::Action::OpenPath(file));
    common::wait_for_load(&mut h);
    // The check-in stage: its KPI's target is 3.5 points.
    press(&mut h, Command::ZoomIn);
    h.get_by_role_and_label(egui::Role::ColumnHeader, "Enregistrement")
        .click();
    common::steps(&mut h);
    assert_eq!(check_in_target(&h), Some(3.5));
    let field = h.get_by_role_and_label(egui::Role::SpinButton, "Cible");
    assert_eq!(
        field.accesskit_node().value().as_deref(),
        Some("3,5 points"),
        "the field writes the French decimal mark"
    );
    field.click();
    common::steps(&mut h);
    h.get_by_role_and_label(egui::Role::SpinButton, "Cible")
        .type_text("3,75");
    h.key_press(egui::Key::Enter);
    common::steps(&mut h);
    assert_eq!(check_in_target(&h), Some(3.75));
    choose_language(&mut h, Command::LanguageEnglish);
}

/// The language switched with a project open: the map, the charts and the export's
/// preview are drawn again in the language chosen, not kept from before.
#[test]
fn the_map_and_charts_follow_a_language_switched_with_a_project_open() {
    let (_turn, mut h) = app_in_turn();
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/airline.ron");
    h.state_mut()
        .push_action(journeymap::app::Action::OpenPath(file.clone()));
    common::wait_for_load(&mut h);
    let views = [
        Command::ShowJourneys,
        Command::ShowPersonas,
        Command::ShowHypotheses,
        Command::ShowCurves,
        Command::ShowData,
        Command::ShowJourneys,
    ];
    // Each view drawn once in English, its layouts and charts made.
    for view in views {
        press(&mut h, view);
    }
    for (lang, command) in [
        (Lang::Fr, Command::LanguageFrench),
        (Lang::Es, Command::LanguageSpanish),
    ] {
        choose_language(&mut h, command);
        let words = Words::new(lang, &file);
        for view in views {
            press(&mut h, view);
            read_in_full(&h, &words, &format!("{view:?} after the switch"));
        }
        // The walkthrough draws from the same layouts.
        run(&mut h, Command::Present);
        read_in_full(&h, &words, "the walkthrough after the switch");
        h.key_press(egui::Key::Escape);
        common::steps(&mut h);
    }
    choose_language(&mut h, Command::LanguageEnglish);
}

/// The problems repaired when a file was read, listed after a switch of language:
/// in the language chosen, not the one the file was read in.
#[test]
fn the_problems_found_on_load_are_listed_in_the_language_chosen_since() {
    let (_turn, mut h) = app_in_turn();
    let mut project = journeymap::model::synthetic::project(6);
    let persona = project.personas.remove(0).id;
    let dir = std::env::temp_dir().join(format!("jm-problems-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("repaired.ron");
    std::fs::write(&file, journeymap::io::to_ron_string(&project).unwrap()).unwrap();
    h.state_mut()
        .push_action(journeymap::app::Action::OpenPath(file.clone()));
    common::wait_for_load(&mut h);
    assert!(!h.state().document().problems().is_empty());
    // Listed at once, in English.
    h.get_by_label_contains(&format!("persona {persona}, which does not exist"));
    h.key_press(egui::Key::Escape);
    common::steps(&mut h);
    for (lang, command, says) in [
        (Lang::Fr, Command::LanguageFrench, "qui n’existe pas"),
        (Lang::Es, Command::LanguageSpanish, "que no existe"),
    ] {
        choose_language(&mut h, command);
        run(&mut h, Command::ShowProblems);
        let said = format!("{persona}, {says}");
        assert!(
            h.query_all_by_label_contains(&said).next().is_some(),
            "{lang:?}: no problem says “{said}”"
        );
        read_in_full(&h, &Words::new(lang, &file), "the problems found on load");
        h.key_press(egui::Key::Escape);
        common::steps(&mut h);
    }
    choose_language(&mut h, Command::LanguageEnglish);
    let _ = std::fs::remove_dir_all(&dir);
}

/// The status bar's level and line.
fn status(h: &App) -> (StatusLevel, String) {
    let s = h.state().status().unwrap();
    (s.level, s.text().to_owned())
}

/// The warning in the status bar reads as `said` words it in English, then stays
/// through a switch to French and to Spanish, in each.
fn warning_stays_through_switches(h: &mut App, said: impl Fn(Lang) -> String) {
    assert_eq!(status(h), (StatusLevel::Warning, said(Lang::En)));
    for (lang, command) in [
        (Lang::Fr, Command::LanguageFrench),
        (Lang::Es, Command::LanguageSpanish),
    ] {
        choose_language(h, command);
        assert_eq!(
            status(h),
            (StatusLevel::Warning, said(lang)),
            "{lang:?}: the warning is gone or not in the language chosen"
        );
        read_in_full(
            h,
            &Words::new(lang, &example("retail.ron")),
            "the status bar's warning",
        );
    }
}

/// The status bar's line is written in every language: a warning stays through a
/// switch of language, in the language chosen; news gives way to word of the switch.
#[test]
fn a_warning_in_the_status_bar_stays_through_a_switch_in_the_language_chosen() {
    let (_turn, mut h) = app_in_turn();
    // (A name of no language: the path is shown as it is.)
    let dropped = "/tmp/cr-2026-12.docx";
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(common::Dropped(dropped.into())));
    h.run();
    warning_stays_through_switches(&mut h, |lang| {
        let _lang = journeymap::i18n::scoped(lang);
        journeymap::t!("file-drop-unknown", path = dropped)
    });
    // News (the interface's size) gives way to word of the switch.
    run(&mut h, Command::InterfaceLarger);
    assert_eq!(status(&h).0, StatusLevel::Info);
    choose_language(&mut h, Command::LanguageEnglish);
    assert_eq!(
        status(&h),
        (
            StatusLevel::Info,
            tr_in(Lang::En, "app-language-shown").to_owned()
        )
    );
    run(&mut h, Command::InterfaceNormal);
}

/// Why an export could not run stays in the export window through a switch of
/// language, written in the language chosen.
#[test]
fn an_export_s_failure_is_said_in_the_language_chosen_since() {
    let (_turn, mut h) = app_in_turn();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    common::steps(&mut h);
    let path = std::path::Path::new("/tmp/cr-2026-12.docx");
    let field = h.get_by_role_and_label(egui::Role::TextInput, "File");
    field.focus();
    h.step();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_role_and_label(egui::Role::TextInput, "File")
        .type_text(path.to_str().unwrap());
    h.step();
    h.get_by_role_and_label(egui::Role::Button, "Export")
        .click();
    common::steps(&mut h);
    let why = |lang| {
        let _lang = journeymap::i18n::scoped(lang);
        journeymap::export::Format::from_path(path)
            .unwrap_err()
            .to_string()
    };
    h.get_by_label(&why(Lang::En));
    let file = example("retail.ron");
    for (lang, command) in [
        (Lang::Fr, Command::LanguageFrench),
        (Lang::Es, Command::LanguageSpanish),
    ] {
        choose_language(&mut h, command);
        assert_ne!(why(lang), why(Lang::En));
        h.get_by_label(&why(lang));
        read_in_full(&h, &Words::new(lang, &file), "the export's failure");
    }
    choose_language(&mut h, Command::LanguageEnglish);
}

/// The rows of a data file that do not fit, listed in the import window, are said
/// again in the language chosen while it is open.
#[test]
fn an_import_s_problems_are_listed_in_the_language_chosen_since() {
    let (_turn, mut h) = app_in_turn();
    let data =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/survey_problems.csv");
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(common::Dropped(data)));
    for _ in 0..1000 {
        h.step();
        if h.state().import_dialog().is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    common::steps(&mut h);
    let lines = |lang| {
        let _lang = journeymap::i18n::scoped(lang);
        [
            journeymap::t!(
                "msg-cell-not-a-number",
                cell = "five",
                column = "Booking (1-5)"
            ),
            journeymap::t!("msg-table-row-width", fields = 3, width = 4),
        ]
    };
    for said in lines(Lang::En) {
        h.get_by_label_contains(&said);
    }
    for (lang, command) in [
        (Lang::Fr, Command::LanguageFrench),
        (Lang::Es, Command::LanguageSpanish),
    ] {
        choose_language(&mut h, command);
        for said in lines(lang) {
            assert!(
                h.query_by_label_contains(&said).is_some(),
                "{lang:?}: no “{said}” in the import window"
            );
        }
    }
    choose_language(&mut h, Command::LanguageEnglish);
}

/// A step made in one language is named in the language chosen since: in the Edit
/// menu and in the status bar once undone.
#[test]
fn an_undo_step_is_named_in_the_language_chosen_since() {
    let (_turn, mut h) = app_in_turn();
    run(&mut h, Command::NewJourney);
    let step = |h: &App| {
        h.state()
            .document()
            .history()
            .undo_label()
            .map(str::to_owned)
    };
    assert_eq!(
        step(&h).as_deref(),
        Some(tr_in(Lang::En, "app-edit-new-journey"))
    );
    choose_language(&mut h, Command::LanguageFrench);
    let french = tr_in(Lang::Fr, "app-edit-new-journey");
    assert_eq!(step(&h).as_deref(), Some(french));
    run(&mut h, Command::Undo);
    let status = h.state().status().unwrap().text().to_owned();
    assert!(status.contains(french), "{status}");
    read_in_full(&h, &Words::new(Lang::Fr, &example("retail.ron")), "undone");
    choose_language(&mut h, Command::LanguageEnglish);
}

/// A change refused on a locked map is said in the language chosen since, its
/// reason too (the warning stays until dealt with).
#[test]
fn a_refusal_on_a_locked_map_is_said_in_the_language_chosen_since() {
    use journeymap::edit::{Change, Edit};
    let (_turn, mut h) = app_in_turn();
    let journey = h.state().document().project().journeys[0].clone();
    let edit = |h: &mut App, edit: Edit| {
        h.state_mut().push_action(journeymap::app::Action::Edit {
            edit: Box::new(edit),
            label: journeymap::said!("inspector-lock-map"),
            gesture: None,
        });
        common::steps(h);
    };
    let locked = journeymap::model::Journey {
        locked: true,
        ..journey.clone()
    };
    edit(&mut h, Edit::Journey(Change::Replace { item: locked }));
    let mut card = journey.cards[0].clone();
    card.title.push_str(" (changed)");
    edit(
        &mut h,
        Edit::Card {
            journey: journey.id,
            change: Change::Replace { item: card },
        },
    );
    let refused = |lang| {
        let _lang = journeymap::i18n::scoped(lang);
        let why = journeymap::t!("msg-lock-map", name = journey.name.as_str());
        journeymap::t!("app-not-changed", why = why)
    };
    warning_stays_through_switches(&mut h, refused);
    choose_language(&mut h, Command::LanguageEnglish);
}

/// Evidence the app titled (an interview note) is titled in the language shown, not
/// the one it was added in: the title is made when shown, and stored as none.
#[test]
fn evidence_the_app_titled_reads_in_the_language_chosen_since() {
    let (_turn, mut h) = app_in_turn();
    run(&mut h, Command::ShowHypotheses);
    h.get_all_by_label("Add evidence").next().unwrap().click();
    common::steps(&mut h);
    click(&mut h, "Interview note");
    common::type_into(&mut h, "Who said it", "Lena");
    h.get_by_role_and_label(egui::Role::TextInput, "What was said")
        .focus();
    h.run();
    h.get_by_role_and_label(egui::Role::TextInput, "What was said")
        .type_text("I pay at the self-checkout");
    h.run();
    click(&mut h, "Add note");
    let title = |lang| {
        let _lang = journeymap::i18n::scoped(lang);
        journeymap::t!("hyp-interview-title-who", who = "Lena")
    };
    h.get_by_label(&title(Lang::En));
    let stored = h
        .state()
        .document()
        .project()
        .evidence
        .last()
        .unwrap()
        .clone();
    assert_eq!(stored.title, "", "a made title is stored as none");
    for (lang, command) in [
        (Lang::Fr, Command::LanguageFrench),
        (Lang::Es, Command::LanguageSpanish),
    ] {
        choose_language(&mut h, command);
        h.get_by_label(&title(lang));
        assert!(h.query_by_label(&title(Lang::En)).is_none(), "{lang:?}");
        read_in_full(
            &h,
            &Words::new(lang, &example("retail.ron")),
            "a hypothesis's evidence",
        );
    }
    choose_language(&mut h, Command::LanguageEnglish);
}
