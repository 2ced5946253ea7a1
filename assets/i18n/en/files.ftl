## Crash recovery

recovery-slot-unavailable = Unsaved work cannot be kept for crash recovery in { $dir }: { $error }
recovery-restored = Restored the unsaved work on { $name }; save it to keep it
recovery-restore-failed = Could not restore the unsaved work
recovery-restore-failed-detail = { $error } The copy was kept.
recovery-untitled-project = an untitled project
recovery-quoted-name = “{ $name }”
recovery-ago-under-a-minute = less than a minute ago
recovery-ago-a-minute = a minute ago
recovery-ago-minutes = { $count } minutes ago
recovery-ago-an-hour = an hour ago
recovery-ago-hours = { $count } hours ago
recovery-ago-yesterday = yesterday
recovery-ago-days = { $count } days ago

## File dialogs

dialog-open-title = Open a project
dialog-save-as-title = Save the project as
dialog-save-copy-title = Save a copy of the project
dialog-photo-title = Choose a photo
dialog-import-personas-title = Import personas from a project
dialog-save-persona-title = Save the persona to a file
dialog-import-data-title = Import customer data
dialog-open-button = Open
dialog-save-button = Save
dialog-photo-button = Use this photo
dialog-read-file-button = Read the file
dialog-photo-path = Path of the photo (PNG or JPEG)
dialog-data-path = Path of the data file (CSV or spreadsheet)
dialog-project-path = Path of the project file (.ron)
dialog-filter-picture = PNG or JPEG picture
dialog-filter-customer-data = Customer data (CSV, Excel, OpenDocument)
dialog-filter-project = journeymap project
dialog-filter-export = PNG, SVG or PDF
dialog-export-title = Export to
dialog-none-on-system = This system has no file dialog (no desktop portal and no zenity)
dialog-could-not-show = The system's file dialog could not be shown
dialog-stopped = The system's file dialog stopped unexpectedly

## Export dialog

export-title = Export
export-what = Export
export-what-journey = Journey: { $name }
export-what-journey-missing = Journey
export-what-every-journey = Every journey
export-what-persona = Persona page: { $name }
export-what-persona-missing = Persona page
export-what-chart = Chart: { $chart } of { $name }
export-what-chart-missing = Chart
export-cards-of = Cards of
export-every-persona = Every persona
export-format = Format
export-size = Size
export-size-natural = As on screen at 100%
export-size-width = Width
export-size-paper = Paper
export-paper-at = at
export-theme = Theme
export-theme-light = Light
export-theme-dark = Dark
export-theme-print = Print (white, no shadows)
export-include = Include
export-include-title = Title
export-include-legend = Legend
export-include-personas = Personas
export-include-date = Date
export-include-votes = Vote results
export-include-votes-tip = The dots of the journey's latest dot vote, ranked once closed
export-file = File
export-browse = Browse…
export-every-journey-pdf = Every journey on its own page of one PDF.
export-every-journey-files = One file per journey, named after the file above and the journey.
export-button = Export
export-button-tip = Write the file (Enter)
export-preview-alt = Preview of the export
export-preview-drawing = Drawing the preview…
export-preview-updating = Updating the preview…
export-cancelling = Cancelling…
export-exporting = Exporting…
export-cancel = Cancel
export-done = Exported
export-close = Close
export-another = Export another
export-open-folder = Open folder
export-failed = Not exported
export-back = Back

## Export: sizes and errors

export-size-page-mm = Page { $width } × { $height } mm
export-stopped = the export stopped unexpectedly
export-nothing = Nothing to export
export-preview-stopped = the preview stopped
export-subject-gone = It is no longer in the project
export-open-folder-failed = could not open { $folder } ({ $error })
export-no-path = Choose where to write the file
export-no-journey = This project has no journey to export
