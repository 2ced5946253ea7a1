//! Importing customer data in the app, driven headlessly: the import window with
//! its column set-up and the rows that cannot be imported, skipping them, one undo
//! step, dropped files, refreshing from the source, and files that are not data;
//! the figures of the data view, whole and by segment.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly where it cannot go on"
)]

mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::{App, app_on, example, press, type_into};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use journeymap::app::View;
use journeymap::ui::shell::nav_label;

const DATA_FIELD: &str = "Path of the data file (CSV or spreadsheet)";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn data_view() -> App {
    let mut h = app_on(Some(example("service_station.ron")));
    h.get_by_label(&nav_label(View::Data)).click();
    h.run();
    h
}

/// Runs frames until the file being read is taken in.
fn wait_for_reading(h: &mut App) {
    for _ in 0..1000 {
        h.step();
        if !h.state().reading_data() {
            for _ in 0..4 {
                h.step();
            }
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    panic!("the data file was not read");
}

fn import_path(h: &mut App, path: &Path) {
    h.get_by_role_and_label(egui::Role::Button, "Import data…")
        .click();
    h.run();
    type_into(h, DATA_FIELD, &path.display().to_string());
    press(h, Modifiers::NONE, Key::Enter);
    wait_for_reading(h);
}

fn click(h: &mut App, label: &str) {
    h.get_by_role_and_label(egui::Role::Button, label).click();
    for _ in 0..4 {
        h.step();
    }
}

#[test]
fn rows_with_problems_are_listed_and_only_imported_when_skipped() {
    let mut h = data_view();
    let before = h.state().document().project().clone();
    import_path(&mut h, &fixture("survey_problems.csv"));
    assert!(h.state().import_dialog().is_some());
    h.get_by_label("Import customer data");
    // Line 4: text in a rating column; line 5: a field missing.
    h.get_by_label("2 rows cannot be imported as they are:");
    h.get_by_label("Line 4: “five” in “Booking (1-5)” is not a number");
    h.get_by_label("Line 5: 3 fields where the header has 4");
    // The file's 0 and 7 fit the guessed 1-7 scale; it is a 1-5 scale, so 7 is wrong.
    h.get_by_label("Scale of Booking (1-5)").click();
    h.run();
    h.get_by_role_and_label(egui::Role::Button, "1–5").click();
    for _ in 0..4 {
        h.step();
    }
    h.get_by_label("3 rows cannot be imported as they are:");
    h.get_by_label("Line 7: 7 in “Booking (1-5)” is outside the 1–5 scale");
    let dialog = h.state().import_dialog().unwrap();
    assert_eq!(dialog.table.rows.len(), 6);
    // Nothing can be imported until the rows are skipped.
    h.get_by_label("Skip these rows (they are not imported; the file is not changed)")
        .click();
    for _ in 0..4 {
        h.step();
    }
    click(&mut h, "Import 4 rows");
    let project = h.state().document().project();
    assert_eq!(project.datasets.len(), before.datasets.len() + 1);
    let d = project.datasets.last().unwrap();
    assert_eq!(d.rows.len(), 4);
    assert_eq!(d.name, "survey problems");
    assert_eq!(d.columns[2].missing, ["0"]);
    assert!(d.source.path.ends_with("survey_problems.csv"));
    assert_eq!(h.state().preferences().view, View::Data);
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(h.state().document().project(), &before);
}

#[test]
fn a_dropped_csv_opens_the_import_and_cancel_changes_nothing() {
    let mut h = data_view();
    let before = h.state().document().project().clone();
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(common::Dropped(fixture(
            "airline_sample.csv",
        ))));
    h.step();
    wait_for_reading(&mut h);
    h.get_by_label("✔ Every row fits its column's type and scale");
    click(&mut h, "Cancel");
    assert!(h.state().import_dialog().is_none());
    assert_eq!(h.state().document().project(), &before);
    assert!(!h.state().document().is_dirty());
}

#[test]
fn refreshing_reads_the_source_again_and_keeps_the_column_setup() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("nps.csv");
    std::fs::write(&file, "Region,Recommend\nNorth,9\nSouth,4\n").unwrap();
    let mut h = data_view();
    import_path(&mut h, &file);
    click(&mut h, "Import 2 rows");
    let id = h.state().document().project().datasets.last().unwrap().id;

    std::fs::write(&file, "Region,Recommend\nNorth,9\nSouth,4\nEast,10\n").unwrap();
    click(&mut h, "Refresh from source");
    wait_for_reading(&mut h);
    click(&mut h, "Refresh 3 rows");
    let d = h.state().document().project().dataset(id).unwrap().clone();
    assert_eq!(d.rows.len(), 3);
    assert_eq!(d.rows.get(2).unwrap().to_vec(), ["East", "10"]);

    // A file whose columns changed is refused.
    std::fs::write(&file, "Area,Score\nNorth,9\n").unwrap();
    click(&mut h, "Refresh from source");
    wait_for_reading(&mut h);
    h.get_by_label("Could not refresh the data");
    assert_eq!(h.state().document().project().dataset(id), Some(&d));
}

