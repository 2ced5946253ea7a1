## Crash recovery

recovery-slot-unavailable = El trabajo sin guardar no se puede conservar para recuperarlo tras un fallo en { $dir }: { $error }
recovery-restored = Se restauró el trabajo sin guardar de { $name }; guárdalo para conservarlo
recovery-restore-failed = No se pudo restaurar el trabajo sin guardar
recovery-restore-failed-detail = { $error } Se ha conservado la copia.
recovery-untitled-project = un proyecto sin título
recovery-quoted-name = «{ $name }»
recovery-ago-under-a-minute = hace menos de un minuto
recovery-ago-a-minute = hace un minuto
recovery-ago-minutes = hace { $count } minutos
recovery-ago-an-hour = hace una hora
recovery-ago-hours = hace { $count } horas
recovery-ago-yesterday = ayer
recovery-ago-days = hace { $count } días

## File dialogs

dialog-open-title = Abrir un proyecto
dialog-save-as-title = Guardar el proyecto como
dialog-save-copy-title = Guardar una copia del proyecto
dialog-photo-title = Elegir una foto
dialog-import-personas-title = Importar personas de un proyecto
dialog-save-persona-title = Guardar la persona en un archivo
dialog-import-data-title = Importar datos de clientes
dialog-open-button = Abrir
dialog-save-button = Guardar
dialog-photo-button = Usar esta foto
dialog-read-file-button = Leer el archivo
dialog-photo-path = Ruta de la foto (PNG o JPEG)
dialog-data-path = Ruta del archivo de datos (CSV u hoja de cálculo)
dialog-project-path = Ruta del archivo del proyecto (.ron)
dialog-filter-picture = Imagen PNG o JPEG
dialog-filter-customer-data = Datos de clientes (CSV, Excel, OpenDocument)
dialog-filter-project = Proyecto de journeymap
dialog-filter-export = PNG, SVG o PDF
dialog-export-title = Exportar a
dialog-none-on-system = Este sistema no tiene diálogo de archivos (ni portal de escritorio ni zenity)
dialog-could-not-show = No se pudo mostrar el diálogo de archivos del sistema
dialog-stopped = El diálogo de archivos del sistema se detuvo inesperadamente

## Export dialog

export-title = Exportar
export-what = Exportar
export-what-journey = Recorrido: { $name }
export-what-journey-missing = Recorrido
export-what-every-journey = Todos los recorridos
export-what-persona = Ficha de persona: { $name }
export-what-persona-missing = Ficha de persona
export-what-chart = Gráfico: { $chart } de { $name }
export-what-chart-missing = Gráfico
export-cards-of = Tarjetas de
export-every-persona = Todas las personas
export-format = Formato
export-size = Tamaño
export-size-natural = Como en pantalla al 100 %
export-size-width = Ancho
export-size-paper = Papel
export-paper-at = a
export-dpi = ppp
export-theme = Tema
export-theme-light = Claro
export-theme-dark = Oscuro
export-theme-print = Impresión (blanco, sin sombras)
export-include = Incluir
export-include-title = Título
export-include-legend = Leyenda
export-include-personas = Personas
export-include-date = Fecha
export-include-votes = Resultados de la votación
export-include-votes-tip = Los puntos de la última votación por puntos del recorrido, ordenados una vez cerrada
export-file = Archivo
export-browse = Examinar…
export-every-journey-pdf = Cada recorrido en su propia página de un único PDF.
export-every-journey-files = Un archivo por recorrido, con el nombre del archivo de arriba y del recorrido.
export-button = Exportar
export-button-tip = Escribir el archivo (Intro)
export-preview-alt = Vista previa de la exportación
export-preview-drawing = Dibujando la vista previa…
export-preview-updating = Actualizando la vista previa…
export-cancelling = Cancelando…
export-exporting = Exportando…
export-cancel = Cancelar
export-done = Exportado
export-close = Cerrar
export-another = Exportar otro
export-open-folder = Abrir carpeta
export-failed = No exportado
export-back = Volver

## Export: sizes and errors

