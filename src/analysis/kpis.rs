//! KPIs of touchpoints and stages from customer data: the rating columns mapped onto
//! a card or a stage, summarised over every respondent and over each persona's
//! customers (the rows its segment rules select).

use std::sync::Arc;

use crate::analysis::answers::{answers, rows_where, summary};
use crate::analysis::stats::{self, Summary};
use crate::model::{ColumnRole, Dataset, ItemTarget, Persona, PersonaId, Project, Scale};

/// One rating column mapped onto a card or a stage, summarised.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemKpi<'p> {
    pub dataset: &'p Dataset,
    /// The column's index in the dataset.
    pub column: usize,
    pub scale: Option<Scale>,
    /// Every respondent who answered.
    pub all: Option<Summary>,
    /// How many answers took each value (rating scales).
    pub distribution: Vec<(f64, usize)>,
    /// Each persona asked for: `None` when no segment rule of the persona applies to
    /// this dataset (its customers cannot be told apart), else the summary of its
    /// customers' answers (`Some(None)`: none of them answered).
    pub personas: Vec<(PersonaId, Option<Option<Summary>>)>,
}

/// The rating columns mapped onto `target`, each summarised for all respondents and
/// for each of `personas`.
pub fn item_kpis<'p>(
    project: &'p Project,
    target: ItemTarget,
    personas: &[PersonaId],
) -> Vec<ItemKpi<'p>> {
    let mut out = Vec::new();
    let personas: Vec<&Persona> = personas
        .iter()
        .filter_map(|id| project.persona(*id))
        .collect();
    for dataset in &project.datasets {
        // Each persona's rows are found once per dataset, when a column needs them.
        let mut rows_of: Option<Vec<Option<Arc<[usize]>>>> = None;
        for (c, column) in dataset.columns.iter().enumerate() {
            let ColumnRole::Item(targets) = &column.role else {
                continue;
            };
            if !targets.contains(&target) {
                continue;
            }
            let answers = answers(dataset, c);
            let values: Vec<f64> = answers.iter().flatten().copied().collect();
            let rows_of = rows_of
                .get_or_insert_with(|| personas.iter().map(|p| persona_rows(dataset, p)).collect());
            let per_persona = personas
                .iter()
                .zip(rows_of.iter())
                .map(|(p, rows)| {
                    let found = rows.as_ref().map(|rows| summary(dataset, c, Some(rows)));
                    (p.id, found)
                })
                .collect();
            out.push(ItemKpi {
                dataset,
                column: c,
                scale: column.scale,
                all: summary(dataset, c, None),
                distribution: stats::distribution(&values),
                personas: per_persona,
            });
        }
    }
    out
}

/// The rows of `dataset` that `persona`'s segment rules select (every rule that
/// applies must hold; a rule applies when it names this dataset or none, and the
/// dataset has its column). `None` when no rule applies.
pub fn persona_rows(dataset: &Dataset, persona: &Persona) -> Option<Arc<[usize]>> {
    let rules: Vec<(usize, &str)> = persona
        .segment_rules
        .iter()
        .filter(|r| r.dataset.is_none_or(|d| d == dataset.id))
        .filter_map(|r| {
            dataset
                .column(r.column.trim())
                .map(|(i, _)| (i, r.value.trim()))
        })
        .collect();
    if rules.is_empty() {
        return None;
    }
    Some(rows_where(dataset, &rules))
}

/// The columns a card or stage could be mapped to: every dataset's rating and
/// verbatim columns not yet mapped to `target`, as (dataset index, column index).
pub fn mappable(project: &Project, target: ItemTarget) -> Vec<(usize, usize)> {
    columns_where(project, |role| match role {
        ColumnRole::Item(t) | ColumnRole::Verbatim(t) => !t.contains(&target),
        _ => false,
    })
}

/// The verbatim columns mapped onto `target`, as (dataset index, column index).
pub fn mapped_verbatims(project: &Project, target: ItemTarget) -> Vec<(usize, usize)> {
    columns_where(
        project,
        |role| matches!(role, ColumnRole::Verbatim(t) if t.contains(&target)),
    )
}

/// (dataset index, column index) of every column whose role passes `keep`.
fn columns_where(project: &Project, keep: impl Fn(&ColumnRole) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (d, dataset) in project.datasets.iter().enumerate() {
        for (c, column) in dataset.columns.iter().enumerate() {
            if keep(&column.role) {
                out.push((d, c));
            }
        }
    }
    out
}

