//! The journeys view: the list of journeys, the selected journey drawn as a grid of
//! stages, lanes and cards, and the details of the selected card or journey.

use egui::{Align2, Color32, Id, Rect, RichText, ScrollArea, Sense, Stroke, StrokeKind, Ui, vec2};

use crate::app::{Action, Selection};
use crate::edit::{Change, Edit};
use crate::history::GestureKey;
use crate::layout::{self, MapLayout, Metrics};
use crate::model::{Card, CardColoring, Journey, LaneKind, Project};
use crate::theme::Palette;
use crate::ui::{theme, widgets};

pub fn ui(ui: &mut Ui, project: &Project, selection: &mut Selection, actions: &mut Vec<Action>) {
    if project.journeys.is_empty() {
        widgets::empty_state(
            ui,
            "No journeys yet",
            "This project has no journey map. Start from a template with File › New from template…",
        );
        return;
    }
    egui::Panel::left("journey_list")
        .resizable(true)
        .default_size(210.0)
        .size_range(150.0..=360.0)
        .show(ui, |ui| journey_list(ui, project, selection));
    let Some(journey) = selection.journey.and_then(|id| project.journey(id)) else {
        return;
    };
    egui::Panel::right("journey_details")
        .resizable(true)
        .default_size(330.0)
        .size_range(260.0..=460.0)
        .show(ui, |ui| {
            ScrollArea::vertical().show(ui, |ui| {
                match selection.card.and_then(|id| journey.card(id)) {
                    Some(card) => card_details(ui, project, journey, card, actions),
                    None => journey_details(ui, project, journey),
                }
            });
        });
    egui::CentralPanel::default().show(ui, |ui| {
        journey_header(ui, journey, actions);
        ui.separator();
        map_ui(ui, project, journey, selection);
    });
}

fn journey_list(ui: &mut Ui, project: &Project, selection: &mut Selection) {
    widgets::section(ui, "Journeys");
    ui.add_space(4.0);
    for journey in &project.journeys {
        let selected = selection.journey == Some(journey.id);
        let response = ui.add(
            egui::Button::selectable(selected, journey.name.as_str())
                .truncate()
                .min_size(vec2(ui.available_width(), 28.0)),
        );
        if response.clicked() {
            selection.journey = Some(journey.id);
            selection.card = None;
        }
        let personas: Vec<_> = journey
            .personas
            .iter()
            .filter_map(|p| project.persona(*p))
            .collect();
        if !personas.is_empty() {
            ui.indent(("walkers", journey.id), |ui| {
                widgets::persona_line(ui, project, &personas)
            });
        }
        ui.add_space(4.0);
    }
}

fn journey_header(ui: &mut Ui, journey: &Journey, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        let label = ui.label(RichText::new("Journey").weak());
        let mut name = journey.name.clone();
        let response = ui.add(
            egui::TextEdit::singleline(&mut name)
                .font(theme::bold(18.0))
                .desired_width(360.0),
        );
        let response = response.labelled_by(label.id);
        let key = GestureKey::new("journey name", journey.id);
        widgets::text_edits(&response, name, key, "Rename journey", actions, |name| {
            let mut info = journey.info();
            info.name = name;
            Edit::JourneyInfo {
                journey: journey.id,
                info,
            }
        });
        if !journey.goal.is_empty() {
            ui.label(RichText::new(format!("Goal: {}", journey.goal)).weak());
        }
    });
}

