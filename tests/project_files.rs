//! Project files: round trips, stable output, and every kind of bad file refused with
//! a precise message.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly where it cannot go on"
)]

use std::path::Path;

use journeymap::io::{self, LoadError, from_ron_str, load, save, to_ron_string};
use journeymap::model::{Project, synthetic};

fn parse(text: &str) -> Result<io::Loaded, LoadError> {
    from_ron_str(text, Path::new("test.ron"))
}

fn valid_text() -> String {
    to_ron_string(&synthetic::project(30)).unwrap()
}

#[test]
fn a_project_saves_and_loads_back_equal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let project = synthetic::project(500);
    save(&path, &project).unwrap();
    let loaded = load(&path).unwrap();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(loaded.project, project);
}

#[test]
fn output_is_stable_and_starts_with_the_version() {
    let project = synthetic::project(200);
    let a = to_ron_string(&project).unwrap();
    let b = to_ron_string(&parse(&a).unwrap().project).unwrap();
    assert_eq!(a, b, "saving a loaded file must give the same text");
    let first_lines: Vec<&str> = a.lines().take(3).collect();
    assert_eq!(
        first_lines,
        ["#![enable(implicit_some)]", "(", "    format_version: 1,"]
    );
    assert!(a.ends_with(")\n"));
}

#[test]
fn saving_keeps_the_previous_file_as_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let first = synthetic::project(10);
    let mut second = first.clone();
    second.name = "Second".into();
    save(&path, &first).unwrap();
    assert!(!io::backup_path(&path).exists());
    save(&path, &second).unwrap();
    assert_eq!(load(&path).unwrap().project, second);
    assert_eq!(load(&io::backup_path(&path)).unwrap().project, first);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn saving_into_a_missing_folder_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no/such/folder/p.ron");
    let err = save(&path, &Project::new("x")).unwrap_err();
    let message = err.user_message();
    assert!(
        message.contains("could not create a temporary file"),
        "{message}"
    );
    assert!(message.ends_with("p.ron"), "{message}");
}

/// Asserts that `text` is refused with a message containing `needle` at `line`.
fn refused(text: &str, line: usize, needle: &str) -> LoadError {
    let err = parse(text)
        .err()
        .unwrap_or_else(|| panic!("accepted: {text:.200}"));
    let message = err.to_string();
    assert!(
        message.to_lowercase().contains(&needle.to_lowercase()),
        "message {message:?} lacks {needle:?}"
    );
    if line > 0 {
        assert_eq!(
            err.position().map(|p| p.0),
            Some(line),
            "{}",
            err.compiler_line()
        );
    }
    let compiler = err.compiler_line();
    assert!(compiler.starts_with("test.ron:"), "{compiler}");
    err
}

#[test]
fn an_empty_file_is_refused() {
    refused("", 0, "the file is empty");
    refused("  \n\n ", 0, "the file is empty");
}

#[test]
fn a_truncated_file_is_refused_at_its_end() {
    let text = valid_text();
    let cut = &text[..text.len() / 2];
    let err = refused(cut, 0, "the file ends too early");
    let (line, _) = err.position().unwrap();
    let last_line = cut.lines().count();
    assert!(
        line + 1 >= last_line,
        "error at line {line}, file ends at {last_line}"
    );
}

