## The command line (its table output and messages; CSV and JSON stay as they are)

cli-bad-paper = «{ $text }» no es un tamaño de papel: usa A4, A3, A2, A1 o A0
cli-bad-chart = «{ $text }» no es un gráfico: usa curves, curves-by-stage, kpis, nps o kano
cli-bad-theme = «{ $text }» no es un tema: usa light, dark o print
cli-by-stage-needs-curves = --by-stage va con --chart curves (las curvas de satisfacción)
cli-export-repaired = aviso: { $place }: { $message } (reparado para esta exportación; el archivo no cambia)
cli-export-first-journey = nota: se exporta el primero de { $count } recorridos, «{ $name }»; elige uno con --journey NOMBRE, o --journey all
cli-wrote = se escribió { $path } ({ $size })
cli-megabytes = { $size } MB
cli-kilobytes = { $size } KB
cli-check-ok = { $path }: válido ({ $counts })
cli-check-ok-upgraded = { $path }: válido ({ $counts }, versión de formato { $version }: se actualiza al guardar)
cli-serve-at = servidor de sincronización de journeymap en { $url }
cli-serve-kept = Mapas guardados en { $folder }
cli-serve-codes = Código de editores: { $editors }   Código de espectadores: { $viewers }
cli-serve-facilitator = Facilitador: { $workshop } › { $start } › A través de un servidor de sincronización: { $link }
cli-stats-no-numbers = { $file } no tiene columnas numéricas que resumir
cli-stats-not-counted = { $place }: { $message }; no se cuenta
cli-stats-unsaid-missing = nota: { $code } parece «sin respuesta» en { $columns }; allí se cuenta como respuesta, salvo que pases --missing "COLUMNA={ $code }"
cli-stats-not-written = no se pudieron escribir los resultados: { $error }
cli-stats-segment = Segmento
cli-stats-all-rows = Todos
cli-stats-column = Columna
cli-stats-mean = Media
cli-stats-ci = IC 95 %
cli-stats-rows = { $count ->
        [one] { $count } fila
       *[other] { $count } filas
    }
cli-stats-rows-left-out = { $count ->
        [one] se dejó fuera { $count } fila con un número de campos incorrecto
       *[other] se dejaron fuera { $count } filas con un número de campos incorrecto
    }
cli-stats-values-not-counted = { $count ->
        [one] no se contó { $count } valor que no encaja en su columna
       *[other] no se contaron { $count } valores que no encajan en su columna
    }
cli-import-refused = { $count ->
        [one] { $count } fila de { $data } no se puede importar tal como está; corrígela, o pasa --skip-bad-rows para dejarla fuera. { $project } no se ha modificado
       *[other] { $count } filas de { $data } no se pueden importar tal como están; corrígelas, o pasa --skip-bad-rows para dejarlas fuera. { $project } no se ha modificado
    }
cli-import-default-name = Datos de clientes
cli-imported = { $count ->
        [one] se importó { $count } fila de { $data } en { $project } como «{ $name }»
       *[other] se importaron { $count } filas de { $data } en { $project } como «{ $name }»
    }
cli-import-left-out = { $count ->
        [one] se dejó fuera { $count } fila con problemas
       *[other] se dejaron fuera { $count } filas con problemas
    }
cli-no-such-column = { $file } no tiene la columna «{ $name }»; sus columnas son: { $columns }

## The command line's help (journeymap --help, journeymap export --help)

