//! Painting a laid-out map on screen. Only what is in view is painted; at low zoom
//! cards are drawn with less detail (blocks, then one mesh of rectangles).

use std::collections::BTreeSet;

use egui::epaint::{CubicBezierShape, Mesh, PathShape, PathStroke};
use egui::{Align2, Color32, Painter, Pos2, Rect, Shape, Stroke, StrokeKind, pos2, vec2};

use super::MapSelection;
use super::view::MapView;
use crate::layout::style as st;
use crate::layout::text::WrappedText;
use crate::layout::{CardBox, MapLayout};
use crate::model::{CardId, Rgb};
use crate::theme::Palette;
use crate::ui::theme::color;

/// How much detail cards get, by zoom.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Detail {
    /// The overview: one mesh of plain rectangles, and each cell's count of cards.
    Dots,
    /// Rounded blocks with their title abridged at a readable size where it fits.
    Blocks,
    /// Everything: text, footer, persona dots.
    Full,
}

/// Card text is 13 units: below this size on screen (points) the card is drawn as a
/// block with its title abridged at [`ABRIDGED_TEXT`] instead.
const FULL_TEXT: f32 = 9.0;

/// The size of abridged titles, in points: legible whatever the zoom; on cards too
/// low for a line of that, a line of the smaller size.
pub(super) const ABRIDGED_TEXT: f32 = super::view::LEGIBLE_TEXT;
pub(super) const SMALLEST_ABRIDGED: f32 = 9.0;

/// Below this zoom a card of the smallest height has no room for a line of
/// [`SMALLEST_ABRIDGED`] text: the map switches to the overview (counts per cell).
const OVERVIEW_BELOW: f32 = 0.25;

impl Detail {
    pub fn for_zoom(zoom: f32) -> Self {
        if zoom * 13.0 >= FULL_TEXT {
            Detail::Full
        } else if zoom >= OVERVIEW_BELOW {
            Detail::Blocks
        } else {
            Detail::Dots
        }
    }
}

/// Where things are drawn on screen. The header row (phase bands and stage names)
/// and the header column (lane names) never grow past their size at 100% and stay
/// in view when the map is scrolled past them, like the frozen headers of a sheet.
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    pub canvas: Rect,
    pub view: MapView,
    /// Scale of the headers: the zoom, but at most 1.
    pub header_scale: f32,
    /// Top of the header row on screen.
    pub block_top: f32,
    /// Left of the header column on screen.
    pub column_left: f32,
}

impl Frame {
    pub fn new(canvas: Rect, view: MapView, map: &MapLayout) -> Self {
        Self::with_header_scale(canvas, view, map, view.zoom.min(1.0))
    }

    /// A frame whose headers grow with the zoom up to `header_scale` (presentation:
    /// stage and lane names as large as the cards).
    pub fn with_header_scale(
        canvas: Rect,
        view: MapView,
        map: &MapLayout,
        header_scale: f32,
    ) -> Self {
        let size = header_size(map);
        let rows_top = view.screen_from_map(canvas, pos2(0.0, size.y)).y;
        let columns_left = view.screen_from_map(canvas, pos2(size.x, 0.0)).x;
        Self {
            canvas,
            view,
            header_scale,
            block_top: (rows_top - size.y * header_scale).max(canvas.min.y),
            column_left: (columns_left - size.x * header_scale).max(canvas.min.x),
        }
    }

    pub fn rect(&self, rect_in_map: Rect) -> Rect {
        self.view.rect_on_screen(self.canvas, rect_in_map)
    }

    pub fn pos(&self, pos_in_map: Pos2) -> Pos2 {
        self.view.screen_from_map(self.canvas, pos_in_map)
    }

    /// A stage header or phase band, where it is drawn.
    pub fn top_header(&self, rect_in_map: Rect) -> Rect {
        let r = self.rect(rect_in_map);
        Rect::from_x_y_ranges(
            r.x_range(),
            self.block_top + rect_in_map.min.y * self.header_scale
                ..=self.block_top + rect_in_map.max.y * self.header_scale,
        )
    }

    /// A lane header, where it is drawn.
    pub fn side_header(&self, rect_in_map: Rect) -> Rect {
        let r = self.rect(rect_in_map);
        Rect::from_x_y_ranges(
            self.column_left + rect_in_map.min.x * self.header_scale
                ..=self.column_left + rect_in_map.max.x * self.header_scale,
            r.y_range(),
        )
    }

    /// The part of the canvas not covered by the headers.
    pub fn content_area(&self, map: &MapLayout) -> Rect {
        let size = header_size(map) * self.header_scale;
        let mut area = self.canvas;
        area.min.y = area.min.y.max(self.block_top + size.y);
        area.min.x = area.min.x.max(self.column_left + size.x);
        area
    }

