//! Model → geometry of a journey map, in map units (1 unit = 1 point at 100% zoom):
//! phase bands, stage columns, lane rows, cards with their wrapped text and footer,
//! the emotion curves with their markers, and the links between cards. No painting
//! here: the canvas paints this, and exporters draw the same picture from it.

mod card;
pub mod chart;
mod curve;
mod data;
mod key;
mod links;
mod map;
pub mod style;
pub mod text;

use std::collections::BTreeMap;
use std::sync::Arc;

use emath::{Rect, Vec2, pos2, vec2};

pub use curve::{Curve, CurvePoint, EmotionBand, MeasuredCurve};
pub use data::Evidence;
pub use key::{CurveKey, KEY_STRIP, measured_legend};
pub use links::bezier_point;
pub use map::*;
use text::{TextEngine, TextStyle, WrappedText};

use crate::model::{
    CardColoring, CardId, Journey, LaneId, LaneKind, PersonaId, Phase, Project, Rgb, StageId,
    VoteId,
};
use crate::theme::Palette;

/// Sizes and text styles of the map's parts at 100% zoom.
#[derive(Clone, Debug, PartialEq)]
pub struct Metrics {
    /// Width of the column holding lane names.
    pub lane_header_width: f32,
    /// Height of the band naming the phases (before / during / after).
    pub phase_height: f32,
    /// Height of the row holding stage names.
    pub stage_header_height: f32,
    /// Width of a stage whose relative width is 1.
    pub stage_width: f32,
    /// Minimum height of a lane whose relative height is 1.
    pub lane_height: f32,
    /// Space between cards, and between cards and the cell's edges.
    pub card_gap: f32,
    /// Space between a card's edge and its text.
    pub card_padding: f32,
    pub min_card_height: f32,
    pub card_title: TextStyle,
    /// Lines of title a card shows before cutting it with "…".
    pub card_title_lines: usize,
    pub card_footer: TextStyle,
    pub footer_height: f32,
    pub stage_name: TextStyle,
    pub lane_name: TextStyle,
    pub phase_label: TextStyle,
    /// Height of the chart at the top of an emotion lane, the strip of its key
    /// ([`KEY_STRIP`]) included.
    pub emotion_band_height: f32,
    /// The widest a card gets: a stage wider than that holds its cards side by side,
    /// in rows (presentation). Infinite on the canvas: one card across a stage.
    pub max_card_width: f32,
}

impl Default for Metrics {
    fn default() -> Self {
        Self {
            lane_header_width: 200.0,
            phase_height: 30.0,
            stage_header_height: 58.0,
            stage_width: 240.0,
            lane_height: 100.0,
            card_gap: 10.0,
            card_padding: 9.0,
            min_card_height: 54.0,
            card_title: TextStyle::regular(13.0),
            card_title_lines: 3,
            card_footer: TextStyle::regular(10.5),
            footer_height: 16.0,
            stage_name: TextStyle::bold(15.0),
            lane_name: TextStyle::bold(14.0),
            phase_label: TextStyle::bold(12.5),
            emotion_band_height: 175.0,
            max_card_width: f32::INFINITY,
        }
    }
}

/// What to lay out and how.
#[derive(Clone, Copy, Debug)]
pub struct LayoutInput<'a> {
    pub project: &'a Project,
    pub journey: &'a Journey,
    pub palette: &'a Palette,
    pub metrics: &'a Metrics,
    /// Show only the cards that apply to this persona (and its curve).
    pub persona: Option<PersonaId>,
    /// Show the dots of this vote on the cards (with ranks once it is closed).
    pub vote: Option<VoteId>,
}

/// Lays out a journey map. Cards stack top to bottom in their cell, in the journey's
/// card order; a lane grows to fit its fullest cell.
pub fn layout(input: &LayoutInput<'_>, engine: &mut TextEngine) -> MapLayout {
    let evidence = Evidence::of(input.project, input.journey, input.palette);
    layout_with(input, &evidence, engine)
}

