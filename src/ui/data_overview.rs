//! The figures of a dataset in the customer-data view: a table of its numeric
//! columns (n, mean ± 95% CI, top-box share or NPS, the distribution of answers,
//! the cells left out as no answer), split by a segment column on request. The
//! figures are worked out on a thread ([`crate::analysis::overview`]) when a
//! dataset's rows, its column set-up or the split change, never while drawing.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use egui::{RichText, Ui};

use crate::analysis::overview::{self, ColumnOverview, Figures, Overview};
use crate::analysis::stats::Summary;
use crate::i18n::numbers;
use crate::model::{Cells, Column, Dataset, DatasetId, Project};
use crate::t;
use crate::ui::widgets;

/// The view's choices and the figures of each dataset.
#[derive(Default)]
pub struct DataView {
    /// The column each dataset is split by, by name.
    split: BTreeMap<DatasetId, String>,
    figures: Vec<Worked>,
}

impl std::fmt::Debug for DataView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct(stringify!(DataView))
            .field("split", &self.split)
            .field("datasets", &self.figures.len())
            .field("working", &self.working())
            .finish()
    }
}

/// One dataset's figures, and what they were worked out from.
struct Worked {
    id: DatasetId,
    /// The rows (shared with the project: compared by identity, not cell by cell).
    rows: Cells,
    columns: Vec<Column>,
    by: Option<usize>,
    /// The latest figures (possibly of an earlier version while new ones come).
    shown: Option<Arc<Overview>>,
    working: Option<Receiver<Overview>>,
}

impl Worked {
    fn is_for(&self, d: &Dataset, by: Option<usize>) -> bool {
        self.id == d.id && self.rows.shares(&d.rows) && self.columns == d.columns && self.by == by
    }
}

impl DataView {
    /// Whether figures are being worked out.
    pub fn working(&self) -> bool {
        self.figures.iter().any(|w| w.working.is_some())
    }

    /// Starts working out the figures of datasets that changed, takes those that
    /// are ready, and forgets datasets that are gone.
    pub(crate) fn update(&mut self, ctx: &egui::Context, project: &Project) {
        self.figures
            .retain(|w| project.datasets.iter().any(|d| d.id == w.id));
        self.split
            .retain(|id, _| project.datasets.iter().any(|d| d.id == *id));
        for d in &project.datasets {
            let by = self.split_of(d);
            let i = self
                .figures
                .iter()
                .position(|w| w.id == d.id)
                .unwrap_or_else(|| {
                    self.figures.push(Worked {
                        id: d.id,
                        rows: Cells::new(),
                        columns: Vec::new(),
                        by: None,
                        shown: None,
                        working: None,
                    });
                    self.figures.len() - 1
                });
            let Some(w) = self.figures.get_mut(i) else {
                continue;
            };
            if !w.is_for(d, by) {
                let (sender, receiver) = channel();
                let (dataset, ctx) = (d.clone(), ctx.clone());
                std::thread::spawn(move || {
                    if sender.send(overview::overview(&dataset, by)).is_ok() {
                        ctx.request_repaint();
                    }
                });
                w.rows = d.rows.clone();
                w.columns.clone_from(&d.columns);
                w.by = by;
                w.working = Some(receiver);
            }
            if let Some(receiver) = &w.working {
                match receiver.try_recv() {
                    Ok(figures) => {
                        w.shown = Some(Arc::new(figures));
                        w.working = None;
                    }
                    Err(TryRecvError::Empty) => {}
                    // The thread ended without figures: none to show.
                    Err(TryRecvError::Disconnected) => w.working = None,
                }
            }
        }
    }

    /// The column `d` is split by, when it still has it.
    fn split_of(&self, d: &Dataset) -> Option<usize> {
        let name = self.split.get(&d.id)?;
        d.column(name).map(|(i, _)| i)
    }
}

