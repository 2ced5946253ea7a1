//! The document layer without a network: two laptops are two Automerge documents
//! merged by hand, each with its own project kept in line by `write` and
//! `apply_remote`.

use automerge::{Automerge, ChangeHash};

use super::remote;
use super::schema::{new_document, read_project};
use super::snapshot::Snapshot;
use crate::document::Document;
use crate::edit::{Change, Edit};
use crate::model::{Card, CardId, Journey, JourneyId, Project, synthetic};
use crate::ops;

/// A laptop: its copy of the shared document and its open project.
struct Laptop {
    doc: Automerge,
    heads: Vec<ChangeHash>,
    open: Document,
}

impl Laptop {
    fn host(project: &Project) -> Laptop {
        let doc = new_document(project).unwrap();
        Self::from_doc(doc)
    }

    fn join(other: &Laptop) -> Laptop {
        Self::from_doc(other.doc.fork())
    }

    fn from_doc(doc: Automerge) -> Laptop {
        let project = read_project(&doc).unwrap();
        let mut open = Document::untitled(project);
        open.start_live();
        Laptop {
            heads: doc.get_heads(),
            doc,
            open,
        }
    }

    fn project(&self) -> &Project {
        self.open.project()
    }

    fn journey(&self) -> &Journey {
        &self.project().journeys[0]
    }

    /// A local edit, written to the document as one transaction.
    fn edit(&mut self, edit: Edit) {
        self.open.apply(edit, "test").unwrap();
        self.write();
    }

    fn write(&mut self) {
        let changed = self.open.take_changed();
        let snapshot = Snapshot::take(self.open.project(), &changed);
        if snapshot.write_at(&mut self.doc, &self.heads).unwrap() {
            self.heads = self.doc.get_heads();
        }
    }

    /// Takes in what `other` has, and applies it to the open project.
    fn hear(&mut self, other: &mut Laptop) {
        self.doc.merge(&mut other.doc).unwrap();
        self.apply();
    }

    /// Applies to the open project what the document has and it has not.
    fn apply(&mut self) {
        let problems = remote::apply_remote(&self.doc, &self.heads, &mut self.open);
        assert!(problems.is_empty(), "{problems:?}");
        self.heads = self.doc.get_heads();
    }
}

fn exchange(a: &mut Laptop, b: &mut Laptop) {
    a.hear(b);
    b.hear(a);
    assert_eq!(a.project(), b.project(), "the laptops disagree");
    assert_eq!(
        *a.project(),
        read_project(&a.doc).unwrap(),
        "the open project differs from the document"
    );
}

fn card(p: &Project, id: CardId) -> &Card {
    p.journeys[0].card(id).unwrap()
}

#[test]
fn a_project_round_trips_through_a_document() {
    let examples = crate::examples::EXAMPLES
        .iter()
        .map(|e| e.project().unwrap());
    for project in std::iter::once(synthetic::project(300)).chain(examples) {
        let doc = new_document(&project).unwrap();
        assert_eq!(read_project(&doc).unwrap(), project);
        // Saved and loaded, as a joining laptop gets it.
        let loaded = Automerge::load(&doc.save()).unwrap();
        assert_eq!(read_project(&loaded).unwrap(), project);
    }
}

#[test]
fn edits_travel_both_ways() {
    let mut a = Laptop::host(&synthetic::project(60));
    let mut b = Laptop::join(&a);
    let j = a.journey().id;
    let mut c = a.journey().cards[5].clone();
    c.title = "Renamed by A".into();
    a.edit(Edit::Card {
        journey: j,
        change: Change::Replace { item: c.clone() },
    });
    exchange(&mut a, &mut b);
    assert_eq!(card(b.project(), c.id).title, "Renamed by A");

    // B adds a card and deletes another; A sees both, in the same place.
    let journey = b.journey().clone();
    let new = Card::new(
        b.open.new_id(),
        journey.stages[1].id,
        journey.lanes[0].id,
        "From B",
    );
    b.edit(ops::add_card(&journey, new.clone(), None));
    let gone = journey.cards[0].id;
    b.edit(ops::delete_cards(b.project(), &journey, &[gone]));
    exchange(&mut a, &mut b);
    assert!(a.journey().card(gone).is_none());
    assert_eq!(card(a.project(), new.id).title, "From B");
}

