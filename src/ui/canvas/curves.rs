//! The emotion lane's curves on the map: each persona's believed curve through the
//! cards' emotions (faces, pain points, moments of truth), the measured curves dashed
//! beside them, and the legend naming them.

use egui::epaint::{CubicBezierShape, PathStroke};
use egui::{Align2, Color32, Painter, Shape, Stroke, vec2};

use super::paint::{Detail, Scene, marker};
use crate::layout::Curve;
use crate::layout::style as st;
use crate::layout::text::TextStyle;
use crate::ui::theme::color;

/// The names of the emotion curves, over the top-left of the chart.
pub(super) fn legend(painter: &Painter, scene: &Scene<'_>) {
    let Scene {
        map,
        frame,
        palette,
        ..
    } = scene;
    let (Some(band), Some(key)) = (&map.emotion_band, &map.legend) else {
        return;
    };
    if Detail::for_zoom(frame.zoom()) != Detail::Full {
        return;
    }
    let area = frame.content_area(map);
    let clip = painter.with_clip_rect(area.intersect(painter.clip_rect()));
    // The names as the canvas shapes them at this zoom (a rounded font size can run a
    // pixel wider than the layout measured): the plate reaches past the longest.
    let galleys: Vec<_> = key
        .entries
        .iter()
        .map(|(_, run)| {
            let font = run.style.font_id(frame.zoom());
            painter.layout_no_wrap(run.text.clone(), font, color(palette.text))
        })
        .collect();
    let mut plate = frame.rect(key.plate);
    for ((_, run), galley) in key.entries.iter().zip(&galleys) {
        let right = frame.pos(run.pos).x + galley.size().x + st::LEGEND_PAD * frame.zoom();
        plate.max.x = plate.max.x.max(right);
    }
    // Scrolled sideways, the names stay at the left of the chart in view.
    let room = frame.rect(band.rect).max.x - plate.max.x;
    let shift = vec2(
        (area.min.x + 8.0 - plate.min.x).clamp(0.0, room.max(0.0)),
        0.0,
    );
    // A plate under the names, as the exports draw it.
    clip.rect_filled(
        plate.translate(shift),
        st::LEGEND_PAD,
        color(palette.background).gamma_multiply(st::LEGEND_ALPHA),
    );
    for ((dot, run), galley) in key.entries.iter().zip(galleys) {
        clip.circle_filled(
            frame.pos(dot.center) + shift,
            dot.radius * frame.zoom(),
            color(dot.color),
        );
        clip.galley(frame.pos(run.pos) + shift, galley, color(palette.text));
    }
}

/// A measured curve: dashed, with a small dot at each card.
pub(super) fn draw_measured(
    painter: &Painter,
    scene: &Scene<'_>,
    curve: &crate::layout::MeasuredCurve,
) {
    let frame = scene.frame;
    let c = color(curve.color);
    let points: Vec<egui::Pos2> = curve.points.iter().map(|(_, p)| frame.pos(*p)).collect();
    let zoom = frame.zoom().clamp(0.4, 3.0);
    let (dash, gap) = st::MEASURED_DASH;
    painter.extend(Shape::dashed_line(
        &points,
        Stroke::new(st::MEASURED_WIDTH * zoom, c),
        dash * zoom,
        gap * zoom,
    ));
    for at in points {
        painter.circle_filled(at, st::MEASURED_DOT * zoom, c);
    }
}

pub(super) fn draw_curve(painter: &Painter, scene: &Scene<'_>, curve: &Curve) {
    let Scene { frame, palette, .. } = scene;
    let c = color(curve.color);
    for segment in &curve.segments {
        painter.add(CubicBezierShape::from_points_stroke(
            segment.map(|p| frame.pos(p)),
            false,
            Color32::TRANSPARENT,
            PathStroke::new(st::CURVE_WIDTH, c),
        ));
    }
    let detail = Detail::for_zoom(frame.zoom());
    for point in &curve.points {
        let at = frame.pos(point.pos);
        let radius = (st::CURVE_POINT_RADIUS * frame.zoom()).clamp(4.0, 18.0);
        painter.circle_filled(at, radius, color(palette.emotion_card(point.valence)));
        let ring = if point.pain_point {
            Stroke::new(st::CURVE_POINT_RING_PAIN, color(palette.warning))
        } else {
            Stroke::new(st::CURVE_POINT_RING, c)
        };
        painter.circle_stroke(at, radius, ring);
        if detail == Detail::Full && radius >= 8.0 {
            painter.text(
                at,
                Align2::CENTER_CENTER,
                point.face,
                TextStyle::regular(radius * st::CURVE_FACE_SIZE).font_id(1.0),
                color(palette.card_text),
            );
        }
        if point.moment_of_truth {
            marker(painter, st::curve_marker_at(at, radius), palette);
        }
    }
}