#[test]
fn files_that_are_not_data_get_a_message_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let binary = dir.path().join("export.csv");
    std::fs::write(&binary, b"PK\x03\x04\x00\x00\x00\x00binary").unwrap();
    let empty = dir.path().join("empty.csv");
    std::fs::write(&empty, "").unwrap();
    let mut h = data_view();
    let before = h.state().document().project().clone();
    for (file, words) in [
        (&binary, "this is not a text file"),
        (&empty, "the file is empty"),
    ] {
        import_path(&mut h, file);
        h.get_by_label("Could not import the data");
        let status = h.state().status().unwrap().text().to_owned();
        assert!(status.contains(words), "{status}");
        click(&mut h, "OK");
    }
    assert_eq!(h.state().document().project(), &before);
}

#[test]
fn a_rating_column_mapped_onto_a_card_shows_its_kpis_per_persona() {
    let mut h = data_view();
    import_path(&mut h, &fixture("airline_sample.csv"));
    click(&mut h, "Import 400 rows");
    // A persona whose customers are business travellers.
    let mut project = h.state().document().project().clone();
    let persona = project.personas[0].id;
    let dataset = project.datasets.last().unwrap().id;
    let mut rule = journeymap::model::SegmentRule::new("Type of Travel", "Business");
    rule.dataset = Some(dataset);
    project.personas[0].segment_rules = vec![rule];
    let edit = journeymap::edit::Edit::Persona(journeymap::edit::Change::Replace {
        item: project.personas[0].clone(),
    });
    h.state_mut().push_action(journeymap::app::Action::Edit {
        edit: Box::new(edit),
        label: journeymap::i18n::Said::same("rule"),
        gesture: None,
    });
    h.get_by_label(&nav_label(View::Journeys)).click();
    h.run();
    let journey = project
        .journeys
        .iter()
        .find(|j| j.personas.contains(&persona))
        .unwrap()
        .clone();
    let card = journey.cards[0].id;
    h.state_mut()
        .push_action(journeymap::app::Action::SelectJourney(journey.id));
    h.run();
    h.state_mut().canvas_mut().select_card(&journey, card);
    h.run();

    h.get_by_label("Map a data column").scroll_to_me();
    h.run();
    h.get_by_label("Map a data column").click();
    h.run();
    h.get_by_label("Online Boarding · airline sample (rating)")
        .scroll_to_me();
    h.run();
    h.get_by_label("Online Boarding · airline sample (rating)")
        .click();
    h.run();
    let d = h.state().document().project().dataset(dataset).unwrap();
    let (_, column) = d.column("Online Boarding").unwrap();
    assert_eq!(
        column.role,
        journeymap::model::ColumnRole::Item(vec![journeymap::model::ItemTarget::Card(card)])
    );
    // Every respondent, and the persona's customers.
    let all = journeymap::analysis::kpis::item_kpis(
        h.state().document().project(),
        journeymap::model::ItemTarget::Card(card),
        &[persona],
    );
    let shown = journeymap::ui::kpis::summary_text(all[0].all.as_ref().unwrap());
    h.get_by_label(&format!("All respondents: {shown}"));
    let name = &h
        .state()
        .document()
        .project()
        .persona(persona)
        .unwrap()
        .name;
    let theirs = all[0].personas[0].1.clone().unwrap().unwrap();
    assert!(theirs.n < all[0].all.as_ref().unwrap().n);
    h.get_by_label(&format!(
        "{name}: {}",
        journeymap::ui::kpis::summary_text(&theirs)
    ));
}

