//! Customer data files as tables: a CSV export decoded (UTF-8, UTF-8 with BOM or
//! Latin-1), its delimiter and header found, rows with the wrong number of fields
//! listed; and each column's likely type, answer scale and missing-value code.
//! Nothing here knows any particular survey.

use std::path::{Path, PathBuf};

use crate::model::{ColumnKind, Scale, SourceFormat, TextEncoding};

/// The largest data file read (a survey export of a million rows is about 200 MB).
pub const MAX_FILE_BYTES: u64 = 1_000_000_000;

/// A data file read into cells.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub headers: Vec<String>,
    /// The rows with as many fields as the header; the others are in `problems`.
    pub rows: Vec<Vec<String>>,
    /// The line in the file where each row starts, from 1.
    pub lines: Vec<u64>,
    pub format: SourceFormat,
    pub problems: Vec<RowProblem>,
}

/// A row that could not be taken as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    /// The line in the file, from 1.
    pub line: u64,
    pub message: String,
}

#[derive(Debug, thiserror::Error)]
pub enum TableError {
    #[error("cannot read the file: {}", crate::io::plain_io(source))]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the file is empty")]
    Empty,
    #[error(
        "the file is larger than {} MB, the most journeymap reads",
        MAX_FILE_BYTES / 1_000_000
    )]
    TooLarge,
    #[error(
        "this is not a text file (it holds binary data); export the data as CSV, or open an .xlsx file"
    )]
    Binary,
    #[error("the file has no columns")]
    NoColumns,
    #[error("the CSV cannot be read at line {line}: {message}")]
    Csv { line: u64, message: String },
    #[error("reading was cancelled")]
    Cancelled,
    #[error("the spreadsheet cannot be read ({0})")]
    Spreadsheet(String),
}

/// Reads a data file: a spreadsheet's first sheet, or CSV (decoded, delimiter and
/// header found).
pub fn load(path: &Path) -> Result<Table, TableError> {
    let read = |source| TableError::Read {
        path: path.to_owned(),
        source,
    };
    let size = std::fs::metadata(path).map_err(read)?.len();
    if size > MAX_FILE_BYTES {
        return Err(TableError::TooLarge);
    }
    let bytes = std::fs::read(path).map_err(read)?;
    parse_data(&bytes, path)
}

/// Told how far parsing is (0..=1); returns `false` to stop it (then
/// [`TableError::Cancelled`]).
pub type Step<'a> = &'a dyn Fn(f32) -> bool;

/// Reads CSV bytes: decoded, delimiter and header found.
pub fn parse_csv(bytes: &[u8]) -> Result<Table, TableError> {
    parse_csv_with(bytes, &|_| true)
}

/// [`parse_csv`], reporting progress and stopping when asked.
pub fn parse_csv_with(bytes: &[u8], step: Step<'_>) -> Result<Table, TableError> {
    let (text, encoding) = decode(bytes)?;
    if text.trim().is_empty() {
        return Err(TableError::Empty);
    }
    let delimiter = sniff_delimiter(&text);
    let records = records(&text, delimiter, step)?;
    from_records(&records, |has_header| SourceFormat::Csv {
        delimiter,
        encoding,
        has_header,
    })
}

/// Whether a path names a spreadsheet (read with calamine) rather than CSV.
pub fn is_spreadsheet(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ["xlsx", "xlsm", "xls", "ods"].contains(&e.to_ascii_lowercase().as_str()))
}

/// Reads a data file by its kind: a spreadsheet's first sheet, else CSV.
pub fn parse_data(bytes: &[u8], path: &Path) -> Result<Table, TableError> {
    parse_data_with(bytes, path, &|_| true)
}

/// [`parse_data`], reporting the progress of CSV parsing and stopping when asked.
pub fn parse_data_with(bytes: &[u8], path: &Path, step: Step<'_>) -> Result<Table, TableError> {
    if is_spreadsheet(path) {
        parse_spreadsheet(bytes)
    } else {
        parse_csv_with(bytes, step)
    }
}

