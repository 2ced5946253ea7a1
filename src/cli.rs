//! The command line: `journeymap [FILE]` opens the app; subcommands work headless.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::export::{self, Format, Paper, Size, Subject, Theme};
use crate::io;

/// Personas and customer journey maps, checked against real customer data.
#[derive(Debug, Parser)]
#[command(
    name = "journeymap",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A project file (.ron) to open; without it, the last project opens, else an
    /// example.
    pub file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check project files: exit 0 when all are valid, else 1, with one
    /// `FILE:LINE:COLUMN: message` line per problem on stderr.
    Check {
        /// The project files to check.
        #[arg(required = true, value_name = "FILE.ron")]
        files: Vec<PathBuf>,
    },
    /// Export journey maps, or a persona's one-pager, as PNG, SVG or PDF (no window,
    /// no GPU). Errors exit with 1.
    Export(ExportArgs),
    /// Import customer data (CSV or spreadsheet) into a project file, its columns set
    /// up as the import window suggests; the project is saved (the previous version
    /// kept as .bak). Rows that do not fit are listed, and nothing is written unless
    /// --skip-bad-rows. Errors exit with 1.
    Import(ImportArgs),
    /// Statistics of a customer data file (CSV or spreadsheet): per numeric column, and per segment
    /// with --by, the number of answers, the mean and its 95% confidence interval, and
    /// NPS for 0-10 columns. Errors exit with 1.
    Stats(StatsArgs),
}

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The project file to add the data to.
    #[arg(value_name = "PROJECT.ron")]
    pub project: PathBuf,
    /// The data file: CSV, or an .xlsx, .xls or .ods workbook (its first sheet).
    #[arg(value_name = "DATA.csv|xlsx")]
    pub data: PathBuf,
    /// The data's name in the project (default: the file's name).
    #[arg(long)]
    pub name: Option<String>,
    /// A cell value that means "no answer", in every column or in one
    /// (`--missing "Seat Comfort=0"`), added to those suggested (0 beside a 1-5 scale).
    #[arg(long, value_name = "CODE|COLUMN=CODE")]
    pub missing: Vec<String>,
    /// Leave out the rows that do not fit (wrong number of fields, text in a number
    /// column, a value off the scale) instead of refusing the import.
    #[arg(long)]
    pub skip_bad_rows: bool,
}

#[derive(Debug, clap::Args)]
pub struct StatsArgs {
    /// The data file: CSV (comma, semicolon, tab or bar separated; UTF-8 or Latin-1),
    /// or an .xlsx, .xls or .ods workbook (its first sheet).
    #[arg(value_name = "DATA.csv|xlsx")]
    pub file: PathBuf,
    /// A column whose values are segments (e.g. "Type of Travel").
    #[arg(long, value_name = "COLUMN")]
    pub by: Option<String>,
    /// A cell value that means "no answer", in every column (`--missing 0`) or in one
    /// (`--missing "Seat Comfort=0"`). Repeat for several. Empty cells never count.
    #[arg(long, value_name = "CODE|COLUMN=CODE")]
    pub missing: Vec<String>,
    /// How to print the results.
    #[arg(long, value_enum, default_value = "table")]
    pub format: StatsFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum StatsFormat {
    /// Aligned columns for reading.
    Table,
    /// One line per segment and column, for spreadsheets.
    Csv,
    /// An array of objects, for scripts.
    Json,
}

#[derive(Debug, clap::Args)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "on/off flags of the command line"
)]
pub struct ExportArgs {
    /// The project file.
    #[arg(value_name = "FILE.ron")]
    pub file: PathBuf,
    /// Where to write; the extension picks the format (.png, .svg or .pdf).
    #[arg(short, long, value_name = "OUT.png|svg|pdf")]
    pub output: PathBuf,
    /// The journey to export, by name or id, or `all` (PNG and SVG: one file each,
    /// PDF: one page each). Default: the first journey.
    #[arg(long, value_name = "NAME|ID")]
    pub journey: Option<String>,
    /// Show only this persona's cards and curve (with --one-pager: whose page).
    #[arg(long, value_name = "NAME|ID")]
    pub persona: Option<String>,
    /// Export the persona's one-pager instead of a map.
    #[arg(long, requires = "persona", conflicts_with = "journey")]
    pub one_pager: bool,
    /// Export a chart of the journey instead of its map: curves (believed against
    /// measured, card by card, with the largest gaps), curves-by-stage (one point per
    /// stage), kpis (stage KPIs against target), nps (by stage) or kano.
    #[arg(long, value_name = "curves|curves-by-stage|kpis|nps|kano", value_parser = parse_chart, conflicts_with_all = ["one_pager", "persona"])]
    pub chart: Option<crate::analysis::curves::Chart>,
    /// With --chart curves: one point per stage and persona (the mean of the stage's
    /// cards) instead of one per card.
    #[arg(long, requires = "chart")]
    pub by_stage: bool,
    /// Width in pixels (the height follows the map).
    #[arg(long, value_name = "PX", conflicts_with = "paper", value_parser = clap::value_parser!(u32).range(16..=65_000))]
    pub width: Option<u32>,
    /// A sheet of paper, landscape for wide maps.
    #[arg(long, value_name = "A4..A0", value_parser = parse_paper)]
    pub paper: Option<Paper>,
    /// Dots per inch on paper (default 300).
    #[arg(long, value_name = "N", requires = "paper", value_parser = clap::value_parser!(u32).range(36..=1200))]
    pub dpi: Option<u32>,
    /// Colours: light, dark or print (white paper, no shadows).
    #[arg(long, value_name = "light|dark|print", default_value = "light", value_parser = parse_theme)]
    pub theme: Theme,
    /// Leave out the title above the map.
    #[arg(long)]
    pub no_title: bool,
    /// Leave out the legend and the key to the marks.
    #[arg(long)]
    pub no_legend: bool,
    /// Leave out the persona strip.
    #[arg(long)]
    pub no_personas: bool,
    /// Print today's date at the top right.
    #[arg(long)]
    pub date: bool,
    /// Show the dots of each journey's latest dot vote on the cards.
    #[arg(long)]
    pub votes: bool,
}