#[test]
fn a_workbook_imports_from_its_first_sheet() {
    let mut h = data_view();
    import_path(&mut h, &fixture("survey.xlsx"));
    let dialog = h
        .state()
        .import_dialog()
        .expect("the import window is open");
    assert_eq!(
        dialog.table.format,
        journeymap::model::SourceFormat::Xlsx {
            sheet: "Survey 2026".to_owned()
        }
    );
    click(&mut h, "Import 5 rows");
    let d = h.state().document().project().datasets.last().unwrap();
    assert_eq!(d.rows.len(), 5);
    assert_eq!(d.columns[4].kind, journeymap::model::ColumnKind::Date);
    assert_eq!(d.columns[1].role, journeymap::model::ColumnRole::Segment);
}

#[test]
fn a_stage_kpi_takes_its_actual_from_the_data() {
    let mut h = data_view();
    import_path(&mut h, &fixture("airline_sample.csv"));
    click(&mut h, "Import 400 rows");
    let project = h.state().document().project().clone();
    let journey = project.journeys[0].clone();
    let stage = journey
        .stages
        .iter()
        .find(|s| !s.kpis.is_empty())
        .expect("the example has stage KPIs")
        .clone();
    h.get_by_label(&nav_label(View::Journeys)).click();
    h.run();
    h.state_mut().canvas_mut().selection = journeymap::ui::canvas::MapSelection {
        header: Some(journeymap::ui::canvas::Header::Stage(stage.id)),
        ..Default::default()
    };
    h.run();
    let combo = h.get_all_by_label("Actual from data").next().unwrap();
    combo.scroll_to_me();
    h.run();
    h.get_all_by_label("Actual from data")
        .next()
        .unwrap()
        .click();
    h.run();
    let option = "Top-box share of Online Boarding (airline sample)";
    h.get_by_label(option).scroll_to_me();
    h.run();
    h.get_by_label(option).click();
    h.run();
    let p = h.state().document().project();
    let kpi = &p.journeys[0].stage(stage.id).unwrap().kpis[0];
    let source = kpi.source.as_ref().expect("the KPI reads the data");
    assert_eq!(source.column, "Online Boarding");
    let expected = journeymap::analysis::evidence::figure(p, source, &[]).unwrap();
    assert_eq!(kpi.actual, Some(expected.value));
    assert!(kpi.actual.unwrap() > 0.0 && kpi.actual.unwrap() <= 100.0);
    press(&mut h, Modifiers::COMMAND, Key::Z);
    let p = h.state().document().project();
    assert_eq!(
        p.journeys[0].stage(stage.id).unwrap().kpis[0],
        stage.kpis[0]
    );
}

