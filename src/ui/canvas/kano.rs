//! A touchpoint's Kano answers in the inspector: each answer pair (how a customer
//! feels when the touchpoint is there, and when it is not) added or taken off, and
//! the class they add up to. The Kano chart of the curves view reads them.

use egui::{ComboBox, RichText, Ui};

use super::inspector::push;
use crate::analysis::curves::{KanoClass, kano_of};
use crate::app::Action;
use crate::edit::Edit;
use crate::i18n::numbers::decimal;
use crate::model::{Card, KanoAnswer, KanoResponse};
use crate::t;
use crate::ui::widgets;

/// The answer pair being put together, per card (kept between frames).
#[derive(Clone, Copy)]
struct Pending(KanoAnswer, KanoAnswer);

impl Default for Pending {
    fn default() -> Self {
        Pending(KanoAnswer::Like, KanoAnswer::Dislike)
    }
}

pub fn ui(ui: &mut Ui, card: &Card, edit: &dyn Fn(Card) -> Edit, actions: &mut Vec<Action>) {
    widgets::section(ui, t!("inspector-kano-answers"));
    match kano_of(card) {
        Some(k) => {
            ui.label(RichText::new(k.class.label()).strong());
            ui.label(
                RichText::new(t!(
                    "inspector-kano-summary",
                    count = k.n,
                    better = decimal(k.better, 2),
                    worse = decimal(k.worse, 2)
                ))
                .weak()
                .small(),
            );
        }
        None => {
            ui.label(RichText::new(t!("inspector-kano-empty")).weak().small());
        }
    }
    // The pairs given so far, with their counts.
    let mut pairs: Vec<(KanoResponse, usize)> = Vec::new();
    for r in &card.kano {
        match pairs.iter_mut().find(|(p, _)| p == r) {
            Some((_, n)) => *n += 1,
            None => pairs.push((r.clone(), 1)),
        }
    }
    for (pair, n) in &pairs {
        ui.horizontal(|ui| {
            ui.label(t!(
                "inspector-kano-pair",
                count = *n,
                present = pair.functional.label(),
                absent = pair.dysfunctional.label(),
                class = KanoClass::of(pair).label()
            ));
            if ui
                .small_button("−")
                .on_hover_text(t!("inspector-kano-take-off"))
                .clicked()
            {
                let mut kano = card.kano.clone();
                if let Some(i) = kano.iter().rposition(|r| r == pair) {
                    kano.remove(i);
                }
                push(
                    actions,
                    edit(Card {
                        kano,
                        ..card.clone()
                    }),
                    crate::said!("inspector-remove-kano-answer"),
                    None,
                );
            }
        });
    }
    let id = egui::Id::unique(("kano_pending", card.id));
    let mut pending: Pending = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    for (salt, caption, answer) in [
        ("kano_present", t!("inspector-kano-present"), &mut pending.0),
        ("kano_absent", t!("inspector-kano-absent"), &mut pending.1),
    ] {
        ui.horizontal(|ui| {
            let label = ui.label(caption);
            ComboBox::from_id_salt((salt, card.id))
                .selected_text(answer.label())
                .show_ui(ui, |ui| {
                    for a in KanoAnswer::ALL {
                        ui.selectable_value(answer, a, a.label());
                    }
                })
                .response
                .labelled_by(label.id);
        });
    }
    ui.data_mut(|d| d.insert_temp(id, pending));
    let response = KanoResponse {
        functional: pending.0,
        dysfunctional: pending.1,
    };
    if ui
        .button(t!(
            "inspector-kano-add-answer",
            class = KanoClass::of(&response).label()
        ))
        .clicked()
    {
        let mut kano = card.kano.clone();
        kano.push(response);
        push(
            actions,
            edit(Card {
                kano,
                ..card.clone()
            }),
            crate::said!("inspector-add-kano-answer"),
            None,
        );
    }
}
