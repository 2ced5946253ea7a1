//! Customer data files as tables: a CSV export decoded (UTF-8, UTF-8 with BOM or
//! Latin-1), its delimiter and header found, rows with the wrong number of fields
//! listed. What the columns hold is guessed in [`crate::io::columns`]. Nothing here
//! knows any particular survey.
//!
//! CSV is streamed: the file is read in blocks and taken apart as it comes, so only
//! the cells are kept (compactly, in [`Cells`]), never the whole file's text.

use std::borrow::Cow;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use crate::model::{Cells, Row, SourceFormat, TextEncoding};
use crate::t;

mod spreadsheet;
pub use spreadsheet::parse_spreadsheet;

/// The largest data file read (a survey export of a million rows is about 200 MB).
pub const MAX_FILE_BYTES: u64 = 1_000_000_000;

/// How much of a file is read at a time.
const BLOCK: usize = 256 * 1024;

/// A data file read into cells.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub headers: Vec<String>,
    /// The rows with as many fields as the header; the others are in `problems`.
    pub rows: Cells,
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
    /// How many fields it has, and how many the header has.
    pub fields: usize,
    pub width: usize,
}

impl RowProblem {
    /// What is wrong, in the language shown.
    pub fn message(&self) -> String {
        t!(
            "msg-table-row-width",
            fields = self.fields,
            width = self.width
        )
    }
}

#[derive(Debug, thiserror::Error)]
pub enum TableError {
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    Empty,
    TooLarge,
    Binary,
    NoColumns,
    Changed {
        expected: u64,
        read: u64,
    },
    Full(#[from] crate::model::CellsFull),
    Stopped(String),
    Cancelled,
    Spreadsheet(String),
}

/// In the language shown.
impl std::fmt::Display for TableError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            TableError::Read { source, .. } => {
                t!("msg-load-read", reason = crate::io::plain_io(source))
            }
            TableError::Empty => t!("msg-load-empty").to_owned(),
            TableError::TooLarge => {
                t!(
                    "msg-table-too-large",
                    megabytes = MAX_FILE_BYTES / 1_000_000
                )
            }
            TableError::Binary => t!("msg-table-binary").to_owned(),
            TableError::NoColumns => t!("msg-table-no-columns").to_owned(),
            TableError::Changed { expected, read } => {
                t!("msg-table-changed", expected = *expected, read = *read)
            }
            TableError::Full(full) => t!("msg-table-full", reason = full.to_string()),
            TableError::Stopped(reason) => t!("msg-table-stopped", reason = reason.as_str()),
            TableError::Cancelled => t!("msg-table-cancelled").to_owned(),
            TableError::Spreadsheet(reason) => {
                t!("msg-table-spreadsheet", reason = reason.as_str())
            }
        };
        f.write_str(&text)
    }
}

/// Told how far reading is (0..=1); returns `false` to stop it (then
/// [`TableError::Cancelled`]).
pub type Step<'a> = &'a dyn Fn(f32) -> bool;

/// Reads a data file: a spreadsheet's first sheet, or CSV (decoded, delimiter and
/// header found).
pub fn load(path: &Path) -> Result<Table, TableError> {
    load_with(path, &|_| true)
}

/// [`load`], reporting progress and stopping when asked. CSV is streamed; a
/// workbook is read whole (its format needs that) and then taken apart.
pub fn load_with(path: &Path, step: Step<'_>) -> Result<Table, TableError> {
    let read = |source| TableError::Read {
        path: path.to_owned(),
        source,
    };
    let mut file = std::fs::File::open(path).map_err(read)?;
    let size = file.metadata().map_err(read)?.len();
    if size > MAX_FILE_BYTES {
        return Err(TableError::TooLarge);
    }
    if is_spreadsheet(path) {
        let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
        let mut block = vec![0u8; BLOCK];
        loop {
            let n = read_block(&mut file, &mut block).map_err(read)?;
            if n == 0 {
                break;
            }
            bytes.extend_from_slice(&block[..n]);
            if bytes.len() as u64 > MAX_FILE_BYTES {
                return Err(TableError::TooLarge);
            }
            // Reading is the first half; calamine does not tell its progress.
            if !step(bytes.len() as f32 / size.max(1) as f32 * 0.5) {
                return Err(TableError::Cancelled);
            }
        }
        if bytes.len() as u64 != size {
            return Err(TableError::Changed {
                expected: size,
                read: bytes.len() as u64,
            });
        }
        return parse_spreadsheet(&bytes);
    }
    read_csv(file, size, step).map_err(|e| match e {
        TableError::Read { source, .. } => read(source),
        e => e,
    })
}

