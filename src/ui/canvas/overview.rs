//! Cards too small for their laid-out text: titles abridged at a readable size, and
//! the overview's count of cards per cell where not even that fits.

use egui::{Painter, Rect, vec2};

use super::paint::{ABRIDGED_TEXT, Frame, SMALLEST_ABRIDGED, Scene, name_text};
use crate::layout::CardBox;
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
    let text = name_text(&card.title);
    let mut job = egui::text::LayoutJob::simple(text, font, color(palette.card_text), width);
    job.wrap.max_rows = rows as usize;
    job.wrap.overflow_character = Some('…');
    let galley = painter.layout_job(job);
    painter
        .with_clip_rect(r.intersect(painter.clip_rect()))
        .galley(r.min + pad, galley, color(palette.card_text));
}

/// The overview's figures: how many cards each cell holds, on a plate at the cell's
/// top, where the cell is large enough to show it.
pub(super) fn cell_counts(painter: &Painter, scene: &Scene<'_>, visible: Rect) {
    let Scene {
        map,
        frame,
        palette,
        ..
    } = scene;
    let columns = map.stages.len();
    let mut counts = vec![0_usize; columns * map.lanes.len()];
    for card in map.cards.iter().filter(|c| c.rect.intersects(visible)) {
        let at = card.rect.center();
        let stage = map
            .stages
            .iter()
            .position(|s| s.column.x_range().contains(at.x));
        let lane = map
            .lanes
            .iter()
            .position(|l| l.row.y_range().contains(at.y));
        if let (Some(s), Some(l)) = (stage, lane)
            && let Some(n) = counts.get_mut(l * columns + s)
        {
            *n += 1;
        }
    }
    for (l, lane) in map.lanes.iter().enumerate() {
        for (s, stage) in map.stages.iter().enumerate() {
            let n = counts.get(l * columns + s).copied().unwrap_or(0);
            let cell = frame.rect(Rect::from_x_y_ranges(
                stage.column.x_range(),
                lane.row.y_range(),
            ));
            let size = if cell.width() >= 28.0 && cell.height() >= 18.0 {
                ABRIDGED_TEXT
            } else if cell.width() >= 16.0 && cell.height() >= 12.0 {
                SMALLEST_ABRIDGED
            } else {
                continue;
            };
            if n == 0 {
                continue;
            }
            let font = egui::FontId::proportional(size);
            let galley = painter.layout_no_wrap(n.to_string(), font, color(palette.text));
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
