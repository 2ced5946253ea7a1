## Journeys view: the list of journeys and the bar above the map

journeys-empty = Aún no hay recorridos
journeys-empty-hint = Añade uno con «+ Nuevo recorrido» a la izquierda, o parte de una plantilla con Archivo › Nuevo desde plantilla…
journeys-heading = Recorridos
journeys-name-field = Nombre del recorrido
journeys-undo-rename = Renombrar recorrido
journeys-rename = Renombrar
journeys-duplicate = Duplicar
journeys-move-up = Subir
journeys-move-down = Bajar
journeys-undo-move = Mover recorrido
journeys-delete = { $count ->
        [one] Eliminar ({ $count } tarjeta)
       *[other] Eliminar ({ $count } tarjetas)
    }
journeys-delete-tip = Deshacer lo recupera
journeys-new = + Nuevo recorrido
journeys-position = { $index } de { $count }
journeys-hide-panels = Ocultar paneles
journeys-show-panels = Mostrar paneles
journeys-journey-label = Recorrido
journeys-show-label = Mostrar
journeys-every-persona = Todas las personas
journeys-colour-by-emotion = Color por emoción

## Start page

start-new-blank-project = Nuevo proyecto en blanco
start-recent = Recientes
start-file-gone = El archivo ya no está ahí
start-not-found = { $folder } · no encontrado
start-from-template = Empieza desde una plantilla o un ejemplo
start-from-template-intro = Cada uno se abre como una copia sin título: el de la aerolínea trae sus datos de encuesta importados y contrastados con las creencias del equipo.

## Template gallery

template-new-project-heading = Nuevo desde plantilla
template-new-project-intro = Empieza un proyecto nuevo a partir de uno de estos mapas; se abre como una copia sin título.
template-blank-project = Proyecto en blanco
template-blank-project-summary = Un recorrido vacío con las etapas y carriles habituales
template-new-journey-heading = Nuevo recorrido desde plantilla
template-new-journey-intro = Añade el recorrido de una plantilla a este proyecto: sus etapas, carriles y tarjetas. Sus personas y datos se quedan en la plantilla.
template-blank-journey = Recorrido en blanco
template-blank-journey-summary = Las etapas y carriles habituales, sin tarjetas
template-cancel = Cancelar
template-drawing-preview = Dibujando el mapa…
template-error-title = No se pudo usar la plantilla
template-undo-new-journey = Nuevo recorrido desde plantilla
template-journey-added = Se añadió el recorrido «{ $name }» de la plantilla { $template }; sus personas se quedan en la plantilla

## Dot vote: the window

vote-title = Votación por puntos
vote-waiting-for-facilitator = El facilitador abre las votaciones de esta sesión en vivo; la votación aparece aquí cuando lo hace.
vote-take-back-click-mac = Cmd+clic
vote-take-back-click = Ctrl+clic
vote-viewer = Estás viendo esta sesión: los demás ponen sus puntos.
vote-join-intro = { $dots ->
        [one] { $dots } punto por persona
       *[other] { $dots } puntos por persona
    }. Únete a la votación para poner los tuyos desde este portátil.
vote-join-as = Unirse a la votación como { $name }
vote-you-vote-as = Votas como { $name }: te quedan { $left } de { $dots } puntos
vote-participant-hint = Haz clic en una tarjeta para darle uno de tus puntos; { $take_back } lo retira. El facilitador cierra la votación.
vote-new = Nueva votación
vote-question = Pregunta
vote-question-hint = p. ej. Peores puntos de dolor
vote-dots-per-participant = Puntos por participante
vote-participants = Participantes: nombres, uno por línea, o cuántos son
vote-everyone-here = Todos los presentes
vote-everyone-here-tip = Las personas de esta sesión en vivo, cada una votando desde su portátil
vote-participant-count = { $count ->
        [one] { $count } participante
       *[other] { $count } participantes
    }, { $dots } puntos en total
vote-open = Abrir votación
vote-dots-cast = { $dots } puntos por persona · { $cast } de { $total } puestos
vote-facilitator-hint = Haz clic en una tarjeta para darle un punto del participante elegido abajo; { $take_back } lo retira. O selecciona una tarjeta y pulsa la tecla de un participante (Mayús+tecla lo retira).
vote-dots-left = quedan { $left } de { $dots }
vote-close = Cerrar y clasificar
vote-close-tip = No más puntos: las tarjetas se clasifican y los resultados se guardan en el proyecto
vote-results = Resultados
vote-no-dots = No se puso ningún punto.
vote-dots = { $count ->
        [one] { $count } punto
       *[other] { $count } puntos
    }
