//! Templates: the gallery's previews (each template's first journey laid out on a
//! thread, once per theme and language) and a template's journey added to the open project.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};

use crate::edit::{Change, Edit};
use crate::examples::EXAMPLES;
use crate::i18n::Lang;
use crate::layout::{LayoutInput, MapLayout, Metrics, text::TextEngine};
use crate::t;
use crate::theme::Palette;

use super::{JourneyApp, StatusLevel};

/// What the gallery starts from a template: a new project, or a journey in this one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TemplateTarget {
    NewProject,
    NewJourney,
}

/// The previews of the templates, laid out in the background.
#[derive(Default)]
pub struct Previews {
    /// One per template, as they arrive.
    pub maps: Vec<Option<Arc<MapLayout>>>,
    /// Laid out for the dark theme (else the light one), in this language.
    shown: Option<(bool, Lang)>,
    receiver: Option<Receiver<(usize, Arc<MapLayout>)>>,
}

impl std::fmt::Debug for Previews {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(Previews))
            .field("ready", &self.maps.iter().flatten().count())
            .finish_non_exhaustive()
    }
}

impl Previews {
    /// Starts laying out the previews (for the theme and the language shown) unless
    /// that is done or under way; takes the ones that are ready.
    pub fn update(&mut self, ctx: &egui::Context) {
        let dark = ctx.global_style().visuals.dark_mode;
        let lang = crate::i18n::lang();
        if self.shown != Some((dark, lang)) {
            self.shown = Some((dark, lang));
            self.maps = vec![None; EXAMPLES.len()];
            let (sender, receiver) = channel();
            self.receiver = Some(receiver);
            let ctx = ctx.clone();
            std::thread::spawn(move || {
                // The built-in names the layout writes (lanes, phases) in that language.
                let _lang = crate::i18n::scoped(lang);
                let palette = if dark {
                    Palette::dark()
                } else {
                    Palette::light()
                };
                let metrics = Metrics::default();
                let mut engine = TextEngine::default();
                for (i, example) in EXAMPLES.iter().enumerate() {
                    let Ok(project) = example.project_in(lang) else {
                        continue;
                    };
                    let Some(journey) = project.journeys.first() else {
                        continue;
                    };
                    let map = crate::layout::layout(
                        &LayoutInput {
                            project: &project,
                            journey,
                            palette: &palette,
                            metrics: &metrics,
                            persona: None,
                            vote: None,
                        },
                        &mut engine,
                    );
                    if sender.send((i, Arc::new(map))).is_err() {
                        return;
                    }
                    ctx.request_repaint();
                }
            });
        }
        if let Some(receiver) = &self.receiver {
            while let Ok((i, map)) = receiver.try_recv() {
                if let Some(slot) = self.maps.get_mut(i) {
                    *slot = Some(map);
                }
            }
        }
    }
}

impl JourneyApp {
    /// Whether every picture of the template gallery is laid out (tests wait on it).
    pub fn template_previews_ready(&self) -> bool {
        !self.previews.maps.is_empty() && self.previews.maps.iter().all(Option::is_some)
    }

    /// Adds the first journey of template `index` to the project, after the journey
    /// shown, and shows it.
    pub(crate) fn journey_from_template(&mut self, index: usize) {
        let Some(example) = EXAMPLES.get(index) else {
            return;
        };
        let template = match example.project() {
            Ok(project) => project,
            Err(err) => {
                self.show_error(|| t!("template-error-title"), || err.user_message());
                return;
            }
        };
        let Some(journey) = template.journeys.first() else {
            return;
        };
        let mut next = || self.doc.new_id::<u64>();
        let journey = crate::ops::journey_from_template(journey, &mut next);
        let project = self.doc.project();
        let index = self
            .selection
            .journey
            .and_then(|id| project.journeys.iter().position(|j| j.id == id))
            .map_or(project.journeys.len(), |i| i + 1);
        let (id, name) = (journey.id, journey.name.clone());
        self.apply_edit(
            Edit::Journey(Change::Insert {
                index,
                item: journey,
            }),
            crate::said!("template-undo-new-journey"),
        );
        if self.doc.project().journey(id).is_some() {
            self.selection.journey = Some(id);
            self.prefs.view = super::View::Journeys;
            self.say(StatusLevel::Success, || {
                t!(
                    "template-journey-added",
                    name = name.as_str(),
                    template = example.title()
                )
            });
        }
    }
}
