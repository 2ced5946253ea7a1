//! Our SVG, read by usvg with the shipped fonts, then rendered to PNG by resvg (in
//! strips of rows, so a poster never needs a poster-sized buffer) or converted to a
//! vector PDF by svg2pdf, one page per picture.

use crate::t;
use std::collections::HashMap;
use std::io::Write;
use std::sync::{Arc, OnceLock};

use emath::{Rect, pos2};
use pdf_writer::{Content, Finish, Name, Pdf, Ref, TextStr};
use resvg::{tiny_skia, usvg};

use super::page::Placement;
use super::svg::{Picture, document_part};
use super::{ExportError, Progress};
use crate::assets;

/// Bytes of colour rendered at a time for a PNG.
const STRIP_BYTES: u64 = 32 * 1024 * 1024;

/// usvg's options: the shipped fonts only (no system fonts, so every machine draws
/// the same), 96 pixels per inch.
pub fn usvg_options() -> usvg::Options<'static> {
    static FONTS: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    let fontdb = FONTS.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        for data in [
            assets::INTER_REGULAR,
            assets::INTER_SEMIBOLD,
            assets::NOTO_EMOJI,
            assets::DEJAVU_SANS,
        ] {
            db.load_font_source(usvg::fontdb::Source::Binary(Arc::new(data)));
        }
        db.set_sans_serif_family("Inter"); // not for people: a font family name
        Arc::new(db)
    });
    usvg::Options {
        font_family: "Inter".to_owned(), // not for people: a font family name
        fontdb: Arc::clone(fontdb),
        ..usvg::Options::default()
    }
}

/// Reads an SVG document we wrote.
pub fn parse(svg: &str) -> Result<usvg::Tree, ExportError> {
    usvg::Tree::from_str(svg, &usvg_options())
        .map_err(|e| ExportError::Render(t!("out-error-read-back", error = e.to_string())))
}

/// The SVG document of a placed picture.
pub fn svg_document(picture: &Picture, placement: &Placement) -> String {
    placed(picture, placement, None, 0..picture.elements.len())
}

/// The SVG document of elements `part` of a placed picture, cut to `clip` (page units).
fn placed(
    picture: &Picture,
    placement: &Placement,
    clip: Option<Rect>,
    part: std::ops::Range<usize>,
) -> String {
    let (w, h) = &placement.size_attr;
    document_part(
        picture,
        placement.page,
        (w, h),
        placement.scale,
        placement.offset,
        clip,
        part,
    )
}

/// Pictures with more elements than this are converted to PDF in parts, in parallel.
const PDF_PART_ELEMENTS: usize = 600;

/// A page's picture as PDF form XObjects (chunk, its XObject), drawn in order. A
/// large picture is cut into consecutive runs of elements, one per processor core,
/// converted side by side: reading the SVG (text layout) and compressing the PDF
/// streams dominate, and both run per part.
fn pdf_parts(
    picture: &Picture,
    placement: &Placement,
) -> Result<Vec<(pdf_writer::Chunk, Ref)>, ExportError> {
    let count = picture.elements.len();
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let n = (count / PDF_PART_ELEMENTS).clamp(1, cores.min(4));
    let ranges: Vec<std::ops::Range<usize>> = (0..n)
        .map(|i| (count * i / n)..(count * (i + 1) / n))
        .collect();
    let convert = |range: std::ops::Range<usize>| {
        let svg = placed(picture, placement, None, range);
        let tree = parse(&svg)?;
        svg2pdf::to_chunk(&tree, svg2pdf::ConversionOptions::default())
            .map_err(|e| ExportError::Render(t!("out-error-pdf-because", error = e.to_string())))
    };
    if n == 1 {
        return Ok(vec![convert(0..count)?]);
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = ranges
            .into_iter()
            .map(|range| scope.spawn(move || convert(range)))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join().unwrap_or_else(|_| {
                    Err(ExportError::Render(t!("out-error-pdf-part").to_owned()))
                })
            })
            .collect()
    })
}

