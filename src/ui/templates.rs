//! The template gallery: a blank start and every template as a tile with a picture
//! of its map, a title and what it covers. A click starts a new project from it, or
//! adds its journey to the project.

use egui::{RichText, Sense, Ui, UiBuilder, vec2};

use crate::app::templates::TemplateTarget;
use crate::app::{Action, Command, JourneyApp};
use crate::examples::{EXAMPLES, GALLERY_ORDER};
use crate::layout::MapLayout;
use crate::t;
use crate::ui::modals::{buttons, title};
use crate::ui::theme;

const TILE_WIDTH: f32 = 220.0;
const PREVIEW_HEIGHT: f32 = 124.0;
/// Room between a tile's border and its picture and text.
const MARGIN: f32 = 6.0;

pub fn gallery(ui: &mut Ui, app: &mut JourneyApp, target: TemplateTarget) {
    let (heading, intro, blank, blank_summary) = match target {
        TemplateTarget::NewProject => (
            t!("template-new-project-heading"),
            t!("template-new-project-intro"),
            t!("template-blank-project"),
            t!("template-blank-project-summary"),
        ),
        TemplateTarget::NewJourney => (
            t!("template-new-journey-heading"),
            t!("template-new-journey-intro"),
            t!("template-blank-journey"),
            t!("template-blank-journey-summary"),
        ),
    };
    title(ui, heading);
    ui.label(intro);
    ui.add_space(8.0);
    let height = (ui.ctx().content_rect().height() - 220.0).max(200.0);
    let mut chosen: Option<Option<usize>> = None;
    egui::ScrollArea::vertical()
        .max_height(height)
        .auto_shrink([false, true])
        .show(ui, |ui| chosen = tiles_ui(ui, app, blank, blank_summary));
    if let Some(choice) = chosen {
        app.push_action(Action::CloseModal);
        app.push_action(match (target, choice) {
            (TemplateTarget::NewProject, None) => Action::Command(Command::New),
            (TemplateTarget::NewProject, Some(i)) => Action::NewFromExample(i),
            (TemplateTarget::NewJourney, None) => Action::Command(Command::NewJourney),
            (TemplateTarget::NewJourney, Some(i)) => Action::JourneyFromTemplate(i),
        });
    }
    if buttons(ui, [t!("template-cancel")]).is_some() {
        app.push_action(Action::CloseModal);
    }
}

/// The blank start and every template as tiles, as many across as fit; which was
/// clicked: `Some(None)` the blank one, `Some(Some(i))` the example `i`.
pub fn tiles_ui(
    ui: &mut Ui,
    app: &mut JourneyApp,
    blank: &str,
    blank_summary: &str,
) -> Option<Option<usize>> {
    app.previews.update(ui.ctx());
    let spacing = ui.spacing().item_spacing.x + 8.0;
    let columns = (((ui.available_width() + spacing) / (TILE_WIDTH + 2.0 * MARGIN + spacing))
        .floor() as usize)
        .max(1);
    let mut chosen = None;
    egui::Grid::new("template_gallery")
        .spacing(vec2(spacing, 12.0))
        .show(ui, |ui| {
            if tile(ui, blank, blank_summary, Preview::Blank) {
                chosen = Some(None);
            }
            for (place, &i) in GALLERY_ORDER.iter().enumerate() {
                let Some(example) = EXAMPLES.get(i) else {
                    continue;
                };
                if (place + 1) % columns == 0 {
                    ui.end_row();
                }
                let preview = app.previews.maps.get(i).and_then(Option::as_deref);
                let preview = preview.map_or(Preview::Pending, Preview::Map);
                if tile(ui, example.title(), example.summary(), preview) {
                    chosen = Some(Some(i));
                }
            }
        });
    chosen
}

#[derive(Clone, Copy)]
enum Preview<'a> {
    Blank,
    Pending,
    Map(&'a MapLayout),
}

/// One template: its picture, title and summary, clickable as a whole. True when
/// clicked.
fn tile(ui: &mut Ui, name: &str, summary: &str, preview: Preview<'_>) -> bool {
    let response = ui
        .scope_builder(
            UiBuilder::new()
                .sense(Sense::click())
                .layout(egui::Layout::top_down(egui::Align::Min)),
            |ui| {
                egui::Frame::new().inner_margin(MARGIN).show(ui, |ui| {
                    ui.set_width(TILE_WIDTH);
                    let (rect, _) =
                        ui.allocate_exact_size(vec2(TILE_WIDTH, PREVIEW_HEIGHT), Sense::hover());
                    let palette = theme::palette(ui.ctx());
                    let painter = ui.painter_at(rect);
                    match preview {
                        Preview::Map(map) => {
                            crate::ui::canvas::paint_preview(&painter, rect, map, &palette);
                        }
                        Preview::Blank => {
                            painter.rect_filled(rect, 4.0, theme::color(palette.background));
                            painter.text(
                                rect.center(),
                                egui::Align2::CENTER_CENTER,
                                "+",
                                theme::bold(40.0),
                                theme::color(palette.muted_text),
                            );
                        }
                        Preview::Pending => {
                            // Still, not a spinner: the picture's thread asks for the
                            // frame that shows it; nothing repaints meanwhile.
                            painter.rect_filled(rect, 4.0, theme::color(palette.background));
                            painter.text(
                                rect.center(),
                                egui::Align2::CENTER_CENTER,
                                t!("template-drawing-preview"),
                                egui::FontId::proportional(12.0),
                                theme::color(palette.muted_text),
                            );
                        }
                    }
                    ui.add(egui::Label::new(RichText::new(name).strong()).selectable(false));
                    ui.add(
                        egui::Label::new(RichText::new(summary).small().weak())
                            .selectable(false)
                            .wrap(),
                    );
                });
            },
        )
        .response;
    let stroke = if response.hovered() {
        ui.visuals().selection.stroke
    } else {
        ui.visuals().widgets.noninteractive.bg_stroke
    };
    ui.painter()
        .rect_stroke(response.rect, 6.0, stroke, egui::StrokeKind::Inside);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name));
    if response.hovered() {
        ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
    }
    response.clicked()
}
