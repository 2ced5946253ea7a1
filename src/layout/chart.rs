//! Geometry shared by the curves view (egui_plot) and the chart export, so both draw
//! the same chart: how each kind of curve is stroked and marked, and labels (gap
//! callouts, Kano touchpoints) placed beside their marks without overlapping each
//! other, the marks, or the chart's edges.

use crate::t;
use emath::{Pos2, Rect, Vec2, pos2, vec2};

use crate::analysis::curves::Kind;

/// How a curve's line is stroked.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Dash {
    Solid,
    /// Dashes of `dash` units with `gap` between them.
    Dashed {
        dash: f32,
        gap: f32,
    },
    /// Round dots, one every `spacing` units.
    Dotted {
        spacing: f32,
    },
}

/// The mark at each point of a curve.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    Circle,
    Square,
    Triangle,
}

/// How one kind of curve is drawn, on screen and in exports.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KindStyle {
    pub width: f32,
    pub dash: Dash,
    pub marker: Marker,
    /// The marker's radius.
    pub radius: f32,
    /// Whether the 95% band is shaded around the line.
    pub band: bool,
}

/// Believed: dashed with squares; measured: solid and thicker with dots and its 95%
/// band; to-be: dotted with triangles. The line's colour is the persona's.
pub fn kind_style(kind: Kind) -> KindStyle {
    match kind {
        Kind::Believed => KindStyle {
            width: 2.0,
            dash: Dash::Dashed {
                dash: 10.0,
                gap: 6.2,
            },
            marker: Marker::Square,
            radius: 4.0,
            band: false,
        },
        Kind::Measured => KindStyle {
            width: 3.0,
            dash: Dash::Solid,
            marker: Marker::Circle,
            radius: 4.0,
            band: true,
        },
        Kind::ToBe => KindStyle {
            width: 2.0,
            dash: Dash::Dotted { spacing: 6.0 },
            marker: Marker::Triangle,
            radius: 5.0,
            band: false,
        },
    }
}

/// How a kind is drawn, in words: the legend's accessible name and tooltip.
pub fn kind_description(kind: Kind) -> &'static str {
    match kind {
        Kind::Believed => t!("out-curve-believed-drawn"),
        Kind::Measured => t!("out-curve-measured-drawn"),
        Kind::ToBe => t!("out-curve-to-be-drawn"),
    }
}

/// A label to put beside a mark: where the mark is and how large the label is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Label {
    pub anchor: Pos2,
    pub size: Vec2,
}

/// Where each label goes: beside its anchor, `gap` away, trying right, left, above,
/// below and the four corners, then the same further out (up to `reach` away), and
/// taking the first place that is inside `bounds`, clear of `obstacles` (marks,
/// fixed texts) and clear of the labels placed before it, so earlier labels get the
/// nearer places. A label with no free place within reach is `None`: the caller
/// leaves it out (hover and the lists beside the chart still say it).
pub fn place_labels(
    labels: &[Label],
    obstacles: &[Rect],
    bounds: Rect,
    gap: f32,
    reach: f32,
) -> Vec<Option<Rect>> {
    let mut placed: Vec<Rect> = Vec::new();
    labels
        .iter()
        .map(|label| {
            let found = candidates(label, gap, reach).find(|r| {
                bounds.contains_rect(*r)
                    && !obstacles.iter().any(|o| o.intersects(*r))
                    && !placed.iter().any(|p| p.intersects(*r))
            });
            if let Some(r) = found {
                placed.push(r);
            }
            found
        })
        .collect()
}

/// [`place_labels`] that keeps clear of `rather_not` (the curves' points) where it
/// can: a label with no such place is placed again clear only of `obstacles` and of
/// the labels placed.
pub fn place_labels_softly(
    labels: &[Label],
    obstacles: &[Rect],
    rather_not: &[Rect],
    bounds: Rect,
    gap: f32,
    reach: f32,
) -> Vec<Option<Rect>> {
    let all: Vec<Rect> = obstacles.iter().chain(rather_not).copied().collect();
    let mut placed = place_labels(labels, &all, bounds, gap, reach);
    for i in 0..labels.len() {
        if placed[i].is_some() {
            continue;
        }
        let mut hard: Vec<Rect> = obstacles.to_vec();
        hard.extend(placed.iter().flatten());
        placed[i] = place_labels(&labels[i..=i], &hard, bounds, gap, reach)
            .pop()
            .flatten();
    }
    placed
}

