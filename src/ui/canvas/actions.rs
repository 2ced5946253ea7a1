//! Requests of the map and map commands, turned into edits of the document (typing
//! on the map is in [`super::typing`]).

use egui::Rect;

use super::{Canvas, EditTarget, Editing, Header, Request};
use crate::app::Command;
use crate::document::Document;
use crate::edit::{Change, Edit};
use crate::i18n::Said;
use crate::model::{
    Card, CardId, Journey, JourneyId, Kpi, Lane, LaneId, LaneKind, LinkId, Stage, StageId,
};
use crate::ops::{self, Clipboard};
use crate::t;

/// What a command did, to say in the status bar (in every language), or why it
/// did nothing.
type Outcome = Result<Option<Said>, Said>;

pub(super) fn journey(doc: &Document, id: JourneyId) -> Result<&Journey, Said> {
    doc.project()
        .journey(id)
        .ok_or_else(|| crate::said!("canvas-no-such-journey"))
}

/// Refuses an edit of something locked, saying what and how to unlock it (in every
/// language: a refusal stays in the status bar until dealt with).
pub(super) fn unlocked(doc: &Document, edit: &Edit) -> Result<(), Said> {
    let project = doc.project();
    match ops::locks::refusal(project, edit) {
        Some(_) => Err(Said::new(|| {
            let why = ops::locks::refusal(project, edit).unwrap_or_default();
            t!("canvas-not-changed", why = why)
        })),
        None => Ok(()),
    }
}

pub(super) fn apply(doc: &mut Document, edit: Edit, label: impl Into<Said>) -> Result<(), Said> {
    unlocked(doc, &edit)?;
    doc.apply(edit, label)
        .map_err(|e| Said::new(|| e.to_string()))
}

impl Canvas {
    /// Carries out a request made while drawing.
    pub fn handle(
        &mut self,
        doc: &mut Document,
        journey_id: JourneyId,
        request: Request,
    ) -> Result<(), Said> {
        match request {
            Request::NewCard {
                stage,
                lane,
                before,
            } => {
                let id: CardId = doc.new_id();
                let edit = ops::add_card(
                    journey(doc, journey_id)?,
                    Card::new(id, stage, lane, ""),
                    before,
                );
                let target = EditTarget::CardTitle(id);
                unlocked(doc, &edit)?;
                doc.apply_in_session(edit, crate::said!("canvas-add-card"), target.gesture())
                    .map_err(|e| Said::new(|| e.to_string()))?;
                self.selection.clear_items();
                self.selection.cards.push(id);
                self.selection.cell = Some((stage, lane));
                self.editing = Some(Editing {
                    target,
                    text: String::new(),
                    original: String::new(),
                    is_new: true,
                    focus: true,
                });
            }
            Request::MoveCards {
                cards,
                stage,
                lane,
                before,
            } => {
                let edit = ops::move_cards(journey(doc, journey_id)?, &cards, stage, lane, before);
                if let Some(edit) = edit {
                    apply(
                        doc,
                        edit,
                        if cards.len() == 1 {
                            crate::said!("canvas-move-card")
                        } else {
                            crate::said!("canvas-move-cards")
                        },
                    )?;
                    self.selection.cell = Some((stage, lane));
                }
            }
            Request::Link { from, to } => {
                let id: LinkId = doc.new_id();
                if let Some(edit) = ops::link_cards(journey(doc, journey_id)?, from, to, id) {
                    apply(doc, edit, crate::said!("canvas-link-cards"))?;
                    self.selection.clear_items();
                    self.selection.link = Some(id);
                }
            }
            Request::Edit(target) => self.start_editing(journey(doc, journey_id)?, target),
            Request::Typed(text) => self.typed(doc, journey_id, text)?,
            Request::CommitEdit => self.commit_edit(doc, journey_id)?,
            Request::CancelEdit => self.cancel_edit(doc, journey_id)?,
            Request::AddStage { index, phase } => {
                let id: StageId = doc.new_id();
                let name = t!("canvas-new-stage");
                let stage = Stage::new(id, name, phase);
                let edit = ops::insert_stage(journey(doc, journey_id)?, stage, index);
                self.start_new_name(
                    doc,
                    edit,
                    crate::said!("canvas-add-stage"),
                    EditTarget::StageName(id),
                    name,
                )?;
                self.selection.header = Some(Header::Stage(id));
            }
            Request::AddLane { index } => {
                let id: LaneId = doc.new_id();
                let name = t!("canvas-new-lane");
                let lane = Lane::new(id, name, LaneKind::Custom);
                let edit = ops::insert_lane(journey(doc, journey_id)?, lane, index);
                let target = EditTarget::LaneName(id);
                self.start_new_name(doc, edit, crate::said!("canvas-add-lane"), target, name)?;
                self.selection.header = Some(Header::Lane(id));
            }
            Request::DeleteStage(id) => {
                let edit = ops::delete_stage(doc.project(), journey(doc, journey_id)?, id);
                apply(doc, edit, crate::said!("canvas-delete-stage"))?;
            }
            Request::AddKpi(id) => {
                let kpi = Kpi {
                    id: doc.new_id(),
                    name: t!("canvas-new-kpi").to_owned(),
                    ..Kpi::default()
                };
                let mut stage = journey(doc, journey_id)?
                    .stage(id)
                    .ok_or_else(|| crate::said!("canvas-no-such-stage"))?
                    .clone();
                stage.kpis.push(kpi);
                let edit = Edit::Stage {
                    journey: journey_id,
                    change: Change::Replace { item: stage },
                };
                apply(doc, edit, crate::said!("canvas-add-kpi"))?;
            }
            Request::DeleteLane(id) => {
                let edit = ops::delete_lane(doc.project(), journey(doc, journey_id)?, id);
                apply(doc, edit, crate::said!("canvas-delete-lane"))?;
            }
            Request::MoveStage { stage, to } => {
                let edit = Edit::Stage {
                    journey: journey_id,
                    change: Change::Move { id: stage, to },
                };
                apply(doc, edit, crate::said!("canvas-move-stage"))?;
            }
            Request::MoveLane { lane, to } => {
                let edit = Edit::Lane {
                    journey: journey_id,
                    change: Change::Move { id: lane, to },
                };
                apply(doc, edit, crate::said!("canvas-move-lane"))?;
            }
        }
        Ok(())
    }