cli-usage-heading = Uso:
cli-usage-options = [OPCIONES]
cli-heading-commands = Comandos
cli-heading-arguments = Argumentos
cli-heading-options = Opciones
cli-value-command = COMANDO
cli-help-help = Mostrar la ayuda
cli-help-version = Mostrar la versión
cli-about-help = Mostrar este mensaje o la ayuda de los subcomandos dados
cli-help-help-command = El subcomando o los subcomandos cuya ayuda mostrar
cli-about-check = Comprobar archivos de proyecto
cli-about-check-long = Comprobar archivos de proyecto: sale con 0 si todos son válidos, si no con 1, con una línea `ARCHIVO:LÍNEA:COLUMNA: mensaje` por problema en stderr.
cli-about-export = Exportar mapas de recorrido, la ficha de una persona o un gráfico en PNG, SVG o PDF
cli-about-export-long = Exportar mapas de recorrido, o la ficha de una persona, en PNG, SVG o PDF (sin ventana ni GPU). Si hay un error, sale con 1.
cli-about-import = Importar datos de clientes a un archivo de proyecto
cli-about-import-long = Importar datos de clientes (CSV u hoja de cálculo) a un archivo de proyecto, con sus columnas configuradas como propone la ventana de importación; el proyecto se guarda (la versión anterior queda como .bak). Las filas que no encajan se listan, y no se escribe nada sin --skip-bad-rows. Si hay un error, sale con 1.
cli-about-stats = Estadísticas de un archivo de datos de clientes
cli-about-stats-long = Estadísticas de un archivo de datos de clientes (CSV u hoja de cálculo): por columna numérica, y por segmento con --by, el número de respuestas, la media y su intervalo de confianza del 95 %, y el NPS de las columnas 0-10. Un valor fuera de la escala de su columna (un 9 perdido entre respuestas de 1 a 5) o un texto en una columna de números no se cuenta, y se indica en stderr con su línea. Si hay un error, sale con 1.
cli-about-serve = Ejecutar un servidor de sincronización para sesiones en vivo, sin ventana
cli-about-serve-long = Ejecutar un servidor de sincronización para sesiones en vivo, sin ventana: los portátiles de la red inician sesiones y se unen a ellas a través de él ({ $workshop } › { $start } › A través de un servidor de sincronización: su dirección con el código). Muestra los códigos de acceso; funciona hasta que se detiene (Ctrl+C). Los mapas se guardan en la carpeta de datos, así que un reinicio no pierde nada de lo que el servidor había recibido.
cli-help-open-file = Un archivo de proyecto (.ron) que abrir; sin él, se abre el último proyecto, si no un ejemplo.
cli-help-join = Unirse a la sesión en vivo de este enlace (de { $workshop } › { $start } en el portátil del facilitador).
cli-help-check-files = Los archivos de proyecto que comprobar.
cli-help-export-file = El archivo de proyecto.
cli-help-export-output = Dónde escribir; la extensión elige el formato (.png, .svg o .pdf).
cli-help-export-journey = El recorrido que exportar, por nombre o id, o `all` (PNG y SVG: un archivo cada uno; PDF: una página cada uno). Por defecto: el primer recorrido.
cli-help-export-persona = Mostrar solo las tarjetas y la curva de esta persona (con --one-pager: de quién es la ficha).
cli-help-export-one-pager = Exportar la ficha de la persona en lugar de un mapa.
cli-help-export-chart = Exportar un gráfico del recorrido en lugar de su mapa: curves (supuesta frente a medida, tarjeta por tarjeta, con las mayores brechas), curves-by-stage (un punto por etapa), kpis (KPI de las etapas frente a su objetivo), nps (por etapa) o kano.
cli-help-export-by-stage = Con --chart curves: un punto por etapa y persona (la media de las tarjetas de la etapa) en lugar de uno por tarjeta.
cli-help-export-width = Ancho en píxeles (el alto sigue al mapa).
cli-help-export-paper = Una hoja de papel, apaisada para los mapas anchos.
cli-help-export-dpi = Puntos por pulgada en papel (300 por defecto).
cli-help-export-theme = Colores: light (claro, por defecto), dark (oscuro) o print (papel blanco, sin sombras).
cli-help-export-no-title = Omitir el título sobre el mapa.
cli-help-export-no-legend = Omitir la leyenda y la clave de las marcas.
cli-help-export-no-personas = Omitir la franja de personas.
cli-help-export-date = Poner la fecha de hoy arriba a la derecha.
cli-help-export-votes = Mostrar en las tarjetas los puntos de la última votación de cada recorrido.
cli-help-import-project = El archivo de proyecto al que añadir los datos.
cli-help-import-data = El archivo de datos: CSV, o un libro .xlsx, .xls u .ods (su primera hoja).
cli-help-import-name = El nombre de los datos en el proyecto (por defecto: el nombre del archivo).
cli-help-import-missing = Un valor de celda que significa «sin respuesta», en todas las columnas o en una (`--missing "Seat Comfort=0"`), además de los propuestos (0 junto a una escala 1-5).
cli-help-import-skip-bad-rows = Dejar fuera las filas que no encajan (número de campos erróneo, texto en una columna de números, un valor fuera de la escala) en lugar de rechazar la importación.
cli-help-stats-file = El archivo de datos: CSV (separado por comas, puntos y coma, tabuladores o barras; UTF-8 o Latin-1), o un libro .xlsx, .xls u .ods (su primera hoja).
cli-help-stats-by = Una columna cuyos valores son segmentos (p. ej. "Type of Travel").
cli-help-stats-missing = Un valor de celda que significa «sin respuesta», en todas las columnas (`--missing 0`) o en una (`--missing "Seat Comfort=0"`). Repítelo para dar varios. Las celdas vacías nunca cuentan.
cli-help-stats-format = Cómo escribir los resultados: table (columnas alineadas para leer; por defecto), csv (una línea por segmento y columna, para hojas de cálculo) o json (una lista de objetos, para scripts).
cli-help-serve-port = El puerto en el que escuchar ({ $port } por defecto).
cli-help-serve-data = Dónde se guardan los mapas compartidos (por defecto: la carpeta de datos de la aplicación).
cli-help-serve-code = El código de acceso de los editores (por defecto: el guardado en la carpeta de datos, si no uno nuevo; se muestra).
cli-help-serve-viewer-code = El código de acceso de los espectadores (por defecto: el guardado en la carpeta de datos, si no uno nuevo; se muestra).
cli-value-file = ARCHIVO
cli-value-file-ron = ARCHIVO.ron
cli-value-link = ENLACE
cli-value-output = SALIDA.png|svg|pdf
cli-value-name-or-id = NOMBRE|ID
cli-value-pixels = PX
cli-value-dpi = N
cli-value-project-ron = PROYECTO.ron
cli-value-data = DATOS.csv|xlsx
cli-value-name = NOMBRE
cli-value-missing = CÓDIGO|COLUMNA=CÓDIGO
cli-value-column = COLUMNA
cli-value-format = FORMATO
cli-value-port = PUERTO
cli-value-dir = CARPETA
cli-value-code = CÓDIGO

