//! Importing customer data and computing its KPIs. Target: a 100,000-row, 25-column
//! survey imported and summarised in under 1 s, faster than pandas.
//!
//! `cargo bench --bench data`
//!
//! The survey is the shared airline export resampled to 100,000 rows (a fixed seed),
//! with a 25th column, a 0-10 "Likely to Recommend" answer, made from each row's
//! ratings. "Import" is what the import window does: read the file, guess the
//! columns, check every cell, keep the rows that fit. "KPIs" is what the inspector
//! shows: every rating mapped onto the cards of `saves/airline.ron`, summarised for
//! all respondents and for each of its personas.
//!
//! After criterion, the same work is timed against pandas (`read_csv` and
//! `groupby().mean()` by each persona's segment column) on the same file, best of 5
//! each, when `python3` has pandas (`pip install pandas`). The peak memory of one
//! import is read from `/proc/self/status` (Linux).
//!
//! "Overview" is what the customer-data view works out (on a thread) for a dataset:
//! every number column's figures, whole and split by a segment column; it is also
//! timed on the airline example's 13,524 rows.

#![allow(
    clippy::expect_used,
    reason = "a bench that cannot set up has nothing to measure"
)]

use std::fmt::Write as _;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use journeymap::analysis::{kpis, overview::overview};
use journeymap::io::{self, columns, table};
use journeymap::model::{ColumnRole, Dataset, ItemTarget, Project};

/// This process's resident memory now and at its peak, in bytes (Linux).
fn rss() -> Option<(u64, u64)> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let field = |name: &str| {
        let line = status.lines().find(|l| l.starts_with(name))?;
        let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kb * 1024)
    };
    Some((field("VmRSS:")?, field("VmHWM:")?))
}

/// Starts the peak over from the memory in use now (Linux: `clear_refs`).
fn reset_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

const ROWS: usize = 100_000;

/// Writes the resampled survey and returns its path.
fn make_survey(dir: &Path) -> PathBuf {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/airline_passenger_satisfaction.csv");
    let text = std::fs::read_to_string(&shared).expect("the shared airline survey");
    let mut lines = text.lines();
    let header = lines.next().expect("a header");
    let body: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    let ratings: Vec<usize> = (9..23).collect();
    let mut out = String::with_capacity(ROWS * 110);
    out.push_str(header);
    out.push_str(",Likely to Recommend\n");
    // A fixed linear congruential sequence: the same file on every run.
    let mut seed: u64 = 0x5EED;
    let mut next = || {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize
    };
    for id in 1..=ROWS {
        let row = &body[next() % body.len()];
        let _ = write!(out, "{id}");
        for cell in &row[1..] {
            out.push(',');
            out.push_str(cell);
        }
        let answered: Vec<f64> = ratings
            .iter()
            .filter_map(|c| row.get(*c)?.parse::<f64>().ok())
            .filter(|v| *v > 0.0)
            .collect();
        let mean = answered.iter().sum::<f64>() / answered.len().max(1) as f64;
        let recommend = ((mean - 1.0) * 2.5 + (next() % 5) as f64 - 2.0).clamp(0.0, 10.0);
        let _ = writeln!(out, ",{}", recommend.round());
    }
    let path = dir.join("survey_100k.csv");
    std::fs::write(&path, out).expect("writing the survey");
    path
}

/// Imports `path` into `project` (replacing its dataset; the ratings keep their
/// cards), as the import window does.
fn import(project: &Project, path: &Path) -> Project {
    let data = table::load(path).expect("reading the survey");
    let mut columns = columns::suggested_columns(&data);
    let old = &project.datasets[0];
    for column in &mut columns {
        if let Some((_, mapped)) = old.column(&column.name)
            && matches!(mapped.role, ColumnRole::Item(_))
        {
            column.role = mapped.role.clone();
        }
    }
    let bad: std::collections::BTreeSet<usize> = columns::check_cells(&data, &columns)
        .iter()
        .map(|p| p.row)
        .collect();
    let rows = data.rows.into_selected(|r| !bad.contains(&r));
    let mut project = project.clone();
    project.datasets[0] = Dataset {
        columns,
        rows,
        ..old.clone()
    };
    project
}

