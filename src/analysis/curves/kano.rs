//! The Kano class of each touchpoint: from the Kano answers entered on its card, and
//! derived from customer data (how much more often customers are satisfied overall
//! when they rate the touchpoint high than middling, and middling than low).

use crate::analysis::answers::answers;
use crate::model::{
    CardId, ColumnRole, ItemTarget, Journey, KanoAnswer, KanoResponse, Project, Scale,
};
use crate::t;

/// The Kano categories.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KanoClass {
    MustBe,
    Performance,
    Attractive,
    Indifferent,
    Reverse,
    Questionable,
}

impl KanoClass {
    pub const ALL: [KanoClass; 6] = [
        KanoClass::MustBe,
        KanoClass::Performance,
        KanoClass::Attractive,
        KanoClass::Indifferent,
        KanoClass::Reverse,
        KanoClass::Questionable,
    ];

    pub fn label(self) -> &'static str {
        match self {
            KanoClass::MustBe => t!("kano-must-be"),
            KanoClass::Performance => t!("kano-performance"),
            KanoClass::Attractive => t!("kano-attractive"),
            KanoClass::Indifferent => t!("kano-indifferent"),
            KanoClass::Reverse => t!("kano-reverse"),
            KanoClass::Questionable => t!("kano-questionable"),
        }
    }

    /// The class of one answer pair, by the Kano evaluation table.
    pub fn of(response: &KanoResponse) -> Self {
        use KanoAnswer::{Dislike, Expect, Like, Neutral, Tolerate};
        match (response.functional, response.dysfunctional) {
            (Like, Like) | (Dislike, Dislike) => KanoClass::Questionable,
            (Like, Dislike) => KanoClass::Performance,
            (Like, Expect | Neutral | Tolerate) => KanoClass::Attractive,
            (Expect | Neutral | Tolerate, Dislike) => KanoClass::MustBe,
            (Expect | Neutral | Tolerate, Expect | Neutral | Tolerate) => KanoClass::Indifferent,
            (Expect | Neutral | Tolerate | Dislike, Like) | (Dislike, _) => KanoClass::Reverse,
        }
    }
}

/// A touchpoint's Kano answers, classified.
#[derive(Clone, Debug, PartialEq)]
pub struct KanoPoint {
    pub card: CardId,
    pub label: String,
    pub class: KanoClass,
    /// How many answers fell in each class, in [`KanoClass::ALL`] order.
    pub counts: [usize; 6],
    /// Satisfaction if present: (A + P) / (A + P + M + I), 0..=1.
    pub better: f64,
    /// Dissatisfaction if absent: (P + M) / (A + P + M + I), 0..=1.
    pub worse: f64,
    pub n: usize,
}

/// The Kano class of every card with Kano answers: the most frequent class (ties go
/// to the one with more impact: must-be, then performance, attractive, indifferent),
/// with the better and worse coefficients.
pub fn kano(journey: &Journey) -> Vec<KanoPoint> {
    journey.cards.iter().filter_map(kano_of).collect()
}

/// The Kano class of one card (see [`kano`]); `None` without answers.
pub fn kano_of(card: &crate::model::Card) -> Option<KanoPoint> {
    (!card.kano.is_empty()).then(|| {
        let mut counts = [0usize; 6];
        for r in &card.kano {
            let class = KanoClass::of(r);
            let i = KanoClass::ALL.iter().position(|k| *k == class).unwrap_or(5);
            counts[i] += 1;
        }
        let class = KanoClass::ALL
            .iter()
            .zip(counts)
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
            .map_or(KanoClass::Questionable, |(k, _)| *k);
        let [m, p, a, i, _, _] = counts;
        let base = (a + p + m + i).max(1) as f64;
        KanoPoint {
            card: card.id,
            label: card.title.clone(),
            class,
            counts,
            better: (a + p) as f64 / base,
            worse: (p + m) as f64 / base,
            n: card.kano.len(),
        }
    })
}

/// A touchpoint's Kano class derived from customer data by penalty-reward contrast:
/// how much more often customers are satisfied overall when they rate the touchpoint
/// high rather than middling (the reward), and when middling rather than low (the
/// penalty).
#[derive(Clone, Debug, PartialEq)]
pub struct DerivedKano {
    pub card: CardId,
    pub label: String,
    pub class: KanoClass,
    /// Share satisfied when rated high, minus when rated in the middle.
    pub reward: f64,
    /// Share satisfied when rated in the middle, minus when rated low.
    pub penalty: f64,
    /// Answers behind it.
    pub n: usize,
    /// The rating columns and the outcome, for hover and notes.
    pub source: String,
}

/// The fewest answers in each of the low, middle and high groups for a class.
pub const DERIVED_KANO_MIN_GROUP: usize = 10;

