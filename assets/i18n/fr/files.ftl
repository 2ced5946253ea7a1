## Crash recovery

recovery-slot-unavailable = Le travail non enregistré ne peut pas être conservé pour la récupération après incident dans { $dir } : { $error }
recovery-restored = Travail non enregistré sur { $name } restauré ; enregistrez-le pour le conserver
recovery-restore-failed = Impossible de restaurer le travail non enregistré
recovery-restore-failed-detail = { $error } La copie a été conservée.
recovery-untitled-project = un projet sans titre
recovery-quoted-name = « { $name } »
recovery-ago-under-a-minute = il y a moins d’une minute
recovery-ago-a-minute = il y a une minute
recovery-ago-minutes = il y a { $count } minutes
recovery-ago-an-hour = il y a une heure
recovery-ago-hours = il y a { $count } heures
recovery-ago-yesterday = hier
recovery-ago-days = il y a { $count } jours

## File dialogs

dialog-open-title = Ouvrir un projet
dialog-save-as-title = Enregistrer le projet sous
dialog-save-copy-title = Enregistrer une copie du projet
dialog-photo-title = Choisir une photo
dialog-import-personas-title = Importer des personas d’un projet
dialog-save-persona-title = Enregistrer la persona dans un fichier
dialog-import-data-title = Importer des données clients
dialog-open-button = Ouvrir
dialog-save-button = Enregistrer
dialog-photo-button = Utiliser cette photo
dialog-read-file-button = Lire le fichier
dialog-photo-path = Chemin de la photo (PNG ou JPEG)
dialog-data-path = Chemin du fichier de données (CSV ou tableur)
dialog-project-path = Chemin du fichier de projet (.ron)
dialog-filter-picture = Image PNG ou JPEG
dialog-filter-customer-data = Données clients (CSV, Excel, OpenDocument)
dialog-filter-project = Projet journeymap
dialog-filter-export = PNG, SVG ou PDF
dialog-export-title = Exporter vers
dialog-none-on-system = Ce système n’a pas de fenêtre de choix de fichier (ni portail de bureau ni zenity)
dialog-could-not-show = La fenêtre de choix de fichier du système n’a pas pu s’afficher
dialog-stopped = La fenêtre de choix de fichier du système s’est arrêtée de façon inattendue

## Export dialog

export-title = Exporter
export-what = Exporter
export-what-journey = Parcours : { $name }
export-what-journey-missing = Parcours
export-what-every-journey = Tous les parcours
export-what-persona = Fiche persona : { $name }
export-what-persona-missing = Fiche persona
export-what-chart = Graphique : { $chart } de { $name }
export-what-chart-missing = Graphique
export-cards-of = Cartes de
export-every-persona = Toutes les personas
export-format = Format
export-size = Taille
export-size-natural = Comme à l’écran à 100 %
export-size-width = Largeur
export-size-paper = Papier
export-paper-at = à
export-dpi = ppp
export-theme = Thème
export-theme-light = Clair
export-theme-dark = Sombre
export-theme-print = Impression (blanc, sans ombres)
export-include = Inclure
export-include-title = Titre
export-include-legend = Légende
export-include-personas = Personas
export-include-date = Date
export-include-votes = Résultats du vote
export-include-votes-tip = Les points du dernier vote par points du parcours, classés une fois le vote clos
export-file = Fichier
export-browse = Parcourir…
export-every-journey-pdf = Chaque parcours sur sa propre page d’un seul PDF.
export-every-journey-files = Un fichier par parcours, nommé d’après le fichier ci-dessus et le parcours.
export-button = Exporter
export-button-tip = Écrire le fichier (Entrée)
export-preview-alt = Aperçu de l’export
export-preview-drawing = Dessin de l’aperçu…
export-preview-updating = Mise à jour de l’aperçu…
export-cancelling = Annulation…
export-exporting = Export en cours…
export-cancel = Annuler
export-done = Exporté
export-close = Fermer
export-another = Exporter autre chose
export-open-folder = Ouvrir le dossier
export-failed = Non exporté
export-back = Retour

## Export: sizes and errors

