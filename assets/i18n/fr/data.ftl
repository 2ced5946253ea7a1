## The customer-data view

data-empty-title = Pas encore de données clients
data-empty-text = Les exports d’enquête, le NPS et les réclamations qui étayent les cartes de ce projet se trouvent ici une fois importés. Importez un fichier CSV, ou déposez-en un sur la fenêtre.
data-import = Importer des données…
data-import-tip = Un export d’enquête en CSV ; ou déposez le fichier sur la fenêtre
data-heading = Données clients
data-refresh = Actualiser depuis la source
data-refresh-tip = Relire { $path } en gardant le réglage des colonnes
data-delete = Supprimer
data-delete-tip = Retirer ces données du projet (Annuler les fait revenir)
data-format-csv = CSV, séparateur « { $delimiter } »
data-format-xlsx = Excel, feuille « { $sheet } »
data-summary = { $rows ->
        [one] { $rows } ligne
       *[other] { $rows } lignes
    } × { $columns ->
        [one] { $columns } colonne
       *[other] { $columns } colonnes
    } · { $format } · depuis { $path } · importé le { $imported }
data-rules-and = et
data-personas-selected = Personas sélectionnées par ces données
data-columns-heading = Colonnes et leur correspondance
data-col-column = Colonne
data-col-type = Type
data-col-role = Rôle
data-col-scale = Échelle
data-col-missing = Sans réponse
data-first-rows = { $count ->
        [one] Première ligne
       *[other] { $count } premières lignes
    }
data-kind-number = Nombre
data-kind-category = Catégorie
data-kind-text = Texte
data-kind-date = Date
data-target-card = carte { $id }
data-target-stage = étape { $name }
data-role-ignored = Ignorée
data-role-segment = Segment
data-role-item-unmapped = Item (non relié)
data-role-item = Item → { $targets }
data-role-verbatim = Verbatim
data-role-verbatim-to = Verbatim → { $targets }

## Verbatims

data-verbatims = Verbatims
data-answers-to = Réponses à
data-verbatim-about = { $column } — sur { $about }
data-answers-from = de
data-every-respondent = Tous les répondants
data-search-hint = 🔍 Chercher dans les réponses
data-search = Chercher dans les réponses
data-no-answer-matches = Aucune réponse ne correspond
data-answers-first = { $count } réponses ; les { $shown } premières sont affichées
data-answers = { $count ->
        [one] { $count } réponse
       *[other] { $count } réponses
    }
data-pin-evidence = Épingler comme preuve
data-no-hypotheses = Le projet n’a pas encore d’hypothèses

## The import window

import-title = Importer des données clients
import-reading = Lecture de { $path }…
import-cancel = Annuler
import-tab = tabulation
import-utf8-bom = UTF-8 avec BOM
import-header-first-row = la première ligne est l’en-tête
import-no-header = sans ligne d’en-tête
import-format-csv = CSV séparé par { $delimiter }, { $encoding }, { $header }
import-summary = { $rows } lignes × { $columns } colonnes · { $format }
import-name = Nom
import-refreshing = Actualisation : les colonnes gardent leur réglage
import-columns = Colonnes
import-columns-hint = Les items sont des notes de points de contact ou d’étapes ; les segments choisissent les clients des personas ; les verbatims sont des réponses libres.
import-first-rows = Premières lignes
import-refresh-rows = { $count ->
        [one] Actualiser { $count } ligne
       *[other] Actualiser { $count } lignes
    }
import-import-rows = { $count ->
        [one] Importer { $count } ligne
       *[other] Importer { $count } lignes
    }
import-skip-tip = Ignorez les lignes à problème, ou annulez et corrigez le fichier
import-all-fit = ✔ Chaque ligne respecte le type et l’échelle de ses colonnes
import-problem-rows = { $count ->
        [one] { $count } ligne ne peut pas être importée telle quelle :
       *[other] { $count } lignes ne peuvent pas être importées telles quelles :
    }
import-line = Ligne { $line } : { $message }
import-and-more = et { $count } de plus
import-skip = Ignorer ces lignes (elles ne sont pas importées ; le fichier n’est pas modifié)
import-col-values = Valeurs
import-type-of = Type de { $name }
import-role-of = Rôle de { $name }
import-scale-of = Échelle de { $name }
import-missing-hint = p. ex. 0, N/A
import-missing-of = Codes « sans réponse » de { $name }
import-role-item = Item (note)
import-scale-none = Aucune

## Importing and refreshing: values, messages and errors

