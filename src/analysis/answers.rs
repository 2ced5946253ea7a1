//! What the analyses read from a dataset's text cells, read once and kept while those
//! cells (and the column's settings) stay the same: each row's answer in a column,
//! the rows that segment rules select, and the summary of a column over some rows.
//!
//! A map with customer data is laid out again on every edit, and the walkthrough lays
//! each stage out a dozen times to find its zoom; every layout summarises the rating
//! columns mapped onto the map, for everyone and for each persona. Reading thousands
//! of text cells was nearly all of that work (a 13,524-row survey: 22 ms a layout,
//! half a second to show a stage), so what was read is kept here. Summing the
//! answers again was most of what was left (6 ms a layout), so the summaries of a
//! column over a segment's rows are kept too: a layout after an edit takes 0.26 ms.
//!
//! The memo holds a copy of the cells it read (cells are shared, not copied, see
//! [`Cells`]): while it does, those cells cannot change in place, so finding the same
//! cells again means finding the same text. It is per thread (the app's, an export's),
//! holds a bounded number of readings, and lets go of cells that no project or undo
//! history holds any more.

use std::cell::RefCell;
use std::sync::Arc;

use crate::analysis::stats::{Summary, summarize};
use crate::model::{Cells, Column, Dataset, Scale};

/// The answers of one column, one a row: `None` for no answer (see [`answer`]).
pub type Answers = Arc<[Option<f64>]>;

/// How many tables of cells the memo of a thread keeps readings of (a project's
/// datasets, and the versions an edit of their rows leaves in the undo history).
const TABLES_KEPT: usize = 16;
/// How many columns' answers, and sets of rows, it keeps for each table.
const KEPT: usize = 64;
/// How many summaries for each table: a map summarises each of its rating columns
/// for everyone and for each persona (14 columns and 3 personas in the airline
/// example); they are small.
const SUMMARIES_KEPT: usize = 512;

/// What was read from one table of cells. The table is held here once, whatever was
/// read from it, so that when no project holds it any more the memo alone does and
/// lets it go.
struct Readings {
    cells: Cells,
    answers: Vec<(ColumnKey, Answers)>,
    rows: Vec<(Rules, Arc<[usize]>)>,
    summaries: Vec<(SummaryKey, Option<Summary>)>,
}

/// What a column's answers depend on besides the cells.
#[derive(PartialEq)]
struct ColumnKey {
    column: usize,
    scale: Option<Scale>,
    missing: Vec<String>,
}

/// Segment rules: (column, value) pairs that must all hold.
type Rules = Vec<(usize, String)>;

/// What a summary depends on besides the cells: the column and the rows (all of them
/// for `None`).
struct SummaryKey {
    column: ColumnKey,
    rows: Option<Arc<[usize]>>,
}

impl PartialEq for SummaryKey {
    fn eq(&self, other: &Self) -> bool {
        self.column == other.column
            && match (&self.rows, &other.rows) {
                (None, None) => true,
                // The rows of a segment come from `rows_where`: the same ones, shared.
                (Some(a), Some(b)) => Arc::ptr_eq(a, b) || **a == **b,
                _ => false,
            }
    }
}

thread_local! {
    static MEMO: RefCell<Vec<Readings>> = const { RefCell::new(Vec::new()) };
}

/// One kind of reading: where a table's readings of that kind are, and how many are
/// kept.
struct Kind<K, V> {
    list: fn(&mut Readings) -> &mut Vec<(K, V)>,
    bound: usize,
}

const ANSWERS: Kind<ColumnKey, Answers> = Kind {
    list: |r| &mut r.answers,
    bound: KEPT,
};
const ROWS: Kind<Rules, Arc<[usize]>> = Kind {
    list: |r| &mut r.rows,
    bound: KEPT,
};
const SUMMARIES: Kind<SummaryKey, Option<Summary>> = Kind {
    list: |r| &mut r.summaries,
    bound: SUMMARIES_KEPT,
};

/// What `read` reads from `cells` for `key`: kept from before, or read now and kept.
fn kept<K: PartialEq, V: Clone>(
    kind: &Kind<K, V>,
    cells: &Cells,
    key: K,
    read: impl FnOnce() -> V,
) -> V {
    let found = MEMO.with_borrow_mut(|memo| {
        let table = memo.iter_mut().find(|r| r.cells.shares(cells))?;
        (kind.list)(table)
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.clone())
    });
    if let Some(value) = found {
        return value;
    }
    // Not borrowed while reading: a reading may need others (a summary, answers).
    let value = read();
    MEMO.with_borrow_mut(|memo| {
        // Cells only the memo still holds belong to no project any more.
        memo.retain(|r| !r.cells.held_only_here());
        let table = memo
            .iter()
            .position(|r| r.cells.shares(cells))
            .unwrap_or_else(|| {
                if memo.len() >= TABLES_KEPT {
                    memo.remove(0);
                }
                memo.push(Readings {
                    cells: cells.clone(),
                    answers: Vec::new(),
                    rows: Vec::new(),
                    summaries: Vec::new(),
                });
                memo.len() - 1
            });
        if let Some(table) = memo.get_mut(table) {
            let list = (kind.list)(table);
            if list.len() >= kind.bound {
                list.remove(0);
            }
            list.push((key, value.clone()));
        }
    });
    value
}

