//! The curves view (egui_plot): a journey's satisfaction curves, believed (the
//! workshop's card emotions, as-is and to-be) against measured (customer ratings
//! rescaled to the emotion scale, with 95% bands), per persona, with the largest
//! gaps called out; and the charts beside them: stage KPIs against target, NPS by
//! stage and the Kano classes of touchpoints. The data comes from
//! [`crate::analysis::curves`], computed again only when the project changes.

use std::fmt::Write as _;

use egui::{Align2, Color32, ComboBox, RichText, Ui};
use egui_plot::{
    Bar, BarChart, FilledArea, GridInput, GridMark, HLine, Legend, Line, LineStyle, MarkerShape,
    Plot, PlotPoint, PlotPoints, Points, Text, VLine,
};

use crate::analysis::curves::{
    self, Axis, Chart, DerivedKano, Gap, KanoClass, KanoPoint, Kind, KpiBar, Series, StageNps,
};
use crate::app::{Action, Selection};
use crate::model::{JourneyId, PersonaId, Project, Rgb, VALENCE_MAX, VALENCE_MIN};
use crate::theme::Palette;
use crate::ui::{theme, widgets};

/// How many gaps are called out on the chart.
const CALLED_OUT: usize = 3;

/// The view's choices and its cached chart data.
#[derive(Default)]
pub struct CurvesView {
    pub chart: Chart,
    /// Curves switched off, by persona (`None`: all customers) and by kind.
    pub hidden_personas: Vec<Option<PersonaId>>,
    pub hidden_kinds: Vec<Kind>,
    cache: Option<Cached>,
}

/// Everything the charts of one journey need, for one revision of the project.
struct Cached {
    key: (u64, JourneyId),
    axis: Axis,
    series: Vec<Series>,
    gaps: Vec<Gap>,
    /// What the curves show and how measured values were rescaled.
    note: String,
    kpis: Vec<KpiBar>,
    nps: Vec<(String, Vec<StageNps>)>,
    kano: Vec<KanoPoint>,
    kano_data: Vec<DerivedKano>,
}

impl Cached {
    fn new(project: &Project, journey: &crate::model::Journey, key: (u64, JourneyId)) -> Self {
        let axis = Axis::of(project, journey);
        let series = curves::series(project, journey, &axis);
        let gaps = curves::gaps(&series);
        let mut nps = vec![(
            "All customers".to_owned(),
            curves::nps_by_stage(project, journey, None),
        )];
        for p in journey
            .personas
            .iter()
            .filter_map(|id| project.persona(*id))
        {
            let by_stage = curves::nps_by_stage(project, journey, Some(p));
            if !by_stage.is_empty() {
                nps.push((p.name.clone(), by_stage));
            }
        }
        Self {
            key,
            axis,
            series,
            gaps,
            note: curves::scale_note(project),
            kpis: curves::kpi_bars(journey),
            nps,
            kano: curves::kano(journey),
            kano_data: curves::kano_from_data(project, journey),
        }
    }
}

pub fn ui(
    ui: &mut Ui,
    project: &Project,
    revision: u64,
    selection: &mut Selection,
    view: &mut CurvesView,
    actions: &mut Vec<Action>,
) {
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
    let key = (revision, journey.id);
    if view.cache.as_ref().is_none_or(|c| c.key != key) {
        view.cache = Some(Cached::new(project, journey, key));
    }
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
        ui.separator();
        for chart in Chart::ALL {
            ui.selectable_value(&mut view.chart, chart, chart.label());
        }
        ui.separator();
        if ui
            .button("Export chart…")
            .on_hover_text("Save this chart as PNG, SVG or PDF")
            .clicked()
        {
            actions.push(Action::ExportChart(journey.id, view.chart));
        }
    });
    let CurvesView {
        chart,
        hidden_personas,
        hidden_kinds,
        cache,
    } = view;
    let Some(data) = cache.as_ref() else { return };
    let palette = theme::palette(ui.ctx());
    match chart {
        Chart::Curves => curves_ui(ui, project, data, hidden_personas, hidden_kinds, &palette),
        Chart::Kpis => kpis_ui(ui, &data.kpis, &palette),
        Chart::Nps => nps_ui(ui, &data.nps, &palette),
        Chart::Kano => kano_ui(ui, project, data, &palette, actions),
    }
}

