//! Fonts and the egui style, installed at start-up, and conversions from the shared
//! palette ([`crate::theme`]) to egui colours.

use egui::{Color32, FontFamily, FontId, TextStyle};

use crate::model::Rgb;
use crate::theme::{Palette, ThemeKind};

pub use crate::fonts::BOLD;

/// Installs fonts and text sizes.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(crate::fonts::definitions());
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Small, FontId::proportional(11.5)),
            (TextStyle::Body, FontId::proportional(14.0)),
            (TextStyle::Button, FontId::proportional(14.0)),
            (TextStyle::Monospace, FontId::monospace(13.0)),
            (
                TextStyle::Heading,
                FontId::new(20.0, FontFamily::Name(BOLD.into())),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
        style.spacing.interact_size.y = 24.0;
        // Sliders and number fields write the language shown's decimal mark; a field
        // with decimals reads it back with `custom_parser(numbers::parse)` (a test
        // finds one without).
        style.number_formatter = egui::style::NumberFormatter::new(|value, decimals| {
            crate::i18n::numbers::editable(&emath::format_with_decimals_in_range(value, decimals))
        });
    });
}

/// The shadow under sticky notes.
/// The veil over the window while files are dragged over it.
pub const DROP_VEIL: Color32 = Color32::from_black_alpha(160);
/// Text on the drop veil.
pub const DROP_TEXT: Color32 = Color32::WHITE;

/// The fill of a tag that carries no meaning by its colour (opaque in every theme).
pub fn neutral_tag(visuals: &egui::Visuals) -> Color32 {
    visuals.widgets.inactive.weak_bg_fill
}

/// Dark or light text, whichever reads better on `fill`.
pub fn text_on(fill: Color32) -> Color32 {
    let rgb = Rgb::new(fill.r(), fill.g(), fill.b());
    if rgb.luminance() > 0.4 {
        Color32::from_gray(20)
    } else {
        Color32::WHITE
    }
}

/// A font of the semibold face.
pub fn bold(size: f32) -> FontId {
    FontId::new(size, FontFamily::Name(BOLD.into()))
}

pub fn color(rgb: Rgb) -> Color32 {
    Color32::from_rgb(rgb.r, rgb.g, rgb.b)
}

/// The map palette matching egui's current light or dark mode.
pub fn palette(ctx: &egui::Context) -> Palette {
    Palette::for_theme(if ctx.global_style().visuals.dark_mode {
        ThemeKind::Dark
    } else {
        ThemeKind::Light
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Channel, Feeling, LaneKind, face_for};

    /// Every symbol the app draws, from the model's icon tables and the views.
    fn symbols() -> Vec<String> {
        let mut all: Vec<String> = LaneKind::ALL.iter().map(|k| k.icon().to_owned()).collect();
        all.extend(Channel::BUILT_IN.iter().map(|c| c.icon().to_owned()));
        all.push(Channel::Custom(String::new()).icon().to_owned());
        all.extend((-3..=3).map(|v| face_for(v).to_owned()));
        all.extend(crate::app::View::ALL.iter().map(|v| v.icon().to_owned()));
        all.extend(Feeling::NAMED.iter().map(|f| f.label().to_owned()));
        for s in [
            "⭐",
            "⚡",
            "⚠",
            "✔",
            "●",
            "•",
            "…",
            "“”",
            "—",
            "·",
            "›",
            "🗺",
            "Ç é ü ß ø œ",
        ] {
            all.push(s.to_owned());
        }
        all
    }

    #[test]
    fn the_shipped_fonts_have_every_symbol_the_app_shows() {
        let ctx = egui::Context::default();
        install(&ctx);
        let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
        output.textures_delta.clear();
        let missing: Vec<String> = ctx.fonts_mut(|fonts| {
            symbols()
                .into_iter()
                .filter(|s| {
                    !fonts.has_glyphs(&FontId::proportional(14.0), s)
                        || !fonts.has_glyphs(&bold(14.0), s)
                })
                .collect()
        });
        // Laying out text may have queued glyph uploads; nobody renders them here.
        let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
        output.textures_delta.clear();
        assert!(missing.is_empty(), "no glyph for {missing:?}");
    }
}
