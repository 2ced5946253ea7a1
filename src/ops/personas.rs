//! The compound edits behind the persona gallery: add, duplicate, delete (cleaning
//! every reference), reorder, the journeys a persona walks, and importing personas
//! from another project. Each returns one [`Edit`], so it is one undo step.
//!
//! A persona without a colour of its own takes the palette colour of its place in
//! the list; edits that change places first give such personas the colour they have,
//! so nobody changes colour on the map because another persona moved or went away.

use crate::edit::{Change, Edit};
use crate::model::{Journey, Persona, PersonaId, Project, Rgb};
use crate::t;

/// What refers to a persona (asked before deleting it).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct References {
    pub journeys: usize,
    pub cards: usize,
    /// Cards that name this persona alone: without it they apply to every persona.
    pub only_cards: usize,
    pub hypotheses: usize,
}

impl References {
    pub fn is_empty(&self) -> bool {
        self.journeys + self.cards + self.hypotheses == 0
    }

    /// "2 journeys, 14 cards and 1 hypothesis".
    pub fn describe(&self) -> String {
        let parts: Vec<String> = [
            (self.journeys > 0).then(|| t!("msg-refs-journeys", count = self.journeys)),
            (self.cards > 0).then(|| t!("msg-refs-cards", count = self.cards)),
            (self.hypotheses > 0).then(|| t!("msg-refs-hypotheses", count = self.hypotheses)),
        ]
        .into_iter()
        .flatten()
        .collect();
        match parts.as_slice() {
            [] => t!("msg-refs-nothing").to_owned(),
            [one] => one.clone(),
            [init @ .., last] => t!("msg-refs-and", init = init.join(", "), last = last.as_str()),
        }
    }
}

pub fn references(project: &Project, id: PersonaId) -> References {
    let mut refs = References::default();
    for journey in &project.journeys {
        if journey.personas.contains(&id) {
            refs.journeys += 1;
        }
        for card in &journey.cards {
            if card.personas.contains(&id) {
                refs.cards += 1;
                if card.personas.len() == 1 {
                    refs.only_cards += 1;
                }
            }
        }
    }
    refs.hypotheses = project
        .hypotheses
        .iter()
        .filter(|h| h.personas.contains(&id))
        .count();
    refs
}

/// Gives every persona without a colour of its own the colour it shows now.
fn pin_colors(project: &Project) -> Vec<Edit> {
    project
        .personas
        .iter()
        .filter(|p| p.avatar_color.is_none())
        .map(|p| {
            Edit::Persona(Change::Replace {
                item: Persona {
                    avatar_color: Some(project.persona_color(p.id)),
                    ..p.clone()
                },
            })
        })
        .collect()
}

/// The first palette colour no persona shows, else the next in turn.
pub fn free_color(project: &Project) -> Rgb {
    let used: Vec<Rgb> = project
        .personas
        .iter()
        .map(|p| project.persona_color(p.id))
        .collect();
    (0..10)
        .map(Rgb::palette)
        .find(|c| !used.contains(c))
        .unwrap_or_else(|| Rgb::palette(project.personas.len()))
}

/// Inserts `persona` at `index`, with a colour of its own when it has none.
pub fn add(project: &Project, mut persona: Persona, index: usize) -> Edit {
    if persona.avatar_color.is_none() {
        persona.avatar_color = Some(free_color(project));
    }
    let mut edits = pin_colors(project);
    edits.push(Edit::Persona(Change::Insert {
        index,
        item: persona,
    }));
    Edit::batch(edits)
}

/// A copy of a persona ("Anna (copy)", in the language shown) right after it, with a colour of its own. The
/// copy walks no journey and no card names it: it is a new persona to tell apart.
pub fn duplicate(project: &Project, id: PersonaId, new: PersonaId) -> Option<Edit> {
    let index = project.personas.iter().position(|p| p.id == id)?;
    let mut copy = project.personas[index].clone();
    copy.id = new;
    copy.name = crate::t!("name-copy", name = copy.name.as_str());
    copy.avatar_color = None;
    Some(add(project, copy, index + 1))
}

