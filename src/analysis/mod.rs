//! Pure computations over the model: satisfaction curves (and, as customer data
//! arrives, KPIs, gaps and hypothesis evidence). No egui, no I/O.

pub mod answers;
pub mod curves;
pub mod evidence;
pub mod kpis;
pub mod overview;
pub mod stats;

use crate::model::{Journey, PersonaId};

/// One believed curve: the average valence per stage of the cards with an emotion
/// that apply to the persona (`None` = all cards). Stages without such cards are
/// skipped.
pub fn believed_curve(journey: &Journey, persona: Option<PersonaId>) -> Vec<[f64; 2]> {
    journey
        .stages
        .iter()
        .enumerate()
        .filter_map(|(i, stage)| {
            let values: Vec<f64> = journey
                .cards
                .iter()
                .filter(|c| c.stage == stage.id && persona.is_none_or(|p| c.applies_to(p)))
                .filter_map(|c| c.emotion.as_ref())
                .map(|e| f64::from(e.valence))
                .collect();
            (!values.is_empty())
                .then(|| [i as f64, values.iter().sum::<f64>() / values.len() as f64])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Card, CardId, Emotion, LaneId, Phase, Stage, StageId};

    #[test]
    fn the_believed_curve_averages_per_stage_and_persona() {
        let mut j = Journey {
            stages: vec![
                Stage::new(StageId(1), "A", Phase::Before),
                Stage::new(StageId(2), "B", Phase::During),
                Stage::new(StageId(3), "C", Phase::After),
            ],
            ..Journey::default()
        };
        let card = |id, stage, valence, persona: Option<u64>| {
            let mut c = Card::new(CardId(id), StageId(stage), LaneId(9), "c");
            c.emotion = Some(Emotion::new(valence));
            c.personas = persona.map(PersonaId).into_iter().collect();
            c
        };
        j.cards = vec![
            card(10, 1, 2, None),
            card(11, 1, -1, Some(5)),
            card(12, 3, -3, Some(6)),
        ];
        assert_eq!(believed_curve(&j, None), vec![[0.0, 0.5], [2.0, -3.0]]);
        assert_eq!(believed_curve(&j, Some(PersonaId(5))), vec![[0.0, 0.5]]);
        assert_eq!(
            believed_curve(&j, Some(PersonaId(6))),
            vec![[0.0, 2.0], [2.0, -3.0]]
        );
    }
}
