//! Our model's values in an Automerge document, through serde: an item is turned into
//! a JSON-like value and written field by field, so that two people changing
//! different fields of one card both keep their change. Objects become maps, lists
//! become lists (changed in place: concurrent additions to one list, such as dots on
//! a card, both survive), strings and numbers become scalars (the last writer wins).
//!
//! Writing compares with what the document holds and writes only the difference; an
//! unchanged item costs reads and no operation.

use automerge::transaction::Transactable;
use automerge::{ObjId, ObjType, ReadDoc, ScalarValue, Value as AmValue};
use serde_json::{Map, Number, Value};

/// Long lists of strings (a dataset's rows) are stored as chunks of this many, each a
/// JSON array in one string: a table is a few hundred strings, not one object per row
/// or cell.
const CHUNK: usize = 500;
/// The key of a chunked list's map, e.g. `{"~chunks": ["[\"a,b\",\"c,d\"]", ...]}`.
const CHUNKS: &str = "~chunks";

/// Whether `value` is stored as chunks.
fn chunked(items: &[Value]) -> bool {
    items.len() > CHUNK && items.iter().all(Value::is_string)
}

fn chunks_of(items: &[Value]) -> Vec<Value> {
    items
        .chunks(CHUNK)
        .map(|c| Value::String(serde_json::to_string(c).unwrap_or_default()))
        .collect()
}

fn scalar(value: &Value) -> Option<ScalarValue> {
    Some(match value {
        Value::Null => ScalarValue::Null,
        Value::Bool(b) => ScalarValue::Boolean(*b),
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                ScalarValue::Uint(u)
            } else if let Some(i) = n.as_i64() {
                ScalarValue::Int(i)
            } else {
                ScalarValue::F64(n.as_f64().unwrap_or(0.0))
            }
        }
        Value::String(s) => ScalarValue::Str(s.as_str().into()),
        Value::Array(_) | Value::Object(_) => return None,
    })
}

fn from_scalar(value: &ScalarValue) -> Value {
    match value {
        ScalarValue::Str(s) => Value::String(s.to_string()),
        ScalarValue::Int(i) | ScalarValue::Timestamp(i) => Value::Number((*i).into()),
        ScalarValue::Uint(u) => Value::Number((*u).into()),
        ScalarValue::F64(f) => Number::from_f64(*f).map_or(Value::Null, Value::Number),
        ScalarValue::Boolean(b) => Value::Bool(*b),
        ScalarValue::Counter(c) => Value::Number(i64::from(c).into()),
        ScalarValue::Bytes(_) | ScalarValue::Unknown { .. } | ScalarValue::Null => Value::Null,
    }
}

/// Reads the object `obj` (a map or a list) as a value.
pub fn read<D: ReadDoc>(doc: &D, obj: &ObjId) -> Value {
    match doc.object_type(obj) {
        Ok(ObjType::Map | ObjType::Table) => {
            let mut map = Map::new();
            for key in doc.keys(obj) {
                let all = doc.get_all(obj, key.as_str()).unwrap_or_default();
                let mut values = all.iter().map(|(value, id)| read_value(doc, value, id));
                let value = if all.len() > 1 {
                    merge_conflict(values.collect())
                } else {
                    values.next()
                };
                if let Some(value) = value {
                    map.insert(key, value);
                }
            }
            if map.len() == 1
                && let Some(Value::Array(chunks)) = map.get(CHUNKS)
            {
                return Value::Array(
                    chunks
                        .iter()
                        .filter_map(Value::as_str)
                        .flat_map(|c| serde_json::from_str::<Vec<Value>>(c).unwrap_or_default())
                        .collect(),
                );
            }
            Value::Object(map)
        }
        Ok(ObjType::List) => Value::Array(
            (0..doc.length(obj))
                .filter_map(|i| {
                    let (value, id) = doc.get(obj, i).ok().flatten()?;
                    Some(read_value(doc, &value, &id))
                })
                .collect(),
        ),
        Ok(ObjType::Text) => Value::String(doc.text(obj).unwrap_or_default()),
        Err(_) => Value::Null,
    }
}

/// One value for a field two laptops set at once (the last is Automerge's winner).
/// Two lists made at once (the first dot on a card from two laptops) are one list
/// with the items of both; two maps, the winner's fields and the others' it lacks.
/// Others: the winner's. The next write of the field resolves the conflict.
fn merge_conflict(values: Vec<Value>) -> Option<Value> {
    let mut values = values.into_iter().rev();
    let winner = values.next()?;
    Some(match winner {
        Value::Array(mut items) => {
            for value in values {
                if let Value::Array(more) = value {
                    for item in more {
                        if !items.contains(&item) {
                            items.push(item);
                        }
                    }
                }
            }
            Value::Array(items)
        }
        Value::Object(mut fields) => {
            for value in values {
                if let Value::Object(more) = value {
                    for (k, v) in more {
                        fields.entry(k).or_insert(v);
                    }
                }
            }
            Value::Object(fields)
        }
        other => other,
    })
}

