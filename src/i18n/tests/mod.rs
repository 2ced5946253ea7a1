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

mod catalogues;
mod code;
mod english_left;
mod typography;
