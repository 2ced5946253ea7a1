## The customer-data view

data-empty-title = Aún no hay datos de clientes
data-empty-text = Las exportaciones de encuestas, el NPS y las quejas que respaldan los mapas de este proyecto aparecen aquí una vez importados. Importa un archivo CSV o suéltalo en la ventana.
data-import = Importar datos…
data-import-tip = Una exportación de encuesta en CSV; o suelta el archivo en la ventana
data-heading = Datos de clientes
data-refresh = Actualizar desde el origen
data-refresh-tip = Volver a leer { $path }, conservando la configuración de columnas
data-delete = Eliminar
data-delete-tip = Quitar estos datos del proyecto (Deshacer los recupera)
data-format-csv = CSV, separador «{ $delimiter }»
data-format-xlsx = Excel, hoja «{ $sheet }»
data-summary = { $rows ->
        [one] { $rows } fila
       *[other] { $rows } filas
    } × { $columns ->
        [one] { $columns } columna
       *[other] { $columns } columnas
    } · { $format } · de { $path } · importado el { $imported }
data-rules-and = y
data-personas-selected = Personas seleccionadas por estos datos
data-columns-heading = Columnas y su asignación
data-col-column = Columna
data-col-type = Tipo
data-col-role = Rol
data-col-scale = Escala
data-col-missing = Sin respuesta
data-first-rows = { $count ->
        [one] Primera fila
       *[other] Primeras { $count } filas
    }
data-kind-number = Número
data-kind-category = Categoría
data-kind-text = Texto
data-kind-date = Fecha
data-target-card = tarjeta { $id }
data-target-stage = etapa { $name }
data-role-ignored = Ignorada
data-role-segment = Segmento
data-role-item-unmapped = Ítem (sin asignar)
data-role-item = Ítem → { $targets }
data-role-verbatim = Verbatim
data-role-verbatim-to = Verbatim → { $targets }

## Verbatims

data-verbatims = Verbatims
data-answers-to = Respuestas a
data-verbatim-about = { $column } — sobre { $about }
data-answers-from = de
data-every-respondent = Todos los encuestados
data-search-hint = 🔍 Buscar en las respuestas
data-search = Buscar en las respuestas
data-no-answer-matches = Ninguna respuesta coincide
data-answers-first = { $count } respuestas; se muestran las { $shown } primeras
data-answers = { $count ->
        [one] { $count } respuesta
       *[other] { $count } respuestas
    }
data-pin-evidence = Fijar como evidencia
data-no-hypotheses = El proyecto aún no tiene hipótesis

## The import window

import-title = Importar datos de clientes
import-reading = Leyendo { $path }…
import-cancel = Cancelar
import-tab = tabulador
import-utf8-bom = UTF-8 con BOM
import-header-first-row = la primera fila es el encabezado
import-no-header = sin fila de encabezado
import-format-csv = CSV separado por { $delimiter }, { $encoding }, { $header }
import-summary = { $rows } filas × { $columns } columnas · { $format }
import-name = Nombre
import-refreshing = Actualizando: las columnas conservan su configuración
import-columns = Columnas
import-columns-hint = Los ítems son valoraciones de puntos de contacto o etapas; los segmentos eligen a los clientes de las personas; los verbatims son respuestas libres.
import-first-rows = Primeras filas
import-refresh-rows = { $count ->
        [one] Actualizar { $count } fila
       *[other] Actualizar { $count } filas
    }
import-import-rows = { $count ->
        [one] Importar { $count } fila
       *[other] Importar { $count } filas
    }
import-skip-tip = Omite las filas con problemas, o cancela y corrige el archivo
import-all-fit = ✔ Cada fila se ajusta al tipo y la escala de sus columnas
import-problem-rows = { $count ->
        [one] { $count } fila no se puede importar tal como está:
       *[other] { $count } filas no se pueden importar tal como están:
    }
import-line = Línea { $line }: { $message }
import-and-more = y { $count } más
import-skip = Omitir estas filas (no se importan; el archivo no cambia)
import-col-values = Valores
import-type-of = Tipo de { $name }
import-role-of = Rol de { $name }
import-scale-of = Escala de { $name }
import-missing-hint = p. ej. 0, N/A
import-missing-of = Códigos de «sin respuesta» de { $name }
import-role-item = Ítem (valoración)
import-scale-none = Ninguna

## Importing and refreshing: values, messages and errors

