# The domain's own words: built-in names the model gives the things it knows.

## Persona: how far research backs it

validation-proto = Proto-persona (supposée)
validation-validated = Validée par la recherche

## A copy's name (a duplicated journey or persona)

name-copy = { $name } (copie)

## Hypothesis statuses

hstatus-untested = Non testée
hstatus-supported = Validée
hstatus-refuted = Réfutée
hstatus-mixed = Mitigée

## Evidence levels (how a claim is backed)

level-assumed = Supposé
level-inferred = Déduit
level-observed = Observé

## Statistics of a data query

statistic-mean = Moyenne
statistic-top-box-share = Part top-box
statistic-nps = NPS
statistic-count = Nombre

## Channels

channel-web = Web
channel-mobile-app = Appli mobile
channel-store = Magasin
channel-phone = Téléphone
channel-call-centre = Centre d’appels
channel-email = E-mail
channel-chat = Chat
channel-social = Réseaux sociaux
channel-search-engine = Moteur de recherche
channel-word-of-mouth = Bouche-à-oreille
channel-kiosk = Borne
channel-salesperson = Vendeur
channel-event = Événement
channel-mail = Courrier
channel-advertising = Publicité
channel-partner = Partenaire
channel-in-person = En personne

## Direct or indirect contact

contact-unspecified = Non précisé
contact-direct = Direct
contact-indirect = Indirect

## Named feelings (the emotion vocabulary; written in lower case)

feeling-energized = plein d’énergie
feeling-pleased = content
feeling-stimulated = stimulé
feeling-interested = intéressé
feeling-exploring = curieux
feeling-trusting = confiant
feeling-secure = en sécurité
feeling-valued = valorisé
feeling-cared-for = choyé
feeling-happy = heureux
feeling-rushed = pressé
feeling-unhappy = malheureux
feeling-disappointed = déçu
feeling-frustrated = frustré
feeling-dissatisfied = insatisfait
feeling-abandoned = abandonné
feeling-stressed = stressé
feeling-irritated = agacé

## Kano questionnaire answers

kano-answer-like = Ça me plaît
kano-answer-expect = C’est normal
kano-answer-neutral = Ça m’est égal
kano-answer-tolerate = Je peux l’accepter
kano-answer-dislike = Ça me déplaît

## Stage phases, relative to the purchase

phase-before = Avant l’achat
phase-during = Pendant l’achat
phase-after = Après l’achat

## Stage phases, short

phase-short-before = Avant
phase-short-during = Pendant
phase-short-after = Après

## Lane kinds (and the names of new lanes)

lane-actions = Actions du client
lane-touchpoints = Points de contact
lane-channels = Canaux
lane-thoughts = Pensées
lane-emotions = Émotions
lane-pain-points = Irritants
lane-opportunities = Opportunités
lane-hypotheses = Hypothèses
lane-backstage = Coulisses
lane-data = KPI et données
lane-custom = Personnalisé

## Export formats

format-png = Image PNG
format-svg = Dessin SVG
format-pdf = Document PDF

## Charts

chart-curves = Courbes
chart-curves-by-stage = Courbes par étape
chart-kpis = KPI des étapes
chart-nps = NPS par étape
chart-kano = Kano

## Curves

curve-believed = Supposée
curve-to-be = Cible
curve-measured = Mesurée

## Kano classes

kano-must-be = Obligatoire
kano-performance = Proportionnelle
kano-attractive = Attractive
kano-indifferent = Indifférente
kano-reverse = Inverse
kano-questionable = Douteuse

## Templates: their names and what they show, and the blank project's words

example-service-station = Station-service
example-service-station-summary = Deux parcours dans une station-service, « Carburant » et « Carburant + lavage », avec le pompiste et le caissier comme points de contact
example-b2b = Achat de logiciel B2B
example-b2b-summary = De l’acquisition à la recommandation, avec plusieurs rôles d’acheteurs et des KPI par étape
example-train = Voyage en train
example-train-summary = Un voyage acheté sur le web, l’appli, le centre d’appels, le guichet et la borne en gare, avec un moment de vérité
example-airline = Compagnie aérienne, avec données d’enquête
example-airline-summary = De la réservation aux bagages pour trois personas, le tout confronté à 13 524 réponses d’enquête : KPI par point de contact et par persona, hypothèses chiffrées
example-retail = Commerce B2C
example-retail-summary = Acheter un manteau d’hiver entre appli, web et magasin : stock par magasin, cabines d’essayage, retours en magasin des commandes web
example-bank-loan = Prêt bancaire
example-bank-loan-summary = Un prêt personnel, du besoin au dernier remboursement : taux personnalisé, justificatifs, attente de la décision, versement
example-returns = Retours e-commerce
example-returns-summary = Renvoyer une commande en ligne : lancer le retour, dépôt, suivi, remboursement et nouvelle commande
example-blueprint = Service blueprint
example-blueprint-summary = Un séjour à l’hôtel en service blueprint : preuves physiques, actions du client, front-office, back-office et processus de support
example-new-journey = Nouveau parcours
example-untitled-project = Projet sans titre
example-stage-awareness = Découverte
example-stage-consideration = Considération
example-stage-purchase = Achat
example-stage-use = Utilisation
example-stage-loyalty = Fidélisation