/// Reads the first sheet of an Excel (.xlsx, .xlsm, .xls) or OpenDocument (.ods)
/// workbook. Numbers keep their value ("4", "3.5"), dates become ISO dates.
pub fn parse_spreadsheet(bytes: &[u8]) -> Result<Table, TableError> {
    use calamine::Reader as _;
    if bytes.is_empty() {
        return Err(TableError::Empty);
    }
    let mut book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes))
        .map_err(|e| TableError::Spreadsheet(e.to_string()))?;
    let Some(sheet) = book.sheet_names().first().cloned() else {
        return Err(TableError::Empty);
    };
    let range = book
        .worksheet_range(&sheet)
        .map_err(|e| TableError::Spreadsheet(e.to_string()))?;
    let first_row = range.start().map_or(0, |(row, _)| u64::from(row));
    let records: Vec<(Vec<String>, u64)> = range
        .rows()
        .zip(1 + first_row..)
        .map(|(cells, line)| (cells.iter().map(cell_text).collect(), line))
        .filter(|(cells, _): &(Vec<String>, u64)| cells.iter().any(|c| !c.is_empty()))
        .collect();
    if records.is_empty() {
        return Err(TableError::Empty);
    }
    from_records(&records, |_| SourceFormat::Xlsx { sheet })
}

/// A spreadsheet cell as the text a CSV export would hold.
fn cell_text(cell: &calamine::Data) -> String {
    use calamine::Data;
    match cell {
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        Data::Float(f) => f.to_string(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_owned(),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        Data::DateTime(d) if d.is_datetime() => excel_date(d.as_f64()),
        Data::DateTime(d) => d.as_f64().to_string(),
        Data::Error(_) | Data::Empty => String::new(),
    }
}

/// An Excel date serial (days since 1899-12-30, time as the fraction) as ISO text.
fn excel_date(serial: f64) -> String {
    let days = serial.floor();
    let secs = ((serial - days) * 86_400.0).round() as i64;
    let (y, m, d) = crate::export::civil(days as i64 - 25_569);
    if secs == 0 {
        format!("{y:04}-{m:02}-{d:02}")
    } else {
        format!(
            "{y:04}-{m:02}-{d:02} {:02}:{:02}",
            secs / 3600,
            secs / 60 % 60
        )
    }
}

/// A table from records: the header found, rows of the wrong length listed.
fn from_records(
    records: &[(Vec<String>, u64)],
    format: impl FnOnce(bool) -> SourceFormat,
) -> Result<Table, TableError> {
    let Some((first, _)) = records.first() else {
        return Err(TableError::Empty);
    };
    let has_header = looks_like_header(first, records.iter().skip(1).map(|(r, _)| r));
    let (headers, body) = if has_header {
        (first.clone(), &records[1..])
    } else {
        let names = (1..=first.len()).map(|i| format!("Column {i}")).collect();
        (names, records)
    };
    if headers.is_empty() || headers.iter().all(|h| h.trim().is_empty()) {
        return Err(TableError::NoColumns);
    }
    let mut rows = Vec::with_capacity(body.len());
    let mut lines = Vec::with_capacity(body.len());
    let mut problems = Vec::new();
    for (record, line) in body {
        if record.len() == headers.len() {
            rows.push(record.clone());
            lines.push(*line);
        } else if record.iter().all(|c| c.trim().is_empty()) {
            // A blank line: nothing to say.
        } else {
            problems.push(RowProblem {
                line: *line,
                message: format!(
                    "{} fields where the header has {}",
                    record.len(),
                    headers.len()
                ),
            });
        }
    }
    Ok(Table {
        headers: headers.iter().map(|h| h.trim().to_owned()).collect(),
        rows,
        lines,
        format: format(has_header),
        problems,
    })
}

/// Text from bytes: UTF-8 (with or without BOM), else Latin-1. NUL bytes mean binary.
pub fn decode(bytes: &[u8]) -> Result<(String, TextEncoding), TableError> {
    if bytes.is_empty() {
        return Err(TableError::Empty);
    }
    let probe = &bytes[..bytes.len().min(64 * 1024)];
    if probe.contains(&0) {
        return Err(TableError::Binary);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Ok((
            String::from_utf8_lossy(rest).into_owned(),
            TextEncoding::Utf8Bom,
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text.to_owned(), TextEncoding::Utf8)),
        // Latin-1: every byte is the code point of the same number.
        Err(_) => Ok((
            bytes.iter().map(|b| char::from(*b)).collect(),
            TextEncoding::Latin1,
        )),
    }
}

/// The delimiter that splits the first lines into the same number of fields (more
/// than one), preferring the one that gives the most fields.
pub fn sniff_delimiter(text: &str) -> char {
    const CANDIDATES: [char; 4] = [',', ';', '\t', '|'];
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(30)
        .collect();
    let mut best = (',', 0usize, false);
    for d in CANDIDATES {
        let counts: Vec<usize> = lines.iter().map(|l| fields_outside_quotes(l, d)).collect();
        let Some(&first) = counts.first() else {
            continue;
        };
        let consistent = counts.iter().all(|c| *c == first);
        let better = match (consistent, best.2) {
            (true, false) => first > 1,
            (false, true) => false,
            _ => first > best.1,
        };
        if first > 1 && better {
            best = (d, first, consistent);
        }
    }
    best.0
}

/// How many fields `line` has when split at `d` outside double quotes.
fn fields_outside_quotes(line: &str, d: char) -> usize {
    let mut quoted = false;
    let mut n = 1;
    for c in line.chars() {
        if c == '"' {
            quoted = !quoted;
        } else if c == d && !quoted {
            n += 1;
        }
    }
    n
}

/// The records with their line numbers (quoted fields may span lines).
fn records(
    text: &str,
    delimiter: char,
    step: Step<'_>,
) -> Result<Vec<(Vec<String>, u64)>, TableError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(u8::try_from(delimiter).unwrap_or(b','))
        .from_reader(text.as_bytes());
    let mut out = Vec::new();
    // Lines are counted from byte offsets (the reader's own count skips blank lines).
    let (mut counted_to, mut line) = (0usize, 1u64);
    let mut line_at = |byte: u64| {
        let mut byte = usize::try_from(byte).unwrap_or(usize::MAX).min(text.len());
        // A record's position is where the previous one ended: skip blank lines.
        while matches!(text.as_bytes().get(byte), Some(b'\n' | b'\r')) {
            byte += 1;
        }
        if byte > counted_to {
            line += text
                .get(counted_to..byte)
                .map_or(0, |t| t.matches('\n').count()) as u64;
            counted_to = byte;
        }
        line
    };
    for result in reader.records() {
        let record = result.map_err(|e| TableError::Csv {
            line: e.position().map_or(0, |p| line_at(p.byte())),
            message: e.to_string(),
        })?;
        let line = record.position().map_or(0, |p| line_at(p.byte()));
        out.push((record.iter().map(str::to_owned).collect(), line));
        if out.len() % 8192 == 0 {
            let done = record.position().map_or(0, csv::Position::byte) as f32;
            if !step(done / text.len().max(1) as f32) {
                return Err(TableError::Cancelled);
            }
        }
    }
    Ok(out)
}

