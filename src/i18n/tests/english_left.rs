//! No English word reaches a French or Spanish export: every subject of every
//! template (each map, with and without a persona's filter, each chart, each
//! persona's one-pager, with every option on) is drawn in the template's own
//! language, and each word of its text is looked up among the English catalogue's
//! words. A word the language's own catalogue or the template's text also has
//! ("Persona", "Kano", a name) is no leftover.

use super::typography::{prose, ron_strings};
use crate::analysis::curves::Chart;
use crate::examples::EXAMPLES;
use crate::export::{Options, Size, Subject, Theme, picture, place, render};
use crate::i18n::dates::today;
use crate::i18n::{Lang, scoped};
use crate::layout::text::TextEngine;
use std::collections::BTreeSet;

/// The words of `text`, lowercased, of four letters or more (shorter ones, "de",
/// "a", "no", are shared by the languages). A placeable reads as `X` in
/// [`prose`]; a word it is glued to counts with and without it.
fn words(text: &str, out: &mut BTreeSet<String>) {
    for word in text.split(|c: char| !c.is_alphabetic()) {
        let unglued = word.strip_prefix('X').filter(|w| !w.is_empty());
        for word in std::iter::once(word).chain(unglued) {
            if word.chars().count() >= 4 {
                out.insert(word.to_lowercase());
            }
        }
    }
}

/// Every word of `lang`'s catalogue (code in backticks left out), but for the
/// command line's messages in French and Spanish: their option values ("curves",
/// "light") are no words of the language's own.
fn catalogue_words(lang: Lang) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (id, text) in prose(lang) {
        if lang == Lang::En || !id.starts_with("cli-") {
            words(&text, &mut out);
        }
    }
    out
}

/// The text of every `<text>` element of an SVG (the runs' tags left out).
fn svg_text(svg: &str) -> String {
    let mut out = String::new();
    for element in svg.split("<text").skip(1) {
        let body = element.split("</text>").next().unwrap_or_default();
        let mut in_tag = true;
        for c in body.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.push('\n');
    }
    out.replace("&amp;", "&")
}

#[test]
fn every_export_of_every_template_reads_in_the_template_s_language() {
    let english = catalogue_words(Lang::En);
    let mut left = Vec::new();
    let mut subjects_drawn = 0;
    for lang in [Lang::Fr, Lang::Es] {
        let _shown = scoped(lang);
        let mut own = catalogue_words(lang);
        let options = Options {
            date: Some(today()),
            votes: true,
            ..Options::default()
        };
        for example in &EXAMPLES {
            for text in ron_strings(example.text_in(lang)) {
                words(&text, &mut own);
            }
            let project = example.project_in(lang).unwrap();
            let mut subjects: Vec<Subject> = project
                .personas
                .iter()
                .map(|p| Subject::Persona(p.id))
                .collect();
            for journey in &project.journeys {
                let persona = journey.personas.first().copied();
                for persona in [None, persona] {
                    subjects.push(Subject::Journey {
                        journey: journey.id,
                        persona,
                    });
                }
                for chart in Chart::ALL {
                    subjects.push(Subject::Chart {
                        journey: journey.id,
                        chart,
                    });
                }
            }
            let mut engine = TextEngine::new();
            for subject in subjects {
                let Some(drawn) = picture(&project, subject, Theme::Light, &options, &mut engine)
                else {
                    // A chart the journey has no data for is not offered.
                    continue;
                };
                subjects_drawn += 1;
                let placement = place(drawn.size, Size::Natural, false).unwrap();
                let mut seen = BTreeSet::new();
                words(
                    &svg_text(&render::svg_document(&drawn, &placement)),
                    &mut seen,
                );
                for word in seen {
                    if english.contains(&word) && !own.contains(&word) {
                        left.push(format!(
                            "{} {} {subject:?}: {word}",
                            lang.code(),
                            example.title()
                        ));
                    }
                }
            }
        }
    }
    assert!(subjects_drawn > 100, "only {subjects_drawn} exports drawn");
    assert!(left.is_empty(), "English left:\n{}", left.join("\n"));
}