vote-more = y { $count } más
vote-hide-from-map = Ocultar del mapa
vote-show-on-map = Mostrar en el mapa
vote-show-disabled-tip = Los puntos de la votación abierta están en el mapa hasta que se cierre
vote-delete = Eliminar votación

## Dot vote: undo steps and messages

vote-undo-close = Cerrar votación
vote-closed-no-dots = Votación cerrada; no se puso ningún punto
vote-closed = Votación cerrada: { $top }
vote-undo-delete = Eliminar votación
vote-deleted = Votación eliminada; Deshacer la recupera
vote-not-done = No se hizo: { $why }
vote-undo-open = Abrir votación
vote-opened = Votación abierta: { $count ->
        [one] { $count } participante
       *[other] { $count } participantes
    }, { $dots } puntos por persona. Haz clic en una tarjeta para darle un punto
vote-error-no-journey = ese recorrido ya no existe
vote-error-no-open-vote = no hay ninguna votación abierta en este mapa
vote-undo-cast = Poner un punto
vote-undo-take-back = Retirar un punto
vote-cast-put = { $who } puso un punto en «{ $card }» (quedan { $left })
vote-cast-taken = { $who } retiró un punto de «{ $card }» (quedan { $left })
vote-undo-join = Unirse a la votación
vote-no-such-participant = Esta votación tiene { $count ->
        [one] { $count } participante
       *[other] { $count } participantes
    }; no hay participante { $number }
vote-select-card-first = Selecciona primero una tarjeta: la tecla le pone el punto de ese participante

## Timer

timer-title = Temporizador
timer-time-up = Se acabó el tiempo
timer-minutes = Minutos
timer-pause = Pausa
timer-start = Iniciar
timer-reset = Reiniciar
timer-chime = Sonar al acabar el tiempo
timer-presentation-hint = En modo presentación (F5) la cuenta atrás se ve en grande; T la inicia o la pausa.

## Quick capture and the parking lot

capture-field = Captura
capture-to-parking-lot = el aparcamiento de ideas
capture-to-parking-lot-tip = Las notas esperan bajo el mapa hasta que las arrastres a él
capture-to-selected-cell = la celda seleccionada
capture-to-cell = la celda { $cell }
capture-to-cell-tip = Las notas se convierten en tarjetas en la celda seleccionada en el mapa
capture-into = en
capture-hint = Escribe una nota; Intro la guarda
capture-parking-lot = Aparcamiento de ideas ({ $count })
capture-parking-lot-empty = vacío: las notas enviadas aquí esperan a que las arrastres al mapa
capture-note-from = {" "}(de { $journey })
capture-note-tip = Arrástrala al mapa para convertirla en tarjeta; clic derecho para más
capture-put-in-selected-cell = Poner en la celda seleccionada
capture-delete-note = Eliminar nota
capture-undo-delete-note = Eliminar nota aparcada
capture-undo-park-note = Aparcar una nota
capture-parked = Aparcada: { $text }
capture-no-cell = No hay ninguna celda donde poner la nota; envíala al aparcamiento de ideas
capture-undo-capture-card = Capturar una tarjeta
capture-captured-into = Capturada en { $cell }
capture-undo-place-note = Poner una nota aparcada en el mapa
capture-placed = Puesta en el mapa en { $cell }

## Live session

live-error-server-address = La dirección de un servidor de sincronización empieza por ws:// o wss://
live-starting = Iniciando la sesión en vivo…
live-started = Sesión en vivo iniciada: comparte el enlace
live-error-start = No se pudo iniciar una sesión en vivo
live-hosting-again = Vuelves a alojar la sesión en vivo
live-error-host-again = No se pudo volver a alojar la sesión en vivo ({ $error }): el archivo queda abierto por separado; Taller › Iniciar sesión en vivo lo comparte de nuevo
live-joining = Uniéndote a la sesión en vivo…
live-left = Has salido de la sesión en vivo; el mapa sigue abierto
live-following = Sigues al facilitador: ves la etapa que presenta
live-not-following = Ya no sigues al facilitador
live-stopped-following = Ya no sigues al facilitador (Taller › Seguir al facilitador)
live-rejoined = Has vuelto a unirte a la sesión en vivo
live-error-rejoin = No fue posible volver a unirse a la sesión en vivo ({ $error }): el archivo queda abierto por separado
live-joined = Te has unido a la sesión en vivo
live-joined-viewing = Te has unido a la sesión en vivo (solo lectura)
live-error-join = No fue posible unirse a la sesión en vivo
live-not-shared = No compartido: { $error }
live-guest = Invitado

## Shared widgets

widget-photo-of = Foto de { $name }
widget-avatar-of = Avatar de { $name }
widget-fact-label = { $label }:
widget-entry-hint = { $hint } y luego Intro
widget-colour-code = Código hex
widget-value-share = { $value }: { $share }
