//! The journey canvas: a pannable, zoomable map of stages, lanes and cards, edited
//! with the keyboard and the mouse. The geometry comes from [`crate::layout`] (cached
//! per document revision); this module keeps the view state (zoom, selection, what is
//! being edited or dragged); `map` draws the map and turns gestures into requests;
//! `actions` turns requests and map commands into edits.

mod actions;
mod curves;
mod drag;
mod headers;
pub mod inspector;
mod kano;
mod map;
mod menus;
mod overlays;
mod overview;
mod paint;
pub mod presence;
pub mod present;
mod typing;
pub mod view;

use std::collections::BTreeMap;
use std::sync::Arc;

use egui::Rect;

use crate::document::Document;
use crate::edit::{Change, Edit};
use crate::history::GestureKey;
use crate::i18n::Lang;
use crate::layout::text::TextEngine;
use crate::layout::{self, LayoutInput, MapLayout, Metrics};
use crate::model::{
    Card, CardId, Journey, JourneyId, LaneId, LinkId, ParticipantId, PersonaId, StageId, VoteId,
};
use crate::ops::Clipboard;
use crate::theme::Palette;
pub use map::map_ui;
pub use menus::toggle_card_colors;
use view::MapView;

/// What is selected on a map. A cell is always selected when the journey has one;
/// selected cards are listed in the order they were picked (the last one is the
/// "current" card).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapSelection {
    pub cell: Option<(StageId, LaneId)>,
    pub cards: Vec<CardId>,
    pub link: Option<LinkId>,
    pub header: Option<Header>,
}

impl MapSelection {
    /// The card the keyboard acts on.
    pub fn current(&self) -> Option<CardId> {
        self.cards.last().copied()
    }

    fn clear_items(&mut self) {
        self.cards.clear();
        self.link = None;
        self.header = None;
    }
}

/// A stage or a lane, picked by its header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Header {
    Stage(StageId),
    Lane(LaneId),
}

/// Text being typed on the map itself. It goes into the project as it is typed (one
/// undo step for the whole session); Esc puts `original` back.
#[derive(Clone, Debug, PartialEq)]
pub struct Editing {
    pub target: EditTarget,
    pub text: String,
    /// The text before typing started.
    pub original: String,
    /// The card, stage or lane was made for this typing (Esc removes it).
    pub is_new: bool,
    /// Give the field the keyboard focus (and select its text) when next drawn.
    pub focus: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EditTarget {
    CardTitle(CardId),
    StageName(StageId),
    LaneName(LaneId),
}

impl EditTarget {
    fn gesture(self) -> GestureKey {
        match self {
            EditTarget::CardTitle(id) => GestureKey::new("card_title", id),
            EditTarget::StageName(id) => GestureKey::new("stage_name", id),
            EditTarget::LaneName(id) => GestureKey::new("lane_name", id),
        }
    }
}

/// What the map asks for while it is drawn; done after the frame, when ids can be
/// handed out and the document changed.
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    /// A new card in a cell (before a card, or at the end), with the cursor in it.
    NewCard {
        stage: StageId,
        lane: LaneId,
        before: Option<CardId>,
    },
    MoveCards {
        cards: Vec<CardId>,
        stage: StageId,
        lane: LaneId,
        before: Option<CardId>,
    },
    Link {
        from: CardId,
        to: CardId,
    },
    /// Start typing on the map.
    Edit(EditTarget),
    /// The typed text changed.
    Typed(String),
    /// Enter: keep what was typed.
    CommitEdit,
    /// Esc: take back what was typed (and the card, stage or lane, if it was new).
    CancelEdit,
    AddStage {
        index: usize,
        phase: crate::model::Phase,
    },
    AddLane {
        index: usize,
    },
    DeleteStage(StageId),
    DeleteLane(LaneId),
    /// A new KPI at the end of the stage's list.
    AddKpi(StageId),
    MoveStage {
        stage: StageId,
        to: usize,
    },
    MoveLane {
        lane: LaneId,
        to: usize,
    },
}

/// What a layout depends on beyond the journey: the project's revision, the look
/// (theme), the persona filter, the vote shown and the language (of the built-in
/// names, the key and the figures).
type LayoutKey = (u64, JourneyId, u8, Option<PersonaId>, Option<VoteId>, Lang);

