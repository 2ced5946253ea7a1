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
export-what-persona = Página de persona: { $name }
export-what-persona-missing = Página de persona
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
