//! The data behind the curves view and its charts, as pure functions: believed
//! (the workshop's card emotions, as-is or to-be) and measured (mapped customer
//! ratings rescaled to the emotion scale) satisfaction along a journey, per persona;
//! the gaps between them; the same curves by stage ([`by_stage`]); NPS by stage;
//! stage KPIs against their targets, in words; and the Kano class of each touchpoint.

mod gaps;
mod kano;
mod stage_charts;
mod stages;

pub use gaps::{Callout, Gap, callouts, card_gaps, gaps, signed};
pub use kano::{
    DERIVED_KANO_MIN_GROUP, DerivedKano, KanoClass, KanoPoint, kano, kano_from_data, kano_of,
};
pub use stage_charts::{KpiBar, StageNps, kpi_bars, nps_by_stage, percent_of_target};
pub use stages::{StagePoint, by_stage};

use crate::analysis::answers::summary;
use crate::analysis::kpis::persona_rows;
use crate::analysis::stats::{self, Moments};
use crate::i18n::numbers::short;
use crate::model::{
    CardId, ColumnRole, Dataset, ItemTarget, Journey, Persona, PersonaId, Project, Scale, StageId,
    VALENCE_MAX, VALENCE_MIN,
};
use crate::t;

/// The charts of a journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Chart {
    /// Believed against measured curves per persona, card by card, with the largest
    /// gaps.
    #[default]
    Curves,
    /// The same curves with one point per stage (the mean of its cards).
    CurvesByStage,
    /// Stage KPIs against their targets.
    Kpis,
    /// Promoters, passives and detractors by stage.
    Nps,
    /// The Kano classes of touchpoints.
    Kano,
}

impl Chart {
    pub const ALL: [Chart; 5] = [
        Chart::Curves,
        Chart::CurvesByStage,
        Chart::Kpis,
        Chart::Nps,
        Chart::Kano,
    ];

    /// The chart a command-line name asks for: "curves", "curves-by-stage", "kpis",
    /// "nps", "kano".
    pub fn parse(text: &str) -> Option<Self> {
        match text.trim().to_ascii_lowercase().as_str() {
            "curves" | "curve" => Some(Chart::Curves),
            "curves-by-stage" | "by-stage" | "stages" => Some(Chart::CurvesByStage),
            "kpis" | "kpi" => Some(Chart::Kpis),
            "nps" => Some(Chart::Nps),
            "kano" => Some(Chart::Kano),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Chart::Curves => t!("chart-curves"),
            Chart::CurvesByStage => t!("chart-curves-by-stage"),
            Chart::Kpis => t!("chart-kpis"),
            Chart::Nps => t!("chart-nps"),
            Chart::Kano => t!("chart-kano"),
        }
    }

    /// Whether this is one of the two satisfaction-curve charts.
    pub fn is_curves(self) -> bool {
        matches!(self, Chart::Curves | Chart::CurvesByStage)
    }
}

/// One place on the x axis: a card, in stage order (then lane order, then card
/// order), numbered from 0.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub x: f64,
    pub card: CardId,
    pub stage: StageId,
    pub label: String,
}

/// A stage's stretch of the x axis (its first and last tick).
#[derive(Clone, Debug, PartialEq)]
pub struct StageSpan {
    pub stage: StageId,
    pub name: String,
    pub from: f64,
    pub to: f64,
}

/// The x axis of a journey's curves: every card with an emotion (as-is or to-be) or
/// a rating mapped onto it.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Axis {
    pub ticks: Vec<Tick>,
    pub stages: Vec<StageSpan>,
}

impl Axis {
    pub fn of(project: &Project, journey: &Journey) -> Self {
        let rated = rated_cards(project);
        let lane_rank = |lane| journey.lanes.iter().position(|l| l.id == lane);
        let mut axis = Axis::default();
        for stage in &journey.stages {
            let mut here: Vec<(usize, usize)> = journey
                .cards
                .iter()
                .enumerate()
                .filter(|(_, c)| c.stage == stage.id)
                .filter(|(_, c)| {
                    c.emotion.is_some() || c.target_emotion.is_some() || rated.contains(&c.id)
                })
                .filter_map(|(i, c)| Some((lane_rank(c.lane)?, i)))
                .collect();
            here.sort_unstable();
            let from = axis.ticks.len() as f64;
            for (_, i) in here {
                let card = &journey.cards[i];
                axis.ticks.push(Tick {
                    x: axis.ticks.len() as f64,
                    card: card.id,
                    stage: stage.id,
                    label: card.title.clone(),
                });
            }
            let to = axis.ticks.len() as f64 - 1.0;
            if to >= from {
                axis.stages.push(StageSpan {
                    stage: stage.id,
                    name: stage.name.clone(),
                    from,
                    to,
                });
            }
        }
        axis
    }

