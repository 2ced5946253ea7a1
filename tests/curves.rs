//! The curves view on the airline example, driven headlessly: believed against
//! measured curves with the largest gaps listed, persona toggles, the other charts,
//! and "Export chart…" opening the export dialog on the chart; every chart exported
//! as SVG and PNG through the export path; a snapshot of the view.
//!
//! Snapshots: `UPDATE_SNAPSHOTS=1 cargo test --test curves` rewrites them.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly where it cannot go on"
)]

mod common;

use std::sync::atomic::AtomicBool;

use common::{App, app_on, click, example, steps, wait_for_load};
use egui_kittest::kittest::Queryable;
use journeymap::analysis::curves::Chart;
use journeymap::app::View;
use journeymap::export::{self, Format, Options, Progress, Request, Size, Subject, Theme};
use journeymap::ui::shell::nav_label;

fn curves_of_the_airline() -> App {
    let mut h = app_on(Some(example("airline.ron")));
    wait_for_load(&mut h);
    click(&mut h, &nav_label(View::Curves));
    h
}

#[test]
fn believed_against_measured_with_the_largest_gaps_and_persona_toggles() {
    let mut h = curves_of_the_airline();
    h.get_by_label("Believed against measured, largest first");
    // Marco believes +2 on the wifi; his customers rate it 2.6 of 5: −0.7.
    h.get_by_label("1. On-board wifi");
    let marco = "Marco Rossi: we think +2, customers say −0.7";
    h.get_by_label(marco);
    click(&mut h, "● Marco Rossi");
    assert!(
        h.query_by_label(marco).is_none(),
        "hiding a persona hides its gaps"
    );
    h.get_by_label("1. On-board wifi");
    h.get_by_label("Lena Fischer: we think +2, customers say −0.2");
    click(&mut h, "● Marco Rossi");
    h.get_by_label(marco);
}

#[test]
fn curves_by_stage_list_the_gaps_of_stages_and_export_as_such() {
    use journeymap::analysis::curves::{self, Axis};
    let mut h = curves_of_the_airline();
    click(&mut h, "By stage");
    h.get_by_label("Believed against measured by stage, largest first");
    // The list says what the analysis found, stage by stage.
    let project = h.state().document().project().clone();
    let journey = &project.journeys[0];
    let axis = Axis::of(&project, journey);
    let stages = curves::by_stage(&project, &axis, &curves::series(&project, journey, &axis));
    let found = curves::callouts(&stages, |p| p.name.clone());
    assert!(found.len() >= 3);
    for (i, gap) in found.iter().take(3).enumerate() {
        assert!(journey.stages.iter().any(|s| s.name == gap.title));
        h.get_by_label(&format!("{}. {}", i + 1, gap.title));
        h.get_by_label(&format!("{}: {}", gap.who(&project), gap.summary()));
    }
    // Export from here: the chart by stage.
    click(&mut h, "Export chart…");
    let file = h
        .get_by_role_and_label(egui::Role::TextInput, "File")
        .value()
        .unwrap_or_default();
    assert!(file.ends_with("trip-by-air-curves-by-stage.png"), "{file}");
}

