//! The curves by stage: one point per stage and persona, for a chart that reads at a
//! glance where the card-by-card curves zigzag.
//!
//! A stage's believed (or to-be) point is the mean of the emotions of its cards that
//! apply to the persona. Its measured point pools the ratings of its cards **per
//! customer**: each customer's answers to the rating columns mapped onto the stage's
//! cards are rescaled to the emotion scale and averaged first, then the stage's value
//! is the mean of those customer means, with a 95% interval over customers and n the
//! number of customers. Why not simply pool every answer? One customer who rates the
//! four touchpoints of a stage gives four answers that move together; counting them
//! as four independent answers would weight that customer four times and make the
//! interval look four times as sure as it is. Why not the mean of the cards' means?
//! It would weigh a card that ten customers rated as much as one that four thousand
//! did. With customers as the unit, each one counts once, whatever they answered.

use super::{Axis, Kind, Plotted, Point, Project, Series, rows_for, signed, stats, to_valence};
use crate::analysis::answers::answers;
use crate::model::{ColumnRole, Dataset, ItemTarget, Persona, Scale, StageId};
use crate::t;

/// One point of a curve by stage: a stage's value for one persona and kind.
#[derive(Clone, Debug, PartialEq)]
pub struct StagePoint {
    /// The stage's place on the by-stage axis: its rank among the stages with a
    /// point (the order of [`Axis::stages`]).
    pub x: f64,
    pub stage: StageId,
    pub name: String,
    /// On the emotion scale (-3..=+3).
    pub value: f64,
    /// The 95% confidence interval over customers (measured points with two customers
    /// or more).
    pub band: Option<(f64, f64)>,
    /// Believed and to-be: the cards averaged; measured: the customers behind it.
    pub n: usize,
    /// The card points behind it, with their titles, in the order of the axis: what
    /// hovering the point lists.
    pub cards: Vec<(String, Point)>,
    /// Where the value comes from.
    pub source: String,
    /// Whether one of its cards is a moment of truth, or a pain point.
    pub moment_of_truth: bool,
    pub pain_point: bool,
}

impl Plotted for StagePoint {
    fn x(&self) -> f64 {
        self.x
    }
    fn value(&self) -> f64 {
        self.value
    }
    fn band(&self) -> Option<(f64, f64)> {
        self.band
    }
    fn n(&self) -> usize {
        self.n
    }
    fn moment_of_truth(&self) -> bool {
        self.moment_of_truth
    }
    fn pain_point(&self) -> bool {
        self.pain_point
    }
}

impl StagePoint {
    /// The cards behind the point, one line each: "On-board wifi: −0.7 (n 4,158)".
    pub fn card_lines(&self) -> Vec<String> {
        self.cards
            .iter()
            .map(|(title, p)| {
                if p.n > 0 {
                    t!(
                        "out-card-line-n",
                        title = title.as_str(),
                        value = signed(p.value),
                        n = stats::thousands(p.n)
                    )
                } else {
                    t!(
                        "out-card-line",
                        title = title.as_str(),
                        value = signed(p.value)
                    )
                }
            })
            .collect()
    }
}

/// The curves of `series` (card by card, on `axis`) by stage: one point per stage
/// where the curve has a card; see the module's notes for how a stage's point is
/// made. The series keep their order; a measured series whose customers cannot be
/// read again (its persona was removed) is left out.
pub fn by_stage(project: &Project, axis: &Axis, series: &[Series]) -> Vec<Series<StagePoint>> {
    let mut cache = Answers::default();
    series
        .iter()
        .filter_map(|s| {
            let points = match s.kind {
                Kind::Believed | Kind::ToBe => believed(axis, s),
                Kind::Measured => {
                    let persona = match s.persona {
                        Some(id) => Some(project.persona(id)?),
                        None => None,
                    };
                    measured(project, axis, s, persona, &mut cache)
                }
            };
            (!points.is_empty()).then(|| Series {
                persona: s.persona,
                label: s.label.clone(),
                kind: s.kind,
                points,
            })
        })
        .collect()
}

