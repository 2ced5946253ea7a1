//! The charts of the curves view as pictures (PNG, SVG, PDF through the one export
//! path): believed against measured curves, by card or by stage, with their legend
//! and the largest gaps ([`satisfaction`]), stage KPIs against target and NPS by
//! stage (here), and the Kano chart ([`kano`]). The data is the view's
//! ([`crate::analysis::curves`]) and so is the geometry of lines and labels
//! ([`crate::layout::chart`]); only the drawing differs.

mod kano;
mod marks;
mod satisfaction;

use emath::{Pos2, Rect, pos2, vec2};

use super::Options;
use super::svg::{Painter, Picture};
use crate::analysis::curves::{self, Chart};
use crate::analysis::stats::thousands;
use crate::i18n::numbers;
use crate::layout::text::{TextEngine, TextStyle, WrappedText};
use crate::model::{Journey, Project, Rgb};
use crate::t;
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
            sub.push_str(" · ");
            sub.push_str(date);
        }
        p.text(pos2(MARGIN, top + 40.0), &sub, SUBTITLE, palette.muted_text);
        top += 80.0;
    }
    let area = Rect::from_min_max(pos2(MARGIN, top), pos2(WIDTH - MARGIN, HEIGHT - MARGIN));
    match chart {
        Chart::Curves | Chart::CurvesByStage => {
            satisfaction::curves_chart(
                &mut p,
                project,
                journey,
                area,
                palette,
                options,
                chart == Chart::CurvesByStage,
            );
        }
        Chart::Kpis => kpi_chart(&mut p, journey, area, palette),
        Chart::Nps => nps_chart(&mut p, project, journey, area, palette),
        Chart::Kano => kano::kano_chart(&mut p, project, journey, area, palette),
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

/// Lines of wrapped text, each centred under `center_top`.
fn centered_block(p: &mut Painter<'_>, center_top: Pos2, text: &WrappedText, rgb: Rgb) {
    for line in &text.lines {
        p.text(
            pos2(
                center_top.x - line.width / 2.0,
                center_top.y + line.offset.y,
            ),
            &line.text,
            text.style,
            rgb,
        );
    }
}

/// Bars of `values` (0..=`max`) with `below` units under them for their labels;
/// returns the frame.
fn bar_frame(
    p: &mut Painter<'_>,
    area: Rect,
    n: usize,
    (max, below): (f64, f32),
    unit: &str,
    palette: &Palette,
) -> Frame {
    let plot = Rect::from_min_max(
        pos2(area.min.x + 60.0, area.min.y + 20.0),
        pos2(area.max.x, area.max.y - below),
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
        let label = if unit == "%" {
            numbers::percent(v, 0)
        } else {
            format!("{}{unit}", numbers::decimal(v, 0))
        };
        axis_label(p, plot, y, &label, palette);
        v += step;
    }
    frame
}

/// A label under bar `i` (at `dy` under the plot), wrapped to the bar's slot, each
/// line centred; returns its height.
fn bar_label(
    p: &mut Painter<'_>,
    frame: &Frame,
    (i, n): (usize, usize),
    dy: f32,
    text: &str,
    style: TextStyle,
    rgb: Rgb,
) -> f32 {
    let slot = frame.rect.width() / n.max(1) as f32 - 8.0;
    let wrapped = p.engine.wrap(text, style, slot, 2);
    let center = pos2(frame.at(i as f64, 0.0).x, frame.rect.max.y + dy);
    centered_block(p, center, &wrapped, rgb);
    wrapped.size.y
}

fn kpi_chart(p: &mut Painter<'_>, journey: &Journey, area: Rect, palette: &Palette) {
    let bars = curves::kpi_bars(journey);
    if bars.is_empty() {
        empty(p, area, t!("out-chart-no-kpis"), palette);
        return;
    }
    let max = bars
        .iter()
        .map(|b| b.ratio * 100.0)
        .fold(120.0, f64::max)
        .ceil();
    let frame = bar_frame(p, area, bars.len(), (max, 110.0), "%", palette);
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
        t!("out-chart-target"),
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
        let value = b.actual_of_target();
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
        let name = t!(
            "out-chart-kpi-name",
            stage = b.stage.as_str(),
            name = b.name.as_str()
        );
        let used = bar_label(p, &frame, (i, n), 10.0, &name, LABEL, palette.text);
        // How far from target, in words: "99.7% of target · 0.01 points short".
        let verdict = t!(
            "out-chart-of-target",
            percent = curves::percent_of_target(b.ratio),
            verdict = b.verdict()
        );
        bar_label(
            p,
            &frame,
            (i, n),
            14.0 + used,
            &verdict,
            STRONG,
            palette.text,
        );
    }
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
        empty(p, area, t!("out-chart-no-nps"), palette);
        return;
    }
    let frame = bar_frame(p, area, stages.len(), (110.0, 70.0), "%", palette);
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
                let label = numbers::percent(share * 100.0, 0);
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
            &t!(
                "out-chart-nps-head",
                score = crate::analysis::evidence::signed_whole(s.nps.score),
                n = thousands(s.n)
            ),
            STRONG,
            palette.text,
        );
        bar_label(p, &frame, (i, n), 10.0, &s.name, LABEL, palette.text);
    }
}
