## Persona editor: header

persona-editor-heading = Persona
persona-editor-close-tip = Fermer l’éditeur
persona-photo-change = Changer la photo…
persona-photo-choose = Choisir une photo…
persona-photo-tip = Une image PNG ou JPEG ; elle est réduite et gardée dans le fichier du projet
persona-photo-remove = Retirer la photo
persona-photo-drop-hint = ou déposez une image sur la fenêtre
persona-colour = Couleur
persona-colour-tip = La couleur de l’avatar, et celle des points et de la courbe de la persona sur les cartes de parcours
persona-undo-colour = Changer la couleur de la persona
persona-name = Nom
persona-undo-rename = Renommer la persona
persona-segment = Segment ou rôle
persona-undo-segment = Modifier le segment ou rôle
persona-market = Marché
persona-market-b2c = B2C (particuliers)
persona-market-b2b = B2B (entreprises)
persona-undo-market = Changer le marché
persona-status = Statut
persona-undo-status = Changer le statut de la persona

## Persona editor: demographics and story

persona-section-demographics = Profil
persona-age = Âge
persona-undo-age = Modifier l’âge
persona-location = Lieu
persona-undo-location = Modifier le lieu
persona-occupation = Profession
persona-undo-occupation = Modifier la profession
persona-add-fact = + Ajouter une donnée (p. ex. Foyer)
persona-section-story = Avec ses mots
persona-quote = Citation
persona-undo-quote = Modifier la citation
persona-description = Description
persona-undo-description = Modifier la description

## Persona editor: goals, needs and fears

persona-section-lists = Objectifs, besoins et craintes
persona-one-per-line = Un par ligne.
persona-goals = Objectifs
persona-undo-goals = Modifier les objectifs
persona-needs = Besoins
persona-undo-needs = Modifier les besoins
persona-expectations = Attentes
persona-undo-expectations = Modifier les attentes
persona-frustrations = Craintes et frustrations
persona-undo-frustrations = Modifier les craintes et frustrations
persona-behaviours = Comportements
persona-undo-behaviours = Modifier les comportements

## Persona editor: channels

persona-section-channels = Canaux préférés
persona-channels-hint = Cochés par ordre d’importance ; le premier est le favori.
persona-undo-channels = Changer les canaux préférés
persona-another-channel = Autre canal
persona-undo-add-channel = Ajouter un canal préféré

## Persona editor: behaviour scales

persona-section-behaviour = Comportement
persona-behaviour-hint = La place de la persona entre deux pôles que l’équipe nomme.
persona-undo-scale = Modifier l’échelle de comportement
persona-left-pole = Pôle gauche
persona-right-pole = Pôle droit
persona-slider-tip = À { $percent } du chemin entre « { $left } » et « { $right } »
persona-slider-name = Entre { $left } et { $right }
persona-undo-slider = Déplacer le curseur de comportement
persona-remove-scale-tip = Retirer cette échelle
persona-undo-remove-scale = Retirer l’échelle de comportement
persona-add-scale = + Ajouter une échelle (p. ex. Guidé par le prix ↔ Guidé par la qualité)
persona-undo-add-scale = Ajouter une échelle de comportement
persona-scale-left-default = Guidé par le prix
persona-scale-right-default = Guidé par la qualité

## Persona editor: segment in the data

persona-section-segment-rules = Segment dans les données
persona-segment-rules-hint = Les clients des données importées qui remplissent toutes les règles sont les clients de cette persona.
persona-any-dataset = Tout jeu de données
persona-rule-dataset = Jeu de données de la règle
persona-undo-rule = Changer la règle de segment
persona-undo-edit-rule = Modifier la règle de segment
persona-rule-column = Colonne
persona-value = Valeur
persona-remove-rule-tip = Retirer cette règle
persona-undo-remove-rule = Retirer la règle de segment
persona-add-rule = + Ajouter une règle (colonne = valeur)
persona-undo-add-rule = Ajouter une règle de segment

## Persona editor: custom fields

