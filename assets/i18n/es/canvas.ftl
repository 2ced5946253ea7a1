## Inspector: several cards

inspector-cards-selected = { $count ->
        [one] { $count } tarjeta seleccionada
       *[other] { $count } tarjetas seleccionadas
    }
inspector-drag-them = Arrástralas a otra celda, o:

## Inspector: a card

inspector-card = Tarjeta
inspector-title = Título
inspector-edit-card-title = Editar título de la tarjeta
inspector-notes = Notas
inspector-edit-card-notes = Editar notas de la tarjeta
inspector-none = Ninguno
inspector-channel = Canal
inspector-change-channel = Cambiar canal
inspector-other-channel = Otro canal
inspector-contact = Contacto
inspector-change-contact = Cambiar contacto
inspector-department = Departamento
inspector-change-department = Cambiar departamento
inspector-other-department = Otro departamento
inspector-effort = Esfuerzo
inspector-not-rated = Sin valorar
inspector-change-effort = Cambiar esfuerzo
inspector-effort-1 = 1: muy fácil
inspector-effort-2 = 2: fácil
inspector-effort-3 = 3: algo de esfuerzo
inspector-effort-4 = 4: difícil
inspector-effort-5 = 5: muy difícil
inspector-emotion = Emoción
inspector-set-emotion = Indicar emoción
inspector-change-emotion = Cambiar emoción
inspector-target-emotion = Emoción objetivo (futura)
inspector-set-target-emotion = Indicar emoción objetivo (futura)
inspector-change-target-emotion = Cambiar emoción objetivo (futura)
inspector-feeling = Sentimiento
inspector-change-feeling = Cambiar sentimiento
inspector-other-feeling = Otro sentimiento
inspector-moment-of-truth = ⭐ Momento de la verdad
inspector-moment-of-truth-tip = Un paso con un impacto decisivo en el cliente
inspector-mark-moment-of-truth = Marcar como momento de la verdad
inspector-pain-point = ⚡ Punto de dolor
inspector-mark-pain-point = Marcar como punto de dolor
inspector-applies-to = Se aplica a
inspector-no-persona-walks = Ninguna persona sigue aún este recorrido: márcalas en «Personas que lo siguen» (haz clic en una celda vacía)
inspector-none-ticked = Ninguna marcada: todas las personas del recorrido
inspector-change-personas = Cambiar personas
inspector-hypotheses = Hipótesis
inspector-link-hypotheses = Vincular hipótesis
inspector-evidence = Evidencia

## Inspector: a link

inspector-link = Enlace
inspector-link-from = De «{ $title }»
inspector-link-to = a «{ $title }»
inspector-label = Etiqueta
inspector-label-link = Etiquetar enlace
inspector-delete-link = Eliminar enlace

## Inspector: a stage

inspector-stage = Etapa
inspector-name = Nombre
inspector-rename-stage = Renombrar etapa
inspector-phase = Fase
inspector-change-phase = Cambiar fase
inspector-description = Descripción
inspector-describe-stage = Describir etapa
inspector-width = Ancho
inspector-resize-stage = Cambiar tamaño de etapa
inspector-facilitator-notes = Notas del facilitador
inspector-edit-facilitator-notes = Editar notas del facilitador
inspector-delete-stage = { $count ->
        [one] Eliminar etapa ({ $count } tarjeta)
       *[other] Eliminar etapa ({ $count } tarjetas)
    }

## Inspector: a stage's KPIs

inspector-kpis = KPI
inspector-kpi = KPI
inspector-rename-kpi = Renombrar KPI
inspector-unit = Unidad
inspector-change-kpi-unit = Cambiar unidad del KPI
inspector-target = Objetivo
inspector-actual = Real
inspector-change-kpi-target = Cambiar objetivo del KPI
inspector-change-kpi-actual = Cambiar valor real del KPI
inspector-no-target-value = Sin valor objetivo
inspector-no-actual-value = Sin valor real
inspector-set-target = Indicar objetivo
inspector-set-actual = Indicar valor real
inspector-change-kpi-source = Cambiar origen del KPI
inspector-no-answers = sin respuestas
inspector-answers-n = n { $n }
inspector-actual-from-data = Real: { $value } { $unit } (de los datos, { $answers })
inspector-higher-better = Más alto es mejor
inspector-lower-better = Más bajo es mejor
inspector-change-kpi = Cambiar KPI
inspector-remove-kpi = Quitar KPI
inspector-add-kpi = + KPI
inspector-kpi-target-actual = objetivo { $target } · real { $actual }
inspector-off-target = ⚠ fuera del objetivo
inspector-on-target = ✔ en el objetivo
inspector-needs-target = Necesita un objetivo y un valor real
inspector-actual-comes-from = El valor real viene de
inspector-actual-from-data-name = Valor real de los datos
inspector-typed-by-hand = Escrito a mano
inspector-any-data = cualquier dato
inspector-kpi-source = { $statistic } de { $column } ({ $dataset })

## Inspector: a lane

inspector-lane = Carril
inspector-rename-lane = Renombrar carril
inspector-kind = Tipo
inspector-change-lane-kind = Cambiar tipo de carril
inspector-height = Altura
inspector-resize-lane = Cambiar tamaño de carril
inspector-delete-lane = { $count ->
        [one] Eliminar carril ({ $count } tarjeta)
       *[other] Eliminar carril ({ $count } tarjetas)
    }

## Inspector: the journey

inspector-journey = Recorrido
inspector-goal = Meta
inspector-edit-journey-goal = Editar meta del recorrido
inspector-describe-journey = Describir recorrido
inspector-personas-who-walk = Personas que lo siguen
inspector-change-journey-personas = Cambiar personas del recorrido
inspector-select-hint = Selecciona una tarjeta, una etapa o un carril para editarlo. N añade una tarjeta a la celda seleccionada.

