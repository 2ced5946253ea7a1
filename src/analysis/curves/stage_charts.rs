//! The stage charts beside the curves: NPS by stage, and each stage's KPIs against
//! their targets, in words.

use super::rows_for;
use crate::analysis::answers::answers;
use crate::analysis::stats::{self, Nps};
use crate::i18n::numbers::{self, short};
use crate::model::{Better, ColumnRole, ItemTarget, Journey, Persona, Project, Scale, StageId};
use crate::t;

/// NPS of one stage: the 0-10 answers mapped onto the stage or its cards.
#[derive(Clone, Debug, PartialEq)]
pub struct StageNps {
    pub stage: StageId,
    pub name: String,
    pub nps: Nps,
    pub n: usize,
}

/// NPS by stage, for `persona`'s customers or everyone; stages without a 0-10
/// answer are left out.
pub fn nps_by_stage(
    project: &Project,
    journey: &Journey,
    persona: Option<&Persona>,
) -> Vec<StageNps> {
    journey
        .stages
        .iter()
        .filter_map(|stage| {
            let on_stage = |t: &ItemTarget| match t {
                ItemTarget::Stage(s) => *s == stage.id,
                ItemTarget::Card(c) => journey.card(*c).is_some_and(|c| c.stage == stage.id),
            };
            let mut values = Vec::new();
            for d in &project.datasets {
                let Some(rows) = rows_for(d, persona) else {
                    continue;
                };
                for (c, column) in d.columns.iter().enumerate() {
                    let ColumnRole::Item(targets) = &column.role else {
                        continue;
                    };
                    if column.scale.is_some_and(Scale::is_nps) && targets.iter().any(on_stage) {
                        let all = answers(d, c);
                        match &rows {
                            Some(rows) => values
                                .extend(rows.iter().filter_map(|r| all.get(*r).copied().flatten())),
                            None => values.extend(all.iter().flatten()),
                        }
                    }
                }
            }
            let summary = stats::summarize(&values, Some(Scale::ZERO_TO_TEN))?;
            Some(StageNps {
                stage: stage.id,
                name: stage.name.clone(),
                nps: summary.nps?,
                n: summary.n,
            })
        })
        .collect()
}

/// One stage KPI against its target.
#[derive(Clone, Debug, PartialEq)]
pub struct KpiBar {
    pub stage: String,
    pub name: String,
    pub unit: String,
    pub target: f64,
    pub actual: f64,
    /// Actual as a share of target (1.0 = on target).
    pub ratio: f64,
    pub off_target: bool,
    /// Which direction is good.
    pub better: Better,
}

impl KpiBar {
    /// Actual against target in plain words: "3.49 of 3.5 points · 99.7% of target ·
    /// 0.01 points short". The share is never rounded onto 100% when the target is
    /// missed or beaten (99.7% is not "100%"), and the difference says which way.
    pub fn wording(&self) -> String {
        t!(
            "out-kpi-wording",
            actual = self.actual_of_target(),
            percent = percent_of_target(self.ratio),
            verdict = self.verdict()
        )
    }

    /// "3.49 of 3.5 points", "34.17 of 50%".
    pub fn actual_of_target(&self) -> String {
        t!(
            "out-kpi-actual-of",
            actual = short(self.actual),
            target = with_unit(self.target, &self.unit)
        )
    }

    /// How far from the target, and which way: "0.01 points short", "2 h over",
    /// "5.32 points above", "on target".
    pub fn verdict(&self) -> String {
        let delta = (self.actual - self.target).abs();
        if short(delta) == "0" {
            // Closer than the values are written: say which side it falls on.
            return if self.off_target {
                t!("out-kpi-just-off-target").to_owned()
            } else {
                t!("out-kpi-on-target").to_owned()
            };
        }
        // A difference of percentages is in points.
        let unit = if self.unit.trim() == "%" {
            t!("out-kpi-points")
        } else {
            self.unit.trim()
        };
        let delta = with_unit(delta, unit);
        match (self.better, self.actual < self.target) {
            (Better::Higher, true) => t!("out-kpi-short", delta = delta),
            (Better::Higher, false) => t!("out-kpi-above", delta = delta),
            (Better::Lower, true) => t!("out-kpi-under", delta = delta),
            (Better::Lower, false) => t!("out-kpi-over", delta = delta),
        }
    }
}

/// "3.5 points", "50%", "12".
fn with_unit(v: f64, unit: &str) -> String {
    match unit.trim() {
        "" => short(v),
        "%" => t!("out-percent", value = short(v)),
        unit => format!("{} {unit}", short(v)),
    }
}

/// A share of target as a percentage that never reads "100%" unless it is: 0.997 is
/// "99.7%", 1.0004 "100.04%", 0.68 "68%".
pub fn percent_of_target(ratio: f64) -> String {
    let percent = ratio * 100.0;
    if !percent.is_finite() {
        return "–".to_owned();
    }
    if (percent - 100.0).abs() < 1e-9 {
        return numbers::percent(100.0, 0);
    }
    for decimals in 0..4 {
        let text = format!("{percent:.decimals$}");
        let rounded: f64 = text.parse().unwrap_or(percent);
        // Rounded onto (or across) 100 while the value is not: one more decimal.
        if (rounded - 100.0).abs() > 1e-9 && (rounded > 100.0) == (percent > 100.0) {
            return numbers::percent(percent, decimals);
        }
    }
    if percent < 100.0 {
        t!("out-kpi-just-under-100").to_owned()
    } else {
        t!("out-kpi-just-over-100").to_owned()
    }
}

/// The journey's stage KPIs that have both a target and an actual value.
pub fn kpi_bars(journey: &Journey) -> Vec<KpiBar> {
    journey
        .stages
        .iter()
        .flat_map(|s| s.kpis.iter().map(move |k| (s, k)))
        .filter_map(|(stage, kpi)| {
            let (target, actual) = (kpi.target?, kpi.actual?);
            Some(KpiBar {
                stage: stage.name.clone(),
                name: kpi.name.clone(),
                unit: kpi.unit.clone(),
                target,
                actual,
                ratio: if target == 0.0 { 1.0 } else { actual / target },
                off_target: kpi.off_target().unwrap_or(false),
                better: kpi.better,
            })
        })
        .collect()
}
