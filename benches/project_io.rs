//! Loading and saving big projects. Target: each under 150 ms for 10,000 cards.
//!
//! `cargo bench --bench project_io`

#![allow(
    clippy::expect_used,
    reason = "a bench that cannot set up has nothing to measure"
)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use journeymap::io;
use journeymap::model::synthetic;

fn project_io(c: &mut Criterion) {
    let project = synthetic::project(10_000);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("big.ron");
    io::save(&path, &project).expect("saving the project");
    let size = std::fs::metadata(&path).map_or(0, |m| m.len());
    eprintln!("10,000-card project file: {:.1} MB", size as f64 / 1e6);

    let mut group = c.benchmark_group("project_io");
    group.sample_size(20);
    group.bench_function("load_10000_cards", |b| {
        b.iter(|| black_box(io::load(&path).expect("loading the project")));
    });
    let save_path = dir.path().join("saved.ron");
    group.bench_function("save_10000_cards", |b| {
        b.iter(|| io::save(&save_path, black_box(&project)).expect("saving the project"));
    });
    group.finish();
}

criterion_group!(benches, project_io);
criterion_main!(benches);
