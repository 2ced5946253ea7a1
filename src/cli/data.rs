//! The data subcommands: `import` (customer data into a project file) and `stats`
//! (a data file summarised per column and segment).

use std::io::Write;
use std::path::Path;

use super::{ImportArgs, StatsArgs, StatsFormat};
use crate::i18n::numbers;
use crate::{io, t};

/// `journeymap stats DATA.csv [--by COLUMN] [--missing CODE]... [--format ...]`
///
/// A value off its column's scale (a stray 9 among 1-5 answers) or text in a number
/// column is not counted, and said on `err` by line. Codes that look like "no
/// answer" but were not given with `--missing` are named there too.
pub(super) fn stats_cmd(
    args: &StatsArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), String> {
    use crate::analysis::stats;
    use crate::io::{columns, table};
    use crate::model::{Column, ColumnKind, ColumnRole};

    let data = table::load(&args.file).map_err(|e| format!("{}: {e}", args.file.display()))?;
    let index = |name: &str| column_index(&data, &args.file, name);
    let codes = MissingCodes::parse(&args.missing, &data, &args.file)?;
    let by = args.by.as_deref().map(index).transpose()?;
    // The numeric columns, each with its scale when it has one; the codes that look
    // like no answer, by code, with the columns they were seen in.
    let mut unsaid: Vec<(String, Vec<&str>)> = Vec::new();
    let mut set_up: Vec<Column> = data
        .headers
        .iter()
        .map(|h| Column::new(h.clone(), ColumnKind::Text, ColumnRole::Ignored))
        .collect();
    for (c, column) in set_up.iter_mut().enumerate() {
        if Some(c) == by {
            continue;
        }
        let guess = columns::guess_column(
            data.rows
                .iter()
                .filter_map(|r| r.get(c))
                .filter(|cell| !codes.is_missing(c, cell)),
        );
        if guess.kind != ColumnKind::Number || guess.identifier {
            continue;
        }
        column.kind = ColumnKind::Number;
        column.role = ColumnRole::Item(Vec::new());
        column.missing = codes.for_column(c).cloned().collect();
        // A scale beside a code that is not said to be no answer would count the
        // code as an answer off the scale: such a column is summarised as numbers.
        if guess.missing.is_empty() {
            column.scale = guess.scale;
        }
        for code in guess.missing {
            match unsaid.iter_mut().find(|(c, _)| *c == code) {
                Some((_, names)) => names.push(&data.headers[c]),
                None => unsaid.push((code, vec![&data.headers[c]])),
            }
        }
    }
    let summarised: Vec<(usize, Option<crate::model::Scale>)> = set_up
        .iter()
        .enumerate()
        .filter(|(_, column)| column.kind == ColumnKind::Number)
        .map(|(c, column)| (c, column.scale))
        .collect();
    if summarised.is_empty() {
        return Err(t!(
            "cli-stats-no-numbers",
            file = args.file.display().to_string()
        ));
    }
    let not_counted = columns::check_cells(&data, &set_up);
    for problem in &not_counted {
        let _ = writeln!(
            err,
            "{}",
            t!(
                "cli-stats-not-counted",
                place = format!("{}:{}", args.file.display(), problem.line),
                message = problem.message()
            )
        );
    }
    for (code, names) in &unsaid {
        let _ = writeln!(
            err,
            "{}",
            t!(
                "cli-stats-unsaid-missing",
                code = code.as_str(),
                columns = names.join(", ")
            )
        );
    }
    let missing = |column: usize, cell: &str| {
        codes.is_missing(column, cell)
            || set_up.get(column).and_then(|c| c.scale).is_some_and(|s| {
                crate::io::table::parse_number(cell).is_some_and(|v| !s.contains(v))
            })
    };
    let results = stats::by_segment(&data.headers, &data.rows, &summarised, by, &missing);
    let written = match args.format {
        StatsFormat::Table => write_stats_table(
            out,
            &results,
            data.rows.len(),
            data.problems.len(),
            not_counted.len(),
        ),
        StatsFormat::Csv => write_stats_csv(out, &results),
        StatsFormat::Json => write_stats_json(out, &results),
    };
    written.map_err(|e| t!("cli-stats-not-written", error = crate::io::plain_io(&e)))
}

fn ci_text(s: &crate::analysis::stats::Summary) -> String {
    s.ci95.map_or_else(String::new, |(lo, hi)| {
        format!("{} – {}", numbers::decimal(lo, 2), numbers::decimal(hi, 2))
    })
}

