//! A journey map as an exported picture: the map with its title, persona strip, date
//! and key around it; and where a picture goes on the output (size, paper, pixels).

use crate::t;
use emath::{Pos2, Rect, Vec2, pos2, vec2};

use super::svg::{Paint, Painter, Picture, n};
use super::{ExportError, Options, Paper, Size};
use crate::layout::text::{TextEngine, TextStyle};
use crate::layout::{LayoutInput, Metrics};
use crate::model::{Journey, Persona, PersonaId, Project, Rgb, face_for};
use crate::theme::Palette;

/// Space around the content of a picture.
pub const MARGIN: f32 = 40.0;
const GAP: f32 = 20.0;
const TITLE: TextStyle = TextStyle::bold(28.0);
const SUBTITLE: TextStyle = TextStyle::regular(14.0);
const SMALL: TextStyle = TextStyle::regular(12.0);
const CHIP_NAME: TextStyle = TextStyle::bold(13.0);
const CHIP_SEGMENT: TextStyle = TextStyle::regular(11.0);
const AVATAR: f32 = 17.0;

/// The picture of one journey map (only the cards of `persona` when given).
pub fn journey_picture(
    project: &Project,
    journey: &Journey,
    persona: Option<PersonaId>,
    palette: &Palette,
    options: &Options,
    engine: &mut TextEngine,
) -> Picture {
    let metrics = Metrics::default();
    let map = crate::layout::layout(
        &LayoutInput {
            project,
            journey,
            palette,
            metrics: &metrics,
            persona,
            vote: options
                .votes
                .then(|| journey.votes.last().map(|v| v.id))
                .flatten(),
        },
        engine,
    );
    let persona = persona.and_then(|id| project.persona(id));

    // Measure the rows above and below the map, then draw.
    let title = options.title.then(|| {
        let mut sub = vec![project.name.clone()];
        if let Some(p) = persona {
            sub.push(t!("out-map-cards-for", name = p.name.as_str()));
        }
        if !journey.goal.trim().is_empty() {
            sub.push(t!("out-map-goal", goal = journey.goal.trim()));
        }
        let sub = sub
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .collect::<Vec<_>>()
            .join("  ·  ");
        (journey.name.clone(), sub)
    });
    let personas: Vec<&Persona> = if options.personas {
        journey
            .personas
            .iter()
            .filter_map(|id| project.persona(*id))
            .filter(|p| persona.is_none_or(|only| only.id == p.id))
            .collect()
    } else {
        Vec::new()
    };

    let mut widths = vec![map.size.x];
    let mut y = MARGIN;
    if let Some((name, sub)) = &title {
        widths.push(engine.width(name, TITLE));
        widths.push(engine.width(sub, SUBTITLE));
        y += 36.0 + if sub.is_empty() { 0.0 } else { 22.0 } + GAP;
    } else if options.date.is_some() {
        y += 18.0 + GAP;
    }
    let strip_y = y;
    if !personas.is_empty() {
        widths.push(persona_strip_width(&personas, engine));
        y += 2.0 * AVATAR + GAP;
    }
    let map_y = y;
    y += map.size.y;
    let key_y = y + GAP;
    let gaps = map.cards.iter().any(|c| c.gap.is_some());
    if options.legend {
        widths.push(key_width(engine, gaps));
        y = key_y + 20.0;
    }
    let width = widths.into_iter().fold(0.0, f32::max) + 2.0 * MARGIN;
    let size = vec2(width, y + MARGIN);

    let mut p = Painter::new(engine, size, palette.background);
    if let Some((name, sub)) = &title {
        p.element(Rect::from_min_size(pos2(MARGIN, MARGIN), vec2(width, 60.0)));
        p.text(pos2(MARGIN, MARGIN), name, TITLE, palette.text);
        p.text(
            pos2(MARGIN, MARGIN + 38.0),
            sub,
            SUBTITLE,
            palette.muted_text,
        );
    }
    if let Some(date) = &options.date {
        let w = p.text_size(date, SMALL).x;
        p.element(Rect::from_min_size(
            pos2(width - MARGIN - w, MARGIN),
            vec2(w, 20.0),
        ));
        p.text(
            pos2(width - MARGIN - w, MARGIN + 4.0),
            date,
            SMALL,
            palette.muted_text,
        );
    }
    if !personas.is_empty() {
        persona_strip(&mut p, project, &personas, pos2(MARGIN, strip_y), palette);
    }
    super::map::draw(&mut p, &map, palette, vec2(MARGIN, map_y), options.legend);
    if options.legend {
        key(&mut p, pos2(MARGIN, key_y), palette, gaps);
    }
    p.finish()
}