#[test]
fn free_text_answers_mapped_onto_a_card_are_read_from_it() {
    let mut h = data_view();
    import_path(&mut h, &fixture("survey.xlsx"));
    click(&mut h, "Import 5 rows");
    let project = h.state().document().project().clone();
    let dataset = project.datasets.last().unwrap().id;
    let journey = project.journeys[0].clone();
    let card = journey.cards[0].clone();
    h.get_by_label(&nav_label(View::Journeys)).click();
    h.run();
    h.state_mut().canvas_mut().select_card(&journey, card.id);
    h.run();
    h.get_by_label("Map a data column").scroll_to_me();
    h.run();
    h.get_by_label("Map a data column").click();
    h.run();
    let option = "Comment · survey (answers)";
    h.get_by_label(option).scroll_to_me();
    h.run();
    h.get_by_label(option).click();
    h.run();
    let d = h.state().document().project().dataset(dataset).unwrap();
    assert_eq!(
        d.column("Comment").unwrap().1.role,
        journeymap::model::ColumnRole::Verbatim(vec![journeymap::model::ItemTarget::Card(card.id)])
    );
    h.get_by_label("4 answers").scroll_to_me();
    h.run();
    h.get_by_label("Read ›").click();
    h.run();
    assert_eq!(h.state().preferences().view, View::Data);
    h.get_by_label("“Long queue at the desk”");
}