fn write_stats_table(
    out: &mut dyn Write,
    results: &[crate::analysis::stats::ColumnStats],
    rows: usize,
    skipped: usize,
    not_counted: usize,
) -> std::io::Result<()> {
    let header = [
        t!("cli-stats-segment"),
        t!("cli-stats-column"),
        "n",
        t!("cli-stats-mean"),
        t!("cli-stats-ci"),
        "NPS",
    ];
    let lines: Vec<[String; 6]> = results
        .iter()
        .map(|r| {
            [
                r.segment
                    .clone()
                    .unwrap_or_else(|| t!("cli-stats-all-rows").to_owned()),
                r.column.clone(),
                numbers::decimal(r.summary.n as f64, 0),
                numbers::decimal(r.summary.mean, 2),
                ci_text(&r.summary),
                r.summary.nps.map_or_else(String::new, |n| {
                    crate::analysis::evidence::signed_whole(n.score)
                }),
            ]
        })
        .collect();
    let mut widths = header.map(|h| h.chars().count());
    for line in &lines {
        for (w, cell) in widths.iter_mut().zip(line) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let row = |cells: &[String]| {
        cells
            .iter()
            .zip(widths)
            .enumerate()
            .map(|(i, (c, w))| {
                // Text left, figures right.
                if i < 2 {
                    format!("{c:<w$}")
                } else {
                    format!("{c:>w$}")
                }
            })
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_owned()
    };
    writeln!(out, "{}", row(&header.map(str::to_owned)))?;
    for line in &lines {
        writeln!(out, "{}", row(line))?;
    }
    write!(out, "\n{}", t!("cli-stats-rows", count = rows))?;
    if skipped > 0 {
        write!(out, "; {}", t!("cli-stats-rows-left-out", count = skipped))?;
    }
    if not_counted > 0 {
        write!(
            out,
            "; {}",
            t!("cli-stats-values-not-counted", count = not_counted)
        )?;
    }
    writeln!(out)
}

/// The segment as the CSV and JSON outputs name it, the same in every language.
fn machine_segment(r: &crate::analysis::stats::ColumnStats) -> String {
    r.segment.clone().unwrap_or_else(|| "All".to_owned()) // not for people: a key of machine output
}

fn write_stats_csv(
    out: &mut dyn Write,
    results: &[crate::analysis::stats::ColumnStats],
) -> std::io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(["segment", "column", "n", "mean", "ci_low", "ci_high", "nps"])?;
    for r in results {
        let (lo, hi) = r
            .summary
            .ci95
            .map_or((String::new(), String::new()), |(lo, hi)| {
                (format!("{lo:.4}"), format!("{hi:.4}"))
            });
        w.write_record([
            machine_segment(r),
            r.column.clone(),
            r.summary.n.to_string(),
            format!("{:.4}", r.summary.mean),
            lo,
            hi,
            r.summary
                .nps
                .map_or_else(String::new, |n| format!("{:.2}", n.score)),
        ])?;
    }
    w.flush()
}

