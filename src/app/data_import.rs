//! Importing customer data: the file is read on a thread (with progress and
//! cancel), then the import dialog shows its columns, their types, roles, scales and
//! missing codes, the rows that cannot be imported, and a preview. Confirming adds
//! the dataset (or refreshes one) in one undo step; nothing is half-imported.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};

use super::dialogs::FilePurpose;
use super::{JourneyApp, StatusLevel, View};
use crate::edit::{Change, Edit};
use crate::io::columns::{self, CellProblem};
use crate::io::table::{self, Table, TableError};
use crate::model::{Cells, Column, DataSource, Dataset, DatasetId};
use crate::t;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataAction {
    /// Choose a data file to import.
    Import,
    /// Stop reading the file.
    CancelReading,
    /// Import what the dialog shows.
    Confirm,
    /// Close the dialog without importing.
    Cancel,
    /// Read a dataset's source file again, keeping its column setup.
    Refresh(DatasetId),
    Delete(DatasetId),
}

/// A data file being read.
#[derive(Debug)]
pub struct Reading {
    pub path: PathBuf,
    /// The dataset to refresh, if any.
    pub refresh: Option<DatasetId>,
    cancel: Arc<AtomicBool>,
    /// Share read, 0..=1000.
    progress: Arc<AtomicU32>,
    result: Receiver<Result<Table, TableError>>,
}

impl Reading {
    pub fn progress(&self) -> f32 {
        self.progress.load(Ordering::Relaxed) as f32 / 1000.0
    }
}

/// The import dialog: a file read, and how its columns are to be taken.
#[derive(Debug)]
pub struct ImportDialog {
    pub path: PathBuf,
    pub table: Table,
    pub name: String,
    pub columns: Vec<Column>,
    /// Leave out the rows with problems (else the import waits until there are none).
    pub skip_problems: bool,
    /// The dataset refreshed, if any (its columns are kept).
    pub refresh: Option<DatasetId>,
    /// Cell problems for `columns` as they were last checked.
    problems: Vec<CellProblem>,
    checked: Vec<Column>,
    /// A few of each column's values (or its range), worked out once.
    pub samples: Vec<String>,
}

impl ImportDialog {
    fn new(
        path: PathBuf,
        table: Table,
        columns: Vec<Column>,
        refresh: Option<DatasetId>,
        name: String,
    ) -> Self {
        let mut dialog = Self {
            path,
            table,
            name,
            columns,
            skip_problems: false,
            refresh,
            problems: Vec::new(),
            checked: Vec::new(),
            samples: Vec::new(),
        };
        dialog.samples = (0..dialog.table.headers.len())
            .map(|c| sample(&dialog.table.rows, c))
            .collect();
        dialog.check();
        dialog
    }

    /// The cells that do not fit the columns as set now (checked again after a change).
    pub fn cell_problems(&mut self) -> &[CellProblem] {
        if self.checked != self.columns {
            self.check();
        }
        &self.problems
    }

    fn check(&mut self) {
        self.problems = columns::check_cells(&self.table, &self.columns);
        self.checked = self.columns.clone();
    }

    /// Rows left out: those with the wrong number of fields, and those with a cell
    /// problem.
    pub fn rows_with_problems(&mut self) -> usize {
        let mut rows: Vec<usize> = self.cell_problems().iter().map(|p| p.row).collect();
        rows.dedup();
        rows.len() + self.table.problems.len()
    }

    /// The rows that go into the project.
    fn rows_to_import(&mut self) -> Cells {
        let bad: std::collections::BTreeSet<usize> =
            self.cell_problems().iter().map(|p| p.row).collect();
        self.table.rows.select(|i| !bad.contains(&i))
    }
}

/// Reads `path` (CSV streamed), reporting progress, stopping when `cancel` is set.
fn read_file(path: &Path, cancel: &AtomicBool, progress: &AtomicU32) -> Result<Table, TableError> {
    let table = table::load_with(path, &|done| {
        progress.store((done.clamp(0.0, 1.0) * 1000.0) as u32, Ordering::Relaxed);
        !cancel.load(Ordering::Relaxed)
    })?;
    progress.store(1000, Ordering::Relaxed);
    if cancel.load(Ordering::Relaxed) {
        return Err(TableError::Cancelled);
    }
    Ok(table)
}

/// A few of a column's values, or its range for numbers.
fn sample(rows: &Cells, c: usize) -> String {
    let values = rows.distinct(c);
    let numbers: Vec<f64> = values
        .iter()
        .filter_map(|v| crate::io::table::parse_number(v))
        .collect();
    if values.len() > 6 && numbers.len() == values.len() {
        let min = numbers.iter().copied().fold(f64::INFINITY, f64::min);
        let max = numbers.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        return t!(
            "import-sample-range",
            min = min,
            max = max,
            count = values.len()
        );
    }
    let shown: Vec<String> = values
        .iter()
        .take(5)
        .map(|v| {
            if v.chars().count() > 24 {
                format!("{}…", v.chars().take(23).collect::<String>())
            } else {
                (*v).to_owned()
            }
        })
        .collect();
    let more = values.len().saturating_sub(5);
    if more > 0 {
        t!(
            "import-sample-more",
            values = shown.join(", "),
            count = more
        )
    } else {
        shown.join(", ")
    }
}

