//! The key naming the emotion curves: a dot in each curve's colour and its name, side
//! by side on a plate in the strip at the top of the emotion band. The band keeps that
//! strip clear ([`KEY_STRIP`]): no curve point or moment-of-truth star runs under it.

use emath::{Pos2, Rect, Vec2, pos2, vec2};

use super::curve::Curve;
use super::style::LEGEND_PAD;
use super::text::{TextEngine, TextStyle};
use super::{Dot, Run};
use crate::t;
use crate::theme::Palette;

/// Where the key starts in its band (the first dot's top left).
pub const KEY_AT: Vec2 = vec2(12.0, 6.0);
/// The height at the top of an emotion band kept for the key: its plate (to about
/// 24 units down) and a gap. The canvas draws the star of a moment of truth at a
/// fixed size in pixels: at the smallest zoom that shows the key (0.7) the star of a
/// point at +3 still ends a pixel above the plate.
pub const KEY_STRIP: f32 = 30.0;
/// The size of the key's names.
const KEY_TEXT: TextStyle = TextStyle::regular(11.0);

/// The curves' key: its entries and the plate under them.
#[derive(Clone, Debug, PartialEq)]
pub struct CurveKey {
    pub entries: Vec<(Dot, Run)>,
    /// The plate drawn under the entries, padding included.
    pub plate: Rect,
}

/// The key's last entry when measured curves are drawn.
pub fn measured_legend() -> &'static str {
    t!("out-legend-measured-dashed")
}

/// The key of `curves` (and of the measured curves' dashes), starting at `at`; none
/// without curves.
pub(super) fn key(
    curves: &[Curve],
    measured: bool,
    at: Pos2,
    palette: &Palette,
    engine: &mut TextEngine,
) -> Option<CurveKey> {
    let mut x = at.x;
    let mut bottom = at.y;
    let measured = measured.then(|| (measured_legend().to_owned(), palette.muted_text));
    let entries: Vec<(Dot, Run)> = curves
        .iter()
        .map(|curve| (curve.label.clone(), curve.color))
        .chain(measured)
        .map(|(label, color)| {
            let dot = Dot {
                center: pos2(x + 5.0, at.y + 7.0),
                radius: 5.0,
                color,
            };
            let run = Run {
                pos: pos2(x + 14.0, at.y),
                text: label,
                style: KEY_TEXT,
                color: palette.text,
            };
            let size = engine.wrap(&run.text, KEY_TEXT, f32::INFINITY, 1).size;
            bottom = bottom.max(at.y + size.y);
            x = run.pos.x + size.x + 16.0;
            (dot, run)
        })
        .collect();
    let right = x - 16.0;
    (!entries.is_empty()).then(|| CurveKey {
        entries,
        plate: Rect::from_min_max(at, pos2(right, bottom)).expand(LEGEND_PAD),
    })
}