/// Free-text answers of column `c`: (row, text) of the rows `persona`'s rules select
/// (all rows without a persona), whose text holds every word of `search` (any case).
/// Empty answers and "no answer" codes are left out.
pub fn verbatims<'d>(
    dataset: &'d Dataset,
    c: usize,
    persona: Option<&Persona>,
    search: &str,
) -> Vec<(usize, &'d str)> {
    let Some(column) = dataset.columns.get(c) else {
        return Vec::new();
    };
    let rows = match persona {
        Some(p) => persona_rows(dataset, p).unwrap_or_default(),
        None => (0..dataset.rows.len()).collect(),
    };
    let words: Vec<String> = search.split_whitespace().map(str::to_lowercase).collect();
    rows.iter()
        .filter_map(|&r| Some((r, dataset.rows.get(r)?.get(c)?.trim())))
        .filter(|(_, text)| !column.is_missing(text))
        .filter(|(_, text)| {
            let lower = text.to_lowercase();
            words.iter().all(|w| lower.contains(w.as_str()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CardId, Column, ColumnKind, DatasetId, SegmentRule, synthetic};

    fn project_with_survey() -> (Project, CardId, PersonaId, PersonaId) {
        let mut p = synthetic::project(20);
        let card = p.journeys[0].cards[0].id;
        let mut rating = Column::new(
            "Boarding",
            ColumnKind::Number,
            ColumnRole::Item(vec![ItemTarget::Card(card)]),
        );
        rating.scale = Some(Scale::ONE_TO_FIVE);
        rating.missing = vec!["0".into()];
        let rows = [
            ["Business", "5"],
            ["Business", "4"],
            ["Personal", "2"],
            ["Personal", "0"],
            ["Personal", "3"],
        ];
        p.datasets.push(Dataset {
            id: DatasetId(90_000),
            name: "Survey".into(),
            columns: vec![
                Column::new("Travel", ColumnKind::Category, ColumnRole::Segment),
                rating,
            ],
            rows: rows.iter().map(|r| r.map(str::to_owned).to_vec()).collect(),
            ..Dataset::default()
        });
        let (a, b) = (p.personas[0].id, p.personas[1].id);
        p.personas[0].segment_rules = vec![SegmentRule::new("Travel", "Business")];
        p.personas[1].segment_rules.clear();
        (p, card, a, b)
    }

    #[test]
    fn a_card_gets_its_mapped_ratings_for_all_and_per_persona() {
        let (p, card, business, unsegmented) = project_with_survey();
        let kpis = item_kpis(&p, ItemTarget::Card(card), &[business, unsegmented]);
        assert_eq!(kpis.len(), 1);
        let k = &kpis[0];
        let all = k.all.as_ref().unwrap();
        assert_eq!(all.n, 4, "the 0 is no answer");
        assert!((all.mean - 3.5).abs() < 1e-12);
        assert_eq!(k.distribution, vec![(2.0, 1), (3.0, 1), (4.0, 1), (5.0, 1)]);
        let (id, summary) = &k.personas[0];
        assert_eq!(*id, business);
        let summary = summary.as_ref().unwrap().as_ref().unwrap();
        assert_eq!(summary.n, 2);
        assert!((summary.mean - 4.5).abs() < 1e-12);
        assert!((summary.top_box.unwrap() - 1.0).abs() < 1e-12);
        assert_eq!(k.personas[1], (unsegmented, None));
        // Another card has none; the column can still be mapped to it.
        let other = p.journeys[0].cards[1].id;
        assert!(item_kpis(&p, ItemTarget::Card(other), &[]).is_empty());
        assert_eq!(
            mappable(&p, ItemTarget::Card(other)),
            vec![(p.datasets.len() - 1, 1)]
        );
        assert!(mappable(&p, ItemTarget::Card(card)).is_empty());
    }

    #[test]
    fn verbatims_by_persona_and_search() {
        let (mut p, _, business, _) = project_with_survey();
        let d = p.datasets.last_mut().unwrap();
        d.columns.push(Column::new(
            "Comment",
            ColumnKind::Text,
            ColumnRole::Verbatim(Vec::new()),
        ));
        d.rows = d
            .rows
            .iter()
            .zip([
                "Quick boarding",
                "",
                "Slow boarding queue",
                "N/A",
                "Friendly",
            ])
            .map(|(row, text)| row.iter().chain([text]).collect::<Vec<_>>())
            .collect();
        d.columns[2].missing = vec!["N/A".into()];
        let d = p.datasets.last().unwrap().clone();
        let all: Vec<&str> = verbatims(&d, 2, None, "")
            .into_iter()
            .map(|(_, t)| t)
            .collect();
        assert_eq!(all, ["Quick boarding", "Slow boarding queue", "Friendly"]);
        let found: Vec<usize> = verbatims(&d, 2, None, "BOARDING slow")
            .into_iter()
            .map(|(r, _)| r)
            .collect();
        assert_eq!(found, [2]);
        let persona = p.persona(business).unwrap();
        let theirs: Vec<&str> = verbatims(&d, 2, Some(persona), "")
            .into_iter()
            .map(|(_, t)| t)
            .collect();
        assert_eq!(theirs, ["Quick boarding"]);
    }

    #[test]
    fn rules_naming_another_dataset_or_an_unknown_column_do_not_apply() {
        let (mut p, _, _, _) = project_with_survey();
        let d = p.datasets.last().unwrap().clone();
        let mut rule = SegmentRule::new("Travel", "Business");
        rule.dataset = Some(DatasetId(1));
        p.personas[0].segment_rules = vec![rule, SegmentRule::new("Colour", "Red")];
        assert_eq!(persona_rows(&d, &p.personas[0]), None);
        p.personas[0].segment_rules = vec![SegmentRule::new("Travel", "Personal")];
        assert_eq!(persona_rows(&d, &p.personas[0]), Some(Arc::from([2, 3, 4])));
    }
}