/// Every card's KPIs, for all respondents and each persona; returns how many.
fn kpis_of_every_card(project: &Project) -> usize {
    let personas: Vec<_> = project.personas.iter().map(|p| p.id).collect();
    project
        .journeys
        .iter()
        .flat_map(|j| &j.cards)
        .map(|card| kpis::item_kpis(project, ItemTarget::Card(card.id), &personas).len())
        .sum()
}

fn import_and_kpis(project: &Project, path: &Path) -> usize {
    let project = import(project, path);
    kpis_of_every_card(&project)
}

fn best_of(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// pandas' best of 5 on the same work, in seconds; `None` without pandas.
fn pandas_seconds(path: &Path) -> Option<f64> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/pandas_baseline.py");
    let output = std::process::Command::new("python3")
        .arg(script)
        .arg(path)
        .args(["Type of Travel", "Customer Type"])
        .output()
        .ok()?;
    if !output.status.success() {
        eprintln!(
            "pandas baseline not run: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
        return None;
    }
    String::from_utf8_lossy(&output.stdout).trim().parse().ok()
}

fn data(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = make_survey(dir.path());
    let size = std::fs::metadata(&path).map_or(0, |m| m.len());
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/airline.ron");
    let project = io::load(&example).expect("the airline example").project;
    let mapped = kpis_of_every_card(&project);
    eprintln!(
        "survey: {ROWS} rows, 25 columns, {:.1} MB; {mapped} card KPIs",
        size as f64 / 1e6
    );

    let before = rss().filter(|_| reset_peak());
    let imported = import(&project, &path);
    assert_eq!(imported.datasets[0].rows.len(), ROWS, "every row fits");
    assert_eq!(kpis_of_every_card(&imported), mapped);
    match (before, rss()) {
        (Some((now, _)), Some((_, peak))) => eprintln!(
            "import + KPIs: peak resident memory {:.1} MB above the {:.1} MB in use before; the rows take {:.1} MB",
            peak.saturating_sub(now) as f64 / 1e6,
            now as f64 / 1e6,
            imported.datasets[0].rows.heap_bytes() as f64 / 1e6
        ),
        _ => eprintln!("peak memory is measured on Linux only"),
    }
    let airline = &project.datasets[0];
    let airline_travel = airline.column("Type of Travel").map(|(i, _)| i);
    let whole = best_of(5, || {
        black_box(overview(airline, None));
    });
    let split = best_of(5, || {
        black_box(overview(airline, airline_travel));
    });
    eprintln!(
        "best of 5: the data view's figures of the airline survey ({} rows) {:.1} ms, split by type of travel {:.1} ms",
        airline.rows.len(),
        whole.as_secs_f64() * 1e3,
        split.as_secs_f64() * 1e3
    );

    let mut group = c.benchmark_group("data");
    group.sample_size(10);
    group.bench_function("read_100k_rows", |b| {
        b.iter(|| black_box(table::load(&path).expect("reading the survey")));
    });
    group.bench_function("import_100k_rows", |b| {
        b.iter(|| black_box(import_and_kpis(&project, &path)));
    });
    let surveyed = &imported.datasets[0];
    let travel = surveyed.column("Type of Travel").map(|(i, _)| i);
    group.bench_function("overview_100k_rows", |b| {
        b.iter(|| black_box(overview(surveyed, None)));
    });
    group.bench_function("overview_100k_rows_by_segment", |b| {
        b.iter(|| black_box(overview(surveyed, travel)));
    });
    group.finish();
    drop(imported);

    let ours = best_of(5, || {
        black_box(import_and_kpis(&project, &path));
    });
    match pandas_seconds(&path) {
        Some(pandas) => eprintln!(
            "best of 5: journeymap import + KPIs {:.0} ms; pandas read_csv + groupby().mean() {:.0} ms; journeymap takes {:.2}× pandas' time",
            ours.as_secs_f64() * 1e3,
            pandas * 1e3,
            ours.as_secs_f64() / pandas
        ),
        None => eprintln!(
            "best of 5: journeymap import + KPIs {:.0} ms (no pandas to compare with: pip install pandas)",
            ours.as_secs_f64() * 1e3
        ),
    }
}

criterion_group!(benches, data);
criterion_main!(benches);