/// The colour of a persona's curves.
fn persona_color(project: &Project, persona: Option<PersonaId>, ui: &Ui) -> Color32 {
    persona.map_or_else(
        || ui.visuals().strong_text_color(),
        |p| theme::color(project.persona_color(p)),
    )
}

/// A series' name in the legend and on hover: "Ana · Measured".
fn series_name(s: &Series) -> String {
    format!("{} · {}", s.label, s.kind.label())
}

fn curves_ui(
    ui: &mut Ui,
    project: &Project,
    data: &Cached,
    hidden_personas: &mut Vec<Option<PersonaId>>,
    hidden_kinds: &mut Vec<Kind>,
    palette: &Palette,
) {
    if data.series.is_empty() {
        widgets::empty_state(
            ui,
            "No emotions or ratings on this journey yet",
            "Give the cards an emotion, or map a rating column of your customer data onto them, and the curves appear here.",
        );
        return;
    }
    // Toggles: one per persona that has a curve, one per kind.
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Show").weak());
        let mut personas: Vec<(Option<PersonaId>, String)> = Vec::new();
        for s in &data.series {
            if !personas.iter().any(|(p, _)| *p == s.persona) {
                personas.push((s.persona, s.label.clone()));
            }
        }
        for (persona, label) in personas {
            let mut shown = !hidden_personas.contains(&persona);
            let text =
                RichText::new(format!("● {label}")).color(persona_color(project, persona, ui));
            if ui.checkbox(&mut shown, text).changed() {
                toggle(hidden_personas, persona, shown);
            }
        }
        ui.separator();
        for kind in Kind::ALL {
            if data.series.iter().any(|s| s.kind == kind) {
                let mut shown = !hidden_kinds.contains(&kind);
                if ui.checkbox(&mut shown, kind.label()).changed() {
                    toggle(hidden_kinds, kind, shown);
                }
            }
        }
    });
    let shown: Vec<&Series> = data
        .series
        .iter()
        .filter(|s| !hidden_personas.contains(&s.persona) && !hidden_kinds.contains(&s.kind))
        .collect();
    ui.label(RichText::new(&data.note).weak().small());

    let gaps: Vec<&Gap> = data
        .gaps
        .iter()
        .filter(|g| !hidden_personas.contains(&g.persona))
        .collect();
    egui::Panel::right("curve_gaps")
        .resizable(false)
        .exact_size(300.0)
        .show(ui, |ui| gap_list(ui, project, data, &gaps));
    curve_plot(ui, project, data, &shown, &gaps, palette);
}

fn toggle<T: PartialEq>(hidden: &mut Vec<T>, item: T, shown: bool) {
    if shown {
        hidden.retain(|h| *h != item);
    } else if !hidden.contains(&item) {
        hidden.push(item);
    }
}

fn gap_list(ui: &mut Ui, project: &Project, data: &Cached, gaps: &[&Gap]) {
    ui.heading("Largest gaps");
    if gaps.is_empty() {
        ui.label(
            RichText::new(
                "Gaps appear where a card has both an emotion from the workshop and customer ratings mapped onto it.",
            )
            .weak(),
        );
        return;
    }
    ui.label(
        RichText::new("Believed against measured, largest first")
            .weak()
            .small(),
    );
    egui::ScrollArea::vertical().show(ui, |ui| {
        for (i, gap) in gaps.iter().take(10).enumerate() {
            let (title, who) = (data.axis.label_of(gap.card), gap.who(project));
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                let strong = i < CALLED_OUT;
                let mut head = RichText::new(format!("{}. {title}", i + 1)).strong();
                if strong {
                    head = head.color(theme::color(theme::palette(ui.ctx()).warning));
                }
                ui.label(head);
            });
            ui.label(format!("{who}: {}", gap.summary()));
            ui.label(
                RichText::new(format!(
                    "gap {} · n {}",
                    curves::signed(gap.difference()),
                    crate::analysis::stats::thousands(gap.n)
                ))
                .weak()
                .small(),
            );
        }
    });
}

