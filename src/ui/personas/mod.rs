//! The personas view: a gallery of persona cards (search, sort, filter, drag to
//! reorder) and, beside it, the editor of the selected persona.

pub mod editor;

use egui::{Id, Rect, RichText, ScrollArea, Sense, Stroke, Ui, pos2, vec2};

use crate::app::personas::PersonaAction;
use crate::app::{Action, Selection};
use crate::model::{Market, Persona, PersonaId, Project, Validation};
use crate::t;
use crate::ui::{theme, widgets};

const TILE: egui::Vec2 = vec2(260.0, 218.0);
const GAP: f32 = 14.0;

/// How the gallery is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// The project's order, which dragging changes.
    #[default]
    Project,
    Name,
    Segment,
}

impl Sort {
    const ALL: [Sort; 3] = [Sort::Project, Sort::Name, Sort::Segment];

    fn label(self) -> &'static str {
        match self {
            Sort::Project => t!("persona-sort-project"),
            Sort::Name => t!("persona-name"),
            Sort::Segment => t!("persona-segment"),
        }
    }
}

/// What the gallery shows: kept while the app runs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Gallery {
    pub search: String,
    pub sort: Sort,
    pub market: Option<Market>,
    pub validation: Option<Validation>,
    /// The persona being dragged to another place.
    dragging: Option<PersonaId>,
}

impl Gallery {
    /// Whether every persona is shown in project order (so dragging can reorder).
    fn shows_project_order(&self) -> bool {
        self.sort == Sort::Project
            && self.search.trim().is_empty()
            && self.market.is_none()
            && self.validation.is_none()
    }

    /// The personas shown, in the order shown.
    pub fn shown<'p>(&self, project: &'p Project) -> Vec<&'p Persona> {
        let words: Vec<String> = self
            .search
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        let mut shown: Vec<&Persona> = project
            .personas
            .iter()
            .filter(|p| self.market.is_none_or(|m| p.market == m))
            .filter(|p| self.validation.is_none_or(|v| p.validation == v))
            .filter(|p| {
                let text = searchable(p);
                words.iter().all(|w| text.contains(w.as_str()))
            })
            .collect();
        match self.sort {
            Sort::Project => {}
            Sort::Name => shown.sort_by_cached_key(|p| p.name.to_lowercase()),
            Sort::Segment => {
                shown.sort_by_cached_key(|p| (p.segment.to_lowercase(), p.name.to_lowercase()));
            }
        }
        shown
    }
}

/// The persona's texts that search looks in, lower case.
fn searchable(p: &Persona) -> String {
    let mut text = [
        &p.name,
        &p.segment,
        &p.quote,
        &p.description,
        &p.occupation,
        &p.location,
    ]
    .map(String::as_str)
    .join("\n");
    for list in [
        &p.goals,
        &p.needs,
        &p.expectations,
        &p.frustrations,
        &p.behaviours,
    ] {
        for item in list {
            text.push('\n');
            text.push_str(item);
        }
    }
    text.to_lowercase()
}

pub fn ui(
    ui: &mut Ui,
    project: &Project,
    selection: &mut Selection,
    gallery: &mut Gallery,
    focus_name: &mut bool,
    actions: &mut Vec<Action>,
) {
    if let Some(persona) = selection.persona.and_then(|id| project.persona(id)) {
        egui::Panel::right("persona_editor")
            .resizable(true)
            .default_size(460.0)
            .size_range(380.0..=720.0)
            .show(ui, |ui| {
                editor::ui(ui, project, persona, selection, focus_name, actions);
            });
    }
    egui::CentralPanel::default()
        .frame(egui::Frame::NONE)
        .show(ui, |ui| {
            toolbar(ui, project, gallery, actions);
            ui.add_space(8.0);
            if project.personas.is_empty() {
                empty(ui, actions);
                return;
            }
            let shown = gallery.shown(project);
            if shown.is_empty() {
                widgets::empty_state(ui, t!("persona-no-match"), t!("persona-no-match-hint"));
                return;
            }
            ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
                grid(ui, project, &shown, selection, gallery, actions);
            });
        });
}

