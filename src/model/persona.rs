//! Personas: typical customer profiles built from research.

use crate::t;
use serde::{Deserialize, Serialize};

use super::{Channel, DatasetId, PersonaId, Rgb};

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Persona {
    pub id: PersonaId,
    pub name: String,
    /// Segment (B2C) or role in the buying group (B2B): "Project manager", "Buyer"...
    pub segment: String,
    pub market: Market,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub photo: Option<Photo>,
    /// Background of the generated avatar (initials on a colour) when there is no photo.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avatar_color: Option<Rgb>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub age: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub location: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub occupation: String,
    /// Further demographic facts ("Household": "2 adults, 1 child").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub demographics: Vec<Field>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub quote: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub expectations: Vec<String>,
    /// Fears and frustrations.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub frustrations: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub behaviours: Vec<String>,
    /// Preferred channels, most preferred first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Channel>,
    /// Behaviour sliders on scales the team defines.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sliders: Vec<Slider>,
    pub validation: Validation,
    /// Rules that select this persona's customers in imported data
    /// (all rules must hold).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub segment_rules: Vec<SegmentRule>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub custom_fields: Vec<Field>,
}

impl Persona {
    pub fn new(id: PersonaId, name: impl Into<String>, segment: impl Into<String>) -> Self {
        Self {
            id,
            name: name.into(),
            segment: segment.into(),
            ..Self::default()
        }
    }

    /// Up to two initials for the generated avatar: "Anna Berg" -> "AB".
    pub fn initials(&self) -> String {
        let initials: String = self
            .name
            .split_whitespace()
            .filter_map(|word| word.chars().next())
            .flat_map(char::to_uppercase)
            .take(2)
            .collect();
        if initials.is_empty() {
            "?".to_owned()
        } else {
            initials
        }
    }
}

/// Business-to-business or business-to-consumer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Market {
    #[default]
    B2C,
    B2B,
}

/// A proto-persona is the team's assumption; a validated one is backed by research.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Validation {
    #[default]
    Proto,
    Validated,
}

impl Validation {
    pub fn label(self) -> &'static str {
        match self {
            Validation::Proto => t!("validation-proto"),
            Validation::Validated => t!("validation-validated"),
        }
    }
}

/// A named free field.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Field {
    pub name: String,
    pub value: String,
}

impl Field {
    pub fn new(name: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            value: value.into(),
        }
    }
}

/// A behaviour slider: where the persona sits between two poles, 0.0 (left) ..= 1.0
/// (right).
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Slider {
    pub left: String,
    pub right: String,
    pub value: f32,
}

/// `column = value` in a dataset: selects the rows of one segment of customers.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SegmentRule {
    /// The dataset the rule reads; `None` means any dataset that has the column.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dataset: Option<DatasetId>,
    pub column: String,
    pub value: String,
}

impl SegmentRule {
    pub fn new(column: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            dataset: None,
            column: column.into(),
            value: value.into(),
        }
    }
}

/// A photo stored inside the project file (base64), already downscaled on import.
#[derive(Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Photo {
    pub format: ImageFormat,
    pub width: u32,
    pub height: u32,
    #[serde(with = "crate::model::base64_bytes")]
    pub data: Vec<u8>,
}

impl std::fmt::Debug for Photo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(Photo))
            .field("format", &self.format)
            .field("width", &self.width)
            .field("height", &self.height)
            .field("bytes", &self.data.len())
            .finish()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum ImageFormat {
    #[default]
    Png,
    Jpeg,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials() {
        let mut p = Persona::new(PersonaId(1), "anna maria berg", "");
        assert_eq!(p.initials(), "AM");
        p.name = "  ".into();
        assert_eq!(p.initials(), "?");
        p.name = "Élodie".into();
        assert_eq!(p.initials(), "É");
    }

    #[test]
    fn photos_are_base64_in_files() {
        let photo = Photo {
            format: ImageFormat::Png,
            width: 1,
            height: 1,
            data: vec![0, 1, 2, 250],
        };
        let text = ron::to_string(&photo).unwrap();
        assert!(text.contains("\"AAEC+g==\""), "{text}");
        let back: Photo = ron::from_str(&text).unwrap();
        assert_eq!(back, photo);
    }
}
