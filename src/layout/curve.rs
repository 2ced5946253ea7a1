//! The emotion curves drawn in a journey's emotion lane: one smooth curve per persona
//! through the emotions of the cards that apply to them, stage by stage.

use crate::t;
use emath::{Pos2, Rect, pos2};

use crate::model::{CardId, Journey, LaneId, PersonaId, Project, Rgb, VALENCE_MAX, face_for};
use crate::theme::Palette;

use super::key::KEY_STRIP;
use super::style::{CURVE_POINT_RADIUS, STAR_GAP, STAR_RADIUS};

/// The chart area at the top of an emotion lane.
#[derive(Clone, Debug, PartialEq)]
pub struct EmotionBand {
    pub lane: LaneId,
    pub rect: Rect,
    /// Height of the zero line (neutral emotion).
    pub zero_y: f32,
    /// Map units per step of valence.
    pub step: f32,
}

impl EmotionBand {
    /// The chart in `rect`, below the strip kept for the curves' key. Above +3 there
    /// is room for a point and the star of a moment of truth over it, below −3 for a
    /// point and a little air.
    pub fn new(lane: LaneId, rect: Rect) -> Self {
        let top = KEY_STRIP + CURVE_POINT_RADIUS + STAR_GAP + STAR_RADIUS + 1.0;
        let bottom = CURVE_POINT_RADIUS + 2.0;
        let step = ((rect.height() - top - bottom) / (2.0 * f32::from(VALENCE_MAX))).max(1.0);
        Self {
            lane,
            rect,
            zero_y: rect.min.y + top + step * f32::from(VALENCE_MAX),
            step,
        }
    }

    /// The height of a valence on the chart.
    pub fn y(&self, valence: f32) -> f32 {
        self.zero_y - valence * self.step
    }
}

/// A point of a curve: one card's emotion.
#[derive(Clone, Debug, PartialEq)]
pub struct CurvePoint {
    pub pos: Pos2,
    pub card: CardId,
    pub valence: i8,
    pub face: &'static str,
    pub moment_of_truth: bool,
    pub pain_point: bool,
}

/// One persona's curve (or everybody's, `persona: None`).
#[derive(Clone, Debug, PartialEq)]
pub struct Curve {
    pub persona: Option<PersonaId>,
    pub label: String,
    pub color: Rgb,
    pub points: Vec<CurvePoint>,
    /// The smooth path through the points, as cubic Bézier segments.
    pub segments: Vec<[Pos2; 4]>,
}

/// The curves of a journey. The cards with an emotion in a stage are spread evenly
/// across the stage's width (in lane order, then card order), at the same place for
/// every persona.
pub fn curves(
    project: &Project,
    journey: &Journey,
    band: &EmotionBand,
    stage_x: &[(f32, f32)],
    only: Option<PersonaId>,
    palette: &Palette,
) -> Vec<Curve> {
    let lane_rank = |lane: LaneId| journey.lanes.iter().position(|l| l.id == lane);
    // (x, card index) of every card with an emotion, stage by stage.
    let mut placed: Vec<(f32, usize)> = Vec::new();
    for (stage, &(left, width)) in journey.stages.iter().zip(stage_x) {
        let mut here: Vec<(usize, usize)> = journey
            .cards
            .iter()
            .enumerate()
            .filter(|(_, c)| c.stage == stage.id && c.emotion.is_some())
            .filter_map(|(i, c)| Some((lane_rank(c.lane)?, i)))
            .collect();
        here.sort_unstable();
        let n = here.len() as f32;
        for (k, (_, i)) in here.into_iter().enumerate() {
            placed.push((left + width * (k as f32 + 1.0) / (n + 1.0), i));
        }
    }
    let curve_for = |persona: Option<PersonaId>| -> Vec<CurvePoint> {
        placed
            .iter()
            .filter_map(|&(x, i)| {
                let card = journey.cards.get(i)?;
                if persona.is_some_and(|p| !card.applies_to(p)) {
                    return None;
                }
                let emotion = card.emotion.as_ref()?;
                Some(CurvePoint {
                    pos: pos2(x, band.y(f32::from(emotion.valence))),
                    card: card.id,
                    valence: emotion.valence,
                    face: face_for(emotion.valence),
                    moment_of_truth: card.moment_of_truth,
                    pain_point: card.pain_point,
                })
            })
            .collect()
    };

    let personas: Vec<PersonaId> = match only {
        Some(p) => vec![p],
        None => journey.personas.clone(),
    };
    let mut out: Vec<Curve> = personas
        .into_iter()
        .filter_map(|id| {
            let persona = project.persona(id)?;
            let points = curve_for(Some(id));
            (!points.is_empty()).then(|| Curve {
                persona: Some(id),
                label: persona.name.clone(),
                color: project.persona_color(id),
                segments: smooth(&points, band),
                points,
            })
        })
        .collect();
    if out.is_empty() && only.is_none() {
        let points = curve_for(None);
        if !points.is_empty() {
            out.push(Curve {
                persona: None,
                label: t!("out-all-customers").to_owned(),
                color: palette.neutral,
                segments: smooth(&points, band),
                points,
            });
        }
    }
    out
}

/// A Catmull-Rom spline through the points, as Bézier segments, kept within the
/// scale (−3…+3): a curve inside its control points never rises into the key's strip.
fn smooth(points: &[CurvePoint], band: &EmotionBand) -> Vec<[Pos2; 4]> {
    let p: Vec<Pos2> = points.iter().map(|c| c.pos).collect();
    let at = |i: usize| {
        p.get(i.min(p.len().saturating_sub(1)))
            .copied()
            .unwrap_or_default()
    };
    let max = f32::from(VALENCE_MAX);
    let clamp = |q: Pos2| pos2(q.x, q.y.clamp(band.y(max), band.y(-max)));
    (1..p.len())
        .map(|i| {
            let p0 = at(i.saturating_sub(2));
            let (p1, p2) = (at(i - 1), at(i));
            let p3 = at(i + 1);
            let c1 = clamp(p1 + (p2 - p0) / 6.0);
            let c2 = clamp(p2 - (p3 - p1) / 6.0);
            [p1, c1, c2, p2]
        })
        .collect()
}

/// A measured curve in the emotion lane: customers' ratings (rescaled to the
/// emotion scale) at the cards of a believed curve, for the same persona.
#[derive(Clone, Debug, PartialEq)]
pub struct MeasuredCurve {
    pub persona: Option<PersonaId>,
    pub color: Rgb,
    /// The points, left to right; drawn as a dashed line with small dots.
    pub points: Vec<(CardId, Pos2)>,
}

/// The measured curve of each believed curve that has one, at the same cards.
pub fn measured_curves(
    curves: &[Curve],
    series: &[crate::analysis::curves::Series],
    band: &EmotionBand,
) -> Vec<MeasuredCurve> {
    use crate::analysis::curves::Kind;
    curves
        .iter()
        .filter_map(|curve| {
            let measured = series
                .iter()
                .find(|s| s.kind == Kind::Measured && s.persona == curve.persona)?;
            let points: Vec<(CardId, Pos2)> = curve
                .points
                .iter()
                .filter_map(|p| {
                    let m = measured.points.iter().find(|m| m.card == p.card)?;
                    Some((p.card, pos2(p.pos.x, band.y(m.value as f32))))
                })
                .collect();
            (!points.is_empty()).then_some(MeasuredCurve {
                persona: curve.persona,
                color: curve.color,
                points,
            })
        })
        .collect()
}
