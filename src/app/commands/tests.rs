use super::*;
use std::collections::BTreeSet;

#[test]
fn every_command_is_listed_once_and_reachable() {
    let unique: BTreeSet<_> = Command::ALL.iter().map(|c| format!("{c:?}")).collect();
    assert_eq!(unique.len(), Command::ALL.len());
    for c in Command::ALL {
        assert!(
            c.placement().is_some() || !c.shortcuts().is_empty(),
            "{c:?} is in no menu and has no key"
        );
        assert!(!c.label().is_empty() && !c.tooltip().is_empty());
    }
}

#[test]
fn every_view_has_its_command() {
    for view in crate::app::View::ALL {
        assert_eq!(Command::show(view).view(), Some(view));
    }
}

#[test]
fn no_shortcut_is_bound_twice() {
    let table = Command::shortcut_table();
    let unique: BTreeSet<_> = table
        .iter()
        .map(|(s, _)| format!("{:?}{:?}", s.modifiers, s.logical_key))
        .collect();
    assert_eq!(unique.len(), table.len());
}

#[test]
fn shift_shortcuts_come_first() {
    let table = Command::shortcut_table();
    let save_as = table
        .iter()
        .position(|(_, c)| *c == Command::SaveAs)
        .unwrap();
    let save = table.iter().position(|(_, c)| *c == Command::Save).unwrap();
    assert!(save_as < save);
    let redo = table
        .iter()
        .position(|(s, c)| *c == Command::Redo && s.modifiers.shift)
        .unwrap();
    let undo = table.iter().position(|(_, c)| *c == Command::Undo).unwrap();
    assert!(redo < undo);
}

#[test]
fn the_required_shortcuts_exist() {
    let has =
        |c: Command, m: Modifiers, k: Key| c.shortcuts().contains(&KeyboardShortcut::new(m, k));
    assert!(has(Command::New, CMD, Key::N));
    assert!(has(Command::Open, CMD, Key::O));
    assert!(has(Command::Save, CMD, Key::S));
    assert!(has(Command::SaveAs, CMD_SHIFT, Key::S));
    assert!(has(Command::Undo, CMD, Key::Z));
    assert!(has(Command::Redo, CMD_SHIFT, Key::Z));
    assert!(has(Command::Redo, CMD, Key::Y));
    assert!(has(Command::NewCard, NONE, Key::N));
    assert!(has(Command::EditCard, NONE, Key::F2));
    assert!(has(Command::DeleteSelection, NONE, Key::Delete));
    assert!(has(Command::Duplicate, CMD, Key::D));
    assert!(has(Command::Copy, CMD, Key::C));
    assert!(has(Command::Paste, CMD, Key::V));
}