/// [`layout`] with what the customer data says on the map computed before (the same
/// `project` and `journey`, at any metrics).
#[expect(
    clippy::too_many_lines,
    reason = "one pass over stages, lanes and cards reads best in one place"
)]
pub fn layout_with(
    input: &LayoutInput<'_>,
    evidence: &Evidence,
    engine: &mut TextEngine,
) -> MapLayout {
    let LayoutInput {
        project,
        journey,
        palette,
        metrics: m,
        persona,
        vote,
    } = *input;
    let stage_index: BTreeMap<StageId, usize> = journey
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id, i))
        .collect();
    let lane_index: BTreeMap<LaneId, usize> = journey
        .lanes
        .iter()
        .enumerate()
        .map(|(i, l)| (l.id, i))
        .collect();
    let (n_stages, n_lanes) = (journey.stages.len(), journey.lanes.len());
    let emotion_lane = journey
        .lanes
        .iter()
        .position(|l| l.kind == LaneKind::Emotions);

    // Columns.
    let top = m.phase_height + m.stage_header_height;
    let mut x = m.lane_header_width;
    let mut stage_x = Vec::with_capacity(n_stages);
    for stage in &journey.stages {
        let width = m.stage_width * stage.width;
        stage_x.push((x, width));
        x += width;
    }
    let map_right = x;

    // Data lanes: the figures of each stage come first in their cells.
    let figures = &evidence.figures;
    let mut data_drafts: Vec<DataDraft> = Vec::new();
    let mut cell_fill = vec![0.0f32; n_stages * n_lanes];
    for (l, lane) in journey.lanes.iter().enumerate() {
        if lane.kind != LaneKind::Data {
            continue;
        }
        for (s, lines) in figures.iter().enumerate() {
            let Some(&(_, stage_width)) = stage_x.get(s) else {
                continue;
            };
            if lines.is_empty() {
                continue;
            }
            // One figure a line; side by side where the stage holds cards side by side.
            let (across, column) = cards_across(stage_width, m);
            let width = column - 2.0 * m.card_padding;
            let wrapped: Vec<(Arc<WrappedText>, Rgb)> = lines
                .iter()
                .map(|(text, color)| (engine.wrap(text, m.card_footer, width.max(10.0), 2), *color))
                .collect();
            let mut placed = Vec::with_capacity(wrapped.len());
            let mut y = m.card_padding;
            for row in wrapped.chunks(across) {
                let mut tallest = 0.0f32;
                for (k, (text, color)) in row.iter().enumerate() {
                    let x = m.card_padding + k as f32 * (column + m.card_gap);
                    tallest = tallest.max(text.size.y);
                    placed.push((vec2(x, y), Arc::clone(text), *color));
                }
                y += tallest + 3.0;
            }
            let height = y + m.card_padding;
            if let Some(fill) = cell_fill.get_mut(l * n_stages + s) {
                *fill = height + m.card_gap;
            }
            data_drafts.push((s, l, placed, height));
        }
    }

    // Cards: size them, then stack them per cell (in rows, where a stage holds more
    // than one card across).
    let mut drafts: Vec<CardDraft> = Vec::with_capacity(journey.cards.len());
    // Per cell: the top of the row being filled, its height, the cards in it.
    let mut rows = vec![(0.0f32, 0.0f32, 0usize); n_stages * n_lanes];
    for (index, card) in journey.cards.iter().enumerate() {
        let (Some(&s), Some(&l)) = (stage_index.get(&card.stage), lane_index.get(&card.lane))
        else {
            continue;
        };
        if persona.is_some_and(|p| !card.applies_to(p)) {
            continue;
        }
        let Some(&(_, stage_width)) = stage_x.get(s) else {
            continue;
        };
        let (across, width) = cards_across(stage_width, m);
        let title = engine.wrap(
            &card.title,
            m.card_title,
            width - 2.0 * m.card_padding,
            m.card_title_lines,
        );
        let has_footer = card.channel.is_some()
            || card.emotion.is_some()
            || card.moment_of_truth
            || card.pain_point
            || !card.personas.is_empty();
        let height = (2.0 * m.card_padding
            + title.size.y.max(title.line_height)
            + if has_footer {
                m.footer_height + 4.0
            } else {
                0.0
            })
        .max(m.min_card_height);
        let (Some(fill), Some(row)) = (
            cell_fill.get_mut(l * n_stages + s),
            rows.get_mut(l * n_stages + s),
        ) else {
            continue;
        };
        let (row_top, row_height, in_row) = row;
        if *in_row == 0 || *in_row >= across {
            // A new row below what the cell holds so far.
            *row_top = *fill;
            *row_height = 0.0;
            *in_row = 0;
        }
        let x_in_cell = *in_row as f32 * (width + m.card_gap);
        let y_in_cell = *row_top;
        *row_height = row_height.max(height);
        *in_row += 1;
        *fill = *row_top + *row_height + m.card_gap;
        drafts.push(CardDraft {
            index,
            stage: s,
            lane: l,
            x_in_cell,
            y_in_cell,
            size: vec2(width, height),
            title,
            has_footer,
        });
    }

    // Rows: a lane grows to fit its fullest cell (below the chart in an emotion lane).
    let mut y = top;
    let mut lane_y = Vec::with_capacity(n_lanes);
    for (l, lane) in journey.lanes.iter().enumerate() {
        let band = if Some(l) == emotion_lane {
            m.emotion_band_height
        } else {
            0.0
        };
        let fullest = (0..n_stages)
            .filter_map(|s| cell_fill.get(l * n_stages + s).copied())
            .fold(0.0, f32::max);
        let needed = band + m.card_gap + fullest;
        let height = (m.lane_height * lane.height)
            .max(needed)
            .max(band + m.lane_height * 0.5);
        lane_y.push((y, height, band));
        y += height;
    }
    let size = vec2(map_right, y);

    let stages = journey
        .stages
        .iter()
        .zip(&stage_x)
        .map(|(s, &(x, w))| StageBox {
            id: s.id,
            header: Rect::from_min_size(pos2(x, m.phase_height), vec2(w, m.stage_header_height)),
            column: Rect::from_min_max(pos2(x, top), pos2(x + w, size.y)),
            // Room on the right for the lock.
            name: engine.wrap(
                &s.name,
                m.stage_name,
                w - if s.locked { LOCK_ROOM + 20.0 } else { 20.0 },
                2,
            ),
            accent: s.color,
            locked: s.locked,
        })
        .collect();
    let lanes = journey
        .lanes
        .iter()
        .zip(&lane_y)
        .map(|(l, &(y, h, _))| LaneBox {
            id: l.id,
            kind: l.kind,
            header: Rect::from_min_size(pos2(0.0, y), vec2(m.lane_header_width, h)),
            row: Rect::from_min_max(pos2(m.lane_header_width, y), pos2(size.x, y + h)),
            // Room on the left for the lane's icon (and on the right for the lock).
            name: engine.wrap(
                l.title(),
                m.lane_name,
                m.lane_header_width - if l.locked { LOCK_ROOM + 46.0 } else { 46.0 },
                3,
            ),
            accent: l.color,
            locked: l.locked,
        })
        .collect();

    // Consecutive stages of the same phase share one band.
    let mut phase_spans: Vec<(Phase, f32, f32)> = Vec::new();
    for (stage, &(x, w)) in journey.stages.iter().zip(&stage_x) {
        match phase_spans.last_mut() {
            Some((phase, _, right)) if *phase == stage.phase => *right = x + w,
            _ => phase_spans.push((stage.phase, x, x + w)),
        }
    }
    let phases = phase_spans
        .into_iter()
        .map(|(phase, left, right)| PhaseBand {
            phase,
            rect: Rect::from_min_max(pos2(left, 0.0), pos2(right, m.phase_height)),
            fill: palette.phase(phase),
            label: engine.wrap(
                phase.label(),
                m.phase_label,
                (right - left - 20.0).max(10.0),
                1,
            ),
        })
        .collect();

    // Believed against measured, once for the gap tags and the measured curves.
    let series = &evidence.series;
    let gaps = card_gaps(series.as_deref().unwrap_or_default(), persona);
    let votes = vote.and_then(|id| journey.vote(id));
    let ranks: BTreeMap<CardId, (usize, u32)> = votes.map_or_else(BTreeMap::new, |v| {
        crate::ops::votes::ranking(journey, v.id)
            .into_iter()
            .map(|r| (r.card, (r.rank, r.dots)))
            .collect()
    });
    let mut cell_counts = vec![0; n_stages * n_lanes];
    for d in &drafts {
        if let Some(n) = cell_counts.get_mut(d.lane * n_stages + d.stage) {
            *n += 1;
        }
    }
    let cards: Vec<CardBox> = drafts
        .into_iter()
        .filter_map(|d| {
            let card = journey.cards.get(d.index)?;
            let (x, _) = *stage_x.get(d.stage)?;
            let (y, _, band) = *lane_y.get(d.lane)?;
            let min = pos2(
                x + m.card_gap + d.x_in_cell,
                y + band + m.card_gap + d.y_in_cell,
            );
            let rect = Rect::from_min_size(min, d.size);
            let lane_kind = journey
                .lanes
                .get(d.lane)
                .map_or(LaneKind::Custom, |l| l.kind);
            let fill = card
                .color
                .unwrap_or_else(|| match project.settings.card_colors {
                    CardColoring::ByEmotion => card.emotion.as_ref().map_or_else(
                        || palette.lane_card(lane_kind),
                        |e| palette.emotion_card(e.valence),
                    ),
                    CardColoring::ByLane => palette.lane_card(lane_kind),
                });
            let gap = gaps.get(&card.id);
            let (footer, dots) = if d.has_footer {
                card::footer(project, card, rect, m, palette, engine, gap.is_none())
            } else {
                (Vec::new(), Vec::new())
            };
            let gap = gap
                .filter(|_| d.has_footer)
                .map(|g| card::gap_tag(project, g, rect, m, palette, engine));
            Some(CardBox {
                id: card.id,
                index: d.index,
                rect,
                fill,
                pain_point: card.pain_point,
                moment_of_truth: card.moment_of_truth,
                title_pos: rect.min + vec2(m.card_padding, m.card_padding),
                title: d.title,
                footer,
                dots,
                evidence: card::evidence_mark(project, card, rect, palette),
                gap,
                votes: votes
                    .zip(ranks.get(&card.id))
                    .map(|(v, &(rank, dots))| card::vote_tag(v, rank, dots, rect, m, engine)),
            })
        })
        .collect();

    let emotion_band = emotion_lane.and_then(|l| {
        let (y, _, band) = *lane_y.get(l)?;
        let lane = journey.lanes.get(l)?;
        Some(EmotionBand::new(
            lane.id,
            Rect::from_min_max(pos2(m.lane_header_width, y), pos2(size.x, y + band)),
        ))
    });
    let curves = emotion_band.as_ref().map_or_else(Vec::new, |band| {
        curve::curves(project, journey, band, &stage_x, persona, palette)
    });
    let measured = match (&emotion_band, &series) {
        (Some(band), Some(series)) => curve::measured_curves(&curves, series, band),
        _ => Vec::new(),
    };
    let legend = emotion_band.as_ref().and_then(|band| {
        key::key(
            &curves,
            !measured.is_empty(),
            band.rect.min + key::KEY_AT,
            palette,
            engine,
        )
    });
    let links = links::links(journey, &cards, palette, engine);
    let by_id = cards.iter().enumerate().map(|(i, c)| (c.id, i)).collect();
    let data = data_drafts
        .into_iter()
        .filter_map(|(s, l, wrapped, height)| {
            let &(x, w) = stage_x.get(s)?;
            let &(y, _, band) = lane_y.get(l)?;
            let rect = Rect::from_min_size(
                pos2(x + m.card_gap, y + band + m.card_gap),
                vec2(w - 2.0 * m.card_gap, height),
            );
            let lines = wrapped
                .into_iter()
                .map(|(offset, text, color)| (rect.min + offset, text, color))
                .collect();
            Some(DataCell { rect, lines })
        })
        .collect();

    MapLayout {
        size,
        locked: journey.locked,
        phases,
        stages,
        lanes,
        cards,
        emotion_band,
        curves,
        measured,
        legend,
        links,
        data,
        cell_counts,
        by_id,
    }
}

