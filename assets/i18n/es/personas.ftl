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
persona-slider-tip = Al { $percent } del camino de “{ $left }” a “{ $right }”
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
persona-walks = Recorre “{ $journey }”
persona-undo-walk = Añadir la persona al recorrido
persona-undo-unwalk = Quitar la persona del recorrido
persona-show-journey = Ver ›
persona-show-journey-tip = Abrir el recorrido “{ $journey }”
persona-export-one-pager = Exportar ficha…
persona-export-one-pager-tip = Una página con todo sobre esta persona, en PNG, SVG o PDF
persona-save-to-file = Guardar en archivo…
persona-save-to-file-tip = Un archivo de journeymap con esta persona, que otros proyectos pueden importar
persona-duplicate = Duplicar
persona-duplicate-tip = Una copia para variar
persona-delete = Eliminar…
persona-delete-tip = Eliminar esta persona (Deshacer la recupera)
