//! The curves view (egui_plot): a journey's satisfaction curves, believed (the
//! workshop's card emotions, as-is and to-be) against measured (customer ratings
//! rescaled to the emotion scale, with 95% bands), per persona, card by card or by
//! stage, with the largest gaps called out ([`satisfaction`], its legend in
//! [`legend`], its data in [`drawing`]); and the charts beside
//! them: stage KPIs against target and NPS by stage ([`bars`]), and the Kano classes
//! of touchpoints ([`kano`]). The data comes from [`crate::analysis::curves`],
//! computed again only when the project changes.

mod bars;
mod drawing;
mod kano;
mod legend;
mod satisfaction;

use egui::{Color32, RichText, Ui};

use crate::analysis::curves::{self, Axis, Chart, DerivedKano, KanoPoint, Kind, KpiBar, StageNps};
use crate::app::{Action, Selection};
use crate::i18n::Lang;
use crate::model::{Journey, JourneyId, PersonaId, Project};
use crate::t;
use crate::ui::{theme, widgets};

/// An axis tick written the language's way ("0,5" in French), with as many decimals
/// as the step between ticks needs (as egui_plot's own ticks, which write "0.5").
fn axis_number(mark: egui_plot::GridMark, _range: &std::ops::RangeInclusive<f64>) -> String {
    let decimals = (-mark.step_size.log10().round()).max(0.0);
    crate::i18n::numbers::decimal(mark.value, decimals as usize)
}

/// The view's choices and its cached chart data.
#[derive(Default)]
pub struct CurvesView {
    pub chart: Chart,
    /// Curves switched off, by persona (`None`: all customers) and by kind.
    pub hidden_personas: Vec<Option<PersonaId>>,
    pub hidden_kinds: Vec<Kind>,
    cache: Option<Cached>,
}

/// Everything the charts of one journey need, for one revision of the project.
struct Cached {
    /// (The language is part of it: the hover texts are made in the language shown.)
    key: (u64, JourneyId, Lang),
    /// The curves card by card, and by stage.
    by_card: drawing::Drawing,
    by_stage: drawing::Drawing,
    kpis: Vec<KpiBar>,
    nps: Vec<(String, Vec<StageNps>)>,
    kano: Vec<KanoPoint>,
    kano_data: Vec<DerivedKano>,
}

impl Cached {
    fn new(project: &Project, journey: &Journey, key: (u64, JourneyId, Lang)) -> Self {
        let axis = Axis::of(project, journey);
        let series = curves::series(project, journey, &axis);
        let stages = curves::by_stage(project, &axis, &series);
        let mut nps = vec![(
            t!("data-chart-all-customers").to_owned(),
            curves::nps_by_stage(project, journey, None),
        )];
        for p in journey
            .personas
            .iter()
            .filter_map(|id| project.persona(*id))
        {
            let by_stage = curves::nps_by_stage(project, journey, Some(p));
            if !by_stage.is_empty() {
                nps.push((p.name.clone(), by_stage));
            }
        }
        Self {
            key,
            by_card: drawing::Drawing::by_card(project, &axis, &series),
            by_stage: drawing::Drawing::by_stage(project, &axis, &stages),
            kpis: curves::kpi_bars(journey),
            nps,
            kano: curves::kano(journey),
            kano_data: curves::kano_from_data(project, journey),
        }
    }
}

/// The tabs of the view; the curves tab holds both curves charts (by card, by stage).
const TABS: [Chart; 4] = [Chart::Curves, Chart::Kpis, Chart::Nps, Chart::Kano];

pub fn ui(
    ui: &mut Ui,
    project: &Project,
    revision: u64,
    selection: &mut Selection,
    view: &mut CurvesView,
    actions: &mut Vec<Action>,
) {
    let Some(journey) = selection
        .journey
        .and_then(|id| project.journey(id))
        .or_else(|| project.journeys.first())
    else {
        widgets::empty_state(
            ui,
            t!("data-chart-no-journeys"),
            t!("data-chart-no-journeys-text"),
        );
        return;
    };
    let key = (revision, journey.id, crate::i18n::lang());
    if view.cache.as_ref().is_none_or(|c| c.key != key) {
        view.cache = Some(Cached::new(project, journey, key));
    }
    ui.horizontal(|ui| {
        ui.heading(t!("data-chart-heading"));
        let label = ui.label(RichText::new(t!("data-chart-journey")).weak());
        let mut chosen = journey.id;
        egui::ComboBox::from_id_salt("curve_journey")
            .selected_text(&journey.name)
            .show_ui(ui, |ui| {
                for j in &project.journeys {
                    ui.selectable_value(&mut chosen, j.id, &j.name);
                }
            })
            .response
            .labelled_by(label.id);
        if chosen != journey.id {
            selection.journey = Some(chosen);
        }
        ui.separator();
        for tab in TABS {
            let selected = if tab == Chart::Curves {
                view.chart.is_curves()
            } else {
                view.chart == tab
            };
            if ui.selectable_label(selected, tab.label()).clicked() && !selected {
                view.chart = tab;
            }
        }
        ui.separator();
        if ui
            .button(t!("data-chart-export"))
            .on_hover_text(t!("data-chart-export-tip"))
            .clicked()
        {
            actions.push(Action::ExportChart(journey.id, view.chart));
        }
    });
    let CurvesView {
        chart,
        hidden_personas,
        hidden_kinds,
        cache,
    } = view;
    let Some(data) = cache.as_ref() else { return };
    let palette = theme::palette(ui.ctx());
    match chart {
        Chart::Curves | Chart::CurvesByStage => satisfaction::curves_ui(
            ui,
            project,
            data,
            chart,
            hidden_personas,
            hidden_kinds,
            &palette,
        ),
        Chart::Kpis => bars::kpis_ui(ui, &data.kpis, &palette),
        Chart::Nps => bars::nps_ui(ui, &data.nps, &palette),
        Chart::Kano => kano::kano_ui(ui, project, &data.kano, &data.kano_data, &palette, actions),
    }
}

/// The colour of a persona's curves (`None`: all customers, in the text colour).
fn persona_color(project: &Project, persona: Option<PersonaId>, ui: &Ui) -> Color32 {
    persona.map_or_else(
        || ui.visuals().strong_text_color(),
        |p| theme::color(project.persona_color(p)),
    )
}

#[cfg(test)]
mod tests {
    use egui_plot::GridMark;

    use super::axis_number;
    use crate::i18n::{Lang, scoped};

    #[test]
    fn axis_ticks_are_written_the_language_s_way() {
        let mark = |value, step_size| GridMark { value, step_size };
        let range = 0.0..=1.0;
        {
            let _fr = scoped(Lang::Fr);
            assert_eq!(axis_number(mark(0.5, 0.1), &range), "0,5");
            assert_eq!(axis_number(mark(0.25, 0.01), &range), "0,25");
            assert_eq!(axis_number(mark(1000.0, 100.0), &range), "1\u{202f}000");
        }
        let _en = scoped(Lang::En);
        assert_eq!(axis_number(mark(0.5, 0.1), &range), "0.5");
        assert_eq!(axis_number(mark(40.0, 10.0), &range), "40");
    }
}
