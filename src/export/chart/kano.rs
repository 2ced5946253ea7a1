//! The Kano chart as a picture: one square per source (Kano answers, customer
//! data), its region names moved off the dots, each touchpoint labelled beside its
//! dot where the label covers no other label, dot or name; with one square, the list
//! of touchpoints beside it.

use emath::{Pos2, Rect, pos2, vec2};

use super::{Frame, LABEL, SMALL, STRONG, empty};
use crate::analysis::curves::{self, KanoClass};
use crate::analysis::stats::thousands;
use crate::export::svg::Painter;
use crate::layout::chart::{self as geometry, Label};
use crate::model::{Journey, Project};
use crate::t;
use crate::theme::Palette;

/// The radius of a touchpoint's dot on a Kano square.
const KANO_DOT: f32 = 6.0;

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

pub(super) fn kano_chart(
    p: &mut Painter<'_>,
    project: &Project,
    journey: &Journey,
    area: Rect,
    palette: &Palette,
) {
    let answers: Vec<KanoMark> = curves::kano(journey)
        .into_iter()
        .map(|k| KanoMark {
            note: t!("out-kano-answers", count = k.n),
            label: k.label,
            x: k.worse,
            y: k.better,
            class: k.class,
        })
        .collect();
    let derived: Vec<KanoMark> = curves::kano_from_data(project, journey)
        .into_iter()
        .map(|k| KanoMark {
            note: t!("out-kano-n", n = thousands(k.n)),
            label: k.label,
            x: k.penalty,
            y: k.reward,
            class: k.class,
        })
        .collect();
    let squares: Vec<(&str, &[KanoMark], Guides)> = [
        (
            t!("out-kano-from-answers"),
            answers.as_slice(),
            Guides::Quadrants,
        ),
        (
            t!("out-kano-from-data"),
            derived.as_slice(),
            Guides::Asymmetry,
        ),
    ]
    .into_iter()
    .filter(|(_, marks, _)| !marks.is_empty())
    .collect();
    if squares.is_empty() {
        empty(p, area, t!("out-kano-none"), palette);
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
        p.text(pos2(x, y), t!("out-kano-list-head"), STRONG, palette.text);
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

/// One Kano square; returns where the touchpoints' labels went and what they had to
/// keep clear of (region names, dots).
fn kano_square(
    p: &mut Painter<'_>,
    plot: Rect,
    marks: &[KanoMark],
    guides: Guides,
    palette: &Palette,
) -> (Vec<Rect>, Vec<Rect>) {
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
    let names: &[(f64, f64, &str)] = match guides {
        Guides::Quadrants => {
            guide(p, (0.5, 0.0), (0.5, 1.0));
            guide(p, (0.0, 0.5), (1.0, 0.5));
            &[
                (0.25, 0.96, KanoClass::Attractive.label()),
                (0.75, 0.96, KanoClass::Performance.label()),
                (0.25, 0.04, KanoClass::Indifferent.label()),
                (0.75, 0.04, KanoClass::MustBe.label()),
            ]
        }
        Guides::Asymmetry => {
            guide(p, (lo, 0.0), (hi, 0.0));
            guide(p, (0.0, lo), (0.0, hi));
            guide(p, (0.0, 0.0), (hi / 1.5, hi));
            guide(p, (0.0, 0.0), (hi, hi / 1.5));
            &[
                (0.42, 0.97, KanoClass::Attractive.label()),
                (0.8, 0.8, KanoClass::Performance.label()),
                (0.85, 0.2, KanoClass::MustBe.label()),
            ]
        }
    };
    let dots: Vec<Pos2> = marks.iter().map(|k| frame.at(k.x, k.y)).collect();
    let mut obstacles: Vec<Rect> = dots
        .iter()
        .map(|c| geometry::mark_rect(*c, KANO_DOT + 1.0))
        .collect();
    // The region names next (moved off any dot): the labels keep clear of them.
    for (x, y, name) in names {
        let (x, y) = if guides == Guides::Asymmetry {
            (hi * x, hi * y)
        } else {
            (*x, *y)
        };
        let size = p.text_size(name, STRONG);
        let Some(rect) = geometry::region_name(frame.at(x, y), size, &obstacles, plot.shrink(2.0))
        else {
            continue;
        };
        p.text(rect.min, name, STRONG, palette.muted_text);
        obstacles.push(rect.expand(3.0));
    }
    let (x_label, y_label) = match guides {
        Guides::Quadrants => (t!("out-kano-worse"), t!("out-kano-better")),
        Guides::Asymmetry => (t!("out-kano-penalty"), t!("out-kano-reward")),
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
    for (k, c) in marks.iter().zip(&dots) {
        let rgb = match k.class {
            KanoClass::MustBe => palette.negative,
            KanoClass::Performance => palette.highlight,
            KanoClass::Attractive => palette.positive,
            KanoClass::Indifferent | KanoClass::Questionable => palette.neutral,
            KanoClass::Reverse => palette.warning,
        };
        p.circle(*c, KANO_DOT, rgb);
    }
    // Each touchpoint's label beside its dot, clear of the other labels, dots and
    // region names (with a thin line back to its dot when it had to move away).
    let labels: Vec<Label> = marks
        .iter()
        .zip(&dots)
        .map(|(k, c)| Label {
            anchor: *c,
            size: p.text_size(&k.label, SMALL),
        })
        .collect();
    let placed =
        geometry::place_labels(&labels, &obstacles, plot.shrink(2.0), KANO_DOT + 3.0, 160.0);
    let mut out = Vec::new();
    for ((rect, label), k) in placed.iter().zip(&labels).zip(marks) {
        let Some(rect) = *rect else { continue };
        if geometry::needs_leader(label.anchor, rect, KANO_DOT + 3.0) {
            p.line(
                label.anchor,
                geometry::leader_end(label.anchor, rect),
                1.0,
                palette.muted_text.into(),
                None,
            );
        }
        p.text(rect.min, &k.label, SMALL, palette.text);
        out.push(rect);
    }
    (out, obstacles)
}

#[cfg(test)]
mod tests {
    #![allow(
        clippy::unwrap_used,
        reason = "a test fails loudly where it cannot go on"
    )]

    use super::*;
    use crate::examples::EXAMPLES;
    use crate::export::chart::{HEIGHT, WIDTH};
    use crate::layout::chart::tests::disjoint;
    use crate::layout::text::TextEngine;
    use crate::theme::Palette;

    /// The Kano squares of every example, and a crowded one: no label covers another
    /// label, a dot or a region name.
    #[test]
    fn kano_labels_do_not_overlap() {
        let mut engine = TextEngine::new();
        let palette = Palette::light();
        let crowded: Vec<KanoMark> = (0..14)
            .map(|i| KanoMark {
                label: format!("Touchpoint number {i}"),
                x: 0.3 + f64::from(i % 4) * 0.01,
                y: 0.31 + f64::from(i / 4) * 0.012,
                class: KanoClass::Attractive,
                note: String::new(),
            })
            .collect();
        let mut squares: Vec<(Vec<KanoMark>, Guides)> = vec![(crowded, Guides::Quadrants)];
        for example in &EXAMPLES {
            let project = example.project().unwrap();
            for journey in &project.journeys {
                let derived = curves::kano_from_data(&project, journey)
                    .into_iter()
                    .map(|k| KanoMark {
                        label: k.label,
                        x: k.penalty,
                        y: k.reward,
                        class: k.class,
                        note: String::new(),
                    })
                    .collect();
                squares.push((derived, Guides::Asymmetry));
            }
        }
        let mut labelled = 0;
        for (marks, guides) in &squares {
            let mut p = Painter::new(&mut engine, vec2(WIDTH, HEIGHT), palette.background);
            let plot = Rect::from_min_size(pos2(130.0, 170.0), vec2(640.0, 640.0));
            let (labels, obstacles) = kano_square(&mut p, plot, marks, *guides, &palette);
            assert!(disjoint(&labels), "labels overlap: {labels:?}");
            for r in &labels {
                assert!(
                    obstacles.iter().all(|o| !o.intersects(*r)),
                    "{r:?} covers a dot or a name"
                );
                assert!(plot.contains_rect(*r));
            }
            labelled += labels.len();
        }
        // The crowded square's 14 and the airline's 12 at least.
        assert!(labelled >= 26, "{labelled}");
    }
}
