//! The curves charts' data ready to plot, made once per revision of the project:
//! each curve's points, band, marks and hover texts, card by card or by stage, and
//! the gaps to call out.

use std::fmt::Write as _;

use egui_plot::PlotPoint;

use crate::analysis::curves::{self, Axis, Callout, Kind, Plotted, Series, StagePoint, signed};
use crate::i18n::numbers;
use crate::model::{PersonaId, Project};
use crate::t;

/// One curve ready to plot: its points, band, marks and what hovering says.
pub(super) struct Trace {
    pub(super) persona: Option<PersonaId>,
    pub(super) kind: Kind,
    /// Unique ("Marco Rossi · Measured"): how hovering finds the trace.
    pub(super) name: String,
    pub(super) points: Vec<PlotPoint>,
    /// x, low and high of the points with a 95% interval.
    pub(super) band: (Vec<f64>, Vec<f64>, Vec<f64>),
    pub(super) moments: Vec<PlotPoint>,
    pub(super) pains: Vec<PlotPoint>,
    pub(super) hover: Vec<String>,
}

/// One of the two curves charts, ready to plot; made once per revision.
pub(super) struct Drawing {
    pub(super) traces: Vec<Trace>,
    /// The gaps, largest first.
    pub(super) callouts: Vec<Callout>,
    /// The stages along x: from, to, name.
    pub(super) stages: Vec<(f64, f64, String)>,
    pub(super) last_x: f64,
    pub(super) note: String,
}

impl Drawing {
    pub(super) fn by_card(project: &Project, axis: &Axis, series: &[Series]) -> Self {
        Self {
            traces: series
                .iter()
                .map(|s| trace(s, |p| card_text(axis, s, p)))
                .collect(),
            callouts: curves::callouts(series, |p| axis.label_of(p.card).to_owned()),
            stages: axis
                .stages
                .iter()
                .map(|s| (s.from, s.to, s.name.clone()))
                .collect(),
            last_x: axis.ticks.len().saturating_sub(1) as f64,
            note: curves::scale_note(project, false),
        }
    }

    pub(super) fn by_stage(project: &Project, axis: &Axis, series: &[Series<StagePoint>]) -> Self {
        Self {
            traces: series
                .iter()
                .map(|s| trace(s, |p| stage_text(s, p)))
                .collect(),
            callouts: curves::callouts(series, |p| p.name.clone()),
            stages: axis
                .stages
                .iter()
                .enumerate()
                .map(|(i, s)| (i as f64, i as f64, s.name.clone()))
                .collect(),
            last_x: axis.stages.len().saturating_sub(1) as f64,
            note: curves::scale_note(project, true),
        }
    }
}

fn trace<P: Plotted>(s: &Series<P>, text: impl Fn(&P) -> String) -> Trace {
    let at = |p: &P| PlotPoint::new(p.x(), p.value());
    let banded: Vec<(f64, (f64, f64))> = s
        .points
        .iter()
        .filter_map(|p| Some((p.x(), p.band()?)))
        .collect();
    Trace {
        persona: s.persona,
        kind: s.kind,
        name: format!("{} · {}", s.label, s.kind.label()),
        points: s.points.iter().map(at).collect(),
        band: (
            banded.iter().map(|b| b.0).collect(),
            banded.iter().map(|b| b.1.0).collect(),
            banded.iter().map(|b| b.1.1).collect(),
        ),
        // The marks go on the believed curve (the team's cards).
        moments: s
            .points
            .iter()
            .filter(|p| s.kind == Kind::Believed && p.moment_of_truth())
            .map(at)
            .collect(),
        pains: s
            .points
            .iter()
            .filter(|p| s.kind == Kind::Believed && p.pain_point())
            .map(at)
            .collect(),
        hover: s.points.iter().map(text).collect(),
    }
}

/// "+0.2 (95% CI +0.1 to +0.3)".
fn value_text(value: f64, band: Option<(f64, f64)>) -> String {
    match band {
        Some((lo, hi)) => t!(
            "data-chart-value-ci",
            value = signed(value),
            low = signed(lo),
            high = signed(hi)
        ),
        None => signed(value),
    }
}

/// A count with thousands, in the language shown.
pub(super) fn count(n: usize) -> String {
    numbers::integer(i64::try_from(n).unwrap_or(i64::MAX))
}

/// What hovering a card's point says: the card, the value, n and where it comes from.
fn card_text(axis: &Axis, s: &Series, p: &curves::Point) -> String {
    let mut text = format!(
        "{}\n{} · {}",
        axis.label_of(p.card),
        s.label,
        t!(
            "out-label-value",
            label = s.kind.label(),
            value = value_text(p.value, p.band)
        )
    );
    if p.n > 0 {
        let _ = write!(text, "\nn {}", count(p.n));
    }
    let _ = write!(
        text,
        "\n{}",
        t!("data-chart-from", source = p.source.as_str())
    );
    if p.moment_of_truth {
        let _ = write!(text, "\n{}", t!("data-chart-moment"));
    }
    if p.pain_point {
        let _ = write!(text, "\n{}", t!("data-chart-pain"));
    }
    text
}

/// What hovering a stage's point says: the stage, the value, n, and its cards.
fn stage_text(s: &Series<StagePoint>, p: &StagePoint) -> String {
    let mut text = format!(
        "{}\n{} · {}",
        p.name,
        s.label,
        t!(
            "out-label-value",
            label = s.kind.label(),
            value = value_text(p.value, p.band)
        )
    );
    if s.kind == Kind::Measured {
        let _ = write!(text, "\n{}", t!("data-chart-n-customers", count = p.n));
    }
    let _ = write!(text, "\n{}", t!("data-chart-cards", count = p.cards.len()));
    for line in p.card_lines() {
        let _ = write!(text, "\n   {line}");
    }
    let _ = write!(
        text,
        "\n{}",
        t!("data-chart-from", source = p.source.as_str())
    );
    if p.moment_of_truth {
        let _ = write!(text, "\n{}", t!("data-chart-a-moment"));
    }
    if p.pain_point {
        let _ = write!(text, "\n{}", t!("data-chart-a-pain"));
    }

    text
}