/// Removes a persona and every reference to it: from the journeys it walks, the
/// cards that name it and the hypotheses about it.
pub fn delete(project: &Project, id: PersonaId) -> Option<Edit> {
    project.persona(id)?;
    let mut edits = pin_colors(project);
    for journey in &project.journeys {
        if journey.personas.contains(&id) {
            let mut info = journey.info();
            info.personas.retain(|p| *p != id);
            edits.push(Edit::JourneyInfo {
                journey: journey.id,
                info,
            });
        }
        for card in journey.cards.iter().filter(|c| c.personas.contains(&id)) {
            let mut card = card.clone();
            card.personas.retain(|p| *p != id);
            edits.push(Edit::Card {
                journey: journey.id,
                change: Change::Replace { item: card },
            });
        }
    }
    for h in project
        .hypotheses
        .iter()
        .filter(|h| h.personas.contains(&id))
    {
        let mut h = h.clone();
        h.personas.retain(|p| *p != id);
        edits.push(Edit::Hypothesis(Change::Replace { item: h }));
    }
    edits.push(Edit::Persona(Change::Remove { id }));
    Some(Edit::batch(edits))
}

/// Moves a persona to `to` (counted after its removal), colours kept.
pub fn move_to(project: &Project, id: PersonaId, to: usize) -> Option<Edit> {
    let from = project.personas.iter().position(|p| p.id == id)?;
    let to = to.min(project.personas.len().saturating_sub(1));
    if from == to {
        return None;
    }
    let mut edits = pin_colors(project);
    edits.push(Edit::Persona(Change::Move { id, to }));
    Some(Edit::batch(edits))
}

/// Whether `persona` walks `journey` (is one of its personas). `None` when nothing
/// changes.
pub fn set_walks(
    journey: &Journey,
    persona: PersonaId,
    walks: bool,
    project: &Project,
) -> Option<Edit> {
    if journey.personas.contains(&persona) == walks {
        return None;
    }
    let mut info = journey.info();
    if walks {
        info.personas.push(persona);
        // Project order, so files stay stable.
        info.personas
            .sort_by_key(|p| project.personas.iter().position(|x| x.id == *p));
    } else {
        info.personas.retain(|p| *p != persona);
    }
    Some(Edit::JourneyInfo {
        journey: journey.id,
        info,
    })
}

/// The personas of another project as they would be imported: each with the colour
/// it shows there, and segment rules that no longer name that project's datasets
/// (their column and value stay).
pub fn importable(source: &Project) -> Vec<Persona> {
    source
        .personas
        .iter()
        .map(|p| {
            let mut copy = p.clone();
            copy.avatar_color = Some(source.persona_color(p.id));
            for rule in &mut copy.segment_rules {
                rule.dataset = None;
            }
            copy
        })
        .collect()
}

/// Adds `personas` (from [`importable`]) to the end of `project` with the new ids
/// `ids` (one each). Returns the edit and the ids used.
pub fn import(
    project: &Project,
    personas: &[Persona],
    ids: &[PersonaId],
) -> (Edit, Vec<PersonaId>) {
    let mut edits = pin_colors(project);
    let mut used = Vec::new();
    for (persona, id) in personas.iter().zip(ids) {
        let mut copy = persona.clone();
        copy.id = *id;
        used.push(copy.id);
        edits.push(Edit::Persona(Change::Insert {
            index: usize::MAX,
            item: copy,
        }));
    }
    (Edit::batch(edits), used)
}

