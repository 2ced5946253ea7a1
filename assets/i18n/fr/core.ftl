## Menus

menu-file = Fichier
menu-edit = Édition
menu-map = Carte
menu-workshop = Atelier
menu-view = Affichage
menu-help = Aide

## Commands: the label in menus, then what it does (hover text)

cmd-new = Nouveau
cmd-new-tip = Commencer un projet vide
cmd-new-from-template = Nouveau depuis un modèle…
cmd-new-from-template-tip = Commencer un projet à partir d’un modèle, choisi sur son aperçu
cmd-open = Ouvrir…
cmd-open-tip = Ouvrir un fichier de projet (.ron)
cmd-save = Enregistrer
cmd-save-tip = Enregistrer le projet dans son fichier
cmd-save-as = Enregistrer sous…
cmd-save-as-tip = Enregistrer le projet dans un nouveau fichier
cmd-save-copy = Enregistrer une copie…
cmd-save-copy-tip = Écrire le projet tel qu’il est dans un autre fichier ; le fichier ouvert reste celui qu’écrit Enregistrer (en séance en direct : un instantané hors de la séance)
cmd-export = Exporter…
cmd-export-tip = Exporter des cartes de parcours ou des fiches persona en PNG, SVG ou PDF
cmd-quit = Quitter
cmd-quit-tip = Fermer journeymap
cmd-undo = Annuler
cmd-undo-tip = Annuler la dernière modification
cmd-redo = Rétablir
cmd-redo-tip = Rétablir la dernière modification annulée
cmd-cut = Couper
cmd-cut-tip = Retirer les cartes sélectionnées et les garder pour les coller
cmd-copy = Copier
cmd-copy-tip = Garder les cartes sélectionnées pour les coller
cmd-paste = Coller
cmd-paste-tip = Mettre les cartes copiées (ou les lignes d’un texte copié) dans la cellule sélectionnée
cmd-duplicate = Dupliquer
cmd-duplicate-tip = Copier les cartes sélectionnées sur place
cmd-delete-selection = Supprimer
cmd-delete-selection-tip = Supprimer les cartes, le lien, l’étape ou le couloir sélectionnés
cmd-select-all = Sélectionner toutes les cartes
cmd-select-all-tip = Sélectionner toutes les cartes de la carte de parcours
cmd-clear-selection = Ne garder que la carte courante
cmd-clear-selection-tip = Ne laisser sélectionnée que la carte courante
cmd-new-card = Nouvelle carte
cmd-new-card-tip = Ajouter une carte dans la cellule sélectionnée et taper son titre
cmd-edit-card = Modifier le texte
cmd-edit-card-tip = Taper le titre de la carte sélectionnée (ou le nom de l’étape ou du couloir sélectionné)
cmd-add-stage = Ajouter une étape
cmd-add-stage-tip = Ajouter une étape après celle sélectionnée
cmd-add-lane = Ajouter un couloir
cmd-add-lane-tip = Ajouter un couloir sous celui sélectionné
cmd-new-journey = Nouveau parcours
cmd-new-journey-tip = Ajouter un parcours avec les étapes et couloirs habituels
cmd-new-journey-from-template = Nouveau parcours depuis un modèle…
cmd-new-journey-from-template-tip = Ajouter à ce projet le parcours d’un modèle (étapes, couloirs et cartes)
cmd-duplicate-journey = Dupliquer le parcours
cmd-duplicate-journey-tip = Copier le parcours affiché, avec toutes ses cartes
cmd-delete-journey = Supprimer le parcours
cmd-delete-journey-tip = Supprimer le parcours affiché, avec toutes ses cartes
cmd-toggle-card-colors = Colorer les cartes par émotion
cmd-toggle-card-colors-tip = Colorer les cartes selon leur émotion plutôt que selon leur couloir
cmd-move-left = Sélectionner à gauche
cmd-move-left-tip = Sélectionner la carte ou la cellule à gauche
cmd-move-right = Sélectionner à droite
cmd-move-right-tip = Sélectionner la carte ou la cellule à droite
cmd-move-up = Sélectionner au-dessus
cmd-move-up-tip = Sélectionner la carte ou la cellule au-dessus
cmd-move-down = Sélectionner au-dessous
cmd-move-down-tip = Sélectionner la carte ou la cellule au-dessous
cmd-show-journeys = Parcours
cmd-show-journeys-tip = Les cartes de parcours du projet
cmd-show-personas = Personas
cmd-show-personas-tip = Les personas du projet
cmd-show-hypotheses = Hypothèses
cmd-show-hypotheses-tip = Les hypothèses de l’équipe par statut, avec leurs preuves
cmd-show-data = Données clients
cmd-show-data-tip = Les données clients importées et leur lien avec les parcours
cmd-show-curves = Courbes
cmd-show-curves-tip = Courbes de satisfaction par persona le long de chaque parcours
cmd-present = Présenter
cmd-present-tip = La carte en plein écran pour une salle, étape par étape, en fort contraste (Échap pour sortir)
cmd-timer = Minuteur…
cmd-timer-tip = Un temps imparti par exercice, avec un compte à rebours lisible par la salle
cmd-vote = Vote par points…
cmd-vote-tip = Ouvrir un vote par points sur cette carte, poser les points de chaque participant, le clore pour classer les cartes
cmd-capture = Saisie rapide
cmd-capture-tip = Taper des notes dans la cellule sélectionnée ou le parking, sans boîte de dialogue
cmd-live-start = Lancer une séance en direct…
cmd-live-start-tip = Partager ce projet avec les ordinateurs du réseau : chacun modifie la carte en direct (affiche le lien pour rejoindre quand une séance est en cours)
cmd-live-join = Rejoindre une séance en direct…
cmd-live-join-tip = Ouvrir une carte partagée en direct, avec le lien que l’on vous donne
cmd-follow-facilitator = Suivre l’animateur
cmd-follow-facilitator-tip = En séance en direct : présenter ce que présente l’animateur, étape par étape avec lui (vous déplacer arrête le suivi)
cmd-fit-width = Ajuster à la largeur
cmd-fit-width-tip = Afficher les étapes sur toute la largeur, aussi grandes que la lecture le permet ; les couloirs du dessous défilent
cmd-fit-to-screen = Tout afficher
cmd-fit-to-screen-tip = Afficher toute la carte, même en petit
cmd-zoom-to-selection = Zoomer sur la sélection
cmd-zoom-to-selection-tip = Afficher les cartes sélectionnées aussi grandes que possible
cmd-zoom-in = Zoom avant
cmd-zoom-in-tip = Agrandir la carte
cmd-zoom-out = Zoom arrière
cmd-zoom-out-tip = Réduire la carte
cmd-zoom-reset = Zoom à 100 %
cmd-zoom-reset-tip = Afficher la carte à sa taille réelle
cmd-side-panels = Panneaux latéraux
cmd-side-panels-tip = Afficher ou replier la navigation, la liste des parcours et l’inspecteur, pour laisser toute la largeur à la carte
cmd-interface-larger = Plus grand
cmd-interface-larger-tip = Agrandir les menus, les panneaux et le texte
cmd-interface-smaller = Plus petit
cmd-interface-smaller-tip = Réduire les menus, les panneaux et le texte
cmd-interface-normal = Taille normale
cmd-interface-normal-tip = Revenir à la taille normale de l’interface
cmd-theme-light = Clair
cmd-theme-light-tip = Couleurs claires
cmd-theme-dark = Sombre
cmd-theme-dark-tip = Couleurs sombres
cmd-theme-system = Comme le système
cmd-theme-system-tip = Clair ou sombre, selon le réglage du système
cmd-show-problems = Problèmes trouvés à l’ouverture…
cmd-show-problems-tip = Ce qui a été réparé à l’ouverture du projet
cmd-shortcuts = Raccourcis clavier
cmd-shortcuts-tip = Tous les raccourcis clavier
cmd-about = À propos de journeymap
cmd-about-tip = Version et licences