export-size-page-mm = Page de { $width } × { $height } mm
export-stopped = l’export s’est arrêté de façon inattendue
export-nothing = Rien à exporter
export-preview-stopped = l’aperçu s’est arrêté
export-subject-gone = Cet élément n’est plus dans le projet
export-open-folder-failed = impossible d’ouvrir { $folder } ({ $error })
export-no-path = Choisissez où écrire le fichier
export-no-journey = Ce projet n’a aucun parcours à exporter

## Dialogs: common buttons

dialog-cancel = Annuler
dialog-close = Fermer
dialog-ok = OK
dialog-delete = Supprimer
dialog-replace = Remplacer
dialog-copy = Copier

## Dialogs: waiting

dialog-opening = Ouverture de { $path }…
dialog-choose-in-dialog = Choisissez le fichier dans la fenêtre de choix de fichier…
dialog-type-path-instead = Saisir le chemin à la place

## Dialogs: unsaved changes

dialog-unsaved-title = Modifications non enregistrées
dialog-unsaved-text = « { $name } » contient des modifications non enregistrées. Les enregistrer avant de { $doing } ?
dialog-unsaved-discard = Ne pas enregistrer

## Dialogs: problems repaired on load

dialog-problems-title = Problèmes réparés au chargement
dialog-problems-text = Ces références ou valeurs de { $file } étaient incohérentes et ont été réparées. Enregistrez le projet pour conserver les réparations.
dialog-problems-where = Ligne { $line }, colonne { $column } :

## Dialogs: keyboard shortcuts and about

dialog-shortcuts-title = Raccourcis clavier
dialog-shortcuts-or = ou
dialog-about-fonts = Polices : Inter et Noto Emoji (SIL Open Font License 1.1), DejaVu Sans (licence Bitstream Vera), Hack (MIT).
app-description = Personas et cartes de parcours client, confrontés aux données clients réelles

## Dialogs: restore unsaved work

recovery-title = Restaurer le travail non enregistré ?
recovery-text = journeymap s’est fermé sans enregistrer les modifications de { $name }. Une copie a été conservée { $ago }.
recovery-hint = « Restaurer » ouvre la copie ; enregistrez-la pour la conserver. « Plus tard » repose la question au prochain démarrage.
recovery-restore = Restaurer
recovery-discard = Abandonner
recovery-later = Plus tard

## Dialogs: delete a persona

dialog-delete-persona-title = Supprimer « { $name } » ?
dialog-delete-persona-text = { $references } font référence à { $name }. Supprimer la persona l’en retire.
dialog-delete-persona-only-cards =
    { $count ->
        [one] { $count } carte ne nomme que cette persona ; elle s’appliquera alors à toutes les personas.
       *[other] { $count } cartes ne nomment que cette persona ; elles s’appliqueront alors à toutes les personas.
    }
dialog-delete-persona-undo = Annuler fait revenir la persona et toutes ses références.

## Dialogs: import personas

dialog-import-personas-heading = Importer des personas
dialog-import-personas-text = { $file } contient ces personas. Cochez celles à copier dans ce projet (avec leurs photos).
dialog-import-persona-check = Importer { $name }
dialog-import-persona-exists = ce projet a déjà une persona de ce nom
dialog-import-none = Importer
dialog-import-count =
    { $count ->
        [one] Importer { $count } persona
       *[other] Importer { $count } personas
    }

## Dialogs: live session

