//! Consistency of a project: unique ids, references that point at existing items,
//! values inside their ranges. Loading runs [`repair`] and reports what it changed.

use std::collections::BTreeSet;

use super::{
    CardId, DatasetId, EFFORT_MAX, EvidenceId, EvidenceKind, HypothesisId, IdGen, ItemTarget, Lane,
    LaneId, LaneKind, ParticipantId, PersonaId, Phase, Project, Stage, StageId, VALENCE_MAX,
    VALENCE_MIN, VoteId,
};

/// Something that was wrong in a project and how it was repaired.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// What was wrong and what was done, in plain words.
    pub message: String,
    /// The id of the item that holds the problem, to point at it in the file.
    pub anchor: Option<u64>,
}

impl Problem {
    fn new(anchor: u64, message: String) -> Self {
        Self {
            message,
            anchor: Some(anchor),
        }
    }
}

/// Ids above this are refused (renumbered) on load, so that a file can never
/// exhaust the id space; 2^53 also keeps ids exact in tools that read numbers as
/// doubles.
pub const MAX_ID: u64 = 1 << 53;

/// Walks every id that defines an item (not the references), in file order, with
/// the kind of item: `walk_ids!(project, iter, |id, kind| ..)` gives `&u64`,
/// `walk_ids!(project, iter_mut mut, |id, kind| ..)` gives `&mut u64`.
macro_rules! walk_ids {
    ($project:expr, $iter:ident $($m:ident)?, |$id:ident, $kind:ident| $body:expr) => {{
        let mut visit = |$id: &$($m)? u64, $kind: &'static str| $body;
        for p in $project.personas.$iter() {
            visit(&$($m)? p.id.0, "persona");
        }
        for j in $project.journeys.$iter() {
            visit(&$($m)? j.id.0, "journey");
            for s in j.stages.$iter() {
                visit(&$($m)? s.id.0, "stage");
                for k in s.kpis.$iter() {
                    visit(&$($m)? k.id.0, "KPI");
                }
            }
            for l in j.lanes.$iter() {
                visit(&$($m)? l.id.0, "lane");
            }
            for c in j.cards.$iter() {
                visit(&$($m)? c.id.0, "card");
            }
            for l in j.links.$iter() {
                visit(&$($m)? l.id.0, "link");
            }
            for v in j.votes.$iter() {
                visit(&$($m)? v.id.0, "vote");
                for p in v.participants.$iter() {
                    visit(&$($m)? p.id.0, "participant");
                }
            }
        }
        for h in $project.hypotheses.$iter() {
            visit(&$($m)? h.id.0, "hypothesis");
        }
        for e in $project.evidence.$iter() {
            visit(&$($m)? e.id.0, "evidence");
        }
        for d in $project.datasets.$iter() {
            visit(&$($m)? d.id.0, "dataset");
        }
        for n in $project.parking_lot.$iter() {
            visit(&$($m)? n.id.0, "note");
        }
    }};
}