#[test]
fn a_concurrent_move_and_edit_of_one_card_both_survive() {
    let mut a = Laptop::host(&synthetic::project(60));
    let mut b = Laptop::join(&a);
    let journey = a.journey().clone();
    let moving = journey.cards[3].clone();
    let (stage, lane) = (journey.stages[2].id, journey.lanes[1].id);
    assert_ne!((moving.stage, moving.lane), (stage, lane));
    let mv = ops::move_cards(&journey, &[moving.id], stage, lane, None).unwrap();
    a.edit(mv);
    let mut edited = moving.clone();
    edited.title = "Edited by B".into();
    edited.notes = "while A moved it".into();
    b.edit(Edit::Card {
        journey: journey.id,
        change: Change::Replace { item: edited },
    });
    exchange(&mut a, &mut b);
    let merged = card(a.project(), moving.id);
    assert_eq!((merged.stage, merged.lane), (stage, lane));
    assert_eq!(merged.title, "Edited by B");
    assert_eq!(merged.notes, "while A moved it");
    assert_eq!(
        a.journey()
            .cards
            .iter()
            .filter(|c| c.id == moving.id)
            .count(),
        1,
        "the card was duplicated"
    );
}

#[test]
fn concurrent_edits_of_different_fields_and_places_merge() {
    let mut a = Laptop::host(&synthetic::project(40));
    let mut b = Laptop::join(&a);
    let journey = a.journey().clone();
    let target = journey.cards[1].clone();
    let mut by_a = target.clone();
    by_a.title = "Title from A".into();
    let mut by_b = target.clone();
    by_b.notes = "Notes from B".into();
    a.edit(Edit::Card {
        journey: journey.id,
        change: Change::Replace { item: by_a },
    });
    b.edit(Edit::Card {
        journey: journey.id,
        change: Change::Replace { item: by_b },
    });
    // Both insert a card at the same place, and rename the project.
    let cell = (journey.stages[0].id, journey.lanes[0].id);
    let from_a = Card::new(a.open.new_id(), cell.0, cell.1, "A's card");
    let from_b = Card::new(b.open.new_id(), cell.0, cell.1, "B's card");
    a.edit(ops::add_card(&journey, from_a.clone(), None));
    b.edit(ops::add_card(&journey, from_b.clone(), None));
    let mut info = b.project().info();
    info.name = "Renamed by B".into();
    b.edit(Edit::ProjectInfo(info));
    exchange(&mut a, &mut b);
    let merged = card(a.project(), target.id);
    assert_eq!(merged.title, "Title from A");
    assert_eq!(merged.notes, "Notes from B");
    assert!(a.journey().card(from_a.id).is_some() && a.journey().card(from_b.id).is_some());
    assert_eq!(a.project().name, "Renamed by B");
}

#[test]
fn a_laptop_offline_for_many_edits_catches_up() {
    let mut a = Laptop::host(&synthetic::project(100));
    let mut b = Laptop::join(&a);
    let journey = a.journey().clone();
    // A reorders stages, B renames every stage; A deletes a lane, B adds cards to it.
    let mut order: Vec<_> = journey.stages.iter().map(|s| s.id).collect();
    order.reverse();
    a.edit(Edit::Stage {
        journey: journey.id,
        change: Change::Reorder { order },
    });
    for stage in &journey.stages {
        let mut renamed = stage.clone();
        renamed.name = format!("{} (B)", stage.name);
        b.edit(Edit::Stage {
            journey: journey.id,
            change: Change::Replace { item: renamed },
        });
    }
    for i in 0..5 {
        let c = Card::new(
            b.open.new_id(),
            journey.stages[0].id,
            journey.lanes[0].id,
            format!("B{i}"),
        );
        let now = b.journey().clone();
        b.edit(ops::add_card(&now, c, None));
    }
    // A adds a whole journey; B undoes its last card.
    let mut second = journey.clone();
    second.id = JourneyId(a.open.new_id::<u64>());
    second.name = "Second".into();
    a.edit(Edit::Journey(Change::Insert {
        index: 1,
        item: second,
    }));
    b.open.undo().unwrap();
    b.write();
    exchange(&mut a, &mut b);
    let names: Vec<&str> = a.journey().stages.iter().map(|s| s.name.as_str()).collect();
    assert!(names.iter().all(|n| n.ends_with("(B)")), "{names:?}");
    assert_eq!(a.journey().stages.last().unwrap().id, journey.stages[0].id);
    assert_eq!(a.project().journeys.len(), 2);
    assert_eq!(a.journey().cards.len(), journey.cards.len() + 4);
}