fn parse_paper(text: &str) -> Result<Paper, String> {
    Paper::parse(text)
        .ok_or_else(|| format!("“{text}” is not a paper size: use A4, A3, A2, A1 or A0"))
}

fn parse_chart(text: &str) -> Result<crate::analysis::curves::Chart, String> {
    crate::analysis::curves::Chart::parse(text).ok_or_else(|| {
        format!("“{text}” is not a chart: use curves, curves-by-stage, kpis, nps or kano")
    })
}

fn parse_theme(text: &str) -> Result<Theme, String> {
    Theme::parse(text).ok_or_else(|| format!("“{text}” is not a theme: use light, dark or print"))
}

/// Runs a subcommand, writing results to `out` and problems to `err`.
pub fn run(command: &Command, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
    match command {
        Command::Check { files } => check(files, out, err),
        Command::Export(args) if args.by_stage && args.chart.is_some_and(|c| !c.is_curves()) => {
            let _ = writeln!(
                err,
                "journeymap: --by-stage goes with --chart curves (the satisfaction curves)"
            );
            ExitCode::from(2)
        }
        Command::Export(args) => match export_cmd(args, out, err) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                let _ = writeln!(err, "journeymap: {message}");
                ExitCode::FAILURE
            }
        },
        Command::Import(args) => match import_cmd(args, out, err) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                let _ = writeln!(err, "journeymap: {message}");
                ExitCode::FAILURE
            }
        },
        Command::Stats(args) => match stats_cmd(args, out) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                let _ = writeln!(err, "journeymap: {message}");
                ExitCode::FAILURE
            }
        },
    }
}