export-size-page-mm = Página de { $width } × { $height } mm
export-stopped = la exportación se detuvo inesperadamente
export-nothing = Nada que exportar
export-preview-stopped = la vista previa se detuvo
export-subject-gone = Ya no está en el proyecto
export-open-folder-failed = no se pudo abrir { $folder } ({ $error })
export-no-path = Elige dónde escribir el archivo
export-no-journey = Este proyecto no tiene ningún recorrido que exportar

## Dialogs: common buttons

dialog-cancel = Cancelar
dialog-close = Cerrar
dialog-ok = Aceptar
dialog-delete = Eliminar
dialog-replace = Reemplazar
dialog-copy = Copiar

## Dialogs: waiting

dialog-opening = Abriendo { $path }…
dialog-choose-in-dialog = Elige el archivo en el diálogo de archivos…
dialog-type-path-instead = Escribir la ruta en su lugar

## Dialogs: unsaved changes

dialog-unsaved-title = Cambios sin guardar
dialog-unsaved-text = «{ $name }» tiene cambios sin guardar. ¿Guardarlos antes de { $doing }?
dialog-unsaved-discard = No guardar

## Dialogs: problems repaired on load

dialog-problems-title = Problemas reparados al cargar
dialog-problems-text = Estas referencias o valores de { $file } eran incoherentes y se han reparado. Guarda el proyecto para conservar las reparaciones.
dialog-problems-where = Línea { $line }, columna { $column }:

## Dialogs: keyboard shortcuts and about

dialog-shortcuts-title = Atajos de teclado
dialog-shortcuts-or = o
dialog-about-fonts = Fuentes: Inter y Noto Emoji (SIL Open Font License 1.1), DejaVu Sans (licencia Bitstream Vera), Hack (MIT).
app-description = Personas y mapas del recorrido del cliente, contrastados con datos reales de clientes

## Dialogs: restore unsaved work

recovery-title = ¿Restaurar el trabajo sin guardar?
recovery-text = journeymap se cerró sin guardar los cambios de { $name }. Se conservó una copia { $ago }.
recovery-hint = Restaurar abre la copia; guárdala para conservarla. Más tarde vuelve a preguntar en el próximo inicio.
recovery-restore = Restaurar
recovery-discard = Descartar
recovery-later = Más tarde

## Dialogs: delete a persona

dialog-delete-persona-title = ¿Eliminar «{ $name }»?
dialog-delete-persona-text = { $references } hacen referencia a { $name }. Eliminar la persona la quita de ahí.
dialog-delete-persona-only-cards =
    { $count ->
        [one] { $count } tarjeta nombra solo a esta persona; entonces se aplicará a todas las personas.
       *[other] { $count } tarjetas nombran solo a esta persona; entonces se aplicarán a todas las personas.
    }
dialog-delete-persona-undo = Deshacer recupera la persona y todas sus referencias.

## Dialogs: import personas

dialog-import-personas-heading = Importar personas
dialog-import-personas-text = { $file } contiene estas personas. Marca las que quieras copiar a este proyecto (con sus fotos).
dialog-import-persona-check = Importar { $name }
dialog-import-persona-exists = este proyecto ya tiene una persona con este nombre
dialog-import-none = Importar
dialog-import-count =
    { $count ->
        [one] Importar { $count } persona
       *[other] Importar { $count } personas
    }

## Dialogs: live session

