## Journeys view: the list of journeys and the bar above the map

journeys-empty = Pas encore de parcours
journeys-empty-hint = Ajoutez-en un avec « + Nouveau parcours » à gauche, ou partez d’un modèle avec Fichier › Nouveau depuis un modèle…
journeys-heading = Parcours
journeys-name-field = Nom du parcours
journeys-undo-rename = Renommer le parcours
journeys-rename = Renommer
journeys-duplicate = Dupliquer
journeys-move-up = Monter
journeys-move-down = Descendre
journeys-undo-move = Déplacer le parcours
journeys-delete = { $count ->
        [one] Supprimer ({ $count } carte)
       *[other] Supprimer ({ $count } cartes)
    }
journeys-delete-tip = Annuler le fait revenir
journeys-new = + Nouveau parcours
journeys-position = { $index } sur { $count }
journeys-hide-panels = Masquer les panneaux
journeys-show-panels = Afficher les panneaux
journeys-journey-label = Parcours
journeys-show-label = Afficher
journeys-every-persona = Toutes les personas
journeys-colour-by-emotion = Couleur selon l’émotion

## Start page

start-new-blank-project = Nouveau projet vide
start-recent = Récents
start-file-gone = Le fichier n’est plus là
start-not-found = { $folder } · introuvable
start-from-template = Partir d’un modèle ou d’un exemple
start-from-template-intro = Chacun s’ouvre comme une copie sans titre : celui de la compagnie aérienne arrive avec ses données d’enquête importées et confrontées aux convictions de l’équipe.

## Template gallery

template-new-project-heading = Nouveau depuis un modèle
template-new-project-intro = Commencez un nouveau projet à partir de l’une de ces cartes de parcours ; il s’ouvre comme une copie sans titre.
template-blank-project = Projet vide
template-blank-project-summary = Un parcours vide avec les étapes et couloirs habituels
template-new-journey-heading = Nouveau parcours depuis un modèle
template-new-journey-intro = Ajoutez le parcours d’un modèle à ce projet : ses étapes, couloirs et cartes. Ses personas et ses données restent dans le modèle.
template-blank-journey = Parcours vide
template-blank-journey-summary = Les étapes et couloirs habituels, sans cartes
template-cancel = Annuler
template-drawing-preview = Dessin de la carte…
template-error-title = Impossible d’utiliser le modèle
template-undo-new-journey = Nouveau parcours depuis un modèle
template-journey-added = Parcours « { $name } » ajouté depuis le modèle { $template } ; ses personas restent dans le modèle

## Dot vote: the window

vote-title = Vote par points
vote-waiting-for-facilitator = L’animateur ouvre les votes de cette séance en direct ; le vote s’affiche ici dès qu’il le fait.
vote-take-back-click-mac = Cmd+clic
vote-take-back-click = Ctrl+clic
vote-viewer = Vous regardez cette séance : les autres placent leurs points.
vote-join-intro = { $dots ->
        [one] { $dots } point chacun
       *[other] { $dots } points chacun
    }. Rejoignez le vote pour placer les vôtres depuis cet ordinateur.
vote-join-as = Rejoindre le vote en tant que { $name }
vote-you-vote-as = Vous votez en tant que { $name } : il vous reste { $left } sur { $dots } points
vote-participant-hint = Cliquez sur une carte pour lui donner l’un de vos points ; { $take_back } en reprend un. L’animateur clôt le vote.
vote-new = Nouveau vote
vote-question = Question
vote-question-hint = p. ex. Pires irritants
vote-dots-per-participant = Points par participant
vote-participants = Participants : noms, un par ligne, ou leur nombre
vote-everyone-here = Tous les présents
vote-everyone-here-tip = Les personnes de cette séance en direct, chacune votant depuis son ordinateur
vote-participant-count = { $count ->
        [one] { $count } participant
       *[other] { $count } participants
    }, { $dots } points en tout
vote-open = Ouvrir le vote
vote-dots-cast = { $dots } points chacun · { $cast } placés sur { $total }
vote-facilitator-hint = Cliquez sur une carte pour lui donner un point du participant choisi ci-dessous ; { $take_back } en reprend un. Ou sélectionnez une carte et appuyez sur la touche d’un participant (Maj+touche en reprend un).
vote-dots-left = { $left } sur { $dots } restants
vote-close = Clore le vote et classer
vote-close-tip = Plus de points : les cartes sont classées et les résultats gardés dans le projet
vote-results = Résultats
vote-no-dots = Aucun point n’a été placé.
vote-dots = { $count ->
        [one] { $count } point
       *[other] { $count } points
    }
vote-more = et { $count } de plus
vote-hide-from-map = Masquer sur la carte
vote-show-on-map = Afficher sur la carte
vote-show-disabled-tip = Les points du vote ouvert sont sur la carte jusqu’à sa clôture
vote-delete = Supprimer le vote

