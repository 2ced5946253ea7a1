## Menus

menu-file = Archivo
menu-edit = Editar
menu-map = Mapa
menu-workshop = Taller
menu-view = Ver
menu-help = Ayuda

## Commands: the label in menus, then what it does (hover text)

cmd-new = Nuevo
cmd-new-tip = Empezar un proyecto vacío
cmd-new-from-template = Nuevo desde plantilla…
cmd-new-from-template-tip = Empezar un proyecto a partir de una plantilla, elegida por su imagen
cmd-open = Abrir…
cmd-open-tip = Abrir un archivo de proyecto (.ron)
cmd-save = Guardar
cmd-save-tip = Guardar el proyecto en su archivo
cmd-save-as = Guardar como…
cmd-save-as-tip = Guardar el proyecto en un archivo nuevo
cmd-save-copy = Guardar una copia…
cmd-save-copy-tip = Escribir el proyecto tal como está en otro archivo; el archivo abierto sigue siendo el que escribe Guardar (en una sesión en vivo: una instantánea fuera de la sesión)
cmd-export = Exportar…
cmd-export-tip = Exportar mapas del recorrido o fichas de persona en PNG, SVG o PDF
cmd-quit = Salir
cmd-quit-tip = Cerrar journeymap
cmd-undo = Deshacer
cmd-undo-tip = Deshacer el último cambio
cmd-redo = Rehacer
cmd-redo-tip = Rehacer el último cambio deshecho
cmd-cut = Cortar
cmd-cut-tip = Quitar las tarjetas seleccionadas y guardarlas para pegarlas
cmd-copy = Copiar
cmd-copy-tip = Guardar las tarjetas seleccionadas para pegarlas
cmd-paste = Pegar
cmd-paste-tip = Poner las tarjetas copiadas (o las líneas de un texto copiado) en la celda seleccionada
cmd-duplicate = Duplicar
cmd-duplicate-tip = Copiar las tarjetas seleccionadas en su sitio
cmd-delete-selection = Eliminar
cmd-delete-selection-tip = Eliminar las tarjetas, el enlace, la etapa o el carril seleccionados
cmd-select-all = Seleccionar todas las tarjetas
cmd-select-all-tip = Seleccionar todas las tarjetas del mapa
cmd-clear-selection = Seleccionar solo la tarjeta actual
cmd-clear-selection-tip = Dejar seleccionada solo la tarjeta actual
cmd-new-card = Nueva tarjeta
cmd-new-card-tip = Añadir una tarjeta en la celda seleccionada y escribir su título
cmd-edit-card = Editar texto
cmd-edit-card-tip = Escribir el título de la tarjeta seleccionada (o el nombre de la etapa o del carril seleccionado)
cmd-add-stage = Añadir etapa
cmd-add-stage-tip = Añadir una etapa después de la seleccionada
cmd-add-lane = Añadir carril
cmd-add-lane-tip = Añadir un carril debajo del seleccionado
cmd-new-journey = Nuevo recorrido
cmd-new-journey-tip = Añadir un recorrido con las etapas y carriles habituales
cmd-new-journey-from-template = Nuevo recorrido desde plantilla…
cmd-new-journey-from-template-tip = Añadir a este proyecto el recorrido de una plantilla (etapas, carriles y tarjetas)
cmd-duplicate-journey = Duplicar recorrido
cmd-duplicate-journey-tip = Copiar el recorrido mostrado, con todas sus tarjetas
cmd-delete-journey = Eliminar recorrido
cmd-delete-journey-tip = Eliminar el recorrido mostrado, con todas sus tarjetas
cmd-toggle-card-colors = Colorear tarjetas por emoción
cmd-toggle-card-colors-tip = Colorear las tarjetas según su emoción en lugar de su carril
cmd-move-left = Seleccionar a la izquierda
cmd-move-left-tip = Seleccionar la tarjeta o celda de la izquierda
cmd-move-right = Seleccionar a la derecha
cmd-move-right-tip = Seleccionar la tarjeta o celda de la derecha
cmd-move-up = Seleccionar arriba
cmd-move-up-tip = Seleccionar la tarjeta o celda de arriba
cmd-move-down = Seleccionar abajo
cmd-move-down-tip = Seleccionar la tarjeta o celda de abajo
cmd-show-journeys = Recorridos
cmd-show-journeys-tip = Los mapas de los recorridos del proyecto
cmd-show-personas = Personas
cmd-show-personas-tip = Las personas del proyecto
cmd-show-hypotheses = Hipótesis
cmd-show-hypotheses-tip = Las hipótesis del equipo por estado, con su evidencia
cmd-show-data = Datos de clientes
cmd-show-data-tip = Los datos de clientes importados y su relación con los recorridos
cmd-show-curves = Curvas
cmd-show-curves-tip = Curvas de satisfacción por persona a lo largo de cada recorrido
cmd-present = Presentar
cmd-present-tip = El mapa a pantalla completa para una sala, etapa por etapa, en alto contraste (Esc para salir)
cmd-timer = Temporizador…
cmd-timer-tip = Minutos por ejercicio, con una cuenta atrás que la sala puede leer
cmd-vote = Votación por puntos…
cmd-vote-tip = Abrir una votación por puntos en este mapa, poner los puntos de cada participante, cerrarla para ordenar las tarjetas
cmd-capture = Captura rápida
cmd-capture-tip = Escribir notas en la celda seleccionada o en el aparcamiento de ideas, sin diálogos
cmd-live-start = Iniciar sesión en vivo…
cmd-live-start-tip = Compartir este proyecto con los portátiles de la red: todos editan el mapa en vivo (muestra el enlace para unirse cuando hay una sesión)
cmd-live-join = Unirse a una sesión en vivo…
cmd-live-join-tip = Abrir un mapa que alguien comparte en vivo, con el enlace que te da
cmd-follow-facilitator = Seguir al facilitador
cmd-follow-facilitator-tip = En una sesión en vivo: presentar lo que presenta el facilitador, etapa por etapa con él (si te mueves por tu cuenta, dejas de seguirlo)
cmd-fit-width = Ajustar al ancho
cmd-fit-width-tip = Mostrar las etapas a lo ancho de la pantalla, tan grandes como se lean bien; los carriles de abajo se desplazan
cmd-fit-to-screen = Ver todo
cmd-fit-to-screen-tip = Mostrar el mapa entero, aunque quede pequeño
cmd-zoom-to-selection = Zoom a la selección
cmd-zoom-to-selection-tip = Mostrar las tarjetas seleccionadas tan grandes como quepan
cmd-zoom-in = Acercar
cmd-zoom-in-tip = Agrandar el mapa
cmd-zoom-out = Alejar
cmd-zoom-out-tip = Reducir el mapa
cmd-zoom-reset = Zoom al 100 %
cmd-zoom-reset-tip = Mostrar el mapa a su tamaño real
cmd-side-panels = Paneles laterales
cmd-side-panels-tip = Mostrar u ocultar la navegación, la lista de recorridos y el inspector, para dar al mapa todo el ancho
cmd-interface-larger = Más grande
cmd-interface-larger-tip = Agrandar menús, paneles y texto
cmd-interface-smaller = Más pequeño
cmd-interface-smaller-tip = Reducir menús, paneles y texto
cmd-interface-normal = Tamaño normal
cmd-interface-normal-tip = Volver al tamaño normal de la interfaz
cmd-theme-light = Claro
cmd-theme-light-tip = Colores claros
cmd-theme-dark = Oscuro
cmd-theme-dark-tip = Colores oscuros
cmd-theme-system = Como el sistema
cmd-theme-system-tip = Claro u oscuro, según el ajuste del sistema
cmd-show-problems = Problemas encontrados al abrir…
cmd-show-problems-tip = Lo que se reparó al abrir el proyecto
cmd-shortcuts = Atajos de teclado
cmd-shortcuts-tip = Todos los atajos de teclado
cmd-about = Acerca de journeymap
cmd-about-tip = Versión y licencias

