//! The data behind the curves view and its charts, as pure functions: believed
//! (the workshop's card emotions, as-is or to-be) and measured (mapped customer
//! ratings rescaled to the emotion scale) satisfaction along a journey, per persona;
//! the gaps between them; the same curves by stage ([`by_stage`]); NPS by stage;
//! stage KPIs against their targets, in words; and the Kano class of each touchpoint.

mod stages;

pub use stages::{StagePoint, by_stage};

use crate::analysis::kpis::{answers, persona_rows};
use crate::analysis::stats::{self, Nps};
use crate::i18n::numbers;
use crate::model::{
    Better, CardId, ColumnRole, Dataset, ItemTarget, Journey, KanoAnswer, KanoResponse, Persona,
    PersonaId, Project, Scale, StageId, VALENCE_MAX, VALENCE_MIN,
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
    measured_with(project, journey, axis, persona, &mut Answers::default())
}

/// Each rated column's answers on the emotion scale, read once and shared by the
/// curves of every persona.
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
                .into_iter()
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

fn measured_with(
    project: &Project,
    journey: &Journey,
    axis: &Axis,
    persona: Option<&Persona>,
    cache: &mut Answers,
) -> Vec<Point> {
    // Each rated column's answers on the emotion scale, for the rows that count.
    let mut columns: Vec<(&[ItemTarget], Vec<f64>, String)> = Vec::new();
    for (di, d) in project.datasets.iter().enumerate() {
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
            let all = cache.of(di, d, c, scale);
            let values: Vec<f64> = match &rows {
                Some(rows) => rows
                    .iter()
                    .filter_map(|r| all.get(*r).copied().flatten())
                    .collect(),
                None => all.iter().copied().flatten().collect(),
            };
            columns.push((targets, values, format!("{} ({})", column.name, d.name)));
        }
    }
    axis.ticks
        .iter()
        .filter_map(|tick| {
            let card = journey.card(tick.card)?;
            let target = ItemTarget::Card(card.id);
            let mine: Vec<&(&[ItemTarget], Vec<f64>, String)> = columns
                .iter()
                .filter(|(t, _, _)| t.contains(&target))
                .collect();
            let pooled: Vec<f64> = mine
                .iter()
                .flat_map(|(_, v, _)| v.iter().copied())
                .collect();
            let summary = stats::summarize(&pooled, None)?;
            Some(Point {
                x: tick.x,
                card: card.id,
                value: summary.mean,
                band: summary.ci95,
                n: summary.n,
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
fn rows_for(d: &Dataset, persona: Option<&Persona>) -> Option<Option<Vec<usize>>> {
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
    let mut cache = Answers::default();
    for persona in personas {
        let label = persona.map_or_else(|| t!("out-all-customers").to_owned(), |p| p.name.clone());
        for kind in Kind::ALL {
            let points = match kind {
                Kind::Measured => measured_with(project, journey, axis, persona, &mut cache),
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

/// A card where what the team believes and what customers say part ways.
#[derive(Clone, Debug, PartialEq)]
pub struct Gap {
    pub persona: Option<PersonaId>,
    pub card: CardId,
    pub x: f64,
    pub believed: f64,
    pub measured: f64,
    pub n: usize,
}

impl Gap {
    /// Measured minus believed, on the emotion scale.
    pub fn difference(&self) -> f64 {
        self.measured - self.believed
    }

    /// Whose gap it is: the persona's name, or "All customers".
    pub fn who<'p>(&self, project: &'p Project) -> &'p str {
        self.persona
            .and_then(|p| project.persona(p))
            .map_or(t!("out-all-customers"), |p| p.name.as_str())
    }

    /// "we think +2, customers say −0.8".
    pub fn summary(&self) -> String {
        think_say(self.believed, self.measured)
    }
}

/// "we think +2, customers say −0.8".
fn think_say(believed: f64, measured: f64) -> String {
    t!(
        "out-think-say",
        think = signed(believed),
        say = signed(measured)
    )
}

/// A value with its sign: "+2", "−0.8", "0".
pub fn signed(v: f64) -> String {
    let rounded = (v * 10.0).round() / 10.0;
    let text = numbers::decimal(rounded.abs(), 1);
    let text = text
        .strip_suffix(".0")
        .or_else(|| text.strip_suffix(",0"))
        .unwrap_or(&text)
        .to_owned();
    if rounded > 0.0 {
        format!("+{text}")
    } else if rounded < 0.0 {
        format!("−{text}")
    } else {
        "0".to_owned()
    }
}

/// The gaps between each persona's believed and measured curves, largest first.
pub fn gaps(series: &[Series]) -> Vec<Gap> {
    let mut out = Vec::new();
    for believed in series.iter().filter(|s| s.kind == Kind::Believed) {
        let Some(measured) = series
            .iter()
            .find(|s| s.kind == Kind::Measured && s.persona == believed.persona)
        else {
            continue;
        };
        for b in &believed.points {
            if let Some(m) = measured.points.iter().find(|m| m.card == b.card) {
                out.push(Gap {
                    persona: believed.persona,
                    card: b.card,
                    x: b.x,
                    believed: b.value,
                    measured: m.value,
                    n: m.n,
                });
            }
        }
    }
    out.sort_by(|a, b| {
        b.difference()
            .abs()
            .total_cmp(&a.difference().abs())
            .then(a.x.total_cmp(&b.x))
    });
    out
}

/// A gap as a chart calls it out, card by card or by stage: where, whose, how large.
#[derive(Clone, Debug, PartialEq)]
pub struct Callout {
    pub persona: Option<PersonaId>,
    pub x: f64,
    /// The card's title or the stage's name.
    pub title: String,
    pub believed: f64,
    pub measured: f64,
    /// The answers (by card) or customers (by stage) behind the measured value.
    pub n: usize,
}

impl Callout {
    /// Measured minus believed, on the emotion scale.
    pub fn difference(&self) -> f64 {
        self.measured - self.believed
    }

    /// Whose gap it is: the persona's name, or "All customers".
    pub fn who<'p>(&self, project: &'p Project) -> &'p str {
        self.persona
            .and_then(|p| project.persona(p))
            .map_or(t!("out-all-customers"), |p| p.name.as_str())
    }

    /// "we think +2, customers say −0.8".
    pub fn summary(&self) -> String {
        think_say(self.believed, self.measured)
    }
}

/// The gaps between each persona's believed and measured curves, largest first (then
/// left to right), for a chart in either mode: a believed and a measured point at
/// the same place (x) make a gap. `title` names a point's place.
pub fn callouts<P: Plotted>(series: &[Series<P>], title: impl Fn(&P) -> String) -> Vec<Callout> {
    let mut out = Vec::new();
    for believed in series.iter().filter(|s| s.kind == Kind::Believed) {
        let Some(measured) = series
            .iter()
            .find(|s| s.kind == Kind::Measured && s.persona == believed.persona)
        else {
            continue;
        };
        for b in &believed.points {
            if let Some(m) = measured
                .points
                .iter()
                .find(|m| (m.x() - b.x()).abs() < 1e-9)
            {
                out.push(Callout {
                    persona: believed.persona,
                    x: b.x(),
                    title: title(b),
                    believed: b.value(),
                    measured: m.value(),
                    n: m.n(),
                });
            }
        }
    }
    out.sort_by(|a, b| {
        b.difference()
            .abs()
            .total_cmp(&a.difference().abs())
            .then(a.x.total_cmp(&b.x))
    });
    out
}

/// The largest gap of each card (over personas), largest first: what the canvas
/// marks.
pub fn card_gaps(project: &Project, journey: &Journey) -> Vec<Gap> {
    let axis = Axis::of(project, journey);
    let mut seen = Vec::new();
    gaps(&series(project, journey, &axis))
        .into_iter()
        .filter(|g| {
            let new = !seen.contains(&g.card);
            seen.push(g.card);
            new
        })
        .collect()
}

/// NPS of one stage: the 0-10 answers mapped onto the stage or its cards.
#[derive(Clone, Debug, PartialEq)]
pub struct StageNps {
    pub stage: StageId,
    pub name: String,
    pub nps: Nps,
    pub n: usize,
}

/// NPS by stage, for `persona`'s customers or everyone; stages without a 0-10
/// answer are left out.
pub fn nps_by_stage(
    project: &Project,
    journey: &Journey,
    persona: Option<&Persona>,
) -> Vec<StageNps> {
    journey
        .stages
        .iter()
        .filter_map(|stage| {
            let on_stage = |t: &ItemTarget| match t {
                ItemTarget::Stage(s) => *s == stage.id,
                ItemTarget::Card(c) => journey.card(*c).is_some_and(|c| c.stage == stage.id),
            };
            let mut values = Vec::new();
            for d in &project.datasets {
                let Some(rows) = rows_for(d, persona) else {
                    continue;
                };
                for (c, column) in d.columns.iter().enumerate() {
                    let ColumnRole::Item(targets) = &column.role else {
                        continue;
                    };
                    if column.scale.is_some_and(Scale::is_nps) && targets.iter().any(on_stage) {
                        let all = answers(d, c);
                        match &rows {
                            Some(rows) => values
                                .extend(rows.iter().filter_map(|r| all.get(*r).copied().flatten())),
                            None => values.extend(all.into_iter().flatten()),
                        }
                    }
                }
            }
            let summary = stats::summarize(&values, Some(Scale::ZERO_TO_TEN))?;
            Some(StageNps {
                stage: stage.id,
                name: stage.name.clone(),
                nps: summary.nps?,
                n: summary.n,
            })
        })
        .collect()
}

/// One stage KPI against its target.
#[derive(Clone, Debug, PartialEq)]
pub struct KpiBar {
    pub stage: String,
    pub name: String,
    pub unit: String,
    pub target: f64,
    pub actual: f64,
    /// Actual as a share of target (1.0 = on target).
    pub ratio: f64,
    pub off_target: bool,
    /// Which direction is good.
    pub better: Better,
}

impl KpiBar {
    /// Actual against target in plain words: "3.49 of 3.5 points · 99.7% of target ·
    /// 0.01 points short". The share is never rounded onto 100% when the target is
    /// missed or beaten (99.7% is not "100%"), and the difference says which way.
    pub fn wording(&self) -> String {
        t!(
            "out-kpi-wording",
            actual = self.actual_of_target(),
            percent = percent_of_target(self.ratio),
            verdict = self.verdict()
        )
    }

    /// "3.49 of 3.5 points", "34.17 of 50%".
    pub fn actual_of_target(&self) -> String {
        t!(
            "out-kpi-actual-of",
            actual = short(self.actual),
            target = with_unit(self.target, &self.unit)
        )
    }

    /// How far from the target, and which way: "0.01 points short", "2 h over",
    /// "5.32 points above", "on target".
    pub fn verdict(&self) -> String {
        let delta = (self.actual - self.target).abs();
        if short(delta) == "0" {
            // Closer than the values are written: say which side it falls on.
            return if self.off_target {
                t!("out-kpi-just-off-target").to_owned()
            } else {
                t!("out-kpi-on-target").to_owned()
            };
        }
        // A difference of percentages is in points.
        let unit = if self.unit.trim() == "%" {
            t!("out-kpi-points")
        } else {
            self.unit.trim()
        };
        let delta = with_unit(delta, unit);
        match (self.better, self.actual < self.target) {
            (Better::Higher, true) => t!("out-kpi-short", delta = delta),
            (Better::Higher, false) => t!("out-kpi-above", delta = delta),
            (Better::Lower, true) => t!("out-kpi-under", delta = delta),
            (Better::Lower, false) => t!("out-kpi-over", delta = delta),
        }
    }
}

/// A value as written on a chart: at most two decimals, no trailing zeros ("3.5",
/// "34.17", "12").
pub fn short(v: f64) -> String {
    let text = numbers::decimal(v, 2);
    let text = text.trim_end_matches('0').trim_end_matches(['.', ',']);
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

/// "3.5 points", "50%", "12".
fn with_unit(v: f64, unit: &str) -> String {
    match unit.trim() {
        "" => short(v),
        "%" => t!("out-percent", value = short(v)),
        unit => format!("{} {unit}", short(v)),
    }
}

/// A share of target as a percentage that never reads "100%" unless it is: 0.997 is
/// "99.7%", 1.0004 "100.04%", 0.68 "68%".
pub fn percent_of_target(ratio: f64) -> String {
    let percent = ratio * 100.0;
    if !percent.is_finite() {
        return "–".to_owned();
    }
    if (percent - 100.0).abs() < 1e-9 {
        return numbers::percent(100.0, 0);
    }
    for decimals in 0..4 {
        let text = format!("{percent:.decimals$}");
        let rounded: f64 = text.parse().unwrap_or(percent);
        // Rounded onto (or across) 100 while the value is not: one more decimal.
        if (rounded - 100.0).abs() > 1e-9 && (rounded > 100.0) == (percent > 100.0) {
            return numbers::percent(percent, decimals);
        }
    }
    if percent < 100.0 {
        t!("out-kpi-just-under-100").to_owned()
    } else {
        t!("out-kpi-just-over-100").to_owned()
    }
}

/// The journey's stage KPIs that have both a target and an actual value.
pub fn kpi_bars(journey: &Journey) -> Vec<KpiBar> {
    journey
        .stages
        .iter()
        .flat_map(|s| s.kpis.iter().map(move |k| (s, k)))
        .filter_map(|(stage, kpi)| {
            let (target, actual) = (kpi.target?, kpi.actual?);
            Some(KpiBar {
                stage: stage.name.clone(),
                name: kpi.name.clone(),
                unit: kpi.unit.clone(),
                target,
                actual,
                ratio: if target == 0.0 { 1.0 } else { actual / target },
                off_target: kpi.off_target().unwrap_or(false),
                better: kpi.better,
            })
        })
        .collect()
}

/// The Kano categories.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KanoClass {
    MustBe,
    Performance,
    Attractive,
    Indifferent,
    Reverse,
    Questionable,
}

impl KanoClass {
    pub const ALL: [KanoClass; 6] = [
        KanoClass::MustBe,
        KanoClass::Performance,
        KanoClass::Attractive,
        KanoClass::Indifferent,
        KanoClass::Reverse,
        KanoClass::Questionable,
    ];

    pub fn label(self) -> &'static str {
        match self {
            KanoClass::MustBe => t!("kano-must-be"),
            KanoClass::Performance => t!("kano-performance"),
            KanoClass::Attractive => t!("kano-attractive"),
            KanoClass::Indifferent => t!("kano-indifferent"),
            KanoClass::Reverse => t!("kano-reverse"),
            KanoClass::Questionable => t!("kano-questionable"),
        }
    }

    /// The class of one answer pair, by the Kano evaluation table.
    pub fn of(response: &KanoResponse) -> Self {
        use KanoAnswer::{Dislike, Expect, Like, Neutral, Tolerate};
        match (response.functional, response.dysfunctional) {
            (Like, Like) | (Dislike, Dislike) => KanoClass::Questionable,
            (Like, Dislike) => KanoClass::Performance,
            (Like, Expect | Neutral | Tolerate) => KanoClass::Attractive,
            (Expect | Neutral | Tolerate, Dislike) => KanoClass::MustBe,
            (Expect | Neutral | Tolerate, Expect | Neutral | Tolerate) => KanoClass::Indifferent,
            (Expect | Neutral | Tolerate | Dislike, Like) | (Dislike, _) => KanoClass::Reverse,
        }
    }
}

/// A touchpoint's Kano answers, classified.
#[derive(Clone, Debug, PartialEq)]
pub struct KanoPoint {
    pub card: CardId,
    pub label: String,
    pub class: KanoClass,
    /// How many answers fell in each class, in [`KanoClass::ALL`] order.
    pub counts: [usize; 6],
    /// Satisfaction if present: (A + P) / (A + P + M + I), 0..=1.
    pub better: f64,
    /// Dissatisfaction if absent: (P + M) / (A + P + M + I), 0..=1.
    pub worse: f64,
    pub n: usize,
}

/// The Kano class of every card with Kano answers: the most frequent class (ties go
/// to the one with more impact: must-be, then performance, attractive, indifferent),
/// with the better and worse coefficients.
pub fn kano(journey: &Journey) -> Vec<KanoPoint> {
    journey.cards.iter().filter_map(kano_of).collect()
}

/// The Kano class of one card (see [`kano`]); `None` without answers.
pub fn kano_of(card: &crate::model::Card) -> Option<KanoPoint> {
    (!card.kano.is_empty()).then(|| {
        let mut counts = [0usize; 6];
        for r in &card.kano {
            let class = KanoClass::of(r);
            let i = KanoClass::ALL.iter().position(|k| *k == class).unwrap_or(5);
            counts[i] += 1;
        }
        let class = KanoClass::ALL
            .iter()
            .zip(counts)
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
            .map_or(KanoClass::Questionable, |(k, _)| *k);
        let [m, p, a, i, _, _] = counts;
        let base = (a + p + m + i).max(1) as f64;
        KanoPoint {
            card: card.id,
            label: card.title.clone(),
            class,
            counts,
            better: (a + p) as f64 / base,
            worse: (p + m) as f64 / base,
            n: card.kano.len(),
        }
    })
}

/// A touchpoint's Kano class derived from customer data by penalty-reward contrast:
/// how much more often customers are satisfied overall when they rate the touchpoint
/// high rather than middling (the reward), and when middling rather than low (the
/// penalty).
#[derive(Clone, Debug, PartialEq)]
pub struct DerivedKano {
    pub card: CardId,
    pub label: String,
    pub class: KanoClass,
    /// Share satisfied when rated high, minus when rated in the middle.
    pub reward: f64,
    /// Share satisfied when rated in the middle, minus when rated low.
    pub penalty: f64,
    /// Answers behind it.
    pub n: usize,
    /// The rating columns and the outcome, for hover and notes.
    pub source: String,
}

/// The fewest answers in each of the low, middle and high groups for a class.
pub const DERIVED_KANO_MIN_GROUP: usize = 10;

/// The Kano class of every card with ratings mapped onto it, from the datasets that
/// name their overall outcome ([`crate::model::Outcome`]): low is the bottom two
/// points of the scale (0-6 on 0-10), high the top two (9-10), the rest middling.
/// A touchpoint whose reward and penalty add up to less than a quarter of the
/// largest one's is indifferent; otherwise the asymmetry (reward − penalty) /
/// (reward + penalty) makes it attractive (above 0.2), must-be (below −0.2) or
/// performance. Higher ratings going with less satisfaction make it reverse.
pub fn kano_from_data(project: &Project, journey: &Journey) -> Vec<DerivedKano> {
    // Per card: its title, (satisfied, answered) when rated low, middling and high,
    // and the columns read.
    type Tally = (CardId, String, [(usize, usize); 3], Vec<String>);
    let mut found: Vec<Tally> = Vec::new();
    for d in &project.datasets {
        let Some(outcome) = &d.outcome else { continue };
        let Some((oc, ocol)) = d.column(outcome.column.trim()) else {
            continue;
        };
        let satisfied: Vec<Option<bool>> = d
            .rows
            .iter()
            .map(|row| {
                let cell = row.get(oc)?;
                if ocol.is_missing(cell) {
                    return None;
                }
                match ocol.scale.filter(|_| outcome.satisfied.trim().is_empty()) {
                    Some(scale) => super::kpis::answer(ocol, cell).map(|v| v >= scale.max - 1.0),
                    None => Some(cell.trim() == outcome.satisfied.trim()),
                }
            })
            .collect();
        for (c, column) in d.columns.iter().enumerate() {
            let (ColumnRole::Item(targets), Some(scale)) = (&column.role, column.scale) else {
                continue;
            };
            let groups = outcome_groups(&answers(d, c), &satisfied, scale);
            for target in targets {
                let ItemTarget::Card(id) = target else {
                    continue;
                };
                let Some(card) = journey.card(*id) else {
                    continue;
                };
                let source = format!("{} ({})", column.name, d.name);
                match found.iter_mut().find(|f| f.0 == *id) {
                    Some(f) => {
                        for (sum, add) in f.2.iter_mut().zip(groups) {
                            sum.0 += add.0;
                            sum.1 += add.1;
                        }
                        f.3.push(source);
                    }
                    None => found.push((*id, card.title.clone(), groups, vec![source])),
                }
            }
        }
    }
    let rate = |(sat, all): (usize, usize)| sat as f64 / all.max(1) as f64;
    let mut out: Vec<DerivedKano> = found
        .into_iter()
        .filter(|(_, _, groups, _)| groups.iter().all(|g| g.1 >= DERIVED_KANO_MIN_GROUP))
        .map(|(card, label, [low, mid, high], sources)| DerivedKano {
            card,
            label,
            class: KanoClass::Indifferent,
            reward: rate(high) - rate(mid),
            penalty: rate(mid) - rate(low),
            n: low.1 + mid.1 + high.1,
            source: sources.join("; "),
        })
        .collect();
    // Sorted by where they sit in the journey.
    let order = |id: CardId| journey.cards.iter().position(|c| c.id == id);
    out.sort_by_key(|k| order(k.card));
    let largest = out.iter().map(|k| k.reward + k.penalty).fold(0.0, f64::max);
    for k in &mut out {
        let total = k.reward + k.penalty;
        k.class = if k.reward < 0.0 && k.penalty < 0.0 {
            KanoClass::Reverse
        } else if total <= 0.0 || total < largest / 4.0 {
            KanoClass::Indifferent
        } else {
            let asymmetry = (k.reward - k.penalty) / total;
            if asymmetry > 0.2 {
                KanoClass::Attractive
            } else if asymmetry < -0.2 {
                KanoClass::MustBe
            } else {
                KanoClass::Performance
            }
        };
    }
    out
}

/// (satisfied, answered) among the low, middle and high ratings on `scale`.
fn outcome_groups(
    ratings: &[Option<f64>],
    satisfied: &[Option<bool>],
    scale: Scale,
) -> [(usize, usize); 3] {
    let (low_top, high_from) = if scale.is_nps() {
        (6.0, 9.0)
    } else {
        (scale.min + 1.0, scale.max - 1.0)
    };
    let mut groups = [(0usize, 0usize); 3];
    for (rating, sat) in ratings.iter().zip(satisfied) {
        let (Some(v), Some(sat)) = (rating, sat) else {
            continue;
        };
        if !scale.contains(*v) {
            continue;
        }
        let g = if *v <= low_top {
            0
        } else if *v >= high_from {
            2
        } else {
            1
        };
        groups[g].0 += usize::from(*sat);
        groups[g].1 += 1;
    }
    groups
}

#[cfg(test)]
#[allow(
    clippy::float_cmp,
    reason = "the expected values are exact in binary (halves and quarters)"
)]
mod tests {
    use super::*;
    use crate::model::{
        Card, CardId, Column, ColumnKind, DatasetId, Emotion, Kpi, Lane, LaneId, Phase,
        SegmentRule, Stage,
    };

    /// Two stages; cards 10 (stage 1), 11 and 12 (stage 2); card 11 is rated 1-5 by
    /// a survey of two segments; card 12 is for persona 6 only.
    pub(super) fn project() -> (Project, crate::model::JourneyId) {
        let mut p = Project::default();
        let mut j = Journey {
            stages: vec![
                Stage::new(StageId(1), "Book", Phase::Before),
                Stage::new(StageId(2), "Fly", Phase::During),
            ],
            lanes: vec![Lane::new(
                LaneId(3),
                "Touchpoints",
                crate::model::LaneKind::Touchpoints,
            )],
            personas: vec![PersonaId(5), PersonaId(6)],
            ..Journey::default()
        };
        let card = |id, stage, valence: Option<i8>| {
            let mut c = Card::new(CardId(id), StageId(stage), LaneId(3), format!("card {id}"));
            c.emotion = valence.map(Emotion::new);
            c
        };
        j.cards = vec![
            card(10, 1, Some(2)),
            card(11, 2, Some(2)),
            card(12, 2, Some(-3)),
        ];
        j.cards[2].personas = vec![PersonaId(6)];
        j.cards[2].target_emotion = Some(Emotion::new(1));
        j.cards[0].moment_of_truth = true;
        let id = j.id;
        p.journeys.push(j);
        for (pid, value) in [(5, "Business"), (6, "Personal")] {
            let mut persona = Persona::new(PersonaId(pid), format!("P{pid}"), "");
            persona.segment_rules = vec![SegmentRule {
                dataset: None,
                column: "Type".into(),
                value: value.into(),
            }];
            p.personas.push(persona);
        }
        let mut rating = Column::new(
            "Seat",
            ColumnKind::Number,
            ColumnRole::Item(vec![ItemTarget::Card(CardId(11))]),
        );
        rating.scale = Some(Scale::ONE_TO_FIVE);
        rating.missing = vec!["0".into()];
        p.datasets.push(Dataset {
            id: DatasetId(20),
            name: "survey".into(),
            columns: vec![
                Column::new("Type", ColumnKind::Category, ColumnRole::Segment),
                rating,
            ],
            rows: [
                ["Business", "5"],
                ["Business", "4"],
                ["Personal", "1"],
                ["Personal", "2"],
                ["Personal", "0"],
            ]
            .into_iter()
            .collect(),
            ..Dataset::default()
        });
        (p, id)
    }

    #[test]
    fn the_axis_runs_stage_by_stage_over_cards_with_emotions_or_ratings() {
        let (p, id) = project();
        let j = p.journey(id).unwrap();
        let axis = Axis::of(&p, j);
        let cards: Vec<u64> = axis.ticks.iter().map(|t| t.card.0).collect();
        assert_eq!(cards, [10, 11, 12]);
        assert_eq!(axis.stages.len(), 2);
        assert_eq!((axis.stages[1].from, axis.stages[1].to), (1.0, 2.0));
    }

    #[test]
    fn ratings_are_rescaled_to_the_emotion_scale() {
        assert_eq!(to_valence(1.0, Scale::ONE_TO_FIVE), -3.0);
        assert_eq!(to_valence(3.0, Scale::ONE_TO_FIVE), 0.0);
        assert_eq!(to_valence(5.0, Scale::ONE_TO_FIVE), 3.0);
        assert_eq!(to_valence(4.0, Scale::ONE_TO_SEVEN), 0.0);
        assert_eq!(to_valence(10.0, Scale::ZERO_TO_TEN), 3.0);
        assert!((to_valence(7.0, Scale::ZERO_TO_TEN) - 1.2).abs() < 1e-9);
        let (p, _) = project();
        assert_eq!(rescaling_note(&p), "1–5 ratings: 1 → −3, 3 → 0, 5 → +3");
    }

    #[test]
    fn believed_measured_and_to_be_curves_per_persona() {
        let (p, id) = project();
        let j = p.journey(id).unwrap();
        let axis = Axis::of(&p, j);
        let all = believed(j, &axis, None, Kind::Believed);
        assert_eq!(
            all.iter().map(|p| p.value).collect::<Vec<_>>(),
            [2.0, 2.0, -3.0]
        );
        assert!(all[0].moment_of_truth);
        let business = believed(j, &axis, Some(PersonaId(5)), Kind::Believed);
        assert_eq!(business.len(), 2, "card 12 is not for persona 5");
        let to_be = believed(j, &axis, Some(PersonaId(6)), Kind::ToBe);
        assert_eq!((to_be.len(), to_be[0].value), (1, 1.0));

        let measured_all = measured(&p, j, &axis, None);
        // 5, 4, 1, 2 (0 is no answer) -> +3, +1.5, -3, -1.5: mean 0.
        assert_eq!(measured_all.len(), 1);
        assert_eq!((measured_all[0].n, measured_all[0].value), (4, 0.0));
        assert_eq!(measured_all[0].source, "Seat (survey)");
        let (lo, hi) = measured_all[0].band.unwrap();
        assert!(lo < 0.0 && hi > 0.0);
        let business = measured(&p, j, &axis, p.persona(PersonaId(5)));
        assert_eq!((business[0].n, business[0].value), (2, 2.25));
        let personal = measured(&p, j, &axis, p.persona(PersonaId(6)));
        assert_eq!((personal[0].n, personal[0].value), (2, -2.25));
    }

    #[test]
    fn gaps_are_listed_largest_first_and_worded() {
        let (p, id) = project();
        let j = p.journey(id).unwrap();
        let axis = Axis::of(&p, j);
        let all = series(&p, j, &axis);
        let kinds: Vec<(Option<u64>, Kind)> = all
            .iter()
            .map(|s| (s.persona.map(|p| p.0), s.kind))
            .collect();
        assert_eq!(
            kinds,
            [
                (Some(5), Kind::Believed),
                (Some(5), Kind::Measured),
                (Some(6), Kind::Believed),
                (Some(6), Kind::Measured),
                (Some(6), Kind::ToBe),
            ]
        );
        let found = gaps(&all);
        // Persona 6 believes +2 on card 11 and says -2.25; persona 5 believes +2, says +2.25.
        assert_eq!(found.len(), 2);
        assert_eq!(
            (found[0].persona, found[0].card),
            (Some(PersonaId(6)), CardId(11))
        );
        assert!((found[0].difference() + 4.25).abs() < 1e-9);
        assert_eq!(found[0].summary(), "we think +2, customers say −2.3");
        assert_eq!(card_gaps(&p, j).len(), 1, "one card, its largest gap");
        assert_eq!(signed(0.04), "0");
        assert_eq!(signed(-0.8), "−0.8");
    }

    #[test]
    fn a_kpi_a_hair_short_of_target_says_so() {
        let bar = |actual: f64, target: f64, unit: &str, better: Better| {
            let kpi = Kpi {
                name: "k".into(),
                unit: unit.into(),
                target: Some(target),
                actual: Some(actual),
                better,
                ..Kpi::default()
            };
            let mut j = Journey::default();
            let mut stage = Stage::new(StageId(1), "S", Phase::During);
            stage.kpis = vec![kpi];
            j.stages = vec![stage];
            kpi_bars(&j).remove(0)
        };
        // 3.49 of 3.5 is 99.7%: a miss, and said as one, never "100%".
        let seat = bar(3.49, 3.5, "points", Better::Higher);
        assert!(seat.off_target);
        assert_eq!(
            seat.wording(),
            "3.49 of 3.5 points · 99.7% of target · 0.01 points short"
        );
        assert_eq!(
            bar(65.32, 60.0, "%", Better::Higher).wording(),
            "65.32 of 60% · 109% of target · 5.32 points above"
        );
        assert_eq!(
            bar(30.0, 24.0, "h", Better::Lower).wording(),
            "30 of 24 h · 125% of target · 6 h over"
        );
        assert_eq!(bar(20.0, 24.0, "h", Better::Lower).verdict(), "4 h under");
        assert_eq!(bar(50.0, 50.0, "%", Better::Higher).verdict(), "on target");
        assert_eq!(
            bar(3.499, 3.5, "", Better::Higher).verdict(),
            "just off target"
        );
        assert_eq!(percent_of_target(1.0), "100%");
        assert_eq!(percent_of_target(0.9996), "99.96%");
        assert_eq!(percent_of_target(0.995), "99.5%");
        assert_eq!(percent_of_target(1.003), "100.3%");
        assert_eq!(percent_of_target(0.68), "68%");
        assert_eq!(percent_of_target(1.25), "125%");
    }

    #[test]
    fn nps_by_stage_splits_promoters_passives_and_detractors() {
        let (mut p, id) = project();
        let mut nps = Column::new(
            "Recommend",
            ColumnKind::Number,
            ColumnRole::Item(vec![ItemTarget::Stage(StageId(2))]),
        );
        nps.scale = Some(Scale::ZERO_TO_TEN);
        let d = &mut p.datasets[0];
        d.columns.push(nps);
        d.rows = d
            .rows
            .iter()
            .zip(["10", "9", "7", "3", "6"])
            .map(|(r, v)| r.iter().chain([v]).collect::<Vec<_>>())
            .collect();
        let j = p.journey(id).unwrap();
        let by_stage = nps_by_stage(&p, j, None);
        assert_eq!(by_stage.len(), 1);
        assert_eq!((by_stage[0].stage, by_stage[0].n), (StageId(2), 5));
        let n = by_stage[0].nps;
        assert!((n.promoters - 0.4).abs() < 1e-9 && (n.passives - 0.2).abs() < 1e-9);
        assert!((n.detractors - 0.4).abs() < 1e-9 && n.score.abs() < 1e-9);
        let business = nps_by_stage(&p, j, p.persona(PersonaId(5)));
        assert_eq!(business[0].nps.score, 100.0);
    }

    #[test]
    fn stage_kpis_compare_actual_with_target() {
        let (mut p, id) = project();
        let j = p.journeys.iter_mut().find(|j| j.id == id).unwrap();
        j.stages[0].kpis = vec![
            Kpi {
                name: "CSAT".into(),
                target: Some(4.0),
                actual: Some(3.0),
                ..Kpi::default()
            },
            Kpi {
                name: "No actual".into(),
                target: Some(1.0),
                ..Kpi::default()
            },
        ];
        let bars = kpi_bars(j);
        assert_eq!(bars.len(), 1);
        assert_eq!((bars[0].ratio, bars[0].off_target), (0.75, true));
    }

    #[test]
    fn kano_answers_classify_touchpoints() {
        use KanoAnswer::{Dislike, Expect, Like, Neutral, Tolerate};
        let r = |functional, dysfunctional| KanoResponse {
            functional,
            dysfunctional,
        };
        assert_eq!(KanoClass::of(&r(Like, Dislike)), KanoClass::Performance);
        assert_eq!(KanoClass::of(&r(Like, Neutral)), KanoClass::Attractive);
        assert_eq!(KanoClass::of(&r(Expect, Dislike)), KanoClass::MustBe);
        assert_eq!(KanoClass::of(&r(Neutral, Tolerate)), KanoClass::Indifferent);
        assert_eq!(KanoClass::of(&r(Dislike, Like)), KanoClass::Reverse);
        assert_eq!(KanoClass::of(&r(Neutral, Like)), KanoClass::Reverse);
        assert_eq!(KanoClass::of(&r(Like, Like)), KanoClass::Questionable);
        let (mut p, id) = project();
        let j = p.journeys.iter_mut().find(|j| j.id == id).unwrap();
        j.cards[0].kano = vec![
            r(Expect, Dislike),
            r(Neutral, Dislike),
            r(Like, Dislike),
            r(Like, Neutral),
        ];
        j.cards[1].kano = vec![r(Like, Dislike), r(Expect, Dislike)];
        let found = kano(j);
        assert_eq!(found.len(), 2);
        assert_eq!((found[0].class, found[0].n), (KanoClass::MustBe, 4));
        assert!((found[0].better - 0.5).abs() < 1e-9 && (found[0].worse - 0.75).abs() < 1e-9);
        assert_eq!(found[1].class, KanoClass::MustBe, "a tie goes to must-be");
    }

    #[test]
    fn kano_classes_are_derived_from_ratings_and_the_overall_outcome() {
        use crate::model::Outcome;
        let (mut p, id) = project();
        // Four touchpoints, each rated low (1), middling (3) or high (5) by 20
        // customers per group; how many of them were satisfied overall.
        let shapes: [(&str, [usize; 3]); 4] = [
            ("delight", [6, 6, 16]), // reward only: attractive
            ("basic", [0, 12, 13]),  // penalty only: must-be
            ("linear", [2, 8, 14]),  // both: performance
            ("noise", [10, 10, 11]), // barely any: indifferent
        ];
        let j = p.journeys.iter_mut().find(|j| j.id == id).unwrap();
        let mut columns = vec![Column::new(
            "Overall",
            ColumnKind::Category,
            ColumnRole::Ignored,
        )];
        for (k, (name, _)) in shapes.iter().enumerate() {
            let card = Card::new(CardId(100 + k as u64), StageId(2), LaneId(3), *name);
            j.cards.push(card);
            let mut c = Column::new(
                *name,
                ColumnKind::Number,
                ColumnRole::Item(vec![ItemTarget::Card(CardId(100 + k as u64))]),
            );
            c.scale = Some(Scale::ONE_TO_FIVE);
            columns.push(c);
        }
        // Each touchpoint gets its own 60 respondents; the other ratings are blank.
        let mut rows: Vec<Vec<String>> = Vec::new();
        for (k, (_, satisfied)) in shapes.iter().enumerate() {
            for (g, rating) in ["1", "3", "5"].iter().enumerate() {
                for i in 0..20 {
                    let mut row = vec![String::new(); shapes.len() + 1];
                    row[0] = if i < satisfied[g] { "yes" } else { "no" }.to_owned();
                    row[k + 1] = (*rating).to_owned();
                    rows.push(row);
                }
            }
        }
        p.datasets.push(Dataset {
            id: DatasetId(30),
            name: "kano survey".into(),
            columns,
            rows: rows.into_iter().collect(),
            outcome: Some(Outcome {
                column: "Overall".into(),
                satisfied: "yes".into(),
            }),
            ..Dataset::default()
        });
        let j = p.journey(id).unwrap();
        let found = kano_from_data(&p, j);
        let classes: Vec<(&str, KanoClass)> =
            found.iter().map(|k| (k.label.as_str(), k.class)).collect();
        assert_eq!(
            classes,
            [
                ("delight", KanoClass::Attractive),
                ("basic", KanoClass::MustBe),
                ("linear", KanoClass::Performance),
                ("noise", KanoClass::Indifferent),
            ]
        );
        assert!((found[0].reward - 0.5).abs() < 1e-9 && found[0].penalty.abs() < 1e-9);
        assert!((found[1].penalty - 0.6).abs() < 1e-9);
        assert_eq!(
            (found[0].n, found[0].source.as_str()),
            (60, "delight (kano survey)")
        );
        // Without an outcome nothing is derived; the survey of `project()` has none.
        p.datasets.pop();
        assert!(kano_from_data(&p, p.journey(id).unwrap()).is_empty());
    }
}
