//! Where the map is on screen: zoom and offset of one journey's canvas, fitting, and
//! conversions between map and screen coordinates.

use egui::{Pos2, Rect, Vec2, vec2};

/// 10% to 400%.
pub const MIN_ZOOM: f32 = 0.1;
pub const MAX_ZOOM: f32 = 4.0;

/// The smallest size card titles are read at on screen, in points: what a map opens
/// at, and what typing is shown at whatever the zoom.
pub const LEGIBLE_TEXT: f32 = 11.0;

/// The zoom at which text of `text_size` map units is [`LEGIBLE_TEXT`] on screen.
pub fn legible_zoom(text_size: f32) -> f32 {
    LEGIBLE_TEXT / text_size.max(1.0)
}

/// Space around the map when it is fitted to the screen, in points.
const FIT_MARGIN: f32 = 24.0;

/// The strip along the bottom where the zoom controls are drawn: fitting and
/// scrolling to a card keep the map clear of it.
const CONTROLS_HEIGHT: f32 = 24.0;

/// The view of one journey's map.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapView {
    pub zoom: f32,
    /// Where the map's origin is, relative to the canvas' top-left corner.
    pub offset: Vec2,
    /// Fit the map to the canvas the next time it is drawn.
    pub needs_fit: bool,
}

impl Default for MapView {
    fn default() -> Self {
        Self {
            zoom: 1.0,
            offset: vec2(FIT_MARGIN, FIT_MARGIN),
            needs_fit: true,
        }
    }
}

impl MapView {
    pub fn screen_from_map(&self, canvas: Rect, pos_in_map: Pos2) -> Pos2 {
        canvas.min + self.offset + pos_in_map.to_vec2() * self.zoom
    }

    pub fn map_from_screen(&self, canvas: Rect, pos_on_screen: Pos2) -> Pos2 {
        ((pos_on_screen - canvas.min - self.offset) / self.zoom).to_pos2()
    }

    pub fn rect_on_screen(&self, canvas: Rect, rect_in_map: Rect) -> Rect {
        Rect::from_min_max(
            self.screen_from_map(canvas, rect_in_map.min),
            self.screen_from_map(canvas, rect_in_map.max),
        )
    }

    /// The part of the map that is visible.
    pub fn visible_map_rect(&self, canvas: Rect) -> Rect {
        Rect::from_min_max(
            self.map_from_screen(canvas, canvas.min),
            self.map_from_screen(canvas, canvas.max),
        )
    }

