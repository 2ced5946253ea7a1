//! The ids of a project's items: walked in file order, and made unique and in range
//! on load.

use std::collections::BTreeSet;

use crate::i18n::Said;
use crate::t;

use super::Problem;
use crate::model::{IdGen, Project};

/// An item of the kind `kind` (as [`visit_ids`] names kinds), with its article, for
/// messages: "a card", "une carte".
fn an_item(kind: &str) -> &'static str {
    match kind {
        "persona" => t!("msg-repair-a-persona"),
        "journey" => t!("msg-repair-a-journey"),
        "stage" => t!("msg-repair-a-stage"),
        "KPI" => t!("msg-repair-a-kpi"),
        "lane" => t!("msg-repair-a-lane"),
        "card" => t!("msg-repair-a-card"),
        "link" => t!("msg-repair-a-link"),
        "vote" => t!("msg-repair-a-vote"),
        "participant" => t!("msg-repair-a-participant"),
        "hypothesis" => t!("msg-repair-a-hypothesis"),
        "evidence" => t!("msg-repair-an-evidence"),
        "dataset" => t!("msg-repair-a-dataset"),
        _ => t!("msg-repair-a-note"),
    }
}

/// Ids above this are refused (renumbered) on load, so that a file can never
/// exhaust the id space; 2^53 also keeps ids exact in tools that read numbers as
/// doubles.
pub const MAX_ID: u64 = 1 << 53;

/// Walks every id that defines an item (not the references), in file order, with
/// the kind of item: `walk_ids!(project, iter, |id, kind| ..)` gives `&u64`,
/// `walk_ids!(project, iter_mut mut, |id, kind| ..)` gives `&mut u64`.
macro_rules! walk_ids {
    ($project:expr, $iter:ident $($m:ident)?, |$id:ident, $kind:ident| $body:expr) => {{
        let mut visit = |$id: &$($m)? u64, $kind: &'static str| $body;
        for p in $project.personas.$iter() {
            visit(&$($m)? p.id.0, "persona");
        }
        for j in $project.journeys.$iter() {
            visit(&$($m)? j.id.0, "journey");
            for s in j.stages.$iter() {
                visit(&$($m)? s.id.0, "stage");
                for k in s.kpis.$iter() {
                    visit(&$($m)? k.id.0, "KPI");
                }
            }
            for l in j.lanes.$iter() {
                visit(&$($m)? l.id.0, "lane");
            }
            for c in j.cards.$iter() {
                visit(&$($m)? c.id.0, "card");
            }
            for l in j.links.$iter() {
                visit(&$($m)? l.id.0, "link");
            }
            for v in j.votes.$iter() {
                visit(&$($m)? v.id.0, "vote");
                for p in v.participants.$iter() {
                    visit(&$($m)? p.id.0, "participant");
                }
            }
        }
        for h in $project.hypotheses.$iter() {
            visit(&$($m)? h.id.0, "hypothesis");
        }
        for e in $project.evidence.$iter() {
            visit(&$($m)? e.id.0, "evidence");
        }
        for d in $project.datasets.$iter() {
            visit(&$($m)? d.id.0, "dataset");
        }
        for n in $project.parking_lot.$iter() {
            visit(&$($m)? n.id.0, "note");
        }
    }};
}

/// Calls `f` with every id that defines an item (not the references), in file order,
/// with the kind of item.
pub fn visit_ids(project: &Project, f: &mut dyn FnMut(u64, &'static str)) {
    walk_ids!(project, iter, |id, kind| f(*id, kind));
}

/// Like [`visit_ids`], with mutable access to each id.
fn visit_ids_mut(project: &mut Project, f: &mut dyn FnMut(&mut u64, &'static str)) {
    walk_ids!(project, iter_mut mut, |id, kind| f(id, kind));
}

/// Gives a fresh id to each item without one, with one above [`MAX_ID`], or with
/// the id of an item before it; reports each.
pub(super) fn fix_ids(project: &mut Project, problems: &mut Vec<Problem>) {
    let mut seen = BTreeSet::new();
    let mut max_valid = 0;
    visit_ids(project, &mut |id, _| {
        if id <= MAX_ID {
            max_valid = max_valid.max(id);
        }
    });
    let mut ids = IdGen::above(max_valid);
    visit_ids_mut(project, &mut |id, kind| {
        if *id == 0 {
            *id = ids.next_raw();
            problems.push(Problem {
                message: Said::new(|| {
                    t!(
                        "msg-repair-no-id",
                        item = an_item(kind),
                        id = id.to_string()
                    )
                }),
                anchor: None,
            });
        } else if *id > MAX_ID {
            let old = *id;
            *id = ids.next_raw();
            problems.push(Problem::new(
                old,
                Said::new(|| {
                    t!(
                        "msg-repair-id-too-large",
                        item = an_item(kind),
                        old = old.to_string(),
                        id = id.to_string()
                    )
                }),
            ));
        } else if !seen.insert(*id) {
            let old = *id;
            *id = ids.next_raw();
            problems.push(Problem::new(
                old,
                Said::new(|| {
                    t!(
                        "msg-repair-id-twice",
                        item = an_item(kind),
                        old = old.to_string(),
                        id = id.to_string()
                    )
                }),
            ));
        }
        seen.insert(*id);
    });
}