#[test]
fn a_local_edit_writes_only_what_it_changed() {
    let mut a = Laptop::host(&synthetic::project(2000));
    let journey = a.journey().clone();
    let mut c = journey.cards[100].clone();
    c.title = "Short".into();
    a.edit(Edit::Card {
        journey: journey.id,
        change: Change::Replace { item: c },
    });
    let change = a.doc.get_last_local_change().unwrap();
    assert_eq!(change.len(), 1, "one operation for one field");
    // Moving one card within 2000 writes one order key (and its cell).
    let moving = journey.cards[10].id;
    let mv = ops::move_cards(
        &journey,
        &[moving],
        journey.stages[3].id,
        journey.lanes[2].id,
        None,
    )
    .unwrap();
    a.edit(mv);
    let change = a.doc.get_last_local_change().unwrap();
    assert!(change.len() <= 3, "{} operations", change.len());
}

#[test]
fn a_local_edit_does_not_undo_remote_changes_not_yet_applied() {
    let mut a = Laptop::host(&synthetic::project(40));
    let mut b = Laptop::join(&a);
    let journey = a.journey().clone();
    let card = journey.cards[2].clone();
    let (stage, lane) = (journey.stages[3].id, journey.lanes[2].id);
    a.edit(ops::move_cards(&journey, &[card.id], stage, lane, None).unwrap());
    // B's document has A's move (samod merged it in the background), B's project not
    // yet; B edits the card as it sees it.
    b.doc.merge(&mut a.doc).unwrap();
    let mut edited = card.clone();
    edited.title = "Edited by B".into();
    b.edit(Edit::Card {
        journey: journey.id,
        change: Change::Replace { item: edited },
    });
    b.apply();
    let merged = card_of(&b, card.id);
    assert_eq!(
        (merged.stage, merged.lane),
        (stage, lane),
        "B wrote the old cell back"
    );
    assert_eq!(merged.title, "Edited by B");
    exchange(&mut a, &mut b);
}

/// A card edited in a journey whose deletion reached B's document but not yet its
/// project: the deletion wins (as for a deleted card), on both laptops.
#[test]
fn an_edit_in_a_journey_deleted_meanwhile_gives_way_to_the_deletion() {
    let mut a = Laptop::host(&synthetic::project(40));
    let mut next = 1u64 << 40;
    let copy = ops::duplicate_journey(a.journey(), &mut || {
        next += 1;
        next
    });
    a.edit(Edit::Journey(Change::Insert {
        index: 1,
        item: copy.clone(),
    }));
    let mut b = Laptop::join(&a);
    a.edit(Edit::Journey(Change::Remove { id: copy.id }));
    b.doc.merge(&mut a.doc).unwrap();
    let mut card = copy.cards[0].clone();
    card.title = "Edited by B".into();
    b.edit(Edit::Card {
        journey: copy.id,
        change: Change::Replace { item: card },
    });
    b.apply();
    assert!(b.project().journey(copy.id).is_none(), "B kept the journey");
    exchange(&mut a, &mut b);
    assert!(
        a.project().journey(copy.id).is_none(),
        "B's edit brought it back"
    );
}

fn card_of(l: &Laptop, id: CardId) -> Card {
    card(l.project(), id).clone()
}

