//! Text measuring and line breaking for the map, with the shipped fonts and epaint's
//! own text engine at one pixel per unit. The canvas paints the lines found here one
//! by one (it never re-wraps them) and exporters write the same lines, so text breaks
//! identically on screen and in every export.

use std::collections::HashMap;
use std::sync::Arc;

use emath::{Vec2, vec2};
use epaint::Color32;
use epaint::text::{FontFamily, FontId, Fonts, LayoutJob, TextOptions};

/// Which face a piece of text uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Face {
    Regular,
    Bold,
}

impl Face {
    pub fn family(self) -> FontFamily {
        match self {
            Face::Regular => FontFamily::Proportional,
            Face::Bold => FontFamily::Name(crate::fonts::BOLD.into()),
        }
    }
}

/// A style of text on the map: a face and a size in map units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TextStyle {
    pub face: Face,
    pub size: f32,
}

impl TextStyle {
    pub const fn regular(size: f32) -> Self {
        Self {
            face: Face::Regular,
            size,
        }
    }

    pub const fn bold(size: f32) -> Self {
        Self {
            face: Face::Bold,
            size,
        }
    }

    /// The font at `zoom`. Sizes are rounded to half a pixel, so that a smooth zoom
    /// does not lay out glyphs at a new size every frame.
    pub fn font_id(self, zoom: f32) -> FontId {
        let size = (self.size * zoom * 2.0).round().max(1.0) / 2.0;
        FontId::new(size, self.face.family())
    }
}

/// The shipped font a glyph is drawn with: the face of its style when that face has
/// the glyph, else the first fallback that has it, as egui picks them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FontFile {
    InterRegular,
    InterSemiBold,
    NotoEmoji,
    DejaVuSans,
}

impl FontFile {
    /// The font's family name, as the font itself states it.
    pub fn family(self) -> &'static str {
        match self {
            FontFile::InterRegular | FontFile::InterSemiBold => "Inter", // not for people: a font family name
            FontFile::NotoEmoji => "Noto Emoji", // not for people: a font family name
            FontFile::DejaVuSans => "DejaVu Sans", // not for people: a font family name
        }
    }

    pub fn weight(self) -> u16 {
        match self {
            FontFile::InterSemiBold => 600,
            _ => 400,
        }
    }

    /// Font size of this file for text of `size` (egui draws the emoji font smaller,
    /// see `crate::fonts`).
    pub fn size(self, size: f32) -> f32 {
        match self {
            FontFile::NotoEmoji => size * crate::fonts::EMOJI_SCALE,
            _ => size,
        }
    }

    fn for_char(face: Face, c: char) -> Self {
        let primary = match face {
            Face::Regular => FontFile::InterRegular,
            Face::Bold => FontFile::InterSemiBold,
        };
        let cov = coverage();
        if c.is_whitespace() || cov.has(primary, c) {
            primary
        } else if cov.has(FontFile::NotoEmoji, c) {
            FontFile::NotoEmoji
        } else if cov.has(FontFile::DejaVuSans, c) {
            FontFile::DejaVuSans
        } else {
            primary
        }
    }
}

/// Character maps of the shipped fonts.
struct Coverage {
    faces: Vec<(FontFile, ttf_parser::Face<'static>)>,
}

impl Coverage {
    fn has(&self, file: FontFile, c: char) -> bool {
        self.faces
            .iter()
            .find(|(f, _)| *f == file)
            .is_some_and(|(_, face)| face.glyph_index(c).is_some())
    }
}

fn coverage() -> &'static Coverage {
    static COVERAGE: std::sync::OnceLock<Coverage> = std::sync::OnceLock::new();
    COVERAGE.get_or_init(|| {
        use crate::assets;
        let files = [
            (FontFile::InterRegular, assets::INTER_REGULAR),
            (FontFile::InterSemiBold, assets::INTER_SEMIBOLD),
            (FontFile::NotoEmoji, assets::NOTO_EMOJI),
            (FontFile::DejaVuSans, assets::DEJAVU_SANS),
        ];
        Coverage {
            faces: files
                .into_iter()
                .filter_map(|(file, data)| Some((file, ttf_parser::Face::parse(data, 0).ok()?)))
                .collect(),
        }
    })
}

