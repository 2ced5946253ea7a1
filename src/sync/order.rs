//! Fractional order keys: the place of an item in a shared list. Automerge lists have
//! no "move" (a concurrent move and edit would duplicate the item and lose the edit),
//! so our lists are maps keyed by id and each item carries a key; the list is the
//! items sorted by (key, id). A key between any two others always exists, so an
//! insert or a move writes one key and merges with every other change.
//!
//! Keys are strings of base-62 digits in ASCII order that never end in the lowest
//! digit (the algorithm of Evan Wallace's "fractional indexing", without its integer
//! part).

const DIGITS: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

fn digit(c: u8) -> usize {
    DIGITS.iter().position(|d| *d == c).unwrap_or(0)
}

/// A key strictly between `a` and `b` (`None`: the start or the end of the list).
/// Returns `None` when there is none: `a` is not below `b`, or a key is malformed (it
/// ends in '0' or holds a character that is not a digit). Callers then give the whole
/// list fresh keys ([`spread`]).
pub fn between(a: Option<&str>, b: Option<&str>) -> Option<String> {
    let a = a.unwrap_or("");
    let valid = |k: &str| !k.ends_with('0') && k.bytes().all(|c| DIGITS.contains(&c));
    if !valid(a) || b.is_some_and(|b| b.is_empty() || !valid(b)) {
        return None;
    }
    if let Some(b) = b
        && a >= b
    {
        return None;
    }
    Some(match b {
        None => after(a.as_bytes()),
        Some(b) => midpoint(a.as_bytes(), Some(b.as_bytes())),
    })
}

/// A short key after `a`: its first digit plus one, so that adding at the end again
/// and again grows keys by one digit every 61 additions (not every few).
fn after(a: &[u8]) -> String {
    match a.first() {
        None => midpoint(&[], None),
        Some(&c) if digit(c) + 1 < DIGITS.len() => char::from(DIGITS[digit(c) + 1]).to_string(),
        Some(&c) => format!("{}{}", char::from(c), after(&a[1..])),
    }
}

fn midpoint(a: &[u8], b: Option<&[u8]>) -> String {
    if let Some(b) = b {
        // The common prefix, `a` padded with zeros.
        let n = (0..b.len())
            .take_while(|&i| a.get(i).copied().unwrap_or(b'0') == b[i])
            .count();
        if n > 0 {
            let rest = midpoint(a.get(n..).unwrap_or(&[]), Some(&b[n..]));
            return format!("{}{rest}", String::from_utf8_lossy(&b[..n]));
        }
    }
    let da = a.first().map_or(0, |c| digit(*c));
    let db = b.map_or(DIGITS.len(), |b| b.first().map_or(0, |c| digit(*c)));
    if db.saturating_sub(da) > 1 {
        return char::from(DIGITS[(da + db).div_ceil(2)]).to_string();
    }
    match b {
        // Consecutive first digits and a longer `b`: `b`'s first digit is between.
        Some(b) if b.len() > 1 => char::from(b[0]).to_string(),
        _ => format!(
            "{}{}",
            char::from(DIGITS[da]),
            midpoint(a.get(1..).unwrap_or(&[]), None)
        ),
    }
}

/// `n` keys in increasing order, evenly spread and all of one length: the keys of a
/// list written at once (a new shared document, a list given fresh keys).
pub fn spread(n: usize) -> Vec<String> {
    let base = DIGITS.len() as u128;
    let mut len = 1u32;
    while base.pow(len) <= (n as u128 + 1) * 4 {
        len += 1;
    }
    let span = base.pow(len);
    (1..=n as u128)
        .map(|i| {
            let mut value = i * span / (n as u128 + 1);
            let mut key = vec![b'0'; len as usize];
            for slot in key.iter_mut().rev() {
                *slot = DIGITS[(value % base) as usize];
                value /= base;
            }
            // Never end in the lowest digit.
            while key.last() == Some(&b'0') {
                key.pop();
            }
            String::from_utf8_lossy(&key).into_owned()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn keys_fall_between_their_neighbours() {
        let k = between(None, None).unwrap();
        let after = between(Some(&k), None).unwrap();
        let before = between(None, Some(&k)).unwrap();
        assert!(before < k && k < after, "{before} {k} {after}");
        let mid = between(Some(&before), Some(&k)).unwrap();
        assert!(before < mid && mid < k);
        assert_eq!(between(Some("b"), Some("a")), None);
        assert_eq!(between(Some("a"), Some("a")), None);
        assert_eq!(between(Some("a0"), None), None, "malformed key");
    }

    #[test]
    fn spread_keys_increase() {
        for n in [0, 1, 2, 61, 62, 1000, 10_000] {
            let keys = spread(n);
            assert_eq!(keys.len(), n);
            assert!(keys.windows(2).all(|w| w[0] < w[1]), "n = {n}");
            assert!(keys.iter().all(|k| !k.is_empty() && !k.ends_with('0')));
        }
        assert!(spread(10_000)[0].len() <= 4);
    }

    #[test]
    fn appending_many_keeps_keys_short() {
        let mut last: Option<String> = None;
        for _ in 0..1000 {
            let next = between(last.as_deref(), None).unwrap();
            assert!(last.as_deref().is_none_or(|l| l < next.as_str()));
            last = Some(next);
        }
        assert!(last.unwrap().len() < 40);
    }

    proptest! {
        #[test]
        fn inserting_anywhere_keeps_the_order(slots in proptest::collection::vec(0usize..1000, 1..200)) {
            let mut keys: Vec<String> = spread(3);
            for slot in slots {
                let i = slot % (keys.len() + 1);
                let a = i.checked_sub(1).map(|j| keys[j].as_str());
                let b = keys.get(i).map(String::as_str);
                let key = between(a, b).unwrap();
                prop_assert!(a.is_none_or(|a| a < key.as_str()));
                prop_assert!(b.is_none_or(|b| key.as_str() < b));
                keys.insert(i, key);
            }
        }
    }
}
