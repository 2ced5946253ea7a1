## Persona editor: header

persona-editor-heading = Persona
persona-editor-close-tip = Close the editor
persona-photo-change = Change photo…
persona-photo-choose = Choose photo…
persona-photo-tip = A PNG or JPEG; it is downscaled and kept in the project file
persona-photo-remove = Remove photo
persona-photo-drop-hint = or drop a picture on the window
persona-colour = Colour
persona-colour-tip = The avatar's colour, and the persona's dots and curve on maps
persona-undo-colour = Change persona colour
persona-name = Name
persona-undo-rename = Rename persona
persona-segment = Segment or role
persona-undo-segment = Edit segment or role
persona-market = Market
persona-market-b2c = B2C (consumers)
persona-market-b2b = B2B (businesses)
persona-undo-market = Change market
persona-status = Status
persona-undo-status = Change persona status

## Persona editor: demographics and story

persona-section-demographics = Demographics
persona-age = Age
persona-undo-age = Edit age
persona-location = Location
persona-undo-location = Edit location
persona-occupation = Occupation
persona-undo-occupation = Edit occupation
persona-add-fact = + Add a fact (e.g. Household)
persona-section-story = In their words
persona-quote = Quote
persona-undo-quote = Edit quote
persona-description = Description
persona-undo-description = Edit description

## Persona editor: goals, needs and fears

persona-section-lists = Goals, needs and fears
persona-one-per-line = One per line.
persona-goals = Goals
persona-undo-goals = Edit goals
persona-needs = Needs
persona-undo-needs = Edit needs
persona-expectations = Expectations
persona-undo-expectations = Edit expectations
persona-frustrations = Fears and frustrations
persona-undo-frustrations = Edit fears and frustrations
persona-behaviours = Behaviours
persona-undo-behaviours = Edit behaviours

## Persona editor: channels

persona-section-channels = Preferred channels
persona-channels-hint = Ticked in the order they matter; the first is the favourite.
persona-undo-channels = Change preferred channels
persona-another-channel = Another channel
persona-undo-add-channel = Add preferred channel

## Persona editor: behaviour scales

persona-section-behaviour = Behaviour
persona-behaviour-hint = Where the persona sits between two poles the team names.
persona-undo-scale = Edit behaviour scale
persona-left-pole = Left pole
persona-right-pole = Right pole
persona-slider-tip = { $percent } of the way from “{ $left }” to “{ $right }”
persona-slider-name = Between { $left } and { $right }
persona-undo-slider = Move behaviour slider
persona-remove-scale-tip = Remove this scale
persona-undo-remove-scale = Remove behaviour scale
persona-add-scale = + Add a scale (e.g. Price-driven ↔ Quality-driven)
persona-undo-add-scale = Add behaviour scale
persona-scale-left-default = Price-driven
persona-scale-right-default = Quality-driven

## Persona editor: segment in the data

persona-section-segment-rules = Segment in the data
persona-segment-rules-hint = Customers in imported data who match every rule are this persona's customers.
persona-any-dataset = Any dataset
persona-rule-dataset = Dataset of the rule
persona-undo-rule = Change segment rule
persona-undo-edit-rule = Edit segment rule
persona-rule-column = Column
persona-value = Value
persona-remove-rule-tip = Remove this rule
persona-undo-remove-rule = Remove segment rule
persona-add-rule = + Add a rule (column = value)
persona-undo-add-rule = Add segment rule

## Persona editor: custom fields

persona-section-custom = Custom fields
persona-add-field = + Add a field
persona-field-name = Field name
persona-undo-field = Edit field
persona-remove-field-tip = Remove this field
persona-undo-remove-field = Remove field
persona-undo-add-field = Add field

## Persona editor: journeys and actions

persona-section-journeys = Journeys
persona-no-journeys = The project has no journeys yet.
persona-walks = Walks “{ $journey }”
persona-undo-walk = Add persona to journey
persona-undo-unwalk = Remove persona from journey
persona-show-journey = Show ›
persona-show-journey-tip = Open the journey “{ $journey }”
persona-export-one-pager = Export one-pager…
persona-export-one-pager-tip = A page with everything about this persona, as PNG, SVG or PDF
persona-save-to-file = Save to file…
persona-save-to-file-tip = A journeymap file with this persona, which other projects can import
persona-duplicate = Duplicate
persona-duplicate-tip = A copy to vary
persona-delete = Delete…
persona-delete-tip = Delete this persona (Undo brings it back)

## Persona gallery

persona-gallery-heading = Personas
persona-count = { $count ->
        [one] 1 persona
       *[other] { $count } personas
    }
persona-new = + New persona
persona-new-tip = Add a persona and edit it
persona-import = Import from project…
persona-import-tip = Copy personas (with their photos) from another journeymap file
persona-search-hint = 🔍 Search name, segment, quote, goals…
persona-search = Search personas
persona-search-clear = Clear
persona-sort-by = Sort by
persona-sort-project = Project order
persona-show = Show
persona-show-all-markets = B2C and B2B
persona-show-b2c = B2C only
persona-show-b2b = B2B only
persona-show-all-statuses = Proto and validated
persona-show-proto = Proto-personas
persona-show-validated = Validated
persona-no-match = No persona matches
persona-no-match-hint = Clear the search or the filters above to see every persona.
persona-empty = No personas yet
persona-empty-hint = Personas are the typical customers whose journeys the maps show: who they are, what they want, what they fear.

