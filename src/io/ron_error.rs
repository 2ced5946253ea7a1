//! RON's parser errors in words for people who edit a project file by hand, in the
//! language shown: RON and serde word them in English for programmers ("Expected
//! closing `)`", "invalid type: the string \"x\", expected u32").

use ron::Error as E;

use crate::t;

/// The parser's error `err` in plain words.
pub(crate) fn in_words(err: &E) -> String {
    let expected = |what: &str| t!("msg-ron-expected", what = what);
    let message = match err {
        E::ExceededRecursionLimit => t!("msg-ron-too-deep").to_owned(),
        E::TrailingCharacters => t!("msg-ron-trailing").to_owned(),
        E::Eof => t!("msg-ron-eof").to_owned(),
        E::Fmt | E::Utf8Error(_) => t!("msg-ron-not-utf8").to_owned(),
        E::Io(reason) => t!("msg-ron-unreadable", reason = reason.as_str()),
        // Our own checks word their messages from the catalogue already.
        E::Message(message) => message.clone(),
        E::ExpectedArray => expected(t!("msg-ron-what-list-start")),
        E::ExpectedArrayEnd => expected(t!("msg-ron-what-list-end")),
        E::ExpectedAttribute | E::ExpectedAttributeEnd | E::NoSuchExtension(_) => {
            t!("msg-ron-bad-attribute").to_owned()
        }
        E::ExpectedBoolean => expected(t!("msg-ron-kind-boolean")),
        E::ExpectedComma => expected(t!("msg-ron-what-comma")),
        E::ExpectedChar => expected(t!("msg-ron-kind-char")),
        E::ExpectedByteLiteral | E::ExpectedByteString => expected(t!("msg-ron-kind-bytes")),
        E::ExpectedFloat => expected(t!("msg-ron-kind-number")),
        E::ExpectedInteger => expected(t!("msg-ron-kind-integer")),
        E::ExpectedOption => expected(t!("msg-ron-kind-option")),
        E::ExpectedOptionEnd | E::ExpectedStructLikeEnd => expected(t!("msg-ron-what-group-end")),
        E::ExpectedMap => expected(t!("msg-ron-what-map-start")),
        E::ExpectedMapColon => expected(t!("msg-ron-what-colon")),
        E::ExpectedMapEnd => expected(t!("msg-ron-what-map-end")),
        E::ExpectedNamedStructLike(name) if !name.is_empty() => {
            t!("msg-ron-group-start-for", name = code(name))
        }
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
            expected(t!("msg-ron-what-group-start"))
        }
        E::ExpectedUnit => expected(t!("msg-ron-kind-unit")),
        E::ExpectedString => expected(t!("msg-ron-kind-text")),
        E::ExpectedStringEnd => expected(t!("msg-ron-what-text-end")),
        E::ExpectedIdentifier | E::ExpectedRawValue => expected(t!("msg-ron-kind-name")),
        E::ExpectedRangeSyntax => expected(t!("msg-ron-what-range")),
        E::ExpectedDifferentStructName { expected, found } => t!(
            "msg-ron-other-name",
            found = code(found),
            expected = code(expected)
        ),
        E::ExpectedStructName(name) => t!("msg-ron-name-needed", name = code(name)),
        E::FloatUnderscore | E::UnderscoreAtBeginning => t!("msg-ron-underscore").to_owned(),
        E::IntegerOutOfBounds => t!("msg-ron-out-of-bounds").to_owned(),
        E::InvalidIntegerDigit { digit, .. } => t!("msg-ron-bad-digit", digit = digit.to_string()),
        E::InvalidEscape(_) => t!("msg-ron-bad-escape").to_owned(),
        E::UnclosedBlockComment | E::UnclosedLineComment => t!("msg-ron-open-comment").to_owned(),
        E::UnexpectedChar(c) => t!("msg-ron-unexpected-char", char = c.to_string()),
        E::InvalidIdentifier(name) | E::SuggestRawIdentifier(name) => {
            t!("msg-ron-bad-name", name = name.as_str())
        }
        E::InvalidValueForType { expected, found } => t!(
            "msg-ron-wrong-value",
            expected = expected_kind(expected),
            found = found_value(found)
        ),
        E::ExpectedDifferentLength { expected, found } => t!(
            "msg-ron-wrong-length",
            expected = expected_kind(expected),
            count = *found
        ),
        E::NoSuchEnumVariant {
            expected, found, ..
        } => {
            if expected.is_empty() {
                t!("msg-ron-no-values", found = code(found))
            } else {
                t!(
                    "msg-ron-unknown-value",
                    found = code(found),
                    allowed = codes(expected)
                )
            }
        }
        E::NoSuchStructField {
            expected, found, ..
        } => t!(
            "msg-ron-unknown-field",
            found = code(found),
            allowed = codes(expected)
        ),
        E::MissingStructField {
            field,
            outer: Some(outer),
        } => t!(
            "msg-ron-missing-field-in",
            field = code(field),
            outer = code(outer)
        ),
        E::MissingStructField { field, .. } => t!("msg-ron-missing-field", field = code(field)),
        E::DuplicateStructField { field, .. } => t!("msg-ron-twice", field = code(field)),
        // A kind of error a later RON may add: its own words.
        _ => err.to_string(),
    };
    // RON names the file's outer struct; people know it as the project file.
    message.replace(&code("JourneymapProject"), t!("msg-ron-project-file"))
}

/// A name as the file spells it.
fn code(name: &str) -> String {
    format!("`{name}`")
}

fn codes(names: &[&str]) -> String {
    names.iter().map(|n| code(n)).collect::<Vec<_>>().join(", ")
}

