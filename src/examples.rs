//! Example projects shipped inside the binary (the files in `saves/`), used as the
//! project shown on first start and as templates for new projects.

use std::path::Path;

use crate::io::{self, LoadError};
use crate::model::{IdGen, Journey, Lane, LaneKind, Phase, Project, Stage};

#[derive(Clone, Copy, Debug)]
pub struct Example {
    pub title: &'static str,
    pub summary: &'static str,
    pub file_name: &'static str,
    pub text: &'static str,
}

pub const EXAMPLES: [Example; 4] = [
    Example {
        title: "Service station",
        summary: "Two routes at a fuel station, \"Fuel\" and \"Fuel + car wash\", with the pump attendant and the cashier as touchpoints",
        file_name: "service_station.ron",
        text: include_str!("../saves/service_station.ron"),
    },
    Example {
        title: "B2B software purchase",
        summary: "From acquisition to recommendation, with several buyer roles and KPIs per stage",
        file_name: "b2b_software.ron",
        text: include_str!("../saves/b2b_software.ron"),
    },
    Example {
        title: "Train trip",
        summary: "A trip bought across web, app, call centre, ticket office and station kiosk, with a moment of truth",
        file_name: "train_trip.ron",
        text: include_str!("../saves/train_trip.ron"),
    },
    Example {
        title: "Airline, with survey data",
        summary: "Booking to baggage for three personas, checked against 13,524 survey answers: KPIs per touchpoint and persona, hypotheses with figures",
        file_name: "airline.ron",
        text: include_str!("../saves/airline.ron"),
    },
];

impl Example {
    /// The example's project.
    pub fn project(&self) -> Result<Project, LoadError> {
        io::from_ron_str(self.text, Path::new(self.file_name)).map(|loaded| loaded.project)
    }
}

/// A new project: one journey with the usual stages and lanes, ready to fill.
pub fn blank_project() -> Project {
    let mut ids = IdGen::default();
    let mut journey = Journey {
        id: ids.fresh(),
        name: "New journey".to_owned(),
        ..Journey::default()
    };
    for (name, phase) in [
        ("Awareness", Phase::Before),
        ("Consideration", Phase::Before),
        ("Purchase", Phase::During),
        ("Use", Phase::After),
        ("Loyalty", Phase::After),
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
        journey
            .lanes
            .push(Lane::new(ids.fresh(), kind.label(), kind));
    }
    let mut project = Project::new("Untitled project");
    project.journeys.push(journey);
    project
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::integrity;

    #[test]
    fn every_example_loads_without_problems() {
        for example in EXAMPLES {
            let loaded = io::from_ron_str(example.text, Path::new(example.file_name)).unwrap();
            assert!(
                loaded.problems.is_empty(),
                "{}: {:?}",
                example.file_name,
                loaded.problems
            );
            assert!(!loaded.project.journeys.is_empty());
        }
    }

    #[test]
    fn the_blank_project_is_consistent() {
        let mut p = blank_project();
        assert!(integrity::repair(&mut p).is_empty());
        assert_eq!(p.journeys[0].stages.len(), 5);
    }
}
