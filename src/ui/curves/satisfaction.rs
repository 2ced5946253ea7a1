//! The satisfaction chart: believed against measured curves per persona, card by card
//! or by stage (one point per stage; its cards on hover), under the legend
//! ([`super::legend`]); the y axis on the emotion scale (−3…+3); the largest gaps
//! called out on the chart (labels placed so that they never stack) and listed
//! beside it; the stage names under the plot, wrapped to their width.

use egui::{FontId, Pos2, Rect, RichText, Sense, Stroke, Ui, WidgetInfo, pos2, vec2};
use egui_plot::{
    FilledArea, GridMark, HLine, Line, LineStyle, MarkerShape, Plot, PlotPoints, PlotTransform,
    Points, VLine,
};

use super::Cached;
use super::drawing::{Drawing, Trace, count};
use super::legend::legend_ui;
use crate::analysis::curves::signed;
use crate::analysis::curves::{Callout, Chart, Kind};
use crate::layout::chart::{self as geometry, Dash, Label, Marker};
use crate::model::{PersonaId, Project};
use crate::t;
use crate::theme::Palette;
use crate::ui::{theme, widgets};

/// How many gaps are called out on the chart.
const CALLED_OUT: usize = 3;
/// The y range shown: the emotion scale with room for the marks at its ends.
const Y_RANGE: (f64, f64) = (-3.45, 3.45);
/// The strip under the plot that holds the stage names (two lines).
const NAMES_HEIGHT: f32 = 40.0;

pub(super) fn curves_ui(
    ui: &mut Ui,
    project: &Project,
    data: &Cached,
    chart: &mut Chart,
    hidden_personas: &mut Vec<Option<PersonaId>>,
    hidden_kinds: &mut Vec<Kind>,
    palette: &Palette,
) {
    if data.by_card.traces.is_empty() {
        widgets::empty_state(
            ui,
            t!("data-chart-empty-title"),
            t!("data-chart-empty-text"),
        );
        return;
    }
    // This frame draws the mode it started with; a switch shows from the next frame.
    let mode = *chart;
    let drawing = if mode == Chart::CurvesByStage {
        &data.by_stage
    } else {
        &data.by_card
    };
    legend_ui(
        ui,
        project,
        drawing,
        chart,
        hidden_personas,
        hidden_kinds,
        palette,
    );
    ui.label(RichText::new(&drawing.note).weak().small());
    let shown: Vec<&Trace> = drawing
        .traces
        .iter()
        .filter(|t| !hidden_personas.contains(&t.persona) && !hidden_kinds.contains(&t.kind))
        .collect();
    let callouts: Vec<&Callout> = drawing
        .callouts
        .iter()
        .filter(|g| !hidden_personas.contains(&g.persona))
        .collect();
    egui::Panel::right("curve_gaps")
        .resizable(false)
        .exact_size(300.0)
        .show(ui, |ui| gap_list(ui, project, &callouts, mode));
    plot_ui(
        ui, project, data.key.1, mode, drawing, &shown, &callouts, palette,
    );
}

fn gap_list(ui: &mut Ui, project: &Project, callouts: &[&Callout], chart: Chart) {
    ui.heading(t!("data-chart-largest-gaps"));
    if callouts.is_empty() {
        ui.label(RichText::new(t!("data-chart-no-gaps")).weak());
        return;
    }
    let unit = if chart == Chart::CurvesByStage {
        t!("data-chart-gaps-by-stage")
    } else {
        t!("data-chart-gaps-by-card")
    };
    ui.label(RichText::new(unit).weak().small());
    let warning = theme::color(theme::palette(ui.ctx()).warning);
    egui::ScrollArea::vertical().show(ui, |ui| {
        for (i, gap) in callouts.iter().take(10).enumerate() {
            ui.add_space(4.0);
            let mut head = RichText::new(format!("{}. {}", i + 1, gap.title)).strong();
            if i < CALLED_OUT {
                head = head.color(warning);
            }
            ui.label(head);
            ui.label(t!(
                "out-label-value",
                label = gap.who(project),
                value = gap.summary()
            ));
            let n = if chart == Chart::CurvesByStage {
                t!("data-chart-customers", count = gap.n)
            } else {
                count(gap.n)
            };
            ui.label(
                RichText::new(t!(
                    "data-chart-gap-line",
                    gap = signed(gap.difference()),
                    n = n
                ))
                .weak()
                .small(),
            );
        }
    });
}