/// A run of one line drawn with one font: where it starts and where its baseline is,
/// relative to the top-left of the line.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    pub text: String,
    pub font: FontFile,
    pub x: f32,
    pub baseline: f32,
}

/// One line of wrapped text.
#[derive(Clone, Debug, PartialEq)]
pub struct TextLine {
    pub text: String,
    /// Top-left of the line, relative to the top-left of the text block.
    pub offset: Vec2,
    pub width: f32,
}

/// Text broken into lines that fit a width.
#[derive(Clone, Debug, PartialEq)]
pub struct WrappedText {
    pub style: TextStyle,
    pub lines: Vec<TextLine>,
    /// Whether text was cut (and ends with an ellipsis) to fit the line limit.
    pub elided: bool,
    /// Width of the widest line and height of all lines.
    pub size: Vec2,
    pub line_height: f32,
}

#[derive(Clone, PartialEq, Eq, Hash)]
struct Key {
    text: String,
    face: Face,
    size_bits: u32,
    width_bits: u32,
    max_lines: usize,
}

/// Wraps and measures text, remembering what it did: a map relaid out after one edit
/// only wraps the texts that changed.
pub struct TextEngine {
    fonts: Fonts,
    cache: HashMap<Key, Arc<WrappedText>>,
    used: HashMap<Key, Arc<WrappedText>>,
}

impl std::fmt::Debug for TextEngine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TextEngine")
            .field("cached", &self.cache.len())
            .finish_non_exhaustive()
    }
}

impl Default for TextEngine {
    fn default() -> Self {
        Self::new()
    }
}

impl TextEngine {
    pub fn new() -> Self {
        Self {
            fonts: Fonts::new(TextOptions::default(), crate::fonts::definitions()),
            cache: HashMap::new(),
            used: HashMap::new(),
        }
    }

    /// Breaks `text` into at most `max_lines` lines no wider than `width`; the last
    /// line ends with "…" when text had to be cut. Words longer than a line are broken.
    pub fn wrap(
        &mut self,
        text: &str,
        style: TextStyle,
        width: f32,
        max_lines: usize,
    ) -> Arc<WrappedText> {
        let key = Key {
            text: text.to_owned(),
            face: style.face,
            size_bits: style.size.to_bits(),
            width_bits: width.to_bits(),
            max_lines,
        };
        if let Some(found) = self.used.get(&key) {
            return Arc::clone(found);
        }
        let wrapped = match self.cache.remove(&key) {
            Some(found) => found,
            None => Arc::new(self.layout(text, style, width, max_lines)),
        };
        self.used.insert(key, Arc::clone(&wrapped));
        wrapped
    }

    /// The width of `text` on one line.
    pub fn width(&mut self, text: &str, style: TextStyle) -> f32 {
        self.wrap(text, style, f32::INFINITY, 1).size.x
    }

    /// One line of text cut into runs of one font each, with the positions egui gives
    /// its glyphs: exporters write these, so text sits where the canvas draws it.
    pub fn spans(&mut self, text: &str, style: TextStyle) -> Vec<Span> {
        let job = LayoutJob::simple_singleline(
            text.replace('\n', " "),
            style.font_id(1.0),
            Color32::BLACK,
        );
        let galley = self.fonts.layout_uncached(1.0, Arc::new(job));
        let mut spans: Vec<Span> = Vec::new();
        for row in &galley.rows {
            for glyph in &row.glyphs {
                let font = FontFile::for_char(style.face, glyph.chr);
                match spans.last_mut() {
                    Some(last) if last.font == font || glyph.chr.is_whitespace() => {
                        last.text.push(glyph.chr);
                    }
                    _ => spans.push(Span {
                        text: glyph.chr.to_string(),
                        font,
                        x: row.pos.x + glyph.pos.x,
                        baseline: row.pos.y + glyph.pos.y,
                    }),
                }
            }
        }
        spans
    }