fn persona_strip_width(personas: &[&Persona], engine: &mut TextEngine) -> f32 {
    personas
        .iter()
        .map(|p| chip_width(p, engine) + 24.0)
        .sum::<f32>()
}

fn chip_width(persona: &Persona, engine: &mut TextEngine) -> f32 {
    2.0 * AVATAR
        + 8.0
        + engine
            .width(&persona.name, CHIP_NAME)
            .max(engine.width(&persona.segment, CHIP_SEGMENT))
}

/// The personas of the map: avatar, name and segment, side by side.
fn persona_strip(
    p: &mut Painter<'_>,
    project: &Project,
    personas: &[&Persona],
    at: Pos2,
    palette: &Palette,
) {
    let mut x = at.x;
    for persona in personas {
        let w = chip_width(persona, p.engine);
        p.element(Rect::from_min_size(pos2(x, at.y), vec2(w, 2.0 * AVATAR)));
        avatar(p, project, persona, pos2(x + AVATAR, at.y + AVATAR), AVATAR);
        let text_x = x + 2.0 * AVATAR + 8.0;
        p.text(
            pos2(text_x, at.y + 1.0),
            &persona.name,
            CHIP_NAME,
            palette.text,
        );
        p.text(
            pos2(text_x, at.y + 18.0),
            &persona.segment,
            CHIP_SEGMENT,
            palette.muted_text,
        );
        x += w + 24.0;
    }
}

/// A persona's photo in a circle, or their initials on their colour.
pub fn avatar(p: &mut Painter<'_>, project: &Project, persona: &Persona, center: Pos2, r: f32) {
    let rect = Rect::from_center_size(center, Vec2::splat(2.0 * r));
    if let Some(photo) = &persona.photo
        && !photo.data.is_empty()
    {
        let mime = match photo.format {
            crate::model::ImageFormat::Png => "image/png",
            crate::model::ImageFormat::Jpeg => "image/jpeg",
        };
        p.image(rect, mime, &photo.data, true);
        return;
    }
    let fill = project.persona_color(persona.id);
    p.circle(center, r, fill);
    let ink = if fill.luminance() > 0.4 {
        Rgb::new(0x1c, 0x19, 0x17)
    } else {
        Rgb::new(0xff, 0xff, 0xff)
    };
    p.text_centered(
        center,
        &persona.initials(),
        TextStyle::bold((r * 0.8).round()),
        ink,
    );
}

const KEY: TextStyle = TextStyle::regular(12.0);
fn key_emotions() -> &'static str {
    t!("out-key-emotions")
}
fn key_mot() -> &'static str {
    t!("out-key-moment-of-truth")
}
fn key_pain() -> &'static str {
    t!("out-key-pain-point")
}
fn key_evidence() -> &'static str {
    t!("out-key-evidence")
}
fn key_gap_tag() -> &'static str {
    t!("out-key-gap-tag")
}
fn key_gap() -> &'static str {
    t!("out-key-gap")
}

fn key_width(engine: &mut TextEngine, gaps: bool) -> f32 {
    let gap = if gaps {
        engine.width(key_gap_tag(), TextStyle::bold(KEY.size))
            + 10.0
            + engine.width(key_gap(), KEY)
            + 40.0
    } else {
        0.0
    };
    7.0 * 22.0
        + engine.width(key_emotions(), KEY)
        + engine.width(key_mot(), KEY)
        + engine.width(key_pain(), KEY)
        + 46.0
        + engine.width(key_evidence(), KEY)
        + 4.0 * 40.0
        + gap
}