/// The legend (each kind's line as it is drawn, the marks) sits above the plot, by
/// card and by stage, at 1440x900 and 1280x720: it covers no data.
#[test]
fn the_legend_shows_each_line_and_covers_no_data() {
    use journeymap::analysis::curves::Kind;
    use journeymap::layout::chart::kind_description;
    for size in [egui::vec2(1440.0, 900.0), egui::vec2(1280.0, 720.0)] {
        let mut h = curves_of_the_airline();
        h.set_size(size);
        h.run();
        for mode in ["By card", "By stage"] {
            click(&mut h, mode);
            let plot = h.get_by_label("Satisfaction curves chart").rect();
            assert!(
                plot.height() > 200.0,
                "{size:?} {mode}: the plot has room ({plot:?})"
            );
            let mut legend = Vec::new();
            for kind in [Kind::Believed, Kind::Measured] {
                legend.push(
                    h.get_by_role_and_label(egui::Role::CheckBox, kind.label())
                        .rect(),
                );
                let sample = format!("{}: {}", kind.label(), kind_description(kind));
                legend.push(h.get_by_label(&sample).rect());
            }
            for mark in [
                "Moment of truth",
                "Gap, believed to measured",
                "● Marco Rossi",
            ] {
                legend.push(h.get_by_label(mark).rect());
            }
            for rect in legend {
                assert!(
                    !rect.intersects(plot),
                    "{size:?} {mode}: the legend at {rect:?} covers the plot at {plot:?}"
                );
                assert!(
                    rect.max.x <= size.x && rect.max.y <= size.y,
                    "{rect:?} is cut"
                );
            }
        }
    }
}

#[test]
fn the_other_charts_and_export_chart() {
    let mut h = curves_of_the_airline();
    click(&mut h, "Stage KPIs");
    h.get_by_label(
        "Each stage KPI's actual value as a share of its target (100% = on target); orange bars miss it.",
    );
    click(&mut h, "NPS by stage");
    // The airline survey has no 0-10 question: the chart says so and how to get one.
    h.get_by_label("No 0–10 answers mapped onto this journey");
    click(&mut h, "Kano");
    // No Kano answers yet, but the survey names its overall outcome: derived classes.
    assert!(
        h.query_by_label("No Kano answers on this journey")
            .is_none()
    );
    h.get_by_label("From customer data");
    assert!(h.query_by_label("From Kano answers").is_none());
    click(&mut h, "Curves");
    click(&mut h, "Export chart…");
    // The dialog exports the chart: its file is named after it.
    let file = h
        .get_by_role_and_label(egui::Role::TextInput, "File")
        .value()
        .unwrap_or_default();
    assert!(file.ends_with("trip-by-air-curves.png"), "{file}");
}

#[test]
fn every_chart_exports_as_svg_and_png() {
    let project = journeymap::io::load(&example("airline.ron"))
        .unwrap()
        .project;
    let journey = project.journeys[0].id;
    let dir = tempfile::tempdir().unwrap();
    let cancel = AtomicBool::new(false);
    let report = |_: f32| {};
    for format in [Format::Svg, Format::Png] {
        let subjects: Vec<Subject> = Chart::ALL
            .iter()
            .map(|chart| Subject::Chart {
                journey,
                chart: *chart,
            })
            .collect();
        let request = Request {
            subjects,
            format,
            size: Size::Natural,
            theme: Theme::Light,
            options: Options::default(),
            path: dir.path().join(format!("chart.{}", format.extension())),
        };
        let written = export::run(&project, &request, &Progress::new(&cancel, &report)).unwrap();
        assert_eq!(written.len(), 5);
        for path in &written {
            let bytes = std::fs::read(path).unwrap();
            assert!(bytes.len() > 200, "{}", path.display());
        }
        if format == Format::Svg {
            let curves = std::fs::read_to_string(&written[0]).unwrap();
            for text in ["Largest gaps", "On-board wifi", "Plan and book", "gap −2.7"] {
                assert!(curves.contains(text), "{text} missing from the curves SVG");
            }
            // By stage: the stages' names, the legend's kinds and the gaps by stage.
            let by_stage = std::fs::read_to_string(&written[1]).unwrap();
            for text in [
                "Trip by air · Curves by stage",
                "Arrival and baggage",
                "Measured (95% band)",
                "Believed",
                "customers)",
            ] {
                assert!(
                    by_stage.contains(text),
                    "{text} missing from the by-stage SVG"
                );
            }
            let kpis = std::fs::read_to_string(&written[2]).unwrap();
            assert!(
                kpis.contains("of target · 0.01 points short"),
                "the seat-comfort KPI said plainly"
            );
            let nps = std::fs::read_to_string(&written[3]).unwrap();
            assert!(nps.contains("No 0–10 answers mapped onto this journey"));
        } else {
            let image = image::open(&written[0]).unwrap();
            assert_eq!((image.width(), image.height()), (3200, 1800));
        }
    }
}

