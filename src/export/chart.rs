//! The charts of the curves view as pictures (PNG, SVG, PDF through the one export
//! path): believed against measured curves with the largest gaps, stage KPIs
//! against target, NPS by stage, and the Kano chart. The data is the view's
//! ([`crate::analysis::curves`]); only the drawing differs.

use emath::{Pos2, Rect, pos2, vec2};

use super::Options;
use super::svg::{Paint, Painter, Picture};
use crate::analysis::curves::{self, Axis, Chart, Gap, KanoClass, Kind, Series};
use crate::analysis::stats::thousands;
use crate::layout::text::{TextEngine, TextStyle};
use crate::model::{Journey, Project, Rgb, VALENCE_MAX, VALENCE_MIN};
use crate::theme::Palette;

/// A 16:9 slide.
const WIDTH: f32 = 1600.0;
const HEIGHT: f32 = 900.0;
const MARGIN: f32 = 48.0;
const TITLE: TextStyle = TextStyle::bold(28.0);
const SUBTITLE: TextStyle = TextStyle::regular(15.0);
const LABEL: TextStyle = TextStyle::regular(14.0);
const STRONG: TextStyle = TextStyle::bold(14.0);
const SMALL: TextStyle = TextStyle::regular(12.0);

/// `chart` of `journey`.
pub fn chart_picture(
    project: &Project,
    journey: &Journey,
    chart: Chart,
    palette: &Palette,
    options: &Options,
    engine: &mut TextEngine,
) -> Picture {
    let mut p = Painter::new(engine, vec2(WIDTH, HEIGHT), palette.background);
    let mut top = MARGIN;
    if options.title {
        p.element(Rect::from_min_size(pos2(MARGIN, top), vec2(WIDTH, 70.0)));
        p.text(
            pos2(MARGIN, top),
            &format!("{} · {}", journey.name, chart.label()),
            TITLE,
            palette.text,
        );
        let mut sub = project.name.clone();
        if let Some(date) = &options.date {
            sub = format!("{sub} · {date}");
        }
        p.text(pos2(MARGIN, top + 40.0), &sub, SUBTITLE, palette.muted_text);
        top += 80.0;
    }
    let area = Rect::from_min_max(pos2(MARGIN, top), pos2(WIDTH - MARGIN, HEIGHT - MARGIN));
    match chart {
        Chart::Curves => curves_chart(&mut p, project, journey, area, palette, options),
        Chart::Kpis => kpi_chart(&mut p, journey, area, palette),
        Chart::Nps => nps_chart(&mut p, project, journey, area, palette),
        Chart::Kano => kano_chart(&mut p, project, journey, area, palette),
    }
    p.finish()
}

fn empty(p: &mut Painter<'_>, area: Rect, text: &str, palette: &Palette) {
    p.element(area);
    p.text_centered(area.center(), text, SUBTITLE, palette.muted_text);
}

/// A value on the y axis, right-aligned left of the plot at height `y`.
fn axis_label(p: &mut Painter<'_>, plot: Rect, y: f32, label: &str, palette: &Palette) {
    let size = p.text_size(label, LABEL);
    p.text(
        pos2(plot.min.x - 10.0 - size.x, y - size.y / 2.0),
        label,
        LABEL,
        palette.muted_text,
    );
}

/// Maps chart values to picture positions.
struct Frame {
    rect: Rect,
    x: (f64, f64),
    y: (f64, f64),
}

impl Frame {
    fn at(&self, x: f64, y: f64) -> Pos2 {
        let fx = (x - self.x.0) / (self.x.1 - self.x.0);
        let fy = (y - self.y.0) / (self.y.1 - self.y.0);
        pos2(
            self.rect.min.x + fx as f32 * self.rect.width(),
            self.rect.max.y - fy as f32 * self.rect.height(),
        )
    }
}

