## The command line (its table output and messages; CSV and JSON stay as they are)

cli-bad-paper = “{ $text }” is not a paper size: use A4, A3, A2, A1 or A0
cli-bad-chart = “{ $text }” is not a chart: use curves, curves-by-stage, kpis, nps or kano
cli-bad-theme = “{ $text }” is not a theme: use light, dark or print
cli-by-stage-needs-curves = --by-stage goes with --chart curves (the satisfaction curves)
cli-export-repaired = warning: { $place }: { $message } (repaired for this export; the file is unchanged)
cli-export-first-journey = note: exporting the first of { $count } journeys, “{ $name }”; choose one with --journey NAME, or --journey all
cli-wrote = wrote { $path } ({ $size })
cli-megabytes = { $size } MB
cli-kilobytes = { $size } KB
cli-check-ok = { $path }: ok ({ $counts })
cli-check-ok-upgraded = { $path }: ok ({ $counts }, format version { $version }: upgraded when saved)
cli-serve-at = journeymap sync server at { $url }
cli-serve-kept = Maps kept in { $folder }
cli-serve-codes = Editors' code: { $editors }   Viewers' code: { $viewers }
cli-serve-facilitator = Facilitator: { $workshop } › { $start } › Through a sync server: { $link }
cli-stats-no-numbers = { $file } has no numeric columns to summarise
cli-stats-not-counted = { $place }: { $message }; not counted
cli-stats-unsaid-missing = note: { $code } looks like “no answer” in { $columns }; it is counted as an answer there unless you pass --missing "COLUMN={ $code }"
cli-stats-not-written = could not write the results: { $error }
cli-stats-segment = Segment
cli-stats-all-rows = All
cli-stats-column = Column
cli-stats-mean = Mean
cli-stats-ci = 95% CI
cli-stats-rows = { $count ->
        [one] 1 row
       *[other] { $count } rows
    }
cli-stats-rows-left-out = { $count ->
        [one] 1 row with the wrong number of fields was left out
       *[other] { $count } rows with the wrong number of fields were left out
    }
cli-stats-values-not-counted = { $count ->
        [one] 1 value that does not fit its column was not counted
       *[other] { $count } values that do not fit their column were not counted
    }
cli-import-refused = { $count ->
        [one] 1 row of { $data } cannot be imported as it is; fix it, or pass --skip-bad-rows to leave it out. { $project } was not changed
       *[other] { $count } rows of { $data } cannot be imported as they are; fix them, or pass --skip-bad-rows to leave them out. { $project } was not changed
    }
cli-import-default-name = Customer data
cli-imported = imported { $count } rows of { $data } into { $project } as “{ $name }”
cli-import-left-out = { $count ->
        [one] 1 row with problems was left out
       *[other] { $count } rows with problems were left out
    }
cli-no-such-column = { $file } has no column “{ $name }”; its columns are: { $columns }

## The command line's help (journeymap --help, journeymap export --help)

