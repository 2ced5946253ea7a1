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
