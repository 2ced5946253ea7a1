## The customer-data view

data-empty-title = No customer data yet
data-empty-text = Survey exports, NPS and complaints that back this project's maps live here once imported. Import a CSV file, or drop one on the window.
data-import = Import data…
data-import-tip = A survey export as CSV; or drop the file on the window
data-heading = Customer data
data-refresh = Refresh from source
data-refresh-tip = Read { $path } again, keeping the column set-up
data-delete = Delete
data-delete-tip = Remove this data from the project (Undo brings it back)
data-format-csv = CSV, delimiter “{ $delimiter }”
data-format-xlsx = Excel, sheet “{ $sheet }”
data-summary = { $rows } rows × { $columns } columns · { $format } · from { $path } · imported { $imported }
data-rules-and = and
data-personas-selected = Personas selected by this data
data-columns-heading = Columns and their mapping
data-col-column = Column
data-col-type = Type
data-col-role = Role
data-col-scale = Scale
data-col-missing = No answer
data-first-rows = First { $count } rows
data-kind-number = Number
data-kind-category = Category
data-kind-text = Text
data-kind-date = Date
data-target-card = card { $id }
data-target-stage = stage { $name }
data-role-ignored = Ignored
data-role-segment = Segment
data-role-item-unmapped = Item (not mapped)
data-role-item = Item → { $targets }
data-role-verbatim = Verbatim
data-role-verbatim-to = Verbatim → { $targets }

## Verbatims

data-verbatims = Verbatims
data-answers-to = Answers to
data-verbatim-about = { $column } — about { $about }
data-answers-from = from
data-every-respondent = Every respondent
data-search-hint = 🔍 Search the answers
data-search = Search the answers
data-no-answer-matches = No answer matches
data-answers-first = { $count } answers; the first { $shown } are shown
data-answers = { $count ->
        [one] 1 answer
       *[other] { $count } answers
    }
data-pin-evidence = Pin as evidence
data-no-hypotheses = The project has no hypotheses yet

## The import window

import-title = Import customer data
import-reading = Reading { $path }…
import-cancel = Cancel
import-tab = tab
import-utf8-bom = UTF-8 with BOM
import-header-first-row = first row is the header
import-no-header = no header row
import-format-csv = CSV separated by { $delimiter }, { $encoding }, { $header }
import-summary = { $rows } rows × { $columns } columns · { $format }
import-name = Name
import-refreshing = Refreshing: the columns keep their set-up
import-columns = Columns
import-columns-hint = Items are ratings of touchpoints or stages; segments select personas' customers; verbatims are free-text answers.
import-first-rows = First rows
import-refresh-rows = Refresh { $count } rows
import-import-rows = Import { $count } rows
import-skip-tip = Skip the rows with problems, or cancel and fix the file
import-all-fit = ✔ Every row fits its column's type and scale
import-problem-rows = { $count ->
        [one] 1 row cannot be imported as it is:
       *[other] { $count } rows cannot be imported as they are:
    }
import-line = Line { $line }: { $message }
import-and-more = and { $count } more
import-skip = Skip these rows (they are not imported; the file is not changed)
import-col-values = Values
import-type-of = Type of { $name }
import-role-of = Role of { $name }
import-scale-of = Scale of { $name }
import-missing-hint = e.g. 0, N/A
import-missing-of = No answer codes of { $name }
import-role-item = Item (rating)
import-scale-none = None

## Importing and refreshing: values, messages and errors

import-sample-range = { $min } to { $max }, { $count } different
import-sample-more = { $values } … ({ $count } more)
import-nothing-imported = Nothing was imported
data-undo-delete = Delete dataset
data-undo-refresh = Refresh data
data-undo-import = Import data
data-deleted = Deleted the data “{ $name }”; Undo brings it back
import-refresh-failed = Could not refresh the data
import-failed = Could not import the data
import-refresh-no-source = “{ $name }” does not say which file it was read from. Import the file again instead. Nothing was changed.
import-refresh-no-folder = “{ $name }” was read from { $source }, a path from the project file's folder, and this project has no file yet (it was started from a template), so there is no folder to look in. Save the project in the folder that path is taken from, or import the data file again. Nothing was changed.
import-refresh-missing = { $path }: there is no such file. “{ $name }” was read from there; put the file back, or import it again from where it is now. Nothing was changed.
import-refresh-missing-stored = { $path }: there is no such file (the project names it “{ $stored }” from its own folder). “{ $name }” was read from there; put the file back, or import it again from where it is now. Nothing was changed.
import-busy = A data file is being read; wait or cancel it first
import-cancelled = Import cancelled; nothing was changed
import-read-error = { $path }: { $error }. Nothing was changed.
import-columns-gone = ; gone: { $columns }
import-columns-new = ; new: { $columns }
import-columns-changed = { $path }: the file's columns changed{ $changes }. Import it as new data instead. Nothing was changed.
import-left-out = { $count ->
        [one] ; 1 row with problems left out
       *[other] ; { $count } rows with problems left out
    }
import-done = { $label }: { $count } rows from { $path }{ $left_out }

## The figures of a dataset

data-figures = Figures
data-working = Working out the figures…
data-split-by = Split by
data-split-nothing = Nothing (every respondent)
data-updating = Updating…
data-no-number-columns = This data has no number columns to summarise
data-segment-sizes = { $column }: { $sizes } rows
data-fig-mean = Mean ± 95% CI
data-fig-score = Top-box / NPS
data-fig-answers = Answers
data-fig-left-out = Left out
data-missing-empty = empty
data-missing-empty-or = empty or { $codes }
data-left-no-answer = { $count } no answer ({ $codes })
data-left-off-scale = { $count } not a number or off the { $min }–{ $max } scale
data-left-not-number = { $count } not a number
data-no-answers = no answers
data-distribution = Distribution of { $column }
data-distribution-segment = Distribution of { $column } ({ $segment })
data-range = { $min } to { $max }
data-nps = NPS { $score }
import-latin1 = Latin-1
import-thread-stopped = the reading thread ended without a result
