//! Evidence computed from customer data: a statistic of one column over the rows a
//! filter selects, optionally compared with another group ("business travellers vs.
//! personal travellers"). Figures are stored with the evidence and computed again
//! when their data is refreshed.

use crate::edit::{Change, Edit};
use crate::i18n::numbers;
use crate::model::{
    DataQuery, Dataset, DatasetId, EvidenceKind, FigureValue, Project, SegmentRule, Statistic,
};
use crate::t;

/// The dataset a query reads: the one it names, else the first with its column.
pub fn dataset_of<'p>(project: &'p Project, query: &DataQuery) -> Option<&'p Dataset> {
    match query.dataset {
        Some(id) => project.dataset(id),
        None => project
            .datasets
            .iter()
            .find(|d| d.column(query.column.trim()).is_some()),
    }
}

/// The rows of `dataset` where every rule holds (all rows without rules). `None` when
/// a rule names a column the dataset lacks.
pub fn rows_matching(dataset: &Dataset, rules: &[SegmentRule]) -> Option<std::sync::Arc<[usize]>> {
    let mut columns = Vec::with_capacity(rules.len());
    for rule in rules {
        let (c, _) = dataset.column(rule.column.trim())?;
        columns.push((c, rule.value.trim()));
    }
    Some(crate::analysis::answers::rows_where(dataset, &columns))
}

/// The statistic of `query` over the rows that `rules` select, or `None` when the
/// data cannot answer (no dataset, no column, no answers).
pub fn figure(project: &Project, query: &DataQuery, rules: &[SegmentRule]) -> Option<FigureValue> {
    let dataset = dataset_of(project, query)?;
    let (c, _) = dataset.column(query.column.trim())?;
    let rows = rows_matching(dataset, rules)?;
    let summary = crate::analysis::answers::summary(dataset, c, Some(&rows))?;
    let n = summary.n as u64;
    Some(match query.statistic {
        Statistic::Mean => FigureValue {
            value: summary.mean,
            n,
            ci_low: summary.ci95.map(|c| c.0),
            ci_high: summary.ci95.map(|c| c.1),
        },
        Statistic::TopBoxShare => {
            let p = summary.top_box?;
            // Wald interval of a proportion.
            let half = 1.96 * (p * (1.0 - p) / summary.n as f64).sqrt();
            FigureValue {
                value: p * 100.0,
                n,
                ci_low: Some(((p - half) * 100.0).max(0.0)),
                ci_high: Some(((p + half) * 100.0).min(100.0)),
            }
        }
        Statistic::Nps => FigureValue {
            value: summary.nps?.score,
            n,
            ci_low: None,
            ci_high: None,
        },
        Statistic::Count => FigureValue {
            value: summary.n as f64,
            n,
            ci_low: None,
            ci_high: None,
        },
    })
}

/// A figure evidence computed afresh: (its value, the compared group's value).
pub fn compute(
    project: &Project,
    query: &DataQuery,
    compare_with: Option<&[SegmentRule]>,
) -> (Option<FigureValue>, Option<FigureValue>) {
    (
        figure(project, query, &query.filter),
        compare_with.and_then(|rules| figure(project, query, rules)),
    )
}

/// Edits that store freshly computed values in every figure evidence reading
/// `dataset` (or any dataset, when it names none), as `project` is now.
pub fn refresh_figures(project: &Project, dataset: DatasetId) -> Vec<Edit> {
    project
        .evidence
        .iter()
        .filter_map(|e| {
            let EvidenceKind::Figure {
                query,
                compare_with,
                value,
                compare_value,
            } = &e.kind
            else {
                return None;
            };
            if query.dataset.is_some_and(|d| d != dataset) {
                return None;
            }
            let (new, new_compare) = compute(project, query, compare_with.as_deref());
            if new.is_none() || (&new, &new_compare) == (value, compare_value) {
                return None;
            }
            let mut e = e.clone();
            e.kind = EvidenceKind::Figure {
                query: query.clone(),
                compare_with: compare_with.clone(),
                value: new,
                compare_value: new_compare,
            };
            Some(Edit::Evidence(Change::Replace { item: e }))
        })
        .collect()
}

/// Edits that store freshly computed actual values in every stage KPI computed from
/// `dataset` (or from any dataset, when it names none).
pub fn refresh_kpis(project: &Project, dataset: DatasetId) -> Vec<Edit> {
    let mut edits = Vec::new();
    for journey in &project.journeys {
        for stage in &journey.stages {
            let mut changed = stage.clone();
            let mut any = false;
            for kpi in &mut changed.kpis {
                let Some(query) = &kpi.source else { continue };
                if query.dataset.is_some_and(|d| d != dataset) {
                    continue;
                }
                if let Some(v) = figure(project, query, &query.filter)
                    && kpi.actual != Some(v.value)
                {
                    kpi.actual = Some(v.value);
                    any = true;
                }
            }
            if any {
                edits.push(Edit::Stage {
                    journey: journey.id,
                    change: Change::Replace { item: changed },
                });
            }
        }
    }
    edits
}

