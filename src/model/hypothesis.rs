//! Hypotheses the team holds, and the evidence that supports or refutes them.

use crate::t;
use serde::{Deserialize, Serialize};

use super::{DatasetId, EvidenceId, HypothesisId, PersonaId, SegmentRule};

#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Hypothesis {
    pub id: HypothesisId,
    /// "Business travellers care most about online check-in."
    pub statement: String,
    pub status: HypothesisStatus,
    /// Who on the team holds or owns it.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub owner: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// The personas it is about. (Cards link to hypotheses from their side.)
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub personas: Vec<PersonaId>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceId>,
}

impl Hypothesis {
    pub fn new(id: HypothesisId, statement: impl Into<String>) -> Self {
        Self {
            id,
            statement: statement.into(),
            ..Self::default()
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum HypothesisStatus {
    #[default]
    Untested,
    Supported,
    Refuted,
    Mixed,
}

impl HypothesisStatus {
    pub const ALL: [HypothesisStatus; 4] = [
        HypothesisStatus::Untested,
        HypothesisStatus::Supported,
        HypothesisStatus::Refuted,
        HypothesisStatus::Mixed,
    ];

    pub fn label(self) -> &'static str {
        match self {
            HypothesisStatus::Untested => t!("hstatus-untested"),
            HypothesisStatus::Supported => t!("hstatus-supported"),
            HypothesisStatus::Refuted => t!("hstatus-refuted"),
            HypothesisStatus::Mixed => t!("hstatus-mixed"),
        }
    }
}

/// A piece of evidence. Hypotheses and cards refer to evidence by id, so one figure
/// can back several of them.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Evidence {
    pub id: EvidenceId,
    pub title: String,
    pub kind: EvidenceKind,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum EvidenceKind {
    /// A figure computed from an imported dataset, optionally against a comparison
    /// group ("business travellers vs. personal travellers"). The last computed values
    /// are kept, so the figure still reads when the data is not at hand.
    Figure {
        query: DataQuery,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        compare_with: Option<Vec<SegmentRule>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        value: Option<FigureValue>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        compare_value: Option<FigureValue>,
    },
    /// A customer's own words from a free-text answer.
    Verbatim {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        dataset: Option<DatasetId>,
        /// The row in the dataset (0-based, header excluded).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        row: Option<u64>,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        column: String,
        text: String,
    },
    /// A note from a customer interview or an observation.
    Interview {
        #[serde(default, skip_serializing_if = "String::is_empty")]
        who: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        date: String,
        text: String,
    },
    /// A report, a study, a web page.
    Document {
        #[serde(default, skip_serializing_if = "String::is_empty")]
        location: String,
    },
}

impl Default for EvidenceKind {
    fn default() -> Self {
        EvidenceKind::Interview {
            who: String::new(),
            date: String::new(),
            text: String::new(),
        }
    }
}

impl EvidenceKind {
    /// How strong this kind of evidence is: data and verbatims are observed, notes
    /// and documents are inferred from what someone reported.
    pub fn level(&self) -> EvidenceLevel {
        match self {
            EvidenceKind::Figure { .. } | EvidenceKind::Verbatim { .. } => EvidenceLevel::Observed,
            EvidenceKind::Interview { .. } | EvidenceKind::Document { .. } => {
                EvidenceLevel::Inferred
            }
        }
    }
}

/// How well a card or a hypothesis is backed, from weakest to strongest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum EvidenceLevel {
    /// No evidence: the team's assumption.
    #[default]
    Assumed,
    /// Backed by reports: interviews, documents.
    Inferred,
    /// Backed by customer data or the customers' own words.
    Observed,
}

impl EvidenceLevel {
    pub fn label(self) -> &'static str {
        match self {
            EvidenceLevel::Assumed => t!("level-assumed"),
            EvidenceLevel::Inferred => t!("level-inferred"),
            EvidenceLevel::Observed => t!("level-observed"),
        }
    }
}

/// A question asked of a dataset: a statistic of one column over the rows that match
/// every filter rule.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DataQuery {
    /// `None` once the dataset was removed; the last computed value is kept.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dataset: Option<DatasetId>,
    pub column: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub filter: Vec<SegmentRule>,
    pub statistic: Statistic,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Statistic {
    /// Mean with a 95% confidence interval.
    #[default]
    Mean,
    /// Share of answers in the top two boxes of the scale (CSAT: 4-5 of 1-5).
    TopBoxShare,
    /// Net promoter score of a 0-10 column.
    Nps,
    /// Number of answers.
    Count,
}

impl Statistic {
    pub fn label(self) -> &'static str {
        match self {
            Statistic::Mean => t!("statistic-mean"),
            Statistic::TopBoxShare => t!("statistic-top-box-share"),
            Statistic::Nps => t!("statistic-nps"),
            Statistic::Count => t!("statistic-count"),
        }
    }
}

/// A computed figure with its sample size and 95% confidence interval.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FigureValue {
    pub value: f64,
    pub n: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ci_low: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ci_high: Option<f64>,
}
