//! Presentation mode (F5): the journey map alone, full screen, in the high-contrast
//! palette, large enough to read from the back of a room (card text 13 px × 2.2 ≈
//! 29 px), walked through stage by stage: the stage in focus is centred and the
//! others dimmed. Nothing can be edited; facilitator notes stay hidden.

use egui::{Color32, Rect, Sense, Ui};

use super::Canvas;
use super::paint::{self, Frame, Scene};
use super::view::MapView;
use crate::document::Document;
use crate::model::Journey;
use crate::theme::Palette;

/// The zoom presentation opens at: card text of 13 px becomes 28.6 px.
pub const PRESENT_ZOOM: f32 = 2.2;

/// How far Up and Down scroll, in screen points.
const SCROLL_STEP: f32 = 220.0;

/// Where the walkthrough is.
#[derive(Clone, Debug, PartialEq)]
pub struct Presenting {
    /// The stage in focus (an index into the journey's stages).
    pub stage: usize,
    /// The whole map instead of one stage.
    pub overview: bool,
    /// The map scrolled down by this much (lanes below the screen).
    scroll: f32,
}

impl Default for Presenting {
    fn default() -> Self {
        Self::new()
    }
}

impl Presenting {
    pub fn new() -> Self {
        Self {
            stage: 0,
            overview: false,
            scroll: 0.0,
        }
    }

    /// The next stage (the first when showing the whole map); `false` at the end.
    pub fn next(&mut self, stages: usize) -> bool {
        if self.overview {
            self.overview = false;
            return true;
        }
        if self.stage + 1 < stages {
            self.stage += 1;
            true
        } else {
            false
        }
    }

    pub fn previous(&mut self) -> bool {
        if self.overview {
            self.overview = false;
            return true;
        }
        if self.stage > 0 {
            self.stage -= 1;
            true
        } else {
            false
        }
    }

    pub fn toggle_overview(&mut self) {
        self.overview = !self.overview;
    }

    /// Scrolls the lanes by `steps` (down positive).
    pub fn scroll(&mut self, steps: f32) {
        self.scroll = (self.scroll + steps * SCROLL_STEP).max(0.0);
    }
}

/// Draws the presentation of `journey`.
pub fn present_ui(ui: &mut Ui, doc: &Document, journey: &Journey, canvas: &mut Canvas) {
    let palette = Palette::high_contrast();
    let map = canvas.layout(doc, journey, &palette, 2);
    let Some(presenting) = canvas.presenting.as_mut() else {
        return;
    };
    let (rect, response) = ui.allocate_exact_size(ui.available_size(), Sense::hover());
    let stages = journey.stages.len();
    presenting.stage = presenting.stage.min(stages.saturating_sub(1));
    if response.hovered() {
        let dy = ui.input(|i| i.smooth_scroll_delta.y);
        presenting.scroll = (presenting.scroll - dy).max(0.0);
    }
    let focus = map
        .stages
        .get(presenting.stage)
        .filter(|_| !presenting.overview);
    let mut view = MapView::default();
    let whole = Rect::from_min_size(egui::Pos2::ZERO, map.size);
    match focus {
        None => view.fit(rect, whole, PRESENT_ZOOM, egui::Vec2::ZERO),
        Some(stage) => {
            view.zoom = PRESENT_ZOOM;
            view.needs_fit = false;
            // The stage's column in the middle; the map's top at the top.
            let centre = stage.column.center().x * PRESENT_ZOOM;
            let header = paint::header_size(&map) * PRESENT_ZOOM;
            let room = rect.width() - header.x;
            let left = (header.x + room / 2.0 - centre).min(0.0);
            let bottom = (rect.height() - map.size.y * PRESENT_ZOOM).min(0.0);
            presenting.scroll = presenting.scroll.min(-bottom);
            view.offset = egui::vec2(left, -presenting.scroll);
        }
    }
    let scale = if focus.is_some() {
        PRESENT_ZOOM
    } else {
        view.zoom
    };
    let frame = Frame::with_header_scale(rect, view, &map, scale);
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, crate::ui::theme::color(palette.background));
    let selection = super::MapSelection::default();
    let scene = Scene {
        map: &map,
        frame,
        palette: &palette,
        selection: &selection,
        selected_cards: std::collections::BTreeSet::new(),
        editing_card: None,
        hovered_card: None,
    };
    paint::map(&painter, &scene);
    // The other stages, dimmed (their headers too).
    if let Some(stage) = focus {
        // Right of the lane names, which stay bright.
        let area = Rect::from_min_max(
            egui::pos2(frame.content_area(&map).min.x, rect.min.y),
            rect.max,
        );
        for other in map.stages.iter().filter(|s| s.id != stage.id) {
            let column = frame.rect(other.column);
            let header = frame.top_header(other.header);
            let dim =
                Rect::from_x_y_ranges(column.x_range(), header.min.y..=rect.max.y).intersect(area);
            if dim.is_positive() {
                painter.rect_filled(dim, 0.0, Color32::from_black_alpha(175));
            }
        }
    }
    let place = match focus {
        Some(_) => journey
            .stages
            .get(presenting.stage)
            .map_or_else(String::new, |s| {
                format!("Stage {} of {stages}: {}", presenting.stage + 1, s.name)
            }),
        None => "The whole journey".to_owned(),
    };
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Canvas,
            true,
            format!("Presentation of {}, {place}", journey.name),
        )
    });
    // How to move on, small in a corner.
    let hint = format!("{place} · → next · ← back · Home whole journey · T timer · Esc leave");
    let galley = painter.layout_no_wrap(
        hint,
        egui::FontId::proportional(15.0),
        Color32::from_gray(200),
    );
    let at = rect.right_bottom() - egui::vec2(16.0, 12.0) - galley.size();
    painter.rect_filled(
        Rect::from_min_size(at, galley.size()).expand2(egui::vec2(10.0, 6.0)),
        6.0,
        Color32::from_black_alpha(220),
    );
    painter.galley(at, galley, Color32::from_gray(200));
}
