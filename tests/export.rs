//! Export: the SVG's structure, PNGs against golden images, PDFs read back, every
//! example in every format from the command line, a 10,000-card map under a memory
//! cap, the command line's errors, cancel, and the dialog in the app.
//!
//! Golden images: `UPDATE_GOLDEN=1 cargo test --test export` rewrites them.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::case_sensitive_file_extension_comparisons,
    reason = "a test fails loudly where it cannot go on"
)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use egui_kittest::kittest::Queryable;
use journeymap::export::{self, Format, Options, Paper, Progress, Request, Size, Subject, Theme};
use journeymap::io;
use journeymap::layout::text::TextEngine;
use journeymap::model::Project;

const EXAMPLES: [&str; 3] = ["service_station.ron", "train_trip.ron", "b2b_software.ron"];

fn load(name: &str) -> Project {
    io::load(&common::example(name)).unwrap().project
}

fn journeymap(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .args(args)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn run(project: &Project, request: &Request) -> Result<Vec<PathBuf>, export::ExportError> {
    let cancel = AtomicBool::new(false);
    let report = |_: f32| {};
    export::run(project, request, &Progress::new(&cancel, &report))
}

fn request(project: &Project, format: Format, size: Size, path: &Path) -> Request {
    Request {
        subjects: vec![Subject::Journey {
            journey: project.journeys[0].id,
            persona: None,
        }],
        format,
        size,
        theme: Theme::Light,
        options: Options::default(),
        path: path.to_path_buf(),
    }
}

/// The text of every `<text>` element, its runs joined, unescaped.
fn svg_texts(svg: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = svg;
    while let Some(start) = rest.find("<text") {
        let after = &rest[start..];
        let Some(end) = after.find("</text>") else {
            break;
        };
        let element = &after[..end];
        let mut content = String::new();
        let mut in_tag = false;
        // Skip the opening tag itself.
        let body = &element[element.find('>').unwrap() + 1..];
        for c in body.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => content.push(c),
                _ => {}
            }
        }
        out.push(
            content
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&"),
        );
        rest = &after[end..];
    }
    out
}

#[test]
fn the_svg_has_every_stage_lane_and_card_title_as_text() {
    let dir = tempfile::tempdir().unwrap();
    for name in EXAMPLES {
        let project = load(name);
        for journey in &project.journeys {
            let path = dir.path().join("map.svg");
            let mut req = request(&project, Format::Svg, Size::Natural, &path);
            req.subjects = vec![Subject::Journey {
                journey: journey.id,
                persona: None,
            }];
            run(&project, &req).unwrap();
            let svg = std::fs::read_to_string(&path).unwrap();
            assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
            let texts = svg_texts(&svg);

            // The lines exported are the lines the canvas lays out.
            let map = common::layout(&project, journey, None, &mut TextEngine::new());
            let lines = map
                .stages
                .iter()
                .flat_map(|s| &s.name.lines)
                .chain(map.lanes.iter().flat_map(|l| &l.name.lines))
                .chain(map.cards.iter().flat_map(|c| &c.title.lines));
            for line in lines {
                if line.text.trim().is_empty() {
                    continue;
                }
                assert!(
                    texts.iter().any(|t| t == &line.text),
                    "{name} / {}: “{}” is not a text of the SVG",
                    journey.name,
                    line.text
                );
            }
            assert_eq!(
                map.cards.len(),
                journey.cards.len(),
                "{name}: every card is on the map"
            );
            // Every title begins with the card's first word.
            for card in &journey.cards {
                if let Some(word) = card.title.split_whitespace().next() {
                    assert!(texts.iter().any(|t| t.contains(word)), "{name}: {word}");
                }
            }
            assert!(texts.iter().any(|t| t == &journey.name), "the title");
        }
    }
}