/// The figures of `d` (after [`DataView::update`]): the split choice and the table.
pub fn ui(ui: &mut Ui, d: &Dataset, view: &mut DataView) {
    let Some(worked) = view.figures.iter().find(|w| w.id == d.id) else {
        return;
    };
    let updating = worked.working.is_some();
    let Some(figures) = worked.shown.clone() else {
        widgets::section(ui, t!("data-figures"));
        ui.label(RichText::new(t!("data-working")).weak());
        return;
    };
    ui.horizontal(|ui| {
        widgets::section(ui, t!("data-figures"));
        ui.add_space(12.0);
        let label = ui.label(t!("data-split-by"));
        let chosen = figures.by.and_then(|b| d.columns.get(b));
        let mut split = chosen.map(|c| c.name.clone());
        egui::ComboBox::from_id_salt(("split by", d.id))
            .selected_text(chosen.map_or(t!("data-split-nothing"), |c| c.name.as_str()))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut split, None, t!("data-split-nothing"));
                for column in figures.splits.iter().filter_map(|c| d.columns.get(*c)) {
                    ui.selectable_value(&mut split, Some(column.name.clone()), &column.name);
                }
            })
            .response
            .labelled_by(label.id);
        if split.as_ref() != chosen.map(|c| &c.name) {
            match split {
                Some(name) => view.split.insert(d.id, name),
                None => view.split.remove(&d.id),
            };
        }
        if updating {
            ui.label(RichText::new(t!("data-updating")).weak());
        }
    });
    if figures.columns.is_empty() {
        ui.label(RichText::new(t!("data-no-number-columns")).weak());
        return;
    }
    if let Some(by) = figures.by.and_then(|b| d.columns.get(b)) {
        let sizes: Vec<String> = figures
            .segments
            .iter()
            .map(|(name, n)| format!("{name} {}", count(*n)))
            .collect();
        ui.label(
            RichText::new(t!(
                "data-segment-sizes",
                column = by.name.as_str(),
                sizes = sizes.join(" · ")
            ))
            .weak(),
        );
    }
    table_ui(ui, d, &figures);
}

/// The table: a row per column, and under it a row per segment.
fn table_ui(ui: &mut Ui, d: &Dataset, figures: &Overview) {
    egui::ScrollArea::horizontal()
        .id_salt(("figures", d.id))
        .show(ui, |ui| {
            egui::Grid::new(("figures_grid", d.id))
                .striped(true)
                .num_columns(7)
                .spacing([16.0, 4.0])
                .show(ui, |ui| {
                    for header in [
                        t!("data-col-column"),
                        t!("data-col-scale"),
                        "n",
                        t!("data-fig-mean"),
                        t!("data-fig-score"),
                        t!("data-fig-answers"),
                        t!("data-fig-left-out"),
                    ] {
                        ui.label(RichText::new(header).strong());
                    }
                    ui.end_row();
                    for column in &figures.columns {
                        let Some(c) = d.columns.get(column.column) else {
                            continue;
                        };
                        column_rows(ui, c, column, figures);
                    }
                });
        });
}

fn column_rows(ui: &mut Ui, c: &Column, column: &ColumnOverview, figures: &Overview) {
    ui.label(&c.name);
    ui.label(
        column
            .scale
            .map_or_else(String::new, crate::model::Scale::label),
    );
    figures_cells(ui, c, &column.all, None);
    let left_out = column.no_answer + column.not_fitting;
    let text = if left_out == 0 {
        String::new()
    } else {
        count(left_out)
    };
    let mut why = Vec::new();
    if column.no_answer > 0 {
        let codes = if c.missing.is_empty() {
            t!("data-missing-empty").to_owned()
        } else {
            t!("data-missing-empty-or", codes = c.missing.join(", "))
        };
        why.push(t!(
            "data-left-no-answer",
            count = column.no_answer,
            codes = codes
        ));
    }
    if column.not_fitting > 0 {
        let n = column.not_fitting;
        why.push(if let Some(s) = column.scale {
            t!(
                "data-left-off-scale",
                count = n,
                min = numbers::short(s.min),
                max = numbers::short(s.max)
            )
        } else {
            t!("data-left-not-number", count = n)
        });
    }
    let response = ui.label(text);
    if !why.is_empty() {
        response.on_hover_text(why.join("\n"));
    }
    ui.end_row();
    for ((name, _), segment) in figures.segments.iter().zip(&column.segments) {
        ui.horizontal(|ui| {
            ui.add_space(16.0);
            ui.label(RichText::new(name).weak());
        });
        ui.label("");
        figures_cells(ui, c, segment, Some(name));
        ui.label("");
        ui.end_row();
    }
}