/// The card points of `s` in each stage of the axis, with their titles.
fn cards_by_stage(axis: &Axis, s: &Series) -> Vec<Vec<(String, Point)>> {
    axis.stages
        .iter()
        .map(|span| {
            s.points
                .iter()
                .filter(|p| p.x >= span.from - 1e-9 && p.x <= span.to + 1e-9)
                .map(|p| (axis.label_of(p.card).to_owned(), p.clone()))
                .collect()
        })
        .collect()
}

/// Each stage's mean of its cards' emotions.
fn believed(axis: &Axis, s: &Series) -> Vec<StagePoint> {
    let to_be = s.kind == Kind::ToBe;
    cards_by_stage(axis, s)
        .into_iter()
        .zip(&axis.stages)
        .enumerate()
        .filter(|(_, (cards, _))| !cards.is_empty())
        .map(|(i, (cards, span))| {
            let n = cards.len();
            let value = cards.iter().map(|(_, p)| p.value).sum::<f64>() / n as f64;
            StagePoint {
                x: i as f64,
                stage: span.stage,
                name: span.name.clone(),
                value,
                band: None,
                n,
                source: match (n, to_be) {
                    (1, true) => t!("out-source-card-to-be").to_owned(),
                    (1, false) => t!("out-source-card-emotion").to_owned(),
                    (_, true) => t!("out-source-mean-to-be", count = n),
                    (_, false) => t!("out-source-mean-emotion", count = n),
                },
                moment_of_truth: cards.iter().any(|(_, p)| p.moment_of_truth),
                pain_point: cards.iter().any(|(_, p)| p.pain_point),
                cards,
            }
        })
        .collect()
}

/// Each rated column's answers rescaled to the emotion scale, once for the curves of
/// every persona (the cells themselves are read once, by [`answers`]).
#[derive(Default)]
struct Answers {
    /// By (dataset index, column index).
    read: std::collections::BTreeMap<(usize, usize), Vec<Option<f64>>>,
}

impl Answers {
    /// Column `c` of dataset `d` (index `di`), every row, on the emotion scale.
    fn of(&mut self, di: usize, d: &Dataset, c: usize, scale: Scale) -> &[Option<f64>] {
        self.read.entry((di, c)).or_insert_with(|| {
            answers(d, c)
                .iter()
                .map(|v| {
                    v.filter(|v| scale.contains(*v))
                        .map(|v| to_valence(v, scale))
                })
                .collect()
        })
    }

    /// A column read before by [`Answers::of`] (empty when it was not).
    fn get(&self, di: usize, c: usize) -> &[Option<f64>] {
        self.read.get(&(di, c)).map_or(&[], Vec::as_slice)
    }
}