## Inspector: locks

inspector-locked-stage = Bloqueada: esta etapa no se puede cambiar
inspector-locked-lane = Bloqueado: este carril no se puede cambiar
inspector-locked-map = Bloqueado: este mapa no se puede cambiar
inspector-lock-stage = Bloquear etapa
inspector-unlock-stage = Desbloquear etapa
inspector-lock-lane = Bloquear carril
inspector-unlock-lane = Desbloquear carril
inspector-lock-map = Bloquear mapa
inspector-unlock-map = Desbloquear mapa
inspector-unlock-tip = Permitir cambios de nuevo
inspector-lock-tip = Proteger de cambios accidentales (para desbloquear basta un clic aquí)

## Map: the names of undo steps, and what the status line says

canvas-no-such-journey = ese recorrido ya no existe
canvas-no-such-stage = esa etapa ya no existe
canvas-not-changed = Sin cambios: { $why }
canvas-add-card = Añadir tarjeta
canvas-move-card = Mover tarjeta
canvas-move-cards = Mover tarjetas
canvas-link-cards = Enlazar tarjetas
canvas-new-stage = Nueva etapa
canvas-add-stage = Añadir etapa
canvas-new-lane = Nuevo carril
canvas-add-lane = Añadir carril
canvas-new-kpi = Nuevo KPI
canvas-add-kpi = Añadir KPI
canvas-delete-stage = Eliminar etapa
canvas-delete-lane = Eliminar carril
canvas-move-stage = Mover etapa
canvas-move-lane = Mover carril
canvas-remove-card = Quitar tarjeta
canvas-remove-stage = Quitar etapa
canvas-remove-lane = Quitar carril
canvas-duplicate-cards = Duplicar tarjetas
canvas-cut-cards = Cortar tarjetas
canvas-cut-n = { $count ->
        [one] 1 tarjeta cortada
       *[other] { $count } tarjetas cortadas
    }
canvas-copied-n = { $count ->
        [one] 1 tarjeta copiada
       *[other] { $count } tarjetas copiadas
    }
canvas-delete-card = Eliminar tarjeta
canvas-delete-cards = Eliminar tarjetas
canvas-deleted-n = { $count ->
        [one] 1 tarjeta eliminada
       *[other] { $count } tarjetas eliminadas
    }
canvas-deleted-link = Enlace eliminado
canvas-deleted-stage = Etapa eliminada, con sus tarjetas
canvas-deleted-lane = Carril eliminado, con sus tarjetas
canvas-paste-cards = Pegar tarjetas
canvas-pasted-n = { $count ->
        [one] 1 tarjeta pegada
       *[other] { $count } tarjetas pegadas
    }
canvas-zoom = Zoom { $percent }

## Map: right-click menus

canvas-new-card-here = Nueva tarjeta aquí
canvas-rename = Renombrar
canvas-colour = Color
canvas-colour-none = Ninguno
canvas-colour-blue = Azul
canvas-colour-green = Verde
canvas-colour-yellow = Amarillo
canvas-colour-orange = Naranja
canvas-colour-red = Rojo
canvas-colour-purple = Morado
canvas-colour-teal = Verde azulado
canvas-colour-grey = Gris
canvas-recolour-stage = Cambiar color de la etapa
canvas-recolour-lane = Cambiar color del carril
canvas-insert-stage-before = Insertar etapa antes
canvas-insert-stage-after = Insertar etapa después
canvas-insert-lane-above = Insertar carril encima
canvas-insert-lane-below = Insertar carril debajo
canvas-delete-header-tip = Lo quita junto con sus tarjetas; Deshacer las recupera

## Inspector: a touchpoint's Kano answers

inspector-kano-answers = Respuestas Kano
inspector-kano-summary = { $count ->
        [one] { $count } respuesta · mejor { $better } · peor { $worse }
       *[other] { $count } respuestas · mejor { $better } · peor { $worse }
    }
inspector-kano-empty = Añade las respuestas de un cuestionario Kano sobre este punto de contacto.
inspector-kano-pair = { $count } × presente «{ $present }», ausente «{ $absent }» → { $class }
inspector-kano-take-off = Quitar una de estas respuestas
inspector-remove-kano-answer = Quitar respuesta Kano
inspector-kano-present = Si está presente
inspector-kano-absent = Si no está presente
inspector-kano-add-answer = Añadir respuesta ({ $class })
inspector-add-kano-answer = Añadir respuesta Kano

## Map: on the map itself

canvas-map-of = Mapa del recorrido { $name }
canvas-map-locked = 🔒 Mapa bloqueado
canvas-untitled-card = Tarjeta sin título
canvas-link-handle-tip = Arrastra hasta otra tarjeta para enlazarlas
canvas-type-then-enter = Escribe y pulsa Intro
canvas-card-title = Título de la tarjeta
canvas-stage-name = Nombre de la etapa
canvas-lane-name = Nombre del carril
canvas-fit-all = Ver todo
canvas-fit-width = Ajustar al ancho
canvas-command-tip = { $command }: { $tip }
canvas-add-stage-button = + Etapa
canvas-add-stage-tip = Añadir una etapa al final
canvas-add-lane-button = + Carril
canvas-add-lane-tip = Añadir un carril abajo

## Map: presenting

canvas-present-place = Etapa { $number } de { $count }: { $name }
canvas-present-back = → etapa { $number }: { $name }
canvas-present-whole = Todo el recorrido
canvas-present-name = Presentación de { $name }, { $place }
canvas-present-keys = Inicio todo el recorrido · T temporizador · Esc salir