/// Renders a placed picture into `out` as a PNG, strip by strip.
pub fn write_png(
    picture: &Picture,
    placement: &Placement,
    out: impl Write,
    progress: &Progress<'_>,
) -> Result<(), ExportError> {
    let [width, height] = placement.pixels;
    let mut encoder = png::Encoder::new(out, width, height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    if let Some(dpi) = placement.dpi {
        let per_metre = (dpi / 0.0254).round() as u32;
        encoder.set_pixel_dims(Some(png::PixelDimensions {
            xppu: per_metre,
            yppu: per_metre,
            unit: png::Unit::Meter,
        }));
    }
    let png_error = |e: png::EncodingError| match e {
        png::EncodingError::IoError(io) => ExportError::Io(io),
        other => ExportError::Render(t!("out-error-png", error = other.to_string())),
    };
    let mut writer = encoder.write_header().map_err(png_error)?;
    let mut stream = writer.stream_writer().map_err(png_error)?;
    let rows = (STRIP_BYTES / (u64::from(width) * 4)).clamp(16, u64::from(height)) as u32;
    let mut rgb = Vec::with_capacity(width as usize * rows as usize * 3);
    let mut y0 = 0;
    while y0 < height {
        progress.check()?;
        progress.report(y0 as f32 / height as f32);
        let strip = rows.min(height - y0);
        let pixmap = render_rows(picture, placement, y0, strip)?;
        // The background is opaque, so premultiplied colour is the colour.
        rgb.clear();
        for px in pixmap.data().chunks_exact(4) {
            rgb.extend_from_slice(&px[..3]);
        }
        stream.write_all(&rgb)?;
        y0 += strip;
    }
    stream.finish().map_err(png_error)?;
    progress.report(1.0);
    Ok(())
}

/// The whole placed picture as RGBA pixels (row by row, `placement.pixels` in size),
/// for small images such as the dialog's preview.
pub fn rgba(picture: &Picture, placement: &Placement) -> Result<Vec<u8>, ExportError> {
    let pixmap = render_rows(picture, placement, 0, placement.pixels[1])?;
    // Opaque background: premultiplied colour is the colour.
    Ok(pixmap.take())
}

/// Renders `rows` rows of pixels from row `y0`: only the elements that touch them are
/// written into the SVG read for this strip.
fn render_rows(
    picture: &Picture,
    placement: &Placement,
    y0: u32,
    rows: u32,
) -> Result<tiny_skia::Pixmap, ExportError> {
    let [width, height] = placement.pixels;
    let k = width as f32 / placement.page.x;
    let clip = Rect::from_min_max(
        pos2(0.0, y0 as f32 / k),
        pos2(placement.page.x, (y0 + rows) as f32 / k),
    );
    let svg = placed(picture, placement, Some(clip), 0..picture.elements.len());
    let tree = parse(&svg)?;
    let mut pixmap =
        tiny_skia::Pixmap::new(width, rows).ok_or(ExportError::TooLarge { width, height })?;
    // The tree is in page units scaled to its size attributes; map it to pixels.
    let to_pixels = width as f32 / tree.size().width();
    resvg::render(
        &tree,
        tiny_skia::Transform::from_row(to_pixels, 0.0, 0.0, to_pixels, 0.0, -(y0 as f32)),
        &mut pixmap.as_mut(),
    );
    Ok(pixmap)
}

/// A vector PDF with one page per placed picture; text stays text (subset fonts).
pub fn pdf(
    pages: &[(Picture, Placement)],
    title: &str,
    progress: &Progress<'_>,
) -> Result<Vec<u8>, ExportError> {
    let mut alloc = Ref::new(1);
    let catalog = alloc.bump();
    let tree_ref = alloc.bump();
    let page_refs: Vec<Ref> = pages.iter().map(|_| alloc.bump()).collect();
    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(tree_ref);
    pdf.pages(tree_ref)
        .kids(page_refs.iter().copied())
        .count(i32::try_from(page_refs.len()).unwrap_or(i32::MAX));
    for (i, ((picture, placement), page_ref)) in pages.iter().zip(&page_refs).enumerate() {
        progress.check()?;
        progress.report(i as f32 / pages.len() as f32);
        let parts = pdf_parts(picture, placement)?;
        // 96 CSS pixels to the inch, 72 points.
        let (w, h) = (placement.page.x * 0.75, placement.page.y * 0.75);
        let content_ref = alloc.bump();
        let mut xobjects = Vec::with_capacity(parts.len());
        let mut chunks = Vec::with_capacity(parts.len());
        for (chunk, xobject) in parts {
            let mut renumbered = HashMap::new();
            let chunk =
                chunk.renumber(|old| *renumbered.entry(old).or_insert_with(|| alloc.bump()));
            let xobject = renumbered
                .get(&xobject)
                .copied()
                .ok_or_else(|| ExportError::Render(t!("out-error-pdf").to_owned()))?;
            xobjects.push((format!("M{}", xobjects.len()), xobject));
            chunks.push(chunk);
        }
        let mut page = pdf.page(*page_ref);
        page.media_box(pdf_writer::Rect::new(0.0, 0.0, w, h));
        page.parent(tree_ref);
        page.contents(content_ref);
        {
            let mut resources = page.resources();
            let mut names = resources.x_objects();
            for (name, xobject) in &xobjects {
                names.pair(Name(name.as_bytes()), *xobject);
            }
        }
        page.finish();
        let mut content = Content::new();
        for (name, _) in &xobjects {
            content.save_state();
            content.transform([w, 0.0, 0.0, h, 0.0, 0.0]);
            content.x_object(Name(name.as_bytes()));
            content.restore_state();
        }
        pdf.stream(content_ref, &content.finish());
        for chunk in &chunks {
            pdf.extend(chunk);
        }
    }
    let info = alloc.bump();
    pdf.document_info(info)
        .title(TextStr(title))
        .producer(TextStr("journeymap"));
    progress.report(1.0);
    Ok(pdf.finish())
}
