//! The command line's help and usage errors in the language shown: clap builds them
//! in English, so every heading, help text, value name and error message is put back
//! from the catalogues (`cli.ftl`) here.
//!
//! [`command`] is the translated `clap::Command`; [`parse`] reads the arguments with it
//! and words its errors with [`Translated`].

use std::ffi::OsString;
use std::fmt::Write as _;

use clap::builder::StyledStr;
use clap::builder::styling::Styles;
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory as _, FromArgMatches as _};

use super::Cli;
use crate::t;

/// Each argument's help and, where its value's name is a word, that name, as
/// catalogue ids: (subcommand, or "" for the app itself; argument id; help; value name).
#[rustfmt::skip]
const ARGS: &[(&str, &str, &str, Option<&str>)] = &[
    ("", "file", "cli-help-open-file", Some("cli-value-file")),
    ("", "join", "cli-help-join", Some("cli-value-link")),
    ("check", "files", "cli-help-check-files", Some("cli-value-file-ron")),
    ("export", "file", "cli-help-export-file", Some("cli-value-file-ron")),
    ("export", "output", "cli-help-export-output", Some("cli-value-output")),
    ("export", "journey", "cli-help-export-journey", Some("cli-value-name-or-id")),
    ("export", "persona", "cli-help-export-persona", Some("cli-value-name-or-id")),
    ("export", "one_pager", "cli-help-export-one-pager", None),
    ("export", "chart", "cli-help-export-chart", None),
    ("export", "by_stage", "cli-help-export-by-stage", None),
    ("export", "width", "cli-help-export-width", Some("cli-value-pixels")),
    ("export", "paper", "cli-help-export-paper", None),
    ("export", "dpi", "cli-help-export-dpi", Some("cli-value-dpi")),
    ("export", "theme", "cli-help-export-theme", None),
    ("export", "no_title", "cli-help-export-no-title", None),
    ("export", "no_legend", "cli-help-export-no-legend", None),
    ("export", "no_personas", "cli-help-export-no-personas", None),
    ("export", "date", "cli-help-export-date", None),
    ("export", "votes", "cli-help-export-votes", None),
    ("import", "project", "cli-help-import-project", Some("cli-value-project-ron")),
    ("import", "data", "cli-help-import-data", Some("cli-value-data")),
    ("import", "name", "cli-help-import-name", Some("cli-value-name")),
    ("import", "missing", "cli-help-import-missing", Some("cli-value-missing")),
    ("import", "skip_bad_rows", "cli-help-import-skip-bad-rows", None),
    ("stats", "file", "cli-help-stats-file", Some("cli-value-data")),
    ("stats", "by", "cli-help-stats-by", Some("cli-value-column")),
    ("stats", "missing", "cli-help-stats-missing", Some("cli-value-missing")),
    ("stats", "format", "cli-help-stats-format", Some("cli-value-format")),
    ("serve", "port", "cli-help-serve-port", Some("cli-value-port")),
    ("serve", "data", "cli-help-serve-data", Some("cli-value-dir")),
    ("serve", "code", "cli-help-serve-code", Some("cli-value-code")),
    ("serve", "viewer_code", "cli-help-serve-viewer-code", Some("cli-value-code")),
];

/// Each subcommand's line in the list of commands, and the text above its own help.
const COMMANDS: &[(&str, &str, &str)] = &[
    ("check", "cli-about-check", "cli-about-check-long"),
    ("export", "cli-about-export", "cli-about-export-long"),
    ("import", "cli-about-import", "cli-about-import-long"),
    ("stats", "cli-about-stats", "cli-about-stats-long"),
    ("serve", "cli-about-serve", "cli-about-serve-long"),
];

/// The message `id` of the tables above, with its arguments where it has some.
fn words(id: &str) -> String {
    let workshop = || t!("menu-workshop");
    let start = || t!("cmd-live-start");
    match id {
        "cli-help-join" => t!("cli-help-join", workshop = workshop(), start = start()),
        "cli-about-serve-long" => {
            t!(
                "cli-about-serve-long",
                workshop = workshop(),
                start = start()
            )
        }
        "cli-help-serve-port" => t!(
            "cli-help-serve-port",
            port = crate::sync::DEFAULT_PORT.to_string()
        ),
        _ => crate::i18n::tr(id).to_owned(),
    }
}

