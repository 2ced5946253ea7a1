//! The map's headers, painted over everything and kept on screen when the map
//! scrolls past them (like a sheet's frozen rows): phase bands, stage names, lane
//! names with their icons, locks, selection.

use egui::{Align2, Painter, Pos2, Rect, Stroke, StrokeKind, pos2, vec2};

use super::Header;
use super::paint::{Frame, Scene, header_size, name_text};
use crate::layout::style as st;
use crate::layout::text::{TextStyle, WrappedText};
use crate::model::Rgb;
use crate::t;
use crate::theme::Palette;
use crate::ui::theme::{self, color};

/// Text of a header, at the header's scale: `origin` is where the text starts, in
/// map units, inside `header` (in map units), which is drawn at `on_screen`.
fn header_text(
    painter: &Painter,
    frame: &Frame,
    on_screen: Rect,
    header: Rect,
    text: &WrappedText,
    origin: Pos2,
    rgb: Rgb,
) {
    let scale = frame.header_scale;
    for line in &text.lines {
        let at = on_screen.min + (origin - header.min + line.offset) * scale;
        painter.text(
            at,
            Align2::LEFT_TOP,
            &line.text,
            text.style.font_id(scale),
            color(rgb),
        );
    }
}

/// Phase bands, stage headers and lane headers, kept on screen.
pub(super) fn headers(painter: &Painter, scene: &Scene<'_>) {
    let Scene {
        map,
        frame,
        palette,
        selection,
        ..
    } = scene;
    let scale = frame.header_scale;
    let text = palette.header_text;
    // Names are drawn as laid out when large enough to read; smaller, they are drawn
    // on one line at a legible size, cut to fit.
    let readable = |style: TextStyle| style.size * scale >= 10.0;
    let compact = |r: Rect, name: &str, at: Pos2| {
        if r.width() < 24.0 || r.height() < 12.0 {
            return;
        }
        let mut job = egui::text::LayoutJob::simple_singleline(
            name.to_owned(),
            theme::bold(10.0),
            color(text),
        );
        job.wrap.max_width = (r.max.x - at.x - 4.0).max(8.0);
        job.wrap.max_rows = 1;
        job.wrap.break_anywhere = true;
        job.wrap.overflow_character = Some('…');
        let galley = painter.layout_job(job);
        painter
            .with_clip_rect(r.intersect(painter.clip_rect()))
            .galley(at, galley, color(text));
    };

    for lane in &map.lanes {
        let r = frame.side_header(lane.header);
        if !r.intersects(frame.canvas) {
            continue;
        }
        let strip = Rect::from_min_size(r.min, vec2(st::LANE_STRIP, r.height()));
        let selected = selection.header == Some(Header::Lane(lane.id));
        header_box(
            painter,
            palette,
            r,
            lane.accent.map(|a| (strip, a)),
            selected,
        );
        if readable(lane.name.style) {
            let clip = painter.with_clip_rect(r.intersect(painter.clip_rect()));
            clip.text(
                r.min + st::LANE_ICON_AT * scale,
                Align2::LEFT_TOP,
                lane.kind.icon(),
                lane.name.style.font_id(scale),
                color(text),
            );
            let origin = lane.header.min + st::LANE_NAME_AT;
            header_text(&clip, frame, r, lane.header, &lane.name, origin, text);
        } else {
            compact(
                without_lock(r, lane.locked),
                &lane_text(lane),
                r.min + vec2(4.0, 3.0),
            );
        }
        if lane.locked {
            lock(painter, r, scale, text);
        }
    }

    // The header row hides what scrolls under it.
    if let (Some(first), Some(last)) = (map.phases.first(), map.stages.last()) {
        let block = Rect::from_min_max(
            pos2(frame.canvas.min.x, frame.top_header(first.rect).min.y),
            pos2(
                frame.canvas.max.x.min(frame.rect(last.column).max.x),
                frame.top_header(last.header).max.y,
            ),
        );
        painter.rect_filled(block, 0.0, color(palette.background));
    }
    for band in &map.phases {
        let r = frame.top_header(band.rect);
        if !r.intersects(frame.canvas) {
            continue;
        }
        painter.rect_filled(
            r.shrink(st::PHASE_INSET),
            st::PHASE_ROUNDING,
            color(band.fill),
        );
        if readable(band.label.style) {
            let origin = band.rect.min
                + vec2(
                    st::PHASE_LABEL_X,
                    (band.rect.height() - band.label.line_height) / 2.0,
                );
            let clip = painter.with_clip_rect(r.intersect(painter.clip_rect()));
            header_text(&clip, frame, r, band.rect, &band.label, origin, text);
        } else {
            compact(r, band.phase.short_label(), r.min + vec2(4.0, 2.0));
        }
    }
    for stage in &map.stages {
        let r = frame.top_header(stage.header);
        if !r.intersects(frame.canvas) {
            continue;
        }
        let strip = Rect::from_min_size(r.min, vec2(r.width(), st::STAGE_STRIP));
        let selected = selection.header == Some(Header::Stage(stage.id));
        header_box(
            painter,
            palette,
            r,
            stage.accent.map(|a| (strip, a)),
            selected,
        );
        if readable(stage.name.style) {
            let clip = painter.with_clip_rect(r.intersect(painter.clip_rect()));
            header_text(
                &clip,
                frame,
                r,
                stage.header,
                &stage.name,
                stage.header.min + st::STAGE_NAME_AT,
                text,
            );
        } else {
            compact(
                without_lock(r, stage.locked),
                &name_text(&stage.name),
                r.min + vec2(4.0, 4.0),
            );
        }
        if stage.locked {
            lock(painter, r, scale, text);
        }
    }
    // The corner where the header row and column meet.
    let size = header_size(map) * scale;
    let corner = Rect::from_min_size(pos2(frame.column_left, frame.block_top), size);
    painter.rect_filled(corner, 0.0, color(palette.background));
    if map.locked && corner.height() >= 16.0 {
        let at = corner.center();
        painter.with_clip_rect(corner).text(
            at,
            Align2::CENTER_CENTER,
            t!("canvas-map-locked"),
            theme::bold((12.0 * scale).max(10.0)),
            color(palette.muted_text),
        );
    }
}

