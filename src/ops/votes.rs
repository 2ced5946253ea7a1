//! Dot voting: opening a vote, casting and taking back dots, closing it, and the
//! ranking of its results. Each operation returns one [`Edit`] (one undo step); the
//! dots live on the cards, the session on the journey.

use crate::edit::{Change, Edit};
use crate::model::{
    Card, CardId, CardVote, Journey, Participant, ParticipantId, VoteId, VoteSession,
};
use crate::ops::NewId;
use crate::t;

/// The most dots one participant may have in a vote.
pub const MAX_DOTS: u32 = 99;

/// What the facilitator fills in to open a vote.
#[derive(Clone, Debug, PartialEq)]
pub struct NewVote {
    pub question: String,
    pub dots_per_participant: u32,
    /// Participants' names, in order; blank names are numbered.
    pub participants: Vec<String>,
}

/// The participants of `text`: one name per line (or separated by commas); a number
/// alone ("8") stands for that many numbered participants.
pub fn parse_participants(text: &str) -> Vec<String> {
    let names: Vec<&str> = text
        .split(['\n', ',', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if let [only] = names.as_slice()
        && let Ok(n) = only.parse::<u32>()
    {
        return (1..=n.min(200)).map(|i| i.to_string()).collect();
    }
    names.into_iter().map(str::to_owned).collect()
}

/// Opens a vote on `journey`. Refused while another vote of the journey is open, or
/// when it would have no participant or no dot.
pub fn open(
    journey: &Journey,
    vote: &NewVote,
    opened_at: String,
    new_id: NewId<'_>,
) -> Result<(Edit, VoteId), String> {
    if let Some(open) = open_session(journey) {
        return Err(t!("msg-vote-still-open", question = open.question.as_str()));
    }
    if vote.participants.is_empty() {
        return Err(t!("msg-vote-no-participant").to_owned());
    }
    if vote.dots_per_participant == 0 || vote.dots_per_participant > MAX_DOTS {
        return Err(t!("msg-vote-dots-range", max = MAX_DOTS));
    }
    let id = VoteId(new_id());
    let participants = vote
        .participants
        .iter()
        .enumerate()
        .map(|(i, name)| Participant {
            id: ParticipantId(new_id()),
            name: if name.trim().is_empty() {
                (i + 1).to_string()
            } else {
                name.trim().to_owned()
            },
        })
        .collect();
    let question = if vote.question.trim().is_empty() {
        t!(
            "msg-vote-default-question",
            number = journey.votes.len() + 1
        )
    } else {
        vote.question.trim().to_owned()
    };
    let session = VoteSession {
        id,
        question,
        dots_per_participant: vote.dots_per_participant,
        participants,
        open: true,
        opened_at,
        closed_at: String::new(),
    };
    let edit = Edit::Vote {
        journey: journey.id,
        change: Change::Insert {
            index: journey.votes.len(),
            item: session,
        },
    };
    Ok((edit, id))
}

/// The journey's open vote, if any (there is at most one).
pub fn open_session(journey: &Journey) -> Option<&VoteSession> {
    journey.votes.iter().find(|v| v.open)
}

/// Dots `participant` has put on the cards of `journey` in `session`.
pub fn dots_used(journey: &Journey, session: VoteId, participant: ParticipantId) -> u32 {
    journey
        .cards
        .iter()
        .flat_map(|c| &c.votes)
        .filter(|v| v.session == session && v.participant == participant)
        .fold(0u32, |sum, v| sum.saturating_add(v.dots))
}

/// Dots `participant` still has to cast.
pub fn dots_left(journey: &Journey, session: &VoteSession, participant: ParticipantId) -> u32 {
    session
        .dots_per_participant
        .saturating_sub(dots_used(journey, session.id, participant))
}

/// One dot of `participant` put on `card` (`add`), or taken back from it. Refused when
/// the vote is closed, the participant has no dot left, or has none on the card.
pub fn cast(
    journey: &Journey,
    session: VoteId,
    participant: ParticipantId,
    card: CardId,
    add: bool,
) -> Result<Edit, String> {
    let vote = journey
        .vote(session)
        .ok_or_else(|| t!("msg-vote-gone").to_owned())?;
    if !vote.open {
        return Err(t!("msg-vote-closed", question = vote.question.as_str()));
    }
    let who = vote
        .participants
        .iter()
        .find(|p| p.id == participant)
        .ok_or_else(|| t!("msg-vote-not-a-participant").to_owned())?;
    let card = journey
        .card(card)
        .ok_or_else(|| t!("msg-vote-card-gone").to_owned())?;
    let mut changed = card.clone();
    let existing = changed
        .votes
        .iter()
        .position(|v| v.session == session && v.participant == participant);
    if add {
        if dots_left(journey, vote, participant) == 0 {
            return Err(t!(
                "msg-vote-no-dots-left",
                name = who.name.as_str(),
                dots = vote.dots_per_participant
            ));
        }
        match existing {
            Some(i) => changed.votes[i].dots = changed.votes[i].dots.saturating_add(1),
            None => changed.votes.push(CardVote {
                session,
                participant,
                dots: 1,
            }),
        }
    } else {
        match existing {
            Some(i) if changed.votes[i].dots > 1 => changed.votes[i].dots -= 1,
            Some(i) => {
                changed.votes.remove(i);
            }
            None => {
                return Err(t!(
                    "msg-vote-no-dot-here",
                    name = who.name.as_str(),
                    card = card_name(card)
                ));
            }
        }
    }
    Ok(replace(journey.id, changed))
}

/// Closes the open vote `session` (its results are kept).
pub fn close(journey: &Journey, session: VoteId, closed_at: String) -> Result<Edit, String> {
    let vote = journey
        .vote(session)
        .ok_or_else(|| t!("msg-vote-gone").to_owned())?;
    if !vote.open {
        return Err(t!(
            "msg-vote-already-closed",
            question = vote.question.as_str()
        ));
    }
    Ok(Edit::Vote {
        journey: journey.id,
        change: Change::Replace {
            item: VoteSession {
                open: false,
                closed_at,
                ..vote.clone()
            },
        },
    })
}

/// Deletes a vote with its dots, as one step.
pub fn delete(journey: &Journey, session: VoteId) -> Option<Edit> {
    journey.vote(session)?;
    let mut edits: Vec<Edit> = journey
        .cards
        .iter()
        .filter(|c| c.votes.iter().any(|v| v.session == session))
        .map(|c| {
            let mut changed = c.clone();
            changed.votes.retain(|v| v.session != session);
            replace(journey.id, changed)
        })
        .collect();
    edits.push(Edit::Vote {
        journey: journey.id,
        change: Change::Remove { id: session },
    });
    Some(Edit::batch(edits))
}

fn replace(journey: crate::model::JourneyId, card: Card) -> Edit {
    Edit::Card {
        journey,
        change: Change::Replace { item: card },
    }
}

/// A card's place in a vote's results.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ranked {
    /// 1 for the most dots; cards with as many dots share a rank (1, 1, 3).
    pub rank: usize,
    pub card: CardId,
    pub dots: u32,
}

/// Where a card is on the map: stage, lane, place in the list.
type Place = (Option<usize>, Option<usize>, usize);

/// The cards that received dots in `session`, most dots first; ties keep the map's
/// order (stage, then lane, then place in the cell).
pub fn ranking(journey: &Journey, session: VoteId) -> Vec<Ranked> {
    let stage_index = |c: &Card| journey.stages.iter().position(|s| s.id == c.stage);
    let lane_index = |c: &Card| journey.lanes.iter().position(|l| l.id == c.lane);
    let mut voted: Vec<(u32, Place, CardId)> = journey
        .cards
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let dots = c.dots_in(session);
            (dots > 0).then(|| (dots, (stage_index(c), lane_index(c), i), c.id))
        })
        .collect();
    voted.sort_by_key(|&(dots, place, _)| (std::cmp::Reverse(dots), place));
    let mut out: Vec<Ranked> = Vec::with_capacity(voted.len());
    for (i, (dots, _, card)) in voted.into_iter().enumerate() {
        let rank = match out.last() {
            Some(last) if last.dots == dots => last.rank,
            _ => i + 1,
        };
        out.push(Ranked { rank, card, dots });
    }
    out
}

