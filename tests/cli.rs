//! The command line: `check`, `--help`, `--version`, and usage errors.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly where it cannot go on"
)]

use std::path::Path;
use std::process::{Command, Output};

/// The command line in English, whatever the machine's locale.
fn journeymap(args: &[&str]) -> Output {
    journeymap_in("en_GB.UTF-8", args)
}

/// The command line with `LANG` set to `lang` (and nothing overriding it).
fn journeymap_in(lang: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn check_passes_on_every_example() {
    let saves: Vec<String> = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("saves"))
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| format!("saves/{}", e.file_name().to_string_lossy()))
        .filter(|p| {
            Path::new(p)
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
        })
        .collect();
    let args: Vec<&str> = std::iter::once("check")
        .chain(saves.iter().map(String::as_str))
        .collect();
    let out = journeymap(&args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    for save in &saves {
        assert!(stdout.contains(&format!("{save}: ok (")), "{stdout}");
    }
}

#[test]
fn check_fails_with_file_line_column_per_problem() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "(\n    format_version: 1,\n    project: (\n        name: \"x\",\n        personas: [(id: 1, name: 5)],\n    ),\n)\n").unwrap();
    let dangling = dir.path().join("dangling.ron");
    std::fs::write(
        &dangling,
        "(\n    format_version: 1,\n    project: (\n        journeys: [(\n            id: 1,\n            personas: [9],\n        )],\n    ),\n)\n",
    )
    .unwrap();
    let good = Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/train_trip.ron");
    let out = journeymap(&[
        "check",
        &good.display().to_string(),
        &broken.display().to_string(),
        &dangling.display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{stderr}");
    assert!(
        lines[0].starts_with(&format!("{}:5:", broken.display())),
        "{stderr}"
    );
    assert!(
        lines[0].contains("expected text in double quotes"),
        "{stderr}"
    );
    assert!(
        lines[1].starts_with(&format!("{}:5:13: ", dangling.display())),
        "{stderr}"
    );
    assert!(lines[1].contains("persona 9"), "{stderr}");
    assert!(text(&out.stdout).contains("train_trip.ron: ok"));
}

#[test]
fn check_reports_unreadable_and_newer_files() {
    let dir = tempfile::tempdir().unwrap();
    let newer = dir.path().join("newer.ron");
    std::fs::write(&newer, "(format_version: 99, project: ())").unwrap();
    let out = journeymap(&["check", "/no/such/file.ron", &newer.display().to_string()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("/no/such/file.ron:1:1: cannot read the file"),
        "{stderr}"
    );
    assert!(
        stderr.contains("newer.ron:1:1: the file was written by a newer journeymap"),
        "{stderr}"
    );
}

#[test]
fn help_and_version() {
    let out = journeymap(&["--help"]);
    assert!(out.status.success());
    let help = text(&out.stdout);
    assert!(help.contains("check") && help.contains("[FILE]"), "{help}");
    let out = journeymap(&["--version"]);
    assert!(out.status.success());
    assert_eq!(
        text(&out.stdout).trim(),
        format!("journeymap {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn usage_errors_exit_with_2() {
    for args in [
        &["check"][..],
        &["frobnicate", "x", "y"][..],
        &["--no-such-flag"][..],
    ] {
        let out = journeymap(args);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert!(!out.stderr.is_empty());
    }
}

fn data(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn stats_summarise_a_survey_by_segment_with_missing_codes() {
    let file = data("airline_sample.csv");
    let out = journeymap(&[
        "stats",
        &file,
        "--by",
        "Type of Travel",
        "--missing",
        "Online Boarding=0",
        "--format",
        "csv",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let csv = text(&out.stdout);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "segment,column,n,mean,ci_low,ci_high,nps");
    // The identifier column is not a measure.
    assert!(!csv.contains(",ID,"), "{csv}");
    // Every segment: all rows, then each value of the column.
    for segment in ["All", "Business", "Personal"] {
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with(&format!("{segment},Online Boarding,"))),
            "{csv}"
        );
    }
    // The zeros of Online Boarding are not answers; those of Gate Location are.
    let raw = std::fs::read_to_string(&file).unwrap();
    let rows: Vec<Vec<&str>> = raw
        .lines()
        .skip(1)
        .map(|l| l.split(',').collect())
        .collect();
    let boarding = 12;
    let answered = rows.iter().filter(|r| r[boarding] != "0").count();
    let line = lines
        .iter()
        .find(|l| l.starts_with("All,Online Boarding,"))
        .unwrap();
    let n: usize = line.split(',').nth(2).unwrap().parse().unwrap();
    assert_eq!(n, answered);
    assert!(answered < rows.len(), "the sample has zeros to leave out");
}

#[test]
fn stats_give_nps_for_0_to_10_columns_in_any_encoding() {
    let out = journeymap(&[
        "stats",
        &data("nps_latin1.csv"),
        "--by",
        "Région",
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let items: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let items = items.as_array().unwrap();
    let provence = items
        .iter()
        .find(|i| i["segment"] == "Provence")
        .expect("the Latin-1 segment name was read");
    // Provence answers 6,5,4,9,10,7 in turn: 2 promoters and 3 detractors in 6.
    let nps = provence["nps"]["score"].as_f64().unwrap();
    assert!((nps - -50.0).abs() < 1e-9, "{nps}");
    assert_eq!(provence["n"], 20);
    let table = journeymap(&["stats", &data("nps_latin1.csv")]);
    let table = text(&table.stdout);
    assert!(table.starts_with("Segment"), "{table}");
    assert!(table.contains("NPS"), "{table}");
}

#[test]
fn stats_read_spreadsheets() {
    let out = journeymap(&[
        "stats",
        &data("survey.xlsx"),
        "--by",
        "Segment",
        "--missing",
        "Check-in (1-5)=0",
        "--format",
        "csv",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let csv = text(&out.stdout);
    // Four answers (the 0 is none): 4, 2, 5, 3.
    assert!(csv.contains("All,Check-in (1-5),4,3.5000,"), "{csv}");
    // NPS of 9, 6, 10, 7, 8: 40% promoters - 20% detractors.
    assert!(csv.contains("All,Likely to recommend,5,8.0000,"), "{csv}");
    assert!(
        csv.lines()
            .any(|l| l.starts_with("All,Likely to recommend") && l.ends_with(",20.00")),
        "{csv}"
    );
}

#[test]
fn stats_errors_say_what_is_wrong_and_exit_with_1() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.csv");
    std::fs::write(&empty, "").unwrap();
    let binary = dir.path().join("data.csv");
    std::fs::write(&binary, b"PK\x03\x04\x00\x00\x00binary").unwrap();
    std::fs::write(binary.with_extension("xlsx"), b"not a workbook").unwrap();
    let cases: [(Vec<String>, &str); 5] = [
        (vec!["/no/such/survey.csv".into()], "cannot read the file"),
        (vec![empty.display().to_string()], "the file is empty"),
        (
            vec![binary.display().to_string()],
            "this is not a text file",
        ),
        (
            vec![data("airline_sample.csv"), "--by".into(), "Colour".into()],
            "has no column “Colour”; its columns are: ID, Gender, Age",
        ),
        (
            vec![binary.with_extension("xlsx").display().to_string()],
            "the spreadsheet cannot be read",
        ),
    ];
    for (args, expected) in cases {
        let mut all = vec!["stats"];
        all.extend(args.iter().map(String::as_str));
        let out = journeymap(&all);
        assert_eq!(out.status.code(), Some(1), "{all:?}");
        let err = text(&out.stderr);
        assert!(err.contains(expected), "{all:?}: {err}");
    }
}

#[test]
fn import_adds_data_to_a_project_or_refuses_rows_that_do_not_fit() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("station.ron");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/service_station.ron"),
        &project,
    )
    .unwrap();
    let before = std::fs::read(&project).unwrap();
    let p = project.display().to_string();

    // Rows with problems: listed by line, and nothing written.
    let out = journeymap(&["import", &p, &data("survey_problems.csv")]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("survey_problems.csv:4: “five” in “Booking (1-5)” is not a number"),
        "{err}"
    );
    assert!(
        err.contains("survey_problems.csv:5: 3 fields where the header has 4"),
        "{err}"
    );
    assert!(err.contains("--skip-bad-rows"), "{err}");
    assert_eq!(
        std::fs::read(&project).unwrap(),
        before,
        "the project was not touched"
    );

    // Skipped on request.
    let out = journeymap(&[
        "import",
        &p,
        &data("survey_problems.csv"),
        "--skip-bad-rows",
        "--name",
        "Booking survey",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(said.contains("imported 5 rows"), "{said}");
    assert!(
        said.contains("2 rows with problems were left out"),
        "{said}"
    );
    let loaded = journeymap::io::load(&project).unwrap();
    let d = loaded.project.datasets.last().unwrap();
    assert_eq!(d.name, "Booking survey");
    assert_eq!(d.rows.len(), 5);
    assert!(journeymap::io::backup_path(&project).exists());

    // A clean file named from the working folder, with a missing code for one column.
    let out = journeymap(&[
        "import",
        &p,
        "tests/data/airline_sample.csv",
        "--missing",
        "Arrival Delay=",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let loaded = journeymap::io::load(&project).unwrap();
    assert_eq!(loaded.project.datasets.len(), 2);
    assert_eq!(loaded.project.datasets[1].rows.len(), 400);
    // Stored so that a refresh finds it from anywhere: absolute, or (where the
    // project sits near the data, as a temporary folder may) from the project's folder.
    let stored = Path::new(&loaded.project.datasets[1].source.path);
    let source = if stored.is_absolute() {
        stored.to_path_buf()
    } else {
        project.parent().unwrap().join(stored)
    };
    assert!(source.is_file(), "{}", stored.display());
    assert!(loaded.problems.is_empty());
}

/// A survey of 120 answers on a 1-5 scale (and a segment) with one stray `9` on
/// line 50.
fn survey_with_a_stray(dir: &Path) -> std::path::PathBuf {
    use std::fmt::Write as _;
    let mut csv = String::from("Respondent,Travel,Seat comfort\n");
    for i in 1..=120 {
        let seat = if i == 49 { 9 } else { i % 5 + 1 };
        let travel = if i % 3 == 0 { "Personal" } else { "Business" };
        writeln!(csv, "{i},{travel},{seat}").unwrap();
    }
    let path = dir.join("seats.csv");
    std::fs::write(&path, csv).unwrap();
    path
}

#[test]
fn stats_and_import_take_a_stray_value_for_a_slip_not_another_scale() {
    let dir = tempfile::tempdir().unwrap();
    let file = survey_with_a_stray(dir.path());
    let f = file.display().to_string();

    // stats: a 1-5 column, the 9 not counted (it was read as 0-10: an NPS of -98).
    let out = journeymap(&["stats", &f, "--by", "Travel", "--format", "json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let items: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let all = items
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["segment"] == "All" && i["column"] == "Seat comfort")
        .unwrap();
    assert_eq!(all["n"], 119);
    assert!(all["nps"].is_null(), "{all}");
    // 1..5 in turn, 24 of each, but respondent 49 (a 5) answered 9.
    let mean = all["mean"].as_f64().unwrap();
    assert!((mean - 355.0 / 119.0).abs() < 1e-9, "{mean}");
    let err = text(&out.stderr);
    assert!(
        err.contains("seats.csv:50: 9 in “Seat comfort” is outside the 1–5 scale; not counted"),
        "{err}"
    );
    let table = journeymap(&["stats", &f]);
    let table = text(&table.stdout);
    assert!(!table.contains("-98"), "{table}");
    assert!(
        table.contains("120 rows; 1 value that does not fit its column was not counted"),
        "{table}"
    );

    // import: the row is listed by line; nothing is written unless it is skipped.
    let project = dir.path().join("station.ron");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/service_station.ron"),
        &project,
    )
    .unwrap();
    let p = project.display().to_string();
    let before = std::fs::read(&project).unwrap();
    let out = journeymap(&["import", &p, &f]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("seats.csv:50: 9 in “Seat comfort” is outside the 1–5 scale"),
        "{err}"
    );
    assert!(
        err.contains("1 row of") && err.contains("cannot be imported as it is"),
        "{err}"
    );
    assert_eq!(std::fs::read(&project).unwrap(), before);
    let out = journeymap(&["import", &p, &f, "--skip-bad-rows"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let loaded = journeymap::io::load(&project).unwrap();
    let d = loaded.project.datasets.last().unwrap();
    assert_eq!(d.rows.len(), 119);
    let (_, seat) = d.column("Seat comfort").unwrap();
    assert_eq!(seat.scale, Some(journeymap::model::Scale::ONE_TO_FIVE));
    // The data sits beside the project: named from the project's folder.
    assert_eq!(d.source.path, "seats.csv");
}

/// With `LANG=fr_FR.UTF-8` the table and the messages are French, numbers written the
/// French way; CSV and JSON stay as machines read them.
#[test]
fn the_table_and_messages_follow_lang_and_csv_does_not() {
    let file = data("airline_sample.csv");
    let table = journeymap_in("fr_FR.UTF-8", &["stats", &file]);
    assert!(table.status.success(), "{}", text(&table.stderr));
    let table = text(&table.stdout);
    let header = table.lines().next().unwrap();
    for word in ["Segment", "Colonne", "Moyenne", "IC 95\u{a0}%"] {
        assert!(header.contains(word), "{header}");
    }
    // A mean such as 41,23 with a decimal comma (and 1 157,71 grouped), and the
    // count of rows in French.
    let means: Vec<&str> = table
        .lines()
        .skip(1)
        .filter_map(|l| {
            l.split("  ")
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .nth(3)
        })
        .collect();
    assert!(
        !means.is_empty() && means.iter().all(|m| m.contains(',') && !m.contains('.')),
        "{table}"
    );
    assert!(table.contains("1\u{202f}157,71"), "{table}");
    assert!(table.contains(" lignes"), "{table}");
    let csv = journeymap_in("fr_FR.UTF-8", &["stats", &file, "--format", "csv"]);
    let csv = text(&csv.stdout);
    assert!(
        csv.starts_with("segment,column,n,mean,ci_low,ci_high,nps"),
        "{csv}"
    );
    assert!(csv.lines().nth(1).is_some_and(|l| l.contains('.')), "{csv}");
    // The segment of every row: a word of the table, a key of CSV.
    assert!(
        table.lines().nth(1).is_some_and(|l| l.starts_with("Tous ")),
        "{table}"
    );
    assert!(
        csv.lines().nth(1).is_some_and(|l| l.starts_with("All,")),
        "{csv}"
    );

    // A count of answers past a thousand is grouped in the table, not in CSV.
    let dir = tempfile::tempdir().unwrap();
    let many = dir.path().join("many.csv");
    let answers: String = (0..1234)
        .map(|i| ["1\n", "2\n", "3\n", "4\n", "5\n"][i % 5])
        .collect();
    std::fs::write(&many, format!("score\n{answers}")).unwrap();
    let many = many.to_str().unwrap();
    for (lang, n) in [("fr_FR.UTF-8", "1\u{202f}234"), ("es_ES.UTF-8", "1.234")] {
        let table = text(&journeymap_in(lang, &["stats", many]).stdout);
        assert!(table.contains(&format!(" {n} ")), "{table}");
    }
    let csv = text(&journeymap_in("fr_FR.UTF-8", &["stats", many, "--format", "csv"]).stdout);
    assert!(csv.contains(",1234,"), "{csv}");

    // The help and clap's usage errors follow LANG too.
    let help = journeymap_in("fr_FR.UTF-8", &["export", "--help"]);
    assert!(help.status.success());
    let help = text(&help.stdout);
    assert!(
        help.contains(
            "Utilisation\u{a0}: journeymap export [OPTIONS] --output <SORTIE.png|svg|pdf>"
        ) && help.contains("Largeur en pixels")
            && !help.contains("Usage"),
        "{help}"
    );
    let typo = journeymap_in("es_ES.UTF-8", &["stats", "x.csv", "--formt", "csv"]);
    assert_eq!(typo.status.code(), Some(2));
    let typo = text(&typo.stderr);
    assert!(
        typo.contains("error: argumento inesperado «--formt»")
            && typo.contains("¿querías decir --format?")
            && typo.contains("Uso: journeymap stats [OPCIONES]"),
        "{typo}"
    );

    let check = journeymap_in("es_ES.UTF-8", &["check", "saves/retail.ron"]);
    assert!(
        text(&check.stdout).contains(": válido ("),
        "{}",
        text(&check.stdout)
    );
    let refused = journeymap_in(
        "fr_FR.UTF-8",
        &[
            "export",
            "saves/retail.ron",
            "-o",
            "x.png",
            "--theme",
            "sepia",
        ],
    );
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        text(&refused.stderr).contains("«\u{a0}sepia\u{a0}» n’est pas un thème"),
        "{}",
        text(&refused.stderr)
    );
}
