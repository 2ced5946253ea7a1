//! Each language's typography, in the catalogues and in the templates.

use fluent_syntax::ast;

use crate::i18n::numbers::{NBSP, NNBSP};
use crate::i18n::*;

/// The texts a message can show: each variant of a selector is its own text, and
/// stands in its surrounding text as a placeable would. Placeables read as `X`; a
/// string literal reads as itself (`{"\u00A0"}` as a no-break space).
pub(super) fn texts_of(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
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
pub(super) fn prose(lang: Lang) -> Vec<(String, String)> {
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
pub(super) fn ron_strings(source: &str) -> Vec<String> {
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
