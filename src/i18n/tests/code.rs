//! What the code says: every message it names exists and every message is named,
//! no words for people outside the catalogues, counts handed over as numbers, and
//! number fields that read the language's decimal mark.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::i18n::*;

use super::catalogues::{messages, selectors};

/// The Rust files under `dir` (relative to the crate), each with its path relative
/// to the crate and its text.
pub(super) fn rust_sources(dir: &str) -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    let mut stack = vec![root.join(dir)];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let name = path
                    .strip_prefix(root)
                    .unwrap_or(&path)
                    .display()
                    .to_string();
                out.push((name, std::fs::read_to_string(&path).unwrap_or_default()));
            }
        }
    }
    out
}

#[test]
fn every_message_the_code_names_exists_and_every_message_is_used() {
    let english = messages(Lang::En);
    let prefixes: BTreeSet<&str> = english
        .keys()
        .filter_map(|k| k.split_once('-').map(|p| p.0))
        .collect();
    let looks_like_id = |s: &str| {
        s.split_once('-').is_some_and(|(p, rest)| {
            prefixes.contains(p)
                && !rest.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
    };
    let mut used = BTreeSet::new();
    let literals = rust_sources("src").into_iter().flat_map(|(file, text)| {
        let pieces: Vec<String> = text
            .split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect();
        pieces.into_iter().map(move |piece| (file.clone(), piece))
    });
    for (file, literal) in literals {
        if file.contains("i18n/tests/") || !looks_like_id(&literal) {
            continue;
        }
        assert!(
            english.contains_key(&literal),
            "{file} names the message {literal}, which en/ has not"
        );
        used.insert(literal);
    }
    let dead: Vec<_> = english.keys().filter(|k| !used.contains(*k)).collect();
    assert!(dead.is_empty(), "no code names these messages: {dead:?}");
}

/// Files in the scanned folders whose words are not the interface's.
const NOT_THE_INTERFACE: &[&str] = &[
    // Generated sample data for tests and benchmarks (names of made-up cards and
    // personas), never shown as the app's own words.
    "src/model/synthetic.rs",
    // The English that RON and serde write, matched to be reworded from the
    // catalogue ("the unsigned integer", "struct Card").
    "src/io/ron_error.rs",
    // egui's own English accessible names ("Close window"), matched to be renamed
    // from the catalogue.
    "src/ui/egui_words.rs",
];

/// Whether a string literal reads as words for a person: a capital followed by a
/// small letter ("Save"), two words ("no such file"), or a format string with a
/// word around its placeholders ("{} (copy)", "a {} picture"); ids, keys, paths,
/// markup and the app's name are not.
fn reads_as_words(literal: &str) -> bool {
    let letters = |w: &str| w.chars().filter(char::is_ascii_alphabetic).count();
    let mut chars = literal.chars();
    let capitalised = matches!(
        (chars.next(), chars.next()),
        (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase()
    );
    let words = literal
        .split_whitespace()
        .filter(|w| letters(w) >= 2)
        .count();
    let formatted_word = literal.contains('{')
        && literal.split_whitespace().any(|token| {
            let outside: String = token
                .split('{')
                .map(|p| p.rsplit('}').next().unwrap_or(p))
                .collect();
            let word = outside.trim_matches(|c: char| "()[],:;".contains(c));
            word.len() >= 3
                && word.chars().all(char::is_alphabetic)
                && word.chars().any(char::is_lowercase)
                && word != "journeymap"
        });
    !literal.contains("::") && (capitalised || words >= 2 || formatted_word)
}

#[test]
fn no_words_for_people_are_left_outside_the_catalogues() {
    let mut found = BTreeMap::<String, Vec<String>>::new();
    let dirs = [
        "src/ui",
        "src/app",
        "src/model",
        "src/ops",
        "src/io",
        "src/export",
        "src/layout",
        "src/analysis",
        "src/sync",
    ];
    let files = [
        "src/shared_undo.rs",
        "src/document.rs",
        "src/ops.rs",
        "src/edit.rs",
        "src/history.rs",
        "src/examples.rs",
    ]
    .map(|file| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
        (
            file.to_owned(),
            std::fs::read_to_string(path).unwrap_or_default(),
        )
    });
    for (name, text) in dirs.into_iter().flat_map(rust_sources).chain(files) {
        // Tests may say what they like, in a file of tests too.
        if NOT_THE_INTERFACE.contains(&name.as_str())
            || name.ends_with("/tests.rs")
            || name.contains("/tests/")
        {
            continue;
        }
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for line in code.lines() {
            let line = line.trim();
            // Reasons given to lints, widget ids and debug output are for developers;
            // names given to serde are the file format's; a line marked "// not for
            // people: <why>" holds machine text (SVG markup, font family names, keys
            // of machine output).
            if line.starts_with("//")
                || [
                    "reason =",
                    "Id::new(",
                    "id_salt(",
                    "rename =",
                    "debug_struct(",
                    "// not for people:",
                ]
                .iter()
                .any(|p| line.contains(p))
            {
                continue;
            }
            for literal in line.split('"').skip(1).step_by(2) {
                if reads_as_words(literal) {
                    found
                        .entry(name.clone())
                        .or_default()
                        .push(literal.to_owned());
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "words for people outside the catalogues (put them in assets/i18n/<lang>/*.ftl):\n{}",
        found
            .iter()
            .map(|(file, words)| format!("{file}: {words:?}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// Each `t!("id", name = value, …)` of `code`: the id and its `(name, value)` pairs.
fn t_calls(code: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut out = Vec::new();
    // `t!(` itself, not the end of `format!(` or `assert!(`.
    let starts = code.match_indices("t!(").filter(|(i, _)| {
        code[..*i]
            .chars()
            .next_back()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '_'))
    });
    for (i, _) in starts {
        let call = code[i + 3..].trim_start();
        let Some(rest) = call.strip_prefix('"') else {
            continue;
        };
        let Some((id, rest)) = rest.split_once('"') else {
            continue;
        };
        // The arguments, up to the parenthesis that closes the call.
        let (mut depth, mut args, mut current) = (0_i32, Vec::new(), String::new());
        for c in rest.chars() {
            match c {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' if depth == 0 => break,
                ')' | ']' | '}' => depth -= 1,
                ',' if depth == 0 => {
                    args.push(std::mem::take(&mut current));
                    continue;
                }
                _ => {}
            }
            current.push(c);
        }
        args.push(current);
        let pairs = args
            .iter()
            .filter_map(|a| a.split_once('='))
            .map(|(name, value)| (name.trim().to_owned(), value.trim().to_owned()))
            .collect();
        out.push((id.to_owned(), pairs));
    }
    out
}

/// A slider or number field that shows decimals reads them back the language's
/// way (`numbers::parse`); egui's own parser takes "3.75" only. Fields of whole
/// numbers (no decimal mark to read) and sliders that show no number are left out.
#[test]
fn number_fields_read_the_language_s_decimal_mark() {
    const WHOLE_NUMBERS: &[&str] = &[
        "&mut minutes",
        "&mut form.dots",
        "&mut s.width",
        "&mut s.dpi",
    ];
    let mut fields = 0;
    let mut wrong = Vec::new();
    for (file, text) in rust_sources("src/ui") {
        for widget in ["Slider::new(", "DragValue::new("] {
            for (i, _) in text.match_indices(widget) {
                fields += 1;
                let chain = text[i..].split(';').next().unwrap_or_default();
                let whole = WHOLE_NUMBERS.iter().any(|w| chain.contains(w));
                if !(whole
                    || chain.contains("custom_parser(")
                    || chain.contains("show_value(false)"))
                {
                    wrong.push(format!(
                        "{file}: {}",
                        chain.lines().next().unwrap_or_default()
                    ));
                }
            }
        }
    }
    assert!(fields >= 8, "only {fields} number fields found");
    assert!(
        wrong.is_empty(),
        "no custom_parser(numbers::parse): {wrong:#?}"
    );
}

/// An argument a message chooses its words by (a count: « 1 client », « 2 clients »)
/// goes in as a number: handed over as text, Fluent cannot choose, and the number is
/// not written the language's way either.
#[test]
fn what_a_message_chooses_by_goes_in_as_a_number() {
    let selectors = selectors();
    assert!(selectors["data-chart-customers"].contains("count"));
    let as_text = |value: &str| {
        value.ends_with(".to_string()")
            || value.ends_with(".as_str()")
            || value.starts_with("format!")
            || value.contains("numbers::")
            || value.starts_with('"')
    };
    // The check finds text where a number should be.
    let sample = r#"t!("data-chart-customers", count = numbers::integer(n))"#;
    let (id, pairs) = &t_calls(sample)[0];
    assert!(selectors[id].contains(&pairs[0].0) && as_text(&pairs[0].1));
    let mut calls = 0;
    let mut wrong = Vec::new();
    for (file, text) in rust_sources("src") {
        if file.contains("i18n/tests/") {
            continue;
        }
        for (id, pairs) in t_calls(&text) {
            calls += 1;
            let Some(chosen_by) = selectors.get(&id) else {
                continue;
            };
            for (name, value) in pairs {
                if chosen_by.contains(&name) && as_text(&value) {
                    wrong.push(format!("{file}: {id}: {name} = {value}"));
                }
            }
        }
    }
    assert!(calls > 500, "only {calls} t! calls found");
    assert!(wrong.is_empty(), "given as text: {wrong:#?}");
}