persona-section-custom = Champs personnalisés
persona-add-field = + Ajouter un champ
persona-field-name = Nom du champ
persona-undo-field = Modifier le champ
persona-remove-field-tip = Retirer ce champ
persona-undo-remove-field = Retirer le champ
persona-undo-add-field = Ajouter un champ

## Persona editor: journeys and actions

persona-section-journeys = Parcours
persona-no-journeys = Le projet n’a pas encore de parcours.
persona-walks = Suit « { $journey } »
persona-undo-walk = Ajouter la persona au parcours
persona-undo-unwalk = Retirer la persona du parcours
persona-show-journey = Afficher ›
persona-show-journey-tip = Ouvrir le parcours « { $journey } »
persona-export-one-pager = Exporter la fiche…
persona-export-one-pager-tip = Une page avec tout sur cette persona, en PNG, SVG ou PDF
persona-save-to-file = Enregistrer dans un fichier…
persona-save-to-file-tip = Un fichier journeymap avec cette persona, que d’autres projets peuvent importer
persona-duplicate = Dupliquer
persona-duplicate-tip = Une copie à décliner
persona-delete = Supprimer…
persona-delete-tip = Supprimer cette persona (Annuler la fait revenir)

## Persona gallery

persona-gallery-heading = Personas
persona-count = { $count ->
        [one] { $count } persona
       *[other] { $count } personas
    }
persona-new = + Nouvelle persona
persona-new-tip = Ajouter une persona et la modifier
persona-import = Importer d’un projet…
persona-import-tip = Copier des personas (avec leurs photos) depuis un autre fichier journeymap
persona-search-hint = 🔍 Chercher nom, segment, citation, objectifs…
persona-search = Chercher des personas
persona-search-clear = Effacer
persona-sort-by = Trier par
persona-sort-project = Ordre du projet
persona-show = Afficher
persona-show-all-markets = B2C et B2B
persona-show-b2c = B2C seulement
persona-show-b2b = B2B seulement
persona-show-all-statuses = Proto et validées
persona-show-proto = Proto-personas
persona-show-validated = Validées
persona-no-match = Aucune persona ne correspond
persona-no-match-hint = Effacez la recherche ou les filtres ci-dessus pour voir toutes les personas.
persona-empty = Pas encore de personas
persona-empty-hint = Les personas sont les clients types dont les cartes de parcours montrent les parcours : qui ils sont, ce qu’ils veulent, ce qu’ils craignent.

## Persona gallery: a persona's tile and its menu

persona-unnamed = Persona sans nom
persona-tag-proto = Proto-persona
persona-tag-validated = Validée
persona-no-quote = Pas encore de citation
persona-walks-none = Ne suit encore aucun parcours
persona-walks-many = 🗺 { $count } parcours : { $journeys }
persona-menu-edit = Modifier
persona-move-earlier = Déplacer avant
persona-move-later = Déplacer après

## Persona actions: undo steps and messages

persona-default-name = Nouvelle persona { $number }
persona-undo-new = Nouvelle persona
persona-undo-duplicate = Dupliquer la persona
persona-undo-move = Déplacer la persona
persona-undo-delete = Supprimer la persona
persona-undo-photo = Choisir la photo
persona-undo-import = Importer des personas
persona-deleted = Persona « { $name } » supprimée ; Annuler la fait revenir
persona-photo-busy = Une photo est encore en cours de lecture ; réessayez dans un instant
persona-photo-reading = Lecture de la photo { $path }…
persona-photo-stopped = la lecture s’est arrêtée de façon inattendue
persona-photo-orphan = La persona a été supprimée pendant la lecture de sa photo ; rien n’a changé
persona-photo-size = { $width } x { $height } pixels, { $kilobytes } Ko
persona-photo-set = Photo de { $name } ajoutée ({ $size }, gardée dans le projet)
persona-photo-error = Impossible d’utiliser l’image
persona-photo-error-text = { $path } : { $error }. Rien n’a été modifié.
persona-import-none = Aucune persona à importer
persona-import-none-text = { $path } ne contient aucune persona, il n’y a donc rien à importer. Rien n’a été modifié.
persona-import-error = Impossible d’importer les personas
persona-import-error-text = { $error } Rien n’a été modifié.
persona-imported = { $count ->
        [one] { $count } persona importée de { $file }
       *[other] { $count } personas importées de { $file }
    }
