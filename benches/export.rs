//! Export speed of a 2,000-card map: our SVG (target under 100 ms), a PNG 4,000 px
//! wide (under 1 s) and a vector PDF (under 500 ms).
//!
//! `cargo bench --bench export`

#![allow(
    clippy::expect_used,
    reason = "a bench that cannot set up has nothing to measure"
)]

use std::hint::black_box;
use std::sync::atomic::AtomicBool;

use criterion::{Criterion, criterion_group, criterion_main};
use journeymap::export::{self, Progress, Size, Subject, Theme};
use journeymap::layout::text::TextEngine;
use journeymap::model::synthetic;

fn bench(c: &mut Criterion) {
    let project = synthetic::project(2000);
    let Some(journey) = project.journeys.first() else {
        return;
    };
    let subject = Subject::Journey {
        journey: journey.id,
        persona: None,
    };
    let options = export::Options::default();
    let cancel = AtomicBool::new(false);
    let report = |_: f32| {};
    let progress = Progress::new(&cancel, &report);
    let mut engine = TextEngine::new();

    let mut group = c.benchmark_group("export");
    group.sample_size(10);
    group.bench_function("svg_2000_cards", |b| {
        b.iter(|| {
            let picture = export::picture(&project, subject, Theme::Light, &options, &mut engine);
            let picture = picture.expect("journey");
            let placement = export::place(picture.size, Size::Natural, false).expect("place");
            black_box(export::render::svg_document(&picture, &placement).len())
        });
    });
    let picture =
        export::picture(&project, subject, Theme::Light, &options, &mut engine).expect("journey");
    group.bench_function("png_4000px_2000_cards", |b| {
        let placement = export::place(picture.size, Size::Width(4000), false).expect("place");
        b.iter(|| {
            let mut out = Vec::new();
            export::render::write_png(&picture, &placement, &mut out, &progress).expect("png");
            black_box(out.len())
        });
    });
    let placement = export::place(picture.size, Size::Natural, true).expect("place");
    let pages = vec![(picture, placement)];
    group.bench_function("pdf_2000_cards", |b| {
        b.iter(|| {
            black_box(
                export::render::pdf(&pages, "bench", &progress)
                    .expect("pdf")
                    .len(),
            )
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
