## Menus

menu-file = File
menu-edit = Edit
menu-map = Map
menu-workshop = Workshop
menu-view = View
menu-help = Help

## Commands: the label in menus, then what it does (hover text)

cmd-new = New
cmd-new-tip = Start an empty project
cmd-new-from-template = New from template…
cmd-new-from-template-tip = Start a project from a template, chosen by its picture
cmd-open = Open…
cmd-open-tip = Open a project file (.ron)
cmd-save = Save
cmd-save-tip = Save the project to its file
cmd-save-as = Save as…
cmd-save-as-tip = Save the project to a new file
cmd-save-copy = Save a copy…
cmd-save-copy-tip = Write the project as it is now to another file; the open file stays the one Save writes (in a live session: a snapshot outside the session)
cmd-export = Export…
cmd-export-tip = Export journey maps or persona pages as PNG, SVG or PDF
cmd-quit = Quit
cmd-quit-tip = Close journeymap
cmd-undo = Undo
cmd-undo-tip = Undo the last change
cmd-redo = Redo
cmd-redo-tip = Redo the last undone change
cmd-cut = Cut
cmd-cut-tip = Remove the selected cards and keep them to paste
cmd-copy = Copy
cmd-copy-tip = Keep the selected cards to paste
cmd-paste = Paste
cmd-paste-tip = Put copied cards (or lines of copied text) in the selected cell
cmd-duplicate = Duplicate
cmd-duplicate-tip = Copy the selected cards in place
cmd-delete-selection = Delete
cmd-delete-selection-tip = Delete the selected cards, link, stage or lane
cmd-select-all = Select all cards
cmd-select-all-tip = Select every card of the map
cmd-clear-selection = Select only the current card
cmd-clear-selection-tip = Leave only the current card selected
cmd-new-card = New card
cmd-new-card-tip = Add a card to the selected cell and type its title
cmd-edit-card = Edit text
cmd-edit-card-tip = Type the title of the selected card (or the name of the selected stage or lane)
cmd-add-stage = Add stage
cmd-add-stage-tip = Add a stage after the selected one
cmd-add-lane = Add lane
cmd-add-lane-tip = Add a lane below the selected one
cmd-new-journey = New journey
cmd-new-journey-tip = Add a journey with the usual stages and lanes
cmd-new-journey-from-template = New journey from template…
cmd-new-journey-from-template-tip = Add a template's journey (stages, lanes and cards) to this project
cmd-duplicate-journey = Duplicate journey
cmd-duplicate-journey-tip = Copy the journey shown, with all its cards
cmd-delete-journey = Delete journey
cmd-delete-journey-tip = Delete the journey shown, with all its cards
cmd-toggle-card-colors = Colour cards by emotion
cmd-toggle-card-colors-tip = Colour cards by their emotion instead of their lane
cmd-move-left = Select left
cmd-move-left-tip = Select the card or cell to the left
cmd-move-right = Select right
cmd-move-right-tip = Select the card or cell to the right
cmd-move-up = Select up
cmd-move-up-tip = Select the card or cell above
cmd-move-down = Select down
cmd-move-down-tip = Select the card or cell below
cmd-show-journeys = Journeys
cmd-show-journeys-tip = The journey maps of the project
cmd-show-personas = Personas
cmd-show-personas-tip = The personas of the project
cmd-show-hypotheses = Hypotheses
cmd-show-hypotheses-tip = The team's hypotheses by status, with their evidence
cmd-show-data = Customer data
cmd-show-data-tip = Imported customer data and how it maps to the journeys
cmd-show-curves = Curves
cmd-show-curves-tip = Satisfaction curves per persona along each journey
cmd-present = Present
cmd-present-tip = The map full screen for a room, stage by stage, in high contrast (Esc leaves)
cmd-timer = Timer…
cmd-timer-tip = Minutes per exercise, with a countdown the room can read
cmd-vote = Dot vote…
cmd-vote-tip = Open a dot vote on this map, cast each participant's dots, close it to rank the cards
cmd-capture = Quick capture
cmd-capture-tip = Type notes into the selected cell or the parking lot, without dialogs
cmd-live-start = Start live session…
cmd-live-start-tip = Share this project with laptops on the network: everyone edits the map live (shows the join link when a session runs)
cmd-live-join = Join live session…
cmd-live-join-tip = Open a map someone shares live, from the link they give you
cmd-follow-facilitator = Follow facilitator
cmd-follow-facilitator-tip = In a live session: present what the facilitator presents, stage by stage with them (moving yourself stops following)
cmd-side-panels = Side panels
cmd-side-panels-tip = Show or fold away the navigation, the journey list and the inspector, to give the map the whole width
cmd-fit-width = Fit width
cmd-fit-width-tip = Show the stages across the screen as large as reads well; the lanes below scroll into view
cmd-fit-to-screen = Fit everything
cmd-fit-to-screen-tip = Show the whole map, however small
cmd-zoom-to-selection = Zoom to selection
cmd-zoom-to-selection-tip = Show the selected cards as large as fits
cmd-zoom-in = Zoom in
cmd-zoom-in-tip = Make the map larger
cmd-zoom-out = Zoom out
cmd-zoom-out-tip = Make the map smaller
cmd-zoom-reset = Zoom to 100%
cmd-zoom-reset-tip = Show the map at its actual size
cmd-interface-larger = Larger
cmd-interface-larger-tip = Make menus, panels and text larger
cmd-interface-smaller = Smaller
cmd-interface-smaller-tip = Make menus, panels and text smaller
cmd-interface-normal = Normal size
cmd-interface-normal-tip = Back to the normal interface size
cmd-theme-light = Light
cmd-theme-light-tip = Light colours
cmd-theme-dark = Dark
cmd-theme-dark-tip = Dark colours
cmd-theme-system = Follow the system
cmd-theme-system-tip = Light or dark, as the system is set
cmd-show-problems = Problems found on load…
cmd-show-problems-tip = What was repaired when the project was opened
cmd-shortcuts = Keyboard shortcuts
cmd-shortcuts-tip = Every keyboard shortcut
cmd-about = About journeymap
cmd-about-tip = Version and licences

