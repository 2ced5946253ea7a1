//! How the parts of a laid-out map are drawn at 100% zoom: line widths, corner radii,
//! offsets and marker shapes. The canvas painter and the exporters both read these, so
//! an exported map looks like the screen.

use emath::{Pos2, Vec2, vec2};

use crate::model::Rgb;

/// The evidence mark in a card's top-right corner: its radius, its distance from
/// the corner, and the width of the ring of an assumed card.
pub const EVIDENCE_RADIUS: f32 = 3.0;
pub const EVIDENCE_INSET: f32 = 5.5;
pub const EVIDENCE_RING: f32 = 1.2;

/// Corner radius of a card.
/// The badge of a card's dots in a vote: a deep blue with white text, on every theme.
pub const VOTE_FILL: Rgb = Rgb::new(0x1d, 0x4e, 0xd8);

pub const CARD_ROUNDING: f32 = 4.0;
/// Offset of a card's shadow, and its opacity (black).
pub const CARD_SHADOW_OFFSET: Vec2 = vec2(1.5, 2.0);
pub const CARD_SHADOW_ALPHA: u8 = 40;
/// Border of a plain card, of a pain point and of a moment of truth.
pub const CARD_BORDER: f32 = 1.0;
pub const CARD_BORDER_MARKED: f32 = 2.5;

/// Grid lines between cells and around headers.
pub const GRID_LINE: f32 = 1.0;
/// Opacity of the header colour shading every other lane.
pub const LANE_SHADE_ALPHA: f32 = 0.35;
/// Width of the colour strip on the left of a lane header and on top of a stage header.
pub const LANE_STRIP: f32 = 4.0;
pub const STAGE_STRIP: f32 = 5.0;
/// Where a lane's icon and name start, and a stage's name, inside the header.
pub const LANE_ICON_AT: Vec2 = vec2(12.0, 12.0);
pub const LANE_NAME_AT: Vec2 = vec2(36.0, 12.0);
pub const STAGE_NAME_AT: Vec2 = vec2(10.0, 10.0);
/// Phase bands: inset from their column, corner radius, left padding of the label.
pub const PHASE_INSET: f32 = 1.0;
pub const PHASE_ROUNDING: f32 = 4.0;
pub const PHASE_LABEL_X: f32 = 10.0;

/// The dashed line at neutral emotion: width, dash and gap.
pub const ZERO_LINE: (f32, f32, f32) = (1.0, 6.0, 4.0);
/// Width of an emotion curve, radius of its points and width of their rings.
pub const CURVE_WIDTH: f32 = 3.0;
/// Measured curves: a thinner dashed line (dash and gap lengths) with small dots.
pub const MEASURED_WIDTH: f32 = 2.0;
pub const MEASURED_DASH: (f32, f32) = (7.0, 5.0);
pub const MEASURED_DOT: f32 = 3.5;
pub const CURVE_POINT_RADIUS: f32 = 9.0;
pub const CURVE_POINT_RING: f32 = 2.0;
pub const CURVE_POINT_RING_PAIN: f32 = 2.5;
/// The face in a curve point, as a fraction of the point's radius.
pub const CURVE_FACE_SIZE: f32 = 1.3;

/// Links between cards: line width; the plate under a label (padding, radius).
pub const LINK_WIDTH: f32 = 1.6;
pub const LINK_LABEL_PAD: f32 = 3.0;

/// The plate under the curve legend: padding, radius, opacity of the background.
pub const LEGEND_PAD: f32 = 4.0;
pub const LEGEND_ALPHA: f32 = 0.85;

/// Radius of the moment-of-truth star, and the opacity of its black outline.
pub const STAR_RADIUS: f32 = 7.0;
/// The gap between a curve point and the star of its moment of truth above it.
pub const STAR_GAP: f32 = 6.0;
pub const STAR_OUTLINE_ALPHA: f32 = 0.6;

/// The ten corners of a star around `center` (outer, inner, outer...), first at the top.
pub fn star_points(center: Pos2, radius: f32) -> [Pos2; 10] {
    std::array::from_fn(|i| {
        let angle = std::f32::consts::PI * (i as f32) / 5.0 - std::f32::consts::FRAC_PI_2;
        let r = if i % 2 == 0 { radius } else { radius * 0.45 };
        center + vec2(angle.cos(), angle.sin()) * r
    })
}

/// Where the star of a curve point's moment of truth goes.
pub fn curve_marker_at(point: Pos2, radius: f32) -> Pos2 {
    point - vec2(0.0, radius + STAR_GAP)
}
