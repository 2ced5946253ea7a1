//! The workshop's floating windows (the timer and the dot vote): kept inside the free
//! part of the view, never over the inspector; one opened while the other is shown
//! goes beside or below it; Esc closes the one last clicked (or just opened).

use egui::{Id, Pos2, Rect, Vec2, pos2};

use crate::app::JourneyApp;

/// A floating window of the workshop.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Floating {
    Timer,
    Vote,
}

/// Space between a floating window and the edges of the free area, or another window.
const GAP: f32 = 12.0;

impl Floating {
    pub fn id(self) -> Id {
        Id::unique(("journeymap-floating-window", self))
    }

    fn other(self) -> Self {
        match self {
            Floating::Timer => Floating::Vote,
            Floating::Vote => Floating::Timer,
        }
    }

    /// Whether the app shows this window now.
    pub fn shown(self, app: &JourneyApp) -> bool {
        match self {
            Floating::Timer => app.timer.shown,
            Floating::Vote => app.vote.shown,
        }
    }

    fn hide(self, app: &mut JourneyApp) {
        match self {
            Floating::Timer => app.timer.shown = false,
            Floating::Vote => app.vote.shown = false,
        }
    }

    /// The pass in which the window was last drawn.
    fn last_drawn_key(self) -> Id {
        self.id().with("last-drawn")
    }
}

/// The window of `which`, placed in `app`'s free area. `size` is about the size of
/// the window, to place it before it has been drawn once.
///
/// Also returns the most height the window's content may take: taller content
/// scrolls in a `ScrollArea` of that height, so the window never runs off the screen.
pub fn window<'a>(
    ctx: &egui::Context,
    app: &mut JourneyApp,
    which: Floating,
    title: &'static str,
    size: Vec2,
) -> (egui::Window<'a>, f32) {
    let area = free_area(ctx, app);
    let pass = ctx.cumulative_pass_nr();
    let last: Option<u64> = ctx.data(|d| d.get_temp(which.last_drawn_key()));
    still_open(ctx, which);
    let fresh = last.is_none_or(|l| l + 1 < pass);
    let mut window = egui::Window::new(title)
        .id(which.id())
        .resizable(false)
        .collapsible(false)
        // Sized as placed: egui's first guess at a window's size (600 wide) would
        // push it off its place against the edge; a long line wraps.
        .default_size(size)
        .max_width(size.x)
        .constrain_to(area);
    if fresh {
        // Just opened: it takes the keys (Esc closes it) and a free place.
        app.floating_focus = Some(which);
        let other = (which.other().shown(app))
            .then(|| ctx.memory(|m| m.area_rect(which.other().id())))
            .flatten();
        // The vote on the left, over the journey list, where it hides the fewest
        // cards to click; the timer's countdown top right.
        let left = which == Floating::Vote;
        window = window.current_pos(place(area, other, size, left));
    }
    let body = (area.height() - 2.0 * GAP - TITLE_BAR).max(120.0);
    (window, body)
}

/// Room taken by a window's title bar and frame, in points.
const TITLE_BAR: f32 = 48.0;

/// Notes that `which` is open though not drawn this frame (hidden while another view
/// or the presentation is shown): it comes back where it was, not placed anew.
pub fn still_open(ctx: &egui::Context, which: Floating) {
    let pass = ctx.cumulative_pass_nr();
    ctx.data_mut(|d| d.insert_temp(which.last_drawn_key(), pass));
}

/// The top-left corner of a window of about `size`: the free area's top corner on
/// the `left` or right; when the other floating window is there, the first place
/// clear of it (the other top corner, beside it, below it, a bottom corner), else
/// the one that covers it least.
fn place(area: Rect, other: Option<Rect>, size: Vec2, left: bool) -> Pos2 {
    let top_right = pos2(area.max.x - GAP - size.x, area.min.y + GAP);
    let top_left = pos2(area.min.x + GAP, area.min.y + GAP);
    let (first, second) = if left {
        (top_left, top_right)
    } else {
        (top_right, top_left)
    };
    let Some(other) = other.filter(|o| o.intersects(area)) else {
        return first;
    };
    let candidates = [
        first,
        second,
        pos2(other.min.x - GAP - size.x, other.min.y),
        pos2(other.max.x + GAP, other.min.y),
        pos2(other.min.x.min(top_right.x), other.max.y + GAP),
        pos2(area.min.x + GAP, area.max.y - GAP - size.y),
        pos2(top_right.x, area.max.y - GAP - size.y),
    ];
    let covered = |at: Pos2| {
        let r = Rect::from_min_size(at, size);
        let outside = r.area() - r.intersect(area).area();
        r.intersect(other).area() + outside
    };
    candidates
        .into_iter()
        .min_by(|a, b| covered(*a).total_cmp(&covered(*b)))
        .unwrap_or(top_right)
}

/// Where floating windows may go: left of the inspector, beside and below the map's
/// toolbar (over the journey list too), or the view's central part.
fn free_area(ctx: &egui::Context, app: &JourneyApp) -> Rect {
    let whole = ctx.content_rect();
    app.free_area
        .filter(|r| r.width() > 200.0 && r.height() > 160.0)
        .unwrap_or(whole)
}

/// Follows which floating window was last clicked, and closes it on Esc (before the
/// map takes Esc to clear its selection).
pub fn keys(ctx: &egui::Context, app: &mut JourneyApp) {
    if let Some(at) = ctx.input(|i| {
        i.pointer
            .any_pressed()
            .then(|| i.pointer.press_origin())
            .flatten()
    }) {
        app.floating_focus = [Floating::Timer, Floating::Vote].into_iter().find(|w| {
            w.shown(app)
                && ctx
                    .memory(|m| m.area_rect(w.id()))
                    .is_some_and(|r| r.contains(at))
        });
    }
    let Some(which) = app.floating_focus.filter(|w| w.shown(app)) else {
        return;
    };
    // Esc belongs to whatever else has the keys: a dialog, a field, a menu, the
    // capture bar, typing on the map.
    let elsewhere = app.modal.is_some()
        || app.export.is_some()
        || app.import.is_some()
        || app.canvas.is_typing()
        || ctx.text_edit_focused()
        || ctx.memory(egui::Memory::focused).is_some()
        || egui::Popup::is_any_open(ctx);
    if elsewhere {
        return;
    }
    if ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)) {
        which.hide(app);
        app.floating_focus = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_window_goes_clear_of_the_first() {
        let area = Rect::from_min_max(pos2(400.0, 60.0), pos2(1100.0, 700.0));
        let timer_size = egui::vec2(300.0, 220.0);
        let first = place(area, None, timer_size, false);
        assert_eq!(first, pos2(1100.0 - GAP - 300.0, 60.0 + GAP));
        let timer = Rect::from_min_size(first, timer_size);
        let vote_size = egui::vec2(320.0, 330.0);
        let vote = Rect::from_min_size(place(area, Some(timer), vote_size, true), vote_size);
        assert_eq!(
            vote.min,
            pos2(400.0 + GAP, 60.0 + GAP),
            "the vote on the left"
        );
        assert!(
            !vote.intersects(timer) && area.contains_rect(vote),
            "{vote:?}"
        );
        // No room beside: below.
        let narrow = Rect::from_min_max(pos2(700.0, 60.0), pos2(1100.0, 700.0));
        let below = Rect::from_min_size(place(narrow, Some(timer), vote_size, true), vote_size);
        assert!(
            !below.intersects(timer) && narrow.contains_rect(below),
            "{below:?}"
        );
    }
}