/// The places tried for `label`, nearest first.
fn candidates(label: &Label, gap: f32, reach: f32) -> impl Iterator<Item = Rect> {
    let (a, s) = (label.anchor, label.size);
    let step = (s.y * 0.6).max(2.0);
    let rings = ((reach - gap).max(0.0) / step).ceil() as usize + 1;
    (0..rings).flat_map(move |ring| {
        let d = gap + ring as f32 * step;
        let corner = d * std::f32::consts::FRAC_1_SQRT_2;
        [
            pos2(a.x + d, a.y - s.y / 2.0),
            pos2(a.x - d - s.x, a.y - s.y / 2.0),
            pos2(a.x - s.x / 2.0, a.y - d - s.y),
            pos2(a.x - s.x / 2.0, a.y + d),
            pos2(a.x + corner, a.y - corner - s.y),
            pos2(a.x + corner, a.y + corner),
            pos2(a.x - corner - s.x, a.y - corner - s.y),
            pos2(a.x - corner - s.x, a.y + corner),
            // Beside the mark, slid up and down: labels of marks in a column stack
            // there rather than far out.
            pos2(a.x + gap, a.y - s.y / 2.0 - d),
            pos2(a.x + gap, a.y - s.y / 2.0 + d),
            pos2(a.x - gap - s.x, a.y - s.y / 2.0 - d),
            pos2(a.x - gap - s.x, a.y - s.y / 2.0 + d),
        ]
        .map(move |min| Rect::from_min_size(min, s))
    })
}

/// Where a region's name goes (a Kano quadrant's): centred on `center`, moved inside
/// `bounds`, or beside that place when it would cover an obstacle (a dot, a name
/// placed before); `None` when there is no room near it.
pub fn region_name(center: Pos2, size: Vec2, obstacles: &[Rect], bounds: Rect) -> Option<Rect> {
    let rect = Rect::from_center_size(center, size);
    // Kept inside (the quadrant names sit on the plot's edges).
    let rect = rect.translate(vec2(
        (bounds.min.x - rect.min.x).max(0.0) - (rect.max.x - bounds.max.x).max(0.0),
        (bounds.min.y - rect.min.y).max(0.0) - (rect.max.y - bounds.max.y).max(0.0),
    ));
    if !obstacles.iter().any(|o| o.intersects(rect)) {
        return Some(rect);
    }
    let label = Label {
        anchor: rect.center(),
        size,
    };
    place_labels(&[label], obstacles, bounds, 2.0, size.y * 3.0)
        .pop()
        .flatten()
}

/// Whether a label placed at `rect` is far enough from its `anchor` to need a thin
/// line back to it.
pub fn needs_leader(anchor: Pos2, rect: Rect, gap: f32) -> bool {
    rect.distance_to_pos(anchor) > gap * 1.8
}

/// The point of `rect` nearest to `anchor`: where a leader line ends.
pub fn leader_end(anchor: Pos2, rect: Rect) -> Pos2 {
    rect.clamp(anchor)
}

