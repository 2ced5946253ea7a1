# The domain's own words: built-in names the model gives the things it knows.

## Persona: how far research backs it

validation-proto = Proto-persona (assumed)
validation-validated = Validated by research

## A copy's name (a duplicated journey or persona)

name-copy = { $name } (copy)

## Hypothesis statuses

hstatus-untested = Untested
hstatus-supported = Supported
hstatus-refuted = Refuted
hstatus-mixed = Mixed

## Evidence levels (how a claim is backed)

level-assumed = Assumed
level-inferred = Inferred
level-observed = Observed

## Statistics of a data query

statistic-mean = Mean
statistic-top-box-share = Top-box share
statistic-nps = NPS
statistic-count = Count

## Channels

channel-web = Web
channel-mobile-app = Mobile app
channel-store = Store
channel-phone = Phone
channel-call-centre = Call centre
channel-email = Email
channel-chat = Chat
channel-social = Social media
channel-search-engine = Search engine
channel-word-of-mouth = Word of mouth
channel-kiosk = Kiosk
channel-salesperson = Salesperson
channel-event = Event
channel-mail = Letter / mail
channel-advertising = Advertising
channel-partner = Partner
channel-in-person = In person

## Direct or indirect contact

contact-unspecified = Not specified
contact-direct = Direct
contact-indirect = Indirect

## Named feelings (the emotion vocabulary; written in lower case)

feeling-energized = energized
feeling-pleased = pleased
feeling-stimulated = stimulated
feeling-interested = interested
feeling-exploring = exploring
feeling-trusting = trusting
feeling-secure = secure
feeling-valued = valued
feeling-cared-for = cared for
feeling-happy = happy
feeling-rushed = rushed
feeling-unhappy = unhappy
feeling-disappointed = disappointed
feeling-frustrated = frustrated
feeling-dissatisfied = dissatisfied
feeling-abandoned = abandoned
feeling-stressed = stressed
feeling-irritated = irritated

## Kano questionnaire answers

kano-answer-like = I like it
kano-answer-expect = I expect it
kano-answer-neutral = I am neutral
kano-answer-tolerate = I can tolerate it
kano-answer-dislike = I dislike it

## Stage phases, relative to the purchase

phase-before = Before the purchase
phase-during = During the purchase
phase-after = After the purchase

## Stage phases, short

phase-short-before = Before
phase-short-during = During
phase-short-after = After

## Lane kinds (and the names of new lanes)

lane-actions = Customer actions
lane-touchpoints = Touchpoints
lane-channels = Channels
lane-thoughts = Thoughts
lane-emotions = Emotions
lane-pain-points = Pain points
lane-opportunities = Opportunities
lane-hypotheses = Hypotheses
lane-backstage = Backstage
lane-data = KPIs and data
lane-custom = Custom

## Export formats

format-png = PNG image
format-svg = SVG drawing
format-pdf = PDF document

## Charts

chart-curves = Curves
chart-curves-by-stage = Curves by stage
chart-kpis = Stage KPIs
chart-nps = NPS by stage
chart-kano = Kano

## Curves

curve-believed = Believed
curve-to-be = To-be
curve-measured = Measured

## Kano classes

kano-must-be = Must-be
kano-performance = Performance
kano-attractive = Attractive
kano-indifferent = Indifferent
kano-reverse = Reverse
kano-questionable = Questionable

## Templates: their names and what they show, and the blank project's words

example-service-station = Service station
example-service-station-summary = Two routes at a fuel station, "Fuel" and "Fuel + car wash", with the pump attendant and the cashier as touchpoints
example-b2b = B2B software purchase
example-b2b-summary = From acquisition to recommendation, with several buyer roles and KPIs per stage
example-train = Train trip
example-train-summary = A trip bought across web, app, call centre, ticket office and station kiosk, with a moment of truth
example-airline = Airline, with survey data
example-airline-summary = Booking to baggage for three personas, checked against 13,524 survey answers: KPIs per touchpoint and persona, hypotheses with figures
example-retail = B2C retail
example-retail-summary = Buying a winter coat across app, web and store: stock per store, fitting rooms, returns of web orders in store
example-bank-loan = Bank loan
example-bank-loan-summary = A personal loan from the need to the last repayment: personal rate, documents, the wait for a decision, payout
example-returns = E-commerce returns
example-returns-summary = Sending back an online order: starting the return, drop-off, tracking, the refund and ordering again
example-blueprint = Service blueprint
example-blueprint-summary = A hotel stay as a blueprint: physical evidence, customer actions, frontstage, backstage and support processes
example-new-journey = New journey
example-untitled-project = Untitled project
example-stage-awareness = Awareness
example-stage-consideration = Consideration
example-stage-purchase = Purchase
example-stage-use = Use
example-stage-loyalty = Loyalty
