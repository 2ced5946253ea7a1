## Export errors

out-error-unknown-journey = ce projet n’a pas de parcours « { $name } » ; ses parcours sont : { $known }
out-error-unknown-persona = ce projet n’a pas de persona « { $name } » ; ses personas sont : { $known }
out-error-no-journey = ce projet n’a aucun parcours à exporter
out-error-unknown-extension = impossible de savoir quel format écrire d’après « { $path } » : le nom du fichier doit finir par .png, .svg ou .pdf
out-error-too-large = une image de { $width } × { $height } pixels est trop grande (au plus { $millions } millions de pixels, { $side } par côté) ; choisissez une largeur, un papier ou une résolution plus petits
out-error-write = impossible d’écrire { $path } : { $reason }
out-error-cancelled = l’export a été annulé
out-error-none = aucun
out-quoted = « { $name } »
out-label-value = { $label } : { $value }
out-error-no-folder = le dossier { $folder } n’existe pas
out-error-permission = vous n’avez pas le droit d’écrire dans { $folder }
out-error-disk-full = le disque est plein

## The date printed on exports


## Journey map page: title line and key

out-map-cards-for = Cartes pour { $name }
out-map-goal = Objectif : { $goal }
out-key-emotions = Émotion, très négative à très positive
out-key-moment-of-truth = Moment de vérité
out-key-pain-point = Irritant
out-key-evidence = Preuves : observées, déduites, supposées
out-key-gap-tag = pense +2 · dit −0,5
out-key-gap = Notre émotion face aux notes des clients (−3 à +3)

## Persona one-pager

out-persona-age = Âge
out-persona-location = Lieu
out-persona-occupation = Profession
out-persona-goals = Objectifs
out-persona-needs = Besoins
out-persona-frustrations = Frustrations et craintes
out-persona-expectations = Attentes
out-persona-behaviours = Comportements
out-persona-where-they-stand = Positionnement
out-persona-channels = Canaux préférés
out-persona-journeys = Parcours

## Charts: KPIs and NPS by stage

out-chart-no-kpis = Aucun KPI d’étape avec une cible et une valeur réelle
out-chart-target = cible
out-chart-of-target = { $percent } de la cible · { $verdict }
out-chart-no-nps = Aucune réponse de 0 à 10 reliée à ce parcours
out-chart-kpi-name = { $stage } : { $name }
out-chart-nps-head = NPS { $score } · n { $n }

## Errors while drawing a file

out-error-read-back = le dessin n’a pas pu être relu ({ $error })
out-error-pdf-because = le PDF n’a pas pu être créé ({ $error })
out-error-pdf-part = le PDF n’a pas pu être créé (une partie a échoué)
out-error-png = le PNG n’a pas pu être écrit ({ $error })
out-error-pdf = le PDF n’a pas pu être créé

## Kano chart

out-kano-answers = { $count ->
        [one] { $count } réponse
       *[other] { $count } réponses
    }
out-kano-n = n { $n }
out-kano-from-answers = D’après les réponses Kano
out-kano-from-data = D’après les données clients (pénalité-gain)
out-kano-none = Aucune réponse Kano sur ce parcours
out-kano-list-head = Point de contact · classe
out-kano-worse = Pire : insatisfaction en cas d’absence →
out-kano-better = Mieux ↑
out-kano-penalty = Pénalité : moins satisfait si noté bas →
out-kano-reward = Gain ↑

## Satisfaction curves chart: legend and the largest gaps

out-curves-none = Pas encore d’émotions ni de notes de clients sur ce parcours
out-legend-measured-band = Mesurée (bande à 95 %)
out-legend-gap = Écart, supposé → mesuré
out-gaps-title = Plus grands écarts
out-gaps-none = Aucun pour l’instant : aucune carte n’a à la fois une émotion d’atelier et des notes de clients.
out-gaps-customers = { $count ->
        [one] { $n } client
       *[other] { $n } clients
    }
out-gaps-line = { $rank }. { $title } ({ $who }) : { $summary } (écart { $gap }, n { $n })
out-gaps-callout = { $rank } · écart { $gap }

## Tags on cards: the gap and the dots of a vote

out-gap-tag = pense { $think } · dit { $say }
out-gap-summary = { $who } : { $summary } (écart { $gap }, n { $n })
out-vote-dots = { $count ->
        [one] { $count } point
       *[other] { $count } points
    }
out-vote-rank = n° { $rank } · { $dots }
out-vote-so-far = « { $question } » : { $dots } pour l’instant
out-vote-ranked = « { $question } » : { $dots }, classée n° { $rank }

## Curves on the map and in charts: how each is drawn, the legend

out-curve-believed-drawn = ligne tiretée avec carrés : les émotions des cartes de l’équipe
out-curve-measured-drawn = ligne pleine avec points et bande ombrée à 95 % : notes des clients
out-curve-to-be-drawn = ligne pointillée avec triangles : les émotions que l’équipe vise
out-all-customers = Tous les clients
out-legend-measured-dashed = tirets : notes des clients

## Data lane figures

out-data-rating-of = { $column } : { $mean } sur { $max } (n { $n })
out-data-rating = { $column } : { $mean } (n { $n })
out-data-kpi = { $name } : { $actual }{ $unit } (cible { $target }){ $mark }

## What a curve's point comes from (hover texts)

out-source-to-be-emotion = émotion cible issue de l’atelier
out-source-emotion = émotion issue de l’atelier
out-source-card-to-be = l’émotion cible d’une carte, issue de l’atelier
out-source-card-emotion = l’émotion d’une carte, issue de l’atelier
out-source-mean-to-be = la moyenne des émotions cibles de { $count } cartes, issues de l’atelier
out-source-mean-emotion = la moyenne des émotions de { $count } cartes, issues de l’atelier

## Notes under the curves chart

out-rescaling = notes de { $min } à { $max } : { $min } → −3, { $mid } → 0, { $max } → +3
out-scale-note = Échelle d’émotion de −3 à +3. Supposée : les émotions des cartes de l’équipe ; cible : les émotions que l’équipe vise ; mesurée : les notes des clients.
out-scale-note-rescaled = Échelle d’émotion de −3 à +3. Supposée : les émotions des cartes de l’équipe ; cible : les émotions que l’équipe vise ; mesurée : les notes des clients, remises à l’échelle ({ $note }).
out-scale-note-by-stage = Un point par étape : la moyenne de ses cartes ; les notes de chaque client pour une étape sont d’abord moyennées, pour que chaque client compte une fois.
out-card-line-n = { $title } : { $value } (n { $n })
out-card-line = { $title } : { $value }
out-think-say = nous pensons { $think }, les clients disent { $say }

## KPIs against their target

out-kpi-wording = { $actual } · { $percent } de la cible · { $verdict }
out-kpi-actual-of = { $actual } sur { $target }
out-kpi-just-off-target = tout juste hors cible
out-kpi-on-target = dans la cible
out-kpi-points = points
out-kpi-short = { $delta } en dessous
out-kpi-above = { $delta } au-dessus
out-kpi-under = { $delta } en dessous
out-kpi-over = { $delta } au-dessus
out-percent = { $value } %
out-kpi-just-under-100 = juste sous 100 %
out-kpi-just-over-100 = juste au-dessus de 100 %

## A figure computed from customer data

out-figure = { $value } (n { $n })
out-figure-ci = { $value } (IC à 95 % { $low }–{ $high }, n { $n })
out-figure-ci-percent = { $value } (IC à 95 % { $low }–{ $high }, n { $n })
