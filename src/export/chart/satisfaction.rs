//! The curves chart as a picture, card by card or by stage: stage names over the
//! plot, the emotion scale (−3…+3) beside it, each kind's line as the curves view
//! draws it ([`crate::layout::chart::kind_style`]), the largest gaps called out with
//! labels that never stack; under it the note, the legend and the list of gaps.

use emath::{Pos2, Rect, Vec2, pos2, vec2};

use super::marks::{cross, diamond, marker, sample, stroke};
use super::{Frame, LABEL, SMALL, STRONG, axis_label, centered_block, empty};
use crate::analysis::curves::{self, Axis, Callout, Kind, Plotted, Series};
use crate::analysis::stats::thousands;
use crate::export::Options;
use crate::export::svg::{Paint, Painter};
use crate::layout::chart::{self as geometry, Label};
use crate::model::{Journey, Project, Rgb, VALENCE_MAX, VALENCE_MIN};
use crate::t;
use crate::theme::Palette;

/// Where the parts of the curves chart went: the plot, the legend under it, and the
/// gap labels on it (what the tests check for overlaps).
#[derive(Debug)]
pub(super) struct CurvesLayout {
    plot: Rect,
    legend: Option<Rect>,
    gap_labels: Vec<Rect>,
}

/// One curve to draw, card by card or by stage.
struct Drawn<'s, P> {
    series: &'s Series<P>,
    rgb: Rgb,
}

pub(super) fn curves_chart(
    p: &mut Painter<'_>,
    project: &Project,
    journey: &Journey,
    area: Rect,
    palette: &Palette,
    options: &Options,
    by_stage: bool,
) -> CurvesLayout {
    let axis = Axis::of(project, journey);
    let series = curves::series(project, journey, &axis);
    if series.is_empty() {
        empty(p, area, t!("out-curves-none"), palette);
        return CurvesLayout {
            plot: area,
            legend: None,
            gap_labels: Vec::new(),
        };
    }
    if by_stage {
        let stages = curves::by_stage(project, &axis, &series);
        let callouts = curves::callouts(&stages, |q| q.name.clone());
        let places: Vec<(f64, f64, &str)> = axis
            .stages
            .iter()
            .enumerate()
            .map(|(i, s)| (i as f64, i as f64, s.name.as_str()))
            .collect();
        curves_picture(
            p, project, &stages, &callouts, &places, area, palette, options, true,
        )
    } else {
        let callouts = curves::callouts(&series, |q| axis.label_of(q.card).to_owned());
        let places: Vec<(f64, f64, &str)> = axis
            .stages
            .iter()
            .map(|s| (s.from, s.to, s.name.as_str()))
            .collect();
        curves_picture(
            p, project, &series, &callouts, &places, area, palette, options, false,
        )
    }
}