/// A project holding only `persona` (for "Save persona to file"): a journeymap file
/// any project can import the persona from, and that also opens on its own.
pub fn persona_file(project: &Project, id: PersonaId) -> Option<Project> {
    let mut persona = project.persona(id)?.clone();
    persona.avatar_color = Some(project.persona_color(id));
    for rule in &mut persona.segment_rules {
        rule.dataset = None;
    }
    let mut file = crate::examples::blank_project();
    file.journeys.clear();
    file.name = t!("msg-persona-file-name", name = persona.name.as_str());
    file.description = t!(
        "msg-persona-file-description",
        name = persona.name.as_str(),
        project = project.name.as_str()
    );
    file.personas = vec![persona];
    Some(file)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::synthetic;

    fn apply(project: &mut Project, edit: Edit) -> Edit {
        edit.apply(project).unwrap()
    }

    #[test]
    fn delete_cleans_every_reference_and_undo_restores_them() {
        let mut p = crate::examples::EXAMPLES[0].project().unwrap();
        let id = p.personas[0].id;
        let refs = references(&p, id);
        assert!(refs.journeys > 0 && refs.cards > 0, "{refs:?}");
        let colors: Vec<Rgb> = p.personas.iter().map(|x| p.persona_color(x.id)).collect();
        let before = p.clone();
        let edit = delete(&p, id).unwrap();
        let undo = apply(&mut p, edit);
        assert!(p.persona(id).is_none());
        assert_eq!(references(&p, id), References::default());
        assert!(crate::model::integrity::repair(&mut p.clone()).is_empty());
        // Nobody else changed colour.
        for (x, color) in before.personas.iter().zip(&colors).skip(1) {
            assert_eq!(p.persona_color(x.id), *color);
        }
        apply(&mut p, undo);
        assert_eq!(p, before);
    }

    #[test]
    fn references_are_described_in_words() {
        let refs = References {
            journeys: 2,
            cards: 14,
            only_cards: 3,
            hypotheses: 1,
        };
        assert_eq!(refs.describe(), "2 journeys, 14 cards and 1 hypothesis");
        assert_eq!(
            References {
                cards: 1,
                ..References::default()
            }
            .describe(),
            "1 card"
        );
        assert_eq!(References::default().describe(), "nothing");
    }

    #[test]
    fn moving_keeps_colours() {
        let mut p = synthetic::project(10);
        p.personas
            .push(Persona::new(PersonaId(90_001), "Extra", ""));
        let colors: Vec<(PersonaId, Rgb)> = p
            .personas
            .iter()
            .map(|x| (x.id, p.persona_color(x.id)))
            .collect();
        let first = p.personas[0].id;
        let edit = move_to(&p, first, 99).unwrap();
        apply(&mut p, edit);
        assert_eq!(p.personas.last().unwrap().id, first);
        for (id, color) in colors {
            assert_eq!(p.persona_color(id), color);
        }
        assert!(move_to(&p, first, 99).is_none(), "already last");
    }

    #[test]
    fn added_and_duplicated_personas_get_a_colour_nobody_has() {
        let mut p = synthetic::project(10);
        let original = p.personas[0].id;
        let copy = PersonaId(100_001);
        let edit = duplicate(&p, original, copy).unwrap();
        apply(&mut p, edit);
        assert_eq!(p.personas[1].id, copy);
        assert!(p.personas[1].name.ends_with("(copy)"));
        // Named in the language shown.
        let _es = crate::i18n::scoped(crate::i18n::Lang::Es);
        let edit = duplicate(&p, original, PersonaId(100_002)).unwrap();
        apply(&mut p, edit);
        assert_eq!(
            p.personas[1].name,
            format!("{} (copia)", p.personas[0].name)
        );
        assert_ne!(p.persona_color(copy), p.persona_color(original));
        let colors: Vec<Rgb> = p.personas.iter().map(|x| p.persona_color(x.id)).collect();
        let mut unique = colors.clone();
        unique.sort_by_key(|c| (c.r, c.g, c.b));
        unique.dedup();
        assert_eq!(unique.len(), colors.len());
    }

    #[test]
    fn walking_a_journey_keeps_project_order() {
        let mut p = synthetic::project(10);
        p.personas
            .push(Persona::new(PersonaId(90_001), "Extra", ""));
        let journey = p.journeys[0].clone();
        let last = PersonaId(90_001);
        let edit = set_walks(&journey, last, true, &p).unwrap();
        apply(&mut p, edit);
        assert_eq!(p.journeys[0].personas.last(), Some(&last));
        assert!(set_walks(&p.journeys[0].clone(), last, true, &p).is_none());
        let journey = p.journeys[0].clone();
        let edit = set_walks(&journey, last, false, &p).unwrap();
        apply(&mut p, edit);
        assert!(!p.journeys[0].personas.contains(&last));
    }

    #[test]
    fn import_copies_with_new_ids_photos_and_colours() {
        let source = crate::examples::EXAMPLES[1].project().unwrap();
        let mut p = crate::examples::EXAMPLES[0].project().unwrap();
        let count = p.personas.len();
        let mut id_gen = p.id_gen();
        let chosen = &importable(&source)[1..2];
        let new_ids = [id_gen.fresh::<PersonaId>()];
        let (edit, ids) = import(&p, chosen, &new_ids);
        apply(&mut p, edit);
        assert_eq!(p.personas.len(), count + 1);
        let copy = p.persona(ids[0]).unwrap();
        assert_eq!(copy.name, source.personas[1].name);
        assert_eq!(copy.photo, source.personas[1].photo);
        assert_eq!(
            p.persona_color(ids[0]),
            source.persona_color(source.personas[1].id)
        );
        assert!(crate::model::integrity::repair(&mut p.clone()).is_empty());
    }

    #[test]
    fn a_persona_file_round_trips_through_ron() {
        let p = crate::examples::EXAMPLES[0].project().unwrap();
        let id = p.personas[1].id;
        let file = persona_file(&p, id).unwrap();
        let text = crate::io::to_ron_string(&file).unwrap();
        let back = crate::io::from_ron_str(&text, std::path::Path::new("x.ron")).unwrap();
        assert_eq!(back.project.personas.len(), 1);
        assert_eq!(back.project.personas[0].name, p.personas[1].name);
        assert!(back.project.journeys.is_empty());
    }
}