fn curves_chart(
    p: &mut Painter<'_>,
    project: &Project,
    journey: &Journey,
    area: Rect,
    palette: &Palette,
    options: &Options,
) {
    let axis = Axis::of(project, journey);
    let series = curves::series(project, journey, &axis);
    if series.is_empty() {
        empty(
            p,
            area,
            "No emotions or customer ratings on this journey yet",
            palette,
        );
        return;
    }
    let gaps = curves::gaps(&series);
    // Plot on top, then the legend and the largest gaps below.
    let below = if options.legend { 150.0 } else { 110.0 };
    let plot = Rect::from_min_max(
        pos2(area.min.x + 50.0, area.min.y + 30.0),
        pos2(area.max.x, area.max.y - below),
    );
    let last = axis.ticks.len().saturating_sub(1) as f64;
    let frame = Frame {
        rect: plot,
        x: (-0.6, last + 0.6),
        y: (f64::from(VALENCE_MIN) - 0.4, f64::from(VALENCE_MAX) + 0.4),
    };
    p.element(plot.expand(50.0));
    for v in VALENCE_MIN..=VALENCE_MAX {
        let y = frame.at(0.0, f64::from(v)).y;
        let (width, rgb) = if v == 0 {
            (1.5, palette.neutral)
        } else {
            (1.0, palette.grid_line)
        };
        p.line(
            pos2(plot.min.x, y),
            pos2(plot.max.x, y),
            width,
            rgb.into(),
            None,
        );
        axis_label(p, plot, y, &curves::signed(f64::from(v)), palette);
    }
    for (i, s) in axis.stages.iter().enumerate() {
        if i > 0 {
            let x = frame.at(s.from - 0.5, 0.0).x;
            p.line(
                pos2(x, plot.min.y - 24.0),
                pos2(x, plot.max.y),
                1.0,
                palette.grid_line.into(),
                None,
            );
        }
        let center = frame.at(f64::midpoint(s.from, s.to), 0.0).x;
        p.text_centered(
            pos2(center, plot.min.y - 14.0),
            &s.name,
            STRONG,
            palette.text,
        );
    }
    for s in &series {
        series_marks(p, project, s, &frame, palette);
    }
    for gap in gaps.iter().take(3) {
        let a = frame.at(gap.x, gap.believed);
        let b = frame.at(gap.x, gap.measured);
        p.line(a, b, 4.0, palette.warning.into(), None);
        let label = format!("gap {}", curves::signed(gap.difference()));
        let size = p.text_size(&label, STRONG);
        p.text(
            pos2(a.x + 8.0, f32::midpoint(a.y, b.y) - size.y / 2.0),
            &label,
            STRONG,
            palette.warning,
        );
    }

    let mut y = plot.max.y + 20.0;
    let text = curves::scale_note(project);
    p.element(Rect::from_min_size(
        pos2(area.min.x, y),
        vec2(area.width(), below),
    ));
    p.text(pos2(area.min.x, y), &text, SMALL, palette.muted_text);
    y += 24.0;
    if options.legend {
        let mut x = area.min.x;
        let mut seen: Vec<(String, Rgb)> = Vec::new();
        for s in &series {
            let rgb = color_of(project, s, palette);
            if !seen.iter().any(|(l, _)| *l == s.label) {
                seen.push((s.label.clone(), rgb));
            }
        }
        for (label, rgb) in seen {
            p.line(
                pos2(x, y + 9.0),
                pos2(x + 28.0, y + 9.0),
                3.0,
                rgb.into(),
                None,
            );
            p.text(pos2(x + 36.0, y), &label, LABEL, palette.text);
            x += 56.0 + p.text_size(&label, LABEL).x;
        }
        for (label, shape) in [("Moment of truth", 0), ("Pain point", 1)] {
            let c = pos2(x + 8.0, y + 9.0);
            if shape == 0 {
                diamond(p, c, 8.0, palette.highlight);
            } else {
                cross(p, c, 7.0, palette.negative);
            }
            p.text(pos2(x + 22.0, y), label, LABEL, palette.text);
            x += 46.0 + p.text_size(label, LABEL).x;
        }
        y += 30.0;
    }
    p.text(pos2(area.min.x, y), "Largest gaps", STRONG, palette.text);
    y += 22.0;
    if gaps.is_empty() {
        p.text(
            pos2(area.min.x, y),
            "None yet: no card has both a workshop emotion and customer ratings.",
            LABEL,
            palette.muted_text,
        );
    }
    for (i, gap) in gaps.iter().take(3).enumerate() {
        p.text(
            pos2(area.min.x, y),
            &gap_line(project, &axis, i, gap),
            LABEL,
            palette.text,
        );
        y += 20.0;
    }
}

fn gap_line(project: &Project, axis: &Axis, i: usize, gap: &Gap) -> String {
    let (title, who) = (axis.label_of(gap.card), gap.who(project));
    format!(
        "{}. {title} ({who}): {} (gap {}, n {})",
        i + 1,
        gap.summary(),
        curves::signed(gap.difference()),
        thousands(gap.n)
    )
}

fn color_of(project: &Project, s: &Series, palette: &Palette) -> Rgb {
    s.persona.map_or(palette.text, |p| project.persona_color(p))
}

