## Persona editor: header

persona-editor-heading = Persona
persona-editor-close-tip = Cerrar el editor
persona-photo-change = Cambiar foto…
persona-photo-choose = Elegir foto…
persona-photo-tip = Un PNG o JPEG; se reduce y se guarda en el archivo del proyecto
persona-photo-remove = Quitar foto
persona-photo-drop-hint = o suelta una imagen en la ventana
persona-colour = Color
persona-colour-tip = El color del avatar, y el de los puntos y la curva de la persona en los mapas
persona-undo-colour = Cambiar el color de la persona
persona-name = Nombre
persona-undo-rename = Renombrar persona
persona-segment = Segmento o rol
persona-undo-segment = Editar segmento o rol
persona-market = Mercado
persona-market-b2c = B2C (consumidores)
persona-market-b2b = B2B (empresas)
persona-undo-market = Cambiar mercado
persona-status = Estado
persona-undo-status = Cambiar el estado de la persona

## Persona editor: demographics and story

persona-section-demographics = Datos demográficos
persona-age = Edad
persona-undo-age = Editar edad
persona-location = Ubicación
persona-undo-location = Editar ubicación
persona-occupation = Ocupación
persona-undo-occupation = Editar ocupación
persona-add-fact = + Añadir un dato (p. ej. Hogar)
persona-section-story = En sus palabras
persona-quote = Cita
persona-undo-quote = Editar cita
persona-description = Descripción
persona-undo-description = Editar descripción

## Persona editor: goals, needs and fears

persona-section-lists = Objetivos, necesidades y miedos
persona-one-per-line = Uno por línea.
persona-goals = Objetivos
persona-undo-goals = Editar objetivos
persona-needs = Necesidades
persona-undo-needs = Editar necesidades
persona-expectations = Expectativas
persona-undo-expectations = Editar expectativas
persona-frustrations = Miedos y frustraciones
persona-undo-frustrations = Editar miedos y frustraciones
persona-behaviours = Comportamientos
persona-undo-behaviours = Editar comportamientos

## Persona editor: channels

persona-section-channels = Canales preferidos
persona-channels-hint = Marcados por orden de importancia; el primero es el favorito.
persona-undo-channels = Cambiar canales preferidos
persona-another-channel = Otro canal
persona-undo-add-channel = Añadir canal preferido

## Persona editor: behaviour scales

persona-section-behaviour = Comportamiento
persona-behaviour-hint = Dónde se sitúa la persona entre dos polos que nombra el equipo.
persona-undo-scale = Editar escala de comportamiento
persona-left-pole = Polo izquierdo
persona-right-pole = Polo derecho
persona-slider-tip = Al { $percent } del camino de «{ $left }» a «{ $right }»
persona-slider-name = Entre { $left } y { $right }
persona-undo-slider = Mover el control de comportamiento
persona-remove-scale-tip = Quitar esta escala
persona-undo-remove-scale = Quitar escala de comportamiento
persona-add-scale = + Añadir una escala (p. ej. Guiado por el precio ↔ Guiado por la calidad)
persona-undo-add-scale = Añadir escala de comportamiento
persona-scale-left-default = Guiado por el precio
persona-scale-right-default = Guiado por la calidad

## Persona editor: segment in the data

persona-section-segment-rules = Segmento en los datos
persona-segment-rules-hint = Los clientes de los datos importados que cumplen todas las reglas son los clientes de esta persona.
persona-any-dataset = Cualquier conjunto de datos
persona-rule-dataset = Conjunto de datos de la regla
persona-undo-rule = Cambiar regla de segmento
persona-undo-edit-rule = Editar regla de segmento
persona-rule-column = Columna
persona-value = Valor
persona-remove-rule-tip = Quitar esta regla
persona-undo-remove-rule = Quitar regla de segmento
persona-add-rule = + Añadir una regla (columna = valor)
persona-undo-add-rule = Añadir regla de segmento