## Dot vote: undo steps and messages

vote-undo-close = Clore le vote
vote-closed-no-dots = Vote clos ; aucun point n’a été placé
vote-closed = Vote clos : { $top }
vote-undo-delete = Supprimer le vote
vote-deleted = Vote supprimé ; Annuler le fait revenir
vote-not-done = Non fait : { $why }
vote-undo-open = Ouvrir le vote
vote-opened = Vote ouvert : { $count ->
        [one] { $count } participant
       *[other] { $count } participants
    }, { $dots ->
        [one] { $dots } point chacun
       *[other] { $dots } points chacun
    }. Cliquez sur une carte pour lui donner un point
vote-error-no-journey = ce parcours n’existe plus
vote-error-no-open-vote = aucun vote n’est ouvert sur cette carte de parcours
vote-undo-cast = Placer un point
vote-undo-take-back = Reprendre un point
vote-cast-put = { $who } a placé un point sur « { $card } » (reste { $left })
vote-cast-taken = { $who } a repris un point sur « { $card } » (reste { $left })
vote-undo-join = Rejoindre le vote
vote-no-such-participant = Ce vote a { $count ->
        [one] { $count } participant
       *[other] { $count } participants
    } ; il n’y a pas de participant { $number }
vote-select-card-first = Sélectionnez d’abord une carte : la touche y place le point de ce participant

## Timer

timer-title = Minuteur
timer-time-up = Temps écoulé
timer-minutes = Minutes
timer-pause = Pause
timer-start = Démarrer
timer-reset = Réinitialiser
timer-chime = Sonner à la fin du temps
timer-presentation-hint = En mode présentation (F5), le compte à rebours s’affiche en grand ; T le démarre ou le met en pause.

## Quick capture and the parking lot

capture-field = Saisie
capture-to-parking-lot = le parking
capture-to-parking-lot-tip = Les notes attendent sous la carte de parcours qu’on les y glisse
capture-to-selected-cell = la cellule sélectionnée
capture-to-cell = la cellule { $cell }
capture-to-cell-tip = Les notes deviennent des cartes dans la cellule sélectionnée sur la carte de parcours
capture-into = dans
capture-hint = Tapez une note, Entrée la garde
capture-parking-lot = Parking ({ $count })
capture-parking-lot-empty = vide : les notes envoyées ici attendent d’être glissées sur la carte de parcours
capture-note-from = {" "}(de { $journey })
capture-note-tip = Glissez-la sur la carte de parcours pour en faire une carte ; clic droit pour plus
capture-put-in-selected-cell = Mettre dans la cellule sélectionnée
capture-delete-note = Supprimer la note
capture-undo-delete-note = Supprimer une note du parking
capture-undo-park-note = Mettre une note au parking
capture-parked = Au parking : { $text }
capture-no-cell = Aucune cellule où mettre la note ; envoyez-la plutôt au parking
capture-undo-capture-card = Saisir une carte
capture-captured-into = Saisie dans { $cell }
capture-undo-place-note = Placer une note du parking sur la carte
capture-placed = Placée sur la carte dans { $cell }

## Live session

live-error-server-address = L’adresse d’un serveur de synchronisation commence par ws:// ou wss://
live-starting = Lancement de la séance en direct…
live-started = Séance en direct lancée : partagez le lien
live-error-start = Impossible de lancer une séance en direct
live-hosting-again = Vous accueillez de nouveau la séance en direct
live-error-host-again = Impossible d’accueillir de nouveau la séance en direct ({ $error }) : le fichier est ouvert seul ; Atelier › Lancer une séance en direct le partage à nouveau
live-joining = Connexion à la séance en direct…
live-left = Vous avez quitté la séance en direct ; la carte de parcours reste ouverte
live-following = Vous suivez l’animateur : vous voyez l’étape qu’il présente
live-not-following = Vous ne suivez plus l’animateur
live-stopped-following = Vous ne suivez plus l’animateur (Atelier › Suivre l’animateur)
live-rejoined = Vous avez rejoint de nouveau la séance en direct
live-error-rejoin = Impossible de rejoindre de nouveau la séance en direct ({ $error }) : le fichier est ouvert seul
live-joined = Vous avez rejoint la séance en direct
live-joined-viewing = Vous avez rejoint la séance en direct (en lecture seule)
live-error-join = Impossible de rejoindre la séance en direct
live-not-shared = Non partagé : { $error }
live-guest = Invité

## Shared widgets

widget-photo-of = Photo de { $name }
widget-avatar-of = Avatar de { $name }
widget-fact-label = { $label } :
widget-entry-hint = { $hint }, puis Entrée
widget-colour-code = Code hex
widget-value-share = { $value } : { $share }