/// Each stage's customers' mean rating of its cards, averaged over customers.
fn measured(
    project: &Project,
    axis: &Axis,
    s: &Series,
    persona: Option<&Persona>,
    cache: &mut Answers,
) -> Vec<StagePoint> {
    let stage_of_card = |target: &ItemTarget| match target {
        ItemTarget::Card(id) => axis.ticks.iter().find(|t| t.card == *id).map(|t| t.stage),
        ItemTarget::Stage(_) => None,
    };
    // Per stage of the axis: each customer's mean, and the columns read.
    let mut pools: Vec<(Vec<f64>, Vec<String>)> = vec![(Vec::new(), Vec::new()); axis.stages.len()];
    for (di, d) in project.datasets.iter().enumerate() {
        let Some(rows) = rows_for(d, persona) else {
            continue;
        };
        // The rated columns of each stage (a column mapped onto two cards of a stage
        // counts once).
        let mut columns: Vec<Vec<usize>> = vec![Vec::new(); axis.stages.len()];
        for (c, column) in d.columns.iter().enumerate() {
            let (ColumnRole::Item(targets), Some(scale)) = (&column.role, column.scale) else {
                continue;
            };
            for (i, span) in axis.stages.iter().enumerate() {
                if targets.iter().any(|t| stage_of_card(t) == Some(span.stage)) {
                    cache.of(di, d, c, scale);
                    columns[i].push(c);
                }
            }
        }
        let all_rows: Vec<usize>;
        let rows: &[usize] = if let Some(rows) = &rows {
            rows
        } else {
            all_rows = (0..d.rows.len()).collect();
            &all_rows
        };
        for ((customers, sources), columns) in pools.iter_mut().zip(&columns) {
            if columns.is_empty() {
                continue;
            }
            let read: Vec<&[Option<f64>]> = columns.iter().map(|c| cache.get(di, *c)).collect();
            for r in rows {
                let mut sum = 0.0;
                let mut answered = 0usize;
                for column in &read {
                    if let Some(v) = column.get(*r).copied().flatten() {
                        sum += v;
                        answered += 1;
                    }
                }
                if answered > 0 {
                    customers.push(sum / answered as f64);
                }
            }
            // "Seat Comfort, Leg Room (survey)": the columns read, by dataset.
            let names: Vec<&str> = columns
                .iter()
                .filter_map(|c| d.columns.get(*c))
                .map(|column| column.name.as_str())
                .collect();
            sources.push(format!("{} ({})", names.join(", "), d.name));
        }
    }
    let cards = cards_by_stage(axis, s);
    pools
        .into_iter()
        .zip(cards)
        .zip(&axis.stages)
        .enumerate()
        .filter_map(|(i, (((customers, sources), cards), span))| {
            let summary = stats::summarize(&customers, None)?;
            Some(StagePoint {
                x: i as f64,
                stage: span.stage,
                name: span.name.clone(),
                value: summary.mean,
                band: summary.ci95,
                n: summary.n,
                source: sources.join("; "),
                moment_of_truth: cards.iter().any(|(_, p)| p.moment_of_truth),
                pain_point: cards.iter().any(|(_, p)| p.pain_point),
                cards,
            })
        })
        .collect()
}

#[cfg(test)]
#[allow(
    clippy::float_cmp,
    reason = "the expected values are exact in binary (halves and quarters)"
)]
mod tests {
    use super::super::tests::project;
    use super::super::{callouts, gaps, series};
    use super::*;
    use crate::model::{CardId, Column, ColumnKind, PersonaId, Scale};

    /// `project()` with a second rating, of card 12 (stage 2, "Fly"), that some
    /// customers answered beside their rating of card 11.
    fn project_with_two_ratings_in_a_stage() -> (Project, crate::model::JourneyId) {
        let (mut p, id) = project();
        let mut meal = Column::new(
            "Meal",
            ColumnKind::Number,
            ColumnRole::Item(vec![ItemTarget::Card(CardId(12))]),
        );
        meal.scale = Some(Scale::ONE_TO_FIVE);
        let d = &mut p.datasets[0];
        d.columns.push(meal);
        d.rows = d
            .rows
            .iter()
            .zip(["3", "", "1", "5", "5"])
            .map(|(r, v)| r.iter().chain([v]).collect::<Vec<_>>())
            .collect();
        (p, id)
    }