/// The Kano class of every card with ratings mapped onto it, from the datasets that
/// name their overall outcome ([`crate::model::Outcome`]): low is the bottom two
/// points of the scale (0-6 on 0-10), high the top two (9-10), the rest middling.
/// A touchpoint whose reward and penalty add up to less than a quarter of the
/// largest one's is indifferent; otherwise the asymmetry (reward − penalty) /
/// (reward + penalty) makes it attractive (above 0.2), must-be (below −0.2) or
/// performance. Higher ratings going with less satisfaction make it reverse.
pub fn kano_from_data(project: &Project, journey: &Journey) -> Vec<DerivedKano> {
    // Per card: its title, (satisfied, answered) when rated low, middling and high,
    // and the columns read.
    type Tally = (CardId, String, [(usize, usize); 3], Vec<String>);
    let mut found: Vec<Tally> = Vec::new();
    for d in &project.datasets {
        let Some(outcome) = &d.outcome else { continue };
        let Some((oc, ocol)) = d.column(outcome.column.trim()) else {
            continue;
        };
        let satisfied: Vec<Option<bool>> =
            d.rows
                .iter()
                .map(|row| {
                    let cell = row.get(oc)?;
                    if ocol.is_missing(cell) {
                        return None;
                    }
                    match ocol.scale.filter(|_| outcome.satisfied.trim().is_empty()) {
                        Some(scale) => crate::analysis::answers::answer(ocol, cell)
                            .map(|v| v >= scale.max - 1.0),
                        None => Some(cell.trim() == outcome.satisfied.trim()),
                    }
                })
                .collect();
        for (c, column) in d.columns.iter().enumerate() {
            let (ColumnRole::Item(targets), Some(scale)) = (&column.role, column.scale) else {
                continue;
            };
            let groups = outcome_groups(&answers(d, c), &satisfied, scale);
            for target in targets {
                let ItemTarget::Card(id) = target else {
                    continue;
                };
                let Some(card) = journey.card(*id) else {
                    continue;
                };
                let source = format!("{} ({})", column.name, d.name);
                match found.iter_mut().find(|f| f.0 == *id) {
                    Some(f) => {
                        for (sum, add) in f.2.iter_mut().zip(groups) {
                            sum.0 += add.0;
                            sum.1 += add.1;
                        }
                        f.3.push(source);
                    }
                    None => found.push((*id, card.title.clone(), groups, vec![source])),
                }
            }
        }
    }
    let rate = |(sat, all): (usize, usize)| sat as f64 / all.max(1) as f64;
    let mut out: Vec<DerivedKano> = found
        .into_iter()
        .filter(|(_, _, groups, _)| groups.iter().all(|g| g.1 >= DERIVED_KANO_MIN_GROUP))
        .map(|(card, label, [low, mid, high], sources)| DerivedKano {
            card,
            label,
            class: KanoClass::Indifferent,
            reward: rate(high) - rate(mid),
            penalty: rate(mid) - rate(low),
            n: low.1 + mid.1 + high.1,
            source: sources.join(", "),
        })
        .collect();
    // Sorted by where they sit in the journey.
    let order = |id: CardId| journey.cards.iter().position(|c| c.id == id);
    out.sort_by_key(|k| order(k.card));
    let largest = out.iter().map(|k| k.reward + k.penalty).fold(0.0, f64::max);
    for k in &mut out {
        let total = k.reward + k.penalty;
        k.class = if k.reward < 0.0 && k.penalty < 0.0 {
            KanoClass::Reverse
        } else if total <= 0.0 || total < largest / 4.0 {
            KanoClass::Indifferent
        } else {
            let asymmetry = (k.reward - k.penalty) / total;
            if asymmetry > 0.2 {
                KanoClass::Attractive
            } else if asymmetry < -0.2 {
                KanoClass::MustBe
            } else {
                KanoClass::Performance
            }
        };
    }
    out
}

/// (satisfied, answered) among the low, middle and high ratings on `scale`.
fn outcome_groups(
    ratings: &[Option<f64>],
    satisfied: &[Option<bool>],
    scale: Scale,
) -> [(usize, usize); 3] {
    let (low_top, high_from) = if scale.is_nps() {
        (6.0, 9.0)
    } else {
        (scale.min + 1.0, scale.max - 1.0)
    };
    let mut groups = [(0usize, 0usize); 3];
    for (rating, sat) in ratings.iter().zip(satisfied) {
        let (Some(v), Some(sat)) = (rating, sat) else {
            continue;
        };
        if !scale.contains(*v) {
            continue;
        }
        let g = if *v <= low_top {
            0
        } else if *v >= high_from {
            2
        } else {
            1
        };
        groups[g].0 += usize::from(*sat);
        groups[g].1 += 1;
    }
    groups
}