/// The curves chart in either mode: stage names over the plot, the emotion scale
/// (−3…+3) beside it, the curves, the largest gaps called out; under it the note,
/// the legend (each kind's line as drawn) and the list of gaps.
#[expect(
    clippy::too_many_arguments,
    reason = "the chart, its data and where it goes"
)]
fn curves_picture<P: Plotted>(
    p: &mut Painter<'_>,
    project: &Project,
    series: &[Series<P>],
    callouts: &[Callout],
    places: &[(f64, f64, &str)],
    area: Rect,
    palette: &Palette,
    options: &Options,
    by_stage: bool,
) -> CurvesLayout {
    let mut layout = CurvesLayout {
        plot: area,
        legend: None,
        gap_labels: Vec::new(),
    };
    let drawn: Vec<Drawn<'_, P>> = series
        .iter()
        .map(|s| Drawn {
            series: s,
            rgb: s
                .persona
                .map_or(palette.text, |id| project.persona_color(id)),
        })
        .collect();
    // Stage names on top (two lines), the plot, then the note, legend and gaps.
    let below = if options.legend { 170.0 } else { 120.0 };
    let plot = Rect::from_min_max(
        pos2(area.min.x + 50.0, area.min.y + 44.0),
        pos2(area.max.x, area.max.y - below),
    );
    layout.plot = plot;
    let last = places.last().map_or(0.0, |(_, to, _)| *to);
    let frame = Frame {
        rect: plot,
        x: (-0.6, last + 0.6),
        y: (f64::from(VALENCE_MIN) - 0.4, f64::from(VALENCE_MAX) + 0.4),
    };
    p.element(plot.expand2(vec2(50.0, 44.0)));
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
    for (i, (from, to, name)) in places.iter().enumerate() {
        let left = frame.at(from - 0.5, 0.0).x;
        let right = frame.at(to + 0.5, 0.0).x;
        if i > 0 && !by_stage {
            p.line(
                pos2(left, plot.min.y - 40.0),
                pos2(left, plot.max.y),
                1.0,
                palette.grid_line.into(),
                None,
            );
        }
        let wrapped = p
            .engine
            .wrap(name, STRONG, (right - left - 10.0).max(20.0), 2);
        let top = plot.min.y - 8.0 - wrapped.size.y;
        centered_block(
            p,
            pos2(f32::midpoint(left, right), top),
            &wrapped,
            palette.text,
        );
    }
    for d in &drawn {
        series_marks(p, d, &frame, palette);
    }
    let points: Vec<Rect> = series
        .iter()
        .flat_map(|s| &s.points)
        .map(|q| geometry::mark_rect(frame.at(q.x(), q.value()), 6.0))
        .collect();
    layout.gap_labels = gap_callouts(p, callouts, &points, &frame, palette);

    let mut y = plot.max.y + 20.0;
    p.element(Rect::from_min_size(
        pos2(area.min.x, y),
        vec2(area.width(), below),
    ));
    let note = curves::scale_note(project, by_stage);
    let note = p.engine.wrap(&note, SMALL, area.width(), 2);
    p.text_block(pos2(area.min.x, y), &note, palette.muted_text);
    y += note.size.y + 8.0;
    if options.legend {
        let rect = legend(
            p,
            &drawn,
            callouts,
            pos2(area.min.x, y),
            area.max.x,
            palette,
        );
        y = rect.max.y + 12.0;
        layout.legend = Some(rect);
    }
    p.text(
        pos2(area.min.x, y),
        t!("out-gaps-title"),
        STRONG,
        palette.text,
    );
    y += 22.0;
    if callouts.is_empty() {
        p.text(
            pos2(area.min.x, y),
            t!("out-gaps-none"),
            LABEL,
            palette.muted_text,
        );
    }
    for (i, gap) in callouts.iter().take(CALLED_OUT).enumerate() {
        let n = if by_stage {
            t!("out-gaps-customers", count = gap.n, n = thousands(gap.n))
        } else {
            thousands(gap.n)
        };
        let line = t!(
            "out-gaps-line",
            rank = i + 1,
            title = gap.title.as_str(),
            who = gap.who(project),
            summary = gap.summary(),
            gap = curves::signed(gap.difference()),
            n = n
        );
        p.text(pos2(area.min.x, y), &line, LABEL, palette.text);
        y += 20.0;
    }
    layout
}

/// How many gaps are called out on the chart.
const CALLED_OUT: usize = 3;

/// The largest gaps on the plot: a bar from believed to measured (side by side where
/// two share a place) and a label "1 · gap −2.7" numbered as in the list, placed
/// where it covers no other label, bar or bar end, and no point of a curve where it
/// can. Returns the labels' rectangles.
fn gap_callouts(
    p: &mut Painter<'_>,
    callouts: &[Callout],
    points: &[Rect],
    frame: &Frame,
    palette: &Palette,
) -> Vec<Rect> {
    let mut bars: Vec<(Pos2, Pos2)> = Vec::new();
    for (i, gap) in callouts.iter().take(CALLED_OUT).enumerate() {
        let same_place = callouts
            .iter()
            .take(i)
            .filter(|g| (g.x - gap.x).abs() < 1e-9)
            .count();
        let shift = vec2(8.0 * same_place as f32, 0.0);
        bars.push((
            frame.at(gap.x, gap.believed) + shift,
            frame.at(gap.x, gap.measured) + shift,
        ));
    }
    let texts: Vec<String> = callouts
        .iter()
        .take(CALLED_OUT)
        .enumerate()
        .map(|(i, gap)| {
            t!(
                "out-gaps-callout",
                rank = i + 1,
                gap = curves::signed(gap.difference())
            )
        })
        .collect();
    let pad = vec2(5.0, 2.0);
    let labels: Vec<Label> = bars
        .iter()
        .zip(&texts)
        .map(|((a, b), text)| Label {
            anchor: pos2(a.x, f32::midpoint(a.y, b.y)),
            size: p.text_size(text, STRONG) + 2.0 * pad,
        })
        .collect();
    let mut obstacles: Vec<Rect> = Vec::new();
    for (a, b) in &bars {
        obstacles.push(Rect::from_two_pos(*a, *b).expand2(vec2(3.0, 0.0)));
        obstacles.push(geometry::mark_rect(*a, 6.0));
        obstacles.push(geometry::mark_rect(*b, 6.0));
    }
    for (a, b) in &bars {
        p.line(*a, *b, 4.0, palette.warning.into(), None);
    }
    let placed = geometry::place_labels_softly(
        &labels,
        &obstacles,
        points,
        frame.rect.shrink(2.0),
        6.0,
        200.0,
    );
    let mut out = Vec::new();
    for ((rect, label), text) in placed.iter().zip(&labels).zip(&texts) {
        let Some(rect) = *rect else { continue };
        if geometry::needs_leader(label.anchor, rect, 6.0) {
            p.line(
                label.anchor,
                geometry::leader_end(label.anchor, rect),
                1.0,
                palette.warning.into(),
                None,
            );
        }
        p.rect(rect, 3.0, Paint::new(palette.background, 0.9));
        p.text(rect.min + pad, text, STRONG, palette.warning);
        out.push(rect);
    }
    out
}