/// Reads CSV bytes: decoded, delimiter and header found.
pub fn parse_csv(bytes: &[u8]) -> Result<Table, TableError> {
    parse_csv_with(bytes, &|_| true)
}

/// [`parse_csv`], reporting progress and stopping when asked.
pub fn parse_csv_with(bytes: &[u8], step: Step<'_>) -> Result<Table, TableError> {
    read_csv(std::io::Cursor::new(bytes), bytes.len() as u64, step)
}

/// Whether a path names a spreadsheet (read with calamine) rather than CSV.
pub fn is_spreadsheet(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ["xlsx", "xlsm", "xls", "ods"].contains(&e.to_ascii_lowercase().as_str()))
}

/// Reads a data file's bytes by its kind: a spreadsheet's first sheet, else CSV.
pub fn parse_data(bytes: &[u8], path: &Path) -> Result<Table, TableError> {
    if is_spreadsheet(path) {
        parse_spreadsheet(bytes)
    } else {
        parse_csv(bytes)
    }
}

/// Builds a table record by record: the first record is the header or the first
/// row (decided at the end), records of another length are listed as problems.
#[derive(Default)]
struct Builder {
    rows: Cells,
    lines: Vec<u64>,
    problems: Vec<RowProblem>,
    width: Option<usize>,
}

impl Builder {
    /// Takes one record that starts at `line`. `blank` says every field is
    /// whitespace (a blank line: nothing to say when its length is off).
    fn push<S: AsRef<str>>(
        &mut self,
        fields: impl ExactSizeIterator<Item = S>,
        blank: bool,
        line: u64,
    ) -> Result<(), TableError> {
        let width = *self.width.get_or_insert(fields.len());
        if fields.len() == width {
            self.rows.push_row(fields)?;
            self.lines.push(line);
        } else if !blank {
            self.problems.push(RowProblem {
                line,
                fields: fields.len(),
                width,
            });
        }
        Ok(())
    }

    /// The table, its header found.
    fn finish(mut self, format: impl FnOnce(bool) -> SourceFormat) -> Result<Table, TableError> {
        let Some(first) = self.rows.get(0) else {
            return Err(TableError::Empty);
        };
        let has_header = looks_like_header(first, self.rows.iter().skip(1));
        let headers: Vec<String> = if has_header {
            first.iter().map(|h| h.trim().to_owned()).collect()
        } else {
            (1..=first.len())
                .map(|i| t!("msg-table-column-name", number = i.to_string()))
                .collect()
        };
        if headers.iter().all(String::is_empty) {
            return Err(TableError::NoColumns);
        }
        if has_header {
            self.rows.remove_first_row();
            self.lines.remove(0);
        }
        self.rows.shrink_to_fit();
        Ok(Table {
            headers,
            rows: self.rows,
            lines: self.lines,
            format: format(has_header),
            problems: self.problems,
        })
    }
}

/// Reads into `block`, retrying when interrupted; 0 at the end.
fn read_block(source: &mut impl Read, block: &mut [u8]) -> std::io::Result<usize> {
    loop {
        match source.read(block) {
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            other => return other,
        }
    }
}