import-sample-range = de { $min } à { $max }, { $count } valeurs distinctes
import-sample-more = { $values } … ({ $count } de plus)
import-nothing-imported = Rien n’a été importé
data-undo-delete = Supprimer les données
data-undo-refresh = Actualiser les données
data-undo-import = Importer des données
data-deleted = Données « { $name } » supprimées ; Annuler les fait revenir
import-refresh-failed = Impossible d’actualiser les données
import-failed = Impossible d’importer les données
import-refresh-no-source = « { $name } » n’indique pas de quel fichier il provient. Importez plutôt le fichier à nouveau. Rien n’a été modifié.
import-refresh-no-folder = « { $name } » a été lu depuis { $source }, un chemin relatif au dossier du fichier de projet, et ce projet n’a pas encore de fichier (il a été créé depuis un modèle) : il n’y a donc aucun dossier où chercher. Enregistrez le projet dans le dossier d’où part ce chemin, ou importez à nouveau le fichier de données. Rien n’a été modifié.
import-refresh-missing = { $path } : ce fichier n’existe pas. « { $name } » a été lu à cet endroit ; remettez-y le fichier, ou importez-le à nouveau depuis son emplacement actuel. Rien n’a été modifié.
import-refresh-missing-stored = { $path } : ce fichier n’existe pas (le projet le nomme « { $stored } » depuis son propre dossier). « { $name } » a été lu à cet endroit ; remettez-y le fichier, ou importez-le à nouveau depuis son emplacement actuel. Rien n’a été modifié.
import-busy = Un fichier de données est en cours de lecture ; attendez ou annulez-le d’abord
import-cancelled = Import annulé ; rien n’a été modifié
import-read-error = { $path } : { $error }. Rien n’a été modifié.
import-columns-gone =  ; disparues : { $columns }
import-columns-new =  ; nouvelles : { $columns }
import-columns-changed = { $path } : les colonnes du fichier ont changé{ $changes }. Importez-le plutôt comme nouvelles données. Rien n’a été modifié.
import-left-out = { $count ->
        [one]  ; { $count } ligne à problème écartée
       *[other]  ; { $count } lignes à problème écartées
    }
import-done = { $label } : { $count } lignes depuis { $path }{ $left_out }

## The figures of a dataset

data-figures = Chiffres
data-working = Calcul des chiffres…
data-split-by = Répartir par
data-split-nothing = Rien (tous les répondants)
data-updating = Mise à jour…
data-no-number-columns = Ces données n’ont aucune colonne numérique à résumer
data-segment-sizes = { $column } : { $sizes } lignes
data-fig-mean = Moyenne ± IC 95 %
data-fig-score = Top-box / NPS
data-fig-answers = Réponses
data-fig-left-out = Écartées
data-missing-empty = vide
data-missing-empty-or = vide ou { $codes }
data-left-no-answer = { $count } sans réponse ({ $codes })
data-left-off-scale = { $count ->
        [one] { $count } non numérique ou hors de l’échelle { $min }–{ $max }
       *[other] { $count } non numériques ou hors de l’échelle { $min }–{ $max }
    }
data-left-not-number = { $count ->
        [one] { $count } non numérique
       *[other] { $count } non numériques
    }
data-no-answers = aucune réponse
data-distribution = Répartition de { $column }
data-distribution-segment = Répartition de { $column } ({ $segment })
data-range = de { $min } à { $max }
data-nps = NPS { $score }
import-latin1 = Latin-1
import-thread-stopped = la lecture s’est arrêtée sans résultat

## The curves view

data-chart-all-customers = Tous les clients
data-chart-no-journeys = Pas encore de parcours
data-chart-no-journeys-text = Les courbes suivent les étapes d’un parcours.
data-chart-heading = Courbes de satisfaction
data-chart-journey = Parcours
data-chart-export = Exporter le graphique…
data-chart-export-tip = Enregistrer ce graphique en PNG, SVG ou PDF

## The satisfaction chart, its legend and what hovering its points says

data-chart-value-ci = { $value } (IC 95 % de { $low } à { $high })
data-chart-from = source : { $source }
data-chart-moment = moment de vérité
data-chart-pain = irritant
data-chart-n-customers = { $count ->
        [one] n { $count } client
       *[other] n { $count } clients
    }
data-chart-cards = { $count ->
        [one] { $count } carte :
       *[other] { $count } cartes :
    }
data-chart-a-moment = un moment de vérité
data-chart-a-pain = un irritant
data-chart-by-card = Par carte
data-chart-by-card-tip = Un point par carte, étape après étape
data-chart-by-stage = Par étape
data-chart-by-stage-tip = Un point par étape : la moyenne de ses cartes (survolez un point pour les voir)
data-chart-show = Afficher
data-chart-moment-of-truth = Moment de vérité
data-chart-pain-point = Irritant
data-chart-gap = Écart, supposé → mesuré
data-chart-plot = Graphique des courbes de satisfaction
data-chart-empty-title = Pas encore d’émotions ni de notes sur ce parcours
data-chart-empty-text = Donnez une émotion aux cartes, ou reliez-leur une colonne de notes de vos données clients, et les courbes apparaîtront ici.
data-chart-largest-gaps = Plus grands écarts
data-chart-no-gaps = Les écarts apparaissent là où une carte a à la fois une émotion issue de l’atelier et des notes clients reliées.
data-chart-gaps-by-stage = Supposé contre mesuré par étape, le plus grand d’abord
data-chart-gaps-by-card = Supposé contre mesuré, le plus grand d’abord
data-chart-customers = { $count ->
        [one] { $count } client
       *[other] { $count } clients
    }