/// Calls `f` with every id that defines an item (not the references), in file order,
/// with the kind of item.
pub fn visit_ids(project: &Project, f: &mut dyn FnMut(u64, &'static str)) {
    walk_ids!(project, iter, |id, kind| f(*id, kind));
}

/// Like [`visit_ids`], with mutable access to each id.
fn visit_ids_mut(project: &mut Project, f: &mut dyn FnMut(&mut u64, &'static str)) {
    walk_ids!(project, iter_mut mut, |id, kind| f(id, kind));
}

/// Checks a project and repairs what is inconsistent: missing or duplicate ids get
/// fresh ones, references to items that do not exist are removed (a card in a missing
/// stage or lane is moved to an existing one), out-of-range values are clamped.
/// Returns one problem per repair; an empty list means the project was consistent.
pub fn repair(project: &mut Project) -> Vec<Problem> {
    let mut problems = Vec::new();
    fix_ids(project, &mut problems);

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
                format!("journey “{jname}” names persona {missing}, which does not exist; the reference was removed"),
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
                        format!("KPI “{}” reads dataset {d}, which does not exist; it keeps its last value", kpi.name),
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
                format!("hypothesis “{statement}” names persona {missing}, which does not exist; the reference was removed"),
            ));
        });
        retain_known(&mut h.evidence, &evidence, |missing| {
            problems.push(Problem::new(
                h.id.0,
                format!("hypothesis “{statement}” names evidence {missing}, which does not exist; the reference was removed"),
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
                format!("evidence “{}” reads dataset {d}, which does not exist; it keeps its last value", e.title),
            ));
        }
    }

    for p in &mut project.personas {
        for rule in &mut p.segment_rules {
            if let Some(d) = rule.dataset
                && !datasets.contains(&d)
            {
                rule.dataset = None;
                problems.push(Problem::new(
                    p.id.0,
                    format!("persona “{}” has a segment rule on dataset {d}, which does not exist; the rule now applies to any dataset with column “{}”", p.name, rule.column),
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
                    format!(
                        "persona “{}”: slider “{} / {}” was {}, outside 0..1; set to {clamped}",
                        p.name, slider.left, slider.right, slider.value
                    ),
                ));
                slider.value = clamped;
            }
        }
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
                format!("parking-lot note “{}” names journey {j}, which does not exist; the reference was removed", note.text),
            ));
        }
    }
    problems
}