    pub fn zoom(&self) -> f32 {
        self.view.zoom
    }
}

/// Width of the lane-name column and height of the phase and stage-name rows, in map
/// units.
pub fn header_size(map: &MapLayout) -> egui::Vec2 {
    vec2(
        map.stages
            .first()
            .map_or_else(|| map.size.x, |s| s.column.min.x),
        map.lanes
            .first()
            .map_or_else(|| map.size.y, |l| l.row.min.y),
    )
}

pub struct Scene<'a> {
    pub map: &'a MapLayout,
    pub frame: Frame,
    pub palette: &'a Palette,
    pub selection: &'a MapSelection,
    /// The selected cards, to look up while painting thousands of cards.
    pub selected_cards: BTreeSet<CardId>,
    /// The card being typed in (drawn by the editor instead).
    pub editing_card: Option<CardId>,
    pub hovered_card: Option<CardId>,
    /// A picture too small to read (the template gallery's): cards are blocks, no
    /// abridged titles or counts of cards.
    pub thumbnail: bool,
}

/// Paints the whole map: grid, emotion chart, links, cards, curves, then the sticky
/// headers on top.
pub fn map(painter: &Painter, scene: &Scene<'_>) {
    let Scene {
        map,
        frame,
        palette,
        ..
    } = scene;
    let visible = frame.view.visible_map_rect(frame.canvas);
    painter.rect_filled(frame.canvas, 0.0, color(palette.background));
    grid(painter, scene, visible);
    if let Some(band) = &map.emotion_band {
        let r = frame.rect(band.rect);
        let zero = frame.pos(pos2(band.rect.min.x, band.zero_y)).y;
        let (width, dash, gap) = st::ZERO_LINE;
        painter.add(Shape::dashed_line(
            &[pos2(r.min.x, zero), pos2(r.max.x, zero)],
            Stroke::new(width, color(palette.neutral)),
            dash,
            gap,
        ));
    }
    links(painter, scene, visible);
    data_cells(painter, scene, visible);
    cards(painter, scene, visible);
    for curve in &map.measured {
        super::curves::draw_measured(painter, scene, curve);
    }
    for curve in &map.curves {
        super::curves::draw_curve(painter, scene, curve);
    }
    link_labels(painter, scene, visible);
    vote_badges(painter, scene, visible);
    super::curves::legend(painter, scene);
    super::headers::headers(painter, scene);
}

fn grid(painter: &Painter, scene: &Scene<'_>, visible: Rect) {
    let Scene {
        map,
        frame,
        palette,
        selection,
        ..
    } = scene;
    let line = Stroke::new(st::GRID_LINE, color(palette.grid_line));
    // Alternate lane shading helps the eye follow a row across a wide map.
    for (i, lane) in map.lanes.iter().enumerate() {
        if !lane.row.intersects(visible) {
            continue;
        }
        let row = frame.rect(lane.row);
        if i % 2 == 1 {
            painter.rect_filled(
                row,
                0.0,
                color(palette.header_fill).gamma_multiply(st::LANE_SHADE_ALPHA),
            );
        }
        painter.hline(row.x_range(), row.max.y, line);
    }
    for stage in &map.stages {
        if !stage.column.intersects(visible) {
            continue;
        }
        let column = frame.rect(stage.column);
        painter.vline(column.max.x, column.y_range(), line);
    }
    if let Some((s, l)) = selection.cell
        && let Some(cell) = map.cell(s, l)
        && selection.cards.is_empty()
        && selection.header.is_none()
    {
        let r = frame.rect(cell).shrink(2.0);
        painter.rect_filled(r, 4.0, color(palette.selection).gamma_multiply(0.08));
        painter.rect_stroke(
            r,
            4.0,
            Stroke::new(2.0, color(palette.selection)),
            StrokeKind::Inside,
        );
    }
}

fn links(painter: &Painter, scene: &Scene<'_>, visible: Rect) {
    let Scene {
        map,
        frame,
        palette,
        selection,
        ..
    } = scene;
    for link in &map.links {
        let bounds = Rect::from_points(&link.bezier);
        if !bounds.expand(20.0).intersects(visible) {
            continue;
        }
        let selected = selection.link == Some(link.id);
        let c = if selected {
            color(palette.selection)
        } else {
            color(palette.muted_text)
        };
        let width = if selected { 3.0 } else { st::LINK_WIDTH };
        let points = link.bezier.map(|p| frame.pos(p));
        painter.add(CubicBezierShape::from_points_stroke(
            points,
            false,
            Color32::TRANSPARENT,
            PathStroke::new(width, c),
        ));
        let head: Vec<Pos2> = link.head.iter().map(|p| frame.pos(*p)).collect();
        painter.add(PathShape::convex_polygon(head, c, Stroke::NONE));
    }
}