import-sample-range = de { $min } a { $max }, { $count } valores distintos
import-sample-more = { $values } … ({ $count } más)
import-nothing-imported = No se importó nada
data-undo-delete = Eliminar datos
data-undo-refresh = Actualizar datos
data-undo-import = Importar datos
data-deleted = Se eliminaron los datos «{ $name }»; Deshacer los recupera
import-refresh-failed = No se pudieron actualizar los datos
import-failed = No se pudieron importar los datos
import-refresh-no-source = «{ $name }» no indica de qué archivo se leyó. Importa el archivo de nuevo. No se cambió nada.
import-refresh-no-folder = «{ $name }» se leyó de { $source }, una ruta relativa a la carpeta del archivo del proyecto, y este proyecto aún no tiene archivo (se creó a partir de una plantilla), así que no hay carpeta donde buscar. Guarda el proyecto en la carpeta de la que parte esa ruta, o importa de nuevo el archivo de datos. No se cambió nada.
import-refresh-missing = { $path }: ese archivo no existe. «{ $name }» se leyó de ahí; vuelve a poner el archivo, o impórtalo de nuevo desde donde está ahora. No se cambió nada.
import-refresh-missing-stored = { $path }: ese archivo no existe (el proyecto lo llama «{ $stored }» desde su propia carpeta). «{ $name }» se leyó de ahí; vuelve a poner el archivo, o impórtalo de nuevo desde donde está ahora. No se cambió nada.
import-busy = Se está leyendo un archivo de datos; espera o cancélalo primero
import-cancelled = Importación cancelada; no se cambió nada
import-read-error = { $path }: { $error }. No se cambió nada.
import-columns-gone = ; eliminadas: { $columns }
import-columns-new = ; nuevas: { $columns }
import-columns-changed = { $path }: las columnas del archivo cambiaron{ $changes }. Impórtalo como datos nuevos. No se cambió nada.
import-left-out = { $count ->
        [one] ; { $count } fila con problemas excluida
       *[other] ; { $count } filas con problemas excluidas
    }
import-done = { $label }: { $count ->
        [one] { $count } fila
       *[other] { $count } filas
    } de { $path }{ $left_out }

## The figures of a dataset

data-figures = Cifras
data-working = Calculando las cifras…
data-split-by = Dividir por
data-split-nothing = Nada (todos los encuestados)
data-updating = Actualizando…
data-no-number-columns = Estos datos no tienen columnas numéricas que resumir
data-segment-sizes = { $column }: { $sizes } filas
data-fig-mean = Media ± IC 95 %
data-fig-score = Top-box / NPS
data-fig-answers = Respuestas
data-fig-left-out = Excluidas
data-missing-empty = vacío
data-missing-empty-or = vacío o { $codes }
data-left-no-answer = { $count } sin respuesta ({ $codes })
data-left-off-scale = { $count } con valor no numérico o fuera de la escala { $min }–{ $max }
data-left-not-number = { $count } con valor no numérico
data-no-answers = sin respuestas
data-distribution = Distribución de { $column }
data-distribution-segment = Distribución de { $column } ({ $segment })
data-range = de { $min } a { $max }
data-nps = NPS { $score }
import-latin1 = Latin-1
import-thread-stopped = la lectura terminó sin resultado

## The curves view

data-chart-all-customers = Todos los clientes
data-chart-no-journeys = Aún no hay recorridos
data-chart-no-journeys-text = Las curvas se dibujan a lo largo de las etapas de un recorrido.
data-chart-heading = Curvas de satisfacción
data-chart-journey = Recorrido
data-chart-export = Exportar gráfico…
data-chart-export-tip = Guardar este gráfico como PNG, SVG o PDF

## The satisfaction chart, its legend and what hovering its points says

data-chart-value-ci = { $value } (IC 95 % de { $low } a { $high })
data-chart-from = fuente: { $source }
data-chart-moment = momento de la verdad
data-chart-pain = punto de dolor
data-chart-n-customers = { $count ->
        [one] n { $count } cliente
       *[other] n { $count } clientes
    }
data-chart-cards = { $count ->
        [one] { $count } tarjeta:
       *[other] { $count } tarjetas:
    }
data-chart-a-moment = un momento de la verdad
data-chart-a-pain = un punto de dolor
data-chart-by-card = Por tarjeta
data-chart-by-card-tip = Un punto por tarjeta, etapa tras etapa
data-chart-by-stage = Por etapa
data-chart-by-stage-tip = Un punto por etapa: la media de sus tarjetas (pasa el cursor sobre un punto para verlas)
data-chart-show = Mostrar
data-chart-moment-of-truth = Momento de la verdad
data-chart-pain-point = Punto de dolor
data-chart-gap = Brecha, supuesto → medido
data-chart-plot = Gráfico de curvas de satisfacción
data-chart-empty-title = Aún no hay emociones ni valoraciones en este recorrido
data-chart-empty-text = Da una emoción a las tarjetas, o asígnales una columna de valoraciones de tus datos de clientes, y las curvas aparecerán aquí.
data-chart-largest-gaps = Mayores brechas
data-chart-no-gaps = Las brechas aparecen donde una tarjeta tiene a la vez una emoción del taller y valoraciones de clientes asignadas.
data-chart-gaps-by-stage = Supuesto frente a medido por etapa, de mayor a menor
data-chart-gaps-by-card = Supuesto frente a medido, de mayor a menor
data-chart-customers = { $count ->
        [one] { $count } cliente
       *[other] { $count } clientes
    }
