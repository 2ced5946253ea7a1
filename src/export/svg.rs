//! Our SVG writer: a picture is a list of elements (a card, a header, a curve...), each
//! a piece of SVG markup with its bounds. Text is real text in the shipped fonts, one
//! `<text>` per line as the layout broke it, with a run per font placed where egui
//! places it.

use std::fmt::Write as _;

use emath::{Pos2, Rect, Vec2, pos2, vec2};

use crate::layout::text::{FontFile, TextEngine, TextStyle, WrappedText};
use crate::model::Rgb;

/// One drawn thing and the area it covers (in picture units).
#[derive(Clone, Debug)]
pub struct Element {
    pub bounds: Rect,
    pub markup: String,
}

/// A picture being drawn: its size and its elements, back to front.
#[derive(Debug)]
pub struct Picture {
    pub size: Vec2,
    pub background: Rgb,
    pub elements: Vec<Element>,
    /// Definitions (clip paths) that elements refer to.
    pub defs: Vec<String>,
}

/// A colour and its opacity.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Paint {
    pub rgb: Rgb,
    pub alpha: f32,
}

impl From<Rgb> for Paint {
    fn from(rgb: Rgb) -> Self {
        Paint { rgb, alpha: 1.0 }
    }
}

impl Paint {
    pub fn new(rgb: Rgb, alpha: f32) -> Self {
        Paint { rgb, alpha }
    }
}

/// Draws elements into a picture. Every primitive writes into the current element;
/// `element` starts a new one.
pub struct Painter<'e> {
    pub engine: &'e mut TextEngine,
    picture: Picture,
    current: Option<Element>,
}

impl<'e> Painter<'e> {
    pub fn new(engine: &'e mut TextEngine, size: Vec2, background: Rgb) -> Self {
        Self {
            engine,
            picture: Picture {
                size,
                background,
                elements: Vec::new(),
                defs: Vec::new(),
            },
            current: None,
        }
    }

    /// Starts a new element covering `bounds`.
    pub fn element(&mut self, bounds: Rect) {
        self.flush();
        self.current = Some(Element {
            bounds,
            markup: String::new(),
        });
    }

    fn flush(&mut self) {
        if let Some(e) = self.current.take()
            && !e.markup.is_empty()
        {
            self.picture.elements.push(e);
        }
    }

    pub fn finish(mut self) -> Picture {
        self.flush();
        self.picture
    }

    /// Adds a definition and returns its id.
    pub fn def(&mut self, make: impl FnOnce(&str) -> String) -> String {
        let id = format!("d{}", self.picture.defs.len());
        let def = make(&id);
        self.picture.defs.push(def);
        id
    }

    fn out(&mut self) -> &mut String {
        let e = self.current.get_or_insert_with(|| Element {
            bounds: Rect::EVERYTHING,
            markup: String::new(),
        });
        &mut e.markup
    }

    /// Raw markup into the current element.
    pub fn raw(&mut self, markup: &str) {
        self.out().push_str(markup);
    }

