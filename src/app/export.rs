//! The export dialog's state: what to export and how, the preview (rendered on a
//! thread), and the export itself, run on a thread with progress and cancel. The
//! window stays responsive; the dialog polls each frame.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};

use crate::analysis::curves::Chart;
use crate::export::{self, Format, Paper, Size, Subject, Theme};
use crate::i18n::{Lang, Said};
use crate::model::{JourneyId, PersonaId, Project};
use crate::t;

/// What the dialog exports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum What {
    /// One journey map, or every journey (`None`).
    Journey(Option<JourneyId>),
    /// A persona's one-pager.
    Persona(PersonaId),
    /// A chart of the curves view.
    Chart(JourneyId, Chart),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SizeKind {
    Natural,
    Width,
    Paper,
}

/// The choices in the dialog.
#[derive(Clone, Debug, PartialEq)]
#[expect(clippy::struct_excessive_bools, reason = "the dialog's check boxes")]
pub struct Settings {
    pub what: What,
    /// Only this persona's cards on the map.
    pub only_persona: Option<PersonaId>,
    pub format: Format,
    pub size: SizeKind,
    pub width: u32,
    pub paper: Paper,
    pub dpi: u32,
    pub theme: Theme,
    pub title: bool,
    pub legend: bool,
    pub personas: bool,
    pub date: bool,
    /// The latest dot vote's results on the map.
    pub votes: bool,
    /// Where to write, as typed (or chosen with Browse).
    pub path: String,
}

impl Settings {
    pub fn size(&self) -> Size {
        match self.size {
            SizeKind::Natural => Size::Natural,
            SizeKind::Width => Size::Width(self.width.clamp(16, 65_000)),
            SizeKind::Paper => Size::Paper(self.paper, self.dpi.clamp(36, 1200)),
        }
    }

    pub fn options(&self) -> export::Options {
        export::Options {
            title: self.title,
            legend: self.legend,
            personas: self.personas,
            date: self.date.then(crate::i18n::dates::today),
            votes: self.votes,
        }
    }

    pub fn subjects(&self, project: &Project) -> Vec<Subject> {
        match self.what {
            What::Persona(p) => vec![Subject::Persona(p)],
            What::Chart(journey, chart) => vec![Subject::Chart { journey, chart }],
            What::Journey(Some(j)) => vec![Subject::Journey {
                journey: j,
                persona: self.only_persona,
            }],
            What::Journey(None) => project
                .journeys
                .iter()
                .map(|j| Subject::Journey {
                    journey: j.id,
                    persona: self.only_persona,
                })
                .collect(),
        }
    }

    /// The file name the dialog suggests for what is chosen.
    pub fn suggested_name(&self, project: &Project) -> String {
        let name = match self.what {
            What::Journey(Some(j)) => project.journey(j).map(|j| j.name.clone()),
            What::Journey(None) => Some(project.name.clone()),
            What::Persona(p) => project.persona(p).map(|p| p.name.clone()),
            What::Chart(j, chart) => project
                .journey(j)
                .map(|j| format!("{} {}", j.name, chart.label())),
        }
        .unwrap_or_default();
        format!("{}.{}", export::slug(&name), self.format.extension())
    }

    /// Gives the path the extension of the chosen format.
    pub fn fix_extension(&mut self) {
        let trimmed = self.path.trim();
        if trimmed.is_empty() {
            return;
        }
        let path = PathBuf::from(trimmed);
        let fixed = if Format::from_path(&path).is_ok() || path.extension().is_none() {
            path.with_extension(self.format.extension())
        } else {
            // "map.v2" keeps its ".v2" and gets the format's extension after it.
            let mut name = path.into_os_string();
            name.push(".");
            name.push(self.format.extension());
            PathBuf::from(name)
        };
        self.path = fixed.display().to_string();
    }

    /// What the dialog shows as the output size, e.g. "9933 × 7016 px".
    pub fn size_summary(&self, picture: Option<emath::Vec2>) -> String {
        let Some(picture) = picture else {
            return String::new();
        };
        match export::place(picture, self.size(), self.format == Format::Pdf) {
            // A page: its size in millimetres, for a PDF or an SVG set on paper.
            Ok(p)
                if self.format == Format::Pdf
                    || (self.format == Format::Svg && self.size == SizeKind::Paper) =>
            {
                t!(
                    "export-size-page-mm",
                    width = (p.page.x * 25.4 / 96.0).round(),
                    height = (p.page.y * 25.4 / 96.0).round()
                )
            }
            Ok(p) => format!("{} × {} px", p.pixels[0], p.pixels[1]),
            Err(e) => e.to_string(),
        }
    }
}

/// A rendered preview: RGBA pixels.
#[derive(Clone, Debug)]
pub struct PreviewImage {
    pub size: [usize; 2],
    pub rgba: Vec<u8>,
    /// The picture's size in map units (for the size summary).
    pub picture: emath::Vec2,
}