fn curve_plot(
    ui: &mut Ui,
    project: &Project,
    data: &Cached,
    shown: &[&Series],
    gaps: &[&Gap],
    palette: &Palette,
) {
    let stages = data.axis.stages.clone();
    let names: Vec<(f64, String)> = stages
        .iter()
        .map(|s| (f64::midpoint(s.from, s.to), s.name.clone()))
        .collect();
    let label_names = names.clone();
    let last = data.axis.ticks.len().saturating_sub(1) as f64;
    let hover: Vec<(String, Vec<String>)> = shown
        .iter()
        .map(|s| {
            let lines = s.points.iter().map(|p| point_text(data, s, p)).collect();
            (series_name(s), lines)
        })
        .collect();
    Plot::new(("curves", data.key.1))
        .legend(
            Legend::default()
                .position(egui_plot::Corner::LeftBottom)
                // A measured curve's line comes first: its colour, not its band's.
                .color_conflict_handling(egui_plot::ColorConflictHandling::PickFirst),
        )
        .include_y(f64::from(VALENCE_MIN) - 0.4)
        .include_y(f64::from(VALENCE_MAX) + 0.7)
        .include_x(-0.6)
        .include_x(last + 0.6)
        .allow_scroll(false)
        .y_axis_label("Emotion (−3 to +3)")
        .x_grid_spacer(move |_input: GridInput| {
            names
                .iter()
                .map(|(x, _)| GridMark {
                    value: *x,
                    step_size: 1000.0,
                })
                .collect()
        })
        .x_axis_formatter(move |mark, _range| {
            label_names
                .iter()
                .find(|(x, _)| (x - mark.value).abs() < 1e-6)
                .map(|(_, n)| n.clone())
                .unwrap_or_default()
        })
        .label_formatter(move |position| match position {
            egui_plot::HoverPosition::NearDataPoint {
                plot_name, index, ..
            } => hover
                .iter()
                .find(|(name, _)| name == plot_name)
                .and_then(|(_, lines)| lines.get(*index).cloned()),
            egui_plot::HoverPosition::Elsewhere { .. } => None,
        })
        .show(ui, |plot| {
            plot.hline(
                HLine::new("", 0.0)
                    .color(theme::color(palette.neutral))
                    .width(1.0),
            );
            for s in stages.iter().skip(1) {
                plot.vline(
                    VLine::new("", s.from - 0.5)
                        .color(theme::color(palette.grid_line))
                        .width(1.0)
                        .allow_hover(false),
                );
            }
            for s in shown {
                series_items(plot, project, s, palette);
            }
            for gap in gaps.iter().take(CALLED_OUT) {
                let warn = theme::color(palette.warning);
                plot.line(
                    Line::new(
                        "Largest gaps",
                        PlotPoints::from(vec![[gap.x, gap.believed], [gap.x, gap.measured]]),
                    )
                    .color(warn)
                    .width(4.0)
                    .allow_hover(false),
                );
                let y = f64::midpoint(gap.believed, gap.measured);
                plot.text(
                    Text::new(
                        "",
                        PlotPoint::new(gap.x + 0.15, y),
                        RichText::new(format!("gap {}", curves::signed(gap.difference())))
                            .strong()
                            .color(warn),
                    )
                    .color(warn)
                    .anchor(Align2::LEFT_CENTER)
                    .allow_hover(false),
                );
            }
        });
}

