//! How a kind of curve is drawn in a picture: its line (width, dashes) and its
//! markers as the curves view draws them, and the believed curve's moment-of-truth
//! diamond and pain-point cross.

use emath::{Pos2, Rect, pos2, vec2};

use crate::analysis::curves::Kind;
use crate::export::svg::{Paint, Painter};
use crate::layout::chart::{self as geometry, Dash, KindStyle, Marker};
use crate::model::Rgb;

/// A sample of how `kind` is drawn, from `a` to `b`, in `rgb`.
pub(super) fn sample(p: &mut Painter<'_>, kind: Kind, a: Pos2, b: Pos2, rgb: Rgb) {
    let style = geometry::kind_style(kind);
    if style.band {
        p.rect(
            Rect::from_min_max(a - vec2(0.0, 6.0), b + vec2(0.0, 6.0)),
            2.0,
            Paint::new(rgb, 0.18),
        );
    }
    stroke(p, &[a, b], &style, rgb);
    marker(p, pos2(f32::midpoint(a.x, b.x), a.y), &style, rgb);
}

/// A line through `points` in `style`'s width and dashes.
pub(super) fn stroke(p: &mut Painter<'_>, points: &[Pos2], style: &KindStyle, rgb: Rgb) {
    match style.dash {
        Dash::Solid => p.polyline(points, style.width, rgb.into(), None, true),
        Dash::Dashed { dash, gap } => {
            p.polyline(points, style.width, rgb.into(), Some((dash, gap)), false);
        }
        // Round dots of the same size as on screen (radius = the line's width).
        Dash::Dotted { spacing } => p.polyline(
            points,
            2.0 * style.width,
            rgb.into(),
            Some((0.1, spacing - 0.1)),
            true,
        ),
    }
}

/// A marker as the curves view draws it.
pub(super) fn marker(p: &mut Painter<'_>, c: Pos2, style: &KindStyle, rgb: Rgb) {
    let r = style.radius;
    match style.marker {
        Marker::Circle => p.circle(c, r, rgb),
        Marker::Square => {
            let half = r * std::f32::consts::FRAC_1_SQRT_2;
            p.rect(
                Rect::from_center_size(c, vec2(2.0 * half, 2.0 * half)),
                0.0,
                rgb,
            );
        }
        Marker::Triangle => {
            let s3 = 3_f32.sqrt() / 2.0;
            p.polygon(
                &[
                    c + r * vec2(0.0, -1.0),
                    c + r * vec2(s3, 0.5),
                    c + r * vec2(-s3, 0.5),
                ],
                rgb,
            );
        }
    }
}

pub(super) fn diamond(p: &mut Painter<'_>, c: Pos2, r: f32, rgb: Rgb) {
    p.polygon_outline(
        &[
            c + vec2(0.0, -r),
            c + vec2(r, 0.0),
            c + vec2(0.0, r),
            c + vec2(-r, 0.0),
        ],
        2.0,
        rgb.into(),
    );
}

pub(super) fn cross(p: &mut Painter<'_>, c: Pos2, r: f32, rgb: Rgb) {
    p.line(c + vec2(-r, -r), c + vec2(r, r), 2.5, rgb.into(), None);
    p.line(c + vec2(-r, r), c + vec2(r, -r), 2.5, rgb.into(), None);
}
