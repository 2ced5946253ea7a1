//! What a table's columns hold: each column's likely type, answer scale and
//! "no answer" codes, guessed from its cells (a few values off a common scale are
//! strays to fix, not a reason to guess another scale); the columns a first import
//! suggests; and the cells that do not fit the columns as set up, by line.
//! Nothing here knows any particular survey.

use super::table::{Table, parse_number};
use crate::model::{ColumnKind, Scale};

/// A cell that does not fit its column's type or scale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellProblem {
    /// Index in the table's rows.
    pub row: usize,
    pub line: u64,
    pub column: usize,
    pub message: String,
}

/// The cells that do not fit `columns` (types and scales as the user set them):
/// text in a number column, a number outside the scale. Missing codes and empty
/// cells are fine.
pub fn check_cells(table: &Table, columns: &[crate::model::Column]) -> Vec<CellProblem> {
    let mut out = Vec::new();
    for (r, row) in table.rows.iter().enumerate() {
        for (c, column) in columns.iter().enumerate() {
            let Some(cell) = row.get(c) else { continue };
            if column.role == crate::model::ColumnRole::Ignored || column.is_missing(cell) {
                continue;
            }
            let problem = match (column.kind, parse_number(cell)) {
                (ColumnKind::Number, None) => Some(format!(
                    "“{}” in “{}” is not a number",
                    cell.trim(),
                    column.name
                )),
                (ColumnKind::Number, Some(v)) => column.scale.filter(|s| !s.contains(v)).map(|s| {
                    format!(
                        "{} in “{}” is outside the {}–{} scale",
                        cell.trim(),
                        column.name,
                        s.min,
                        s.max
                    )
                }),
                _ => None,
            };
            if let Some(message) = problem {
                out.push(CellProblem {
                    row: r,
                    line: table.lines.get(r).copied().unwrap_or(0),
                    column: c,
                    message,
                });
            }
        }
    }
    out
}

/// Columns as a first import would set them up from their guesses: rating scales
/// are items (with their missing code), few-valued categories are segments, free
/// text is verbatim, identifiers and the rest are kept but ignored.
pub fn suggested_columns(table: &Table) -> Vec<crate::model::Column> {
    use crate::model::{Column, ColumnRole};
    per_column(table.headers.len(), |c| {
        let guess = guess_column(table.rows.iter().filter_map(|r| r.get(c)));
        let role = if guess.identifier {
            ColumnRole::Ignored
        } else {
            match guess.kind {
                ColumnKind::Number if guess.scale.is_some() => ColumnRole::Item(Vec::new()),
                ColumnKind::Category if guess.distinct <= 12 => ColumnRole::Segment,
                ColumnKind::Text => ColumnRole::Verbatim(Vec::new()),
                _ => ColumnRole::Ignored,
            }
        };
        let mut column = Column::new(table.headers[c].clone(), guess.kind, role);
        column.scale = guess.scale;
        column.missing = guess.missing;
        column
    })
}

/// `f` of every column `0..n`, the columns shared out over the cores.
fn per_column<T: Send>(n: usize, f: impl Fn(usize) -> T + Sync) -> Vec<T> {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let parts = cores.min(n);
    if parts <= 1 {
        return (0..n).map(f).collect();
    }
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..parts)
            .map(|i| {
                scope.spawn(move || {
                    (n * i / parts..n * (i + 1) / parts)
                        .map(f)
                        .collect::<Vec<T>>()
                })
            })
            .collect();
        let mut out = Vec::with_capacity(n);
        for (i, handle) in handles.into_iter().enumerate() {
            // A part whose thread failed is worked out again here.
            out.extend(
                handle
                    .join()
                    .unwrap_or_else(|_| (n * i / parts..n * (i + 1) / parts).map(f).collect()),
            );
        }
        out
    })
}

/// What a column looks like.
#[derive(Clone, Debug, PartialEq)]
pub struct ColumnGuess {
    pub kind: ColumnKind,
    /// A rating scale the values fit (1-5, 1-7, 0-10), for whole numbers.
    pub scale: Option<Scale>,
    /// Codes that likely mean "no answer": "0" on a column that is otherwise 1-5 or
    /// 1-7.
    pub missing: Vec<String>,
    /// Different values, empty cells not counted.
    pub distinct: usize,
    /// Cells with a value.
    pub filled: usize,
    /// Every value is a different whole number (an identifier, not a measure).
    pub identifier: bool,
}