#[expect(
    clippy::too_many_arguments,
    reason = "the plot's data and where it came from"
)]
fn plot_ui(
    ui: &mut Ui,
    project: &Project,
    journey: crate::model::JourneyId,
    chart: Chart,
    drawing: &Drawing,
    shown: &[&Trace],
    callouts: &[&Callout],
    palette: &Palette,
) {
    let height = (ui.available_height() - NAMES_HEIGHT).max(160.0);
    // The x range is fixed (not fitted to the data), so the plot's memory is kept
    // per mode and length of axis: a new card or stage starts it afresh.
    let response = Plot::new(("curves", journey, chart, drawing.last_x.to_bits()))
        .height(height)
        .show_axes([false, true])
        .show_grid([false, true])
        .default_x_bounds(-0.6, drawing.last_x + 0.6)
        .default_y_bounds(Y_RANGE.0, Y_RANGE.1)
        .allow_zoom([true, false])
        .allow_drag([true, false])
        .allow_scroll(false)
        .y_axis_label(t!("data-chart-y-axis"))
        .y_grid_spacer(|_| {
            (-3..=3)
                .map(|v| GridMark {
                    value: f64::from(v),
                    step_size: 1.0,
                })
                .collect()
        })
        .y_axis_formatter(|mark, _| {
            if mark.value.abs() <= 3.0 + 1e-9 && mark.value.fract().abs() < 1e-9 {
                signed(mark.value)
            } else {
                String::new()
            }
        })
        .label_formatter(|position| match position {
            egui_plot::HoverPosition::NearDataPoint {
                plot_name, index, ..
            } => shown
                .iter()
                .find(|t| t.name == *plot_name)
                .and_then(|t| t.hover.get(*index).cloned()),
            egui_plot::HoverPosition::Elsewhere { .. } => None,
        })
        .show(ui, |plot| {
            plot.hline(
                HLine::new("", 0.0)
                    .color(theme::color(palette.neutral))
                    .width(1.0)
                    .allow_hover(false),
            );
            for (from, _, _) in drawing.stages.iter().skip(1) {
                plot.vline(
                    VLine::new("", from - 0.5)
                        .color(theme::color(palette.grid_line))
                        .width(1.0)
                        .allow_hover(false),
                );
            }
            for t in shown {
                trace_items(plot, project, t, palette);
            }
        });
    response
        .response
        .widget_info(|| WidgetInfo::labeled(egui::Role::Image, true, t!("data-chart-plot")));
    let frame = *response.transform.frame();
    let points: Vec<Rect> = shown
        .iter()
        .flat_map(|t| &t.points)
        .map(|p| geometry::mark_rect(response.transform.position_from_point(p), 5.0))
        .collect();
    gaps_on_plot(ui, &response.transform, callouts, &points, palette);
    stage_names(ui, &response.transform, frame, &drawing.stages);
}

/// The band, line, points and marks of one curve.
fn trace_items<'a>(
    plot: &mut egui_plot::PlotUi<'a>,
    project: &Project,
    t: &'a Trace,
    palette: &Palette,
) {
    let color = t.persona.map_or_else(
        || theme::color(palette.text),
        |p| theme::color(project.persona_color(p)),
    );
    let style = geometry::kind_style(t.kind);
    let (xs, lo, hi) = &t.band;
    if style.band && xs.len() >= 2 {
        plot.add(
            FilledArea::new(t.name.as_str(), xs, lo, hi)
                .fill_color(color.gamma_multiply(0.18))
                .allow_hover(false),
        );
    }
    let line_style = match style.dash {
        Dash::Solid => LineStyle::Solid,
        // egui_plot leaves a gap of 0.618 dash.
        Dash::Dashed { dash, .. } => LineStyle::Dashed { length: dash },
        Dash::Dotted { spacing } => LineStyle::Dotted { spacing },
    };
    plot.line(
        Line::new(t.name.as_str(), PlotPoints::Borrowed(&t.points))
            .color(color)
            .width(style.width)
            .style(line_style),
    );
    let shape = match style.marker {
        Marker::Circle => MarkerShape::Circle,
        Marker::Square => MarkerShape::Square,
        Marker::Triangle => MarkerShape::Up,
    };
    plot.points(
        Points::new(t.name.as_str(), PlotPoints::Borrowed(&t.points))
            .color(color)
            .radius(style.radius)
            .shape(shape),
    );
    if !t.moments.is_empty() {
        plot.points(
            Points::new(
                t!("data-chart-moment-of-truth"),
                PlotPoints::Borrowed(&t.moments),
            )
            .shape(MarkerShape::Diamond)
            .radius(8.0)
            .filled(false)
            .color(theme::color(palette.highlight))
            .allow_hover(false),
        );
    }
    if !t.pains.is_empty() {
        plot.points(
            Points::new(t!("data-chart-pain-point"), PlotPoints::Borrowed(&t.pains))
                .shape(MarkerShape::Cross)
                .radius(8.0)
                .color(theme::color(palette.negative))
                .allow_hover(false),
        );
    }
}

