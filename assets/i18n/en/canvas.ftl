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
inspector-delete-stage = Delete stage ({ $count } cards)

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
inspector-delete-lane = Delete lane ({ $count } cards)

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
