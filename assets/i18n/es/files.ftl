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