/// The links' labels, over the cards and curves, each on a plate of the background
/// where the layout found room (no card or arrowhead under it).
fn link_labels(painter: &Painter, scene: &Scene<'_>, visible: Rect) {
    let Scene {
        map,
        frame,
        palette,
        selection,
        ..
    } = scene;
    if Detail::for_zoom(frame.zoom()) != Detail::Full {
        return;
    }
    for link in &map.links {
        let Some(label) = &link.label else {
            continue;
        };
        if !label.plate.intersects(visible) {
            continue;
        }
        let text_color = if selection.link == Some(link.id) {
            color(palette.selection)
        } else {
            color(label.run.color)
        };
        painter.rect_filled(
            frame.rect(label.plate),
            st::LINK_LABEL_PAD * frame.zoom(),
            color(palette.background),
        );
        painter.text(
            frame.pos(label.run.pos),
            Align2::LEFT_TOP,
            &label.run.text,
            label.run.style.font_id(frame.zoom()),
            text_color,
        );
    }
}

/// The figures of data lanes: a plate per cell and its lines (at full detail).
fn data_cells(painter: &Painter, scene: &Scene<'_>, visible: Rect) {
    let Scene {
        map,
        frame,
        palette,
        ..
    } = scene;
    let detail = Detail::for_zoom(frame.zoom());
    for cell in map.data.iter().filter(|c| c.rect.intersects(visible)) {
        let r = frame.rect(cell.rect);
        painter.rect_filled(
            r,
            st::CARD_ROUNDING * frame.zoom(),
            color(palette.header_fill),
        );
        if scene.thumbnail {
            continue;
        }
        let inner = painter.with_clip_rect(r.intersect(painter.clip_rect()));
        if detail == Detail::Full {
            for (pos, text, rgb) in &cell.lines {
                text_block(&inner, frame, text, *pos, *rgb);
            }
            continue;
        }
        // Too small to read as laid out: abridged.
        super::overview::abridged_figures(&inner, r, &cell.lines);
    }
}

fn cards(painter: &Painter, scene: &Scene<'_>, visible: Rect) {
    let Scene {
        map,
        frame,
        palette,
        ..
    } = scene;
    let detail = Detail::for_zoom(frame.zoom());
    if detail == Detail::Dots {
        // Thousands of cards: one mesh, four vertices each.
        let mut mesh = Mesh::default();
        for card in map.cards.iter().filter(|c| c.rect.intersects(visible)) {
            let fill = if card.pain_point {
                color(palette.warning)
            } else {
                color(card.fill)
            };
            mesh.add_colored_rect(frame.rect(card.rect), fill);
        }
        painter.add(Shape::mesh(mesh));
        for card in map.cards.iter().filter(|c| c.rect.intersects(visible)) {
            if card.moment_of_truth {
                marker(painter, frame.rect(card.rect).center_top(), palette);
            }
            if scene.selected_cards.contains(&card.id) {
                painter.rect_stroke(
                    frame.rect(card.rect),
                    0.0,
                    Stroke::new(2.0, color(palette.selection)),
                    StrokeKind::Outside,
                );
            }
        }
        if !scene.thumbnail {
            super::overview::cell_counts(painter, scene, visible);
        }
        return;
    }
    for card in map.cards.iter().filter(|c| c.rect.intersects(visible)) {
        card_block(painter, scene, card, detail);
        if scene.editing_card == Some(card.id) {
            // Its text is in the editor, drawn over it.
            continue;
        }
        if detail == Detail::Full {
            card_content(painter, frame, palette, card);
        } else {
            if !scene.thumbnail {
                super::overview::abridged_title(painter, frame, palette, card);
            }
            if card.moment_of_truth {
                // In the corner, clear of the title.
                let r = frame.rect(card.rect);
                marker(
                    painter,
                    r.right_top() + vec2(-st::STAR_RADIUS, 0.0),
                    palette,
                );
            }
        }
    }
}

/// The smallest a vote badge's text gets on screen, in points: dots are counted from
/// across the room, even on a zoomed-out map.
const MIN_BADGE_TEXT: f32 = 12.0;

/// The dots of the vote shown, over the cards at every level of detail, never smaller
/// than [`MIN_BADGE_TEXT`]; anchored on the badge's bottom-right corner, as laid out.
fn vote_badges(painter: &Painter, scene: &Scene<'_>, visible: Rect) {
    let Scene { map, frame, .. } = scene;
    for card in map.cards.iter().filter(|c| c.rect.intersects(visible)) {
        let Some(tag) = &card.votes else {
            continue;
        };
        let style = tag.text.style;
        let zoom = frame.zoom().max(MIN_BADGE_TEXT / style.size);
        let galley = painter.layout_no_wrap(
            tag.text.text.clone(),
            style.font_id(zoom),
            color(tag.text.color),
        );
        let pad = egui::vec2(6.0, 1.5) * zoom;
        let size = galley.size() + pad * 2.0;
        // Grown to stay readable, it grows up and left, off the card's title.
        let anchor = frame.pos(tag.rect.right_bottom());
        let r = Rect::from_min_size(anchor - size, size);
        painter.rect_filled(r, size.y / 2.0, color(tag.fill));
        painter.rect_stroke(
            r,
            size.y / 2.0,
            Stroke::new(1.0, Color32::WHITE),
            StrokeKind::Outside,
        );
        painter.galley(r.min + pad, galley, Color32::WHITE);
    }
}