## Persona editor: custom fields

persona-section-custom = Campos personalizados
persona-add-field = + Añadir un campo
persona-field-name = Nombre del campo
persona-undo-field = Editar campo
persona-remove-field-tip = Quitar este campo
persona-undo-remove-field = Quitar campo
persona-undo-add-field = Añadir campo

## Persona editor: journeys and actions

persona-section-journeys = Recorridos
persona-no-journeys = El proyecto aún no tiene recorridos.
persona-walks = Recorre «{ $journey }»
persona-undo-walk = Añadir la persona al recorrido
persona-undo-unwalk = Quitar la persona del recorrido
persona-show-journey = Ver ›
persona-show-journey-tip = Abrir el recorrido «{ $journey }»
persona-export-one-pager = Exportar ficha…
persona-export-one-pager-tip = Una página con todo sobre esta persona, en PNG, SVG o PDF
persona-save-to-file = Guardar en archivo…
persona-save-to-file-tip = Un archivo de journeymap con esta persona, que otros proyectos pueden importar
persona-duplicate = Duplicar
persona-duplicate-tip = Una copia para crear una variante
persona-delete = Eliminar…
persona-delete-tip = Eliminar esta persona (Deshacer la recupera)

## Persona gallery

persona-gallery-heading = Personas
persona-count = { $count ->
        [one] 1 persona
       *[other] { $count } personas
    }
persona-new = + Nueva persona
persona-new-tip = Añadir una persona y editarla
persona-import = Importar de un proyecto…
persona-import-tip = Copiar personas (con sus fotos) de otro archivo de journeymap
persona-search-hint = 🔍 Buscar nombre, segmento, cita, objetivos…
persona-search = Buscar personas
persona-search-clear = Borrar
persona-sort-by = Ordenar por
persona-sort-project = Orden del proyecto
persona-show = Mostrar
persona-show-all-markets = B2C y B2B
persona-show-b2c = Solo B2C
persona-show-b2b = Solo B2B
persona-show-all-statuses = Proto y validadas
persona-show-proto = Proto-personas
persona-show-validated = Validadas
persona-no-match = Ninguna persona coincide
persona-no-match-hint = Borra la búsqueda o los filtros de arriba para ver todas las personas.
persona-empty = Aún no hay personas
persona-empty-hint = Las personas son los clientes típicos cuyos recorridos muestran los mapas: quiénes son, qué quieren, qué temen.

## Persona gallery: a persona's tile and its menu

persona-unnamed = Persona sin nombre
persona-tag-proto = Proto-persona
persona-tag-validated = Validada
persona-no-quote = Aún sin cita
persona-walks-none = Aún no está en ningún recorrido
persona-walks-many = 🗺 { $count } recorridos: { $journeys }
persona-menu-edit = Editar
persona-move-earlier = Mover antes
persona-move-later = Mover después

## Persona actions: undo steps and messages

persona-default-name = Nueva persona { $number }
persona-undo-new = Nueva persona
persona-undo-duplicate = Duplicar persona
persona-undo-move = Mover persona
persona-undo-delete = Eliminar persona
persona-undo-photo = Poner foto
persona-undo-import = Importar personas
persona-deleted = Se eliminó la persona «{ $name }»; Deshacer la recupera
persona-photo-busy = Todavía se está leyendo una foto; vuelve a intentarlo en un momento
persona-photo-reading = Leyendo la foto { $path }…
persona-photo-stopped = la lectura se detuvo inesperadamente
persona-photo-orphan = La persona se eliminó mientras se leía su foto; no cambió nada
persona-photo-size = { $width } x { $height } píxeles, { $kilobytes } KB
persona-photo-set = Foto de { $name } puesta ({ $size }, guardada en el proyecto)
persona-photo-error = No se pudo usar la imagen
persona-photo-error-text = { $path }: { $error }. No se cambió nada.
persona-import-none = No hay personas que importar
persona-import-none-text = { $path } no contiene personas, así que no hay nada que importar. No se cambió nada.
persona-import-error = No se pudieron importar las personas
persona-import-error-text = { $error } No se cambió nada.
persona-imported = { $count ->
        [one] Se importó 1 persona de { $file }
       *[other] Se importaron { $count } personas de { $file }
    }
