## Inspector: several cards

inspector-cards-selected = { $count ->
        [one] { $count } card selected
       *[other] { $count } cards selected
    }
inspector-drag-them = Drag them to another cell, or:

## Inspector: a card

inspector-card = Card
inspector-title = Title
inspector-edit-card-title = Edit card title
inspector-notes = Notes
inspector-edit-card-notes = Edit card notes
inspector-none = None
inspector-channel = Channel
inspector-change-channel = Change channel
inspector-other-channel = Other channel
inspector-contact = Contact
inspector-change-contact = Change contact
inspector-department = Department
inspector-change-department = Change department
inspector-other-department = Other department
inspector-effort = Effort
inspector-not-rated = Not rated
inspector-change-effort = Change effort
inspector-effort-1 = 1: very easy
inspector-effort-2 = 2: easy
inspector-effort-3 = 3: some effort
inspector-effort-4 = 4: hard
inspector-effort-5 = 5: very hard
inspector-emotion = Emotion
inspector-set-emotion = Set emotion
inspector-change-emotion = Change emotion
inspector-target-emotion = Target emotion (to-be)
inspector-set-target-emotion = Set target emotion (to-be)
inspector-change-target-emotion = Change target emotion (to-be)
inspector-feeling = Feeling
inspector-change-feeling = Change feeling
inspector-other-feeling = Other feeling
inspector-moment-of-truth = ⭐ Moment of truth
inspector-moment-of-truth-tip = A step with outsized impact on the customer
inspector-mark-moment-of-truth = Mark moment of truth
inspector-pain-point = ⚡ Pain point
inspector-mark-pain-point = Mark pain point
inspector-applies-to = Applies to
inspector-no-persona-walks = No persona walks this journey yet: tick them under "Personas who walk it" (click an empty cell)
inspector-none-ticked = None ticked: all of the journey's personas
inspector-change-personas = Change personas
inspector-hypotheses = Hypotheses
inspector-link-hypotheses = Link hypotheses
inspector-evidence = Evidence

## Inspector: a link

inspector-link = Link
inspector-link-from = From “{ $title }”
inspector-link-to = to “{ $title }”
inspector-label = Label
inspector-label-link = Label link
inspector-delete-link = Delete link

## Inspector: a stage

inspector-stage = Stage
inspector-name = Name
inspector-rename-stage = Rename stage
inspector-phase = Phase
inspector-change-phase = Change phase
inspector-description = Description
inspector-describe-stage = Describe stage
inspector-width = Width
inspector-resize-stage = Resize stage
inspector-facilitator-notes = Facilitator notes
inspector-edit-facilitator-notes = Edit facilitator notes
inspector-delete-stage = Delete stage ({ $count ->
        [one] 1 card
       *[other] { $count } cards
    })

## Inspector: a stage's KPIs

inspector-kpis = KPIs
inspector-kpi = KPI
inspector-rename-kpi = Rename KPI
inspector-unit = Unit
inspector-change-kpi-unit = Change KPI unit
inspector-target = Target
inspector-actual = Actual
inspector-change-kpi-target = Change KPI target
inspector-change-kpi-actual = Change KPI actual
inspector-no-target-value = No target value
inspector-no-actual-value = No actual value
inspector-set-target = Set target
inspector-set-actual = Set actual
inspector-change-kpi-source = Change KPI source
inspector-no-answers = no answers
inspector-answers-n = n { $n }
inspector-actual-from-data = Actual: { $value } { $unit } (from data, { $answers })
inspector-higher-better = Higher is better
inspector-lower-better = Lower is better
inspector-change-kpi = Change KPI
inspector-remove-kpi = Remove KPI
inspector-add-kpi = + KPI
inspector-kpi-target-actual = target { $target } · actual { $actual }
inspector-off-target = ⚠ off target
inspector-on-target = ✔ on target
inspector-needs-target = Needs a target and an actual
inspector-actual-comes-from = Actual comes from
inspector-actual-from-data-name = Actual from data
inspector-typed-by-hand = Typed by hand
inspector-any-data = any data
inspector-kpi-source = { $statistic } of { $column } ({ $dataset })

## Inspector: a lane

inspector-lane = Lane
inspector-rename-lane = Rename lane
inspector-kind = Kind
inspector-change-lane-kind = Change lane kind
inspector-height = Height
inspector-resize-lane = Resize lane
inspector-delete-lane = Delete lane ({ $count ->
        [one] 1 card
       *[other] { $count } cards
    })

## Inspector: the journey

inspector-journey = Journey
inspector-goal = Goal
inspector-edit-journey-goal = Edit journey goal
inspector-describe-journey = Describe journey
inspector-personas-who-walk = Personas who walk it
inspector-change-journey-personas = Change journey personas
inspector-select-hint = Select a card, a stage or a lane to edit it. N adds a card to the selected cell.