    /// The title of `card` on the axis ("" when it is not there).
    pub fn label_of(&self, card: CardId) -> &str {
        self.ticks
            .iter()
            .find(|t| t.card == card)
            .map_or("", |t| t.label.as_str())
    }

    pub fn x_of(&self, card: CardId) -> Option<f64> {
        self.ticks.iter().find(|t| t.card == card).map(|t| t.x)
    }
}

/// Cards with a rating column mapped onto them.
fn rated_cards(project: &Project) -> Vec<CardId> {
    let mut out = Vec::new();
    for d in &project.datasets {
        for column in &d.columns {
            if let ColumnRole::Item(targets) = &column.role {
                out.extend(targets.iter().filter_map(|t| match t {
                    ItemTarget::Card(id) => Some(*id),
                    ItemTarget::Stage(_) => None,
                }));
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// What a curve shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// The emotions the team gave the cards (as-is).
    Believed,
    /// The emotions the team wants customers to feel (to-be).
    ToBe,
    /// Customers' ratings, rescaled to the emotion scale.
    Measured,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Believed, Kind::Measured, Kind::ToBe];

    pub fn label(self) -> &'static str {
        match self {
            Kind::Believed => t!("curve-believed"),
            Kind::ToBe => t!("curve-to-be"),
            Kind::Measured => t!("curve-measured"),
        }
    }
}

/// One point of a curve, on the emotion scale (-3..=+3).
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub card: CardId,
    pub value: f64,
    /// The 95% confidence interval (measured points with two answers or more).
    pub band: Option<(f64, f64)>,
    /// Answers behind a measured point (0 for believed ones).
    pub n: usize,
    /// Where the value comes from: "workshop emotion", or the columns and datasets.
    pub source: String,
    pub moment_of_truth: bool,
    pub pain_point: bool,
}

/// What the charts read of a point, card by card ([`Point`]) or by stage
/// ([`StagePoint`]).
pub trait Plotted {
    /// The place on the x axis: a card's tick, or a stage's.
    fn x(&self) -> f64;
    /// On the emotion scale (-3..=+3).
    fn value(&self) -> f64;
    /// The 95% confidence interval, where there is one.
    fn band(&self) -> Option<(f64, f64)>;
    fn n(&self) -> usize;
    fn moment_of_truth(&self) -> bool;
    fn pain_point(&self) -> bool;
}

impl Plotted for Point {
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

/// One persona's curve of one kind (`persona: None`: all customers), card by card
/// (`P` = [`Point`]) or by stage ([`StagePoint`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Series<P = Point> {
    pub persona: Option<PersonaId>,
    pub label: String,
    pub kind: Kind,
    pub points: Vec<P>,
}

/// The believed (or to-be) curve: each card's emotion, for the cards that apply to
/// `persona` (all cards for `None`).
pub fn believed(
    journey: &Journey,
    axis: &Axis,
    persona: Option<PersonaId>,
    kind: Kind,
) -> Vec<Point> {
    axis.ticks
        .iter()
        .filter_map(|tick| {
            let card = journey.card(tick.card)?;
            if persona.is_some_and(|p| !card.applies_to(p)) {
                return None;
            }
            let emotion = match kind {
                Kind::ToBe => card.target_emotion.as_ref()?,
                _ => card.emotion.as_ref()?,
            };
            Some(Point {
                x: tick.x,
                card: card.id,
                value: f64::from(emotion.valence),
                band: None,
                n: 0,
                source: match kind {
                    Kind::ToBe => t!("out-source-to-be-emotion").to_owned(),
                    _ => t!("out-source-emotion").to_owned(),
                },
                moment_of_truth: card.moment_of_truth,
                pain_point: card.pain_point,
            })
        })
        .collect()
}

/// A rating on `scale` on the emotion scale: the scale's bottom is -3, its middle 0,
/// its top +3.
pub fn to_valence(value: f64, scale: Scale) -> f64 {
    let span = scale.max - scale.min;
    if span <= 0.0 {
        return 0.0;
    }
    let (lo, hi) = (f64::from(VALENCE_MIN), f64::from(VALENCE_MAX));
    lo + (value - scale.min) / span * (hi - lo)
}

