//! The hypotheses board, driven headlessly: a new hypothesis written in place, a
//! figure from imported customer data comparing two groups (computed when added
//! and again when the data is refreshed), an interview note, evidence taken off,
//! undo.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly where it cannot go on"
)]

mod common;

use std::path::Path;
use std::time::Duration;

use common::{App, app_on, click, press, steps, type_into};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use journeymap::app::View;
use journeymap::model::{EvidenceKind, Project, SegmentRule, Statistic};
use journeymap::ui::shell::nav_label;

fn project(h: &App) -> &Project {
    h.state().document().project()
}

/// A blank project with one hypothesis written on the board.
fn board_with_a_hypothesis() -> App {
    let mut h = app_on(None);
    press(&mut h, Modifiers::COMMAND, Key::N);
    h.get_by_label(&nav_label(View::Hypotheses)).click();
    h.run();
    assert!(project(&h).hypotheses.is_empty());
    click(&mut h, "+ New hypothesis");
    assert_eq!(project(&h).hypotheses.len(), 1);
    let field = h.get_by_role_and_label(egui::Role::MultilineTextInput, "Statement");
    field.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_role_and_label(egui::Role::MultilineTextInput, "Statement")
        .type_text("Business travellers rate online boarding higher");
    h.run();
    click(&mut h, "Done");
    h.get_by_label("Business travellers rate online boarding higher");
    h
}

