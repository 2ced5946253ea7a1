//! Dot voting in the app: the vote window's state, its actions (open, cast, close,
//! show, delete) and the participant keys (1–9) on the map.

use crate::model::{CardId, JourneyId, ParticipantId, VoteId};
use crate::ops::votes::{self, NewVote};
use crate::t;

use super::{JourneyApp, StatusLevel};

/// The vote window: shown or not, the new vote being filled in, and the participant
/// whose dots a click casts.
#[derive(Clone, Debug, PartialEq)]
pub struct VoteWindow {
    pub shown: bool,
    pub question: String,
    pub dots: u32,
    /// Names, one per line, or a number of participants.
    pub participants: String,
    pub active: Option<ParticipantId>,
}

impl Default for VoteWindow {
    fn default() -> Self {
        Self {
            shown: false,
            question: String::new(),
            dots: 3,
            participants: "6".into(),
            active: None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum VoteAction {
    /// Open a vote on the journey shown, from the window's fields.
    Open,
    /// A dot of `participant` put on `card`, or taken back from it.
    Cast {
        card: CardId,
        participant: ParticipantId,
        add: bool,
    },
    Close(VoteId),
    /// In a live session: add me (by the name others see) to the open vote.
    JoinAsMe,
    /// In a live session: the people here become the new vote's participants.
    EveryoneHere,
    /// Show a closed vote's dots and ranks on the map (`None` hides them).
    Show(Option<VoteId>),
    Delete(VoteId),
}

impl JourneyApp {
    pub(crate) fn vote_action(&mut self, action: VoteAction) {
        let Some(journey) = self
            .selection
            .journey
            .and_then(|id| self.doc.project().journey(id))
            .cloned()
        else {
            return;
        };
        let result = match action {
            VoteAction::Open => self.open_vote(&journey),
            VoteAction::JoinAsMe => {
                self.join_vote(&journey);
                Ok(())
            }
            VoteAction::EveryoneHere => {
                let mut names = vec![self.live_name()];
                names.extend(
                    self.live_people()
                        .iter()
                        .filter(|p| !p.viewer)
                        .map(|p| p.name.clone()),
                );
                self.vote.participants = names.join("\n");
                Ok(())
            }
            VoteAction::Cast {
                card,
                participant,
                add,
            } => self.cast(journey.id, card, participant, add),
            VoteAction::Close(id) => votes::close(&journey, id, crate::i18n::dates::now_rfc3339())
                .map(|edit| {
                    let revision = self.doc.revision();
                    self.apply_edit(edit, crate::said!("vote-undo-close"));
                    if self.doc.revision() == revision {
                        return;
                    }
                    self.canvas.shown_vote = Some(id);
                    let ranked = votes::ranking(&journey, id);
                    let top: Vec<String> = ranked
                        .iter()
                        .take(3)
                        .filter_map(|r| {
                            let card = journey.card(r.card)?;
                            Some(format!(
                                "{}. {} ({})",
                                r.rank,
                                votes::card_name(card),
                                crate::i18n::numbers::decimal(f64::from(r.dots), 0)
                            ))
                        })
                        .collect();
                    self.say(StatusLevel::Success, || {
                        if top.is_empty() {
                            t!("vote-closed-no-dots").to_owned()
                        } else {
                            t!("vote-closed", top = top.join(", "))
                        }
                    });
                }),
            VoteAction::Show(id) => {
                self.canvas.shown_vote = id;
                Ok(())
            }
            VoteAction::Delete(id) => {
                if let Some(edit) = votes::delete(&journey, id) {
                    let revision = self.doc.revision();
                    self.apply_edit(edit, crate::said!("vote-undo-delete"));
                    if self.doc.revision() != revision {
                        self.say(StatusLevel::Info, || t!("vote-deleted"));
                    }
                }
                Ok(())
            }
        };
        if let Err(why) = result {
            self.say(StatusLevel::Warning, || {
                t!("vote-not-done", why = why.as_str())
            });
        }
    }

    fn open_vote(&mut self, journey: &crate::model::Journey) -> Result<(), String> {
        let form = &self.vote;
        let vote = NewVote {
            question: form.question.clone(),
            dots_per_participant: form.dots,
            participants: votes::parse_participants(&form.participants),
        };
        let mut next = || self.doc.new_id::<u64>();
        let (edit, id) = votes::open(journey, &vote, crate::i18n::dates::now_rfc3339(), &mut next)?;
        self.apply_edit(edit, crate::said!("vote-undo-open"));
        let project = self.doc.project();
        if let Some(session) = project.journey(journey.id).and_then(|j| j.vote(id)) {
            self.vote.active = session.participants.first().map(|p| p.id);
            self.vote.question.clear();
            let (count, dots) = (session.participants.len(), session.dots_per_participant);
            self.say(StatusLevel::Info, || {
                t!("vote-opened", count = count, dots = dots)
            });
        }
        Ok(())
    }

    fn cast(
        &mut self,
        journey: JourneyId,
        card: CardId,
        participant: ParticipantId,
        add: bool,
    ) -> Result<(), String> {
        let j = self
            .doc
            .project()
            .journey(journey)
            .ok_or(t!("vote-error-no-journey"))?;
        let session = votes::open_session(j).ok_or(t!("vote-error-no-open-vote"))?;
        let edit = votes::cast(j, session.id, participant, card, add)?;
        let who = session
            .participants
            .iter()
            .find(|p| p.id == participant)
            .map(|p| p.name.clone())
            .unwrap_or_default();
        let name = j.card(card).map(votes::card_name).unwrap_or_default();
        self.apply_edit(
            edit,
            if add {
                crate::said!("vote-undo-cast")
            } else {
                crate::said!("vote-undo-take-back")
            },
        );
        if let Some(j) = self.doc.project().journey(journey)
            && let Some(session) = votes::open_session(j)
        {
            let left = votes::dots_left(j, session, participant);
            self.say(StatusLevel::Info, || {
                if add {
                    t!(
                        "vote-cast-put",
                        who = who.as_str(),
                        card = name.as_str(),
                        left = left
                    )
                } else {
                    t!(
                        "vote-cast-taken",
                        who = who.as_str(),
                        card = name.as_str(),
                        left = left
                    )
                }
            });
        }
        Ok(())
    }

    /// The vote open on the map shown while the vote window is open: (journey, vote).
    pub(crate) fn casting_vote(&self) -> Option<(JourneyId, VoteId)> {
        if !self.vote.shown || self.prefs.view != super::View::Journeys {
            return None;
        }
        let journey = self.doc.project().journey(self.selection.journey?)?;
        votes::open_session(journey).map(|v| (journey.id, v.id))
    }

    /// In a live session, on a participant's laptop: the name I vote as (the
    /// facilitator, and everyone outside a session, casts for any participant).
    pub(crate) fn voting_as(&self) -> Option<String> {
        let live = self.live_session()?;
        (live.role() != crate::sync::Role::Host).then(|| self.live_name())
    }

    /// My participant in `session`, found by my name.
    pub(crate) fn my_participant(
        &self,
        session: &crate::model::VoteSession,
    ) -> Option<ParticipantId> {
        let me = self.voting_as()?;
        session
            .participants
            .iter()
            .find(|p| p.name.trim().eq_ignore_ascii_case(me.trim()))
            .map(|p| p.id)
    }

    /// Adds me to the open vote of `journey`, under the name others see.
    fn join_vote(&mut self, journey: &crate::model::Journey) {
        let (Some(name), Some(session)) = (self.voting_as(), votes::open_session(journey)) else {
            return;
        };
        if self.my_participant(session).is_some() {
            return;
        }
        let mut joined = session.clone();
        joined.participants.push(crate::model::Participant {
            id: self.doc.new_id(),
            name,
        });
        self.apply_edit(
            crate::edit::Edit::Vote {
                journey: journey.id,
                change: crate::edit::Change::Replace { item: joined },
            },
            crate::said!("vote-undo-join"),
        );
    }

    /// The vote and participant a click on a card casts for (the chosen participant,
    /// else the first), while the vote window is open on an open vote.
    pub(crate) fn casting_participant(&mut self) -> Option<(VoteId, ParticipantId)> {
        let (journey, vote) = self.casting_vote()?;
        let session = self.doc.project().journey(journey)?.vote(vote)?;
        // A participant's laptop casts only its own dots.
        if self.voting_as().is_some() {
            let mine = self.my_participant(session)?;
            return Some((vote, mine));
        }
        let active = self
            .vote
            .active
            .filter(|a| session.participants.iter().any(|p| p.id == *a))
            .or_else(|| session.participants.first().map(|p| p.id))?;
        self.vote.active = Some(active);
        Some((vote, active))
    }

    /// Keys 1–9 on the map while a vote is open: a dot of participant 1–9 on the
    /// selected card; with Shift, one taken back. The keys (and the text they type)
    /// are taken from the frame's input.
    pub(crate) fn vote_keys(&mut self, ctx: &egui::Context) {
        use egui::Key;
        const DIGITS: [Key; 9] = [
            Key::Num1,
            Key::Num2,
            Key::Num3,
            Key::Num4,
            Key::Num5,
            Key::Num6,
            Key::Num7,
            Key::Num8,
            Key::Num9,
        ];
        // On a participant's laptop the keys are not others' dots to cast.
        if self.busy() || !self.map_has_keyboard(ctx) || self.voting_as().is_some() {
            return;
        }
        let Some((journey, vote)) = self.casting_vote() else {
            return;
        };
        let mut casts = Vec::new();
        ctx.input_mut(|i| {
            let mut after_digit = false;
            // Digits up to the first other key press: a command after them (Enter
            // edits the card, N adds one) may start typing, and the keys after it are
            // text then.
            let mut done = false;
            i.events.retain(|e| {
                if done {
                    return true;
                }
                match e {
                    egui::Event::Key {
                        key,
                        pressed,
                        repeat,
                        modifiers,
                        ..
                    } => match DIGITS.iter().position(|d| d == key) {
                        Some(n) if !modifiers.command && !modifiers.alt => {
                            // A held key casts once, not a dot per repeat.
                            if *pressed && !*repeat {
                                casts.push((n, !modifiers.shift));
                            }
                            after_digit = *pressed;
                            false
                        }
                        _ => {
                            done = *pressed;
                            true
                        }
                    },
                    egui::Event::Text(_) if after_digit => {
                        after_digit = false;
                        false
                    }
                    _ => true,
                }
            });
        });
        for (n, add) in casts {
            let Some(j) = self.doc.project().journey(journey) else {
                return;
            };
            let Some(session) = j.vote(vote) else {
                return;
            };
            let Some(participant) = session.participants.get(n).map(|p| p.id) else {
                let count = session.participants.len();
                self.say(StatusLevel::Warning, || {
                    t!("vote-no-such-participant", count = count, number = n + 1)
                });
                continue;
            };
            let Some(card) = self.canvas.selection.current() else {
                self.say(StatusLevel::Warning, || t!("vote-select-card-first"));
                continue;
            };
            self.vote.active = Some(participant);
            self.vote_action(VoteAction::Cast {
                card,
                participant,
                add,
            });
        }
    }
}
