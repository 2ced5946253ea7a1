## Export errors

out-error-unknown-journey = no hay ningún recorrido «{ $name }» en este proyecto; sus recorridos son: { $known }
out-error-unknown-persona = no hay ninguna persona «{ $name }» en este proyecto; sus personas son: { $known }
out-error-no-journey = este proyecto no tiene ningún recorrido que exportar
out-error-unknown-extension = no se sabe qué formato escribir a partir de «{ $path }»: el nombre del archivo debe terminar en .png, .svg o .pdf
out-error-too-large = una imagen de { $width } × { $height } píxeles es demasiado grande (como máximo { $millions } millones de píxeles, { $side } por lado); elige un ancho, un papel o una resolución (ppp) menor
out-error-write = no se puede escribir { $path }: { $reason }
out-error-cancelled = se canceló la exportación
out-error-none = ninguno
out-quoted = «{ $name }»
out-label-value = { $label }: { $value }
out-error-no-folder = la carpeta { $folder } no existe
out-error-permission = no tienes permiso para escribir en { $folder }
out-error-disk-full = el disco está lleno

## The date printed on exports


## Journey map page: title line and key

out-map-cards-for = Tarjetas para { $name }
out-map-goal = Meta: { $goal }
out-key-emotions = Emoción, de muy negativa a muy positiva
out-key-moment-of-truth = Momento de la verdad
out-key-pain-point = Punto de dolor
out-key-evidence = Evidencia: observada, inferida, supuesta
out-key-gap-tag = creemos +2 · dicen −0,5
out-key-gap = Nuestra emoción frente a las valoraciones de los clientes (−3 a +3)

## Persona one-pager

out-persona-age = Edad
out-persona-location = Ubicación
out-persona-occupation = Ocupación
out-persona-goals = Objetivos
out-persona-needs = Necesidades
out-persona-frustrations = Frustraciones y miedos
out-persona-expectations = Expectativas
out-persona-behaviours = Comportamientos
out-persona-where-they-stand = Posicionamiento
out-persona-channels = Canales preferidos
out-persona-journeys = Recorridos

## Charts: KPIs and NPS by stage

out-chart-no-kpis = No hay KPI de etapa con objetivo y valor real
out-chart-target = objetivo
out-chart-of-target = { $percent } del objetivo · { $verdict }
out-chart-no-nps = No hay respuestas de 0 a 10 asignadas a este recorrido
out-chart-kpi-name = { $stage }: { $name }
out-chart-nps-head = NPS { $score } · n { $n }

## Errors while drawing a file

out-error-read-back = no se pudo volver a leer el dibujo ({ $error })
out-error-pdf-because = no se pudo crear el PDF ({ $error })
out-error-pdf-part = no se pudo crear el PDF (falló una parte)
out-error-png = no se pudo escribir el PNG ({ $error })
out-error-pdf = no se pudo crear el PDF

## Kano chart

out-kano-answers = { $count ->
        [one] { $count } respuesta
       *[other] { $count } respuestas
    }
out-kano-n = n { $n }
out-kano-from-answers = Según las respuestas Kano
out-kano-from-data = Según los datos de clientes (penalización-recompensa)
out-kano-none = No hay respuestas Kano en este recorrido
out-kano-list-head = Punto de contacto · clase
out-kano-worse = Peor: insatisfacción si falta →
out-kano-better = Mejor ↑
out-kano-penalty = Penalización: menos satisfecho si se valora bajo →
out-kano-reward = Recompensa ↑

## Satisfaction curves chart: legend and the largest gaps

out-curves-none = Aún no hay emociones ni valoraciones de clientes en este recorrido
out-legend-measured-band = Medida (banda del 95 %)
out-legend-gap = Brecha, supuesto → medido
out-gaps-title = Mayores brechas
out-gaps-none = Ninguna aún: ninguna tarjeta tiene a la vez una emoción del taller y valoraciones de clientes.
out-gaps-customers = { $count ->
        [one] { $n } cliente
       *[other] { $n } clientes
    }
out-gaps-line = { $rank }. { $title } ({ $who }): { $summary } (brecha { $gap }, n { $n })
out-gaps-callout = { $rank } · brecha { $gap }

## Tags on cards: the gap and the dots of a vote

out-gap-tag = creemos { $think } · dicen { $say }
out-gap-summary = { $who }: { $summary } (brecha { $gap }, n { $n })
out-vote-dots = { $count ->
        [one] 1 punto
       *[other] { $count } puntos
    }
out-vote-rank = n.º { $rank } · { $dots }
out-vote-so-far = «{ $question }»: { $dots } por ahora
out-vote-ranked = «{ $question }»: { $dots }, puesto n.º { $rank }

## Curves on the map and in charts: how each is drawn, the legend

out-curve-believed-drawn = línea discontinua con cuadrados: las emociones de las tarjetas del equipo
out-curve-measured-drawn = línea continua con puntos y banda sombreada del 95 %: valoraciones de los clientes
out-curve-to-be-drawn = línea de puntos con triángulos: las emociones que busca el equipo
out-all-customers = Todos los clientes
out-legend-measured-dashed = discontinua: valoraciones de los clientes

## Data lane figures

out-data-rating-of = { $column }: { $mean } de { $max } (n { $n })
out-data-rating = { $column }: { $mean } (n { $n })
out-data-kpi = { $name }: { $actual }{ $unit } (objetivo { $target }){ $mark }

## What a curve's point comes from (hover texts)

out-source-to-be-emotion = emoción objetivo del taller
out-source-emotion = emoción del taller
out-source-card-to-be = la emoción objetivo de una tarjeta, del taller
out-source-card-emotion = la emoción de una tarjeta, del taller
out-source-mean-to-be = la media de las emociones objetivo de { $count } tarjetas, del taller
out-source-mean-emotion = la media de las emociones de { $count } tarjetas, del taller

## Notes under the curves chart

out-rescaling = valoraciones de { $min } a { $max }: { $min } → −3, { $mid } → 0, { $max } → +3
out-scale-note = Escala de emoción de −3 a +3. Supuesta: las emociones de las tarjetas del equipo; objetivo: las emociones que busca el equipo; medida: las valoraciones de los clientes.
out-scale-note-rescaled = Escala de emoción de −3 a +3. Supuesta: las emociones de las tarjetas del equipo; objetivo: las emociones que busca el equipo; medida: las valoraciones de los clientes, reescaladas ({ $note }).
out-scale-note-by-stage = Un punto por etapa: la media de sus tarjetas; las valoraciones de cada cliente en una etapa se promedian primero, para que cada cliente cuente una vez.
out-card-line-n = { $title }: { $value } (n { $n })
out-card-line = { $title }: { $value }
out-think-say = creemos { $think }, los clientes dicen { $say }

## KPIs against their target

out-kpi-wording = { $actual } · { $percent } del objetivo · { $verdict }
out-kpi-actual-of = { $actual } de { $target }
out-kpi-just-off-target = apenas fuera del objetivo
out-kpi-on-target = en el objetivo
out-kpi-points = puntos
out-kpi-short = { $delta } por debajo
out-kpi-above = { $delta } por encima
out-kpi-under = { $delta } por debajo
out-kpi-over = { $delta } por encima
out-percent = { $value } %
out-kpi-just-under-100 = justo por debajo del 100 %
out-kpi-just-over-100 = justo por encima del 100 %

## A figure computed from customer data

out-figure = { $value } (n { $n })
out-figure-ci = { $value } (IC del 95 % { $low }–{ $high }, n { $n })
out-figure-ci-percent = { $value } (IC del 95 % { $low }–{ $high }, n { $n })