/// Guesses a column's type, scale and missing code from its cells.
pub fn guess_column<'a>(cells: impl Iterator<Item = &'a str>) -> ColumnGuess {
    let values: Vec<&str> = cells.map(str::trim).filter(|c| !c.is_empty()).collect();
    let filled = values.len();
    let numbers: Vec<f64> = values.iter().filter_map(|c| parse_number(c)).collect();
    let distinct = distinct_count(&values);
    let mut guess = ColumnGuess {
        kind: ColumnKind::Text,
        scale: None,
        missing: Vec::new(),
        distinct,
        filled,
        identifier: false,
    };
    if filled == 0 {
        return guess;
    }
    // A number column may hold a few typing slips ("five"): they become problems
    // to fix or skip, not a reason to read the column as text.
    if numbers.len() == filled || (numbers.len() >= 3 && numbers.len() * 5 >= filled * 4) {
        guess.kind = ColumnKind::Number;
        let whole = numbers.iter().all(|v| v.fract() == 0.0);
        guess.identifier = whole && distinct == filled && filled >= 20;
        if whole {
            let min = numbers.iter().copied().fold(f64::INFINITY, f64::min);
            let max = numbers.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let without_zero_min = numbers
                .iter()
                .copied()
                .filter(|v| *v != 0.0)
                .fold(f64::INFINITY, f64::min);
            let fits = |s: Scale, lo: f64, hi: f64| lo >= s.min && hi <= s.max;
            if fits(Scale::ONE_TO_FIVE, min, max) {
                guess.scale = Some(Scale::ONE_TO_FIVE);
            } else if fits(Scale::ONE_TO_SEVEN, min, max) && max > 5.0 {
                guess.scale = Some(Scale::ONE_TO_SEVEN);
            } else if min == 0.0 && max <= 7.0 && without_zero_min >= 1.0 {
                // 0 beside a 1-5 or 1-7 scale: "not applicable" on many surveys.
                guess.scale = Some(if max <= 5.0 {
                    Scale::ONE_TO_FIVE
                } else {
                    Scale::ONE_TO_SEVEN
                });
                guess.missing.push("0".to_owned());
            } else if fits(Scale::ZERO_TO_TEN, min, max) && max > 7.0 {
                guess.scale = Some(Scale::ZERO_TO_TEN);
            }
        }
    } else if values.iter().all(|v| looks_like_date(v)) {
        guess.kind = ColumnKind::Date;
    } else if distinct <= 30 && distinct * 2 <= filled {
        guess.kind = ColumnKind::Category;
    }
    guess
}

/// How many different values there are. Survey columns mostly hold a handful (a
/// scale, a few categories): those are counted by looking through the few seen.
fn distinct_count(values: &[&str]) -> usize {
    const FEW: usize = 64;
    let mut seen: Vec<&str> = Vec::with_capacity(FEW);
    for (i, value) in values.iter().enumerate() {
        if !seen.contains(value) {
            if seen.len() == FEW {
                let mut all: std::collections::HashSet<&str> = seen.into_iter().collect();
                all.extend(values[i..].iter().copied());
                return all.len();
            }
            seen.push(value);
        }
    }
    seen.len()
}

/// "2026-03-14", "14/03/2026", "2026-03-14 08:30", "14.03.2026".
fn looks_like_date(cell: &str) -> bool {
    let date = cell.split([' ', 'T']).next().unwrap_or("");
    let parts: Vec<&str> = date.split(['-', '/', '.']).collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
        && (parts[0].len() == 4 || parts[2].len() == 4)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::table::parse_csv;

    #[test]
    fn cells_that_do_not_fit_are_listed_with_their_line() {
        let t =
            parse_csv(b"Seat,Type\n4,Business\n0,Personal\nabc,Business\n7,Personal\n").unwrap();
        let mut columns = suggested_columns(&t);
        assert_eq!(columns[0].scale, None, "abc makes it text");
        columns[0].kind = ColumnKind::Number;
        columns[0].role = crate::model::ColumnRole::Item(Vec::new());
        columns[0].scale = Some(Scale::ONE_TO_FIVE);
        columns[0].missing = vec!["0".to_owned()];
        let problems = check_cells(&t, &columns);
        let found: Vec<(u64, &str)> = problems
            .iter()
            .map(|p| (p.line, p.message.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                (4, "“abc” in “Seat” is not a number"),
                (5, "7 in “Seat” is outside the 1–5 scale")
            ]
        );
        assert_eq!(columns[1].role, crate::model::ColumnRole::Segment);
    }

    #[test]
    fn columns_are_guessed_with_scales_and_missing_codes() {
        let g = guess_column(["3", "0", "5", "1", "4"].into_iter());
        assert_eq!(g.kind, ColumnKind::Number);
        assert_eq!(g.scale, Some(Scale::ONE_TO_FIVE));
        assert_eq!(g.missing, ["0"]);
        let g = guess_column(["10", "0", "9", "7"].into_iter());
        assert_eq!(g.scale, Some(Scale::ZERO_TO_TEN));
        assert!(g.missing.is_empty());
        let g = guess_column(["1", "7", "6"].into_iter());
        assert_eq!(g.scale, Some(Scale::ONE_TO_SEVEN));
        let g = guess_column(["4", "2", "five", "5", "3"].into_iter());
        assert_eq!(
            (g.kind, g.scale),
            (ColumnKind::Number, Some(Scale::ONE_TO_FIVE))
        );
        let g = guess_column(["821", "1200", "0", "35"].into_iter());
        assert_eq!((g.kind, g.scale), (ColumnKind::Number, None));
        let g = guess_column(["Business", "Personal", "Business", "Business"].into_iter());
        assert_eq!(g.kind, ColumnKind::Category);
        let g = guess_column(["2026-03-14", "2026-03-15 08:30"].into_iter());
        assert_eq!(g.kind, ColumnKind::Date);
        let g = guess_column(["The app crashed", "Friendly staff", "Too slow"].into_iter());
        assert_eq!(g.kind, ColumnKind::Text);
        let ids: Vec<String> = (1..=30).map(|i| i.to_string()).collect();
        assert!(guess_column(ids.iter().map(String::as_str)).identifier);
    }
}
