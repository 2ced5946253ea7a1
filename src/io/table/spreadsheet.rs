//! Spreadsheets as tables: the first sheet of an Excel or OpenDocument workbook,
//! its cells written as a CSV export would hold them.

use super::{Builder, Table, TableError};
use crate::model::SourceFormat;
use crate::t;

/// Reads the first sheet of an Excel (.xlsx, .xlsm, .xls) or OpenDocument (.ods)
/// workbook. Numbers keep their value ("4", "3.5"), dates become ISO dates.
pub fn parse_spreadsheet(bytes: &[u8]) -> Result<Table, TableError> {
    use calamine::Reader as _;
    if bytes.is_empty() {
        return Err(TableError::Empty);
    }
    let mut book =
        calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).map_err(in_words)?;
    let Some(sheet) = book.sheet_names().first().cloned() else {
        return Err(TableError::Empty);
    };
    let range = book.worksheet_range(&sheet).map_err(in_words)?;
    let first_row = range.start().map_or(0, |(row, _)| u64::from(row));
    let mut builder = Builder::default();
    let mut texts = Vec::new();
    for (cells, line) in range.rows().zip(1 + first_row..) {
        texts.clear();
        texts.extend(cells.iter().map(cell_text));
        if texts.iter().any(|c| !c.is_empty()) {
            builder.push(texts.iter(), false, line)?;
        }
    }
    builder.finish(|_| SourceFormat::Xlsx { sheet })
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
    let (y, m, d) = crate::i18n::dates::civil(days as i64 - 25_569);
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

/// Why a workbook cannot be read, in the language shown (calamine says it in
/// English, and in its own terms: "Invalid zip header"). The bytes are in memory,
/// so any failure means the content: damaged, protected, or not a workbook.
fn in_words(_err: calamine::Error) -> TableError {
    TableError::Spreadsheet(t!("msg-sheet-damaged").to_owned())
}
