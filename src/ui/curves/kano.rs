//! The Kano charts: classes from the Kano answers entered in the inspector (better
//! against worse, in quadrants) and derived from customer data (reward against
//! penalty). A key of the classes sits above the plots, not on them; each
//! touchpoint is labelled beside its dot where the label covers no other label, dot
//! or region name (with a thin line back to the dot when it had to move away). Also
//! the choice of the overall-satisfaction column the derived classes need.

use egui::{Color32, ComboBox, FontId, Pos2, Rect, RichText, Sense, Stroke, Ui, vec2};
use egui_plot::{
    HLine, Line, LineStyle, Plot, PlotPoint, PlotPoints, PlotTransform, Points, VLine,
};

use crate::analysis::curves::{DerivedKano, KanoClass, KanoPoint};
use crate::app::Action;
use crate::i18n::numbers;
use crate::layout::chart::{self as geometry, Label};
use crate::model::Project;
use crate::t;
use crate::theme::Palette;
use crate::ui::{theme, widgets};

/// The radius of a touchpoint's dot.
const DOT: f32 = 6.0;

pub(super) fn kano_ui(
    ui: &mut Ui,
    project: &Project,
    answers: &[KanoPoint],
    derived: &[DerivedKano],
    palette: &Palette,
    actions: &mut Vec<Action>,
) {
    ui.label(RichText::new(t!("kpi-kano-hint")).weak());
    outcome_ui(ui, project, actions);
    if answers.is_empty() && derived.is_empty() {
        widgets::empty_state(ui, t!("kpi-kano-empty-title"), t!("kpi-kano-empty-text"));
        return;
    }
    key_ui(ui, answers, derived, palette);
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

/// The classes drawn, each with its colour: above the plots, so it covers no dot.
fn key_ui(ui: &mut Ui, answers: &[KanoPoint], derived: &[DerivedKano], palette: &Palette) {
    ui.horizontal_wrapped(|ui| {
        for class in KanoClass::ALL {
            let present = answers.iter().any(|k| k.class == class)
                || derived.iter().any(|k| k.class == class);
            if present {
                let (rect, _) = ui.allocate_exact_size(vec2(14.0, 14.0), Sense::hover());
                ui.painter()
                    .circle_filled(rect.center(), DOT, kano_color(class, palette));
                ui.label(class.label());
                ui.add_space(6.0);
            }
        }
    });
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
            let label = ui.label(t!("kpi-kano-outcome", dataset = d.name.as_str()));
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
                    t!("kpi-kano-choose-column")
                } else {
                    outcome.column.as_str()
                })
                .width(220.0)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut outcome.column, String::new(), t!("kpi-kano-none"));
                    for c in &candidates {
                        ui.selectable_value(&mut outcome.column, c.name.clone(), &c.name);
                    }
                })
                .response
                .labelled_by(label.id);
            if let Some((index, column)) = d.column(&outcome.column) {
                if column.kind == ColumnKind::Category {
                    let said = ui.label(t!("kpi-kano-satisfied-when"));
                    ComboBox::from_id_salt(("kano satisfied", d.id))
                        .selected_text(if outcome.satisfied.is_empty() {
                            t!("kpi-kano-choose")
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
                    ui.label(RichText::new(t!("kpi-kano-top-two")).weak());
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
                label: crate::said!("kpi-kano-undo-outcome"),
                gesture: None,
            });
        }
    }
}

/// One touchpoint on a Kano plot: where, its class, its label and what hovering says.
struct Dot<'a> {
    at: [f64; 2],
    class: KanoClass,
    label: &'a str,
    hover: String,
}

/// What divides a Kano plot into classes.
enum Regions {
    /// Better against worse, split at 0.5 into four quadrants.
    Quadrants,
    /// Reward against penalty, split by the asymmetry lines (±0.2) that part
    /// attractive, performance and must-be; `top` is the largest value.
    Asymmetry { top: f64 },
}

