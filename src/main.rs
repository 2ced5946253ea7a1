//! The `journeymap` binary: parses the command line and either runs a headless
//! subcommand or opens the app.

use std::process::ExitCode;

use clap::Parser as _;
use journeymap::cli::{self, Cli};

fn main() -> ExitCode {
    let args = Cli::parse();
    if let Some(command) = &args.command {
        return cli::run(command, &mut std::io::stdout(), &mut std::io::stderr());
    }
    journeymap::app::run(args.file, args.join)
}