persona-saved = { $name } enregistrée dans { $path } ; importez-la dans un autre projet avec « Importer d’un projet… »
persona-save-error = Impossible d’enregistrer la persona

## Hypotheses board

hyp-heading = Hypothèses
hyp-new = + Nouvelle hypothèse
hyp-new-tip = Noter quelque chose que l’équipe croit, pour le vérifier
hyp-empty = Pas encore d’hypothèses
hyp-empty-hint = Les hypothèses sont ce que l’équipe croit sans l’avoir vérifié. Ajoutez-en une, puis étayez-la par des chiffres tirés des données clients, des verbatims ou des notes d’entretien.
hyp-subtitle = Ce que l’équipe croit, classé selon ce que disent les preuves

## Hypotheses board: a hypothesis

hyp-edit-tip = Modifier l’énoncé, le responsable et les personas
hyp-edit-name = Modifier { $statement }
hyp-owner = Responsable
hyp-cards = Cartes : { $cards }
hyp-status = Statut
hyp-undo-status = Statut de l’hypothèse : { $status }
hyp-add-evidence = Ajouter une preuve
hyp-statement = Énoncé
hyp-undo-statement = Modifier l’hypothèse
hyp-undo-owner = Modifier le responsable de l’hypothèse
hyp-about = Concerne
hyp-undo-personas = Changer les personas de l’hypothèse
hyp-done = Terminé

## Hypotheses board: evidence

hyp-group-everyone = tout le monde
hyp-group-and = et
hyp-no-value = pas encore de valeur
hyp-figure-detail = { $statistic } de { $column } pour { $group } : { $value }
hyp-figure-compare = {"\u00A0"}; pour { $group } : { $value }
hyp-interview-detail = { $who } : { $text }
hyp-remove-evidence-tip = Retirer cette preuve de l’hypothèse
hyp-remove-evidence-name = Retirer la preuve { $title }

## Hypotheses board: adding evidence

hyp-kind-figure = Chiffre des données
hyp-kind-interview = Note d’entretien
hyp-no-data-hint = Importez des données clients pour étayer les hypothèses par des chiffres.
hyp-who-hint = Qui (p. ex. Chauffeur de flotte, entretien 7)
hyp-who = Qui l’a dit
hyp-said-hint = Ce qui a été dit ou observé
hyp-said = Ce qui a été dit
hyp-add-note = Ajouter la note
hyp-interview-title = Note d’entretien
hyp-interview-title-who = Entretien : { $who }
hyp-document-title = Document
hyp-data = Données
hyp-data-name = Données du chiffre
hyp-column = Colonne
hyp-choose = Choisir…
hyp-column-name = Colonne du chiffre
hyp-statistic = Statistique
hyp-statistic-name = Statistique du chiffre
hyp-customers = Clients
hyp-everyone = Tout le monde
hyp-segment-name = Colonne de segment du chiffre
hyp-where = Où elle vaut
hyp-where-name = Valeur de segment du chiffre
hyp-compared = Comparé à
hyp-compared-name = Valeur de comparaison
hyp-add-figure = Ajouter le chiffre
hyp-add-figure-disabled = Choisissez une colonne (et une valeur de segment)
hyp-figure-title = { $statistic } de { $column }
hyp-figure-title-value = { $statistic } de { $column } : { $value }
hyp-figure-title-compare = { $statistic } de { $column } : { $value } vs { $compare }

## Hypotheses: undo steps and messages

hyp-default-statement = Nouvelle hypothèse { $number }
hyp-undo-new = Nouvelle hypothèse
hyp-no-figure = Les données ne donnent aucun chiffre pour cette question (aucune réponse dans ce groupe)
hyp-undo-add-evidence = Ajouter une preuve
hyp-undo-remove-evidence = Retirer la preuve