/// Room kept in a header for the lock of a locked stage or lane, in map units.
pub const LOCK_ROOM: f32 = 16.0;

/// A data-lane cell before the rows are placed: stage, lane, its wrapped lines with
/// their places in the cell and colours, its height.
type DataDraft = (usize, usize, Vec<(Vec2, Arc<WrappedText>, Rgb)>, f32);

/// How many cards a stage of `stage_width` holds side by side, and their width.
fn cards_across(stage_width: f32, m: &Metrics) -> (usize, f32) {
    let room = stage_width - m.card_gap;
    let across = ((room / (m.max_card_width + m.card_gap)).ceil() as usize).max(1);
    let width = room / across as f32 - m.card_gap;
    (across, width)
}

struct CardDraft {
    index: usize,
    stage: usize,
    lane: usize,
    x_in_cell: f32,
    y_in_cell: f32,
    size: Vec2,
    title: Arc<WrappedText>,
    has_footer: bool,
}

/// The smallest gap a card is tagged with, on the emotion scale (−3..+3).
pub const GAP_TAGGED: f64 = 1.0;

/// Each card's largest gap of at least [`GAP_TAGGED`] (over the personas shown).
fn card_gaps(
    series: &[crate::analysis::curves::Series],
    persona: Option<crate::model::PersonaId>,
) -> BTreeMap<CardId, crate::analysis::curves::Gap> {
    let mut out = BTreeMap::new();
    for gap in crate::analysis::curves::gaps(series) {
        if gap.difference().abs() >= GAP_TAGGED && persona.is_none_or(|p| gap.persona == Some(p)) {
            // Largest first: the first of each card is its largest.
            out.entry(gap.card).or_insert(gap);
        }
    }
    out
}

#[cfg(test)]
mod tests;
