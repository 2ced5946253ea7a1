## The command line (its table output and messages; CSV and JSON stay as they are)

cli-bad-paper = « { $text } » n’est pas un format de papier : utilisez A4, A3, A2, A1 ou A0
cli-bad-chart = « { $text } » n’est pas un graphique : utilisez curves, curves-by-stage, kpis, nps ou kano
cli-bad-theme = « { $text } » n’est pas un thème : utilisez light, dark ou print
cli-by-stage-needs-curves = --by-stage va avec --chart curves (les courbes de satisfaction)
cli-export-repaired = avertissement : { $place } : { $message } (réparé pour cet export ; le fichier reste inchangé)
cli-export-first-journey = note : export du premier des { $count } parcours, « { $name } » ; choisissez-en un avec --journey NOM, ou --journey all
cli-wrote = { $path } écrit ({ $size })
cli-megabytes = { $size } Mo
cli-kilobytes = { $size } ko
cli-check-ok = { $path } : valide ({ $counts })
cli-check-ok-upgraded = { $path } : valide ({ $counts }, version de format { $version } : mise à jour à l’enregistrement)
cli-serve-at = serveur de synchronisation journeymap à { $url }
cli-serve-kept = Cartes conservées dans { $folder }
cli-serve-codes = Code des participants : { $editors }   Code des spectateurs : { $viewers }
cli-serve-facilitator = Animateur : { $workshop } › { $start } › Par un serveur de synchronisation : { $link }
cli-stats-no-numbers = { $file } n’a aucune colonne numérique à résumer
cli-stats-not-counted = { $place } : { $message } ; non compté
cli-stats-unsaid-missing = note : { $code } ressemble à « pas de réponse » dans { $columns } ; il y est compté comme une réponse, sauf si vous passez --missing "COLONNE={ $code }"
cli-stats-not-written = impossible d’écrire les résultats : { $error }
cli-stats-segment = Segment
cli-stats-all-rows = Tous
cli-stats-column = Colonne
cli-stats-mean = Moyenne
cli-stats-ci = IC 95 %
cli-stats-rows = { $count ->
        [one] { $count } ligne
       *[other] { $count } lignes
    }
cli-stats-rows-left-out = { $count ->
        [one] { $count } ligne au nombre de champs erroné a été écartée
       *[other] { $count } lignes au nombre de champs erroné ont été écartées
    }
cli-stats-values-not-counted = { $count ->
        [one] { $count } valeur qui ne correspond pas à sa colonne n’a pas été comptée
       *[other] { $count } valeurs qui ne correspondent pas à leur colonne n’ont pas été comptées
    }
cli-import-refused = { $count ->
        [one] { $count } ligne de { $data } ne peut pas être importée telle quelle ; corrigez-la, ou passez --skip-bad-rows pour l’écarter. { $project } n’a pas été modifié
       *[other] { $count } lignes de { $data } ne peuvent pas être importées telles quelles ; corrigez-les, ou passez --skip-bad-rows pour les écarter. { $project } n’a pas été modifié
    }
cli-import-default-name = Données clients
cli-imported = { $count } lignes de { $data } importées dans { $project } sous le nom « { $name } »
cli-import-left-out = { $count ->
        [one] { $count } ligne avec des problèmes a été écartée
       *[other] { $count } lignes avec des problèmes ont été écartées
    }
cli-no-such-column = { $file } n’a pas de colonne « { $name } » ; ses colonnes sont : { $columns }

## The command line's help (journeymap --help, journeymap export --help)

