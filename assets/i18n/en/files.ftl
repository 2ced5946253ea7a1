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
export-dpi = DPI
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

## Dialogs: common buttons

dialog-cancel = Cancel
dialog-close = Close
dialog-ok = OK
dialog-delete = Delete
dialog-replace = Replace
dialog-copy = Copy

## Dialogs: waiting

dialog-opening = Opening { $path }…
dialog-choose-in-dialog = Choose the file in the file dialog…
dialog-type-path-instead = Type the path instead

## Dialogs: unsaved changes

dialog-unsaved-title = Unsaved changes
dialog-unsaved-text = “{ $name }” has changes that are not saved. Save them before { $doing }?
dialog-unsaved-discard = Don't save

## Dialogs: problems repaired on load

dialog-problems-title = Problems repaired on load
dialog-problems-text = These references or values in { $file } were inconsistent and have been repaired. Save the project to keep the repairs.
dialog-problems-where = Line { $line }, column { $column }:

## Dialogs: keyboard shortcuts and about

dialog-shortcuts-title = Keyboard shortcuts
dialog-shortcuts-or = or
dialog-about-fonts = Fonts: Inter and Noto Emoji (SIL Open Font License 1.1), DejaVu Sans (Bitstream Vera licence), Hack (MIT).
app-description = Personas and customer journey maps, checked against real customer data

## Dialogs: restore unsaved work

recovery-title = Restore unsaved work?
recovery-text = journeymap closed without saving the changes to { $name }. A copy was kept { $ago }.
recovery-hint = Restore opens the copy; save it to keep it. Later asks again at the next start.
recovery-restore = Restore
recovery-discard = Discard
recovery-later = Later

## Dialogs: delete a persona

dialog-delete-persona-title = Delete “{ $name }”?
dialog-delete-persona-text = { $references } refer to { $name }. Deleting the persona removes it from them.
dialog-delete-persona-only-cards =
    { $count ->
        [one] { $count } card names only this persona; it will then apply to every persona.
       *[other] { $count } cards name only this persona; they will then apply to every persona.
    }
dialog-delete-persona-undo = Undo brings the persona and every reference back.

## Dialogs: import personas

dialog-import-personas-heading = Import personas
dialog-import-personas-text = { $file } holds these personas. Tick the ones to copy into this project (with their photos).
dialog-import-persona-check = Import { $name }
dialog-import-persona-exists = this project already has a persona of this name
dialog-import-none = Import
dialog-import-count =
    { $count ->
        [one] Import { $count } persona
       *[other] Import { $count } personas
    }

## Dialogs: live session

dialog-live-your-name = Your name
dialog-live-start-title = Start live session
dialog-live-start-text = Everyone with the link edits this map live from their own laptop; you keep the facilitator's controls. Save still writes your file.
dialog-live-this-laptop = This laptop is the server (laptops on the same network)
dialog-live-sync-server-choice = Through a sync server everyone reaches
dialog-live-sync-server = Sync server
dialog-live-start = Start
dialog-live-title = Live session
dialog-live-none = No live session runs.
dialog-live-participants = Participants choose Workshop › Join live session… and paste this link:
dialog-live-join-link = Join link
dialog-live-join-link-copy = Copy the join link to the clipboard
dialog-live-join-code = Join code: { $code }
dialog-live-observers = Observers who only watch use the viewers' link:
dialog-live-viewers-link = Viewers' link
dialog-live-viewers-link-copy = Copy the viewers' link to the clipboard
dialog-live-leave = Leave session
dialog-live-join-title = Join live session
dialog-live-join-text = Paste the link the facilitator shares (it starts with ws://):
dialog-live-join = Join

## Files: opening and saving

file-doing-new = starting a new project
file-doing-open = opening another project
file-doing-quit = quitting
file-new-project = New project
file-new-from-template = New project from a template
file-template-failed = Could not use the template
file-waiting-for-dialog = Waiting for the file dialog…
file-type-path-note = { $reason }. Type the file's path instead.
file-type-a-path = Type the path of a file
file-no-file-at = There is no file at { $path }
file-no-folder = The folder of { $path } does not exist
file-exists-replace = { $path } already exists. Replace it?
file-own-file = That is the open project's own file; choose another name
file-own-file-copy = That is the open project's own file: Save writes it; a copy needs another name
file-saved-copy = Saved a copy as { $path }
file-save-copy-failed = Could not save the copy
file-saved = Saved { $path }
file-save-failed = Could not save the project
file-stopped-opening = Stopped opening { $path }
file-open-failed = Could not open the project
file-reading-stopped = Reading the file stopped unexpectedly — { $path }
file-opened = Opened { $path }
file-opened-repaired = Opened { $path } and repaired { $count } problem(s); save to keep the repairs

## Files: dropped on the window

file-drop-busy = Finish or close the open dialog first, then drop the file again
file-drop-data-on-start = Customer data goes into a project: open one or start one, then drop the file again
file-drop-photo = To use a picture as a persona's photo, open the persona (View › Personas) and drop it there
file-drop-unknown = journeymap opens project files (.ron) and imports customer data (.csv, .xlsx, .xls, .ods); this is neither — { $path }

## App: changes, undo and status

app-not-changed-viewer = Not changed: you view this live session (read-only)
app-not-changed = Not changed: { $why }
app-change-failed = That change could not be made: { $error }
app-typing-not-kept = What was typed could not be kept: { $error }
app-nothing-to-present = There is no journey to present
app-language-shown = journeymap is shown in English
app-undid = Undid: { $label }
app-undo-failed = Could not undo: { $error }
app-redid = Redid: { $label }
app-redo-failed = Could not redo: { $error }
app-side-panels-shown = Side panels shown
app-side-panels-folded = Side panels folded away: Ctrl+B or View › Side panels brings them back
app-zoom = Zoom { $zoom }
app-time-is-up = Time is up

## App: journeys

app-new-journey-name = New journey
app-edit-new-journey = New journey
app-edit-duplicate-journey = Duplicate journey
app-edit-delete-journey = Delete journey
app-journey-deleted = Deleted the journey “{ $name }”; Undo brings it back
app-edit-card-colours = Change card colours

## App: window

app-window-title = { $marker }{ $name } — journeymap
app-window-failed = journeymap could not open its window: { $error }