#[test]
fn no_text_of_a_card_leaves_the_card() {
    let mut engine = TextEngine::new();
    for name in EXAMPLES {
        let project = load(name);
        for journey in &project.journeys {
            let map = common::layout(&project, journey, None, &mut engine);
            for card in &map.cards {
                let inside = |x0: f32, y0: f32, w: f32, h: f32, what: &str| {
                    let r = card.rect;
                    assert!(
                        x0 >= r.min.x - 0.5
                            && y0 >= r.min.y - 0.5
                            && x0 + w <= r.max.x + 0.5
                            && y0 + h <= r.max.y + 0.5,
                        "{name}: {what} of card {:?} leaves it",
                        card.id
                    );
                };
                for line in &card.title.lines {
                    let at = card.title_pos + line.offset;
                    inside(at.x, at.y, line.width, card.title.line_height, &line.text);
                }
                for run in &card.footer {
                    let size = engine.wrap(&run.text, run.style, f32::INFINITY, 1).size;
                    inside(run.pos.x, run.pos.y, size.x, size.y, &run.text);
                }
                for dot in &card.dots {
                    let d = dot.radius;
                    inside(
                        dot.center.x - d,
                        dot.center.y - d,
                        2.0 * d,
                        2.0 * d,
                        "a dot",
                    );
                }
            }
        }
    }
}

/// RGB pixels and size of a PNG.
fn decode(path: &Path) -> (u32, u32, Vec<u8>) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    buf.truncate(info.buffer_size());
    let rgb = match info.color_type {
        png::ColorType::Rgb => buf,
        png::ColorType::Rgba => buf
            .chunks_exact(4)
            .flat_map(|p| [p[0], p[1], p[2]])
            .collect(),
        other => panic!("unexpected PNG colour type {other:?}"),
    };
    (info.width, info.height, rgb)
}

/// Compares a PNG with its golden image: same size, mean difference under 1.5 and
/// under 0.5% of the pixels off by more than 24.
fn assert_like_golden(png: &Path, golden: &str) {
    let golden = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(golden);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(golden.parent().unwrap()).unwrap();
        std::fs::copy(png, &golden).unwrap();
        return;
    }
    let (w, h, got) = decode(png);
    let (gw, gh, want) = decode(&golden);
    assert_eq!((w, h), (gw, gh), "size of {}", golden.display());
    let mut total = 0u64;
    let mut off = 0usize;
    for (a, b) in got.chunks_exact(3).zip(want.chunks_exact(3)) {
        let d = a
            .iter()
            .zip(b)
            .map(|(x, y)| x.abs_diff(*y))
            .max()
            .unwrap_or(0);
        total += u64::from(d);
        if d > 24 {
            off += 1;
        }
    }
    let pixels = (w * h) as usize;
    let mean = total as f64 / pixels as f64;
    assert!(
        mean < 1.5 && off * 200 < pixels,
        "{} differs: mean {mean:.2}, {off} of {pixels} pixels off (UPDATE_GOLDEN=1 to accept)",
        golden.display()
    );
}

#[test]
fn pngs_look_like_their_golden_images() {
    let dir = tempfile::tempdir().unwrap();
    let project = load("service_station.ron");
    for (theme, golden) in [
        (Theme::Light, "service_station_light.png"),
        (Theme::Dark, "service_station_dark.png"),
        (Theme::Print, "service_station_print.png"),
    ] {
        let path = dir.path().join(golden);
        let mut req = request(&project, Format::Png, Size::Width(900), &path);
        req.theme = theme;
        run(&project, &req).unwrap();
        assert_like_golden(&path, golden);
    }
    let persona = project.personas[0].id;
    let path = dir.path().join("persona.png");
    let mut req = request(&project, Format::Png, Size::Width(600), &path);
    req.subjects = vec![Subject::Persona(persona)];
    run(&project, &req).unwrap();
    assert_like_golden(&path, "service_station_persona.png");
}

#[test]
fn the_golden_comparison_catches_a_changed_map() {
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut project = load("service_station.ron");
    // Another colour for every card: the image must no longer match.
    for card in &mut project.journeys[0].cards {
        card.color = Some(journeymap::model::Rgb::new(0x40, 0x40, 0x40));
    }
    let path = dir.path().join("changed.png");
    run(
        &project,
        &request(&project, Format::Png, Size::Width(900), &path),
    )
    .unwrap();
    let result =
        std::panic::catch_unwind(|| assert_like_golden(&path, "service_station_light.png"));
    assert!(result.is_err(), "a changed map passed as the golden image");
}