/// What serde says a place holds ("a string", "u32", "struct Card"), in words.
fn expected_kind(expected: &str) -> String {
    let kind = match expected {
        "a string" | "a borrowed string" | "string" => t!("msg-ron-kind-text"),
        "a boolean" | "bool" => t!("msg-ron-kind-boolean"),
        "a character" | "char" => t!("msg-ron-kind-char"),
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" | "i8" | "i16" | "i32" | "i64" | "i128"
        | "isize" | "an integer" => t!("msg-ron-kind-integer"),
        "f32" | "f64" | "a float" | "a number" => t!("msg-ron-kind-number"),
        "a sequence" | "a list" => t!("msg-ron-kind-list"),
        "a map" => t!("msg-ron-kind-map"),
        "option" => t!("msg-ron-kind-option"),
        "unit" => t!("msg-ron-kind-unit"),
        "variant identifier" | "field identifier" | "identifier" => t!("msg-ron-kind-name"),
        other => {
            if let Some(name) = other.strip_prefix("struct ") {
                return t!("msg-ron-kind-struct", name = code(name));
            }
            if let Some(name) = other.strip_prefix("enum ") {
                return t!("msg-ron-kind-enum", name = code(name));
            }
            if other.starts_with("a tuple")
                || other.starts_with("an array")
                || other.starts_with("tuple struct")
            {
                return t!("msg-ron-kind-list").to_owned();
            }
            // A message of our own (the cells of a table) or one serde may add later.
            return other.to_owned();
        }
    };
    kind.to_owned()
}

/// What RON says it found ("the string \"x\"", "the unsigned integer `3`"), in words.
fn found_value(found: &str) -> String {
    let value = |prefix: &str| found.strip_prefix(prefix).map(str::to_owned);
    let quoted = |v: String| {
        let v = v.trim_matches('`');
        code(v)
    };
    if let Some(v) = value("the boolean ") {
        return t!("msg-ron-found-value", value = quoted(v));
    }
    for prefix in [
        "the unsigned integer ",
        "the signed integer ",
        "the floating point number ",
    ] {
        if let Some(v) = value(prefix) {
            return t!("msg-ron-found-number", value = quoted(v));
        }
    }
    if let Some(v) = value("the UTF-8 character ") {
        return t!("msg-ron-found-value", value = quoted(v));
    }
    if let Some(v) = value("the string ") {
        return t!("msg-ron-found-text", value = v);
    }
    let kind = match found {
        "a unit value" => t!("msg-ron-kind-unit"),
        "an optional value" => t!("msg-ron-kind-option"),
        "a sequence" => t!("msg-ron-kind-list"),
        "a map" => t!("msg-ron-kind-map"),
        "a newtype struct" | "a tuple variant" | "a struct variant" | "a newtype variant" => {
            t!("msg-ron-kind-group")
        }
        "an enum" | "a unit variant" => t!("msg-ron-kind-name"),
        other if other.starts_with("the byte string") => t!("msg-ron-kind-bytes"),
        other => return other.to_owned(),
    };
    kind.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, scoped};

    /// The message for a project text that does not read.
    fn message_for(text: &str) -> String {
        match crate::io::from_ron_str(text, std::path::Path::new("p.ron")) {
            Err(crate::io::LoadError::Syntax { message, .. }) => message,
            Err(other) => panic!("{other}"),
            Ok(_) => panic!("{text} read"),
        }
    }

    #[test]
    fn every_kind_of_mistake_reads_in_french_without_english() {
        let _fr = scoped(Lang::Fr);
        let start = "(format_version: 1, project: (name: \"A\", ";
        let cases = [
            (
                format!("{start}journeys: [(id: 1, name: \"J\"]))"),
                "virgule",
            ),
            (format!("{start}journeys: 5))"), "`[`"),
            (format!("{start}description: 5))"), "texte"),
            (format!("{start}journeys: [(id: \"x\")]))"), "nombre entier"),
            (format!("{start}zorglub: 1))"), "`zorglub`"),
            (
                format!(
                    "{start}journeys: [(id: 1, name: \"J\", stages: [(id: 2, phase: Someday)])]))"
                ),
                "`Someday`",
            ),
            (
                format!("{start}journeys: [(id: 1, name: \"J\", §)]))"),
                "un nom",
            ),
            (
                format!("{start}journeys: [(id: 1, name: \"J)]))"),
                "ferme le texte",
            ),
            (start.to_owned(), "se termine trop tôt"),
            (format!("{start})) extra"), "après la fin"),
            (
                format!("{start}journeys: [(id: 99999999999999999999999)]))"),
                "trop grand",
            ),
            (
                format!("{start}journeys: [(id: 1, name: \"J\", name: \"K\")]))"),
                "deux fois",
            ),
        ];
        for (text, expected) in cases {
            let message = message_for(&text);
            assert!(message.contains(expected), "{text}: {message}");
            for english in [
                "Expected",
                "expected",
                "found",
                "Unexpected",
                "invalid",
                "string",
                "integer",
                "struct",
                "field",
                "variant",
                "named",
            ] {
                assert!(
                    !message.contains(english),
                    "{text}: “{english}” in {message}"
                );
            }
        }
    }

    #[test]
    fn serde_kinds_read_as_words() {
        let _es = scoped(Lang::Es);
        assert_eq!(expected_kind("u32"), t!("msg-ron-kind-integer"));
        assert_eq!(
            expected_kind("struct Card"),
            t!("msg-ron-kind-struct", name = "`Card`")
        );
        assert_eq!(
            found_value("the string \"x\""),
            t!("msg-ron-found-text", value = "\"x\"")
        );
        assert_eq!(found_value("a sequence"), t!("msg-ron-kind-list"));
        assert_eq!(
            found_value("the unsigned integer `7`"),
            t!("msg-ron-found-number", value = "`7`")
        );
    }
}