/// An export running on a thread.
#[derive(Debug)]
pub struct Job {
    cancel: Arc<AtomicBool>,
    progress: Arc<AtomicU32>,
    result: Receiver<Result<Vec<PathBuf>, Said>>,
}

impl Job {
    pub fn start(
        project: Project,
        request: export::Request,
        repaint: impl Fn() + Send + Sync + 'static,
    ) -> Self {
        let cancel = Arc::new(AtomicBool::new(false));
        let progress = Arc::new(AtomicU32::new(0));
        let (tx, rx) = mpsc::channel();
        let (c, p) = (Arc::clone(&cancel), Arc::clone(&progress));
        let repaint = Arc::new(repaint);
        // Written in the language shown when the export started, whatever is chosen
        // while it runs.
        let lang = crate::i18n::lang();
        std::thread::spawn(move || {
            let _lang = crate::i18n::scoped(lang);
            let report_repaint = Arc::clone(&repaint);
            let report = move |done: f32| {
                p.store(done.to_bits(), Ordering::Relaxed);
                report_repaint();
            };
            let progress = export::Progress::new(&c, &report);
            // Why it failed is written in every language: the window may be
            // switched to another before it is read.
            let result =
                export::run(&project, &request, &progress).map_err(|e| Said::new(|| e.to_string()));
            let _ = tx.send(result);
            repaint();
        });
        Self {
            cancel,
            progress,
            result: rx,
        }
    }

    pub fn progress(&self) -> f32 {
        f32::from_bits(self.progress.load(Ordering::Relaxed))
    }

    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    pub fn cancelling(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    /// The outcome, once the thread is done.
    pub fn poll(&self) -> Option<Result<Vec<PathBuf>, Said>> {
        match self.result.try_recv() {
            Ok(r) => Some(r),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(Said::new(|| t!("export-stopped")))),
        }
    }
}

/// A preview rendering on a thread, for the settings it was asked with.
#[derive(Debug)]
pub struct PreviewJob {
    pub key: PreviewKey,
    result: Receiver<Result<PreviewImage, String>>,
}

/// What a preview depends on.
#[derive(Clone, Debug, PartialEq)]
pub struct PreviewKey {
    pub subject: Option<Subject>,
    pub theme: Theme,
    pub options: (bool, bool, bool, bool),
    pub revision: u64,
    /// The language of its words and figures.
    pub lang: Lang,
}

impl PreviewJob {
    pub fn start(
        project: Project,
        key: PreviewKey,
        settings: &Settings,
        repaint: impl Fn() + Send + 'static,
    ) -> Self {
        let (tx, rx) = mpsc::channel();
        let options = settings.options();
        let theme = settings.theme;
        let subject = key.subject;
        let lang = key.lang;
        std::thread::spawn(move || {
            let _lang = crate::i18n::scoped(lang);
            let result = subject
                .ok_or_else(|| t!("export-nothing").to_owned())
                .and_then(|s| preview(&project, s, theme, &options));
            let _ = tx.send(result);
            repaint();
        });
        Self { key, result: rx }
    }

    pub fn poll(&self) -> Option<Result<PreviewImage, String>> {
        match self.result.try_recv() {
            Ok(r) => Some(r),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(t!("export-preview-stopped").to_owned())),
        }
    }
}

/// Longest side of the preview, in pixels.
const PREVIEW_SIDE: f32 = 720.0;

fn preview(
    project: &Project,
    subject: Subject,
    theme: Theme,
    options: &export::Options,
) -> Result<PreviewImage, String> {
    let mut engine = crate::layout::text::TextEngine::new();
    let picture = export::picture(project, subject, theme, options, &mut engine)
        .ok_or_else(|| t!("export-subject-gone").to_owned())?;
    let width = (PREVIEW_SIDE * picture.size.x / picture.size.max_elem()).round() as u32;
    let placement = export::place(picture.size, Size::Width(width.max(16)), false)
        .map_err(|e| e.to_string())?;
    let [w, h] = placement.pixels;
    let rgba = export::render::rgba(&picture, &placement).map_err(|e| e.to_string())?;
    Ok(PreviewImage {
        size: [w as usize, h as usize],
        rgba,
        picture: picture.size,
    })
}

/// Opens the folder holding `path` in the system's file manager.
pub fn open_folder(path: &Path) -> Result<(), Said> {
    let folder = path.parent().unwrap_or(path);
    let program = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(target_os = "windows") {
        "explorer"
    } else {
        "xdg-open"
    };
    std::process::Command::new(program)
        .arg(folder)
        .spawn()
        .map(|_| ())
        .map_err(|e| {
            Said::new(|| {
                t!(
                    "export-open-folder-failed",
                    folder = folder.display().to_string(),
                    error = crate::io::plain_io(&e)
                )
            })
        })
}

