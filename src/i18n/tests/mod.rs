use super::numbers::{NBSP, NNBSP, decimal_in, percent_in};
use super::*;

#[test]
fn numbers_in_english() {
    assert_eq!(decimal_in(Lang::En, 2.784, 2), "2.78");
    assert_eq!(decimal_in(Lang::En, 1234.0, 0), "1,234");
    assert_eq!(decimal_in(Lang::En, -1_234_567.25, 1), "-1,234,567.2");
    assert_eq!(percent_in(Lang::En, 34.24, 1), "34.2%");
}

#[test]
fn numbers_in_french() {
    assert_eq!(decimal_in(Lang::Fr, 2.784, 2), "2,78");
    assert_eq!(decimal_in(Lang::Fr, 1234.0, 0), format!("1{NNBSP}234"));
    assert_eq!(decimal_in(Lang::Fr, 999.0, 0), "999");
    assert_eq!(
        decimal_in(Lang::Fr, 1_234_567.5, 1),
        format!("1{NNBSP}234{NNBSP}567,5")
    );
    assert_eq!(percent_in(Lang::Fr, 34.24, 1), format!("34,2{NNBSP}%"));
}

#[test]
fn numbers_in_spanish() {
    assert_eq!(decimal_in(Lang::Es, 2.784, 2), "2,78");
    assert_eq!(decimal_in(Lang::Es, 1234.0, 0), "1.234");
    assert_eq!(decimal_in(Lang::Es, -0.04, 1), "0,0");
    assert_eq!(percent_in(Lang::Es, 34.24, 1), format!("34,2{NBSP}%"));
    assert_eq!(decimal_in(Lang::Es, f64::NAN, 1), "–");
}

#[test]
fn short_numbers_and_scales() {
    use super::numbers::short;
    use crate::model::Scale;
    assert_eq!(short(3.5), "3.5");
    assert_eq!(short(12.0), "12");
    assert_eq!(short(-0.001), "0");
    assert_eq!(Scale::ZERO_TO_TEN.label(), "0–10");
    let _fr = scoped(Lang::Fr);
    assert_eq!(short(3.5), "3,5");
    assert_eq!(short(1250.0), format!("1{NNBSP}250"));
    let odd = Scale { min: 0.5, max: 7.5 };
    assert_eq!(odd.label(), "0,5–7,5");
    let _es = scoped(Lang::Es);
    assert_eq!(odd.label(), "0,5–7,5");
    assert_eq!(short(34.166), "34,17");
}

#[test]
fn numbers_typed_in_each_language() {
    use super::numbers::{editable, parse};
    assert_eq!(parse("3.5"), Some(3.5));
    assert_eq!(parse("1,250.5"), Some(1250.5));
    assert_eq!(parse("1,250"), Some(1250.0));
    assert_eq!(parse(" −2 "), Some(-2.0));
    assert_eq!(parse(".5"), Some(0.5));
    // A comma other than between thousands reads two ways in English.
    assert_eq!(parse("3,75"), None);
    assert_eq!(parse("1,5"), None);
    for nothing in ["abc", "inf", "NaN", "1e3", "", "-", ".", "1..2"] {
        assert_eq!(parse(nothing), None, "{nothing}");
    }
    assert_eq!(editable("1.50"), "1.50");
    for lang in [Lang::Fr, Lang::Es] {
        let _in = scoped(lang);
        assert_eq!(parse("3,75"), Some(3.75));
        assert_eq!(parse("3.75"), Some(3.75), "a point that groups nothing");
        assert_eq!(parse("0.125"), Some(0.125));
        assert_eq!(parse(&format!("1{NNBSP}250,5")), Some(1250.5));
        assert_eq!(parse(&format!("1{NBSP}250")), Some(1250.0));
        assert_eq!(parse("1,250.5"), None, "{lang:?}");
        for nothing in ["", "1,2,3", "inf"] {
            assert_eq!(parse(nothing), None, "{lang:?} {nothing}");
        }
        assert_eq!(editable("1.50"), "1,50");
        assert_eq!(parse(&editable("1250.25")), Some(1250.25));
    }
    // Spanish groups thousands with a point: what the app writes reads back.
    let _es = scoped(Lang::Es);
    assert_eq!(parse("1.250"), Some(1250.0));
    assert_eq!(parse("1.250,5"), Some(1250.5));
    assert_eq!(
        parse(&super::numbers::decimal(1_234_567.0, 0)),
        Some(1_234_567.0)
    );
}