fn read_value<D: ReadDoc>(doc: &D, value: &AmValue<'_>, id: &ObjId) -> Value {
    match value {
        AmValue::Object(_) => read(doc, id),
        AmValue::Scalar(s) => from_scalar(s),
    }
}

/// Makes the field `key` of the map `obj` hold `value`, writing only what differs.
pub fn put<T: Transactable + ReadDoc>(
    tx: &mut T,
    obj: &ObjId,
    key: &str,
    value: &Value,
) -> Result<(), automerge::AutomergeError> {
    // A field two laptops set at once is written afresh: that resolves the conflict.
    let current = match tx.get_all(obj, key)?.len() {
        0 | 1 => tx.get(obj, key)?,
        _ => None,
    };
    match value {
        Value::Object(fields) => {
            let child = match current {
                Some((AmValue::Object(ObjType::Map), id)) if !is_chunks(tx, &id) => id,
                _ => tx.put_object(obj, key, ObjType::Map)?,
            };
            put_fields(tx, &child, fields, &[])
        }
        Value::Array(items) if chunked(items) => {
            let child = match current {
                Some((AmValue::Object(ObjType::Map), id)) if is_chunks(tx, &id) => id,
                _ => {
                    let id = tx.put_object(obj, key, ObjType::Map)?;
                    tx.put_object(&id, CHUNKS, ObjType::List)?;
                    id
                }
            };
            let list = match tx.get(&child, CHUNKS)? {
                Some((AmValue::Object(ObjType::List), id)) => id,
                _ => tx.put_object(&child, CHUNKS, ObjType::List)?,
            };
            put_items(tx, &list, &chunks_of(items))
        }
        Value::Array(items) => {
            let child = match current {
                Some((AmValue::Object(ObjType::List), id)) => id,
                _ => tx.put_object(obj, key, ObjType::List)?,
            };
            put_items(tx, &child, items)
        }
        _ => {
            let new = scalar(value).unwrap_or(ScalarValue::Null);
            if !matches!(&current, Some((AmValue::Scalar(old), _)) if old.as_ref() == &new) {
                tx.put(obj, key, new)?;
            }
            Ok(())
        }
    }
}

fn is_chunks<D: ReadDoc>(doc: &D, obj: &ObjId) -> bool {
    doc.length(obj) == 1 && doc.get(obj, CHUNKS).ok().flatten().is_some()
}

/// Makes the map `obj` hold `fields`, and nothing else but the `keep` keys.
pub fn put_fields<T: Transactable + ReadDoc>(
    tx: &mut T,
    obj: &ObjId,
    fields: &Map<String, Value>,
    keep: &[&str],
) -> Result<(), automerge::AutomergeError> {
    for (key, value) in fields {
        put(tx, obj, key, value)?;
    }
    let stale: Vec<String> = tx
        .keys(obj)
        .filter(|k| !fields.contains_key(k) && !keep.contains(&k.as_str()))
        .collect();
    for key in stale {
        tx.delete(obj, key.as_str())?;
    }
    Ok(())
}