/// The journey drawn as a plain grid: phase bands, stage and lane headers, cells and
/// cards. Only what is in view is drawn.
fn map_ui(ui: &mut Ui, project: &Project, journey: &Journey, selection: &mut Selection) {
    let metrics = Metrics::default();
    let map = layout::layout(journey, &metrics);
    let palette = theme::palette(ui.ctx());
    ScrollArea::both()
        .auto_shrink(false)
        .id_salt(("map", journey.id))
        .show_viewport(ui, |ui, viewport| {
            let origin = ui.cursor().min;
            let (rect, background) =
                ui.allocate_exact_size(map.size + vec2(16.0, 16.0), Sense::click());
            if background.clicked() {
                selection.card = None;
            }
            let offset = origin.to_vec2();
            let visible = viewport.translate(offset);
            let painter = ui.painter_at(rect.intersect(ui.clip_rect()));
            painter.rect_filled(rect, 0.0, theme::color(palette.background));
            paint_grid(ui, &painter, journey, &map, &palette, offset, visible);
            for b in &map.cards {
                let Some(card) = journey.cards.get(b.index) else {
                    continue;
                };
                let card_rect = b.rect.translate(offset);
                if !card_rect.intersects(visible) {
                    continue;
                }
                let lane_kind = journey.lane(card.lane).map_or(LaneKind::Custom, |l| l.kind);
                let selected = selection.card == Some(card.id);
                let response =
                    ui.interact(card_rect, Id::unique(("card", card.id)), Sense::click());
                response.widget_info(|| {
                    egui::WidgetInfo::selected(egui::Role::Button, true, selected, &card.title)
                });
                paint_card(ui, project, card, lane_kind, card_rect, selected, &palette);
                if response.clicked() {
                    selection.card = Some(card.id);
                }
                if !card.notes.is_empty() {
                    response.on_hover_text(format!("{}\n\n{}", card.title, card.notes));
                }
            }
        });
}

fn paint_grid(
    ui: &Ui,
    painter: &egui::Painter,
    journey: &Journey,
    map: &MapLayout,
    palette: &Palette,
    offset: egui::Vec2,
    visible: Rect,
) {
    let line = Stroke::new(1.0, theme::color(palette.grid_line));
    let header_fill = theme::color(palette.header_fill);
    let header_text = theme::color(palette.header_text);
    for band in &map.phases {
        let r = band.rect.translate(offset);
        if r.intersects(visible) {
            painter.rect_filled(r.shrink(1.0), 4.0, theme::color(palette.phase(band.phase)));
            painter.text(
                r.left_center() + vec2(10.0, 0.0),
                Align2::LEFT_CENTER,
                band.phase.label(),
                theme::bold(13.0),
                header_text,
            );
        }
    }
    for (stage, b) in journey.stages.iter().zip(&map.stages) {
        let header = b.header.translate(offset);
        if !header.union(b.column.translate(offset)).intersects(visible) {
            continue;
        }
        painter.rect_filled(header, 0.0, header_fill);
        let fill = stage.color.map_or(header_fill, theme::color);
        painter.rect_filled(
            Rect::from_min_size(header.min, vec2(header.width(), 4.0)),
            0.0,
            fill,
        );
        let galley = painter.layout(
            stage.name.clone(),
            theme::bold(15.0),
            header_text,
            header.width() - 16.0,
        );
        painter
            .with_clip_rect(header.intersect(painter.clip_rect()))
            .galley(header.left_top() + vec2(8.0, 10.0), galley, header_text);
        let response = ui.interact(header, Id::unique(("stage", stage.id)), Sense::hover());
        response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ColumnHeader, true, &stage.name));
        painter.vline(
            header.left(),
            header.y_range().union(b.column.translate(offset).y_range()),
            line,
        );
    }
    for (lane, b) in journey.lanes.iter().zip(&map.lanes) {
        let header = b.header.translate(offset);
        if !header.union(b.row.translate(offset)).intersects(visible) {
            continue;
        }
        painter.rect_filled(header, 0.0, header_fill);
        let galley = painter.layout(
            format!("{}  {}", lane.kind.icon(), lane.name),
            theme::bold(14.0),
            header_text,
            header.width() - 16.0,
        );
        painter
            .with_clip_rect(header.intersect(painter.clip_rect()))
            .galley(header.left_top() + vec2(10.0, 10.0), galley, header_text);
        let response = ui.interact(header, Id::unique(("lane", lane.id)), Sense::hover());
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::RowHeader, true, &lane.name));
        let row = b.row.translate(offset);
        painter.hline(header.left()..=row.right(), header.top(), line);
    }
    if let (Some(last_lane), Some(last_stage)) = (map.lanes.last(), map.stages.last()) {
        let bottom = last_lane.row.translate(offset).bottom();
        let right = last_stage.column.translate(offset).right();
        painter.hline(offset.x..=right, bottom, line);
        painter.vline(
            right,
            (offset.y + map.phases.first().map_or(0.0, |p| p.rect.bottom()))..=bottom,
            line,
        );
    }
}

