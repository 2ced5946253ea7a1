//! Files shipped inside the binary: fonts (used by the app and, later, by exports so
//! both draw the same glyphs).

/// Inter: the text face of the app and of exported maps.
pub const INTER_REGULAR: &[u8] = include_bytes!("../assets/fonts/Inter-Regular.ttf");
/// Inter SemiBold: titles and headers.
pub const INTER_SEMIBOLD: &[u8] = include_bytes!("../assets/fonts/Inter-SemiBold.ttf");
/// Noto Emoji (monochrome): emotion faces, channel and lane icons.
pub const NOTO_EMOJI: &[u8] = include_bytes!("../assets/fonts/NotoEmoji-Regular.ttf");
/// DejaVu Sans: fallback for symbols and scripts Inter lacks (arrows, stars, check
/// marks, Greek, Cyrillic...).
pub const DEJAVU_SANS: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