/// What the marks on the map mean: the emotion colours and faces, the moment-of-truth
/// star, the pain-point border, the evidence marks and (when cards have them) the
/// gap tags.
fn key(p: &mut Painter<'_>, at: Pos2, palette: &Palette, gaps: bool) {
    let width = key_width(p.engine, gaps);
    p.element(Rect::from_min_size(at, vec2(width, 20.0)));
    let mid = at.y + 9.0;
    let mut x = at.x;
    for v in -3..=3 {
        let c = pos2(x + 9.0, mid);
        p.circle(c, 9.0, palette.emotion_card(v));
        p.circle_ring(c, 9.0, 1.0, palette.card_border);
        p.text_centered(c, face_for(v), TextStyle::regular(11.5), palette.card_text);
        x += 22.0;
    }
    let label_y = mid - p.text_size(key_emotions(), KEY).y / 2.0;
    p.text(pos2(x + 4.0, label_y), key_emotions(), KEY, palette.text);
    x += 4.0 + p.text_size(key_emotions(), KEY).x + 32.0;
    super::map::star(p, pos2(x + 7.0, mid), palette);
    p.text(pos2(x + 20.0, label_y), key_mot(), KEY, palette.text);
    x += 20.0 + p.text_size(key_mot(), KEY).x + 32.0;
    let swatch = Rect::from_min_size(pos2(x, mid - 8.0), vec2(22.0, 16.0));
    p.rect(swatch, 3.0, Paint::new(palette.emotion_card(0), 1.0));
    p.rect_border(swatch, 3.0, 2.5, palette.warning);
    p.text(pos2(x + 30.0, label_y), key_pain(), KEY, palette.text);
    x += 30.0 + p.text_size(key_pain(), KEY).x + 32.0;
    let r = 5.0;
    p.circle(pos2(x + r, mid), r, palette.positive);
    p.circle(pos2(x + 14.0 + r, mid), r, palette.highlight);
    p.circle_ring(pos2(x + 28.0 + r, mid), r, 1.5, palette.muted_card_text);
    p.text(
        pos2(x + 36.0 + 2.0 * r, label_y),
        key_evidence(),
        KEY,
        palette.text,
    );
    if gaps {
        x += 36.0 + 2.0 * r + p.text_size(key_evidence(), KEY).x + 32.0;
        let bold = TextStyle::bold(KEY.size);
        let size = p.text_size(key_gap_tag(), bold);
        let pill = Rect::from_min_size(pos2(x, mid - size.y / 2.0 - 1.5), size + vec2(10.0, 3.0));
        p.rect(pill, pill.height() / 2.0, palette.warning);
        p.text(
            pill.min + vec2(5.0, 1.5),
            key_gap_tag(),
            bold,
            crate::model::Rgb::new(255, 255, 255),
        );
        p.text(
            pos2(pill.max.x + 8.0, label_y),
            key_gap(),
            KEY,
            palette.text,
        );
    }
}

/// Where a picture goes: the page (in CSS pixels, 96 per inch), the picture's scale
/// and offset on it, the size written in the SVG, and the pixels of a PNG.
#[derive(Clone, Debug, PartialEq)]
pub struct Placement {
    pub page: Vec2,
    pub scale: f32,
    pub offset: Vec2,
    /// `width` and `height` of the SVG document, with their unit.
    pub size_attr: (String, String),
    pub pixels: [u32; 2],
    /// Pixels per inch of the PNG, when the size is on paper.
    pub dpi: Option<f32>,
}

/// The largest PNG we write: 250 million pixels (1 GB of colour while encoding).
pub const MAX_PIXELS: u64 = 250_000_000;
/// The longest side of a PNG.
pub const MAX_SIDE: u32 = 65_000;
/// A PDF page can be at most 200 inches on a side (14,400 points): in CSS pixels.
pub const MAX_PDF_SIDE: f32 = 19_200.0;
/// Without a size, pictures are rendered at twice their size (sharp on slides) when
/// that stays under this many pixels.
const DEFAULT_PIXELS: f32 = 40_000_000.0;

/// Millimetres to CSS pixels.
pub fn mm_to_px(mm: f32) -> f32 {
    mm / 25.4 * 96.0
}

