use super::*;

#[test]
fn reads_a_comma_separated_export_with_a_header() {
    let t =
        parse_csv(b"ID,Type,Score\n1,Business,4\n2,Personal,0\n3,\"Business, first\",5\n").unwrap();
    assert_eq!(t.headers, ["ID", "Type", "Score"]);
    assert_eq!(t.rows.len(), 3);
    assert_eq!(t.rows.cell(2, 1).unwrap(), "Business, first");
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
    assert_eq!(t.rows.get(0).unwrap().to_vec(), ["José", "3,5"]);
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
    assert_eq!(t.rows.get(0).unwrap().to_vec(), ["José", "München"]);
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
    let said: Vec<(u64, String)> = t.problems.iter().map(|p| (p.line, p.message())).collect();
    assert_eq!(
        said,
        [
            (3, "2 fields where the header has 3".to_owned()),
            (5, "4 fields where the header has 3".to_owned()),
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
    let bytes = include_bytes!("../../../tests/data/survey.xlsx");
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
        t.rows.get(0).unwrap().to_vec(),
        ["1", "Business", "4", "9", "2026-03-14", "Quick check-in"]
    );
    assert_eq!(t.rows.cell(2, 5).unwrap(), "", "an empty cell");
    assert_eq!(t.rows.cell(4, 4).unwrap(), "2026-03-17 08:30");
    assert_eq!(t.lines, [2, 3, 4, 5, 6]);
    assert_eq!(
        t.format,
        SourceFormat::Xlsx {
            sheet: "Survey 2026".to_owned()
        }
    );
    assert_eq!(
        crate::io::columns::guess_column(t.rows.iter().map(|r| r.get(4).unwrap())).kind,
        crate::model::ColumnKind::Date
    );
    let err = parse_spreadsheet(b"this is text, not a workbook").unwrap_err();
    assert_eq!(
        err.to_string(),
        "the spreadsheet cannot be read: it is damaged, protected by a password, or not an \
         Excel (.xlsx, .xls) or OpenDocument (.ods) workbook"
    );
    assert!(is_spreadsheet(Path::new("a/b.XLSX")));
    assert!(!is_spreadsheet(Path::new("a/b.csv")));
}

#[test]
fn parsing_reports_progress_and_stops_when_asked() {
    let csv: String = std::iter::once("id,score\n".to_owned())
        .chain((0..100_000).map(|i| format!("{i},{}\n", i % 5 + 1)))
        .collect();
    let seen = std::cell::RefCell::new(Vec::new());
    let t = parse_csv_with(csv.as_bytes(), &|f| {
        seen.borrow_mut().push(f);
        true
    })
    .unwrap();
    assert_eq!(t.rows.len(), 100_000);
    assert_eq!(t.lines.last(), Some(&100_001));
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
fn streamed_lines_count_blank_lines_quoted_breaks_and_crlf() {
    let t = parse_csv(
        b"name,score,note\r\n\r\nAna,4,\"two\r\nlines\"\r\nBo,5,x\r\n\n\nCy,3,\"a\n\nb\"\nDi,2,end",
    )
    .unwrap();
    assert_eq!(t.lines, [3, 5, 8, 11]);
    assert_eq!(t.rows.cell(0, 2), Some("two\r\nlines"));
    assert_eq!(t.rows.cell(2, 2), Some("a\n\nb"));
    assert_eq!(t.rows.cell(3, 2), Some("end"), "no newline at the end");
}

#[test]
fn a_latin1_character_past_the_first_block_is_read_as_latin1() {
    let mut bytes = b"city,visits\n".to_vec();
    while bytes.len() < 2 * BLOCK {
        bytes.extend_from_slice(b"Paris,3\n");
    }
    bytes.extend_from_slice(b"M\xFCnchen,4\n");
    let t = parse_csv(&bytes).unwrap();
    assert_eq!(
        t.rows.get(t.rows.len() - 1).unwrap().to_vec(),
        ["München", "4"]
    );
    assert!(matches!(
        t.format,
        SourceFormat::Csv {
            encoding: TextEncoding::Latin1,
            ..
        }
    ));
}

/// A source that fails (a drive unplugged) after `ok` bytes.
struct Failing {
    data: std::io::Cursor<Vec<u8>>,
    ok: u64,
}

impl Read for Failing {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.data.position() >= self.ok {
            return Err(std::io::Error::from_raw_os_error(5));
        }
        self.data.read(buf)
    }
}

impl Seek for Failing {
    fn seek(&mut self, pos: SeekFrom) -> std::io::Result<u64> {
        self.data.seek(pos)
    }
}

#[test]
fn a_file_that_fails_or_shrinks_mid_read_is_an_error() {
    let csv: Vec<u8> = std::iter::once("id,score\n".to_owned())
        .chain((0..200_000).map(|i| format!("{i},{}\n", i % 5 + 1)))
        .collect::<String>()
        .into_bytes();
    let size = csv.len() as u64;
    let failing = Failing {
        data: std::io::Cursor::new(csv.clone()),
        ok: size / 2,
    };
    let err = read_csv(failing, size, &|_| true).unwrap_err();
    assert!(matches!(err, TableError::Read { .. }), "{err:?}");
    assert!(
        err.to_string().starts_with("cannot read the file: "),
        "{err}"
    );

    // A real file cut short while it is read (a copy still being written, or
    // a synced folder replacing it).
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("survey.csv");
    std::fs::write(&path, &csv).unwrap();
    let cut = std::cell::Cell::new(false);
    let err = load_with(&path, &|_| {
        if !cut.replace(true) {
            std::fs::OpenOptions::new()
                .write(true)
                .open(&path)
                .unwrap()
                .set_len(size / 3)
                .unwrap();
        }
        true
    })
    .unwrap_err();
    assert!(matches!(err, TableError::Changed { .. }), "{err:?}");
    assert!(
        err.to_string()
            .starts_with("the file changed while it was being read"),
        "{err}"
    );
    // And one that is gone before reading begins.
    std::fs::remove_file(&path).unwrap();
    let err = load(&path).unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot read the file: there is no such file or folder"
    );
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