cmd-language-system = System language
cmd-language-system-tip = The language the system is set to (English when it is another)
cmd-language-english = English
cmd-language-english-tip = Show journeymap in English
cmd-language-french = Français
cmd-language-french-tip = Show journeymap in French
cmd-language-spanish = Español
cmd-language-spanish-tip = Show journeymap in Spanish

submenu-interface-size = Interface size
submenu-theme = Theme
submenu-language = Language
menu-open-recent = Open recent

## Dropping files on the window

drop-hint = Drop a project (.ron) to open it, customer data (.csv) to import it,
    or a picture on the personas view to use as a photo

## Undo and redo (hover text of the Edit menu)

undo-nothing = Nothing to undo
undo-step = Undo: { $step }
redo-nothing = Nothing to redo
redo-step = Redo: { $step }

## Status bar

status-unsaved = ● Unsaved changes
status-saved = Saved
status-project-counts = { $journeys ->
        [one] 1 journey
       *[other] { $journeys } journeys
    } · { $cards ->
        [one] 1 card
       *[other] { $cards } cards
    } · { $personas ->
        [one] 1 persona
       *[other] { $personas } personas
    } · { $hypotheses ->
        [one] 1 hypothesis
       *[other] { $hypotheses } hypotheses
    }
status-repaired = ⚠ { $count } repaired
status-repaired-tip = Show what was repaired when the project was opened

## Live session in the status bar

status-joining = Joining…
status-starting = Starting…
status-live-alone = Live · only you so far
status-live-people = Live · { $count } people
status-live-sending = Live · sending { $count ->
        [one] 1 change
       *[other] { $count } changes
    }
status-offline-reconnecting = Offline · reconnecting
status-offline-unsent = Offline · { $count ->
        [one] 1 change
       *[other] { $count } changes
    } to send
status-refused = Not let in: { $reason }
status-live-tip = The live session: click for its join link
status-person-tip = { $role ->
        [facilitator] { $name } (facilitator) is in this live session
        [viewer] { $name } (viewing) is in this live session
       *[editor] { $name } is in this live session
    }

## Keys, as shortcuts name them (English as egui names them)

key-alt = Alt
key-ctrl = Ctrl
key-shift = Shift
key-cmd = Cmd
key-option = Option
key-down = Down
key-left = Left
key-right = Right
key-up = Up
key-escape = Escape
key-tab = Tab
key-backspace = Backspace
key-enter = Enter
key-insert = Insert
key-delete = Delete
key-home = Home
key-end = End
key-page-up = PageUp
key-page-down = PageDown
key-space = Space
key-minus = Minus
key-plus = Plus
key-equals = Equals

## egui's own accessible names (a screen reader says them; English as egui names them)

a11y-close-window = Close window
a11y-resize-panel = Resize panel
a11y-window-hide = Hide
a11y-window-show = Show
a11y-resize-right = Resize window right edge
a11y-resize-left = Resize window left edge
a11y-resize-bottom = Resize window bottom edge
a11y-resize-top = Resize window top edge
a11y-resize-bottom-right = Resize window bottom-right corner
a11y-resize-top-right = Resize window top-right corner
a11y-resize-bottom-left = Resize window bottom-left corner
a11y-resize-top-left = Resize window top-left corner
