//! The hypotheses view: a board with one column per status. Each hypothesis shows
//! its personas, its evidence and the cards that link to it; its status can be
//! changed (an undoable edit).

use egui::{RichText, ScrollArea, Ui};

use crate::app::Action;
use crate::edit::{Change, Edit};
use crate::model::{EvidenceKind, EvidenceLevel, Hypothesis, HypothesisStatus, Project};
use crate::ui::{theme, widgets};

pub fn ui(ui: &mut Ui, project: &Project, actions: &mut Vec<Action>) {
    if project.hypotheses.is_empty() {
        widgets::empty_state(
            ui,
            "No hypotheses yet",
            "Hypotheses are what the team believes but has not checked. This project lists none.",
        );
        return;
    }
    ui.heading("Hypotheses");
    ui.label(RichText::new("What the team believes, sorted by what the evidence says").weak());
    ui.add_space(8.0);
    let columns = HypothesisStatus::ALL.len();
    ui.columns(columns, |cols| {
        for (col, status) in cols.iter_mut().zip(HypothesisStatus::ALL) {
            let count = project
                .hypotheses
                .iter()
                .filter(|h| h.status == status)
                .count();
            col.label(
                RichText::new(format!("{} ({count})", status.label())).font(theme::bold(16.0)),
            );
            col.separator();
            ScrollArea::vertical()
                .id_salt(("hypotheses", status.label()))
                .auto_shrink(false)
                .show(col, |ui| {
                    // Left-aligned, not justified: columns justify by default.
                    ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                        for h in project.hypotheses.iter().filter(|h| h.status == status) {
                            hypothesis_card(ui, project, h, actions);
                            ui.add_space(8.0);
                        }
                    });
                });
        }
    });
}

fn status_color(ui: &Ui, status: HypothesisStatus) -> egui::Color32 {
    let palette = theme::palette(ui.ctx());
    match status {
        HypothesisStatus::Untested => theme::color(palette.neutral),
        HypothesisStatus::Supported => theme::color(palette.positive),
        HypothesisStatus::Refuted => theme::color(palette.negative),
        HypothesisStatus::Mixed => theme::color(palette.highlight),
    }
}

fn level_color(ui: &Ui, level: EvidenceLevel) -> egui::Color32 {
    let palette = theme::palette(ui.ctx());
    match level {
        EvidenceLevel::Observed => theme::color(palette.positive),
        EvidenceLevel::Inferred => theme::color(palette.highlight),
        EvidenceLevel::Assumed => theme::neutral_tag(ui.visuals()),
    }
}

fn hypothesis_card(ui: &mut Ui, project: &Project, h: &Hypothesis, actions: &mut Vec<Action>) {
    egui::Frame::group(ui.style())
        .corner_radius(6.0)
        .inner_margin(10.0)
        .stroke(egui::Stroke::new(1.5, status_color(ui, h.status)))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(&h.statement).strong());
            widgets::fact(ui, "Owner", &h.owner);
            let personas: Vec<_> = h
                .personas
                .iter()
                .filter_map(|p| project.persona(*p))
                .collect();
            if !personas.is_empty() {
                widgets::persona_line(ui, project, &personas);
            }
            for evidence in h.evidence.iter().filter_map(|e| project.evidence_item(*e)) {
                let detail = match &evidence.kind {
                    EvidenceKind::Figure { value, query, .. } => value.as_ref().map_or_else(
                        || format!("{} of {}", query.statistic.label(), query.column),
                        |v| {
                            format!(
                                "{} of {}: {:.2} (n = {})",
                                query.statistic.label(),
                                query.column,
                                v.value,
                                v.n
                            )
                        },
                    ),
                    EvidenceKind::Verbatim { text, .. } => format!("“{text}”"),
                    EvidenceKind::Interview { who, text, .. } if who.is_empty() => text.clone(),
                    EvidenceKind::Interview { who, text, .. } => format!("{who}: {text}"),
                    EvidenceKind::Document { location } => location.clone(),
                };
                ui.horizontal_wrapped(|ui| {
                    let level = evidence.kind.level();
                    widgets::tag(ui, level.label(), level_color(ui, level));
                    ui.label(RichText::new(&evidence.title).strong());
                });
                if !detail.is_empty() {
                    ui.label(RichText::new(detail).small());
                }
            }
            let cards: Vec<_> = project
                .journeys
                .iter()
                .flat_map(|j| j.cards.iter().filter(|c| c.hypotheses.contains(&h.id)))
                .map(|c| c.title.as_str())
                .collect();
            if !cards.is_empty() {
                ui.label(
                    RichText::new(format!("Cards: {}", cards.join(", ")))
                        .small()
                        .weak(),
                );
            }
            ui.horizontal(|ui| {
                let label = ui.label(RichText::new("Status").weak());
                let mut status = h.status;
                egui::ComboBox::from_id_salt(("status", h.id))
                    .selected_text(status.label())
                    .show_ui(ui, |ui| {
                        for s in HypothesisStatus::ALL {
                            ui.selectable_value(&mut status, s, s.label());
                        }
                    })
                    .response
                    .labelled_by(label.id);
                if status != h.status {
                    actions.push(Action::Edit {
                        edit: Box::new(Edit::Hypothesis(Change::Replace {
                            item: Hypothesis {
                                status,
                                ..h.clone()
                            },
                        })),
                        label: format!("Mark hypothesis {}", status.label().to_lowercase()),
                        gesture: None,
                    });
                }
            });
        });
}
