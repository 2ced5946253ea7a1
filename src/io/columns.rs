//! What a table's columns hold: each column's likely type, answer scale and
//! "no answer" codes, guessed from its cells (a few values off a common scale are
//! strays to fix, not a reason to guess another scale); the columns a first import
//! suggests; and the cells that do not fit the columns as set up, by line.
//! Nothing here knows any particular survey.

use super::table::{Table, parse_number};
use crate::model::{ColumnKind, Scale};

/// A cell that does not fit its column's type or scale. It keeps what is wrong, not
/// words: [`CellProblem::message`] says it in the language shown when it is read.
#[derive(Clone, Debug, PartialEq)]
pub struct CellProblem {
    /// Index in the table's rows.
    pub row: usize,
    pub line: u64,
    pub column: usize,
    /// The cell's text, trimmed.
    pub cell: String,
    pub column_name: String,
    /// The scale the number falls outside of; `None`: not a number.
    pub outside: Option<crate::model::Scale>,
}

impl CellProblem {
    /// What is wrong, in the language shown.
    pub fn message(&self) -> String {
        match self.outside {
            None => crate::t!(
                "msg-cell-not-a-number",
                cell = self.cell.as_str(),
                column = self.column_name.as_str()
            ),
            Some(s) => crate::t!(
                "msg-cell-outside-scale",
                cell = self.cell.as_str(),
                column = self.column_name.as_str(),
                min = crate::i18n::numbers::short(s.min),
                max = crate::i18n::numbers::short(s.max)
            ),
        }
    }
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
            let outside = match (column.kind, parse_number(cell)) {
                (ColumnKind::Number, None) => None,
                (ColumnKind::Number, Some(v)) => match column.scale.filter(|s| !s.contains(v)) {
                    Some(scale) => Some(scale),
                    None => continue,
                },
                _ => continue,
            };
            out.push(CellProblem {
                row: r,
                line: table.lines.get(r).copied().unwrap_or(0),
                column: c,
                cell: cell.trim().to_owned(),
                column_name: column.name.clone(),
                outside,
            });
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
    /// 1-7; a frequent 9, 99, -1... beyond the scale.
    pub missing: Vec<String>,
    /// Values off the guessed scale that are neither answers nor codes (typing
    /// slips): the rows that hold them are to be fixed or skipped.
    pub strays: usize,
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
        strays: 0,
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
        if whole && let Some(found) = guess_scale(&numbers) {
            guess.scale = Some(found.scale);
            guess.missing = found.missing.iter().map(f64::to_string).collect();
            guess.strays = found.strays;
        }
    } else if values.iter().all(|v| looks_like_date(v)) {
        guess.kind = ColumnKind::Date;
    } else if distinct <= 30 && distinct * 2 <= filled {
        guess.kind = ColumnKind::Category;
    }
    guess
}

/// A rating scale guessed from whole numbers.
#[derive(Clone, Debug, PartialEq)]
struct ScaleGuess {
    scale: Scale,
    /// Values beside the scale that mean no answer.
    missing: Vec<f64>,
    /// Values off the scale that are slips.
    strays: usize,
}

/// Values surveys use beyond a scale for "don't know" or "no answer".
const NO_ANSWER_CODES: [f64; 7] = [9.0, 98.0, 99.0, 999.0, -1.0, -9.0, -99.0];

