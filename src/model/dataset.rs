//! Imported customer data (survey exports, NPS, complaints, CRM extracts) and how its
//! columns map onto personas, cards and stages. The rows live in the project file.

use serde::{Deserialize, Serialize};

use super::{CardId, Cells, DatasetId, StageId};

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Dataset {
    pub id: DatasetId,
    pub name: String,
    pub source: DataSource,
    pub columns: Vec<Column>,
    /// The cells, row by row, in column order. Written one CSV line per row.
    pub rows: Cells,
    /// The column that says how the customer felt overall, for the Kano classes
    /// derived from the data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
}

/// How a dataset says a customer was satisfied overall.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Outcome {
    pub column: String,
    /// The answer that means satisfied (a category column); empty for a rating
    /// column, where the top two points of its scale do.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub satisfied: String,
}

impl Dataset {
    pub fn column(&self, name: &str) -> Option<(usize, &Column)> {
        self.columns
            .iter()
            .enumerate()
            .find(|(_, c)| c.name == name)
    }
}

/// Where the data came from, so it can be refreshed.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DataSource {
    pub path: String,
    pub format: SourceFormat,
    /// RFC 3339 time of the import.
    pub imported_at: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SourceFormat {
    Csv {
        delimiter: char,
        encoding: TextEncoding,
        has_header: bool,
    },
    Xlsx {
        sheet: String,
    },
}

impl Default for SourceFormat {
    fn default() -> Self {
        SourceFormat::Csv {
            delimiter: ',',
            encoding: TextEncoding::Utf8,
            has_header: true,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum TextEncoding {
    #[default]
    Utf8,
    Utf8Bom,
    Latin1,
}

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Column {
    pub name: String,
    pub kind: ColumnKind,
    pub role: ColumnRole,
    /// The answer scale of a rating column.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scale: Option<Scale>,
    /// Cell values that mean "no answer" (e.g. "0" on a 1-5 scale, "N/A").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<String>,
}

impl Column {
    pub fn new(name: impl Into<String>, kind: ColumnKind, role: ColumnRole) -> Self {
        Self {
            name: name.into(),
            kind,
            role,
            scale: None,
            missing: Vec::new(),
        }
    }

    /// Whether `cell` counts as no answer.
    pub fn is_missing(&self, cell: &str) -> bool {
        let cell = cell.trim();
        cell.is_empty() || self.missing.iter().any(|m| m.trim() == cell)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum ColumnKind {
    Number,
    Category,
    #[default]
    Text,
    Date,
}

#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ColumnRole {
    #[default]
    Ignored,
    /// Values select customer segments (personas' segment rules read it).
    Segment,
    /// A rating of touchpoints or stages.
    Item(Vec<ItemTarget>),
    /// Free-text answers about touchpoints or stages (or the whole journey when empty).
    Verbatim(Vec<ItemTarget>),
}

/// What a rating or verbatim column is about. Ids are unique project-wide, so a card
/// or a stage is found without naming its journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ItemTarget {
    Card(CardId),
    Stage(StageId),
}

/// An answer scale, inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Scale {
    pub min: f64,
    pub max: f64,
}

impl Scale {
    pub const ONE_TO_FIVE: Scale = Scale { min: 1.0, max: 5.0 };
    pub const ONE_TO_SEVEN: Scale = Scale { min: 1.0, max: 7.0 };
    pub const ZERO_TO_TEN: Scale = Scale {
        min: 0.0,
        max: 10.0,
    };

    /// Whether NPS applies (a 0-10 likelihood-to-recommend scale).
    pub fn is_nps(self) -> bool {
        self == Self::ZERO_TO_TEN
    }

    pub fn contains(self, value: f64) -> bool {
        value >= self.min && value <= self.max
    }

    /// "1–5", "0–10", "1–7,5" in French: the bounds as people read them in the
    /// language shown.
    pub fn label(self) -> String {
        use crate::i18n::numbers::short;
        format!("{}–{}", short(self.min), short(self.max))
    }
}