#[test]
fn locale_names() {
    assert_eq!(Lang::from_locale("fr_FR.UTF-8"), Some(Lang::Fr));
    assert_eq!(Lang::from_locale("es-MX"), Some(Lang::Es));
    assert_eq!(Lang::from_locale("en"), Some(Lang::En));
    assert_eq!(Lang::from_locale("de_DE"), None);
    assert_eq!(Lang::from_locale("C"), None);
}

#[test]
fn a_scoped_language_goes_back() {
    let before = lang();
    {
        let _fr = scoped(Lang::Fr);
        assert_eq!(lang(), Lang::Fr);
        assert_eq!(tr("menu-file"), "Fichier");
        {
            let _es = scoped(Lang::Es);
            assert_eq!(tr("menu-file"), "Archivo");
        }
        assert_eq!(lang(), Lang::Fr);
    }
    assert_eq!(lang(), before);
}

#[test]
fn arguments_are_written_the_language_s_way() {
    let _fr = scoped(Lang::Fr);
    assert_eq!(
        crate::t!("status-live-people", count = 1234),
        format!("En direct · 1{NNBSP}234 personnes")
    );
    assert_eq!(
        crate::t!("status-live-people", count = 1),
        "En direct · 1 personne"
    );
}

#[test]
fn counts_choose_their_words() {
    let cases = [
        (Lang::En, 1, "1 customer", "1 row × 1 column"),
        (Lang::En, 2, "2 customers", "2 rows × 2 columns"),
        (Lang::Fr, 1, "1 client", "1 ligne × 1 colonne"),
        (
            Lang::Fr,
            1234,
            "1\u{202F}234 clients",
            "1\u{202F}234 lignes × 1\u{202F}234 colonnes",
        ),
        (Lang::Es, 1, "1 cliente", "1 fila × 1 columna"),
        (Lang::Es, 0, "0 clientes", "0 filas × 0 columnas"),
    ];
    for (lang, n, customers, summary) in cases {
        let _in = scoped(lang);
        assert_eq!(crate::t!("data-chart-customers", count = n), customers);
        let line = crate::t!(
            "data-summary",
            rows = n,
            columns = n,
            format = "CSV",
            path = "a.csv",
            imported = "2026-12-04"
        );
        assert!(line.starts_with(summary), "{line}");
    }
}

/// The numbers each message chooses its words by (`{ $count -> [one] … }`), in any
/// of the languages (French may choose where English does not).
fn selectors() -> BTreeMap<String, BTreeSet<String>> {
    fn walk(pattern: &ast::Pattern<&str>, id: &str, out: &mut BTreeMap<String, BTreeSet<String>>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable {
                expression: ast::Expression::Select { selector, variants },
            } = element
            {
                // Plural categories or numbers, not words ({ $kind -> [card] … }).
                let plural = variants.iter().any(|v| match &v.key {
                    ast::VariantKey::NumberLiteral { .. } => true,
                    ast::VariantKey::Identifier { name } => {
                        ["zero", "one", "two", "few", "many"].contains(name)
                    }
                });
                if let ast::InlineExpression::VariableReference { id: variable } = selector
                    && plural
                {
                    out.entry(id.to_owned())
                        .or_default()
                        .insert(variable.name.to_owned());
                }
                for variant in variants {
                    walk(&variant.value, id, out);
                }
            }
        }
    }
    let mut out = BTreeMap::new();
    for lang in Lang::ALL {
        for source in lang.sources() {
            let Ok(resource) = fluent_syntax::parser::parse(source) else {
                continue;
            };
            for entry in &resource.body {
                if let ast::Entry::Message(m) = entry {
                    let patterns = m.value.iter().chain(m.attributes.iter().map(|a| &a.value));
                    for pattern in patterns {
                        walk(pattern, m.id.name, &mut out);
                    }
                }
            }
        }
    }
    out
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

