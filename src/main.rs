//! The `journeymap` binary: parses the command line and either runs a headless
//! subcommand or opens the app.

use std::process::ExitCode;

use clap::Parser as _;
use journeymap::cli::{self, Cli};

fn main() -> ExitCode {
    // The command line speaks the system's language (LANG); the app then takes the
    // one chosen in its preferences.
    journeymap::i18n::set_lang(journeymap::i18n::system_lang());
    let args = Cli::parse();
    if let Some(command) = &args.command {
        return cli::run(command, &mut std::io::stdout(), &mut std::io::stderr());
    }
    journeymap::app::run(args.file, args.join)
}