impl Regions {
    /// The region names and where their centres are.
    fn names(&self) -> Vec<([f64; 2], &'static str)> {
        match *self {
            Regions::Quadrants => vec![
                ([0.25, 1.0], KanoClass::Attractive.label()),
                ([0.75, 1.0], KanoClass::Performance.label()),
                ([0.25, 0.0], KanoClass::Indifferent.label()),
                ([0.75, 0.0], KanoClass::MustBe.label()),
            ],
            Regions::Asymmetry { top } => vec![
                ([top * 0.25, top * 0.92], KanoClass::Attractive.label()),
                ([top * 0.82, top * 0.82], KanoClass::Performance.label()),
                ([top * 0.88, top * 0.18], KanoClass::MustBe.label()),
            ],
        }
    }
}

/// Classes from the Kano answers: better against worse, in quadrants.
fn kano_answers_plot(ui: &mut Ui, kano: &[KanoPoint], palette: &Palette) {
    ui.label(RichText::new(t!("kpi-kano-from-answers")).strong());
    let dots: Vec<Dot<'_>> = kano
        .iter()
        .map(|k| Dot {
            at: [k.worse, k.better],
            class: k.class,
            label: &k.label,
            hover: format!(
                "{}\n{} · {}",
                k.label,
                k.class.label(),
                t!(
                    "kpi-kano-answers-hover",
                    better = numbers::decimal(k.better, 2),
                    worse = numbers::decimal(k.worse, 2),
                    count = k.n
                )
            ),
        })
        .collect();
    let plot = Plot::new("kano_chart")
        .include_x(-0.05)
        .include_x(1.05)
        .include_y(-0.05)
        .include_y(1.05)
        .x_axis_label(t!("kpi-kano-worse-axis"))
        .y_axis_label(t!("kpi-kano-better-axis"));
    kano_plot(ui, plot, &dots, &Regions::Quadrants, palette);
}

/// Derived classes: reward against penalty, with the asymmetry lines.
fn kano_data_plot(ui: &mut Ui, derived: &[DerivedKano], palette: &Palette) {
    ui.label(RichText::new(t!("kpi-kano-from-data")).strong());
    let dots: Vec<Dot<'_>> = derived
        .iter()
        .map(|k| Dot {
            at: [k.penalty, k.reward],
            class: k.class,
            label: &k.label,
            hover: format!(
                "{}\n{} · {}",
                k.label,
                k.class.label(),
                t!(
                    "kpi-kano-data-hover",
                    reward = crate::ui::data_overview::signed(k.reward * 100.0),
                    penalty = crate::ui::data_overview::signed(k.penalty * 100.0),
                    n = k.n,
                    source = k.source.as_str()
                )
            ),
        })
        .collect();
    let top = derived
        .iter()
        .flat_map(|k| [k.reward, k.penalty])
        .fold(0.1, f64::max)
        * 1.15;
    let plot = Plot::new("kano_data_chart")
        .include_x(0.0)
        .include_x(top)
        .include_y(0.0)
        .include_y(top)
        .x_axis_label(t!("kpi-kano-penalty-axis"))
        .y_axis_label(t!("kpi-kano-reward-axis"));

    kano_plot(ui, plot, &dots, &Regions::Asymmetry { top }, palette);
}