persona-saved = { $name } guardada en { $path }; impórtala en otro proyecto con «Importar de un proyecto…»
persona-save-error = No se pudo guardar la persona

## Hypotheses board

hyp-heading = Hipótesis
hyp-new = + Nueva hipótesis
hyp-new-tip = Anotar algo que el equipo cree, para comprobarlo
hyp-empty = Aún no hay hipótesis
hyp-empty-hint = Las hipótesis son lo que el equipo cree pero no ha comprobado. Añade una y respáldala con cifras de los datos de clientes, verbatims o notas de entrevistas.
hyp-subtitle = Lo que el equipo cree, ordenado según lo que dice la evidencia

## Hypotheses board: a hypothesis

hyp-edit-tip = Editar el enunciado, el responsable y las personas
hyp-edit-name = Editar { $statement }
hyp-owner = Responsable
hyp-cards = Tarjetas: { $cards }
hyp-status = Estado
hyp-undo-status = Estado de la hipótesis: { $status }
hyp-add-evidence = Añadir evidencia
hyp-statement = Enunciado
hyp-undo-statement = Editar hipótesis
hyp-undo-owner = Editar responsable de la hipótesis
hyp-about = Sobre
hyp-undo-personas = Cambiar personas de la hipótesis
hyp-done = Listo

## Hypotheses board: evidence

hyp-group-everyone = todos
hyp-group-and = y
hyp-no-value = aún sin valor
hyp-figure-detail = { $statistic } de { $column } para { $group }: { $value }
hyp-figure-compare = ; para { $group }: { $value }
hyp-interview-detail = { $who }: { $text }
hyp-remove-evidence-tip = Quitar esta evidencia de la hipótesis
hyp-remove-evidence-name = Quitar evidencia { $title }

## Hypotheses board: adding evidence

hyp-kind-figure = Cifra de los datos
hyp-kind-interview = Nota de entrevista
hyp-no-data-hint = Importa datos de clientes para respaldar las hipótesis con cifras.
hyp-who-hint = Quién (p. ej. Conductor de flota, entrevista 7)
hyp-who = Quién lo dijo
hyp-said-hint = Lo que dijo o lo que se observó
hyp-said = Lo que se dijo
hyp-add-note = Añadir nota
hyp-interview-title = Nota de entrevista
hyp-interview-title-who = Entrevista: { $who }
hyp-document-title = Documento
hyp-data = Datos
hyp-data-name = Datos de la cifra
hyp-column = Columna
hyp-choose = Elegir…
hyp-column-name = Columna de la cifra
hyp-statistic = Estadístico
hyp-statistic-name = Estadístico de la cifra
hyp-customers = Clientes
hyp-everyone = Todos
hyp-segment-name = Columna de segmento de la cifra
hyp-where = Con el valor
hyp-where-name = Valor de segmento de la cifra
hyp-compared = Comparado con
hyp-compared-name = Valor comparado
hyp-add-figure = Añadir cifra
hyp-add-figure-disabled = Elige una columna (y un valor de segmento)
hyp-figure-title = { $statistic } de { $column }
hyp-figure-title-value = { $statistic } de { $column }: { $value }
hyp-figure-title-compare = { $statistic } de { $column }: { $value } frente a { $compare }

## Hypotheses: undo steps and messages

hyp-default-statement = Nueva hipótesis { $number }
hyp-undo-new = Nueva hipótesis
hyp-no-figure = Los datos no dan ninguna cifra para esa pregunta (no hay respuestas en ese grupo)
hyp-undo-add-evidence = Añadir evidencia
hyp-undo-remove-evidence = Quitar evidencia