/// "Mean 3.62 (95% CI 3.59–3.64, n 9,138)".
pub fn describe(statistic: Statistic, v: &FigureValue) -> String {
    let value = match statistic {
        Statistic::Mean => numbers::decimal(v.value, 2),
        Statistic::TopBoxShare => numbers::percent(v.value, 0),
        Statistic::Nps => signed_whole(v.value),
        Statistic::Count => numbers::decimal(v.value, 0),
    };
    let n = numbers::integer(i64::try_from(v.n).unwrap_or(i64::MAX));
    match (v.ci_low, v.ci_high) {
        (Some(lo), Some(hi)) if statistic == Statistic::TopBoxShare => t!(
            "out-figure-ci-percent",
            value = value,
            low = numbers::decimal(lo, 0),
            high = numbers::percent(hi, 0),
            n = n
        ),
        (Some(lo), Some(hi)) => t!(
            "out-figure-ci",
            value = value,
            low = numbers::decimal(lo, 2),
            high = numbers::decimal(hi, 2),
            n = n
        ),
        _ => t!("out-figure", value = value, n = n),
    }
}

/// A whole number with its sign, as `{:+.0}` writes it ("+12", "-3"), digits grouped
/// the language's way.
pub fn signed_whole(v: f64) -> String {
    let plain = format!("{v:+.0}");
    let (sign, digits) = plain.split_at(1);
    format!("{sign}{}", numbers::integer(digits.parse().unwrap_or(0)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Column, ColumnKind, ColumnRole, Evidence, EvidenceId, Scale, synthetic};

    fn project() -> Project {
        let mut p = synthetic::project(5);
        let mut rating = Column::new("Boarding", ColumnKind::Number, ColumnRole::Item(Vec::new()));
        rating.scale = Some(Scale::ONE_TO_FIVE);
        rating.missing = vec!["0".into()];
        p.datasets.push(Dataset {
            id: DatasetId(70_000),
            name: "Survey".into(),
            columns: vec![
                Column::new("Travel", ColumnKind::Category, ColumnRole::Segment),
                rating,
            ],
            rows: [
                ["Business", "5"],
                ["Business", "4"],
                ["Business", "0"],
                ["Personal", "2"],
                ["Personal", "3"],
            ]
            .iter()
            .map(|r| r.map(str::to_owned).to_vec())
            .collect(),
            ..Dataset::default()
        });
        p
    }

    fn query(statistic: Statistic) -> DataQuery {
        DataQuery {
            dataset: None,
            column: "Boarding".into(),
            filter: vec![SegmentRule::new("Travel", "Business")],
            statistic,
        }
    }

    #[test]
    fn a_group_compared_with_another() {
        let p = project();
        let personal = [SegmentRule::new("Travel", "Personal")];
        let (a, b) = compute(&p, &query(Statistic::Mean), Some(&personal));
        let (a, b) = (a.unwrap(), b.unwrap());
        assert_eq!(a.n, 2);
        assert!((a.value - 4.5).abs() < 1e-12);
        assert!((b.value - 2.5).abs() < 1e-12);
        assert!(a.ci_low.is_some());
        let top = figure(
            &p,
            &query(Statistic::TopBoxShare),
            &query(Statistic::Mean).filter,
        )
        .unwrap();
        assert!((top.value - 100.0).abs() < 1e-9);
        assert_eq!(
            describe(
                Statistic::Count,
                &figure(&p, &query(Statistic::Count), &[]).unwrap()
            ),
            "4 (n 4)"
        );
        // A column or rule the data lacks gives no figure.
        let mut q = query(Statistic::Mean);
        q.column = "Wifi".into();
        assert!(figure(&p, &q, &[]).is_none());
        assert!(
            figure(
                &p,
                &query(Statistic::Mean),
                &[SegmentRule::new("Colour", "Red")]
            )
            .is_none()
        );
    }

    #[test]
    fn refreshing_data_recomputes_kpi_actuals() {
        let mut p = project();
        let id = p.datasets[0].id;
        let mut q = query(Statistic::TopBoxShare);
        q.filter.clear();
        let kpi = crate::model::Kpi {
            name: "Boarding top-box".into(),
            source: Some(q),
            ..crate::model::Kpi::default()
        };
        p.journeys[0].stages[0].kpis = vec![kpi];
        Edit::batch(refresh_kpis(&p, id)).apply(&mut p).unwrap();
        // 5 and 4 of 5, 4, 2, 3 answers: 50%.
        let actual = p.journeys[0].stages[0].kpis[0].actual.unwrap();
        assert!((actual - 50.0).abs() < 1e-9, "{actual}");
        assert!(refresh_kpis(&p, id).is_empty(), "up to date");
    }

    #[test]
    fn refreshing_data_recomputes_stored_figures() {
        let mut p = project();
        let id = p.datasets[0].id;
        let (value, _) = compute(&p, &query(Statistic::Mean), None);
        p.evidence.push(Evidence {
            id: EvidenceId(70_001),
            title: "Boarding, business".into(),
            kind: EvidenceKind::Figure {
                query: query(Statistic::Mean),
                compare_with: None,
                value,
                compare_value: None,
            },
            note: String::new(),
        });
        assert!(refresh_figures(&p, id).is_empty(), "nothing changed");
        p.datasets[0].rows.push_row(["Business", "1"]).unwrap();
        let edits = refresh_figures(&p, id);
        assert_eq!(edits.len(), 1);
        Edit::batch(edits).apply(&mut p).unwrap();
        let Some(EvidenceKind::Figure { value, .. }) = p.evidence.last().map(|e| &e.kind) else {
            panic!("a figure");
        };
        let v = value.as_ref().unwrap();
        assert_eq!(v.n, 3);
        assert!((v.value - 10.0 / 3.0).abs() < 1e-12);
    }
}
