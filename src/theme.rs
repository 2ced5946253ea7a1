//! Colours of the journey map and the app, in one place, for every theme. Plain data
//! (no egui): the canvas and the exporters read the same palette, so an export looks
//! like the screen.

use crate::model::{LaneKind, Phase, Rgb};

/// The themes the map can be drawn in.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum ThemeKind {
    #[default]
    Light,
    Dark,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Palette {
    /// Behind the map.
    pub background: Rgb,
    /// Grid lines between cells.
    pub grid_line: Rgb,
    /// Stage and lane headers.
    pub header_fill: Rgb,
    pub header_text: Rgb,
    /// Body text on the background.
    pub text: Rgb,
    /// Secondary text (counts, hints).
    pub muted_text: Rgb,
    /// Text on sticky notes (which stay light in every theme).
    pub card_text: Rgb,
    /// Secondary text on sticky notes (channel).
    pub muted_card_text: Rgb,
    pub card_border: Rgb,
    /// Selection outline.
    pub selection: Rgb,
    /// Phase bands above the stages: before, during, after.
    pub phases: [Rgb; 3],
    pub positive: Rgb,
    pub negative: Rgb,
    pub neutral: Rgb,
    /// Pain points, off-target KPIs.
    pub warning: Rgb,
    /// Moments of truth.
    pub highlight: Rgb,
    /// Whether cards cast a soft shadow (not in print).
    pub shadows: bool,
    /// How much the sticky-note colours are dimmed (0 = as is, 1 = black).
    card_dim: f32,
}

impl Palette {
    pub fn for_theme(theme: ThemeKind) -> Self {
        match theme {
            ThemeKind::Light => Self::light(),
            ThemeKind::Dark => Self::dark(),
        }
    }

    pub fn light() -> Self {
        Self {
            background: Rgb::new(0xfa, 0xfa, 0xf9),
            grid_line: Rgb::new(0xd6, 0xd3, 0xd1),
            header_fill: Rgb::new(0xef, 0xed, 0xea),
            header_text: Rgb::new(0x1c, 0x19, 0x17),
            text: Rgb::new(0x1c, 0x19, 0x17),
            muted_text: Rgb::new(0x57, 0x53, 0x4e),
            card_text: Rgb::new(0x1c, 0x19, 0x17),
            muted_card_text: Rgb::new(0x44, 0x40, 0x3c),
            card_border: Rgb::new(0xa8, 0xa2, 0x9e),
            selection: Rgb::new(0x25, 0x63, 0xeb),
            phases: [
                Rgb::new(0xdb, 0xea, 0xfe),
                Rgb::new(0xdc, 0xfc, 0xe7),
                Rgb::new(0xf3, 0xe8, 0xff),
            ],
            positive: Rgb::new(0x16, 0xa3, 0x4a),
            negative: Rgb::new(0xdc, 0x26, 0x26),
            neutral: Rgb::new(0x78, 0x71, 0x6c),
            warning: Rgb::new(0xea, 0x58, 0x0c),
            highlight: Rgb::new(0xca, 0x8a, 0x04),
            shadows: true,
            card_dim: 0.0,
        }
    }

    pub fn dark() -> Self {
        Self {
            background: Rgb::new(0x1c, 0x1c, 0x1e),
            grid_line: Rgb::new(0x44, 0x40, 0x3c),
            header_fill: Rgb::new(0x29, 0x25, 0x24),
            header_text: Rgb::new(0xf5, 0xf5, 0xf4),
            text: Rgb::new(0xe7, 0xe5, 0xe4),
            muted_text: Rgb::new(0xa8, 0xa2, 0x9e),
            card_text: Rgb::new(0x1c, 0x19, 0x17),
            muted_card_text: Rgb::new(0x44, 0x40, 0x3c),
            card_border: Rgb::new(0x57, 0x53, 0x4e),
            selection: Rgb::new(0x60, 0xa5, 0xfa),
            phases: [
                Rgb::new(0x1e, 0x3a, 0x5f),
                Rgb::new(0x14, 0x43, 0x2a),
                Rgb::new(0x3b, 0x25, 0x5a),
            ],
            positive: Rgb::new(0x4a, 0xde, 0x80),
            negative: Rgb::new(0xf8, 0x71, 0x71),
            neutral: Rgb::new(0xa8, 0xa2, 0x9e),
            warning: Rgb::new(0xfb, 0x92, 0x3c),
            highlight: Rgb::new(0xfa, 0xcc, 0x15),
            shadows: true,
            card_dim: 0.12,
        }
    }