/// A cell's answer: `None` for no answer (a missing code, a cell that is not a
/// number, a value off the column's scale).
pub fn answer(column: &Column, cell: &str) -> Option<f64> {
    if column.is_missing(cell) {
        return None;
    }
    crate::io::table::parse_number(cell).filter(|v| column.scale.is_none_or(|s| s.contains(*v)))
}

/// What column `c`'s answers depend on besides the cells.
fn column_key(c: usize, column: &Column) -> ColumnKey {
    ColumnKey {
        column: c,
        scale: column.scale,
        missing: column.missing.clone(),
    }
}

/// Each row's answer in column `c`: `None` for no answer (see [`answer`]; a short
/// row has none).
pub fn answers(dataset: &Dataset, c: usize) -> Answers {
    let Some(column) = dataset.columns.get(c) else {
        return Arc::from([]);
    };
    let key = column_key(c, column);
    kept(&ANSWERS, &dataset.rows, key, || {
        dataset
            .rows
            .iter()
            .map(|row| row.get(c).and_then(|cell| answer(column, cell)))
            .collect()
    })
}

/// The rows where every (column, value) holds (trimmed); all rows without any.
pub fn rows_where(dataset: &Dataset, rules: &[(usize, &str)]) -> Arc<[usize]> {
    let key = rules.iter().map(|(c, v)| (*c, (*v).to_owned())).collect();
    kept(&ROWS, &dataset.rows, key, || {
        dataset
            .rows
            .iter()
            .enumerate()
            .filter(|(_, row)| {
                rules.iter().all(|(c, value)| {
                    row.get(*c)
                        .is_some_and(|cell| cell == *value || cell.trim() == *value)
                })
            })
            .map(|(i, _)| i)
            .collect()
    })
}

/// The answers of column `c` (see [`answer`]), over `rows` or all.
pub fn column_values(dataset: &Dataset, c: usize, rows: Option<&[usize]>) -> Vec<f64> {
    let all = answers(dataset, c);
    match rows {
        Some(rows) => rows
            .iter()
            .filter_map(|r| all.get(*r).copied().flatten())
            .collect(),
        None => all.iter().copied().flatten().collect(),
    }
}

/// The summary of column `c`'s answers (on its scale) over `rows` or all; `None`
/// without answers.
pub fn summary(dataset: &Dataset, c: usize, rows: Option<&Arc<[usize]>>) -> Option<Summary> {
    let column = dataset.columns.get(c)?;
    let key = SummaryKey {
        column: column_key(c, column),
        rows: rows.cloned(),
    };
    kept(&SUMMARIES, &dataset.rows, key, || {
        summarize(
            &column_values(dataset, c, rows.map(|r| &r[..])),
            column.scale,
        )
    })
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::float_cmp,
    reason = "a test fails loudly; the answers are small whole numbers"
)]
mod tests {
    use super::*;
    use crate::model::{ColumnKind, ColumnRole, DataSource, DatasetId};

    fn survey(rows: &[[&str; 2]]) -> Dataset {
        let mut rating = Column::new("Seat", ColumnKind::Number, ColumnRole::Item(Vec::new()));
        rating.scale = Some(Scale::ONE_TO_FIVE);
        rating.missing = vec!["0".to_owned()];
        Dataset {
            id: DatasetId(7),
            name: "Survey".to_owned(),
            source: DataSource::default(),
            columns: vec![
                Column::new("Id", ColumnKind::Text, ColumnRole::Ignored),
                rating,
            ],
            rows: Cells::from_rows(rows.iter().map(|r| r.iter())),
            outcome: None,
        }
    }

    #[test]
    fn values_off_the_scale_are_not_answers() {
        let mut seat = Column::new("Seat", ColumnKind::Number, ColumnRole::Item(Vec::new()));
        seat.scale = Some(Scale::ONE_TO_FIVE);
        seat.missing = vec!["0".into()];
        let found: Vec<Option<f64>> = ["4", " 5 ", "0", "", "9", "five", "3,5"]
            .iter()
            .map(|cell| answer(&seat, cell))
            .collect();
        assert_eq!(
            found,
            [Some(4.0), Some(5.0), None, None, None, None, Some(3.5)]
        );
        seat.scale = None;
        assert_eq!(answer(&seat, "9"), Some(9.0), "no scale, no bounds");
    }