/// How measured values were put on the emotion scale, for each scale of a rating
/// mapped onto a card:
/// "1–5 ratings: 1 → −3, 3 → 0, 5 → +3".
pub fn rescaling_note(project: &Project) -> String {
    let mut scales: Vec<Scale> = Vec::new();
    for d in &project.datasets {
        for column in &d.columns {
            // Only ratings of cards are drawn on the curves.
            if let (ColumnRole::Item(t), Some(s)) = (&column.role, column.scale)
                && t.iter().any(|t| matches!(t, ItemTarget::Card(_)))
                && !scales.contains(&s)
            {
                scales.push(s);
            }
        }
    }
    scales
        .iter()
        .map(|s| {
            t!(
                "out-rescaling",
                min = short(s.min),
                max = short(s.max),
                mid = short(f64::midpoint(s.min, s.max))
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// What the curves chart shows, for under the chart (the legend shows how each kind
/// is drawn): the scale, how ratings were rescaled, and by stage what a point is.
pub fn scale_note(project: &Project, by_stage: bool) -> String {
    let note = rescaling_note(project);
    let mut text = if note.is_empty() {
        t!("out-scale-note").to_owned()
    } else {
        t!("out-scale-note-rescaled", note = note)
    };
    if by_stage {
        text.push(' ');
        text.push_str(t!("out-scale-note-by-stage"));
    }
    text
}

/// The measured curve: for each card with rating columns mapped onto it, their
/// answers (of `persona`'s customers, or everyone's) rescaled to the emotion scale
/// and pooled, with n and the 95% interval. Columns without a scale, and datasets
/// where the persona's customers cannot be told apart, are left out.
pub fn measured(
    project: &Project,
    journey: &Journey,
    axis: &Axis,
    persona: Option<&Persona>,
) -> Vec<Point> {
    // Each rated column's answers on the emotion scale, for the rows that count: as
    // moments, which pool without the answers (the summaries are kept between
    // layouts, see `answers::summary`).
    let mut columns: Vec<(&[ItemTarget], Moments, String)> = Vec::new();
    for d in &project.datasets {
        let rated = d.columns.iter().any(|c| {
            matches!(&c.role, ColumnRole::Item(t) if t.iter().any(|t| matches!(t, ItemTarget::Card(_))))
        });
        if !rated {
            continue;
        }
        let Some(rows) = rows_for(d, persona) else {
            continue;
        };
        for (c, column) in d.columns.iter().enumerate() {
            let (ColumnRole::Item(targets), Some(scale)) = (&column.role, column.scale) else {
                continue;
            };
            if targets.is_empty() {
                continue;
            }
            let moments = summary(d, c, rows.as_ref()).map_or_else(Moments::default, |s| {
                let moments = Moments::of(&s);
                let slope = to_valence(1.0, scale) - to_valence(0.0, scale);
                moments.mapped(to_valence(moments.mean, scale), slope)
            });
            columns.push((targets, moments, format!("{} ({})", column.name, d.name)));
        }
    }
    axis.ticks
        .iter()
        .filter_map(|tick| {
            let card = journey.card(tick.card)?;
            let target = ItemTarget::Card(card.id);
            let mine: Vec<&(&[ItemTarget], Moments, String)> = columns
                .iter()
                .filter(|(t, _, _)| t.contains(&target))
                .collect();
            let pooled = mine
                .iter()
                .fold(Moments::default(), |all, (_, m, _)| all.pooled(*m));
            (pooled.n > 0).then(|| Point {
                x: tick.x,
                card: card.id,
                value: pooled.mean,
                band: pooled.ci95(),
                n: pooled.n,
                source: mine
                    .iter()
                    .map(|(_, _, s)| s.as_str())
                    .collect::<Vec<_>>()
                    .join("; "),
                moment_of_truth: card.moment_of_truth,
                pain_point: card.pain_point,
            })
        })
        .collect()
}

/// The rows of `d` that count for `persona`: `Some(None)` for everyone's, `None`
/// when the persona's customers cannot be told apart in `d` (no rule applies).
#[allow(
    clippy::option_option,
    reason = "three cases: all rows, some rows, none apply"
)]
fn rows_for(d: &Dataset, persona: Option<&Persona>) -> Option<Option<std::sync::Arc<[usize]>>> {
    match persona {
        Some(p) => persona_rows(d, p).map(Some),
        None => Some(None),
    }
}

/// Every curve of a journey: for each of its personas (or all customers when it
/// names none) and each kind, the curves that have points.
pub fn series(project: &Project, journey: &Journey, axis: &Axis) -> Vec<Series> {
    let personas: Vec<Option<&Persona>> = if journey.personas.is_empty() {
        vec![None]
    } else {
        journey
            .personas
            .iter()
            .filter_map(|id| project.persona(*id))
            .map(Some)
            .collect()
    };
    let mut out = Vec::new();
    for persona in personas {
        let label = persona.map_or_else(|| t!("out-all-customers").to_owned(), |p| p.name.clone());
        for kind in Kind::ALL {
            let points = match kind {
                Kind::Measured => measured(project, journey, axis, persona),
                _ => believed(journey, axis, persona.map(|p| p.id), kind),
            };
            if !points.is_empty() {
                out.push(Series {
                    persona: persona.map(|p| p.id),
                    label: label.clone(),
                    kind,
                    points,
                });
            }
        }
    }
    out
}

#[cfg(test)]
#[allow(
    clippy::float_cmp,
    reason = "the expected values are exact in binary (halves and quarters)"
)]
mod tests;
