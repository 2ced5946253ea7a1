//! A persona's one-pager: photo or avatar, name, segment and quote on top; facts,
//! goals, needs, frustrations and the rest in two columns; channels and the journeys
//! they walk at the bottom. Drawn with the same writer as the maps.

use crate::t;
use emath::{Pos2, Rect, pos2, vec2};

use super::Options;
use super::page::{MARGIN, avatar};
use super::svg::{Paint, Painter, Picture};
use crate::layout::text::{TextEngine, TextStyle};
use crate::model::{Persona, Project};
use crate::theme::Palette;

/// A4 portrait at 96 pixels per inch; the page grows taller when the persona says more.
const WIDTH: f32 = 794.0;
const NAME: TextStyle = TextStyle::bold(30.0);
const SEGMENT: TextStyle = TextStyle::regular(16.0);
const QUOTE: TextStyle = TextStyle::regular(16.0);
const HEADING: TextStyle = TextStyle::bold(14.0);
const BODY: TextStyle = TextStyle::regular(12.5);
const FACT: TextStyle = TextStyle::bold(12.5);
const SMALL: TextStyle = TextStyle::regular(11.0);
const PHOTO: f32 = 56.0;
const COLUMN_GAP: f32 = 28.0;

/// The one-pager of `persona`.
pub fn persona_picture(
    project: &Project,
    persona: &Persona,
    palette: &Palette,
    options: &Options,
    engine: &mut TextEngine,
) -> Picture {
    // Laid out once to measure the height, then drawn on a page of that height.
    let height = layout_page(
        project,
        persona,
        palette,
        options,
        &mut Pen::Measure(engine),
    );
    let mut p = Painter::new(engine, vec2(WIDTH, height), palette.background);
    layout_page(project, persona, palette, options, &mut Pen::Draw(&mut p));
    p.finish()
}

/// A place to draw, or only to measure.
enum Pen<'a, 'e> {
    Measure(&'a mut TextEngine),
    Draw(&'a mut Painter<'e>),
}

impl Pen<'_, '_> {
    fn engine(&mut self) -> &mut TextEngine {
        match self {
            Pen::Measure(engine) => engine,
            Pen::Draw(p) => p.engine,
        }
    }