/// The legend under the plot, in rows: each persona's colour, each kind's line as it
/// is drawn (in the text colour), and the marks. Returns the area it took.
fn legend<P: Plotted>(
    p: &mut Painter<'_>,
    drawn: &[Drawn<'_, P>],
    callouts: &[Callout],
    origin: Pos2,
    right: f32,
    palette: &Palette,
) -> Rect {
    const ROW: f32 = 26.0;
    const SAMPLE: f32 = 60.0;
    let mut at = origin;
    let mut used = Rect::from_min_size(origin, Vec2::ZERO);
    // Makes room for an entry `width` wide, on the next row when it does not fit.
    let place = |at: &mut Pos2, width: f32, used: &mut Rect| -> Pos2 {
        if at.x + width > right && at.x > origin.x {
            *at = pos2(origin.x, at.y + ROW);
        }
        let start = *at;
        at.x += width + 28.0;
        *used = used.union(Rect::from_min_size(start, vec2(width, ROW - 6.0)));
        start
    };
    let mut seen: Vec<(&str, Rgb)> = Vec::new();
    for d in drawn {
        if !seen.iter().any(|(l, _)| *l == d.series.label) {
            seen.push((d.series.label.as_str(), d.rgb));
        }
    }
    for (label, rgb) in seen {
        let width = 36.0 + p.text_size(label, LABEL).x;
        let start = place(&mut at, width, &mut used);
        p.rect(
            Rect::from_min_size(start + vec2(0.0, 4.0), vec2(26.0, 12.0)),
            3.0,
            rgb,
        );
        p.text(start + vec2(36.0, 0.0), label, LABEL, palette.text);
    }
    for kind in Kind::ALL {
        if !drawn.iter().any(|d| d.series.kind == kind) {
            continue;
        }
        let text = match kind {
            Kind::Measured => t!("out-legend-measured-band"),
            _ => kind.label(),
        };
        let width = SAMPLE + 10.0 + p.text_size(text, LABEL).x;
        let start = place(&mut at, width, &mut used);
        let mid = start + vec2(0.0, 10.0);
        sample(p, kind, mid, mid + vec2(SAMPLE, 0.0), palette.text);
        p.text(start + vec2(SAMPLE + 10.0, 0.0), text, LABEL, palette.text);
    }
    let moments = drawn
        .iter()
        .any(|d| d.series.points.iter().any(Plotted::moment_of_truth));
    let pains = drawn
        .iter()
        .any(|d| d.series.points.iter().any(Plotted::pain_point));
    for (present, label, mark) in [
        (moments, t!("out-key-moment-of-truth"), 0),
        (pains, t!("out-key-pain-point"), 1),
        (!callouts.is_empty(), t!("out-legend-gap"), 2),
    ] {
        if !present {
            continue;
        }
        let width = 24.0 + p.text_size(label, LABEL).x;
        let start = place(&mut at, width, &mut used);
        let c = start + vec2(8.0, 10.0);
        match mark {
            0 => diamond(p, c, 8.0, palette.highlight),
            1 => cross(p, c, 6.0, palette.negative),
            _ => p.line(
                c - vec2(0.0, 8.0),
                c + vec2(0.0, 8.0),
                4.0,
                palette.warning.into(),
                None,
            ),
        }
        p.text(start + vec2(24.0, 0.0), label, LABEL, palette.text);
    }
    used
}

fn series_marks<P: Plotted>(
    p: &mut Painter<'_>,
    d: &Drawn<'_, P>,
    frame: &Frame,
    palette: &Palette,
) {
    let (s, rgb) = (d.series, d.rgb);
    let style = geometry::kind_style(s.kind);
    let at: Vec<Pos2> = s
        .points
        .iter()
        .map(|q| frame.at(q.x(), q.value()))
        .collect();
    if style.band {
        let banded: Vec<(f64, (f64, f64))> = s
            .points
            .iter()
            .filter_map(|q| Some((q.x(), q.band()?)))
            .collect();
        if banded.len() >= 2 {
            let mut outline: Vec<Pos2> = banded.iter().map(|(x, b)| frame.at(*x, b.1)).collect();
            outline.extend(banded.iter().rev().map(|(x, b)| frame.at(*x, b.0)));
            p.polygon(&outline, Paint::new(rgb, 0.18));
        }
    }
    stroke(p, &at, &style, rgb);
    for (q, c) in s.points.iter().zip(&at) {
        marker(p, *c, &style, rgb);
        if s.kind == Kind::Believed && q.moment_of_truth() {
            diamond(p, *c, 11.0, palette.highlight);
        }
        if s.kind == Kind::Believed && q.pain_point() {
            cross(p, *c + vec2(0.0, 14.0), 5.0, palette.negative);
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(
        clippy::unwrap_used,
        reason = "a test fails loudly where it cannot go on"
    )]

    use super::*;
    use crate::examples::EXAMPLES;
    use crate::export::chart::{HEIGHT, MARGIN, WIDTH};
    use crate::layout::chart::tests::disjoint;
    use crate::layout::text::TextEngine;
    use crate::theme::Palette;

    /// Every example's curves, by card and by stage: the legend sits apart from the
    /// plot, and the gap labels are inside the plot, apart from each other.
    #[test]
    fn legend_and_gap_labels_keep_clear_in_every_example() {
        let mut engine = TextEngine::new();
        let palette = Palette::light();
        let mut called_out = 0;
        for example in &EXAMPLES {
            let project = example.project().unwrap();
            for journey in &project.journeys {
                for by_stage in [false, true] {
                    let mut p = Painter::new(&mut engine, vec2(WIDTH, HEIGHT), palette.background);
                    let area = Rect::from_min_max(
                        pos2(MARGIN, MARGIN + 80.0),
                        pos2(WIDTH - MARGIN, HEIGHT - MARGIN),
                    );
                    let layout = curves_chart(
                        &mut p,
                        &project,
                        journey,
                        area,
                        &palette,
                        &Options::default(),
                        by_stage,
                    );
                    let what = format!(
                        "{} / {} (by stage: {by_stage})",
                        example.file_name, journey.name
                    );
                    if let Some(legend) = layout.legend {
                        assert!(
                            !legend.intersects(layout.plot),
                            "{what}: the legend covers the plot"
                        );
                        assert!(area.contains_rect(legend), "{what}: the legend is cut");
                    }
                    assert!(disjoint(&layout.gap_labels), "{what}: gap labels stack");
                    for r in &layout.gap_labels {
                        assert!(
                            layout.plot.contains_rect(*r),
                            "{what}: a gap label leaves the plot"
                        );
                    }
                    called_out += layout.gap_labels.len();
                }
            }
        }
        // The airline's survey gives three gaps by card and three by stage.
        assert!(called_out >= 6, "{called_out} gap labels");
    }

    /// Two gaps on one card (two personas) get two bars side by side and two labels
    /// apart: the airline's on-board wifi.
    #[test]
    fn gaps_on_one_card_do_not_stack() {
        let project = EXAMPLES[3].project().unwrap();
        let journey = &project.journeys[0];
        let axis = Axis::of(&project, journey);
        let series = curves::series(&project, journey, &axis);
        let callouts = curves::callouts(&series, |q| axis.label_of(q.card).to_owned());
        let top: Vec<f64> = callouts.iter().take(CALLED_OUT).map(|c| c.x).collect();
        assert!(
            top.iter()
                .enumerate()
                .any(|(i, x)| top[i + 1..].contains(x)),
            "two of the three largest gaps share a card: {top:?}"
        );
        let mut engine = TextEngine::new();
        let palette = Palette::light();
        let mut p = Painter::new(&mut engine, vec2(WIDTH, HEIGHT), palette.background);
        let frame = Frame {
            rect: Rect::from_min_size(pos2(100.0, 100.0), vec2(1400.0, 500.0)),
            x: (-0.6, axis.ticks.len() as f64 - 0.4),
            y: (-3.4, 3.4),
        };
        let labels = gap_callouts(&mut p, &callouts, &[], &frame, &palette);
        assert_eq!(labels.len(), CALLED_OUT);
        assert!(disjoint(&labels), "{labels:?}");
    }
}