cmd-language-system = Idioma del sistema
cmd-language-system-tip = El idioma configurado en el sistema (inglés si es otro)
cmd-language-english = English
cmd-language-english-tip = Mostrar journeymap en inglés
cmd-language-french = Français
cmd-language-french-tip = Mostrar journeymap en francés
cmd-language-spanish = Español
cmd-language-spanish-tip = Mostrar journeymap en español

submenu-interface-size = Tamaño de la interfaz
submenu-theme = Tema
submenu-language = Idioma
menu-open-recent = Abrir reciente

## Dropping files on the window

drop-hint = Suelta un proyecto (.ron) para abrirlo, datos de clientes (.csv) para importarlos,
    o una imagen en la vista de personas para usarla como foto

## Undo and redo (hover text of the Edit menu)

undo-nothing = Nada que deshacer
undo-step = Deshacer: { $step }
redo-nothing = Nada que rehacer
redo-step = Rehacer: { $step }

## Status bar

status-unsaved = ● Cambios sin guardar
status-saved = Guardado
status-project-counts = { $journeys ->
        [one] { $journeys } recorrido
       *[other] { $journeys } recorridos
    } · { $cards ->
        [one] { $cards } tarjeta
       *[other] { $cards } tarjetas
    } · { $personas ->
        [one] { $personas } persona
       *[other] { $personas } personas
    } · { $hypotheses ->
        [one] { $hypotheses } hipótesis
       *[other] { $hypotheses } hipótesis
    }