fn fix_ids(project: &mut Project, problems: &mut Vec<Problem>) {
    let mut seen = BTreeSet::new();
    let mut max_valid = 0;
    visit_ids(project, &mut |id, _| {
        if id <= MAX_ID {
            max_valid = max_valid.max(id);
        }
    });
    let mut ids = IdGen::above(max_valid);
    visit_ids_mut(project, &mut |id, kind| {
        if *id == 0 {
            *id = ids.next_raw();
            problems.push(Problem {
                message: format!("a {kind} had no id; it was given id {id}"),
                anchor: None,
            });
        } else if *id > MAX_ID {
            let old = *id;
            *id = ids.next_raw();
            problems.push(Problem::new(
                old,
                format!("a {kind} had id {old}, larger than ids may be; it now has id {id}"),
            ));
        } else if !seen.insert(*id) {
            let old = *id;
            *id = ids.next_raw();
            problems.push(Problem::new(
                old,
                format!("id {old} is used twice; the second one, a {kind}, now has id {id} (references keep pointing at the first)"),
            ));
        }
        seen.insert(*id);
    });
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

fn repair_map(
    journey: &mut super::Journey,
    personas: &BTreeSet<PersonaId>,
    hypotheses: &BTreeSet<HypothesisId>,
    evidence: &BTreeSet<EvidenceId>,
    ids: &mut IdGen,
    problems: &mut Vec<Problem>,
) {
    for stage in &mut journey.stages {
        if !stage.width.is_finite() || !(0.25..=8.0).contains(&stage.width) {
            problems.push(Problem::new(
                stage.id.0,
                format!(
                    "stage “{}” had width {}, outside 0.25..8; reset to 1",
                    stage.name, stage.width
                ),
            ));
            stage.width = 1.0;
        }
    }
    for lane in &mut journey.lanes {
        if !lane.height.is_finite() || !(0.25..=8.0).contains(&lane.height) {
            problems.push(Problem::new(
                lane.id.0,
                format!(
                    "lane “{}” had height {}, outside 0.25..8; reset to 1",
                    lane.title(),
                    lane.height
                ),
            ));
            lane.height = 1.0;
        }
    }

    let stage_ids: BTreeSet<StageId> = journey.stages.iter().map(|s| s.id).collect();
    let lane_ids: BTreeSet<LaneId> = journey.lanes.iter().map(|l| l.id).collect();
    let sessions: BTreeSet<VoteId> = journey.votes.iter().map(|v| v.id).collect();
    let participants: BTreeSet<(VoteId, ParticipantId)> = journey
        .votes
        .iter()
        .flat_map(|v| v.participants.iter().map(move |p| (v.id, p.id)))
        .collect();
    let mut fallback_stage = journey.stages.first().map(|s| (s.id, s.name.clone()));
    let mut fallback_lane = journey.lanes.first().map(|l| (l.id, l.title().to_owned()));
    let mut new_stage = None;
    let mut new_lane = None;

    for card in &mut journey.cards {
        let title = card.title.clone();
        let anchor = card.id.0;
        if !stage_ids.contains(&card.stage) {
            let (to, name) = fallback_stage
                .get_or_insert_with(|| {
                    let id: StageId = ids.fresh();
                    new_stage = Some(Stage::new(id, "Unsorted", Phase::During));
                    (id, "Unsorted".to_owned())
                })
                .clone();
            problems.push(Problem::new(
                anchor,
                format!("card “{title}” is in a stage that does not exist (id {}); it was moved to the stage “{name}”", card.stage),
            ));
            card.stage = to;
        }
        if !lane_ids.contains(&card.lane) {
            let (to, name) = fallback_lane
                .get_or_insert_with(|| {
                    let id: LaneId = ids.fresh();
                    new_lane = Some(Lane::new(id, "Unsorted", LaneKind::Custom));
                    (id, "Unsorted".to_owned())
                })
                .clone();
            problems.push(Problem::new(
                anchor,
                format!("card “{title}” is in a lane that does not exist (id {}); it was moved to the lane “{name}”", card.lane),
            ));
            card.lane = to;
        }
        retain_known(&mut card.personas, personas, |missing| {
            problems.push(Problem::new(
                anchor,
                format!("card “{title}” names persona {missing}, which does not exist; the reference was removed"),
            ));
        });
        retain_known(&mut card.hypotheses, hypotheses, |missing| {
            problems.push(Problem::new(
                anchor,
                format!("card “{title}” names hypothesis {missing}, which does not exist; the reference was removed"),
            ));
        });
        retain_known(&mut card.evidence, evidence, |missing| {
            problems.push(Problem::new(
                anchor,
                format!("card “{title}” names evidence {missing}, which does not exist; the reference was removed"),
            ));
        });
        card.votes.retain(|v| {
            let keep = sessions.contains(&v.session) && participants.contains(&(v.session, v.participant));
            if !keep {
                problems.push(Problem::new(
                    anchor,
                    format!("card “{title}” has dots from vote {} / participant {}, which do not exist; they were removed", v.session, v.participant),
                ));
            }
            keep
        });
        for emotion in [&mut card.emotion, &mut card.target_emotion]
            .into_iter()
            .flatten()
        {
            let clamped = emotion.valence.clamp(VALENCE_MIN, VALENCE_MAX);
            if clamped != emotion.valence {
                problems.push(Problem::new(
                    anchor,
                    format!("card “{title}” has emotion {}, outside {VALENCE_MIN}..{VALENCE_MAX}; set to {clamped}", emotion.valence),
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
                format!(
                    "card “{title}” has effort {effort}, outside 1..{EFFORT_MAX}; set to {clamped}"
                ),
            ));
            card.effort = Some(clamped);
        }
    }
    journey.stages.extend(new_stage);
    journey.lanes.extend(new_lane);

    let card_ids: BTreeSet<CardId> = journey.cards.iter().map(|c| c.id).collect();
    journey.links.retain(|link| {
        let keep = card_ids.contains(&link.from) && card_ids.contains(&link.to) && link.from != link.to;
        if !keep {
            problems.push(Problem::new(
                link.id.0,
                format!("link {} joins card {} to card {}, which is not two cards of this journey; it was removed", link.id, link.from, link.to),
            ));
        }
        keep
    });
}

fn describe(target: &ItemTarget) -> String {
    match target {
        ItemTarget::Card(id) => format!("card {id}"),
        ItemTarget::Stage(id) => format!("stage {id}"),
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
                        format!("dataset “{}”, column “{}” is mapped to {}, which does not exist; the mapping was removed", d.name, column.name, describe(t)),
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
            format!("dataset “{}”: {uneven} row(s) did not have {width} cells; they were padded or cut to fit the columns", d.name),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Card, Journey, JourneyId, Persona};

    fn small() -> Project {
        let mut p = Project::new("t");
        p.personas.push(Persona::new(PersonaId(1), "Ann", "Driver"));
        let mut j = Journey {
            id: JourneyId(2),
            name: "Fuel".into(),
            ..Journey::default()
        };
        j.stages
            .push(Stage::new(StageId(3), "Arrive", Phase::Before));
        j.lanes
            .push(Lane::new(LaneId(4), "Touchpoints", LaneKind::Touchpoints));
        j.cards
            .push(Card::new(CardId(5), StageId(3), LaneId(4), "Pump"));
        p.journeys.push(j);
        p
    }

    #[test]
    fn a_consistent_project_has_no_problems() {
        let mut p = small();
        let before = p.clone();
        assert!(repair(&mut p).is_empty());
        assert_eq!(p, before);
    }

    #[test]
    fn dangling_persona_is_removed_and_reported() {
        let mut p = small();
        p.journeys[0].cards[0].personas = vec![PersonaId(1), PersonaId(99)];
        let problems = repair(&mut p);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("persona 99"), "{problems:?}");
        assert_eq!(problems[0].anchor, Some(5));
        assert_eq!(p.journeys[0].cards[0].personas, vec![PersonaId(1)]);
    }

    #[test]
    fn card_in_missing_stage_moves_to_first_stage() {
        let mut p = small();
        p.journeys[0].cards[0].stage = StageId(77);
        let problems = repair(&mut p);
        assert_eq!(problems.len(), 1);
        assert_eq!(p.journeys[0].cards[0].stage, StageId(3));
    }

    #[test]
    fn card_without_any_lane_gets_an_unsorted_lane() {
        let mut p = small();
        p.journeys[0].lanes.clear();
        let problems = repair(&mut p);
        assert_eq!(problems.len(), 1);
        let lane = &p.journeys[0].lanes[0];
        assert_eq!(lane.name, "Unsorted");
        assert_eq!(p.journeys[0].cards[0].lane, lane.id);
        assert!(repair(&mut p).is_empty());
    }

    #[test]
    fn duplicate_and_missing_ids_get_fresh_ones() {
        let mut p = small();
        p.personas.push(Persona::new(PersonaId(5), "Dup", ""));
        p.personas.push(Persona::new(PersonaId(0), "None", ""));
        let problems = repair(&mut p);
        assert_eq!(problems.len(), 2, "{problems:?}");
        let mut all = Vec::new();
        visit_ids(&p, &mut |id, _| all.push(id));
        let unique: BTreeSet<_> = all.iter().copied().collect();
        assert_eq!(unique.len(), all.len());
        assert!(!unique.contains(&0));
    }

    #[test]
    fn huge_ids_are_renumbered() {
        let mut p = small();
        p.personas
            .push(Persona::new(PersonaId(u64::MAX), "Huge", ""));
        let problems = repair(&mut p);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(p.personas[1].id, PersonaId(6));
        assert_eq!(p.max_id(), 6);
    }

    #[test]
    fn out_of_range_values_are_clamped() {
        let mut p = small();
        let card = &mut p.journeys[0].cards[0];
        card.emotion = Some(crate::model::Emotion {
            valence: 7,
            feeling: None,
        });
        card.effort = Some(0);
        p.journeys[0].stages[0].width = f32::NAN;
        let problems = repair(&mut p);
        assert_eq!(problems.len(), 3, "{problems:?}");
        let card = &p.journeys[0].cards[0];
        assert_eq!(card.emotion.as_ref().map(|e| e.valence), Some(3));
        assert_eq!(card.effort, Some(1));
        assert!((p.journeys[0].stages[0].width - 1.0).abs() < f32::EPSILON);
    }
}
