## Journeys view: the list of journeys and the bar above the map

journeys-empty = No journeys yet
journeys-empty-hint = Add one with “+ New journey” on the left, or start from a template with File › New from template…
journeys-heading = Journeys
journeys-name-field = Journey name
journeys-undo-rename = Rename journey
journeys-rename = Rename
journeys-duplicate = Duplicate
journeys-move-up = Move up
journeys-move-down = Move down
journeys-undo-move = Move journey
journeys-delete = Delete ({ $count } cards)
journeys-delete-tip = Undo brings it back
journeys-new = + New journey
journeys-position = { $index } of { $count }
journeys-hide-panels = Hide panels
journeys-show-panels = Show panels
journeys-journey-label = Journey
journeys-show-label = Show
journeys-every-persona = Every persona
journeys-colour-by-emotion = Colour by emotion

## Start page

start-new-blank-project = New blank project
start-recent = Recent
start-file-gone = The file is no longer there
start-not-found = { $folder } · not found
start-from-template = Start from a template or an example
start-from-template-intro = Each opens as an untitled copy: the airline comes with its survey data imported and checked against the team's beliefs.

## Template gallery

template-new-project-heading = New from template
template-new-project-intro = Start a new project from one of these maps; it opens as an untitled copy.
template-blank-project = Blank project
template-blank-project-summary = One empty journey with the usual stages and lanes
template-new-journey-heading = New journey from template
template-new-journey-intro = Add a template's journey to this project: its stages, lanes and cards. Its personas and data stay in the template.
template-blank-journey = Blank journey
template-blank-journey-summary = The usual stages and lanes, no cards
template-cancel = Cancel
template-drawing-preview = Drawing the map…
template-error-title = Could not use the template
template-undo-new-journey = New journey from template
template-journey-added = Added the journey “{ $name }” from the template { $template }; its personas stay in the template

## Dot vote: the window

vote-title = Dot vote
vote-waiting-for-facilitator = The facilitator opens the votes of this live session; the vote shows here when they do.
vote-take-back-click-mac = Cmd+click
vote-take-back-click = Ctrl+click
vote-viewer = You are viewing this session: the others cast their dots.
vote-join-intro = { $dots } dots each. Join the vote to cast your own from this laptop.
vote-join-as = Join the vote as { $name }
vote-you-vote-as = You vote as { $name }: { $left } of { $dots } dots left
vote-participant-hint = Click a card to give it one of your dots; { $take_back } takes one back. The facilitator closes the vote.
vote-new = New vote
vote-question = Question
vote-question-hint = e.g. Worst pain points
vote-dots-per-participant = Dots per participant
vote-participants = Participants: names, one per line, or how many
vote-everyone-here = Everyone here
vote-everyone-here-tip = The people in this live session, each voting from their laptop
vote-participant-count = { $count ->
        [one] { $count } participant
       *[other] { $count } participants
    }, { $dots } dots in all
vote-open = Open vote
vote-dots-cast = { $dots } dots each · { $cast } of { $total } cast
vote-facilitator-hint = Click a card to give it a dot from the participant chosen below; { $take_back } takes one back. Or select a card and press a participant's key (Shift+key takes back).
vote-dots-left = { $left } of { $dots } left
vote-close = Close vote and rank
vote-close-tip = No more dots; the cards are ranked and the results kept in the project
vote-results = Results
vote-no-dots = No dot was cast.
vote-dots = { $count ->
        [one] { $count } dot
       *[other] { $count } dots
    }
vote-more = and { $count } more
vote-hide-from-map = Hide from map
vote-show-on-map = Show on map
vote-show-disabled-tip = The open vote's dots are on the map until it closes
vote-delete = Delete vote

## Dot vote: undo steps and messages

vote-undo-close = Close vote
vote-closed-no-dots = Vote closed; no dot was cast
vote-closed = Vote closed: { $top }
vote-undo-delete = Delete vote
vote-deleted = Deleted the vote; Undo brings it back
vote-not-done = Not done: { $why }
vote-undo-open = Open vote
vote-opened = Vote open: { $count } participants, { $dots } dots each. Click a card to give it a dot
vote-error-no-journey = that journey no longer exists
vote-error-no-open-vote = no vote is open on this map
vote-undo-cast = Cast a dot
vote-undo-take-back = Take back a dot
vote-cast-put = { $who } put a dot on “{ $card }” ({ $left } left)
vote-cast-taken = { $who } took a dot back from “{ $card }” ({ $left } left)
vote-undo-join = Join the vote
vote-no-such-participant = This vote has { $count } participants; there is no participant { $number }
vote-select-card-first = Select a card first: the key puts that participant's dot on it

## Timer

timer-title = Timer
timer-time-up = Time is up
timer-minutes = Minutes
timer-pause = Pause
timer-start = Start
timer-reset = Reset
timer-chime = Chime when the time is up
timer-presentation-hint = In presentation mode (F5) the countdown shows large; T starts or pauses it.

## Quick capture and the parking lot

capture-field = Capture
capture-to-parking-lot = the parking lot
capture-to-parking-lot-tip = Notes wait under the map until dragged onto it
capture-to-selected-cell = the selected cell
capture-to-cell = the cell { $cell }
capture-to-cell-tip = Notes become cards in the cell selected on the map
capture-into = into
capture-hint = Type a note, Enter keeps it
capture-parking-lot = Parking lot ({ $count })
capture-parking-lot-empty = empty: notes sent here wait to be dragged onto the map
capture-note-from = {" "}(from { $journey })
capture-note-tip = Drag onto the map to make it a card; right-click for more
capture-put-in-selected-cell = Put in the selected cell
capture-delete-note = Delete note
capture-undo-delete-note = Delete parked note
capture-undo-park-note = Park a note
capture-parked = Parked: { $text }
capture-no-cell = There is no cell to put the note in; send it to the parking lot instead
capture-undo-capture-card = Capture a card
capture-captured-into = Captured into { $cell }
capture-undo-place-note = Put a parked note on the map
capture-placed = Put on the map in { $cell }

## Live session

live-error-server-address = A sync server's address starts with ws:// or wss://
live-starting = Starting the live session…
live-started = Live session started: share the link
live-error-start = Could not start a live session
live-hosting-again = Hosting the live session again
live-error-host-again = Could not host the live session again ({ $error }): the file is open alone; Workshop › Start live session shares it anew
live-joining = Joining the live session…
live-left = Left the live session; the map stays open
live-following = Following the facilitator: you see the stage they present
live-not-following = No longer following the facilitator
live-stopped-following = No longer following the facilitator (Workshop › Follow facilitator)
live-rejoined = Rejoined the live session
live-error-rejoin = Could not rejoin the live session ({ $error }): the file is open alone
live-joined = Joined the live session
live-joined-viewing = Joined the live session (viewing only)
live-error-join = Could not join the live session
live-not-shared = Not shared: { $error }
live-guest = Guest

## Shared widgets

widget-photo-of = Photo of { $name }
widget-avatar-of = Avatar of { $name }
widget-fact-label = { $label }:
widget-entry-hint = { $hint }, then Enter
widget-colour-code = Hex code
widget-value-share = { $value }: { $share }