/// The sticky note itself: shadow, fill and border.
pub fn card_block(painter: &Painter, scene: &Scene<'_>, card: &CardBox, detail: Detail) {
    let Scene { frame, palette, .. } = scene;
    let r = frame.rect(card.rect);
    let round = (st::CARD_ROUNDING * frame.zoom()).clamp(1.0, 8.0);
    if detail == Detail::Full && palette.shadows {
        painter.rect_filled(
            r.translate(st::CARD_SHADOW_OFFSET),
            round,
            Color32::from_black_alpha(st::CARD_SHADOW_ALPHA),
        );
    }
    painter.rect_filled(r, round, color(card.fill));
    let selected = scene.selected_cards.contains(&card.id);
    let hovered = scene.hovered_card == Some(card.id);
    let border = if selected {
        Stroke::new(3.0, color(palette.selection))
    } else if card.pain_point {
        Stroke::new(st::CARD_BORDER_MARKED, color(palette.warning))
    } else if card.moment_of_truth {
        Stroke::new(st::CARD_BORDER_MARKED, color(palette.highlight))
    } else if hovered {
        Stroke::new(1.5, color(palette.selection).gamma_multiply(0.6))
    } else {
        Stroke::new(st::CARD_BORDER, color(palette.card_border))
    };
    painter.rect_stroke(r, round, border, StrokeKind::Inside);
}

/// Title, footer and persona dots of a card.
fn card_content(painter: &Painter, frame: &Frame, palette: &Palette, card: &CardBox) {
    let clip = frame.rect(card.rect);
    let inner = painter.with_clip_rect(clip.intersect(painter.clip_rect()));
    text_block(
        &inner,
        frame,
        &card.title,
        card.title_pos,
        palette.card_text,
    );
    for run in &card.footer {
        inner.text(
            frame.pos(run.pos),
            Align2::LEFT_TOP,
            &run.text,
            run.style.font_id(frame.zoom()),
            color(run.color),
        );
    }
    for dot in &card.dots {
        inner.circle_filled(
            frame.pos(dot.center),
            dot.radius * frame.zoom(),
            color(dot.color),
        );
    }
    if let Some(tag) = &card.gap {
        let r = frame.rect(tag.rect);
        inner.rect_filled(r, r.height() / 2.0, color(tag.fill));
        inner.text(
            frame.pos(tag.text.pos),
            Align2::LEFT_TOP,
            &tag.text.text,
            tag.text.style.font_id(frame.zoom()),
            color(tag.text.color),
        );
    }
    let mark = &card.evidence;
    let radius = crate::layout::style::EVIDENCE_RADIUS * frame.zoom();
    if mark.filled() {
        inner.circle_filled(frame.pos(mark.center), radius, color(mark.color));
    } else {
        inner.circle_stroke(
            frame.pos(mark.center),
            radius,
            egui::Stroke::new(
                crate::layout::style::EVIDENCE_RING * frame.zoom(),
                color(mark.color),
            ),
        );
    }
}

/// Lines of wrapped text, each painted as it was broken by the layout.
pub fn text_block(painter: &Painter, frame: &Frame, text: &WrappedText, origin: Pos2, rgb: Rgb) {
    for line in &text.lines {
        painter.text(
            frame.pos(origin + line.offset),
            Align2::LEFT_TOP,
            &line.text,
            text.style.font_id(frame.zoom()),
            color(rgb),
        );
    }
}

/// A moment of truth: a star that keeps a readable size at any zoom.
pub(super) fn marker(painter: &Painter, at: Pos2, palette: &Palette) {
    let points = st::star_points(at, st::STAR_RADIUS);
    painter.add(PathShape::closed_line(
        points.to_vec(),
        Stroke::new(1.0, Color32::BLACK.gamma_multiply(st::STAR_OUTLINE_ALPHA)),
    ));
    painter.add(Shape::convex_polygon(
        vec![points[0], points[2], points[4], points[6], points[8]],
        color(palette.highlight),
        Stroke::NONE,
    ));
}

/// The whole text of a wrapped name, on one line.
pub(super) fn name_text(name: &WrappedText) -> String {
    name.lines
        .iter()
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}