#[test]
fn a_file_that_is_not_utf8_is_refused_with_its_position() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("binary.ron");
    let mut bytes = b"(\n    format_version: 1,\n    project: (name: \"ab".to_vec();
    bytes.extend_from_slice(&[0xff, 0xfe, 0x00]);
    std::fs::write(&path, bytes).unwrap();
    let err = load(&path).unwrap_err();
    assert!(
        matches!(
            err,
            LoadError::NotUtf8 {
                line: 3,
                col: 24,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains("not text"));
}

#[test]
fn a_value_of_the_wrong_type_is_refused_where_it_is() {
    let text = "(\n    format_version: 1,\n    project: (\n        name: 42,\n    ),\n)";
    let err = refused(text, 4, "expected");
    assert!(err.to_string().contains("text in double quotes"), "{err}");
}

#[test]
fn an_unknown_variant_is_refused_and_the_choices_are_named() {
    let text = valid_text().replacen("phase: Before", "phase: Befor", 1);
    let line = text
        .lines()
        .position(|l| l.contains("phase: Befor"))
        .unwrap()
        + 1;
    let err = refused(&text, line, "Befor");
    assert!(err.to_string().contains("During"), "{err}");
}

#[test]
fn an_unknown_field_is_refused() {
    let text = valid_text().replacen("goal:", "gaol:", 1);
    let line = text.lines().position(|l| l.contains("gaol:")).unwrap() + 1;
    refused(&text, line, "gaol");
}

#[test]
fn a_file_from_a_newer_version_is_refused_saying_so() {
    let text = valid_text().replacen("format_version: 1", "format_version: 7", 1);
    let err = refused(&text, 0, "newer journeymap");
    assert!(matches!(
        err,
        LoadError::NewerVersion {
            found: 7,
            supported: 1,
            ..
        }
    ));
    // Even when the newer format has fields this version does not know.
    let text = "(format_version: 9, project: (hologram: true))";
    assert!(matches!(
        parse(text),
        Err(LoadError::NewerVersion { found: 9, .. })
    ));
}

#[test]
fn a_file_without_a_version_is_refused() {
    refused("(project: (name: \"x\"))", 0, "no format_version");
}

#[test]
fn a_file_of_an_unknown_older_version_is_refused() {
    let text = valid_text().replacen("format_version: 1", "format_version: 0", 1);
    refused(&text, 0, "no upgrade from format version 0");
}

#[test]
fn nesting_thousands_deep_is_refused_without_overflowing_the_stack() {
    let depth = 100_000;
    let nested = |open: &str, close: &str| format!("{}{}", open.repeat(depth), close.repeat(depth));
    // Where the model expects a value, and in a field only the version probe reads.
    for text in [
        format!(
            "(format_version: 1, project: (name: \"x\", personas: {}))",
            nested("[", "]")
        ),
        format!(
            "(format_version: 1, project: (name: \"x\"), extra: {})",
            nested("[", "]")
        ),
        format!("(format_version: 1, extra: {})", nested("(", ")")),
        format!("({}", "(".repeat(depth)),
    ] {
        let err = refused(&text, 1, "");
        assert!(
            err.compiler_line().starts_with("test.ron:1:"),
            "{}",
            err.compiler_line()
        );
    }
}

#[test]
fn dangling_references_are_repaired_and_reported_at_their_item() {
    let mut project = synthetic::project(20);
    let persona = project.personas.remove(0).id;
    let text = to_ron_string(&project).unwrap();
    let loaded = parse(&text).unwrap();
    assert!(!loaded.problems.is_empty());
    for problem in &loaded.problems {
        assert!(
            problem
                .message
                .shown()
                .contains(&format!("persona {persona}")),
            "{problem:?}"
        );
        // The line points at the item holding the reference.
        let line = text.lines().nth(problem.line - 1).unwrap();
        assert!(
            line.trim_start().starts_with("id:"),
            "{problem:?} -> {line}"
        );
    }
    let repaired = loaded.project;
    assert!(repaired.journeys[0].personas.iter().all(|p| *p != persona));
    assert!(
        repaired.journeys[0]
            .cards
            .iter()
            .all(|c| !c.personas.contains(&persona))
    );
}

#[test]
fn a_missing_file_says_which_in_plain_words() {
    let err = load(Path::new("/nonexistent/folder/x.ron")).unwrap_err();
    assert!(
        err.user_message().ends_with("/nonexistent/folder/x.ron"),
        "{}",
        err.user_message()
    );
    assert_eq!(
        err.to_string(),
        "cannot read the file: there is no such file or folder"
    );
}

#[test]
fn a_folder_or_a_device_is_not_read() {
    let dir = tempfile::tempdir().unwrap();
    for path in [dir.path(), Path::new("/dev/zero")] {
        let err = load(path).unwrap_err();
        assert!(
            matches!(err, LoadError::NotAFile { .. }),
            "{}: {err:?}",
            path.display()
        );
    }
}

#[test]
fn the_project_file_name_is_not_shown_as_a_rust_type() {
    let err = parse("[1, 2]").unwrap_err();
    assert!(err.to_string().contains("the project file"), "{err}");
    assert!(!err.to_string().contains("JourneymapProject"), "{err}");
}

#[cfg(unix)]
#[test]
fn saving_keeps_links_and_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.ron");
    let link = dir.path().join("link.ron");
    save(&real, &synthetic::project(5)).unwrap();
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).unwrap();
    std::os::unix::fs::symlink(&real, &link).unwrap();

    let mut changed = synthetic::project(5);
    changed.name = "Through the link".into();
    save(&link, &changed).unwrap();
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(load(&real).unwrap().project, changed);
    let mode = std::fs::metadata(&real).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
}