/// The map's layout, kept while what it depends on ([`LayoutKey`]) stays the same.
#[derive(Default)]
struct LayoutCache {
    engine: TextEngine,
    key: Option<LayoutKey>,
    map: Arc<MapLayout>,
}

/// Everything the canvas remembers between frames.
#[derive(Default)]
pub struct Canvas {
    pub selection: MapSelection,
    pub editing: Option<Editing>,
    /// Show only the cards of this persona.
    pub persona: Option<PersonaId>,
    views: BTreeMap<JourneyId, MapView>,
    cache: LayoutCache,
    clipboard: Option<(Clipboard, String)>,
    drag: Option<drag::Drag>,
    /// What the open context menu is about.
    menu_target: Option<map::Hit>,
    /// Where the canvas was last drawn, for commands that fit or reveal.
    last_rect: Option<Rect>,
    /// The journey last shown, and the revision and persona filter its selection was
    /// checked against.
    checked: Option<(JourneyId, u64, Option<PersonaId>)>,
    metrics: Metrics,
    /// Presentation mode (F5), while on.
    pub presenting: Option<present::Presenting>,
    /// A closed vote whose results are shown on the map.
    pub shown_vote: Option<VoteId>,
    /// The vote and participant whose dots clicks cast, while the vote window is
    /// open on an open vote (set each frame by that window).
    pub casting: Option<(VoteId, ParticipantId)>,
    /// Text was typed on the map: bring the field into view in the next frame.
    follow_editor: bool,
    /// Others' selections in a live session (set by the app each frame).
    pub others: Vec<presence::Outline>,
}

impl std::fmt::Debug for Canvas {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(Canvas))
            .field("selection", &self.selection)
            .field("editing", &self.editing)
            .finish_non_exhaustive()
    }
}

impl Canvas {
    /// A fresh canvas for another document; the clipboard is kept (to paste into it).
    pub fn for_new_document(&mut self) {
        let clipboard = self.clipboard.take();
        *self = Self {
            clipboard,
            ..Self::default()
        };
    }

    /// The layout of `journey`, computed again only when something it shows changed.
    pub fn layout(
        &mut self,
        doc: &Document,
        journey: &Journey,
        palette: &Palette,
        look: u8,
    ) -> Arc<MapLayout> {
        let vote = self.vote_shown(journey);
        let lang = crate::i18n::lang();
        let key = (doc.revision(), journey.id, look, self.persona, vote, lang);
        if self.cache.key != Some(key) {
            let input = LayoutInput {
                project: doc.project(),
                journey,
                palette,
                metrics: &self.metrics,
                persona: self.persona,
                vote,
            };
            self.cache.map = Arc::new(layout::layout(&input, &mut self.cache.engine));
            self.cache.engine.end_pass();
            self.cache.key = Some(key);
        }
        Arc::clone(&self.cache.map)
    }

    /// The vote whose dots the map shows: the open one, else the closed one chosen.
    pub fn vote_shown(&self, journey: &Journey) -> Option<VoteId> {
        crate::ops::votes::open_session(journey)
            .map(|v| v.id)
            .or(self.shown_vote)
            .filter(|id| journey.votes.iter().any(|v| v.id == *id))
    }

    /// The layout last computed (possibly of another journey), without computing.
    fn last_layout(&self) -> Arc<MapLayout> {
        Arc::clone(&self.cache.map)
    }

    /// Where the map was last drawn.
    pub fn last_rect(&self) -> Option<Rect> {
        self.last_rect
    }

    /// The layout last drawn (tests look at what the map shows).
    pub fn shown_layout(&self) -> Arc<MapLayout> {
        self.last_layout()
    }

    pub fn metrics(&self) -> &Metrics {
        &self.metrics
    }

    pub fn view(&self, journey: JourneyId) -> MapView {
        self.views.get(&journey).copied().unwrap_or_default()
    }

    /// Sets where the map of `journey` is shown (benches, tests).
    pub fn set_view(&mut self, journey: JourneyId, view: MapView) {
        self.views.insert(journey, view);
    }

    fn view_mut(&mut self, journey: JourneyId) -> &mut MapView {
        self.views.entry(journey).or_default()
    }