/// The lines, band and marks of one series.
fn series_items(
    plot: &mut egui_plot::PlotUi<'_>,
    project: &Project,
    s: &Series,
    palette: &Palette,
) {
    let color = s.persona.map_or_else(
        || theme::color(palette.text),
        |p| theme::color(project.persona_color(p)),
    );
    let name = series_name(s);
    let xy: Vec<[f64; 2]> = s.points.iter().map(|p| [p.x, p.value]).collect();
    let style = match s.kind {
        Kind::Believed => LineStyle::dashed_loose(),
        Kind::ToBe => LineStyle::dotted_dense(),
        Kind::Measured => LineStyle::Solid,
    };
    plot.line(
        Line::new(name.clone(), PlotPoints::from(xy.clone()))
            .color(color)
            .width(if s.kind == Kind::Measured { 3.0 } else { 2.0 })
            .style(style),
    );
    let shape = match s.kind {
        Kind::Measured => MarkerShape::Circle,
        Kind::Believed => MarkerShape::Square,
        Kind::ToBe => MarkerShape::Up,
    };
    plot.points(
        Points::new(name.clone(), PlotPoints::from(xy))
            .color(color)
            .radius(4.0)
            .shape(shape),
    );
    if s.kind == Kind::Measured {
        let banded: Vec<&curves::Point> = s.points.iter().filter(|p| p.band.is_some()).collect();
        if banded.len() >= 2 {
            let xs: Vec<f64> = banded.iter().map(|p| p.x).collect();
            let lo: Vec<f64> = banded.iter().filter_map(|p| p.band.map(|b| b.0)).collect();
            let hi: Vec<f64> = banded.iter().filter_map(|p| p.band.map(|b| b.1)).collect();
            plot.add(
                FilledArea::new(name, &xs, &lo, &hi)
                    .fill_color(color.gamma_multiply(0.18))
                    .allow_hover(false),
            );
        }
    }
    if s.kind == Kind::Believed {
        let marked = |keep: fn(&curves::Point) -> bool| -> Vec<[f64; 2]> {
            s.points
                .iter()
                .filter(|p| keep(p))
                .map(|p| [p.x, p.value])
                .collect()
        };
        let moments = marked(|p| p.moment_of_truth);
        if !moments.is_empty() {
            plot.points(
                Points::new("Moment of truth", PlotPoints::from(moments))
                    .shape(MarkerShape::Diamond)
                    .radius(8.0)
                    .filled(false)
                    .color(theme::color(palette.highlight))
                    .allow_hover(false),
            );
        }
        let pains = marked(|p| p.pain_point);
        if !pains.is_empty() {
            plot.points(
                Points::new("Pain point", PlotPoints::from(pains))
                    .shape(MarkerShape::Cross)
                    .radius(8.0)
                    .color(theme::color(palette.negative))
                    .allow_hover(false),
            );
        }
    }
}

/// What hovering a point says: the card, the value, n and where it comes from.
fn point_text(data: &Cached, s: &Series, p: &curves::Point) -> String {
    let title = data.axis.label_of(p.card);
    let mut text = format!(
        "{title}\n{} · {}: {}",
        s.label,
        s.kind.label(),
        curves::signed(p.value)
    );
    if let Some((lo, hi)) = p.band {
        let _ = write!(
            text,
            " (95% CI {} to {})",
            curves::signed(lo),
            curves::signed(hi)
        );
    }
    if p.n > 0 {
        let _ = write!(text, "\nn {}", crate::analysis::stats::thousands(p.n));
    }
    let _ = write!(text, "\nfrom {}", p.source);
    if p.moment_of_truth {
        text.push_str("\nmoment of truth");
    }
    if p.pain_point {
        text.push_str("\npain point");
    }
    text
}