#[test]
fn hand_written_files_may_omit_defaults_and_some() {
    let text = r#"(
        format_version: 1,
        project: (
            name: "Hand made",
            personas: [(id: 1, name: "Ann")],
            journeys: [(
                id: 2, name: "Visit", personas: [1],
                stages: [(id: 3, name: "Arrive")],
                lanes: [(id: 4, name: "Touchpoints", kind: Touchpoints)],
                cards: [(id: 5, stage: 3, lane: 4, title: "Door", channel: Store,
                         emotion: (valence: 2, feeling: Happy), effort: 1)],
            )],
        ),
    )"#;
    let loaded = parse(text).unwrap();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let card = &loaded.project.journeys[0].cards[0];
    assert_eq!(card.channel, Some(journeymap::model::Channel::Store));
    assert_eq!(card.emotion.as_ref().map(|e| e.valence), Some(2));
}

#[test]
fn data_sources_near_the_project_are_named_from_its_folder_wherever_it_is_saved() {
    use journeymap::document::Document;
    use journeymap::model::{Dataset, DatasetId};

    let dir = tempfile::tempdir().unwrap();
    let root = journeymap::io::data_source::normalize(dir.path());
    std::fs::create_dir_all(root.join("maps/2027")).unwrap();
    let mut project = synthetic::project(10);
    project.datasets.push(Dataset {
        id: DatasetId(900_000),
        name: "Survey".into(),
        ..Dataset::default()
    });
    project.datasets[0].source.path = "../data/survey.csv".into();
    let first = root.join("maps/trip.ron");
    save(&first, &project).unwrap();

    // Opened from any working folder, the source is found from the project's.
    let mut doc = Document::open(&first).unwrap();
    let source = &doc.project().datasets[0].source.path;
    assert_eq!(Path::new(source), root.join("data/survey.csv"));
    assert!(!doc.is_dirty());

    // Saved elsewhere, it is named from there; far away, by its whole path.
    let written = |path: &Path| load(path).unwrap().project.datasets[0].source.path.clone();
    doc.save_as(&root.join("maps/2027/trip.ron")).unwrap();
    assert_eq!(
        written(&root.join("maps/2027/trip.ron")),
        "../../data/survey.csv"
    );
    doc.save_as(&root.join("trip.ron")).unwrap();
    assert_eq!(written(&root.join("trip.ron")), "data/survey.csv");
    let far = tempfile::tempdir().unwrap();
    let far = journeymap::io::data_source::normalize(far.path()).join("a/b/c");
    std::fs::create_dir_all(&far).unwrap();
    doc.save_as(&far.join("trip.ron")).unwrap();
    assert_eq!(
        Path::new(&written(&far.join("trip.ron"))),
        root.join("data/survey.csv")
    );
    // What is open keeps the absolute path.
    assert_eq!(
        Path::new(&doc.project().datasets[0].source.path),
        root.join("data/survey.csv")
    );
}

/// A lane that bears only its kind's name is stored as a key: a map written in a
/// French window reads in Spanish in a Spanish one. Names the team gave stay as
/// typed.
#[test]
fn built_in_lane_names_read_in_the_language_shown() {
    use journeymap::i18n::{Lang, scoped};
    use journeymap::model::LaneKind;
    let mut project = synthetic::project(30);
    let lanes = &mut project.journeys[0].lanes;
    lanes[0].kind = LaneKind::Touchpoints;
    lanes[0].name = "Points de contact".into();
    lanes[1].kind = LaneKind::PainPoints;
    lanes[1].name = "Nos irritants en caisse".into();
    lanes[2].kind = LaneKind::Emotions;
    lanes[2].name = " EMOTIONS ".into();
    let loaded = parse(&to_ron_string(&project).unwrap()).unwrap();
    let lanes = &loaded.project.journeys[0].lanes;
    assert_eq!((lanes[0].name.as_str(), lanes[2].name.as_str()), ("", ""));
    let titles = |lang| {
        let _in = scoped(lang);
        lanes[..3]
            .iter()
            .map(|l| l.title().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        titles(Lang::Es),
        ["Puntos de contacto", "Nos irritants en caisse", "Emociones"]
    );
    assert_eq!(
        titles(Lang::En),
        ["Touchpoints", "Nos irritants en caisse", "Emotions"]
    );
    // Saved again, the key stays a key.
    let again = to_ron_string(&loaded.project).unwrap();
    assert!(!again.contains("Points de contact"));
}