/// Whether a path names a file the importer reads.
pub fn is_data_file(path: &Path) -> bool {
    table::is_spreadsheet(path)
        || path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ["csv", "tsv", "txt"].contains(&e.to_ascii_lowercase().as_str()))
}

impl JourneyApp {
    pub(crate) fn data_action(&mut self, action: DataAction) {
        match action {
            DataAction::Import => self.choose_file(FilePurpose::ImportData),
            DataAction::CancelReading => {
                if let Some(reading) = &self.reading {
                    reading.cancel.store(true, Ordering::Relaxed);
                }
            }
            DataAction::Confirm => self.confirm_import(),
            DataAction::Cancel => {
                self.import = None;
                self.say(StatusLevel::Info, || t!("import-nothing-imported"));
            }
            DataAction::Refresh(id) => self.refresh(id),
            DataAction::Delete(id) => {
                let Some(name) = self.doc.project().dataset(id).map(|d| d.name.clone()) else {
                    return;
                };
                let edit = crate::ops::delete_dataset(self.doc.project(), id);
                self.apply_edit(edit, crate::said!("data-undo-delete"));
                self.say(StatusLevel::Info, || {
                    t!("data-deleted", name = name.as_str())
                });
            }
        }
    }

    /// Reads a dataset's source again, or says where it was looked for and why it
    /// cannot be read. A relative source is found from the project file's folder.
    fn refresh(&mut self, id: DatasetId) {
        let Some(d) = self.doc.project().dataset(id) else {
            return;
        };
        let (name, source) = (d.name.clone(), d.source.path.clone());
        let title = || t!("import-refresh-failed");
        if source.trim().is_empty() {
            self.show_error(title, || {
                t!("import-refresh-no-source", name = name.as_str())
            });
            return;
        }
        let path = match self.doc.path() {
            Some(project) => crate::io::data_source::resolve(&source, project),
            None if Path::new(&source).is_relative() => {
                self.show_error(title, || {
                    t!(
                        "import-refresh-no-folder",
                        name = name.as_str(),
                        source = source.as_str()
                    )
                });
                return;
            }
            None => PathBuf::from(&source),
        };
        if !path.is_file() {
            let from = self
                .doc
                .path()
                .map(|project| crate::io::data_source::stored(&path, project))
                .filter(|stored| Path::new(stored).is_relative());
            let shown = path.display().to_string();
            let message = || {
                if let Some(stored) = &from {
                    t!(
                        "import-refresh-missing-stored",
                        path = shown.as_str(),
                        name = name.as_str(),
                        stored = stored.as_str()
                    )
                } else {
                    t!(
                        "import-refresh-missing",
                        path = shown.as_str(),
                        name = name.as_str()
                    )
                }
            };
            self.show_error(title, message);
            return;
        }
        self.start_reading(&path, Some(id));
    }

    /// Starts reading a data file on a thread (the status bar shows progress).
    pub(crate) fn start_reading(&mut self, path: &Path, refresh: Option<DatasetId>) {
        if self.reading.is_some() {
            self.say(StatusLevel::Warning, || t!("import-busy"));
            return;
        }
        let (tx, rx) = mpsc::channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let progress = Arc::new(AtomicU32::new(0));
        let (c, p, file, ctx) = (
            Arc::clone(&cancel),
            Arc::clone(&progress),
            path.to_owned(),
            self.ctx.clone(),
        );
        std::thread::spawn(move || {
            let _ = tx.send(read_file(&file, &c, &p));
            ctx.request_repaint();
        });
        self.reading = Some(Reading {
            path: path.to_owned(),
            refresh,
            cancel,
            progress,
            result: rx,
        });
    }

    /// Whether a data file is being read.
    pub fn reading_data(&self) -> bool {
        self.reading.is_some()
    }

    /// Whether the customer-data view is working out the figures of a dataset.
    pub fn working_out_figures(&self) -> bool {
        self.data_view.working()
    }

    /// The import dialog, while open.
    pub fn import_dialog(&self) -> Option<&ImportDialog> {
        self.import.as_ref()
    }

    pub(crate) fn poll_reading(&mut self) {
        let Some(reading) = &self.reading else {
            return;
        };
        let result = match reading.result.try_recv() {
            Ok(result) => result,
            Err(TryRecvError::Empty) => {
                self.ctx
                    .request_repaint_after(std::time::Duration::from_millis(100));
                return;
            }
            Err(TryRecvError::Disconnected) => {
                Err(TableError::Stopped(t!("import-thread-stopped").to_owned()))
            }
        };
        let (path, refresh) = (reading.path.clone(), reading.refresh);
        self.reading = None;
        match result {
            Ok(table) => self.open_import_dialog(path, table, refresh),
            Err(TableError::Cancelled) => {
                self.say(StatusLevel::Info, || t!("import-cancelled"));
            }
            Err(err) => self.show_error(
                || {
                    if refresh.is_some() {
                        t!("import-refresh-failed")
                    } else {
                        t!("import-failed")
                    }
                },
                || {
                    t!(
                        "import-read-error",
                        path = path.display().to_string(),
                        error = err.to_string()
                    )
                },
            ),
        }
    }