/// Remote changes are found from the new changes' operations (not a whole-document
/// diff): every kind of entity, an item deleted on one side while edited on the
/// other, a journey created then deleted before the other heard of it, a stage
/// order changed, the project's and a journey's info.
#[test]
fn every_kind_of_change_is_found_from_the_new_operations() {
    let mut a = Laptop::host(&synthetic::project(80));
    let mut b = Laptop::join(&a);
    let journey = a.journey().clone();

    // A deletes a card that B edits meanwhile: the deletion wins on both.
    let victim = journey.cards[3].clone();
    a.edit(ops::delete_cards(a.project(), &journey, &[victim.id]));
    let mut edited = victim.clone();
    edited.title = "Edited after A deleted it".into();
    b.edit(Edit::Card {
        journey: journey.id,
        change: Change::Replace { item: edited },
    });
    exchange(&mut a, &mut b);

    // A duplicates the journey and B deletes one it never saw; A also renames the
    // project and reorders the stages; B edits a persona and a journey's info.
    let mut next = 1u64 << 40;
    let mut fresh = || {
        next += 1;
        next
    };
    let copy = ops::duplicate_journey(&journey, &mut fresh);
    a.edit(Edit::Journey(Change::Insert {
        index: 1,
        item: copy.clone(),
    }));
    let mut order: Vec<_> = a.journey().stages.iter().map(|s| s.id).collect();
    order.reverse();
    a.edit(Edit::Stage {
        journey: journey.id,
        change: Change::Reorder { order },
    });
    let mut info = a.project().info();
    info.name = "Renamed on A".into();
    a.edit(Edit::ProjectInfo(info));
    let mut persona = b.project().personas[0].clone();
    persona.name = "Persona renamed on B".into();
    b.edit(Edit::Persona(Change::Replace { item: persona }));
    let mut jinfo = b.journey().info();
    jinfo.name = "Journey renamed on B".into();
    b.edit(Edit::JourneyInfo {
        journey: journey.id,
        info: jinfo,
    });
    exchange(&mut a, &mut b);
    assert!(b.project().journey(copy.id).is_some());
    assert_eq!(b.project().info().name, "Renamed on A");
    assert_eq!(a.project().personas[0].name, "Persona renamed on B");
    assert_eq!(a.journey().name, "Journey renamed on B");

    // Created and deleted on A between two exchanges: B never shows it.
    let brief = ops::duplicate_journey(&journey, &mut fresh);
    a.edit(Edit::Journey(Change::Insert {
        index: 0,
        item: brief.clone(),
    }));
    a.edit(Edit::Journey(Change::Remove { id: brief.id }));
    b.edit(Edit::Journey(Change::Remove { id: copy.id }));
    exchange(&mut a, &mut b);
    assert!(a.project().journey(copy.id).is_none());
    assert!(b.project().journey(brief.id).is_none());
}

fn set_card(l: &mut Laptop, id: CardId, change: impl FnOnce(&mut Card)) {
    let journey = l.journey().id;
    let mut card = card(l.project(), id).clone();
    change(&mut card);
    l.edit(Edit::Card {
        journey,
        change: Change::Replace { item: card },
    });
}

#[test]
fn undo_takes_back_only_my_fields_and_never_overwrites_someone_else() {
    let mut a = Laptop::host(&synthetic::project(40));
    let mut b = Laptop::join(&a);
    let id = a.journey().cards[2].id;
    let original = card(a.project(), id).clone();

    // A renames the card; B then writes its notes. A's undo takes back the title
    // and keeps B's notes.
    set_card(&mut a, id, |c| c.title = "A's title".into());
    exchange(&mut a, &mut b);
    set_card(&mut b, id, |c| c.notes = "B's notes".into());
    exchange(&mut a, &mut b);
    assert_eq!(a.open.undo().unwrap(), Some("test".into()));
    a.write();
    exchange(&mut a, &mut b);
    assert_eq!(card(b.project(), id).title, original.title);
    assert_eq!(card(b.project(), id).notes, "B's notes");
    // Redo puts my title back, still keeping B's notes.
    a.open.redo().unwrap();
    a.write();
    exchange(&mut a, &mut b);
    assert_eq!(card(b.project(), id).title, "A's title");
    assert_eq!(card(b.project(), id).notes, "B's notes");

    // A sets the effort, B changes the title A had set before: undoing A's effort
    // is fine, but A's earlier title step would overwrite B's title: refused.
    set_card(&mut a, id, |c| c.effort = Some(4));
    exchange(&mut a, &mut b);
    set_card(&mut b, id, |c| c.title = "B's title".into());
    exchange(&mut a, &mut b);
    a.open.undo().unwrap();
    a.write();
    exchange(&mut a, &mut b);
    assert_eq!(card(b.project(), id).effort, original.effort);
    let refused = a.open.undo().unwrap_err();
    assert!(
        refused
            .to_string()
            .contains("changed the title of this card"),
        "{refused}"
    );
    // Worded in every language when it is made: after a switch, it names the field
    // in the language chosen (it said « title » in the French sentence before).
    {
        let _fr = crate::i18n::scoped(crate::i18n::Lang::Fr);
        let said = refused.to_string();
        assert!(
            said.contains("titre\u{a0}» dans cette carte") && !said.contains("title"),
            "{said}"
        );
    }
    a.write();
    exchange(&mut a, &mut b);
    assert_eq!(card(a.project(), id).title, "B's title");
    // The refused step is gone: nothing of A's is left to take back.
    assert!(!a.open.history().can_undo());
}