/// n, mean ± CI, top-box or NPS, and the distribution (or the range) of a group.
fn figures_cells(ui: &mut Ui, c: &Column, figures: &Figures, segment: Option<&str>) {
    let Some(s) = &figures.summary else {
        ui.label("0");
        ui.label(RichText::new(t!("data-no-answers")).weak());
        ui.label("");
        ui.label("");
        return;
    };
    ui.label(count(s.n));
    ui.label(mean_text(s))
        .on_hover_text(crate::ui::kpis::summary_text(s));
    ui.label(score_text(s));
    let column = c.name.as_str();
    let name = if let Some(segment) = segment {
        t!(
            "data-distribution-segment",
            column = column,
            segment = segment
        )
    } else {
        t!("data-distribution", column = column)
    };
    if widgets::distribution_bar(
        ui,
        &figures.distribution,
        c.scale,
        egui::vec2(160.0, 12.0),
        &name,
    )
    .is_none()
    {
        ui.label(RichText::new(t!("data-range", min = bound(s.min), max = bound(s.max))).weak());
    }
}

/// "3.41 ± 0.02", or "3.41" for a single answer.
pub fn mean_text(s: &Summary) -> String {
    match s.ci95 {
        Some((lo, hi)) => format!("{} ± {}", number(s.mean), number((hi - lo) / 2.0)),
        None => number(s.mean),
    }
}

/// "NPS +12" on 0-10 scales, "52%" (the top-box share) on other scales; empty
/// without a scale.
pub fn score_text(s: &Summary) -> String {
    if let Some(nps) = s.nps {
        t!("data-nps", score = signed(nps.score))
    } else if let Some(top) = s.top_box {
        numbers::percent(top * 100.0, 0)
    } else {
        String::new()
    }
}

/// A whole number with its sign, "+" included: "+12", "-3".
pub fn signed(v: f64) -> String {
    let whole = v.round();
    if whole >= 0.0 {
        format!("+{}", numbers::decimal(whole, 0))
    } else {
        numbers::decimal(whole, 0)
    }
}

/// A count, with thousands: "1,190".
fn count(n: usize) -> String {
    numbers::integer(i64::try_from(n).unwrap_or(i64::MAX))
}

/// A figure with two decimals below 100, whole (with thousands) above: "3.41",
/// "1,190".
fn number(v: f64) -> String {
    if v.abs() >= 100.0 {
        numbers::decimal(v.round(), 0)
    } else {
        numbers::decimal(v, 2)
    }
}

/// The smallest or largest answer: "7", "1,017", "2.5".
fn bound(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        numbers::decimal(v, 0)
    } else {
        number(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_read_short() {
        assert_eq!(number(3.414), "3.41");
        assert_eq!(number(1190.4), "1,190");
        assert_eq!(number(-250.0), "-250");
        assert_eq!(
            (bound(7.0), bound(3997.0), bound(-5.0)),
            ("7".into(), "3,997".into(), "-5".into())
        );
        assert_eq!(bound(2.5), "2.50");
        let s = crate::analysis::stats::summarize(
            &[1.0, 2.0, 4.0, 5.0, 5.0],
            Some(crate::model::Scale::ONE_TO_FIVE),
        )
        .unwrap();
        assert_eq!(mean_text(&s), "3.40 ± 2.26");
        assert_eq!(score_text(&s), "60%");
        let one = crate::analysis::stats::summarize(&[9.0], Some(crate::model::Scale::ZERO_TO_TEN))
            .unwrap();
        assert_eq!(
            (mean_text(&one), score_text(&one)),
            ("9.00".to_owned(), "NPS +100".to_owned())
        );
    }
}