cli-usage-heading = Utilisation :
cli-usage-options = [OPTIONS]
cli-heading-commands = Commandes{"\u00A0"}
cli-heading-arguments = Arguments{"\u00A0"}
cli-heading-options = Options{"\u00A0"}
cli-value-command = COMMANDE
cli-help-help = Afficher l’aide
cli-help-version = Afficher la version
cli-about-help = Afficher ce message ou l’aide des sous-commandes données
cli-help-help-command = La ou les sous-commandes dont afficher l’aide
cli-about-check = Vérifier des fichiers de projet
cli-about-check-long = Vérifier des fichiers de projet : code de sortie 0 s’ils sont tous valides, sinon 1, avec une ligne `FICHIER:LIGNE:COLONNE: message` par problème sur stderr.
cli-about-export = Exporter des cartes de parcours, une fiche persona ou un graphique en PNG, SVG ou PDF
cli-about-export-long = Exporter des cartes de parcours, ou la fiche d’une persona, en PNG, SVG ou PDF (sans fenêtre ni GPU). En cas d’erreur, le code de sortie est 1.
cli-about-import = Importer des données clients dans un fichier de projet
cli-about-import-long = Importer des données clients (CSV ou tableur) dans un fichier de projet, ses colonnes réglées comme le propose la fenêtre d’import ; le projet est enregistré (la version précédente est gardée en .bak). Les lignes qui ne conviennent pas sont listées, et rien n’est écrit sans --skip-bad-rows. En cas d’erreur, le code de sortie est 1.
cli-about-stats = Statistiques d’un fichier de données clients
cli-about-stats-long = Statistiques d’un fichier de données clients (CSV ou tableur) : par colonne numérique, et par segment avec --by, le nombre de réponses, la moyenne et son intervalle de confiance à 95 %, et le NPS des colonnes 0-10. Une valeur hors de l’échelle de sa colonne (un 9 égaré parmi des réponses de 1 à 5) ou du texte dans une colonne de nombres n’est pas comptée, et elle est signalée sur stderr avec sa ligne. En cas d’erreur, le code de sortie est 1.
cli-about-serve = Lancer un serveur de synchronisation pour les séances en direct, sans fenêtre
cli-about-serve-long = Lancer un serveur de synchronisation pour les séances en direct, sans fenêtre : les ordinateurs du réseau lancent et rejoignent des séances par son intermédiaire ({ $workshop } › { $start } › Par un serveur de synchronisation : son adresse avec le code). Affiche les codes d’accès ; tourne jusqu’à ce qu’on l’arrête (Ctrl+C). Les cartes sont conservées dans le dossier de données : un redémarrage ne perd rien de ce que le serveur avait reçu.
cli-help-open-file = Un fichier de projet (.ron) à ouvrir ; sans lui, le dernier projet s’ouvre, sinon un exemple.
cli-help-join = Rejoindre la séance en direct de ce lien (donné par { $workshop } › { $start } sur l’ordinateur de l’animateur).
cli-help-check-files = Les fichiers de projet à vérifier.
cli-help-export-file = Le fichier de projet.
cli-help-export-output = Où écrire ; l’extension choisit le format (.png, .svg ou .pdf).
cli-help-export-journey = Le parcours à exporter, par son nom ou son id, ou `all` (PNG et SVG : un fichier chacun, PDF : une page chacun). Par défaut : le premier parcours.
cli-help-export-persona = N’afficher que les cartes et la courbe de cette persona (avec --one-pager : celle dont c’est la fiche).
cli-help-export-one-pager = Exporter la fiche de la persona au lieu d’une carte.
cli-help-export-chart = Exporter un graphique du parcours au lieu de sa carte : curves (supposée contre mesurée, carte par carte, avec les plus grands écarts), curves-by-stage (un point par étape), kpis (KPI des étapes face à leur cible), nps (par étape) ou kano.
cli-help-export-by-stage = Avec --chart curves : un point par étape et par persona (la moyenne des cartes de l’étape) au lieu d’un par carte.
cli-help-export-width = Largeur en pixels (la hauteur suit la carte).
cli-help-export-paper = Une feuille de papier, à l’italienne pour les cartes larges.
cli-help-export-dpi = Points par pouce sur papier (300 par défaut).
cli-help-export-theme = Couleurs : light (clair, par défaut), dark (sombre) ou print (papier blanc, sans ombres).
cli-help-export-no-title = Omettre le titre au-dessus de la carte.
cli-help-export-no-legend = Omettre la légende et l’explication des marques.
cli-help-export-no-personas = Omettre le bandeau des personas.
cli-help-export-date = Inscrire la date du jour en haut à droite.
cli-help-export-votes = Montrer sur les cartes les points du dernier vote de chaque parcours.
cli-help-import-project = Le fichier de projet auquel ajouter les données.
cli-help-import-data = Le fichier de données : CSV, ou un classeur .xlsx, .xls ou .ods (sa première feuille).
cli-help-import-name = Le nom des données dans le projet (par défaut : le nom du fichier).
cli-help-import-missing = Une valeur de cellule qui signifie « pas de réponse », dans toutes les colonnes ou dans une seule (`--missing "Seat Comfort=0"`), en plus de celles proposées (0 à côté d’une échelle 1-5).
cli-help-import-skip-bad-rows = Laisser de côté les lignes qui ne conviennent pas (mauvais nombre de champs, texte dans une colonne de nombres, valeur hors de l’échelle) au lieu de refuser l’import.
cli-help-stats-file = Le fichier de données : CSV (séparé par des virgules, des points-virgules, des tabulations ou des barres ; UTF-8 ou Latin-1), ou un classeur .xlsx, .xls ou .ods (sa première feuille).
cli-help-stats-by = Une colonne dont les valeurs sont des segments (par exemple "Type of Travel").
cli-help-stats-missing = Une valeur de cellule qui signifie « pas de réponse », dans toutes les colonnes (`--missing 0`) ou dans une seule (`--missing "Seat Comfort=0"`). À répéter pour en donner plusieurs. Les cellules vides ne comptent jamais.
cli-help-stats-format = Comment écrire les résultats : table (colonnes alignées, à lire ; par défaut), csv (une ligne par segment et colonne, pour les tableurs) ou json (un tableau d’objets, pour les scripts).
cli-help-serve-port = Le port à écouter ({ $port } par défaut).
cli-help-serve-data = Où les cartes partagées sont conservées (par défaut : le dossier de données de l’application).
cli-help-serve-code = Le code d’accès des participants (par défaut : celui conservé dans le dossier de données, sinon un nouveau ; affiché).
cli-help-serve-viewer-code = Le code d’accès des spectateurs (par défaut : celui conservé dans le dossier de données, sinon un nouveau ; affiché).
cli-value-file = FICHIER
cli-value-file-ron = FICHIER.ron
cli-value-link = LIEN
cli-value-output = SORTIE.png|svg|pdf
cli-value-name-or-id = NOM|ID
cli-value-pixels = PX
cli-value-dpi = N
cli-value-project-ron = PROJET.ron
cli-value-data = DONNÉES.csv|xlsx
cli-value-name = NOM
cli-value-missing = CODE|COLONNE=CODE
cli-value-column = COLONNE
cli-value-format = FORMAT
cli-value-port = PORT
cli-value-dir = DOSSIER
cli-value-code = CODE