fn series_marks(
    p: &mut Painter<'_>,
    project: &Project,
    s: &Series,
    frame: &Frame,
    palette: &Palette,
) {
    let rgb = color_of(project, s, palette);
    let at: Vec<Pos2> = s.points.iter().map(|q| frame.at(q.x, q.value)).collect();
    if s.kind == Kind::Measured {
        let banded: Vec<&curves::Point> = s.points.iter().filter(|q| q.band.is_some()).collect();
        if banded.len() >= 2 {
            let mut outline: Vec<Pos2> = banded
                .iter()
                .filter_map(|q| q.band.map(|b| frame.at(q.x, b.1)))
                .collect();
            outline.extend(
                banded
                    .iter()
                    .rev()
                    .filter_map(|q| q.band.map(|b| frame.at(q.x, b.0))),
            );
            p.polygon(&outline, Paint::new(rgb, 0.18));
        }
    }
    let (width, dash) = match s.kind {
        Kind::Believed => (2.5, Some((9.0, 6.0))),
        Kind::ToBe => (2.0, Some((2.0, 5.0))),
        Kind::Measured => (3.5, None),
    };
    for pair in at.windows(2) {
        p.line(pair[0], pair[1], width, rgb.into(), dash);
    }
    for (q, c) in s.points.iter().zip(&at) {
        match s.kind {
            Kind::Measured => p.circle(*c, 5.0, rgb),
            Kind::Believed => p.rect(Rect::from_center_size(*c, vec2(8.0, 8.0)), 0.0, rgb),
            Kind::ToBe => p.polygon(
                &[
                    *c + vec2(0.0, -6.0),
                    *c + vec2(5.5, 4.0),
                    *c + vec2(-5.5, 4.0),
                ],
                rgb,
            ),
        }
        if s.kind == Kind::Believed && q.moment_of_truth {
            diamond(p, *c, 11.0, palette.highlight);
        }
        if s.kind == Kind::Believed && q.pain_point {
            cross(p, *c + vec2(0.0, 14.0), 5.0, palette.negative);
        }
    }
}

fn diamond(p: &mut Painter<'_>, c: Pos2, r: f32, rgb: Rgb) {
    p.polygon_outline(
        &[
            c + vec2(0.0, -r),
            c + vec2(r, 0.0),
            c + vec2(0.0, r),
            c + vec2(-r, 0.0),
        ],
        2.0,
        rgb.into(),
    );
}

fn cross(p: &mut Painter<'_>, c: Pos2, r: f32, rgb: Rgb) {
    p.line(c + vec2(-r, -r), c + vec2(r, r), 2.5, rgb.into(), None);
    p.line(c + vec2(-r, r), c + vec2(r, -r), 2.5, rgb.into(), None);
}

/// Bars of `values` (0..=`max`) with labels under them; returns the frame.
fn bar_frame(
    p: &mut Painter<'_>,
    area: Rect,
    n: usize,
    max: f64,
    unit: &str,
    palette: &Palette,
) -> Frame {
    let plot = Rect::from_min_max(
        pos2(area.min.x + 60.0, area.min.y + 20.0),
        pos2(area.max.x, area.max.y - 70.0),
    );
    let frame = Frame {
        rect: plot,
        x: (-0.5, n as f64 - 0.5),
        y: (0.0, max),
    };
    p.element(plot.expand(60.0));
    let step = if max > 100.0 { 50.0 } else { 20.0 };
    let mut v = 0.0;
    while v <= max + 1e-9 {
        let y = frame.at(0.0, v).y;
        p.line(
            pos2(plot.min.x, y),
            pos2(plot.max.x, y),
            1.0,
            palette.grid_line.into(),
            None,
        );
        axis_label(p, plot, y, &format!("{v:.0}{unit}"), palette);
        v += step;
    }
    frame
}

/// A label under bar `i`, wrapped to the bar's slot.
fn bar_label(
    p: &mut Painter<'_>,
    frame: &Frame,
    i: usize,
    n: usize,
    text: &str,
    palette: &Palette,
) {
    let slot = frame.rect.width() / n.max(1) as f32 - 8.0;
    let wrapped = p.engine.wrap(text, LABEL, slot, 2);
    let x = frame.at(i as f64, 0.0).x - wrapped.size.x / 2.0;
    p.text_block(pos2(x, frame.rect.max.y + 10.0), &wrapped, palette.text);
}

