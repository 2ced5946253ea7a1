//! What the hypotheses board asks for beyond field edits: a new hypothesis, evidence
//! added to a hypothesis (with a fresh id, and its figure computed), evidence taken
//! off. Each is one undo step.

use super::{JourneyApp, StatusLevel};
use crate::edit::{Change, Edit};
use crate::model::{Evidence, EvidenceId, EvidenceKind, Hypothesis, HypothesisId};
use crate::t;

#[derive(Clone, Debug, PartialEq)]
pub enum HypothesisAction {
    /// A new untested hypothesis, opened for editing.
    New,
    /// Add this evidence (its id is given here) to the hypothesis.
    AddEvidence {
        hypothesis: HypothesisId,
        evidence: Box<Evidence>,
    },
    /// Take evidence off a hypothesis (and out of the project when nothing else
    /// cites it).
    RemoveEvidence {
        hypothesis: HypothesisId,
        evidence: EvidenceId,
    },
}

impl JourneyApp {
    pub(crate) fn hypothesis_action(&mut self, action: HypothesisAction) {
        match action {
            HypothesisAction::New => {
                let id: HypothesisId = self.doc.new_id();
                let n = self.doc.project().hypotheses.len() + 1;
                let edit = Edit::Hypothesis(Change::Insert {
                    index: usize::MAX,
                    item: Hypothesis::new(id, t!("hyp-default-statement", number = n)),
                });
                self.apply_edit(edit, crate::said!("hyp-undo-new"));
                self.editing_hypothesis = Some(id);
            }
            HypothesisAction::AddEvidence {
                hypothesis,
                mut evidence,
            } => {
                let Some(h) = self.doc.project().hypothesis(hypothesis).cloned() else {
                    return;
                };
                evidence.id = self.doc.new_id();
                if let EvidenceKind::Figure {
                    query,
                    compare_with,
                    value,
                    compare_value,
                } = &mut evidence.kind
                {
                    (*value, *compare_value) = crate::analysis::evidence::compute(
                        self.doc.project(),
                        query,
                        compare_with.as_deref(),
                    );
                    if value.is_none() {
                        self.say(StatusLevel::Warning, || t!("hyp-no-figure"));
                        return;
                    }
                }
                let mut h = h;
                h.evidence.push(evidence.id);
                let edit = Edit::batch(vec![
                    Edit::Evidence(Change::Insert {
                        index: usize::MAX,
                        item: *evidence,
                    }),
                    Edit::Hypothesis(Change::Replace { item: h }),
                ]);
                self.apply_edit(edit, crate::said!("hyp-undo-add-evidence"));
            }
            HypothesisAction::RemoveEvidence {
                hypothesis,
                evidence,
            } => {
                let project = self.doc.project();
                let Some(mut h) = project.hypothesis(hypothesis).cloned() else {
                    return;
                };
                h.evidence.retain(|e| *e != evidence);
                let mut edits = vec![Edit::Hypothesis(Change::Replace { item: h })];
                let cited_elsewhere = project
                    .hypotheses
                    .iter()
                    .any(|x| x.id != hypothesis && x.evidence.contains(&evidence))
                    || project
                        .journeys
                        .iter()
                        .flat_map(|j| &j.cards)
                        .any(|c| c.evidence.contains(&evidence));
                if !cited_elsewhere && project.evidence_item(evidence).is_some() {
                    edits.push(Edit::Evidence(Change::Remove { id: evidence }));
                }
                self.apply_edit(Edit::batch(edits), crate::said!("hyp-undo-remove-evidence"));
            }
        }
    }
}
