//! The example projects in `saves/`: they open without problems, are complete
//! enough to show, and are written exactly as the app writes them (so saving one
//! changes nothing).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly where it cannot go on"
)]

use std::path::{Path, PathBuf};

use journeymap::io::{load, to_ron_string};
use journeymap::model::LaneKind;

/// The examples in English (`saves/`), French (`saves/fr/`) and Spanish (`saves/es/`).
fn saves() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("saves");
    let mut files: Vec<_> = ["", "fr", "es"]
        .into_iter()
        .flat_map(|dir| std::fs::read_dir(root.join(dir)).unwrap())
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    assert!(files.len() >= 3, "{files:?}");
    files
}

#[test]
fn every_example_is_complete_and_consistent() {
    for path in saves() {
        let loaded = load(&path).unwrap_or_else(|e| panic!("{}", e.compiler_line()));
        assert!(
            loaded.problems.is_empty(),
            "{}: {:?}",
            path.display(),
            loaded.problems
        );
        let p = &loaded.project;
        assert!(!p.personas.is_empty(), "{}: no personas", path.display());
        assert!(
            !p.hypotheses.is_empty(),
            "{}: no hypotheses",
            path.display()
        );
        assert!(!p.journeys.is_empty());
        for j in &p.journeys {
            let name = format!("{} / {}", path.display(), j.name);
            assert!(j.cards.len() >= 20, "{name}: {} cards", j.cards.len());
            assert!(j.stages.len() >= 4, "{name}: {} stages", j.stages.len());
            // A service blueprint has the lines of staff and support instead of an
            // emotion curve.
            let blueprint = path.ends_with("service_blueprint.ron");
            assert!(
                blueprint || j.lanes.iter().any(|l| l.kind == LaneKind::Emotions),
                "{name}: no emotion lane"
            );
            assert!(
                blueprint || j.cards.iter().filter(|c| c.emotion.is_some()).count() >= 5,
                "{name}: few emotions"
            );
            assert!(!j.personas.is_empty(), "{name}: walked by no persona");
        }
    }
}

#[test]
fn examples_are_written_as_the_app_writes_them() {
    for path in saves() {
        let text = std::fs::read_to_string(&path).unwrap();
        let loaded = load(&path).unwrap();
        let written = to_ron_string(&loaded.project).unwrap();
        if written != text {
            let line = written
                .lines()
                .zip(text.lines())
                .position(|(a, b)| a != b)
                .map_or(0, |i| i + 1);
            panic!(
                "{} differs from what the app writes, first at line {line}",
                path.display()
            );
        }
    }
}

#[test]
fn the_named_examples_exist() {
    let names: Vec<String> = saves()
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    for wanted in [
        "service_station.ron",
        "b2b_software.ron",
        "train_trip.ron",
        "airline.ron",
        "retail.ron",
        "bank_loan.ron",
        "ecommerce_returns.ron",
        "service_blueprint.ron",
    ] {
        assert!(names.iter().any(|n| n == wanted), "{wanted} missing");
    }
    let station = load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/service_station.ron"))
        .unwrap()
        .project;
    let routes: Vec<&str> = station.journeys.iter().map(|j| j.name.as_str()).collect();
    assert!(
        routes.contains(&"Fuel") && routes.contains(&"Fuel + car wash"),
        "{routes:?}"
    );
    let b2b = load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/b2b_software.ron"))
        .unwrap()
        .project;
    assert!(
        b2b.journeys[0].stages.iter().all(|s| !s.kpis.is_empty()),
        "every B2B stage has KPIs"
    );
    let train = load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/train_trip.ron"))
        .unwrap()
        .project;
    assert!(
        train
            .journeys
            .iter()
            .flat_map(|j| &j.cards)
            .any(|c| c.moment_of_truth)
    );
}

#[test]
fn the_airline_example_checks_hypotheses_against_its_survey() {
    use journeymap::model::{ColumnRole, EvidenceKind, HypothesisStatus};
    let p = load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/airline.ron"))
        .unwrap()
        .project;
    assert!(p.personas.len() >= 2);
    let survey = &p.datasets[0];
    assert_eq!(survey.rows.len(), 13_524);
    let items = survey
        .columns
        .iter()
        .filter(|c| matches!(&c.role, ColumnRole::Item(t) if !t.is_empty()))
        .count();
    assert!(items >= 10, "{items} rating columns mapped");
    // Every persona selects its customers in the survey.
    for persona in &p.personas {
        let rows = journeymap::analysis::kpis::persona_rows(survey, persona);
        assert!(rows.is_some_and(|r| !r.is_empty()), "{}", persona.name);
    }
    // The stored figures are what the data says now.
    for e in &p.evidence {
        if let EvidenceKind::Figure {
            query,
            compare_with,
            value,
            compare_value,
        } = &e.kind
        {
            let fresh = journeymap::analysis::evidence::compute(&p, query, compare_with.as_deref());
            assert_eq!((value, compare_value), (&fresh.0, &fresh.1), "{}", e.title);
        }
    }
    let statuses: Vec<HypothesisStatus> = p.hypotheses.iter().map(|h| h.status).collect();
    assert!(statuses.contains(&HypothesisStatus::Supported));
    assert!(statuses.contains(&HypothesisStatus::Refuted));
}
