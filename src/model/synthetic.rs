//! Synthetic projects of any size, for benchmarks and stress tests. Deterministic:
//! the same arguments give the same project.

use super::{
    Card, Channel, Contact, Emotion, Evidence, EvidenceKind, Feeling, Hypothesis, HypothesisStatus,
    IdGen, Journey, Lane, LaneKind, Persona, Phase, Project, Stage,
};

const WORDS: [&str; 32] = [
    "compare",
    "prices",
    "online",
    "visit",
    "store",
    "call",
    "support",
    "wait",
    "queue",
    "pay",
    "card",
    "receipt",
    "delivery",
    "late",
    "friendly",
    "staff",
    "app",
    "crash",
    "refund",
    "review",
    "friend",
    "advice",
    "search",
    "offer",
    "contract",
    "sign",
    "install",
    "invoice",
    "renew",
    "loyalty",
    "points",
    "recommend",
];

/// A small deterministic generator (xorshift64*), so no RNG crate is needed here.
struct Rand(u64);

impl Rand {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn words(&mut self, count: usize) -> String {
        let mut text = String::new();
        for i in 0..count {
            if i > 0 {
                text.push(' ');
            }
            text.push_str(WORDS[self.below(WORDS.len())]);
        }
        if let Some(first) = text.get(0..1) {
            let upper = first.to_uppercase();
            text.replace_range(0..1, &upper);
        }
        text
    }
}

/// A project with one journey of `cards` cards spread over 8 lanes and as many stages
/// as give about three cards per cell (at least 6, at most 400), 3 personas and a few
/// hypotheses with evidence. Cards have realistic titles, notes, emotions and links.
pub fn project(cards: usize) -> Project {
    let mut ids = IdGen::default();
    let mut rand = Rand(0x9e37_79b9_7f4a_7c15);
    let mut project = Project::new(format!("Synthetic project with {cards} cards"));

    for (name, segment) in [
        ("Anna Berg", "Commuter"),
        ("Tom Keller", "Business traveller"),
        ("Mia Laine", "Student"),
    ] {
        project
            .personas
            .push(Persona::new(ids.fresh(), name, segment));
    }
    let personas: Vec<_> = project.personas.iter().map(|p| p.id).collect();

    for i in 0..5 {
        let mut h = Hypothesis::new(
            ids.fresh(),
            format!("Customers {}", rand.words(6).to_lowercase()),
        );
        h.status = HypothesisStatus::ALL[i % HypothesisStatus::ALL.len()];
        let e = Evidence {
            id: ids.fresh(),
            title: format!("Interview {}", i + 1),
            kind: EvidenceKind::Interview {
                who: "Customer".into(),
                date: "2026-10-01".into(),
                text: rand.words(12),
            },
            note: String::new(),
        };
        h.evidence.push(e.id);
        project.evidence.push(e);
        project.hypotheses.push(h);
    }
    let hypotheses: Vec<_> = project.hypotheses.iter().map(|h| h.id).collect();

    let lane_kinds = [
        LaneKind::Actions,
        LaneKind::Touchpoints,
        LaneKind::Channels,
        LaneKind::Thoughts,
        LaneKind::Emotions,
        LaneKind::PainPoints,
        LaneKind::Opportunities,
        LaneKind::Backstage,
    ];
    let stage_count = (cards / (lane_kinds.len() * 3)).clamp(6, 400);
    let mut journey = Journey {
        id: ids.fresh(),
        name: "Synthetic journey".into(),
        goal: "Stress the app with many cards".into(),
        personas: personas.clone(),
        ..Journey::default()
    };
    for s in 0..stage_count {
        let phase = Phase::ALL[(s * 3 / stage_count).min(2)];
        journey.stages.push(Stage::new(
            ids.fresh(),
            format!("Stage {}: {}", s + 1, rand.words(2)),
            phase,
        ));
    }
    for kind in lane_kinds {
        journey.lanes.push(Lane::new(ids.fresh(), "", kind));
    }

    for n in 0..cards {
        let stage = journey.stages[n % stage_count].id;
        let lane_index = (n / stage_count) % lane_kinds.len();
        let kind = lane_kinds[lane_index];
        let lane = journey.lanes[lane_index].id;
        let title_words = 2 + rand.below(6);
        let mut card = Card::new(ids.fresh(), stage, lane, rand.words(title_words));
        if rand.below(3) == 0 {
            let count = 10 + rand.below(20);
            card.notes = rand.words(count);
        }
        match kind {
            LaneKind::Touchpoints | LaneKind::Channels => {
                card.channel = Some(Channel::BUILT_IN[rand.below(Channel::BUILT_IN.len())].clone());
                card.contact = if rand.below(2) == 0 {
                    Contact::Direct
                } else {
                    Contact::Indirect
                };
                card.effort = Some(1 + rand.below(5) as u8);
            }
            LaneKind::Emotions => {
                let valence = rand.below(7) as i8 - 3;
                let feeling = Feeling::NAMED[rand.below(Feeling::NAMED.len())].clone();
                card.emotion = Some(Emotion::with_feeling(valence, feeling));
                card.personas.push(personas[rand.below(personas.len())]);
            }
            LaneKind::PainPoints => card.pain_point = true,
            LaneKind::Backstage => card.department = "Customer service".into(),
            _ => {}
        }
        if rand.below(50) == 0 {
            card.moment_of_truth = true;
        }
        if rand.below(20) == 0 {
            card.hypotheses
                .push(hypotheses[rand.below(hypotheses.len())]);
        }
        journey.cards.push(card);
    }
    for n in (1..journey.cards.len()).step_by(25) {
        let (from, to) = (journey.cards[n - 1].id, journey.cards[n].id);
        journey.links.push(super::CardLink {
            id: ids.fresh(),
            from,
            to,
            label: String::new(),
        });
    }
    project.journeys.push(journey);
    project
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::integrity;

    #[test]
    fn has_the_requested_cards_and_is_consistent() {
        for n in [0, 1, 100, 2000] {
            let mut p = project(n);
            assert_eq!(p.card_count(), n);
            assert!(integrity::repair(&mut p).is_empty());
        }
    }

    #[test]
    fn is_deterministic() {
        assert_eq!(project(300), project(300));
    }
}