/// The text of a PDF page, read from its content and every form it draws (svg2pdf
/// puts a drawing in a form XObject), decoded through each font's ToUnicode map.
fn pdf_text(doc: &lopdf::Document, page: lopdf::ObjectId) -> String {
    let mut out = String::new();
    let page = doc.get_dictionary(page).unwrap();
    if let Ok(resources) = page
        .get_deref(b"Resources", doc)
        .and_then(lopdf::Object::as_dict)
    {
        forms_text(doc, resources, &mut out, 0);
    }
    // Glyphs are placed one by one: compare without spaces.
    out.split_whitespace().collect()
}

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect()
}

fn forms_text(doc: &lopdf::Document, resources: &lopdf::Dictionary, out: &mut String, depth: u32) {
    if depth > 8 {
        return;
    }
    let Ok(xobjects) = resources
        .get_deref(b"XObject", doc)
        .and_then(lopdf::Object::as_dict)
    else {
        return;
    };
    for (_, object) in xobjects {
        let Ok(stream) = doc.dereference(object).and_then(|(_, o)| o.as_stream()) else {
            continue;
        };
        let own = stream
            .dict
            .get_deref(b"Resources", doc)
            .and_then(lopdf::Object::as_dict)
            .ok();
        let fonts = own.and_then(|r| {
            r.get_deref(b"Font", doc)
                .and_then(lopdf::Object::as_dict)
                .ok()
        });
        let content = stream
            .decompressed_content()
            .unwrap_or_else(|_| stream.content.clone());
        let ops = lopdf::content::Content::decode(&content)
            .unwrap()
            .operations;
        let mut encoding = None;
        for op in &ops {
            match op.operator.as_str() {
                "Tf" => {
                    encoding =
                        op.operands
                            .first()
                            .and_then(|n| n.as_name().ok())
                            .and_then(|name| {
                                let font = fonts?.get_deref(name, doc).ok()?.as_dict().ok()?;
                                font.get_font_encoding(doc).ok()
                            });
                }
                "Tj" | "TJ" => {
                    let strings: Vec<&[u8]> = op
                        .operands
                        .iter()
                        .flat_map(|o| match o {
                            lopdf::Object::Array(items) => items.iter().collect::<Vec<_>>(),
                            other => vec![other],
                        })
                        .filter_map(|o| o.as_str().ok())
                        .collect();
                    if let Some(enc) = &encoding {
                        for bytes in strings {
                            out.push_str(
                                &lopdf::Document::decode_text(enc, bytes).unwrap_or_default(),
                            );
                        }
                    }
                }
                "ET" => out.push(' '),
                _ => {}
            }
        }
        if let Some(own) = own {
            forms_text(doc, own, out, depth + 1);
        }
    }
}

#[test]
fn the_pdf_reads_back_with_its_pages_size_and_text() {
    let dir = tempfile::tempdir().unwrap();
    let project = load("train_trip.ron");
    let path = dir.path().join("all.pdf");
    let mut req = request(&project, Format::Pdf, Size::Paper(Paper::A4, 300), &path);
    req.subjects = project
        .journeys
        .iter()
        .map(|j| Subject::Journey {
            journey: j.id,
            persona: None,
        })
        .collect();
    run(&project, &req).unwrap();
    let doc = lopdf::Document::load(&path).unwrap();
    let pages = doc.get_pages();
    assert_eq!(pages.len(), project.journeys.len());
    for (number, id) in &pages {
        let page = doc.get_dictionary(*id).unwrap();
        let media = page.get(b"MediaBox").unwrap().as_array().unwrap();
        let dims: Vec<f32> = media.iter().map(|o| o.as_float().unwrap()).collect();
        // A4 landscape, in points.
        assert!(
            (dims[2] - 841.89).abs() < 0.5,
            "page {number} width {}",
            dims[2]
        );
        assert!(
            (dims[3] - 595.28).abs() < 0.5,
            "page {number} height {}",
            dims[3]
        );
        let journey = &project.journeys[*number as usize - 1];
        let flat = pdf_text(&doc, *id);
        assert!(
            flat.contains(&squeeze(&journey.name)),
            "page {number}: {flat}"
        );
        for stage in &journey.stages {
            assert!(
                flat.contains(&squeeze(&stage.name)),
                "page {number}: {}",
                stage.name
            );
        }
        for card in journey.cards.iter().take(20) {
            let first_line: String = card.title.chars().take(12).collect();
            assert!(
                flat.contains(&squeeze(&first_line)),
                "page {number}: {}",
                card.title
            );
        }
    }
}