/// The encoding of text that starts with `head`: UTF-8 with BOM, UTF-8, else
/// Latin-1 (where every byte is a character). NUL bytes mean binary data.
fn sniff_encoding(head: &[u8], whole: bool) -> Result<TextEncoding, TableError> {
    if head.contains(&0) {
        return Err(TableError::Binary);
    }
    if head.starts_with(b"\xEF\xBB\xBF") {
        return Ok(TextEncoding::Utf8Bom);
    }
    match std::str::from_utf8(head) {
        Ok(_) => Ok(TextEncoding::Utf8),
        // A character cut by the end of the block is not an error.
        Err(e) if e.error_len().is_none() && !whole => Ok(TextEncoding::Utf8),
        Err(_) => Ok(TextEncoding::Latin1),
    }
}

/// Streams CSV from `source` (`size` bytes): encoding and delimiter sniffed from
/// the first block, records taken apart as blocks arrive.
fn read_csv<R: Read + Seek>(mut source: R, size: u64, step: Step<'_>) -> Result<Table, TableError> {
    let io = |source| TableError::Read {
        path: PathBuf::new(),
        source,
    };
    let mut head = vec![0u8; BLOCK.min(usize::try_from(size).unwrap_or(BLOCK)).max(1)];
    let mut filled = 0;
    while filled < head.len() {
        let n = read_block(&mut source, &mut head[filled..]).map_err(io)?;
        if n == 0 {
            break;
        }
        filled += n;
    }
    head.truncate(filled);
    if head.iter().all(u8::is_ascii_whitespace) && (filled as u64) >= size {
        return Err(TableError::Empty);
    }
    let mut encoding = sniff_encoding(&head, filled as u64 >= size)?;
    let head_text = String::from_utf8_lossy(&head);
    let delimiter = sniff_delimiter(&head_text);
    loop {
        source.seek(SeekFrom::Start(0)).map_err(io)?;
        match read_records(&mut source, size, encoding, delimiter, step)? {
            Some(builder) => {
                return builder.finish(|has_header| SourceFormat::Csv {
                    delimiter,
                    encoding,
                    has_header,
                });
            }
            // Not UTF-8 after all (a Latin-1 character past the first block).
            None if encoding == TextEncoding::Utf8 => encoding = TextEncoding::Latin1,
            None => return Err(TableError::Binary),
        }
    }
}

/// The records of the whole stream, or `None` when a field is not valid in
/// `encoding`.
fn read_records(
    source: &mut impl Read,
    size: u64,
    encoding: TextEncoding,
    delimiter: char,
    step: Step<'_>,
) -> Result<Option<Builder>, TableError> {
    use csv_core::ReadRecordResult;
    let io = |source| TableError::Read {
        path: PathBuf::new(),
        source,
    };
    let mut reader = csv_core::ReaderBuilder::new()
        .delimiter(u8::try_from(delimiter).unwrap_or(b','))
        .build();
    let mut builder = Builder::default();
    let mut block = vec![0u8; BLOCK];
    let (mut out, mut ends) = (vec![0u8; 4096], vec![0usize; 64]);
    let (mut out_len, mut ends_len) = (0, 0);
    // Lines are counted from the bytes taken (quoted fields may span lines; csv-core
    // passes over blank lines without a word).
    let (mut line, mut record_line, mut at_start) = (1u64, 1u64, true);
    let mut taken = 0u64;
    let mut bom = encoding == TextEncoding::Utf8Bom;
    loop {
        let n = read_block(source, &mut block).map_err(io)?;
        taken += n as u64;
        if taken > MAX_FILE_BYTES {
            return Err(TableError::TooLarge);
        }
        let mut input = &block[..n];
        if bom {
            input = input.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(input);
            bom = false;
        }
        loop {
            if at_start {
                let blank = input
                    .iter()
                    .take_while(|b| matches!(b, b'\n' | b'\r'))
                    .count();
                line += newlines(&input[..blank]);
                input = &input[blank..];
                if input.is_empty() && n > 0 {
                    break;
                }
                record_line = line;
                at_start = false;
            }
            let (result, read, written, ended) =
                reader.read_record(input, &mut out[out_len..], &mut ends[ends_len..]);
            line += newlines(&input[..read]);
            input = &input[read..];
            out_len += written;
            ends_len += ended;
            match result {
                ReadRecordResult::InputEmpty => break,
                ReadRecordResult::OutputFull => out.resize(out.len() * 2, 0),
                ReadRecordResult::OutputEndsFull => ends.resize(ends.len() * 2, 0),
                ReadRecordResult::Record => {
                    let fields = split_fields(&out[..out_len], &ends[..ends_len]);
                    let blank = fields
                        .clone()
                        .all(|f| f.iter().all(u8::is_ascii_whitespace));
                    let mut decoded = Vec::with_capacity(ends_len);
                    for field in fields {
                        let Some(text) = decode_field(field, encoding) else {
                            return Ok(None);
                        };
                        decoded.push(text);
                    }
                    builder.push(decoded.into_iter(), blank, record_line)?;
                    (out_len, ends_len, at_start) = (0, 0, true);
                }
                ReadRecordResult::End => {
                    if taken != size {
                        return Err(TableError::Changed {
                            expected: size,
                            read: taken,
                        });
                    }
                    return Ok(Some(builder));
                }
            }
        }
        if n == 0 {
            // csv-core has been told the input ended and has not said End.
            return Err(TableError::Stopped(t!(
                "msg-table-csv-unfinished",
                line = line.to_string()
            )));
        }
        if taken > size {
            return Err(TableError::Changed {
                expected: size,
                read: taken,
            });
        }
        if !step(taken as f32 / size.max(1) as f32) {
            return Err(TableError::Cancelled);
        }
    }
}