/// A first row is a header when none of its cells is a number while some column
/// holds numbers below it, or when its cells are all text and differ from each other
/// and from the next row.
fn looks_like_header<'a>(first: &[String], rest: impl Iterator<Item = &'a Vec<String>>) -> bool {
    if first.iter().any(|c| parse_number(c).is_some()) {
        return false;
    }
    let rest: Vec<&Vec<String>> = rest.take(50).collect();
    let numeric_below = (0..first.len()).any(|i| {
        rest.iter()
            .filter_map(|r| r.get(i))
            .any(|c| parse_number(c).is_some())
    });
    if numeric_below {
        return true;
    }
    let mut distinct: Vec<&str> = first.iter().map(|c| c.trim()).collect();
    distinct.sort_unstable();
    distinct.dedup();
    distinct.len() == first.len()
        && rest
            .first()
            .is_none_or(|next| next.iter().zip(first).all(|(a, b)| a.trim() != b.trim()))
}

/// A number as surveys write them: "4", "-2.5", "3,5" (a decimal comma).
pub fn parse_number(cell: &str) -> Option<f64> {
    let cell = cell.trim();
    if cell.is_empty() {
        return None;
    }
    let parsed = cell.parse::<f64>().ok().or_else(|| {
        (cell.matches(',').count() == 1 && !cell.contains('.'))
            .then(|| cell.replace(',', ".").parse::<f64>().ok())
            .flatten()
    });
    parsed.filter(|v| v.is_finite())
}

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
    (0..table.headers.len())
        .map(|c| {
            let guess = guess_column(
                table
                    .rows
                    .iter()
                    .filter_map(|r| r.get(c))
                    .map(String::as_str),
            );
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
        .collect()
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
    let mut values: Vec<&str> = cells.map(str::trim).filter(|c| !c.is_empty()).collect();
    let filled = values.len();
    let numbers: Vec<f64> = values.iter().filter_map(|c| parse_number(c)).collect();
    values.sort_unstable();
    values.dedup();
    let distinct = values.len();
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

    #[test]
    fn reads_a_comma_separated_export_with_a_header() {
        let t = parse_csv(b"ID,Type,Score\n1,Business,4\n2,Personal,0\n3,\"Business, first\",5\n")
            .unwrap();
        assert_eq!(t.headers, ["ID", "Type", "Score"]);
        assert_eq!(t.rows.len(), 3);
        assert_eq!(t.rows[2][1], "Business, first");
        assert_eq!(
            t.format,
            SourceFormat::Csv {
                delimiter: ',',
                encoding: TextEncoding::Utf8,
                has_header: true
            }
        );
        assert!(t.problems.is_empty());
    }

    #[test]
    fn semicolons_bom_and_latin1() {
        let mut bytes = b"\xEF\xBB\xBFName;Note\nJos\xC3\xA9;3,5\n".to_vec();
        let t = parse_csv(&bytes).unwrap();
        assert_eq!(t.headers, ["Name", "Note"]);
        assert_eq!(t.rows[0], ["José", "3,5"]);
        assert!(matches!(
            t.format,
            SourceFormat::Csv {
                delimiter: ';',
                encoding: TextEncoding::Utf8Bom,
                ..
            }
        ));
        assert_eq!(parse_number("3,5"), Some(3.5));
        bytes = b"Name\tCity\nJos\xE9\tM\xFCnchen\n".to_vec();
        let t = parse_csv(&bytes).unwrap();
        assert_eq!(t.rows[0], ["José", "München"]);
        assert!(matches!(
            t.format,
            SourceFormat::Csv {
                delimiter: '\t',
                encoding: TextEncoding::Latin1,
                ..
            }
        ));
    }

    #[test]
    fn rows_with_the_wrong_field_count_are_listed_by_line() {
        let t = parse_csv(b"a,b,c\n1,2,3\n4,5\n\n6,7,8,9\n10,11,12\n").unwrap();
        assert_eq!(t.rows.len(), 2);
        assert_eq!(
            t.problems,
            vec![
                RowProblem {
                    line: 3,
                    message: "2 fields where the header has 3".to_owned()
                },
                RowProblem {
                    line: 5,
                    message: "4 fields where the header has 3".to_owned()
                },
            ]
        );
    }

    #[test]
    fn a_file_without_a_header_gets_column_names() {
        let t = parse_csv(b"1,4,5\n2,3,3\n").unwrap();
        assert_eq!(t.headers, ["Column 1", "Column 2", "Column 3"]);
        assert_eq!(t.rows.len(), 2);
    }

    #[test]
    fn reads_the_first_sheet_of_a_workbook() {
        let bytes = include_bytes!("../../tests/data/survey.xlsx");
        let t = parse_spreadsheet(bytes).unwrap();
        assert_eq!(
            t.headers,
            [
                "Respondent",
                "Segment",
                "Check-in (1-5)",
                "Likely to recommend",
                "Visited",
                "Comment"
            ]
        );
        assert_eq!(t.rows.len(), 5);
        assert_eq!(
            t.rows[0],
            ["1", "Business", "4", "9", "2026-03-14", "Quick check-in"]
        );
        assert_eq!(t.rows[2][5], "", "an empty cell");
        assert_eq!(t.rows[4][4], "2026-03-17 08:30");
        assert_eq!(t.lines, [2, 3, 4, 5, 6]);
        assert_eq!(
            t.format,
            SourceFormat::Xlsx {
                sheet: "Survey 2026".to_owned()
            }
        );
        assert_eq!(
            guess_column(t.rows.iter().map(|r| r[4].as_str())).kind,
            ColumnKind::Date
        );
        let err = parse_spreadsheet(b"this is text, not a workbook").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("the spreadsheet cannot be read"),
            "{err}"
        );
        assert!(is_spreadsheet(Path::new("a/b.XLSX")));
        assert!(!is_spreadsheet(Path::new("a/b.csv")));
    }

    #[test]
    fn parsing_reports_progress_and_stops_when_asked() {
        let csv: String = std::iter::once("id,score\n".to_owned())
            .chain((0..20_000).map(|i| format!("{i},{}\n", i % 5 + 1)))
            .collect();
        let seen = std::cell::RefCell::new(Vec::new());
        let t = parse_csv_with(csv.as_bytes(), &|f| {
            seen.borrow_mut().push(f);
            true
        })
        .unwrap();
        assert_eq!(t.rows.len(), 20_000);
        let seen = seen.into_inner();
        assert!(
            seen.len() >= 2 && seen.windows(2).all(|w| w[0] <= w[1]),
            "{seen:?}"
        );
        assert!(matches!(
            parse_csv_with(csv.as_bytes(), &|_| false),
            Err(TableError::Cancelled)
        ));
    }

    #[test]
    fn empty_and_binary_files_are_refused() {
        assert!(matches!(parse_csv(b""), Err(TableError::Empty)));
        assert!(matches!(parse_csv(b"  \n\n"), Err(TableError::Empty)));
        assert!(matches!(
            parse_csv(b"PK\x03\x04\x00\x00binary"),
            Err(TableError::Binary)
        ));
        let err = load(Path::new("/no/such/data.csv")).unwrap_err();
        assert!(err.to_string().starts_with("cannot read the file"), "{err}");
    }

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
