//! The dot-vote window: open a vote on the map shown, pick whose dots a click casts
//! (or press their key), close it to rank the cards, and look back at past votes.

use egui::{DragValue, RichText, TextEdit};

use crate::app::votes::{VoteAction, VoteWindow};
use crate::app::{Action, JourneyApp, View};
use crate::model::{Journey, VoteSession};
use crate::ops::votes::{self, MAX_DOTS};
use crate::t;
use crate::ui::floating::{self, Floating};

pub fn window(ctx: &egui::Context, app: &mut JourneyApp) {
    if !app.vote.shown {
        return;
    }
    if app.canvas.presenting.is_some() || app.prefs.view != View::Journeys {
        floating::still_open(ctx, Floating::Vote);
        return;
    }
    let (window, body) = floating::window(
        ctx,
        app,
        Floating::Vote,
        t!("vote-title"),
        egui::vec2(330.0, 340.0),
    );
    let who = if app.live_viewer() {
        Who::Viewer
    } else if let Some(name) = app.voting_as() {
        Who::Participant(name)
    } else {
        Who::Facilitator {
            live: app.live_session().is_some(),
        }
    };
    let JourneyApp {
        doc,
        selection,
        vote,
        canvas,
        actions,
        ..
    } = app;
    let Some(journey) = selection.journey.and_then(|id| doc.project().journey(id)) else {
        return;
    };
    let mut open = true;
    window.open(&mut open).show(ctx, |ui| {
        ui.set_max_width(320.0);
        // Within the window's room: a long vote scrolls rather than running off
        // a projector's 720 lines.
        egui::ScrollArea::vertical()
            .max_height(body)
            .id_salt("vote body")
            .show(ui, |ui| {
                match (votes::open_session(journey), &who) {
                    (Some(session), Who::Facilitator { .. }) => {
                        casting(ui, journey, session, vote, actions);
                    }
                    (Some(session), _) => my_dots(ui, journey, session, &who, actions),
                    (None, Who::Facilitator { live }) => new_vote(ui, vote, *live, actions),
                    (None, _) => {
                        ui.label(t!("vote-waiting-for-facilitator"));
                    }
                }
                let voting = votes::open_session(journey).is_some();
                past_votes(ui, journey, canvas.shown_vote, voting, actions);
            });
    });
    if !open {
        vote.shown = false;
    }
}

/// The click that takes a dot back, as this system names it.
fn take_back_click(ui: &egui::Ui) -> &'static str {
    if ui.ctx().os() == egui::os::OperatingSystem::Mac {
        t!("vote-take-back-click-mac")
    } else {
        t!("vote-take-back-click")
    }
}

/// Who this laptop votes as.
enum Who {
    /// Outside a live session, or its facilitator: opens, casts for anyone, closes.
    Facilitator { live: bool },
    /// A participant in a live session: casts their own dots.
    Participant(String),
    /// A viewer: watches.
    Viewer,
}

/// A participant's view of the open vote: their own dots, or joining the vote.
fn my_dots(
    ui: &mut egui::Ui,
    journey: &Journey,
    session: &VoteSession,
    who: &Who,
    actions: &mut Vec<Action>,
) {
    ui.label(RichText::new(&session.question).strong().size(16.0));
    let Who::Participant(name) = who else {
        ui.label(t!("vote-viewer"));
        return;
    };
    let mine = session
        .participants
        .iter()
        .find(|p| p.name.trim().eq_ignore_ascii_case(name.trim()));
    let Some(me) = mine else {
        ui.label(t!("vote-join-intro", dots = session.dots_per_participant));
        if ui
            .button(t!("vote-join-as", name = name.as_str()))
            .clicked()
        {
            actions.push(Action::Vote(VoteAction::JoinAsMe));
        }
        return;
    };
    let left = votes::dots_left(journey, session, me.id);
    ui.label(
        RichText::new(t!(
            "vote-you-vote-as",
            name = me.name.as_str(),
            left = left,
            dots = session.dots_per_participant
        ))
        .size(15.0),
    );
    let take_back = take_back_click(ui);
    ui.label(RichText::new(t!("vote-participant-hint", take_back = take_back)).weak());
}

