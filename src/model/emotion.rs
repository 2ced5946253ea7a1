//! Emotions: a valence from -3 (very negative) to +3 (very positive) and, optionally,
//! a named feeling from the product vocabulary or a custom one.

use crate::t;
use serde::{Deserialize, Serialize};

/// The valence scale, inclusive.
pub const VALENCE_MIN: i8 = -3;
pub const VALENCE_MAX: i8 = 3;

#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Emotion {
    /// -3 (very negative) ..= +3 (very positive); values outside are clamped on load.
    pub valence: i8,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub feeling: Option<Feeling>,
}

impl Emotion {
    pub fn new(valence: i8) -> Self {
        Self {
            valence: valence.clamp(VALENCE_MIN, VALENCE_MAX),
            feeling: None,
        }
    }

    pub fn with_feeling(valence: i8, feeling: Feeling) -> Self {
        Self {
            feeling: Some(feeling),
            ..Self::new(valence)
        }
    }

    /// A face for the valence, from the shipped emoji font.
    pub fn face(&self) -> &'static str {
        face_for(self.valence)
    }

    /// Words for the valence: "very negative" .. "very positive".
    pub fn valence_label(&self) -> &'static str {
        match self.valence {
            i8::MIN..=-3 => crate::t!("msg-valence-very-negative"),
            -2 => crate::t!("msg-valence-negative"),
            -1 => crate::t!("msg-valence-slightly-negative"),
            0 => crate::t!("msg-valence-neutral"),
            1 => crate::t!("msg-valence-slightly-positive"),
            2 => crate::t!("msg-valence-positive"),
            3..=i8::MAX => crate::t!("msg-valence-very-positive"),
        }
    }
}

/// The face shown for a valence. Every one of these is in the shipped emoji font.
pub fn face_for(valence: i8) -> &'static str {
    match valence {
        i8::MIN..=-3 => "😠",
        -2 => "😞",
        -1 => "🙁",
        0 => "😐",
        1 => "🙂",
        2 => "😀",
        3..=i8::MAX => "😍",
    }
}

/// Named feelings from the product brief, plus custom ones.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Feeling {
    // Positive
    Energized,
    Pleased,
    Stimulated,
    Interested,
    Exploring,
    Trusting,
    Secure,
    Valued,
    CaredFor,
    Happy,
    // Negative
    Rushed,
    Unhappy,
    Disappointed,
    Frustrated,
    Dissatisfied,
    Abandoned,
    Stressed,
    Irritated,
    /// A feeling the team named itself.
    Custom(String),
}

impl Feeling {
    /// Every named feeling, positive ones first.
    pub const NAMED: [Feeling; 18] = [
        Feeling::Energized,
        Feeling::Pleased,
        Feeling::Stimulated,
        Feeling::Interested,
        Feeling::Exploring,
        Feeling::Trusting,
        Feeling::Secure,
        Feeling::Valued,
        Feeling::CaredFor,
        Feeling::Happy,
        Feeling::Rushed,
        Feeling::Unhappy,
        Feeling::Disappointed,
        Feeling::Frustrated,
        Feeling::Dissatisfied,
        Feeling::Abandoned,
        Feeling::Stressed,
        Feeling::Irritated,
    ];

    pub fn label(&self) -> &str {
        match self {
            Feeling::Energized => t!("feeling-energized"),
            Feeling::Pleased => t!("feeling-pleased"),
            Feeling::Stimulated => t!("feeling-stimulated"),
            Feeling::Interested => t!("feeling-interested"),
            Feeling::Exploring => t!("feeling-exploring"),
            Feeling::Trusting => t!("feeling-trusting"),
            Feeling::Secure => t!("feeling-secure"),
            Feeling::Valued => t!("feeling-valued"),
            Feeling::CaredFor => t!("feeling-cared-for"),
            Feeling::Happy => t!("feeling-happy"),
            Feeling::Rushed => t!("feeling-rushed"),
            Feeling::Unhappy => t!("feeling-unhappy"),
            Feeling::Disappointed => t!("feeling-disappointed"),
            Feeling::Frustrated => t!("feeling-frustrated"),
            Feeling::Dissatisfied => t!("feeling-dissatisfied"),
            Feeling::Abandoned => t!("feeling-abandoned"),
            Feeling::Stressed => t!("feeling-stressed"),
            Feeling::Irritated => t!("feeling-irritated"),
            Feeling::Custom(name) => name,
        }
    }

    /// Whether the brief lists the feeling as positive; `None` for custom feelings.
    pub fn is_positive(&self) -> Option<bool> {
        match self {
            Feeling::Energized
            | Feeling::Pleased
            | Feeling::Stimulated
            | Feeling::Interested
            | Feeling::Exploring
            | Feeling::Trusting
            | Feeling::Secure
            | Feeling::Valued
            | Feeling::CaredFor
            | Feeling::Happy => Some(true),
            Feeling::Custom(_) => None,
            _ => Some(false),
        }
    }

    /// The named feeling with this label (case-insensitive), else a custom one.
    pub fn from_label(label: &str) -> Self {
        super::skip::named_or_custom(&Self::NAMED, Feeling::label, label, Feeling::Custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valence_is_clamped() {
        assert_eq!(Emotion::new(9).valence, 3);
        assert_eq!(Emotion::new(-9).valence, -3);
    }

    #[test]
    fn feelings_round_trip_through_labels() {
        for f in &Feeling::NAMED {
            assert_eq!(&Feeling::from_label(f.label()), f);
            assert!(f.is_positive().is_some());
        }
        assert_eq!(
            Feeling::from_label(" Curious "),
            Feeling::Custom("Curious".into())
        );
        assert_eq!(Feeling::from_label("CARED FOR"), Feeling::CaredFor);
        assert_eq!(Feeling::from_label("Déçu"), Feeling::Disappointed);
        assert_eq!(Feeling::from_label("estresado"), Feeling::Stressed);
        let _es = crate::i18n::scoped(crate::i18n::Lang::Es);
        assert_eq!(Feeling::Frustrated.label(), "frustrado");
    }

    #[test]
    fn every_valence_has_a_distinct_face() {
        let faces: Vec<_> = (VALENCE_MIN..=VALENCE_MAX).map(face_for).collect();
        let mut unique = faces.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), faces.len());
    }
}