dialog-live-your-name = Tu nombre
dialog-live-start-title = Iniciar sesión en vivo
dialog-live-start-text = Todos los que tengan el enlace editan este mapa en vivo desde su portátil; tú conservas los controles del facilitador. Guardar sigue escribiendo tu archivo.
dialog-live-this-laptop = Este portátil es el servidor (portátiles en la misma red)
dialog-live-sync-server-choice = A través de un servidor de sincronización accesible para todos
dialog-live-sync-server = Servidor de sincronización
dialog-live-start = Iniciar
dialog-live-title = Sesión en vivo
dialog-live-none = No hay ninguna sesión en vivo en curso.
dialog-live-participants = Los participantes eligen Taller › Unirse a una sesión en vivo… y pegan este enlace:
dialog-live-join-link = Enlace para unirse
dialog-live-join-link-copy = Copiar el enlace para unirse al portapapeles
dialog-live-join-code = Código para unirse: { $code }
dialog-live-observers = Los observadores que solo miran usan el enlace de espectadores:
dialog-live-viewers-link = Enlace de espectadores
dialog-live-viewers-link-copy = Copiar el enlace de espectadores al portapapeles
dialog-live-leave = Salir de la sesión
dialog-live-join-title = Unirse a una sesión en vivo
dialog-live-join-text = Pega el enlace que comparte el facilitador (empieza por ws://):
dialog-live-join = Unirse

## Files: opening and saving

file-doing-new = empezar un proyecto nuevo
file-doing-open = abrir otro proyecto
file-doing-quit = salir
file-new-project = Proyecto nuevo
file-new-from-template = Proyecto nuevo a partir de una plantilla
file-template-failed = No se pudo usar la plantilla
file-waiting-for-dialog = Esperando al diálogo de archivos…
file-type-path-note = { $reason }. Escribe la ruta del archivo en su lugar.
file-type-a-path = Escribe la ruta de un archivo
file-no-file-at = No hay ningún archivo en { $path }
file-no-folder = La carpeta de { $path } no existe
file-exists-replace = { $path } ya existe. ¿Reemplazarlo?
file-own-file = Es el archivo del proyecto abierto; elige otro nombre
file-own-file-copy = Es el archivo del proyecto abierto: Guardar lo escribe; una copia necesita otro nombre
file-saved-copy = Copia guardada como { $path }
file-save-copy-failed = No se pudo guardar la copia
file-saved = { $path } guardado
file-save-failed = No se pudo guardar el proyecto
file-stopped-opening = Se detuvo la apertura de { $path }
file-open-failed = No se pudo abrir el proyecto
file-reading-stopped = La lectura del archivo se detuvo inesperadamente — { $path }
file-opened = { $path } abierto
file-opened-repaired =
    { $count ->
        [one] { $path } abierto y { $count } problema reparado; guarda para conservar las reparaciones
       *[other] { $path } abierto y { $count } problemas reparados; guarda para conservar las reparaciones
    }

## Files: dropped on the window

file-drop-busy = Termina o cierra primero el diálogo abierto y vuelve a soltar el archivo
file-drop-data-on-start = Los datos de clientes van en un proyecto: abre uno o empieza uno y vuelve a soltar el archivo
file-drop-photo = Para usar una imagen como foto de una persona, abre la persona (Ver › Personas) y suéltala ahí
file-drop-unknown = journeymap abre archivos de proyecto (.ron) e importa datos de clientes (.csv, .xlsx, .xls, .ods); esto no es ninguna de las dos cosas — { $path }

## App: changes, undo and status

app-not-changed-viewer = Sin cambios: ves esta sesión en vivo (solo lectura)
app-not-changed = Sin cambios: { $why }
app-change-failed = No se pudo hacer ese cambio: { $error }
app-typing-not-kept = No se pudo conservar lo escrito: { $error }
app-nothing-to-present = No hay ningún recorrido que presentar
app-language-shown = journeymap se muestra en español
app-undid = Deshecho: { $label }
app-undo-failed = No se pudo deshacer: { $error }
app-redid = Rehecho: { $label }
app-redo-failed = No se pudo rehacer: { $error }
app-side-panels-shown = Paneles laterales visibles
app-side-panels-folded = Paneles laterales plegados: Ctrl+B o Ver › Paneles laterales los recupera
app-zoom = Zoom { $zoom }
app-time-is-up = Se acabó el tiempo

## App: journeys

app-new-journey-name = Nuevo recorrido
app-edit-new-journey = Nuevo recorrido
app-edit-duplicate-journey = Duplicar recorrido
app-edit-delete-journey = Eliminar recorrido
app-journey-deleted = Se eliminó el recorrido «{ $name }»; Deshacer lo recupera
app-edit-card-colours = Cambiar los colores de las tarjetas

## App: window

app-window-title = { $marker }{ $name } — journeymap
app-window-failed = journeymap no pudo abrir su ventana: { $error }