/// The command line, worded in the language shown.
pub fn command() -> Command {
    let mut cmd = worded(Cli::command(), "")
        .about(t!("app-description"))
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t!("cli-help-version"))
                .help_heading(t!("cli-heading-options")),
        )
        .mut_subcommands(|sub| {
            let name = sub.get_name().to_owned();
            worded(about(sub), &name)
        });
    // Building adds clap's `help` subcommand (`journeymap help export`), worded here,
    // and works out each usage line, which then gets the language's words for its
    // placeholders.
    cmd.build();
    let mut cmd = cmd.mut_subcommands(|sub| {
        if sub.get_name() == "help" {
            with_commands(about(sub))
                .help_template(template())
                .mut_subcommands(about)
                .mut_args(|arg| {
                    arg.help(t!("cli-help-help-command"))
                        .value_name(t!("cli-value-command"))
                        .help_heading(t!("cli-heading-arguments"))
                })
        } else {
            sub
        }
    });
    let usage = usage_line(&mut cmd);
    let mut cmd = cmd.override_usage(usage);
    for sub in cmd.get_subcommands_mut() {
        let usage = usage_line(sub);
        *sub = std::mem::take(sub).override_usage(usage);
    }
    cmd
}

/// The text above a subcommand's help and beside its name in the list.
fn about(sub: Command) -> Command {
    let name = sub.get_name();
    if name == "help" {
        return sub.about(t!("cli-about-help"));
    }
    match COMMANDS.iter().find(|(n, ..)| *n == name) {
        Some((_, about, long)) => sub.about(words(about)).long_about(words(long)),
        None => sub,
    }
}

/// The heading and placeholder of a command's list of subcommands.
fn with_commands(cmd: Command) -> Command {
    cmd.subcommand_help_heading(t!("cli-heading-commands"))
        .subcommand_value_name(t!("cli-value-command"))
}

/// clap's layout of a help, with the language's heading for the usage line.
fn template() -> String {
    format!(
        "{{about-with-newline}}\n{heading}{} {heading:#}{{usage}}\n\n{{all-args}}{{after-help}}",
        t!("cli-usage-heading"),
        heading = Styles::styled().get_usage(),
    )
}

/// A command's arguments worded: help, value names, headings; its own `--help`.
fn worded(cmd: Command, name: &str) -> Command {
    with_commands(cmd)
        .help_template(template())
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(t!("cli-help-help")),
        )
        .mut_args(|arg| {
            let heading = if arg.is_positional() {
                t!("cli-heading-arguments")
            } else {
                t!("cli-heading-options")
            };
            let found = ARGS
                .iter()
                .find(|(command, id, ..)| *command == name && arg.get_id() == *id);
            let arg = match found {
                Some((_, _, help, value)) => {
                    let arg = arg.help(words(help));
                    match value {
                        Some(value) => arg.value_name(crate::i18n::tr(value)),
                        None => arg,
                    }
                }
                None => arg,
            };
            let arg = arg.help_heading(heading);
            // The help texts say the defaults and choices in their own words.
            if arg.get_action().takes_values() {
                arg.hide_default_value(true).hide_possible_values(true)
            } else {
                arg
            }
        })
}

/// The usage line clap works out for a built command, with the language's word for
/// `[OPTIONS]`, its lines lined up under the first after the translated heading.
fn usage_line(cmd: &mut Command) -> String {
    let rendered = cmd.render_usage().to_string();
    let usage = without_heading(&rendered).replace("[OPTIONS]", t!("cli-usage-options"));
    let indent = " ".repeat(t!("cli-usage-heading").chars().count() + 1);
    usage
        .lines()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(&format!("\n{indent}"))
}

/// A usage line clap rendered, without its English "Usage: " heading.
fn without_heading(rendered: &str) -> &str {
    rendered
        .split_once(": ")
        .map_or(rendered, |(_, usage)| usage)
}

/// Reads the command line (`args` includes the program's name).
pub fn parse<I, T>(args: I) -> Result<Cli, clap::error::Error<Translated>>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let matches = command()
        .try_get_matches_from(args)
        .map_err(clap::Error::apply::<Translated>)?;
    Cli::from_arg_matches(&matches).map_err(clap::Error::apply::<Translated>)
}

/// Words clap's usage errors from the catalogues.
#[derive(Debug)]
pub struct Translated;

impl ErrorFormatter for Translated {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let styles = Styles::styled();
        let (bad, good, literal) = (styles.get_error(), styles.get_valid(), styles.get_literal());
        let mut out = StyledStr::new();
        let _ = write!(out, "{bad}{}{bad:#} {}", t!("cli-error"), message(error));
        let suggested = [
            ContextKind::SuggestedSubcommand,
            ContextKind::SuggestedArg,
            ContextKind::SuggestedValue,
        ]
        .into_iter()
        .filter_map(|kind| error.get(kind))
        .flat_map(strings)
        .collect::<Vec<_>>();
        if !suggested.is_empty() {
            let names = suggested
                .iter()
                .map(|s| format!("{good}{s}{good:#}"))
                .collect::<Vec<_>>()
                .join(", ");
            let _ = write!(out, "\n\n  {}", t!("cli-error-did-you-mean", name = names));
        }
        if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
            // clap puts its English heading before the (already translated) usage.
            let usage = usage.to_string();
            let usage = without_heading(&usage);
            let heading = styles.get_usage();
            let _ = write!(
                out,
                "\n\n{heading}{}{heading:#} {usage}",
                t!("cli-usage-heading")
            );
        }
        let help = format!("{literal}--help{literal:#}");
        let _ = writeln!(out, "\n\n{}", t!("cli-error-try-help", help = help));
        out
    }
}