    #[test]
    fn the_same_cells_are_read_once_and_a_change_is_read_again() {
        let mut d = survey(&[["a", "5"], ["b", "0"], ["c", "9"], ["d", "x"], ["e", "2"]]);
        let first = answers(&d, 1);
        assert_eq!(*first, [Some(5.0), None, None, None, Some(2.0)]);
        assert!(Arc::ptr_eq(&first, &answers(&d, 1)), "kept, not read again");

        // The column's settings are part of what was read.
        d.columns[1].missing.clear();
        d.columns[1].scale = Some(Scale::ZERO_TO_TEN);
        assert_eq!(
            *answers(&d, 1),
            [Some(5.0), Some(0.0), Some(9.0), None, Some(2.0)]
        );

        // Changed cells are other cells, even where the change is made in place.
        d.rows.push_row(["f", "4"]).unwrap();
        assert_eq!(answers(&d, 1).len(), 6);
        assert_eq!(column_values(&d, 1, Some(&[0, 5, 99])), [5.0, 4.0]);
        assert_eq!(column_values(&d, 1, None).len(), 5);

        // Equal text in other cells reads the same.
        let twin = survey(&[["a", "5"]]);
        assert_eq!(*answers(&twin, 1), [Some(5.0)]);
        assert!(answers(&twin, 9).is_empty(), "no such column");
    }

    #[test]
    fn rows_are_selected_once_for_the_same_cells_and_rules() {
        let mut d = survey(&[["a", "5"], [" b ", "0"], ["b", "2"]]);
        let b = rows_where(&d, &[(0, "b")]);
        assert_eq!(*b, [1, 2], "trimmed");
        assert!(Arc::ptr_eq(&b, &rows_where(&d, &[(0, "b")])));
        assert_eq!(*rows_where(&d, &[(0, "a")]), [0]);
        assert_eq!(*rows_where(&d, &[(0, "b"), (1, "2")]), [2]);
        assert_eq!(*rows_where(&d, &[]), [0, 1, 2], "no rule: every row");
        d.rows.push_row(["b", "1"]).unwrap();
        assert_eq!(*rows_where(&d, &[(0, "b")]), [1, 2, 3]);
    }

    #[test]
    fn the_memo_lets_go_of_cells_no_project_holds() {
        // Every kind of reading of each table, which no project holds once dropped.
        for _ in 0..3 * TABLES_KEPT {
            let d = survey(&[["a", "1"], ["b", "2"], ["b", "3"]]);
            let rows = rows_where(&d, &[(0, "b")]);
            assert_eq!(summary(&d, 1, Some(&rows)).map(|s| s.n), Some(2));
            let _ = answers(&d, 1);
        }
        MEMO.with_borrow(|memo| {
            assert!(!memo.is_empty() && memo.len() <= TABLES_KEPT);
            assert!(
                memo.iter().filter(|r| r.cells.held_only_here()).count() <= 1,
                "only the last, whose dataset was just dropped"
            );
        });
        // A table's readings stay within their bounds.
        let d = survey(&[["a", "1"]]);
        for c in 0..2 * KEPT {
            let _ = answers(&d, c % 2);
            let _ = rows_where(&d, &[(0, &c.to_string())]);
        }
        MEMO.with_borrow(|memo| {
            let table = memo.iter().find(|r| r.cells.shares(&d.rows)).unwrap();
            assert_eq!(table.answers.len(), 2, "two columns, read once each");
            assert_eq!(table.rows.len(), KEPT);
        });
    }

    #[test]
    fn a_summary_is_kept_for_the_same_cells_column_and_rows() {
        let count = || MEMO.with_borrow(|m| m.iter().map(|r| r.summaries.len()).sum::<usize>());
        let mut d = survey(&[["a", "5"], ["b", "0"], ["b", "2"], ["c", "4"]]);
        let b = rows_where(&d, &[(0, "b")]);
        let all = summary(&d, 1, None).unwrap();
        assert_eq!((all.n, all.mean), (3, 11.0 / 3.0));
        assert_eq!(
            all,
            summarize(&column_values(&d, 1, None), Some(Scale::ONE_TO_FIVE)).unwrap()
        );
        let of_b = summary(&d, 1, Some(&b)).unwrap();
        assert_eq!((of_b.n, of_b.mean), (1, 2.0), "a missing code is no answer");
        let kept = count();
        assert_eq!(summary(&d, 1, Some(&b)), Some(of_b.clone()));
        // Equal rows found elsewhere are the same rows.
        let again: Arc<[usize]> = Arc::from(vec![1, 2]);
        assert_eq!(summary(&d, 1, Some(&again)), Some(of_b));
        assert_eq!(summary(&d, 1, None), Some(all));
        assert_eq!(count(), kept, "nothing summarised again");

        // Other rows, other settings, other cells: summarised again.
        let c = rows_where(&d, &[(0, "c")]);
        assert_eq!(summary(&d, 1, Some(&c)).map(|s| s.mean), Some(4.0));
        d.columns[1].missing.clear();
        d.columns[1].scale = None;
        assert_eq!(summary(&d, 1, Some(&b)).map(|s| s.n), Some(2));
        d.rows.push_row(["b", "3"]).unwrap();
        let b = rows_where(&d, &[(0, "b")]);
        assert_eq!(summary(&d, 1, Some(&b)).map(|s| s.mean), Some(5.0 / 3.0));
        assert_eq!(summary(&d, 9, None), None, "no such column");
        assert_eq!(
            summary(&d, 1, Some(&Arc::from(vec![]))),
            None,
            "no rows, no answers"
        );
    }
}