/// The form that opens a vote.
fn new_vote(ui: &mut egui::Ui, form: &mut VoteWindow, live: bool, actions: &mut Vec<Action>) {
    ui.label(RichText::new(t!("vote-new")).strong());
    let label = ui.label(t!("vote-question"));
    ui.add(
        TextEdit::singleline(&mut form.question)
            .hint_text(t!("vote-question-hint"))
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
    ui.horizontal(|ui| {
        let label = ui.label(t!("vote-dots-per-participant"));
        ui.add(
            DragValue::new(&mut form.dots)
                .range(1..=MAX_DOTS)
                .speed(0.1),
        )
        .labelled_by(label.id);
    });
    let label = ui.label(t!("vote-participants"));
    if live
        && ui
            .button(t!("vote-everyone-here"))
            .on_hover_text(t!("vote-everyone-here-tip"))
            .clicked()
    {
        actions.push(Action::Vote(VoteAction::EveryoneHere));
    }
    ui.add(
        TextEdit::multiline(&mut form.participants)
            .desired_rows(3)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
    let count = votes::parse_participants(&form.participants).len();
    ui.label(
        RichText::new(t!(
            "vote-participant-count",
            count = count,
            dots = count.saturating_mul(form.dots as usize)
        ))
        .weak(),
    );
    if ui
        .add_enabled(count > 0, egui::Button::new(t!("vote-open")))
        .clicked()
    {
        actions.push(Action::Vote(VoteAction::Open));
    }
}

/// The open vote: who casts, their dots left, and closing.
fn casting(
    ui: &mut egui::Ui,
    journey: &Journey,
    session: &VoteSession,
    form: &mut VoteWindow,
    actions: &mut Vec<Action>,
) {
    ui.label(RichText::new(&session.question).strong().size(16.0));
    let cast: u32 = session
        .participants
        .iter()
        .map(|p| votes::dots_used(journey, session.id, p.id))
        .sum();
    let total = session
        .dots_per_participant
        .saturating_mul(u32::try_from(session.participants.len()).unwrap_or(u32::MAX));
    ui.label(t!(
        "vote-dots-cast",
        dots = session.dots_per_participant,
        cast = cast,
        total = total
    ));
    let take_back = take_back_click(ui);
    ui.label(RichText::new(t!("vote-facilitator-hint", take_back = take_back)).weak());
    ui.separator();
    egui::ScrollArea::vertical()
        .max_height(240.0)
        .id_salt("participants")
        .show(ui, |ui| {
            egui::Grid::new("participants_grid")
                .num_columns(3)
                .spacing([10.0, 4.0])
                .show(ui, |ui| {
                    for (i, p) in session.participants.iter().enumerate() {
                        // Keys 1-9; a numbered participant's name is already its key.
                        let key = (i + 1).to_string();
                        let key = if i < 9 && p.name != key {
                            key
                        } else {
                            String::new()
                        };
                        ui.label(RichText::new(key).monospace().weak());
                        let chosen = form.active == Some(p.id);
                        if ui.selectable_label(chosen, &p.name).clicked() {
                            form.active = Some(p.id);
                        }
                        let left = votes::dots_left(journey, session, p.id);
                        let text = t!(
                            "vote-dots-left",
                            left = left,
                            dots = session.dots_per_participant
                        );
                        if left == 0 {
                            ui.label(RichText::new(text).weak());
                        } else {
                            ui.label(text);
                        }
                        ui.end_row();
                    }
                });
        });
    ui.separator();
    if ui
        .button(t!("vote-close"))
        .on_hover_text(t!("vote-close-tip"))
        .clicked()
    {
        actions.push(Action::Vote(VoteAction::Close(session.id)));
    }
}

/// Closed votes, newest first: their ranking, shown on the map or not, deleted.
fn past_votes(
    ui: &mut egui::Ui,
    journey: &Journey,
    shown: Option<crate::model::VoteId>,
    voting: bool,
    actions: &mut Vec<Action>,
) {
    let closed: Vec<&VoteSession> = journey.votes.iter().rev().filter(|v| !v.open).collect();
    if closed.is_empty() {
        return;
    }
    ui.separator();
    ui.label(RichText::new(t!("vote-results")).strong());
    egui::ScrollArea::vertical()
        .max_height(220.0)
        .id_salt("past votes")
        .show(ui, |ui| {
            for session in closed {
                past_vote_ui(ui, journey, session, shown, voting, actions);
            }
        });
}

/// One closed vote: its ranking, and showing it on the map or deleting it.
fn past_vote_ui(
    ui: &mut egui::Ui,
    journey: &Journey,
    session: &VoteSession,
    shown: Option<crate::model::VoteId>,
    voting: bool,
    actions: &mut Vec<Action>,
) {
    let when = crate::i18n::dates::day_of(&session.closed_at);
    egui::CollapsingHeader::new(format!("{} {when}", session.question))
        .id_salt(("vote results", session.id))
        .default_open(shown == Some(session.id))
        .show(ui, |ui| {
            let ranked = votes::ranking(journey, session.id);
            if ranked.is_empty() {
                ui.label(RichText::new(t!("vote-no-dots")).weak());
            }
            egui::Grid::new(("ranking", session.id))
                .num_columns(3)
                .show(ui, |ui| {
                    for r in ranked.iter().take(10) {
                        let title = journey.card(r.card).map(votes::card_name);
                        ui.label(format!("#{}", r.rank));
                        ui.label(title.unwrap_or_default());
                        ui.label(t!("vote-dots", count = r.dots));
                        ui.end_row();
                    }
                });
            if ranked.len() > 10 {
                ui.label(RichText::new(t!("vote-more", count = ranked.len() - 10)).weak());
            }
            ui.horizontal(|ui| {
                let on = shown == Some(session.id);
                let text = if on {
                    t!("vote-hide-from-map")
                } else {
                    t!("vote-show-on-map")
                };
                // The open vote's dots take the map while it runs.
                let button = ui
                    .add_enabled(!voting, egui::Button::new(text))
                    .on_disabled_hover_text(t!("vote-show-disabled-tip"));
                if button.clicked() {
                    let show = (!on).then_some(session.id);
                    actions.push(Action::Vote(VoteAction::Show(show)));
                }
                if ui.button(t!("vote-delete")).clicked() {
                    actions.push(Action::Vote(VoteAction::Delete(session.id)));
                }
            });
        });
}
