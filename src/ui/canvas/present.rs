//! Presentation mode (F5): the journey map alone, full screen, in the high-contrast
//! palette, walked through stage by stage. A stage is shown on its own, as large as
//! fits the screen (up to card text of 13 px × 2.2 ≈ 29 px, never below the legible
//! size): its cards side by side in rows, so that every lane (the emotion curve and
//! the pain points included) fits the screen's height, and the lane names right
//! beside them in a column only as wide as they are. Home shows the whole journey.
//! Nothing can be edited; facilitator notes stay hidden.

use std::sync::Arc;

use egui::{Color32, Rect, Sense, Ui, Vec2, pos2, vec2};

use super::Canvas;
use super::paint::{self, Frame, Scene};
use super::view::{MapView, legible_zoom};
use crate::document::Document;
use crate::layout::text::TextEngine;
use crate::layout::{self, LayoutInput, MapLayout, Metrics};
use crate::model::{Journey, PersonaId, VoteId};
use crate::t;
use crate::theme::Palette;

/// The largest zoom of the presentation: card text of 13 px becomes 28.6 px.
pub const PRESENT_ZOOM: f32 = 2.2;

/// How far Up and Down scroll, in screen points.
const SCROLL_STEP: f32 = 220.0;

/// Space around a stage on screen, and kept free at the bottom for the hint line.
pub const MARGIN: f32 = 12.0;
pub const HINT_ROOM: f32 = 36.0;

/// The widest a card gets in a presented stage, in map units: the widths tried.
const PRESENT_CARD_WIDTHS: [f32; 3] = [300.0, 240.0, 200.0];

/// Where the walkthrough is.
#[derive(Default)]
pub struct Presenting {
    /// The stage in focus (an index into the journey's stages).
    pub stage: usize,
    /// The whole map instead of one stage.
    pub overview: bool,
    /// The map scrolled down by this much (lanes below the screen).
    scroll: f32,
    /// The stage shown, laid out for the screen, and what it was laid out for.
    shown: Option<(StageKey, StageView)>,
    engine: TextEngine,
}

impl std::fmt::Debug for Presenting {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(Presenting))
            .field("stage", &self.stage)
            .field("overview", &self.overview)
            .finish_non_exhaustive()
    }
}

/// What a stage's presentation layout depends on: the project's revision, the
/// journey, the stage, the persona filter and vote shown, the screen's size (whole
/// points), the language.
type StageKey = (
    u64,
    crate::model::JourneyId,
    usize,
    (Option<PersonaId>, Option<VoteId>),
    [u32; 2],
    crate::i18n::Lang,
);

/// One stage laid out on its own for the screen, and the zoom that fits it.
#[derive(Clone, Debug)]
pub struct StageView {
    pub map: Arc<MapLayout>,
    pub zoom: f32,
}

impl Presenting {
    pub fn new() -> Self {
        Self::default()
    }