#[allow(
    clippy::naive_bytecount,
    reason = "the compiler vectorises this loop; not worth a crate"
)]
fn newlines(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|b| **b == b'\n').count() as u64
}

/// The fields of a record csv-core wrote: `out` holds them one after another,
/// `ends` where each ends.
fn split_fields<'a>(
    out: &'a [u8],
    ends: &'a [usize],
) -> impl ExactSizeIterator<Item = &'a [u8]> + Clone + 'a {
    (0..ends.len()).map(move |i| {
        let from = if i == 0 { 0 } else { ends[i - 1] };
        out.get(from..ends[i]).unwrap_or_default()
    })
}

/// A field as text, or `None` when it is not valid in `encoding`.
fn decode_field(field: &[u8], encoding: TextEncoding) -> Option<Cow<'_, str>> {
    match encoding {
        TextEncoding::Utf8 | TextEncoding::Utf8Bom => {
            std::str::from_utf8(field).ok().map(Cow::Borrowed)
        }
        TextEncoding::Latin1 if field.is_ascii() => {
            std::str::from_utf8(field).ok().map(Cow::Borrowed)
        }
        // Latin-1: every byte is the code point of the same number.
        TextEncoding::Latin1 => Some(Cow::Owned(field.iter().map(|b| char::from(*b)).collect())),
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

/// A first row is a header when none of its cells is a number while some column
/// holds numbers below it, or when its cells are all text and differ from each other
/// and from the next row.
fn looks_like_header<'a>(first: Row<'a>, rest: impl Iterator<Item = Row<'a>>) -> bool {
    if first.iter().any(|c| parse_number(c).is_some()) {
        return false;
    }
    let rest: Vec<Row<'a>> = rest.take(50).collect();
    let numeric_below = (0..first.len()).any(|i| {
        rest.iter()
            .filter_map(|r| r.get(i))
            .any(|c| parse_number(c).is_some())
    });
    if numeric_below {
        return true;
    }
    let mut distinct: Vec<&str> = first.iter().map(str::trim).collect();
    distinct.sort_unstable();
    distinct.dedup();
    distinct.len() == first.len()
        && rest.first().is_none_or(|next| {
            next.iter()
                .zip(first.iter())
                .all(|(a, b)| a.trim() != b.trim())
        })
}

/// A number as surveys write them: "4", "-2.5", "3,5" (a decimal comma).
pub fn parse_number(cell: &str) -> Option<f64> {
    // Most survey answers are one digit.
    if let &[digit] = cell.as_bytes()
        && digit.is_ascii_digit()
    {
        return Some(f64::from(digit - b'0'));
    }
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

#[cfg(test)]
mod tests;