fn kpis_ui(ui: &mut Ui, kpis: &[KpiBar], palette: &Palette) {
    ui.label(
        RichText::new(
            "Each stage KPI's actual value as a share of its target (100% = on target); orange bars miss it.",
        )
        .weak(),
    );
    if kpis.is_empty() {
        widgets::empty_state(
            ui,
            "No stage KPIs with a target and an actual value",
            "Give a stage's KPIs a target and an actual value (typed, or computed from customer data) in the inspector.",
        );
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
        .x_axis_label("% of target")
        .show(ui, |plot| {
            plot.vline(
                VLine::new("", 100.0)
                    .color(theme::color(palette.text))
                    .width(1.5)
                    .allow_hover(false),
            );
            plot.bar_chart(BarChart::new("Actual against target", bars).horizontal());
            for (i, k) in kpis.iter().enumerate() {
                plot.text(
                    Text::new("", PlotPoint::new(0.5, row(i) + 0.27), kpi_text(k))
                        .anchor(Align2::LEFT_BOTTOM)
                        .color(theme::color(palette.text))
                        .allow_hover(false),
                );
            }
        });
}

/// "Check-in: Satisfied with check-in (4-5): 48.5 of 50 % (97%)".
fn kpi_text(k: &KpiBar) -> String {
    format!(
        "{}: {} — {} of {} {} ({:.0}%)",
        k.stage,
        k.name,
        short(k.actual),
        short(k.target),
        k.unit,
        k.ratio * 100.0
    )
}

fn short(v: f64) -> String {
    let text = format!("{v:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// A part of the NPS bars: its name, colour and share of a stage's answers.
type Share = (&'static str, Rgb, fn(&StageNps) -> f64);

fn nps_ui(ui: &mut Ui, nps: &[(String, Vec<StageNps>)], palette: &Palette) {
    ui.label(
        RichText::new("Promoters (9–10), passives (7–8) and detractors (0–6) of the 0–10 answers mapped onto each stage or its cards; NPS = % promoters − % detractors.")
            .weak(),
    );
    if nps.iter().all(|(_, s)| s.is_empty()) {
        widgets::empty_state(
            ui,
            "No 0–10 answers mapped onto this journey",
            "Map a 0–10 column (likelihood to recommend) of your customer data onto a stage or a card in the inspector.",
        );
        return;
    }
    let shares: [Share; 3] = [
        ("Detractors", palette.negative, |s| s.nps.detractors),
        ("Passives", palette.neutral, |s| s.nps.passives),
        ("Promoters", palette.positive, |s| s.nps.promoters),
    ];
    ui.horizontal(|ui| {
        for (name, rgb, _) in &shares {
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
    for (name, rgb, share) in shares {
        let bars: Vec<Bar> = stages
            .iter()
            .enumerate()
            .map(|(x, s)| {
                Bar::new(row(x), share(s) * 100.0)
                    .width(0.45)
                    .fill(theme::color(*rgb))
                    .name(format!(
                        "{}: {} {:.0}%",
                        s.name,
                        name.to_lowercase(),
                        share(s) * 100.0
                    ))
            })
            .collect();
        let below: Vec<&BarChart> = charts.iter().collect();
        let chart = BarChart::new(*name, bars)
            .color(theme::color(*rgb))
            .horizontal()
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
        .x_axis_label("% of answers")
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
                            "{} · NPS {:+.0} · n {}",
                            s.name,
                            s.nps.score,
                            crate::analysis::stats::thousands(s.n)
                        ),
                    )
                    .anchor(Align2::LEFT_BOTTOM)
                    .color(theme::color(palette.text))
                    .allow_hover(false),
                );
            }
        });
}

fn kano_ui(
    ui: &mut Ui,
    project: &Project,
    data: &Cached,
    palette: &Palette,
    actions: &mut Vec<Action>,
) {
    ui.label(
        RichText::new("Kano classes of the touchpoints: from the Kano answers entered in the inspector, and derived from customer data (how much more often customers are satisfied overall when they rate a touchpoint high rather than middling, the reward, and middling rather than low, the penalty).")
            .weak(),
    );
    outcome_ui(ui, project, actions);
    let (answers, derived) = (&data.kano, &data.kano_data);
    if answers.is_empty() && derived.is_empty() {
        widgets::empty_state(
            ui,
            "No Kano answers on this journey",
            "Enter the Kano answers of a touchpoint in the inspector, or name the overall satisfaction column of your customer data above.",
        );
        return;
    }
    match (answers.is_empty(), derived.is_empty()) {
        (false, false) => {
            ui.columns(2, |columns| {
                kano_answers_plot(&mut columns[0], answers, palette);
                kano_data_plot(&mut columns[1], derived, palette);
            });
        }
        (false, true) => kano_answers_plot(ui, answers, palette),
        _ => kano_data_plot(ui, derived, palette),
    }
}

fn kano_color(k: KanoClass, palette: &Palette) -> Color32 {
    theme::color(match k {
        KanoClass::MustBe => palette.negative,
        KanoClass::Performance => palette.highlight,
        KanoClass::Attractive => palette.positive,
        KanoClass::Indifferent | KanoClass::Questionable => palette.neutral,
        KanoClass::Reverse => palette.warning,
    })
}

/// Per dataset with ratings: which column says how the customer felt overall, and
/// which answer means satisfied.
fn outcome_ui(ui: &mut Ui, project: &Project, actions: &mut Vec<Action>) {
    use crate::edit::{Change, Edit};
    use crate::model::{ColumnKind, ColumnRole, Outcome};
    for d in &project.datasets {
        if !d
            .columns
            .iter()
            .any(|c| matches!(c.role, ColumnRole::Item(_)))
        {
            continue;
        }
        let mut outcome = d.outcome.clone().unwrap_or_default();
        let before = outcome.clone();
        ui.horizontal(|ui| {
            let label = ui.label(format!("Overall satisfaction in “{}”", d.name));
            let candidates: Vec<&crate::model::Column> = d
                .columns
                .iter()
                .filter(|c| {
                    c.kind == ColumnKind::Category
                        || (c.kind == ColumnKind::Number && c.scale.is_some())
                })
                .collect();
            ComboBox::from_id_salt(("kano outcome", d.id))
                .selected_text(if outcome.column.is_empty() {
                    "Choose a column…"
                } else {
                    outcome.column.as_str()
                })
                .width(220.0)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut outcome.column, String::new(), "None");
                    for c in &candidates {
                        ui.selectable_value(&mut outcome.column, c.name.clone(), &c.name);
                    }
                })
                .response
                .labelled_by(label.id);
            if let Some((index, column)) = d.column(&outcome.column) {
                if column.kind == ColumnKind::Category {
                    let said = ui.label("counts as satisfied when it is");
                    ComboBox::from_id_salt(("kano satisfied", d.id))
                        .selected_text(if outcome.satisfied.is_empty() {
                            "Choose…"
                        } else {
                            outcome.satisfied.as_str()
                        })
                        .width(200.0)
                        .show_ui(ui, |ui| {
                            // Read from the rows only while the list is open.
                            for v in d.rows.distinct(index).into_iter().take(100) {
                                ui.selectable_value(&mut outcome.satisfied, v.to_owned(), v);
                            }
                        })
                        .response
                        .labelled_by(said.id);
                } else {
                    outcome.satisfied.clear();
                    ui.label(RichText::new("its top two points count as satisfied").weak());
                }
            }
        });
        if outcome != before {
            let value = (!outcome.column.is_empty()).then_some(Outcome {
                satisfied: if before.column == outcome.column {
                    outcome.satisfied.clone()
                } else {
                    String::new()
                },
                ..outcome
            });
            actions.push(Action::Edit {
                edit: Box::new(Edit::Dataset(Change::Replace {
                    item: crate::model::Dataset {
                        outcome: value,
                        ..d.clone()
                    },
                })),
                label: "Choose the overall satisfaction column".to_owned(),
                gesture: None,
            });
        }
    }
}