// ---------------------------------------------------------------------------------
// The catalogues

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;

/// Each message of a catalogue with the variables it uses.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut ids = Vec::new();
    // A message is its line "id = ..." and the indented lines after it.
    let mut text: BTreeMap<String, String> = BTreeMap::new();
    for (area, source) in super::AREAS.iter().zip(lang.sources()) {
        let file = format!("{}/{area}.ftl", lang.code());
        let resource = match fluent_syntax::parser::parse(source) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{file} does not parse: {errors:?}"),
        };
        ids.extend(resource.body.iter().filter_map(|entry| match entry {
            ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            ast::Entry::Junk { content } => panic!("{file} has text it cannot read: {content}"),
            _ => None,
        }));
        let mut current = None;
        for line in source.lines() {
            if line.starts_with(|c: char| c.is_ascii_lowercase()) {
                let id = line
                    .split(" =")
                    .next()
                    .unwrap_or_default()
                    .trim()
                    .to_owned();
                assert!(!text.contains_key(&id), "{id} is twice in {}/", lang.code());
                text.insert(id.clone(), line.to_owned());
                current = Some(id);
            } else if line.starts_with(' ') {
                if let Some(body) = current.as_ref().and_then(|id| text.get_mut(id)) {
                    body.push_str(line);
                }
            } else {
                current = None;
            }
        }
    }
    ids.into_iter()
        .map(|id| {
            let variables = text
                .get(&id)
                .map(|body| {
                    body.split('$')
                        .skip(1)
                        .map(|v| {
                            v.chars()
                                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                                .collect()
                        })
                        .collect()
                })
                .unwrap_or_default();
            (id, variables)
        })
        .collect()
}

#[test]
fn every_catalogue_has_the_same_messages_with_the_same_arguments() {
    let english = messages(Lang::En);
    assert!(english.len() > 100);
    for lang in [Lang::Fr, Lang::Es] {
        let other = messages(lang);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}/ lacks {missing:?} and has {extra:?} that en/ has not",
            lang.code()
        );
        for (id, variables) in &english {
            assert_eq!(
                &other[id],
                variables,
                "{}/'s {id} uses other arguments than en/'s",
                lang.code()
            );
        }
    }
}

/// The Rust files under `dir` (relative to the crate), each with its path relative
/// to the crate and its text.
fn rust_sources(dir: &str) -> Vec<(String, String)> {
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

/// The texts a message can show: each variant of a selector is its own text, and
/// stands in its surrounding text as a placeable would. Placeables read as `X`; a
/// string literal reads as itself (`{"\u00A0"}` as a no-break space).
fn texts_of(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => text.push_str(value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Select { variants, .. } => {
                    for variant in variants {
                        let mut inner = Vec::new();
                        texts_of(&variant.value, &mut inner);
                        out.extend(inner.into_iter().map(|t| format!("X{t}")));
                    }
                    text.push('X');
                }
                ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
                    text.push_str(&value.replace("\\u00A0", "\u{A0}"));
                }
                ast::Expression::Inline(_) => text.push('X'),
            },
        }
    }
    out.push(text);
}

/// Every text of every message in `lang`, with its id; code in backticks (a RON
/// snippet, a file format) is left out, as it is not prose.
fn prose(lang: Lang) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for source in lang.sources() {
        let Ok(resource) = fluent_syntax::parser::parse(source) else {
            continue;
        };
        for entry in &resource.body {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            let patterns = m.value.iter().chain(m.attributes.iter().map(|a| &a.value));
            for pattern in patterns {
                let mut texts = Vec::new();
                texts_of(pattern, &mut texts);
                for text in texts {
                    let prose: String = text.split('`').step_by(2).collect::<Vec<_>>().join("C");
                    out.push((m.id.name.to_owned(), prose));
                }
            }
        }
    }
    out
}