fn toolbar(ui: &mut Ui, project: &Project, gallery: &mut Gallery, actions: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        ui.heading(t!("persona-gallery-heading"));
        ui.label(RichText::new(t!("persona-count", count = project.personas.len())).weak());
        ui.add_space(12.0);
        if ui
            .button(t!("persona-new"))
            .on_hover_text(t!("persona-new-tip"))
            .clicked()
        {
            actions.push(Action::Persona(PersonaAction::Add));
        }
        if ui
            .button(t!("persona-import"))
            .on_hover_text(t!("persona-import-tip"))
            .clicked()
        {
            actions.push(Action::Persona(PersonaAction::Import));
        }
    });
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        let search = ui.add(
            egui::TextEdit::singleline(&mut gallery.search)
                .hint_text(t!("persona-search-hint"))
                .desired_width(260.0),
        );
        widgets::name_text_field(&search, t!("persona-search"), &gallery.search);
        if !gallery.search.is_empty() && ui.button(t!("persona-search-clear")).clicked() {
            gallery.search.clear();
        }
        ui.add_space(8.0);
        widgets::keep_together(ui, &[t!("persona-sort-by"), gallery.sort.label()], 48.0);
        let label = ui.label(RichText::new(t!("persona-sort-by")).weak());
        egui::ComboBox::from_id_salt("persona_sort")
            .selected_text(gallery.sort.label())
            .show_ui(ui, |ui| {
                for sort in Sort::ALL {
                    ui.selectable_value(&mut gallery.sort, sort, sort.label());
                }
            })
            .response
            .labelled_by(label.id);
        let market = match gallery.market {
            None => t!("persona-show-all-markets"),
            Some(Market::B2C) => t!("persona-show-b2c"),
            Some(Market::B2B) => t!("persona-show-b2b"),
        };
        let status = match gallery.validation {
            None => t!("persona-show-all-statuses"),
            Some(Validation::Proto) => t!("persona-show-proto"),
            Some(Validation::Validated) => t!("persona-show-validated"),
        };
        // The label stays on the row of the lists it names.
        widgets::keep_together(ui, &[t!("persona-show"), market, status], 80.0);
        let label = ui.label(RichText::new(t!("persona-show")).weak());
        egui::ComboBox::from_id_salt("persona_market")
            .selected_text(market)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut gallery.market, None, t!("persona-show-all-markets"));
                ui.selectable_value(
                    &mut gallery.market,
                    Some(Market::B2C),
                    t!("persona-show-b2c"),
                );
                ui.selectable_value(
                    &mut gallery.market,
                    Some(Market::B2B),
                    t!("persona-show-b2b"),
                );
            })
            .response
            .labelled_by(label.id);
        egui::ComboBox::from_id_salt("persona_status")
            .selected_text(status)
            .show_ui(ui, |ui| {
                ui.selectable_value(
                    &mut gallery.validation,
                    None,
                    t!("persona-show-all-statuses"),
                );
                ui.selectable_value(
                    &mut gallery.validation,
                    Some(Validation::Proto),
                    t!("persona-show-proto"),
                );
                ui.selectable_value(
                    &mut gallery.validation,
                    Some(Validation::Validated),
                    t!("persona-show-validated"),
                );
            })
            .response
            .labelled_by(label.id);
    });
}

fn empty(ui: &mut Ui, actions: &mut Vec<Action>) {
    widgets::empty_state(ui, t!("persona-empty"), t!("persona-empty-hint"));
    ui.vertical_centered(|ui| {
        ui.add_space(10.0);
        if ui.button(t!("persona-new")).clicked() {
            actions.push(Action::Persona(PersonaAction::Add));
        }
        if ui.button(t!("persona-import")).clicked() {
            actions.push(Action::Persona(PersonaAction::Import));
        }
    });
}

