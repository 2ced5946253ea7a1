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
export-what-persona = Page de persona : { $name }
export-what-persona-missing = Page de persona
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