fn card_fill(project: &Project, card: &Card, lane_kind: LaneKind, palette: &Palette) -> Color32 {
    let rgb = card
        .color
        .unwrap_or_else(|| match project.settings.card_colors {
            CardColoring::ByEmotion => card.emotion.as_ref().map_or_else(
                || palette.lane_card(lane_kind),
                |e| palette.emotion_card(e.valence),
            ),
            CardColoring::ByLane => palette.lane_card(lane_kind),
        });
    theme::color(rgb)
}

fn paint_card(
    ui: &Ui,
    project: &Project,
    card: &Card,
    lane_kind: LaneKind,
    rect: Rect,
    selected: bool,
    palette: &Palette,
) {
    let painter = ui.painter_at(rect.expand(3.0).intersect(ui.clip_rect()));
    let fill = card_fill(project, card, lane_kind, palette);
    painter.rect_filled(rect.translate(vec2(1.5, 2.0)), 4.0, theme::CARD_SHADOW);
    painter.rect_filled(rect, 4.0, fill);
    let border = if selected {
        Stroke::new(2.5, theme::color(palette.selection))
    } else if card.pain_point {
        Stroke::new(2.0, theme::color(palette.warning))
    } else {
        Stroke::new(1.0, theme::color(palette.card_border))
    };
    painter.rect_stroke(rect, 4.0, border, StrokeKind::Inside);

    let text = theme::color(palette.card_text);
    let mut markers = String::new();
    if card.moment_of_truth {
        markers.push('⭐');
    }
    if card.pain_point {
        markers.push('⚡');
    }
    if let Some(emotion) = &card.emotion {
        markers.push_str(emotion.face());
    }
    let markers_width = if markers.is_empty() {
        0.0
    } else {
        let galley = painter.layout_no_wrap(markers, egui::FontId::proportional(15.0), text);
        let width = galley.size().x;
        painter.galley(rect.right_top() + vec2(-width - 6.0, 5.0), galley, text);
        width + 6.0
    };

    let mut job = egui::text::LayoutJob::simple(
        card.title.clone(),
        egui::FontId::proportional(13.0),
        text,
        rect.width() - 16.0 - markers_width,
    );
    job.wrap.max_rows = 2;
    job.wrap.overflow_character = Some('…');
    let galley = painter.layout_job(job);
    painter.galley(rect.left_top() + vec2(8.0, 6.0), galley, text);

    // Bottom line: channel icon on the left, persona dots on the right.
    let bottom = rect.bottom() - 12.0;
    if let Some(channel) = &card.channel {
        painter.text(
            egui::pos2(rect.left() + 8.0, bottom),
            Align2::LEFT_CENTER,
            format!("{} {}", channel.icon(), channel.label()),
            egui::FontId::proportional(11.0),
            text.gamma_multiply(0.8),
        );
    }
    let mut x = rect.right() - 10.0;
    for persona in card
        .personas
        .iter()
        .rev()
        .filter_map(|p| project.persona(*p))
    {
        painter.circle_filled(
            egui::pos2(x, bottom),
            4.5,
            theme::color(project.persona_color(persona.id)),
        );
        x -= 12.0;
    }
}