/// The export dialog, while it is open.
#[derive(Debug)]
pub struct ExportDialog {
    pub settings: Settings,
    /// The preview shown, for the key it was made with.
    pub preview: Option<(PreviewKey, Result<Preview, String>)>,
    pub preview_job: Option<PreviewJob>,
    pub job: Option<Job>,
    /// How the last export ended.
    pub outcome: Option<Result<Vec<PathBuf>, Said>>,
    /// The native file dialog of "Browse…", while it is open.
    pub browse: Option<super::dialogs::OpenDialog>,
}

/// A preview on the GPU.
#[derive(Clone)]
pub struct Preview {
    pub texture: egui::TextureHandle,
    pub size: egui::Vec2,
    pub picture: emath::Vec2,
}

impl std::fmt::Debug for Preview {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(Preview))
            .field("size", &self.size)
            .finish_non_exhaustive()
    }
}

impl ExportDialog {
    pub fn new(project: &Project, journey: Option<JourneyId>, folder: Option<&Path>) -> Self {
        let journey = journey
            .filter(|j| project.journey(*j).is_some())
            .or_else(|| project.journeys.first().map(|j| j.id));
        let what = match (journey, project.personas.first()) {
            (None, Some(p)) => What::Persona(p.id),
            _ => What::Journey(journey),
        };
        let mut settings = Settings {
            what,
            only_persona: None,
            format: Format::Png,
            size: SizeKind::Natural,
            width: 3840,
            paper: Paper::A3,
            dpi: 300,
            theme: Theme::Light,
            title: true,
            legend: true,
            personas: true,
            date: false,
            votes: false,
            path: String::new(),
        };
        let folder = folder
            .map(Path::to_path_buf)
            .or_else(|| std::env::var_os("HOME").map(PathBuf::from))
            .unwrap_or_default();
        settings.path = folder
            .join(settings.suggested_name(project))
            .display()
            .to_string();
        Self {
            settings,
            preview: None,
            preview_job: None,
            job: None,
            outcome: None,
            browse: None,
        }
    }

    /// What the preview should show now.
    pub fn preview_key(&self, project: &Project, revision: u64) -> PreviewKey {
        let s = &self.settings;
        PreviewKey {
            subject: s.subjects(project).first().copied(),
            theme: s.theme,
            options: (s.title, s.legend, s.personas, s.date),
            revision,
            lang: crate::i18n::lang(),
        }
    }

    /// Makes the dialog export `what` (a one-pager, a chart), keeping the chosen
    /// folder.
    pub fn show(&mut self, project: &Project, what: What) {
        let s = &mut self.settings;
        if s.what == what {
            return;
        }
        s.what = what;
        let folder = Path::new(s.path.trim())
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        s.path = folder.join(s.suggested_name(project)).display().to_string();
    }

    pub fn running(&self) -> bool {
        self.job.is_some()
    }

    /// The request for the current settings, or why it can't run.
    pub fn request(&self, project: &Project) -> Result<export::Request, Said> {
        let s = &self.settings;
        let path = super::dialogs::expand_home(&s.path);
        if s.path.trim().is_empty() {
            return Err(Said::new(|| t!("export-no-path")));
        }
        let format = Format::from_path(&path).map_err(|e| Said::new(|| e.to_string()))?;
        let subjects = s.subjects(project);
        if subjects.is_empty() {
            return Err(Said::new(|| t!("export-no-journey")));
        }
        Ok(export::Request {
            subjects,
            format,
            size: s.size(),
            theme: s.theme,
            options: s.options(),
            path,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page's size reads in millimetres the language's way, for a PDF and for an
    /// SVG set on paper alike.
    #[test]
    fn a_page_s_size_is_said_in_millimetres() {
        let project = crate::examples::blank_project();
        let mut dialog = ExportDialog::new(&project, None, None);
        let s = &mut dialog.settings;
        s.size = SizeKind::Paper;
        s.paper = Paper::A0;
        let picture = Some(emath::vec2(3000.0, 2000.0));
        let _fr = crate::i18n::scoped(crate::i18n::Lang::Fr);
        let nnbsp = crate::i18n::numbers::NNBSP;
        for format in [Format::Pdf, Format::Svg] {
            s.format = format;
            assert_eq!(
                s.size_summary(picture),
                format!("Page de 1{nnbsp}189 × 841 mm"),
                "{format:?}"
            );
        }
    }

    /// A preview made in one language is made again in another (the dialog keeps
    /// its last preview between openings).
    #[test]
    fn a_preview_is_made_again_in_another_language() {
        let project = crate::examples::blank_project();
        let dialog = ExportDialog::new(&project, None, None);
        let key_in = |lang| {
            let _lang = crate::i18n::scoped(lang);
            dialog.preview_key(&project, 7)
        };
        assert_eq!(key_in(Lang::Fr), key_in(Lang::Fr));
        assert_ne!(key_in(Lang::En), key_in(Lang::Fr));
        assert_ne!(key_in(Lang::Fr), key_in(Lang::Es));
    }
}