/// The rating scale that whole-number answers sit on. Every value on 1-5, then on
/// 1-7, possibly with 0 beside it (no answer on many surveys), then on 0-10. When
/// no scale holds them all but nearly all (from 10 answers: all but 1%, at least
/// one) sit on one, that scale, and the few others are strays to fix: a 1-5 column
/// with one `9` is a 1-5 column with a slip, not a 0-10 one. A stray is never next
/// to the scale (a 6 says 1-7, an 11 says no rating scale), and the values on the
/// scale take at least three different answers. A code such as 9, 99 or -1 that
/// comes back more often than strays may is taken as no answer.
fn guess_scale(numbers: &[f64]) -> Option<ScaleGuess> {
    // How many times each value of 0..=12 and each code appears; the rest in `other`.
    let mut on = [0usize; 13];
    let mut codes = [0usize; NO_ANSWER_CODES.len()];
    let mut other = 0usize;
    for v in numbers {
        if (0.0..=12.0).contains(v) {
            on[*v as usize] += 1;
        } else if let Some(i) = NO_ANSWER_CODES.iter().position(|c| c.total_cmp(v).is_eq()) {
            codes[i] += 1;
        } else {
            other += 1;
        }
    }
    let n = numbers.len();
    let between = |lo: usize, hi: usize| on[lo..=hi].iter().sum::<usize>();
    let answers_on = |lo: usize, hi: usize| on[lo..=hi].iter().filter(|c| **c > 0).count();
    let exact = |scale: Scale, missing: Vec<f64>| {
        Some(ScaleGuess {
            scale,
            missing,
            strays: 0,
        })
    };
    let zeros = on[0];
    let above_seven = between(8, 12) + codes.iter().sum::<usize>() + other;
    // Every value fits (as the import has always guessed).
    if zeros == 0 && between(6, 12) == 0 && codes.iter().sum::<usize>() + other == 0 {
        return exact(Scale::ONE_TO_FIVE, Vec::new());
    }
    if zeros == 0 && above_seven == 0 && between(6, 7) > 0 {
        return exact(Scale::ONE_TO_SEVEN, Vec::new());
    }
    if zeros > 0 && above_seven == 0 {
        let scale = if between(6, 7) > 0 {
            Scale::ONE_TO_SEVEN
        } else {
            Scale::ONE_TO_FIVE
        };
        return exact(scale, vec![0.0]);
    }
    // Nearly every value fits.
    let allowed = if n >= 10 { (n / 100).max(1) } else { 0 };
    let nearly = |scale: Scale| -> Option<ScaleGuess> {
        let (lo, hi) = (scale.min as usize, scale.max as usize);
        // The value just past the scale is an answer on a longer one.
        if on.get(hi + 1).is_some_and(|c| *c > 0) || answers_on(lo, hi) < 3 {
            return None;
        }
        let mut missing = Vec::new();
        if lo == 1 && zeros > 0 {
            missing.push(0.0);
        }
        let mut strays = other + between(hi + 2, 12);
        for (code, count) in NO_ANSWER_CODES.iter().zip(codes) {
            if count >= 2 && count > allowed {
                missing.push(*code);
            } else {
                strays += count;
            }
        }
        // 9 is a code beyond 1-5 and 1-7 (counted in `on`, and in the strays above).
        if hi < 8 && on[9] >= 2 && on[9] > allowed {
            missing.push(9.0);
            strays -= on[9];
        }
        (strays <= allowed).then_some(ScaleGuess {
            scale,
            missing,
            strays,
        })
    };
    if let Some(found) = nearly(Scale::ONE_TO_FIVE) {
        return Some(found);
    }
    if between(6, 7) > 0
        && let Some(found) = nearly(Scale::ONE_TO_SEVEN)
    {
        return Some(found);
    }
    if between(8, 10) > 0 {
        if between(11, 12) + codes.iter().sum::<usize>() + other == 0 {
            return exact(Scale::ZERO_TO_TEN, Vec::new());
        }
        return nearly(Scale::ZERO_TO_TEN);
    }
    None
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
        let found: Vec<(u64, String)> = problems.iter().map(|p| (p.line, p.message())).collect();
        assert_eq!(
            found,
            [
                (4, "“abc” in “Seat” is not a number".to_owned()),
                (5, "7 in “Seat” is outside the 1–5 scale".to_owned())
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

    /// `answers` repeated to fill `n` cells, then `extra`.
    fn column(answers: &[&'static str], n: usize, extra: &[&'static str]) -> Vec<&'static str> {
        let mut cells: Vec<&str> = answers.iter().copied().cycle().take(n).collect();
        cells.extend_from_slice(extra);
        cells
    }

    #[test]
    fn a_few_values_off_a_common_scale_are_strays_not_another_scale() {
        let guess = |cells: &[&str]| {
            let g = guess_column(cells.iter().copied());
            (g.scale, g.missing, g.strays)
        };
        let five = ["1", "2", "3", "4", "5"];
        // One stray 9 in a 1-5 column: 1-5 with a slip (it used to read as 0-10,
        // all of its answers detractors).
        assert_eq!(
            guess(&column(&five, 60, &["9"])),
            (Some(Scale::ONE_TO_FIVE), vec![], 1)
        );
        // The same beside 0 for "not applicable", and with a 77.
        assert_eq!(
            guess(&column(
                &["0", "1", "2", "3", "4", "5", "4"],
                200,
                &["9", "77"]
            )),
            (Some(Scale::ONE_TO_FIVE), vec!["0".to_owned()], 2)
        );
        // 1-7 and 0-10 columns with a slip each.
        assert_eq!(
            guess(&column(&["1", "3", "6", "7"], 40, &["55"])),
            (Some(Scale::ONE_TO_SEVEN), vec![], 1)
        );
        assert_eq!(
            guess(&column(&["0", "6", "8", "9", "10"], 40, &["100"])),
            (Some(Scale::ZERO_TO_TEN), vec![], 1)
        );
        // Not nearly all: more than 1% off the scale is no slip.
        let many = column(&five, 100, &["9", "8"]);
        assert_eq!(guess(&many).0, Some(Scale::ZERO_TO_TEN));
        // A value next to the scale is an answer on a longer one.
        assert_eq!(
            guess(&column(&five, 200, &["6"])).0,
            Some(Scale::ONE_TO_SEVEN)
        );
        assert_eq!(guess(&column(&["0", "5", "8", "10"], 200, &["11"])).0, None);
        // A code for "don't know" that comes back often is no answer.
        assert_eq!(
            guess(&column(&["1", "2", "3", "4", "5", "9"], 60, &[])),
            (Some(Scale::ONE_TO_FIVE), vec!["9".to_owned()], 0)
        );
        assert_eq!(
            guess(&column(&["0", "4", "7", "9", "10", "99"], 60, &["-1"])),
            (Some(Scale::ZERO_TO_TEN), vec!["99".to_owned()], 1)
        );
        // Too few answers to tell a slip: read as before.
        assert_eq!(
            guess(&["1", "2", "3", "4", "9"]).0,
            Some(Scale::ZERO_TO_TEN)
        );
        // Counts and measures are no rating scale.
        let ages: Vec<String> = (18..80).map(|a| a.to_string()).collect();
        let ages: Vec<&str> = ages.iter().map(String::as_str).collect();
        assert_eq!(guess(&ages).0, None);
    }

    #[test]
    fn a_stray_value_is_a_problem_of_its_row() {
        use std::fmt::Write as _;
        let mut csv = String::from("Seat,Type\n");
        for i in 0..40 {
            writeln!(csv, "{},{}", i % 5 + 1, ["Business", "Personal"][i % 2]).unwrap();
        }
        csv.push_str("9,Business\n");
        let t = parse_csv(csv.as_bytes()).unwrap();
        let columns = suggested_columns(&t);
        assert_eq!(columns[0].scale, Some(Scale::ONE_TO_FIVE));
        assert_eq!(columns[0].role, crate::model::ColumnRole::Item(Vec::new()));
        let problems = check_cells(&t, &columns);
        let found: Vec<(u64, String)> = problems.iter().map(|p| (p.line, p.message())).collect();
        assert_eq!(
            found,
            [(42, "9 in “Seat” is outside the 1–5 scale".to_owned())]
        );
    }
}