/// The real app on `file`, rendered by wgpu in `theme`, showing the curves view.
fn curves_for_snapshots(file: std::path::PathBuf, theme: egui::Theme) -> App {
    let options = journeymap::app::AppOptions {
        file: Some(file),
        restore_last: false,
        dialogs: journeymap::app::DialogMode::Typed,
        recovery_dir: None,
        sounds: false,
        join: None,
        live_port: 0,
        live_storage: None,
        system_lang: journeymap::i18n::Lang::En,
    };
    let mut h = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_theme(theme)
        .wgpu()
        .build_eframe(move |cc| journeymap::app::JourneyApp::new(cc, &options));
    h.run();
    wait_for_load(&mut h);
    click(&mut h, &nav_label(View::Curves));
    h.run();
    h
}

#[test]
fn snapshot_of_the_curves_view() {
    // At the same path on every machine: the status bar shows it.
    let dir = std::env::temp_dir().join("journeymap-curves-snapshot");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("airline.ron");
    std::fs::copy(example("airline.ron"), &file).unwrap();
    let mut h = curves_for_snapshots(file, egui::Theme::Light);
    h.snapshot("curves_view_light");
    click(&mut h, "By stage");
    h.run();
    h.snapshot("curves_by_stage_light");
}

#[test]
fn kano_answers_are_entered_in_the_inspector_and_charted() {
    let mut h = app_on(Some(example("airline.ron")));
    wait_for_load(&mut h);
    let kano_of = |h: &App| {
        h.state().document().project().journeys[0]
            .cards
            .iter()
            .find(|c| c.title == "On-board wifi")
            .unwrap()
            .kano
            .clone()
    };
    let wifi = h.state().document().project().journeys[0]
        .cards
        .iter()
        .find(|c| c.title == "On-board wifi")
        .unwrap()
        .id;
    h.state_mut().canvas_mut().selection.cards = vec![wifi];
    steps(&mut h);
    h.get_by_label("Kano answers");
    // Liked when there, disliked when not: performance.
    click(&mut h, "Add answer (Performance)");
    click(&mut h, "If it is there");
    click(&mut h, "I expect it");
    click(&mut h, "Add answer (Must-be)");
    click(&mut h, "Add answer (Must-be)");
    assert_eq!(kano_of(&h).len(), 3);
    h.get_by_label("Must-be");
    h.get_by_label("3 answers · better 0.33 · worse 1.00");
    // Each answer is one undo step.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    steps(&mut h);
    assert_eq!(kano_of(&h).len(), 2);

    click(&mut h, &nav_label(View::Curves));
    click(&mut h, "Kano");
    assert!(
        h.query_by_label("No Kano answers on this journey")
            .is_none(),
        "the chart has a touchpoint now"
    );
}

