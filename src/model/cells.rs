//! A table of text cells kept compactly: every cell's text in one buffer, with the
//! end of each cell and of each row. A 100,000-row survey of 25 columns takes about
//! 20 MB this way instead of the 150 MB of a `Vec<Vec<String>>` (a heap block per
//! cell). In a project file it is written one CSV line per row, so an imported
//! survey reads (and diffs) like the export it came from.

use std::fmt;
use std::sync::Arc;

mod lines;

/// Rows of text cells. Rows may differ in length (a dataset's are made even by the
/// integrity check). Copies share the text until one of them changes, so an edit of
/// a dataset's settings (and its inverse in the undo history) does not copy its rows.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Cells(Arc<Buffer>);

#[derive(Clone, Default, PartialEq, Eq)]
struct Buffer {
    text: String,
    /// Where each cell ends in `text`.
    cell_ends: Vec<u32>,
    /// Where each row ends in `cell_ends`.
    row_ends: Vec<u32>,
}

/// The cells would pass the 4 GB a table can hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub struct CellsFull;

/// In the language shown.
impl fmt::Display for CellsFull {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(crate::t!("msg-cells-full"))
    }
}

impl Cells {
    pub fn new() -> Self {
        Self::default()
    }

    /// A table of the given rows. Rows past the 4 GB a table holds are left out (no
    /// caller comes near it; readers of files use [`Cells::push_row`]).
    pub fn from_rows<R, S>(rows: impl IntoIterator<Item = R>) -> Self
    where
        R: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut cells = Self::new();
        for row in rows {
            if cells.push_row(row).is_err() {
                break;
            }
        }
        cells
    }

    /// Whether `other` is a copy of this table (sharing its text), which no change
    /// has touched since: a quick test that a table is the one seen before.
    pub fn shares(&self, other: &Cells) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }

    /// Whether no other copy shares these cells.
    pub fn held_only_here(&self) -> bool {
        Arc::strong_count(&self.0) == 1
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.0.row_ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.row_ends.is_empty()
    }

    /// Adds a row at the end. On [`CellsFull`] nothing is added.
    pub fn push_row<S: AsRef<str>>(
        &mut self,
        row: impl IntoIterator<Item = S>,
    ) -> Result<(), CellsFull> {
        Arc::make_mut(&mut self.0).push_row(row)
    }

    /// Row `r`.
    pub fn get(&self, r: usize) -> Option<Row<'_>> {
        let end = *self.0.row_ends.get(r)? as usize;
        let start = if r == 0 {
            0
        } else {
            self.0.row_ends[r - 1] as usize
        };
        Some(Row {
            cells: self,
            start,
            end,
        })
    }

    /// Cell `c` of row `r`.
    pub fn cell(&self, r: usize, c: usize) -> Option<&str> {
        self.get(r)?.get(c)
    }

    pub fn iter(&self) -> Rows<'_> {
        Rows {
            cells: self,
            front: 0,
            back: self.len(),
        }
    }

    /// The rows for which `keep(row index)` holds, in order.
    #[must_use]
    pub fn select(&self, keep: impl Fn(usize) -> bool) -> Self {
        let table = &*self.0;
        let mut out = Buffer::default();
        for (r, row) in self.iter().enumerate() {
            if keep(r) {
                // A row's cells are one run of text: copied whole, ends shifted.
                let text_from = table.cell_start(row.start);
                let text_to = table.cell_start(row.end);
                // A part of a table always fits where the whole did.
                let at = out.text.len() as u32;
                out.text
                    .push_str(&table.text[text_from as usize..text_to as usize]);
                out.cell_ends.extend(
                    table.cell_ends[row.start..row.end]
                        .iter()
                        .map(|e| e - text_from + at),
                );
                out.row_ends.push(out.cell_ends.len() as u32);
            }
        }
        Self(Arc::new(out))
    }

    /// The rows for which `keep(row index)` holds: this table itself when all do.
    #[must_use]
    pub fn into_selected(self, keep: impl Fn(usize) -> bool) -> Self {
        if (0..self.len()).all(&keep) {
            self
        } else {
            self.select(keep)
        }
    }

    /// The different non-empty values of column `c` (trimmed), sorted.
    pub fn distinct(&self, c: usize) -> Vec<&str> {
        let mut values: Vec<&str> = self
            .iter()
            .filter_map(|r| r.get(c))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .collect();
        values.sort_unstable();
        values.dedup();
        values
    }

    /// Takes the first row out (a header found to be one).
    pub fn remove_first_row(&mut self) {
        let Some(first) = self.get(0) else { return };
        let cells = first.end;
        let t = Arc::make_mut(&mut self.0);
        let bytes = cells.checked_sub(1).map_or(0, |c| t.cell_ends[c]);
        t.text.drain(..bytes as usize);
        t.cell_ends.drain(..cells);
        t.row_ends.remove(0);
        for end in &mut t.cell_ends {
            *end -= bytes;
        }
        let cells = cells as u32;
        for end in &mut t.row_ends {
            *end -= cells;
        }
    }

    /// Pads (with empty cells) or cuts every row to `width` cells; returns how many
    /// rows changed.
    pub fn fit_width(&mut self, width: usize) -> usize {
        if self.iter().all(|r| r.len() == width) {
            return 0;
        }
        let mut out = Self::new();
        let mut changed = 0;
        for row in self.iter() {
            changed += usize::from(row.len() != width);
            let cells = row.iter().chain(std::iter::repeat("")).take(width);
            // Padding adds no text; cutting removes some: it fits.
            let _ = out.push_row(cells);
        }
        *self = out;
        changed
    }

    /// Bytes held (text and offsets), for memory figures.
    pub fn heap_bytes(&self) -> usize {
        let t = &*self.0;
        t.text.capacity() + 4 * (t.cell_ends.capacity() + t.row_ends.capacity())
    }

    /// Trims spare capacity left by reading.
    pub fn shrink_to_fit(&mut self) {
        let t = Arc::make_mut(&mut self.0);
        t.text.shrink_to_fit();
        t.cell_ends.shrink_to_fit();
        t.row_ends.shrink_to_fit();
    }
}