    pub fn rect(&mut self, r: Rect, radius: f32, fill: impl Into<Paint>) {
        let fill = fill.into();
        let mut s = format!(
            r#"<rect x="{}" y="{}" width="{}" height="{}""#,
            n(r.min.x),
            n(r.min.y),
            n(r.width()),
            n(r.height())
        );
        if radius > 0.0 {
            let _ = write!(s, r#" rx="{}""#, n(radius));
        }
        s.push_str(&fill_attr(fill));
        s.push_str("/>");
        self.out().push_str(&s);
    }

    /// A border drawn inside `r` (as egui's `StrokeKind::Inside`).
    pub fn rect_border(&mut self, r: Rect, radius: f32, width: f32, rgb: Rgb) {
        let r = r.shrink(width / 2.0);
        let mut s = format!(
            r#"<rect x="{}" y="{}" width="{}" height="{}""#,
            n(r.min.x),
            n(r.min.y),
            n(r.width()),
            n(r.height())
        );
        let radius = radius - width / 2.0;
        if radius > 0.0 {
            let _ = write!(s, r#" rx="{}""#, n(radius));
        }
        let _ = write!(s, r#" fill="none"{}/>"#, stroke_attr(width, rgb.into()));
        self.out().push_str(&s);
    }

    pub fn line(&mut self, a: Pos2, b: Pos2, width: f32, paint: Paint, dash: Option<(f32, f32)>) {
        let mut s = format!(
            r#"<path d="M{} {}L{} {}" fill="none"{}"#,
            n(a.x),
            n(a.y),
            n(b.x),
            n(b.y),
            stroke_attr(width, paint)
        );
        if let Some((on, off)) = dash {
            let _ = write!(s, r#" stroke-dasharray="{} {}""#, n(on), n(off));
        }
        s.push_str("/>");
        self.out().push_str(&s);
    }

    /// An open line through `points`, as one path: dashed with `(dash, gap)`, and
    /// with round ends and joins when `round` (a dash of ~0 then draws a dot).
    pub fn polyline(
        &mut self,
        points: &[Pos2],
        width: f32,
        paint: Paint,
        dash: Option<(f32, f32)>,
        round: bool,
    ) {
        if points.len() < 2 {
            return;
        }
        let mut s = format!(
            r#"<path d="{}" fill="none"{}"#,
            path_d(points),
            stroke_attr(width, paint)
        );
        if round {
            s.push_str(r#" stroke-linecap="round" stroke-linejoin="round""#);
        }
        if let Some((on, off)) = dash {
            let _ = write!(s, r#" stroke-dasharray="{} {}""#, n(on), n(off));
        }
        s.push_str("/>");
        self.out().push_str(&s);
    }

    pub fn circle(&mut self, c: Pos2, r: f32, fill: impl Into<Paint>) {
        let s = format!(
            r#"<circle cx="{}" cy="{}" r="{}"{}/>"#, // not for people: SVG markup
            n(c.x),
            n(c.y),
            n(r),
            fill_attr(fill.into())
        );
        self.out().push_str(&s);
    }

    pub fn circle_ring(&mut self, c: Pos2, r: f32, width: f32, rgb: Rgb) {
        let s = format!(
            r#"<circle cx="{}" cy="{}" r="{}" fill="none"{}/>"#, // not for people: SVG markup
            n(c.x),
            n(c.y),
            n(r),
            stroke_attr(width, rgb.into())
        );
        self.out().push_str(&s);
    }

    /// A closed polygon, filled.
    pub fn polygon(&mut self, points: &[Pos2], fill: impl Into<Paint>) {
        let s = format!(
            r#"<path d="{}Z"{}/>"#,
            path_d(points),
            fill_attr(fill.into())
        );
        self.out().push_str(&s);
    }

    /// A closed polygon's outline.
    pub fn polygon_outline(&mut self, points: &[Pos2], width: f32, paint: Paint) {
        let s = format!(
            r#"<path d="{}Z" fill="none"{}/>"#,
            path_d(points),
            stroke_attr(width, paint)
        );
        self.out().push_str(&s);
    }

    /// Cubic Bézier curves, one after the other, as one stroked path.
    pub fn beziers(&mut self, segments: &[[Pos2; 4]], width: f32, rgb: Rgb) {
        let mut d = String::new();
        let mut at: Option<Pos2> = None;
        for [p0, p1, p2, p3] in segments {
            if at != Some(*p0) {
                let _ = write!(d, "M{} {}", n(p0.x), n(p0.y));
            }
            let _ = write!(
                d,
                "C{} {} {} {} {} {}",
                n(p1.x),
                n(p1.y),
                n(p2.x),
                n(p2.y),
                n(p3.x),
                n(p3.y)
            );
            at = Some(*p3);
        }
        if d.is_empty() {
            return;
        }
        let s = format!(
            r#"<path d="{d}" fill="none" stroke-linecap="round"{}/>"#,
            stroke_attr(width, rgb.into())
        );
        self.out().push_str(&s);
    }

    /// One line of text whose top-left is at `at`.
    pub fn text(&mut self, at: Pos2, text: &str, style: TextStyle, rgb: Rgb) {
        if text.trim().is_empty() {
            return;
        }
        let spans = self.engine.spans(text, style);
        let mut s = String::from("<text");
        let main = spans.first().map_or(FontFile::InterRegular, |f| f.font);
        // Inter (regular) is the document's default; only other faces are named.
        if main.weight() != 400 {
            let _ = write!(s, r#" font-weight="{}""#, main.weight());
        }
        let _ = write!(
            s,
            r#" font-size="{}"{}>"#,
            n(style.size),
            fill_attr(rgb.into())
        );
        for span in &spans {
            let _ = write!(
                s,
                r#"<tspan x="{}" y="{}""#,
                n(at.x + span.x),
                n(at.y + span.baseline)
            );
            if span.font.family() != FontFile::InterRegular.family() {
                let _ = write!(
                    s,
                    r#" font-family="{}" font-size="{}""#,
                    span.font.family(),
                    n(span.font.size(style.size))
                );
            }
            if span.font.weight() != main.weight() {
                let _ = write!(s, r#" font-weight="{}""#, span.font.weight());
            }
            let _ = write!(s, ">{}</tspan>", escape(&span.text));
        }
        s.push_str("</text>");
        self.out().push_str(&s);
    }

    /// Lines of wrapped text, each where the layout put it.
    pub fn text_block(&mut self, origin: Pos2, text: &WrappedText, rgb: Rgb) {
        for line in &text.lines {
            self.text(origin + line.offset, &line.text, text.style, rgb);
        }
    }

    /// The size of one line of text.
    pub fn text_size(&mut self, text: &str, style: TextStyle) -> Vec2 {
        let w = self.engine.wrap(text, style, f32::INFINITY, 1);
        vec2(w.size.x, w.size.y.max(w.line_height))
    }

    /// One line of text centred on `center`.
    pub fn text_centered(&mut self, center: Pos2, text: &str, style: TextStyle, rgb: Rgb) {
        let size = self.text_size(text, style);
        self.text(center - size / 2.0, text, style, rgb);
    }

    /// An embedded raster image filling `r`, clipped to a circle when `round`.
    pub fn image(&mut self, r: Rect, mime: &str, data: &[u8], round: bool) {
        use base64::Engine as _;
        let clip = round.then(|| {
            self.def(|id| {
                format!(
                    r#"<clipPath id="{id}"><circle cx="{}" cy="{}" r="{}"/></clipPath>"#, // not for people: SVG markup
                    n(r.center().x),
                    n(r.center().y),
                    n(r.width().min(r.height()) / 2.0)
                )
            })
        });
        let data = base64::engine::general_purpose::STANDARD.encode(data);
        let mut s = format!(
            r#"<image x="{}" y="{}" width="{}" height="{}" preserveAspectRatio="xMidYMid slice""#,
            n(r.min.x),
            n(r.min.y),
            n(r.width()),
            n(r.height())
        );
        if let Some(id) = clip {
            let _ = write!(s, r#" clip-path="url(#{id})""#);
        }
        let _ = write!(s, r#" href="data:{mime};base64,{data}"/>"#);
        self.out().push_str(&s);
    }
}

/// The SVG document of a picture placed on a page of `page` units (CSS pixels): the
/// picture scaled by `scale` and moved by `offset`. `width` and `height` are the
/// document's size attributes (with their unit). With `clip`, only the elements that
/// touch that part of the page are written.
pub fn document(
    picture: &Picture,
    page: Vec2,
    size: (&str, &str),
    scale: f32,
    offset: Vec2,
    clip: Option<Rect>,
) -> String {
    document_part(
        picture,
        page,
        size,
        scale,
        offset,
        clip,
        0..picture.elements.len(),
    )
}

/// [`document`] with only the elements in `part`; parts after the first have no
/// background, so parts drawn one over the other in order make the whole picture.
pub fn document_part(
    picture: &Picture,
    page: Vec2,
    (width, height): (&str, &str),
    scale: f32,
    offset: Vec2,
    clip: Option<Rect>,
    part: std::ops::Range<usize>,
) -> String {
    let elements = picture.elements.get(part.clone()).unwrap_or_default();
    let mut s =
        String::with_capacity(elements.iter().map(|e| e.markup.len()).sum::<usize>() + 1024);
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {} {}" font-family="Inter, 'Noto Emoji', 'DejaVu Sans', sans-serif" font-size="13">"#, // not for people: SVG markup
        n(page.x),
        n(page.y)
    );
    s.push('\n');
    if !picture.defs.is_empty() {
        s.push_str("<defs>");
        for d in &picture.defs {
            s.push_str(d);
        }
        s.push_str("</defs>\n");
    }
    if part.start == 0 {
        let _ = writeln!(
            s,
            r#"<rect width="{}" height="{}"{}/>"#, // not for people: SVG markup
            n(page.x),
            n(page.y),
            fill_attr(picture.background.into())
        );
    }
    let transform = if (scale - 1.0).abs() < f32::EPSILON && offset == Vec2::ZERO {
        String::new()
    } else {
        format!(
            r#" transform="translate({} {}) scale({})""#,
            n(offset.x),
            n(offset.y),
            n(scale)
        )
    };
    let _ = writeln!(s, "<g{transform}>");
    // The clip is in page units; elements are in picture units.
    let visible = clip.map(|c| {
        Rect::from_min_max(
            pos2((c.min.x - offset.x) / scale, (c.min.y - offset.y) / scale),
            pos2((c.max.x - offset.x) / scale, (c.max.y - offset.y) / scale),
        )
        .expand(4.0)
    });
    for e in elements {
        if visible.is_some_and(|v| !v.intersects(e.bounds)) {
            continue;
        }
        s.push_str(&e.markup);
        s.push('\n');
    }
    s.push_str("</g>\n</svg>\n");
    s
}

/// A number for SVG: at most two decimals, no trailing zeros.
pub fn n(v: f32) -> String {
    if !v.is_finite() {
        return "0".to_owned();
    }
    let mut s = format!("{v:.2}");
    if s.contains('.') {
        while s.ends_with('0') {
            s.pop();
        }
        if s.ends_with('.') {
            s.pop();
        }
    }
    if s == "-0" { "0".to_owned() } else { s }
}

pub fn hex(rgb: Rgb) -> String {
    format!("#{:02x}{:02x}{:02x}", rgb.r, rgb.g, rgb.b)
}

fn fill_attr(p: Paint) -> String {
    if p.alpha >= 1.0 {
        format!(r#" fill="{}""#, hex(p.rgb))
    } else {
        format!(r#" fill="{}" fill-opacity="{}""#, hex(p.rgb), n(p.alpha))
    }
}

fn stroke_attr(width: f32, p: Paint) -> String {
    let mut s = format!(r#" stroke="{}" stroke-width="{}""#, hex(p.rgb), n(width));
    if p.alpha < 1.0 {
        let _ = write!(s, r#" stroke-opacity="{}""#, n(p.alpha));
    }
    s
}

fn path_d(points: &[Pos2]) -> String {
    let mut d = String::new();
    for (i, p) in points.iter().enumerate() {
        let _ = write!(d, "{}{} {}", if i == 0 { 'M' } else { 'L' }, n(p.x), n(p.y));
    }
    d
}

/// Text and attribute values, escaped for XML. Characters XML forbids are dropped.
pub fn escape(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => s.push_str("&amp;"),
            '<' => s.push_str("&lt;"),
            '>' => s.push_str("&gt;"),
            '"' => s.push_str("&quot;"),
            '\'' => s.push_str("&apos;"),
            '\t' | '\n' | '\r' => s.push(' '),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => s.push(c),
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short() {
        assert_eq!(n(1.0), "1");
        assert_eq!(n(1.5), "1.5");
        assert_eq!(n(1.234), "1.23");
        assert_eq!(n(-0.001), "0");
        assert_eq!(n(f32::NAN), "0");
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;");
    }

    #[test]
    fn emoji_are_written_in_the_emoji_font() {
        let mut engine = TextEngine::new();
        let mut p = Painter::new(&mut engine, vec2(100.0, 100.0), Rgb::new(255, 255, 255));
        p.element(Rect::from_min_size(Pos2::ZERO, vec2(100.0, 20.0)));
        p.text(
            pos2(5.0, 5.0),
            "📞 Phone",
            TextStyle::regular(10.5),
            Rgb::new(0, 0, 0),
        );
        let pic = p.finish();
        let m = &pic.elements[0].markup;
        assert!(m.contains(r#"font-family="Noto Emoji""#), "{m}");
        assert!(m.contains(">Phone</tspan>"), "{m}");
    }
}
