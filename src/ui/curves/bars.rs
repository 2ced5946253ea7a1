//! The bar charts beside the curves: each stage KPI's actual against its target (in
//! plain words: "99.7% of target · 0.01 points short", never a rounded "100%" drawn
//! as a miss), and promoters, passives and detractors by stage.

use egui::{Align2, RichText, Ui};
use egui_plot::{Bar, BarChart, Plot, PlotPoint, Text, VLine};

use crate::analysis::curves::{KpiBar, StageNps};
use crate::i18n::numbers;
use crate::model::Rgb;
use crate::t;
use crate::theme::Palette;
use crate::ui::{theme, widgets};

pub(super) fn kpis_ui(ui: &mut Ui, kpis: &[KpiBar], palette: &Palette) {
    ui.label(RichText::new(t!("kpi-chart-hint")).weak());
    if kpis.is_empty() {
        widgets::empty_state(ui, t!("kpi-chart-empty-title"), t!("kpi-chart-empty-text"));
        return;
    }
    // One row per KPI, first on top: the bar, and its name and values above it.
    let n = kpis.len();
    let row = |i: usize| (n - 1 - i) as f64;
    let bars: Vec<Bar> = kpis
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let color = if k.off_target {
                palette.warning
            } else {
                palette.positive
            };
            Bar::new(row(i), k.ratio * 100.0)
                .width(0.45)
                .fill(theme::color(color))
                .name(kpi_text(k))
        })
        .collect();
    let max = kpis.iter().map(|k| k.ratio * 100.0).fold(110.0, f64::max);
    Plot::new("kpi_chart")
        .allow_scroll(false)
        .include_x(0.0)
        .include_x(max + 5.0)
        .include_y(-0.6)
        .include_y(n as f64 - 0.2)
        .show_y(false)
        .y_axis_formatter(|_, _| String::new())
        .x_axis_label(t!("kpi-chart-x-axis"))
        .x_axis_formatter(super::axis_number)
        .show(ui, |plot| {
            plot.vline(
                VLine::new("", 100.0)
                    .color(theme::color(palette.text))
                    .width(1.5)
                    .allow_hover(false),
            );
            plot.bar_chart(
                BarChart::new(t!("kpi-chart-bars"), bars)
                    .horizontal()
                    // Each bar's sentence is written above it already.
                    .element_formatter(Box::new(|_, _| String::new())),
            );
            for (i, k) in kpis.iter().enumerate() {
                plot.text(
                    // In the body size: the sentence is what the chart says.
                    Text::new(
                        "",
                        PlotPoint::new(0.5, row(i) + 0.27),
                        RichText::new(kpi_text(k)).size(14.0),
                    )
                    .anchor(Align2::LEFT_BOTTOM)
                    .color(theme::color(palette.text))
                    .allow_hover(false),
                );
            }
        });
}

/// "Check-in: Satisfied with check-in (4-5): 48.5 of 50 % (97%)".
/// "In flight: Seat comfort, mean — 3.49 of 3.5 points · 99.7% of target · 0.01
/// points short".
fn kpi_text(k: &KpiBar) -> String {
    t!(
        "out-label-value",
        label = k.stage.as_str(),
        value = format!("{} — {}", k.name, k.wording())
    )
}

/// A part of the NPS bars: its name, its name in a sentence, colour and share of a
/// stage's answers.
type Share = (&'static str, &'static str, Rgb, fn(&StageNps) -> f64);