    /// Runs a map command from the keyboard or a menu. `paste` is the text of a paste.
    pub fn run(
        &mut self,
        doc: &mut Document,
        journey_id: JourneyId,
        command: Command,
        paste: Option<String>,
        ctx: &egui::Context,
    ) -> Outcome {
        let revision = doc.revision();
        self.keep_valid(journey(doc, journey_id)?, revision);
        let map = self.last_layout();
        let selected: Vec<CardId> = self.selection.cards.clone();
        match command {
            Command::NewCard => {
                if let Some((stage, lane)) = self.selection.cell {
                    // After the current card, else at the end of the cell.
                    let j = journey(doc, journey_id)?;
                    let cell: Vec<CardId> = j.cards_in(stage, lane).map(|c| c.id).collect();
                    let before = self
                        .selection
                        .current()
                        .and_then(|id| cell.iter().position(|c| *c == id))
                        .and_then(|i| cell.get(i + 1).copied());
                    self.handle(
                        doc,
                        journey_id,
                        Request::NewCard {
                            stage,
                            lane,
                            before,
                        },
                    )?;
                }
            }
            Command::EditCard => {
                let j = journey(doc, journey_id)?;
                let target = match (self.selection.current(), self.selection.header) {
                    (Some(id), _) => Some(EditTarget::CardTitle(id)),
                    (None, Some(Header::Stage(id))) => Some(EditTarget::StageName(id)),
                    (None, Some(Header::Lane(id))) => Some(EditTarget::LaneName(id)),
                    (None, None) => None,
                };
                if let Some(target) = target {
                    self.start_editing(j, target);
                }
            }
            Command::DeleteSelection => return self.delete_selection(doc, journey_id),
            Command::Duplicate if !selected.is_empty() => {
                let links = journey(doc, journey_id)?.links.len();
                let mut ids = (0..selected.len() + links)
                    .map(|_| doc.new_id::<u64>())
                    .collect::<Vec<_>>()
                    .into_iter();
                let mut next = || ids.next().unwrap_or_default();
                let (edit, copies) = ops::duplicate_cards(
                    doc.project(),
                    journey(doc, journey_id)?,
                    &selected,
                    &mut next,
                );
                apply(doc, edit, crate::said!("canvas-duplicate-cards"))?;
                self.selection.cards = copies;
            }
            Command::Copy | Command::Cut if !selected.is_empty() => {
                let clip = ops::copy_cards(journey(doc, journey_id)?, &selected);
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
                    let edit =
                        ops::delete_cards(doc.project(), journey(doc, journey_id)?, &selected);
                    apply(doc, edit, crate::said!("canvas-cut-cards"))?;
                    return Ok(Some(Said::new(|| t!("canvas-cut-n", count = n))));
                }
                return Ok(Some(Said::new(|| t!("canvas-copied-n", count = n))));
            }
            Command::Paste => return self.paste(doc, journey_id, paste),
            Command::SelectAll => {
                // The cards shown: all of the journey's, or the persona's.
                let persona = self.persona;
                let shown = journey(doc, journey_id)?
                    .cards
                    .iter()
                    .filter(|c| persona.is_none_or(|p| c.applies_to(p)))
                    .map(|c| c.id)
                    .collect();
                self.selection.clear_items();
                self.selection.cards = shown;
            }
            Command::MoveLeft | Command::MoveRight | Command::MoveUp | Command::MoveDown => {
                self.step(journey(doc, journey_id)?, command);
                self.reveal_current(&map, journey_id);
            }
            Command::ClearSelection => {
                let current = self.selection.current();
                self.selection.clear_items();
                self.selection.cards.extend(current);
            }
            Command::FitWidth => {
                if let Some(rect) = self.last_rect {
                    let text = self.metrics.card_title.size;
                    self.view_mut(journey_id).fit_width(rect, map.size, text);
                    return Ok(Some(zoom_message(self.view(journey_id).percent())));
                }
            }
            Command::FitToScreen => {
                if let Some(rect) = self.last_rect {
                    let whole = Rect::from_min_size(egui::Pos2::ZERO, map.size);
                    self.view_mut(journey_id)
                        .fit(rect, whole, 1.0, egui::Vec2::ZERO);
                }
            }
            Command::ZoomToSelection => {
                let target = self
                    .selection
                    .cards
                    .iter()
                    .filter_map(|id| map.card(*id).map(|c| c.rect))
                    .reduce(Rect::union)
                    .or_else(|| self.selection.cell.and_then(|(s, l)| map.cell(s, l)));
                if let (Some(rect), Some(target)) = (self.last_rect, target) {
                    // Clear of the headers (at their largest).
                    let inset = super::paint::header_size(&map);
                    let view = self.view_mut(journey_id);
                    view.fit(rect, target.expand(20.0), 2.0, inset);
                    view.clamp_to_map(rect, map.size);
                }
            }
            Command::ZoomIn | Command::ZoomOut | Command::ZoomReset => {
                if let Some(rect) = self.last_rect {
                    let view = self.view_mut(journey_id);
                    let factor = match command {
                        Command::ZoomIn => 1.25,
                        Command::ZoomOut => 0.8,
                        _ => 1.0 / view.zoom,
                    };
                    view.zoom_around(rect, rect.center(), factor);
                    return Ok(Some(zoom_message(view.percent())));
                }
            }
            _ => {}
        }
        Ok(None)
    }

    fn delete_selection(&mut self, doc: &mut Document, journey_id: JourneyId) -> Outcome {
        if let Some(link) = self.selection.link {
            let edit = Edit::Link {
                journey: journey_id,
                change: Change::Remove { id: link },
            };
            apply(doc, edit, crate::said!("inspector-delete-link"))?;
            self.selection.link = None;
            return Ok(Some(Said::new(|| t!("canvas-deleted-link"))));
        }
        if !self.selection.cards.is_empty() {
            let n = self.selection.cards.len();
            let edit = ops::delete_cards(
                doc.project(),
                journey(doc, journey_id)?,
                &self.selection.cards,
            );
            apply(
                doc,
                edit,
                if n == 1 {
                    crate::said!("canvas-delete-card")
                } else {
                    crate::said!("canvas-delete-cards")
                },
            )?;
            // The cell stays selected, so the keyboard can go on from there.
            self.selection.clear_items();
            return Ok(Some(Said::new(|| t!("canvas-deleted-n", count = n))));
        }
        match self.selection.header {
            Some(Header::Stage(id)) => {
                self.handle(doc, journey_id, Request::DeleteStage(id))?;
                Ok(Some(Said::new(|| t!("canvas-deleted-stage"))))
            }
            Some(Header::Lane(id)) => {
                self.handle(doc, journey_id, Request::DeleteLane(id))?;
                Ok(Some(Said::new(|| t!("canvas-deleted-lane"))))
            }
            None => Ok(None),
        }
    }

    fn paste(
        &mut self,
        doc: &mut Document,
        journey_id: JourneyId,
        text: Option<String>,
    ) -> Outcome {
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
        let (edit, new) = ops::paste(
            doc.project(),
            journey(doc, journey_id)?,
            &clip,
            stage,
            lane,
            &mut next,
        );
        apply(doc, edit, crate::said!("canvas-paste-cards"))?;
        self.selection.clear_items();
        self.selection.cards = new;
        Ok(Some(Said::new(|| t!("canvas-pasted-n", count = n))))
    }

    /// Arrow keys: from card to card (and empty cell), in the direction pressed.
    fn step(&mut self, j: &Journey, command: Command) {
        let Some((stage, lane)) = self.selection.cell else {
            return;
        };
        let persona = self.persona;
        let cell = |s: StageId, l: LaneId| -> Vec<CardId> {
            j.cards_in(s, l)
                .filter(|c| persona.is_none_or(|p| c.applies_to(p)))
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
        let target = match command {
            Command::MoveLeft if si > 0 => Some((si - 1, li, Pick::At(index.unwrap_or(0)))),
            Command::MoveRight => Some((si + 1, li, Pick::At(index.unwrap_or(0)))),
            Command::MoveUp => match index {
                Some(i) if i > 0 => Some((si, li, Pick::At(i - 1))),
                _ if li > 0 => Some((si, li - 1, Pick::Last)),
                _ => None,
            },
            Command::MoveDown => match index {
                Some(i) if i + 1 < here.len() => Some((si, li, Pick::At(i + 1))),
                None if !here.is_empty() => Some((si, li, Pick::First)),
                _ => Some((si, li + 1, Pick::First)),
            },
            _ => None,
        };
        let Some((s, l, pick)) = target else {
            return;
        };
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
    }
}

/// What the status line says after a zoom.
fn zoom_message(percent: u32) -> Said {
    Said::new(|| {
        t!(
            "canvas-zoom",
            percent = crate::i18n::numbers::percent(f64::from(percent), 0)
        )
    })
}

enum Pick {
    First,
    Last,
    At(usize),
}
