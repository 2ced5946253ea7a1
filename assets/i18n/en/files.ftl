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
