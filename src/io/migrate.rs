//! Upgrading project files written in older format versions.
//!
//! Each retired format version `N` gets one [`Migration`] that turns the text of a
//! version-`N` file into the text of a version-`N + 1` file. A step usually reads the
//! old file into a few types that describe only what changed, keeping everything else
//! as raw RON (`ron::value::RawValue`), and writes the new shape back. The steps run
//! in a chain until the current [`super::FORMAT_VERSION`] is reached.
//!
//! Format version 1 is the first released format, so the production chain is empty;
//! the chain itself is exercised by the tests with a test-only step.

/// Turns the text of a file of version `from` into the text of version `from + 1`.
#[derive(Clone, Copy, Debug)]
pub struct Migration {
    pub from: u32,
    pub step: fn(&str) -> Result<String, String>,
}

/// The migrations this build knows, oldest first.
pub const MIGRATIONS: &[Migration] = &[];

/// Runs the steps from version `found` to `target` over `text`.
pub fn run(
    text: &str,
    found: u32,
    target: u32,
    migrations: &[Migration],
) -> Result<String, String> {
    let mut text = text.to_owned();
    for version in found..target {
        let step = migrations
            .iter()
            .find(|m| m.from == version)
            .ok_or_else(|| {
                crate::t!(
                    "msg-upgrade-missing-step",
                    version = version.to_string(),
                    target = target.to_string()
                )
            })?;
        text = (step.step)(&text).map_err(|message| {
            crate::t!(
                "msg-upgrade-step-failed",
                version = version.to_string(),
                message = message
            )
        })?;
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::project_file::upgrade_with;
    use ron::value::RawValue;
    use serde::{Deserialize, Serialize};

    // A made-up format 0 in which a project had a `title` instead of a `name`, and
    // journeys were called `maps`. Everything else is carried over untouched.
    #[derive(Deserialize)]
    struct V0File {
        project: V0Project,
    }

    #[derive(Deserialize)]
    struct V0Project {
        title: String,
        maps: Box<RawValue>,
        personas: Box<RawValue>,
    }

    #[derive(Serialize)]
    struct V1File {
        format_version: u32,
        project: V1Project,
    }

    #[derive(Serialize)]
    struct V1Project {
        name: String,
        journeys: Box<RawValue>,
        personas: Box<RawValue>,
    }

    fn v0_to_v1(text: &str) -> Result<String, String> {
        let old: V0File = ron::from_str(text).map_err(|e| e.to_string())?;
        let new = V1File {
            format_version: 1,
            project: V1Project {
                name: old.project.title,
                journeys: old.project.maps,
                personas: old.project.personas,
            },
        };
        ron::to_string(&new).map_err(|e| e.to_string())
    }

    const TEST_CHAIN: &[Migration] = &[Migration {
        from: 0,
        step: v0_to_v1,
    }];

    #[test]
    fn an_old_file_is_upgraded_through_the_chain() {
        let v0 = r#"(format_version: 0, project: (
            title: "Old project",
            personas: [(id: 1, name: "Ann", segment: "Driver", validation: Validated)],
            maps: [(id: 2, name: "Fuel", personas: [1], stages: [(id: 3, name: "Pay", phase: During)],
                    lanes: [(id: 4, name: "Touchpoints", kind: Touchpoints)],
                    cards: [(id: 5, stage: 3, lane: 4, title: "Pump", channel: Custom("Pump"))])],
        ))"#;
        let project = upgrade_with(v0, 0, 1, TEST_CHAIN).unwrap();
        assert_eq!(project.name, "Old project");
        assert_eq!(project.personas[0].name, "Ann");
        let card = &project.journeys[0].cards[0];
        assert_eq!(card.title, "Pump");
        assert_eq!(
            card.channel,
            Some(crate::model::Channel::Custom("Pump".into()))
        );
    }

    #[test]
    fn a_missing_step_is_reported() {
        let err = run("()", 1, 2, TEST_CHAIN).unwrap_err();
        assert!(err.contains("no upgrade from format version 1"), "{err}");
    }

    #[test]
    fn a_failing_step_names_its_version() {
        let err = upgrade_with("(project: (maps: []))", 0, 1, TEST_CHAIN).unwrap_err();
        assert!(err.contains("upgrading from format version 0"), "{err}");
    }

    #[test]
    fn reading_an_old_file_upgrades_it_and_says_so() {
        let v0 = r#"(format_version: 0, project: (
            title: "Old",
            personas: [],
            maps: [(id: 2, name: "Fuel", personas: [7])],
        ))"#;
        let path = std::path::Path::new("old.ron");
        let loaded = crate::io::from_ron_str_with(v0, path, 1, TEST_CHAIN).unwrap();
        assert_eq!(loaded.upgraded_from, Some(0));
        assert_eq!(loaded.project.name, "Old");
        // Repairs still run on upgraded files, and point into the original text.
        assert_eq!(loaded.problems.len(), 1);
        assert_eq!(loaded.problems[0].line, 4);
        // A reader without the step refuses the file, naming the version.
        let err = crate::io::from_ron_str_with(v0, path, 1, &[]).unwrap_err();
        assert!(err.to_string().contains("format version 0"), "{err}");
        // Files of the current version do not go through the chain.
        let v1 = r#"(format_version: 1, project: (name: "New"))"#;
        let loaded = crate::io::from_ron_str_with(v1, path, 1, TEST_CHAIN).unwrap();
        assert_eq!(loaded.upgraded_from, None);
    }
}
