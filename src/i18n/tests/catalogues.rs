//! The catalogues themselves: every language has the same messages with the same
//! arguments, and which numbers each message chooses its words by.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use crate::i18n::*;

/// Each message of a catalogue with the variables it uses.
pub(super) fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
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

/// The numbers each message chooses its words by (`{ $count -> [one] … }`), in any
/// of the languages (French may choose where English does not).
pub(super) fn selectors() -> BTreeMap<String, BTreeSet<String>> {
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