/// What is wrong with the typography of `text` in `lang`: French sets `: ; ! ? » %`
/// apart with a no-break space (and `«` likewise) and writes ’; Spanish opens its
/// questions and exclamations and puts no space before `: ; ! ?`; neither uses
/// English quotes; no language writes three dots for `…`. `X` stands for a
/// placeable.
fn typography(lang: Lang, text: &str) -> Vec<&'static str> {
    let spaces = [NBSP, NNBSP];
    let chars: Vec<char> = text.chars().collect();
    let mut wrong = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        // A colon inside a word is not punctuation: `ws://`, `#automerge:ID`.
        let in_word = c == ':' && after.is_some_and(|a| !a.is_whitespace());
        let spaced = before.is_some_and(|b| spaces.contains(&b));
        match lang {
            Lang::Fr if ":;!?»".contains(c) && !in_word && !spaced => {
                wrong.push("no no-break space before : ; ! ? »");
            }
            Lang::Fr if c == '«' && !after.is_some_and(|a| spaces.contains(&a)) => {
                wrong.push("no no-break space after «");
            }
            Lang::Fr if c == '\'' => wrong.push("a straight apostrophe (’ in French)"),
            Lang::Es if ":;!?".contains(c) && (spaced || before == Some(' ')) => {
                wrong.push("a space before : ; ! ?");
            }
            _ => {}
        }
    }
    let count = |c: char| chars.iter().filter(|&&x| x == c).count();
    if lang == Lang::Es && (count('?') != count('¿') || count('!') != count('¡')) {
        wrong.push("a question or exclamation without its opening mark");
    }
    if lang != Lang::En {
        // "95 %", "{ $share } %": a number's percent sign (not "= % promoters").
        let breaking = chars
            .windows(3)
            .any(|w| (w[0].is_ascii_digit() || w[0] == 'X') && w[1] == ' ' && w[2] == '%');
        if breaking {
            wrong.push("a breaking space before %");
        }
        if count('“') + count('”') > 0 {
            wrong.push("English quotes (« » in French and Spanish)");
        }
    }
    if text.contains("...") {
        wrong.push("three dots (…)");
    }
    wrong
}

#[test]
fn each_language_is_written_with_its_own_typography() {
    let mut wrong = Vec::new();
    for lang in [Lang::En, Lang::Fr, Lang::Es] {
        for (id, text) in prose(lang) {
            for problem in typography(lang, &text) {
                wrong.push(format!("{} {id}: {problem}: {text}", lang.code()));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The string literals of a RON file, unescaped.
fn ron_strings(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = source.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut text = String::new();
        while let Some(c) = chars.next() {
            match c {
                '"' => break,
                '\\' => match chars.next() {
                    Some('n') => text.push('\n'),
                    Some('u') => {
                        let code: String =
                            chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                        let decoded = u32::from_str_radix(&code, 16).ok().and_then(char::from_u32);
                        text.push(decoded.unwrap_or('?'));
                    }
                    Some(other) => text.push(other),
                    None => {}
                },
                _ => text.push(c),
            }
        }
        out.push(text);
    }
    out
}

#[test]
fn the_templates_are_written_with_their_language_s_typography() {
    let mut wrong = Vec::new();
    for example in &crate::examples::EXAMPLES {
        for lang in [Lang::Fr, Lang::Es] {
            let strings = ron_strings(example.text_in(lang));
            assert!(strings.len() > 20, "{}", example.title());
            for text in strings {
                for problem in typography(lang, &text) {
                    wrong.push(format!(
                        "{} {}: {problem}: {text}",
                        lang.code(),
                        example.title()
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

mod english_left;
