# The domain's own words: built-in names the model gives the things it knows.

## Persona: how far research backs it

validation-proto = Proto-persona (assumed)
validation-validated = Validated by research

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