## Inspector: locks

inspector-locked-stage = Locked: this stage cannot be changed
inspector-locked-lane = Locked: this lane cannot be changed
inspector-locked-map = Locked: this map cannot be changed
inspector-lock-stage = Lock stage
inspector-unlock-stage = Unlock stage
inspector-lock-lane = Lock lane
inspector-unlock-lane = Unlock lane
inspector-lock-map = Lock map
inspector-unlock-map = Unlock map
inspector-unlock-tip = Allow changes again
inspector-lock-tip = Guard it against accidental changes (unlocking is a click here)

## Map: the names of undo steps, and what the status line says

canvas-no-such-journey = that journey no longer exists
canvas-no-such-stage = that stage no longer exists
canvas-not-changed = Not changed: { $why }
canvas-add-card = Add card
canvas-move-card = Move card
canvas-move-cards = Move cards
canvas-link-cards = Link cards
canvas-new-stage = New stage
canvas-add-stage = Add stage
canvas-new-lane = New lane
canvas-add-lane = Add lane
canvas-new-kpi = New KPI
canvas-add-kpi = Add KPI
canvas-delete-stage = Delete stage
canvas-delete-lane = Delete lane
canvas-move-stage = Move stage
canvas-move-lane = Move lane
canvas-remove-card = Remove card
canvas-remove-stage = Remove stage
canvas-remove-lane = Remove lane
canvas-duplicate-cards = Duplicate cards
canvas-cut-cards = Cut cards
canvas-cut-n = { $count ->
        [one] Cut 1 card
       *[other] Cut { $count } cards
    }
canvas-copied-n = { $count ->
        [one] Copied 1 card
       *[other] Copied { $count } cards
    }
canvas-delete-card = Delete card
canvas-delete-cards = Delete cards
canvas-deleted-n = { $count ->
        [one] Deleted 1 card
       *[other] Deleted { $count } cards
    }
canvas-deleted-link = Deleted the link
canvas-deleted-stage = Deleted the stage and its cards
canvas-deleted-lane = Deleted the lane and its cards
canvas-paste-cards = Paste cards
canvas-pasted-n = { $count ->
        [one] Pasted 1 card
       *[other] Pasted { $count } cards
    }
canvas-zoom = Zoom { $percent }

## Map: right-click menus

canvas-new-card-here = New card here
canvas-rename = Rename
canvas-colour = Colour
canvas-colour-none = None
canvas-colour-blue = Blue
canvas-colour-green = Green
canvas-colour-yellow = Yellow
canvas-colour-orange = Orange
canvas-colour-red = Red
canvas-colour-purple = Purple
canvas-colour-teal = Teal
canvas-colour-grey = Grey
canvas-recolour-stage = Recolour stage
canvas-recolour-lane = Recolour lane
canvas-insert-stage-before = Insert stage before
canvas-insert-stage-after = Insert stage after
canvas-insert-lane-above = Insert lane above
canvas-insert-lane-below = Insert lane below
canvas-delete-header-tip = Removes it and its cards; Undo brings them back

## Inspector: a touchpoint's Kano answers

inspector-kano-answers = Kano answers
inspector-kano-summary = { $count } answers · better { $better } · worse { $worse }
inspector-kano-empty = Add the answers of a Kano questionnaire about this touchpoint.
inspector-kano-pair = { $count } × present “{ $present }”, absent “{ $absent }” → { $class }
inspector-kano-take-off = Take one of these answers off
inspector-remove-kano-answer = Remove Kano answer
inspector-kano-present = If it is there
inspector-kano-absent = If it is not there
inspector-kano-add-answer = Add answer ({ $class })
inspector-add-kano-answer = Add Kano answer

## Map: on the map itself

canvas-map-of = Map of { $name }
canvas-map-locked = 🔒 Map locked
canvas-untitled-card = Untitled card
canvas-link-handle-tip = Drag to another card to link them
canvas-type-then-enter = Type, then Enter
canvas-card-title = Card title
canvas-stage-name = Stage name
canvas-lane-name = Lane name
canvas-fit-all = Fit all
canvas-fit-width = Fit width
canvas-command-tip = { $command }: { $tip }
canvas-add-stage-button = + Stage
canvas-add-stage-tip = Add a stage at the end
canvas-add-lane-button = + Lane
canvas-add-lane-tip = Add a lane at the bottom

## Map: presenting

canvas-present-place = Stage { $number } of { $count }: { $name }
canvas-present-back = → stage { $number }: { $name }
canvas-present-whole = The whole journey
canvas-present-name = Presentation of { $name }, { $place }
canvas-present-keys = Home whole journey · T timer · Esc leave