/// Derived classes: reward against penalty, with the asymmetry lines (±0.2) that
/// part attractive, performance and must-be.
fn kano_data_plot(ui: &mut Ui, derived: &[DerivedKano], palette: &Palette) {
    ui.label(RichText::new("From customer data").strong());
    let hover: Vec<(String, String)> = derived
        .iter()
        .map(|k| {
            (
                k.class.label().to_owned(),
                format!(
                    "{}\n{} · reward {:+.0} points, penalty {:+.0} points · n {}\nfrom {}",
                    k.label,
                    k.class.label(),
                    k.reward * 100.0,
                    k.penalty * 100.0,
                    crate::analysis::stats::thousands(k.n),
                    k.source
                ),
            )
        })
        .collect();
    let positions: Vec<(String, [f64; 2])> = derived
        .iter()
        .map(|k| (k.class.label().to_owned(), [k.penalty, k.reward]))
        .collect();
    let top = derived
        .iter()
        .flat_map(|k| [k.reward, k.penalty])
        .fold(0.1, f64::max)
        * 1.15;
    Plot::new("kano_data_chart")
        .legend(Legend::default())
        .allow_scroll(false)
        .data_aspect(1.0)
        .include_x(0.0)
        .include_x(top)
        .include_y(0.0)
        .include_y(top)
        .x_axis_label("Penalty: less satisfied when rated low")
        .y_axis_label("Reward: more satisfied when rated high")
        .label_formatter(move |position| match position {
            egui_plot::HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } => positions
                .iter()
                .zip(&hover)
                .find(|((class, xy), _)| {
                    class == plot_name
                        && (xy[0] - position.x).abs() < 1e-9
                        && (xy[1] - position.y).abs() < 1e-9
                })
                .map(|(_, (_, text))| text.clone()),
            egui_plot::HoverPosition::Elsewhere { .. } => None,
        })
        .show(ui, |plot| {
            let line = theme::color(palette.muted_text);
            // Asymmetry 0.2: reward = 1.5 × penalty; −0.2: reward = penalty / 1.5.
            for (slope, name) in [(1.5_f64, "Attractive"), (1.0 / 1.5, "Must-be")] {
                plot.line(
                    Line::new(
                        "",
                        PlotPoints::from(vec![
                            [0.0, 0.0],
                            [top / slope.max(1.0), top * slope.min(1.0)],
                        ]),
                    )
                    .color(line)
                    .style(LineStyle::dashed_dense())
                    .allow_hover(false),
                );
                let at = if slope > 1.0 {
                    [top * 0.25, top * 0.9]
                } else {
                    [top * 0.9, top * 0.2]
                };
                plot.text(
                    Text::new(
                        "",
                        PlotPoint::new(at[0], at[1]),
                        RichText::new(name).strong(),
                    )
                    .color(line)
                    .allow_hover(false),
                );
            }
            plot.text(
                Text::new(
                    "",
                    PlotPoint::new(top * 0.8, top * 0.8),
                    RichText::new("Performance").strong(),
                )
                .color(line)
                .allow_hover(false),
            );
            for class in KanoClass::ALL {
                let points: Vec<[f64; 2]> = derived
                    .iter()
                    .filter(|k| k.class == class)
                    .map(|k| [k.penalty, k.reward])
                    .collect();
                if !points.is_empty() {
                    plot.points(
                        Points::new(class.label(), PlotPoints::from(points))
                            .radius(6.0)
                            .color(kano_color(class, palette)),
                    );
                }
            }
            for k in derived {
                plot.text(
                    Text::new(
                        "",
                        PlotPoint::new(k.penalty + top * 0.015, k.reward),
                        k.label.as_str(),
                    )
                    .anchor(Align2::LEFT_CENTER)
                    .allow_hover(false),
                );
            }
        });
}