cmd-language-system = Langue du système
cmd-language-system-tip = La langue réglée dans le système (l’anglais si c’en est une autre)
cmd-language-english = English
cmd-language-english-tip = Afficher journeymap en anglais
cmd-language-french = Français
cmd-language-french-tip = Afficher journeymap en français
cmd-language-spanish = Español
cmd-language-spanish-tip = Afficher journeymap en espagnol

submenu-interface-size = Taille de l’interface
submenu-theme = Thème
submenu-language = Langue
menu-open-recent = Ouvrir un fichier récent

## Dropping files on the window

drop-hint = Déposez un projet (.ron) pour l’ouvrir, des données clients (.csv) pour les importer,
    ou une image sur la vue des personas pour en faire une photo

## Undo and redo (hover text of the Edit menu)

undo-nothing = Rien à annuler
undo-step = Annuler : { $step }
redo-nothing = Rien à rétablir
redo-step = Rétablir : { $step }

## Status bar

status-unsaved = ● Modifications non enregistrées
status-saved = Enregistré
status-project-counts = { $journeys ->
        [one] { $journeys } parcours
       *[other] { $journeys } parcours
    } · { $cards ->
        [one] { $cards } carte
       *[other] { $cards } cartes
    } · { $personas ->
        [one] { $personas } persona
       *[other] { $personas } personas
    } · { $hypotheses ->
        [one] { $hypotheses } hypothèse
       *[other] { $hypotheses } hypothèses
    }