status-repaired = ⚠ { $count ->
        [one] { $count } reparación
       *[other] { $count } reparaciones
    }
status-repaired-tip = Ver lo que se reparó al abrir el proyecto

## Live session in the status bar

status-joining = Uniéndose…
status-starting = Iniciando…
status-live-alone = En vivo · solo tú por ahora
status-live-people = En vivo · { $count ->
        [one] { $count } persona
       *[other] { $count } personas
    }
status-live-sending = En vivo · enviando { $count ->
        [one] { $count } cambio
       *[other] { $count } cambios
    }
status-offline-reconnecting = Sin conexión · reconectando
status-offline-unsent = Sin conexión · { $count ->
        [one] { $count } cambio
       *[other] { $count } cambios
    } por enviar
status-refused = Acceso denegado: { $reason }
status-live-tip = La sesión en vivo: haz clic para ver su enlace
status-person-tip = { $role ->
        [facilitator] { $name } (facilitador) está en esta sesión en vivo
        [viewer] { $name } (espectador) está en esta sesión en vivo
       *[editor] { $name } está en esta sesión en vivo
    }

## Keys, as shortcuts name them (English as egui names them)

key-alt = Alt
key-ctrl = Ctrl
key-shift = Mayús
key-cmd = Cmd
key-option = Opción
key-down = Abajo
key-left = Izquierda
key-right = Derecha
key-up = Arriba
key-escape = Esc
key-tab = Tab
key-backspace = Retroceso
key-enter = Intro
key-insert = Insert
key-delete = Supr
key-home = Inicio
key-end = Fin
key-page-up = RePág
key-page-down = AvPág
key-space = Espacio
key-minus = Menos
key-plus = Más
key-equals = Igual

## egui's own accessible names (a screen reader says them; English as egui names them)

a11y-close-window = Cerrar la ventana
a11y-resize-panel = Cambiar el tamaño del panel
a11y-window-hide = Ocultar
a11y-window-show = Mostrar
a11y-resize-right = Cambiar el tamaño de la ventana por el borde derecho
a11y-resize-left = Cambiar el tamaño de la ventana por el borde izquierdo
a11y-resize-bottom = Cambiar el tamaño de la ventana por el borde inferior
a11y-resize-top = Cambiar el tamaño de la ventana por el borde superior
a11y-resize-bottom-right = Cambiar el tamaño de la ventana por la esquina inferior derecha
a11y-resize-top-right = Cambiar el tamaño de la ventana por la esquina superior derecha
a11y-resize-bottom-left = Cambiar el tamaño de la ventana por la esquina inferior izquierda
a11y-resize-top-left = Cambiar el tamaño de la ventana por la esquina superior izquierda