## Persona gallery: a persona's tile and its menu

persona-unnamed = Unnamed persona
persona-tag-proto = Proto-persona
persona-tag-validated = Validated
persona-no-quote = No quote yet
persona-walks-none = Walks no journey yet
persona-walks-many = 🗺 { $count } journeys: { $journeys }
persona-menu-edit = Edit
persona-move-earlier = Move earlier
persona-move-later = Move later

## Persona actions: undo steps and messages

persona-default-name = New persona { $number }
persona-undo-new = New persona
persona-undo-duplicate = Duplicate persona
persona-undo-move = Move persona
persona-undo-delete = Delete persona
persona-undo-photo = Set photo
persona-undo-import = Import personas
persona-deleted = Deleted the persona “{ $name }”; Undo brings it back
persona-photo-busy = A photo is still being read; try again in a moment
persona-photo-reading = Reading the photo { $path }…
persona-photo-stopped = reading it stopped unexpectedly
persona-photo-orphan = The persona was deleted while its photo was read; nothing changed
persona-photo-size = { $width } x { $height } pixels, { $kilobytes } KB
persona-photo-set = Photo of { $name } set ({ $size }, stored in the project)
persona-photo-error = Could not use the picture
persona-photo-error-text = { $path }: { $error }. Nothing was changed.
persona-import-none = No personas to import
persona-import-none-text = { $path } holds no personas, so there is nothing to import. Nothing was changed.
persona-import-error = Could not import personas
persona-import-error-text = { $error } Nothing was changed.
persona-imported = { $count ->
        [one] Imported 1 persona from { $file }
       *[other] Imported { $count } personas from { $file }
    }
persona-saved = Saved { $name } to { $path }; import it in another project with “Import from project…”
persona-save-error = Could not save the persona

## Hypotheses board

hyp-heading = Hypotheses
hyp-new = + New hypothesis
hyp-new-tip = Write down something the team believes, to check it
hyp-empty = No hypotheses yet
hyp-empty-hint = Hypotheses are what the team believes but has not checked. Add one, then back it with figures from customer data, verbatims or interview notes.
hyp-subtitle = What the team believes, sorted by what the evidence says

## Hypotheses board: a hypothesis

hyp-edit-tip = Edit the statement, owner and personas
hyp-edit-name = Edit { $statement }
hyp-owner = Owner
hyp-cards = Cards: { $cards }
hyp-status = Status
hyp-undo-status = Mark hypothesis { $status }
hyp-add-evidence = Add evidence
hyp-statement = Statement
hyp-undo-statement = Edit hypothesis
hyp-undo-owner = Edit hypothesis owner
hyp-about = About
hyp-undo-personas = Change hypothesis personas
hyp-done = Done

## Hypotheses board: evidence

hyp-group-everyone = everyone
hyp-group-and = and
hyp-no-value = no value yet
hyp-figure-detail = { $statistic } of { $column } for { $group }: { $value }
hyp-figure-compare = ; for { $group }: { $value }
hyp-interview-detail = { $who }: { $text }
hyp-remove-evidence-tip = Take this evidence off the hypothesis
hyp-remove-evidence-name = Remove evidence { $title }

## Hypotheses board: adding evidence

hyp-kind-figure = Figure from data
hyp-kind-interview = Interview note
hyp-no-data-hint = Import customer data to back hypotheses with figures.
hyp-who-hint = Who (e.g. Fleet driver, interview 7)
hyp-who = Who said it
hyp-said-hint = What they said or what was observed
hyp-said = What was said
hyp-add-note = Add note
hyp-interview-title = Interview note
hyp-interview-title-who = Interview: { $who }
hyp-document-title = Document
hyp-data = Data
hyp-data-name = Data of the figure
hyp-column = Column
hyp-choose = Choose…
hyp-column-name = Column of the figure
hyp-statistic = Statistic
hyp-statistic-name = Statistic of the figure
hyp-customers = Customers
hyp-everyone = Everyone
hyp-segment-name = Segment column of the figure
hyp-where = Where it is
hyp-where-name = Segment value of the figure
hyp-compared = Compared with
hyp-compared-name = Value compared with
hyp-add-figure = Add figure
hyp-add-figure-disabled = Choose a column (and a segment value)
hyp-figure-title = { $statistic } of { $column }
hyp-figure-title-value = { $statistic } of { $column }: { $value }
hyp-figure-title-compare = { $statistic } of { $column }: { $value } vs. { $compare }

## Hypotheses: undo steps and messages

hyp-default-statement = New hypothesis { $number }
hyp-undo-new = New hypothesis
hyp-no-figure = The data gives no figure for that question (no answers in that group)
hyp-undo-add-evidence = Add evidence
hyp-undo-remove-evidence = Remove evidence