dialog-live-your-name = Votre nom
dialog-live-start-title = Lancer une séance en direct
dialog-live-start-text = Toute personne disposant du lien modifie cette carte de parcours en direct depuis son ordinateur ; vous gardez les commandes de l’animateur. Enregistrer écrit toujours votre fichier.
dialog-live-this-laptop = Cet ordinateur est le serveur (ordinateurs sur le même réseau)
dialog-live-sync-server-choice = Via un serveur de synchronisation accessible à tous
dialog-live-sync-server = Serveur de synchronisation
dialog-live-start = Démarrer
dialog-live-title = Séance en direct
dialog-live-none = Aucune séance en direct n’est en cours.
dialog-live-participants = Les participants choisissent Atelier › Rejoindre une séance en direct… et collent ce lien :
dialog-live-join-link = Lien pour rejoindre
dialog-live-join-link-copy = Copier le lien pour rejoindre dans le presse-papiers
dialog-live-join-code = Code pour rejoindre : { $code }
dialog-live-observers = Les observateurs qui ne font que regarder utilisent le lien des spectateurs :
dialog-live-viewers-link = Lien des spectateurs
dialog-live-viewers-link-copy = Copier le lien des spectateurs dans le presse-papiers
dialog-live-leave = Quitter la séance
dialog-live-join-title = Rejoindre une séance en direct
dialog-live-join-text = Collez le lien partagé par l’animateur (il commence par ws://) :
dialog-live-join = Rejoindre

## Files: opening and saving

file-doing-new = commencer un nouveau projet
file-doing-open = ouvrir un autre projet
file-doing-quit = quitter
file-new-project = Nouveau projet
file-new-from-template = Nouveau projet à partir d’un modèle
file-template-failed = Impossible d’utiliser le modèle
file-waiting-for-dialog = En attente de la fenêtre de choix de fichier…
file-type-path-note = { $reason }. Saisissez plutôt le chemin du fichier.
file-type-a-path = Saisissez le chemin d’un fichier
file-no-file-at = Il n’y a aucun fichier à { $path }
file-no-folder = Le dossier de { $path } n’existe pas
file-exists-replace = { $path } existe déjà. Le remplacer ?
file-own-file = C’est le fichier du projet ouvert ; choisissez un autre nom
file-own-file-copy = C’est le fichier du projet ouvert : Enregistrer l’écrit ; une copie demande un autre nom
file-saved-copy = Copie enregistrée sous { $path }
file-save-copy-failed = Impossible d’enregistrer la copie
file-saved = { $path } enregistré
file-save-failed = Impossible d’enregistrer le projet
file-stopped-opening = Ouverture de { $path } interrompue
file-open-failed = Impossible d’ouvrir le projet
file-reading-stopped = La lecture du fichier s’est arrêtée de façon inattendue — { $path }
file-opened = { $path } ouvert
file-opened-repaired =
    { $count ->
        [one] { $path } ouvert et { $count } problème réparé ; enregistrez pour conserver les réparations
       *[other] { $path } ouvert et { $count } problèmes réparés ; enregistrez pour conserver les réparations
    }

## Files: dropped on the window

file-drop-busy = Terminez ou fermez d’abord la fenêtre ouverte, puis déposez à nouveau le fichier
file-drop-data-on-start = Les données clients vont dans un projet : ouvrez-en un ou créez-en un, puis déposez à nouveau le fichier
file-drop-photo = Pour utiliser une image comme photo d’une persona, ouvrez la persona (Affichage › Personas) et déposez-la là
file-drop-unknown = journeymap ouvre les fichiers de projet (.ron) et importe des données clients (.csv, .xlsx, .xls, .ods) ; ce fichier n’est ni l’un ni l’autre — { $path }

## App: changes, undo and status

app-not-changed-viewer = Non modifié : vous regardez cette séance en direct (lecture seule)
app-not-changed = Non modifié : { $why }
app-change-failed = Cette modification n’a pas pu être faite : { $error }
app-typing-not-kept = Le texte saisi n’a pas pu être conservé : { $error }
app-nothing-to-present = Il n’y a aucun parcours à présenter
app-language-shown = journeymap s’affiche en français
app-undid = Annulé : { $label }
app-undo-failed = Impossible d’annuler : { $error }
app-redid = Rétabli : { $label }
app-redo-failed = Impossible de rétablir : { $error }
app-side-panels-shown = Panneaux latéraux affichés
app-side-panels-folded = Panneaux latéraux repliés : Ctrl+B ou Affichage › Panneaux latéraux les fait revenir
app-zoom = Zoom { $zoom }
app-time-is-up = Temps écoulé

## App: journeys

app-new-journey-name = Nouveau parcours
app-edit-new-journey = Nouveau parcours
app-edit-duplicate-journey = Dupliquer le parcours
app-edit-delete-journey = Supprimer le parcours
app-journey-deleted = Parcours « { $name } » supprimé ; Annuler le fait revenir
app-edit-card-colours = Changer les couleurs des cartes

## App: window

app-window-title = { $marker }{ $name } — journeymap
app-window-failed = journeymap n’a pas pu ouvrir sa fenêtre : { $error }