data-chart-gap-line = brecha { $gap } · n { $n }
data-chart-y-axis = Emoción (−3 a +3)
data-chart-gap-label = { $number } · brecha { $gap }

## Stage KPIs and NPS by stage

kpi-chart-hint = El valor real de cada KPI de etapa como porcentaje de su objetivo (100 % = en el objetivo); las barras naranjas no lo alcanzan.
kpi-chart-empty-title = No hay KPI de etapa con objetivo y valor real
kpi-chart-empty-text = Da a los KPI de una etapa un objetivo y un valor real (escrito, o calculado a partir de los datos de clientes) en el inspector.
kpi-chart-x-axis = % del objetivo
kpi-chart-bars = Real frente a objetivo
kpi-nps-hint = Promotores (9–10), pasivos (7–8) y detractores (0–6) de las respuestas de 0 a 10 asignadas a cada etapa o a sus tarjetas; NPS = % promotores − % detractores.
kpi-nps-empty-title = No hay respuestas de 0 a 10 asignadas a este recorrido
kpi-nps-empty-text = Asigna una columna de 0 a 10 (probabilidad de recomendar) de tus datos de clientes a una etapa o una tarjeta en el inspector.
kpi-nps-detractors = Detractores
kpi-nps-detractors-lower = detractores
kpi-nps-passives = Pasivos
kpi-nps-passives-lower = pasivos
kpi-nps-promoters = Promotores
kpi-nps-promoters-lower = promotores
kpi-nps-share = { $stage }: { $part } { $share }
kpi-nps-x-axis = % de las respuestas

## Kano classes

kpi-kano-hint = Clases de Kano de los puntos de contacto: según las respuestas Kano introducidas en el inspector, y deducidas de los datos de clientes (cuánto más a menudo los clientes están satisfechos en general cuando valoran un punto de contacto alto en lugar de medio, la recompensa, y medio en lugar de bajo, la penalización).
kpi-kano-empty-title = No hay respuestas Kano en este recorrido
kpi-kano-empty-text = Introduce las respuestas Kano de un punto de contacto en el inspector, o indica arriba la columna de satisfacción general de tus datos de clientes.
kpi-kano-outcome = Satisfacción general en «{ $dataset }»
kpi-kano-choose-column = Elegir una columna…
kpi-kano-none = Ninguna
kpi-kano-satisfied-when = cuenta como satisfecho cuando es
kpi-kano-choose = Elegir…
kpi-kano-top-two = sus dos puntos más altos cuentan como satisfecho
kpi-kano-undo-outcome = Elegir la columna de satisfacción general
kpi-kano-from-answers = Según las respuestas Kano
kpi-kano-answers-hover = { $count ->
        [one] mejor { $better }, peor { $worse } · { $count } respuesta
       *[other] mejor { $better }, peor { $worse } · { $count } respuestas
    }
kpi-kano-worse-axis = Peor: insatisfacción cuando falta
kpi-kano-better-axis = Mejor: satisfacción cuando está presente
kpi-kano-from-data = Según los datos de clientes
kpi-kano-data-hover = recompensa { $reward } puntos, penalización { $penalty } puntos · n { $n }
    fuente: { $source }
kpi-kano-penalty-axis = Penalización: menos satisfecho si se valora bajo
kpi-kano-reward-axis = Recompensa: más satisfecho si se valora alto

## Customer-data KPIs of a card or a stage (inspector)

kpi-nothing-mapped = Aún no hay ninguna columna de datos asignada aquí.
kpi-map-column-choose = Asignar una columna de datos…
kpi-map-column = Asignar una columna de datos
kpi-map-answers = { $column } · { $dataset } (respuestas)
kpi-map-rating = { $column } · { $dataset } (valoración)
kpi-undo-map = Asignar columna de datos
kpi-read = Leer ›
kpi-read-tip = Mostrar estas respuestas con búsqueda y filtro por persona
kpi-unmap-tip = Quitar la asignación de esta columna
kpi-undo-unmap = Quitar asignación de columna de datos
kpi-undo-unmap-rating = Quitar asignación de columna de valoraciones
kpi-all-respondents = Todos los encuestados: { $summary }
kpi-no-answers = No hay respuestas en esta columna.
kpi-no-segment-rule = ninguna regla de segmento selecciona a sus clientes en estos datos
kpi-none-answered = ninguno de sus clientes respondió
kpi-ci = (IC 95 % { $low }–{ $high })
kpi-top-box = top-box { $share }
