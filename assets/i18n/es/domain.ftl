# The domain's own words: built-in names the model gives the things it knows.

## Persona: how far research backs it

validation-proto = Proto-persona (supuesta)
validation-validated = Validada por investigación

## A copy's name (a duplicated journey or persona)

name-copy = { $name } (copia)

## Hypothesis statuses

hstatus-untested = Sin probar
hstatus-supported = Validada
hstatus-refuted = Refutada
hstatus-mixed = Mixta

## Evidence levels (how a claim is backed)

level-assumed = Supuesto
level-inferred = Inferido
level-observed = Observado

## Statistics of a data query

statistic-mean = Media
statistic-top-box-share = Proporción top-box
statistic-nps = NPS
statistic-count = Recuento

## Channels

channel-web = Web
channel-mobile-app = App móvil
channel-store = Tienda
channel-phone = Teléfono
channel-call-centre = Centro de llamadas
channel-email = Correo electrónico
channel-chat = Chat
channel-social = Redes sociales
channel-search-engine = Buscador
channel-word-of-mouth = Boca a boca
channel-kiosk = Quiosco
channel-salesperson = Vendedor
channel-event = Evento
channel-mail = Correo postal
channel-advertising = Publicidad
channel-partner = Socio
channel-in-person = En persona

## Direct or indirect contact

contact-unspecified = Sin especificar
contact-direct = Directo
contact-indirect = Indirecto

## Named feelings (the emotion vocabulary; written in lower case)

feeling-energized = con energía
feeling-pleased = satisfecho
feeling-stimulated = estimulado
feeling-interested = interesado
feeling-exploring = explorando
feeling-trusting = confiado
feeling-secure = seguro
feeling-valued = valorado
feeling-cared-for = bien atendido
feeling-happy = feliz
feeling-rushed = con prisa
feeling-unhappy = descontento
feeling-disappointed = decepcionado
feeling-frustrated = frustrado
feeling-dissatisfied = insatisfecho
feeling-abandoned = abandonado
feeling-stressed = estresado
feeling-irritated = irritado

## Kano questionnaire answers

kano-answer-like = Me gusta
kano-answer-expect = Lo doy por hecho
kano-answer-neutral = Me es indiferente
kano-answer-tolerate = Lo puedo tolerar
kano-answer-dislike = No me gusta

## Stage phases, relative to the purchase

phase-before = Antes de la compra
phase-during = Durante la compra
phase-after = Después de la compra

## Stage phases, short

phase-short-before = Antes
phase-short-during = Durante
phase-short-after = Después

## Lane kinds (and the names of new lanes)

lane-actions = Acciones del cliente
lane-touchpoints = Puntos de contacto
lane-channels = Canales
lane-thoughts = Pensamientos
lane-emotions = Emociones
lane-pain-points = Puntos de dolor
lane-opportunities = Oportunidades
lane-hypotheses = Hipótesis
lane-backstage = Trastienda
lane-data = KPI y datos
lane-custom = Personalizado

## Export formats

format-png = Imagen PNG
format-svg = Dibujo SVG
format-pdf = Documento PDF

## Charts

chart-curves = Curvas
chart-curves-by-stage = Curvas por etapa
chart-kpis = KPI por etapa
chart-nps = NPS por etapa
chart-kano = Kano

## Curves

curve-believed = Supuesta
curve-to-be = Objetivo
curve-measured = Medida

## Kano classes

kano-must-be = Obligatorio
kano-performance = Unidimensional
kano-attractive = Atractivo
kano-indifferent = Indiferente
kano-reverse = Inverso
kano-questionable = Cuestionable

## Templates: their names and what they show, and the blank project's words

example-service-station = Estación de servicio
example-service-station-summary = Dos recorridos en una gasolinera, «Combustible» y «Combustible + lavado», con el empleado de pista y el cajero como puntos de contacto
example-b2b = Compra de software B2B
example-b2b-summary = De la captación a la recomendación, con varios roles de compra y KPI por etapa
example-train = Viaje en tren
example-train-summary = Un viaje comprado en la web, la app, el centro de llamadas, la taquilla y el quiosco de la estación, con un momento de la verdad
example-airline = Aerolínea, con datos de encuesta
example-airline-summary = De la reserva al equipaje para tres personas, contrastado con 13.524 respuestas de encuesta: KPI por punto de contacto y persona, hipótesis con cifras
example-retail = Comercio B2C
example-retail-summary = Comprar un abrigo de invierno entre app, web y tienda: stock por tienda, probadores, devoluciones en tienda de pedidos web
example-bank-loan = Préstamo bancario
example-bank-loan-summary = Un préstamo personal, de la necesidad a la última cuota: tasa personalizada, documentos, la espera de la decisión, el desembolso
example-returns = Devoluciones de comercio electrónico
example-returns-summary = Devolver un pedido en línea: iniciar la devolución, entrega, seguimiento, reembolso y nuevo pedido
example-blueprint = Service blueprint
example-blueprint-summary = Una estancia de hotel como service blueprint: evidencia física, acciones del cliente, primera línea, trastienda y procesos de soporte
example-new-journey = Nuevo recorrido
example-untitled-project = Proyecto sin título
example-stage-awareness = Descubrimiento
example-stage-consideration = Consideración
example-stage-purchase = Compra
example-stage-use = Uso
example-stage-loyalty = Fidelización
