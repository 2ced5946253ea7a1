//! Serde helper: a table of cells written as one CSV line per row, so an imported
//! survey reads (and diffs) like the export it came from.

use serde::ser::SerializeSeq;
use serde::{Deserialize, Deserializer, Serializer};

#[allow(clippy::ptr_arg)] // serde's `with` passes `&Vec<_>`
pub fn serialize<S: Serializer>(rows: &Vec<Vec<String>>, serializer: S) -> Result<S::Ok, S::Error> {
    let mut seq = serializer.serialize_seq(Some(rows.len()))?;
    let mut line = String::new();
    for row in rows {
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

fn push_cell(line: &mut String, cell: &str) {
    // A row of one empty cell must not read back as a row of no cells.
    let needs_quotes = cell.is_empty()
        || cell.chars().any(|c| matches!(c, ',' | '"' | '\n' | '\r'))
        || cell.starts_with(' ')
        || cell.ends_with(' ');
    if needs_quotes {
        line.push('"');
        for c in cell.chars() {
            if c == '"' {
                line.push('"');
            }
            line.push(c);
        }
        line.push('"');
    } else {
        line.push_str(cell);
    }
}

pub fn deserialize<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<Vec<String>>, D::Error> {
    let lines = Vec::<String>::deserialize(deserializer)?;
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            parse_line(line).ok_or_else(|| {
                serde::de::Error::custom(format!(
                    "data row {} is not a valid CSV line (an unclosed quote?)",
                    i + 1
                ))
            })
        })
        .collect()
}

/// Parses one CSV line written by [`serialize`] (or by hand): commas separate cells,
/// double quotes enclose cells, `""` inside quotes is a quote.
fn parse_line(line: &str) -> Option<Vec<String>> {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut chars = line.chars().peekable();
    let mut quoted = false;
    let mut was_quoted = false;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    cell.push('"');
                } else {
                    quoted = false;
                }
            } else {
                cell.push(c);
            }
        } else if c == '"' && cell.is_empty() && !was_quoted {
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
        return None;
    }
    cells.push(cell);
    Some(cells)
}

#[cfg(test)]
mod tests {
    #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
    struct Table {
        #[serde(with = "super")]
        rows: Vec<Vec<String>>,
    }

    #[test]
    fn round_trips_awkward_cells() {
        let table = Table {
            rows: vec![
                vec!["1".into(), "Male".into(), String::new()],
                vec!["a,b".into(), "say \"hi\"".into(), "two\nlines".into()],
                vec![" padded ".into()],
                vec![String::new()],
                vec![],
            ],
        };
        let text = ron::ser::to_string_pretty(&table, ron::ser::PrettyConfig::default()).unwrap();
        let back: Table = ron::from_str(&text).unwrap();
        // A row with no cells is indistinguishable from a row of one empty cell.
        let mut expected = table.rows.clone();
        expected[4] = vec![String::new()];
        assert_eq!(back.rows, expected);
    }

    #[test]
    fn plain_rows_read_like_csv() {
        let table = Table {
            rows: vec![vec!["1".into(), "Male".into(), "48".into()]],
        };
        let text = ron::to_string(&table).unwrap();
        assert_eq!(text, r#"(rows:["1,Male,48"])"#);
    }

    #[test]
    fn unclosed_quotes_are_refused() {
        let err = ron::from_str::<Table>(r#"(rows:["1,\"open"])"#).unwrap_err();
        assert!(err.to_string().contains("data row 1"), "{err}");
    }
}