status-repaired = ⚠ { $count ->
        [one] { $count } réparation
       *[other] { $count } réparations
    }
status-repaired-tip = Voir ce qui a été réparé à l’ouverture du projet

## Live session in the status bar

status-joining = Connexion…
status-starting = Démarrage…
status-live-alone = En direct · seulement vous pour l’instant
status-live-people = En direct · { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    }
status-live-sending = En direct · envoi de { $count ->
        [one] { $count } modification
       *[other] { $count } modifications
    }
status-offline-reconnecting = Hors ligne · reconnexion
status-offline-unsent = Hors ligne · { $count ->
        [one] { $count } modification
       *[other] { $count } modifications
    } à envoyer
status-refused = Accès refusé : { $reason }
status-live-tip = La séance en direct : cliquez pour voir son lien pour rejoindre
status-person-tip = { $role ->
        [facilitator] { $name } (animateur) est dans cette séance en direct
        [viewer] { $name } (spectateur) est dans cette séance en direct
       *[editor] { $name } est dans cette séance en direct
    }

## Keys, as shortcuts name them (English as egui names them)

key-alt = Alt
key-ctrl = Ctrl
key-shift = Maj
key-cmd = Cmd
key-option = Option
key-down = Bas
key-left = Gauche
key-right = Droite
key-up = Haut
key-escape = Échap
key-tab = Tab
key-backspace = Retour arrière
key-enter = Entrée
key-insert = Inser
key-delete = Suppr
key-home = Début
key-end = Fin
key-page-up = Pg préc
key-page-down = Pg suiv
key-space = Espace
key-minus = Moins
key-plus = Plus
key-equals = Égal

## egui's own accessible names (a screen reader says them; English as egui names them)

a11y-close-window = Fermer la fenêtre
a11y-resize-panel = Redimensionner le panneau
a11y-window-hide = Masquer
a11y-window-show = Afficher
a11y-resize-right = Redimensionner la fenêtre par le bord droit
a11y-resize-left = Redimensionner la fenêtre par le bord gauche
a11y-resize-bottom = Redimensionner la fenêtre par le bord inférieur
a11y-resize-top = Redimensionner la fenêtre par le bord supérieur
a11y-resize-bottom-right = Redimensionner la fenêtre par le coin inférieur droit
a11y-resize-top-right = Redimensionner la fenêtre par le coin supérieur droit
a11y-resize-bottom-left = Redimensionner la fenêtre par le coin inférieur gauche
a11y-resize-top-left = Redimensionner la fenêtre par le coin supérieur gauche
