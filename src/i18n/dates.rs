//! Dates written the way each language writes them: "23 November 2026",
//! "23 novembre 2026", "23 de noviembre de 2026". Files and machine outputs keep
//! RFC 3339 ("2026-11-23T09:05:00Z"); only what people read comes through here.

use super::{Lang, lang};

const MONTHS: [[&str; 12]; 3] = [
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
];

/// A day (`month` 1–12) in the language shown.
pub fn day(year: i64, month: u32, day: u32) -> String {
    day_in(lang(), year, month, day)
}

pub fn day_in(lang: Lang, year: i64, month: u32, day: u32) -> String {
    let months = &MONTHS[lang as usize];
    let name = months
        .get(month.saturating_sub(1) as usize)
        .copied()
        .unwrap_or(months[0]);
    match lang {
        // "1er" is how French writes the first of the month.
        Lang::Fr if day == 1 => format!("1er {name} {year}"),
        Lang::En | Lang::Fr => format!("{day} {name} {year}"),
        Lang::Es => format!("{day} de {name} de {year}"),
    }
}

/// An RFC 3339 time in UTC ("2026-11-23T09:05:00Z") as people read it, in the
/// language shown: "23 November 2026, 09:05 UTC"; text that is not such a time
/// comes back as it is.
pub fn timestamp(rfc3339: &str) -> String {
    timestamp_in(lang(), rfc3339)
}

pub fn timestamp_in(lang: Lang, rfc3339: &str) -> String {
    match parse(rfc3339) {
        Some((year, month, dom, hm)) => {
            let date = day_in(lang, year, month, dom);
            if lang == Lang::Fr {
                format!("{date} à {hm} UTC")
            } else {
                format!("{date}, {hm} UTC")
            }
        }
        None => rfc3339.to_owned(),
    }
}

/// The day of an RFC 3339 time, in the language shown: "1er décembre 2026"; text
/// that is not such a time comes back as it is.
pub fn day_of(rfc3339: &str) -> String {
    day_of_in(lang(), rfc3339)
}

pub fn day_of_in(lang: Lang, rfc3339: &str) -> String {
    match parse(rfc3339) {
        Some((year, month, dom, _)) => day_in(lang, year, month, dom),
        None => rfc3339.to_owned(),
    }
}

/// Year, month, day and "HH:MM" of an RFC 3339 time.
fn parse(rfc3339: &str) -> Option<(i64, u32, u32, String)> {
    let (date, time) = rfc3339.trim().split_once('T')?;
    let mut ymd = date.splitn(3, '-');
    let year: i64 = ymd.next()?.parse().ok()?;
    let month: u32 = ymd.next()?.parse().ok()?;
    let dom: u32 = ymd.next()?.parse().ok()?;
    let hm = time.get(..5)?;
    let valid =
        (1..=12).contains(&month) && (1..=31).contains(&dom) && hm.as_bytes().get(2) == Some(&b':');
    valid.then(|| (year, month, dom, hm.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_in_each_language() {
        assert_eq!(day_in(Lang::En, 2026, 11, 23), "23 November 2026");
        assert_eq!(day_in(Lang::Fr, 2026, 11, 23), "23 novembre 2026");
        assert_eq!(day_in(Lang::Fr, 2026, 8, 1), "1er août 2026");
        assert_eq!(day_in(Lang::Es, 2026, 2, 5), "5 de febrero de 2026");
        // Out of range never panics.
        assert_eq!(day_in(Lang::En, 2026, 13, 1), "1 January 2026");
    }

    #[test]
    fn timestamps_in_each_language() {
        let t = "2026-12-01T23:59:12Z";
        assert_eq!(timestamp_in(Lang::En, t), "1 December 2026, 23:59 UTC");
        assert_eq!(timestamp_in(Lang::Fr, t), "1er décembre 2026 à 23:59 UTC");
        assert_eq!(
            timestamp_in(Lang::Es, t),
            "1 de diciembre de 2026, 23:59 UTC"
        );
        assert_eq!(timestamp_in(Lang::Fr, "yesterday"), "yesterday");
        assert_eq!(
            timestamp_in(Lang::Fr, "2026-13-01T00:00Z"),
            "2026-13-01T00:00Z"
        );
        assert_eq!(day_of_in(Lang::Es, t), "1 de diciembre de 2026");
        assert_eq!(day_of_in(Lang::Fr, t), "1er décembre 2026");
        assert_eq!(day_of_in(Lang::En, ""), "");
    }
}
