//! Export: journey maps and persona one-pagers as SVG, PNG and PDF, from the app and
//! the command line, with no window and no GPU. One path for every format: the layout
//! (the same one the canvas paints) -> our SVG (`svg`, `map`, `page`, `persona`) ->
//! PNG with resvg or a vector PDF with svg2pdf (`render`).

mod chart;
mod map;
pub mod page;
mod persona;
pub mod render;
mod subjects;
pub mod svg;

use crate::t;
use std::fmt;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::layout::text::TextEngine;
use crate::model::{JourneyId, PersonaId, Project};
use crate::theme::Palette;

pub use page::{Placement, place};
pub use subjects::{ExportError, find_journey, find_persona};
pub use svg::Picture;

/// What a file is written as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Png,
    Svg,
    Pdf,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Png, Format::Svg, Format::Pdf];

    /// The format a file name asks for, from its extension.
    pub fn from_path(path: &Path) -> Result<Self, ExportError> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("png") => Ok(Format::Png),
            Some("svg") => Ok(Format::Svg),
            Some("pdf") => Ok(Format::Pdf),
            _ => Err(ExportError::UnknownExtension(path.to_path_buf())),
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Png => "png",
            Format::Svg => "svg",
            Format::Pdf => "pdf",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Format::Png => t!("format-png"),
            Format::Svg => t!("format-svg"),
            Format::Pdf => t!("format-pdf"),
        }
    }
}

/// Paper sizes for posters and print.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paper {
    A4,
    A3,
    A2,
    A1,
    A0,
}

impl Paper {
    pub const ALL: [Paper; 5] = [Paper::A4, Paper::A3, Paper::A2, Paper::A1, Paper::A0];

    pub fn label(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::A3 => "A3",
            Paper::A2 => "A2",
            Paper::A1 => "A1",
            Paper::A0 => "A0",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|p| p.label().eq_ignore_ascii_case(text.trim()))
    }
}

/// How big the output is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Size {
    /// The map at 100% (PNG at twice that, for sharp slides).
    Natural,
    /// This many pixels wide (CSS pixels for SVG and PDF).
    Width(u32),
    /// A sheet of paper (landscape for wide maps) at dots per inch.
    Paper(Paper, u32),
}

/// The colours of an export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    /// White paper, black text, no shadows.
    Print,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Print];

    pub fn palette(self) -> Palette {
        match self {
            Theme::Light => Palette::light(),
            Theme::Dark => Palette::dark(),
            Theme::Print => Palette::print(),
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Print => "print",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|t| t.label().eq_ignore_ascii_case(text.trim()))
    }
}

/// What goes around the map.
#[derive(Clone, Debug, PartialEq, Eq)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent choices of what an export includes"
)]
pub struct Options {
    /// The journey's name and the project's, above the map.
    pub title: bool,
    /// The curve legend and the key to the marks.
    pub legend: bool,
    /// The personas who walk the journey, under the title.
    pub personas: bool,
    /// A date to print at the top right (see [`today`]).
    pub date: Option<String>,
    /// The dots of the journey's latest vote on the cards (ranked once it is closed).
    pub votes: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            title: true,
            legend: true,
            personas: true,
            date: None,
            votes: false,
        }
    }
}

/// One thing to export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    /// A journey map, with only one persona's cards when given.
    Journey {
        journey: JourneyId,
        persona: Option<PersonaId>,
    },
    /// A persona's one-pager.
    Persona(PersonaId),
    /// A chart of a journey's curves view.
    Chart {
        journey: JourneyId,
        chart: crate::analysis::curves::Chart,
    },
}

/// An export to run.
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    pub subjects: Vec<Subject>,
    pub format: Format,
    pub size: Size,
    pub theme: Theme,
    pub options: Options,
    /// Where to write. With several subjects, PNG and SVG write one file each, named
    /// after this one (`map-onboarding.png`...); a PDF gets one page each.
    pub path: PathBuf,
}

/// Progress reports and the cancel flag of a running export.
pub struct Progress<'a> {
    cancel: &'a AtomicBool,
    report: &'a (dyn Fn(f32) + Sync),
    /// The part of the whole job this step covers: (start, length), in 0..1.
    span: (f32, f32),
}

impl fmt::Debug for Progress<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Progress")
            .field("span", &self.span)
            .finish_non_exhaustive()
    }
}

impl<'a> Progress<'a> {
    pub fn new(cancel: &'a AtomicBool, report: &'a (dyn Fn(f32) + Sync)) -> Self {
        Self {
            cancel,
            report,
            span: (0.0, 1.0),
        }
    }