#[test]
fn every_example_exports_in_every_format_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    for name in EXAMPLES {
        for ext in ["png", "svg", "pdf"] {
            let out = dir.path().join(format!("{name}.{ext}"));
            let o = journeymap(&[
                "export",
                common::example(name).to_str().unwrap(),
                "-o",
                out.to_str().unwrap(),
                "--journey",
                "all",
            ]);
            assert!(o.status.success(), "{name} {ext}: {}", text(&o.stderr));
            assert!(text(&o.stdout).contains("wrote "), "{}", text(&o.stdout));
        }
    }
    let mut files: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    // PNG and SVG: one file per journey; PDF: one file. No partial files left.
    assert!(files.iter().all(|f| !f.ends_with(".partial")), "{files:?}");
    let pngs = files.iter().filter(|f| f.ends_with(".png")).count();
    let journeys: usize = EXAMPLES.iter().map(|n| load(n).journeys.len()).sum();
    assert_eq!(pngs, journeys, "{files:?}");
    assert_eq!(files.iter().filter(|f| f.ends_with(".pdf")).count(), 3);
    // Files are what they say.
    for f in &files {
        let bytes = std::fs::read(dir.path().join(f)).unwrap();
        let magic: &[u8] = match Path::new(f).extension().and_then(|e| e.to_str()) {
            Some("png") => b"\x89PNG",
            Some("pdf") => b"%PDF",
            _ => b"<svg",
        };
        assert!(bytes.starts_with(magic), "{f}");
    }
}

