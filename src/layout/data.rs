//! What customer data puts on a map: the figures of a data lane ("KPIs and data"),
//! per stage its KPIs against target and the mean of each rating column mapped onto
//! the stage or its cards; and the believed and measured curves, for the gap tags and
//! the measured lines.

use crate::i18n::numbers;
use crate::model::{Journey, LaneKind, Project, Rgb};
use crate::t;
use crate::theme::Palette;

/// What the customer data says on a map: the same at every size of the map, so
/// computed once where one map is laid out at several sizes (the walkthrough tries a
/// dozen zooms for each stage).
pub struct Evidence {
    /// For each stage, the lines of its data-lane cell.
    pub(super) figures: Vec<Vec<(String, Rgb)>>,
    /// Believed against measured, when the project has data.
    pub(super) series: Option<Vec<crate::analysis::curves::Series>>,
}

impl Evidence {
    pub fn of(project: &Project, journey: &Journey, palette: &Palette) -> Self {
        let series = (!project.datasets.is_empty()).then(|| {
            let axis = crate::analysis::curves::Axis::of(project, journey);
            crate::analysis::curves::series(project, journey, &axis)
        });
        Self {
            figures: data_figures(project, journey, palette),
            series,
        }
    }
}

/// For each stage, the lines of its data-lane cell: its KPIs (actual against target,
/// coloured by whether they are on target) and the mean rating of each data column
/// mapped onto the stage or one of its cards.
fn data_figures(
    project: &Project,
    journey: &Journey,
    palette: &Palette,
) -> Vec<Vec<(String, Rgb)>> {
    use crate::model::{ColumnRole, ItemTarget};
    let short = |v: f64| {
        let text = numbers::decimal(v, 2);
        text.trim_end_matches('0')
            .trim_end_matches(['.', ','])
            .to_owned()
    };
    // Each mapped rating column once, with its targets and mean.
    let mut ratings: Vec<(&[ItemTarget], String)> = Vec::new();
    if journey.lanes.iter().any(|l| l.kind == LaneKind::Data) {
        for d in &project.datasets {
            for (c, column) in d.columns.iter().enumerate() {
                let ColumnRole::Item(targets) = &column.role else {
                    continue;
                };
                if targets.is_empty() {
                    continue;
                }
                if let Some(s) = crate::analysis::answers::summary(d, c, None) {
                    let n = crate::analysis::stats::thousands(s.n);
                    let text = if let Some(sc) = column.scale {
                        t!(
                            "out-data-rating-of",
                            column = column.name.as_str(),
                            mean = short(s.mean),
                            max = short(sc.max),
                            n = n
                        )
                    } else {
                        t!(
                            "out-data-rating",
                            column = column.name.as_str(),
                            mean = short(s.mean),
                            n = n
                        )
                    };
                    ratings.push((targets, text));
                }
            }
        }
    }
    journey
        .stages
        .iter()
        .map(|stage| {
            let mut lines: Vec<(String, Rgb)> = stage
                .kpis
                .iter()
                .filter(|k| k.actual.is_some() || k.target.is_some())
                .map(|k| {
                    let value = |v: Option<f64>| v.map_or_else(|| "—".to_owned(), short);
                    let unit = if k.unit.is_empty() {
                        String::new()
                    } else {
                        format!(" {}", k.unit)
                    };
                    let (mark, color) = match k.off_target() {
                        Some(true) => (" ⚠", palette.warning),
                        Some(false) => (" ✔", palette.positive),
                        None => ("", palette.text),
                    };
                    (
                        t!(
                            "out-data-kpi",
                            name = k.name.as_str(),
                            actual = value(k.actual),
                            unit = unit,
                            target = value(k.target),
                            mark = mark
                        ),
                        color,
                    )
                })
                .collect();
            for (targets, text) in &ratings {
                let here = targets.iter().any(|t| match t {
                    ItemTarget::Stage(s) => *s == stage.id,
                    ItemTarget::Card(c) => {
                        journey.card(*c).is_some_and(|card| card.stage == stage.id)
                    }
                });
                if here {
                    lines.push((text.clone(), palette.muted_text));
                }
            }
            lines
        })
        .collect()
}
