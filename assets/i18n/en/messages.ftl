## Opening a project file (src/io/error.rs, src/io/project_file.rs)

msg-load-read = cannot read the file: { $reason }
msg-load-not-a-file = this is not a regular file (a folder, a device or a pipe), so it is not a project
msg-load-too-large = the file is larger than { $megabytes } MB, the most a project file may be; is it really a journeymap project?
msg-load-empty = the file is empty
msg-load-not-text = the file is not text (what is here is not readable text); is it really a journeymap project?
msg-load-no-version = the file has no format_version; a journeymap project starts with `(format_version: { $current }, project: (...))`
msg-load-newer-version = the file was written by a newer journeymap (format version { $found }; this one reads versions up to { $supported }); update journeymap to open it
msg-load-migration = the file has format version { $found }, which this journeymap cannot upgrade: { $message }
msg-load-at-position = Line { $line }, column { $col }: { $message } — { $path }
msg-upgrade-unreadable = the upgraded project does not read back: { $reason }
msg-upgrade-wrong-version = the upgrade produced format version { $found } instead of { $target }
msg-upgrade-missing-step = no upgrade from format version { $version } exists (this journeymap reads format { $target })
msg-upgrade-step-failed = upgrading from format version { $version }: { $message }
msg-ron-too-deep = values are nested too deeply (more than 128 levels), which no project has
msg-ron-trailing = there is more text after the end of the project
msg-ron-eof = the file ends too early; is it cut off?
msg-ron-project-file = the project file
msg-ron-expected = expected { $what } here
msg-ron-group-start-for = expected an opening `(` for { $name }
msg-ron-what-list-start = an opening `[`
msg-ron-what-list-end = a closing `]`
msg-ron-what-group-start = an opening `(`
msg-ron-what-group-end = a closing `)`
msg-ron-what-map-start = an opening `{"{"}`
msg-ron-what-map-end = a closing `{"}"}`
msg-ron-what-colon = a colon `:`
msg-ron-what-comma = a comma
msg-ron-what-text-end = the closing `"` of the text
msg-ron-what-range = `..` or `..=`
msg-ron-kind-text = text in double quotes
msg-ron-kind-boolean = `true` or `false`
msg-ron-kind-char = one character in single quotes
msg-ron-kind-integer = a whole number
msg-ron-kind-number = a number
msg-ron-kind-list = a list in `[ ]`
msg-ron-kind-map = a map in `{"{"} {"}"}`
msg-ron-kind-option = a value or `None`
msg-ron-kind-unit = `()`
msg-ron-kind-bytes = bytes
msg-ron-kind-name = a name (such as a field or a value like `Validated`)
msg-ron-kind-group = a value in `( )`
msg-ron-kind-struct = { $name } in `( )`
msg-ron-kind-enum = one of the values of { $name }
msg-ron-found-value = { $value }
msg-ron-found-number = the number { $value }
msg-ron-found-text = the text { $value }
msg-ron-not-utf8 = the text is not valid UTF-8
msg-ron-unreadable = the text could not be read: { $reason }
msg-ron-bad-attribute = only `#![enable(implicit_some)]` may stand at the top of a project file
msg-ron-other-name = { $found } stands where { $expected } belongs
msg-ron-name-needed = { $name } must stand before the `(`
msg-ron-underscore = a number cannot start with `_`, nor have one after its point
msg-ron-out-of-bounds = this number is too large (or too small) for its place
msg-ron-bad-digit = “{ $digit }” is not a digit of this number
msg-ron-bad-escape = the text has a `\` that is not followed by what it may be (write `\\` for a backslash)
msg-ron-open-comment = a comment is not closed (`/*` needs its `*/`)
msg-ron-unexpected-char = “{ $char }” does not belong here
msg-ron-bad-name = “{ $name }” is not a valid name
msg-ron-wrong-value = expected { $expected }, found { $found }
msg-ron-wrong-length = expected { $expected }, found { $count ->
        [one] one element
       *[other] { $count } elements
    }
msg-ron-unknown-value = { $found } is not one of the values allowed here: { $allowed }
msg-ron-no-values = { $found } is not allowed here: no value is
msg-ron-unknown-field = there is no field { $found } here; the fields are: { $allowed }
msg-ron-missing-field = the field { $field } is missing
msg-ron-missing-field-in = the field { $field } is missing from { $outer }
msg-ron-twice = the field { $field } is given twice

## Saving a project file: "could not <what the save was doing>: <why>"

msg-save-failed-to = could not { $action }: { $reason }
msg-save-failed = Saving failed: { $message } — { $path }
msg-save-write-text = write the project as text
msg-save-follow-link = follow the link to the project file
msg-save-no-file-name = no file name
msg-save-name-file = name the file
msg-save-create-temp = create a temporary file in the folder
msg-save-write-temp = write the temporary file
msg-save-permissions = give the new file the permissions of the old one
msg-save-flush = flush the temporary file to disk
msg-save-backup = keep a backup of the previous file
msg-save-replace = replace the file

## Errors of the system, in plain words

msg-io-not-found = there is no such file or folder
msg-io-permission-denied = permission denied (you may not use this file or folder)
msg-io-is-a-folder = it is a folder, not a file
msg-io-read-only = the disk is read-only
msg-io-disk-full = the disk is full
msg-io-already-exists = a file of that name already exists
msg-io-not-a-folder = a part of the path is a file, not a folder
msg-io-bad-name = the file name is too long or has characters the disk does not allow
msg-io-too-large = the file is too large for this disk
msg-io-busy = the file is in use by another program
msg-io-timed-out = the disk or network did not answer in time
msg-io-cut-short = the file ends before it should (it may be incomplete)
msg-io-not-readable = the file holds bytes that cannot be read as text
msg-io-no-memory = there is not enough memory
msg-io-other-disk = the file cannot be moved to another disk this way
msg-io-port-taken = another program already uses this port
msg-io-no-such-address = this computer has no such network address
msg-io-refused = the other computer refused the connection
msg-io-no-network = the network cannot be reached
msg-io-system = { $words }

## Problems repaired when a project is opened (src/model/integrity.rs)
## $name, $title, $text: what the user named the item; $id and the like: ids.

msg-repair-journey-persona = journey “{ $name }” names persona { $id }, which does not exist; the reference was removed
msg-repair-kpi-dataset = KPI “{ $name }” reads dataset { $id }, which does not exist; it keeps its last value
msg-repair-hypothesis-persona = hypothesis “{ $name }” names persona { $id }, which does not exist; the reference was removed
msg-repair-hypothesis-evidence = hypothesis “{ $name }” names evidence { $id }, which does not exist; the reference was removed
msg-repair-evidence-dataset = evidence “{ $name }” reads dataset { $id }, which does not exist; it keeps its last value
msg-repair-persona-rule-dataset = persona “{ $name }” has a segment rule on dataset { $id }, which does not exist; the rule now applies to any dataset with column “{ $column }”
msg-repair-persona-slider = persona “{ $name }”: slider “{ $left } / { $right }” was { $value }, outside 0..1; set to { $clamped }
msg-repair-note-journey = parking-lot note “{ $text }” names journey { $id }, which does not exist; the reference was removed
msg-repair-no-id = { $item } had no id; it was given id { $id }
msg-repair-id-too-large = { $item } had id { $old }, larger than ids may be; it now has id { $id }
msg-repair-id-twice = id { $old } is used twice; the second one, { $item }, now has id { $id } (references keep pointing at the first)
msg-repair-stage-width = stage “{ $name }” had width { $value }, outside 0.25..8; reset to 1
msg-repair-lane-height = lane “{ $name }” had height { $value }, outside 0.25..8; reset to 1
msg-repair-kpi = KPI “{ $name }” of stage “{ $stage }” had { $value }, which is no number; cleared
# The name of the stage or lane made for cards whose own is missing.
msg-repair-unsorted = Unsorted
msg-repair-card-stage = card “{ $title }” is in a stage that does not exist (id { $id }); it was moved to the stage “{ $name }”
msg-repair-card-lane = card “{ $title }” is in a lane that does not exist (id { $id }); it was moved to the lane “{ $name }”
msg-repair-card-persona = card “{ $title }” names persona { $id }, which does not exist; the reference was removed
msg-repair-card-hypothesis = card “{ $title }” names hypothesis { $id }, which does not exist; the reference was removed
msg-repair-card-evidence = card “{ $title }” names evidence { $id }, which does not exist; the reference was removed
msg-repair-card-dots = card “{ $title }” has dots from vote { $vote } / participant { $participant }, which do not exist; they were removed
msg-repair-card-emotion = card “{ $title }” has emotion { $value }, outside { $min }..{ $max }; set to { $clamped }
msg-repair-card-effort = card “{ $title }” has effort { $value }, outside 1..{ $max }; set to { $clamped }
msg-repair-link = link { $id } joins card { $from } to card { $to }, which is not two cards of this journey; it was removed
msg-repair-target-card = card { $id }
msg-repair-target-stage = stage { $id }
msg-repair-dataset-mapping = dataset “{ $name }”, column “{ $column }” is mapped to { $target }, which does not exist; the mapping was removed
msg-repair-dataset-rows = dataset “{ $name }”: { $count } row(s) did not have { $width } cells; they were padded or cut to fit the columns

## An item of a kind, with its article ($item above)

msg-repair-a-persona = a persona
msg-repair-a-journey = a journey
msg-repair-a-stage = a stage
msg-repair-a-kpi = a KPI
msg-repair-a-lane = a lane
msg-repair-a-card = a card
msg-repair-a-link = a link
msg-repair-a-vote = a vote
msg-repair-a-participant = a participant
msg-repair-a-hypothesis = a hypothesis
msg-repair-an-evidence = a piece of evidence
msg-repair-a-dataset = a dataset
msg-repair-a-note = a note

## Reading a table of data (src/io/table.rs, src/io/columns.rs, src/model/cells.rs)

msg-table-too-large = the file is larger than { $megabytes } MB, the most journeymap reads
msg-table-binary = this is not a text file (it holds binary data); export the data as CSV, or open an .xlsx file
msg-table-no-columns = the file has no columns
msg-table-changed = the file changed while it was being read ({ $expected } bytes when reading began, { $read } read); read it again once it is complete
msg-table-full = the data is too large: { $reason }
msg-table-stopped = reading stopped unexpectedly ({ $reason })
msg-table-cancelled = reading was cancelled
msg-table-spreadsheet = the spreadsheet cannot be read: { $reason }
msg-sheet-damaged = it is damaged, protected by a password, or not an Excel (.xlsx, .xls) or OpenDocument (.ods) workbook
msg-table-row-width = { $fields } fields where the header has { $width }
# The name of a column when the file has no header row.
msg-table-column-name = Column { $number }
msg-table-csv-unfinished = the CSV reader did not finish at the end of the file, line { $line }
msg-cell-not-a-number = “{ $cell }” in “{ $column }” is not a number
msg-cell-outside-scale = { $cell } in “{ $column }” is outside the { $min }–{ $max } scale
msg-cells-expecting = a list of CSV lines
msg-cells-full = the table would hold more than 4 GB of text
msg-cells-bad-row = data row { $row } is not a valid CSV line (an unclosed quote?)
msg-cells-row-error = data row { $row }: { $reason }

## Persona photos (src/io/photo.rs)

msg-photo-too-large = the file is { $megabytes } MB; photos may be up to { $max } MB
msg-photo-not-an-image = this is not a PNG or JPEG picture
msg-photo-not-an-image-but = this is not a PNG or JPEG picture (it looks like a { $found } picture)
msg-photo-too-many-pixels = the picture is { $width } x { $height } pixels; photos may be up to { $max } pixels on a side
msg-photo-damaged = the picture is damaged and cannot be read
msg-photo-unsupported = the picture is a kind of PNG or JPEG journeymap cannot read; save it again as an ordinary PNG or JPEG
msg-photo-not-stored = the picture could not be stored
msg-photo-bad-base64 = the image data is not valid base64: { $reason }
# Why a photo's base64 text cannot be read ($reason of msg-photo-bad-base64).
msg-base64-bad-char = the character “{ $char }” at position { $position } is not one base64 uses
msg-base64-bad-end = its end is cut short or altered
msg-base64-space = it holds a space or a line break at position { $position }

## Unsaved work kept for recovery (src/io/recovery.rs)

msg-recovery-slot-taken = the recovery slot is taken
msg-recovery-not-text = the project could not be written as text ({ $reason })
msg-recovery-not-written = the recovery copy { $path } could not be written: { $reason }

## Other words of the model (src/model, src/document.rs)

msg-color-invalid = `{ $text }` is not a colour; write it as "#rrggbb", e.g. "#3b6ea8"
# The name of a project that has neither a file nor a name.
msg-untitled = Untitled
msg-valence-very-negative = very negative
msg-valence-negative = negative
msg-valence-slightly-negative = slightly negative
msg-valence-neutral = neutral
msg-valence-slightly-positive = slightly positive
msg-valence-positive = positive
msg-valence-very-positive = very positive

## An edit that cannot be applied (src/edit.rs); $kind is the item's kind, as a key

msg-edit-not-found = the { $kind } with id { $id } no longer exists
msg-edit-duplicate = { $kind ->
        [evidence] a piece of evidence
        [hypothesis] a hypothesis
       *[other] a { $kind }
    } with id { $id } already exists
msg-edit-not-a-permutation = the new order of the { $kind ->
        [hypothesis] hypotheses
        [evidence] evidence
       *[other] { $kind }s
    } does not list each of them once

## Operations refused (src/ops)

msg-lock-map = the map of “{ $name }” is locked; unlock it in the inspector (click an empty spot of the map) first
msg-lock-stage = the stage “{ $name }” is locked; unlock it in the inspector (click its name) first
msg-lock-lane = the lane “{ $name }” is locked; unlock it in the inspector (click its name) first
msg-vote-still-open = the vote “{ $question }” is still open on this map; close it first
msg-vote-no-participant = a vote needs at least one participant
msg-vote-dots-range = each participant needs between 1 and { $max } dots
# The question of a vote opened without one.
msg-vote-default-question = Vote { $number }
msg-vote-gone = that vote no longer exists
msg-vote-closed = the vote “{ $question }” is closed; open a new vote to vote again
msg-vote-not-a-participant = that participant is not in this vote
msg-vote-card-gone = that card no longer exists
msg-vote-no-dots-left = { $name } has used all { $dots } dots; take one back (Ctrl+click a card) to move it
msg-vote-no-dot-here = { $name } has no dot on “{ $card }” to take back
msg-vote-already-closed = the vote “{ $question }” is already closed
msg-vote-untitled-card = an untitled card

## What refers to a persona: "2 journeys, 14 cards and 1 hypothesis"

msg-refs-journeys = { $count ->
        [one] { $count } journey
       *[other] { $count } journeys
    }
msg-refs-cards = { $count ->
        [one] { $count } card
       *[other] { $count } cards
    }
msg-refs-hypotheses = { $count ->
        [one] { $count } hypothesis
       *[other] { $count } hypotheses
    }
msg-refs-nothing = nothing
msg-refs-and = { $init } and { $last }
# A persona saved to a file of its own: the project's name and description.
msg-persona-file-name = Persona: { $name }
msg-persona-file-description = The persona “{ $name }”, saved from “{ $project }”.

## Undo refused in a live session (src/shared_undo.rs): "someone else changed this card since, …"
## $field: the name of a field (one of the undo-field-* below, "target emotion").

msg-undo-deleted-since = someone else deleted { $thing } since, and undoing would overwrite their change
msg-undo-changed-since = someone else changed { $thing } since, and undoing would overwrite their change
msg-undo-field-changed-since = someone else changed the { $field } of { $thing } since, and undoing would overwrite their change
msg-undo-the-project = the project
msg-undo-this-persona = this persona
msg-undo-this-hypothesis = this hypothesis
msg-undo-this-evidence = this evidence
msg-undo-this-dataset = this dataset
msg-undo-this-note = this note
msg-undo-this-journey = this journey
msg-undo-this-stage = this stage
msg-undo-this-lane = this lane
msg-undo-this-card = this card
msg-undo-this-link = this link
msg-undo-this-vote = this vote

# The field someone else changed, as $field of msg-undo-field-changed-since.
undo-field-stage = stage
undo-field-lane = lane
undo-field-title = title
undo-field-notes = notes
undo-field-channel = channel
undo-field-contact = contact
undo-field-department = department
undo-field-emotion = emotion
undo-field-target-emotion = target emotion
undo-field-effort = effort
undo-field-moment-of-truth = moment of truth
undo-field-pain-point = pain point
undo-field-personas = personas
undo-field-hypotheses = hypotheses
undo-field-evidence = evidence
undo-field-votes = votes
undo-field-kano = Kano answers
undo-field-color = colour
undo-field-name = name
undo-field-segment = segment or role
undo-field-market = market
undo-field-photo = photo
undo-field-avatar-color = colour
undo-field-age = age
undo-field-location = location
undo-field-occupation = occupation
undo-field-demographics = demographics
undo-field-quote = quote
undo-field-description = description
undo-field-goals = goals
undo-field-needs = needs
undo-field-expectations = expectations
undo-field-frustrations = fears and frustrations
undo-field-behaviours = behaviours
undo-field-channels = preferred channels
undo-field-sliders = behaviour sliders
undo-field-validation = status
undo-field-segment-rules = segment in the data
undo-field-custom-fields = custom fields
undo-field-statement = statement
undo-field-status = status
undo-field-owner = owner
undo-field-kind = kind
undo-field-note = note
undo-field-source = source
undo-field-columns = columns
undo-field-rows = rows
undo-field-outcome = overall satisfaction column
undo-field-text = text
undo-field-journey = journey
undo-field-goal = goal
undo-field-stages = stages
undo-field-lanes = lanes
undo-field-cards = cards
undo-field-links = links
undo-field-facilitator-notes = facilitator notes
undo-field-locked = lock
undo-field-phase = phase
undo-field-width = width
undo-field-kpis = KPIs
undo-field-height = height
undo-field-from = start
undo-field-to = end
undo-field-label = label
undo-field-question = question
undo-field-dots-per-participant = dots per participant
undo-field-participants = participants
undo-field-open = open or closed state
undo-field-opened-at = opening time
undo-field-closed-at = closing time
undo-field-settings = settings

## Live sessions (src/sync)

msg-sync-start = the live session could not start: { $reason }
msg-sync-listen = could not listen for other laptops on { $address }: { $reason }

## Lines a live session writes to the terminal (a log: the server's own words may follow)

log-connection-ended = live session: a connection ended: { $error }
log-refused = live session: refused { $from }: { $reason }
log-not-opened = live session: a connection from { $from } failed to open: { $error }
log-engine-stopped = live session: the sync engine has stopped; { $from } not let in
log-skipped = live session: skipped an item of the shared document that does not read: { $error }
msg-sync-unreachable = the sync server at { $server } cannot be reached (check the link and the network)
msg-sync-no-such-map = the sync server at { $server } has no such map: the session may have ended, or the link is cut short
msg-sync-refused = the sync server at { $server } did not let us in: { $reason }
msg-sync-stopped = the live session has stopped
msg-sync-not-kept = this laptop no longer keeps the shared map of that session
msg-sync-codes-not-kept = could not keep the join codes in { $path }: { $reason }
msg-sync-wrong-code = This join code is not the session's: ask the facilitator for the link again.
msg-sync-code-needed = This live session needs its join code: ask the facilitator for the link.
msg-sync-no-peer = The request names no peer: is this a journeymap app?
msg-sync-engine-stopped = the sync engine has stopped
msg-link-scheme = a join link starts with ws:// or wss:// (this one is "{ $scheme }")
msg-link-not-an-address = the join link is not an address: { $reason }
msg-link-no-document = the join link does not name a shared document (it ends with "#automerge:…", copy the whole link)
msg-link-bad-document = the join link's document "{ $document }" is not a document id
# Why a join link's address cannot be read ($reason of msg-link-not-an-address).
msg-url-no-scheme = it does not start with ws:// or wss://
msg-url-no-host = it names no server after ws:// or wss://
msg-url-bad-name = the server's name holds characters not allowed in an address
msg-url-bad-port = the port after the colon is not a number from 1 to 65535
msg-url-bad-ip = the IP address in it is not a valid one
msg-url-other = it cannot be read as a web address
msg-ws-receive-failed = the connection failed while receiving: { $reason }
msg-ws-silent = nothing heard for { $seconds } s: the network is gone
msg-ws-send-failed = the connection failed while sending: { $reason }
msg-ws-no-answer = the server did not answer
msg-ws-refused = the server refused to let us in

## The shared document of a live session

msg-schema-not-a-project = the shared document is not a journeymap project (it has no "{ $key }" key)
msg-schema-newer = the shared document was made by a newer journeymap (layout { $layout }; this one reads { $reads }): update the app to join
msg-schema-unchanged = the shared document could not be changed: { $reason }
