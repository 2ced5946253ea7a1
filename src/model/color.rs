//! A plain RGB colour, written to files as `"#rrggbb"`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Rgb {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

impl Rgb {
    pub const fn new(r: u8, g: u8, b: u8) -> Self {
        Self { r, g, b }
    }

    /// Relative luminance (0 = black, 1 = white), for choosing legible text on it.
    pub fn luminance(self) -> f32 {
        fn channel(c: u8) -> f32 {
            let c = f32::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * channel(self.r) + 0.7152 * channel(self.g) + 0.0722 * channel(self.b)
    }

    /// The `index`-th colour of a palette of distinct colours for avatars and
    /// persona dots (it repeats after ten).
    pub fn palette(index: usize) -> Self {
        const PALETTE: [Rgb; 10] = [
            Rgb::new(0x3b, 0x6e, 0xa8),
            Rgb::new(0xc0, 0x4b, 0x3b),
            Rgb::new(0x3f, 0x8f, 0x5a),
            Rgb::new(0x8a, 0x4f, 0xa8),
            Rgb::new(0xc2, 0x7a, 0x1d),
            Rgb::new(0x2a, 0x8c, 0x8c),
            Rgb::new(0xa8, 0x3f, 0x74),
            Rgb::new(0x5b, 0x6b, 0x2f),
            Rgb::new(0x4a, 0x55, 0xb0),
            Rgb::new(0x8c, 0x5a, 0x3c),
        ];
        PALETTE[index % PALETTE.len()]
    }
}

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

/// Why a colour text was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct ParseColorError(pub String);

/// In the language shown.
impl fmt::Display for ParseColorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::t!("msg-color-invalid", text = self.0.as_str()))
    }
}

impl FromStr for Rgb {
    type Err = ParseColorError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let err = || ParseColorError(text.to_owned());
        let hex = text.strip_prefix('#').ok_or_else(err)?;
        if hex.len() != 6 || !hex.is_ascii() {
            return Err(err());
        }
        let part = |i: usize| {
            hex.get(i..i + 2)
                .and_then(|s| u8::from_str_radix(s, 16).ok())
                .ok_or_else(err)
        };
        Ok(Self::new(part(0)?, part(2)?, part(4)?))
    }
}

impl Serialize for Rgb {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Rgb {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_hex() {
        let c: Rgb = "#3B6ea8".parse().unwrap();
        assert_eq!(c, Rgb::new(0x3b, 0x6e, 0xa8));
        assert_eq!(c.to_string(), "#3b6ea8");
    }

    #[test]
    fn refuses_bad_colours() {
        for bad in ["", "#", "3b6ea8", "#3b6ea", "#3b6ea8f", "#gg0000", "#ééé"] {
            assert!(bad.parse::<Rgb>().is_err(), "{bad}");
        }
    }

    #[test]
    fn luminance_orders_black_and_white() {
        assert!(Rgb::new(0, 0, 0).luminance() < 0.01);
        assert!(Rgb::new(255, 255, 255).luminance() > 0.99);
    }

    #[test]
    fn the_palette_has_ten_distinct_colours() {
        let colours: std::collections::BTreeSet<String> =
            (0..10).map(|i| Rgb::palette(i).to_string()).collect();
        assert_eq!(colours.len(), 10);
        assert_eq!(Rgb::palette(3), Rgb::palette(13));
    }
}