impl Buffer {
    /// Adds a row at the end. On [`CellsFull`] nothing is added.
    fn push_row<S: AsRef<str>>(
        &mut self,
        row: impl IntoIterator<Item = S>,
    ) -> Result<(), CellsFull> {
        let (text_len, cells_len) = (self.text.len(), self.cell_ends.len());
        for cell in row {
            let cell = cell.as_ref();
            let end = u32::try_from(self.text.len() + cell.len()).ok();
            let Some(end) = end.filter(|_| u32::try_from(self.cell_ends.len() + 1).is_ok()) else {
                self.text.truncate(text_len);
                self.cell_ends.truncate(cells_len);
                return Err(CellsFull);
            };
            self.text.push_str(cell);
            self.cell_ends.push(end);
        }
        // `cell_ends.len()` fits u32: checked for every cell above.
        self.row_ends
            .push(u32::try_from(self.cell_ends.len()).map_err(|_| CellsFull)?);
        Ok(())
    }

    /// Where cell `i` starts in `text` (the end of the text past the last cell).
    fn cell_start(&self, i: usize) -> u32 {
        if i == 0 { 0 } else { self.cell_ends[i - 1] }
    }
}

/// The rows of [`Cells`], in order.
#[derive(Clone)]
pub struct Rows<'a> {
    cells: &'a Cells,
    front: usize,
    back: usize,
}

impl<'a> Iterator for Rows<'a> {
    type Item = Row<'a>;

    fn next(&mut self) -> Option<Row<'a>> {
        if self.front >= self.back {
            return None;
        }
        self.front += 1;
        self.cells.get(self.front - 1)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.back - self.front;
        (n, Some(n))
    }

    fn nth(&mut self, n: usize) -> Option<Row<'a>> {
        self.front = self.front.saturating_add(n).min(self.back);
        self.next()
    }
}

impl DoubleEndedIterator for Rows<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        if self.front >= self.back {
            return None;
        }
        self.back -= 1;
        self.cells.get(self.back)
    }
}

impl ExactSizeIterator for Rows<'_> {}

impl<'a> IntoIterator for &'a Cells {
    type Item = Row<'a>;
    type IntoIter = Rows<'a>;

    fn into_iter(self) -> Rows<'a> {
        self.iter()
    }
}

impl<R, S> FromIterator<R> for Cells
where
    R: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    fn from_iter<T: IntoIterator<Item = R>>(rows: T) -> Self {
        Self::from_rows(rows)
    }
}

impl fmt::Debug for Cells {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// One row of [`Cells`].
#[derive(Clone, Copy)]
pub struct Row<'a> {
    cells: &'a Cells,
    /// The row's cells are `cell_ends[start..end]`.
    start: usize,
    end: usize,
}

impl<'a> Row<'a> {
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }

    /// Cell `c`.
    pub fn get(&self, c: usize) -> Option<&'a str> {
        let i = self.start.checked_add(c).filter(|i| *i < self.end)?;
        let ends = &self.cells.0.cell_ends;
        let from = if i == 0 { 0 } else { ends[i - 1] as usize };
        self.cells.0.text.get(from..ends[i] as usize)
    }

    pub fn iter(&self) -> RowCells<'a> {
        RowCells {
            row: *self,
            next: 0,
        }
    }

    pub fn to_vec(&self) -> Vec<&'a str> {
        self.iter().collect()
    }
}