## The command line's usage errors

cli-error = erreur :
cli-error-unknown-argument = argument inattendu « { $arg } »
cli-error-unknown-command = sous-commande inconnue « { $name } »
cli-error-bad-value = valeur « { $value } » invalide pour { $arg }
cli-error-bad-value-why = valeur « { $value } » invalide pour { $arg } : { $reason }
cli-error-no-value = { $arg } demande une valeur
cli-error-possible-values = valeurs possibles : { $values }
cli-error-twice = { $arg } ne peut être donné qu’une fois
cli-error-conflict = { $arg } ne peut pas être utilisé avec { $others }
cli-error-conflict-any = { $arg } ne peut pas être utilisé avec l’un des autres arguments donnés
cli-error-missing = ces arguments obligatoires manquent :
cli-error-missing-command = { $name } demande une sous-commande
cli-error-extra-value = valeur « { $value } » inattendue pour { $arg } : il n’en prend pas d’autre
cli-error-value-count = { $arg } prend { $expected ->
        [one] { $expected } valeur
       *[other] { $expected } valeurs
    }, mais { $count ->
        [0] aucune n’a été donnée
        [one] { $count } a été donnée
       *[other] { $count } ont été données
    }
cli-error-no-equals = { $arg } demande un signe égal avant sa valeur ({ $arg }=…)
cli-error-not-utf8 = un argument n’est pas un texte UTF-8 valide
cli-error-unreadable = la ligne de commande n’a pas pu être lue
cli-error-did-you-mean = vouliez-vous dire { $name } ?
cli-error-try-help = Pour en savoir plus, essayez { $help }.
cli-bad-number = « { $text } » n’est pas un nombre entier de { $min } à { $max }
