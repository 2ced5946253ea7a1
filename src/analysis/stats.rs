//! Descriptive statistics of survey answers: n, mean with a 95% confidence interval,
//! the distribution, the top-box share of a rating scale, and NPS on 0-10 scales.

use crate::model::{Cells, Row, Scale};

/// The summary of one column (or one column within one segment).
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// Answers counted (missing ones are not).
    pub n: usize,
    pub mean: f64,
    /// Sample standard deviation (`0` below two answers).
    pub sd: f64,
    /// The 95% confidence interval of the mean (Student's t); `None` below two answers.
    pub ci95: Option<(f64, f64)>,
    pub min: f64,
    pub max: f64,
    /// Share of answers in the top two points of the scale (CSAT top-box: 4-5 on
    /// 1-5); `None` without a scale.
    pub top_box: Option<f64>,
    /// Net Promoter Score, for 0-10 scales.
    pub nps: Option<Nps>,
}

/// Promoters (9-10), passives (7-8) and detractors (0-6) of a 0-10 scale, as shares,
/// and the score: % promoters minus % detractors.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Nps {
    pub promoters: f64,
    pub passives: f64,
    pub detractors: f64,
    /// -100..=100.
    pub score: f64,
}

/// Summarises `values` (answers already cleared of missing codes). `None` when there
/// are none.
pub fn summarize(values: &[f64], scale: Option<Scale>) -> Option<Summary> {
    // Copied only where some value is no number (the usual answers all are).
    let finite: Vec<f64>;
    let values = if values.iter().all(|v| v.is_finite()) {
        values
    } else {
        finite = values.iter().copied().filter(|v| v.is_finite()).collect();
        &finite
    };
    let n = values.len();
    if n == 0 {
        return None;
    }
    let count = n as f64;
    let mean = values.iter().sum::<f64>() / count;
    let sd = if n > 1 {
        (values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (count - 1.0)).sqrt()
    } else {
        0.0
    };
    let ci95 = ci95(n, mean, sd);
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let top_box = scale.map(|s| {
        let threshold = s.max - 1.0;
        values.iter().filter(|v| **v >= threshold).count() as f64 / count
    });
    let nps = scale.filter(|s| s.is_nps()).map(|_| {
        let share =
            |f: &dyn Fn(f64) -> bool| values.iter().filter(|v| f(**v)).count() as f64 / count;
        let promoters = share(&|v| v >= 9.0);
        let detractors = share(&|v| v <= 6.0);
        Nps {
            promoters,
            passives: 1.0 - promoters - detractors,
            detractors,
            score: (promoters - detractors) * 100.0,
        }
    });
    Some(Summary {
        n,
        mean,
        sd,
        ci95,
        min,
        max,
        top_box,
        nps,
    })
}

/// The 95% confidence interval of a mean of `n` answers with sample standard
/// deviation `sd` (Student's t); `None` below two answers.
fn ci95(n: usize, mean: f64, sd: f64) -> Option<(f64, f64)> {
    (n > 1).then(|| {
        let half = t_975(n - 1) * sd / (n as f64).sqrt();
        (mean - half, mean + half)
    })
}

/// The count, mean and sum of squared deviations of some answers: what pools groups
/// of answers (several columns mapped onto one card) without their values, by Chan,
/// Golub and LeVeque's update.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Moments {
    pub n: usize,
    pub mean: f64,
    /// The sum of squared deviations from the mean.
    pub m2: f64,
}

impl Moments {
    /// The moments of the answers `summary` describes.
    pub fn of(summary: &Summary) -> Self {
        Self {
            n: summary.n,
            mean: summary.mean,
            m2: summary.sd * summary.sd * summary.n.saturating_sub(1) as f64,
        }
    }

    /// The same answers under `v ↦ slope · v + c`, given the mapped mean.
    #[must_use]
    pub fn mapped(self, mean: f64, slope: f64) -> Self {
        Self {
            mean,
            m2: self.m2 * slope * slope,
            ..self
        }
    }

    /// The answers of both groups together.
    #[must_use]
    pub fn pooled(self, other: Self) -> Self {
        if self.n == 0 {
            return other;
        }
        if other.n == 0 {
            return self;
        }
        let n = self.n + other.n;
        let (a, b, all) = (self.n as f64, other.n as f64, n as f64);
        let delta = other.mean - self.mean;
        Self {
            n,
            mean: (self.mean * a + other.mean * b) / all,
            m2: self.m2 + other.m2 + delta * delta * a * b / all,
        }
    }

    /// Sample standard deviation (`0` below two answers).
    pub fn sd(self) -> f64 {
        if self.n > 1 {
            (self.m2 / (self.n - 1) as f64).sqrt()
        } else {
            0.0
        }
    }

    /// The 95% confidence interval of the mean; `None` below two answers.
    pub fn ci95(self) -> Option<(f64, f64)> {
        ci95(self.n, self.mean, self.sd())
    }
}