pub(super) fn nps_ui(ui: &mut Ui, nps: &[(String, Vec<StageNps>)], palette: &Palette) {
    ui.label(RichText::new(t!("kpi-nps-hint")).weak());
    if nps.iter().all(|(_, s)| s.is_empty()) {
        widgets::empty_state(ui, t!("kpi-nps-empty-title"), t!("kpi-nps-empty-text"));
        return;
    }
    let shares: [Share; 3] = [
        (
            t!("kpi-nps-detractors"),
            t!("kpi-nps-detractors-lower"),
            palette.negative,
            |s| s.nps.detractors,
        ),
        (
            t!("kpi-nps-passives"),
            t!("kpi-nps-passives-lower"),
            palette.neutral,
            |s| s.nps.passives,
        ),
        (
            t!("kpi-nps-promoters"),
            t!("kpi-nps-promoters-lower"),
            palette.positive,
            |s| s.nps.promoters,
        ),
    ];
    ui.horizontal(|ui| {
        for (name, _, rgb, _) in &shares {
            ui.label(RichText::new(format!("■ {name}")).color(theme::color(*rgb)));
        }
    });
    let groups: Vec<&(String, Vec<StageNps>)> = nps.iter().filter(|(_, s)| !s.is_empty()).collect();
    let per_row = groups.len().clamp(1, 2);
    let rows = groups.len().div_ceil(per_row);
    let height = ((ui.available_height() - 40.0 * rows as f32) / rows as f32).max(160.0);
    let width = ((ui.available_width() - 16.0 * (per_row - 1) as f32) / per_row as f32).max(240.0);
    egui::Grid::new("nps_charts")
        .num_columns(per_row)
        .spacing([16.0, 8.0])
        .show(ui, |ui| {
            for (i, (who, stages)) in groups.iter().enumerate() {
                ui.vertical(|ui| {
                    ui.set_width(width);
                    ui.label(RichText::new(who).strong());
                    nps_plot(ui, i, stages, &shares, width, height, palette);
                });
                if i % per_row == per_row - 1 {
                    ui.end_row();
                }
            }
        });
}

/// One group's NPS by stage: a horizontal stacked bar per stage (first on top), its
/// name, NPS and n above it.
fn nps_plot(
    ui: &mut Ui,
    i: usize,
    stages: &[StageNps],
    shares: &[Share; 3],
    width: f32,
    height: f32,
    palette: &Palette,
) {
    let n = stages.len();
    let row = |x: usize| (n - 1 - x) as f64;
    let mut charts: Vec<BarChart> = Vec::new();
    for (name, lower, rgb, share) in shares {
        let bars: Vec<Bar> = stages
            .iter()
            .enumerate()
            .map(|(x, s)| {
                Bar::new(row(x), share(s) * 100.0)
                    .width(0.45)
                    .fill(theme::color(*rgb))
                    .name(t!(
                        "kpi-nps-share",
                        stage = s.name.as_str(),
                        part = *lower,
                        share = numbers::percent(share(s) * 100.0, 0)
                    ))
            })
            .collect();
        let below: Vec<&BarChart> = charts.iter().collect();
        let chart = BarChart::new(*name, bars)
            .color(theme::color(*rgb))
            .horizontal()
            .element_formatter(Box::new(hover))
            .stack_on(&below);
        charts.push(chart);
    }
    Plot::new(("nps_chart", i))
        .allow_scroll(false)
        .allow_drag(false)
        .allow_zoom(false)
        .include_x(0.0)
        .include_x(100.0)
        .include_y(-0.6)
        .include_y(n as f64 - 0.2)
        .show_y(false)
        .y_axis_formatter(|_, _| String::new())
        .x_axis_label(t!("kpi-nps-x-axis"))
        .x_axis_formatter(super::axis_number)
        .width(width)
        .height(height)
        .show(ui, |plot| {
            for chart in charts {
                plot.bar_chart(chart);
            }
            for (x, s) in stages.iter().enumerate() {
                plot.text(
                    Text::new(
                        "",
                        PlotPoint::new(0.5, row(x) + 0.27),
                        format!(
                            "{} · NPS {} · n {}",
                            s.name,
                            crate::ui::data_overview::signed(s.nps.score),
                            numbers::integer(i64::try_from(s.n).unwrap_or(i64::MAX))
                        ),
                    )
                    .anchor(Align2::LEFT_BOTTOM)
                    .color(theme::color(palette.text))
                    .allow_hover(false),
                );
            }
        });
}

/// What hovering an NPS bar says: its name, which gives its share written the
/// language's way (egui_plot would add the bare value, "34.5").
fn hover(bar: &Bar, _chart: &BarChart) -> String {
    bar.name.clone()
}