/// A card's title for messages, or "an untitled card".
pub fn card_name(card: &Card) -> String {
    let title = card.title.lines().next().unwrap_or("").trim();
    if title.is_empty() {
        t!("msg-vote-untitled-card").to_owned()
    } else {
        title.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::synthetic;

    fn opened(proj: &mut crate::model::Project, names: &str, dots: u32) -> VoteId {
        let jour = &proj.journeys[0];
        let mut next = 50_000u64;
        let mut new_id = || {
            next += 1;
            next
        };
        let (edit, id) = open(
            jour,
            &NewVote {
                question: "Worst pain points".into(),
                dots_per_participant: dots,
                participants: parse_participants(names),
            },
            "2026-12-02T09:00:00Z".into(),
            &mut new_id,
        )
        .unwrap();
        edit.apply(proj).unwrap();
        id
    }

    #[test]
    fn participants_are_named_or_numbered() {
        assert_eq!(
            parse_participants("Ana\n Ben ,Chloé\n\n"),
            ["Ana", "Ben", "Chloé"]
        );
        assert_eq!(parse_participants(" 3 "), ["1", "2", "3"]);
        assert!(parse_participants("  ").is_empty());
    }

    #[test]
    fn dots_are_cast_limited_taken_back_and_ranked() {
        let mut proj = synthetic::project(20);
        let session = opened(&mut proj, "Ana, Ben", 2);
        let jour = proj.journeys[0].clone();
        let ana = jour.votes[0].participants[0].id;
        let ben = jour.votes[0].participants[1].id;
        assert_eq!(jour.votes[0].participants[1].name, "Ben");
        let card_at = |i: usize| proj.journeys[0].cards[i].id;
        let (first, second, spare) = (card_at(5), card_at(2), card_at(9));

        // A second open vote is refused.
        let mut next = 0;
        assert!(
            open(
                &proj.journeys[0],
                &NewVote {
                    question: String::new(),
                    dots_per_participant: 1,
                    participants: vec!["x".into()],
                },
                String::new(),
                &mut || {
                    next += 1;
                    next
                },
            )
            .unwrap_err()
            .contains("still open")
        );

        for (who, card) in [(ana, first), (ana, first), (ben, second), (ben, first)] {
            cast(&proj.journeys[0], session, who, card, true)
                .unwrap()
                .apply(&mut proj)
                .unwrap();
        }
        let jour = &proj.journeys[0];
        assert_eq!(dots_left(jour, &jour.votes[0], ana), 0);
        let err = cast(jour, session, ana, spare, true).unwrap_err();
        assert!(err.starts_with("Ana has used all 2 dots"), "{err}");
        assert!(
            cast(jour, session, ben, spare, false).is_err(),
            "no dot there"
        );
        assert_eq!(
            ranking(jour, session),
            [
                Ranked {
                    rank: 1,
                    card: first,
                    dots: 3
                },
                Ranked {
                    rank: 2,
                    card: second,
                    dots: 1
                },
            ]
        );

        // Take one back, then the ranking ties: map order decides.
        cast(jour, session, ana, first, false)
            .unwrap()
            .apply(&mut proj)
            .unwrap();
        cast(&proj.journeys[0], session, ana, second, true)
            .unwrap()
            .apply(&mut proj)
            .unwrap();
        let ranked = ranking(&proj.journeys[0], session);
        assert_eq!(ranked.iter().map(|r| r.rank).collect::<Vec<_>>(), [1, 1]);
        assert_eq!(ranked.iter().map(|r| r.dots).sum::<u32>(), 4);

        // Closed: kept, no more dots.
        close(&proj.journeys[0], session, "2026-12-02T09:20:00Z".into())
            .unwrap()
            .apply(&mut proj)
            .unwrap();
        let jour = &proj.journeys[0];
        assert!(!jour.votes[0].open);
        assert!(
            cast(jour, session, ben, spare, true)
                .unwrap_err()
                .contains("closed")
        );
        assert_eq!(ranking(jour, session).len(), 2);

        // Deleted with its dots, as one step that undo reverses.
        let before = proj.clone();
        let undo = delete(&proj.journeys[0], session)
            .unwrap()
            .apply(&mut proj)
            .unwrap();
        assert!(proj.journeys[0].votes.is_empty());
        assert!(proj.journeys[0].cards.iter().all(|c| c.votes.is_empty()));
        undo.apply(&mut proj).unwrap();
        assert_eq!(proj, before);
    }
}