    /// `Err(Cancelled)` once the user asked to stop.
    pub fn check(&self) -> Result<(), ExportError> {
        if self.cancel.load(Ordering::Relaxed) {
            Err(ExportError::Cancelled)
        } else {
            Ok(())
        }
    }

    pub fn report(&self, done: f32) {
        (self.report)(self.span.0 + self.span.1 * done.clamp(0.0, 1.0));
    }

    /// The progress of step `i` of `n`.
    fn step(&self, i: usize, n: usize) -> Progress<'a> {
        let n = n.max(1) as f32;
        Progress {
            cancel: self.cancel,
            report: self.report,
            span: (self.span.0 + self.span.1 * i as f32 / n, self.span.1 / n),
        }
    }
}

/// The picture of one subject, or `None` when it is no longer in the project.
pub fn picture(
    project: &Project,
    subject: Subject,
    theme: Theme,
    options: &Options,
    engine: &mut TextEngine,
) -> Option<Picture> {
    let palette = theme.palette();
    match subject {
        Subject::Journey { journey, persona } => {
            let journey = project.journey(journey)?;
            Some(page::journey_picture(
                project, journey, persona, &palette, options, engine,
            ))
        }
        Subject::Persona(id) => {
            let persona = project.persona(id)?;
            Some(persona::persona_picture(
                project, persona, &palette, options, engine,
            ))
        }
        Subject::Chart { journey, chart } => {
            let journey = project.journey(journey)?;
            Some(chart::chart_picture(
                project, journey, chart, &palette, options, engine,
            ))
        }
    }
}

/// A subject's name, for file names and messages.
pub fn subject_name(project: &Project, subject: Subject) -> String {
    match subject {
        Subject::Journey { journey, .. } => project
            .journey(journey)
            .map_or_else(|| "journey".to_owned(), |j| j.name.clone()),
        Subject::Persona(id) => project
            .persona(id)
            .map_or_else(|| "persona".to_owned(), |p| p.name.clone()),
        Subject::Chart { journey, chart } => project.journey(journey).map_or_else(
            || chart.label().to_owned(),
            |j| format!("{} {}", j.name, chart.label()),
        ),
    }
}

/// The files an export writes: `path` itself for one subject or a PDF; else one per
/// subject, named after `path` and the subject.
pub fn output_paths(project: &Project, request: &Request) -> Vec<PathBuf> {
    if request.subjects.len() <= 1 || request.format == Format::Pdf {
        return vec![request.path.clone()];
    }
    let stem = request
        .path
        .file_stem()
        .map_or_else(|| "export".into(), |s| s.to_string_lossy().into_owned());
    let mut used = std::collections::BTreeSet::new();
    request
        .subjects
        .iter()
        .map(|s| {
            let base = format!("{stem}-{}", slug(&subject_name(project, *s)));
            let mut name = base.clone();
            let mut k = 2;
            while !used.insert(name.clone()) {
                name = format!("{base}-{k}");
                k += 1;
            }
            request
                .path
                .with_file_name(format!("{name}.{}", request.format.extension()))
        })
        .collect()
}

/// A file-name-safe form of a name: "Buy a ticket!" -> "buy-a-ticket".
pub fn slug(name: &str) -> String {
    let mut s = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            s.push(c);
        } else if !s.ends_with('-') {
            s.push('-');
        }
    }
    let s = s.trim_matches('-');
    if s.is_empty() {
        "untitled".to_owned()
    } else {
        s.chars().take(60).collect()
    }
}

/// Runs an export; returns the files written.
pub fn run(
    project: &Project,
    request: &Request,
    progress: &Progress<'_>,
) -> Result<Vec<PathBuf>, ExportError> {
    if request.subjects.is_empty() {
        return Err(ExportError::NoJourney);
    }
    let mut engine = TextEngine::new();
    let paths = output_paths(project, request);
    let pdf = request.format == Format::Pdf;
    let n = request.subjects.len();
    let mut pages = Vec::new();
    for (i, subject) in request.subjects.iter().enumerate() {
        progress.check()?;
        let step = progress.step(i, n);
        let Some(picture) = picture(
            project,
            *subject,
            request.theme,
            &request.options,
            &mut engine,
        ) else {
            continue;
        };
        let placement = place(picture.size, request.size, pdf)?;
        match request.format {
            Format::Pdf => pages.push((picture, placement)),
            Format::Svg => {
                let svg = render::svg_document(&picture, &placement);
                write_file(&paths[i], |w| Ok(w.write_all(svg.as_bytes())?))?;
                step.report(1.0);
            }
            Format::Png => {
                write_file(&paths[i], |w| {
                    render::write_png(&picture, &placement, w, &step)
                })?;
            }
        }
    }
    if pdf {
        let title = match request.subjects.as_slice() {
            [one] => subject_name(project, *one),
            _ => project.name.clone(),
        };
        let bytes = render::pdf(&pages, &title, progress)?;
        write_file(&request.path, |w| Ok(w.write_all(&bytes)?))?;
    }
    Ok(paths)
}

