use clap::CommandFactory as _;

use super::*;
use crate::cli::Command as Sub;
use crate::i18n::{Lang, scoped};

/// The help of the app and of each subcommand, as printed.
fn helps() -> Vec<String> {
    let mut cmd = command();
    let mut out = vec![cmd.render_long_help().to_string()];
    for sub in cmd.get_subcommands_mut() {
        out.push(sub.render_long_help().to_string());
    }
    out
}

/// The usage error for `args`, as printed.
fn error(args: &[&str]) -> String {
    match parse(std::iter::once("journeymap").chain(args.iter().copied())) {
        Ok(cli) => panic!("{args:?} was read as {cli:?}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn every_argument_and_subcommand_has_its_words() {
    let cmd = Cli::command();
    let commands =
        std::iter::once(("", &cmd)).chain(cmd.get_subcommands().map(|s| (s.get_name(), s)));
    for (name, command) in commands {
        if !name.is_empty() {
            assert!(
                COMMANDS.iter().any(|(n, ..)| *n == name),
                "the subcommand {name} has no words in COMMANDS"
            );
        }
        for arg in command.get_arguments() {
            let id = arg.get_id().as_str();
            if id == "help" || id == "version" {
                continue;
            }
            assert!(
                ARGS.iter().any(|(c, a, ..)| *c == name && *a == id),
                "{name} {id} has no words in ARGS"
            );
        }
    }
}

#[test]
fn the_help_reads_in_french_and_spanish_with_no_line_left_in_english() {
    let english = {
        let _en = scoped(Lang::En);
        helps()
    };
    let english_lines: std::collections::BTreeSet<&str> = english
        .iter()
        .flat_map(|h| h.lines())
        .map(str::trim)
        // Lines of flags alone ("-h, --help") are the same in every language.
        .filter(|l| l.chars().any(char::is_alphabetic) && !l.starts_with(['-', '[', '<']))
        .collect();
    assert!(english_lines.contains("Usage: journeymap [OPTIONS] [FILE]"));
    assert!(english_lines.contains("Options:"));
    for lang in [Lang::Fr, Lang::Es] {
        let _lang = scoped(lang);
        let helps = helps();
        assert_eq!(helps.len(), english.len());
        for help in &helps {
            for line in help.lines().map(str::trim) {
                assert!(
                    !english_lines.contains(line),
                    "{}: “{line}” is the English help's line, in:\n{help}",
                    lang.code()
                );
                for word in [
                    "Print",
                    "[default",
                    "possible values",
                    "Possible values",
                    "<FILE",
                ] {
                    assert!(!line.contains(word), "{}: {word} in “{line}”", lang.code());
                }
            }
        }
    }
    let _fr = scoped(Lang::Fr);
    let export = command()
        .find_subcommand_mut("export")
        .map(|s| s.render_long_help().to_string())
        .unwrap_or_default();
    assert!(export.contains("Utilisation\u{a0}: journeymap export [OPTIONS] --output <SORTIE.png|svg|pdf> <FICHIER.ron>"), "{export}");
    assert!(export.contains("Largeur en pixels"), "{export}");
}

#[test]
fn usage_errors_read_in_french() {
    let _fr = scoped(Lang::Fr);
    let cases: &[(&[&str], &str)] = &[
        (
            &["export", "a.ron", "-o", "a.png", "--wdith", "800"],
            "argument inattendu « --wdith »",
        ),
        (
            &["export", "a.ron", "-o", "a.png", "--width", "5"],
            "« 5 » n’est pas un nombre entier de 16 à 65\u{202f}000",
        ),
        (
            &["export", "a.ron", "-o", "a.png", "--theme", "pink"],
            "« pink » n’est pas un thème",
        ),
        (&["export", "a.ron"], "ces arguments obligatoires manquent"),
        (
            &["stats", "a.csv", "--format", "xml"],
            "valeurs possibles : table, csv, json",
        ),
        (
            &[
                "export",
                "a.ron",
                "-o",
                "a.png",
                "--persona",
                "X",
                "--one-pager",
                "--journey",
                "Y",
            ],
            "ne peut pas être utilisé avec",
        ),
        (
            &["serve", "--port", "http"],
            "« http » n’est pas un nombre entier",
        ),
    ];
    for (args, expected) in cases {
        let text = error(args).replace('\u{a0}', " ");
        assert!(text.starts_with("erreur : "), "{args:?}: {text}");
        assert!(
            text.contains(expected),
            "{args:?} should say “{expected}”: {text}"
        );
        assert!(
            text.contains("Pour en savoir plus, essayez --help."),
            "{args:?}: {text}"
        );
        for english in [
            "error:",
            "Usage",
            "tip:",
            "unexpected",
            "invalid value",
            "required",
            "cannot",
            "For more",
        ] {
            assert!(!text.contains(english), "{args:?}: {english} in {text}");
        }
    }
    let typo = error(&["export", "a.ron", "-o", "a.png", "--wdith", "800"]).replace('\u{a0}', " ");
    assert!(typo.contains("vouliez-vous dire --width ?"), "{typo}");
    assert!(
        typo.contains(
            "Utilisation : journeymap export [OPTIONS] --output <SORTIE.png|svg|pdf> <FICHIER.ron>"
        ),
        "{typo}"
    );
}

#[test]
fn usage_errors_read_in_spanish_and_english() {
    {
        let _es = scoped(Lang::Es);
        let text = error(&["stats", "a.csv", "--format", "xml"]);
        assert!(
            text.starts_with("error: valor «xml» no válido para --format <FORMATO>"),
            "{text}"
        );
        assert!(
            text.contains("valores posibles: table, csv, json"),
            "{text}"
        );
        let missing = error(&["stats"]);
        assert!(
            missing.starts_with("error: faltan estos argumentos obligatorios:\n  <DATOS.csv|xlsx>"),
            "{missing}"
        );
        assert!(
            missing.contains("Uso: journeymap stats [OPCIONES] <DATOS.csv|xlsx>"),
            "{missing}"
        );
    }
    let _en = scoped(Lang::En);
    let text = error(&["stats", "a.csv", "--format", "xml"]);
    assert!(
        text.starts_with("error: invalid value “xml” for --format <FORMAT>"),
        "{text}"
    );
    assert!(text.contains("possible values: table, csv, json"), "{text}");
    let missing = error(&["stats"]);
    assert!(
        missing.contains("Usage: journeymap stats [OPTIONS] <DATA.csv|xlsx>"),
        "{missing}"
    );
}

#[test]
fn the_translated_command_line_still_reads_the_arguments() {
    let _fr = scoped(Lang::Fr);
    let cli = parse([
        "journeymap",
        "export",
        "a.ron",
        "-o",
        "a.png",
        "--width",
        "800",
        "--theme",
        "dark",
    ])
    .unwrap_or_else(|e| panic!("{e}"));
    match cli.command {
        Some(Sub::Export(args)) => {
            assert_eq!(args.width, Some(800));
            assert_eq!(args.theme, crate::export::Theme::Dark);
        }
        other => panic!("read as {other:?}"),
    }
    let cli = parse(["journeymap", "saves/retail.ron"]).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(cli.file, Some(std::path::PathBuf::from("saves/retail.ron")));
    let serve = parse(["journeymap", "serve"]).unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(serve.command, Some(Sub::Serve(s)) if s.port == crate::sync::DEFAULT_PORT));
    let help = parse(["journeymap", "--help"]).map(|_| ()).unwrap_err();
    assert_eq!(help.kind(), ErrorKind::DisplayHelp);
    assert!(help.to_string().contains("Afficher l’aide"));
    let help = parse(["journeymap", "help", "stats"])
        .map(|_| ())
        .unwrap_err();
    assert!(
        help.to_string()
            .contains("Statistiques d’un fichier de données clients ("),
        "{help}"
    );
}