/// Runs frames until the data view's figures are worked out.
fn wait_for_figures(h: &mut App) {
    for _ in 0..2000 {
        h.step();
        if !h.state().working_out_figures() {
            for _ in 0..4 {
                h.step();
            }
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    panic!("the figures were not worked out");
}

#[test]
fn the_data_view_shows_each_columns_figures_whole_and_by_segment() {
    use journeymap::analysis::overview::overview;
    use journeymap::ui::data_overview::{mean_text, score_text};

    let mut h = app_on(Some(example("airline.ron")));
    press(&mut h, Modifiers::COMMAND, Key::Num4);
    assert_eq!(h.state().preferences().view, View::Data);
    wait_for_figures(&mut h);
    let d = h.state().document().project().datasets[0].clone();
    let expected = overview(&d, None);
    let (boarding, _) = d.column("Online Boarding").unwrap();
    let figures = expected
        .columns
        .iter()
        .find(|c| c.column == boarding)
        .unwrap();
    let all = figures.all.summary.as_ref().unwrap();
    // The 0s ("not applicable") are left out, as a card's KPIs leave them out.
    assert_eq!(
        all.n,
        journeymap::analysis::answers::column_values(&d, boarding, None).len()
    );
    assert!(figures.no_answer > 0);
    h.get_by_label("Figures");
    // When the data was taken in, written for people: "1 December 2026, 09:00 UTC".
    let imported = journeymap::i18n::dates::timestamp(&d.source.imported_at);
    assert!(
        imported.ends_with(" UTC") && !imported.contains(&d.source.imported_at[..10]),
        "{imported}"
    );
    h.get_by_label_contains(&imported);
    h.get_all_by_label("Online Boarding").next().unwrap();
    h.get_all_by_label(&mean_text(all)).next().unwrap();
    h.get_all_by_label(&score_text(all)).next().unwrap();
    h.get_by_label("Distribution of Online Boarding");
    // Identifiers are no figure; measures are (with their range).
    let columns: Vec<&str> = expected
        .columns
        .iter()
        .map(|c| d.columns[c.column].name.as_str())
        .collect();
    assert!(!columns.contains(&"ID"), "{columns:?}");
    assert!(columns.contains(&"Flight Distance"), "{columns:?}");

    // Nothing is worked out again while the data stays as it is.
    for _ in 0..5 {
        h.step();
        assert!(!h.state().working_out_figures());
    }

    // Split by the type of travel.
    h.get_by_label("Split by").click();
    h.run();
    h.get_by_role_and_label(egui::Role::Button, "Type of Travel")
        .click();
    h.run();
    wait_for_figures(&mut h);
    let (travel, _) = d.column("Type of Travel").unwrap();
    let split = overview(&d, Some(travel));
    assert_eq!(
        split
            .segments
            .iter()
            .map(|(s, _)| s.as_str())
            .collect::<Vec<_>>(),
        ["Business", "Personal"]
    );
    let figures = split.columns.iter().find(|c| c.column == boarding).unwrap();
    for ((name, _), segment) in split.segments.iter().zip(&figures.segments) {
        let s = segment.summary.as_ref().unwrap();
        h.get_all_by_label(&mean_text(s)).next().unwrap();
        h.get_by_label(&format!("Distribution of Online Boarding ({name})"));
    }
    let business = figures.segments[0].summary.as_ref().unwrap();
    let personal = figures.segments[1].summary.as_ref().unwrap();
    assert_eq!(business.n + personal.n, all.n);
}

#[test]
fn a_stray_value_is_listed_and_left_out_of_the_figures() {
    use std::fmt::Write as _;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("seats.csv");
    let mut csv = String::from("Respondent,Seat comfort\n");
    for i in 1..=60 {
        let seat = if i == 30 { 9 } else { i % 5 + 1 };
        writeln!(csv, "{i},{seat}").unwrap();
    }
    std::fs::write(&file, csv).unwrap();
    let mut h = data_view();
    import_path(&mut h, &file);
    // A 1-5 column with a slip, not a 0-10 column.
    h.get_by_label("1 row cannot be imported as it is:");
    h.get_by_label("Line 31: 9 in “Seat comfort” is outside the 1–5 scale");
    h.get_by_label("Skip these rows (they are not imported; the file is not changed)")
        .click();
    for _ in 0..4 {
        h.step();
    }
    click(&mut h, "Import 59 rows");
    wait_for_figures(&mut h);
    h.get_all_by_label("Seat comfort").next().unwrap();
    h.get_by_label("Distribution of Seat comfort");
    // 1..5 in turn, 12 of each, but respondent 30 (a 1) is left out: 59 answers.
    h.get_by_label("59");
    let d = h.state().document().project().datasets.last().unwrap();
    assert_eq!(
        d.column("Seat comfort").unwrap().1.scale,
        Some(journeymap::model::Scale::ONE_TO_FIVE)
    );
}

#[test]
fn the_example_finds_its_survey_from_its_own_folder_and_a_template_says_why_it_cannot() {
    let survey = journeymap::io::data_source::normalize(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/data/airline_passenger_satisfaction.csv"),
    );
    // saves/airline.ron names it "../../shared/data/…", from its own folder.
    let mut h = app_on(Some(example("airline.ron")));
    let d = h.state().document().project().datasets[0].clone();
    assert_eq!(Path::new(&d.source.path), survey);
    press(&mut h, Modifiers::COMMAND, Key::Num4);
    wait_for_figures(&mut h);
    if survey.is_file() {
        click(&mut h, "Refresh from source");
        wait_for_reading(&mut h);
        let dialog = h
            .state()
            .import_dialog()
            .expect("the survey was read again");
        assert_eq!(dialog.refresh, Some(d.id));
        assert_eq!(dialog.table.rows.len(), d.rows.len());
        click(&mut h, "Cancel");
    } else {
        eprintln!("{} is not here: its refresh is not tried", survey.display());
    }

    // Started from the template, the project has no folder to look in: it says so.
    let airline = journeymap::examples::EXAMPLES
        .iter()
        .position(|e| e.file_name == "airline.ron")
        .unwrap();
    h.state_mut()
        .push_action(journeymap::app::Action::NewFromExample(airline));
    h.run();
    assert_eq!(h.state().document().path(), None);
    press(&mut h, Modifiers::COMMAND, Key::Num4);
    wait_for_figures(&mut h);
    click(&mut h, "Refresh from source");
    h.get_by_label("Could not refresh the data");
    let status = h.state().status().unwrap().text().to_owned();
    assert!(
        status.contains("../../shared/data/airline_passenger_satisfaction.csv")
            && status.contains("no file yet"),
        "{status}"
    );
    assert!(!h.state().reading_data());
    click(&mut h, "OK");
}
