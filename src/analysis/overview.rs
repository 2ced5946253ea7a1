//! A dataset at a glance, for the customer-data view: per numeric column, n, the
//! mean with its 95% confidence interval, the top-box share or NPS and the
//! distribution of answers, over every respondent and, split by a segment column,
//! over each segment. Cells are read as the KPIs read them ([`answers::answer`]):
//! "no answer" codes, text and values off the scale are not answers, and are
//! counted apart.

use std::collections::BTreeMap;

use crate::analysis::answers;
use crate::analysis::stats::{self, Summary};
use crate::model::{Column, ColumnKind, ColumnRole, Dataset, Scale};

/// A segment column splits the rows into at most this many groups.
pub const MAX_SEGMENTS: usize = 12;

/// A distribution is kept for columns of at most this many different answers.
const MAX_VALUES: usize = 11;

/// The figures of a dataset's numeric columns.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Overview {
    /// The column the rows are split by, if any.
    pub by: Option<usize>,
    /// The values of `by` (trimmed, in alphabetical order) and how many rows hold
    /// each. Rows with no answer in `by` are in none.
    pub segments: Vec<(String, usize)>,
    /// The numeric columns (but `by` and identifiers): the rating columns (those
    /// with a scale) first, then the other numbers, each in the dataset's order.
    pub columns: Vec<ColumnOverview>,
    /// The columns that can split the rows: segment and category columns with two
    /// to [`MAX_SEGMENTS`] different values.
    pub splits: Vec<usize>,
}

/// One numeric column's figures.
#[derive(Clone, Debug, PartialEq)]
pub struct ColumnOverview {
    /// The column's index in the dataset.
    pub column: usize,
    pub scale: Option<Scale>,
    /// Over every row.
    pub all: Figures,
    /// Over each of [`Overview::segments`], in the same order.
    pub segments: Vec<Figures>,
    /// Cells that are no answer: empty, or a "no answer" code.
    pub no_answer: usize,
    /// Cells that are not numbers, or numbers off the scale.
    pub not_fitting: usize,
}

/// The answers of a column in a group of rows.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Figures {
    /// `None` without answers.
    pub summary: Option<Summary>,
    /// How many answers took each value, for rating scales and columns of few
    /// values (else empty).
    pub distribution: Vec<(f64, usize)>,
}

impl Figures {
    fn of(values: &[f64], scale: Option<Scale>) -> Self {
        let distribution = stats::distribution(values);
        Self {
            summary: stats::summarize(values, scale),
            distribution: if scale.is_some() || distribution.len() <= MAX_VALUES {
                distribution
            } else {
                Vec::new()
            },
        }
    }
}

/// The figures of `dataset`'s numeric columns, split by column `by` when it can
/// split the rows (see [`Overview::splits`]).
pub fn overview(dataset: &Dataset, by: Option<usize>) -> Overview {
    let splits = splits(dataset);
    let by = by.filter(|b| splits.contains(b));
    let (segments, segment_of) = match by.and_then(|b| Some((b, dataset.columns.get(b)?))) {
        Some((b, column)) => segments(dataset, b, column),
        None => (Vec::new(), Vec::new()),
    };
    let mut columns: Vec<ColumnOverview> = dataset
        .columns
        .iter()
        .enumerate()
        .filter(|(c, column)| column.kind == ColumnKind::Number && Some(*c) != by)
        .filter_map(|(c, column)| column_overview(dataset, c, column, &segment_of, segments.len()))
        .collect();
    // What customers rated comes first (a stable sort keeps the file's order).
    columns.sort_by_key(|c| c.scale.is_none());
    Overview {
        by,
        segments,
        columns,
        splits,
    }
}

/// The columns that can split the rows.
fn splits(dataset: &Dataset) -> Vec<usize> {
    dataset
        .columns
        .iter()
        .enumerate()
        .filter(|(_, column)| {
            column.role == ColumnRole::Segment || column.kind == ColumnKind::Category
        })
        .filter(|(c, column)| {
            let values = dataset
                .rows
                .distinct(*c)
                .into_iter()
                .filter(|v| !column.is_missing(v))
                .count();
            (2..=MAX_SEGMENTS).contains(&values)
        })
        .map(|(c, _)| c)
        .collect()
}

/// The values of column `b` with their row counts, and each row's value (an index
/// into them).
fn segments(
    dataset: &Dataset,
    b: usize,
    column: &Column,
) -> (Vec<(String, usize)>, Vec<Option<usize>>) {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for row in &dataset.rows {
        if let Some(cell) = row.get(b).filter(|cell| !column.is_missing(cell)) {
            *counts.entry(cell.trim()).or_default() += 1;
        }
    }
    let names: Vec<&str> = counts.keys().copied().collect();
    let segment_of = dataset
        .rows
        .iter()
        .map(|row| {
            let cell = row.get(b).filter(|cell| !column.is_missing(cell))?;
            names.binary_search(&cell.trim()).ok()
        })
        .collect();
    let segments = counts
        .into_iter()
        .map(|(name, n)| (name.to_owned(), n))
        .collect();
    (segments, segment_of)
}