/// Places a picture of `size` for output at `wanted`.
pub fn place(picture: Vec2, wanted: Size, pdf: bool) -> Result<Placement, ExportError> {
    let picture = picture.max(Vec2::splat(1.0));
    let mut placement = match wanted {
        Size::Natural => {
            let mut page = picture;
            if pdf && page.max_elem() > MAX_PDF_SIDE {
                page *= MAX_PDF_SIDE / page.max_elem();
            }
            let k = 2.0_f32.min((DEFAULT_PIXELS / (page.x * page.y)).sqrt());
            let pixels = [
                (page.x * k).round().max(1.0) as u32,
                (page.y * k).round().max(1.0) as u32,
            ];
            Placement {
                page,
                scale: page.x / picture.x,
                offset: Vec2::ZERO,
                size_attr: (n(page.x), n(page.y)),
                pixels,
                dpi: None,
            }
        }
        Size::Width(px) => {
            let px = px.max(1) as f32;
            let height = (px * picture.y / picture.x).round().max(1.0);
            let mut page = vec2(px, height);
            if pdf && page.max_elem() > MAX_PDF_SIDE {
                page *= MAX_PDF_SIDE / page.max_elem();
            }
            Placement {
                page,
                scale: page.x / picture.x,
                offset: Vec2::ZERO,
                size_attr: (n(page.x), n(page.y)),
                pixels: [px as u32, height as u32],
                dpi: None,
            }
        }
        Size::Paper(paper, dpi) => {
            let (short, long) = paper.mm();
            let (w_mm, h_mm) = if picture.x >= picture.y {
                (long, short)
            } else {
                (short, long)
            };
            let page = vec2(mm_to_px(w_mm), mm_to_px(h_mm));
            let margin = mm_to_px(10.0);
            let room = page - Vec2::splat(2.0 * margin);
            let scale = (room.x / picture.x).min(room.y / picture.y);
            let offset = (page - picture * scale) / 2.0;
            let dpi = dpi.max(1) as f32;
            Placement {
                page,
                scale,
                offset,
                size_attr: (format!("{}mm", n(w_mm)), format!("{}mm", n(h_mm))),
                pixels: [
                    (w_mm / 25.4 * dpi).round().max(1.0) as u32,
                    (h_mm / 25.4 * dpi).round().max(1.0) as u32,
                ],
                dpi: Some(dpi),
            }
        }
    };
    let [w, h] = placement.pixels;
    if !pdf && (u64::from(w) * u64::from(h) > MAX_PIXELS || w.max(h) > MAX_SIDE) {
        return Err(ExportError::TooLarge {
            width: w,
            height: h,
        });
    }
    placement.pixels = [w.max(1), h.max(1)];
    Ok(placement)
}

impl Paper {
    /// Short and long side in millimetres.
    pub fn mm(self) -> (f32, f32) {
        match self {
            Paper::A4 => (210.0, 297.0),
            Paper::A3 => (297.0, 420.0),
            Paper::A2 => (420.0, 594.0),
            Paper::A1 => (594.0, 841.0),
            Paper::A0 => (841.0, 1189.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paper_is_landscape_for_wide_maps_and_keeps_the_margin() {
        let p = place(vec2(3000.0, 1000.0), Size::Paper(Paper::A1, 300), false).unwrap();
        assert_eq!(p.pixels, [9933, 7016]);
        assert_eq!(p.size_attr, ("841mm".to_owned(), "594mm".to_owned()));
        let drawn = vec2(3000.0, 1000.0) * p.scale;
        assert!(drawn.x <= p.page.x - 2.0 * mm_to_px(10.0) + 0.01);
        assert!((p.offset.x - (p.page.x - drawn.x) / 2.0).abs() < 0.01);
        let tall = place(vec2(500.0, 1000.0), Size::Paper(Paper::A4, 150), false).unwrap();
        assert_eq!(tall.pixels, [1240, 1754]);
    }

    #[test]
    fn width_keeps_the_aspect_and_huge_pngs_are_refused() {
        let p = place(vec2(2000.0, 1000.0), Size::Width(4000), false).unwrap();
        assert_eq!(p.pixels, [4000, 2000]);
        assert!((p.scale - 2.0).abs() < 1e-6);
        assert!(matches!(
            place(vec2(2000.0, 1000.0), Size::Width(60_000), false),
            Err(ExportError::TooLarge { .. })
        ));
        // A PDF is vector: no pixel limit, but a page stays within 200 inches.
        let pdf = place(vec2(2000.0, 1000.0), Size::Width(60_000), true).unwrap();
        assert!(pdf.page.x <= MAX_PDF_SIDE);
    }

    #[test]
    fn the_natural_size_is_sharp_but_bounded() {
        let small = place(vec2(1000.0, 500.0), Size::Natural, false).unwrap();
        assert_eq!(small.pixels, [2000, 1000]);
        let big = place(vec2(20_000.0, 20_000.0), Size::Natural, false).unwrap();
        let pixels = f64::from(big.pixels[0]) * f64::from(big.pixels[1]);
        assert!(pixels <= 40_000_000.0 * 1.01, "{pixels}");
    }
}