impl<'a> IntoIterator for &Row<'a> {
    type Item = &'a str;
    type IntoIter = RowCells<'a>;

    fn into_iter(self) -> RowCells<'a> {
        self.iter()
    }
}

impl<'a> IntoIterator for Row<'a> {
    type Item = &'a str;
    type IntoIter = RowCells<'a>;

    fn into_iter(self) -> RowCells<'a> {
        self.iter()
    }
}

/// The cells of a [`Row`], in order.
#[derive(Clone)]
pub struct RowCells<'a> {
    row: Row<'a>,
    next: usize,
}

impl<'a> Iterator for RowCells<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let cell = self.row.get(self.next)?;
        self.next += 1;
        Some(cell)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.row.len().saturating_sub(self.next);
        (n, Some(n))
    }
}

impl ExactSizeIterator for RowCells<'_> {}

impl fmt::Debug for Row<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
    struct Table {
        rows: Cells,
    }

    fn rows(cells: &Cells) -> Vec<Vec<&str>> {
        cells.iter().map(|r| r.to_vec()).collect()
    }

    #[test]
    fn round_trips_awkward_cells() {
        let table = Table {
            rows: Cells::from_rows([
                vec!["1", "Male", ""],
                vec!["a,b", "say \"hi\"", "two\nlines"],
                vec![" padded "],
                vec![""],
                vec![],
            ]),
        };
        let text = ron::ser::to_string_pretty(&table, ron::ser::PrettyConfig::default()).unwrap();
        let back: Table = ron::from_str(&text).unwrap();
        // A row with no cells is indistinguishable from a row of one empty cell.
        assert_eq!(
            rows(&back.rows),
            [
                vec!["1", "Male", ""],
                vec!["a,b", "say \"hi\"", "two\nlines"],
                vec![" padded "],
                vec![""],
                vec![""],
            ]
        );
    }

    #[test]
    fn plain_rows_read_like_csv() {
        let table = Table {
            rows: Cells::from_rows([["1", "Male", "48"]]),
        };
        let text = ron::to_string(&table).unwrap();
        assert_eq!(text, r#"(rows:["1,Male,48"])"#);
    }

    #[test]
    fn unclosed_quotes_are_refused() {
        let err = ron::from_str::<Table>(r#"(rows:["1,\"open"])"#).unwrap_err();
        assert!(err.to_string().contains("data row 1"), "{err}");
    }

    #[test]
    fn rows_are_read_selected_cut_and_padded() {
        let mut cells = Cells::from_rows([
            vec!["id", "name"],
            vec!["1", "Ana"],
            vec!["2"],
            vec!["3", "Bo", "extra"],
        ]);
        assert_eq!(cells.len(), 4);
        assert_eq!(cells.cell(1, 1), Some("Ana"));
        assert_eq!(cells.cell(2, 1), None);
        assert_eq!(cells.get(4).map(|r| r.len()), None);
        let odd = cells.select(|r| r % 2 == 1);
        assert_eq!(rows(&odd), [vec!["1", "Ana"], vec!["3", "Bo", "extra"]]);
        cells.remove_first_row();
        assert_eq!(cells.cell(0, 1), Some("Ana"));
        assert_eq!(cells.fit_width(2), 2);
        assert_eq!(
            rows(&cells),
            [vec!["1", "Ana"], vec!["2", ""], vec!["3", "Bo"]]
        );
        assert_eq!(cells.fit_width(2), 0);
        let mut one = Cells::from_rows([["only"]]);
        one.remove_first_row();
        assert!(one.is_empty());
        assert_eq!(one, Cells::new());
    }

    #[test]
    fn copies_share_their_rows_until_one_changes() {
        let a = Cells::from_rows([["1", "Ana"], ["2", "Bo"]]);
        let mut b = a.clone();
        assert!(std::sync::Arc::ptr_eq(&a.0, &b.0));
        b.remove_first_row();
        assert_eq!(rows(&a), [vec!["1", "Ana"], vec!["2", "Bo"]]);
        assert_eq!(rows(&b), [vec!["2", "Bo"]]);
    }

    #[test]
    fn copies_share_their_text_until_one_changes() {
        let a = Cells::from_rows([["1", "x"]]);
        let mut b = a.clone();
        assert!(a.shares(&b));
        assert!(
            !a.shares(&Cells::from_rows([["1", "x"]])),
            "equal, not shared"
        );
        b.push_row(["2", "y"]).unwrap();
        assert!(!a.shares(&b));
    }
}
