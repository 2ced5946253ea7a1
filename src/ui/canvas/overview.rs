//! Cards too small for their laid-out text: titles abridged at a readable size, and
//! the overview's count of cards per cell where not even that fits.

use egui::{Painter, Rect, Vec2, pos2, vec2};

use super::paint::{ABRIDGED_TEXT, Frame, SMALLEST_ABRIDGED, Scene, name_text};
use crate::layout::CardBox;
use crate::layout::text::WrappedText;
use crate::model::Rgb;
use crate::theme::Palette;
use crate::ui::theme::color;

/// A card too small for its laid-out text: its title at a readable size, on as many
/// lines as the card has room for, cut with "…"; nothing where not one line fits.
pub(super) fn abridged_title(painter: &Painter, frame: &Frame, palette: &Palette, card: &CardBox) {
    let r = frame.rect(card.rect);
    let pad = vec2(4.0, 1.0);
    let style = card.title.style;
    let width = r.width() - 2.0 * pad.x;
    // The readable size, or a little smaller where a card has room for one line of
    // that only.
    let Some((font, rows)) = [ABRIDGED_TEXT, SMALLEST_ABRIDGED]
        .into_iter()
        .find_map(|size| {
            let font = style.font_id(size / style.size);
            let row = painter.fonts_mut(|f| f.row_height(&font));
            let rows = ((r.height() - 2.0 * pad.y) / row).floor();
            (rows >= 1.0 && width >= 2.0 * size).then_some((font, rows))
        })
    else {
        return;
    };
    let text_color = color(palette.card_text);
    let galley = abridged(
        painter,
        name_text(&card.title),
        font,
        text_color,
        width,
        rows as usize,
    );
    painter
        .with_clip_rect(r.intersect(painter.clip_rect()))
        .galley(r.min + pad, galley, text_color);
}

/// A data lane's figures too small to read as laid out: a line each at a readable
/// size, cut to the cell's width, as many as fit in `r` (on screen).
pub(super) fn abridged_figures(
    painter: &Painter,
    r: Rect,
    lines: &[(egui::Pos2, std::sync::Arc<WrappedText>, Rgb)],
) {
    let pad = vec2(4.0, 2.0);
    if r.width() < 2.0 * ABRIDGED_TEXT {
        return;
    }
    let mut y = r.min.y + pad.y;
    for (_, text, rgb) in lines {
        let font = text.style.font_id(ABRIDGED_TEXT / text.style.size);
        let galley = abridged(
            painter,
            name_text(text),
            font,
            color(*rgb),
            r.width() - 2.0 * pad.x,
            1,
        );
        let height = galley.size().y;
        if y + height > r.max.y - pad.y {
            break;
        }
        painter.galley(pos2(r.min.x + pad.x, y), galley, color(*rgb));
        y += height;
    }
}

/// `text` laid out in `width` on at most `rows` lines, cut with "…" where longer.
fn abridged(
    painter: &Painter,
    text: String,
    font: egui::FontId,
    text_color: egui::Color32,
    width: f32,
    rows: usize,
) -> std::sync::Arc<egui::Galley> {
    let mut job = egui::text::LayoutJob::simple(text, font, text_color, width);
    job.wrap.max_rows = rows;
    job.wrap.overflow_character = Some('…');
    painter.layout_job(job)
}

/// The overview's figures: how many cards each cell holds, on a plate at the cell's
/// top, where the cell is large enough to show it.
/// The least room a cell needs on screen for its count at the readable size, and at
/// the smaller one.
const COUNT_ROOM: Vec2 = vec2(28.0, 18.0);
const SMALL_COUNT_ROOM: Vec2 = vec2(16.0, 12.0);

pub(super) fn cell_counts(painter: &Painter, scene: &Scene<'_>, visible: Rect) {
    let Scene {
        map,
        frame,
        palette,
        ..
    } = scene;
    let columns = map.stages.len();
    let counts = &map.cell_counts;
    for (l, lane) in map.lanes.iter().enumerate() {
        for (s, stage) in map.stages.iter().enumerate() {
            let n = counts.get(l * columns + s).copied().unwrap_or(0);
            let in_map = Rect::from_x_y_ranges(stage.column.x_range(), lane.row.y_range());
            if n == 0 || !in_map.intersects(visible) {
                continue;
            }
            let cell = frame.rect(in_map);
            let fits = |room: Vec2| cell.width() >= room.x && cell.height() >= room.y;
            let size = if fits(COUNT_ROOM) {
                ABRIDGED_TEXT
            } else if fits(SMALL_COUNT_ROOM) {
                SMALLEST_ABRIDGED
            } else {
                continue;
            };
            let font = egui::FontId::proportional(size);
            let galley = painter.layout_no_wrap(
                crate::i18n::numbers::decimal(n as f64, 0),
                font,
                color(palette.text),
            );
            let plate = Rect::from_center_size(
                cell.center_top() + vec2(0.0, 3.0 + galley.size().y / 2.0),
                galley.size() + vec2(10.0, 2.0),
            );
            painter.rect_filled(plate, plate.height() / 2.0, color(palette.background));
            painter.galley(
                plate.center() - galley.size() / 2.0,
                galley,
                color(palette.text),
            );
        }
    }
}