/// The strings of a context value: one, or a list.
fn strings(value: &ContextValue) -> Vec<String> {
    match value {
        ContextValue::String(s) => vec![s.clone()],
        ContextValue::Strings(list) => list.clone(),
        _ => Vec::new(),
    }
}

/// What went wrong, in words.
fn message(error: &clap::error::Error<Translated>) -> String {
    let text = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(list)) => list.join(", "),
        Some(ContextValue::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let number = |kind| match error.get(kind) {
        Some(ContextValue::Number(n)) => i64::try_from(*n).unwrap_or_default(),
        _ => 0,
    };
    let list = |kind| {
        error
            .get(kind)
            .map(strings)
            .unwrap_or_default()
            .iter()
            .fold(String::new(), |mut out, s| {
                let _ = write!(out, "\n  {s}");
                out
            })
    };
    let arg = text(ContextKind::InvalidArg);
    let value = text(ContextKind::InvalidValue);
    match error.kind() {
        ErrorKind::ArgumentConflict => match error.get(ContextKind::PriorArg) {
            Some(ContextValue::String(prior)) if *prior == arg => t!("cli-error-twice", arg = arg),
            Some(prior @ (ContextValue::String(_) | ContextValue::Strings(_))) => t!(
                "cli-error-conflict",
                arg = arg,
                others = strings(prior).join(", ")
            ),
            _ => t!("cli-error-conflict-any", arg = arg),
        },
        ErrorKind::NoEquals => t!("cli-error-no-equals", arg = arg),
        ErrorKind::InvalidValue if value.is_empty() => t!("cli-error-no-value", arg = arg),
        ErrorKind::InvalidValue => {
            let valid = strings(
                error
                    .get(ContextKind::ValidValue)
                    .unwrap_or(&ContextValue::None),
            );
            let mut out = t!("cli-error-bad-value", value = value, arg = arg);
            if !valid.is_empty() {
                let _ = write!(
                    out,
                    "\n  {}",
                    t!("cli-error-possible-values", values = valid.join(", "))
                );
            }
            out
        }
        ErrorKind::ValueValidation => {
            if let Some(reason) = std::error::Error::source(error) {
                t!(
                    "cli-error-bad-value-why",
                    value = value,
                    arg = arg,
                    reason = reason.to_string()
                )
            } else {
                t!("cli-error-bad-value", value = value, arg = arg)
            }
        }
        ErrorKind::InvalidSubcommand => t!(
            "cli-error-unknown-command",
            name = text(ContextKind::InvalidSubcommand)
        ),
        ErrorKind::UnknownArgument => t!("cli-error-unknown-argument", arg = arg),
        ErrorKind::MissingRequiredArgument => {
            format!(
                "{}{}",
                t!("cli-error-missing"),
                list(ContextKind::InvalidArg)
            )
        }
        ErrorKind::MissingSubcommand => format!(
            "{}{}",
            t!(
                "cli-error-missing-command",
                name = text(ContextKind::InvalidSubcommand)
            ),
            list(ContextKind::ValidSubcommand)
        ),
        ErrorKind::TooManyValues => t!("cli-error-extra-value", value = value, arg = arg),
        ErrorKind::TooFewValues => t!(
            "cli-error-value-count",
            arg = arg,
            expected = number(ContextKind::MinValues),
            count = number(ContextKind::ActualNumValues)
        ),
        ErrorKind::WrongNumberOfValues => t!(
            "cli-error-value-count",
            arg = arg,
            expected = number(ContextKind::ExpectedNumValues),
            count = number(ContextKind::ActualNumValues)
        ),
        ErrorKind::InvalidUtf8 => t!("cli-error-not-utf8").to_owned(),
        _ => t!("cli-error-unreadable").to_owned(),
    }
}

/// A whole number from `min` to `max`, for an option's value.
pub fn whole_number<N>(text: &str, min: N, max: N) -> Result<N, String>
where
    N: std::str::FromStr + PartialOrd + Into<i64> + Copy,
{
    text.trim()
        .parse::<N>()
        .ok()
        .filter(|n| *n >= min && *n <= max)
        .ok_or_else(|| {
            t!(
                "cli-bad-number",
                text = text,
                min = min.into(),
                max = max.into()
            )
        })
}

#[cfg(test)]
mod tests;
