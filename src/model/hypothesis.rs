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
    /// The team's own title; empty for the one made from what the evidence is (see
    /// [`Evidence::title`]), so that it reads in each language.
    #[serde(skip_serializing_if = "String::is_empty")]
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

impl Evidence {
    /// The title shown: the team's own, or one made from what the evidence is, in
    /// the language shown ("Mean of Satisfaction: Business", "Interview: Marie").
    pub fn title(&self) -> String {
        if self.has_own_title() {
            self.title.clone()
        } else {
            self.kind.made_title()
        }
    }

    /// Whether the team gave it a title (else [`Evidence::title`] makes one).
    pub fn has_own_title(&self) -> bool {
        !self.title.trim().is_empty()
    }

    /// Forgets a title that is only the one made from the evidence, in any language
    /// (evidence the app added before titles were made when shown). A document's
    /// title is the team's: the app never made one.
    pub fn forget_made_title(&mut self) {
        let title = self.title.trim();
        if !title.is_empty()
            && !matches!(self.kind, EvidenceKind::Document { .. })
            && crate::i18n::Lang::ALL.into_iter().any(|lang| {
                let _in = crate::i18n::scoped(lang);
                self.kind.made_title() == title
            })
        {
            self.title.clear();
        }
    }
}

/// How many characters of a verbatim its title quotes.
const QUOTED: usize = 60;

impl EvidenceKind {
    /// A title made from what the evidence is, in the language shown.
    pub fn made_title(&self) -> String {
        let values = |rules: &[SegmentRule]| {
            rules
                .iter()
                .map(|r| r.value.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        match self {
            EvidenceKind::Figure {
                query,
                compare_with,
                ..
            } => {
                let (statistic, column) = (query.statistic.label(), query.column.as_str());
                let value = values(&query.filter);
                let compare = compare_with.as_deref().map(values).unwrap_or_default();
                if value.is_empty() {
                    t!("hyp-figure-title", statistic = statistic, column = column)
                } else if compare.is_empty() {
                    t!(
                        "hyp-figure-title-value",
                        statistic = statistic,
                        column = column,
                        value = value
                    )
                } else {
                    t!(
                        "hyp-figure-title-compare",
                        statistic = statistic,
                        column = column,
                        value = value,
                        compare = compare
                    )
                }
            }
            EvidenceKind::Verbatim { text, .. } => {
                let text = text.trim();
                let short: String = text.chars().take(QUOTED).collect();
                if short.len() < text.len() {
                    t!("out-quoted", name = format!("{short}…"))
                } else {
                    t!("out-quoted", name = short)
                }
            }
            EvidenceKind::Interview { who, .. } if who.trim().is_empty() => {
                t!("hyp-interview-title").to_owned()
            }
            EvidenceKind::Interview { who, .. } => t!("hyp-interview-title-who", who = who.trim()),
            EvidenceKind::Document { location } if location.trim().is_empty() => {
                t!("hyp-document-title").to_owned()
            }
            EvidenceKind::Document { location } => location.trim().to_owned(),
        }
    }

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, scoped};

    fn interview(who: &str, title: &str) -> Evidence {
        Evidence {
            title: title.into(),
            kind: EvidenceKind::Interview {
                who: who.into(),
                date: String::new(),
                text: "I board on my phone".into(),
            },
            ..Evidence::default()
        }
    }

    #[test]
    fn a_made_title_reads_in_the_language_shown() {
        let note = interview("Marie", "");
        let figure = Evidence {
            kind: EvidenceKind::Figure {
                query: DataQuery {
                    column: "Online Boarding".into(),
                    filter: vec![SegmentRule::new("Type of Travel", "Business")],
                    ..DataQuery::default()
                },
                compare_with: Some(vec![SegmentRule::new("Type of Travel", "Personal")]),
                value: None,
                compare_value: None,
            },
            ..Evidence::default()
        };
        let long = "a".repeat(80);
        let verbatim = Evidence {
            kind: EvidenceKind::Verbatim {
                dataset: None,
                row: None,
                column: String::new(),
                text: long.clone(),
            },
            ..Evidence::default()
        };
        let shown = |lang| {
            let _lang = scoped(lang);
            (note.title(), figure.title(), verbatim.title())
        };
        assert_eq!(
            shown(Lang::En),
            (
                "Interview: Marie".into(),
                "Mean of Online Boarding: Business vs. Personal".into(),
                format!("“{}…”", &long[..QUOTED])
            )
        );
        let (note_fr, figure_fr, _) = shown(Lang::Fr);
        assert_eq!(note_fr, "Entretien\u{a0}: Marie");
        assert!(
            figure_fr.starts_with("Moyenne de Online Boarding"),
            "{figure_fr}"
        );
        assert!(shown(Lang::Es).0.contains("Marie") && shown(Lang::Es).0 != note_fr);
        // The team's own title is kept in every language.
        let own = interview("Marie", "Marie's call");
        let _fr = scoped(Lang::Fr);
        assert_eq!(own.title(), "Marie's call");
    }

    #[test]
    fn a_title_the_app_made_in_any_language_is_forgotten_on_load() {
        let mut made = interview("Marie", "Entretien\u{a0}: Marie");
        made.forget_made_title();
        assert_eq!(made.title, "");
        let mut own = interview("Marie", "Marie's call");
        own.forget_made_title();
        assert_eq!(own.title, "Marie's call");
        let mut document = Evidence {
            title: "Annual report".into(),
            kind: EvidenceKind::Document {
                location: "Annual report".into(),
            },
            ..Evidence::default()
        };
        document.forget_made_title();
        assert_eq!(document.title, "Annual report");
    }
}