/// Writes a file through a temporary one beside it, so a failed or cancelled export
/// never leaves half a file (nor destroys the previous one).
fn write_file(
    path: &Path,
    write: impl FnOnce(&mut BufWriter<std::fs::File>) -> Result<(), ExportError>,
) -> Result<(), ExportError> {
    let name = path
        .file_name()
        .map_or_else(|| "export".into(), |n| n.to_string_lossy().into_owned());
    let temp = path.with_file_name(format!(".{name}.partial"));
    let cannot = |e: std::io::Error| ExportError::Write {
        path: path.to_path_buf(),
        reason: io_reason(path, &e),
    };
    let file = std::fs::File::create(&temp).map_err(cannot)?;
    let mut w = BufWriter::new(file);
    let result = write(&mut w).and_then(|()| {
        let file = w
            .into_inner()
            .map_err(|e| ExportError::Io(e.into_error()))?;
        file.sync_all()?;
        Ok(())
    });
    let result = result.and_then(|()| std::fs::rename(&temp, path).map_err(cannot));
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    match result {
        Err(ExportError::Io(e)) => Err(cannot(e)),
        other => other,
    }
}

fn io_reason(path: &Path, e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| ".".into(), |p| p.display().to_string());
    match e.kind() {
        ErrorKind::NotFound => t!("out-error-no-folder", folder = folder),
        ErrorKind::PermissionDenied => t!("out-error-permission", folder = folder),
        ErrorKind::StorageFull => t!("out-error-disk-full").to_owned(),
        _ => crate::io::plain_io(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_come_from_extensions() {
        assert_eq!(
            Format::from_path(Path::new("a/b.PNG")).unwrap(),
            Format::Png
        );
        assert_eq!(Format::from_path(Path::new("x.pdf")).unwrap(), Format::Pdf);
        let e = Format::from_path(Path::new("x.jpg")).unwrap_err();
        assert!(e.to_string().contains(".png, .svg or .pdf"), "{e}");
    }

    /// The SVG of one subject of the airline example.
    fn svg_of(project: &Project, subject: Subject) -> String {
        let mut engine = TextEngine::new();
        let picture = picture(
            project,
            subject,
            Theme::Light,
            &Options::default(),
            &mut engine,
        )
        .unwrap();
        let placement = place(picture.size, Size::Natural, false).unwrap();
        render::svg_document(&picture, &placement)
    }

    #[test]
    fn an_export_in_french_has_french_words_and_numbers() {
        use crate::i18n::numbers::NNBSP;
        let project = crate::examples::EXAMPLES[3].project().unwrap();
        let journey = project.journeys[0].id;
        let persona = project.personas[0].id;
        let map = Subject::Journey {
            journey,
            persona: None,
        };
        let nps = Subject::Chart {
            journey,
            chart: crate::analysis::curves::Chart::Kpis,
        };
        let english = svg_of(&project, map);
        assert!(english.contains("Moment of truth"));
        let _fr = crate::i18n::scoped(crate::i18n::Lang::Fr);
        // The key under the map.
        let map = svg_of(&project, map);
        assert!(map.contains("Moment de vérité"), "the key is in French");
        assert!(map.contains("Irritant"));
        assert!(!map.contains("Moment of truth"));
        // The persona one-pager's headings.
        let page = svg_of(&project, Subject::Persona(persona));
        assert!(page.contains("Objectifs") || page.contains("Frustrations et craintes"));
        // The NPS chart: shares and axis written the French way, its heading too.
        let chart = svg_of(&project, nps);
        assert!(
            chart.contains(&format!("100{NNBSP}%")),
            "percentages in French"
        );
        assert!(chart.contains("de la cible"));
        assert!(!chart.contains("100%"));
        assert!(chart.contains("KPI des étapes"));
        // A date on the page.
        assert_eq!(
            crate::i18n::dates::date_from_days(20_415),
            "23 novembre 2025"
        );
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Buy a ticket!"), "buy-a-ticket");
        assert_eq!(slug("  "), "untitled");
        assert_eq!(slug("Élodie à Paris"), "élodie-à-paris");
    }
}