fn import(h: &mut App, file: &Path) {
    h.get_by_label(&nav_label(View::Data)).click();
    h.run();
    click(h, "Import data…");
    type_into(
        h,
        "Path of the data file (CSV or spreadsheet)",
        &file.display().to_string(),
    );
    press(h, Modifiers::NONE, Key::Enter);
    for _ in 0..1000 {
        h.step();
        if !h.state().reading_data() {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    steps(h);
}

fn choose(h: &mut App, combo: &str, option: &str) {
    click(h, combo);
    h.get_by_role_and_label(egui::Role::Button, option).click();
    steps(h);
}

#[test]
fn a_figure_compares_two_groups_and_follows_refreshed_data() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("survey.csv");
    let sample = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/airline_sample.csv"),
    )
    .unwrap();
    let lines: Vec<&str> = sample.lines().collect();
    std::fs::write(&file, lines[..201].join("\n")).unwrap();

    let mut h = board_with_a_hypothesis();
    import(&mut h, &file);
    click(&mut h, "Import 200 rows");
    h.get_by_label(&nav_label(View::Hypotheses)).click();
    h.run();
    click(&mut h, "Add evidence");
    choose(&mut h, "Column of the figure", "Online Boarding");
    choose(&mut h, "Segment column of the figure", "Type of Travel");
    choose(&mut h, "Segment value of the figure", "Business");
    choose(&mut h, "Value compared with", "Personal");
    click(&mut h, "Add figure");

    let p = project(&h);
    assert_eq!(p.evidence.len(), 1);
    assert_eq!(p.hypotheses[0].evidence, [p.evidence[0].id]);
    let EvidenceKind::Figure {
        query,
        value,
        compare_value,
        compare_with,
    } = &p.evidence[0].kind
    else {
        panic!("a figure");
    };
    assert_eq!(query.statistic, Statistic::Mean);
    assert_eq!(
        query.filter,
        [SegmentRule::new("Type of Travel", "Business")]
    );
    let expected = journeymap::analysis::evidence::compute(p, query, compare_with.as_deref());
    assert_eq!((value, compare_value), (&expected.0, &expected.1));
    let before = value.clone().unwrap();
    assert!(compare_value.is_some());
    assert_eq!(
        p.evidence[0].title(),
        "Mean of Online Boarding: Business vs. Personal"
    );
    // Made when shown, so it is stored as no title (it reads in each language).
    assert_eq!(p.evidence[0].title, "");

    // The source grows; refreshing recomputes the figure in the same step.
    std::fs::write(&file, sample).unwrap();
    h.get_by_label(&nav_label(View::Data)).click();
    h.run();
    click(&mut h, "Refresh from source");
    for _ in 0..1000 {
        h.step();
        if !h.state().reading_data() {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    steps(&mut h);
    click(&mut h, "Refresh 400 rows");
    let EvidenceKind::Figure { value, .. } = &project(&h).evidence[0].kind else {
        panic!("a figure");
    };
    let after = value.clone().unwrap();
    assert!(after.n > before.n, "{before:?} -> {after:?}");
    // One undo puts the old data and the old figure back.
    press(&mut h, Modifiers::COMMAND, Key::Z);
    let EvidenceKind::Figure { value, .. } = &project(&h).evidence[0].kind else {
        panic!("a figure");
    };
    assert_eq!(value.as_ref(), Some(&before));
}

#[test]
fn an_interview_note_is_added_and_taken_off() {
    let mut h = board_with_a_hypothesis();
    click(&mut h, "Add evidence");
    click(&mut h, "Interview note");
    type_into(&mut h, "Who said it", "Fleet driver, interview 7");
    h.get_by_role_and_label(egui::Role::TextInput, "What was said")
        .focus();
    h.run();
    h.get_by_role_and_label(egui::Role::TextInput, "What was said")
        .type_text("I board on my phone, always.");
    h.run();
    click(&mut h, "Add note");
    let p = project(&h);
    assert_eq!(p.evidence.len(), 1);
    assert_eq!(
        p.evidence[0].title(),
        "Interview: Fleet driver, interview 7"
    );
    assert_eq!(p.evidence[0].title, "");
    click(
        &mut h,
        "Remove evidence Interview: Fleet driver, interview 7",
    );
    assert!(project(&h).evidence.is_empty());
    assert!(project(&h).hypotheses[0].evidence.is_empty());
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(project(&h).evidence.len(), 1);
}

#[test]
fn a_verbatim_found_by_search_is_pinned_as_evidence() {
    let mut h = board_with_a_hypothesis();
    import(
        &mut h,
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/survey.xlsx"),
    );
    click(&mut h, "Import 5 rows");
    h.get_by_label("Verbatims");
    h.get_by_label("4 answers");
    type_into(&mut h, "Search the answers", "QUEUE");
    h.get_by_label("1 answer");
    click(&mut h, "Pin as evidence");
    click(&mut h, "Business travellers rate online boarding higher");
    let p = project(&h);
    assert_eq!(p.evidence.len(), 1);
    assert_eq!(p.hypotheses[0].evidence, [p.evidence[0].id]);
    let EvidenceKind::Verbatim {
        text, row, column, ..
    } = &p.evidence[0].kind
    else {
        panic!("a verbatim");
    };
    assert_eq!(text, "Long queue at the desk");
    assert_eq!(*row, Some(1));
    assert_eq!(column, "Comment");
}

/// A document without a title of its own is titled by its location, said once; one
/// with a title shows its location beneath.
#[test]
fn a_document_reads_its_location_once() {
    use journeymap::model::{Evidence, EvidenceId, Hypothesis, HypothesisId};
    let mut p = Project::default();
    let mut h = Hypothesis::new(HypothesisId(1), "Travellers read the fare rules");
    let untitled = "https://example.org/fare-study.pdf";
    let titled = "https://example.org/annual-report.pdf";
    for (id, title, location) in [(2, "", untitled), (3, "Annual report 2025", titled)] {
        p.evidence.push(Evidence {
            id: EvidenceId(id),
            title: title.into(),
            kind: EvidenceKind::Document {
                location: location.into(),
            },
            note: String::new(),
        });
        h.evidence.push(EvidenceId(id));
    }
    p.hypotheses.push(h);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("documents.ron");
    journeymap::io::save(&file, &p).unwrap();
    let mut app = common::app_on(Some(file));
    app.get_by_label(&nav_label(View::Hypotheses)).click();
    steps(&mut app);
    assert_eq!(app.state().document().project().evidence, p.evidence);
    assert_eq!(app.query_all_by_label(untitled).count(), 1);
    app.get_by_label("Annual report 2025");
    assert_eq!(app.query_all_by_label(titled).count(), 1);
}