    /// Keeps the selection pointing at things that exist and are shown; a cell is
    /// always selected when the journey has one. Cheap when nothing changed.
    pub fn keep_valid(&mut self, journey: &Journey, revision: u64) {
        if self.checked.is_some_and(|(j, _, _)| j != journey.id) {
            // Another journey: start afresh on it.
            self.selection = MapSelection::default();
            self.editing = None;
            self.drag = None;
        }
        if self.persona.is_some_and(|p| !journey.personas.contains(&p)) {
            self.persona = None;
        }
        let key = (journey.id, revision, self.persona);
        if self.checked != Some(key) {
            self.checked = Some(key);
            let persona = self.persona;
            let sel = &mut self.selection;
            sel.cards.retain(|id| {
                journey
                    .card(*id)
                    .is_some_and(|c| persona.is_none_or(|p| c.applies_to(p)))
            });
            if sel
                .link
                .is_some_and(|id| journey.links.iter().all(|l| l.id != id))
            {
                sel.link = None;
            }
            match sel.header {
                Some(Header::Stage(id)) if journey.stage(id).is_none() => sel.header = None,
                Some(Header::Lane(id)) if journey.lane(id).is_none() => sel.header = None,
                _ => {}
            }
            if let Some(editing) = &self.editing {
                let exists = match editing.target {
                    EditTarget::CardTitle(id) => journey.card(id).is_some(),
                    EditTarget::StageName(id) => journey.stage(id).is_some(),
                    EditTarget::LaneName(id) => journey.lane(id).is_some(),
                };
                if !exists {
                    self.editing = None;
                }
            }
        }
        let sel = &mut self.selection;
        if let Some(card) = sel.current().and_then(|id| journey.card(id)) {
            sel.cell = Some((card.stage, card.lane));
        }
        let valid = sel
            .cell
            .is_some_and(|(s, l)| journey.stage(s).is_some() && journey.lane(l).is_some());
        if !valid {
            sel.cell = journey
                .stages
                .first()
                .zip(journey.lanes.first())
                .map(|(s, l)| (s.id, l.id));
        }
    }

    /// Selects one card (and its cell).
    pub fn select_card(&mut self, journey: &Journey, id: CardId) {
        if let Some(card) = journey.card(id) {
            self.selection.clear_items();
            self.selection.cards.push(id);
            self.selection.cell = Some((card.stage, card.lane));
        }
    }

    /// Whether text is being typed on the map.
    pub fn is_typing(&self) -> bool {
        self.editing.is_some()
    }

    /// Scrolls so that the current card (or cell) is visible.
    fn reveal_current(&mut self, map: &MapLayout, journey: JourneyId) {
        let Some(rect) = self.last_rect else {
            return;
        };
        let target = self
            .selection
            .current()
            .and_then(|id| map.card(id).map(|c| c.rect))
            .or_else(|| self.selection.cell.and_then(|(s, l)| map.cell(s, l)));
        if let Some(target) = target {
            let view = self.view_mut(journey);
            let inset = paint::header_size(map) * view.zoom.min(1.0);
            view.reveal(rect, target, inset);
            view.clamp_to_map(rect, map.size);
        }
    }
}

/// A whole map drawn small in `rect` (the template gallery's pictures).
pub fn paint_preview(painter: &egui::Painter, rect: Rect, map: &MapLayout, palette: &Palette) {
    let size = map.size.max(egui::Vec2::splat(1.0));
    let zoom = (rect.width() / size.x).min(rect.height() / size.y);
    let offset = (rect.size() - size * zoom) / 2.0;
    let view = MapView {
        zoom,
        offset,
        needs_fit: false,
    };
    let frame = paint::Frame::with_header_scale(rect, view, map, zoom);
    let selection = MapSelection::default();
    let scene = paint::Scene {
        map,
        frame,
        palette,
        selection: &selection,
        selected_cards: std::collections::BTreeSet::new(),
        editing_card: None,
        hovered_card: None,
        thumbnail: true,
    };
    painter.rect_filled(rect, 0.0, crate::ui::theme::color(palette.background));
    paint::map(painter, &scene);
}

/// The edit that changes one card, for the inspector and the map.
pub fn replace_card(journey: JourneyId, card: Card) -> Edit {
    Edit::Card {
        journey,
        change: Change::Replace { item: card },
    }
}