    /// Zooms by `factor`, keeping the map point under `anchor_on_screen` in place.
    pub fn zoom_around(&mut self, canvas: Rect, anchor_on_screen: Pos2, factor: f32) {
        let before = self.map_from_screen(canvas, anchor_on_screen);
        self.zoom = (self.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        self.offset = anchor_on_screen - canvas.min - before.to_vec2() * self.zoom;
    }

    /// Shows `target` (in map units) as large as fits, at most at `max_zoom`, centred
    /// in the canvas less `inset` on the left and top (where headers are drawn).
    pub fn fit(&mut self, canvas: Rect, target: Rect, max_zoom: f32, inset: Vec2) {
        let area = Rect::from_min_max(canvas.min + inset, canvas.max - vec2(0.0, CONTROLS_HEIGHT));
        let room = (area.size() - Vec2::splat(2.0 * FIT_MARGIN)).max(Vec2::splat(10.0));
        let size = target.size().max(Vec2::splat(1.0));
        let zoom = (room.x / size.x)
            .min(room.y / size.y)
            .clamp(MIN_ZOOM, max_zoom.clamp(MIN_ZOOM, MAX_ZOOM));
        self.zoom = zoom;
        let centre_offset = ((room - size * zoom) / 2.0).max(Vec2::ZERO);
        self.offset = inset + Vec2::splat(FIT_MARGIN) + centre_offset - target.min.to_vec2() * zoom;
        self.needs_fit = false;
    }

    /// Shows the map's whole width when that keeps text of `text_size` map units at
    /// least [`LEGIBLE_TEXT`] on screen (and at most at 100%); else at that legible
    /// zoom, from the left. Either way from the top: the lanes below scroll into view.
    pub fn fit_width(&mut self, canvas: Rect, map_size: Vec2, text_size: f32) {
        let legible = legible_zoom(text_size).clamp(MIN_ZOOM, 1.0);
        let room = (canvas.width() - 2.0 * FIT_MARGIN).max(10.0);
        let zoom = (room / map_size.x.max(1.0)).clamp(legible, 1.0);
        self.zoom = zoom;
        let spare = (room - map_size.x * zoom).max(0.0);
        self.offset = vec2(FIT_MARGIN + spare / 2.0, FIT_MARGIN);
        self.needs_fit = false;
    }

    /// Scrolls as little as needed to bring `target` (in map units) into view, clear
    /// of `inset` on the left and top.
    pub fn reveal(&mut self, canvas: Rect, target: Rect, inset: Vec2) {
        let on_screen = self.rect_on_screen(canvas, target);
        let inner = Rect::from_min_max(canvas.min + inset, canvas.max - vec2(0.0, CONTROLS_HEIGHT))
            .shrink(FIT_MARGIN);
        let mut shift = Vec2::ZERO;
        if on_screen.min.x < inner.min.x {
            shift.x = inner.min.x - on_screen.min.x;
        } else if on_screen.max.x > inner.max.x {
            shift.x = (inner.max.x - on_screen.max.x).max(inner.min.x - on_screen.min.x);
        }
        if on_screen.min.y < inner.min.y {
            shift.y = inner.min.y - on_screen.min.y;
        } else if on_screen.max.y > inner.max.y {
            shift.y = (inner.max.y - on_screen.max.y).max(inner.min.y - on_screen.min.y);
        }
        self.offset += shift;
    }

    /// Where the map is larger than the canvas, keeps it against the canvas' edges,
    /// so no empty space shows beyond the map (used after jumping to a selection).
    pub fn clamp_to_map(&mut self, canvas: Rect, map_size: Vec2) {
        let size = map_size * self.zoom;
        let room = canvas.size();
        if size.x > room.x {
            self.offset.x = self
                .offset
                .x
                .clamp(room.x - size.x - FIT_MARGIN, FIT_MARGIN);
        }
        if size.y > room.y {
            self.offset.y = self
                .offset
                .y
                .clamp(room.y - size.y - FIT_MARGIN - CONTROLS_HEIGHT, FIT_MARGIN);
        }
    }

    /// The zoom as a percentage, for the status line.
    pub fn percent(&self) -> u32 {
        (self.zoom * 100.0).round() as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::pos2;

    fn canvas() -> Rect {
        Rect::from_min_size(pos2(100.0, 50.0), vec2(800.0, 600.0))
    }

    #[test]
    fn map_and_screen_convert_both_ways() {
        let view = MapView {
            zoom: 2.0,
            offset: vec2(10.0, 20.0),
            needs_fit: false,
        };
        let p = pos2(33.0, 44.0);
        let on_screen = view.screen_from_map(canvas(), p);
        assert_eq!(on_screen, pos2(100.0 + 10.0 + 66.0, 50.0 + 20.0 + 88.0));
        assert!((view.map_from_screen(canvas(), on_screen) - p).length() < 1e-4);
    }

    #[test]
    fn zooming_keeps_the_anchor_in_place() {
        let mut view = MapView::default();
        let anchor = pos2(400.0, 300.0);
        let before = view.map_from_screen(canvas(), anchor);
        view.zoom_around(canvas(), anchor, 1.7);
        let after = view.map_from_screen(canvas(), anchor);
        assert!((before - after).length() < 1e-3);
        view.zoom_around(canvas(), anchor, 1000.0);
        assert!((view.zoom - MAX_ZOOM).abs() < 1e-6);
        view.zoom_around(canvas(), anchor, 1e-6);
        assert!((view.zoom - MIN_ZOOM).abs() < 1e-6);
    }

    #[test]
    fn fitting_shows_the_whole_target() {
        let mut view = MapView::default();
        let map = Rect::from_min_size(Pos2::ZERO, vec2(1600.0, 900.0));
        view.fit(canvas(), map, 1.0, Vec2::ZERO);
        let on_screen = view.rect_on_screen(canvas(), map);
        assert!(canvas().contains_rect(on_screen), "{on_screen:?}");
        assert!(!view.needs_fit);
        // A small target is not blown up beyond the maximum.
        view.fit(
            canvas(),
            Rect::from_min_size(Pos2::ZERO, vec2(10.0, 10.0)),
            1.0,
            Vec2::ZERO,
        );
        assert!((view.zoom - 1.0).abs() < 1e-6);
    }

    #[test]
    fn fitting_the_width_keeps_text_legible() {
        let mut view = MapView::default();
        // Narrow enough to fit: the whole width, from the top.
        view.fit_width(canvas(), vec2(700.0, 3000.0), 13.0);
        assert!((view.zoom - 1.0).abs() < 1e-6, "never beyond 100%");
        assert!((view.offset.y - FIT_MARGIN).abs() < 1e-6);
        view.fit_width(canvas(), vec2(850.0, 3000.0), 13.0);
        let right = view.screen_from_map(canvas(), pos2(850.0, 0.0)).x;
        assert!(right <= canvas().max.x - FIT_MARGIN + 0.01, "{right}");
        assert!(view.zoom * 13.0 >= LEGIBLE_TEXT);
        // Far too wide: legible, from the left.
        view.fit_width(canvas(), vec2(5000.0, 900.0), 13.0);
        assert!((view.zoom * 13.0 - LEGIBLE_TEXT).abs() < 1e-3);
        assert!(
            (view.screen_from_map(canvas(), Pos2::ZERO).x - canvas().min.x - FIT_MARGIN).abs()
                < 1e-3
        );
    }

    #[test]
    fn a_big_map_stays_against_the_canvas_edges() {
        let mut view = MapView {
            zoom: 2.0,
            offset: vec2(500.0, 300.0),
            needs_fit: false,
        };
        view.clamp_to_map(canvas(), vec2(3000.0, 2000.0));
        let top_left = view.screen_from_map(canvas(), Pos2::ZERO);
        assert!(
            top_left.x <= canvas().min.x + FIT_MARGIN && top_left.y <= canvas().min.y + FIT_MARGIN
        );
    }

    #[test]
    fn revealing_scrolls_just_enough() {
        let mut view = MapView {
            zoom: 1.0,
            offset: Vec2::ZERO,
            needs_fit: false,
        };
        let target = Rect::from_min_size(pos2(2000.0, 100.0), vec2(100.0, 50.0));
        view.reveal(canvas(), target, Vec2::ZERO);
        let on_screen = view.rect_on_screen(canvas(), target);
        assert!(canvas().contains_rect(on_screen));
        let again = view;
        view.reveal(canvas(), target, Vec2::ZERO);
        assert_eq!(view, again, "already visible: nothing moves");
    }
}
