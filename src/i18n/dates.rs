//! Dates written the way each language writes them: "23 November 2026",
//! "23 novembre 2026", "23 de noviembre de 2026". Files and machine outputs keep
//! RFC 3339 ("2026-11-23T09:05:00Z"); only what people read comes through here.
//! The clock and the calendar too: today, now as RFC 3339, the civil date of a
//! day count.

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

/// Today's date, as printed on exports: "23 November 2026".
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    date_from_days(i64::try_from(secs / 86_400).unwrap_or(0))
}

/// The date of a day count since 1970-01-01, as people read it in the language
/// shown.
pub fn date_from_days(days: i64) -> String {
    let (year, month, dom) = civil(days);
    day(
        year,
        u32::try_from(month).unwrap_or(1),
        u32::try_from(dom).unwrap_or(1),
    )
}

/// (year, month, day) of a day count since 1970-01-01 (Howard Hinnant's algorithm).
pub fn civil(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

/// The time now in UTC, RFC 3339: "2026-12-01T23:59:12Z".
pub fn now_rfc3339() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    rfc3339(i64::try_from(secs).unwrap_or(0))
}

/// A time in seconds since 1970-01-01 UTC, RFC 3339.
fn rfc3339(secs: i64) -> String {
    let (y, m, d) = civil(secs.div_euclid(86_400));
    let t = secs.rem_euclid(86_400);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        t / 3600,
        t / 60 % 60,
        t % 60
    )
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

    #[test]
    fn rfc3339_times() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_796_169_552), "2026-12-01T23:59:12Z");
    }

    #[test]
    fn dates() {
        assert_eq!(date_from_days(0), "1 January 1970");
        assert_eq!(date_from_days(20_415), "23 November 2025");
        assert_eq!(date_from_days(11_016), "29 February 2000");
    }
}