    /// For a projector across a room: black around, white text and borders, the
    /// sticky notes in their colours with black text, no shadows.
    pub fn high_contrast() -> Self {
        Self {
            background: Rgb::new(0x00, 0x00, 0x00),
            grid_line: Rgb::new(0x6b, 0x6b, 0x6b),
            header_fill: Rgb::new(0x14, 0x14, 0x14),
            header_text: Rgb::new(0xff, 0xff, 0xff),
            text: Rgb::new(0xff, 0xff, 0xff),
            muted_text: Rgb::new(0xe7, 0xe5, 0xe4),
            card_text: Rgb::new(0x00, 0x00, 0x00),
            muted_card_text: Rgb::new(0x1c, 0x19, 0x17),
            card_border: Rgb::new(0xff, 0xff, 0xff),
            selection: Rgb::new(0x60, 0xa5, 0xfa),
            phases: [
                Rgb::new(0x1d, 0x4e, 0xd8),
                Rgb::new(0x15, 0x80, 0x3d),
                Rgb::new(0x7e, 0x22, 0xce),
            ],
            positive: Rgb::new(0x4a, 0xde, 0x80),
            negative: Rgb::new(0xf8, 0x71, 0x71),
            neutral: Rgb::new(0xd6, 0xd3, 0xd1),
            warning: Rgb::new(0xfb, 0x92, 0x3c),
            highlight: Rgb::new(0xfa, 0xcc, 0x15),
            shadows: false,
            card_dim: 0.0,
        }
    }

    /// For paper: white, black text, crisp lines, no shadows; the sticky-note colours
    /// stay so a printed map reads like the screen.
    pub fn print() -> Self {
        Self {
            background: Rgb::new(0xff, 0xff, 0xff),
            grid_line: Rgb::new(0xa8, 0xa2, 0x9e),
            header_fill: Rgb::new(0xf2, 0xf2, 0xf2),
            header_text: Rgb::new(0x00, 0x00, 0x00),
            text: Rgb::new(0x00, 0x00, 0x00),
            muted_text: Rgb::new(0x44, 0x40, 0x3c),
            card_border: Rgb::new(0x78, 0x71, 0x6c),
            shadows: false,
            ..Self::light()
        }
    }

    pub fn phase(&self, phase: Phase) -> Rgb {
        match phase {
            Phase::Before => self.phases[0],
            Phase::During => self.phases[1],
            Phase::After => self.phases[2],
        }
    }

    /// The sticky-note colour of cards in a lane of this kind.
    pub fn lane_card(&self, kind: LaneKind) -> Rgb {
        let base = match kind {
            LaneKind::Actions => Rgb::new(0xbf, 0xdb, 0xfe),
            LaneKind::Touchpoints => Rgb::new(0xfe, 0xf0, 0x8a),
            LaneKind::Channels => Rgb::new(0xc7, 0xd2, 0xfe),
            LaneKind::Thoughts => Rgb::new(0xe9, 0xd5, 0xff),
            LaneKind::Emotions => Rgb::new(0xfb, 0xcf, 0xe8),
            LaneKind::PainPoints => Rgb::new(0xfe, 0xca, 0xca),
            LaneKind::Opportunities => Rgb::new(0xbb, 0xf7, 0xd0),
            LaneKind::Hypotheses => Rgb::new(0xfe, 0xd7, 0xaa),
            LaneKind::Backstage => Rgb::new(0xe2, 0xe8, 0xf0),
            LaneKind::Data => Rgb::new(0xa5, 0xf3, 0xfc),
            LaneKind::Custom => Rgb::new(0xf5, 0xf5, 0xf4),
        };
        self.dim(base)
    }

    /// The sticky-note colour for an emotion valence (-3..=3): red through grey to green.
    pub fn emotion_card(&self, valence: i8) -> Rgb {
        let base = match valence {
            i8::MIN..=-3 => Rgb::new(0xfc, 0xa5, 0xa5),
            -2 => Rgb::new(0xfe, 0xca, 0xca),
            -1 => Rgb::new(0xfe, 0xe2, 0xe2),
            0 => Rgb::new(0xf5, 0xf5, 0xf4),
            1 => Rgb::new(0xdc, 0xfc, 0xe7),
            2 => Rgb::new(0xbb, 0xf7, 0xd0),
            3..=i8::MAX => Rgb::new(0x86, 0xef, 0xac),
        };
        self.dim(base)
    }

    /// The line colour for an emotion valence.
    pub fn emotion_line(&self, valence: i8) -> Rgb {
        match valence.signum() {
            1 => self.positive,
            -1 => self.negative,
            _ => self.neutral,
        }
    }

    fn dim(&self, c: Rgb) -> Rgb {
        let k = 1.0 - self.card_dim;
        let f = |v: u8| (f32::from(v) * k).round() as u8;
        Rgb::new(f(c.r), f(c.g), f(c.b))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG contrast ratio between two colours.
    fn contrast(a: Rgb, b: Rgb) -> f32 {
        let (la, lb) = (a.luminance(), b.luminance());
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn text_is_legible_in_every_theme() {
        for (theme, p) in [
            ("light", Palette::light()),
            ("dark", Palette::dark()),
            ("print", Palette::print()),
        ] {
            assert!(contrast(p.text, p.background) >= 7.0, "{theme} body text");
            assert!(
                contrast(p.header_text, p.header_fill) >= 7.0,
                "{theme} headers"
            );
            assert!(
                contrast(p.muted_text, p.background) >= 4.5,
                "{theme} muted text"
            );
            for kind in LaneKind::ALL {
                assert!(
                    contrast(p.card_text, p.lane_card(kind)) >= 7.0,
                    "{theme} {kind:?}"
                );
            }
            for v in -3..=3 {
                assert!(
                    contrast(p.card_text, p.emotion_card(v)) >= 7.0,
                    "{theme} {v}"
                );
            }
        }
    }
}