/// How many answers took each value, in value order (for rating scales).
pub fn distribution(values: &[f64]) -> Vec<(f64, usize)> {
    // A rating scale has a handful of values: counted in place, sorted at the end.
    const FEW: usize = 32;
    let mut few: Vec<(f64, usize)> = Vec::with_capacity(FEW);
    for v in values.iter().copied().filter(|v| v.is_finite()) {
        if let Some((_, count)) = few.iter_mut().find(|(x, _)| x.total_cmp(&v).is_eq()) {
            *count += 1;
        } else if few.len() < FEW {
            few.push((v, 1));
        } else {
            return distribution_sorted(values);
        }
    }
    few.sort_by(|a, b| a.0.total_cmp(&b.0));
    few
}

/// [`distribution`] by sorting every value.
fn distribution_sorted(values: &[f64]) -> Vec<(f64, usize)> {
    let mut sorted: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    sorted.sort_by(f64::total_cmp);
    let mut out: Vec<(f64, usize)> = Vec::new();
    for v in sorted {
        match out.last_mut() {
            Some((last, count)) if last.total_cmp(&v).is_eq() => *count += 1,
            _ => out.push((v, 1)),
        }
    }
    out
}

/// The 97.5% quantile of Student's t with `df` degrees of freedom (the factor of a
/// two-sided 95% interval): exact for 1 to 30, then the Cornish-Fisher expansion,
/// which is within 0.001 from 30 on.
pub fn t_975(df: usize) -> f64 {
    const TABLE: [f64; 30] = [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
        2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
        2.052, 2.048, 2.045, 2.042,
    ];
    if df == 0 {
        return f64::INFINITY;
    }
    if let Some(t) = TABLE.get(df - 1) {
        return *t;
    }
    let z: f64 = 1.959_963_984_540_054;
    let v = df as f64;
    let z3 = z.powi(3);
    let z5 = z.powi(5);
    let z7 = z.powi(7);
    z + (z3 + z) / (4.0 * v)
        + (5.0 * z5 + 16.0 * z3 + 3.0 * z) / (96.0 * v * v)
        + (3.0 * z7 + 19.0 * z5 + 17.0 * z3 - 15.0 * z) / (384.0 * v * v * v)
}

/// The summary of one column within one segment of the respondents.
#[derive(Clone, Debug, PartialEq)]
pub struct ColumnStats {
    /// The segment column's value; `None` for every row.
    pub segment: Option<String>,
    pub column: String,
    pub scale: Option<Scale>,
    pub summary: Summary,
}