/// A Kano plot: its guides, a dot per touchpoint (hover says more), then the region
/// names and the touchpoints' labels painted over it where they fit.
fn kano_plot(ui: &mut Ui, plot: Plot<'_>, dots: &[Dot<'_>], regions: &Regions, palette: &Palette) {
    let guide = theme::color(palette.muted_text);
    let response = plot
        .allow_scroll(false)
        .data_aspect(1.0)
        .x_axis_formatter(super::axis_number)
        .y_axis_formatter(super::axis_number)
        .label_formatter(|position| match position {
            egui_plot::HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } => dots
                .iter()
                .find(|d| {
                    d.class.label() == *plot_name
                        && (d.at[0] - position.x).abs() < 1e-9
                        && (d.at[1] - position.y).abs() < 1e-9
                })
                .map(|d| d.hover.clone()),
            egui_plot::HoverPosition::Elsewhere { .. } => None,
        })
        .show(ui, |plot| {
            match *regions {
                Regions::Quadrants => {
                    plot.hline(
                        HLine::new("", 0.5)
                            .color(guide)
                            .width(1.5)
                            .allow_hover(false),
                    );
                    plot.vline(
                        VLine::new("", 0.5)
                            .color(guide)
                            .width(1.5)
                            .allow_hover(false),
                    );
                }
                Regions::Asymmetry { top } => {
                    // Asymmetry 0.2: reward = 1.5 × penalty; −0.2: reward = penalty / 1.5.
                    for slope in [1.5_f64, 1.0 / 1.5] {
                        plot.line(
                            Line::new(
                                "",
                                PlotPoints::from(vec![
                                    [0.0, 0.0],
                                    [top / slope.max(1.0), top * slope.min(1.0)],
                                ]),
                            )
                            .color(guide)
                            .style(LineStyle::dashed_dense())
                            .allow_hover(false),
                        );
                    }
                }
            }
            for class in KanoClass::ALL {
                let points: Vec<[f64; 2]> = dots
                    .iter()
                    .filter(|d| d.class == class)
                    .map(|d| d.at)
                    .collect();
                if !points.is_empty() {
                    plot.points(
                        Points::new(class.label(), PlotPoints::from(points))
                            .radius(DOT)
                            .color(kano_color(class, palette)),
                    );
                }
            }
        });
    labels_on_plot(ui, &response.transform, dots, regions, guide);
}

/// The region names (where they are) and each touchpoint's label, placed beside its
/// dot clear of the other labels, the dots and the names.
fn labels_on_plot(
    ui: &Ui,
    transform: &PlotTransform,
    dots: &[Dot<'_>],
    regions: &Regions,
    guide: Color32,
) {
    let frame = *transform.frame();
    let painter = ui.painter().with_clip_rect(frame);
    let text = ui.visuals().text_color();
    let at = |xy: [f64; 2]| transform.position_from_point(&PlotPoint::new(xy[0], xy[1]));
    let inside = frame.shrink(2.0);
    let mut obstacles: Vec<Rect> = dots
        .iter()
        .map(|d| geometry::mark_rect(at(d.at), DOT + 1.0))
        .collect();
    for (xy, name) in regions.names() {
        let galley = painter.layout_no_wrap(name.to_owned(), theme::bold(13.0), guide);
        let Some(rect) = geometry::region_name(at(xy), galley.size(), &obstacles, inside) else {
            continue;
        };
        painter.galley(rect.min, galley, guide);
        obstacles.push(rect.expand(2.0));
    }
    let font = FontId::proportional(12.5);
    let galleys: Vec<_> = dots
        .iter()
        .map(|d| painter.layout_no_wrap(d.label.to_owned(), font.clone(), text))
        .collect();
    let labels: Vec<Label> = dots
        .iter()
        .zip(&galleys)
        .map(|(d, g)| Label {
            anchor: at(d.at),
            size: g.size(),
        })
        .collect();
    let placed = geometry::place_labels(&labels, &obstacles, inside, DOT + 3.0, 140.0);
    for ((rect, label), galley) in placed.iter().zip(&labels).zip(galleys) {
        let Some(rect) = rect else { continue };
        if geometry::needs_leader(label.anchor, *rect, DOT + 3.0) {
            let from: Pos2 = label.anchor;
            painter.line_segment(
                [from, geometry::leader_end(from, *rect)],
                Stroke::new(1.0, guide),
            );
        }
        painter.galley(rect.min, galley, text);
    }
}
