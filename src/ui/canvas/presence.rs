//! Others in a live session, on the map: each person's selected cards outlined in
//! their colour, with their name on a tag above the first one.

use egui::{Align2, Color32, CornerRadius, FontId, Id, Rect, Sense, Stroke, StrokeKind, Ui, vec2};

use super::paint::Frame;
use crate::layout::MapLayout;
use crate::model::{CardId, Journey, Rgb};
use crate::ui::theme::color;

/// One person's selection on the journey shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Outline {
    pub name: String,
    pub color: Rgb,
    pub cards: Vec<CardId>,
}

/// Draws the outlines and name tags over the cards (inside the map's content area,
/// under the sticky headers), and names them for screen readers and tests:
/// "Ana: Feels the first cold morning".
pub(super) fn show(ui: &Ui, map: &MapLayout, frame: &Frame, journey: &Journey, others: &[Outline]) {
    let area = frame.content_area(map);
    let painter = ui.painter_at(area);
    let font = FontId::proportional(11.0);
    for (n, person) in others.iter().enumerate() {
        let c = color(person.color);
        // Two people on one card: the second outline sits outside the first.
        let gap = 3.0 + 3.0 * (n % 3) as f32;
        let mut tagged = false;
        for id in &person.cards {
            let Some(card) = map.card(*id) else {
                continue;
            };
            let r = frame.rect(card.rect).expand(gap);
            if !r.intersects(area) {
                continue;
            }
            painter.rect_stroke(
                r,
                CornerRadius::same(6),
                Stroke::new(2.5, c),
                StrokeKind::Outside,
            );
            if !tagged {
                tagged = true;
                let galley =
                    painter.layout_no_wrap(person.name.clone(), font.clone(), Color32::WHITE);
                let size = galley.size() + vec2(8.0, 1.0);
                // Above the card; where the headers would hide it, as high as they
                // let it (over the card's top margin, clear of the vote badge and
                // the link handle on the right).
                let mut tag = Rect::from_min_size(r.left_top() - vec2(0.0, size.y), size);
                if tag.min.y < area.min.y {
                    tag = tag.translate(vec2(0.0, area.min.y - tag.min.y));
                }
                painter.rect_filled(tag, CornerRadius::same(3), c);
                painter.text(
                    tag.center(),
                    Align2::CENTER_CENTER,
                    &person.name,
                    font.clone(),
                    Color32::WHITE,
                );
            }
            let title = journey.card(*id).map_or("", |c| c.title.as_str());
            let response = ui.interact(
                r.intersect(area),
                Id::unique(("presence", n, *id)),
                Sense::hover(),
            );
            let label = crate::t!(
                "out-label-value",
                label = person.name.as_str(),
                value = title
            );
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &label));
        }
    }
}
