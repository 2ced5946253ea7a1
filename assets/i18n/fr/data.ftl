## The customer-data view

data-empty-title = Pas encore de données clients
data-empty-text = Les exports d’enquête, le NPS et les réclamations qui étayent les cartes de ce projet se trouvent ici une fois importés. Importez un fichier CSV, ou déposez-en un sur la fenêtre.
data-import = Importer des données…
data-import-tip = Un export d’enquête en CSV ; ou déposez le fichier sur la fenêtre
data-heading = Données clients
data-refresh = Actualiser depuis la source
data-refresh-tip = Relire { $path } en gardant le réglage des colonnes
data-delete = Supprimer
data-delete-tip = Retirer ces données du projet (Annuler les ramène)
data-format-csv = CSV, séparateur « { $delimiter } »
data-format-xlsx = Excel, feuille « { $sheet } »
data-summary = { $rows } lignes × { $columns } colonnes · { $format } · depuis { $path } · importé le { $imported }
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
import-missing-of = Codes « sans réponse » de { $name }
import-role-item = Item (note)
import-scale-none = Aucune

## Importing and refreshing: values, messages and errors

import-sample-range = de { $min } à { $max }, { $count } valeurs distinctes
import-sample-more = { $values } … ({ $count } de plus)
import-nothing-imported = Rien n’a été importé
data-undo-delete = Supprimer les données
data-undo-refresh = Actualiser les données
data-undo-import = Importer des données
data-deleted = Données « { $name } » supprimées ; Annuler les ramène
import-refresh-failed = Impossible d’actualiser les données
import-failed = Impossible d’importer les données
import-refresh-no-source = « { $name } » n’indique pas de quel fichier elles ont été lues. Importez plutôt le fichier à nouveau. Rien n’a été modifié.
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
data-left-off-scale = { $count } non numériques ou hors de l’échelle { $min }–{ $max }
data-left-not-number = { $count } non numériques
data-no-answers = aucune réponse
data-distribution = Répartition de { $column }
data-distribution-segment = Répartition de { $column } ({ $segment })
data-range = de { $min } à { $max }
data-nps = NPS { $score }
import-latin1 = Latin-1
import-thread-stopped = la lecture s’est arrêtée sans résultat