fn write_stats_json(
    out: &mut dyn Write,
    results: &[crate::analysis::stats::ColumnStats],
) -> std::io::Result<()> {
    let items: Vec<serde_json::Value> = results
        .iter()
        .map(|r| {
            serde_json::json!({
                "segment": machine_segment(r),
                "column": r.column,
                "n": r.summary.n,
                "mean": r.summary.mean,
                "ci95": r.summary.ci95.map(|(lo, hi)| [lo, hi]),
                "nps": r.summary.nps.map(|n| serde_json::json!({
                    "score": n.score,
                    "promoters": n.promoters,
                    "passives": n.passives,
                    "detractors": n.detractors,
                })),
            })
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &items)?;
    writeln!(out)
}

/// The column of `data` called `name` (any case), or an error listing the columns.
fn column_index(data: &crate::io::table::Table, file: &Path, name: &str) -> Result<usize, String> {
    data.headers
        .iter()
        .position(|h| h == name || h.eq_ignore_ascii_case(name))
        .ok_or_else(|| {
            t!(
                "cli-no-such-column",
                file = file.display().to_string(),
                name = name,
                columns = data.headers.join(", ")
            )
        })
}

/// `--missing` codes: for every column (`0`) or for one (`"Seat Comfort=0"`).
struct MissingCodes {
    everywhere: Vec<String>,
    per_column: Vec<(usize, String)>,
}

impl MissingCodes {
    fn parse(
        codes: &[String],
        data: &crate::io::table::Table,
        file: &Path,
    ) -> Result<Self, String> {
        let mut out = MissingCodes {
            everywhere: Vec::new(),
            per_column: Vec::new(),
        };
        for code in codes {
            match code.rsplit_once('=') {
                Some((column, value)) if !column.trim().is_empty() => {
                    let c = column_index(data, file, column.trim())?;
                    out.per_column.push((c, value.trim().to_owned()));
                }
                _ => out.everywhere.push(code.trim().to_owned()),
            }
        }
        Ok(out)
    }

    /// Whether `cell` of `column` is no answer (empty cells never are answers).
    fn is_missing(&self, column: usize, cell: &str) -> bool {
        let cell = cell.trim();
        cell.is_empty()
            || self.everywhere.iter().any(|m| m == cell)
            || self
                .per_column
                .iter()
                .any(|(c, m)| *c == column && m == cell)
    }

    /// The codes that apply to `column`.
    fn for_column(&self, column: usize) -> impl Iterator<Item = &String> {
        self.everywhere.iter().chain(
            self.per_column
                .iter()
                .filter(move |(c, _)| *c == column)
                .map(|(_, m)| m),
        )
    }
}

/// `journeymap import PROJECT.ron DATA.csv|xlsx [--name NAME] [--missing CODE]...
/// [--skip-bad-rows]`
pub(super) fn import_cmd(
    args: &ImportArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), String> {
    use crate::edit::{Change, Edit};
    use crate::io::table;

    let loaded = io::load(&args.project).map_err(|e| e.user_message())?;
    let mut project = loaded.project;
    let data = table::load(&args.data).map_err(|e| format!("{}: {e}", args.data.display()))?;
    let codes = MissingCodes::parse(&args.missing, &data, &args.data)?;
    let mut columns = crate::io::columns::suggested_columns(&data);
    for (c, column) in columns.iter_mut().enumerate() {
        for code in codes.for_column(c) {
            if !column.missing.contains(code) {
                column.missing.push(code.clone());
            }
        }
    }
    // Every row that does not fit, by line.
    let cells = crate::io::columns::check_cells(&data, &columns);
    let mut problems: Vec<(u64, String)> = data
        .problems
        .iter()
        .map(|p| (p.line, p.message()))
        .chain(cells.iter().map(|p| (p.line, p.message())))
        .collect();
    problems.sort_by_key(|(line, _)| *line);
    let bad: std::collections::BTreeSet<usize> = cells.iter().map(|p| p.row).collect();
    let skipped = bad.len() + data.problems.len();
    if skipped > 0 && !args.skip_bad_rows {
        for (line, message) in &problems {
            let _ = writeln!(err, "{}:{line}: {message}", args.data.display());
        }
        return Err(t!(
            "cli-import-refused",
            count = skipped,
            data = args.data.display().to_string(),
            project = args.project.display().to_string()
        ));
    }
    let rows = data.rows.into_selected(|i| !bad.contains(&i));
    let name = args.name.clone().unwrap_or_else(|| {
        args.data.file_stem().map_or_else(
            || t!("cli-import-default-name").to_owned(),
            |s| s.to_string_lossy().replace(['_', '-'], " "),
        )
    });
    let id = project.id_gen().fresh();
    let count = rows.len();
    let dataset = crate::model::Dataset {
        id,
        name: name.clone(),
        source: crate::model::DataSource {
            // From the project's folder when near it, else absolute: "Refresh from
            // source" finds it from any working folder.
            path: io::data_source::stored(&args.data, &args.project),
            format: data.format.clone(),
            imported_at: crate::i18n::dates::now_rfc3339(),
        },
        columns,
        rows,
        outcome: None,
    };
    let mut edits = vec![Edit::Dataset(Change::Insert {
        index: usize::MAX,
        item: dataset,
    })];
    let mut after = project.clone();
    Edit::batch(edits.clone())
        .apply(&mut after)
        .map_err(|e| e.to_string())?;
    edits.extend(crate::analysis::evidence::refresh_figures(&after, id));
    edits.extend(crate::analysis::evidence::refresh_kpis(&after, id));
    Edit::batch(edits)
        .apply(&mut project)
        .map_err(|e| e.to_string())?;
    io::save(&args.project, &project).map_err(|e| e.user_message())?;
    let _ = write!(
        out,
        "{}",
        t!(
            "cli-imported",
            count = count,
            data = args.data.display().to_string(),
            project = args.project.display().to_string(),
            name = name
        )
    );
    let _ = if skipped > 0 {
        writeln!(out, "; {}", t!("cli-import-left-out", count = skipped))
    } else {
        writeln!(out)
    };
    Ok(())
}