/// The tiles in rows; in project order a tile can be dragged to another place.
fn grid(
    ui: &mut Ui,
    project: &Project,
    shown: &[&Persona],
    selection: &mut Selection,
    gallery: &mut Gallery,
    actions: &mut Vec<Action>,
) {
    let width = ui.available_width();
    let columns = (((width + GAP) / (TILE.x + GAP)).floor() as usize).max(1);
    let rows = shown.len().div_ceil(columns);
    let (area, _) =
        ui.allocate_exact_size(vec2(width, rows as f32 * (TILE.y + GAP)), Sense::hover());
    let rect_of = |i: usize| {
        let (row, col) = (i / columns, i % columns);
        Rect::from_min_size(
            pos2(
                area.left() + col as f32 * (TILE.x + GAP),
                area.top() + row as f32 * (TILE.y + GAP),
            ),
            TILE,
        )
    };
    let can_drag = gallery.shows_project_order() && shown.len() > 1;
    for (i, persona) in shown.iter().enumerate() {
        let rect = rect_of(i);
        let selected = selection.persona == Some(persona.id);
        let response = tile(ui, project, persona, rect, selected, can_drag);
        if response.clicked() {
            selection.persona = Some(persona.id);
        }
        if can_drag && response.drag_started() {
            gallery.dragging = Some(persona.id);
        }
        let index = project.personas.iter().position(|p| p.id == persona.id);
        response.context_menu(|ui| {
            tile_menu(ui, project, persona, index, can_drag, selection, actions);
        });
    }

    // Dragging: a bar where the persona would go, the move on release.
    let Some(dragged) = gallery.dragging else {
        return;
    };
    let pointer = ui.input(|i| i.pointer.interact_pos());
    let released = ui.input(|i| i.pointer.any_released() || !i.pointer.any_down());
    let target = pointer.map(|p| {
        // The gap nearest the pointer: before tile i, or after the last.
        (0..=shown.len())
            .min_by(|a, b| {
                let gap = |i: usize| {
                    if i < shown.len() {
                        rect_of(i).left_center() - vec2(GAP / 2.0, 0.0)
                    } else {
                        rect_of(shown.len() - 1).right_center() + vec2(GAP / 2.0, 0.0)
                    }
                };
                gap(*a).distance(p).total_cmp(&gap(*b).distance(p))
            })
            .unwrap_or(0)
    });
    if let Some(target) = target {
        let at = if target < shown.len() {
            rect_of(target).left_center() - vec2(GAP / 2.0, 0.0)
        } else {
            rect_of(shown.len() - 1).right_center() + vec2(GAP / 2.0, 0.0)
        };
        let palette = theme::palette(ui.ctx());
        ui.painter().line_segment(
            [at - vec2(0.0, TILE.y / 2.0), at + vec2(0.0, TILE.y / 2.0)],
            Stroke::new(4.0, theme::color(palette.selection)),
        );
        ui.ctx().set_cursor_icon(egui::CursorIcon::Grabbing);
    }
    if released {
        gallery.dragging = None;
        if let (Some(target), Some(from)) = (
            target,
            project.personas.iter().position(|p| p.id == dragged),
        ) {
            // Counted after the dragged persona leaves its place.
            let to = if target > from { target - 1 } else { target };
            if to != from {
                actions.push(Action::Persona(PersonaAction::Move { id: dragged, to }));
            }
        }
    }
}

