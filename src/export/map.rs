//! A laid-out journey map drawn as SVG elements: the picture the canvas paints at 100%
//! zoom, with every header in place (no sticky headers), nothing selected.

use emath::{Pos2, Rect, Vec2, pos2, vec2};

use super::svg::{Paint, Painter};
use crate::layout::style as st;
use crate::layout::{CardBox, Curve, MapLayout};
use crate::model::Rgb;
use crate::theme::Palette;

const BLACK: Rgb = Rgb::new(0, 0, 0);

/// Draws `map` with its top-left at `origin`. The grid, chart line, links, cards,
/// curves, curve legend and headers, back to front as on the canvas.
pub fn draw(p: &mut Painter<'_>, map: &MapLayout, palette: &Palette, origin: Vec2, legend: bool) {
    let at = |pos: Pos2| pos + origin;
    let r = |rect: Rect| rect.translate(origin);
    p.element(r(Rect::from_min_size(Pos2::ZERO, map.size)));
    p.rect(
        r(Rect::from_min_size(Pos2::ZERO, map.size)),
        0.0,
        palette.background,
    );
    grid(p, map, palette, origin);
    if let Some(band) = &map.emotion_band {
        let (width, dash, gap) = st::ZERO_LINE;
        p.element(r(band.rect));
        p.line(
            at(pos2(band.rect.min.x, band.zero_y)),
            at(pos2(band.rect.max.x, band.zero_y)),
            width,
            palette.neutral.into(),
            Some((dash, gap)),
        );
    }
    for link in &map.links {
        let bounds = Rect::from_points(&link.bezier).expand(12.0);
        p.element(r(bounds));
        p.beziers(&[link.bezier.map(at)], st::LINK_WIDTH, palette.muted_text);
        p.polygon(&link.head.map(at), palette.muted_text);
    }
    for cell in &map.data {
        p.element(r(cell.rect));
        p.rect(r(cell.rect), st::CARD_ROUNDING, palette.header_fill);
        for (pos, text, rgb) in &cell.lines {
            p.text_block(at(*pos), text, *rgb);
        }
    }
    for card in &map.cards {
        draw_card(p, card, palette, origin);
    }
    for curve in &map.measured {
        draw_measured(p, curve, origin);
    }
    for curve in &map.curves {
        draw_curve(p, curve, palette, origin);
    }
    // Labels over the cards and curves, where the layout found them room.
    for label in map.links.iter().filter_map(|l| l.label.as_ref()) {
        p.element(r(label.plate));
        p.rect(r(label.plate), st::LINK_LABEL_PAD, palette.background);
        p.text(
            at(label.run.pos),
            &label.run.text,
            label.run.style,
            label.run.color,
        );
    }
    if legend {
        draw_legend(p, map, palette, origin);
    }
    headers(p, map, palette, origin);
}

fn grid(p: &mut Painter<'_>, map: &MapLayout, palette: &Palette, origin: Vec2) {
    for (i, lane) in map.lanes.iter().enumerate() {
        let row = lane.row.translate(origin);
        p.element(row);
        if i % 2 == 1 {
            p.rect(
                row,
                0.0,
                Paint::new(palette.header_fill, st::LANE_SHADE_ALPHA),
            );
        }
        p.line(
            pos2(row.min.x, row.max.y),
            pos2(row.max.x, row.max.y),
            st::GRID_LINE,
            palette.grid_line.into(),
            None,
        );
    }
    for stage in &map.stages {
        let column = stage.column.translate(origin);
        p.element(column);
        p.line(
            pos2(column.max.x, column.min.y),
            pos2(column.max.x, column.max.y),
            st::GRID_LINE,
            palette.grid_line.into(),
            None,
        );
    }
}

fn draw_card(p: &mut Painter<'_>, card: &CardBox, palette: &Palette, origin: Vec2) {
    let r = card.rect.translate(origin);
    p.element(r.expand(3.0));
    if palette.shadows {
        p.rect(
            r.translate(st::CARD_SHADOW_OFFSET),
            st::CARD_ROUNDING,
            Paint::new(BLACK, f32::from(st::CARD_SHADOW_ALPHA) / 255.0),
        );
    }
    p.rect(r, st::CARD_ROUNDING, card.fill);
    let (width, border) = if card.pain_point {
        (st::CARD_BORDER_MARKED, palette.warning)
    } else if card.moment_of_truth {
        (st::CARD_BORDER_MARKED, palette.highlight)
    } else {
        (st::CARD_BORDER, palette.card_border)
    };
    p.rect_border(r, st::CARD_ROUNDING, width, border);
    p.text_block(card.title_pos + origin, &card.title, palette.card_text);
    for run in &card.footer {
        p.text(run.pos + origin, &run.text, run.style, run.color);
    }
    for dot in &card.dots {
        p.circle(dot.center + origin, dot.radius, dot.color);
    }
    for tag in card.gap.iter().chain(&card.votes) {
        let r = tag.rect.translate(origin);
        p.rect(r, r.height() / 2.0, tag.fill);
        p.text(
            tag.text.pos + origin,
            &tag.text.text,
            tag.text.style,
            tag.text.color,
        );
    }
    let mark = &card.evidence;
    if mark.filled() {
        p.circle(mark.center + origin, st::EVIDENCE_RADIUS, mark.color);
    } else {
        p.circle_ring(
            mark.center + origin,
            st::EVIDENCE_RADIUS,
            st::EVIDENCE_RING,
            mark.color,
        );
    }
}

