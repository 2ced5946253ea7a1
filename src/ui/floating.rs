//! The workshop's floating windows (the timer and the dot vote): kept inside the free
//! part of the view, never over the inspector; one opened while the other is shown
//! goes beside or below it; Esc closes the one last clicked (or just opened).

use egui::{Id, Pos2, Rect, pos2};

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
        Id::unique(("journeymap floating window", self))
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
        self.id().with("last drawn")
    }
}

/// The window of `which`, placed in `app`'s free area. `width` is about how wide the
/// window is, to place it before it has been drawn once.
pub fn window<'a>(
    ctx: &egui::Context,
    app: &mut JourneyApp,
    which: Floating,
    title: &'static str,
    width: f32,
) -> egui::Window<'a> {
    let area = free_area(ctx, app);
    let pass = ctx.cumulative_pass_nr();
    let last: Option<u64> = ctx.data(|d| d.get_temp(which.last_drawn_key()));
    ctx.data_mut(|d| d.insert_temp(which.last_drawn_key(), pass));
    let fresh = last.is_none_or(|l| l + 1 < pass);
    let mut window = egui::Window::new(title)
        .id(which.id())
        .resizable(false)
        .collapsible(false)
        .constrain_to(area)
        .max_height(area.height() - 2.0 * GAP)
        .vscroll(true);
    if fresh {
        // Just opened: it takes the keys (Esc closes it) and a free place.
        app.floating_focus = Some(which);
        let other = (which.other().shown(app))
            .then(|| ctx.memory(|m| m.area_rect(which.other().id())))
            .flatten();
        window = window.current_pos(place(area, other, width));
    }
    window
}

/// The top-left corner of a window about `width` wide: the free area's top-right
/// corner, or beside (else below) the other floating window when that is there.
fn place(area: Rect, other: Option<Rect>, width: f32) -> Pos2 {
    let top_right = pos2(area.max.x - GAP - width, area.min.y + GAP);
    let Some(other) = other.filter(|o| o.intersects(area)) else {
        return top_right;
    };
    let left_of = other.min.x - GAP - width;
    if left_of >= area.min.x + GAP {
        pos2(left_of, other.min.y)
    } else {
        pos2(top_right.x, other.max.y + GAP)
    }
}

/// Where floating windows may go: the map (right of the journey list, left of the
/// inspector) or the view's central part.
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
    if app.modal.is_some() || app.canvas.is_typing() {
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
    fn a_second_window_goes_beside_or_below_the_first() {
        let area = Rect::from_min_max(pos2(400.0, 60.0), pos2(1100.0, 700.0));
        let first = place(area, None, 300.0);
        assert_eq!(first, pos2(1100.0 - GAP - 300.0, 60.0 + GAP));
        let timer = Rect::from_min_size(first, egui::vec2(300.0, 200.0));
        let beside = Rect::from_min_size(place(area, Some(timer), 320.0), egui::vec2(320.0, 400.0));
        assert!(!beside.intersects(timer) && area.contains_rect(beside));
        // No room beside: below.
        let narrow = Rect::from_min_max(pos2(700.0, 60.0), pos2(1100.0, 700.0));
        let below =
            Rect::from_min_size(place(narrow, Some(timer), 320.0), egui::vec2(320.0, 300.0));
        assert!(!below.intersects(timer) && below.min.y > timer.max.y);
    }
}
