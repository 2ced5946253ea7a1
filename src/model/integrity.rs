//! Consistency of a project: unique ids, references that point at existing items,
//! values inside their ranges. Loading runs [`repair`] and reports what it changed.

use std::collections::BTreeSet;

use crate::i18n::Said;
use crate::t;

mod ids;

pub use ids::{MAX_ID, visit_ids};

use super::{
    CardId, DatasetId, EFFORT_MAX, EvidenceId, EvidenceKind, HypothesisId, IdGen, ItemTarget, Lane,
    LaneId, LaneKind, ParticipantId, Persona, PersonaId, Phase, Project, Stage, StageId,
    VALENCE_MAX, VALENCE_MIN, VoteId,
};

/// Something that was wrong in a project and how it was repaired.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// What was wrong and what was done, in plain words (in every language: the
    /// problems are listed long after the file was read).
    pub message: Said,
    /// The id of the item that holds the problem, to point at it in the file.
    pub anchor: Option<u64>,
}

impl Problem {
    fn new(anchor: u64, message: Said) -> Self {
        Self {
            message,
            anchor: Some(anchor),
        }
    }
}

/// A number as Rust writes it shortest (`0.3`, `12`, `NaN`), with the decimal mark
/// of the language shown: for values that are out of range and shown as they were.
pub(crate) fn shortest_number(value: impl std::fmt::Display) -> String {
    let text = value.to_string();
    match crate::i18n::lang() {
        crate::i18n::Lang::En => text,
        _ => text.replace('.', ","),
    }
}

/// Checks a project and repairs what is inconsistent: missing or duplicate ids get
/// fresh ones, references to items that do not exist are removed (a card in a missing
/// stage or lane is moved to an existing one), out-of-range values are clamped.
/// Returns one problem per repair; an empty list means the project was consistent.
pub fn repair(project: &mut Project) -> Vec<Problem> {
    let mut problems = Vec::new();
    ids::fix_ids(project, &mut problems);

    let personas: BTreeSet<PersonaId> = project.personas.iter().map(|p| p.id).collect();
    let hypotheses: BTreeSet<HypothesisId> = project.hypotheses.iter().map(|h| h.id).collect();
    let evidence: BTreeSet<EvidenceId> = project.evidence.iter().map(|e| e.id).collect();
    let datasets: BTreeSet<DatasetId> = project.datasets.iter().map(|d| d.id).collect();
    let mut ids = project.id_gen();

    for journey in &mut project.journeys {
        let jname = journey.name.clone();
        retain_known(&mut journey.personas, &personas, |missing| {
            problems.push(Problem::new(
                journey.id.0,
                Said::new(|| {
                    t!(
                        "msg-repair-journey-persona",
                        name = jname.as_str(),
                        id = missing.to_string()
                    )
                }),
            ));
        });
        repair_map(
            journey,
            &personas,
            &hypotheses,
            &evidence,
            &mut ids,
            &mut problems,
        );
        for stage in &mut journey.stages {
            for kpi in &mut stage.kpis {
                if let Some(source) = &mut kpi.source
                    && let Some(d) = source.dataset
                    && !datasets.contains(&d)
                {
                    source.dataset = None;
                    problems.push(Problem::new(
                        kpi.id.0,
                        Said::new(|| {
                            t!(
                                "msg-repair-kpi-dataset",
                                name = kpi.name.as_str(),
                                id = d.to_string()
                            )
                        }),
                    ));
                }
            }
        }
    }

    for h in &mut project.hypotheses {
        let statement = h.statement.clone();
        retain_known(&mut h.personas, &personas, |missing| {
            problems.push(Problem::new(
                h.id.0,
                Said::new(|| {
                    t!(
                        "msg-repair-hypothesis-persona",
                        name = statement.as_str(),
                        id = missing.to_string()
                    )
                }),
            ));
        });
        retain_known(&mut h.evidence, &evidence, |missing| {
            problems.push(Problem::new(
                h.id.0,
                Said::new(|| {
                    t!(
                        "msg-repair-hypothesis-evidence",
                        name = statement.as_str(),
                        id = missing.to_string()
                    )
                }),
            ));
        });
    }

    for e in &mut project.evidence {
        let dataset = match &mut e.kind {
            EvidenceKind::Figure { query, .. } => &mut query.dataset,
            EvidenceKind::Verbatim { dataset, .. } => dataset,
            EvidenceKind::Interview { .. } | EvidenceKind::Document { .. } => continue,
        };
        if let Some(d) = *dataset
            && !datasets.contains(&d)
        {
            *dataset = None;
            problems.push(Problem::new(
                e.id.0,
                Said::new(|| {
                    t!(
                        "msg-repair-evidence-dataset",
                        name = e.title(),
                        id = d.to_string()
                    )
                }),
            ));
        }
    }

    for p in &mut project.personas {
        repair_persona(p, &datasets, &mut problems);
    }

    let cards: BTreeSet<CardId> = project
        .journeys
        .iter()
        .flat_map(|j| j.cards.iter().map(|c| c.id))
        .collect();
    let stages: BTreeSet<StageId> = project
        .journeys
        .iter()
        .flat_map(|j| j.stages.iter().map(|s| s.id))
        .collect();
    for d in &mut project.datasets {
        repair_dataset(d, &cards, &stages, &mut problems);
    }

    let journeys: BTreeSet<_> = project.journeys.iter().map(|j| j.id).collect();
    for note in &mut project.parking_lot {
        if let Some(j) = note.journey
            && !journeys.contains(&j)
        {
            note.journey = None;
            problems.push(Problem::new(
                note.id.0,
                Said::new(|| {
                    t!(
                        "msg-repair-note-journey",
                        text = note.text.as_str(),
                        id = j.to_string()
                    )
                }),
            ));
        }
    }
    problems
}

