//! The journey canvas: a pannable, zoomable map of stages, lanes and cards, edited
//! with the keyboard and the mouse. The geometry comes from [`crate::layout`] (cached
//! per document revision); this module keeps the view state (zoom, selection, what is
//! being edited or dragged), draws the map, and turns gestures into edits.

pub mod inspector;
mod map;
mod paint;
pub mod view;

use std::collections::BTreeMap;
use std::sync::Arc;

use egui::Rect;

use crate::app::{Action, Command};
use crate::document::Document;
use crate::edit::{Change, Edit};
use crate::history::GestureKey;
use crate::layout::text::TextEngine;
use crate::layout::{self, LayoutInput, MapLayout, Metrics};
use crate::model::{
    Card, CardId, Journey, JourneyId, Lane, LaneId, LaneKind, LinkId, PersonaId, Phase, Project,
    Stage, StageId,
};
use crate::ops::{self, Clipboard};
use crate::theme::Palette;
pub use map::{map_ui, toggle_card_colors};
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

/// Text being typed on the map itself.
#[derive(Clone, Debug, PartialEq)]
pub struct Editing {
    pub target: EditTarget,
    pub text: String,
    /// Give the field the keyboard focus when it is next drawn.
    pub focus: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditTarget {
    CardTitle(CardId),
    StageName(StageId),
    LaneName(LaneId),
}

impl EditTarget {
    fn gesture(self) -> GestureKey {
        match self {
            EditTarget::CardTitle(id) => GestureKey::new("card title", id),
            EditTarget::StageName(id) => GestureKey::new("stage name", id),
            EditTarget::LaneName(id) => GestureKey::new("lane name", id),
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
    /// Esc: take back what was typed (and the card, if it was new).
    CancelEdit,
    AddStage {
        index: usize,
        phase: Phase,
    },
    AddLane {
        index: usize,
    },
    DeleteStage(StageId),
    DeleteLane(LaneId),
    MoveStage {
        stage: StageId,
        to: usize,
    },
    MoveLane {
        lane: LaneId,
        to: usize,
    },
}

/// The map's layout, kept while the project, the theme and the persona filter stay
/// the same.
#[derive(Default)]
struct LayoutCache {
    engine: TextEngine,
    key: Option<(u64, JourneyId, bool, Option<PersonaId>)>,
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
    drag: Option<map::Drag>,
    /// What the open context menu is about.
    menu_target: Option<map::Hit>,
    /// Where the canvas was last drawn, for commands that fit or reveal.
    last_rect: Option<Rect>,
    /// The journey last drawn, to reset the selection when another one shows.
    shown: Option<JourneyId>,
    metrics: Metrics,
}

impl std::fmt::Debug for Canvas {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Canvas")
            .field("selection", &self.selection)
            .field("editing", &self.editing)
            .finish_non_exhaustive()
    }
}

impl Canvas {
    /// The layout of `journey`, computed again only when something it shows changed.
    pub fn layout(
        &mut self,
        doc: &Document,
        journey: &Journey,
        palette: &Palette,
        dark: bool,
    ) -> Arc<MapLayout> {
        let key = (doc.revision(), journey.id, dark, self.persona);
        if self.cache.key != Some(key) {
            let input = LayoutInput {
                project: doc.project(),
                journey,
                palette,
                metrics: &self.metrics,
                persona: self.persona,
            };
            self.cache.map = Arc::new(layout::layout(&input, &mut self.cache.engine));
            self.cache.engine.end_pass();
            self.cache.key = Some(key);
        }
        Arc::clone(&self.cache.map)
    }