/// A moment of truth: the star the canvas draws.
pub fn star(p: &mut Painter<'_>, at: Pos2, palette: &Palette) {
    let points = st::star_points(at, st::STAR_RADIUS);
    p.polygon_outline(&points, 1.0, Paint::new(BLACK, st::STAR_OUTLINE_ALPHA));
    p.polygon(
        &[points[0], points[2], points[4], points[6], points[8]],
        palette.highlight,
    );
}

/// A measured curve: dashed, with a small dot at each card (as on the canvas).
fn draw_measured(p: &mut Painter<'_>, curve: &crate::layout::MeasuredCurve, origin: Vec2) {
    let points: Vec<Pos2> = curve.points.iter().map(|(_, pt)| *pt + origin).collect();
    p.element(Rect::from_points(&points).expand(st::MEASURED_DOT + 2.0));
    for pair in points.windows(2) {
        p.line(
            pair[0],
            pair[1],
            st::MEASURED_WIDTH,
            curve.color.into(),
            Some(st::MEASURED_DASH),
        );
    }
    for at in points {
        p.circle(at, st::MEASURED_DOT, curve.color);
    }
}

fn draw_curve(p: &mut Painter<'_>, curve: &Curve, palette: &Palette, origin: Vec2) {
    let points: Vec<Pos2> = curve
        .segments
        .iter()
        .flatten()
        .chain(curve.points.iter().map(|pt| &pt.pos))
        .map(|pt| *pt + origin)
        .collect();
    p.element(Rect::from_points(&points).expand(st::CURVE_POINT_RADIUS + 16.0));
    let segments: Vec<[Pos2; 4]> = curve
        .segments
        .iter()
        .map(|s| s.map(|pt| pt + origin))
        .collect();
    p.beziers(&segments, st::CURVE_WIDTH, curve.color);
    let radius = st::CURVE_POINT_RADIUS;
    let face = crate::layout::text::TextStyle::regular(radius * st::CURVE_FACE_SIZE);
    for point in &curve.points {
        let at = point.pos + origin;
        p.circle(at, radius, palette.emotion_card(point.valence));
        let (width, ring) = if point.pain_point {
            (st::CURVE_POINT_RING_PAIN, palette.warning)
        } else {
            (st::CURVE_POINT_RING, curve.color)
        };
        p.circle_ring(at, radius, width, ring);
        // The canvas draws faces at the font size rounded to half a pixel.
        let size = (face.size * 2.0).round() / 2.0;
        p.text_centered(
            at,
            point.face,
            crate::layout::text::TextStyle { size, ..face },
            palette.card_text,
        );
        if point.moment_of_truth {
            star(p, st::curve_marker_at(at, radius), palette);
        }
    }
}

fn draw_legend(p: &mut Painter<'_>, map: &MapLayout, palette: &Palette, origin: Vec2) {
    let Some(key) = &map.legend else {
        return;
    };
    let plate = key.plate.translate(origin);
    p.element(plate);
    p.rect(
        plate,
        st::LEGEND_PAD,
        Paint::new(palette.background, st::LEGEND_ALPHA),
    );
    for (dot, run) in &key.entries {
        p.circle(dot.center + origin, dot.radius, dot.color);
        p.text(run.pos + origin, &run.text, run.style, palette.text);
    }
}

/// Lane headers, phase bands and stage headers, then the empty corner.
fn headers(p: &mut Painter<'_>, map: &MapLayout, palette: &Palette, origin: Vec2) {
    let text = palette.header_text;
    for lane in &map.lanes {
        let r = lane.header.translate(origin);
        p.element(r);
        let strip = Rect::from_min_size(r.min, vec2(st::LANE_STRIP, r.height()));
        header_box(p, palette, r, lane.accent.map(|a| (strip, a)));
        p.text(
            r.min + st::LANE_ICON_AT,
            lane.kind.icon(),
            lane.name.style,
            text,
        );
        p.text_block(r.min + st::LANE_NAME_AT, &lane.name, text);
    }
    for band in &map.phases {
        let r = band.rect.translate(origin);
        p.element(r);
        p.rect(r.shrink(st::PHASE_INSET), st::PHASE_ROUNDING, band.fill);
        let at = r.min
            + vec2(
                st::PHASE_LABEL_X,
                (r.height() - band.label.line_height) / 2.0,
            );
        p.text_block(at, &band.label, text);
    }
    for stage in &map.stages {
        let r = stage.header.translate(origin);
        p.element(r);
        let strip = Rect::from_min_size(r.min, vec2(r.width(), st::STAGE_STRIP));
        header_box(p, palette, r, stage.accent.map(|a| (strip, a)));
        p.text_block(r.min + st::STAGE_NAME_AT, &stage.name, text);
    }
}

fn header_box(p: &mut Painter<'_>, palette: &Palette, r: Rect, accent: Option<(Rect, Rgb)>) {
    p.rect(r, 0.0, palette.header_fill);
    if let Some((strip, rgb)) = accent {
        p.rect(strip, 0.0, rgb);
    }
    let line = palette.grid_line.into();
    p.line(r.right_top(), r.right_bottom(), st::GRID_LINE, line, None);
    p.line(r.left_bottom(), r.right_bottom(), st::GRID_LINE, line, None);
}
