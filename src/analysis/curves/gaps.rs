//! Where what the team believes and what customers say part ways: the gaps
//! between each persona's believed and measured curves (card by card, or at any
//! place of a chart, as callouts), largest first, and how a gap is said ("we think
//! +2, customers say −0.8").

use super::{Axis, Kind, Plotted, Series, series};
use crate::i18n::numbers;
use crate::model::{CardId, Journey, PersonaId, Project};
use crate::t;

/// A card where what the team believes and what customers say part ways.
#[derive(Clone, Debug, PartialEq)]
pub struct Gap {
    pub persona: Option<PersonaId>,
    pub card: CardId,
    pub x: f64,
    pub believed: f64,
    pub measured: f64,
    pub n: usize,
}

impl Gap {
    /// Measured minus believed, on the emotion scale.
    pub fn difference(&self) -> f64 {
        self.measured - self.believed
    }

    /// Whose gap it is: the persona's name, or "All customers".
    pub fn who<'p>(&self, project: &'p Project) -> &'p str {
        whose(project, self.persona)
    }

    /// "we think +2, customers say −0.8".
    pub fn summary(&self) -> String {
        think_say(self.believed, self.measured)
    }
}

/// The persona's name, or "All customers".
fn whose(project: &Project, persona: Option<PersonaId>) -> &str {
    persona
        .and_then(|p| project.persona(p))
        .map_or(t!("out-all-customers"), |p| p.name.as_str())
}

/// "we think +2, customers say −0.8".
fn think_say(believed: f64, measured: f64) -> String {
    t!(
        "out-think-say",
        think = signed(believed),
        say = signed(measured)
    )
}

/// A value with its sign: "+2", "−0.8", "0".
pub fn signed(v: f64) -> String {
    let rounded = (v * 10.0).round() / 10.0;
    let text = numbers::decimal(rounded.abs(), 1);
    let text = text
        .strip_suffix(".0")
        .or_else(|| text.strip_suffix(",0"))
        .unwrap_or(&text)
        .to_owned();
    if rounded > 0.0 {
        format!("+{text}")
    } else if rounded < 0.0 {
        format!("−{text}")
    } else {
        "0".to_owned()
    }
}

/// The gaps between each persona's believed and measured curves, largest first.
pub fn gaps(series: &[Series]) -> Vec<Gap> {
    let mut out = pairs(
        series,
        |b, m| m.card == b.card,
        |persona, b, m| Gap {
            persona,
            card: b.card,
            x: b.x,
            believed: b.value,
            measured: m.value,
            n: m.n,
        },
    );
    largest_first(&mut out, |g| (g.difference(), g.x));
    out
}

/// Each believed point of a persona with the measured point `same` pairs it with,
/// made into `T` by `make` (given the persona, the believed and the measured point).
fn pairs<P, T>(
    series: &[Series<P>],
    same: impl Fn(&P, &P) -> bool,
    make: impl Fn(Option<PersonaId>, &P, &P) -> T,
) -> Vec<T> {
    let mut out = Vec::new();
    for believed in series.iter().filter(|s| s.kind == Kind::Believed) {
        let Some(measured) = series
            .iter()
            .find(|s| s.kind == Kind::Measured && s.persona == believed.persona)
        else {
            continue;
        };
        for b in &believed.points {
            if let Some(m) = measured.points.iter().find(|m| same(b, m)) {
                out.push(make(believed.persona, b, m));
            }
        }
    }
    out
}

/// Sorts gaps by the size of their difference, largest first, then left to right
/// (`key` gives a gap's difference and place).
fn largest_first<T>(gaps: &mut [T], key: impl Fn(&T) -> (f64, f64)) {
    gaps.sort_by(|a, b| {
        let ((da, xa), (db, xb)) = (key(a), key(b));
        db.abs().total_cmp(&da.abs()).then(xa.total_cmp(&xb))
    });
}

/// A gap as a chart calls it out, card by card or by stage: where, whose, how large.
#[derive(Clone, Debug, PartialEq)]
pub struct Callout {
    pub persona: Option<PersonaId>,
    pub x: f64,
    /// The card's title or the stage's name.
    pub title: String,
    pub believed: f64,
    pub measured: f64,
    /// The answers (by card) or customers (by stage) behind the measured value.
    pub n: usize,
}

impl Callout {
    /// Measured minus believed, on the emotion scale.
    pub fn difference(&self) -> f64 {
        self.measured - self.believed
    }

    /// Whose gap it is: the persona's name, or "All customers".
    pub fn who<'p>(&self, project: &'p Project) -> &'p str {
        whose(project, self.persona)
    }

    /// "we think +2, customers say −0.8".
    pub fn summary(&self) -> String {
        think_say(self.believed, self.measured)
    }
}

/// The gaps between each persona's believed and measured curves, largest first (then
/// left to right), for a chart in either mode: a believed and a measured point at
/// the same place (x) make a gap. `title` names a point's place.
pub fn callouts<P: Plotted>(series: &[Series<P>], title: impl Fn(&P) -> String) -> Vec<Callout> {
    let same_place = |b: &P, m: &P| (m.x() - b.x()).abs() < 1e-9;
    let mut out = pairs(series, same_place, |persona, b, m| Callout {
        persona,
        x: b.x(),
        title: title(b),
        believed: b.value(),
        measured: m.value(),
        n: m.n(),
    });
    largest_first(&mut out, |c| (c.difference(), c.x));
    out
}

/// The largest gap of each card (over personas), largest first: what the canvas
/// marks.
pub fn card_gaps(project: &Project, journey: &Journey) -> Vec<Gap> {
    let axis = Axis::of(project, journey);
    let mut seen = Vec::new();
    gaps(&series(project, journey, &axis))
        .into_iter()
        .filter(|g| {
            let new = !seen.contains(&g.card);
            seen.push(g.card);
            new
        })
        .collect()
}