fn kpi_chart(p: &mut Painter<'_>, journey: &Journey, area: Rect, palette: &Palette) {
    let bars = curves::kpi_bars(journey);
    if bars.is_empty() {
        empty(
            p,
            area,
            "No stage KPIs with a target and an actual value",
            palette,
        );
        return;
    }
    let max = bars
        .iter()
        .map(|b| b.ratio * 100.0)
        .fold(120.0, f64::max)
        .ceil();
    let frame = bar_frame(p, area, bars.len(), max, "%", palette);
    let target = frame.at(0.0, 100.0).y;
    p.line(
        pos2(frame.rect.min.x, target),
        pos2(frame.rect.max.x, target),
        2.0,
        palette.text.into(),
        Some((8.0, 5.0)),
    );
    p.text(
        pos2(frame.rect.min.x + 4.0, target - 22.0),
        "target",
        STRONG,
        palette.text,
    );
    let n = bars.len();
    for (i, b) in bars.iter().enumerate() {
        let top = frame.at(i as f64 - 0.3, b.ratio * 100.0);
        let bottom = frame.at(i as f64 + 0.3, 0.0);
        let rgb = if b.off_target {
            palette.warning
        } else {
            palette.positive
        };
        p.rect(Rect::from_two_pos(top, bottom), 3.0, rgb);
        let value = format!("{} of {} {}", short(b.actual), short(b.target), b.unit);
        // Inside the bar's top when it is tall enough, clear of the target line.
        let (y, rgb) = if bottom.y - top.y > 40.0 {
            (top.y + 16.0, palette.card_text)
        } else {
            (top.y - 12.0, palette.text)
        };
        p.text_centered(
            pos2(f32::midpoint(top.x, bottom.x), y),
            value.trim(),
            STRONG,
            rgb,
        );
        bar_label(
            p,
            &frame,
            i,
            n,
            &format!("{}: {}", b.stage, b.name),
            palette,
        );
    }
}

