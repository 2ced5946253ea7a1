## Inspector: several cards

inspector-cards-selected = { $count ->
        [one] { $count } carte sélectionnée
       *[other] { $count } cartes sélectionnées
    }
inspector-drag-them = Faites-les glisser vers une autre cellule, ou :

## Inspector: a card

inspector-card = Carte
inspector-title = Titre
inspector-edit-card-title = Modifier le titre de la carte
inspector-notes = Notes
inspector-edit-card-notes = Modifier les notes de la carte
inspector-none = Aucun
inspector-channel = Canal
inspector-change-channel = Changer de canal
inspector-other-channel = Autre canal
inspector-contact = Contact
inspector-change-contact = Changer le contact
inspector-department = Service
inspector-change-department = Changer de service
inspector-other-department = Autre service
inspector-effort = Effort
inspector-not-rated = Non évalué
inspector-change-effort = Changer l’effort
inspector-effort-1 = 1 : très facile
inspector-effort-2 = 2 : facile
inspector-effort-3 = 3 : un peu d’effort
inspector-effort-4 = 4 : difficile
inspector-effort-5 = 5 : très difficile
inspector-emotion = Émotion
inspector-set-emotion = Définir l’émotion
inspector-change-emotion = Changer l’émotion
inspector-target-emotion = Émotion visée (cible)
inspector-set-target-emotion = Définir l’émotion visée (cible)
inspector-change-target-emotion = Changer l’émotion visée (cible)
inspector-feeling = Ressenti
inspector-change-feeling = Changer le ressenti
inspector-other-feeling = Autre ressenti
inspector-moment-of-truth = ⭐ Moment de vérité
inspector-moment-of-truth-tip = Un moment à l’impact décisif sur le client
inspector-mark-moment-of-truth = Marquer comme moment de vérité
inspector-pain-point = ⚡ Irritant
inspector-mark-pain-point = Marquer comme irritant
inspector-applies-to = S’applique à
inspector-no-persona-walks = Aucune persona ne suit encore ce parcours : cochez-les sous « Personas qui le suivent » (cliquez sur une cellule vide)
inspector-none-ticked = Aucune cochée : toutes les personas du parcours
inspector-change-personas = Changer les personas
inspector-hypotheses = Hypothèses
inspector-link-hypotheses = Lier des hypothèses
inspector-evidence = Preuves

## Inspector: a link

inspector-link = Lien
inspector-link-from = De « { $title } »
inspector-link-to = à « { $title } »
inspector-label = Libellé
inspector-label-link = Libeller le lien
inspector-delete-link = Supprimer le lien

## Inspector: a stage

inspector-stage = Étape
inspector-name = Nom
inspector-rename-stage = Renommer l’étape
inspector-phase = Phase
inspector-change-phase = Changer de phase
inspector-description = Description
inspector-describe-stage = Décrire l’étape
inspector-width = Largeur
inspector-resize-stage = Redimensionner l’étape
inspector-facilitator-notes = Notes de l’animateur
inspector-edit-facilitator-notes = Modifier les notes de l’animateur
inspector-delete-stage = { $count ->
        [one] Supprimer l’étape ({ $count } carte)
       *[other] Supprimer l’étape ({ $count } cartes)
    }

## Inspector: a stage's KPIs

inspector-kpis = KPI
inspector-kpi = KPI
inspector-rename-kpi = Renommer le KPI
inspector-unit = Unité
inspector-change-kpi-unit = Changer l’unité du KPI
inspector-target = Cible
inspector-actual = Réel
inspector-change-kpi-target = Changer la cible du KPI
inspector-change-kpi-actual = Changer la valeur réelle du KPI
inspector-no-target-value = Pas de valeur cible
inspector-no-actual-value = Pas de valeur réelle
inspector-set-target = Définir la cible
inspector-set-actual = Définir le réel
inspector-change-kpi-source = Changer la source du KPI
inspector-no-answers = aucune réponse
inspector-answers-n = n { $n }
inspector-actual-from-data = Réel : { $value } { $unit } (d’après les données, { $answers })
inspector-higher-better = Plus haut, c’est mieux
inspector-lower-better = Plus bas, c’est mieux
inspector-change-kpi = Changer le KPI
inspector-remove-kpi = Retirer le KPI
inspector-add-kpi = + KPI
inspector-kpi-target-actual = cible { $target } · réel { $actual }
inspector-off-target = ⚠ hors cible
inspector-on-target = ✔ dans la cible
inspector-needs-target = Il faut une cible et une valeur réelle
inspector-actual-comes-from = Le réel vient de
inspector-actual-from-data-name = Réel d’après les données
inspector-typed-by-hand = Saisi à la main
inspector-any-data = toutes données
inspector-kpi-source = { $statistic } de { $column } ({ $dataset })

## Inspector: a lane

inspector-lane = Couloir
inspector-rename-lane = Renommer le couloir
inspector-kind = Type
inspector-change-lane-kind = Changer le type de couloir
inspector-height = Hauteur
inspector-resize-lane = Redimensionner le couloir
inspector-delete-lane = { $count ->
        [one] Supprimer le couloir ({ $count } carte)
       *[other] Supprimer le couloir ({ $count } cartes)
    }

## Inspector: the journey

inspector-journey = Parcours
inspector-goal = Objectif
inspector-edit-journey-goal = Modifier l’objectif du parcours
inspector-describe-journey = Décrire le parcours
inspector-personas-who-walk = Personas qui le suivent
inspector-change-journey-personas = Changer les personas du parcours
inspector-select-hint = Sélectionnez une carte, une étape ou un couloir pour le modifier. N ajoute une carte dans la cellule sélectionnée.

