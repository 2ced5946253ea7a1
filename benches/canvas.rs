//! One full frame of the journeys view (egui run + tessellation, no GPU) in a
//! 1920x1080 window, with big synthetic maps. Targets: under 4 ms for 2,000 cards,
//! under 8 ms for 10,000.
//!
//! Then the map laid out again, as after each edit, and one stage of the walkthrough
//! laid out, on the airline example with its 13,524-row survey; beside them the same
//! map without its data, the peer that says what the data costs.
//!
//! `cargo bench --bench canvas`

#![allow(
    clippy::expect_used,
    reason = "a bench that cannot set up has nothing to measure"
)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use egui::{Pos2, RawInput, Rect, vec2};
use journeymap::app::Selection;
use journeymap::document::Document;
use journeymap::model::synthetic;
use journeymap::ui::canvas::Canvas;
use journeymap::ui::canvas::view::MapView;
use journeymap::ui::{journeys, theme};

struct Bench {
    ctx: egui::Context,
    doc: Document,
    selection: Selection,
    canvas: Canvas,
    input: RawInput,
}

impl Bench {
    fn new(cards: usize) -> Self {
        let ctx = egui::Context::default();
        theme::install(&ctx);
        let doc = Document::untitled(synthetic::project(cards));
        let selection = Selection {
            journey: doc.project().journeys.first().map(|j| j.id),
            persona: None,
        };
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1920.0, 1080.0))),
            ..RawInput::default()
        };
        let mut bench = Self {
            ctx,
            doc,
            selection,
            canvas: Canvas::default(),
            input,
        };
        // Warm up: layout, fonts and galleys cached as in a running app.
        for _ in 0..3 {
            bench.frame();
        }
        bench
    }

    /// Shows the whole map (Shift+F), as small as that takes: the overview's level of
    /// detail (the map opens at a legible zoom instead).
    fn fit_all(&mut self) {
        let journey = self.selection.journey.expect("a journey");
        self.canvas
            .run(
                &mut self.doc,
                journey,
                journeymap::app::Command::FitToScreen,
                None,
                &self.ctx,
            )
            .expect("fits");
        for _ in 0..3 {
            self.frame();
        }
    }

    /// Zooms to 100% on the middle of the map.
    fn zoom_to_100(&mut self) {
        let journey = self.selection.journey.expect("a journey");
        let view = MapView {
            zoom: 1.0,
            offset: vec2(-4000.0, -300.0),
            needs_fit: false,
        };
        self.canvas.set_view(journey, view);
        for _ in 0..3 {
            self.frame();
        }
    }

    fn frame(&mut self) -> usize {
        let mut actions = Vec::new();
        let mut output = self.ctx.run_ui(self.input.clone(), |ui| {
            journeys::ui(
                ui,
                &self.doc,
                &mut self.selection,
                &mut self.canvas,
                true,
                &mut actions,
            );
        });
        output.textures_delta.clear();
        let primitives = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        primitives
            .iter()
            .map(|p| match &p.primitive {
                egui::epaint::Primitive::Mesh(mesh) => mesh.vertices.len(),
                egui::epaint::Primitive::Callback(_) => 0,
            })
            .sum()
    }
}

fn canvas(c: &mut Criterion) {
    let mut group = c.benchmark_group("canvas");
    group.sample_size(30);
    let mut fit_2000 = Bench::new(2000);
    fit_2000.fit_all();
    group.bench_function("frame_2000_cards_fit", |b| {
        b.iter(|| black_box(fit_2000.frame()));
    });
    let mut zoomed_2000 = Bench::new(2000);
    zoomed_2000.zoom_to_100();
    eprintln!(
        "vertices per frame: 2,000 cards fitted {}, at 100% {}",
        fit_2000.frame(),
        zoomed_2000.frame()
    );
    group.bench_function("frame_2000_cards_zoomed", |b| {
        b.iter(|| black_box(zoomed_2000.frame()));
    });
    let mut fit_10000 = Bench::new(10_000);
    fit_10000.fit_all();
    group.bench_function("frame_10000_cards_fit", |b| {
        b.iter(|| black_box(fit_10000.frame()));
    });
    // As the map opens: stages across at a legible zoom, titles abridged or in full.
    let mut opened_2000 = Bench::new(2000);
    group.bench_function("frame_2000_cards_opened", |b| {
        b.iter(|| black_box(opened_2000.frame()));
    });
    group.finish();
}

/// The airline example, as opened, and without its customer data.
fn airline() -> (Document, Document) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/airline.ron");
    let with_data = Document::open(&path).expect("the airline example opens");
    let mut bare = with_data.project().clone();
    bare.datasets.clear();
    (with_data, Document::untitled(bare))
}

fn relayout(c: &mut Criterion) {
    use journeymap::layout::{self, LayoutInput, Metrics, text::TextEngine};
    use journeymap::theme::Palette;
    use journeymap::ui::canvas::present;

    let mut group = c.benchmark_group("relayout");
    group.sample_size(30);
    let (with_data, bare) = airline();
    let (palette, metrics) = (Palette::light(), Metrics::default());
    let mut engine = TextEngine::new();
    for (name, doc) in [
        ("airline_map", &with_data),
        ("airline_map_without_data", &bare),
    ] {
        let journey = doc.project().journeys.first().expect("a journey");
        let input = LayoutInput {
            project: doc.project(),
            journey,
            palette: &palette,
            metrics: &metrics,
            persona: None,
            vote: None,
        };
        group.bench_function(name, |b| {
            b.iter(|| black_box(layout::layout(&input, &mut engine)));
        });
    }
    for (name, doc) in [
        ("airline_walkthrough_stage", &with_data),
        ("airline_walkthrough_stage_without_data", &bare),
    ] {
        let journey = doc.project().journeys.first().expect("a journey");
        let mut stage = 0;
        group.bench_function(name, |b| {
            b.iter(|| {
                stage = (stage + 1) % journey.stages.len();
                black_box(present::lay_out_stage(
                    doc,
                    journey,
                    stage,
                    (None, None),
                    vec2(1280.0, 720.0),
                    &mut engine,
                ))
            });
        });
    }
    group.finish();
}

criterion_group!(benches, canvas, relayout);
criterion_main!(benches);