#[test]
fn cards_where_belief_and_ratings_part_ways_carry_a_gap_tag() {
    use journeymap::layout::text::TextEngine;
    let project = journeymap::io::load(&example("airline.ron"))
        .unwrap()
        .project;
    let journey = &project.journeys[0];
    let wifi = journey
        .cards
        .iter()
        .find(|c| c.title == "On-board wifi")
        .unwrap()
        .id;
    let mut engine = TextEngine::new();
    // The emotion lane carries each persona's measured curve beside the believed.
    let map = common::layout(&project, journey, None, &mut engine);
    assert_eq!(map.measured.len(), 3);
    assert!(map.measured.iter().all(|m| m.points.len() >= 10));
    assert_eq!(
        map.legend
            .as_ref()
            .and_then(|key| key.entries.last())
            .map(|(_, run)| run.text.as_str()),
        Some(journeymap::layout::measured_legend())
    );
    let mut tag = |persona| {
        let map = common::layout(&project, journey, persona, &mut engine);
        map.card(wifi).unwrap().gap.clone().unwrap()
    };
    // Everyone: the card's largest gap (Marco Rossi's); one persona: theirs.
    let all = tag(None);
    assert_eq!(all.text.text, "think +2 · say −0.7");
    assert_eq!(
        all.summary,
        "Marco Rossi: we think +2, customers say −0.7 (gap −2.7, n 4,158)"
    );
    let lena = project
        .personas
        .iter()
        .find(|p| p.name == "Lena Fischer")
        .unwrap()
        .id;
    assert_eq!(tag(Some(lena)).text.text, "think +2 · say −0.2");
    // Cards without customer data are never tagged.
    let train = journeymap::io::load(&example("train_trip.ron"))
        .unwrap()
        .project;
    let map = common::layout(&train, &train.journeys[0], None, &mut engine);
    assert!(map.cards.iter().all(|c| c.gap.is_none()));
}