    /// Forgets every text not asked for since the last call (call it after laying out
    /// a whole map, so the cache holds what is on the map and no more).
    pub fn end_pass(&mut self) {
        self.cache = std::mem::take(&mut self.used);
    }

    fn layout(
        &mut self,
        text: &str,
        style: TextStyle,
        width: f32,
        max_lines: usize,
    ) -> WrappedText {
        // Newlines in titles are kept as line breaks.
        let mut job = LayoutJob::simple(
            text.to_owned(),
            style.font_id(1.0),
            Color32::BLACK,
            width.max(1.0),
        );
        job.wrap.max_rows = max_lines.max(1);
        job.wrap.break_anywhere = false;
        job.wrap.overflow_character = Some('…');
        let galley = self.fonts.layout_uncached(1.0, Arc::new(job));
        let line_height = galley
            .rows
            .first()
            .map_or(style.size * 1.25, |r| r.height());
        let lines: Vec<TextLine> = galley
            .rows
            .iter()
            .map(|row| TextLine {
                text: row.text().trim_end_matches('\n').to_owned(),
                offset: row.pos.to_vec2(),
                width: row.size.x,
            })
            .collect();
        let widest = lines.iter().map(|l| l.width).fold(0.0, f32::max);
        WrappedText {
            style,
            size: vec2(widest, galley.size().y),
            elided: galley.elided,
            lines,
            line_height,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TITLE: TextStyle = TextStyle::regular(13.0);

    #[test]
    fn short_text_is_one_line() {
        let mut engine = TextEngine::new();
        let w = engine.wrap("Pay at the pump", TITLE, 200.0, 3);
        assert_eq!(w.lines.len(), 1);
        assert_eq!(w.lines[0].text, "Pay at the pump");
        assert!(!w.elided);
        assert!(w.size.x > 50.0 && w.size.x < 200.0, "{}", w.size.x);
    }

    #[test]
    fn long_text_wraps_within_the_width_and_is_cut_with_an_ellipsis() {
        let mut engine = TextEngine::new();
        let text = "The attendant walks over, asks which fuel, fills the tank and hands over a receipt while chatting about the weather";
        let w = engine.wrap(text, TITLE, 180.0, 3);
        assert_eq!(w.lines.len(), 3);
        assert!(w.elided);
        assert!(w.lines[2].text.ends_with('…'), "{:?}", w.lines);
        for line in &w.lines {
            assert!(line.width <= 180.0 + 0.5, "{line:?}");
        }
        // Lines follow one another.
        assert!(w.lines[1].offset.y > w.lines[0].offset.y);
        let all = engine.wrap(text, TITLE, 180.0, 20);
        assert!(!all.elided);
        let joined: String = all
            .lines
            .iter()
            .map(|l| l.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(
            joined.split_whitespace().collect::<Vec<_>>(),
            text.split_whitespace().collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_word_longer_than_a_line_is_broken() {
        let mut engine = TextEngine::new();
        let w = engine.wrap(&"x".repeat(200), TITLE, 100.0, 10);
        assert!(w.lines.len() > 1);
        assert!(w.lines.iter().all(|l| l.width <= 100.5));
    }

    #[test]
    fn emoji_and_accents_are_measured() {
        let mut engine = TextEngine::new();
        assert!(engine.width("😀", TITLE) > 5.0);
        assert!(engine.width("Élodie à la caisse", TITLE) > engine.width("Elodie", TITLE));
    }

    #[test]
    fn the_cache_keeps_what_the_last_pass_used() {
        let mut engine = TextEngine::new();
        let a = engine.wrap("Alpha", TITLE, 100.0, 2);
        engine.end_pass();
        let again = engine.wrap("Alpha", TITLE, 100.0, 2);
        assert!(Arc::ptr_eq(&a, &again));
        engine.end_pass();
        engine.end_pass();
        let fresh = engine.wrap("Alpha", TITLE, 100.0, 2);
        assert!(!Arc::ptr_eq(&a, &fresh));
        assert_eq!(*a, *fresh);
    }
}
