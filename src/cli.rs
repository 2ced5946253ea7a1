//! The command line: `journeymap [FILE]` opens the app; subcommands work headless.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

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
}

/// Runs a subcommand, writing results to `out` and problems to `err`.
pub fn run(command: &Command, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
    match command {
        Command::Check { files } => check(files, out, err),
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