/// Segment rules on missing datasets, sliders out of range.
fn repair_persona(p: &mut Persona, datasets: &BTreeSet<DatasetId>, problems: &mut Vec<Problem>) {
    for rule in &mut p.segment_rules {
        if let Some(d) = rule.dataset
            && !datasets.contains(&d)
        {
            rule.dataset = None;
            problems.push(Problem::new(
                p.id.0,
                Said::new(|| {
                    t!(
                        "msg-repair-persona-rule-dataset",
                        name = p.name.as_str(),
                        id = d.to_string(),
                        column = rule.column.as_str()
                    )
                }),
            ));
        }
    }
    for slider in &mut p.sliders {
        let clamped = if slider.value.is_finite() {
            slider.value.clamp(0.0, 1.0)
        } else {
            0.5
        };
        if clamped.to_bits() != slider.value.to_bits() {
            problems.push(Problem::new(
                p.id.0,
                Said::new(|| {
                    t!(
                        "msg-repair-persona-slider",
                        name = p.name.as_str(),
                        left = slider.left.as_str(),
                        right = slider.right.as_str(),
                        value = shortest_number(slider.value),
                        clamped = shortest_number(clamped)
                    )
                }),
            ));
            slider.value = clamped;
        }
    }
}

/// Removes every element of `list` not in `known`, calling `report` for each.
fn retain_known<T: Ord + Copy>(list: &mut Vec<T>, known: &BTreeSet<T>, mut report: impl FnMut(T)) {
    list.retain(|x| {
        let keep = known.contains(x);
        if !keep {
            report(*x);
        }
        keep
    });
}

/// A KPI's target or actual that is no number (infinite, NaN), cleared.
fn repair_kpi_values(journey: &mut super::Journey, problems: &mut Vec<Problem>) {
    for stage in &mut journey.stages {
        for kpi in &mut stage.kpis {
            for value in [&mut kpi.target, &mut kpi.actual] {
                if let Some(v) = value.filter(|v| !v.is_finite()) {
                    problems.push(Problem::new(
                        stage.id.0,
                        Said::new(|| {
                            t!(
                                "msg-repair-kpi",
                                name = kpi.name.as_str(),
                                stage = stage.name.as_str(),
                                value = shortest_number(v)
                            )
                        }),
                    ));
                    *value = None;
                }
            }
        }
    }
}

