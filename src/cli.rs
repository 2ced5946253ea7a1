//! The command line: `journeymap [FILE]` opens the app; subcommands work headless.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::export::{self, Format, Paper, Size, Subject, Theme};
use crate::i18n::numbers;
use crate::io;
use crate::t;

mod data;
mod words;

pub use words::{Translated, command, parse};

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
    /// Join the live session of this link (from Workshop › Start live session on the
    /// facilitator's laptop).
    #[arg(long, value_name = "LINK")]
    pub join: Option<String>,
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
    /// Statistics of a customer data file (CSV or spreadsheet): per numeric column, and
    /// per segment with --by, the number of answers, the mean and its 95% confidence
    /// interval, and NPS for 0-10 columns. A value off its column's scale (a stray 9
    /// among 1-5 answers) or text in a number column is not counted and is listed on
    /// stderr by line. Errors exit with 1.
    Stats(StatsArgs),
    /// Run a sync server for live sessions, without a window: laptops on the network
    /// start and join sessions through it (Workshop › Start live session › Through a
    /// sync server: its address with the code). Prints the join codes; runs until stopped (Ctrl+C). Maps are kept in
    /// the data folder, so a restart loses nothing the server had received.
    Serve(ServeArgs),
}

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The port to listen on.
    #[arg(long, default_value_t = crate::sync::DEFAULT_PORT, value_parser = parse_port)]
    pub port: u16,
    /// Where the shared maps are kept (default: the app's data folder).
    #[arg(long, value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// The editors' join code (default: the one kept in the data folder, else a new
    /// one; printed).
    #[arg(long)]
    pub code: Option<String>,
    /// The viewers' join code (default: the one kept in the data folder, else a new
    /// one; printed).
    #[arg(long)]
    pub viewer_code: Option<String>,
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
    #[arg(long, value_name = "PX", conflicts_with = "paper", value_parser = parse_width)]
    pub width: Option<u32>,
    /// A sheet of paper, landscape for wide maps.
    #[arg(long, value_name = "A4..A0", value_parser = parse_paper)]
    pub paper: Option<Paper>,
    /// Dots per inch on paper (default 300).
    #[arg(long, value_name = "N", requires = "paper", value_parser = parse_dpi)]
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

fn parse_port(text: &str) -> Result<u16, String> {
    words::whole_number(text, 1, u16::MAX)
}

fn parse_width(text: &str) -> Result<u32, String> {
    words::whole_number(text, 16, 65_000)
}

fn parse_dpi(text: &str) -> Result<u32, String> {
    words::whole_number(text, 36, 1200)
}

fn parse_paper(text: &str) -> Result<Paper, String> {
    Paper::parse(text).ok_or_else(|| t!("cli-bad-paper", text = text))
}

fn parse_chart(text: &str) -> Result<crate::analysis::curves::Chart, String> {
    crate::analysis::curves::Chart::parse(text).ok_or_else(|| t!("cli-bad-chart", text = text))
}

fn parse_theme(text: &str) -> Result<Theme, String> {
    Theme::parse(text).ok_or_else(|| t!("cli-bad-theme", text = text))
}

/// Runs a subcommand, writing results to `out` and problems to `err`.
pub fn run(command: &Command, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
    match command {
        Command::Check { files } => check(files, out, err),
        Command::Export(args) if args.by_stage && args.chart.is_some_and(|c| !c.is_curves()) => {
            let _ = writeln!(err, "journeymap: {}", t!("cli-by-stage-needs-curves"));
            ExitCode::from(2)
        }
        Command::Export(args) => match export_cmd(args, out, err) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                let _ = writeln!(err, "journeymap: {message}");
                ExitCode::FAILURE
            }
        },
        Command::Import(args) => match data::import_cmd(args, out, err) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                let _ = writeln!(err, "journeymap: {message}");
                ExitCode::FAILURE
            }
        },
        Command::Serve(args) => serve(args, out, err),
        Command::Stats(args) => match data::stats_cmd(args, out, err) {
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
            "{}",
            t!(
                "cli-export-repaired",
                place = format!("{}:{}:{}", args.file.display(), p.line, p.col),
                message = p.message.shown()
            )
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
            let name = export::subject_name(
                project,
                Subject::Journey {
                    journey: journeys[0],
                    persona: None,
                },
            );
            let _ = writeln!(
                err,
                "{}",
                t!(
                    "cli-export-first-journey",
                    count = project.journeys.len(),
                    name = name
                )
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
            date: args.date.then(crate::i18n::dates::today),
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
        let _ = writeln!(
            out,
            "{}",
            t!(
                "cli-wrote",
                path = path.display().to_string(),
                size = human_size(bytes)
            )
        );
    }
    Ok(())
}

/// "1.2 MB", "830 KB" (in French "1,2 Mo", "830 ko").
fn human_size(bytes: u64) -> String {
    if bytes >= 1_000_000 {
        t!(
            "cli-megabytes",
            size = numbers::decimal(bytes as f64 / 1e6, 1)
        )
    } else {
        t!(
            "cli-kilobytes",
            size = numbers::integer(bytes.div_ceil(1000).try_into().unwrap_or(i64::MAX))
        )
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
            let counts = t!(
                "status-project-counts",
                journeys = project.journeys.len(),
                cards = project.card_count(),
                personas = project.personas.len(),
                hypotheses = project.hypotheses.len()
            );
            let line = if let Some(version) = loaded.upgraded_from {
                t!(
                    "cli-check-ok-upgraded",
                    path = path.display().to_string(),
                    counts = counts,
                    version = version
                )
            } else {
                t!(
                    "cli-check-ok",
                    path = path.display().to_string(),
                    counts = counts
                )
            };
            let _ = writeln!(out, "{line}");
            true
        }
    }
}

/// `journeymap serve [--port N] [--data DIR]`
fn serve(args: &ServeArgs, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
    let data = args
        .data
        .clone()
        .or_else(|| eframe::storage_dir("journeymap").map(|d| d.join("server")));
    let kept = crate::sync::Codes::kept_in(
        data.as_deref(),
        args.code.as_deref(),
        args.viewer_code.as_deref(),
    );
    let codes = match kept {
        Ok(codes) => codes,
        Err(e) => {
            let _ = writeln!(err, "journeymap: {e}");
            return ExitCode::FAILURE;
        }
    };
    let bind = std::net::SocketAddr::from((std::net::Ipv4Addr::UNSPECIFIED, args.port));
    let served = match crate::sync::Served::start(bind, data.as_deref(), &codes) {
        Ok(served) => served,
        Err(e) => {
            let _ = writeln!(err, "journeymap: {e}");
            return ExitCode::FAILURE;
        }
    };
    let url = served.url();
    let _ = writeln!(out, "{}", t!("cli-serve-at", url = url.as_str()));
    if let Some(data) = &data {
        let _ = writeln!(
            out,
            "{}",
            t!("cli-serve-kept", folder = data.display().to_string())
        );
    }
    let _ = writeln!(
        out,
        "{}",
        t!(
            "cli-serve-codes",
            editors = served.codes.editor.as_str(),
            viewers = served.codes.viewer.as_str()
        )
    );
    let _ = writeln!(
        out,
        "{}",
        t!(
            "cli-serve-facilitator",
            workshop = t!("menu-workshop"),
            start = t!("cmd-live-start"),
            link = format!("{url}?code={}", served.codes.editor)
        )
    );
    let _ = out.flush();
    served.run_forever();
    ExitCode::SUCCESS
}