    fn open_import_dialog(&mut self, path: PathBuf, table: Table, refresh: Option<DatasetId>) {
        let project = self.doc.project();
        if let Some(d) = refresh.and_then(|id| project.dataset(id)) {
            // A refresh keeps the columns as they were set up, if the file still has them.
            let names: Vec<&str> = d.columns.iter().map(|c| c.name.as_str()).collect();
            if table
                .headers
                .iter()
                .map(String::as_str)
                .ne(names.iter().copied())
            {
                let gone: Vec<String> = names
                    .iter()
                    .filter(|n| !table.headers.iter().any(|h| h == *n))
                    .map(|n| (*n).to_owned())
                    .collect();
                let new: Vec<String> = table
                    .headers
                    .iter()
                    .filter(|h| !names.contains(&h.as_str()))
                    .cloned()
                    .collect();
                let changes = || {
                    let mut changes = String::new();
                    if !gone.is_empty() {
                        changes.push_str(&t!("import-columns-gone", columns = gone.join(", ")));
                    }
                    if !new.is_empty() {
                        changes.push_str(&t!("import-columns-new", columns = new.join(", ")));
                    }
                    changes
                };
                self.show_error(
                    || t!("import-refresh-failed"),
                    || {
                        t!(
                            "import-columns-changed",
                            path = path.display().to_string(),
                            changes = changes()
                        )
                    },
                );
                return;
            }
            let (columns, name) = (d.columns.clone(), d.name.clone());
            self.import = Some(ImportDialog::new(path, table, columns, refresh, name));
            return;
        }
        let columns = columns::suggested_columns(&table);
        let name = path.file_stem().map_or_else(
            || t!("data-heading").to_owned(),
            |s| s.to_string_lossy().replace(['_', '-'], " "),
        );
        self.import = Some(ImportDialog::new(path, table, columns, None, name));
    }

    fn confirm_import(&mut self) {
        let Some(mut dialog) = self.import.take() else {
            return;
        };
        if dialog.rows_with_problems() > 0 && !dialog.skip_problems {
            // The dialog only offers Import once problems are to be skipped.
            self.import = Some(dialog);
            return;
        }
        let rows = dialog.rows_to_import();
        let skipped = dialog.rows_with_problems();
        // Absolute while the project is open; written relative to the project file
        // when it is near (see `io::data_source`).
        let source = DataSource {
            path: crate::io::data_source::normalize(&dialog.path)
                .display()
                .to_string(),
            format: dialog.table.format.clone(),
            imported_at: crate::i18n::dates::now_rfc3339(),
        };
        let count = rows.len();
        let (edit, label) = match dialog.refresh.and_then(|id| self.doc.project().dataset(id)) {
            Some(old) => (
                Edit::Dataset(Change::Replace {
                    item: Dataset {
                        source,
                        columns: dialog.columns.clone(),
                        rows,
                        name: dialog.name.trim().to_owned(),
                        ..old.clone()
                    },
                }),
                crate::said!("data-undo-refresh"),
            ),
            None => (
                Edit::Dataset(Change::Insert {
                    index: usize::MAX,
                    item: Dataset {
                        id: self.doc.new_id(),
                        name: dialog.name.trim().to_owned(),
                        source,
                        columns: dialog.columns.clone(),
                        rows,
                        outcome: None,
                    },
                }),
                crate::said!("data-undo-import"),
            ),
        };
        let refreshed = matches!(edit, Edit::Dataset(Change::Replace { .. }));
        // Figures and KPIs computed from this data are computed again, in the same
        // step.
        let mut after = self.doc.project().clone();
        let id = match &edit {
            Edit::Dataset(Change::Replace { item } | Change::Insert { item, .. }) => item.id,
            _ => DatasetId(0),
        };
        let edit = match edit.clone().apply(&mut after) {
            Ok(_) => {
                let mut edits = vec![edit];
                edits.extend(crate::analysis::evidence::refresh_figures(&after, id));
                edits.extend(crate::analysis::evidence::refresh_kpis(&after, id));
                Edit::batch(edits)
            }
            Err(_) => edit,
        };
        self.apply_edit(edit, label);
        self.prefs.view = View::Data;
        self.say(StatusLevel::Success, || {
            let left_out = match skipped {
                0 => String::new(),
                n => t!("import-left-out", count = n),
            };
            t!(
                "import-done",
                label = if refreshed {
                    t!("data-undo-refresh")
                } else {
                    t!("data-undo-import")
                },
                count = count,
                path = dialog.path.display().to_string(),
                left_out = left_out
            )
        });
    }
}
