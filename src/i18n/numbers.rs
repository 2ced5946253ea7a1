//! Numbers written the way each language writes them: `1,234.5` and `34.2%` in
//! English, `1 234,5` and `34,2 %` in French (narrow no-break spaces), `1.234,5` and
//! `34,2 %` in Spanish (a no-break space before the sign). Machine outputs (CSV,
//! JSON, project files) never go through here.

use super::{Lang, lang};

/// Narrow no-break space: French groups digits and sets `%` apart with it.
pub const NNBSP: char = '\u{202F}';
/// No-break space: Spanish sets `%` apart with it.
pub const NBSP: char = '\u{A0}';

fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::En => ('.', ','),
        Lang::Fr => (',', NNBSP),
        Lang::Es => (',', '.'),
    }
}

/// A number a field shows for editing (`"1.50"`, as egui writes it: no grouping)
/// with the decimal mark of the language shown: `"1,50"` in French and Spanish.
/// Without grouping, what is shown reads back with [`parse`] unchanged.
pub fn editable(plain: &str) -> String {
    let (mark, _) = separators(lang());
    plain.replace('.', &mark.to_string())
}

/// A number typed in the language shown, or `None` when it is no number or reads
/// two ways. The language's decimal mark (`3,75` in French and Spanish, `3.75` in
/// English) and its grouping of thousands (`1 250,5`, `1.250,5`, `1,250.5`; spaces,
/// no-break ones too, anywhere) are read; a point also reads as a decimal mark in
/// French and Spanish where it cannot be grouping (`3.75`); `−` is a minus. Not
/// read: a comma in English other than between thousands (`3,75`), "inf", "NaN",
/// exponents.
pub fn parse(text: &str) -> Option<f64> {
    let text: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c == '−' { '-' } else { c })
        .collect();
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.strip_prefix('+').unwrap_or(&text)),
    };
    let (mark, group) = match lang() {
        Lang::En => ('.', Some(',')),
        Lang::Fr => (',', None),
        Lang::Es => (',', Some('.')),
    };
    let all_digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    let (whole, fraction) = if digits.contains(mark) {
        let (whole, fraction) = digits.split_once(mark)?;
        (ungrouped(whole, group)?, fraction)
    } else if let Some(whole) = ungrouped(digits, group).filter(|w| all_digits(w)) {
        (whole, "")
    } else if mark == ',' && digits.matches('.').count() == 1 {
        // "3.75" in French or Spanish: a point that groups nothing.
        let (whole, fraction) = digits.split_once('.')?;
        (whole.to_owned(), fraction)
    } else {
        return None;
    };
    if whole.is_empty() && fraction.is_empty() || !all_digits(&whole) || !all_digits(fraction) {
        return None;
    }
    format!("{sign}{whole}.{fraction}")
        .trim_end_matches('.')
        .parse()
        .ok()
        .filter(|v: &f64| v.is_finite())
}

/// The digits of `whole` without its grouping marks, when they group it by
/// thousands (`1.250` → `1250` with `.`); `whole` itself when it has none.
fn ungrouped(whole: &str, group: Option<char>) -> Option<String> {
    let Some(group) = group.filter(|g| whole.contains(*g)) else {
        return Some(whole.to_owned());
    };
    let mut parts = whole.split(group);
    let first = parts.next()?;
    let grouped =
        (1..=3).contains(&first.len()) && !first.starts_with('0') && parts.all(|p| p.len() == 3);
    grouped.then(|| whole.replace(group, ""))
}

/// `value` with `places` decimals, in the language shown.
pub fn decimal(value: f64, places: usize) -> String {
    decimal_in(lang(), value, places)
}

/// A value as written on a chart or a scale, in the language shown: at most two
/// decimals, no trailing zeros ("3.5", "34.17", "12"; "3,5" in French).
pub fn short(v: f64) -> String {
    let text = decimal(v, 2);
    let text = text.trim_end_matches('0').trim_end_matches(['.', ',']);
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

/// A whole number, in the language shown.
pub fn integer(value: i64) -> String {
    decimal_in(lang(), value as f64, 0)
}

/// A percentage (`value` is already in percent: 34.2 for 34.2 %), in the language
/// shown.
pub fn percent(value: f64, places: usize) -> String {
    percent_in(lang(), value, places)
}

pub fn percent_in(lang: Lang, value: f64, places: usize) -> String {
    let number = decimal_in(lang, value, places);
    match lang {
        Lang::En => format!("{number}%"),
        Lang::Fr => format!("{number}{NNBSP}%"),
        Lang::Es => format!("{number}{NBSP}%"),
    }
}

/// `value` with `places` decimals in `lang`: rounded as `format!` rounds, digits
/// grouped by thousands, the language's decimal mark. Not a number reads "–".
pub fn decimal_in(lang: Lang, value: f64, places: usize) -> String {
    if !value.is_finite() {
        return "–".to_owned();
    }
    let plain = format!("{:.*}", places, value.abs());
    let (whole, fraction) = plain.split_once('.').unwrap_or((plain.as_str(), ""));
    let (mark, group) = separators(lang);
    let mut out = String::with_capacity(plain.len() + 8);
    // "-0.0" reads "0.0".
    if value < 0.0 && plain.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        out.push('-');
    }
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push(mark);
        out.push_str(fraction);
    }
    out
}