/// Classes from the Kano answers: better against worse, in quadrants.
fn kano_answers_plot(ui: &mut Ui, kano: &[KanoPoint], palette: &Palette) {
    ui.label(RichText::new("From Kano answers").strong());
    let class_color = |k: KanoClass| kano_color(k, palette);
    let hover: Vec<(String, String)> = kano
        .iter()
        .map(|k| {
            (
                k.class.label().to_owned(),
                format!(
                    "{}\n{} · better {:.2}, worse {:.2} · {} answers",
                    k.label,
                    k.class.label(),
                    k.better,
                    k.worse,
                    k.n
                ),
            )
        })
        .collect();
    Plot::new("kano_chart")
        .legend(Legend::default())
        .allow_scroll(false)
        .data_aspect(1.0)
        .include_x(0.0)
        .include_x(1.05)
        .include_y(0.0)
        .include_y(1.05)
        .x_axis_label("Worse: dissatisfaction when absent")
        .y_axis_label("Better: satisfaction when present")
        .label_formatter(move |position| match position {
            egui_plot::HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } => hover
                .iter()
                .filter(|(class, _)| class == plot_name)
                .map(|(_, text)| text.clone())
                .zip(kano.iter().filter(|k| k.class.label() == *plot_name))
                .find(|(_, k)| {
                    (k.worse - position.x).abs() < 1e-9 && (k.better - position.y).abs() < 1e-9
                })
                .map(|(text, _)| text),
            egui_plot::HoverPosition::Elsewhere { .. } => None,
        })
        .show(ui, |plot| {
            let line = theme::color(palette.muted_text);
            plot.hline(
                HLine::new("", 0.5)
                    .color(line)
                    .width(1.5)
                    .allow_hover(false),
            );
            plot.vline(
                VLine::new("", 0.5)
                    .color(line)
                    .width(1.5)
                    .allow_hover(false),
            );
            for (x, y, name) in [
                (0.25, 1.02, "Attractive"),
                (0.75, 1.02, "Performance"),
                (0.25, -0.02, "Indifferent"),
                (0.75, -0.02, "Must-be"),
            ] {
                plot.text(
                    Text::new("", PlotPoint::new(x, y), RichText::new(name).strong())
                        .color(line)
                        .allow_hover(false),
                );
            }
            for class in KanoClass::ALL {
                let points: Vec<[f64; 2]> = kano
                    .iter()
                    .filter(|k| k.class == class)
                    .map(|k| [k.worse, k.better])
                    .collect();
                if points.is_empty() {
                    continue;
                }
                plot.points(
                    Points::new(class.label(), PlotPoints::from(points))
                        .radius(6.0)
                        .color(class_color(class)),
                );
            }
            for k in kano {
                plot.text(
                    Text::new(
                        "",
                        PlotPoint::new(k.worse + 0.02, k.better),
                        k.label.as_str(),
                    )
                    .anchor(Align2::LEFT_CENTER)
                    .allow_hover(false),
                );
            }
        });
}
