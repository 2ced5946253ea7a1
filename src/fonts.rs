//! The fonts of journeymap, as epaint font definitions: the app installs them in egui,
//! and the layout engine measures and wraps text with the very same fonts, so the
//! canvas and the exports break lines in the same places.

use std::sync::Arc;

use epaint::text::{FontData, FontDefinitions, FontFamily, FontTweak};

use crate::assets;

/// The family of the semibold face, for titles and headers.
pub const BOLD: &str = "bold";

/// Noto Emoji is drawn at this fraction of the text size, to sit with Inter's letters.
pub const EMOJI_SCALE: f32 = 0.85;

/// Fonts for every glyph the app shows: Inter for text, Noto Emoji for faces and
/// icons, DejaVu Sans for other symbols, then egui's own fonts.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    let mut add = |name: &str, data: &'static [u8]| {
        fonts
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(data)));
    };
    add("Inter", assets::INTER_REGULAR);
    add("Inter-SemiBold", assets::INTER_SEMIBOLD);
    add("DejaVuSans", assets::DEJAVU_SANS);
    fonts.font_data.insert(
        "NotoEmoji".to_owned(),
        Arc::new(FontData::from_static(assets::NOTO_EMOJI).tweak(FontTweak {
            scale: EMOJI_SCALE,
            ..FontTweak::default()
        })),
    );
    let fallbacks = ["NotoEmoji", "DejaVuSans", "egui-icons"];
    let chain = |first: &str| -> Vec<String> {
        std::iter::once(first)
            .chain(fallbacks)
            .map(str::to_owned)
            .collect()
    };
    fonts
        .families
        .insert(FontFamily::Proportional, chain("Inter"));
    fonts
        .families
        .insert(FontFamily::Name(BOLD.into()), chain("Inter-SemiBold"));
    fonts.families.insert(FontFamily::Monospace, chain("Hack"));
    fonts
}