/// Stage widths and lane heights out of range, reset.
fn repair_sizes(journey: &mut super::Journey, problems: &mut Vec<Problem>) {
    for stage in &mut journey.stages {
        if !stage.width.is_finite() || !(0.25..=8.0).contains(&stage.width) {
            problems.push(Problem::new(
                stage.id.0,
                Said::new(|| {
                    t!(
                        "msg-repair-stage-width",
                        name = stage.name.as_str(),
                        value = shortest_number(stage.width)
                    )
                }),
            ));
            stage.width = 1.0;
        }
    }
    for lane in &mut journey.lanes {
        if !lane.height.is_finite() || !(0.25..=8.0).contains(&lane.height) {
            problems.push(Problem::new(
                lane.id.0,
                Said::new(|| {
                    t!(
                        "msg-repair-lane-height",
                        name = lane.title(),
                        value = shortest_number(lane.height)
                    )
                }),
            ));
            lane.height = 1.0;
        }
    }
}

/// A card's emotions and effort out of range, clamped.
fn repair_card_values(card: &mut super::Card, title: &str, problems: &mut Vec<Problem>) {
    let anchor = card.id.0;
    for emotion in [&mut card.emotion, &mut card.target_emotion]
        .into_iter()
        .flatten()
    {
        let clamped = emotion.valence.clamp(VALENCE_MIN, VALENCE_MAX);
        if clamped != emotion.valence {
            problems.push(Problem::new(
                anchor,
                Said::new(|| {
                    t!(
                        "msg-repair-card-emotion",
                        title = title,
                        value = emotion.valence,
                        min = VALENCE_MIN,
                        max = VALENCE_MAX,
                        clamped = clamped
                    )
                }),
            ));
            emotion.valence = clamped;
        }
    }
    if let Some(effort) = card.effort
        && !(1..=EFFORT_MAX).contains(&effort)
    {
        let clamped = effort.clamp(1, EFFORT_MAX);
        problems.push(Problem::new(
            anchor,
            Said::new(|| {
                t!(
                    "msg-repair-card-effort",
                    title = title,
                    value = effort,
                    max = EFFORT_MAX,
                    clamped = clamped
                )
            }),
        ));
        card.effort = Some(clamped);
    }
}

