//! Example projects shipped inside the binary (the files in `saves/`), used as the
//! project shown on first start and as templates for new projects and journeys.

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

pub const EXAMPLES: [Example; 8] = [
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
    Example {
        title: "B2C retail",
        summary: "Buying a winter coat across app, web and store: stock per store, fitting rooms, returns of web orders in store",
        file_name: "retail.ron",
        text: include_str!("../saves/retail.ron"),
    },
    Example {
        title: "Bank loan",
        summary: "A personal loan from the need to the last repayment: personal rate, documents, the wait for a decision, payout",
        file_name: "bank_loan.ron",
        text: include_str!("../saves/bank_loan.ron"),
    },
    Example {
        title: "E-commerce returns",
        summary: "Sending back an online order: starting the return, drop-off, tracking, the refund and ordering again",
        file_name: "ecommerce_returns.ron",
        text: include_str!("../saves/ecommerce_returns.ron"),
    },
    Example {
        title: "Service blueprint",
        summary: "A hotel stay as a blueprint: physical evidence, customer actions, frontstage, backstage and support processes",
        file_name: "service_blueprint.ron",
        text: include_str!("../saves/service_blueprint.ron"),
    },
];

/// The order of the template gallery: the brief's set first (B2C retail, B2B
/// software, service station, train travel, bank loan, e-commerce returns, service
/// blueprint), then the airline with its survey data. Indexes into [`EXAMPLES`].
pub const GALLERY_ORDER: [usize; 8] = [4, 1, 0, 2, 5, 6, 7, 3];

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
        journey.lanes.push(Lane::new(ids.fresh(), "", kind));
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