cli-usage-heading = Usage:
cli-usage-options = [OPTIONS]
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-value-command = COMMAND
cli-help-help = Print help
cli-help-version = Print version
cli-about-help = Print this message or the help of the given subcommand(s)
cli-help-help-command = The subcommand(s) whose help to print
cli-about-check = Check project files
cli-about-check-long = Check project files: exit 0 when all are valid, else 1, with one `FILE:LINE:COLUMN: message` line per problem on stderr.
cli-about-export = Export journey maps, a persona's one-pager or a chart as PNG, SVG or PDF
cli-about-export-long = Export journey maps, or a persona's one-pager, as PNG, SVG or PDF (no window, no GPU). Errors exit with 1.
cli-about-import = Import customer data into a project file
cli-about-import-long = Import customer data (CSV or spreadsheet) into a project file, its columns set up as the import window suggests; the project is saved (the previous version kept as .bak). Rows that do not fit are listed, and nothing is written unless --skip-bad-rows. Errors exit with 1.
cli-about-stats = Statistics of a customer data file
cli-about-stats-long = Statistics of a customer data file (CSV or spreadsheet): per numeric column, and per segment with --by, the number of answers, the mean and its 95% confidence interval, and NPS for 0-10 columns. A value off its column's scale (a stray 9 among 1-5 answers) or text in a number column is not counted and is listed on stderr by line. Errors exit with 1.
cli-about-serve = Run a sync server for live sessions, without a window
cli-about-serve-long = Run a sync server for live sessions, without a window: laptops on the network start and join sessions through it ({ $workshop } › { $start } › Through a sync server: its address with the code). Prints the join codes; runs until stopped (Ctrl+C). Maps are kept in the data folder, so a restart loses nothing the server had received.
cli-help-open-file = A project file (.ron) to open; without it, the last project opens, else an example.
cli-help-join = Join the live session of this link (from { $workshop } › { $start } on the facilitator's laptop).
cli-help-check-files = The project files to check.
cli-help-export-file = The project file.
cli-help-export-output = Where to write; the extension picks the format (.png, .svg or .pdf).
cli-help-export-journey = The journey to export, by name or id, or `all` (PNG and SVG: one file each, PDF: one page each). Default: the first journey.
cli-help-export-persona = Show only this persona's cards and curve (with --one-pager: whose page).
cli-help-export-one-pager = Export the persona's one-pager instead of a map.
cli-help-export-chart = Export a chart of the journey instead of its map: curves (believed against measured, card by card, with the largest gaps), curves-by-stage (one point per stage), kpis (stage KPIs against target), nps (by stage) or kano.
cli-help-export-by-stage = With --chart curves: one point per stage and persona (the mean of the stage's cards) instead of one per card.
cli-help-export-width = Width in pixels (the height follows the map).
cli-help-export-paper = A sheet of paper, landscape for wide maps.
cli-help-export-dpi = Dots per inch on paper (default 300).
cli-help-export-theme = Colours: light (the default), dark or print (white paper, no shadows).
cli-help-export-no-title = Leave out the title above the map.
cli-help-export-no-legend = Leave out the legend and the key to the marks.
cli-help-export-no-personas = Leave out the persona strip.
cli-help-export-date = Print today's date at the top right.
cli-help-export-votes = Show the dots of each journey's latest dot vote on the cards.
cli-help-import-project = The project file to add the data to.
cli-help-import-data = The data file: CSV, or an .xlsx, .xls or .ods workbook (its first sheet).
cli-help-import-name = The data's name in the project (default: the file's name).
cli-help-import-missing = A cell value that means “no answer”, in every column or in one (`--missing "Seat Comfort=0"`), added to those suggested (0 beside a 1-5 scale).
cli-help-import-skip-bad-rows = Leave out the rows that do not fit (wrong number of fields, text in a number column, a value off the scale) instead of refusing the import.
cli-help-stats-file = The data file: CSV (comma, semicolon, tab or bar separated; UTF-8 or Latin-1), or an .xlsx, .xls or .ods workbook (its first sheet).
cli-help-stats-by = A column whose values are segments (e.g. "Type of Travel").
cli-help-stats-missing = A cell value that means “no answer”, in every column (`--missing 0`) or in one (`--missing "Seat Comfort=0"`). Repeat for several. Empty cells never count.
cli-help-stats-format = How to print the results: table (aligned columns for reading; the default), csv (one line per segment and column, for spreadsheets) or json (an array of objects, for scripts).
cli-help-serve-port = The port to listen on (default { $port }).
cli-help-serve-data = Where the shared maps are kept (default: the app's data folder).
cli-help-serve-code = The editors' join code (default: the one kept in the data folder, else a new one; printed).
cli-help-serve-viewer-code = The viewers' join code (default: the one kept in the data folder, else a new one; printed).
cli-value-file = FILE
cli-value-file-ron = FILE.ron
cli-value-link = LINK
cli-value-output = OUT.png|svg|pdf
cli-value-name-or-id = NAME|ID
cli-value-pixels = PX
cli-value-dpi = N
cli-value-project-ron = PROJECT.ron
cli-value-data = DATA.csv|xlsx
cli-value-name = NAME
cli-value-missing = CODE|COLUMN=CODE
cli-value-column = COLUMN
cli-value-format = FORMAT
cli-value-port = PORT
cli-value-dir = DIR
cli-value-code = CODE

## The command line's usage errors

cli-error = error:
cli-error-unknown-argument = unexpected argument “{ $arg }”
cli-error-unknown-command = unknown subcommand “{ $name }”
cli-error-bad-value = invalid value “{ $value }” for { $arg }
cli-error-bad-value-why = invalid value “{ $value }” for { $arg }: { $reason }
cli-error-no-value = { $arg } needs a value
cli-error-possible-values = possible values: { $values }
cli-error-twice = { $arg } can be given only once
cli-error-conflict = { $arg } cannot be used with { $others }
cli-error-conflict-any = { $arg } cannot be used with one of the other arguments given
cli-error-missing = these required arguments were not given:
cli-error-missing-command = { $name } needs a subcommand
cli-error-extra-value = unexpected value “{ $value }” for { $arg }: it takes no more
cli-error-value-count = { $arg } takes { $expected } values, but { $count ->
        [one] 1 was given
       *[other] { $count } were given
    }
cli-error-no-equals = { $arg } needs an equals sign before its value ({ $arg }=…)
cli-error-not-utf8 = an argument is not valid UTF-8 text
cli-error-unreadable = the command line could not be read
cli-error-did-you-mean = did you mean { $name }?
cli-error-try-help = For more information, try { $help }.
cli-bad-number = “{ $text }” is not a whole number from { $min } to { $max }