/// `journeymap export FILE -o OUT ...`
fn export_cmd(args: &ExportArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<(), String> {
    let format = Format::from_path(&args.output).map_err(|e| e.to_string())?;
    let loaded = io::load(&args.file).map_err(|e| e.compiler_line())?;
    for p in &loaded.problems {
        let _ = writeln!(
            err,
            "warning: {}:{}:{}: {} (repaired for this export; the file is unchanged)",
            args.file.display(),
            p.line,
            p.col,
            p.message
        );
    }
    let project = &loaded.project;
    let persona = args
        .persona
        .as_deref()
        .map(|name| export::find_persona(project, name))
        .transpose()
        .map_err(|e| e.to_string())?;
    let subjects = if let (true, Some(p)) = (args.one_pager, persona) {
        vec![Subject::Persona(p)]
    } else {
        let journeys = match args.journey.as_deref() {
            Some(all) if all.trim().eq_ignore_ascii_case("all") => {
                project.journeys.iter().map(|j| j.id).collect()
            }
            Some(name) => vec![export::find_journey(project, name).map_err(|e| e.to_string())?],
            None => project.journeys.first().map(|j| j.id).into_iter().collect(),
        };
        if journeys.is_empty() {
            return Err(export::ExportError::NoJourney.to_string());
        }
        if args.journey.is_none() && project.journeys.len() > 1 {
            let _ = writeln!(
                err,
                "note: exporting the first of {} journeys, “{}”; choose one with --journey NAME, or --journey all",
                project.journeys.len(),
                export::subject_name(
                    project,
                    Subject::Journey {
                        journey: journeys[0],
                        persona: None
                    }
                ),
            );
        }
        journeys
            .into_iter()
            .map(|journey| match args.chart {
                Some(chart) if args.by_stage => Subject::Chart {
                    journey,
                    chart: if chart.is_curves() {
                        crate::analysis::curves::Chart::CurvesByStage
                    } else {
                        chart
                    },
                },
                Some(chart) => Subject::Chart { journey, chart },
                None => Subject::Journey { journey, persona },
            })
            .collect()
    };
    let size = match (args.width, args.paper) {
        (Some(w), _) => Size::Width(w),
        (None, Some(paper)) => Size::Paper(paper, args.dpi.unwrap_or(300)),
        (None, None) => Size::Natural,
    };
    let request = export::Request {
        subjects,
        format,
        size,
        theme: args.theme,
        options: export::Options {
            title: !args.no_title,
            legend: !args.no_legend,
            personas: !args.no_personas,
            date: args.date.then(export::today),
            votes: args.votes,
        },
        path: args.output.clone(),
    };
    let cancel = std::sync::atomic::AtomicBool::new(false);
    let report = |_: f32| {};
    let progress = export::Progress::new(&cancel, &report);
    let written = export::run(project, &request, &progress).map_err(|e| e.to_string())?;
    for path in written {
        let bytes = std::fs::metadata(&path).map_or(0, |m| m.len());
        let _ = writeln!(out, "wrote {} ({})", path.display(), human_size(bytes));
    }
    Ok(())
}

/// "1.2 MB", "830 KB".
fn human_size(bytes: u64) -> String {
    if bytes >= 1_000_000 {
        format!("{:.1} MB", bytes as f64 / 1e6)
    } else {
        format!("{} KB", bytes.div_ceil(1000))
    }
}

/// `journeymap check FILE...`
pub fn check(files: &[PathBuf], out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
    let mut all_valid = true;
    for path in files {
        if !check_one(path, out, err) {
            all_valid = false;
        }
    }
    if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn check_one(path: &Path, out: &mut dyn Write, err: &mut dyn Write) -> bool {
    // Output goes to a terminal or a pipe; a failed write there is not the file's fault.
    match io::load(path) {
        Err(e) => {
            let _ = writeln!(err, "{}", e.compiler_line());
            false
        }
        Ok(loaded) if !loaded.problems.is_empty() => {
            for p in &loaded.problems {
                let _ = writeln!(
                    err,
                    "{}:{}:{}: {}",
                    path.display(),
                    p.line,
                    p.col,
                    p.message
                );
            }
            false
        }
        Ok(loaded) => {
            let project = &loaded.project;
            let upgraded = loaded
                .upgraded_from
                .map(|v| format!(", format version {v}: upgraded when saved"))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "{}: ok ({} journeys, {} cards, {} personas, {} hypotheses{upgraded})",
                path.display(),
                project.journeys.len(),
                project.card_count(),
                project.personas.len(),
                project.hypotheses.len(),
            );
            true
        }
    }
}

/// `journeymap stats DATA.csv [--by COLUMN] [--missing CODE]... [--format ...]`
fn stats_cmd(args: &StatsArgs, out: &mut dyn Write) -> Result<(), String> {
    use crate::analysis::stats;
    use crate::io::table;

    let data = table::load(&args.file).map_err(|e| format!("{}: {e}", args.file.display()))?;
    let index = |name: &str| column_index(&data, &args.file, name);
    let codes = MissingCodes::parse(&args.missing, &data, &args.file)?;
    let missing = |column: usize, cell: &str| codes.is_missing(column, cell);
    let by = args.by.as_deref().map(index).transpose()?;
    let columns: Vec<(usize, Option<crate::model::Scale>)> = (0..data.headers.len())
        .filter(|c| Some(*c) != by)
        .filter_map(|c| {
            let guess = crate::io::columns::guess_column(
                data.rows
                    .iter()
                    .filter_map(|r| r.get(c))
                    .filter(|cell| !missing(c, cell)),
            );
            (guess.kind == crate::model::ColumnKind::Number && !guess.identifier)
                .then_some((c, guess.scale.filter(|_| guess.missing.is_empty())))
        })
        .collect();
    if columns.is_empty() {
        return Err(format!(
            "{} has no numeric columns to summarise",
            args.file.display()
        ));
    }
    let results = stats::by_segment(&data.headers, &data.rows, &columns, by, &missing);
    let written = match args.format {
        StatsFormat::Table => {
            write_stats_table(out, &results, data.rows.len(), data.problems.len())
        }
        StatsFormat::Csv => write_stats_csv(out, &results),
        StatsFormat::Json => write_stats_json(out, &results),
    };
    written.map_err(|e| format!("could not write the results: {e}"))
}

fn ci_text(s: &crate::analysis::stats::Summary) -> String {
    s.ci95
        .map_or_else(String::new, |(lo, hi)| format!("{lo:.2} – {hi:.2}"))
}

fn write_stats_table(
    out: &mut dyn Write,
    results: &[crate::analysis::stats::ColumnStats],
    rows: usize,
    skipped: usize,
) -> std::io::Result<()> {
    let header = ["Segment", "Column", "n", "Mean", "95% CI", "NPS"];
    let lines: Vec<[String; 6]> = results
        .iter()
        .map(|r| {
            [
                r.segment.clone(),
                r.column.clone(),
                r.summary.n.to_string(),
                format!("{:.2}", r.summary.mean),
                ci_text(&r.summary),
                r.summary
                    .nps
                    .map_or_else(String::new, |n| format!("{:+.0}", n.score)),
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
    if rows == 1 {
        write!(out, "\n1 row")?;
    } else {
        write!(out, "\n{rows} rows")?;
    }
    match skipped {
        0 => {}
        1 => write!(out, "; 1 row with the wrong number of fields was left out")?,
        n => write!(
            out,
            "; {n} rows with the wrong number of fields were left out"
        )?,
    }
    writeln!(out)
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
            r.segment.clone(),
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
                "segment": r.segment,
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
            format!(
                "{} has no column “{name}”; its columns are: {}",
                file.display(),
                data.headers.join(", ")
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
fn import_cmd(args: &ImportArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<(), String> {
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
        .map(|p| (p.line, p.message.clone()))
        .chain(cells.iter().map(|p| (p.line, p.message.clone())))
        .collect();
    problems.sort_by_key(|(line, _)| *line);
    let bad: std::collections::BTreeSet<usize> = cells.iter().map(|p| p.row).collect();
    let skipped = bad.len() + data.problems.len();
    if skipped > 0 && !args.skip_bad_rows {
        for (line, message) in &problems {
            let _ = writeln!(err, "{}:{line}: {message}", args.data.display());
        }
        return Err(format!(
            "{skipped} rows of {} cannot be imported as they are; fix them, or pass --skip-bad-rows to leave them out. {} was not changed",
            args.data.display(),
            args.project.display()
        ));
    }
    let rows = data.rows.into_selected(|i| !bad.contains(&i));
    let name = args.name.clone().unwrap_or_else(|| {
        args.data.file_stem().map_or_else(
            || "Customer data".to_owned(),
            |s| s.to_string_lossy().replace(['_', '-'], " "),
        )
    });
    let id = project.id_gen().fresh();
    let count = rows.len();
    let dataset = crate::model::Dataset {
        id,
        name: name.clone(),
        source: crate::model::DataSource {
            // Absolute, so "Refresh from source" finds it from anywhere.
            path: std::fs::canonicalize(&args.data)
                .unwrap_or_else(|_| args.data.clone())
                .display()
                .to_string(),
            format: data.format.clone(),
            imported_at: export::now_rfc3339(),
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
        "imported {count} rows of {} into {} as “{name}”",
        args.data.display(),
        args.project.display()
    );
    let _ = match skipped {
        0 => writeln!(out),
        1 => writeln!(out, "; 1 row with problems was left out"),
        n => writeln!(out, "; {n} rows with problems were left out"),
    };
    Ok(())
}
