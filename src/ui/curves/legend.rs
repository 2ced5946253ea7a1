//! The legend above the satisfaction chart (never on it): by card or by stage, a
//! switch per persona in its colour and per kind with a sample of its line as the
//! chart draws it, and the marks drawn on the chart.

use egui::{Color32, Pos2, Rect, RichText, Sense, Shape, Stroke, Ui, WidgetInfo, vec2};

use super::drawing::{Drawing, Trace};
use super::persona_color;
use crate::analysis::curves::{Chart, Kind};
use crate::layout::chart::{self as geometry, Dash, Marker};
use crate::model::{PersonaId, Project};
use crate::t;
use crate::theme::Palette;
use crate::ui::theme;

fn toggle<T: PartialEq>(hidden: &mut Vec<T>, item: T, shown: bool) {
    if shown {
        hidden.retain(|h| *h != item);
    } else if !hidden.contains(&item) {
        hidden.push(item);
    }
}

/// The row above the plot: by card or by stage, a switch per persona (in its colour)
/// and per kind (with a sample of its line), and the marks drawn on the chart.
pub(super) fn legend_ui(
    ui: &mut Ui,
    project: &Project,
    drawing: &Drawing,
    chart: &mut Chart,
    hidden_personas: &mut Vec<Option<PersonaId>>,
    hidden_kinds: &mut Vec<Kind>,
    palette: &Palette,
) {
    ui.horizontal_wrapped(|ui| {
        ui.selectable_value(chart, Chart::Curves, t!("data-chart-by-card"))
            .on_hover_text(t!("data-chart-by-card-tip"));
        ui.selectable_value(chart, Chart::CurvesByStage, t!("data-chart-by-stage"))
            .on_hover_text(t!("data-chart-by-stage-tip"));
        ui.separator();
        ui.label(RichText::new(t!("data-chart-show")).weak());
        let mut personas: Vec<(Option<PersonaId>, &str)> = Vec::new();
        for t in &drawing.traces {
            if !personas.iter().any(|(p, _)| *p == t.persona) {
                let label = t
                    .name
                    .rsplit_once(" · ")
                    .map_or(t.name.as_str(), |(l, _)| l);
                personas.push((t.persona, label));
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
        let ink = ui.visuals().strong_text_color();
        for kind in Kind::ALL {
            if drawing.traces.iter().any(|t| t.kind == kind) {
                // The switch and its line's sample stay together on a row.
                let width = ui.spacing().icon_width
                    + ui.spacing().icon_spacing
                    + text_width(ui, kind.label())
                    + 4.0
                    + SAMPLE.x;
                keep_together(ui, width, |ui| {
                    let mut shown = !hidden_kinds.contains(&kind);
                    if ui.checkbox(&mut shown, kind.label()).changed() {
                        toggle(hidden_kinds, kind, shown);
                    }
                    let (rect, response) = ui.allocate_exact_size(SAMPLE, Sense::hover());
                    paint_sample(ui, rect, kind, ink);
                    let description = t!(
                        "out-label-value",
                        label = kind.label(),
                        value = geometry::kind_description(kind)
                    );
                    response
                        .widget_info(|| WidgetInfo::labeled(egui::Role::Image, true, &description));
                    response.on_hover_text(&description);
                });
            }
        }
        let has = |marks: fn(&Trace) -> bool| drawing.traces.iter().any(marks);
        let marks: [(bool, &str, PaintMark); 3] = [
            (
                has(|t| !t.moments.is_empty()),
                t!("data-chart-moment-of-truth"),
                |p, c, palette| {
                    diamond(p, c, 6.0, theme::color(palette.highlight));
                },
            ),
            (
                has(|t| !t.pains.is_empty()),
                t!("data-chart-pain-point"),
                |p, c, palette| {
                    cross(p, c, 5.0, theme::color(palette.negative));
                },
            ),
            (
                !drawing.callouts.is_empty(),
                t!("data-chart-gap"),
                |p, c, palette| {
                    p.line_segment(
                        [c - vec2(0.0, 7.0), c + vec2(0.0, 7.0)],
                        Stroke::new(4.0, theme::color(palette.warning)),
                    );
                },
            ),
        ];
        if marks.iter().any(|m| m.0) {
            ui.separator();
        }
        for (present, label, paint) in marks {
            if present {
                keep_together(ui, 20.0 + text_width(ui, label), |ui| {
                    let (rect, _) = ui.allocate_exact_size(vec2(16.0, 16.0), Sense::hover());
                    paint(ui.painter(), rect.center(), palette);
                    ui.label(label);
                });
            }
        }
    });
}

/// The size of a line's sample in the legend.
const SAMPLE: egui::Vec2 = egui::vec2(48.0, 16.0);

/// The width of `text` in the body font.
fn text_width(ui: &Ui, text: &str) -> f32 {
    ui.painter()
        .layout_no_wrap(
            text.to_owned(),
            egui::TextStyle::Body.resolve(ui.style()),
            Color32::PLACEHOLDER,
        )
        .size()
        .x
}

/// Adds `add` (about `width` wide) on the wrapping row, on the next row when the
/// rest of this one is too short, so that its parts are not split.
fn keep_together(ui: &mut Ui, width: f32, add: impl FnOnce(&mut Ui)) {
    if ui.available_size_before_wrap().x < width {
        ui.end_row();
    }
    let spacing = ui.spacing().item_spacing.x;
    ui.spacing_mut().item_spacing.x = 4.0;
    add(ui);
    ui.spacing_mut().item_spacing.x = spacing;
    ui.add_space(4.0);
}

/// Paints a mark's icon centred on a point.
type PaintMark = fn(&egui::Painter, Pos2, &Palette);

/// A sample of how `kind` is drawn: its band, line and marker, in `ink`.
fn paint_sample(ui: &Ui, rect: Rect, kind: Kind, ink: Color32) {
    let style = geometry::kind_style(kind);
    let painter = ui.painter();
    // A little space from the switch's text on the left.
    let (a, b) = (rect.left_center() + vec2(6.0, 0.0), rect.right_center());
    if style.band {
        painter.rect_filled(
            Rect::from_min_max(a - vec2(0.0, 5.0), b + vec2(0.0, 5.0)),
            2.0,
            ink.gamma_multiply(0.18),
        );
    }
    match style.dash {
        Dash::Solid => {
            painter.line_segment([a, b], Stroke::new(style.width, ink));
        }
        Dash::Dashed { dash, gap } => {
            painter.extend(Shape::dashed_line(
                &[a, b],
                Stroke::new(style.width, ink),
                dash,
                gap,
            ));
        }
        Dash::Dotted { spacing } => {
            painter.extend(Shape::dotted_line(&[a, b], ink, spacing, style.width));
        }
    }
    marker(painter, a.lerp(b, 0.5), style.marker, style.radius, ink);
}

/// A marker as egui_plot draws it (same size for the same radius).
fn marker(painter: &egui::Painter, c: Pos2, shape: Marker, r: f32, color: Color32) {
    match shape {
        Marker::Circle => {
            painter.circle_filled(c, r, color);
        }
        Marker::Square => {
            let half = r * std::f32::consts::FRAC_1_SQRT_2;
            painter.rect_filled(
                Rect::from_center_size(c, vec2(2.0 * half, 2.0 * half)),
                0.0,
                color,
            );
        }
        Marker::Triangle => {
            let s3 = 3_f32.sqrt() / 2.0;
            painter.add(Shape::convex_polygon(
                vec![
                    c + r * vec2(0.0, -1.0),
                    c + r * vec2(s3, 0.5),
                    c + r * vec2(-s3, 0.5),
                ],
                color,
                Stroke::NONE,
            ));
        }
    }
}

fn diamond(painter: &egui::Painter, c: Pos2, r: f32, color: Color32) {
    painter.add(Shape::closed_line(
        vec![
            c + vec2(0.0, -r),
            c + vec2(r, 0.0),
            c + vec2(0.0, r),
            c + vec2(-r, 0.0),
        ],
        Stroke::new(2.0, color),
    ));
}

fn cross(painter: &egui::Painter, c: Pos2, r: f32, color: Color32) {
    let stroke = Stroke::new(2.0, color);
    painter.line_segment([c + vec2(-r, -r), c + vec2(r, r)], stroke);
    painter.line_segment([c + vec2(-r, r), c + vec2(r, -r)], stroke);
}
