## Export errors

out-error-unknown-journey = there is no journey “{ $name }” in this project; its journeys are: { $known }
out-error-unknown-persona = there is no persona “{ $name }” in this project; its personas are: { $known }
out-error-no-journey = this project has no journey to export
out-error-unknown-extension = can't tell which format to write from “{ $path }”: the file name must end in .png, .svg or .pdf
out-error-too-large = a { $width } × { $height } pixel image is too large (the most is { $millions } million pixels, { $side } on a side); choose a smaller width, paper or DPI
out-error-write = can't write { $path }: { $reason }
out-error-cancelled = the export was cancelled
out-error-none = none
out-quoted = “{ $name }”
out-label-value = { $label }: { $value }
out-error-no-folder = the folder { $folder } does not exist
out-error-permission = you may not write in { $folder }
out-error-disk-full = the disk is full

## The date printed on exports


## Journey map page: title line and key

out-map-cards-for = Cards for { $name }
out-map-goal = Goal: { $goal }
out-key-emotions = Emotion, very negative to very positive
out-key-moment-of-truth = Moment of truth
out-key-pain-point = Pain point
out-key-evidence = Evidence: observed, inferred, assumed
out-key-gap-tag = think +2 · say −0.5
out-key-gap = Our emotion against customers' ratings (−3 to +3)

## Persona one-pager

out-persona-age = Age
out-persona-location = Location
out-persona-occupation = Occupation
out-persona-goals = Goals
out-persona-needs = Needs
out-persona-frustrations = Frustrations and fears
out-persona-expectations = Expectations
out-persona-behaviours = Behaviours
out-persona-where-they-stand = Where they stand
out-persona-channels = Preferred channels
out-persona-journeys = Journeys

## Charts: KPIs and NPS by stage

out-chart-no-kpis = No stage KPIs with a target and an actual value
out-chart-target = target
out-chart-of-target = { $percent } of target · { $verdict }
out-chart-no-nps = No 0–10 answers mapped onto this journey
out-chart-kpi-name = { $stage }: { $name }
out-chart-nps-head = NPS { $score } · n { $n }

## Errors while drawing a file

out-error-read-back = the drawing could not be read back ({ $error })
out-error-pdf-because = the PDF could not be made ({ $error })
out-error-pdf-part = the PDF could not be made (a part failed)
out-error-png = the PNG could not be written ({ $error })
out-error-pdf = the PDF could not be made

## Kano chart

out-kano-answers = { $count } answers
out-kano-n = n { $n }
out-kano-from-answers = From Kano answers
out-kano-from-data = From customer data (penalty-reward)
out-kano-none = No Kano answers on this journey
out-kano-list-head = Touchpoint · class
out-kano-worse = Worse: dissatisfaction when absent →
out-kano-better = Better ↑
out-kano-penalty = Penalty: less satisfied when rated low →
out-kano-reward = Reward ↑

## Satisfaction curves chart: legend and the largest gaps

out-curves-none = No emotions or customer ratings on this journey yet
out-legend-measured-band = Measured (95% band)
out-legend-gap = Gap, believed to measured
out-gaps-title = Largest gaps
out-gaps-none = None yet: no card has both a workshop emotion and customer ratings.
out-gaps-customers = { $count ->
       *[other] { $n } customers
    }
out-gaps-line = { $rank }. { $title } ({ $who }): { $summary } (gap { $gap }, n { $n })
out-gaps-callout = { $rank } · gap { $gap }

## Tags on cards: the gap and the dots of a vote

out-gap-tag = think { $think } · say { $say }
out-gap-summary = { $who }: { $summary } (gap { $gap }, n { $n })
out-vote-dots = { $count ->
        [one] 1 dot
       *[other] { $count } dots
    }
out-vote-rank = #{ $rank } · { $dots }
out-vote-so-far = “{ $question }”: { $dots } so far
out-vote-ranked = “{ $question }”: { $dots }, ranked #{ $rank }

## Curves on the map and in charts: how each is drawn, the legend

out-curve-believed-drawn = dashed line with squares: the team's card emotions
out-curve-measured-drawn = solid line with dots and a shaded 95% band: customer ratings
out-curve-to-be-drawn = dotted line with triangles: the emotions the team aims for
out-all-customers = All customers
out-legend-measured-dashed = dashed: customers' ratings

## Data lane figures

out-data-rating-of = { $column }: { $mean } of { $max } (n { $n })
out-data-rating = { $column }: { $mean } (n { $n })
out-data-kpi = { $name }: { $actual }{ $unit } (target { $target }){ $mark }

## What a curve's point comes from (hover texts)

out-source-to-be-emotion = to-be emotion from the workshop
out-source-emotion = emotion from the workshop
out-source-card-to-be = one card's to-be emotion from the workshop
out-source-card-emotion = one card's emotion from the workshop
out-source-mean-to-be = the mean of { $count } cards' to-be emotions from the workshop
out-source-mean-emotion = the mean of { $count } cards' emotions from the workshop

## Notes under the curves chart

out-rescaling = { $min }–{ $max } ratings: { $min } → −3, { $mid } → 0, { $max } → +3
out-scale-note = Emotion scale −3 to +3. Believed: the team's card emotions; to-be: the emotions the team aims for; measured: customer ratings.
out-scale-note-rescaled = Emotion scale −3 to +3. Believed: the team's card emotions; to-be: the emotions the team aims for; measured: customer ratings, rescaled ({ $note }).
out-scale-note-by-stage = One point per stage: the mean of its cards; each customer's ratings of a stage are averaged first, so each customer counts once.
out-card-line-n = { $title }: { $value } (n { $n })
out-card-line = { $title }: { $value }
out-think-say = we think { $think }, customers say { $say }

## KPIs against their target

out-kpi-wording = { $actual } · { $percent } of target · { $verdict }
out-kpi-actual-of = { $actual } of { $target }
out-kpi-just-off-target = just off target
out-kpi-on-target = on target
out-kpi-points = points
out-kpi-short = { $delta } short
out-kpi-above = { $delta } above
out-kpi-under = { $delta } under
out-kpi-over = { $delta } over
out-percent = { $value }%
out-kpi-just-under-100 = just under 100%
out-kpi-just-over-100 = just over 100%

## A figure computed from customer data

out-figure = { $value } (n { $n })
out-figure-ci = { $value } (95% CI { $low }–{ $high }, n { $n })
out-figure-ci-percent = { $value } (95% CI { $low }–{ $high }, n { $n })