    /// The layout last computed (possibly of another journey), without computing.
    fn last_layout(&self) -> Arc<MapLayout> {
        Arc::clone(&self.cache.map)
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

    /// Keeps the selection pointing at things that exist; a cell is always selected
    /// when the journey has one.
    pub fn keep_valid(&mut self, journey: &Journey) {
        if self.shown != Some(journey.id) {
            self.shown = Some(journey.id);
            self.selection = MapSelection::default();
            self.editing = None;
            self.drag = None;
        }
        let sel = &mut self.selection;
        sel.cards.retain(|id| journey.card(*id).is_some());
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

    /// Selects one card (and its cell).
    pub fn select_card(&mut self, journey: &Journey, id: CardId) {
        if let Some(card) = journey.card(id) {
            self.selection.clear_items();
            self.selection.cards.push(id);
            self.selection.cell = Some((card.stage, card.lane));
        }
    }

    /// Whether the canvas takes keyboard commands now (nothing is being typed).
    pub fn is_typing(&self) -> bool {
        self.editing.is_some()
    }

    /// Carries out a request made while drawing.
    pub fn handle(
        &mut self,
        doc: &mut Document,
        journey: JourneyId,
        request: Request,
    ) -> Result<(), String> {
        let Some(j) = doc.project().journey(journey).cloned() else {
            return Ok(());
        };
        match request {
            Request::NewCard {
                stage,
                lane,
                before,
            } => {
                let id: CardId = doc.new_id();
                let card = Card::new(id, stage, lane, "");
                let key = GestureKey::new("card title", id);
                doc.apply_in_gesture(ops::add_card(&j, card, before), "Add card", key)
                    .map_err(|e| e.to_string())?;
                self.selection.clear_items();
                self.selection.cards.push(id);
                self.selection.cell = Some((stage, lane));
                self.editing = Some(Editing {
                    target: EditTarget::CardTitle(id),
                    text: String::new(),
                    focus: true,
                });
            }
            Request::MoveCards {
                cards,
                stage,
                lane,
                before,
            } => {
                if let Some(edit) = ops::move_cards(&j, &cards, stage, lane, before) {
                    let label = if cards.len() == 1 {
                        "Move card"
                    } else {
                        "Move cards"
                    };
                    doc.apply(edit, label).map_err(|e| e.to_string())?;
                    self.selection.cell = Some((stage, lane));
                }
            }
            Request::Link { from, to } => {
                let id: LinkId = doc.new_id();
                if let Some(edit) = ops::link_cards(&j, from, to, id) {
                    doc.apply(edit, "Link cards").map_err(|e| e.to_string())?;
                    self.selection.clear_items();
                    self.selection.link = Some(id);
                }
            }
            Request::Edit(target) => self.start_editing(&j, target),
            Request::Typed(text) => self.typed(doc, &j, text)?,
            Request::CommitEdit => {
                if let Some(editing) = self.editing.take() {
                    let empty_new_card = matches!(editing.target, EditTarget::CardTitle(id)
                        if j.card(id).is_some_and(|c| c.title.trim().is_empty()))
                        && editing.text.trim().is_empty();
                    if empty_new_card {
                        // Enter on a card with no title: as if it was never made.
                        doc.revert_gesture().map_err(|e| e.to_string())?;
                    } else {
                        doc.end_gesture();
                    }
                }
            }
            Request::CancelEdit => {
                if self.editing.take().is_some() {
                    doc.revert_gesture().map_err(|e| e.to_string())?;
                }
            }
            Request::AddStage { index, phase } => {
                let id: StageId = doc.new_id();
                let stage = Stage::new(id, "New stage", phase);
                // Adding and naming it is one step (Esc takes both back).
                let key = EditTarget::StageName(id).gesture();
                doc.apply_in_gesture(ops::insert_stage(&j, stage, index), "Add stage", key)
                    .map_err(|e| e.to_string())?;
                self.selection.clear_items();
                self.selection.header = Some(Header::Stage(id));
                self.start_editing_name(EditTarget::StageName(id), "New stage");
            }
            Request::AddLane { index } => {
                let id: LaneId = doc.new_id();
                let lane = Lane::new(id, "New lane", LaneKind::Custom);
                let key = EditTarget::LaneName(id).gesture();
                doc.apply_in_gesture(ops::insert_lane(&j, lane, index), "Add lane", key)
                    .map_err(|e| e.to_string())?;
                self.selection.clear_items();
                self.selection.header = Some(Header::Lane(id));
                self.start_editing_name(EditTarget::LaneName(id), "New lane");
            }
            Request::DeleteStage(id) => {
                let edit = ops::delete_stage(doc.project(), &j, id);
                doc.apply(edit, "Delete stage").map_err(|e| e.to_string())?;
            }
            Request::DeleteLane(id) => {
                let edit = ops::delete_lane(doc.project(), &j, id);
                doc.apply(edit, "Delete lane").map_err(|e| e.to_string())?;
            }
            Request::MoveStage { stage, to } => {
                let edit = Edit::Stage {
                    journey,
                    change: Change::Move { id: stage, to },
                };
                doc.apply(edit, "Move stage").map_err(|e| e.to_string())?;
            }
            Request::MoveLane { lane, to } => {
                let edit = Edit::Lane {
                    journey,
                    change: Change::Move { id: lane, to },
                };
                doc.apply(edit, "Move lane").map_err(|e| e.to_string())?;
            }
        }
        Ok(())
    }

    fn start_editing(&mut self, journey: &Journey, target: EditTarget) {
        let text = match target {
            EditTarget::CardTitle(id) => journey.card(id).map(|c| c.title.clone()),
            EditTarget::StageName(id) => journey.stage(id).map(|s| s.name.clone()),
            EditTarget::LaneName(id) => journey.lane(id).map(|l| l.name.clone()),
        };
        if let Some(text) = text {
            self.start_editing_name(target, &text);
        }
    }

    fn start_editing_name(&mut self, target: EditTarget, text: &str) {
        self.editing = Some(Editing {
            target,
            text: text.to_owned(),
            focus: true,
        });
    }

    /// The typed text goes into the project at once, as one gesture.
    fn typed(&mut self, doc: &mut Document, journey: &Journey, text: String) -> Result<(), String> {
        let Some(editing) = &mut self.editing else {
            return Ok(());
        };
        editing.text.clone_from(&text);
        let target = editing.target;
        let (edit, label) = match target {
            EditTarget::CardTitle(id) => {
                let Some(card) = journey.card(id) else {
                    return Ok(());
                };
                (
                    Edit::Card {
                        journey: journey.id,
                        change: Change::Replace {
                            item: Card {
                                title: text,
                                ..card.clone()
                            },
                        },
                    },
                    "Edit card title",
                )
            }
            EditTarget::StageName(id) => {
                let Some(stage) = journey.stage(id) else {
                    return Ok(());
                };
                (
                    Edit::Stage {
                        journey: journey.id,
                        change: Change::Replace {
                            item: Stage {
                                name: text,
                                ..stage.clone()
                            },
                        },
                    },
                    "Rename stage",
                )
            }
            EditTarget::LaneName(id) => {
                let Some(lane) = journey.lane(id) else {
                    return Ok(());
                };
                (
                    Edit::Lane {
                        journey: journey.id,
                        change: Change::Replace {
                            item: Lane {
                                name: text,
                                ..lane.clone()
                            },
                        },
                    },
                    "Rename lane",
                )
            }
        };
        doc.apply_in_gesture(edit, label, target.gesture())
            .map_err(|e| e.to_string())
    }

    /// Runs a map command from the keyboard or a menu. `paste` is the text of a paste.
    pub fn run(
        &mut self,
        doc: &mut Document,
        journey: JourneyId,
        command: Command,
        paste: Option<String>,
        ctx: &egui::Context,
    ) -> Result<Option<String>, String> {
        let Some(j) = doc.project().journey(journey).cloned() else {
            return Ok(None);
        };
        self.keep_valid(&j);
        let map = self.last_layout();
        let selected: Vec<CardId> = self.selection.cards.clone();
        let fresh_ids = |doc: &mut Document, n: usize| -> Vec<u64> {
            (0..n).map(|_| doc.new_id::<u64>()).collect()
        };
        match command {
            Command::NewCard => {
                if let Some((stage, lane)) = self.selection.cell {
                    let before = None;
                    self.handle(
                        doc,
                        journey,
                        Request::NewCard {
                            stage,
                            lane,
                            before,
                        },
                    )?;
                }
            }
            Command::EditCard => {
                if let Some(id) = self.selection.current() {
                    self.start_editing(&j, EditTarget::CardTitle(id));
                } else if let Some(Header::Stage(id)) = self.selection.header {
                    self.start_editing(&j, EditTarget::StageName(id));
                } else if let Some(Header::Lane(id)) = self.selection.header {
                    self.start_editing(&j, EditTarget::LaneName(id));
                }
            }
            Command::DeleteSelection => return self.delete_selection(doc, &j),
            Command::Duplicate if !selected.is_empty() => {
                let mut ids = fresh_ids(doc, selected.len() * 2 + j.links.len()).into_iter();
                let mut next = || ids.next().unwrap_or_default();
                let (edit, copies) = ops::duplicate_cards(doc.project(), &j, &selected, &mut next);
                doc.apply(edit, "Duplicate cards")
                    .map_err(|e| e.to_string())?;
                self.selection.cards = copies;
            }
            Command::Copy | Command::Cut => {
                if selected.is_empty() {
                    return Ok(None);
                }
                let clip = ops::copy_cards(&j, &selected);
                let text: String = clip
                    .cards
                    .iter()
                    .map(|c| c.title.as_str())
                    .collect::<Vec<_>>()
                    .join("\n");
                ctx.copy_text(text.clone());
                let n = clip.cards.len();
                self.clipboard = Some((clip, text));
                if command == Command::Cut {
                    let edit = ops::delete_cards(doc.project(), &j, &selected);
                    doc.apply(edit, "Cut cards").map_err(|e| e.to_string())?;
                    return Ok(Some(format!("Cut {}", plural(n, "card"))));
                }
                return Ok(Some(format!("Copied {}", plural(n, "card"))));
            }
            Command::Paste => return self.paste(doc, &j, paste),
            Command::SelectAll => {
                self.selection.clear_items();
                self.selection.cards = map.cards.iter().map(|c| c.id).collect();
            }
            Command::MoveLeft | Command::MoveRight | Command::MoveUp | Command::MoveDown => {
                self.step(&j, command);
                self.reveal_current(&map, journey);
            }
            Command::ClearSelection => {
                let current = self.selection.current();
                self.selection.clear_items();
                self.selection.cards.extend(current);
            }
            Command::FitToScreen => {
                if let Some(rect) = self.last_rect {
                    let whole = Rect::from_min_size(egui::Pos2::ZERO, map.size);
                    self.view_mut(journey)
                        .fit(rect, whole, 1.0, egui::Vec2::ZERO);
                }
            }
            Command::ZoomToSelection => {
                if let Some(rect) = self.last_rect {
                    let target = self
                        .selection
                        .cards
                        .iter()
                        .filter_map(|id| map.card(*id).map(|c| c.rect))
                        .reduce(Rect::union)
                        .or_else(|| self.selection.cell.and_then(|(s, l)| map.cell(s, l)));
                    if let Some(target) = target {
                        // Clear of the headers (at their largest).
                        let inset = paint::header_size(&map);
                        self.view_mut(journey)
                            .fit(rect, target.expand(20.0), 2.0, inset);
                    }
                }
            }
            Command::ZoomIn | Command::ZoomOut | Command::ZoomReset => {
                if let Some(rect) = self.last_rect {
                    let view = self.view_mut(journey);
                    let factor = match command {
                        Command::ZoomIn => 1.25,
                        Command::ZoomOut => 0.8,
                        _ => 1.0 / view.zoom,
                    };
                    view.zoom_around(rect, rect.center(), factor);
                    return Ok(Some(format!("Zoom {}%", view.percent())));
                }
            }
            _ => {}
        }
        Ok(None)
    }

    fn delete_selection(
        &mut self,
        doc: &mut Document,
        j: &Journey,
    ) -> Result<Option<String>, String> {
        if let Some(link) = self.selection.link {
            let edit = Edit::Link {
                journey: j.id,
                change: Change::Remove { id: link },
            };
            doc.apply(edit, "Delete link").map_err(|e| e.to_string())?;
            self.selection.link = None;
            return Ok(Some("Deleted the link".to_owned()));
        }
        if !self.selection.cards.is_empty() {
            let n = self.selection.cards.len();
            // Keep a neighbour selected, so the keyboard can go on.
            let cell = self.selection.cell;
            let edit = ops::delete_cards(doc.project(), j, &self.selection.cards);
            let label = if n == 1 {
                "Delete card"
            } else {
                "Delete cards"
            };
            doc.apply(edit, label).map_err(|e| e.to_string())?;
            self.selection.clear_items();
            self.selection.cell = cell;
            return Ok(Some(format!("Deleted {}", plural(n, "card"))));
        }
        match self.selection.header {
            Some(Header::Stage(id)) => {
                self.handle(doc, j.id, Request::DeleteStage(id))?;
                Ok(Some("Deleted the stage and its cards".to_owned()))
            }
            Some(Header::Lane(id)) => {
                self.handle(doc, j.id, Request::DeleteLane(id))?;
                Ok(Some("Deleted the lane and its cards".to_owned()))
            }
            None => Ok(None),
        }
    }

    fn paste(
        &mut self,
        doc: &mut Document,
        j: &Journey,
        text: Option<String>,
    ) -> Result<Option<String>, String> {
        let Some((stage, lane)) = self.selection.cell else {
            return Ok(None);
        };
        // Our own copy comes back as the text we put on the clipboard: paste the cards
        // with all their details. Any other text becomes one card per line.
        let clip = match (&self.clipboard, text) {
            (Some((clip, copied)), Some(text)) if text.trim() == copied.trim() => clip.clone(),
            (Some((clip, _)), None) => clip.clone(),
            (_, Some(text)) => Clipboard {
                cards: text
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .take(200)
                    .map(|line| Card::new(CardId(0), stage, lane, line))
                    .collect(),
                links: Vec::new(),
            },
            (None, None) => return Ok(None),
        };
        if clip.cards.is_empty() {
            return Ok(None);
        }
        let n = clip.cards.len();
        let mut ids = (0..n + clip.links.len())
            .map(|_| doc.new_id::<u64>())
            .collect::<Vec<_>>()
            .into_iter();
        let mut next = || ids.next().unwrap_or_default();
        let (edit, new) = ops::paste(doc.project(), j, &clip, stage, lane, &mut next);
        doc.apply(edit, "Paste cards").map_err(|e| e.to_string())?;
        self.selection.clear_items();
        self.selection.cards = new;
        Ok(Some(format!("Pasted {}", plural(n, "card"))))
    }

    /// Arrow keys: from card to card (and empty cell), in the direction pressed.
    fn step(&mut self, j: &Journey, command: Command) {
        let Some((stage, lane)) = self.selection.cell else {
            return;
        };
        let cell = |s: StageId, l: LaneId| -> Vec<CardId> {
            j.cards_in(s, l)
                .filter(|c| self.persona.is_none_or(|p| c.applies_to(p)))
                .map(|c| c.id)
                .collect()
        };
        let here = cell(stage, lane);
        let index = self
            .selection
            .current()
            .and_then(|id| here.iter().position(|c| *c == id));
        let (Some(si), Some(li)) = (j.stage_index(stage), j.lane_index(lane)) else {
            return;
        };
        let mut go = |s: usize, l: usize, pick: Pick| {
            let (Some(stage), Some(lane)) = (j.stages.get(s), j.lanes.get(l)) else {
                return;
            };
            let cards = cell(stage.id, lane.id);
            self.selection.clear_items();
            self.selection.cell = Some((stage.id, lane.id));
            let card = match pick {
                Pick::First => cards.first(),
                Pick::Last => cards.last(),
                Pick::At(i) => cards.get(i.min(cards.len().saturating_sub(1))),
            };
            self.selection.cards.extend(card.copied());
        };
        match command {
            Command::MoveLeft if si > 0 => go(si - 1, li, Pick::At(index.unwrap_or(0))),
            Command::MoveRight => go(si + 1, li, Pick::At(index.unwrap_or(0))),
            Command::MoveUp => match index {
                Some(i) if i > 0 => go(si, li, Pick::At(i - 1)),
                _ if li > 0 => go(si, li - 1, Pick::Last),
                _ => {}
            },
            Command::MoveDown => match index {
                Some(i) if i + 1 < here.len() => go(si, li, Pick::At(i + 1)),
                None if !here.is_empty() => go(si, li, Pick::First),
                _ => go(si, li + 1, Pick::First),
            },
            _ => {}
        }
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
        }
    }
}

enum Pick {
    First,
    Last,
    At(usize),
}

fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// The edit that changes one card, for the inspector and the map.
pub fn replace_card(journey: JourneyId, card: Card) -> Edit {
    Edit::Card {
        journey,
        change: Change::Replace { item: card },
    }
}

/// An action for a request of the map.
pub fn request(request: Request) -> Action {
    Action::Canvas(request)
}

/// The project's view of a selection, for the inspector.
pub fn selected_cards<'a>(
    project: &'a Project,
    journey: JourneyId,
    canvas: &Canvas,
) -> Vec<&'a Card> {
    project
        .journey(journey)
        .map(|j| {
            canvas
                .selection
                .cards
                .iter()
                .filter_map(|id| j.card(*id))
                .collect()
        })
        .unwrap_or_default()
}