/// One persona card of the gallery.
fn tile(
    ui: &mut Ui,
    project: &Project,
    persona: &Persona,
    rect: Rect,
    selected: bool,
    can_drag: bool,
) -> egui::Response {
    let id = Id::unique(("persona_tile", persona.id));
    let sense = if can_drag {
        Sense::click_and_drag()
    } else {
        Sense::click()
    };
    // The card is painted under its content but interacts on top of it, so a click
    // anywhere on it (text included) selects it.
    let background = ui.painter().add(egui::Shape::Noop);
    let band = ui.painter().add(egui::Shape::Noop);
    let palette = theme::palette(ui.ctx());
    let inner = rect.shrink2(vec2(16.0, 14.0));
    let mut child = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(inner)
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    child.set_clip_rect(inner.intersect(ui.clip_rect()));
    child.style_mut().interaction.selectable_labels = false;
    let outer = &mut *ui;
    let ui = &mut child;
    ui.horizontal(|ui| {
        widgets::avatar(ui, project, persona, 64.0);
        ui.vertical(|ui| {
            ui.add_space(4.0);
            let name = if persona.name.trim().is_empty() {
                t!("persona-unnamed")
            } else {
                persona.name.as_str()
            };
            let strong = ui.visuals().strong_text_color();
            ui.add(
                egui::Label::new(RichText::new(name).font(theme::bold(17.0)).color(strong))
                    .truncate(),
            );
            if !persona.segment.is_empty() {
                ui.add(egui::Label::new(RichText::new(&persona.segment).weak()).truncate());
            }
            ui.horizontal(|ui| {
                ui.spacing_mut().item_spacing.x = 4.0;
                let market = match persona.market {
                    Market::B2B => "B2B",
                    Market::B2C => "B2C",
                };
                widgets::tag(ui, market, theme::neutral_tag(ui.visuals()));
                let (text, color) = match persona.validation {
                    Validation::Proto => (t!("persona-tag-proto"), theme::color(palette.highlight)),
                    Validation::Validated => {
                        (t!("persona-tag-validated"), theme::color(palette.positive))
                    }
                };
                widgets::tag(ui, text, color);
            });
        });
    });
    ui.add_space(8.0);
    if persona.quote.trim().is_empty() {
        ui.label(RichText::new(t!("persona-no-quote")).weak().italics());
    } else {
        // Up to three lines, cut with "…".
        // In the language's quotation marks, whatever marks were typed around it (as
        // on the exported one-pager).
        let quote = persona
            .quote
            .trim()
            .trim_matches(['\u{22}', '“', '”', '«', '»']);
        let text = RichText::new(t!("out-quoted", name = quote.trim())).italics();
        let mut layout = egui::text::LayoutJob::default();
        text.append_to(
            &mut layout,
            ui.style(),
            egui::FontSelection::Default,
            egui::Align::Min,
        );
        layout.wrap = egui::text::TextWrapping {
            max_rows: 3,
            break_anywhere: false,
            overflow_character: Some('…'),
            max_width: ui.available_width(),
        };
        ui.label(layout);
    }
    let journeys: Vec<&str> = project
        .journeys_of(persona.id)
        .map(|j| j.name.as_str())
        .collect();
    let walks = match journeys.as_slice() {
        [] => t!("persona-walks-none").to_owned(),
        [one] => format!("🗺 {one}"),
        many => t!(
            "persona-walks-many",
            count = many.len(),
            journeys = many.join(", ")
        ),
    };
    let bottom = Rect::from_min_max(pos2(inner.left(), inner.bottom() - 18.0), inner.max);
    ui.scope_builder(egui::UiBuilder::new().max_rect(bottom), |ui| {
        ui.add(egui::Label::new(RichText::new(walks).small().weak()).truncate());
    });

    let response = outer.interact(rect, id, sense);
    let visuals = outer.visuals();
    let stroke = if selected {
        Stroke::new(2.5, theme::color(palette.selection))
    } else if response.hovered() {
        Stroke::new(1.5, visuals.widgets.hovered.bg_stroke.color)
    } else {
        visuals.widgets.noninteractive.bg_stroke
    };
    let painter = outer.painter();
    painter.set(
        background,
        egui::epaint::RectShape::new(
            rect,
            10.0,
            visuals.extreme_bg_color,
            stroke,
            egui::StrokeKind::Inside,
        ),
    );
    // Its colour as a band on the left.
    painter.set(
        band,
        egui::epaint::RectShape::filled(
            Rect::from_min_size(rect.min, vec2(6.0, rect.height())),
            egui::CornerRadius {
                nw: 10,
                sw: 10,
                ne: 0,
                se: 0,
            },
            theme::color(project.persona_color(persona.id)),
        ),
    );

    let name = persona.name.clone();
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &name));
    response.on_hover_cursor(if can_drag {
        egui::CursorIcon::Grab
    } else {
        egui::CursorIcon::PointingHand
    })
}

fn tile_menu(
    ui: &mut Ui,
    project: &Project,
    persona: &Persona,
    index: Option<usize>,
    can_move: bool,
    selection: &mut Selection,
    actions: &mut Vec<Action>,
) {
    let id = persona.id;
    let mut act = |ui: &mut Ui, label: &str, action: PersonaAction| {
        if ui.button(label).clicked() {
            actions.push(Action::Persona(action));
            ui.close();
        }
    };
    if ui.button(t!("persona-menu-edit")).clicked() {
        selection.persona = Some(id);
        ui.close();
    }
    act(ui, t!("persona-duplicate"), PersonaAction::Duplicate(id));
    if can_move && let Some(index) = index {
        ui.separator();
        if index > 0 {
            act(
                ui,
                t!("persona-move-earlier"),
                PersonaAction::Move { id, to: index - 1 },
            );
        }
        if index + 1 < project.personas.len() {
            act(
                ui,
                t!("persona-move-later"),
                PersonaAction::Move { id, to: index + 1 },
            );
        }
    }
    ui.separator();
    act(
        ui,
        t!("persona-export-one-pager"),
        PersonaAction::ExportOnePager(id),
    );
    act(
        ui,
        t!("persona-save-to-file"),
        PersonaAction::SaveToFile(id),
    );
    ui.separator();
    act(ui, t!("persona-delete"), PersonaAction::Delete(id));
}