    /// The next stage (the first when showing the whole map); `false` at the end.
    pub fn next(&mut self, stages: usize) -> bool {
        self.scroll = 0.0;
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
        self.scroll = 0.0;
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

    /// Shows stage `index` (following someone else's presentation).
    pub fn go_to(&mut self, index: usize) {
        self.stage = index;
        self.overview = false;
        self.scroll = 0.0;
    }

    pub fn toggle_overview(&mut self) {
        self.overview = !self.overview;
        self.scroll = 0.0;
    }

    /// Scrolls the lanes by `steps` (down positive).
    pub fn scroll(&mut self, steps: f32) {
        self.scroll = (self.scroll + steps * SCROLL_STEP).max(0.0);
    }

    /// The stage as last shown (tests look at what the room sees).
    pub fn shown_stage(&self) -> Option<&StageView> {
        self.shown.as_ref().map(|(_, v)| v)
    }

    /// The stage `index` of `journey` laid out for a screen of `size`, computed again
    /// only when the project, the stage, the filter or the screen changed.
    fn stage_view(
        &mut self,
        doc: &Document,
        journey: &Journey,
        index: usize,
        shown: (Option<PersonaId>, Option<VoteId>),
        size: Vec2,
    ) -> Option<StageView> {
        let key = (
            doc.revision(),
            journey.id,
            index,
            shown,
            [size.x.round() as u32, size.y.round() as u32],
            crate::i18n::lang(),
        );
        if let Some((k, view)) = &self.shown
            && *k == key
        {
            return Some(view.clone());
        }
        let view = lay_out_stage(doc, journey, index, shown, size, &mut self.engine)?;
        self.engine.end_pass();
        self.shown = Some((key, view.clone()));
        Some(view)
    }
}

/// Lays out stage `index` of `journey` alone, for a screen of `size`: the largest
/// zoom (from [`PRESENT_ZOOM`] down to legible text) at which the stage, its cards in
/// rows across the screen's width, fits the screen's height. When none does, the
/// legible zoom (and the lanes scroll).
pub fn lay_out_stage(
    doc: &Document,
    journey: &Journey,
    index: usize,
    (persona, vote): (Option<PersonaId>, Option<VoteId>),
    size: Vec2,
    engine: &mut TextEngine,
) -> Option<StageView> {
    let stage = journey.stages.get(index)?;
    let mut alone = journey.clone();
    alone.stages = vec![stage.clone()];
    alone.cards.retain(|c| c.stage == stage.id);
    alone.links.retain(|l| {
        alone.cards.iter().any(|c| c.id == l.from) && alone.cards.iter().any(|c| c.id == l.to)
    });
    let palette = Palette::high_contrast();
    // Lanes as tall as the stage's cards need (one row of cards, not the canvas'
    // room to add more), the chart and the headers a little tighter.
    let mut metrics = Metrics {
        lane_height: 36.0,
        emotion_band_height: 115.0,
        card_padding: 8.0,
        phase_height: 26.0,
        stage_header_height: 44.0,
        card_gap: 8.0,
        min_card_height: 50.0,
        ..Metrics::default()
    };
    // The lane names' column: as wide as the widest name on one line, within reason.
    let widest = journey
        .lanes
        .iter()
        .map(|l| {
            let lock = if l.locked { layout::LOCK_ROOM } else { 0.0 };
            engine.width(l.title(), metrics.lane_name) + lock
        })
        .fold(0.0, f32::max);
    metrics.lane_header_width = (widest + 50.0).clamp(120.0, 280.0);
    let legible = legible_zoom(metrics.card_title.size);
    // What the data says on the stage, once for every zoom tried.
    let evidence = layout::Evidence::of(doc.project(), &alone, &palette);
    let room = vec2(size.x - 2.0 * MARGIN, size.y - MARGIN - HINT_ROOM);
    let at = |zoom: f32, engine: &mut TextEngine| {
        // The stage takes the width the lane names leave; its cards are as wide as
        // makes the stage shortest (wide cards take fewer lines, narrow ones fewer
        // rows).
        let width = (room.x / zoom - metrics.lane_header_width).max(metrics.stage_width * 0.6);
        let mut alone = alone.clone();
        if let Some(stage) = alone.stages.first_mut() {
            stage.width = width / metrics.stage_width;
        }
        PRESENT_CARD_WIDTHS
            .iter()
            .map(|&max_card_width| {
                let metrics = Metrics {
                    max_card_width,
                    ..metrics.clone()
                };
                let input = LayoutInput {
                    project: doc.project(),
                    journey: &alone,
                    palette: &palette,
                    metrics: &metrics,
                    persona,
                    vote,
                };
                layout::layout_with(&input, &evidence, engine)
            })
            .reduce(|a, b| if b.size.y < a.size.y { b } else { a })
    };
    // Every lane on the screen's height, and the stage within its width (long lane
    // names at a large zoom leave a stage too little room).
    let fits = |map: &MapLayout, zoom: f32| {
        map.size.y * zoom <= room.y && map.size.x * zoom <= room.x + 1.0
    };
    let largest = at(PRESENT_ZOOM, engine)?;
    if fits(&largest, PRESENT_ZOOM) {
        return Some(StageView {
            map: Arc::new(largest),
            zoom: PRESENT_ZOOM,
        });
    }
    let smallest = at(legible, engine)?;
    if !fits(&smallest, legible) {
        // Legible text first: the lanes below the screen scroll into view.
        return Some(StageView {
            map: Arc::new(smallest),
            zoom: legible,
        });
    }
    // The largest zoom that fits, to a few percent.
    let (mut low, mut high, mut best) = (legible, PRESENT_ZOOM, smallest);
    while high / low > 1.02 {
        let mid = (low * high).sqrt();
        let map = at(mid, engine)?;
        if fits(&map, mid) {
            low = mid;
            best = map;
        } else {
            high = mid;
        }
    }
    Some(StageView {
        map: Arc::new(best),
        zoom: low,
    })
}

/// Draws the presentation of `journey`.
pub fn present_ui(ui: &mut Ui, doc: &Document, journey: &Journey, canvas: &mut Canvas) {
    let palette = Palette::high_contrast();
    let shown = (canvas.persona, canvas.vote_shown(journey));
    let whole_map = canvas.layout(doc, journey, &palette, 2);
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
    let stage = (!presenting.overview)
        .then(|| presenting.stage_view(doc, journey, presenting.stage, shown, rect.size()))
        .flatten();
    let (map, view) = match &stage {
        None => {
            let mut view = MapView::default();
            let whole = Rect::from_min_size(egui::Pos2::ZERO, whole_map.size);
            let area = Rect::from_min_max(rect.min, rect.max - vec2(0.0, HINT_ROOM - MARGIN));
            view.fit(area, whole, PRESENT_ZOOM, Vec2::ZERO);
            (whole_map, view)
        }
        Some(shown) => {
            let size = shown.map.size * shown.zoom;
            // Scrolled only as far as the lanes go below the screen.
            let below = (size.y - (rect.height() - MARGIN - HINT_ROOM)).max(0.0);
            presenting.scroll = presenting.scroll.min(below);
            let left = ((rect.width() - size.x) / 2.0).max(MARGIN);
            let view = MapView {
                zoom: shown.zoom,
                offset: vec2(left, MARGIN - presenting.scroll),
                needs_fit: false,
            };
            (Arc::clone(&shown.map), view)
        }
    };
    // Headers as large as the cards: the room reads the stage and lane names too.
    let frame = Frame::with_header_scale(rect, view, &map, view.zoom);
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
        thumbnail: false,
    };
    paint::map(&painter, &scene);
    let name = |i: usize| journey.stages.get(i).map(|s| s.name.as_str());
    let (place, around) = if stage.is_some() {
        let place = name(presenting.stage).map_or_else(String::new, |n| {
            t!(
                "canvas-present-place",
                number = presenting.stage + 1,
                count = stages,
                name = n
            )
        });
        let before = presenting
            .stage
            .checked_sub(1)
            .and_then(name)
            .map(|n| format!("← {n}"));
        let after = name(presenting.stage + 1).map(|n| format!("→ {n}"));
        let around: Vec<String> = before.into_iter().chain(after).collect();
        (place, around.join(" · "))
    } else {
        let back = name(presenting.stage).map_or_else(String::new, |n| {
            t!(
                "canvas-present-back",
                number = presenting.stage + 1,
                name = n
            )
        });
        (t!("canvas-present-whole").to_owned(), back)
    };
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Canvas,
            true,
            t!(
                "canvas-present-name",
                name = journey.name.as_str(),
                place = place.as_str()
            ),
        )
    });
    // Where the room is and how to move on, small along the bottom.
    let hint = [place.as_str(), around.as_str(), t!("canvas-present-keys")]
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join("  ·  ");
    let galley = painter.layout_no_wrap(
        hint,
        egui::FontId::proportional(14.0),
        Color32::from_gray(200),
    );
    let at = pos2(
        rect.max.x - MARGIN - galley.size().x,
        rect.max.y - 9.0 - galley.size().y,
    );
    painter.rect_filled(
        Rect::from_min_size(at, galley.size()).expand2(vec2(10.0, 4.0)),
        6.0,
        Color32::from_black_alpha(220),
    );
    painter.galley(at, galley, Color32::from_gray(200));
}