fn repair_map(
    journey: &mut super::Journey,
    personas: &BTreeSet<PersonaId>,
    hypotheses: &BTreeSet<HypothesisId>,
    evidence: &BTreeSet<EvidenceId>,
    ids: &mut IdGen,
    problems: &mut Vec<Problem>,
) {
    repair_sizes(journey, problems);
    repair_kpi_values(journey, problems);

    let stage_ids: BTreeSet<StageId> = journey.stages.iter().map(|s| s.id).collect();
    let lane_ids: BTreeSet<LaneId> = journey.lanes.iter().map(|l| l.id).collect();
    let sessions: BTreeSet<VoteId> = journey.votes.iter().map(|v| v.id).collect();
    let participants: BTreeSet<(VoteId, ParticipantId)> = journey
        .votes
        .iter()
        .flat_map(|v| v.participants.iter().map(move |p| (v.id, p.id)))
        .collect();
    let mut fallback_stage = journey.stages.first().map(|s| (s.id, s.name.clone()));
    // The lane itself: one the team did not name is named by its kind, in each
    // language the problem is written in.
    let mut fallback_lane = journey.lanes.first().map(|l| (l.id, l.clone()));
    let mut new_stage = None;
    let mut new_lane = None;

    for card in &mut journey.cards {
        let title = card.title.clone();
        let anchor = card.id.0;
        if !stage_ids.contains(&card.stage) {
            let (to, name) = fallback_stage
                .get_or_insert_with(|| {
                    let id: StageId = ids.fresh();
                    let name = t!("msg-repair-unsorted");
                    new_stage = Some(Stage::new(id, name, Phase::During));
                    (id, name.to_owned())
                })
                .clone();
            problems.push(Problem::new(
                anchor,
                Said::new(|| {
                    t!(
                        "msg-repair-card-stage",
                        title = title.as_str(),
                        id = card.stage.to_string(),
                        name = name.as_str()
                    )
                }),
            ));
            card.stage = to;
        }
        if !lane_ids.contains(&card.lane) {
            let (to, name) = fallback_lane
                .get_or_insert_with(|| {
                    let id: LaneId = ids.fresh();
                    let lane = Lane::new(id, t!("msg-repair-unsorted"), LaneKind::Custom);
                    new_lane = Some(lane.clone());
                    (id, lane)
                })
                .clone();
            problems.push(Problem::new(
                anchor,
                Said::new(|| {
                    t!(
                        "msg-repair-card-lane",
                        title = title.as_str(),
                        id = card.lane.to_string(),
                        name = name.title()
                    )
                }),
            ));
            card.lane = to;
        }
        retain_known(&mut card.personas, personas, |missing| {
            problems.push(Problem::new(
                anchor,
                Said::new(|| {
                    t!(
                        "msg-repair-card-persona",
                        title = title.as_str(),
                        id = missing.to_string()
                    )
                }),
            ));
        });
        retain_known(&mut card.hypotheses, hypotheses, |missing| {
            problems.push(Problem::new(
                anchor,
                Said::new(|| {
                    t!(
                        "msg-repair-card-hypothesis",
                        title = title.as_str(),
                        id = missing.to_string()
                    )
                }),
            ));
        });
        retain_known(&mut card.evidence, evidence, |missing| {
            problems.push(Problem::new(
                anchor,
                Said::new(|| {
                    t!(
                        "msg-repair-card-evidence",
                        title = title.as_str(),
                        id = missing.to_string()
                    )
                }),
            ));
        });
        card.votes.retain(|v| {
            let keep =
                sessions.contains(&v.session) && participants.contains(&(v.session, v.participant));
            if !keep {
                problems.push(Problem::new(
                    anchor,
                    Said::new(|| {
                        t!(
                            "msg-repair-card-dots",
                            title = title.as_str(),
                            vote = v.session.to_string(),
                            participant = v.participant.to_string()
                        )
                    }),
                ));
            }
            keep
        });
        repair_card_values(card, &title, problems);
    }
    journey.stages.extend(new_stage);
    journey.lanes.extend(new_lane);

    let card_ids: BTreeSet<CardId> = journey.cards.iter().map(|c| c.id).collect();
    journey.links.retain(|link| {
        let keep =
            card_ids.contains(&link.from) && card_ids.contains(&link.to) && link.from != link.to;
        if !keep {
            problems.push(Problem::new(
                link.id.0,
                Said::new(|| {
                    t!(
                        "msg-repair-link",
                        id = link.id.to_string(),
                        from = link.from.to_string(),
                        to = link.to.to_string()
                    )
                }),
            ));
        }
        keep
    });
}

fn describe(target: &ItemTarget) -> String {
    match target {
        ItemTarget::Card(id) => t!("msg-repair-target-card", id = id.to_string()),
        ItemTarget::Stage(id) => t!("msg-repair-target-stage", id = id.to_string()),
    }
}

fn repair_dataset(
    d: &mut super::Dataset,
    cards: &BTreeSet<CardId>,
    stages: &BTreeSet<StageId>,
    problems: &mut Vec<Problem>,
) {
    let exists = |t: &ItemTarget| match t {
        ItemTarget::Card(c) => cards.contains(c),
        ItemTarget::Stage(s) => stages.contains(s),
    };
    for column in &mut d.columns {
        if let super::ColumnRole::Item(targets) | super::ColumnRole::Verbatim(targets) =
            &mut column.role
        {
            targets.retain(|t| {
                let keep = exists(t);
                if !keep {
                    problems.push(Problem::new(
                        d.id.0,
                        Said::new(|| {
                            t!(
                                "msg-repair-dataset-mapping",
                                name = d.name.as_str(),
                                column = column.name.as_str(),
                                target = describe(t)
                            )
                        }),
                    ));
                }
                keep
            });
        }
    }
    let width = d.columns.len();
    let uneven = d.rows.fit_width(width);
    if uneven > 0 {
        problems.push(Problem::new(
            d.id.0,
            Said::new(|| {
                t!(
                    "msg-repair-dataset-rows",
                    name = d.name.as_str(),
                    count = uneven,
                    width = width
                )
            }),
        ));
    }
}

#[cfg(test)]
mod tests;