fn short(v: f64) -> String {
    let text = format!("{v:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

fn nps_chart(
    p: &mut Painter<'_>,
    project: &Project,
    journey: &Journey,
    area: Rect,
    palette: &Palette,
) {
    let stages = curves::nps_by_stage(project, journey, None);
    if stages.is_empty() {
        empty(p, area, "No 0–10 answers mapped onto this journey", palette);
        return;
    }
    let frame = bar_frame(p, area, stages.len(), 110.0, "%", palette);
    let n = stages.len();
    for (i, s) in stages.iter().enumerate() {
        let mut base = 0.0;
        for (share, rgb) in [
            (s.nps.detractors, palette.negative),
            (s.nps.passives, palette.neutral),
            (s.nps.promoters, palette.positive),
        ] {
            let top = frame.at(i as f64 - 0.3, (base + share) * 100.0);
            let bottom = frame.at(i as f64 + 0.3, base * 100.0);
            p.rect(Rect::from_two_pos(top, bottom), 0.0, rgb);
            if share >= 0.06 {
                let label = format!("{:.0}%", share * 100.0);
                p.text_centered(
                    Rect::from_two_pos(top, bottom).center(),
                    &label,
                    STRONG,
                    palette.card_text,
                );
            }
            base += share;
        }
        let head = frame.at(i as f64, 104.0);
        p.text_centered(
            head,
            &format!("NPS {:+.0} · n {}", s.nps.score, thousands(s.n)),
            STRONG,
            palette.text,
        );
        bar_label(p, &frame, i, n, &s.name, palette);
    }
}

/// One touchpoint on a Kano square.
struct KanoMark {
    label: String,
    x: f64,
    y: f64,
    class: KanoClass,
    /// "12 answers", "n 13,524".
    note: String,
}

/// How a Kano square is divided.
#[derive(Clone, Copy, PartialEq)]
enum Guides {
    /// Better against worse, split at 0.5 into the four classes.
    Quadrants,
    /// Reward against penalty, split by asymmetry ±0.2 (attractive, performance,
    /// must-be).
    Asymmetry,
}

fn kano_chart(
    p: &mut Painter<'_>,
    project: &Project,
    journey: &Journey,
    area: Rect,
    palette: &Palette,
) {
    let answers: Vec<KanoMark> = curves::kano(journey)
        .into_iter()
        .map(|k| KanoMark {
            note: format!("{} answers", k.n),
            label: k.label,
            x: k.worse,
            y: k.better,
            class: k.class,
        })
        .collect();
    let derived: Vec<KanoMark> = curves::kano_from_data(project, journey)
        .into_iter()
        .map(|k| KanoMark {
            note: format!("n {}", thousands(k.n)),
            label: k.label,
            x: k.penalty,
            y: k.reward,
            class: k.class,
        })
        .collect();
    let squares: Vec<(&str, &[KanoMark], Guides)> = [
        ("From Kano answers", answers.as_slice(), Guides::Quadrants),
        (
            "From customer data (penalty-reward)",
            derived.as_slice(),
            Guides::Asymmetry,
        ),
    ]
    .into_iter()
    .filter(|(_, marks, _)| !marks.is_empty())
    .collect();
    if squares.is_empty() {
        empty(p, area, "No Kano answers on this journey", palette);
        return;
    }
    let slots = if squares.len() == 1 { 1.6 } else { 2.0 };
    let side = (area.height() - 90.0).min(area.width() / slots - 110.0);
    let mut x = area.min.x + 80.0;
    for (title, marks, guides) in &squares {
        let plot = Rect::from_min_size(pos2(x, area.min.y + 36.0), vec2(side, side));
        p.element(plot.expand(80.0));
        p.text(pos2(plot.min.x, area.min.y), title, STRONG, palette.text);
        kano_square(p, plot, marks, *guides, palette);
        x = plot.max.x + 140.0;
    }
    if let [(_, marks, _)] = squares.as_slice() {
        // One square: the list of touchpoints beside it.
        let mut y = area.min.y + 36.0;
        p.text(pos2(x, y), "Touchpoint · class", STRONG, palette.text);
        y += 26.0;
        for k in *marks {
            p.text(
                pos2(x, y),
                &format!("{} · {} · {}", k.label, k.class.label(), k.note),
                LABEL,
                palette.text,
            );
            y += 22.0;
        }
    }
}

fn kano_square(
    p: &mut Painter<'_>,
    plot: Rect,
    marks: &[KanoMark],
    guides: Guides,
    palette: &Palette,
) {
    let (lo, hi) = match guides {
        Guides::Quadrants => (0.0, 1.0),
        Guides::Asymmetry => {
            let values = marks.iter().flat_map(|k| [k.x, k.y]);
            let lo = values.clone().fold(0.0, f64::min);
            let hi = values.fold(0.1, f64::max);
            let pad = (hi - lo) * 0.08;
            (lo - pad, hi + pad)
        }
    };
    let frame = Frame {
        rect: plot,
        x: (lo, hi),
        y: (lo, hi),
    };
    p.rect_border(plot, 0.0, 1.0, palette.grid_line);
    let guide = |p: &mut Painter<'_>, a: (f64, f64), b: (f64, f64)| {
        p.line(
            frame.at(a.0, a.1),
            frame.at(b.0, b.1),
            1.0,
            palette.muted_text.into(),
            Some((5.0, 4.0)),
        );
    };
    match guides {
        Guides::Quadrants => {
            guide(p, (0.5, 0.0), (0.5, 1.0));
            guide(p, (0.0, 0.5), (1.0, 0.5));
            for (x, y, name) in [
                (0.25, 0.96, "Attractive"),
                (0.75, 0.96, "Performance"),
                (0.25, 0.04, "Indifferent"),
                (0.75, 0.04, "Must-be"),
            ] {
                p.text_centered(frame.at(x, y), name, STRONG, palette.muted_text);
            }
        }
        Guides::Asymmetry => {
            guide(p, (lo, 0.0), (hi, 0.0));
            guide(p, (0.0, lo), (0.0, hi));
            guide(p, (0.0, 0.0), (hi / 1.5, hi));
            guide(p, (0.0, 0.0), (hi, hi / 1.5));
            for (x, y, name) in [
                (hi * 0.42, hi * 0.97, "Attractive"),
                (hi * 0.8, hi * 0.8, "Performance"),
                (hi * 0.85, hi * 0.2, "Must-be"),
            ] {
                p.text_centered(frame.at(x, y), name, STRONG, palette.muted_text);
            }
        }
    }
    let (x_label, y_label) = match guides {
        Guides::Quadrants => ("Worse: dissatisfaction when absent →", "Better ↑"),
        Guides::Asymmetry => ("Penalty: less satisfied when rated low →", "Reward ↑"),
    };
    p.text_centered(
        pos2(plot.center().x, plot.max.y + 22.0),
        x_label,
        LABEL,
        palette.text,
    );
    p.text(
        pos2(plot.min.x - 72.0, plot.min.y - 4.0),
        y_label,
        LABEL,
        palette.text,
    );
    for k in marks {
        let c = frame.at(k.x, k.y);
        let rgb = match k.class {
            KanoClass::MustBe => palette.negative,
            KanoClass::Performance => palette.highlight,
            KanoClass::Attractive => palette.positive,
            KanoClass::Indifferent | KanoClass::Questionable => palette.neutral,
            KanoClass::Reverse => palette.warning,
        };
        p.circle(c, 6.0, rgb);
        p.text(pos2(c.x + 9.0, c.y - 8.0), &k.label, SMALL, palette.text);
    }
}