/// Makes the list `obj` hold `items`: the common start and end are kept, the middle
/// replaced, so that what others insert elsewhere in the list stays.
fn put_items<T: Transactable + ReadDoc>(
    tx: &mut T,
    obj: &ObjId,
    items: &[Value],
) -> Result<(), automerge::AutomergeError> {
    let old: Vec<Value> = match read(tx, obj) {
        Value::Array(old) => old,
        _ => Vec::new(),
    };
    let prefix = old.iter().zip(items).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(items[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let removed = old.len() - prefix - suffix;
    let added = &items[prefix..items.len() - suffix];
    // Items changed in place where both sides have one (a map's fields merge).
    let in_place = removed.min(added.len());
    for (i, item) in added.iter().take(in_place).enumerate() {
        set_item(tx, obj, prefix + i, item)?;
    }
    for _ in in_place..removed {
        tx.delete(obj, prefix + in_place)?;
    }
    for (i, item) in added.iter().enumerate().skip(in_place) {
        insert_item(tx, obj, prefix + i, item)?;
    }
    Ok(())
}

fn set_item<T: Transactable + ReadDoc>(
    tx: &mut T,
    list: &ObjId,
    index: usize,
    value: &Value,
) -> Result<(), automerge::AutomergeError> {
    match (value, tx.get(list, index)?) {
        (Value::Object(fields), Some((AmValue::Object(ObjType::Map), id))) => {
            put_fields(tx, &id, fields, &[])
        }
        (Value::Array(items), Some((AmValue::Object(ObjType::List), id))) if !chunked(items) => {
            put_items(tx, &id, items)
        }
        _ => {
            tx.delete(list, index)?;
            insert_item(tx, list, index, value)
        }
    }
}

fn insert_item<T: Transactable + ReadDoc>(
    tx: &mut T,
    list: &ObjId,
    index: usize,
    value: &Value,
) -> Result<(), automerge::AutomergeError> {
    match value {
        Value::Object(fields) => {
            let id = tx.insert_object(list, index, ObjType::Map)?;
            put_fields(tx, &id, fields, &[])
        }
        Value::Array(items) => {
            let id = tx.insert_object(list, index, ObjType::List)?;
            put_items(tx, &id, items)
        }
        _ => {
            tx.insert(list, index, scalar(value).unwrap_or(ScalarValue::Null))?;
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use automerge::{Automerge, ROOT};
    use serde_json::json;

    fn write(doc: &mut Automerge, value: &Value) {
        let mut tx = doc.transaction();
        put(&mut tx, &ROOT, "x", value).unwrap();
        tx.commit();
    }

    fn read_x(doc: &Automerge) -> Value {
        let (_, id) = doc.get(ROOT, "x").unwrap().unwrap();
        read(doc, &id)
    }

    #[test]
    fn values_round_trip() {
        let mut doc = Automerge::new();
        let rows: Vec<String> = (0..1234).map(|i| format!("{i},\"a, b\"")).collect();
        let value = json!({
            "title": "Pay at the till",
            "id": 18_446_744_073_709_551_615u64,
            "delta": -3,
            "share": 0.25,
            "done": true,
            "note": null,
            "tags": ["a", "b"],
            "emotion": {"valence": 2, "feelings": ["calm"]},
            "rows": rows,
        });
        write(&mut doc, &value);
        assert_eq!(read_x(&doc), value);
        // The rows are three chunks, not 1234 strings.
        let (_, x) = doc.get(ROOT, "x").unwrap().unwrap();
        let (_, rows) = doc.get(&x, "rows").unwrap().unwrap();
        let (_, chunks) = doc.get(&rows, CHUNKS).unwrap().unwrap();
        assert_eq!(doc.length(&chunks), 3);
    }

    #[test]
    fn an_unchanged_value_writes_nothing() {
        let mut doc = Automerge::new();
        let value = json!({"a": 1, "b": [1, 2, {"c": "d"}]});
        write(&mut doc, &value);
        let heads = doc.get_heads();
        let mut tx = doc.transaction();
        put(&mut tx, &ROOT, "x", &value).unwrap();
        assert_eq!(tx.pending_ops(), 0);
        tx.commit();
        assert_eq!(doc.get_heads(), heads);
    }

    #[test]
    fn concurrent_changes_to_different_fields_and_list_ends_merge() {
        let mut a = Automerge::new();
        write(&mut a, &json!({"title": "T", "color": "red", "dots": [1]}));
        let mut b = a.fork();
        write(
            &mut a,
            &json!({"title": "New title", "color": "red", "dots": [1, 2]}),
        );
        write(
            &mut b,
            &json!({"title": "T", "color": "blue", "dots": [1, 3]}),
        );
        a.merge(&mut b).unwrap();
        let merged = read_x(&a);
        assert_eq!(merged["title"], "New title");
        assert_eq!(merged["color"], "blue");
        let mut dots: Vec<u64> = merged["dots"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_u64().unwrap())
            .collect();
        dots.sort_unstable();
        assert_eq!(dots, [1, 2, 3]);
    }

    #[test]
    fn lists_two_laptops_create_at_once_keep_both_items() {
        let mut a = Automerge::new();
        write(&mut a, &json!({"title": "T"}));
        let mut b = a.fork();
        write(&mut a, &json!({"title": "T", "dots": [{"who": 1}]}));
        write(&mut b, &json!({"title": "T", "dots": [{"who": 2}]}));
        a.merge(&mut b).unwrap();
        b.merge(&mut a).unwrap();
        let merged = read_x(&a);
        assert_eq!(merged["dots"].as_array().unwrap().len(), 2);
        assert_eq!(read_x(&b), merged, "both laptops read the same");
        // The next write settles it: one list, both items.
        write(&mut a, &merged);
        let (_, x) = a.get(ROOT, "x").unwrap().unwrap();
        assert_eq!(a.get_all(&x, "dots").unwrap().len(), 1);
        assert_eq!(read_x(&a), merged);
    }

    #[test]
    fn removed_fields_and_items_go() {
        let mut doc = Automerge::new();
        write(&mut doc, &json!({"a": 1, "b": 2, "l": [1, 2, 3, 4]}));
        write(&mut doc, &json!({"a": 1, "l": [1, 4]}));
        assert_eq!(read_x(&doc), json!({"a": 1, "l": [1, 4]}));
    }
}