/// Summaries of `columns` (index and scale) over every row (segment `None`) and then over the
/// rows of each value of column `by` (values in alphabetical order). `missing(column,
/// cell)` says whether a cell is no answer; cells that are not numbers do not count.
pub fn by_segment(
    headers: &[String],
    rows: &Cells,
    columns: &[(usize, Option<Scale>)],
    by: Option<usize>,
    missing: &dyn Fn(usize, &str) -> bool,
) -> Vec<ColumnStats> {
    let mut segments: Vec<(Option<String>, Vec<Row<'_>>)> = vec![(None, rows.iter().collect())];
    if let Some(by) = by {
        let mut groups: std::collections::BTreeMap<&str, Vec<Row<'_>>> =
            std::collections::BTreeMap::new();
        for row in rows {
            if let Some(cell) = row.get(by)
                && !missing(by, cell)
            {
                groups.entry(cell.trim()).or_default().push(row);
            }
        }
        segments.extend(groups.into_iter().map(|(k, v)| (Some(k.to_owned()), v)));
    }
    let mut out = Vec::new();
    for (segment, rows) in &segments {
        for &(column, scale) in columns {
            let values: Vec<f64> = rows
                .iter()
                .filter_map(|r| r.get(column))
                .filter(|cell| !missing(column, cell))
                .filter_map(crate::io::table::parse_number)
                .collect();
            if let Some(summary) = summarize(&values, scale) {
                out.push(ColumnStats {
                    segment: segment.clone(),
                    column: headers.get(column).cloned().unwrap_or_default(),
                    scale,
                    summary,
                });
            }
        }
    }
    out
}

/// "13,524".
pub fn thousands(n: usize) -> String {
    crate::i18n::numbers::integer(i64::try_from(n).unwrap_or(i64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, eps: f64) -> bool {
        (a - b).abs() <= eps
    }

    #[test]
    fn mean_sd_and_interval() {
        let s = summarize(&[2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0], None).unwrap();
        assert_eq!(s.n, 8);
        assert!(close(s.mean, 5.0, 1e-12));
        assert!(close(s.sd, 2.138_089_935, 1e-6));
        let (lo, hi) = s.ci95.unwrap();
        // 5 ± 2.365 * 2.138 / sqrt(8)
        assert!(close(lo, 3.2125, 1e-3), "{lo}");
        assert!(close(hi, 6.7875, 1e-3), "{hi}");
        assert_eq!((s.min, s.max), (2.0, 9.0));
        assert!(s.top_box.is_none() && s.nps.is_none());
    }

    #[test]
    fn one_answer_has_no_interval_and_none_has_no_summary() {
        let s = summarize(&[3.0], Some(Scale::ONE_TO_FIVE)).unwrap();
        assert_eq!(s.ci95, None);
        assert!(close(s.sd, 0.0, 0.0));
        assert!(summarize(&[], None).is_none());
        assert!(summarize(&[f64::NAN], None).is_none());
    }

    #[test]
    fn top_box_is_the_top_two_points() {
        let s = summarize(&[1.0, 2.0, 4.0, 5.0, 5.0], Some(Scale::ONE_TO_FIVE)).unwrap();
        assert!(close(s.top_box.unwrap(), 0.6, 1e-12));
    }

    #[test]
    fn nps_counts_promoters_passives_detractors() {
        // 3 promoters, 2 passives, 5 detractors of 10: NPS = 30 - 50 = -20.
        let answers = [10.0, 9.0, 9.0, 8.0, 7.0, 6.0, 5.0, 3.0, 0.0, 1.0];
        let nps = summarize(&answers, Some(Scale::ZERO_TO_TEN))
            .unwrap()
            .nps
            .unwrap();
        assert!(close(nps.promoters, 0.3, 1e-12));
        assert!(close(nps.passives, 0.2, 1e-12));
        assert!(close(nps.detractors, 0.5, 1e-12));
        assert!(close(nps.score, -20.0, 1e-9));
        assert!(
            summarize(&answers, Some(Scale::ONE_TO_FIVE))
                .unwrap()
                .nps
                .is_none()
        );
    }

    #[test]
    fn t_quantiles_match_tables() {
        assert!(close(t_975(1), 12.706, 1e-3));
        assert!(close(t_975(30), 2.042, 1e-3));
        // Beyond the table: t(40) = 2.021, t(60) = 2.000, t(120) = 1.980.
        assert!(close(t_975(40), 2.021, 1e-3), "{}", t_975(40));
        assert!(close(t_975(60), 2.000, 1e-3), "{}", t_975(60));
        assert!(close(t_975(120), 1.980, 1e-3), "{}", t_975(120));
        assert!(close(t_975(1_000_000), 1.960, 1e-3));
    }

    #[test]
    fn segments_split_the_rows() {
        let headers: Vec<String> = ["Type", "Score"].map(str::to_owned).to_vec();
        let rows: crate::model::Cells = [
            ["Business", "5"],
            ["Personal", "2"],
            ["Business", "0"],
            ["Business", "3"],
            ["", "4"],
        ]
        .iter()
        .map(|r| r.map(str::to_owned).to_vec())
        .collect();
        let missing =
            |column: usize, cell: &str| cell.trim().is_empty() || (column == 1 && cell == "0");
        let stats = by_segment(
            &headers,
            &rows,
            &[(1, Some(Scale::ONE_TO_FIVE))],
            Some(0),
            &missing,
        );
        let found: Vec<(Option<&str>, usize, f64)> = stats
            .iter()
            .map(|s| (s.segment.as_deref(), s.summary.n, s.summary.mean))
            .collect();
        assert_eq!(
            found,
            [
                (None, 4, 3.5),
                (Some("Business"), 2, 4.0),
                (Some("Personal"), 1, 2.0)
            ]
        );
    }

    #[test]
    fn distribution_counts_each_value() {
        assert_eq!(
            distribution(&[3.0, 1.0, 3.0, 5.0, 3.0]),
            vec![(1.0, 1), (3.0, 3), (5.0, 1)]
        );
    }

    proptest::proptest! {
        #[test]
        fn pooled_moments_are_the_moments_of_all_the_answers(
            a in proptest::collection::vec(0u8..=10, 0..60),
            b in proptest::collection::vec(0u8..=10, 0..60),
            slope in -3.0f64..3.0,
        ) {
            let values = |v: &[u8]| v.iter().map(|x| f64::from(*x)).collect::<Vec<f64>>();
            let moments = |v: &[f64]| summarize(v, None).map_or_else(Moments::default, |s| Moments::of(&s));
            let (a, b) = (values(&a), values(&b));
            let all: Vec<f64> = a.iter().chain(&b).copied().collect();
            let pooled = moments(&a).pooled(moments(&b));
            let whole = moments(&all);
            proptest::prop_assert_eq!(pooled.n, whole.n);
            proptest::prop_assert!(close(pooled.mean, whole.mean, 1e-9));
            proptest::prop_assert!(close(pooled.sd(), whole.sd(), 1e-9));
            if let Some(s) = summarize(&all, None) {
                proptest::prop_assert_eq!(pooled.ci95().is_some(), s.ci95.is_some());
                if let (Some(p), Some(w)) = (pooled.ci95(), s.ci95) {
                    proptest::prop_assert!(close(p.0, w.0, 1e-9) && close(p.1, w.1, 1e-9));
                }
            }
            // A linear change of scale moves the mean and stretches the spread (of
            // some answers: no answers have no mean to move).
            proptest::prop_assume!(!all.is_empty());
            let mapped: Vec<f64> = all.iter().map(|v| slope * v + 1.0).collect();
            let moved = whole.mapped(slope * whole.mean + 1.0, slope);
            let direct = moments(&mapped);
            proptest::prop_assert!(close(moved.mean, direct.mean, 1e-9));
            proptest::prop_assert!(close(moved.sd(), direct.sd(), 1e-9));
        }
    }
}