data-chart-gap-line = écart { $gap } · n { $n }
data-chart-y-axis = Émotion (−3 à +3)
data-chart-gap-label = { $number } · écart { $gap }

## Stage KPIs and NPS by stage

kpi-chart-hint = La valeur réelle de chaque KPI d’étape en part de sa cible (100 % = cible atteinte) ; les barres orange la manquent.
kpi-chart-empty-title = Aucun KPI d’étape avec une cible et une valeur réelle
kpi-chart-empty-text = Donnez aux KPI d’une étape une cible et une valeur réelle (saisie, ou calculée à partir des données clients) dans l’inspecteur.
kpi-chart-x-axis = % de la cible
kpi-chart-bars = Réel par rapport à la cible
kpi-nps-hint = Promoteurs (9–10), passifs (7–8) et détracteurs (0–6) parmi les réponses de 0 à 10 reliées à chaque étape ou à ses cartes ; NPS = % promoteurs − % détracteurs.
kpi-nps-empty-title = Aucune réponse de 0 à 10 reliée à ce parcours
kpi-nps-empty-text = Reliez une colonne de 0 à 10 (probabilité de recommander) de vos données clients à une étape ou à une carte dans l’inspecteur.
kpi-nps-detractors = Détracteurs
kpi-nps-detractors-lower = détracteurs
kpi-nps-passives = Passifs
kpi-nps-passives-lower = passifs
kpi-nps-promoters = Promoteurs
kpi-nps-promoters-lower = promoteurs
kpi-nps-share = { $stage } : { $part } { $share }
kpi-nps-x-axis = % des réponses

## Kano classes

kpi-kano-hint = Classes de Kano des points de contact : d’après les réponses Kano saisies dans l’inspecteur, et déduites des données clients (à quel point les clients sont plus souvent satisfaits dans l’ensemble quand ils notent un point de contact haut plutôt que moyen, le gain, et moyen plutôt que bas, la pénalité).
kpi-kano-empty-title = Aucune réponse Kano sur ce parcours
kpi-kano-empty-text = Saisissez les réponses Kano d’un point de contact dans l’inspecteur, ou indiquez ci-dessus la colonne de satisfaction globale de vos données clients.
kpi-kano-outcome = Satisfaction globale dans « { $dataset } »
kpi-kano-choose-column = Choisir une colonne…
kpi-kano-none = Aucune
kpi-kano-satisfied-when = compte comme satisfait quand elle vaut
kpi-kano-choose = Choisir…
kpi-kano-top-two = ses deux points les plus hauts comptent comme satisfaits
kpi-kano-undo-outcome = Choisir la colonne de satisfaction globale
kpi-kano-from-answers = D’après les réponses Kano
kpi-kano-answers-hover = { $count ->
        [one] mieux { $better }, pire { $worse } · { $count } réponse
       *[other] mieux { $better }, pire { $worse } · { $count } réponses
    }
kpi-kano-worse-axis = Pire : insatisfaction en cas d’absence
kpi-kano-better-axis = Mieux : satisfaction en cas de présence
kpi-kano-from-data = D’après les données clients
kpi-kano-data-hover = gain { $reward } points, pénalité { $penalty } points · n { $n }
    source : { $source }
kpi-kano-penalty-axis = Pénalité : moins satisfait si noté bas
kpi-kano-reward-axis = Gain : plus satisfait si noté haut

## Customer-data KPIs of a card or a stage (inspector)

kpi-nothing-mapped = Aucune colonne de données n’est encore reliée ici.
kpi-map-column-choose = Relier une colonne de données…
kpi-map-column = Relier une colonne de données
kpi-map-answers = { $column } · { $dataset } (réponses)
kpi-map-rating = { $column } · { $dataset } (note)
kpi-undo-map = Relier une colonne de données
kpi-read = Lire ›
kpi-read-tip = Afficher ces réponses avec recherche et filtre par persona
kpi-unmap-tip = Délier cette colonne d’ici
kpi-undo-unmap = Délier une colonne de données
kpi-undo-unmap-rating = Délier une colonne de notes
kpi-all-respondents = Tous les répondants : { $summary }
kpi-no-answers = Aucune réponse dans cette colonne.
kpi-no-segment-rule = aucune règle de segment ne choisit leurs clients dans ces données
kpi-none-answered = aucun de leurs clients n’a répondu
kpi-ci = (IC 95 % { $low }–{ $high })
kpi-top-box = top-box { $share }