#[test]
fn undo_of_an_item_someone_else_deleted_says_so() {
    let mut a = Laptop::host(&synthetic::project(40));
    let mut b = Laptop::join(&a);
    let id = a.journey().cards[5].id;
    set_card(&mut a, id, |c| c.title = "A's title".into());
    exchange(&mut a, &mut b);
    let journey = b.journey().clone();
    b.edit(ops::delete_cards(b.project(), &journey, &[id]));
    exchange(&mut a, &mut b);
    let refused = a.open.undo().unwrap_err();
    assert!(refused.to_string().contains("this card"), "{refused}");
    a.write();
    exchange(&mut a, &mut b);
    assert!(a.journey().card(id).is_none(), "the card stays deleted");
}

#[test]
fn changes_to_send_count_the_things_changed_not_the_keystrokes() {
    let mut a = Laptop::host(&synthetic::project(20));
    let acked = a.doc.get_heads();
    let id = a.journey().cards[0].id;
    // Typing a title: a change per keystroke, one card changed.
    for n in 1..=8 {
        set_card(&mut a, id, |c| c.title = "Typed title"[..n].to_owned());
    }
    assert_eq!(remote::own_changes_since(&a.doc, &acked), 1);
    let other = a.journey().cards[1].id;
    set_card(&mut a, other, |c| c.notes = "More".into());
    assert_eq!(remote::own_changes_since(&a.doc, &acked), 2);
    // Another laptop's changes are not ours to send.
    let mut b = Laptop::join(&a);
    let before_b = b.doc.get_heads();
    a.hear(&mut b);
    set_card(&mut b, other, |c| c.notes = "From B".into());
    assert_eq!(remote::own_changes_since(&b.doc, &before_b), 1);
    a.hear(&mut b);
    assert_eq!(remote::own_changes_since(&a.doc, &acked), 2);
}

/// A port another program holds: the server says so in the language shown.
#[test]
fn a_port_in_use_is_said_in_plain_words() {
    let held = std::net::TcpListener::bind(("127.0.0.1", 0)).unwrap();
    let bind = held.local_addr().unwrap();
    let fr = crate::i18n::scoped(crate::i18n::Lang::Fr);
    let Err(err) = super::Served::start(bind, None, &super::Codes::new()) else {
        panic!("a held port was listened on");
    };
    let text = err.to_string();
    assert!(
        text.contains("un autre programme utilise déjà ce port"),
        "{text}"
    );
    assert!(!text.contains("os error"), "{text}");
    // Said again in the language chosen since, whole (the reason too).
    drop(fr);
    let _es = crate::i18n::scoped(crate::i18n::Lang::Es);
    let text = err.to_string();
    assert!(text.contains("otro programa ya usa este puerto"), "{text}");
    assert!(text.contains(&bind.to_string()), "{text}");
}

/// A codes file that cannot be written (its folder is a file): the path and why,
/// in the language shown when the error is shown.
#[test]
fn codes_that_cannot_be_kept_are_said_with_their_path() {
    let dir = tempfile::tempdir().unwrap();
    let not_a_folder = dir.path().join("data");
    std::fs::write(&not_a_folder, "a file").unwrap();
    let err = super::Codes::kept_in(Some(&not_a_folder), None, None).unwrap_err();
    let super::SyncError::CodesNotKept(_, io) = &err else {
        panic!("not a codes error: {err:?}");
    };
    for lang in crate::i18n::Lang::ALL {
        let _lang = crate::i18n::scoped(lang);
        let text = err.to_string();
        assert!(text.contains(&not_a_folder.display().to_string()), "{text}");
        assert!(text.contains(&crate::io::plain_io(io)), "{text}");
        assert!(!text.contains("os error"), "{text}");
    }
}
