## Opening a project file (src/io/error.rs, src/io/project_file.rs)

msg-load-read = no se puede leer el archivo: { $reason }
msg-load-not-a-file = no es un archivo normal (es una carpeta, un dispositivo o una tubería), así que no es un proyecto
msg-load-too-large = el archivo supera los { $megabytes } MB, el máximo para un archivo de proyecto; ¿de verdad es un proyecto de journeymap?
msg-load-empty = el archivo está vacío
msg-load-not-text = el archivo no es texto (su contenido no es texto legible); ¿de verdad es un proyecto de journeymap?
msg-load-no-version = el archivo no tiene format_version; un proyecto de journeymap empieza por `(format_version: { $current }, project: (...))`
msg-load-newer-version = el archivo lo escribió una versión más reciente de journeymap (versión de formato { $found }; esta lee hasta la versión { $supported }); actualiza journeymap para abrirlo
msg-load-migration = el archivo tiene la versión de formato { $found }, que esta versión de journeymap no puede actualizar: { $message }
msg-load-at-position = Línea { $line }, columna { $col }: { $message } — { $path }
msg-upgrade-unreadable = el proyecto actualizado no se puede volver a leer: { $reason }
msg-upgrade-wrong-version = la actualización produjo la versión de formato { $found } en lugar de la { $target }
msg-upgrade-missing-step = no existe ninguna actualización desde la versión de formato { $version } (esta versión de journeymap lee el formato { $target })
msg-upgrade-step-failed = al actualizar desde la versión de formato { $version }: { $message }
msg-ron-too-deep = los valores están anidados a demasiada profundidad (más de 128 niveles), algo que ningún proyecto tiene
msg-ron-trailing = hay más texto después del final del proyecto
msg-ron-eof = el archivo termina demasiado pronto; ¿está cortado?
msg-ron-project-file = el archivo de proyecto
msg-ron-expected = aquí se esperaba { $what }
msg-ron-group-start-for = aquí se esperaba un `(` de apertura para { $name }
msg-ron-what-list-start = un `[` de apertura
msg-ron-what-list-end = un `]` de cierre
msg-ron-what-group-start = un `(` de apertura
msg-ron-what-group-end = un `)` de cierre
msg-ron-what-map-start = una `{"{"}` de apertura
msg-ron-what-map-end = una `{"}"}` de cierre
msg-ron-what-colon = dos puntos `:`
msg-ron-what-comma = una coma
msg-ron-what-text-end = la `"` que cierra el texto
msg-ron-what-range = `..` o `..=`
msg-ron-kind-text = un texto entre comillas dobles
msg-ron-kind-boolean = `true` o `false`
msg-ron-kind-char = un carácter entre comillas simples
msg-ron-kind-integer = un número entero
msg-ron-kind-number = un número
msg-ron-kind-list = una lista entre `[ ]`
msg-ron-kind-map = una tabla entre `{"{"} {"}"}`
msg-ron-kind-option = un valor o `None`
msg-ron-kind-unit = `()`
msg-ron-kind-bytes = bytes
msg-ron-kind-name = un nombre (el de un campo, o un valor como `Validated`)
msg-ron-kind-group = un valor entre `( )`
msg-ron-kind-struct = { $name } entre `( )`
msg-ron-kind-enum = uno de los valores de { $name }
msg-ron-found-value = { $value }
msg-ron-found-number = el número { $value }
msg-ron-found-text = el texto { $value }
msg-ron-not-utf8 = el texto no es UTF-8 válido
msg-ron-unreadable = no se pudo leer el texto: { $reason }
msg-ron-bad-attribute = solo `#![enable(implicit_some)]` puede ir al principio de un archivo de proyecto
msg-ron-other-name = { $found } está donde se esperaba { $expected }
msg-ron-name-needed = { $name } debe ir antes del `(`
msg-ron-underscore = un número no puede empezar por `_`, ni tener uno tras su punto decimal
msg-ron-out-of-bounds = este número es demasiado grande (o demasiado pequeño) para su lugar
msg-ron-bad-digit = «{ $digit }» no es una cifra de este número
msg-ron-bad-escape = el texto tiene una `\` que no va seguida de lo que puede ir (escribe `\\` para una barra invertida)
msg-ron-open-comment = un comentario no está cerrado (`/*` necesita su `*/`)
msg-ron-unexpected-char = «{ $char }» no va aquí
msg-ron-bad-name = «{ $name }» no es un nombre válido
msg-ron-wrong-value = se esperaba { $expected }, pero hay { $found }
msg-ron-wrong-length = se esperaba { $expected }, pero hay { $count ->
        [one] un elemento
       *[other] { $count } elementos
    }
msg-ron-unknown-value = { $found } no es uno de los valores permitidos aquí: { $allowed }
msg-ron-no-values = { $found } no está permitido aquí: ningún valor lo está
msg-ron-unknown-field = aquí no hay ningún campo { $found }; los campos son: { $allowed }
msg-ron-missing-field = falta el campo { $field }
msg-ron-missing-field-in = falta el campo { $field } en { $outer }
msg-ron-twice = el campo { $field } aparece dos veces

## Saving a project file: "could not <what the save was doing>: <why>"

msg-save-failed-to = no se pudo { $action }: { $reason }
msg-save-failed = No se pudo guardar: { $message } — { $path }
msg-save-write-text = escribir el proyecto como texto
msg-save-follow-link = seguir el enlace al archivo de proyecto
msg-save-no-file-name = sin nombre de archivo
msg-save-name-file = dar nombre al archivo
msg-save-create-temp = crear un archivo temporal en la carpeta
msg-save-write-temp = escribir el archivo temporal
msg-save-permissions = dar al archivo nuevo los permisos del anterior
msg-save-flush = volcar el archivo temporal al disco
msg-save-backup = guardar una copia de seguridad del archivo anterior
msg-save-replace = reemplazar el archivo

## Errors of the system, in plain words

msg-io-not-found = no existe ese archivo o carpeta
msg-io-permission-denied = permiso denegado (no puedes usar este archivo o carpeta)
msg-io-is-a-folder = es una carpeta, no un archivo
msg-io-read-only = el disco es de solo lectura
msg-io-disk-full = el disco está lleno
msg-io-already-exists = ya existe un archivo con ese nombre
msg-io-not-a-folder = una parte de la ruta es un archivo, no una carpeta
msg-io-bad-name = el nombre del archivo es demasiado largo o tiene caracteres que el disco no admite
msg-io-too-large = el archivo es demasiado grande para este disco
msg-io-busy = otro programa está usando el archivo
msg-io-timed-out = el disco o la red no respondieron a tiempo
msg-io-cut-short = el archivo termina antes de lo esperado (puede estar incompleto)
msg-io-not-readable = el archivo contiene bytes que no se pueden leer como texto
msg-io-no-memory = no hay memoria suficiente
msg-io-other-disk = el archivo no se puede mover así a otro disco
msg-io-port-taken = otro programa ya usa este puerto
msg-io-no-such-address = este equipo no tiene esa dirección de red
msg-io-refused = el otro equipo rechazó la conexión
msg-io-no-network = no se puede llegar a la red
msg-io-system = el sistema responde: { $words }

## Problems repaired when a project is opened (src/model/integrity.rs)
## $name, $title, $text: what the user named the item; $id and the like: ids.

msg-repair-journey-persona = el recorrido «{ $name }» nombra la persona { $id }, que no existe; se quitó la referencia
msg-repair-kpi-dataset = el KPI «{ $name }» lee el conjunto de datos { $id }, que no existe; conserva su último valor
msg-repair-hypothesis-persona = la hipótesis «{ $name }» nombra la persona { $id }, que no existe; se quitó la referencia
msg-repair-hypothesis-evidence = la hipótesis «{ $name }» nombra la evidencia { $id }, que no existe; se quitó la referencia
msg-repair-evidence-dataset = la evidencia «{ $name }» lee el conjunto de datos { $id }, que no existe; conserva su último valor
msg-repair-persona-rule-dataset = la persona «{ $name }» tiene una regla de segmento sobre el conjunto de datos { $id }, que no existe; ahora la regla se aplica a cualquier conjunto de datos con la columna «{ $column }»
msg-repair-persona-slider = persona «{ $name }»: el control deslizante «{ $left } / { $right }» valía { $value }, que no está entre 0 y 1; se fijó en { $clamped }
msg-repair-note-journey = la nota del aparcamiento de ideas «{ $text }» nombra el recorrido { $id }, que no existe; se quitó la referencia
msg-repair-no-id = { $item } no tenía identificador; se le dio el identificador { $id }
msg-repair-id-too-large = { $item } tenía el identificador { $old }, mayor de lo permitido; ahora tiene el identificador { $id }
msg-repair-id-twice = el identificador { $old } se usa dos veces; el segundo, { $item }, tiene ahora el identificador { $id } (las referencias siguen apuntando al primero)
msg-repair-stage-width = la etapa «{ $name }» tenía el ancho { $value }, que no está entre 0,25 y 8; se restableció a 1
msg-repair-lane-height = el carril «{ $name }» tenía la altura { $value }, que no está entre 0,25 y 8; se restableció a 1
msg-repair-kpi = el KPI «{ $name }» de la etapa «{ $stage }» valía { $value }, que no es un número; se borró
# The name of the stage or lane made for cards whose own is missing.
msg-repair-unsorted = Sin clasificar
msg-repair-card-stage = la tarjeta «{ $title }» está en una etapa que no existe (identificador { $id }); se movió a la etapa «{ $name }»
msg-repair-card-lane = la tarjeta «{ $title }» está en un carril que no existe (identificador { $id }); se movió al carril «{ $name }»
msg-repair-card-persona = la tarjeta «{ $title }» nombra la persona { $id }, que no existe; se quitó la referencia
msg-repair-card-hypothesis = la tarjeta «{ $title }» nombra la hipótesis { $id }, que no existe; se quitó la referencia
msg-repair-card-evidence = la tarjeta «{ $title }» nombra la evidencia { $id }, que no existe; se quitó la referencia
msg-repair-card-dots = la tarjeta «{ $title }» tiene puntos de la votación { $vote } / participante { $participant }, que no existen; se quitaron
msg-repair-card-emotion = la tarjeta «{ $title }» tiene la emoción { $value }, que no está entre { $min } y { $max }; se fijó en { $clamped }
msg-repair-card-effort = la tarjeta «{ $title }» tiene el esfuerzo { $value }, que no está entre 1 y { $max }; se fijó en { $clamped }
msg-repair-link = el enlace { $id } une la tarjeta { $from } con la tarjeta { $to }, que no son dos tarjetas de este recorrido; se quitó
msg-repair-target-card = la tarjeta { $id }
msg-repair-target-stage = la etapa { $id }
msg-repair-dataset-mapping = conjunto de datos «{ $name }»: la columna «{ $column }» está asignada a { $target }, que no existe; se quitó la asignación
msg-repair-dataset-rows = conjunto de datos «{ $name }»: { $count ->
        [one] { $count } fila que no tenía { $width } celdas se completó o recortó
       *[other] { $count } filas que no tenían { $width } celdas se completaron o recortaron
    } para ajustarse a las columnas

## An item of a kind, with its article ($item above)

msg-repair-a-persona = una persona
msg-repair-a-journey = un recorrido
msg-repair-a-stage = una etapa
msg-repair-a-kpi = un KPI
msg-repair-a-lane = un carril
msg-repair-a-card = una tarjeta
msg-repair-a-link = un enlace
msg-repair-a-vote = una votación
msg-repair-a-participant = un participante
msg-repair-a-hypothesis = una hipótesis
msg-repair-an-evidence = una evidencia
msg-repair-a-dataset = un conjunto de datos
msg-repair-a-note = una nota

## Reading a table of data (src/io/table.rs, src/io/columns.rs, src/model/cells.rs)

msg-table-too-large = el archivo supera los { $megabytes } MB, el máximo que lee journeymap
msg-table-binary = no es un archivo de texto (contiene datos binarios); exporta los datos como CSV o abre un archivo .xlsx
msg-table-no-columns = el archivo no tiene columnas
msg-table-changed = el archivo cambió mientras se leía ({ $expected } bytes al empezar la lectura, { $read } leídos); vuelve a leerlo cuando esté completo
msg-table-full = los datos son demasiado grandes: { $reason }
msg-table-stopped = la lectura se detuvo inesperadamente ({ $reason })
msg-table-cancelled = se canceló la lectura
msg-table-spreadsheet = no se puede leer la hoja de cálculo: { $reason }
msg-sheet-damaged = está dañado, protegido con contraseña, o no es un libro de Excel (.xlsx, .xls) ni de OpenDocument (.ods)
msg-table-row-width = { $fields ->
        [one] { $fields } campo
       *[other] { $fields } campos
    } cuando el encabezado tiene { $width }
# The name of a column when the file has no header row.
msg-table-column-name = Columna { $number }
msg-table-csv-unfinished = el lector de CSV no terminó al final del archivo, línea { $line }
msg-cell-not-a-number = «{ $cell }» en «{ $column }» no es un número
msg-cell-outside-scale = { $cell } en «{ $column }» está fuera de la escala { $min }–{ $max }
msg-cells-expecting = una lista de líneas CSV
msg-cells-full = la tabla tendría más de 4 GB de texto
msg-cells-bad-row = la fila de datos { $row } no es una línea CSV válida (¿unas comillas sin cerrar?)
msg-cells-row-error = fila de datos { $row }: { $reason }

## Persona photos (src/io/photo.rs)

msg-photo-too-large = el archivo ocupa { $megabytes } MB; las fotos pueden ocupar hasta { $max } MB
msg-photo-not-an-image = no es una imagen PNG o JPEG
msg-photo-not-an-image-but = no es una imagen PNG o JPEG (parece una imagen { $found })
msg-photo-too-many-pixels = la imagen mide { $width } x { $height } píxeles; las fotos pueden medir hasta { $max } píxeles por lado
msg-photo-damaged = la imagen está dañada y no se puede leer
msg-photo-unsupported = la imagen es una variante de PNG o JPEG que journeymap no sabe leer; guárdala de nuevo como PNG o JPEG corriente
msg-photo-not-stored = no se pudo guardar la imagen
msg-photo-bad-base64 = los datos de la imagen no son base64 válido: { $reason }
# Why a photo's base64 text cannot be read ($reason of msg-photo-bad-base64).
msg-base64-bad-char = el carácter «{ $char }» en la posición { $position } no es de base64
msg-base64-bad-end = su final está cortado o alterado
msg-base64-space = contienen un espacio o un salto de línea en la posición { $position }

## Unsaved work kept for recovery (src/io/recovery.rs)

msg-recovery-slot-taken = el espacio de recuperación ya está ocupado
msg-recovery-not-text = no se pudo escribir el proyecto como texto ({ $reason })
msg-recovery-not-written = no se pudo escribir la copia de recuperación { $path }: { $reason }

## Other words of the model (src/model, src/document.rs)

msg-color-invalid = `{ $text }` no es un color; escríbelo como «#rrggbb», por ejemplo «#3b6ea8»
# The name of a project that has neither a file nor a name.
msg-untitled = Sin título
msg-valence-very-negative = muy negativa
msg-valence-negative = negativa
msg-valence-slightly-negative = algo negativa
msg-valence-neutral = neutra
msg-valence-slightly-positive = algo positiva
msg-valence-positive = positiva
msg-valence-very-positive = muy positiva

## An edit that cannot be applied (src/edit.rs); $kind is the item's kind, as a key

msg-edit-not-found = { $kind ->
        [persona] la persona
        [journey] el recorrido
        [stage] la etapa
        [lane] el carril
        [card] la tarjeta
        [link] el enlace
        [vote] la votación
        [hypothesis] la hipótesis
        [evidence] la evidencia
        [dataset] el conjunto de datos
        [note] la nota
       *[other] el elemento
    } (id { $id }) ya no existe
msg-edit-duplicate = ya existe { $kind ->
        [persona] una persona
        [journey] un recorrido
        [stage] una etapa
        [lane] un carril
        [card] una tarjeta
        [link] un enlace
        [vote] una votación
        [hypothesis] una hipótesis
        [evidence] una evidencia
        [dataset] un conjunto de datos
        [note] una nota
       *[other] un elemento
    } (id { $id })
msg-edit-not-a-permutation = el nuevo orden { $kind ->
        [persona] de las personas
        [journey] de los recorridos
        [stage] de las etapas
        [lane] de los carriles
        [card] de las tarjetas
        [link] de los enlaces
        [vote] de las votaciones
        [hypothesis] de las hipótesis
        [evidence] de las evidencias
        [dataset] de los conjuntos de datos
        [note] de las notas
       *[other] de los elementos
    } no los nombra a todos una sola vez

## Operations refused (src/ops)

msg-lock-map = el mapa de «{ $name }» está bloqueado; desbloquéalo primero en el inspector (haz clic en un lugar vacío del mapa)
msg-lock-stage = la etapa «{ $name }» está bloqueada; desbloquéala primero en el inspector (haz clic en su nombre)
msg-lock-lane = el carril «{ $name }» está bloqueado; desbloquéalo primero en el inspector (haz clic en su nombre)
msg-vote-still-open = la votación «{ $question }» sigue abierta en este mapa; ciérrala primero
msg-vote-no-participant = una votación necesita al menos un participante
msg-vote-dots-range = cada participante necesita entre 1 y { $max } puntos
# The question of a vote opened without one.
msg-vote-default-question = Votación { $number }
msg-vote-gone = esa votación ya no existe
msg-vote-closed = la votación «{ $question }» está cerrada; abre una nueva votación para volver a votar
msg-vote-not-a-participant = ese participante no está en esta votación
msg-vote-card-gone = esa tarjeta ya no existe
msg-vote-no-dots-left = { $name } ha usado sus { $dots } puntos; retira uno (Ctrl+clic en una tarjeta) para moverlo
msg-vote-no-dot-here = { $name } no tiene ningún punto en «{ $card }» que retirar
msg-vote-already-closed = la votación «{ $question }» ya está cerrada
msg-vote-untitled-card = una tarjeta sin título

## What refers to a persona: "2 journeys, 14 cards and 1 hypothesis"

msg-refs-journeys = { $count ->
        [one] { $count } recorrido
       *[other] { $count } recorridos
    }
msg-refs-cards = { $count ->
        [one] { $count } tarjeta
       *[other] { $count } tarjetas
    }
msg-refs-hypotheses = { $count ->
        [one] { $count } hipótesis
       *[other] { $count } hipótesis
    }
msg-refs-nothing = nada
msg-refs-and = { $init } y { $last }
# A persona saved to a file of its own: the project's name and description.
msg-persona-file-name = Persona: { $name }
msg-persona-file-description = La persona «{ $name }», guardada desde «{ $project }».

## Undo refused in a live session (src/shared_undo.rs): "someone else changed this card since, …"
## $field: the name of a field (one of the undo-field-* below, "target emotion").

msg-undo-deleted-since = otra persona ha eliminado { $thing } mientras tanto, y deshacer sobrescribiría su cambio
msg-undo-changed-since = otra persona ha cambiado { $thing } mientras tanto, y deshacer sobrescribiría su cambio
msg-undo-field-changed-since = otra persona ha cambiado «{ $field }» en { $thing } mientras tanto, y deshacer sobrescribiría su cambio
msg-undo-the-project = el proyecto
msg-undo-this-persona = esta persona
msg-undo-this-hypothesis = esta hipótesis
msg-undo-this-evidence = esta evidencia
msg-undo-this-dataset = este conjunto de datos
msg-undo-this-note = esta nota
msg-undo-this-journey = este recorrido
msg-undo-this-stage = esta etapa
msg-undo-this-lane = este carril
msg-undo-this-card = esta tarjeta
msg-undo-this-link = este enlace
msg-undo-this-vote = esta votación

# The field someone else changed, as $field of msg-undo-field-changed-since.
undo-field-stage = etapa
undo-field-lane = carril
undo-field-title = título
undo-field-notes = notas
undo-field-channel = canal
undo-field-contact = contacto
undo-field-department = departamento
undo-field-emotion = emoción
undo-field-target-emotion = emoción objetivo
undo-field-effort = esfuerzo
undo-field-moment-of-truth = momento de la verdad
undo-field-pain-point = punto de dolor
undo-field-personas = personas
undo-field-hypotheses = hipótesis
undo-field-evidence = evidencia
undo-field-votes = votos
undo-field-kano = respuestas Kano
undo-field-color = color
undo-field-name = nombre
undo-field-segment = segmento o rol
undo-field-market = mercado
undo-field-photo = foto
undo-field-avatar-color = color
undo-field-age = edad
undo-field-location = ubicación
undo-field-occupation = ocupación
undo-field-demographics = datos demográficos
undo-field-quote = cita
undo-field-description = descripción
undo-field-goals = objetivos
undo-field-needs = necesidades
undo-field-expectations = expectativas
undo-field-frustrations = miedos y frustraciones
undo-field-behaviours = comportamientos
undo-field-channels = canales preferidos
undo-field-sliders = controles de comportamiento
undo-field-validation = estado
undo-field-segment-rules = segmento en los datos
undo-field-custom-fields = campos personalizados
undo-field-statement = enunciado
undo-field-status = estado
undo-field-owner = responsable
undo-field-kind = tipo
undo-field-note = nota
undo-field-source = fuente
undo-field-columns = columnas
undo-field-rows = filas
undo-field-outcome = columna de satisfacción general
undo-field-text = texto
undo-field-journey = recorrido
undo-field-goal = meta
undo-field-stages = etapas
undo-field-lanes = carriles
undo-field-cards = tarjetas
undo-field-links = enlaces
undo-field-facilitator-notes = notas del facilitador
undo-field-locked = bloqueo
undo-field-phase = fase
undo-field-width = ancho
undo-field-kpis = KPI
undo-field-height = altura
undo-field-from = tarjeta de origen
undo-field-to = tarjeta de destino
undo-field-label = etiqueta
undo-field-question = pregunta
undo-field-dots-per-participant = puntos por participante
undo-field-participants = participantes
undo-field-open = estado abierto o cerrado
undo-field-opened-at = hora de apertura
undo-field-closed-at = hora de cierre
undo-field-settings = ajustes

## Live sessions (src/sync)

msg-sync-start = la sesión en vivo no pudo iniciarse: { $reason }
msg-sync-listen = no se pudo escuchar a otros portátiles en { $address }: { $reason }

## Lines a live session writes to the terminal (a log: the server's own words may follow)

log-connection-ended = sesión en vivo: una conexión terminó: { $error }
log-refused = sesión en vivo: se rechazó a { $from }: { $reason }
log-not-opened = sesión en vivo: una conexión desde { $from } no se pudo abrir: { $error }
log-engine-stopped = sesión en vivo: el motor de sincronización se detuvo; { $from } no pudo entrar
log-skipped = sesión en vivo: se omitió un elemento del documento compartido que no se puede leer: { $error }
msg-sync-unreachable = no se puede conectar con el servidor de sincronización { $server } (revisa el enlace y la red)
msg-sync-no-such-map = el servidor de sincronización { $server } no tiene ese mapa: puede que la sesión haya terminado o que el enlace esté incompleto
msg-sync-refused = el servidor de sincronización { $server } no nos dejó entrar: { $reason }
msg-sync-stopped = la sesión en vivo se ha detenido
msg-sync-not-kept = este portátil ya no guarda el mapa compartido de esa sesión
msg-sync-codes-not-kept = no se pudieron guardar los códigos para unirse en { $path }: { $reason }
msg-sync-wrong-code = Este código para unirse no es el de la sesión: vuelve a pedir el enlace al facilitador.
msg-sync-code-needed = Esta sesión en vivo necesita su código para unirse: pide el enlace al facilitador.
msg-sync-no-peer = La solicitud no indica ningún par: ¿es una aplicación journeymap?
msg-sync-engine-stopped = el motor de sincronización se ha detenido
msg-link-scheme = un enlace para unirse empieza por ws:// o wss:// (este empieza por «{ $scheme }»)
msg-link-not-an-address = el enlace para unirse no es una dirección: { $reason }
msg-link-no-document = el enlace para unirse no indica ningún documento compartido (termina en «#automerge:…», copia el enlace completo)
msg-link-bad-document = el documento «{ $document }» del enlace para unirse no es un identificador de documento
# Why a join link's address cannot be read ($reason of msg-link-not-an-address).
msg-url-no-scheme = no empieza por ws:// o wss://
msg-url-no-host = no indica ningún servidor después de ws:// o wss://
msg-url-bad-name = el nombre del servidor tiene caracteres que una dirección no admite
msg-url-bad-port = el puerto tras los dos puntos no es un número de 1 a 65535
msg-url-bad-ip = su dirección IP no es válida
msg-url-other = no se puede leer como una dirección web
msg-ws-receive-failed = la conexión falló al recibir: { $reason }
msg-ws-silent = no se ha recibido nada en { $seconds } s: la red no está disponible
msg-ws-send-failed = la conexión falló al enviar: { $reason }
msg-ws-no-answer = el servidor no respondió
msg-ws-refused = el servidor no nos dejó entrar

## The shared document of a live session

msg-schema-not-a-project = el documento compartido no es un proyecto de journeymap (no tiene la clave «{ $key }»)
msg-schema-newer = el documento compartido lo hizo un journeymap más reciente (estructura { $layout }; este lee la { $reads }): actualiza la aplicación para unirte
msg-schema-unchanged = no se pudo cambiar el documento compartido: { $reason }
