//! Links between cards: the arrow from one card to another, and where its label goes
//! (on the curve, clear of cards, arrowheads and other labels).

use std::collections::BTreeMap;

use emath::{Pos2, Rect, Vec2, vec2};

use super::text::{TextEngine, TextStyle};
use super::{CardBox, LinkLabel, LinkPath, Run, style};
use crate::model::{CardId, Journey, LinkId};
use crate::theme::Palette;

/// Arrows between cards that are both on the map: out of the side facing the target,
/// into the side facing the source. Labels are placed once every arrow is known.
pub(super) fn links(
    journey: &Journey,
    cards: &[CardBox],
    palette: &Palette,
    engine: &mut TextEngine,
) -> Vec<LinkPath> {
    let by_id: BTreeMap<CardId, &CardBox> = cards.iter().map(|c| (c.id, c)).collect();
    let mut paths: Vec<LinkPath> = journey
        .links
        .iter()
        .filter_map(|link| {
            let (a, b) = (by_id.get(&link.from)?.rect, by_id.get(&link.to)?.rect);
            let forward = b.center().x >= a.center().x;
            let (start, end, dir) = if (b.center().x - a.center().x).abs() < a.width() * 0.5 {
                // Same column: leave from the bottom or top.
                if b.center().y >= a.center().y {
                    (a.center_bottom(), b.center_top(), vec2(0.0, 1.0))
                } else {
                    (a.center_top(), b.center_bottom(), vec2(0.0, -1.0))
                }
            } else if forward {
                (a.right_center(), b.left_center(), vec2(1.0, 0.0))
            } else {
                (a.left_center(), b.right_center(), vec2(-1.0, 0.0))
            };
            let reach = ((end - start).length() * 0.4).clamp(20.0, 160.0);
            let c1 = start + dir * reach;
            let c2 = end - dir * reach;
            Some(LinkPath {
                id: link.id,
                from: link.from,
                to: link.to,
                bezier: [start, c1, c2, end],
                head: arrow_head(end, dir),
                label: None,
            })
        })
        .collect();
    let texts: BTreeMap<LinkId, &str> = journey
        .links
        .iter()
        .filter(|l| !l.label.trim().is_empty())
        .map(|l| (l.id, l.label.as_str()))
        .collect();
    link_labels(&mut paths, &texts, cards, palette, engine);
    paths
}

/// How far from a curve's middle a label is looked for: rings of this step.
const RINGS: u8 = 12;
const RING_STEP: f32 = 12.0;
const SEARCH: f32 = RINGS as f32 * RING_STEP;

/// Places each link's label on a plate where no card, arrowhead or label placed before
/// covers it: at the curve's middle when that is free, else at the free point of the
/// curve nearest its middle, else at the free place nearest the middle, beside it.
fn link_labels(
    paths: &mut [LinkPath],
    texts: &BTreeMap<LinkId, &str>,
    cards: &[CardBox],
    palette: &Palette,
    engine: &mut TextEngine,
) {
    let style = TextStyle::regular(10.5);
    let pad = style::LINK_LABEL_PAD;
    // What a label may not cover: cards and arrowheads, then the labels placed.
    let mut taken: Vec<Rect> = paths
        .iter()
        .map(|p| Rect::from_points(&p.head).expand(1.0))
        .collect();
    for path in paths.iter_mut() {
        let Some(text) = texts.get(&path.id) else {
            continue;
        };
        let size = vec2(engine.width(text, style), style.size * 1.3);
        let plate_at = |center: Pos2| Rect::from_center_size(center, size).expand(pad);
        // Only cards near the curve can be in the way (a big map has thousands).
        let reach = Rect::from_points(&path.bezier).expand2(size / 2.0 + Vec2::splat(SEARCH + pad));
        let near: Vec<Rect> = cards
            .iter()
            .map(|c| c.rect)
            .filter(|r| r.intersects(reach))
            .collect();
        let free = |plate: Rect| !near.iter().chain(&taken).any(|r| r.intersects(plate));
        // Along the curve, from its middle outwards.
        let along = (0..=16_u8).map(|k| {
            // 0.5, 0.45, 0.55, 0.4, 0.6 ... 0.1, 0.9.
            let off = f32::from(k.div_ceil(2)) * 0.05;
            let t = if k % 2 == 1 { 0.5 - off } else { 0.5 + off };
            bezier_point(&path.bezier, t)
        });
        let middle = bezier_point(&path.bezier, 0.5);
        // Beside the middle, ever further.
        let around = (1..=RINGS).flat_map(|ring| {
            let d = f32::from(ring) * RING_STEP;
            [
                vec2(0.0, -d),
                vec2(0.0, d),
                vec2(-d, 0.0),
                vec2(d, 0.0),
                vec2(-d, -d),
                vec2(d, -d),
                vec2(-d, d),
                vec2(d, d),
            ]
            .map(|off| middle + off)
        });
        let center = along
            .chain(around)
            .find(|c| free(plate_at(*c)))
            .unwrap_or(middle);
        let plate = plate_at(center);
        taken.push(plate);
        path.label = Some(LinkLabel {
            run: Run {
                pos: center - size / 2.0,
                text: (*text).to_owned(),
                style,
                color: palette.muted_text,
            },
            plate,
        });
    }
}

/// The point at `t` (0..1) of a cubic Bézier curve.
pub fn bezier_point(b: &[Pos2; 4], t: f32) -> Pos2 {
    let u = 1.0 - t;
    (b[0].to_vec2() * u * u * u
        + b[1].to_vec2() * 3.0 * u * u * t
        + b[2].to_vec2() * 3.0 * u * t * t
        + b[3].to_vec2() * t * t * t)
        .to_pos2()
}

fn arrow_head(tip: Pos2, dir: Vec2) -> [Pos2; 3] {
    let back = tip - dir * 10.0;
    let side = vec2(-dir.y, dir.x) * 5.0;
    [tip, back + side, back - side]
}