fn card_details(
    ui: &mut Ui,
    project: &Project,
    journey: &Journey,
    card: &Card,
    actions: &mut Vec<Action>,
) {
    widgets::section(ui, "Card");
    let replace = |card: Card| Edit::Card {
        journey: journey.id,
        change: Change::Replace { item: card },
    };
    let label = ui.label(RichText::new("Title").weak());
    let mut title = card.title.clone();
    let response = ui
        .add(egui::TextEdit::singleline(&mut title).desired_width(f32::INFINITY))
        .labelled_by(label.id);
    let key = GestureKey::new("card title", card.id);
    widgets::text_edits(&response, title, key, "Edit card title", actions, |title| {
        replace(Card {
            title,
            ..card.clone()
        })
    });
    let label = ui.label(RichText::new("Notes").weak());
    let mut notes = card.notes.clone();
    let response = ui
        .add(
            egui::TextEdit::multiline(&mut notes)
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    let key = GestureKey::new("card notes", card.id);
    widgets::text_edits(&response, notes, key, "Edit card notes", actions, |notes| {
        replace(Card {
            notes,
            ..card.clone()
        })
    });
    ui.add_space(6.0);
    let stage = journey
        .stage(card.stage)
        .map(|s| s.name.as_str())
        .unwrap_or_default();
    let lane = journey
        .lane(card.lane)
        .map(|l| l.name.as_str())
        .unwrap_or_default();
    widgets::fact(ui, "Stage", stage);
    widgets::fact(ui, "Lane", lane);
    if let Some(channel) = &card.channel {
        widgets::fact(
            ui,
            "Channel",
            &format!("{} {}", channel.icon(), channel.label()),
        );
    }
    if card.contact != crate::model::Contact::Unspecified {
        widgets::fact(ui, "Contact", card.contact.label());
    }
    widgets::fact(ui, "Department", &card.department);
    if let Some(emotion) = &card.emotion {
        let feeling = emotion
            .feeling
            .as_ref()
            .map(|f| format!(", {}", f.label()))
            .unwrap_or_default();
        widgets::fact(
            ui,
            "Emotion",
            &format!(
                "{} {:+} ({}{feeling})",
                emotion.face(),
                emotion.valence,
                emotion.valence_label()
            ),
        );
    }
    if let Some(target) = &card.target_emotion {
        widgets::fact(
            ui,
            "Target emotion",
            &format!("{} {:+}", target.face(), target.valence),
        );
    }
    if let Some(effort) = card.effort {
        widgets::fact(
            ui,
            "Effort",
            &format!("{effort} of {}", crate::model::EFFORT_MAX),
        );
    }
    if card.moment_of_truth {
        ui.label("⭐ Moment of truth");
    }
    if card.pain_point {
        ui.label("⚡ Pain point");
    }
    widgets::fact(ui, "Evidence", project.evidence_level(card).label());
    if !card.personas.is_empty() {
        widgets::section(ui, "Applies to");
        for persona in card.personas.iter().filter_map(|p| project.persona(*p)) {
            widgets::persona_chip(ui, project, persona);
        }
    }
    let hypotheses: Vec<String> = card
        .hypotheses
        .iter()
        .filter_map(|h| project.hypothesis(*h))
        .map(|h| format!("{} ({})", h.statement, h.status.label()))
        .collect();
    widgets::bullet_list(ui, "Hypotheses", &hypotheses);
}

fn journey_details(ui: &mut Ui, project: &Project, journey: &Journey) {
    widgets::section(ui, &journey.name);
    widgets::fact(ui, "Goal", &journey.goal);
    if !journey.description.is_empty() {
        ui.label(&journey.description);
    }
    if !journey.personas.is_empty() {
        widgets::section(ui, "Personas");
        for persona in journey.personas.iter().filter_map(|p| project.persona(*p)) {
            widgets::persona_chip(ui, project, persona);
        }
    }
    if journey.stages.iter().any(|s| !s.kpis.is_empty()) {
        widgets::section(ui, "Stage KPIs");
        let palette = theme::palette(ui.ctx());
        for stage in journey.stages.iter().filter(|s| !s.kpis.is_empty()) {
            ui.add_space(2.0);
            ui.label(RichText::new(&stage.name).strong());
            for kpi in &stage.kpis {
                let value = |v: Option<f64>| {
                    v.map_or_else(|| "—".to_owned(), |v| format!("{v} {}", kpi.unit))
                };
                ui.horizontal_wrapped(|ui| {
                    ui.label(&kpi.name);
                    ui.label(
                        RichText::new(format!(
                            "target {} · actual {}",
                            value(kpi.target),
                            value(kpi.actual)
                        ))
                        .weak(),
                    );
                    match kpi.off_target() {
                        Some(true) => ui.label(
                            RichText::new("⚠ off target").color(theme::color(palette.warning)),
                        ),
                        Some(false) => ui.label(
                            RichText::new("✔ on target").color(theme::color(palette.positive)),
                        ),
                        None => ui.label(""),
                    };
                });
            }
        }
    }
    if !journey.facilitator_notes.is_empty() {
        widgets::section(ui, "Facilitator notes");
        ui.label(&journey.facilitator_notes);
    }
    ui.add_space(8.0);
    ui.label(RichText::new("Select a card to see its details").weak());
}
