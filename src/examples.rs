//! Example projects shipped inside the binary (the files in `saves/`), used as the
//! project shown on first start and as templates for new projects and journeys.

use std::path::Path;

use crate::i18n::Lang;
use crate::io::{self, LoadError};
use crate::model::{IdGen, Journey, Lane, LaneKind, Phase, Project, Stage};
use crate::t;

#[derive(Clone, Copy, Debug)]
pub struct Example {
    /// The message ids of its name and of what it shows (the domain catalogue).
    title: &'static str,
    summary: &'static str,
    pub file_name: &'static str,
    /// The project in each language, in the order of [`Lang::ALL`]: the same map,
    /// its words translated (customer data stays as the customers gave it).
    texts: [&'static str; 3],
}

/// An example's file in English (`saves/`), French (`saves/fr/`) and Spanish
/// (`saves/es/`).
macro_rules! texts {
    ($file:literal) => {
        [
            include_str!(concat!("../saves/", $file)),
            include_str!(concat!("../saves/fr/", $file)),
            include_str!(concat!("../saves/es/", $file)),
        ]
    };
}

pub const EXAMPLES: [Example; 8] = [
    Example {
        title: "example-service-station",
        summary: "example-service-station-summary",
        file_name: "service_station.ron",
        texts: texts!("service_station.ron"),
    },
    Example {
        title: "example-b2b",
        summary: "example-b2b-summary",
        file_name: "b2b_software.ron",
        texts: texts!("b2b_software.ron"),
    },
    Example {
        title: "example-train",
        summary: "example-train-summary",
        file_name: "train_trip.ron",
        texts: texts!("train_trip.ron"),
    },
    Example {
        title: "example-airline",
        summary: "example-airline-summary",
        file_name: "airline.ron",
        texts: texts!("airline.ron"),
    },
    Example {
        title: "example-retail",
        summary: "example-retail-summary",
        file_name: "retail.ron",
        texts: texts!("retail.ron"),
    },
    Example {
        title: "example-bank-loan",
        summary: "example-bank-loan-summary",
        file_name: "bank_loan.ron",
        texts: texts!("bank_loan.ron"),
    },
    Example {
        title: "example-returns",
        summary: "example-returns-summary",
        file_name: "ecommerce_returns.ron",
        texts: texts!("ecommerce_returns.ron"),
    },
    Example {
        title: "example-blueprint",
        summary: "example-blueprint-summary",
        file_name: "service_blueprint.ron",
        texts: texts!("service_blueprint.ron"),
    },
];

/// The order of the template gallery: the brief's set first (B2C retail, B2B
/// software, service station, train travel, bank loan, e-commerce returns, service
/// blueprint), then the airline with its survey data. Indexes into [`EXAMPLES`].
pub const GALLERY_ORDER: [usize; 8] = [4, 1, 0, 2, 5, 6, 7, 3];

impl Example {
    /// Its name, in the language shown.
    pub fn title(&self) -> &'static str {
        crate::i18n::tr(self.title)
    }

    /// What it shows, in the language shown.
    pub fn summary(&self) -> &'static str {
        crate::i18n::tr(self.summary)
    }

    /// The example's project, in the language shown.
    pub fn project(&self) -> Result<Project, LoadError> {
        self.project_in(crate::i18n::lang())
    }

    /// The example's project in `lang`.
    pub fn project_in(&self, lang: Lang) -> Result<Project, LoadError> {
        io::from_ron_str(self.text_in(lang), Path::new(self.file_name)).map(|loaded| loaded.project)
    }

    /// The project file's text in `lang`.
    pub fn text_in(&self, lang: Lang) -> &'static str {
        self.texts[lang as usize]
    }
}

/// A new project: one journey with the usual stages and lanes, ready to fill.
pub fn blank_project() -> Project {
    let mut ids = IdGen::default();
    let mut journey = Journey {
        id: ids.fresh(),
        name: t!("example-new-journey").to_owned(),
        ..Journey::default()
    };
    for (name, phase) in [
        (t!("example-stage-awareness"), Phase::Before),
        (t!("example-stage-consideration"), Phase::Before),
        (t!("example-stage-purchase"), Phase::During),
        (t!("example-stage-use"), Phase::After),
        (t!("example-stage-loyalty"), Phase::After),
    ] {
        journey.stages.push(Stage::new(ids.fresh(), name, phase));
    }
    for kind in [
        LaneKind::Actions,
        LaneKind::Touchpoints,
        LaneKind::Thoughts,
        LaneKind::Emotions,
        LaneKind::PainPoints,
        LaneKind::Opportunities,
        LaneKind::Backstage,
    ] {
        journey.lanes.push(Lane::new(ids.fresh(), "", kind));
    }
    let mut project = Project::new(t!("example-untitled-project"));
    project.journeys.push(journey);
    project
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::integrity;

    #[test]
    fn every_example_loads_without_problems_in_every_language() {
        for example in EXAMPLES {
            for lang in Lang::ALL {
                let loaded =
                    io::from_ron_str(example.text_in(lang), Path::new(example.file_name)).unwrap();
                assert!(
                    loaded.problems.is_empty(),
                    "{} ({lang:?}): {:?}",
                    example.file_name,
                    loaded.problems
                );
                assert!(!loaded.project.journeys.is_empty());
            }
        }
    }

    /// A translated example is the same map: the same journeys, stages, lanes,
    /// cards, personas and hypotheses, with the same ids; only the words differ.
    #[test]
    fn translations_are_the_same_map() {
        fn shape(p: &Project) -> Vec<String> {
            let mut out = vec![format!(
                "{} personas, {} hypotheses, {} datasets",
                p.personas.len(),
                p.hypotheses.len(),
                p.datasets.len()
            )];
            for j in &p.journeys {
                out.push(format!("journey {:?}", j.id));
                out.extend(
                    j.stages
                        .iter()
                        .map(|s| format!("stage {:?} {:?}", s.id, s.phase)),
                );
                out.extend(
                    j.lanes
                        .iter()
                        .map(|l| format!("lane {:?} {:?}", l.id, l.kind)),
                );
                out.extend(
                    j.cards
                        .iter()
                        .map(|c| format!("card {:?} {:?} {:?}", c.id, c.stage, c.lane)),
                );
            }
            out
        }
        for example in EXAMPLES {
            let english = example.project_in(Lang::En).unwrap();
            for lang in [Lang::Fr, Lang::Es] {
                let translated = example.project_in(lang).unwrap();
                assert_eq!(
                    shape(&translated),
                    shape(&english),
                    "{} ({lang:?})",
                    example.file_name
                );
                assert_ne!(
                    translated.journeys[0].name, english.journeys[0].name,
                    "{} ({lang:?}) is not translated",
                    example.file_name
                );
            }
        }
        // The B2B template in French has the stages French B2B teams name.
        let b2b = EXAMPLES
            .iter()
            .find(|e| e.file_name == "b2b_software.ron")
            .unwrap();
        let stages: Vec<String> = b2b.project_in(Lang::Fr).unwrap().journeys[0]
            .stages
            .iter()
            .map(|s| s.name.clone())
            .collect();
        assert_eq!(
            stages,
            [
                "Acquisition",
                "Génération de leads",
                "Dialogue commercial",
                "Projet",
                "Fidélisation",
                "Recommandation"
            ]
        );
    }

    #[test]
    fn the_blank_project_is_consistent() {
        let mut p = blank_project();
        assert!(integrity::repair(&mut p).is_empty());
        assert_eq!(p.journeys[0].stages.len(), 5);
    }
}