/// The largest gaps on the plot: a bar from believed to measured (side by side where
/// two gaps share a place) and a label "1 · gap −2.7" numbered as in the list,
/// placed beside its bar where it covers no other label, bar or bar end, and no
/// point of a curve where it can.
fn gaps_on_plot(
    ui: &Ui,
    transform: &PlotTransform,
    callouts: &[&Callout],
    points: &[Rect],
    palette: &Palette,
) {
    let frame = *transform.frame();
    let painter = ui.painter().with_clip_rect(frame);
    let warn = theme::color(palette.warning);
    let font = theme::bold(13.0);
    let mut bars: Vec<(Pos2, Pos2)> = Vec::new();
    for (i, gap) in callouts.iter().take(CALLED_OUT).enumerate() {
        let x = transform.position_from_point_x(gap.x);
        let same_place = callouts
            .iter()
            .take(i)
            .filter(|g| (g.x - gap.x).abs() < 1e-9)
            .count();
        let x = x + 7.0 * same_place as f32;
        bars.push((
            pos2(x, transform.position_from_point_y(gap.believed)),
            pos2(x, transform.position_from_point_y(gap.measured)),
        ));
    }
    let galleys: Vec<_> = callouts
        .iter()
        .take(CALLED_OUT)
        .enumerate()
        .map(|(i, gap)| {
            painter.layout_no_wrap(
                t!(
                    "data-chart-gap-label",
                    number = i + 1,
                    gap = signed(gap.difference())
                ),
                font.clone(),
                warn,
            )
        })
        .collect();
    let pad = vec2(4.0, 1.0);
    let labels: Vec<Label> = bars
        .iter()
        .zip(&galleys)
        .map(|((a, b), g)| Label {
            anchor: Pos2::new(a.x, f32::midpoint(a.y, b.y)),
            size: g.size() + 2.0 * pad,
        })
        .collect();
    let mut obstacles: Vec<Rect> = Vec::new();
    for (a, b) in &bars {
        obstacles.push(Rect::from_two_pos(*a, *b).expand2(vec2(3.0, 0.0)));
        obstacles.push(geometry::mark_rect(*a, 5.0));
        obstacles.push(geometry::mark_rect(*b, 5.0));
    }
    for (a, b) in &bars {
        painter.line_segment([*a, *b], Stroke::new(4.0, warn));
    }
    let placed =
        geometry::place_labels_softly(&labels, &obstacles, points, frame.shrink(2.0), 5.0, 160.0);
    let fill = ui.visuals().extreme_bg_color.gamma_multiply(0.9);
    for ((rect, label), galley) in placed.iter().zip(&labels).zip(galleys) {
        let Some(rect) = rect else { continue };
        if geometry::needs_leader(label.anchor, *rect, 5.0) {
            painter.line_segment(
                [label.anchor, geometry::leader_end(label.anchor, *rect)],
                Stroke::new(1.0, warn),
            );
        }
        painter.rect_filled(*rect, 3.0, fill);
        painter.galley(rect.min + pad, galley, warn);
    }
}

/// The stage names under the plot, each centred on its stage and wrapped to its
/// width (two lines at most, cut with "…").
fn stage_names(ui: &mut Ui, transform: &PlotTransform, frame: Rect, stages: &[(f64, f64, String)]) {
    let (strip, _) =
        ui.allocate_exact_size(vec2(ui.available_width(), NAMES_HEIGHT), Sense::hover());
    let strip = Rect::from_x_y_ranges(frame.x_range(), strip.y_range());
    let painter = ui.painter().with_clip_rect(strip);
    let color = ui.visuals().text_color();
    let font = FontId::proportional(13.0);
    for (from, to, name) in stages {
        let left = transform.position_from_point_x(from - 0.5);
        let right = transform.position_from_point_x(to + 0.5);
        let mut job = egui::text::LayoutJob::simple(
            name.clone(),
            font.clone(),
            color,
            (right - left - 6.0).max(20.0),
        );
        job.wrap.max_rows = 2;
        job.wrap.overflow_character = Some('…');
        job.halign = egui::Align::Center;
        let galley = painter.layout_job(job);
        painter.galley(
            pos2(f32::midpoint(left, right), strip.min.y + 4.0),
            galley,
            color,
        );
    }
}
