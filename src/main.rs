//! The `journeymap` binary: parses the command line and either runs a headless
//! subcommand or opens the app.

use std::process::ExitCode;

use journeymap::cli;

fn main() -> ExitCode {
    // The command line speaks the system's language (LANG); the app then takes the
    // one chosen in its preferences.
    journeymap::i18n::set_lang(journeymap::i18n::system_lang());
    // Help and usage errors are worded in that language too; both end the program.
    let args = match cli::parse(std::env::args_os()) {
        Ok(args) => args,
        Err(error) => error.exit(),
    };
    if let Some(command) = &args.command {
        return cli::run(command, &mut std::io::stdout(), &mut std::io::stderr());
    }
    journeymap::app::run(args.file, args.join)
}