#[test]
fn paper_sizes_dpi_theme_and_persona_pages_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = common::example("train_trip.ron");
    let out = dir.path().join("a3.png");
    let o = journeymap(&[
        "export",
        file.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--paper",
        "a3",
        "--dpi",
        "100",
        "--theme",
        "dark",
        "--persona",
        "Priya Shah",
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let (w, h, _) = decode(&out);
    // A3 landscape at 100 DPI.
    assert_eq!((w, h), (1654, 1169));
    let page = dir.path().join("priya.pdf");
    let o = journeymap(&[
        "export",
        file.to_str().unwrap(),
        "-o",
        page.to_str().unwrap(),
        "--persona",
        "priya shah",
        "--one-pager",
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let doc = lopdf::Document::load(&page).unwrap();
    let first = *doc.get_pages().values().next().unwrap();
    let flat = pdf_text(&doc, first);
    assert!(flat.contains("PriyaShah"), "{flat}");
    assert!(flat.contains("Goals"), "{flat}");
}

#[test]
fn bad_arguments_say_what_is_wrong_and_exit_with_1() {
    let dir = tempfile::tempdir().unwrap();
    let file = common::example("train_trip.ron");
    let file = file.to_str().unwrap();
    let out = dir.path().join("x.png");
    let out = out.to_str().unwrap();
    let cases: [(Vec<&str>, &str); 4] = [
        (
            vec!["export", file, "-o", out, "--journey", "Nope"],
            "no journey “Nope” in this project; its journeys are: “Trip with a connection”",
        ),
        (
            vec!["export", file, "-o", out, "--persona", "Bob"],
            "no persona “Bob” in this project; its personas are: “Priya Shah”",
        ),
        (
            vec!["export", file, "-o", "/no/such/folder/x.png"],
            "can't write /no/such/folder/x.png: the folder /no/such/folder does not exist",
        ),
        (
            vec!["export", file, "-o", "x.jpg"],
            "the file name must end in .png, .svg or .pdf",
        ),
    ];
    for (args, message) in cases {
        let o = journeymap(&args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        assert!(
            text(&o.stderr).contains(message),
            "{args:?}: {}",
            text(&o.stderr)
        );
    }
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "(format_version: 1, project: (name: ").unwrap();
    let o = journeymap(&["export", broken.to_str().unwrap(), "-o", out]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("broken.ron:1:"),
        "{}",
        text(&o.stderr)
    );
    assert!(!Path::new(out).exists());
    // Usage errors (a paper that does not exist) exit with 2.
    let o = journeymap(&["export", file, "-o", out, "--paper", "B5"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("use A4, A3, A2, A1 or A0"));
}

#[test]
fn a_10000_card_map_exports_within_a_memory_cap() {
    let dir = tempfile::tempdir().unwrap();
    let project = journeymap::model::synthetic::project(10_000);
    let file = dir.path().join("big.ron");
    io::save(&file, &project).unwrap();
    for ext in ["png", "pdf"] {
        let out = dir.path().join(format!("big.{ext}"));
        // At most 1.5 GB of address space: a map rendered in one piece would not fit.
        let script = format!(
            "ulimit -v 1500000 && exec '{}' export '{}' -o '{}'",
            env!("CARGO_BIN_EXE_journeymap"),
            file.display(),
            out.display()
        );
        let o = Command::new("sh").arg("-c").arg(&script).output().unwrap();
        assert!(o.status.success(), "{ext}: {}", text(&o.stderr));
        assert!(std::fs::metadata(&out).unwrap().len() > 100_000);
    }
}

#[test]
fn a_cancelled_export_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let project = load("service_station.ron");
    let path = dir.path().join("x.png");
    let cancel = AtomicBool::new(true);
    let report = |_: f32| {};
    let result = export::run(
        &project,
        &request(&project, Format::Png, Size::Natural, &path),
        &Progress::new(&cancel, &report),
    );
    assert!(matches!(result, Err(export::ExportError::Cancelled)));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn the_export_dialog_exports_in_the_background() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::app_on(Some(common::example("service_station.ron")));
    common::wait_for_load(&mut h);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    h.step();
    h.step();
    h.get_by_label("PDF").click();
    h.step();
    let path = dir.path().join("station.pdf");
    let field = h.get_by_role_and_label(egui::Role::TextInput, "File");
    field.focus();
    h.step();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.step();
    h.get_by_role_and_label(egui::Role::TextInput, "File")
        .type_text(path.to_str().unwrap());
    h.step();
    h.get_by_role_and_label(egui::Role::Button, "Export")
        .click();
    // The window keeps drawing frames while the export runs on its thread.
    let mut frames = 0;
    for _ in 0..1000 {
        h.step();
        frames += 1;
        if h.query_by_label("Exported").is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(
        h.query_by_label("Exported").is_some(),
        "no “Exported” after {frames} frames"
    );
    assert!(path.exists());
    h.get_by_label(path.to_str().unwrap());
    h.get_by_label("Open folder");
    // The outcome is a short note, not the settings' tall window left empty.
    for _ in 0..4 {
        h.step();
    }
    let top = h.get_by_label("Exported").rect().min.y;
    let bottom = h
        .get_by_role_and_label(egui::Role::Button, "Close")
        .rect()
        .max
        .y;
    assert!(
        bottom - top < 150.0,
        "the outcome takes {} points",
        bottom - top
    );
    let doc = lopdf::Document::load(&path).unwrap();
    assert_eq!(doc.get_pages().len(), 1);
    h.get_by_role_and_label(egui::Role::Button, "Close").click();
    h.step();
    h.step();
    assert!(h.query_by_label("Exported").is_none());
}