/// The lock's size on screen, at the headers' scale (never too small to see).
fn lock_size(scale: f32) -> f32 {
    (11.0 * scale).max(9.0)
}

/// A header without the room its lock takes, for the compact name.
fn without_lock(r: Rect, locked: bool) -> Rect {
    if locked {
        Rect::from_min_max(r.min, pos2(r.max.x - 14.0, r.max.y))
    } else {
        r
    }
}

/// The lock on a locked stage's or lane's header, in its top-right corner.
fn lock(painter: &Painter, header: Rect, scale: f32, text: Rgb) {
    let size = lock_size(scale);
    let painter = painter.with_clip_rect(header.intersect(painter.clip_rect()));
    painter.text(
        header.right_top() + vec2(-4.0 * scale.max(0.5), 5.0 * scale.max(0.5)),
        Align2::RIGHT_TOP,
        "🔒",
        egui::FontId::proportional(size),
        color(text),
    );
}

/// A stage or lane header: its fill, its colour strip, the selection and the grid
/// lines on its right and bottom.
fn header_box(
    painter: &Painter,
    palette: &Palette,
    r: Rect,
    accent: Option<(Rect, Rgb)>,
    selected: bool,
) {
    painter.rect_filled(r, 0.0, color(palette.header_fill));
    if let Some((strip, rgb)) = accent {
        painter.rect_filled(strip, 0.0, color(rgb));
    }
    if selected {
        painter.rect_stroke(
            r.shrink(1.0),
            0.0,
            Stroke::new(2.5, color(palette.selection)),
            StrokeKind::Inside,
        );
    }
    let line = Stroke::new(st::GRID_LINE, color(palette.grid_line));
    painter.vline(r.max.x, r.y_range(), line);
    painter.hline(r.x_range(), r.max.y, line);
}

fn lane_text(lane: &crate::layout::LaneBox) -> String {
    format!("{} {}", lane.kind.icon(), name_text(&lane.name))
}
