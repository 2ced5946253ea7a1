//! Quick capture: notes typed in the capture bar go into the selected cell as cards,
//! or into the parking lot; parked notes are put on the map later (dragged onto a
//! cell, or sent to the selected one). Each is one undo step.

use crate::edit::{Change, Edit};
use crate::model::{Card, CardId, Journey, JourneyId, Lane, LaneId, NoteId, ParkingNote, StageId};
use crate::t;

use super::{JourneyApp, StatusLevel};

/// A cell's name, "stage · lane": a lane without a name of the team's is named by
/// its kind, in the language shown.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct CellName {
    stage: String,
    lane: Lane,
}

impl CellName {
    fn of(journey: &Journey, stage: StageId, lane: LaneId) -> Option<Self> {
        Some(Self {
            stage: journey.stage(stage)?.name.clone(),
            lane: journey.lane(lane)?.clone(),
        })
    }

    /// In the language shown.
    pub(crate) fn shown(&self) -> String {
        format!("{} · {}", self.stage, self.lane.title())
    }
}

/// The capture bar: shown or not, what is being typed, and where it goes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CaptureBar {
    pub shown: bool,
    pub text: String,
    /// Notes go to the parking lot (else into the selected cell).
    pub to_parking_lot: bool,
    /// Give the field the keyboard focus when next drawn.
    pub focus: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CaptureAction {
    /// Keep what is typed in the bar (Enter).
    Submit,
    /// A parked note put on the map, in (stage, lane), before a card or at the end.
    Place {
        note: NoteId,
        stage: StageId,
        lane: LaneId,
        before: Option<CardId>,
    },
    /// A parked note sent to the selected cell.
    PlaceInSelectedCell(NoteId),
    Delete(NoteId),
}

impl JourneyApp {
    pub(crate) fn capture_action(&mut self, action: CaptureAction) {
        match action {
            CaptureAction::Submit => self.submit_capture(),
            CaptureAction::Place {
                note,
                stage,
                lane,
                before,
            } => self.place_note(note, stage, lane, before),
            CaptureAction::PlaceInSelectedCell(note) => {
                if let Some((stage, lane)) = self.canvas.selection.cell {
                    self.place_note(note, stage, lane, None);
                }
            }
            CaptureAction::Delete(id) => {
                self.apply_edit(
                    Edit::ParkingNote(Change::Remove { id }),
                    crate::said!("capture-undo-delete-note"),
                );
            }
        }
    }

    /// The selected cell of the journey shown, with its stage and lane names.
    pub(crate) fn capture_cell(&self) -> Option<(JourneyId, StageId, LaneId, CellName)> {
        let journey = self.doc.project().journey(self.selection.journey?)?;
        let (stage, lane) = self.canvas.selection.cell?;
        let name = CellName::of(journey, stage, lane)?;
        Some((journey.id, stage, lane, name))
    }

    fn submit_capture(&mut self) {
        let text = self.capture.text.trim().to_owned();
        self.capture.focus = true;
        if text.is_empty() {
            return;
        }
        let before = self.doc.revision();
        if self.capture.to_parking_lot {
            let note = ParkingNote {
                id: self.doc.new_id(),
                text: text.clone(),
                journey: self.selection.journey,
            };
            let index = self.doc.project().parking_lot.len();
            self.apply_edit(
                Edit::ParkingNote(Change::Insert { index, item: note }),
                crate::said!("capture-undo-park-note"),
            );
            if self.doc.revision() != before {
                self.say(StatusLevel::Success, || {
                    t!("capture-parked", text = text.as_str())
                });
            }
        } else {
            let Some((journey, stage, lane, name)) = self.capture_cell() else {
                self.say(StatusLevel::Warning, || t!("capture-no-cell"));
                return;
            };
            let id = self.doc.new_id();
            let Some(j) = self.doc.project().journey(journey) else {
                return;
            };
            let edit = crate::ops::add_card(j, Card::new(id, stage, lane, text), None);
            self.apply_edit(edit, crate::said!("capture-undo-capture-card"));
            if self.doc.revision() != before {
                self.say(StatusLevel::Success, || {
                    t!("capture-captured-into", cell = name.shown())
                });
            }
        }
        if self.doc.revision() != before {
            self.capture.text.clear();
        }
    }

    /// A parked note becomes a card in (stage, lane) of the journey shown, and leaves
    /// the parking lot: one step.
    fn place_note(&mut self, note: NoteId, stage: StageId, lane: LaneId, before: Option<CardId>) {
        let project = self.doc.project();
        let Some(text) = project
            .parking_lot
            .iter()
            .find(|n| n.id == note)
            .map(|n| n.text.clone())
        else {
            return;
        };
        let Some(journey) = self.selection.journey.and_then(|id| project.journey(id)) else {
            return;
        };
        let (journey_id, cell) = (journey.id, CellName::of(journey, stage, lane));
        let id: CardId = self.doc.new_id();
        let Some(journey) = self.doc.project().journey(journey_id) else {
            return;
        };
        let edit = Edit::Batch(vec![
            crate::ops::add_card(journey, Card::new(id, stage, lane, text), before),
            Edit::ParkingNote(Change::Remove { id: note }),
        ]);
        let revision = self.doc.revision();
        self.apply_edit(edit, crate::said!("capture-undo-place-note"));
        if self.doc.revision() != revision {
            if let Some(journey) = self.doc.project().journey(journey_id) {
                self.canvas.select_card(journey, id);
            }
            self.say(StatusLevel::Success, || {
                t!(
                    "capture-placed",
                    cell = cell.as_ref().map(CellName::shown).unwrap_or_default()
                )
            });
        }
    }
}
