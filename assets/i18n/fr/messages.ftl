## Opening a project file (src/io/error.rs, src/io/project_file.rs)

msg-load-read = impossible de lire le fichier : { $reason }
msg-load-not-a-file = ce n’est pas un fichier ordinaire (un dossier, un périphérique ou un tube), ce n’est donc pas un projet
msg-load-too-large = le fichier dépasse { $megabytes } Mo, la taille maximale d’un fichier de projet ; est-ce vraiment un projet journeymap ?
msg-load-empty = le fichier est vide
msg-load-not-text = le fichier n’est pas du texte (son contenu n’est pas du texte lisible) ; est-ce vraiment un projet journeymap ?
msg-load-no-version = le fichier n’a pas de format_version ; un projet journeymap commence par `(format_version: { $current }, project: (...))`
msg-load-newer-version = le fichier a été écrit par une version plus récente de journeymap (version de format { $found } ; celle-ci lit jusqu’à la version { $supported }) ; mettez journeymap à jour pour l’ouvrir
msg-load-migration = le fichier est au format { $found }, que cette version de journeymap ne sait pas mettre à niveau : { $message }
msg-load-at-position = Ligne { $line }, colonne { $col } : { $message } — { $path }
msg-upgrade-unreadable = le projet mis à niveau ne se relit pas : { $reason }
msg-upgrade-wrong-version = la mise à niveau a produit la version de format { $found } au lieu de { $target }
msg-upgrade-missing-step = aucune mise à niveau n’existe depuis la version de format { $version } (cette version de journeymap lit le format { $target })
msg-upgrade-step-failed = mise à niveau depuis la version de format { $version } : { $message }
msg-ron-too-deep = les valeurs sont trop imbriquées (plus de 128 niveaux), ce qu’aucun projet ne fait
msg-ron-trailing = il reste du texte après la fin du projet
msg-ron-eof = le fichier se termine trop tôt ; est-il tronqué ?
msg-ron-project-file = le fichier de projet
msg-ron-expected = il faut ici { $what }
msg-ron-group-start-for = il faut ici une `(` ouvrante pour { $name }
msg-ron-what-list-start = un `[` ouvrant
msg-ron-what-list-end = un `]` fermant
msg-ron-what-group-start = une `(` ouvrante
msg-ron-what-group-end = une `)` fermante
msg-ron-what-map-start = une `{"{"}` ouvrante
msg-ron-what-map-end = une `{"}"}` fermante
msg-ron-what-colon = un deux-points `:`
msg-ron-what-comma = une virgule
msg-ron-what-text-end = le `"` qui ferme le texte
msg-ron-what-range = `..` ou `..=`
msg-ron-kind-text = un texte entre guillemets droits
msg-ron-kind-boolean = `true` ou `false`
msg-ron-kind-char = un caractère entre apostrophes
msg-ron-kind-integer = un nombre entier
msg-ron-kind-number = un nombre
msg-ron-kind-list = une liste entre `[ ]`
msg-ron-kind-map = une table entre `{"{"} {"}"}`
msg-ron-kind-option = une valeur ou `None`
msg-ron-kind-unit = `()`
msg-ron-kind-bytes = des octets
msg-ron-kind-name = un nom (celui d’un champ, ou une valeur comme `Validated`)
msg-ron-kind-group = une valeur entre `( )`
msg-ron-kind-struct = { $name } entre `( )`
msg-ron-kind-enum = l’une des valeurs de { $name }
msg-ron-found-value = { $value }
msg-ron-found-number = le nombre { $value }
msg-ron-found-text = le texte { $value }
msg-ron-not-utf8 = le texte n’est pas de l’UTF-8 valide
msg-ron-unreadable = le texte n’a pas pu être lu : { $reason }
msg-ron-bad-attribute = seul `#![enable(implicit_some)]` peut figurer en tête d’un fichier de projet
msg-ron-other-name = { $found } figure là où { $expected } est attendu
msg-ron-name-needed = { $name } doit figurer avant la `(`
msg-ron-underscore = un nombre ne peut pas commencer par `_`, ni en avoir un après son point décimal
msg-ron-out-of-bounds = ce nombre est trop grand (ou trop petit) pour sa place
msg-ron-bad-digit = « { $digit } » n’est pas un chiffre de ce nombre
msg-ron-bad-escape = le texte a un `\` qui n’est pas suivi de ce qu’il peut être (écrivez `\\` pour une barre oblique inverse)
msg-ron-open-comment = un commentaire n’est pas fermé (`/*` demande son `*/`)
msg-ron-unexpected-char = « { $char } » n’a pas sa place ici
msg-ron-bad-name = « { $name } » n’est pas un nom valide
msg-ron-wrong-value = il faut { $expected }, mais il y a { $found }
msg-ron-wrong-length = il faut { $expected }, mais il y a { $count ->
        [0] aucun élément
        [one] un élément
       *[other] { $count } éléments
    }
msg-ron-unknown-value = { $found } ne fait pas partie des valeurs permises ici : { $allowed }
msg-ron-no-values = { $found } n’est pas permis ici : aucune valeur ne l’est
msg-ron-unknown-field = il n’y a pas de champ { $found } ici ; les champs sont : { $allowed }
msg-ron-missing-field = le champ { $field } manque
msg-ron-missing-field-in = le champ { $field } manque dans { $outer }
msg-ron-twice = le champ { $field } est donné deux fois

## Saving a project file: "could not <what the save was doing>: <why>"

# Each action below starts with its « de » or « d’ » (« impossible d’écrire… »).
msg-save-failed-to = impossible { $action } : { $reason }
msg-save-failed = Échec de l’enregistrement : { $message } — { $path }
msg-save-write-text = d’écrire le projet sous forme de texte
msg-save-follow-link = de suivre le lien vers le fichier de projet
msg-save-no-file-name = aucun nom de fichier
msg-save-name-file = de nommer le fichier
msg-save-create-temp = de créer un fichier temporaire dans le dossier
msg-save-write-temp = d’écrire le fichier temporaire
msg-save-permissions = de donner au nouveau fichier les autorisations de l’ancien
msg-save-flush = d’écrire le fichier temporaire sur le disque
msg-save-backup = de garder une copie de sauvegarde du fichier précédent
msg-save-replace = de remplacer le fichier

## Errors of the system, in plain words

msg-io-not-found = ce fichier ou ce dossier n’existe pas
msg-io-permission-denied = autorisation refusée (vous n’avez pas le droit d’utiliser ce fichier ou ce dossier)
msg-io-is-a-folder = c’est un dossier, pas un fichier
msg-io-read-only = le disque est en lecture seule
msg-io-disk-full = le disque est plein
msg-io-already-exists = un fichier de ce nom existe déjà
msg-io-not-a-folder = une partie du chemin est un fichier, pas un dossier
msg-io-bad-name = le nom du fichier est trop long ou contient des caractères que le disque n’accepte pas
msg-io-too-large = le fichier est trop gros pour ce disque
msg-io-busy = le fichier est utilisé par un autre programme
msg-io-timed-out = le disque ou le réseau n’a pas répondu à temps
msg-io-cut-short = le fichier s’arrête avant la fin attendue (il est peut-être incomplet)
msg-io-not-readable = le fichier contient des octets qui ne se lisent pas comme du texte
msg-io-no-memory = la mémoire manque
msg-io-other-disk = le fichier ne peut pas être déplacé ainsi vers un autre disque
msg-io-port-taken = un autre programme utilise déjà ce port
msg-io-no-such-address = cet ordinateur n’a pas cette adresse réseau
msg-io-refused = l’autre ordinateur a refusé la connexion
msg-io-no-network = le réseau est injoignable
msg-io-system = le système répond : { $words }

## Problems repaired when a project is opened (src/model/integrity.rs)
## $name, $title, $text: what the user named the item; $id and the like: ids.

msg-repair-journey-persona = le parcours « { $name } » cite la persona { $id }, qui n’existe pas ; la référence a été retirée
msg-repair-kpi-dataset = le KPI « { $name } » lit le jeu de données { $id }, qui n’existe pas ; il garde sa dernière valeur
msg-repair-hypothesis-persona = l’hypothèse « { $name } » cite la persona { $id }, qui n’existe pas ; la référence a été retirée
msg-repair-hypothesis-evidence = l’hypothèse « { $name } » cite la preuve { $id }, qui n’existe pas ; la référence a été retirée
msg-repair-evidence-dataset = la preuve « { $name } » lit le jeu de données { $id }, qui n’existe pas ; elle garde sa dernière valeur
msg-repair-persona-rule-dataset = la persona « { $name } » a une règle de segment sur le jeu de données { $id }, qui n’existe pas ; la règle s’applique désormais à tout jeu de données ayant la colonne « { $column } »
msg-repair-persona-slider = persona « { $name } » : le curseur « { $left } / { $right } » valait { $value }, qui n’est pas entre 0 et 1 ; ramené à { $clamped }
msg-repair-note-journey = la note du parking « { $text } » cite le parcours { $id }, qui n’existe pas ; la référence a été retirée
msg-repair-no-id = { $item } n’avait pas d’identifiant ; on lui a donné l’identifiant { $id }
msg-repair-id-too-large = { $item } avait l’identifiant { $old }, plus grand que permis ; son identifiant est désormais { $id }
msg-repair-id-twice = l’identifiant { $old } est utilisé deux fois ; le second, { $item }, a désormais l’identifiant { $id } (les références désignent toujours le premier)
msg-repair-stage-width = l’étape « { $name } » avait la largeur { $value }, qui n’est pas entre 0,25 et 8 ; remise à 1
msg-repair-lane-height = le couloir « { $name } » avait la hauteur { $value }, qui n’est pas entre 0,25 et 8 ; remise à 1
msg-repair-kpi = le KPI « { $name } » de l’étape « { $stage } » valait { $value }, qui n’est pas un nombre ; effacé
# The name of the stage or lane made for cards whose own is missing.
msg-repair-unsorted = Non classé
msg-repair-card-stage = la carte « { $title } » est dans une étape qui n’existe pas (identifiant { $id }) ; elle a été déplacée dans l’étape « { $name } »
msg-repair-card-lane = la carte « { $title } » est dans un couloir qui n’existe pas (identifiant { $id }) ; elle a été déplacée dans le couloir « { $name } »
msg-repair-card-persona = la carte « { $title } » cite la persona { $id }, qui n’existe pas ; la référence a été retirée
msg-repair-card-hypothesis = la carte « { $title } » cite l’hypothèse { $id }, qui n’existe pas ; la référence a été retirée
msg-repair-card-evidence = la carte « { $title } » cite la preuve { $id }, qui n’existe pas ; la référence a été retirée
msg-repair-card-dots = la carte « { $title } » a des points du vote { $vote } / participant { $participant }, qui n’existent pas ; ils ont été retirés
msg-repair-card-emotion = la carte « { $title } » a l’émotion { $value }, qui n’est pas entre { $min } et { $max } ; ramenée à { $clamped }
msg-repair-card-effort = la carte « { $title } » a l’effort { $value }, qui n’est pas entre 1 et { $max } ; ramené à { $clamped }
msg-repair-link = le lien { $id } relie la carte { $from } à la carte { $to }, qui ne sont pas deux cartes de ce parcours ; il a été retiré
msg-repair-target-card = la carte { $id }
msg-repair-target-stage = l’étape { $id }
msg-repair-dataset-mapping = jeu de données « { $name } » : la colonne « { $column } » est reliée à { $target }, qui n’existe pas ; elle a été déliée
msg-repair-dataset-rows = jeu de données « { $name } » : { $count ->
        [one] { $count } ligne qui n’avait pas { $width } cellules a été complétée ou tronquée
       *[other] { $count } lignes qui n’avaient pas { $width } cellules ont été complétées ou tronquées
    } pour correspondre aux colonnes

## An item of a kind, with its article ($item above)

msg-repair-a-persona = une persona
msg-repair-a-journey = un parcours
msg-repair-a-stage = une étape
msg-repair-a-kpi = un KPI
msg-repair-a-lane = un couloir
msg-repair-a-card = une carte
msg-repair-a-link = un lien
msg-repair-a-vote = un vote
msg-repair-a-participant = un participant
msg-repair-a-hypothesis = une hypothèse
msg-repair-an-evidence = une preuve
msg-repair-a-dataset = un jeu de données
msg-repair-a-note = une note

## Reading a table of data (src/io/table.rs, src/io/columns.rs, src/model/cells.rs)

msg-table-too-large = le fichier dépasse { $megabytes } Mo, le maximum que lit journeymap
msg-table-binary = ce n’est pas un fichier texte (il contient des données binaires) ; exportez les données en CSV, ou ouvrez un fichier .xlsx
msg-table-no-columns = le fichier n’a pas de colonnes
msg-table-changed = le fichier a changé pendant sa lecture ({ $expected } octets au début de la lecture, { $read } lus) ; relisez-le quand il sera complet
msg-table-full = les données sont trop volumineuses : { $reason }
msg-table-stopped = la lecture s’est arrêtée de manière inattendue ({ $reason })
msg-table-cancelled = la lecture a été annulée
msg-table-spreadsheet = le classeur ne peut pas être lu : { $reason }
msg-sheet-damaged = il est endommagé, protégé par un mot de passe, ou ce n’est pas un classeur Excel (.xlsx, .xls) ou OpenDocument (.ods)
msg-table-row-width = { $fields ->
        [one] { $fields } champ
       *[other] { $fields } champs
    } alors que l’en-tête en a { $width }
# The name of a column when the file has no header row.
msg-table-column-name = Colonne { $number }
msg-table-csv-unfinished = le lecteur CSV n’a pas terminé à la fin du fichier, ligne { $line }
msg-cell-not-a-number = « { $cell } » dans « { $column } » n’est pas un nombre
msg-cell-outside-scale = { $cell } dans « { $column } » est hors de l’échelle { $min }–{ $max }
msg-cells-expecting = une liste de lignes CSV
msg-cells-full = le tableau contiendrait plus de 4 Go de texte
msg-cells-bad-row = la ligne de données { $row } n’est pas une ligne CSV valide (un guillemet non fermé ?)
msg-cells-row-error = ligne de données { $row } : { $reason }

## Persona photos (src/io/photo.rs)

msg-photo-too-large = le fichier fait { $megabytes } Mo ; une photo peut faire jusqu’à { $max } Mo
msg-photo-not-an-image = ce n’est pas une image PNG ou JPEG
msg-photo-not-an-image-but = ce n’est pas une image PNG ou JPEG (cela ressemble à une image { $found })
msg-photo-too-many-pixels = l’image fait { $width } x { $height } pixels ; une photo peut faire jusqu’à { $max } pixels de côté
msg-photo-damaged = l’image est endommagée et ne peut pas être lue
msg-photo-unsupported = l’image est une variante de PNG ou de JPEG que journeymap ne sait pas lire ; enregistrez-la de nouveau en PNG ou JPEG ordinaire
msg-photo-not-stored = l’image n’a pas pu être enregistrée
msg-photo-bad-base64 = les données de l’image ne sont pas du base64 valide : { $reason }
# Why a photo's base64 text cannot be read ($reason of msg-photo-bad-base64).
msg-base64-bad-char = le caractère « { $char } » en position { $position } n’est pas un caractère du base64
msg-base64-bad-end = leur fin est tronquée ou altérée
msg-base64-space = elles contiennent une espace ou un saut de ligne en position { $position }

## Unsaved work kept for recovery (src/io/recovery.rs)

msg-recovery-slot-taken = l’emplacement de récupération est déjà pris
msg-recovery-not-text = le projet n’a pas pu être écrit sous forme de texte ({ $reason })
msg-recovery-not-written = la copie de récupération { $path } n’a pas pu être écrite : { $reason }

## Other words of the model (src/model, src/document.rs)

msg-color-invalid = `{ $text }` n’est pas une couleur ; écrivez-la sous la forme « #rrggbb », par exemple « #3b6ea8 »
# The name of a project that has neither a file nor a name.
msg-untitled = Sans titre
msg-valence-very-negative = très négative
msg-valence-negative = négative
msg-valence-slightly-negative = légèrement négative
msg-valence-neutral = neutre
msg-valence-slightly-positive = légèrement positive
msg-valence-positive = positive
msg-valence-very-positive = très positive

## An edit that cannot be applied (src/edit.rs); $kind is the item's kind, as a key

msg-edit-not-found = { $kind ->
        [persona] la persona
        [journey] le parcours
        [stage] l’étape
        [lane] le couloir
        [card] la carte
        [link] le lien
        [vote] le vote
        [hypothesis] l’hypothèse
        [evidence] la preuve
        [dataset] le jeu de données
        [note] la note
       *[other] l’élément
    } (id { $id }) n’existe plus
msg-edit-duplicate = { $kind ->
        [persona] une persona
        [journey] un parcours
        [stage] une étape
        [lane] un couloir
        [card] une carte
        [link] un lien
        [vote] un vote
        [hypothesis] une hypothèse
        [evidence] une preuve
        [dataset] un jeu de données
        [note] une note
       *[other] un élément
    } (id { $id }) existe déjà
msg-edit-not-a-permutation = le nouvel ordre { $kind ->
        [persona] des personas
        [journey] des parcours
        [stage] des étapes
        [lane] des couloirs
        [card] des cartes
        [link] des liens
        [vote] des votes
        [hypothesis] des hypothèses
        [evidence] des preuves
        [dataset] des jeux de données
        [note] des notes
       *[other] des éléments
    } ne les cite pas chacun une fois

## Operations refused (src/ops)

msg-lock-map = la carte de parcours « { $name } » est verrouillée ; déverrouillez-la d’abord dans l’inspecteur (cliquez sur un endroit vide de la carte)
msg-lock-stage = l’étape « { $name } » est verrouillée ; déverrouillez-la d’abord dans l’inspecteur (cliquez sur son nom)
msg-lock-lane = le couloir « { $name } » est verrouillé ; déverrouillez-le d’abord dans l’inspecteur (cliquez sur son nom)
msg-vote-still-open = le vote « { $question } » est encore ouvert sur cette carte ; fermez-le d’abord
msg-vote-no-participant = un vote demande au moins un participant
msg-vote-dots-range = chaque participant doit avoir entre 1 et { $max } points
# The question of a vote opened without one.
msg-vote-default-question = Vote { $number }
msg-vote-gone = ce vote n’existe plus
msg-vote-closed = le vote « { $question } » est fermé ; ouvrez un nouveau vote pour voter à nouveau
msg-vote-not-a-participant = ce participant ne fait pas partie de ce vote
msg-vote-card-gone = cette carte n’existe plus
msg-vote-no-dots-left = { $name } a utilisé ses { $dots } points ; reprenez-en un (Ctrl+clic sur une carte) pour le déplacer
msg-vote-no-dot-here = { $name } n’a pas de point sur « { $card } » à reprendre
msg-vote-already-closed = le vote « { $question } » est déjà fermé
msg-vote-untitled-card = une carte sans titre

## What refers to a persona: "2 journeys, 14 cards and 1 hypothesis"

msg-refs-journeys = { $count ->
        [one] { $count } parcours
       *[other] { $count } parcours
    }
msg-refs-cards = { $count ->
        [one] { $count } carte
       *[other] { $count } cartes
    }
msg-refs-hypotheses = { $count ->
        [one] { $count } hypothèse
       *[other] { $count } hypothèses
    }
msg-refs-nothing = rien
msg-refs-and = { $init } et { $last }
# A persona saved to a file of its own: the project's name and description.
msg-persona-file-name = Persona : { $name }
msg-persona-file-description = La persona « { $name } », enregistrée depuis « { $project } ».

## Undo refused in a live session (src/shared_undo.rs): "someone else changed this card since, …"
## $field: the name of a field (one of the undo-field-* below, "target emotion").

msg-undo-deleted-since = quelqu’un d’autre a supprimé { $thing } entre-temps, et annuler écraserait sa modification
msg-undo-changed-since = quelqu’un d’autre a modifié { $thing } entre-temps, et annuler écraserait sa modification
msg-undo-field-changed-since = quelqu’un d’autre a modifié « { $field } » dans { $thing } entre-temps, et annuler écraserait sa modification
msg-undo-the-project = le projet
msg-undo-this-persona = cette persona
msg-undo-this-hypothesis = cette hypothèse
msg-undo-this-evidence = cette preuve
msg-undo-this-dataset = ce jeu de données
msg-undo-this-note = cette note
msg-undo-this-journey = ce parcours
msg-undo-this-stage = cette étape
msg-undo-this-lane = ce couloir
msg-undo-this-card = cette carte
msg-undo-this-link = ce lien
msg-undo-this-vote = ce vote

# The field someone else changed, as $field of msg-undo-field-changed-since.
undo-field-stage = étape
undo-field-lane = couloir
undo-field-title = titre
undo-field-notes = notes
undo-field-channel = canal
undo-field-contact = contact
undo-field-department = service
undo-field-emotion = émotion
undo-field-target-emotion = émotion visée
undo-field-effort = effort
undo-field-moment-of-truth = moment de vérité
undo-field-pain-point = irritant
undo-field-personas = personas
undo-field-hypotheses = hypothèses
undo-field-evidence = preuves
undo-field-votes = votes
undo-field-kano = réponses Kano
undo-field-color = couleur
undo-field-name = nom
undo-field-segment = segment ou rôle
undo-field-market = marché
undo-field-photo = photo
undo-field-avatar-color = couleur
undo-field-age = âge
undo-field-location = lieu
undo-field-occupation = profession
undo-field-demographics = profil
undo-field-quote = citation
undo-field-description = description
undo-field-goals = objectifs
undo-field-needs = besoins
undo-field-expectations = attentes
undo-field-frustrations = craintes et frustrations
undo-field-behaviours = comportements
undo-field-channels = canaux préférés
undo-field-sliders = curseurs de comportement
undo-field-validation = statut
undo-field-segment-rules = segment dans les données
undo-field-custom-fields = champs personnalisés
undo-field-statement = énoncé
undo-field-status = statut
undo-field-owner = responsable
undo-field-kind = type
undo-field-note = note
undo-field-source = source
undo-field-columns = colonnes
undo-field-rows = lignes
undo-field-outcome = colonne de satisfaction globale
undo-field-text = texte
undo-field-journey = parcours
undo-field-goal = objectif
undo-field-stages = étapes
undo-field-lanes = couloirs
undo-field-cards = cartes
undo-field-links = liens
undo-field-facilitator-notes = notes de l’animateur
undo-field-locked = verrouillage
undo-field-phase = phase
undo-field-width = largeur
undo-field-kpis = KPI
undo-field-height = hauteur
undo-field-from = carte de départ
undo-field-to = carte d’arrivée
undo-field-label = libellé
undo-field-question = question
undo-field-dots-per-participant = points par participant
undo-field-participants = participants
undo-field-open = état ouvert ou clos
undo-field-opened-at = heure d’ouverture
undo-field-closed-at = heure de clôture
undo-field-settings = réglages

## Live sessions (src/sync)

msg-sync-start = la séance en direct n’a pas pu démarrer : { $reason }
msg-sync-listen = impossible d’écouter les autres ordinateurs sur { $address } : { $reason }

## Lines a live session writes to the terminal (a log: the server's own words may follow)

log-connection-ended = séance en direct : une connexion s’est terminée : { $error }
log-refused = séance en direct : { $from } refusé : { $reason }
log-not-opened = séance en direct : une connexion depuis { $from } n’a pas pu s’ouvrir : { $error }
log-engine-stopped = séance en direct : le moteur de synchronisation s’est arrêté ; { $from } n’a pas été admis
log-skipped = séance en direct : un élément illisible du document partagé a été ignoré : { $error }
msg-sync-unreachable = le serveur de synchronisation { $server } est injoignable (vérifiez le lien et le réseau)
msg-sync-no-such-map = le serveur de synchronisation { $server } n’a pas cette carte : la séance est peut-être terminée, ou le lien est tronqué
msg-sync-refused = le serveur de synchronisation { $server } ne nous a pas laissés entrer : { $reason }
msg-sync-stopped = la séance en direct s’est arrêtée
msg-sync-not-kept = cet ordinateur ne garde plus la carte partagée de cette séance
msg-sync-codes-not-kept = impossible de garder les codes pour rejoindre dans { $path } : { $reason }
msg-sync-wrong-code = Ce code pour rejoindre n’est pas celui de la séance : redemandez le lien à l’animateur.
msg-sync-code-needed = Cette séance en direct demande son code pour rejoindre : demandez le lien à l’animateur.
msg-sync-no-peer = La requête ne nomme aucun pair : est-ce bien une application journeymap ?
msg-sync-engine-stopped = le moteur de synchronisation s’est arrêté
msg-link-scheme = un lien pour rejoindre commence par ws:// ou wss:// (celui-ci commence par « { $scheme } »)
msg-link-not-an-address = le lien pour rejoindre n’est pas une adresse : { $reason }
msg-link-no-document = le lien pour rejoindre ne désigne aucun document partagé (il se termine par « #automerge:… », copiez le lien en entier)
msg-link-bad-document = le document « { $document } » du lien pour rejoindre n’est pas un identifiant de document
# Why a join link's address cannot be read ($reason of msg-link-not-an-address).
msg-url-no-scheme = il ne commence pas par ws:// ou wss://
msg-url-no-host = aucun serveur n’est nommé après ws:// ou wss://
msg-url-bad-name = le nom du serveur contient des caractères interdits dans une adresse
msg-url-bad-port = le port après les deux-points n’est pas un nombre de 1 à 65535
msg-url-bad-ip = son adresse IP n’est pas valide
msg-url-other = il ne se lit pas comme une adresse web
msg-ws-receive-failed = la connexion a échoué pendant la réception : { $reason }
msg-ws-silent = rien reçu depuis { $seconds } s : le réseau est coupé
msg-ws-send-failed = la connexion a échoué pendant l’envoi : { $reason }
msg-ws-no-answer = le serveur n’a pas répondu
msg-ws-refused = le serveur a refusé de nous laisser entrer

## The shared document of a live session

msg-schema-not-a-project = le document partagé n’est pas un projet journeymap (il n’a pas de clé « { $key } »)
msg-schema-newer = le document partagé a été fait par un journeymap plus récent (structure { $layout } ; celui-ci lit la structure { $reads }) : mettez l’application à jour pour rejoindre la séance
msg-schema-unchanged = le document partagé n’a pas pu être modifié : { $reason }