/// Column `c`'s figures, overall and per segment; `None` for an identifier (every
/// value a different whole number).
fn column_overview(
    dataset: &Dataset,
    c: usize,
    column: &Column,
    segment_of: &[Option<usize>],
    segments: usize,
) -> Option<ColumnOverview> {
    let mut all = Vec::with_capacity(dataset.rows.len());
    let mut per_segment: Vec<Vec<f64>> = vec![Vec::new(); segments];
    let (mut no_answer, mut not_fitting) = (0, 0);
    for (r, row) in dataset.rows.iter().enumerate() {
        let cell = row.get(c).unwrap_or("");
        if column.is_missing(cell) {
            no_answer += 1;
            continue;
        }
        let Some(value) = answers::answer(column, cell) else {
            not_fitting += 1;
            continue;
        };
        all.push(value);
        if let Some(values) = segment_of
            .get(r)
            .copied()
            .flatten()
            .and_then(|s| per_segment.get_mut(s))
        {
            values.push(value);
        }
    }
    let all_figures = Figures::of(&all, column.scale);
    let identifier = all.len() >= 20
        && column.scale.is_none()
        && all.iter().all(|v| v.fract() == 0.0)
        && stats::distribution(&all).len() == all.len();
    if identifier {
        return None;
    }
    Some(ColumnOverview {
        column: c,
        scale: column.scale,
        all: all_figures,
        segments: per_segment
            .iter()
            .map(|values| Figures::of(values, column.scale))
            .collect(),
        no_answer,
        not_fitting,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Cells, DatasetId};

    fn survey() -> Dataset {
        let mut seat = Column::new("Seat", ColumnKind::Number, ColumnRole::Item(Vec::new()));
        seat.scale = Some(Scale::ONE_TO_FIVE);
        seat.missing = vec!["0".into()];
        let mut recommend = Column::new("Recommend", ColumnKind::Number, ColumnRole::Ignored);
        recommend.scale = Some(Scale::ZERO_TO_TEN);
        let rows = [
            ["1", "Business", "5", "10", "A"],
            ["2", "Personal", "2", "6", "B"],
            ["3", "Business", "0", "9", "C"],
            ["4", "Business", "4", "7", "D"],
            ["5", "", "9", "3", "E"],
            ["6", "Personal", "x", "", "F"],
        ];
        Dataset {
            id: DatasetId(7),
            name: "Survey".into(),
            columns: vec![
                Column::new("ID", ColumnKind::Number, ColumnRole::Ignored),
                Column::new("Travel", ColumnKind::Category, ColumnRole::Segment),
                seat,
                recommend,
                Column::new(
                    "Comment",
                    ColumnKind::Text,
                    ColumnRole::Verbatim(Vec::new()),
                ),
            ],
            rows: Cells::from_rows(rows),
            ..Dataset::default()
        }
    }

    #[test]
    fn every_numeric_column_is_summarised_as_the_kpis_read_it() {
        let d = survey();
        let o = overview(&d, None);
        assert_eq!(o.splits, [1]);
        assert!(o.segments.is_empty());
        let columns: Vec<usize> = o.columns.iter().map(|c| c.column).collect();
        // Ratings first. The ID column has six answers: too few to be sure it is an
        // identifier.
        assert_eq!(columns, [2, 3, 0]);
        let seat = &o.columns[0];
        // 5, 2, 4: the 0 is no answer, the 9 is off the scale, the x not a number.
        let s = seat.all.summary.as_ref().unwrap();
        assert_eq!(s.n, 3);
        assert!((s.mean - 11.0 / 3.0).abs() < 1e-12);
        assert!((s.top_box.unwrap() - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(seat.all.distribution, [(2.0, 1), (4.0, 1), (5.0, 1)]);
        assert_eq!((seat.no_answer, seat.not_fitting), (1, 2));
        assert_eq!(
            crate::analysis::answers::column_values(&d, 2, None),
            [5.0, 2.0, 4.0],
            "the same answers as a card's KPIs"
        );
        let recommend = o.columns[1].all.summary.as_ref().unwrap();
        // 10, 9 promoters; 6, 3 detractors; 7 passive.
        assert!((recommend.nps.unwrap().score - 0.0).abs() < 1e-12);
        assert_eq!(o.columns[1].no_answer, 1);
    }

    #[test]
    fn a_segment_column_splits_the_rows() {
        let d = survey();
        let o = overview(&d, Some(1));
        assert_eq!(o.by, Some(1));
        assert_eq!(
            o.segments,
            [("Business".to_owned(), 3), ("Personal".to_owned(), 2)]
        );
        let seat = o.columns.iter().find(|c| c.column == 2).unwrap();
        let n: Vec<Option<usize>> = seat
            .segments
            .iter()
            .map(|f| f.summary.as_ref().map(|s| s.n))
            .collect();
        assert_eq!(n, [Some(2), Some(1)], "Business 5 and 4; Personal 2");
        // A column that cannot split the rows (free text) is not used.
        assert_eq!(overview(&d, Some(4)).by, None);
        assert_eq!(overview(&d, Some(99)).by, None);
    }

    #[test]
    fn identifiers_and_measures() {
        let mut d = survey();
        d.columns[2] = Column::new("Distance", ColumnKind::Number, ColumnRole::Ignored);
        d.rows = Cells::from_rows((0..30).map(|i| {
            [
                i.to_string(),
                "Business".to_owned(),
                (i * 37 % 23 * 50).to_string(),
                "8".to_owned(),
                String::new(),
            ]
        }));
        let o = overview(&d, None);
        let columns: Vec<usize> = o.columns.iter().map(|c| c.column).collect();
        assert_eq!(columns, [3, 2], "30 different whole numbers: an identifier");
        // A measure of many values has no distribution, but its mean and range.
        let distance = &o.columns[1].all;
        assert!(distance.distribution.is_empty());
        assert!((distance.summary.as_ref().unwrap().max - 1100.0).abs() < 1e-9);
        // One value in the segment column: nothing to split by.
        assert!(o.splits.is_empty());
    }
}