/// A small square around a mark of radius `r`, as an obstacle for labels.
pub fn mark_rect(center: Pos2, r: f32) -> Rect {
    Rect::from_center_size(center, vec2(2.0 * r, 2.0 * r))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// No two of `rects` overlap (the chart tests of the exports use it too).
    pub(crate) fn disjoint(rects: &[Rect]) -> bool {
        rects
            .iter()
            .enumerate()
            .all(|(i, a)| rects.iter().skip(i + 1).all(|b| !a.intersects(*b)))
    }

    #[test]
    fn labels_of_one_place_do_not_stack() {
        // Three gap labels at the same card, like two personas' gaps on one card.
        let bounds = Rect::from_min_size(Pos2::ZERO, vec2(800.0, 400.0));
        let label = Label {
            anchor: pos2(400.0, 200.0),
            size: vec2(70.0, 16.0),
        };
        let placed = place_labels(&[label; 3], &[], bounds, 6.0, 120.0);
        let rects: Vec<Rect> = placed.iter().map(|r| r.unwrap()).collect();
        assert!(disjoint(&rects), "{rects:?}");
        // The first one gets the first choice: right of its mark, centred on it.
        assert_eq!(rects[0].min, pos2(406.0, 192.0));
    }

    #[test]
    fn labels_keep_clear_of_marks_and_inside_the_chart() {
        let bounds = Rect::from_min_size(Pos2::ZERO, vec2(300.0, 200.0));
        // A crowd of marks, and a fixed text in the middle of them.
        let anchors: Vec<Pos2> = (0..10)
            .map(|i| pos2(140.0 + (i % 3) as f32 * 9.0, 90.0 + (i / 3) as f32 * 7.0))
            .collect();
        let mut obstacles: Vec<Rect> = anchors.iter().map(|a| mark_rect(*a, 6.0)).collect();
        obstacles.push(Rect::from_min_size(pos2(130.0, 60.0), vec2(60.0, 14.0)));
        let labels: Vec<Label> = anchors
            .iter()
            .map(|a| Label {
                anchor: *a,
                size: vec2(80.0, 14.0),
            })
            .collect();
        let placed = place_labels(&labels, &obstacles, bounds, 9.0, 150.0);
        let rects: Vec<Rect> = placed.iter().flatten().copied().collect();
        assert_eq!(rects.len(), 10, "room for every label");
        assert!(disjoint(&rects));
        for r in &rects {
            assert!(bounds.contains_rect(*r), "{r:?} is cut");
            assert!(
                obstacles.iter().all(|o| !o.intersects(*r)),
                "{r:?} covers a mark"
            );
        }
    }

    #[test]
    fn a_label_at_the_right_edge_goes_left_and_one_with_no_room_is_left_out() {
        let bounds = Rect::from_min_size(Pos2::ZERO, vec2(200.0, 100.0));
        let at_edge = Label {
            anchor: pos2(195.0, 50.0),
            size: vec2(60.0, 14.0),
        };
        let r = place_labels(&[at_edge], &[], bounds, 6.0, 60.0)[0].unwrap();
        assert!(r.max.x <= 189.0);
        let too_wide = Label {
            anchor: pos2(100.0, 50.0),
            size: vec2(500.0, 14.0),
        };
        assert_eq!(place_labels(&[too_wide], &[], bounds, 6.0, 60.0), [None]);
    }

    #[test]
    fn labels_keep_off_the_curves_where_they_can() {
        let bounds = Rect::from_min_size(Pos2::ZERO, vec2(400.0, 200.0));
        let label = Label {
            anchor: pos2(200.0, 100.0),
            size: vec2(60.0, 14.0),
        };
        // A point right of the mark: the label goes elsewhere.
        let point = mark_rect(pos2(240.0, 100.0), 4.0);
        let r = place_labels_softly(&[label], &[], &[point], bounds, 6.0, 100.0)[0].unwrap();
        assert!(!r.intersects(point));
        // Points everywhere: the label is still placed, clear of the hard obstacles.
        let everywhere = [bounds];
        let bar = Rect::from_min_size(pos2(198.0, 60.0), vec2(4.0, 80.0));
        let r = place_labels_softly(&[label; 2], &[bar], &everywhere, bounds, 6.0, 100.0);
        let (a, b) = (r[0].unwrap(), r[1].unwrap());
        assert!(!a.intersects(bar) && !b.intersects(bar) && !a.intersects(b));
    }

    #[test]
    fn each_kind_is_drawn_its_own_way() {
        let [b, m, t] = [Kind::Believed, Kind::Measured, Kind::ToBe].map(kind_style);
        assert!(matches!(b.dash, Dash::Dashed { .. }) && b.marker == Marker::Square);
        assert!(m.dash == Dash::Solid && m.band && m.width > b.width);
        assert!(matches!(t.dash, Dash::Dotted { .. }) && t.marker == Marker::Triangle);
    }
}
