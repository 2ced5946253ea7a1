//! egui names a few of its own widgets for screen readers in English: a window's
//! close button, its resize edges, a panel's resize handle. These names never show
//! on screen, but a screen reader says them, so a French or Spanish user would hear
//! English. A plugin renames them from the catalogue in each pass's output, before
//! it reaches the platform's accessibility layer.

use egui::accesskit::{Role, TreeUpdate};

/// egui's English name of a widget, and the catalogue's words for it. Buttons and
/// splitters only: a card titled "Show" is the team's words, a label, left alone.
const EGUI_NAMES: [(&str, &str); 12] = [
    ("Close window", "a11y-close-window"),
    ("Resize panel", "a11y-resize-panel"),
    ("Hide", "a11y-window-hide"),
    ("Show", "a11y-window-show"),
    ("Resize window right edge", "a11y-resize-right"),
    ("Resize window left edge", "a11y-resize-left"),
    ("Resize window bottom edge", "a11y-resize-bottom"),
    ("Resize window top edge", "a11y-resize-top"),
    (
        "Resize window bottom-right corner",
        "a11y-resize-bottom-right",
    ),
    ("Resize window top-right corner", "a11y-resize-top-right"),
    (
        "Resize window bottom-left corner",
        "a11y-resize-bottom-left",
    ),
    ("Resize window top-left corner", "a11y-resize-top-left"),
];

/// The words for egui's own name `english` in the language shown, if it is one.
fn words_for(english: &str) -> Option<&'static str> {
    let (_, id) = EGUI_NAMES.iter().find(|(e, _)| *e == english)?;
    Some(crate::i18n::tr(id))
}

/// Renames egui's own widgets in an accessibility update.
pub fn rename(update: &mut TreeUpdate) {
    for (_, node) in &mut update.nodes {
        if !matches!(node.role(), Role::Button | Role::Splitter) {
            continue;
        }
        if let Some(words) = node.label().and_then(words_for)
            && node.label() != Some(words)
        {
            node.set_label(words);
        }
    }
}

/// The plugin that renames them, added once to the app's context.
pub struct EguiWords;

impl egui::Plugin for EguiWords {
    fn debug_name(&self) -> &'static str {
        "journeymap: egui's accessible names in the language shown"
    }

    fn output_hook(&mut self, _ctx: &egui::Context, output: &mut egui::FullOutput) {
        if let Some(update) = output.platform_output.accesskit_update.as_mut() {
            rename(update);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, scoped};
    use egui::accesskit::{Node, NodeId, TreeId, TreeInfo};

    #[test]
    fn every_name_egui_gives_is_said_in_the_language_shown() {
        for lang in [Lang::Fr, Lang::Es] {
            let _in = scoped(lang);
            let mut update = TreeUpdate {
                nodes: EGUI_NAMES
                    .iter()
                    .enumerate()
                    .map(|(i, (english, _))| {
                        let mut node = Node::new(Role::Button);
                        node.set_label(*english);
                        (NodeId(i as u64 + 1), node)
                    })
                    .chain(std::iter::once({
                        let mut ours = Node::new(Role::Button);
                        ours.set_label("Exporter");
                        (NodeId(100), ours)
                    }))
                    .chain(std::iter::once({
                        // A card the team titled "Show".
                        let mut card = Node::new(Role::Label);
                        card.set_label("Show");
                        (NodeId(101), card)
                    }))
                    .collect(),
                tree: Some(TreeInfo::new(NodeId(1))),
                tree_id: TreeId::ROOT,
                focus: NodeId(1),
            };
            rename(&mut update);
            let labels: Vec<&str> = update
                .nodes
                .iter()
                .filter(|(_, n)| n.role() == Role::Button)
                .filter_map(|(_, n)| n.label())
                .collect();
            for (english, id) in EGUI_NAMES {
                assert!(!labels.contains(&english), "{lang:?}: {english}");
                assert!(
                    labels.contains(&crate::i18n::tr_in(lang, id)),
                    "{lang:?}: {id}"
                );
            }
            // Our own names and the team's words are left as they are.
            assert!(labels.contains(&"Exporter"));
            assert_eq!(
                update.nodes.last().and_then(|(_, n)| n.label()),
                Some("Show")
            );
        }
    }
}