## The command line's usage errors

cli-error = error:
cli-error-unknown-argument = argumento inesperado «{ $arg }»
cli-error-unknown-command = subcomando desconocido «{ $name }»
cli-error-bad-value = valor «{ $value }» no válido para { $arg }
cli-error-bad-value-why = valor «{ $value }» no válido para { $arg }: { $reason }
cli-error-no-value = { $arg } necesita un valor
cli-error-possible-values = valores posibles: { $values }
cli-error-twice = { $arg } solo se puede dar una vez
cli-error-conflict = { $arg } no se puede usar con { $others }
cli-error-conflict-any = { $arg } no se puede usar con uno de los otros argumentos dados
cli-error-missing = faltan estos argumentos obligatorios:
cli-error-missing-command = { $name } necesita un subcomando
cli-error-extra-value = valor «{ $value }» inesperado para { $arg }: no admite más
cli-error-value-count = { $arg } admite { $expected } valores, pero { $count ->
        [one] se dio 1
       *[other] se dieron { $count }
    }
cli-error-no-equals = { $arg } necesita un signo igual antes de su valor ({ $arg }=…)
cli-error-not-utf8 = un argumento no es texto UTF-8 válido
cli-error-unreadable = no se pudo leer la línea de comandos
cli-error-did-you-mean = ¿querías decir { $name }?
cli-error-try-help = Para más información, prueba { $help }.
cli-bad-number = «{ $text }» no es un número entero de { $min } a { $max }
