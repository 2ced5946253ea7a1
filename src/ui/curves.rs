//! The curves view: the believed satisfaction curve of a journey, one line per
//! persona, from the emotions the team put on the cards (the average per stage).

use egui::{RichText, Ui};
use egui_plot::{Legend, Line, Plot, PlotPoints, Points};

use crate::analysis::believed_curve;
use crate::app::Selection;
use crate::model::{Project, VALENCE_MAX, VALENCE_MIN};
use crate::ui::{theme, widgets};

pub fn ui(ui: &mut Ui, project: &Project, selection: &mut Selection) {
    let Some(journey) = selection
        .journey
        .and_then(|id| project.journey(id))
        .or_else(|| project.journeys.first())
    else {
        widgets::empty_state(
            ui,
            "No journeys yet",
            "Curves are drawn along the stages of a journey.",
        );
        return;
    };
    ui.horizontal(|ui| {
        ui.heading("Satisfaction curves");
        let label = ui.label(RichText::new("Journey").weak());
        let mut chosen = journey.id;
        egui::ComboBox::from_id_salt("curve_journey")
            .selected_text(&journey.name)
            .show_ui(ui, |ui| {
                for j in &project.journeys {
                    ui.selectable_value(&mut chosen, j.id, &j.name);
                }
            })
            .response
            .labelled_by(label.id);
        if chosen != journey.id {
            selection.journey = Some(chosen);
        }
    });
    ui.label(
        RichText::new(
            "Believed curves: the average emotion (-3 to +3) the team gave the cards of each stage, per persona",
        )
        .weak(),
    );

    let mut curves: Vec<(String, egui::Color32, Vec<[f64; 2]>)> = journey
        .personas
        .iter()
        .filter_map(|p| project.persona(*p))
        .map(|p| {
            (
                p.name.clone(),
                theme::color(project.persona_color(p.id)),
                believed_curve(journey, Some(p.id)),
            )
        })
        .filter(|(_, _, points)| !points.is_empty())
        .collect();
    if curves.is_empty() {
        let all = believed_curve(journey, None);
        if !all.is_empty() {
            curves.push((
                "All customers".to_owned(),
                ui.visuals().strong_text_color(),
                all,
            ));
        }
    }
    if curves.is_empty() {
        widgets::empty_state(
            ui,
            "No emotions on this journey yet",
            "Give the cards an emotion and the curve appears here.",
        );
        return;
    }

    let stage_names: Vec<String> = journey.stages.iter().map(|s| s.name.clone()).collect();
    let palette = theme::palette(ui.ctx());
    Plot::new(("curves", journey.id))
        .legend(Legend::default())
        .include_y(f64::from(VALENCE_MIN) - 0.3)
        .include_y(f64::from(VALENCE_MAX) + 0.3)
        .include_x(-0.3)
        .include_x(stage_names.len() as f64 - 0.7)
        .allow_scroll(false)
        .y_axis_label("Emotion")
        .x_axis_formatter(move |mark, _range| {
            let i = mark.value.round();
            if (mark.value - i).abs() < 1e-6 && i >= 0.0 {
                stage_names.get(i as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .show(ui, |plot| {
            plot.hline(egui_plot::HLine::new("Neutral", 0.0).color(theme::color(palette.neutral)));
            for (name, color, points) in curves {
                plot.line(
                    Line::new(name.clone(), PlotPoints::from(points.clone()))
                        .color(color)
                        .width(2.5),
                );
                plot.points(
                    Points::new(name, PlotPoints::from(points))
                        .color(color)
                        .radius(4.5),
                );
            }
        });
}