## Inspector: locks

inspector-locked-stage = Verrouillée : cette étape ne peut pas être modifiée
inspector-locked-lane = Verrouillé : ce couloir ne peut pas être modifié
inspector-locked-map = Verrouillée : cette carte de parcours ne peut pas être modifiée
inspector-lock-stage = Verrouiller l’étape
inspector-unlock-stage = Déverrouiller l’étape
inspector-lock-lane = Verrouiller le couloir
inspector-unlock-lane = Déverrouiller le couloir
inspector-lock-map = Verrouiller la carte
inspector-unlock-map = Déverrouiller la carte
inspector-unlock-tip = Autoriser de nouveau les modifications
inspector-lock-tip = Protéger des modifications accidentelles (un clic ici suffit pour déverrouiller)

## Map: the names of undo steps, and what the status line says

canvas-no-such-journey = ce parcours n’existe plus
canvas-no-such-stage = cette étape n’existe plus
canvas-not-changed = Non modifié : { $why }
canvas-add-card = Ajouter une carte
canvas-move-card = Déplacer la carte
canvas-move-cards = Déplacer les cartes
canvas-link-cards = Lier les cartes
canvas-new-stage = Nouvelle étape
canvas-add-stage = Ajouter une étape
canvas-new-lane = Nouveau couloir
canvas-add-lane = Ajouter un couloir
canvas-new-kpi = Nouveau KPI
canvas-add-kpi = Ajouter un KPI
canvas-delete-stage = Supprimer l’étape
canvas-delete-lane = Supprimer le couloir
canvas-move-stage = Déplacer l’étape
canvas-move-lane = Déplacer le couloir
canvas-remove-card = Retirer la carte
canvas-remove-stage = Retirer l’étape
canvas-remove-lane = Retirer le couloir
canvas-duplicate-cards = Dupliquer les cartes
canvas-cut-cards = Couper les cartes
canvas-cut-n = { $count ->
        [one] { $count } carte coupée
       *[other] { $count } cartes coupées
    }
canvas-copied-n = { $count ->
        [one] { $count } carte copiée
       *[other] { $count } cartes copiées
    }
canvas-delete-card = Supprimer la carte
canvas-delete-cards = Supprimer les cartes
canvas-deleted-n = { $count ->
        [one] { $count } carte supprimée
       *[other] { $count } cartes supprimées
    }
canvas-deleted-link = Lien supprimé
canvas-deleted-stage = Étape supprimée, avec ses cartes
canvas-deleted-lane = Couloir supprimé, avec ses cartes
canvas-paste-cards = Coller les cartes
canvas-pasted-n = { $count ->
        [one] { $count } carte collée
       *[other] { $count } cartes collées
    }
canvas-zoom = Zoom { $percent }

## Map: right-click menus

canvas-new-card-here = Nouvelle carte ici
canvas-rename = Renommer
canvas-colour = Couleur
canvas-colour-none = Aucune
canvas-colour-blue = Bleu
canvas-colour-green = Vert
canvas-colour-yellow = Jaune
canvas-colour-orange = Orange
canvas-colour-red = Rouge
canvas-colour-purple = Violet
canvas-colour-teal = Bleu canard
canvas-colour-grey = Gris
canvas-recolour-stage = Changer la couleur de l’étape
canvas-recolour-lane = Changer la couleur du couloir
canvas-insert-stage-before = Insérer une étape avant
canvas-insert-stage-after = Insérer une étape après
canvas-insert-lane-above = Insérer un couloir au-dessus
canvas-insert-lane-below = Insérer un couloir en dessous
canvas-delete-header-tip = Le supprime avec ses cartes ; Annuler les fait revenir

## Inspector: a touchpoint's Kano answers

inspector-kano-answers = Réponses Kano
inspector-kano-summary = { $count ->
        [one] { $count } réponse · mieux { $better } · pire { $worse }
       *[other] { $count } réponses · mieux { $better } · pire { $worse }
    }
inspector-kano-empty = Ajoutez les réponses d’un questionnaire Kano sur ce point de contact.
inspector-kano-pair = { $count } × présent « { $present } », absent « { $absent } » → { $class }
inspector-kano-take-off = Retirer une de ces réponses
inspector-remove-kano-answer = Retirer une réponse Kano
inspector-kano-present = S’il est présent
inspector-kano-absent = S’il est absent
inspector-kano-add-answer = Ajouter la réponse ({ $class })
inspector-add-kano-answer = Ajouter une réponse Kano

## Map: on the map itself

canvas-map-of = Carte du parcours { $name }
canvas-map-locked = 🔒 Carte verrouillée
canvas-untitled-card = Carte sans titre
canvas-link-handle-tip = Glissez vers une autre carte pour les lier
canvas-type-then-enter = Tapez, puis Entrée
canvas-card-title = Titre de la carte
canvas-stage-name = Nom de l’étape
canvas-lane-name = Nom du couloir
canvas-fit-all = Tout voir
canvas-fit-width = Ajuster à la largeur
canvas-command-tip = { $command } : { $tip }
canvas-add-stage-button = + Étape
canvas-add-stage-tip = Ajouter une étape à la fin
canvas-add-lane-button = + Couloir
canvas-add-lane-tip = Ajouter un couloir en bas

## Map: presenting

canvas-present-place = Étape { $number } sur { $count } : { $name }
canvas-present-back = → étape { $number } : { $name }
canvas-present-whole = Tout le parcours
canvas-present-name = Présentation de { $name }, { $place }
canvas-present-keys = Début tout le parcours · T minuteur · Échap quitter
