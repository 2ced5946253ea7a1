//! How [`Cells`] are written in a project file: one CSV line per row, read back one
//! line at a time.

use std::fmt;

use serde::ser::SerializeSeq;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::Cells;

/// The double quote of CSV (U+0022), written as a code so that tools reading this
/// file's string literals are not misled.
const QUOTE: char = '\x22';

impl Serialize for Cells {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.len()))?;
        let mut line = String::new();
        for row in self {
            line.clear();
            for (i, cell) in row.iter().enumerate() {
                if i > 0 {
                    line.push(',');
                }
                push_cell(&mut line, cell);
            }
            seq.serialize_element(&line)?;
        }
        seq.end()
    }
}

fn push_cell(line: &mut String, cell: &str) {
    // A row of one empty cell must not read back as a row of no cells.
    let needs_quotes = cell.is_empty()
        || cell.chars().any(|c| matches!(c, ',' | QUOTE | '\n' | '\r'))
        || cell.starts_with(' ')
        || cell.ends_with(' ');
    if needs_quotes {
        line.push(QUOTE);
        for c in cell.chars() {
            if c == QUOTE {
                line.push(QUOTE);
            }
            line.push(c);
        }
        line.push(QUOTE);
    } else {
        line.push_str(cell);
    }
}

impl<'de> Deserialize<'de> for Cells {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_seq(LinesVisitor)
    }
}

/// Reads the rows one line at a time, so a large table is never held twice.
struct LinesVisitor;

impl<'de> serde::de::Visitor<'de> for LinesVisitor {
    type Value = Cells;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(crate::t!("msg-cells-expecting"))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Cells, A::Error> {
        let mut cells = Cells::new();
        let mut cell_buf = Vec::new();
        let mut n = 0usize;
        while let Some(line) = seq.next_element::<std::borrow::Cow<'de, str>>()? {
            n += 1;
            if !parse_line(&line, &mut cell_buf) {
                return Err(serde::de::Error::custom(crate::t!(
                    "msg-cells-bad-row",
                    row = n.to_string()
                )));
            }
            cells.push_row(cell_buf.drain(..)).map_err(|e| {
                serde::de::Error::custom(crate::t!(
                    "msg-cells-row-error",
                    row = n.to_string(),
                    reason = e.to_string()
                ))
            })?;
        }
        cells.shrink_to_fit();
        Ok(cells)
    }
}

/// Parses one CSV line written by [`Cells`]'s serializer (or by hand) into `cells`:
/// commas separate cells, double quotes enclose cells, `""` inside quotes is a
/// quote. `false` for an unclosed quote.
fn parse_line(line: &str, cells: &mut Vec<String>) -> bool {
    cells.clear();
    let mut cell = String::new();
    let mut chars = line.chars().peekable();
    let mut quoted = false;
    let mut was_quoted = false;
    while let Some(c) = chars.next() {
        if quoted {
            if c == QUOTE {
                if chars.peek() == Some(&QUOTE) {
                    chars.next();
                    cell.push(QUOTE);
                } else {
                    quoted = false;
                }
            } else {
                cell.push(c);
            }
        } else if c == QUOTE && cell.is_empty() && !was_quoted {
            quoted = true;
            was_quoted = true;
        } else if c == ',' {
            cells.push(std::mem::take(&mut cell));
            was_quoted = false;
        } else {
            cell.push(c);
        }
    }
    if quoted {
        return false;
    }
    cells.push(cell);
    true
}