    #[test]
    fn curves_by_stage_average_cards_and_count_each_customer_once() {
        let (p, id) = project_with_two_ratings_in_a_stage();
        let j = p.journey(id).unwrap();
        let axis = Axis::of(&p, j);
        let stages = by_stage(&p, &axis, &series(&p, j, &axis));
        let find = |persona: u64, kind: Kind| {
            stages
                .iter()
                .find(|s| s.persona == Some(PersonaId(persona)) && s.kind == kind)
                .unwrap()
        };
        // Believed: the mean of the stage's cards that apply to the persona.
        let believed = find(6, Kind::Believed);
        let values: Vec<(f64, f64, usize)> = believed
            .points
            .iter()
            .map(|q| (q.x, q.value, q.n))
            .collect();
        assert_eq!(values, [(0.0, 2.0, 1), (1.0, -0.5, 2)]);
        assert!(believed.points[0].moment_of_truth && !believed.points[1].moment_of_truth);
        let cards: Vec<&str> = believed.points[1]
            .cards
            .iter()
            .map(|(title, _)| title.as_str())
            .collect();
        assert_eq!(cards, ["card 11", "card 12"], "what hovering lists");
        assert_eq!(
            believed.points[1].card_lines(),
            ["card 11: +2", "card 12: −3"]
        );
        let only_card_11 = find(5, Kind::Believed);
        assert_eq!(only_card_11.points[1].value, 2.0);
        assert_eq!(find(6, Kind::ToBe).points[0].value, 1.0);

        // Measured: each customer's ratings of the stage averaged first. Personal
        // customers (rows 3-5): (−3 − 3)/2, (−1.5 + 3)/2 and 3 (one answer): mean
        // 0.25 over 3 customers, where pooling the 5 answers would give −0.3 and the
        // mean of the two cards' means (−2.25 and +1) −0.625.
        let measured = find(6, Kind::Measured);
        assert_eq!(measured.points.len(), 1, "no ratings in the first stage");
        let fly = &measured.points[0];
        assert_eq!((fly.x, fly.n, fly.stage), (1.0, 3, StageId(2)));
        assert!((fly.value - 0.25).abs() < 1e-9, "{}", fly.value);
        let (lo, hi) = fly.band.unwrap();
        assert!(lo < 0.25 && hi > 0.25);
        assert_eq!(fly.source, "Seat, Meal (survey)");
        assert_eq!(fly.cards.len(), 2);
        // Business customers: 1.5 and 1.5 (one answered only the seat).
        let business = &find(5, Kind::Measured).points[0];
        assert_eq!((business.n, business.value), (2, 1.5));

        // The gaps by stage, largest first.
        let found = callouts(&stages, |q| q.name.clone());
        let gaps: Vec<(Option<PersonaId>, &str, f64)> = found
            .iter()
            .map(|g| (g.persona, g.title.as_str(), g.difference()))
            .collect();
        assert_eq!(
            gaps,
            [
                (Some(PersonaId(6)), "Fly", 0.75),
                (Some(PersonaId(5)), "Fly", -0.5)
            ]
        );
        assert_eq!(found[0].summary(), "we think −0.5, customers say +0.3");
    }

    #[test]
    fn curves_by_stage_for_all_customers() {
        let (mut p, id) = project_with_two_ratings_in_a_stage();
        p.journeys[0].personas.clear();
        let j = p.journey(id).unwrap();
        let axis = Axis::of(&p, j);
        let stages = by_stage(&p, &axis, &series(&p, j, &axis));
        let measured = stages.iter().find(|s| s.kind == Kind::Measured).unwrap();
        assert_eq!(measured.persona, None);
        // Customer means 1.5, 1.5, −3, 0.75, 3: mean 0.75 over 5 customers.
        let fly = &measured.points[0];
        assert_eq!(fly.n, 5);
        assert!((fly.value - 0.75).abs() < 1e-9, "{}", fly.value);
        // By card, the same callouts as the canvas's gaps, in the same order.
        let cards = series(&p, j, &axis);
        let by_card = callouts(&cards, |q| axis.label_of(q.card).to_owned());
        let canvas: Vec<(CardId, f64)> = gaps(&cards).iter().map(|g| (g.card, g.x)).collect();
        let chart: Vec<f64> = by_card.iter().map(|c| c.x).collect();
        assert_eq!(chart, canvas.iter().map(|c| c.1).collect::<Vec<_>>());
    }
}