#[test]
fn charts_export_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("curves.svg");
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_journeymap"))
            .args(args)
            .output()
            .unwrap()
    };
    let file = example("airline.ron");
    let file = file.to_str().unwrap();
    let o = run(&[
        "export",
        file,
        "-o",
        out.to_str().unwrap(),
        "--chart",
        "curves",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let svg = std::fs::read_to_string(&out).unwrap();
    assert!(svg.contains("Trip by air · Curves") && svg.contains("Largest gaps"));
    let kpis = dir.path().join("kpis.png");
    let o = run(&[
        "export",
        file,
        "-o",
        kpis.to_str().unwrap(),
        "--chart",
        "KPIs",
        "--width",
        "1200",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(image::open(&kpis).unwrap().width(), 1200);
    let o = run(&[
        "export",
        file,
        "-o",
        out.to_str().unwrap(),
        "--chart",
        "pie",
    ]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("“pie” is not a chart: use curves, curves-by-stage, kpis, nps or kano"),
        "{err}"
    );
    // By stage: `--by-stage` with the curves, or the chart's own name.
    for args in [
        &["--chart", "curves", "--by-stage"][..],
        &["--chart", "curves-by-stage"][..],
    ] {
        let o = run(&[&["export", file, "-o", out.to_str().unwrap()][..], args].concat());
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let svg = std::fs::read_to_string(&out).unwrap();
        assert!(svg.contains("Trip by air · Curves by stage"), "{args:?}");
    }
    let o = run(&[
        "export",
        file,
        "-o",
        out.to_str().unwrap(),
        "--chart",
        "kpis",
        "--by-stage",
    ]);
    assert_eq!(o.status.code(), Some(2), "a usage error");
    assert!(String::from_utf8_lossy(&o.stderr).contains("--by-stage goes with --chart curves"));
    let o = run(&["export", file, "-o", out.to_str().unwrap(), "--by-stage"]);
    assert_eq!(o.status.code(), Some(2), "--by-stage needs --chart");
}

/// The airline example with a 0-10 question (made from each row's ratings) mapped
/// onto every stage, and Kano answers on three touchpoints: every chart has data.
fn charts_fixture() -> std::path::PathBuf {
    use journeymap::model::{
        Column, ColumnKind, ColumnRole, ItemTarget, KanoAnswer as A, KanoResponse, Scale,
    };
    let mut project = journeymap::io::load(&example("airline.ron"))
        .unwrap()
        .project;
    // Per stage: a 0-10 answer made from the row's ratings of that stage's cards.
    let journey = &project.journeys[0];
    let d = &mut project.datasets[0];
    let per_stage: Vec<(ItemTarget, String, Vec<usize>)> = journey
        .stages
        .iter()
        .map(|stage| {
            let columns = d
                .columns
                .iter()
                .enumerate()
                .filter(|(_, c)| c.scale == Some(Scale::ONE_TO_FIVE))
                .filter(|(_, c)| match &c.role {
                    ColumnRole::Item(targets) => targets.iter().any(|t| match t {
                        ItemTarget::Card(id) => {
                            journey.card(*id).is_some_and(|c| c.stage == stage.id)
                        }
                        ItemTarget::Stage(s) => *s == stage.id,
                    }),
                    _ => false,
                })
                .map(|(i, _)| i)
                .collect();
            (
                ItemTarget::Stage(stage.id),
                format!("Recommend after {}", stage.name),
                columns,
            )
        })
        .collect();
    d.rows = d
        .rows
        .iter()
        .map(|row| {
            let extra = per_stage.iter().map(|(_, _, columns)| {
                let answered: Vec<f64> = columns
                    .iter()
                    .filter_map(|c| row.get(*c)?.parse::<f64>().ok())
                    .filter(|v| *v > 0.0)
                    .collect();
                let mean = answered.iter().sum::<f64>() / answered.len().max(1) as f64;
                ((mean - 1.0) * 2.5 + 1.0)
                    .round()
                    .clamp(0.0, 10.0)
                    .to_string()
            });
            row.iter()
                .map(str::to_owned)
                .chain(extra)
                .collect::<Vec<_>>()
        })
        .collect();
    for (target, name, _) in per_stage {
        let mut nps = Column::new(name, ColumnKind::Number, ColumnRole::Item(vec![target]));
        nps.scale = Some(Scale::ZERO_TO_TEN);
        d.columns.push(nps);
    }
    let pair = |functional, dysfunctional| KanoResponse {
        functional,
        dysfunctional,
    };
    for (title, answers) in [
        (
            "On-board wifi",
            vec![
                pair(A::Like, A::Neutral),
                pair(A::Like, A::Tolerate),
                pair(A::Like, A::Dislike),
            ],
        ),
        (
            "Baggage belt",
            vec![
                pair(A::Expect, A::Dislike),
                pair(A::Neutral, A::Dislike),
                pair(A::Like, A::Dislike),
            ],
        ),
        (
            "Entertainment",
            vec![pair(A::Neutral, A::Neutral), pair(A::Like, A::Neutral)],
        ),
    ] {
        let card = project.journeys[0]
            .cards
            .iter_mut()
            .find(|c| c.title == title)
            .unwrap();
        card.kano = answers;
    }
    let dir = std::env::temp_dir().join("journeymap-charts-snapshot");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("charts.ron");
    journeymap::io::save(&file, &project).unwrap();
    file
}

#[test]
fn snapshots_of_every_chart_in_the_dark_theme() {
    let mut h = curves_for_snapshots(charts_fixture(), egui::Theme::Dark);
    h.snapshot("curves_view_dark");
    click(&mut h, "By stage");
    h.run();
    h.snapshot("curves_by_stage_dark");
    for (tab, name) in [
        ("Stage KPIs", "chart_kpis_dark"),
        ("NPS by stage", "chart_nps_dark"),
        ("Kano", "chart_kano_dark"),
    ] {
        click(&mut h, tab);
        h.run();
        h.snapshot(name);
    }
}

#[test]
fn the_overall_outcome_is_chosen_in_the_kano_chart_and_undone() {
    let mut h = curves_of_the_airline();
    click(&mut h, "Kano");
    h.get_by_label("From customer data");
    click(
        &mut h,
        "Overall satisfaction in “Passenger satisfaction survey”",
    );
    click(&mut h, "None");
    assert_eq!(h.state().document().project().datasets[0].outcome, None);
    h.get_by_label("No Kano answers on this journey");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    steps(&mut h);
    let outcome = h.state().document().project().datasets[0]
        .outcome
        .clone()
        .unwrap();
    assert_eq!(
        (outcome.column.as_str(), outcome.satisfied.as_str()),
        ("Satisfaction", "Satisfied")
    );
    h.get_by_label("From customer data");
}