    fn with(&mut self, f: impl FnOnce(&mut Painter<'_>)) {
        if let Pen::Draw(p) = self {
            f(p);
        }
    }

    /// Wrapped text at `at`, at most `width` wide; returns its height.
    fn paragraph(
        &mut self,
        at: Pos2,
        text: &str,
        style: TextStyle,
        width: f32,
        rgb: crate::model::Rgb,
    ) -> f32 {
        let wrapped = self.engine().wrap(text, style, width, 60);
        let h = wrapped.size.y.max(wrapped.line_height);
        self.with(|p| {
            p.element(Rect::from_min_size(at, vec2(width, h)));
            p.text_block(at, &wrapped, rgb);
        });
        h
    }

    /// A list item: a dot, then the wrapped text; returns the height it takes.
    fn bullet(&mut self, at: Pos2, text: &str, width: f32, palette: &Palette) -> f32 {
        self.with(|p| {
            p.element(Rect::from_min_size(at, vec2(12.0, 16.0)));
            p.circle(at + vec2(4.0, 8.0), 2.5, palette.muted_text);
        });
        self.paragraph(at + vec2(14.0, 0.0), text, BODY, width - 14.0, palette.text) + 6.0
    }
}

#[expect(
    clippy::too_many_lines,
    reason = "the page reads top to bottom in one place"
)]
fn layout_page(
    project: &Project,
    persona: &Persona,
    palette: &Palette,
    options: &Options,
    pen: &mut Pen<'_, '_>,
) -> f32 {
    let inner = WIDTH - 2.0 * MARGIN;
    let mut y = MARGIN;

    // Header: avatar, name, segment, validation.
    let center = pos2(MARGIN + PHOTO, y + PHOTO);
    pen.with(|p| {
        p.element(Rect::from_min_size(
            pos2(MARGIN, y),
            vec2(inner, 2.0 * PHOTO),
        ));
        avatar(p, project, persona, center, PHOTO);
    });
    let text_x = MARGIN + 2.0 * PHOTO + 24.0;
    let text_w = WIDTH - MARGIN - text_x;
    let mut ty = y + 10.0;
    ty += pen.paragraph(pos2(text_x, ty), &persona.name, NAME, text_w, palette.text) + 4.0;
    if !persona.segment.trim().is_empty() {
        ty += pen.paragraph(
            pos2(text_x, ty),
            &persona.segment,
            SEGMENT,
            text_w,
            palette.muted_text,
        ) + 6.0;
    }
    let market = match persona.market {
        crate::model::Market::B2B => "B2B",
        crate::model::Market::B2C => "B2C",
    };
    ty += pen.paragraph(
        pos2(text_x, ty),
        &format!("{market}  ·  {}", persona.validation.label()),
        SMALL,
        text_w,
        palette.muted_text,
    );
    if let Some(date) = &options.date {
        pen.paragraph(
            pos2(WIDTH - MARGIN - 160.0, MARGIN - 22.0),
            date,
            SMALL,
            160.0,
            palette.muted_text,
        );
    }
    y = (y + 2.0 * PHOTO).max(ty) + 24.0;

    // The quote, on a tinted plate with the persona's colour on its left.
    if !persona.quote.trim().is_empty() {
        let text = t!(
            "out-quoted",
            name = persona
                .quote
                .trim()
                .trim_matches(['\u{22}', '“', '”', '«', '»'])
                .trim()
        );
        let wrapped = pen.engine().wrap(&text, QUOTE, inner - 40.0, 20);
        let h = wrapped.size.y.max(wrapped.line_height) + 28.0;
        let color = project.persona_color(persona.id);
        pen.with(|p| {
            let plate = Rect::from_min_size(pos2(MARGIN, y), vec2(inner, h));
            p.element(plate);
            p.rect(plate, 6.0, Paint::new(palette.header_fill, 1.0));
            p.rect(Rect::from_min_size(plate.min, vec2(5.0, h)), 0.0, color);
            p.text_block(pos2(MARGIN + 24.0, y + 14.0), &wrapped, palette.text);
        });
        y += h + 24.0;
    }

    // Facts, on one line each.
    let mut facts: Vec<(String, String)> = [
        (t!("out-persona-age"), &persona.age),
        (t!("out-persona-location"), &persona.location),
        (t!("out-persona-occupation"), &persona.occupation),
    ]
    .into_iter()
    .filter(|(_, v)| !v.trim().is_empty())
    .map(|(k, v)| (k.to_owned(), v.clone()))
    .collect();
    facts.extend(
        persona
            .demographics
            .iter()
            .chain(&persona.custom_fields)
            .filter(|f| !f.value.trim().is_empty())
            .map(|f| (f.name.clone(), f.value.clone())),
    );
    if !facts.is_empty() {
        let label_w = 130.0;
        for (k, v) in &facts {
            pen.paragraph(pos2(MARGIN, y), k, FACT, label_w, palette.muted_text);
            let h = pen.paragraph(
                pos2(MARGIN + label_w + 12.0, y),
                v,
                BODY,
                inner - label_w - 12.0,
                palette.text,
            );
            y += h.max(18.0) + 6.0;
        }
        y += 14.0;
    }
    if !persona.description.trim().is_empty() {
        y += pen.paragraph(
            pos2(MARGIN, y),
            persona.description.trim(),
            BODY,
            inner,
            palette.text,
        ) + 22.0;
    }

    // Lists in two columns, each list going to the shorter column.
    let lists: [(&str, &Vec<String>); 5] = [
        (t!("out-persona-goals"), &persona.goals),
        (t!("out-persona-needs"), &persona.needs),
        (t!("out-persona-frustrations"), &persona.frustrations),
        (t!("out-persona-expectations"), &persona.expectations),
        (t!("out-persona-behaviours"), &persona.behaviours),
    ];
    let col_w = (inner - COLUMN_GAP) / 2.0;
    let mut columns = [y, y];
    for (title, items) in lists {
        let items: Vec<&String> = items.iter().filter(|i| !i.trim().is_empty()).collect();
        if items.is_empty() {
            continue;
        }
        let c = usize::from(columns[1] < columns[0]);
        let x = MARGIN + c as f32 * (col_w + COLUMN_GAP);
        let mut cy = columns[c];
        cy += heading(pen, pos2(x, cy), title, col_w, palette);
        for item in items {
            cy += pen.bullet(pos2(x, cy), item.trim(), col_w, palette);
        }
        columns[c] = cy + 18.0;
    }
    y = columns[0].max(columns[1]);

    // Behaviour sliders.
    if !persona.sliders.is_empty() {
        y += heading(
            pen,
            pos2(MARGIN, y),
            t!("out-persona-where-they-stand"),
            inner,
            palette,
        );
        for s in &persona.sliders {
            let label_w = 150.0;
            let track = Rect::from_min_size(
                pos2(MARGIN + label_w + 12.0, y + 7.0),
                vec2(inner - 2.0 * (label_w + 12.0), 4.0),
            );
            let right_w = pen.engine().width(&s.right, BODY).min(label_w);
            pen.paragraph(pos2(MARGIN, y), &s.left, BODY, label_w, palette.text);
            pen.paragraph(
                pos2(WIDTH - MARGIN - right_w, y),
                &s.right,
                BODY,
                label_w,
                palette.text,
            );
            let color = project.persona_color(persona.id);
            pen.with(|p| {
                p.element(track.expand(8.0));
                p.rect(track, 2.0, palette.grid_line);
                let x = track.min.x + track.width() * s.value.clamp(0.0, 1.0);
                p.circle(pos2(x, track.center().y), 7.0, color);
            });
            y += 26.0;
        }
        y += 14.0;
    }

    // Channels as chips.
    if !persona.channels.is_empty() {
        y += heading(
            pen,
            pos2(MARGIN, y),
            t!("out-persona-channels"),
            inner,
            palette,
        );
        let mut x = MARGIN;
        for channel in &persona.channels {
            let label = format!("{} {}", channel.icon(), channel.label());
            let w = pen.engine().width(&label, BODY) + 20.0;
            if x + w > WIDTH - MARGIN && x > MARGIN {
                x = MARGIN;
                y += 32.0;
            }
            pen.with(|p| {
                let chip = Rect::from_min_size(pos2(x, y), vec2(w, 24.0));
                p.element(chip);
                p.rect(chip, 12.0, palette.header_fill);
                p.text(pos2(x + 10.0, y + 4.0), &label, BODY, palette.text);
            });
            x += w + 8.0;
        }
        y += 24.0 + 22.0;
    }

    // The journeys they walk.
    let journeys: Vec<&str> = project
        .journeys_of(persona.id)
        .map(|j| j.name.as_str())
        .collect();
    if !journeys.is_empty() {
        y += heading(
            pen,
            pos2(MARGIN, y),
            t!("out-persona-journeys"),
            inner,
            palette,
        );
        for name in journeys {
            y += pen.bullet(pos2(MARGIN, y), name, inner, palette);
        }
        y += 12.0;
    }
    if options.title && !project.name.trim().is_empty() {
        y += pen.paragraph(
            pos2(MARGIN, y),
            &project.name,
            SMALL,
            inner,
            palette.muted_text,
        );
    }
    y + MARGIN
}

/// A section heading with a rule under it; returns the height it takes.
fn heading(pen: &mut Pen<'_, '_>, at: Pos2, title: &str, width: f32, palette: &Palette) -> f32 {
    let h = pen.paragraph(at, title, HEADING, width, palette.text);
    pen.with(|p| {
        p.line(
            pos2(at.x, at.y + h + 4.0),
            pos2(at.x + width, at.y + h + 4.0),
            1.0,
            palette.grid_line.into(),
            None,
        );
    });
    h + 12.0
}
