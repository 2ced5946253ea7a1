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
data-summary = { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } × { $columns ->
        [one] { $columns } column
       *[other] { $columns } columns
    } · { $format } · from { $path } · imported { $imported }
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

## The curves view

data-chart-all-customers = All customers
data-chart-no-journeys = No journeys yet
data-chart-no-journeys-text = Curves are drawn along the stages of a journey.
data-chart-heading = Satisfaction curves
data-chart-journey = Journey
data-chart-export = Export chart…
data-chart-export-tip = Save this chart as PNG, SVG or PDF

## The satisfaction chart, its legend and what hovering its points says

data-chart-value-ci = { $value } (95% CI { $low } to { $high })
data-chart-from = from { $source }
data-chart-moment = moment of truth
data-chart-pain = pain point
data-chart-n-customers = { $count ->
        [one] n { $count } customer
       *[other] n { $count } customers
    }
data-chart-cards = { $count ->
        [one] 1 card:
       *[other] { $count } cards:
    }
data-chart-a-moment = a moment of truth
data-chart-a-pain = a pain point
data-chart-by-card = By card
data-chart-by-card-tip = One point per card, stage after stage
data-chart-by-stage = By stage
data-chart-by-stage-tip = One point per stage: the mean of its cards (hover a point for them)
data-chart-show = Show
data-chart-moment-of-truth = Moment of truth
data-chart-pain-point = Pain point
data-chart-gap = Gap, believed to measured
data-chart-plot = Satisfaction curves chart
data-chart-empty-title = No emotions or ratings on this journey yet
data-chart-empty-text = Give the cards an emotion, or map a rating column of your customer data onto them, and the curves appear here.
data-chart-largest-gaps = Largest gaps
data-chart-no-gaps = Gaps appear where a card has both an emotion from the workshop and customer ratings mapped onto it.
data-chart-gaps-by-stage = Believed against measured by stage, largest first
data-chart-gaps-by-card = Believed against measured, largest first
data-chart-customers = { $count ->
        [one] { $count } customer
       *[other] { $count } customers
    }
data-chart-gap-line = gap { $gap } · n { $n }
data-chart-y-axis = Emotion (−3 to +3)
data-chart-gap-label = { $number } · gap { $gap }

## Stage KPIs and NPS by stage

kpi-chart-hint = Each stage KPI's actual value as a share of its target (100% = on target); orange bars miss it.
kpi-chart-empty-title = No stage KPIs with a target and an actual value
kpi-chart-empty-text = Give a stage's KPIs a target and an actual value (typed, or computed from customer data) in the inspector.
kpi-chart-x-axis = % of target
kpi-chart-bars = Actual against target
kpi-nps-hint = Promoters (9–10), passives (7–8) and detractors (0–6) of the 0–10 answers mapped onto each stage or its cards; NPS = % promoters − % detractors.
kpi-nps-empty-title = No 0–10 answers mapped onto this journey
kpi-nps-empty-text = Map a 0–10 column (likelihood to recommend) of your customer data onto a stage or a card in the inspector.
kpi-nps-detractors = Detractors
kpi-nps-detractors-lower = detractors
kpi-nps-passives = Passives
kpi-nps-passives-lower = passives
kpi-nps-promoters = Promoters
kpi-nps-promoters-lower = promoters
kpi-nps-share = { $stage }: { $part } { $share }
kpi-nps-x-axis = % of answers

## Kano classes

kpi-kano-hint = Kano classes of the touchpoints: from the Kano answers entered in the inspector, and derived from customer data (how much more often customers are satisfied overall when they rate a touchpoint high rather than middling, the reward, and middling rather than low, the penalty).
kpi-kano-empty-title = No Kano answers on this journey
kpi-kano-empty-text = Enter the Kano answers of a touchpoint in the inspector, or name the overall satisfaction column of your customer data above.
kpi-kano-outcome = Overall satisfaction in “{ $dataset }”
kpi-kano-choose-column = Choose a column…
kpi-kano-none = None
kpi-kano-satisfied-when = counts as satisfied when it is
kpi-kano-choose = Choose…
kpi-kano-top-two = its top two points count as satisfied
kpi-kano-undo-outcome = Choose the overall satisfaction column
kpi-kano-from-answers = From Kano answers
kpi-kano-answers-hover = better { $better }, worse { $worse } · { $count } answers
kpi-kano-worse-axis = Worse: dissatisfaction when absent
kpi-kano-better-axis = Better: satisfaction when present
kpi-kano-from-data = From customer data
kpi-kano-data-hover = reward { $reward } points, penalty { $penalty } points · n { $n }
    from { $source }
kpi-kano-penalty-axis = Penalty: less satisfied when rated low
kpi-kano-reward-axis = Reward: more satisfied when rated high

## Customer-data KPIs of a card or a stage (inspector)

kpi-nothing-mapped = No data column is mapped here yet.
kpi-map-column-choose = Map a data column…
kpi-map-column = Map a data column
kpi-map-answers = { $column } · { $dataset } (answers)
kpi-map-rating = { $column } · { $dataset } (rating)
kpi-undo-map = Map data column
kpi-read = Read ›
kpi-read-tip = Show these answers with search and persona filter
kpi-unmap-tip = Unmap this column from here
kpi-undo-unmap = Unmap data column
kpi-undo-unmap-rating = Unmap rating column
kpi-all-respondents = All respondents: { $summary }
kpi-no-answers = No answers in this column.
kpi-no-segment-rule = no segment rule selects their customers in this data
kpi-none-answered = none of their customers answered
kpi-ci = (95% CI { $low }–{ $high })
kpi-top-box = top-box { $share }
