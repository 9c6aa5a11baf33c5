<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AloneForm</name>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>1 to 1440</source>
        <translation>de 1 a 1440</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>I chose it: restful time alone</source>
        <translation>Lo elegí: tiempo a solas para descansar</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Loneliness (optional)</source>
        <translation>Soledad (opcional)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Loneliness goes from 0 to 10, or leave it empty.</source>
        <translation>La soledad va de 0 a 10, o puedes dejarla vacía.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Minutes: a whole number from 1 to 1440.</source>
        <translation>Minutos: un número entero de 1 a 1440.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Not chosen</source>
        <translation>No lo elegí</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Was it chosen</source>
        <translation>Si lo elegiste o no</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Was it chosen?</source>
        <translation>¿Lo elegiste?</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Was this time you chose, or not? Pick one.</source>
        <translation>¿Fue un tiempo que elegiste, o no? Elige una opción.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>not lonely</source>
        <translation>sin soledad</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>very lonely</source>
        <translation>mucha soledad</translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <location filename="../../journal_app/app.py"/>
        <source>Not saved just now</source>
        <translation>Ahora mismo no se guardó</translation>
    </message>
    <message>
        <location filename="../../journal_app/app.py"/>
        <source>That did not work just now</source>
        <translation>Eso no ha funcionado ahora mismo</translation>
    </message>
    <message>
        <location filename="../../journal_app/app.py"/>
        <source>This is the demo. Its passphrase is: %1</source>
        <translation>Esta es la demostración. Su frase de contraseña es: %1</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/app_window.py"/>
        <source>&amp;Back; I will start a new journal</source>
        <translation>&amp;Volver; empezaré un diario nuevo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/app_window.py"/>
        <source>Bring your journal back</source>
        <translation>Recupera tu diario</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/app_window.py"/>
        <source>Choose the backup of your journal</source>
        <translation>Elige la copia de seguridad de tu diario</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/app_window.py"/>
        <source>Journal backup (*.jbak)</source>
        <translation>Copia de seguridad del diario (*.jbak)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/app_window.py"/>
        <source>The remembered passphrase did not open the journal; please type it.</source>
        <translation>La frase de contraseña recordada no abrió el diario; escríbela, por favor.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/app_window.py"/>
        <source>To bring back your journal from {name}, type the passphrase that was current when this backup was made.</source>
        <translation>Para recuperar tu diario desde {name}, escribe la frase de contraseña que usabas cuando se hizo esta copia.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/app_window.py"/>
        <source>Your passphrase is remembered on this device, but {reason}, so please type it.</source>
        <translation>Tu frase de contraseña está recordada en este dispositivo, pero {reason}, así que escríbela, por favor.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/app_window.py"/>
        <source>no system keyring can be reached just now</source>
        <translation>ahora mismo no se puede acceder a ningún llavero del sistema</translation>
    </message>
</context>
<context>
    <name>BackupFlows</name>
    <message>
        <location filename="../../journal_app/ui/backup_flows.py"/>
        <source>Putting the backup back…</source>
        <translation>Volviendo a poner la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backup_flows.py"/>
        <source>That did not work: {problem} The files are as they were.</source>
        <translation>Eso no funcionó: {problem} Los archivos están como estaban.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backup_flows.py"/>
        <source>The backup from {when} is back. Type the passphrase that was current when it was made. Your journal as it was is kept in {folder}.</source>
        <translation>La copia de seguridad del {when} está de vuelta. Escribe la frase de contraseña que tenías cuando se hizo. Tu diario tal como estaba se guarda en {folder}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backup_flows.py"/>
        <source>The backup from {when} is in place. The damaged files are kept, untouched, in {folder}.</source>
        <translation>La copia de seguridad del {when} está en su sitio. Los archivos dañados se guardan, sin tocar, en {folder}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backup_flows.py"/>
        <source>The backup was not restored: {problem} Your journal is as it was.</source>
        <translation>La copia de seguridad no se restauró: {problem} Tu diario está como estaba.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backup_flows.py"/>
        <source>The journal&apos;s file (journal.db) cannot be opened: {why}.</source>
        <translation>El archivo del diario (journal.db) no se puede abrir: {why}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backup_flows.py"/>
        <source>The key record that unlocks the journal (vault.key, and its copy) cannot be read.</source>
        <translation>El registro de claves que abre el diario (vault.key, y su copia) no se puede leer.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backup_flows.py"/>
        <source>This backup cannot be restored</source>
        <translation>Esta copia de seguridad no se puede restaurar</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backup_flows.py"/>
        <source>To put back the backup from {when}, type the passphrase that was current when it was made. Your journal as it is now is kept aside, not deleted.</source>
        <translation>Para volver a poner la copia de seguridad del {when}, escribe la frase de contraseña que tenías cuando se hizo. Tu diario tal como está ahora se guarda aparte, no se borra.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backup_flows.py"/>
        <source>Today&apos;s backup could not be made: {problem}

Your journal is as it was; the app tries again the next time you open it.</source>
        <translation>La copia de seguridad de hoy no se pudo hacer: {problem}

Tu diario está como estaba; la aplicación lo vuelve a intentar la próxima vez que lo abras.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backup_flows.py"/>
        <source>Today&apos;s backup was not made</source>
        <translation>La copia de seguridad de hoy no se hizo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backup_flows.py"/>
        <source>Your journal is back</source>
        <translation>Tu diario está de vuelta</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backup_flows.py"/>
        <source>something went wrong</source>
        <translation>algo falló</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backup_flows.py"/>
        <source>{problem}

Nothing was changed.</source>
        <translation>{problem}

No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>BackupsSection</name>
    <message>
        <location filename="../../journal_app/ui/backups_view.py"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backups_view.py"/>
        <source>&amp;Save a copy elsewhere…</source>
        <translation>&amp;Guardar una copia en otro sitio…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backups_view.py"/>
        <source>A backup file to keep somewhere else, on a USB stick for example</source>
        <translation>Un archivo de copia para guardar en otro sitio, por ejemplo en una memoria USB</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backups_view.py"/>
        <source>A backup is made when you first open the journal each day and when you close the app after changes; those of the last 7 days and 8 weeks are kept. Each is checked before older ones go. Backups are encrypted: each opens with the passphrase that was current when it was made.</source>
        <translation>Se hace una copia de seguridad la primera vez que abres el diario cada día y cuando cierras la aplicación tras hacer cambios; se guardan las de los últimos 7 días y 8 semanas. Cada una se comprueba antes de que se vayan las más antiguas. Las copias están cifradas: cada una se abre con la frase de contraseña que tenías cuando se hizo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backups_view.py"/>
        <source>Back up &amp;now</source>
        <translation>Hacer una copia &amp;ahora</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backups_view.py"/>
        <source>Backed up and checked: {when}.</source>
        <translation>Copia hecha y comprobada: {when}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backups_view.py"/>
        <source>Backing up…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backups_view.py"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backups_view.py"/>
        <source>Backups status</source>
        <translation>Estado de las copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backups_view.py"/>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, la más reciente primero</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backups_view.py"/>
        <source>Choose a backup to restore</source>
        <translation>Elige una copia para restaurar</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backups_view.py"/>
        <source>Journal backup (*.jbak)</source>
        <translation>Copia del diario (*.jbak)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backups_view.py"/>
        <source>No backup was made: something went wrong inside the app.</source>
        <translation>No se hizo ninguna copia: algo falló dentro de la aplicación.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backups_view.py"/>
        <source>No backup was made: {problem}</source>
        <translation>No se hizo ninguna copia: {problem}</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backups_view.py"/>
        <source>No backup yet: the first is made today.</source>
        <translation>Todavía no hay ninguna copia: la primera se hace hoy.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backups_view.py"/>
        <source>Put back the backup from {what}?

Your journal as it is now is kept aside in the journal&apos;s folder, not deleted. Afterwards the journal locks: open it with the passphrase that was current when this backup was made.</source>
        <translation>¿Volver a poner la copia de seguridad del {what}?

Tu diario tal como está ahora se guarda aparte en la carpeta del diario, no se borra. Después, el diario se bloquea: ábrelo con la frase de contraseña que tenías cuando se hizo esta copia.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backups_view.py"/>
        <source>Put the chosen backup back in place</source>
        <translation>Volver a poner la copia elegida en su sitio</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backups_view.py"/>
        <source>Restore from a &amp;file…</source>
        <translation>Restaurar desde un arc&amp;hivo…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backups_view.py"/>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia?</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backups_view.py"/>
        <source>Save a copy of the journal (encrypted)</source>
        <translation>Guardar una copia del diario (cifrada)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backups_view.py"/>
        <source>Saved and checked: {path}. It is encrypted and opens with the passphrase you use now.</source>
        <translation>Guardada y comprobada: {path}. Está cifrada y se abre con la frase de contraseña que usas ahora.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/backups_view.py"/>
        <source>{when} · {size} · {why}</source>
        <translation>{when} · {size} · {why}</translation>
    </message>
</context>
<context>
    <name>BoundaryForm</name>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Choose how it went</source>
        <translation>Elige cómo fue</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Choose how it went; any answer is all right.</source>
        <translation>Elige cómo fue; cualquier respuesta está bien.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Choose what kind of boundary this was.</source>
        <translation>Elige qué tipo de límite fue.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Choose what you did</source>
        <translation>Elige qué hiciste</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Circle (optional)</source>
        <translation>Círculo (opcional)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Fear before (optional)</source>
        <translation>Miedo antes (opcional)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Fear before goes from 0 to 10, or leave it empty.</source>
        <translation>«Miedo antes» va de 0 a 10, o puedes dejarlo vacío.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>How I felt after (optional)</source>
        <translation>Cómo me sentí después (opcional)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>How it went</source>
        <translation>Cómo fue</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>How you felt after goes from 0 to 10, or leave it empty.</source>
        <translation>«Cómo me sentí después» va de 0 a 10, o puedes dejarlo vacío.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>What I did</source>
        <translation>Qué hice</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>With whom (optional)</source>
        <translation>Con quién (opcional)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>no fear</source>
        <translation>sin miedo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>very afraid</source>
        <translation>mucho miedo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>very bad</source>
        <translation>muy mal</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>very good</source>
        <translation>muy bien</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>{name} is new here. Without a circle they are kept in your journal, not on your support map.</source>
        <translation>{name} aparece por primera vez. Sin un círculo, se queda en tu diario, no en tu mapa de apoyo.</translation>
    </message>
</context>
<context>
    <name>BreathingCircle</name>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>Breathing circle</source>
        <translation>Círculo de respiración</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>0 to 1440</source>
        <translation>de 0 a 1440</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>A topic, a question, a worry (optional)</source>
        <translation>Un tema, una pregunta, una preocupación (opcional)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>After the session (optional)</source>
        <translation>Después de la sesión (opcional)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Both ways</source>
        <translation>En los dos sentidos</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Choose a circle</source>
        <translation>Elige un círculo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Choose the circle this contact belongs to.</source>
        <translation>Elige el círculo al que pertenece este contacto.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Felt safe (optional)</source>
        <translation>Me sentí a salvo (opcional)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Felt safe goes from 1 to 5, or leave it empty.</source>
        <translation>«Me sentí a salvo» va de 1 a 5, o puedes dejarlo vacío.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>How it felt, from 0 (not at all) to 10 (completely): your own answers, to talk about together. Not a score.</source>
        <translation>Cómo se sintió, de 0 (nada) a 10 (totalmente): tus propias respuestas, para conversarlas en sesión. No es una nota.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>I gave</source>
        <translation>Yo di</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>I reached out</source>
        <translation>Tomé la iniciativa</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>I received</source>
        <translation>Yo recibí</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Keep it to one line of up to {n} characters.</source>
        <translation>Que quepa en una línea de hasta {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Minutes: a whole number from 0 to 1440.</source>
        <translation>Minutos: un número entero de 0 a 1440.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Share this topic with my therapist</source>
        <translation>Compartir este tema con mi terapeuta</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Support (optional)</source>
        <translation>Apoyo (opcional)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Who (optional)</source>
        <translation>Quién (opcional)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>completely</source>
        <translation>totalmente</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>not at all</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>not safe</source>
        <translation>nada a salvo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>very safe</source>
        <translation>muy a salvo</translation>
    </message>
</context>
<context>
    <name>CrisisLinesView</name>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>&amp;Add this line</source>
        <translation>&amp;Añadir esta línea</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>&amp;Remove the chosen line</source>
        <translation>&amp;Quitar la línea elegida</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>&amp;Where you are</source>
        <translation>&amp;Dónde estás</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>A local service, your doctor, a friend who said to call any time. Kept encrypted in your journal.</source>
        <translation>Un servicio local, tu médico, una amistad que te dijo que llamaras cuando quisieras. Se guarda cifrado en tu diario.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>Call {number}</source>
        <translation>Llamar al {number}</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>Choose where you are to see lines there.</source>
        <translation>Elige dónde estás para ver las líneas de allí.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>For anyone who is struggling</source>
        <translation>Para cualquier persona que lo esté pasando mal</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>For domestic violence and abuse</source>
        <translation>Para la violencia doméstica y el maltrato</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>For example: my GP, or Ana</source>
        <translation>Por ejemplo: mi médica de cabecera, o Ana</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>My &amp;safety plan</source>
        <translation>Mi &amp;plan de seguridad</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>N&amp;umber</source>
        <translation>Núm&amp;ero</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>Name of the line</source>
        <translation>Nombre de la línea</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>No lines for {country} are in the app yet: none could be checked against the service&apos;s own page. You can add the ones you know below.</source>
        <translation>Todavía no hay líneas de {country} en la aplicación: ninguna se pudo comprobar en la página del propio servicio. Abajo puedes añadir las que conozcas.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>None yet.</source>
        <translation>Ninguna todavía.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>Not chosen</source>
        <translation>Sin elegir</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>Number checked on {date} on {site}</source>
        <translation>Número comprobado el {date} en {site}</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>Open all day, every day</source>
        <translation>Abierto todo el día, todos los días</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>Someone to talk to</source>
        <translation>Alguien con quien hablar</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>Take a &amp;moment</source>
        <translation>Tómate un &amp;momento</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>Text {number}</source>
        <translation>Mensaje de texto al {number}</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>The number to call</source>
        <translation>El número al que llamar</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>When to call, or anything else (optional)</source>
        <translation>Cuándo llamar, o cualquier otra cosa (opcional)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>Where you are</source>
        <translation>Dónde estás</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>You do not have to be in crisis to call. These services listen.</source>
        <translation>No hace falta estar en crisis para llamar. Estos servicios escuchan.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>Your own lines</source>
        <translation>Tus propias líneas</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/crisis_lines_view.py"/>
        <source>or {number}</source>
        <translation>o al {number}</translation>
    </message>
</context>
<context>
    <name>DamageView</name>
    <message>
        <location filename="../../journal_app/ui/damage_view.py"/>
        <source>&amp;Look for a backup</source>
        <translation>&amp;Buscar una copia</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/damage_view.py"/>
        <source>&amp;Open it as it is</source>
        <translation>&amp;Abrirlo tal como está</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/damage_view.py"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/damage_view.py"/>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurar esta copia</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/damage_view.py"/>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/damage_view.py"/>
        <source>If you changed your passphrase after a backup was made, type the passphrase you used then to look again.</source>
        <translation>Si cambiaste tu frase de contraseña después de hacerse una copia, escribe la que usabas entonces para volver a buscar.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/damage_view.py"/>
        <source>Looking for the newest backup that passes every check…</source>
        <translation>Buscando la copia más reciente que pasa todas las comprobaciones…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/damage_view.py"/>
        <source>No backup that opens with your passphrase passes every check, or there is none yet.</source>
        <translation>Ninguna copia que se abra con tu frase de contraseña pasa todas las comprobaciones, o todavía no hay ninguna.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/damage_view.py"/>
        <source>Nothing was overwritten or deleted: the files are exactly as they were found. Your backups are checked before one is offered here.</source>
        <translation>No se sobrescribió ni se borró nada: los archivos están exactamente como se encontraron. Tus copias de seguridad se comprueban antes de ofrecerte una aquí.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/damage_view.py"/>
        <source>Part of your journal cannot be read</source>
        <translation>Una parte de tu diario no se puede leer</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/damage_view.py"/>
        <source>Passphrase to look for a backup</source>
        <translation>Frase de contraseña para buscar una copia</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/damage_view.py"/>
        <source>Putting the backup back…</source>
        <translation>Volviendo a poner la copia…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/damage_view.py"/>
        <source>The newest backup that passes every check is from {when}. Restoring it puts your journal back as it was then; the damaged files are kept aside in the journal&apos;s folder, not deleted.</source>
        <translation>La copia más reciente que pasa todas las comprobaciones es del {when}. Restaurarla deja tu diario como estaba entonces; los archivos dañados se guardan aparte en la carpeta del diario, no se borran.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/damage_view.py"/>
        <source>To copy out what you wrote since the backup; the damage stays.</source>
        <translation>Para copiar lo que escribiste después de la copia; el daño sigue ahí.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/damage_view.py"/>
        <source>Type your passphrase to look for a backup that opens with it.</source>
        <translation>Escribe tu frase de contraseña para buscar una copia que se abra con ella.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/damage_view.py"/>
        <source>What is wrong</source>
        <translation>Qué pasa</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/damage_view.py"/>
        <source>Working</source>
        <translation>En curso</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>A title (optional)</source>
        <translation>Un título (opcional)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>A title can be up to 200 characters.</source>
        <translation>Un título puede tener hasta 200 caracteres.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Note kept beside the entry</source>
        <translation>Nota junto a la entrada</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Tags are single words or short phrases, separated by commas.</source>
        <translation>Las etiquetas son palabras sueltas o frases cortas, separadas por comas.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Write a few words first; an entry cannot be empty.</source>
        <translation>Escribe primero unas palabras; una entrada no puede estar vacía.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Write as much or as little as you like.</source>
        <translation>Escribe tanto o tan poco como quieras.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>words, separated by commas (optional)</source>
        <translation>palabras, separadas por comas (opcional)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>&amp;Everything: the whole journal, every day</source>
        <translation>&amp;Todo: el diario entero, todos los días</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>&amp;From</source>
        <translation>D&amp;esde</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>&amp;Notes and journal entries</source>
        <translation>&amp;Notas y entradas del diario</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>&amp;Print it (no file is saved)</source>
        <translation>Im&amp;primirlo (no se guarda ningún archivo)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>A saved file is not encrypted: anyone who can open it can read it. You choose where it goes next; keep it somewhere private and delete it when you no longer need it.</source>
        <translation>Un archivo guardado no está cifrado: cualquiera que pueda abrirlo puede leerlo. A continuación eliges dónde guardarlo; déjalo en un lugar privado y bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>Any range, or everything: every record and person, to keep or move.</source>
        <translation>Cualquier periodo, o todo: cada registro y cada persona, para guardarlo o llevarlo a otro sitio.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>Choose another place</source>
        <translation>Elegir otro lugar</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>Choose another range</source>
        <translation>Elegir otro periodo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>Notes I &amp;marked to share</source>
        <translation>Notas que &amp;marqué para compartir</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>Nothing to include</source>
        <translation>No hay nada que incluir</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>Printing sends the summary straight to the printer; no file is saved.</source>
        <translation>Al imprimir, el resumen va directamente a la impresora; no se guarda ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>Printing was cancelled.</source>
        <translation>Se canceló la impresión.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>Save as &amp;JSON, every detail (to import elsewhere)</source>
        <translation>Guardar como &amp;JSON, con todos los detalles (para importarlo en otro sitio)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>Save as a &amp;CSV spreadsheet, one row per record</source>
        <translation>Guardar como hoja de cálculo &amp;CSV, una fila por registro</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>Save as a &amp;Markdown text file</source>
        <translation>Guardar como archivo de texto &amp;Markdown</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>Save as a P&amp;DF file</source>
        <translation>Guardar como archivo P&amp;DF</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>Save the summary as</source>
        <translation>Guardar el resumen como</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>Saved 1 record to {path}.</source>
        <translation>Se guardó 1 registro en {path}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>Saved {n} records to {path}.</source>
        <translation>Se guardaron {n} registros en {path}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>Sent to the printer. No file was saved.</source>
        <translation>Enviado a la impresora. No se guardó ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>Show people only by their circle and &amp;initial</source>
        <translation>Mostrar a las personas solo por su círculo y su &amp;inicial</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>Something went wrong inside the app; nothing was saved.</source>
        <translation>Algo falló dentro de la aplicación; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>Summary for therapy</source>
        <translation>Resumen para terapia</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>The file could not be written ({reason}). Nothing was saved.</source>
        <translation>No se pudo escribir el archivo ({reason}). No se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>The summary is saved to {path}.</source>
        <translation>El resumen está guardado en {path}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>The summary was not saved</source>
        <translation>El resumen no se guardó</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>Tick at least one kind of record.</source>
        <translation>Marca al menos un tipo de registro.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>Up to a year. The first page shows the latest week.</source>
        <translation>Hasta un año. La primera página muestra la semana más reciente.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>What to include</source>
        <translation>Qué incluir</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/export_view.py"/>
        <source>Working…</source>
        <translation>En curso…</translation>
    </message>
</context>
<context>
    <name>GroundingOffer</name>
    <message>
        <location filename="../../journal_app/ui/support/offer.py"/>
        <source>&amp;Take a moment</source>
        <translation>&amp;Tomarme un momento</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/offer.py"/>
        <source>Not &amp;now</source>
        <translation>Ahora &amp;no</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/offer.py"/>
        <source>Would a minute of grounding help?</source>
        <translation>¿Te ayudaría un minuto para volver al presente?</translation>
    </message>
</context>
<context>
    <name>GroundingView</name>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>&amp;Next</source>
        <translation>Si&amp;guiente</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>Adds an entry to your journal. Nothing is saved unless you press this.</source>
        <translation>Añade una entrada a tu diario. No se guarda nada a menos que pulses aquí.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>Breathe in</source>
        <translation>Inhala</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>Breathe out, slowly</source>
        <translation>Exhala, despacio</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>Breathe slowly</source>
        <translation>Respira despacio</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>Breathing</source>
        <translation>Respirar</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>Grounding</source>
        <translation>Volver al presente</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>Hold gently</source>
        <translation>Sostén el aire con suavidad</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>I am done for now</source>
        <translation>Por ahora ya está</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>I took a moment to ground myself.</source>
        <translation>Me tomé un momento para volver al presente.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>Listen for a moment. Notice three things you can hear.</source>
        <translation>Escucha un momento. Fíjate en tres cosas que puedas oír.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>Look around you. Notice five things you can see.</source>
        <translation>Mira a tu alrededor. Fíjate en cinco cosas que puedas ver.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>My &amp;safety plan</source>
        <translation>Mi &amp;plan de seguridad</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>Notice four things you can feel: your feet on the floor, your back, the air.</source>
        <translation>Fíjate en cuatro cosas que puedas sentir: tus pies en el suelo, tu espalda, el aire.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>Notice one thing you can taste, or take a sip of something.</source>
        <translation>Fíjate en algo que puedas saborear, o toma un sorbo de algo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>Notice two things you can smell, or two smells you like.</source>
        <translation>Fíjate en dos cosas que puedas oler, o en dos olores que te gusten.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>Notice what is around you (5-4-3-2-1)</source>
        <translation>Fíjate en lo que te rodea (5-4-3-2-1)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>Rest</source>
        <translation>Descansa</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>Save a &amp;note about this</source>
        <translation>Guardar una &amp;nota sobre esto</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>Saved in your journal.</source>
        <translation>Guardado en tu diario.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>Someone to &amp;talk to</source>
        <translation>Alguien con quien &amp;hablar</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>Start &amp;again</source>
        <translation>&amp;Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>Step {n} of {total}</source>
        <translation>Paso {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>Take a moment</source>
        <translation>Tómate un momento</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>Thank you for taking this moment.</source>
        <translation>Gracias por tomarte este momento.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>The note could not be saved just now.</source>
        <translation>Ahora mismo no se pudo guardar la nota.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>There is no right way to do this. Choose one, or just sit here.</source>
        <translation>No hay una forma correcta de hacerlo. Elige una, o simplemente quédate aquí.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>What to notice</source>
        <translation>En qué fijarte</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>What you noticed (not saved unless you ask)</source>
        <translation>Lo que notaste (no se guarda a menos que lo pidas)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/grounding.py"/>
        <source>You can type them here, or just notice them.</source>
        <translation>Puedes escribirlas aquí, o solo fijarte en ellas.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>&amp;Bearable</source>
        <translation>&amp;Bearable</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>&amp;Daylio</source>
        <translation>&amp;Daylio</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>&amp;Pixels</source>
        <translation>&amp;Pixels</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>&amp;Use these scores</source>
        <translation>&amp;Usar estas puntuaciones</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>, from {day}</source>
        <translation>, del {day}</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>, from {first} to {last}</source>
        <translation>, del {first} al {last}</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>1 boundary practised</source>
        <translation>1 límite practicado</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>1 connection moment</source>
        <translation>1 momento de conexión</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>1 is very low, 10 is very good</source>
        <translation>1 es muy bajo, 10 es muy bueno</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>1 journal entry</source>
        <translation>1 entrada del diario</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>1 mood check-in</source>
        <translation>1 registro de ánimo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>1 person new to your journal</source>
        <translation>1 persona nueva en tu diario</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>1 person was added to your journal; see People.</source>
        <translation>Se añadió 1 persona a tu diario; mírala en Personas.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>1 record was added to your journal.</source>
        <translation>Se añadió 1 registro a tu diario.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>1 time alone</source>
        <translation>1 tiempo a solas</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>1 was already there and was left as it was.</source>
        <translation>1 ya estaba y se dejó como estaba.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>A JSON export made by this app (Export, as JSON).</source>
        <translation>Una exportación JSON hecha con esta aplicación (Exportar, como JSON).</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>A file made with “jrnl --format json”.</source>
        <translation>Un archivo hecho con «jrnl --format json».</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>Bearable export (*.csv);;All files (*)</source>
        <translation>Exportación de Bearable (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>Bring in what you kept in another app. First you see what the file holds; nothing is added until you choose Import, and nothing is added twice.</source>
        <translation>Trae lo que guardabas en otra aplicación. Primero ves lo que contiene el archivo; no se añade nada hasta que elijas Importar, y nada se añade dos veces.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>Bring your history</source>
        <translation>Trae tu historial</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>Bringing it in…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>Choose a &amp;file…</source>
        <translation>&amp;Elegir un archivo…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>Choose the file to bring in</source>
        <translation>Elige el archivo que quieres traer</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>Day &amp;One</source>
        <translation>Day &amp;One</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>Day One export (*.zip *.json);;All files (*)</source>
        <translation>Exportación de Day One (*.zip *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>Daylio files (*.csv *.daylio);;All files (*)</source>
        <translation>Archivos de Daylio (*.csv *.daylio);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>Daylio lets you name your own moods, so those need a score here, from 1 (very low) to 10 (very good), to sit alongside the check-ins you make here. Daylio&apos;s own moods are filled in already; change any you like, then choose “Use these scores”.</source>
        <translation>Daylio te deja ponerles nombre a tus propios estados de ánimo, así que esos necesitan aquí una puntuación de 1 (muy bajo) a 10 (muy bueno), para estar junto a los registros que haces aquí. Los estados de ánimo propios de Daylio ya están puestos; cambia los que quieras y luego elige «Usar estas puntuaciones».</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>Dele&amp;te the original file after importing</source>
        <translation>Borrar el archivo original después de impor&amp;tar</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>File: {name}</source>
        <translation>Archivo: {name}</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>In Bearable: the menu at the top right, then the share icon: it exports a CSV file.</source>
        <translation>En Bearable: el menú de arriba a la derecha y luego el icono de compartir: exporta un archivo CSV.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>In Day One: Settings → Import/Export → Export → JSON. Choose the ZIP it makes, or the Journal.json inside it.</source>
        <translation>En Day One: Ajustes → Importar/Exportar → Exportar → JSON. Elige el ZIP que crea, o el Journal.json que hay dentro.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>In Daylio: More → Export entries (a CSV file), or More → Backup &amp; restore (a .daylio file).</source>
        <translation>En Daylio: Más → Exportar entradas (un archivo CSV), o Más → Copia de seguridad y restauración (un archivo .daylio).</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>In Pixels: Settings → Export Pixels data (a .json file).</source>
        <translation>En Pixels: Ajustes → Exportar datos de Pixels (un archivo .json).</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>It is not encrypted: anyone who uses this computer could open it. It is deleted only once everything is safely in your journal.</source>
        <translation>No está cifrado: cualquiera que use este dispositivo podría abrirlo. Solo se borra cuando todo está a salvo en tu diario.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>Journal export (*.json);;All files (*)</source>
        <translation>Exportación del diario (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>Mood in Daylio</source>
        <translation>Ánimo en Daylio</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>No file chosen yet.</source>
        <translation>Todavía no has elegido ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>Nothing has been added yet. Anything already in your journal stays as it is and is not added twice.</source>
        <translation>Todavía no se ha añadido nada. Lo que ya está en tu diario se queda como está y no se añade dos veces.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>Nothing new to add: all {n} records in this file were already in your journal, and were left as they were.</source>
        <translation>No hay nada nuevo que añadir: los {n} registros de este archivo ya estaban en tu diario y se dejaron como estaban.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>Nothing new to add: the 1 record in this file was already in your journal, and was left as it was.</source>
        <translation>No hay nada nuevo que añadir: el único registro de este archivo ya estaba en tu diario y se dejó como estaba.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>Nothing was imported; your journal is as it was.</source>
        <translation>No se importó nada; tu diario está como estaba.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>Pixels backup (*.json);;All files (*)</source>
        <translation>Copia de Pixels (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>Score for the mood “{mood}”</source>
        <translation>Puntuación para el estado de ánimo «{mood}»</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>Score here (1 very low, 10 very good)</source>
        <translation>Puntuación aquí (1 muy bajo, 10 muy bueno)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>Something went wrong inside the app.</source>
        <translation>Algo falló dentro de la aplicación.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>The file could not be read ({reason}).</source>
        <translation>No se pudo leer el archivo ({reason}).</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>The original file could not be deleted ({reason}); you may want to delete it yourself.</source>
        <translation>No se pudo borrar el archivo original ({reason}); quizá quieras borrarlo tú.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>The original file was deleted.</source>
        <translation>Se borró el archivo original.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>The scores changed. Choose “Use these scores” to read the file again.</source>
        <translation>Las puntuaciones cambiaron. Elige «Usar estas puntuaciones» para volver a leer el archivo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>This &amp;app</source>
        <translation>Esta &amp;aplicación</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>This file could not be read</source>
        <translation>No se pudo leer este archivo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>This file holds 1 record</source>
        <translation>Este archivo contiene 1 registro</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>This file holds nothing to bring in.</source>
        <translation>Este archivo no contiene nada que traer.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>This file holds {n} records</source>
        <translation>Este archivo contiene {n} registros</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>This is how each mood will be scored here, from 1 (very low) to 10 (very good). Change any you like, then choose “Use these scores”.</source>
        <translation>Así se puntuará aquí cada estado de ánimo, de 1 (muy bajo) a 10 (muy bueno). Cambia los que quieras y luego elige «Usar estas puntuaciones».</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>What kind of file is it?</source>
        <translation>¿Qué tipo de archivo es?</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>Working</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>Your Daylio moods</source>
        <translation>Tus estados de ánimo de Daylio</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>j&amp;rnl</source>
        <translation>j&amp;rnl</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>jrnl JSON (*.json);;All files (*)</source>
        <translation>JSON de jrnl (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>{head}: {listed}.</source>
        <translation>{head}: {listed}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>{name} was deleted.</source>
        <translation>Se borró {name}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>{n} boundaries practised</source>
        <translation>{n} límites practicados</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>{n} connection moments</source>
        <translation>{n} momentos de conexión</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>{n} journal entries</source>
        <translation>{n} entradas del diario</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>{n} mood check-ins</source>
        <translation>{n} registros de ánimo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>{n} people new to your journal</source>
        <translation>{n} personas nuevas en tu diario</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>{n} people were added to your journal; see People.</source>
        <translation>Se añadieron {n} personas a tu diario; míralas en Personas.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>{n} records were added to your journal.</source>
        <translation>Se añadieron {n} registros a tu diario.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>{n} times alone</source>
        <translation>{n} tiempos a solas</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>{n} were already there and were left as they were.</source>
        <translation>{n} ya estaban y se dejaron como estaban.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>{some} and {last}</source>
        <translation>{some} y {last}</translation>
    </message>
</context>
<context>
    <name>ImportSection</name>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>&amp;Bring your history…</source>
        <translation>&amp;Trae tu historial…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>Bring your history</source>
        <translation>Trae tu historial</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/import_view.py"/>
        <source>Kept a mood diary or journal somewhere else? Bring it in from Daylio, Day One, Bearable, Pixels, jrnl or an export of this app. You see what a file holds before anything is added.</source>
        <translation>¿Llevabas un diario de ánimo o un diario en otro sitio? Tráelo desde Daylio, Day One, Bearable, Pixels, jrnl o una exportación de esta aplicación. Ves lo que contiene un archivo antes de que se añada nada.</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../journal_app/ui/journal_view.py"/>
        <source>1 record {span}.</source>
        <translation>Un registro {span}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/journal_view.py"/>
        <source>Choose a record to read or change it, or write a new entry.</source>
        <translation>Elige un registro para leerlo o cambiarlo, o escribe una entrada nueva.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/journal_view.py"/>
        <source>Delete the chosen record</source>
        <translation>Borrar el registro elegido</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/journal_view.py"/>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/journal_view.py"/>
        <source>Found {n} for “{text}” {span}.</source>
        <translation>Resultados para «{text}» {span}: {n}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/journal_view.py"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/journal_view.py"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/journal_view.py"/>
        <source>Journal entry (restored)</source>
        <translation>Entrada del diario (recuperada)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/journal_view.py"/>
        <source>New entry</source>
        <translation>Entrada nueva</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/journal_view.py"/>
        <source>New entry (restored)</source>
        <translation>Entrada nueva (recuperada)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/journal_view.py"/>
        <source>Nothing found for “{text}” {span}. Other days hold {n}: change From or To to see them.</source>
        <translation>No se encontró nada para «{text}» {span}. En otros días hay {n}: cambia Desde o Hasta para verlos.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/journal_view.py"/>
        <source>Nothing found for “{text}”.</source>
        <translation>No se encontró nada para «{text}».</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/journal_view.py"/>
        <source>Nothing recorded {span}.</source>
        <translation>No hay nada registrado {span}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/journal_view.py"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/journal_view.py"/>
        <source>Open the chosen record</source>
        <translation>Abrir el registro elegido</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/journal_view.py"/>
        <source>Put this writing away?</source>
        <translation>¿Dejar este texto a un lado?</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/journal_view.py"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/journal_view.py"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/journal_view.py"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/journal_view.py"/>
        <source>Search entries, titles, tags and notes</source>
        <translation>Buscar en entradas, títulos, etiquetas y notas</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/journal_view.py"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/journal_view.py"/>
        <source>What the list shows</source>
        <translation>Lo que muestra la lista</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/journal_view.py"/>
        <source>What you changed here will not be kept. Save it first if you want it.</source>
        <translation>Lo que cambiaste aquí no se conservará. Guárdalo antes si lo quieres.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/journal_view.py"/>
        <source>Write a new journal entry (Ctrl+N)</source>
        <translation>Escribir una entrada nueva en el diario (Control+N)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/journal_view.py"/>
        <source>from {start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/journal_view.py"/>
        <source>on {day}</source>
        <translation>el {day}</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/journal_view.py"/>
        <source>{n} records {span}.</source>
        <translation>Registros {span}: {n}.</translation>
    </message>
</context>
<context>
    <name>MainView</name>
    <message>
        <location filename="../../journal_app/ui/main_view.py"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/main_view.py"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/main_view.py"/>
        <source>Lock the journal (Ctrl+L)</source>
        <translation>Bloquear el diario (Control+L)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/main_view.py"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/main_view.py"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/main_view.py"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/main_view.py"/>
        <source>This page could not be opened just now. Your journal is safe; try locking and opening it again.</source>
        <translation>Ahora mismo no se pudo abrir esta página. Tu diario está a salvo; prueba a bloquearlo y abrirlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/main_view.py"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/main_view.py"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/sections.py"/>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/sections.py"/>
        <source>Someone to talk to</source>
        <translation>Con quién hablar</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/sections.py"/>
        <source>Take a moment</source>
        <translation>Tómate un momento</translation>
    </message>
</context>
<context>
    <name>MoodForm</name>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Distress (optional)</source>
        <translation>Malestar (opcional)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Distress goes from 0 to 10, or leave it empty.</source>
        <translation>El malestar va de 0 a 10, o puedes dejarlo vacío.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Pick how you feel: 1 is very low, 10 is very good.</source>
        <translation>Elige cómo te sientes: 1 es muy bajo, 10 es muy bueno.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Words for it (optional)</source>
        <translation>Palabras para describirlo (opcional)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>a great deal</source>
        <translation>muchísimo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>none</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>very good</source>
        <translation>muy bueno</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>very low</source>
        <translation>muy bajo</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>A name cannot be empty; initials are enough.</source>
        <translation>El nombre no puede estar vacío; bastan unas iniciales.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>A name, nickname or initials</source>
        <translation>Un nombre, un apodo o unas iniciales</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>Add this person</source>
        <translation>Añadir a esta persona</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>Apart from that, the journal keeps the name nowhere: not in its search index, and the space it took is wiped. Backups you made earlier still hold it.</source>
        <translation>Aparte de eso, el diario no guarda el nombre en ningún otro sitio, tampoco en su índice de búsqueda, y el espacio que ocupaba se borra. Las copias de seguridad que hiciste antes todavía lo contienen.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>Bring back</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>Choose a circle</source>
        <translation>Elige un círculo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>Choose someone to see your recent moments with them. People you name in a connection join your support map; someone new you name only in a boundary is kept here, off the map, unless you give them a circle.</source>
        <translation>Elige a alguien para ver tus momentos recientes con esa persona. Las personas que nombras en una conexión se suman a tu mapa de apoyo; una persona nueva a la que solo nombras en un límite se queda aquí, fuera del mapa, a menos que le des un círculo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>Choose which circle {name} belongs to, or “Not on my support map”.</source>
        <translation>Elige a qué círculo pertenece {name}, o «Fuera de mi mapa de apoyo».</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>Circle of the person to add</source>
        <translation>Círculo de la persona que vas a añadir</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>Delete this person</source>
        <translation>Borrar a esta persona</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>Delete {name}</source>
        <translation>Borrar a {name}</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>Move to this circle</source>
        <translation>Mover a este círculo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>Name of the person to add</source>
        <translation>Nombre de la persona que vas a añadir</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>New name</source>
        <translation>Nombre nuevo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>No moments with {name} recorded yet.</source>
        <translation>Todavía no hay momentos registrados con {name}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>No record carries their name.</source>
        <translation>Ningún registro lleva su nombre.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>P&amp;icture</source>
        <translation>&amp;Dibujo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>People, by circle</source>
        <translation>Personas, por círculo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>Pick another name.</source>
        <translation>Elige otro nombre.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>Recent moments</source>
        <translation>Momentos recientes</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>Rename</source>
        <translation>Cambiar el nombre</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>Show archived people</source>
        <translation>Mostrar a las personas archivadas</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>The one record that named them stays, without a name.</source>
        <translation>El único registro que la nombraba se queda, sin nombre.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>The people in your journal. Those with a circle make up your support map, closest first; what each circle means is written under its name.</source>
        <translation>Las personas de tu diario. Las que tienen un círculo forman tu mapa de apoyo, de la más cercana a la más lejana; lo que significa cada círculo está escrito bajo su nombre.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>Their name is taken off the one record that carries it; the record stays, shown without a name.</source>
        <translation>Su nombre se quita del único registro que lo lleva; el registro se queda y se muestra sin nombre.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>Their name is taken off the {n} records that carry it; the records stay, shown without a name.</source>
        <translation>Su nombre se quita de los {n} registros que lo llevan; los registros se quedan y se muestran sin nombre.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>This cannot be undone. Delete {name}?</source>
        <translation>Esto no se puede deshacer. ¿Borrar a {name}?</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>Type a name, a nickname or initials first.</source>
        <translation>Escribe primero un nombre, un apodo o unas iniciales.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>Ways to see your support map</source>
        <translation>Formas de ver tu mapa de apoyo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>What just happened</source>
        <translation>Lo que acaba de pasar</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>What you wrote yourself (notes, entries, your safety plan) is not changed: if you typed the name there, it stays there until you edit it.</source>
        <translation>Lo que escribiste tú (notas, entradas, tu plan de seguridad) no cambia: si escribiste el nombre allí, seguirá allí hasta que lo edites.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>nobody here yet</source>
        <translation>todavía no hay nadie aquí</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>{name} (archived)</source>
        <translation>{name} (en el archivo)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>{name} is already in your journal, off your support map.</source>
        <translation>{name} ya está en tu diario, fuera de tu mapa de apoyo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>{name} is already in your support map.</source>
        <translation>{name} ya está en tu mapa de apoyo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>{name} was deleted.</source>
        <translation>Se borró a {name}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>{name} will be removed from your journal.</source>
        <translation>{name} se quitará de tu diario.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/people_view.py"/>
        <source>{n} records stay, without a name.</source>
        <translation>{n} registros se quedan, sin nombre.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../journal_app/ui/widgets.py"/>
        <source>A name, nickname or initials (optional)</source>
        <translation>Un nombre, un apodo o unas iniciales (opcional)</translation>
    </message>
</context>
<context>
    <name>PromptLine</name>
    <message>
        <location filename="../../journal_app/ui/support/prompt_line.py"/>
        <source>A prompt, if you would like one</source>
        <translation>Una sugerencia para escribir, si quieres</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/prompt_line.py"/>
        <source>Another</source>
        <translation>Otra</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/prompt_line.py"/>
        <source>Another prompt</source>
        <translation>Otra sugerencia</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/prompt_line.py"/>
        <source>No prompts</source>
        <translation>Sin sugerencias</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/prompt_line.py"/>
        <source>Prompts are off. You can turn them on again here or in Settings.</source>
        <translation>Las sugerencias están desactivadas. Puedes volver a activarlas aquí o en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/prompt_line.py"/>
        <source>Turn prompts back on</source>
        <translation>Volver a activar las sugerencias</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/prompt_line.py"/>
        <source>Turn writing prompts off (you can undo this)</source>
        <translation>Desactivar las sugerencias para escribir (puedes deshacerlo)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/prompt_line.py"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../journal_app/ui/qt_words.py"/>
        <source>Drive</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/qt_words.py"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Carpeta</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../journal_app/ui/qt_words.py"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/qt_words.py"/>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>RecencyLegend</name>
    <message>
        <location filename="../../journal_app/ui/support_map.py"/>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support_map.py"/>
        <source>dotted outline</source>
        <translation>contorno punteado</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support_map.py"/>
        <source>thick outline</source>
        <translation>contorno grueso</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support_map.py"/>
        <source>thin outline</source>
        <translation>contorno fino</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support_map.py"/>
        <source>{outline}: {meaning}</source>
        <translation>{outline}: {meaning}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>A name can be a nickname or initials, on one line.</source>
        <translation>Un nombre puede ser un apodo o unas iniciales, en una sola línea.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Anything you want to remember (optional)</source>
        <translation>Cualquier cosa que quieras recordar (opcional)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Pick a date and time for this.</source>
        <translation>Elige una fecha y una hora para esto.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>Share with my therapist</source>
        <translation>Compartir con mi terapeuta</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>This note is too long to keep in one piece.</source>
        <translation>Esta nota es demasiado larga para guardarla entera.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
</context>
<context>
    <name>RecordReader</name>
    <message>
        <location filename="../../journal_app/ui/record_reader.py"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/record_reader.py"/>
        <source>Edit this record</source>
        <translation>Editar este registro</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/record_reader.py"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/record_reader.py"/>
        <source>Marked to share with my therapist.</source>
        <translation>Marcado para compartir con mi terapeuta.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/record_reader.py"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/record_reader.py"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/record_reader.py"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <location filename="../../journal_app/ui/recovery_code.py"/>
        <source>Copied. The clipboard is cleared again in a minute, or when you close the app.</source>
        <translation>Copiado. El portapapeles se vacía de nuevo en un minuto, o cuando cierres la aplicación.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/recovery_code.py"/>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/recovery_code.py"/>
        <source>Recovery code for your journal:

%1

Keep this page somewhere safe.</source>
        <translation>Código de recuperación de tu diario:

%1

Guarda esta página en un lugar seguro.</translation>
    </message>
</context>
<context>
    <name>Reflections</name>
    <message>
        <location filename="../../journal_app/ui/support/prompt_line.py"/>
        <source>{prompt} (optional)</source>
        <translation>{prompt} (opcional)</translation>
    </message>
</context>
<context>
    <name>SafetyPlanView</name>
    <message>
        <location filename="../../journal_app/ui/support/safety_plan_view.py"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/safety_plan_view.py"/>
        <source>A PDF is not encrypted: anyone who can open the file can read your plan. Choose a place only you can reach.</source>
        <translation>Un PDF no está cifrado: cualquiera que pueda abrir el archivo puede leer tu plan. Elige un lugar al que solo llegues tú.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/safety_plan_view.py"/>
        <source>Choose a place outside the journal&apos;s own folder. Nothing was written.</source>
        <translation>Elige un lugar fuera de la carpeta del propio diario. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/safety_plan_view.py"/>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/safety_plan_view.py"/>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/safety_plan_view.py"/>
        <source>Save your safety plan</source>
        <translation>Guardar tu plan de seguridad</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/safety_plan_view.py"/>
        <source>Save your safety plan as a PDF?</source>
        <translation>¿Guardar tu plan de seguridad como PDF?</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/safety_plan_view.py"/>
        <source>Saved to {path}.</source>
        <translation>Guardado en {path}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/safety_plan_view.py"/>
        <source>Sent to the printer. No file was written.</source>
        <translation>Enviado a la impresora. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/safety_plan_view.py"/>
        <source>Someone to &amp;talk to</source>
        <translation>Alguien con quien &amp;hablar</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/safety_plan_view.py"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/safety_plan_view.py"/>
        <source>Take a &amp;moment</source>
        <translation>Tómate un &amp;momento</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/safety_plan_view.py"/>
        <source>The PDF could not be written ({problem}). Nothing was saved.</source>
        <translation>No se pudo escribir el PDF ({problem}). No se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/safety_plan_view.py"/>
        <source>This step is longer than the plan can keep ({problem}). The rest of the plan is saved; shorten this step and it will be saved too.</source>
        <translation>Este paso es más largo de lo que el plan puede guardar ({problem}). El resto del plan está guardado; acorta este paso y también se guardará.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/safety_plan_view.py"/>
        <source>Your own plan for a hard night, in your own words. Fill in what you can; it is kept encrypted and saved as you type.</source>
        <translation>Tu propio plan para una noche difícil, con tus propias palabras. Rellena lo que puedas; se guarda cifrado mientras escribes.</translation>
    </message>
</context>
<context>
    <name>ScalePicker</name>
    <message>
        <location filename="../../journal_app/ui/widgets.py"/>
        <source>not chosen, from {low} to {high}</source>
        <translation>sin elegir, de {low} a {high}</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/widgets.py"/>
        <source>{value} of {high}</source>
        <translation>{value} de {high}</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>%n backups made before this change still open with the old passphrase (or the recovery code of that time). They hold only what was written before the change.

If someone else may know the old passphrase, delete them now. A new backup, locked with your new passphrase, is made first.

Delete the old backups?</source>
        <translation>
            <numerusform>%n copia de seguridad hecha antes de este cambio todavía se abre con la frase de contraseña antigua (o con el código de recuperación de entonces). Solo contiene lo que se escribió antes del cambio.

Si otra persona puede conocer la frase de contraseña antigua, bórrala ahora. Antes se hace una copia nueva, protegida con tu nueva frase de contraseña.

¿Borrar la copia antigua?</numerusform>
            <numerusform>%n copias de seguridad hechas antes de este cambio todavía se abren con la frase de contraseña antigua (o con el código de recuperación de entonces). Solo contienen lo que se escribió antes del cambio.

Si otra persona puede conocer la frase de contraseña antigua, bórralas ahora. Antes se hace una copia nueva, protegida con tu nueva frase de contraseña.

¿Borrar las copias antiguas?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>&amp;Lock after this long idle</source>
        <translation>&amp;Bloquear tras este tiempo sin uso</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>&amp;Open the journal without typing the passphrase</source>
        <translation>&amp;Abrir el diario sin escribir la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>&amp;Quick exit shortcut</source>
        <translation>Atajo de &amp;salida rápida</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>&amp;Weeks start on</source>
        <translation>Las semanas empie&amp;zan el</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>A new passphrase locks the journal with a new key: afterwards the old one opens nothing here, not even with a copy of the old key file. Type your recovery code to keep it, or leave it empty to get a new one, shown once.</source>
        <translation>Una frase de contraseña nueva protege el diario con una clave nueva: después, la antigua ya no abre nada aquí, ni siquiera con una copia del archivo de clave antiguo. Escribe tu código de recuperación para conservarlo, o déjalo vacío para recibir uno nuevo, que se muestra una sola vez.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>A restore kept the journal it replaced in %1 (a folder named replaced-…). It opens with the passphrase of its time and may hold writing that is not in this journal, so it was left as it is.</source>
        <translation>Una restauración guardó el diario que reemplazó en %1 (una carpeta llamada replaced-…). Se abre con la frase de contraseña de entonces y puede contener textos que no están en este diario, así que se dejó como está.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Appearance and weeks</source>
        <translation>Apariencia y semanas</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Backups from before the change</source>
        <translation>Copias de seguridad de antes del cambio</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>C&amp;urrent passphrase</source>
        <translation>Frase de contraseña &amp;actual</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Choose a key together with Ctrl, Alt or Shift (and not Ctrl+L, which already locks). The shortcut was left as it was.</source>
        <translation>Elige una tecla junto con Control, Alt o Mayúsculas (y no Control+L, que ya bloquea). El atajo se dejó como estaba.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Cop&amp;y</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Current recovery code (to &amp;keep it)</source>
        <translation>Código de recuperación actual (para &amp;conservarlo)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Current recovery code, to keep it</source>
        <translation>Código de recuperación actual, para conservarlo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>L&amp;arger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Leave empty for a new code</source>
        <translation>Déjalo vacío para recibir un código nuevo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Lock after idle minutes</source>
        <translation>Bloquear tras estos minutos sin uso</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Locking and privacy</source>
        <translation>Bloqueo y privacidad</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Make a new recovery code if the old one is lost or someone else may have seen it. The journal is locked with a new key, so the old code stops working, even with a copy of the old key file.</source>
        <translation>Crea un código de recuperación nuevo si perdiste el antiguo o si otra persona ha podido verlo. El diario se protege con una clave nueva, así que el código antiguo deja de funcionar, incluso con una copia del archivo de clave antiguo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Ne&amp;w passphrase</source>
        <translation>Frase de contraseña &amp;nueva</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>New passphrase</source>
        <translation>Frase de contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>New recovery code</source>
        <translation>Código de recuperación nuevo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Off unless you choose it. When on, this computer&apos;s keyring opens the journal when you start the app; locking still asks for the passphrase. Anyone who can use your login could read it, so leave it off on a shared computer.</source>
        <translation>Desactivado a menos que lo elijas. Si lo activas, el llavero de este dispositivo abre el diario cuando inicias la aplicación; al bloquear, se sigue pidiendo la frase de contraseña. Cualquiera que pueda usar tu sesión podría leerlo, así que déjalo desactivado en un dispositivo compartido.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>One backup made before this change still opens with the old passphrase (or the recovery code of that time). It holds only what was written before the change.

If someone else may know the old passphrase, delete it now. A new backup, locked with your new passphrase, is made first.

Delete the old backup?</source>
        <translation>Una copia de seguridad hecha antes de este cambio todavía se abre con la frase de contraseña antigua (o con el código de recuperación de entonces). Solo contiene lo que se escribió antes del cambio.

Si otra persona puede conocer la frase de contraseña antigua, bórrala ahora. Antes se hace una copia nueva, protegida con tu nueva frase de contraseña.

¿Borrar la copia antigua?</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Passphrase for a new recovery code</source>
        <translation>Frase de contraseña para un código de recuperación nuevo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Passphrase to remember</source>
        <translation>Frase de contraseña que se recordará</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Quick exit is now %1.</source>
        <translation>La salida rápida ahora es %1.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Quick exit locks the journal, clears the window and minimises it at once. Ctrl+L locks without minimising.</source>
        <translation>La salida rápida bloquea el diario, vacía la ventana y la minimiza de golpe. Control+L bloquea sin minimizar.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Quick exit shortcut</source>
        <translation>Atajo de salida rápida</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Remember it</source>
        <translation>Recordarla</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Remember on this device</source>
        <translation>Recordar en este dispositivo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Remembered on this device.</source>
        <translation>Recordada en este dispositivo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Show a new recovery &amp;code</source>
        <translation>Mostrar un &amp;código de recuperación nuevo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Algo falló. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>That passphrase is not the current one. Nothing was changed.</source>
        <translation>Esa no es la frase de contraseña actual. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>The app speaks the language you chose from the next time it starts.</source>
        <translation>La aplicación usará el idioma que elegiste a partir de la próxima vez que se inicie.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>The backups from before the change are deleted. A new backup, locked with your new passphrase, is in %1.</source>
        <translation>Las copias de seguridad de antes del cambio están borradas. Hay una copia nueva, protegida con tu nueva frase de contraseña, en %1.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>The backups from before the change were kept, in %1. They still open with the old passphrase.</source>
        <translation>Las copias de seguridad de antes del cambio se conservaron, en %1. Todavía se abren con la frase de contraseña antigua.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>The keyring could not be reached just now.</source>
        <translation>Ahora mismo no se pudo acceder al llavero.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>The keyring could not be updated, so it no longer opens the journal.</source>
        <translation>No se pudo actualizar el llavero, así que ya no abre el diario.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>The keyring could not keep it; the setting stays off.</source>
        <translation>El llavero no pudo guardarla; la opción sigue desactivada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>The old backups could not all be deleted: %1</source>
        <translation>No se pudieron borrar todas las copias antiguas: %1</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>The two new passphrases are not the same yet.</source>
        <translation>Las dos frases de contraseña nuevas todavía no coinciden.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>The window and its dialogs then say &quot;Notes&quot; at once; the name the taskbar shows for the app changes the next time it starts.</source>
        <translation>Entonces la ventana y sus diálogos dicen «Notas» al momento; el nombre que muestra la barra de tareas para la aplicación cambia la próxima vez que se inicie.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>This is your new recovery code; the old one no longer works, not even with a copy of the old key file. Keep it safe.</source>
        <translation>Este es tu nuevo código de recuperación; el antiguo ya no funciona, ni siquiera con una copia del archivo de clave antiguo. Guárdalo en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>This is your new recovery code; the old one no longer works. It is shown only now: print it or write it down, and keep it safe.</source>
        <translation>Este es tu nuevo código de recuperación; el antiguo ya no funciona. Solo se muestra ahora: imprímelo o apúntalo, y guárdalo en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Type it a&amp;gain</source>
        <translation>Escríbela &amp;otra vez</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Type the new passphrase again</source>
        <translation>Escribe otra vez la frase de contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Use a &amp;neutral window title (&quot;Notes&quot;)</source>
        <translation>Usar un título de ventana &amp;neutro («Notas»)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Weeks start on</source>
        <translation>Las semanas empiezan el</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Working</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Your new recovery code is shown below.</source>
        <translation>Tu nuevo código de recuperación se muestra abajo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Your passphrase</source>
        <translation>Tu frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Your passphrase is changed, and the journal is locked with a new key: the old passphrase no longer opens it, not even with a copy of the old key file.</source>
        <translation>Tu frase de contraseña ha cambiado y el diario está protegido con una clave nueva: la frase antigua ya no lo abre, ni siquiera con una copia del archivo de clave antiguo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings_view.py"/>
        <source>Your recovery code stays the same.</source>
        <translation>Tu código de recuperación sigue siendo el mismo.</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../../journal_app/ui/passphrase_fields.py"/>
        <source>A few words you will remember work well, for example four words in a row.</source>
        <translation>Funcionan bien unas cuantas palabras que vayas a recordar, por ejemplo cuatro palabras seguidas.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/passphrase_fields.py"/>
        <source>A little longer, please: at least %1 characters.</source>
        <translation>Un poco más larga, por favor: al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/passphrase_fields.py"/>
        <source>Fair. Longer is stronger: try adding another word or two.</source>
        <translation>Sirve. Cuanto más larga, más segura: prueba a añadir una o dos palabras más.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/passphrase_fields.py"/>
        <source>Good. A word or two more makes it even harder to guess.</source>
        <translation>Bien. Una o dos palabras más la hacen aún más difícil de adivinar.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/passphrase_fields.py"/>
        <source>Strong: this would take a very long time to guess.</source>
        <translation>Muy segura: adivinarla llevaría muchísimo tiempo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>&amp;Last group of the code</source>
        <translation>Ú&amp;ltimo grupo del código</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>&amp;Remember on this device</source>
        <translation>&amp;Recordar en este dispositivo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>&amp;Type it again</source>
        <translation>&amp;Escríbela otra vez</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>Begin</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>Choose a passphrase</source>
        <translation>Elige una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>Create my journal</source>
        <translation>Crear mi diario</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>Everything stays on this computer, in the folder %1, locked with a passphrase you choose. Nothing is ever sent anywhere: the app does not use the internet.</source>
        <translation>Todo se queda en este dispositivo, en la carpeta %1, protegido con una frase de contraseña que eliges tú. Nunca se envía nada a ningún sitio: la aplicación no usa internet.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>I have a &amp;backup of my journal…</source>
        <translation>Tengo una &amp;copia de seguridad de mi diario…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>I have kept it safe</source>
        <translation>Ya lo tengo a salvo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>If you ever forget your passphrase, this code is the only way back in. It is shown only this once. Write it down or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>Si alguna vez olvidas tu frase de contraseña, este código es la única forma de volver a entrar. Solo se muestra esta vez. Apúntalo o imprímelo, y guárdalo en un lugar seguro, lejos de este dispositivo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>It locks your journal: without it, or the recovery code shown next, nobody can open it, not even on this computer.</source>
        <translation>Es la llave de tu diario: sin ella, o sin el código de recuperación que verás a continuación, nadie puede abrirlo, ni siquiera en este dispositivo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>Last group of the recovery code</source>
        <translation>Último grupo del código de recuperación</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>Lock ({keys}), at the bottom of the list on the left, closes the journal; your passphrase opens it again.</source>
        <translation>Bloquear ({keys}), al final de la lista de la izquierda, cierra el diario; tu frase de contraseña lo vuelve a abrir.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>Off unless you choose it. When on, the window, its dialogs and the taskbar say &quot;Notes&quot; rather than &quot;Journal&quot;, so a glance at the screen tells nothing.</source>
        <translation>Desactivado a menos que lo elijas. Si lo activas, la ventana, sus diálogos y la barra de tareas dicen «Notas» en lugar de «Diario», así que una mirada a la pantalla no revela nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>Off unless you choose it. When on, this computer&apos;s keyring opens the journal for you when you start the app. Anyone who can use your login could then read it, so leave it off on a shared computer.</source>
        <translation>Desactivado a menos que lo elijas. Si lo activas, el llavero de este dispositivo te abre el diario cuando inicias la aplicación. Cualquiera que pueda usar tu sesión podría entonces leerlo, así que déjalo desactivado en un dispositivo compartido.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>On a new computer: bring your journal back from a backup file (.jbak).</source>
        <translation>En un ordenador nuevo: recupera tu diario desde un archivo de copia de seguridad (.jbak).</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>One last check</source>
        <translation>Una última comprobación</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>Open my journal</source>
        <translation>Abrir mi diario</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>Quick exit ({keys}), just below it, locks the journal, clears the window and minimises it at once: for when someone comes near. It is on the locked screen too.</source>
        <translation>Salida rápida ({keys}), justo debajo, bloquea el diario, vacía la ventana y la minimiza de golpe: para cuando alguien se acerca. También está en la pantalla de bloqueo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>Remember on this device</source>
        <translation>Recordar en este dispositivo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>Setting up takes a minute or two. There is no rush.</source>
        <translation>Prepararlo lleva un minuto o dos. No hay prisa.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>Show the code again</source>
        <translation>Ver el código otra vez</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>Something went wrong while creating the journal. Nothing was saved.</source>
        <translation>Algo falló al crear el diario. No se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>That is not quite the last group. Have a look at the code again.</source>
        <translation>Ese no es exactamente el último grupo. Vuelve a mirar el código.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>The journal also locks itself after 1 minute without use.</source>
        <translation>El diario también se bloquea solo tras 1 minuto sin uso.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>The journal also locks itself after {n} minutes without use.</source>
        <translation>El diario también se bloquea solo tras {n} minutos sin uso.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>The journal does not lock itself when left alone.</source>
        <translation>El diario no se bloquea solo cuando lo dejas sin usar.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases de contraseña todavía no coinciden.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>This is a private journal for you alone: how you feel, the moments you connect with people, time on your own, the boundaries you practise, and anything you want to write.</source>
        <translation>Este es un diario privado, solo para ti: cómo te sientes, los momentos en que conectas con otras personas, el tiempo a solas, los límites que practicas y todo lo que quieras escribir.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>To be sure the code is kept, type its last group: the four characters after the last dash.</source>
        <translation>Para asegurarte de que guardaste el código, escribe su último grupo: los cuatro caracteres después del último guion.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>Type the passphrase again</source>
        <translation>Escribe otra vez la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>Use a &amp;neutral window title (&quot;Notes&quot;)</source>
        <translation>Usar un título de ventana &amp;neutro («Notas»)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>Welcome</source>
        <translation>Te damos la bienvenida</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>Working</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>You can change all of this in Settings.</source>
        <translation>Puedes cambiar todo esto en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/setup_view.py"/>
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <location filename="../../journal_app/ui/support/safety_plan_view.py"/>
        <source>Add someone from your support map to: {step}</source>
        <translation>Añadir a alguien de tu mapa de apoyo a: {step}</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/safety_plan_view.py"/>
        <source>Add someone from your support map…</source>
        <translation>Añadir a alguien de tu mapa de apoyo…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/safety_plan_view.py"/>
        <source>One thing on each line.</source>
        <translation>Una cosa en cada línea.</translation>
    </message>
</context>
<context>
    <name>SupportGroup</name>
    <message>
        <location filename="../../journal_app/ui/support/settings_group.py"/>
        <source>&amp;Remind me to check in each day</source>
        <translation>&amp;Recordarme cada día que anote cómo estoy</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/settings_group.py"/>
        <source>A reminder says only “A moment to check in, if you would like.” Nothing from your journal, and with the neutral title on, not the app&apos;s name either. It comes while the app is open.</source>
        <translation>Un recordatorio solo dice «Un momento para ver cómo estás, si quieres.» Nada de tu diario y, con el título neutro activado, tampoco el nombre de la aplicación. Llega mientras la aplicación está abierta.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/settings_group.py"/>
        <source>At &amp;this time</source>
        <translation>A &amp;esta hora</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/settings_group.py"/>
        <source>Crisis &amp;lines for</source>
        <translation>&amp;Líneas de ayuda de</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/settings_group.py"/>
        <source>Crisis lines for</source>
        <translation>Líneas de ayuda de</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/settings_group.py"/>
        <source>Not chosen</source>
        <translation>Sin elegir</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/settings_group.py"/>
        <source>Offer &amp;writing prompts</source>
        <translation>Ofrecer &amp;sugerencias para escribir</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/settings_group.py"/>
        <source>Reduce &amp;motion (the breathing guide keeps still)</source>
        <translation>Reducir el &amp;movimiento (respiración sin animación)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/settings_group.py"/>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/settings_group.py"/>
        <source>Start at lo&amp;gin, minimised and locked, so it can remind me</source>
        <translation>Abrir al iniciar sesión, bloqueada, para a&amp;visarme</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/settings_group.py"/>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/settings_group.py"/>
        <source>The login entry could not be written ({problem}); that part stays off.</source>
        <translation>No se pudo escribir la entrada de inicio de sesión ({problem}); esa parte sigue desactivada.</translation>
    </message>
</context>
<context>
    <name>SupportMapCanvas</name>
    <message>
        <location filename="../../journal_app/ui/support_map.py"/>
        <source>Click someone, or use the arrow keys, to see your moments with them.</source>
        <translation>Haz clic en alguien, o usa las flechas del teclado, para ver tus momentos con esa persona.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support_map.py"/>
        <source>No one is on your map yet.</source>
        <translation>Todavía no hay nadie en tu mapa.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support_map.py"/>
        <source>Support map</source>
        <translation>Mapa de apoyo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support_map.py"/>
        <source>last seen longer ago</source>
        <translation>último contacto hace más tiempo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support_map.py"/>
        <source>no moments noted yet</source>
        <translation>todavía no hay momentos anotados</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support_map.py"/>
        <source>seen this month</source>
        <translation>en contacto este mes</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support_map.py"/>
        <source>seen this week</source>
        <translation>en contacto esta semana</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support_map.py"/>
        <source>{name}, {circle}, {when}</source>
        <translation>{name}, {circle}, {when}</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support_map.py"/>
        <source>{n} people on your map. Use the arrow keys to go from one to the next.</source>
        <translation>{n} personas en tu mapa. Usa las flechas del teclado para ir de una a otra.</translation>
    </message>
</context>
<context>
    <name>SupportMapView</name>
    <message>
        <location filename="../../journal_app/ui/support_map.py"/>
        <source>Click someone to see your recent moments with them.</source>
        <translation>Haz clic en alguien para ver tus momentos recientes con esa persona.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support_map.py"/>
        <source>No moments noted with them yet.</source>
        <translation>Todavía no hay momentos anotados con esta persona.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support_map.py"/>
        <source>Recent moments with this person</source>
        <translation>Momentos recientes con esta persona</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support_map.py"/>
        <source>{name} · {circle}</source>
        <translation>{name} · {circle}</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../journal_app/ui/today_view.py"/>
        <source>&amp;Delete…</source>
        <translation>Bo&amp;rrar…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/today_view.py"/>
        <source>Anything else today?</source>
        <translation>¿Algo más hoy?</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/today_view.py"/>
        <source>C&amp;hange…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/today_view.py"/>
        <source>Change the chosen record</source>
        <translation>Cambiar el registro elegido</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/today_view.py"/>
        <source>Change: {kind}</source>
        <translation>Cambiar: {kind}</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/today_view.py"/>
        <source>Check-in saved. Thank you for checking in.</source>
        <translation>Guardado. Gracias por tomarte este momento.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/today_view.py"/>
        <source>Delete the chosen record</source>
        <translation>Borrar el registro elegido</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/today_view.py"/>
        <source>Deleted.</source>
        <translation>Borrado.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/today_view.py"/>
        <source>How are you, right now?</source>
        <translation>¿Cómo estás ahora mismo?</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/today_view.py"/>
        <source>I connected with someone</source>
        <translation>Conecté con alguien</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/today_view.py"/>
        <source>I practised a boundary</source>
        <translation>Practiqué un límite</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/today_view.py"/>
        <source>I spent time alone</source>
        <translation>Pasé tiempo a solas</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/today_view.py"/>
        <source>Nothing logged yet today. That is all right; add something when you want to.</source>
        <translation>Todavía no hay nada registrado hoy. No pasa nada; añade algo cuando quieras.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/today_view.py"/>
        <source>Save check-in</source>
        <translation>Guardar cómo estoy</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/today_view.py"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/today_view.py"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/today_view.py"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/today_view.py"/>
        <source>Today so far</source>
        <translation>Hoy, hasta ahora</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>&amp;Do not restore; open my journal as it is</source>
        <translation>&amp;No restaurar; abrir mi diario tal como está</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>&amp;New passphrase</source>
        <translation>Frase de contraseña &amp;nueva</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>&amp;Restore and open</source>
        <translation>&amp;Restaurar y abrir</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>8 groups of four letters and digits, like ABCD-1234-…</source>
        <translation>8 grupos de cuatro letras y cifras, como ABCD-1234-…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>I &amp;forgot my passphrase</source>
        <translation>&amp;Olvidé mi frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>New passphrase</source>
        <translation>Frase de contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>Nothing was restored. Type your passphrase to open the journal.</source>
        <translation>No se restauró nada. Escribe tu frase de contraseña para abrir el diario.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>Opening</source>
        <translation>Abriendo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>Recovery &amp;code</source>
        <translation>&amp;Código de recuperación</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>Set passphrase and &amp;open</source>
        <translation>Poner la frase de contraseña y a&amp;brir</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>Something went wrong while opening the journal. Nothing was changed.</source>
        <translation>Algo falló al abrir el diario. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>That code did not open the journal. Check each group and try again.</source>
        <translation>Ese código no abrió el diario. Revisa cada grupo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>That passphrase did not open the journal. Take your time and try again.</source>
        <translation>Esa frase de contraseña no abrió el diario. Tómate tu tiempo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases de contraseña todavía no coinciden.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>Type it &amp;again</source>
        <translation>Escríbela &amp;otra vez</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>Type the new passphrase again</source>
        <translation>Escribe otra vez la frase de contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>Type your passphrase to open the journal.</source>
        <translation>Escribe tu frase de contraseña para abrir el diario.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>Type your recovery code (the one from setting up the journal, or the newest one you were shown since), then choose a new passphrase. Your journal stays exactly as it is.</source>
        <translation>Escribe tu código de recuperación (el que recibiste al preparar el diario, o el más reciente que se te haya mostrado desde entonces) y luego elige una frase de contraseña nueva. Tu diario se queda exactamente como está.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>Use your recovery code</source>
        <translation>Usar tu código de recuperación</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>You can try again in %n seconds.</source>
        <translation>
            <numerusform>Puedes volver a intentarlo en %n segundo.</numerusform>
            <numerusform>Puedes volver a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>You can try again in one second.</source>
        <translation>Puedes volver a intentarlo en un segundo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock_view.py"/>
        <source>You can try again now. Take your time.</source>
        <translation>Ya puedes volver a intentarlo. Tómate tu tiempo.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../../journal_app/ui/week_view.py"/>
        <source>&amp;Export for therapy…</source>
        <translation>Exportar para &amp;terapia…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/week_view.py"/>
        <source>&amp;Next week ▶</source>
        <translation>Si&amp;guiente ▶</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/week_view.py"/>
        <source>Boundaries practised</source>
        <translation>Límites practicados</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/week_view.py"/>
        <source>Chart: connection moments, by circle</source>
        <translation>Gráfico: momentos de conexión, por círculo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/week_view.py"/>
        <source>Chart: mood by day</source>
        <translation>Gráfico: ánimo por día</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/week_view.py"/>
        <source>Chart: the last 12 weeks</source>
        <translation>Gráfico: las últimas 12 semanas</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/week_view.py"/>
        <source>Chart: time with people and time alone, by day</source>
        <translation>Gráfico: tiempo con otras personas y tiempo a solas, por día</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/week_view.py"/>
        <source>Go to the week of this day</source>
        <translation>Ir a la semana de este día</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/week_view.py"/>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/week_view.py"/>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/week_view.py"/>
        <source>No mood check-ins.</source>
        <translation>No hay registros de ánimo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/week_view.py"/>
        <source>None noted this week.</source>
        <translation>Ninguno anotado esta semana.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/week_view.py"/>
        <source>Nothing marked to share this week.</source>
        <translation>Nada marcado para compartir esta semana.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/week_view.py"/>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/week_view.py"/>
        <source>T&amp;his week</source>
        <translation>&amp;Esta semana</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/week_view.py"/>
        <source>The last 12 weeks</source>
        <translation>Las últimas 12 semanas</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/week_view.py"/>
        <source>Things I want to talk about</source>
        <translation>Cosas de las que quiero hablar</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/week_view.py"/>
        <source>◀ &amp;Previous week</source>
        <translation>◀ &amp;Anterior</translation>
    </message>
</context>
<context>
    <name>_PersonMixin</name>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>{name} is new here and will join your support map in {circle}.</source>
        <translation>{name} aparece por primera vez y se sumará a tu mapa de apoyo en {circle}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>{name} is not on your support map, and stays off it.</source>
        <translation>{name} no está en tu mapa de apoyo, y se queda fuera.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../journal_app/cli/argparse_words.py"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría ser %(matches)s</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/argparse_words.py"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/argparse_words.py"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>no se puede abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/argparse_words.py"/>
        <source>expected %s argument</source>
        <translation>se esperaba %s argumento</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/argparse_words.py"/>
        <source>expected %s arguments</source>
        <translation>se esperaban %s argumentos</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/argparse_words.py"/>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/argparse_words.py"/>
        <source>expected at most one argument</source>
        <translation>se esperaba como mucho un argumento</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/argparse_words.py"/>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/argparse_words.py"/>
        <source>ignored explicit argument %r</source>
        <translation>se ignoró el argumento explícito %r</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/argparse_words.py"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor de tipo %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/argparse_words.py"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/argparse_words.py"/>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/argparse_words.py"/>
        <source>one of the arguments %s is required</source>
        <translation>hace falta uno de los argumentos %s</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/argparse_words.py"/>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/argparse_words.py"/>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/argparse_words.py"/>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y terminar</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/argparse_words.py"/>
        <source>the following arguments are required: %s</source>
        <translation>hacen falta estos argumentos: %s</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/argparse_words.py"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>orden desconocida %(parser_name)r (opciones: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/argparse_words.py"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/argparse_words.py"/>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../journal_app/backup_words.py"/>
        <source>before a passphrase change</source>
        <translation>antes de cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../journal_app/backup_words.py"/>
        <source>before an upgrade of the app</source>
        <translation>antes de actualizar la aplicación</translation>
    </message>
    <message>
        <location filename="../../journal_app/backup_words.py"/>
        <source>closing the app after changes</source>
        <translation>al cerrar la aplicación tras cambios</translation>
    </message>
    <message>
        <location filename="../../journal_app/backup_words.py"/>
        <source>first opening of the day</source>
        <translation>al abrir por primera vez en el día</translation>
    </message>
    <message>
        <location filename="../../journal_app/backup_words.py"/>
        <source>made by you</source>
        <translation>hecha por ti</translation>
    </message>
    <message>
        <location filename="../../journal_app/backup_words.py"/>
        <source>put here by hand</source>
        <translation>puesta aquí a mano</translation>
    </message>
    <message>
        <location filename="../../journal_app/backup_words.py"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location filename="../../journal_app/backup_words.py"/>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../journal_app/app.py"/>
        <source>There is no screen here to open the app on (neither DISPLAY nor WAYLAND_DISPLAY is set). The command line works without one: see &apos;journal-app --help&apos;.</source>
        <translation>Aquí no hay ninguna pantalla en la que abrir la aplicación (no están definidas ni DISPLAY ni WAYLAND_DISPLAY). La línea de órdenes funciona sin ella: mira &apos;journal-app --help&apos;.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/daily.py"/>
        <source>(details: {detail})</source>
        <translation>(detalles: {detail})</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/daily.py"/>
        <source>No backup passes the checks; keep the data folder as it is and ask for help before changing anything in it.</source>
        <translation>Ninguna copia de seguridad pasa las comprobaciones; deja la carpeta de datos como está y pide ayuda antes de cambiar nada en ella.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/daily.py"/>
        <source>The newest backup that passes every check is {path} (made {when}); restore it with &apos;journal-app restore {path}&apos; (the journal now is kept aside, not deleted).</source>
        <translation>La copia de seguridad más reciente que pasa todas las comprobaciones es {path} (hecha el {when}); restáurala con &apos;journal-app restore {path}&apos; (el diario actual se guarda aparte, no se borra).</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/daily.py"/>
        <source>today&apos;s automatic backup was not made: {problem}</source>
        <translation>la copia de seguridad automática de hoy no se hizo: {problem}</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/exchange.py"/>
        <source>--all takes the whole journal: leave out --from and --to.</source>
        <translation>--all toma todo el diario: deja fuera --from y --to.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/exchange.py"/>
        <source>--kinds: name at least one kind</source>
        <translation>--kinds: nombra al menos un tipo</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/exchange.py"/>
        <source>--kinds: {word!r} is not a kind; allowed: {allowed}</source>
        <translation>--kinds: {word!r} no es un tipo; se permiten: {allowed}</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/exchange.py"/>
        <source>Write the records of a range, or of the whole journal (--all), to a file. The PDF summary for therapy covers up to a year. The file is NOT encrypted: anyone who can open it can read it.</source>
        <translation>Escribe en un archivo los registros de un periodo, o de todo el diario (--all). El resumen en PDF para terapia abarca como mucho un año. El archivo NO está cifrado: cualquiera que pueda abrirlo puede leerlo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/exchange.py"/>
        <source>Wrote 1 record to {path}. This file is not encrypted.</source>
        <translation>Se escribió 1 registro en {path}. Este archivo no está cifrado.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/exchange.py"/>
        <source>Wrote {records} records (1 week) to {path}. This file is not encrypted.</source>
        <translation>Se escribieron {records} registros (1 semana) en {path}. Este archivo no está cifrado.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/exchange.py"/>
        <source>Wrote {records} records ({weeks} weeks) to {path}. This file is not encrypted.</source>
        <translation>Se escribieron {records} registros ({weeks} semanas) en {path}. Este archivo no está cifrado.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/exchange.py"/>
        <source>give --from and --to (YYYY-MM-DD), or --all for the whole journal</source>
        <translation>da --from y --to (AAAA-MM-DD), o --all para todo el diario</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/exchange.py"/>
        <source>leave out notes and journal entries</source>
        <translation>dejar fuera las notas y las entradas del diario</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/exchange.py"/>
        <source>only the notes and journal entries marked to share with my therapist</source>
        <translation>solo las notas y entradas del diario marcadas para compartir con mi terapeuta</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/exchange.py"/>
        <source>only these kinds: {kinds}</source>
        <translation>solo estos tipos: {kinds}</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/exchange.py"/>
        <source>show people as their circle and an initial (close · S.)</source>
        <translation>mostrar a las personas por su círculo y una inicial (Personas cercanas · S.)</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/exchange.py"/>
        <source>the file to write</source>
        <translation>el archivo que se escribirá</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/exchange.py"/>
        <source>the whole journal (JSON, CSV or Markdown)</source>
        <translation>todo el diario (JSON, CSV o Markdown)</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/exchange.py"/>
        <source>write a summary for therapy, or all records, to a file (not encrypted)</source>
        <translation>escribir en un archivo un resumen para terapia, o todos los registros (sin cifrar)</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/gui.py"/>
        <source>Open the app on a throw-away journal filled with twelve weeks of invented sample data. It lives in a temporary folder and is deleted when the app closes; your own journal is not touched.</source>
        <translation>Abre la aplicación con un diario de usar y tirar, lleno con doce semanas de datos de ejemplo inventados. Vive en una carpeta temporal y se borra cuando se cierra la aplicación; tu propio diario no se toca.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/gui.py"/>
        <source>open the app on a throw-away journal filled with 12 weeks of sample data</source>
        <translation>abrir la aplicación con un diario de usar y tirar, lleno con 12 semanas de datos de ejemplo</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source> from {first} to {last}</source>
        <translation> del {first} al {last}</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>Added to your journal: {n}.</source>
        <translation>Añadidos a tu diario: {n}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>Already in your journal, left as they were: {n}.</source>
        <translation>Ya estaban en tu diario y se dejaron como estaban: {n}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>Anything already in your journal would be left as it is, not added twice.</source>
        <translation>Lo que ya está en tu diario se quedaría como está, sin añadirse dos veces.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>Dry run: nothing was written. The file holds 1 record{span}:</source>
        <translation>Prueba: no se escribió nada. El archivo contiene 1 registro{span}:</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>Dry run: nothing was written. The file holds {total} records{span}:</source>
        <translation>Prueba: no se escribió nada. El archivo contiene {total} registros{span}:</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>Import a file: json (a journal-app export), daylio (a Daylio CSV export or .daylio backup), dayone (Day One&apos;s JSON export: the ZIP or the Journal.json in it), bearable (Bearable&apos;s CSV export), pixels (the Pixels app&apos;s JSON backup) or jrnl (jrnl --format json). Everything is added at once or nothing is; importing the same file again adds nothing twice.</source>
        <translation>Importa un archivo: json (una exportación de journal-app), daylio (una exportación CSV de Daylio o una copia .daylio), dayone (la exportación JSON de Day One: el ZIP o el Journal.json que contiene), bearable (la exportación CSV de Bearable), pixels (la copia JSON de la aplicación Pixels) o jrnl (jrnl --format json). Se añade todo a la vez o nada; importar otra vez el mismo archivo no añade nada dos veces.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>Moods found: {moods}</source>
        <translation>Estados de ánimo encontrados: {moods}</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>New people in your journal (see People): {n}.</source>
        <translation>Personas nuevas en tu diario (mira en Personas): {n}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>The file holds 1 record{span} ({kinds}).</source>
        <translation>El archivo contiene 1 registro{span} ({kinds}).</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>The file holds {total} records{span} ({kinds}).</source>
        <translation>El archivo contiene {total} registros{span} ({kinds}).</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>boundary practices: {n}</source>
        <translation>prácticas de límites: {n}</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>bring in your history from Daylio, Day One, Bearable, Pixels, jrnl or this app</source>
        <translation>traer tu historial desde Daylio, Day One, Bearable, Pixels, jrnl o esta aplicación</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>connection moments: {n}</source>
        <translation>momentos de conexión: {n}</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>journal entries: {n}</source>
        <translation>entradas del diario: {n}</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>mood check-ins: {n}</source>
        <translation>registros de ánimo: {n}</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>people: {n}</source>
        <translation>personas: {n}</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>say what would be imported; write nothing</source>
        <translation>decir qué se importaría, sin escribir nada</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>scores (1-10) for Daylio moods other than rad, good, meh, bad, awful</source>
        <translation>puntuaciones (1-10) para los estados de ánimo de Daylio que no sean rad, good, meh, bad, awful</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>times alone: {n}</source>
        <translation>tiempos a solas: {n}</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>{n} boundary practice</source>
        <translation>{n} práctica de límites</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>{n} boundary practices</source>
        <translation>{n} prácticas de límites</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>{n} connection moment</source>
        <translation>{n} momento de conexión</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>{n} connection moments</source>
        <translation>{n} momentos de conexión</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>{n} journal entries</source>
        <translation>{n} entradas del diario</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>{n} journal entry</source>
        <translation>{n} entrada del diario</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>{n} mood check-in</source>
        <translation>{n} registro de ánimo</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>{n} mood check-ins</source>
        <translation>{n} registros de ánimo</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>{n} time alone</source>
        <translation>{n} tiempo a solas</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/importcmd.py"/>
        <source>{n} times alone</source>
        <translation>{n} tiempos a solas</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/main.py"/>
        <source>An offline, encrypted journal. With no command, opens the app.</source>
        <translation>Un diario cifrado y sin conexión. Sin ninguna orden, abre la aplicación.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/main.py"/>
        <source>Passphrase: </source>
        <translation>Frase de contraseña: </translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/main.py"/>
        <source>The two entries were not the same; nothing was changed.</source>
        <translation>Las dos veces no coincidieron; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/main.py"/>
        <source>Type it again: </source>
        <translation>Escríbela otra vez: </translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/main.py"/>
        <source>show the version of the app and stop</source>
        <translation>mostrar la versión de la aplicación y terminar</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/main.py"/>
        <source>something went wrong inside the app ({error}). Nothing was half-saved. Set JOURNAL_APP_DEBUG=1 to see details.</source>
        <translation>algo falló dentro de la aplicación ({error}). No quedó nada guardado a medias. Pon JOURNAL_APP_DEBUG=1 para ver los detalles.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/main.py"/>
        <source>stopped; nothing half-saved.</source>
        <translation>detenido; no quedó nada guardado a medias.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/main.py"/>
        <source>the journal&apos;s folder (default: $JOURNAL_APP_DATA_DIR or the platform&apos;s data folder)</source>
        <translation>la carpeta del diario (por defecto: $JOURNAL_APP_DATA_DIR o la carpeta de datos del sistema)</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/main.py"/>
        <source>{prog}: {message} (see &apos;{prog} --help&apos;)</source>
        <translation>{prog}: {message} (mira &apos;{prog} --help&apos;)</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/main.py"/>
        <source>{what} is needed: set {env} or run this in a terminal.</source>
        <translation>Hace falta {what}: define {env} o ejecuta esto en un terminal.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/people.py"/>
        <source>(archived)</source>
        <translation>(en el archivo)</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/people.py"/>
        <source>Deleted {name}.</source>
        <translation>Se borró a {name}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/people.py"/>
        <source>No one is named in your journal yet.</source>
        <translation>Todavía no hay nadie nombrado en tu diario.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/people.py"/>
        <source>Their name was taken off 1 record, which stays without a name.</source>
        <translation>Su nombre se quitó de 1 registro, que se queda sin nombre.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/people.py"/>
        <source>Their name was taken off {n} records, which stay without a name.</source>
        <translation>Su nombre se quitó de {n} registros, que se quedan sin nombre.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/people.py"/>
        <source>There is no one called {name} in your journal; nothing was changed.</source>
        <translation>No hay nadie llamado {name} en tu diario; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/people.py"/>
        <source>What you wrote yourself (notes, entries, your safety plan) was not changed.</source>
        <translation>Lo que escribiste tú (notas, entradas, tu plan de seguridad) no se cambió.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/people.py"/>
        <source>last contact {day}</source>
        <translation>último contacto el {day}</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/people.py"/>
        <source>no moments noted yet</source>
        <translation>todavía no hay momentos anotados</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/people.py"/>
        <source>remove someone for good: their name leaves every record (the records stay); what you wrote yourself is not changed</source>
        <translation>quitar a alguien para siempre: su nombre sale de todos los registros (los registros se quedan); lo que escribiste tú no cambia</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/people.py"/>
        <source>the people in your journal: circle (or off the map), archived, last contact</source>
        <translation>las personas de tu diario: círculo (o fuera del mapa), archivadas, último contacto</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>--from ({start}) must not be after --to ({end})</source>
        <translation>--from ({start}) no puede ser posterior a --to ({end})</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>0 to 10</source>
        <translation>de 0 a 10</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>0 to 1440</source>
        <translation>de 0 a 1440</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>1 (very low) to 10 (very good)</source>
        <translation>de 1 (muy bajo) a 10 (muy bueno)</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>1 to 1440</source>
        <translation>de 1 a 1440</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>1 to 5</source>
        <translation>de 1 a 5</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>How the session felt, 0 (not at all) to 10 (completely): your own answers, not a score.</source>
        <translation>Cómo se sintió la sesión, de 0 (nada) a 10 (totalmente): tus propias respuestas, no una nota.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>I felt heard and understood</source>
        <translation>Sentí que me escuchaban y me comprendían</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>I reached out</source>
        <translation>tomé la iniciativa</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>Nothing recorded in that time.</source>
        <translation>No hay nada registrado en ese tiempo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>Saved {kind} for {at} (id {id}).</source>
        <translation>Se guardó un registro «{kind}» del {at} (id {id}).</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>a boundary you practised</source>
        <translation>un límite que practicaste</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>a journal entry</source>
        <translation>una entrada del diario</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>a moment of contact with someone</source>
        <translation>un momento de contacto con alguien</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>a name, nickname or initials</source>
        <translation>un nombre, un apodo o unas iniciales</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>a note</source>
        <translation>una nota</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>add a record</source>
        <translation>añadir un registro</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>after a session (only with --circle professional)</source>
        <translation>después de una sesión (solo con --circle professional)</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>chosen, restful solitude</source>
        <translation>soledad elegida, para descansar</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>do not flag the --bring-up line to share</source>
        <translation>no marcar la línea de --bring-up para compartir</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>emotion words</source>
        <translation>palabras de emociones</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>first day, YYYY-MM-DD</source>
        <translation>primer día, AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>how you feel</source>
        <translation>cómo te sientes</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>last day, YYYY-MM-DD</source>
        <translation>último día, AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>list records</source>
        <translation>listar los registros</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>local time (default: now)</source>
        <translation>hora local (por defecto: ahora)</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>next time I want to bring up… (one line; shared with my therapist)</source>
        <translation>la próxima vez quiero hablar de… (una línea; se comparte con mi terapeuta)</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>search entries, titles, tags and notes, newest first</source>
        <translation>buscar en entradas, títulos, etiquetas y notas, lo más reciente primero</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>share with my therapist</source>
        <translation>compartir con mi terapeuta</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>the text, or - to read it from stdin</source>
        <translation>el texto, o - para leerlo de la entrada estándar</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>the way we worked suited me</source>
        <translation>la forma de trabajar me fue bien</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>time alone</source>
        <translation>tiempo a solas</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>we worked on what matters to me</source>
        <translation>trabajamos en lo que me importa</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>which way support went: I gave it, received it, or both (mutual)</source>
        <translation>hacia dónde fue el apoyo: lo di, lo recibí, o las dos cosas (mutual)</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>{circles}; a new --person without one is kept off your support map</source>
        <translation>{circles}; una --person nueva sin círculo se queda fuera de tu mapa de apoyo</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/records.py"/>
        <source>{name} is kept in your journal, not on your support map.</source>
        <translation>{name} se guarda en tu diario, no en tu mapa de apoyo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/summary.py"/>
        <source>a private summary of one week</source>
        <translation>un resumen privado de una semana</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/summary.py"/>
        <source>the week, e.g. 2026-W47 (default: this week). Weeks start on Monday, or on Sunday if chosen in Settings; a Sunday week carries the number of the ISO week that starts the next day</source>
        <translation>la semana, p. ej. 2026-W47 (por defecto: esta semana). Las semanas empiezan el lunes, o el domingo si lo elegiste en Ajustes; una semana de domingo lleva el número de la semana ISO que empieza al día siguiente</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/values.py"/>
        <source>must be a date like 2026-11-16, not {text!r}</source>
        <translation>tiene que ser una fecha como 2026-11-16, no {text!r}</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/values.py"/>
        <source>must be a local date and time like &quot;2026-11-16 09:30&quot;, not {text!r}</source>
        <translation>tiene que ser una fecha y hora local como &quot;2026-11-16 09:30&quot;, no {text!r}</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/values.py"/>
        <source>must be a whole number, not {text!r}</source>
        <translation>tiene que ser un número entero, no {text!r}</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/values.py"/>
        <source>year must be from 1900 to 2999, not {year}</source>
        <translation>el año tiene que estar entre 1900 y 2999, no {year}</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>Created your journal in {folder}.</source>
        <translation>Tu diario está creado en {folder}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>Encrypted backup written to {path}; it was reopened and checked.</source>
        <translation>Copia de seguridad cifrada escrita en {path}; se volvió a abrir y se comprobó.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>If someone else may know the old passphrase, make a new backup (&apos;journal-app backup&apos;) and delete them.</source>
        <translation>Si otra persona puede conocer la frase de contraseña antigua, haz una copia nueva (&apos;journal-app backup&apos;) y bórralas.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>It opens with the passphrase you use now (or your recovery code).</source>
        <translation>Se abre con la frase de contraseña que usas ahora (o con tu código de recuperación).</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>Keep this one somewhere safe and private. It is shown only once.</source>
        <translation>Guarda este en un lugar seguro y privado. Solo se muestra una vez.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>Keep this recovery code somewhere safe and private. It is shown only once;</source>
        <translation>Guarda este código de recuperación en un lugar seguro y privado. Solo se muestra una vez;</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>Made before this change, these still open with the old passphrase (and the old recovery code), and hold only what was written before it:</source>
        <translation>Hechas antes de este cambio, estas copias todavía se abren con la frase de contraseña antigua (y el código de recuperación antiguo), y solo contienen lo que se escribió antes:</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>New passphrase: </source>
        <translation>Frase de contraseña nueva: </translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>Recovery code: </source>
        <translation>Código de recuperación: </translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>Restored 1 record from {path}.</source>
        <translation>Se restauró 1 registro desde {path}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>Restored {count} records from {path}.</source>
        <translation>Se restauraron {count} registros desde {path}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>The journal it replaced was kept, still encrypted, in {path}.</source>
        <translation>El diario que se reemplazó se conservó, todavía cifrado, en {path}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>The two copies of the key record differ; open the journal once to repair them, then verify again.</source>
        <translation>Las dos copias del registro de claves no coinciden; abre el diario una vez para repararlas y luego vuelve a comprobarlo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>There are no backups in {folder} yet.</source>
        <translation>Todavía no hay copias de seguridad en {folder}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>There is already a journal in {folder}; it was left as it is.</source>
        <translation>Ya hay un diario en {folder}; se dejó como está.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>Your journal is whole: 1 record, store version {version}, key record copies agree.</source>
        <translation>Tu diario está completo: 1 registro, versión del almacén {version}, las copias del registro de claves coinciden.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>Your journal is whole: {count} records, store version {version}, key record copies agree.</source>
        <translation>Tu diario está completo: {count} registros, versión del almacén {version}, las copias del registro de claves coinciden.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>Your new passphrase is set. Your recovery code still works; keep it safe.</source>
        <translation>Tu nueva frase de contraseña está puesta. Tu código de recuperación sigue funcionando; guárdalo en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>Your passphrase is changed, and the journal is locked with a new key: the old passphrase no longer opens it, not even with a copy of the old key record.</source>
        <translation>Tu frase de contraseña ha cambiado y el diario está protegido con una clave nueva: la frase antigua ya no lo abre, ni siquiera con una copia del registro de claves antiguo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>Your recovery code is new too; the old one no longer works.</source>
        <translation>Tu código de recuperación también es nuevo; el antiguo ya no funciona.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>Your recovery code stays the same.</source>
        <translation>Tu código de recuperación sigue siendo el mismo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>Your recovery code, to keep it (press Enter for a new one): </source>
        <translation>Tu código de recuperación, para conservarlo (pulsa Intro para uno nuevo): </translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>check that the journal opens and is whole</source>
        <translation>comprobar que el diario se abre y está completo</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>create a journal; prints the recovery code once</source>
        <translation>crear un diario; muestra el código de recuperación una vez</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>list the backups in the data folder</source>
        <translation>listar las copias de seguridad de la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>replace the journal with a backup</source>
        <translation>reemplazar el diario por una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>set a new passphrase</source>
        <translation>poner una frase de contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>set a new passphrase with the recovery code</source>
        <translation>poner una frase de contraseña nueva con el código de recuperación</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>the backup file (default: backups folder)</source>
        <translation>el archivo de la copia (por defecto: la carpeta de copias)</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>with it you can set a new passphrase if you forget yours.</source>
        <translation>con él puedes poner una frase de contraseña nueva si olvidas la tuya.</translation>
    </message>
    <message>
        <location filename="../../journal_app/cli/vaultcmds.py"/>
        <source>write an encrypted backup</source>
        <translation>escribir una copia de seguridad cifrada</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../journal_app/ui/dialogs.py"/>
        <source>Delete this record?</source>
        <translation>¿Borrar este registro?</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/dialogs.py"/>
        <source>It will be removed from your journal for good. This cannot be undone.</source>
        <translation>Se quitará de tu diario para siempre. Esto no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../journal_app/domain/records.py"/>
        <source>UTC offset must be within ±18 hours</source>
        <translation>la diferencia con UTC tiene que estar dentro de ±18 horas</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/records.py"/>
        <source>a session reflection is only for a connection in the professional circle (this one is {circle})</source>
        <translation>una reflexión de sesión es solo para una conexión del círculo profesional (esta es de {circle})</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/records.py"/>
        <source>is missing a field ({problem})</source>
        <translation>le falta un campo ({problem})</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/records.py"/>
        <source>is not a field of a {kind} record</source>
        <translation>no es un campo de un registro de tipo {kind}</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/records.py"/>
        <source>is not part of a session reflection (allowed: {allowed})</source>
        <translation>no forma parte de una reflexión de sesión (se permiten: {allowed})</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/records.py"/>
        <source>must be a date and time</source>
        <translation>tiene que ser una fecha y hora</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/records.py"/>
        <source>must be an object with the answers of a session reflection</source>
        <translation>tiene que ser un objeto con las respuestas de una reflexión de sesión</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/records.py"/>
        <location filename="../../journal_app/domain/validation.py"/>
        <source>must be on one line</source>
        <translation>tiene que estar en una sola línea</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/records.py"/>
        <source>must be text of 1 to 64 characters</source>
        <translation>tiene que ser un texto de 1 a 64 caracteres</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/records.py"/>
        <location filename="../../journal_app/domain/serialize.py"/>
        <source>must be true or false</source>
        <translation>tiene que ser true o false</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/records.py"/>
        <source>must carry its UTC offset</source>
        <translation>tiene que llevar su diferencia con UTC</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/records.py"/>
        <location filename="../../journal_app/domain/validation.py"/>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/records.py"/>
        <source>year must be from 1900 to 2999, not {year}</source>
        <translation>el año tiene que estar entre 1900 y 2999, no {year}</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/safety_plan.py"/>
        <source>a line can be up to {n} characters</source>
        <translation>una línea puede tener hasta {n} caracteres</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/safety_plan.py"/>
        <source>a step can hold up to {n} lines</source>
        <translation>un paso puede tener hasta {n} líneas</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/safety_plan.py"/>
        <source>each line must be text, not {value}</source>
        <translation>cada línea tiene que ser texto, no {value}</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/safety_plan.py"/>
        <source>must be a list of lines</source>
        <translation>tiene que ser una lista de líneas</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/safety_plan.py"/>
        <source>must be an object of steps</source>
        <translation>tiene que ser un objeto de pasos</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/safety_plan.py"/>
        <source>{key} is not a step of the plan; the steps are: {allowed}</source>
        <translation>{key} no es un paso del plan; los pasos son: {allowed}</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/serialize.py"/>
        <source>is missing (null for someone who is not on the support map)</source>
        <translation>falta (null para alguien que no está en el mapa de apoyo)</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/serialize.py"/>
        <source>must be a date and time like 2026-11-16T09:30+01:00</source>
        <translation>tiene que ser una fecha y hora como 2026-11-16T09:30+01:00</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/serialize.py"/>
        <source>must be a date and time like 2026-11-16T09:30+01:00, not {value}</source>
        <translation>tiene que ser una fecha y hora como 2026-11-16T09:30+01:00, no {value}</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/serialize.py"/>
        <source>must be an object</source>
        <translation>tiene que ser un objeto</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/serialize.py"/>
        <source>must carry its UTC offset (like +01:00): {value}</source>
        <translation>tiene que llevar su diferencia con UTC (como +01:00): {value}</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/validation.py"/>
        <source>is too long ({length} characters; at most {limit})</source>
        <translation>es demasiado largo ({length} caracteres; como mucho {limit})</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/validation.py"/>
        <source>must be a list of words</source>
        <translation>tiene que ser una lista de palabras</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/validation.py"/>
        <source>must be a whole number from {low} to {high}, not {value}</source>
        <translation>tiene que ser un número entero de {low} a {high}, no {value}</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/validation.py"/>
        <source>must be from {low} to {high}, not {value}</source>
        <translation>tiene que estar entre {low} y {high}, no {value}</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/validation.py"/>
        <source>must be one of {allowed}, not {value}</source>
        <translation>tiene que ser uno de estos: {allowed}, no {value}</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/validation.py"/>
        <source>must be text, not {type}</source>
        <translation>tiene que ser texto, no {type}</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/validation.py"/>
        <source>must not be empty when given</source>
        <translation>no puede estar vacío si se da</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/validation.py"/>
        <source>must not contain a NUL character</source>
        <translation>no puede contener un carácter NUL</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/validation.py"/>
        <source>{word} is not one of {choices}</source>
        <translation>{word} no es uno de estos: {choices}</translation>
    </message>
    <message>
        <location filename="../../journal_app/domain/validation.py"/>
        <source>{word} must not contain a comma or a line break</source>
        <translation>{word} no puede contener una coma ni un salto de línea</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/trend.py"/>
        <source>must all start on the same day</source>
        <translation>todas tienen que empezar el mismo día</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/trend.py"/>
        <source>{week} is given twice</source>
        <translation>{week} aparece dos veces</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/weeks.py"/>
        <source>a {start} week cannot start on {day}</source>
        <translation>una semana de tipo {start} no puede empezar el {day}</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/weeks.py"/>
        <source>must be 0 or more, not {count}</source>
        <translation>tiene que ser 0 o más, no {count}</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/weeks.py"/>
        <source>year must be from {first} to {last}; allowed: YYYY-Www</source>
        <translation>el año tiene que estar entre {first} y {last}; se permite: AAAA-Wss</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/weeks.py"/>
        <source>{text} is not a week; allowed: YYYY-Www, e.g. 2026-W47</source>
        <translation>{text} no es una semana; se permite: AAAA-Wss, p. ej. 2026-W47</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/weeks.py"/>
        <source>{year} has weeks W01 to W{last}, not W{number}; allowed: YYYY-Www</source>
        <translation>{year} tiene las semanas W01 a W{last}, no W{number}; se permite: AAAA-Wss</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../journal_app/exchange/charts.py"/>
        <source>Connection moments, by circle</source>
        <translation>Momentos de conexión, por círculo</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/charts.py"/>
        <source>Mood, 1 to 10</source>
        <translation>Ánimo, de 1 a 10</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/charts.py"/>
        <source>No one is on your map yet. When you note a moment with someone, they appear here.</source>
        <translation>Todavía no hay nadie en tu mapa. Cuando anotes un momento con alguien, aparecerá aquí.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/charts.py"/>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>alone, not chosen</source>
        <translation>a solas, sin elegirlo</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/charts.py"/>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>chosen solitude</source>
        <translation>soledad elegida</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/charts.py"/>
        <source>longer ago</source>
        <translation>hace más tiempo</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/charts.py"/>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>none noted</source>
        <translation>ninguno anotado</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/charts.py"/>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <source>not logged</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/charts.py"/>
        <source>seen this week</source>
        <translation>en contacto esta semana</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/charts.py"/>
        <source>this month</source>
        <translation>este mes</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/charts.py"/>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>with people</source>
        <translation>con otras personas</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/charts.py"/>
        <source>you</source>
        <translation>tú</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/export.py"/>
        <source>Notes and journal entries are left out.</source>
        <translation>Las notas y las entradas del diario se dejan fuera.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/export.py"/>
        <source>Of notes and journal entries, only those marked to share are here.</source>
        <translation>De las notas y entradas del diario, solo están aquí las marcadas para compartir.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/export.py"/>
        <source>People are shown by their circle and an initial.</source>
        <translation>Las personas se muestran por su círculo y una inicial.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/export.py"/>
        <source>The folder {path} does not exist; nothing was written.</source>
        <translation>La carpeta {path} no existe; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/export.py"/>
        <source>The range ends before it starts: choose a start on or before the end.</source>
        <translation>El periodo termina antes de empezar: elige un inicio igual o anterior al final.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/export.py"/>
        <source>The summary for therapy (PDF or printed) covers up to a year; choose a shorter range, or save the whole journal as JSON, CSV or Markdown.</source>
        <translation>El resumen para terapia (PDF o impreso) abarca como mucho un año; elige un periodo más corto, o guarda todo el diario como JSON, CSV o Markdown.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/export.py"/>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/export.py"/>
        <source>{path} is a folder; give a file name to export to.</source>
        <translation>{path} es una carpeta; da un nombre de archivo al que exportar.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/export.py"/>
        <source>{path} is inside the journal&apos;s own folder ({folder}); an export there could replace the journal&apos;s files. Choose a place outside that folder.</source>
        <translation>{path} está dentro de la propia carpeta del diario ({folder}); una exportación allí podría reemplazar los archivos del diario. Elige un lugar fuera de esa carpeta.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <source>(to share)</source>
        <translation>(para compartir)</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <source>- Boundaries practised: {n} ({held} held, {partly} partly, {not_held} did not hold)</source>
        <translation>- Límites practicados: {n} (mantenidos: {held}; en parte: {partly}; no mantenidos: {not_held})</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <source>- Chosen solitude: {time}</source>
        <translation>- Soledad elegida: {time}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <source>- Connection moments by circle: {list}</source>
        <translation>- Momentos de conexión por círculo: {list}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <source>- Days logged: {n} of 7</source>
        <translation>- Días registrados: {n} de 7</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <source>- Days with connection: {n}; days alone without connection: {m}</source>
        <translation>- Días con conexión: {n}; días a solas sin conexión: {m}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <source>- Mood: {n} check-ins, average {avg} of 10</source>
        <translation>- Ánimo: registros: {n}; media de {avg} sobre 10</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <source>- Share of this time spent with people: {pct} %</source>
        <translation>- Parte de este tiempo pasada con otras personas: {pct} %</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <source>- Support: {words}</source>
        <translation>- Apoyo: {words}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <source>- Time alone, not chosen: {time} in {periods}</source>
        <translation>- Tiempo a solas, sin elegirlo: {time} en {periods}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <source>- Time with people: {moments}, {time}</source>
        <translation>- Tiempo con otras personas: {moments}, {time}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>1 moment</source>
        <translation>1 momento</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>1 period</source>
        <translation>1 periodo</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <location filename="../../journal_app/exchange/pdf.py"/>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <source>Alone, not chosen</source>
        <translation>A solas, sin elegirlo</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <source>Day by day</source>
        <translation>Día a día</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <location filename="../../journal_app/exchange/pdf.py"/>
        <source>How sessions felt</source>
        <translation>Cómo se sintieron las sesiones</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <source>I reached out {n} times</source>
        <translation>veces que tomé la iniciativa: {n}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <location filename="../../journal_app/exchange/pdf.py"/>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <source>Nothing is logged in this week.</source>
        <translation>No hay nada registrado en esta semana.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <location filename="../../journal_app/exchange/pdf.py"/>
        <source>Nothing marked to share this week.</source>
        <translation>Nada marcado para compartir esta semana.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <location filename="../../journal_app/exchange/pdf.py"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <source>Solitude</source>
        <translation>Soledad</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <location filename="../../journal_app/exchange/pdf.py"/>
        <source>Summary for therapy</source>
        <translation>Resumen para terapia</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <location filename="../../journal_app/exchange/pdf.py"/>
        <source>Things I want to talk about</source>
        <translation>Cosas de las que quiero hablar</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <source>With people</source>
        <translation>Con otras personas</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <source>felt safe {avg} of 5 on average</source>
        <translation>me sentí a salvo {avg} de 5 de media</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <source>outside this export</source>
        <translation>fuera de esta exportación</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>{n} moments</source>
        <translation>{n} momentos</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>{n} people</source>
        <translation>{n} personas</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>{n} periods</source>
        <translation>{n} periodos</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/markdown.py"/>
        <location filename="../../journal_app/exchange/pdf.py"/>
        <source>{n} records</source>
        <translation>{n} registros</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/pdf.py"/>
        <source>Boundaries practised</source>
        <translation>Límites practicados</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/pdf.py"/>
        <source>Covers {span}; {records}.</source>
        <translation>Abarca {span}; {records}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/pdf.py"/>
        <source>How sessions felt, continued</source>
        <translation>Cómo se sintieron las sesiones (continuación)</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/pdf.py"/>
        <source>None noted this week.</source>
        <translation>Ninguno anotado esta semana.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/pdf.py"/>
        <source>Private · page {n}</source>
        <translation>Privado · página {n}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/pdf.py"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/pdf.py"/>
        <source>The summary could not be drawn (the printer or file refused it).</source>
        <translation>No se pudo dibujar el resumen (la impresora o el archivo lo rechazó).</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/pdf.py"/>
        <source>The weeks in this summary</source>
        <translation>Las semanas de este resumen</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/pdf.py"/>
        <source>{week}, continued</source>
        <translation>{week} (continuación)</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/safety_plan_pdf.py"/>
        <source>If you are in danger now, call your local emergency number.</source>
        <translation>Si ahora estás en peligro, llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/safety_plan_pdf.py"/>
        <source>Lines I can call</source>
        <translation>Líneas a las que puedo llamar</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/safety_plan_pdf.py"/>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/safety_plan_pdf.py"/>
        <source>My safety plan, continued</source>
        <translation>Mi plan de seguridad (continuación)</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/safety_plan_pdf.py"/>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/safety_plan_pdf.py"/>
        <source>The safety plan could not be drawn (the printer or file refused it).</source>
        <translation>No se pudo dibujar el plan de seguridad (la impresora o el archivo lo rechazó).</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>1 check-in</source>
        <translation>1 registro de ánimo</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>1 day with connection</source>
        <translation>1 día con conexión</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>About as much time alone you did not choose as the week before ({now}).</source>
        <translation>Más o menos el mismo tiempo a solas sin elegirlo que la semana anterior ({now}).</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>About as much time with people as the week before ({now}).</source>
        <translation>Más o menos el mismo tiempo con otras personas que la semana anterior ({now}).</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>Connection moments by circle: {values}.</source>
        <translation>Momentos de conexión por círculo: {values}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>Distress was not noted.</source>
        <translation>No se anotó el malestar.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>High distress ({high} or more of 10) on 1 day: {days}.</source>
        <translation>Malestar alto ({high} o más sobre 10) en 1 día: {days}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>High distress ({high} or more of 10) on {n} days: {days}.</source>
        <translation>Malestar alto ({high} o más sobre 10) en {n} días: {days}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>Less time alone you did not choose ({now} against {before}).</source>
        <translation>Menos tiempo a solas sin elegirlo ({now} frente a {before}).</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>Less time with people than the week before ({now} against {before}).</source>
        <translation>Menos tiempo con otras personas que la semana anterior ({now} frente a {before}).</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>Lowest and highest mood: {low} and {high} of 10.</source>
        <translation>Ánimo más bajo y más alto: {low} y {high} sobre 10.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>Mood by day, of 10: {values}.</source>
        <translation>Ánimo por día, sobre 10: {values}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>Mood was {score} of 10 at every check-in.</source>
        <translation>El ánimo fue {score} sobre 10 en todos los registros.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>Mood was {score} of 10 at the one check-in.</source>
        <translation>El ánimo fue {score} sobre 10 en el único registro.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>More time alone you did not choose ({now} against {before}).</source>
        <translation>Más tiempo a solas sin elegirlo ({now} frente a {before}).</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>More time with people than the week before ({now} against {before}).</source>
        <translation>Más tiempo con otras personas que la semana anterior ({now} frente a {before}).</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>No day with high distress ({high} or more of 10).</source>
        <translation>Ningún día con malestar alto ({high} o más sobre 10).</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>No mood check-ins this week.</source>
        <translation>No hay registros de ánimo esta semana.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>Nothing is logged for this week yet.</source>
        <translation>Todavía no hay nada registrado en esta semana.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>The week before has no time with people or alone noted, so there is nothing to compare.</source>
        <translation>La semana anterior no tiene anotado tiempo con otras personas ni a solas, así que no hay nada que comparar.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>Weeks vary; a quieter week is part of the path too.</source>
        <translation>Las semanas cambian; una semana más tranquila también es parte del camino.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>Words used most: {words}.</source>
        <translation>Palabras más usadas: {words}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>Your own answers after sessions, from 0 (not at all) to 10 (completely). Not a score to pass: a way to talk together about how you work.</source>
        <translation>Tus propias respuestas después de las sesiones, de 0 (nada) a 10 (totalmente). No es una nota que aprobar: es una forma de hablar en sesión sobre cómo están trabajando.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>boundaries practised</source>
        <translation>límites practicados</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>days logged</source>
        <translation>días registrados</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>felt safe, of 5</source>
        <translation>me sentí a salvo, sobre 5</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>mood, of 10</source>
        <translation>ánimo, sobre 10</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>times I reached out</source>
        <translation>veces que tomé la iniciativa</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>to bring up next session</source>
        <translation>para hablar en la próxima sesión</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>week of {day}</source>
        <translation>semana del {day}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>week {label}</source>
        <translation>semana {label}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>{day}: not logged</source>
        <translation>{day}: sin registrar</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>{h} held · {p} partly · {n} did not hold</source>
        <translation>mantenidos: {h} · en parte: {p} · no mantenidos: {n}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>{h}h</source>
        <translation>{h}h</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>{month} {day}</source>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>{m}m</source>
        <translation>{m}min</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>{n} check-ins</source>
        <translation>{n} registros de ánimo</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>{n} days with connection</source>
        <translation>{n} días con conexión</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>{n} of 7</source>
        <translation>{n} de 7</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>{time} alone, not chosen</source>
        <translation>{time} a solas, sin elegirlo</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>{time} chosen solitude</source>
        <translation>{time} de soledad elegida</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>{time} with people</source>
        <translation>{time} con otras personas</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday} {day} {month}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>{week}: not logged</source>
        <translation>{week}: sin registrar</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/wording.py"/>
        <source>{week}: {people} with people, {alone} alone, not chosen</source>
        <translation>{week}: {people} con otras personas, {alone} a solas sin elegirlo</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>is needed</source>
        <translation>hace falta</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/forms.py"/>
        <source>must be a whole number</source>
        <translation>tiene que ser un número entero</translation>
    </message>
</context>
<context>
    <name>identity</name>
    <message>
        <location filename="../../journal_app/ui/identity.py"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/identity.py"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../journal_app/exchange/importers/__init__.py"/>
        <source>There is no file {path} to import.</source>
        <translation>No hay ningún archivo {path} que importar.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/__init__.py"/>
        <source>This file cannot be imported: {problem}. Nothing was imported.</source>
        <translation>Este archivo no se puede importar: {problem}. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/__init__.py"/>
        <source>{path} cannot be read: {problem}.</source>
        <translation>No se puede leer {path}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/__init__.py"/>
        <source>{path} is a folder, not a file to import.</source>
        <translation>{path} es una carpeta, no un archivo que importar.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/__init__.py"/>
        <source>{path} is not a regular file to import.</source>
        <translation>{path} no es un archivo normal que se pueda importar.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_common.py"/>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>Se esperaba el separador &apos;,&apos;</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_common.py"/>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>Se esperaba el separador &apos;:&apos;</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_common.py"/>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>Se esperaba un nombre de propiedad entre comillas dobles</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_common.py"/>
        <source>Expecting value</source>
        <translation>Se esperaba un valor</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_common.py"/>
        <source>Extra data</source>
        <translation>Datos de más</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_common.py"/>
        <source>Invalid \escape</source>
        <translation>\escape no válido</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_common.py"/>
        <source>Invalid \uXXXX escape</source>
        <translation>Escape \uXXXX no válido</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_common.py"/>
        <source>Invalid control character</source>
        <translation>Carácter de control no válido</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_common.py"/>
        <source>This {what} holds more than {limit} records, more than can be imported at once. Nothing was imported.</source>
        <translation>Este archivo ({what}) contiene más de {limit} registros, más de los que se pueden importar de una vez. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_common.py"/>
        <source>This {what} is not valid JSON: {problem} at line {line}, column {column}.</source>
        <translation>Este archivo ({what}) no es JSON válido: {problem} en la línea {line}, columna {column}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_common.py"/>
        <source>Unterminated string starting</source>
        <translation>Cadena sin terminar que empieza</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_common.py"/>
        <source>year must be from 1900 to 2999, not {year}</source>
        <translation>el año tiene que estar entre 1900 y 2999, no {year}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_common.py"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_common.py"/>
        <source>{where}: {name} should be a list of words. Nothing was imported.</source>
        <translation>{where}: {name} tendría que ser una lista de palabras. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_csv.py"/>
        <source>Line {line} of this {what} has {columns} columns; the header has {expected}. Nothing was imported.</source>
        <translation>La línea {line} de este archivo ({what}) tiene {columns} columnas; la cabecera tiene {expected}. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_csv.py"/>
        <source>This {what} cannot be read as CSV at line {line}: {problem}.</source>
        <translation>Este archivo ({what}) no se puede leer como CSV en la línea {line}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_csv.py"/>
        <source>This {what} has more than {limit} rows, more than can be imported at once. Nothing was imported.</source>
        <translation>Este archivo ({what}) tiene más de {limit} filas, más de las que se pueden importar de una vez. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_csv.py"/>
        <source>This {what} is empty: it has no header line.</source>
        <translation>Este archivo ({what}) está vacío: no tiene línea de cabecera.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_csv.py"/>
        <source>This {what}&apos;s header (line 1) names a column twice.</source>
        <translation>La cabecera de este archivo ({what}) (línea 1) nombra una columna dos veces.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_jsonstream.py"/>
        <source>This {what} holds an escaped character that is not valid text (a lone surrogate).</source>
        <translation>Este archivo ({what}) contiene un carácter escapado que no es texto válido (un sustituto suelto).</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_jsonstream.py"/>
        <source>This {what} is damaged: {name} should be a list.</source>
        <translation>Este archivo ({what}) está dañado: {name} tendría que ser una lista.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_jsonstream.py"/>
        <source>This {what} is nested too deeply to be read.</source>
        <translation>Este archivo ({what}) está anidado a demasiada profundidad para leerlo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_source.py"/>
        <source>This {what} holds a NUL byte at line {line}: it is not a text file. Nothing was imported.</source>
        <translation>Este archivo ({what}) contiene un byte NUL en la línea {line}: no es un archivo de texto. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_source.py"/>
        <source>This {what} holds too many files to import ({count}; at most {limit}). Nothing was imported.</source>
        <translation>Este archivo ({what}) contiene demasiados archivos para importarlo ({count}; como mucho {limit}). No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_source.py"/>
        <source>This {what} is damaged: the ZIP file cannot be read ({problem}).</source>
        <translation>Este archivo ({what}) está dañado: no se puede leer el archivo ZIP ({problem}).</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_source.py"/>
        <source>This {what} is not UTF-8 text: line {line} has bytes that cannot be read (at byte {byte}). Export it again from the app it came from.</source>
        <translation>Este archivo ({what}) no es texto UTF-8: la línea {line} tiene bytes que no se pueden leer (en el byte {byte}). Vuelve a exportarlo desde la aplicación de la que viene.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_source.py"/>
        <source>This {what} is too large to import ({size}; at most {limit}). Nothing was imported.</source>
        <translation>Este archivo ({what}) es demasiado grande para importarlo ({size}; como mucho {limit}). No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_source.py"/>
        <source>This {what} is too large to import: more than {limit}. Nothing was imported.</source>
        <translation>Este archivo ({what}) es demasiado grande para importarlo: más de {limit}. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_source.py"/>
        <source>a ZIP64 archive without its locator</source>
        <translation>un archivo ZIP64 sin su localizador</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_source.py"/>
        <source>a damaged ZIP64 end record</source>
        <translation>un registro final ZIP64 dañado</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/_source.py"/>
        <source>no end of central directory</source>
        <translation>no tiene el final del directorio central</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/bearable.py"/>
        <source>&apos;date formatted&apos; should look like 2020-09-22, not {text}</source>
        <translation>&apos;date formatted&apos; tendría que tener la forma 2020-09-22, no {text}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/bearable.py"/>
        <source>&apos;date&apos; should look like &quot;22nd Sep 2020&quot;, not {text}</source>
        <translation>&apos;date&apos; tendría que tener la forma &quot;22nd Sep 2020&quot;, no {text}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/bearable.py"/>
        <source>&apos;rating/amount&apos; of a mood should be a whole number from 1 to 10, not {text}</source>
        <translation>&apos;rating/amount&apos; de un estado de ánimo tendría que ser un número entero de 1 a 10, no {text}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/bearable.py"/>
        <source>&apos;time of day&apos; should be a time like 03:00 or one of pre, am, mid, pm, all day, not {text}</source>
        <translation>&apos;time of day&apos; tendría que ser una hora como 03:00 o uno de pre, am, mid, pm, all day, no {text}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/bearable.py"/>
        <source>Bearable export</source>
        <translation>exportación de Bearable</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/bearable.py"/>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/bearable.py"/>
        <source>Factors</source>
        <translation>Factores</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/bearable.py"/>
        <source>Feelings: {words}</source>
        <translation>Sentimientos: {words}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/bearable.py"/>
        <source>From Bearable</source>
        <translation>Desde Bearable</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/bearable.py"/>
        <source>Gratitude</source>
        <translation>Gratitud</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/bearable.py"/>
        <source>Line {line} of this Bearable export: {problem}. Nothing was imported.</source>
        <translation>Línea {line} de esta exportación de Bearable: {problem}. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/bearable.py"/>
        <source>Medication and supplements</source>
        <translation>Medicación y suplementos</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/bearable.py"/>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/bearable.py"/>
        <source>Sleep quality</source>
        <translation>Calidad del sueño</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/bearable.py"/>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/bearable.py"/>
        <source>This is not a Bearable CSV export: line 1 should be a header like &quot;date,weekday,time of day,category,rating/amount,detail,notes&quot;, not {header}.</source>
        <translation>Esto no es una exportación CSV de Bearable: la línea 1 tendría que ser una cabecera como &quot;date,weekday,time of day,category,rating/amount,detail,notes&quot;, no {header}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/bearable.py"/>
        <source>afternoon</source>
        <translation>tarde</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/bearable.py"/>
        <source>all day</source>
        <translation>todo el día</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/bearable.py"/>
        <source>early hours</source>
        <translation>madrugada</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/bearable.py"/>
        <source>evening</source>
        <translation>noche</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/bearable.py"/>
        <source>it has no category</source>
        <translation>no tiene categoría</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/bearable.py"/>
        <source>morning</source>
        <translation>mañana</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/bearable.py"/>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio.py"/>
        <source>Activities: {list}</source>
        <translation>Actividades: {list}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio.py"/>
        <source>Daylio export</source>
        <translation>exportación de Daylio</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio.py"/>
        <source>Daylio file</source>
        <translation>archivo de Daylio</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio.py"/>
        <source>Line {line} of this Daylio export has no mood. Nothing was imported.</source>
        <translation>La línea {line} de esta exportación de Daylio no tiene estado de ánimo. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio.py"/>
        <source>Line {line} of this Daylio export: {problem}. Nothing was imported.</source>
        <translation>Línea {line} de esta exportación de Daylio: {problem}. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio.py"/>
        <source>This is not a Daylio CSV export: line 1 should be a header like &quot;full_date,date,weekday,time,mood,activities,note_title,note&quot;, not {header}.</source>
        <translation>Esto no es una exportación CSV de Daylio: la línea 1 tendría que ser una cabecera como &quot;full_date,date,weekday,time,mood,activities,note_title,note&quot;, no {header}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio.py"/>
        <source>date should be a day and a month, like &quot;18 May&quot; or &quot;7 września&quot;, not {text}</source>
        <translation>date tendría que ser un día y un mes, como &quot;18 May&quot; o &quot;7 września&quot;, no {text}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio.py"/>
        <source>full_date should look like &quot;2026-11-16&quot;, not {text}</source>
        <translation>full_date tendría que tener la forma &quot;2026-11-16&quot;, no {text}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio.py"/>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio.py"/>
        <source>time should look like &quot;21:10&quot; or &quot;9:10 pm&quot;, not {text}</source>
        <translation>time tendría que tener la forma &quot;21:10&quot; o &quot;9:10 pm&quot;, no {text}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio.py"/>
        <source>time {text} is not a time of day</source>
        <translation>la hora {text} no es una hora del día</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio.py"/>
        <source>time {text}: the hour must be from 1 to 12 with am/pm</source>
        <translation>hora {text}: con am/pm la hora tiene que ir de 1 a 12</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio.py"/>
        <source>year should be four digits like &quot;2018&quot;, not {text}</source>
        <translation>year tendría que tener cuatro cifras, como &quot;2018&quot;, no {text}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio.py"/>
        <location filename="../../journal_app/exchange/importers/dayone.py"/>
        <location filename="../../journal_app/exchange/importers/jrnl.py"/>
        <location filename="../../journal_app/exchange/importers/pixels.py"/>
        <source>{where}: {problem}. Nothing was imported.</source>
        <translation>{where}: {problem}. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio_backup.py"/>
        <source>Activity {n} in this Daylio backup</source>
        <translation>La actividad {n} de esta copia de Daylio</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio_backup.py"/>
        <source>Daylio backup</source>
        <translation>copia de Daylio</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio_backup.py"/>
        <source>Entry {n} in this Daylio backup</source>
        <translation>La entrada {n} de esta copia de Daylio</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio_backup.py"/>
        <source>Mood {n} in this Daylio backup</source>
        <translation>El estado de ánimo {n} de esta copia de Daylio</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio_backup.py"/>
        <source>This Daylio backup is damaged: {member} is not base64 text.</source>
        <translation>Esta copia de Daylio está dañada: {member} no es texto base64.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio_backup.py"/>
        <source>This ZIP file is not a Daylio backup: it holds no {member}.</source>
        <translation>Este archivo ZIP no es una copia de Daylio: no contiene ningún {member}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio_backup.py"/>
        <source>This is not a Daylio backup: it has no &apos;dayEntries&apos;.</source>
        <translation>Esto no es una copia de Daylio: no tiene &apos;dayEntries&apos;.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio_backup.py"/>
        <source>entry {n} in this Daylio backup</source>
        <translation>la entrada {n} de esta copia de Daylio</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio_backup.py"/>
        <source>{where} has no valid &apos;id&apos;.</source>
        <translation>{where} no tiene un &apos;id&apos; válido.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio_backup.py"/>
        <location filename="../../journal_app/exchange/importers/dayone.py"/>
        <location filename="../../journal_app/exchange/importers/jrnl.py"/>
        <location filename="../../journal_app/exchange/importers/pixels.py"/>
        <source>{where} should be an object.</source>
        <translation>{where} tendría que ser un objeto.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio_backup.py"/>
        <source>{where}: &apos;datetime&apos; is not a valid moment ({problem}).</source>
        <translation>{where}: &apos;datetime&apos; no es un momento válido ({problem}).</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio_backup.py"/>
        <source>{where}: &apos;mood_group_id&apos; should be 1 to 5, not {group}.</source>
        <translation>{where}: &apos;mood_group_id&apos; tendría que ir de 1 a 5, no {group}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio_backup.py"/>
        <source>{where}: &apos;tags&apos; should be a list of activity ids.</source>
        <translation>{where}: &apos;tags&apos; tendría que ser una lista de ids de actividades.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio_backup.py"/>
        <source>{where}: &apos;timeZoneOffset&apos; should be within ±18 hours, not {millis} ms.</source>
        <translation>{where}: &apos;timeZoneOffset&apos; tendría que estar dentro de ±18 horas, no {millis} ms.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio_backup.py"/>
        <source>{where}: activity {activity} is not among the backup&apos;s.</source>
        <translation>{where}: la actividad {activity} no está entre las de la copia.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio_backup.py"/>
        <source>{where}: it has no time of day (hour {hour}, minute {minute}) and no valid &apos;datetime&apos; to take it from.</source>
        <translation>{where}: no tiene hora del día (hora {hour}, minuto {minute}) ni un &apos;datetime&apos; válido del que tomarla.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio_backup.py"/>
        <source>{where}: its mood {mood} is not among the backup&apos;s moods.</source>
        <translation>{where}: su estado de ánimo {mood} no está entre los de la copia.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio_backup.py"/>
        <source>{where}: the date or time is not valid ({problem}).</source>
        <translation>{where}: la fecha o la hora no son válidas ({problem}).</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio_backup.py"/>
        <source>{where}: {name} should be a whole number, not {value}.</source>
        <translation>{where}: {name} tendría que ser un número entero, no {value}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/daylio_backup.py"/>
        <location filename="../../journal_app/exchange/importers/jrnl.py"/>
        <source>{where}: {name} should be text, not {type}.</source>
        <translation>{where}: {name} tendría que ser texto, no {type}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/dayone.py"/>
        <source>&apos;creationDate&apos; should be a date and time like 2024-04-16T23:00:00Z, not {value}</source>
        <translation>&apos;creationDate&apos; tendría que ser una fecha y hora como 2024-04-16T23:00:00Z, no {value}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/dayone.py"/>
        <source>&apos;isAllDay&apos; should be true or false</source>
        <translation>&apos;isAllDay&apos; tendría que ser true o false</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/dayone.py"/>
        <source>&apos;richText&apos; has no list of &apos;contents&apos;</source>
        <translation>&apos;richText&apos; no tiene una lista de &apos;contents&apos;</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/dayone.py"/>
        <source>&apos;richText&apos; is not valid JSON</source>
        <translation>&apos;richText&apos; no es JSON válido</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/dayone.py"/>
        <source>&apos;starred&apos; should be true or false</source>
        <translation>&apos;starred&apos; tendría que ser true o false</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/dayone.py"/>
        <source>&apos;timeZone&apos; {zone} is not a time zone this computer knows</source>
        <translation>&apos;timeZone&apos; {zone} no es una zona horaria que este dispositivo conozca</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/dayone.py"/>
        <source>({what} not imported)</source>
        <translation>({what} sin importar)</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/dayone.py"/>
        <source>1 PDF document</source>
        <translation>1 documento PDF</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/dayone.py"/>
        <source>1 audio recording</source>
        <translation>1 grabación de audio</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/dayone.py"/>
        <source>1 photo</source>
        <translation>1 foto</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/dayone.py"/>
        <source>1 video</source>
        <translation>1 vídeo</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/dayone.py"/>
        <source>Day One export</source>
        <translation>exportación de Day One</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/dayone.py"/>
        <source>Entry {n} in {name}</source>
        <translation>La entrada {n} de {name}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/dayone.py"/>
        <source>This ZIP file is not a Day One export: it holds no journal (a .json file such as Journal.json). Nothing was imported.</source>
        <translation>Este archivo ZIP no es una exportación de Day One: no contiene ningún diario (un archivo .json como Journal.json). No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/dayone.py"/>
        <source>This is not a Day One export: {name} should be an object with a list of &quot;entries&quot;. Nothing was imported.</source>
        <translation>Esto no es una exportación de Day One: {name} tendría que ser un objeto con una lista de &quot;entries&quot;. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/dayone.py"/>
        <source>it has no &apos;creationDate&apos;; is this a Day One export?</source>
        <translation>no tiene &apos;creationDate&apos;; ¿es esto una exportación de Day One?</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/dayone.py"/>
        <source>this Day One export</source>
        <translation>esta exportación de Day One</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/dayone.py"/>
        <source>{name} should be a list</source>
        <translation>{name} tendría que ser una lista</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/dayone.py"/>
        <source>{name} should be text, not {type}</source>
        <translation>{name} tendría que ser texto, no {type}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/dayone.py"/>
        <source>{n} PDF documents</source>
        <translation>{n} documentos PDF</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/dayone.py"/>
        <source>{n} audio recordings</source>
        <translation>{n} grabaciones de audio</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/dayone.py"/>
        <source>{n} photos</source>
        <translation>{n} fotos</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/dayone.py"/>
        <source>{n} videos</source>
        <translation>{n} vídeos</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/dayone.py"/>
        <source>{some} and {last}</source>
        <translation>{some} y {last}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/jrnl.py"/>
        <source>Entry {n} in this jrnl export</source>
        <translation>La entrada {n} de esta exportación de jrnl</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/jrnl.py"/>
        <source>This is not a jrnl JSON export: it should be an object with a list of &quot;entries&quot; (made by jrnl --format json).</source>
        <translation>Esto no es una exportación JSON de jrnl: tendría que ser un objeto con una lista de &quot;entries&quot; (hecha con jrnl --format json).</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/jrnl.py"/>
        <source>jrnl export</source>
        <translation>exportación de jrnl</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/jrnl.py"/>
        <source>{where} has neither a title nor a body.</source>
        <translation>{where} no tiene ni título ni texto.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/jrnl.py"/>
        <source>{where}: &apos;starred&apos; should be true or false.</source>
        <translation>{where}: &apos;starred&apos; tendría que ser true o false.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/jrnl.py"/>
        <source>{where}: the date {date} and time {time} are not valid ({problem}).</source>
        <translation>{where}: la fecha {date} y la hora {time} no son válidas ({problem}).</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/moods.py"/>
        <source>Some moods in this file have no score yet: {unmapped}. Moods found: {found}. Give each a score from 1 to 10, for example --mood-map &quot;{example}&quot;. Nothing was imported.</source>
        <translation>Algunos estados de ánimo de este archivo todavía no tienen puntuación: {unmapped}. Estados de ánimo encontrados: {found}. Dale a cada uno una puntuación de 1 a 10, por ejemplo --mood-map &quot;{example}&quot;. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/moods.py"/>
        <source>a mood label must not be empty</source>
        <translation>el nombre de un estado de ánimo no puede estar vacío</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/moods.py"/>
        <source>expected &quot;label=score&quot;, not {part}</source>
        <translation>se esperaba &quot;nombre=puntuación&quot;, no {part}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/moods.py"/>
        <source>the score for {label} must be a whole number from 1 to 10, not {score}</source>
        <translation>la puntuación de {label} tiene que ser un número entero de 1 a 10, no {score}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/moods.py"/>
        <source>the score for {label} must be from 1 to 10</source>
        <translation>la puntuación de {label} tiene que estar entre 1 y 10</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/moods.py"/>
        <source>the score for {label} must be from 1 to 10, not {value}</source>
        <translation>la puntuación de {label} tiene que estar entre 1 y 10, no {value}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/own.py"/>
        <location filename="../../journal_app/exchange/jsondoc.py"/>
        <source>In this export, &quot;people&quot; should be a list.</source>
        <translation>En esta exportación, &quot;people&quot; tendría que ser una lista.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/own.py"/>
        <location filename="../../journal_app/exchange/jsondoc.py"/>
        <source>In this export, &quot;records&quot; should be a list.</source>
        <translation>En esta exportación, &quot;records&quot; tendría que ser una lista.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/own.py"/>
        <location filename="../../journal_app/exchange/jsondoc.py"/>
        <source>This is not a journal-app export: the file is not a JSON object.</source>
        <translation>Esto no es una exportación de journal-app: el archivo no es un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/own.py"/>
        <source>journal-app export</source>
        <translation>exportación de journal-app</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/pixels.py"/>
        <source>&apos;date&apos; should look like 2021-1-5, not {value}</source>
        <translation>&apos;date&apos; tendría que tener la forma 2021-1-5, no {value}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/pixels.py"/>
        <source>&apos;scores&apos; should be a list of whole numbers from 1 to 5</source>
        <translation>&apos;scores&apos; tendría que ser una lista de números enteros de 1 a 5</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/pixels.py"/>
        <source>&apos;scores&apos; should be whole numbers from 1 to 5, not {value}</source>
        <translation>&apos;scores&apos; tendrían que ser números enteros de 1 a 5, no {value}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/pixels.py"/>
        <source>&apos;tags&apos; should be a list</source>
        <translation>&apos;tags&apos; tendría que ser una lista</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/pixels.py"/>
        <source>Day {n} in this Pixels export</source>
        <translation>El día {n} de esta exportación de Pixels</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/pixels.py"/>
        <source>From Pixels</source>
        <translation>Desde Pixels</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/pixels.py"/>
        <source>Pixels export</source>
        <translation>exportación de Pixels</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/pixels.py"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/pixels.py"/>
        <source>This is not a Pixels export: it should be a list of days like [{{&quot;date&quot;: &quot;2021-1-5&quot;, &quot;scores&quot;: [4]}}]. Nothing was imported.</source>
        <translation>Esto no es una exportación de Pixels: tendría que ser una lista de días como [{{&quot;date&quot;: &quot;2021-1-5&quot;, &quot;scores&quot;: [4]}}]. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/pixels.py"/>
        <source>each of its &apos;tags&apos; should be an object with &apos;entries&apos;</source>
        <translation>cada una de sus &apos;tags&apos; tendría que ser un objeto con &apos;entries&apos;</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/pixels.py"/>
        <source>{group}: {words}</source>
        <translation>{group}: {words}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/pixels.py"/>
        <source>{kind}: {scores} of 5</source>
        <translation>{kind}: {scores} de 5</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/importers/pixels.py"/>
        <source>{name} should be text</source>
        <translation>{name} tendría que ser texto</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/jsondoc.py"/>
        <source>Person {index} in this export: {name} is listed twice.</source>
        <translation>La persona {index} de esta exportación: {name} aparece dos veces.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/jsondoc.py"/>
        <source>Person {index} in this export: {problem}</source>
        <translation>La persona {index} de esta exportación: {problem}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/jsondoc.py"/>
        <source>Record {index} in this export: the id {id} is used twice.</source>
        <translation>El registro {index} de esta exportación: el id {id} se usa dos veces.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/jsondoc.py"/>
        <source>Record {index} in this export: {problem}</source>
        <translation>El registro {index} de esta exportación: {problem}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/jsondoc.py"/>
        <source>The safety plan in this export: {problem}</source>
        <translation>El plan de seguridad de esta exportación: {problem}</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/jsondoc.py"/>
        <source>This export was made by a newer version of the app (format version {version}); update the app to import it.</source>
        <translation>Esta exportación se hizo con una versión más nueva de la aplicación (versión de formato {version}); actualiza la aplicación para importarla.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/jsondoc.py"/>
        <source>This is not a journal-app export: &quot;format&quot; should be &quot;journal-app&quot;.</source>
        <translation>Esto no es una exportación de journal-app: &quot;format&quot; tendría que ser &quot;journal-app&quot;.</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/jsondoc.py"/>
        <source>This journal-app export has an unknown version ({version}).</source>
        <translation>Esta exportación de journal-app tiene una versión desconocida ({version}).</translation>
    </message>
    <message>
        <location filename="../../journal_app/exchange/jsondoc.py"/>
        <source>This journal-app export has no valid &quot;version&quot; number.</source>
        <translation>Esta exportación de journal-app no tiene un número de &quot;version&quot; válido.</translation>
    </message>
</context>
<context>
    <name>keyring</name>
    <message>
        <location filename="../../journal_app/ui/keyring_store.py"/>
        <source>No system keyring could be reached on this device.</source>
        <translation>No se pudo acceder a ningún llavero del sistema en este dispositivo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/keyring_store.py"/>
        <source>Not available: this device has no system keyring that keeps secrets encrypted.</source>
        <translation>No disponible: este dispositivo no tiene un llavero del sistema que guarde los secretos cifrados.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/keyring_store.py"/>
        <source>Not available: this device has no system keyring.</source>
        <translation>No disponible: este dispositivo no tiene llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/keyring_store.py"/>
        <source>this computer&apos;s keyring could not be reached</source>
        <translation>no se pudo acceder al llavero de este dispositivo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/keyring_store.py"/>
        <source>this computer&apos;s keyring is locked</source>
        <translation>el llavero de este dispositivo está bloqueado</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../journal_app/ui/labels.py"/>
        <source>family, partner, close friends</source>
        <translation>familia, pareja, amistades cercanas</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/labels.py"/>
        <source>people you named who are not support, such as someone you set limits with: kept in your journal, never drawn on the map or counted as support</source>
        <translation>personas que nombraste y que no son apoyo, como alguien con quien pones límites: se guardan en tu diario, nunca se dibujan en el mapa ni cuentan como apoyo</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/labels.py"/>
        <source>support group, fellow survivors, peer mentor</source>
        <translation>grupo de apoyo, otras personas sobrevivientes, mentoría entre pares</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/labels.py"/>
        <source>therapist, counsellor, doctor, advocate, case worker</source>
        <translation>terapeuta, consejería, medicina, acompañamiento, trabajo social</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/labels.py"/>
        <source>workplace, school, faith community, neighbours, clubs</source>
        <translation>trabajo, escuela, comunidad de fe, vecindario, clubes</translation>
    </message>
</context>
<context>
    <name>layout</name>
    <message>
        <location filename="../../journal_app/ui/layout.py"/>
        <source>Hide the passphrase</source>
        <translation>Ocultar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/layout.py"/>
        <source>Show the passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>locking</name>
    <message>
        <location filename="../../journal_app/ui/locking.py"/>
        <source>&amp;Quick exit</source>
        <translation>&amp;Salida rápida</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/locking.py"/>
        <source>Lock, clear the window and minimise it at once ({keys})</source>
        <translation>Bloquear, vaciar la ventana y minimizarla de golpe ({keys})</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/locking.py"/>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <location filename="../../journal_app/i18n.py"/>
        <source>{whole}.{fraction}</source>
        <translation>{whole},{fraction}</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>After you stood up for yourself, what did you notice in your body?</source>
        <translation>Después de defenderte, ¿qué notaste en tu cuerpo?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>How did you feel afterwards?</source>
        <translation>¿Cómo te sentiste después?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>How did you feel during and after your last session?</source>
        <translation>¿Cómo te sentiste durante tu última sesión y después?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>How did you take care of yourself this week, and who took care of you?</source>
        <translation>¿Cómo te cuidaste esta semana, y quién te cuidó a ti?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>How do you notice, early on, that you are starting to feel unsafe?</source>
        <translation>¿Cómo notas, al principio, que empiezas a no sentirte a salvo?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>Is there one small way you could reach out to someone this week?</source>
        <translation>¿Hay alguna forma pequeña de acercarte a alguien esta semana?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>Is there someone you would like to hear from? What would you want to say to them?</source>
        <translation>¿Hay alguien de quien te gustaría saber algo? ¿Qué te gustaría decirle?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>Is there something you wanted to say in therapy but did not? Write it here first.</source>
        <translation>¿Hay algo que querías decir en terapia y no dijiste? Escríbelo aquí primero.</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>Was there a moment you wanted to say no? What happened?</source>
        <translation>¿Hubo un momento en que quisiste decir que no? ¿Qué pasó?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>What are you allowed to want from others, even if you have not asked for it yet?</source>
        <translation>¿Qué te está permitido querer de los demás, aunque todavía no lo hayas pedido?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>What are you looking forward to, and who will be there?</source>
        <translation>¿Qué esperas con ilusión, y quién estará allí?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>What balance of time with others and time alone feels right to you?</source>
        <translation>¿Qué equilibrio entre tiempo con otras personas y tiempo a solas te parece el adecuado?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>What did it feel like to be among people who understand?</source>
        <translation>¿Cómo se sintió estar entre personas que entienden?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>What did this contact give you, or ask of you?</source>
        <translation>¿Qué te dio este contacto, o qué te pidió?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>What did you do today, however small, that took courage? Who would you like to tell?</source>
        <translation>¿Qué hiciste hoy, por pequeño que fuera, que te pidió valor? ¿A quién te gustaría contárselo?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>What did you learn from setting this boundary?</source>
        <translation>¿Qué aprendiste al poner este límite?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>What do you enjoy doing on your own, and what do you enjoy doing with others?</source>
        <translation>¿Qué disfrutas haciendo a solas, y qué disfrutas haciendo con otras personas?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>What do you need more of from the people around you?</source>
        <translation>¿Qué necesitas más de las personas que te rodean?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>What has changed, even slightly, in how you are with people since you began this work?</source>
        <translation>¿Qué ha cambiado, aunque sea un poco, en cómo estás con la gente desde que empezaste este trabajo?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>What has kept you going through hard times before?</source>
        <translation>¿Qué te ha ayudado a seguir adelante en otros momentos difíciles?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>What have you noticed since your last session, about yourself or others?</source>
        <translation>¿Qué has notado desde tu última sesión, sobre ti o sobre otras personas?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>What helps you trust someone a little more, slowly?</source>
        <translation>¿Qué te ayuda a confiar en alguien un poco más, poco a poco?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>What is one thing around you right now that is steady and safe?</source>
        <translation>¿Qué hay ahora mismo a tu alrededor que sea estable y seguro?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>What made this feel safe, or not quite safe?</source>
        <translation>¿Qué hizo que esto se sintiera seguro, o no del todo?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>What might you do the same, or differently, next time?</source>
        <translation>¿Qué podrías hacer igual, o de otra manera, la próxima vez?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>What need were you protecting?</source>
        <translation>¿Qué necesidad estabas protegiendo?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>What small kindness passed between you and someone else today?</source>
        <translation>¿Qué pequeña amabilidad hubo hoy entre tú y otra persona?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>What words could you use next time you need to set a limit?</source>
        <translation>¿Qué palabras podrías usar la próxima vez que necesites poner un límite?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>What would a good friend say they appreciate about you?</source>
        <translation>¿Qué diría una buena amistad que aprecia de ti?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>What would you like to bring to your next session?</source>
        <translation>¿Qué te gustaría llevar a tu próxima sesión?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>What would you like your therapist to understand about your relationships right now?</source>
        <translation>¿Qué te gustaría que tu terapeuta entendiera ahora mismo sobre tus relaciones?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>What would you say to a friend who had just done this?</source>
        <translation>¿Qué le dirías a una amistad que acabara de hacer esto?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>When did being alone feel heavy? What might have helped?</source>
        <translation>¿Cuándo se te hizo pesado estar a solas? ¿Qué podría haberte ayudado?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>When did someone listen to you without rushing you?</source>
        <translation>¿Cuándo te escuchó alguien sin meterte prisa?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>When did you give yourself space from someone, or wish you had?</source>
        <translation>¿Cuándo te diste espacio de alguien, o desearías habértelo dado?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>When did you help someone, and what did that say about you?</source>
        <translation>¿Cuándo ayudaste a alguien, y qué dice eso de ti?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>When did you offer something to someone else: time, a word, a hand?</source>
        <translation>¿Cuándo le ofreciste algo a otra persona: tiempo, una palabra, una mano?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>When things are hard, who or what helps you feel a little calmer?</source>
        <translation>Cuando las cosas se ponen difíciles, ¿quién o qué te ayuda a sentir un poco más de calma?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>When was time alone restful for you, and not lonely?</source>
        <translation>¿Cuándo fue el tiempo a solas un descanso para ti, y no soledad?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>Where could you be a little gentler with yourself?</source>
        <translation>¿Dónde podrías ser un poco más amable contigo?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>Where do you feel most at ease, and who is there with you, if anyone?</source>
        <translation>¿Dónde te sientes más a gusto, y quién está allí contigo, si hay alguien?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>Who could you ask for help, and how might you ask them?</source>
        <translation>¿A quién podrías pedir ayuda, y cómo podrías pedírsela?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>Who did you laugh with lately, even a little?</source>
        <translation>¿Con quién te reíste últimamente, aunque fuera un poco?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>Who do you feel safe enough to be yourself with?</source>
        <translation>¿Con quién te sientes lo bastante a salvo para ser tú?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>Who do you miss? What do you miss about them?</source>
        <translation>¿A quién echas de menos? ¿Qué echas de menos de esa persona?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>Who has noticed how far you have come? What did they see?</source>
        <translation>¿Quién se ha dado cuenta de lo lejos que has llegado? ¿Qué vio?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>Who made a moment feel a little safer this week?</source>
        <translation>¿Quién hizo que un momento se sintiera un poco más seguro esta semana?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>Who respected a limit you set? How did that feel?</source>
        <translation>¿Quién respetó un límite que pusiste? ¿Cómo te sentiste?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>Whose company would you choose, if you could choose anyone today?</source>
        <translation>¿De quién elegirías la compañía, si hoy pudieras elegir a cualquiera?</translation>
    </message>
    <message>
        <location filename="../../resources/prompts/prompts.json"/>
        <source>Would you like more moments like this one?</source>
        <translation>¿Te gustaría tener más momentos como este?</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <location filename="../../journal_app/services/reminders.py"/>
        <source>A moment to check in, if you would like.</source>
        <translation>Un momento para ver cómo estás, si quieres.</translation>
    </message>
    <message>
        <location filename="../../journal_app/services/reminders.py"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../../journal_app/services/reminders.py"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <location filename="../../journal_app/services/restoring.py"/>
        <location filename="../../journal_app/storage/backup.py"/>
        <source>There is no backup file at {backup}.</source>
        <translation>No hay ninguna copia de seguridad en {backup}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/backup.py"/>
        <source>That passphrase does not open this backup. Use the passphrase that was current when the backup was made.</source>
        <translation>Esa frase de contraseña no abre esta copia de seguridad. Usa la frase de contraseña que tenías cuando se hizo la copia.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/backup.py"/>
        <source>The database failed its integrity check: {problems}</source>
        <translation>La base de datos no pasó la comprobación de integridad: {problems}</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/backup.py"/>
        <source>The key record inside {backup} is damaged: {problem}</source>
        <translation>El registro de claves dentro de {backup} está dañado: {problem}</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/backup.py"/>
        <source>{backup} is not a journal-app backup (key record too big).</source>
        <translation>{backup} no es una copia de seguridad de journal-app (registro de claves demasiado grande).</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/backup.py"/>
        <source>{backup} is not a journal-app backup (parts are missing).</source>
        <translation>{backup} no es una copia de seguridad de journal-app (faltan partes).</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/backup.py"/>
        <source>{backup} is not a journal-app backup.</source>
        <translation>{backup} no es una copia de seguridad de journal-app.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/backup.py"/>
        <source>{backup} is not a readable journal-app backup ({problem}).</source>
        <translation>{backup} no es una copia de seguridad de journal-app que se pueda leer ({problem}).</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/database.py"/>
        <source>The journal at {path} cannot be opened: {why}. Nothing has been changed or overwritten. To get your writing back, restore a backup with &apos;journal-app restore BACKUP-FILE&apos;.</source>
        <translation>El diario de {path} no se puede abrir: {why}. No se ha cambiado ni sobrescrito nada. Para recuperar lo que escribiste, restaura una copia de seguridad con &apos;journal-app restore BACKUP-FILE&apos;.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/database.py"/>
        <source>it cannot be read ({problem})</source>
        <translation>no se puede leer ({problem})</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/database.py"/>
        <source>parts of the file cannot be read</source>
        <translation>partes del archivo no se pueden leer</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/database.py"/>
        <source>the database file is empty</source>
        <translation>el archivo de la base de datos está vacío</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/database.py"/>
        <source>the database file is missing</source>
        <translation>falta el archivo de la base de datos</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/database.py"/>
        <source>the database file is not encrypted</source>
        <translation>el archivo de la base de datos no está cifrado</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/database.py"/>
        <source>the disk reported an error</source>
        <translation>el disco informó de un error</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/database.py"/>
        <source>the file holds no journal</source>
        <translation>el archivo no contiene ningún diario</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/database.py"/>
        <location filename="../../journal_app/storage/vault.py"/>
        <source>the file is damaged or does not belong to this key record</source>
        <translation>el archivo está dañado o no corresponde a este registro de claves</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/database.py"/>
        <source>{path} is a symbolic link, not the journal&apos;s own file. Nothing was opened or changed. Put the real file in its place, or restore a backup with &apos;journal-app restore BACKUP-FILE&apos;.</source>
        <translation>{path} es un enlace simbólico, no el archivo propio del diario. No se abrió ni se cambió nada. Pon el archivo real en su lugar, o restaura una copia de seguridad con &apos;journal-app restore BACKUP-FILE&apos;.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/decoding.py"/>
        <source>A record in the journal is damaged and cannot be read (record {id}, field {field}). Nothing has been changed. To get it back, restore a backup with &apos;journal-app restore BACKUP-FILE&apos;.</source>
        <translation>Un registro del diario está dañado y no se puede leer (registro {id}, campo {field}). No se ha cambiado nada. Para recuperarlo, restaura una copia de seguridad con &apos;journal-app restore BACKUP-FILE&apos;.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/files.py"/>
        <source>The disk is full, so this was not saved; everything saved before is safe.</source>
        <translation>El disco está lleno, así que esto no se guardó; todo lo guardado antes está a salvo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/files.py"/>
        <source>This could not be written to the disk ({problem}), so it was not saved; everything saved before is safe.</source>
        <translation>Esto no se pudo escribir en el disco ({problem}), así que no se guardó; todo lo guardado antes está a salvo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/folderlock.py"/>
        <source>The journal in {folder} is being restored or re-keyed by another journal-app command just now; nothing was changed. Try again in a moment.</source>
        <translation>Ahora mismo otra orden de journal-app está restaurando o cambiando de clave el diario de {folder}; no se cambió nada. Vuelve a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/folderlock.py"/>
        <source>The journal in {folder} is open in the app or another journal-app command, so it cannot be replaced or re-keyed now; nothing was changed. Close the app (or wait for the other command to finish) and try again.</source>
        <translation>El diario de {folder} está abierto en la aplicación o en otra orden de journal-app, así que ahora no se puede reemplazar ni cambiar de clave; no se cambió nada. Cierra la aplicación (o espera a que termine la otra orden) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/folderlock.py"/>
        <source>The journal is busy with a backup, an export or an import just now, so it cannot be replaced or re-keyed; nothing was changed. Try again in a moment.</source>
        <translation>Ahora mismo el diario está ocupado con una copia de seguridad, una exportación o una importación, así que no se puede reemplazar ni cambiar de clave; no se cambió nada. Vuelve a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/folderlock.py"/>
        <source>The journal is busy with a backup, an export or an import just now, so it cannot be replaced; nothing was changed. Try again in a moment.</source>
        <translation>Ahora mismo el diario está ocupado con una copia de seguridad, una exportación o una importación, así que no se puede reemplazar; no se cambió nada. Vuelve a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/keys.py"/>
        <source>A recovery code has {count} letters and digits in groups of four (like ABCD-1234-…); that one does not look like one.</source>
        <translation>Un código de recuperación tiene {count} letras y cifras en grupos de cuatro (como ABCD-1234-…); ese no parece uno.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/keys.py"/>
        <source>That passphrase does not open this journal.</source>
        <translation>Esa frase de contraseña no abre este diario.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/keys.py"/>
        <location filename="../../journal_app/storage/vault.py"/>
        <source>That recovery code does not open this journal.</source>
        <translation>Ese código de recuperación no abre este diario.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/keys.py"/>
        <source>The journal&apos;s key record asks for key-derivation settings this app never writes ({memory} KiB of memory, {passes} passes, {lanes} lanes; it writes {expected_memory} KiB, {expected_passes} passes, {expected_lanes} lanes). The record was damaged or changed; restore a backup with &apos;journal-app restore BACKUP-FILE&apos;.</source>
        <translation>El registro de claves del diario pide unos ajustes de derivación de clave que esta aplicación nunca escribe ({memory} KiB de memoria, {passes} pasadas, {lanes} carriles; ella escribe {expected_memory} KiB, {expected_passes} pasadas, {expected_lanes} carriles). El registro se dañó o se cambió; restaura una copia de seguridad con &apos;journal-app restore BACKUP-FILE&apos;.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/keys.py"/>
        <source>The journal&apos;s key record has format {found}; this version of journal-app reads format {expected}. Update the app to open it.</source>
        <translation>El registro de claves del diario tiene el formato {found}; esta versión de journal-app lee el formato {expected}. Actualiza la aplicación para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/keys.py"/>
        <source>The journal&apos;s key record has invalid key-derivation settings (the salt).</source>
        <translation>El registro de claves del diario tiene ajustes de derivación de clave no válidos (la sal).</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/keys.py"/>
        <source>The journal&apos;s key record is damaged (bad encoding).</source>
        <translation>El registro de claves del diario está dañado (codificación incorrecta).</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/keys.py"/>
        <source>The journal&apos;s key record is damaged (bad number).</source>
        <translation>El registro de claves del diario está dañado (número incorrecto).</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/keys.py"/>
        <source>The journal&apos;s key record is damaged (bad sizes).</source>
        <translation>El registro de claves del diario está dañado (tamaños incorrectos).</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/keys.py"/>
        <source>The journal&apos;s key record is damaged (checksum mismatch).</source>
        <translation>El registro de claves del diario está dañado (la suma de comprobación no coincide).</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/keys.py"/>
        <source>The journal&apos;s key record is damaged (far too big).</source>
        <translation>El registro de claves del diario está dañado (demasiado grande).</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/keys.py"/>
        <source>The journal&apos;s key record is damaged (not a key record).</source>
        <translation>El registro de claves del diario está dañado (no es un registro de claves).</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/keys.py"/>
        <source>The journal&apos;s key record is damaged (not readable).</source>
        <translation>El registro de claves del diario está dañado (no se puede leer).</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/keys.py"/>
        <source>The journal&apos;s key record is incomplete.</source>
        <translation>El registro de claves del diario está incompleto.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/keys.py"/>
        <source>The journal&apos;s key record names an unknown key derivation.</source>
        <translation>El registro de claves del diario nombra una derivación de clave desconocida.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/rekey.py"/>
        <source>The journal could not be written again under a new key ({why}). Nothing was changed: the old passphrase still opens it.</source>
        <translation>No se pudo volver a escribir el diario con una clave nueva ({why}). No se cambió nada: la frase de contraseña antigua todavía lo abre.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/rekey.py"/>
        <source>The journal is busy just now (an export or import still running, or another window or command), so nothing was changed. Try again in a moment.</source>
        <translation>Ahora mismo el diario está ocupado (una exportación o importación todavía en marcha, u otra ventana u orden), así que no se cambió nada. Vuelve a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/rekey.py"/>
        <source>the copy does not hold the same rows</source>
        <translation>la copia no contiene las mismas filas</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/rekey.py"/>
        <source>the copy was not closed cleanly</source>
        <translation>la copia no se cerró correctamente</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/repository.py"/>
        <source>A person in the journal is damaged and cannot be read (person {id}). Nothing has been changed. To get it back, restore a backup with &apos;journal-app restore BACKUP-FILE&apos;.</source>
        <translation>Una persona del diario está dañada y no se puede leer (persona {id}). No se ha cambiado nada. Para recuperarla, restaura una copia de seguridad con &apos;journal-app restore BACKUP-FILE&apos;.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/repository.py"/>
        <source>The journal&apos;s search index is damaged, so searching does not work. Your records are not touched: they can still be listed and exported. Nothing has been changed. To repair it, restore a backup with &apos;journal-app restore BACKUP-FILE&apos;.</source>
        <translation>El índice de búsqueda del diario está dañado, así que buscar no funciona. Tus registros no se han tocado: todavía puedes verlos en la lista y exportarlos. No se ha cambiado nada. Para repararlo, restaura una copia de seguridad con &apos;journal-app restore BACKUP-FILE&apos;.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/repository.py"/>
        <source>There is no person with id {id}.</source>
        <translation>No hay ninguna persona con el id {id}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/repository.py"/>
        <source>There is no record with id {id}.</source>
        <translation>No hay ningún registro con el id {id}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/repository.py"/>
        <source>{name} is already in your journal</source>
        <translation>{name} ya está en tu diario</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/rotation.py"/>
        <source>Nothing was overwritten or deleted.</source>
        <translation>No se sobrescribió ni se borró nada.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/rotation.py"/>
        <source>Today&apos;s check found that part of the journal&apos;s file cannot be read.</source>
        <translation>La comprobación de hoy encontró que una parte del archivo del diario no se puede leer.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/rotation.py"/>
        <source>the key record in the new backup differs from the journal&apos;s</source>
        <translation>el registro de claves de la copia nueva no coincide con el del diario</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/schema.py"/>
        <source>This journal was saved by a newer version of journal-app (store version {version}; this app reads up to {latest}). Nothing was changed. Install the newer version to open it.</source>
        <translation>Este diario se guardó con una versión más nueva de journal-app (versión del almacén {version}; esta aplicación lee hasta la {latest}). No se cambió nada. Instala la versión más nueva para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/vault.py"/>
        <source>A passphrase change is not finished yet, so no backup was made. Lock the journal and open it again, then make the backup.</source>
        <translation>Un cambio de frase de contraseña todavía no ha terminado, así que no se hizo ninguna copia de seguridad. Bloquea el diario y vuelve a abrirlo; luego haz la copia.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/vault.py"/>
        <source>That recovery code is not the journal&apos;s current one, so nothing was changed. Type the code exactly, or leave it out to get a new one.</source>
        <translation>Ese código de recuperación no es el actual del diario, así que no se cambió nada. Escribe el código exactamente, o déjalo fuera para recibir uno nuevo.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/vault.py"/>
        <source>The key record {path} cannot be read ({problem}).</source>
        <translation>No se puede leer el registro de claves {path} ({problem}).</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/vault.py"/>
        <source>There is already a journal in {folder}; it was left as it is.</source>
        <translation>Ya hay un diario en {folder}; se dejó como está.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/vault.py"/>
        <source>There is no journal in {folder}. Create one with &apos;journal-app init&apos;.</source>
        <translation>No hay ningún diario en {folder}. Crea uno con &apos;journal-app init&apos;.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/vault.py"/>
        <source>must be at least {minimum} characters long</source>
        <translation>tiene que tener al menos {minimum} caracteres</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/vault.py"/>
        <source>must not contain a NUL character</source>
        <translation>no puede contener un carácter NUL</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/vault.py"/>
        <source>{database} exists but its key record is missing. It was left as it is; restore a backup, or choose another data folder.</source>
        <translation>{database} existe pero falta su registro de claves. Se dejó como está; restaura una copia de seguridad, o elige otra carpeta de datos.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/vault.py"/>
        <source>{path} is one of the journal&apos;s own files; choose another place.</source>
        <translation>{path} es uno de los archivos propios del diario; elige otro lugar.</translation>
    </message>
    <message>
        <location filename="../../journal_app/storage/vault.py"/>
        <source>{problem} Both copies of the key record in {folder} are damaged; restore a backup with &apos;journal-app restore BACKUP-FILE&apos;. Nothing was changed.</source>
        <translation>{problem} Las dos copias del registro de claves en {folder} están dañadas; restaura una copia de seguridad con &apos;journal-app restore BACKUP-FILE&apos;. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message numerus="yes">
        <location filename="../../journal_app/insights/text.py"/>
        <source>%n did not hold this time</source>
        <translation>
            <numerusform>%n no se mantuvo esta vez</numerusform>
            <numerusform>%n no se mantuvieron esta vez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/insights/text.py"/>
        <source>%n held</source>
        <translation>
            <numerusform>%n se mantuvo</numerusform>
            <numerusform>%n se mantuvieron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/insights/text.py"/>
        <source>%n partly held</source>
        <translation>
            <numerusform>%n se mantuvo en parte</numerusform>
            <numerusform>%n se mantuvieron en parte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/insights/text.py"/>
        <source>%n times</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/insights/text.py"/>
        <source>%n × {duration}</source>
        <translation>
            <numerusform>%n × {duration}</numerusform>
            <numerusform>%n × {duration}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Alone, unchosen</source>
        <translation>A solas, sin elegirlo</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Boundaries</source>
        <translation>Límites</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>By circle: {parts}</source>
        <translation>Por círculo: {parts}</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Close people</source>
        <translation>Personas cercanas</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>In the week before, you noted {duration} of time alone you did not choose.</source>
        <translation>La semana anterior anotaste {duration} de tiempo a solas que no elegiste.</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>No moments of connection are logged this week.</source>
        <translation>Esta semana no hay momentos de conexión registrados.</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Notes to share with your therapist:</source>
        <translation>Notas para compartir con tu terapeuta:</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Nothing is logged for this week. Whenever you write something down, it shows here.</source>
        <translation>No hay nada registrado en esta semana. Cuando anotes algo, aparecerá aquí.</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>On days with connection your mood averaged {connected}; on the other logged days, {other}.</source>
        <translation>Los días con conexión tu ánimo fue de {connected} de media; los otros días registrados, de {other}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Peers</source>
        <translation>Pares</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Professional support</source>
        <translation>Apoyo profesional</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Solitude</source>
        <translation>Soledad</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Support went both ways {n}.</source>
        <translation>El apoyo fue en los dos sentidos {n}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/insights/text.py"/>
        <source>The other %n days are not logged.</source>
        <translation>
            <numerusform>El otro día no está registrado.</numerusform>
            <numerusform>Los otros %n días no están registrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/insights/text.py"/>
        <source>The week before ({week}) had %n moments of connection, {duration} in all.</source>
        <translation>
            <numerusform>La semana anterior ({week}) tuvo %n momento de conexión, {duration} en total.</numerusform>
            <numerusform>La semana anterior ({week}) tuvo %n momentos de conexión, {duration} en total.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>You also took {duration} of solitude you chose for yourself.</source>
        <translation>También te tomaste {duration} de soledad elegida por ti.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/insights/text.py"/>
        <source>You checked in on your mood %n times; it averaged {avg} out of 10.</source>
        <translation>
            <numerusform>Anotaste tu ánimo %n vez; fue de {avg} sobre 10.</numerusform>
            <numerusform>Anotaste tu ánimo %n veces; la media fue de {avg} sobre 10.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>You gave support {gave} and received it {received}.</source>
        <translation>Diste apoyo {gave} y lo recibiste {received}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>You gave support {n}.</source>
        <translation>Diste apoyo {n}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/insights/text.py"/>
        <source>You had %n moments of connection, {duration} in all.</source>
        <translation>
            <numerusform>Tuviste %n momento de conexión, {duration} en total.</numerusform>
            <numerusform>Tuviste %n momentos de conexión, {duration} en total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/insights/text.py"/>
        <source>You had %n moments of connection.</source>
        <translation>
            <numerusform>Tuviste %n momento de conexión.</numerusform>
            <numerusform>Tuviste %n momentos de conexión.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>You logged something on every day of the week.</source>
        <translation>Registraste algo todos los días de la semana.</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>You logged something on {n} of the 7 days.</source>
        <translation>Registraste algo en {n} de los 7 días.</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>You noted {duration} of time alone that you did not choose.</source>
        <translation>Anotaste {duration} de tiempo a solas que no elegiste.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/insights/text.py"/>
        <source>You practised a boundary %n times ({outcomes}).</source>
        <translation>
            <numerusform>Practicaste un límite %n vez ({outcomes}).</numerusform>
            <numerusform>Practicaste límites %n veces ({outcomes}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/insights/text.py"/>
        <source>You reached out yourself %n times.</source>
        <translation>
            <numerusform>Tomaste la iniciativa %n vez.</numerusform>
            <numerusform>Tomaste la iniciativa %n veces.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>You received support {n}.</source>
        <translation>Recibiste apoyo {n}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/insights/text.py"/>
        <source>You were in touch with %n people.</source>
        <translation>
            <numerusform>Estuviste en contacto con %n persona.</numerusform>
            <numerusform>Estuviste en contacto con %n personas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>boundary</source>
        <translation>límite</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>connection</source>
        <translation>conexión</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>eight times</source>
        <translation>ocho veces</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>five times</source>
        <translation>cinco veces</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>four times</source>
        <translation>cuatro veces</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>journal entry</source>
        <translation>entrada del diario</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>mood</source>
        <translation>ánimo</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>nine times</source>
        <translation>nueve veces</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>not logged</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>seven times</source>
        <translation>siete veces</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>six times</source>
        <translation>seis veces</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>three times</source>
        <translation>tres veces</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>time alone</source>
        <translation>tiempo a solas</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>to bring up next session</source>
        <translation>para hablar en la próxima sesión</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>twice</source>
        <translation>dos veces</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journal_app/insights/text.py"/>
        <source>{circle}: %n × {duration}</source>
        <translation>
            <numerusform>{circle}: %n × {duration}</numerusform>
            <numerusform>{circle}: %n × {duration}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>{d1} {m1} {y1} – {d2} {m2} {y2}</source>
        <translation>{d1} {m1} {y1} – {d2} {m2} {y2}</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>{d1} {m1} – {d2} {m2} {year}</source>
        <translation>{d1} {m1} – {d2} {m2} {year}</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>{d1}–{d2} {m} {year}</source>
        <translation>{d1}–{d2} {m} {year}</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>{dates} (week {label})</source>
        <translation>{dates} (semana {label})</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>{d} {m} {year}</source>
        <translation>{d} {m} {year}</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location filename="../../journal_app/insights/text.py"/>
        <source>{whole}.{fraction}</source>
        <translation>{whole},{fraction}</translation>
    </message>
</context>
<context>
    <name>support</name>
    <message>
        <location filename="../../journal_app/services/crisis_lines.py"/>
        <source>A line for {country} in the list is incomplete.</source>
        <translation>Una línea de {country} en la lista está incompleta.</translation>
    </message>
    <message>
        <location filename="../../journal_app/services/crisis_lines.py"/>
        <source>A name can be up to 100 characters.</source>
        <translation>Un nombre puede tener hasta 100 caracteres.</translation>
    </message>
    <message>
        <location filename="../../journal_app/services/crisis_lines.py"/>
        <source>A note can be up to 200 characters.</source>
        <translation>Una nota puede tener hasta 200 caracteres.</translation>
    </message>
    <message>
        <location filename="../../journal_app/services/crisis_lines.py"/>
        <source>A number can hold digits, spaces and + ( ) - * #, up to 40 characters.</source>
        <translation>Un número puede contener cifras, espacios y + ( ) - * #, hasta 40 caracteres.</translation>
    </message>
    <message>
        <location filename="../../journal_app/services/crisis_lines.py"/>
        <source>Give the line a name, a few words are enough.</source>
        <translation>Ponle un nombre a la línea; bastan unas pocas palabras.</translation>
    </message>
    <message>
        <location filename="../../journal_app/services/crisis_lines.py"/>
        <source>The entry for {country} in the list is incomplete.</source>
        <translation>La entrada de {country} en la lista está incompleta.</translation>
    </message>
    <message>
        <location filename="../../journal_app/services/crisis_lines.py"/>
        <source>The list of crisis lines could not be read.</source>
        <translation>No se pudo leer la lista de líneas de ayuda.</translation>
    </message>
    <message>
        <location filename="../../journal_app/services/crisis_lines.py"/>
        <source>The list of crisis lines is not in the expected format.</source>
        <translation>La lista de líneas de ayuda no tiene el formato esperado.</translation>
    </message>
    <message>
        <location filename="../../journal_app/services/crisis_lines.py"/>
        <source>You can keep up to {n} lines of your own.</source>
        <translation>Puedes guardar hasta {n} líneas propias.</translation>
    </message>
    <message>
        <location filename="../../journal_app/services/prompts.py"/>
        <source>A prompt for {group} has no id or no text.</source>
        <translation>Una sugerencia de {group} no tiene id o no tiene texto.</translation>
    </message>
    <message>
        <location filename="../../journal_app/services/prompts.py"/>
        <source>The prompt id {id} is used twice.</source>
        <translation>El id de sugerencia {id} se usa dos veces.</translation>
    </message>
    <message>
        <location filename="../../journal_app/services/prompts.py"/>
        <source>The prompt library could not be read.</source>
        <translation>No se pudo leer la colección de sugerencias.</translation>
    </message>
    <message>
        <location filename="../../journal_app/services/prompts.py"/>
        <source>The prompt library has no prompts for {group}.</source>
        <translation>La colección de sugerencias no tiene sugerencias para {group}.</translation>
    </message>
    <message>
        <location filename="../../journal_app/services/prompts.py"/>
        <source>The prompt library is not in the expected format.</source>
        <translation>La colección de sugerencias no tiene el formato esperado.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/support/calm.py"/>
        <source>If you are in danger now, call your local emergency number.</source>
        <translation>Si ahora estás en peligro, llama al número de emergencias de tu zona.</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Asking for space</source>
        <translation>Pedir espacio</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Boundary</source>
        <translation>Límite</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Chosen time alone</source>
        <translation>Tiempo a solas elegido</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Close people</source>
        <translation>Personas cercanas</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Connected with someone</source>
        <translation>Conexión con alguien</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Connected with {person}</source>
        <translation>Conexión con {person}</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Digital boundary</source>
        <translation>Límite digital</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Ending contact</source>
        <translation>Terminar el contacto</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>I felt heard and understood</source>
        <translation>Sentí que me escuchaban y me comprendían</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>I gave support</source>
        <translation>Di apoyo</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>I reached out</source>
        <translation>Tomé la iniciativa</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>I received support</source>
        <translation>Recibí apoyo</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>It did not hold this time</source>
        <translation>Esta vez no se mantuvo</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>It held</source>
        <translation>Se mantuvo</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>It partly held</source>
        <translation>Se mantuvo en parte</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Journal entry</source>
        <translation>Entrada del diario</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Limiting time</source>
        <translation>Limitar el tiempo</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Making my surroundings safer</source>
        <translation>Hacer más seguro mi entorno</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Mood check-in</source>
        <translation>Registro de ánimo</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Mood {score} of 10</source>
        <translation>Ánimo {score} de 10</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>My therapist, my doctor, a service I can call.</source>
        <translation>Mi terapeuta, mi médico, un servicio al que puedo llamar.</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>My warning signs</source>
        <translation>Mis señales de alerta</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Next time I want to bring up…</source>
        <translation>La próxima vez quiero hablar de…</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Not on my support map</source>
        <translation>Fuera de mi mapa de apoyo</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Peers</source>
        <translation>Pares</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>People I can ask for help</source>
        <translation>Personas a las que puedo pedir ayuda</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>People I trust enough to tell that I am struggling.</source>
        <translation>Personas en las que confío lo suficiente para contarles que lo estoy pasando mal.</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>People and places that help me feel better</source>
        <translation>Personas y lugares que me ayudan a sentirme mejor</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Physical boundary</source>
        <translation>Límite físico</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Professional support</source>
        <translation>Apoyo profesional</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Professionals and services</source>
        <translation>Profesionales y servicios</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Reasons to keep going</source>
        <translation>Razones para seguir adelante</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Saying no</source>
        <translation>Decir que no</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Small things that calm me, without needing anyone else.</source>
        <translation>Pequeñas cosas que me calman, sin necesitar a nadie más.</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Stating a need</source>
        <translation>Expresar una necesidad</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>The people, hopes and small things that matter to me.</source>
        <translation>Las personas, las esperanzas y las pequeñas cosas que me importan.</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>The way we worked suited me</source>
        <translation>La forma de trabajar me fue bien</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Things I can do on my own</source>
        <translation>Cosas que puedo hacer por mi cuenta</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Thoughts, feelings or moments that tell me hard times are near.</source>
        <translation>Pensamientos, sentimientos o momentos que me avisan de que se acercan tiempos difíciles.</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Time alone</source>
        <translation>Tiempo a solas</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Time alone, not chosen</source>
        <translation>Tiempo a solas, sin elegirlo</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Video</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>We supported each other</source>
        <translation>Nos apoyamos mutuamente</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>We worked on what matters to me</source>
        <translation>Trabajamos en lo que me importa</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>What I can put away, or ask someone to keep, for now.</source>
        <translation>Lo que puedo guardar, o pedir a alguien que guarde, por ahora.</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>Where I can go, and who I can be with, to take my mind off things.</source>
        <translation>Adónde puedo ir, y con quién puedo estar, para despejarme.</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>after the session: {answers} (of 10)</source>
        <translation>después de la sesión: {answers} (sobre 10)</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>angry</source>
        <translation>enojo</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>anxious</source>
        <translation>ansiedad</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>ashamed</source>
        <translation>vergüenza</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>calm</source>
        <translation>calma</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>confused</source>
        <translation>confusión</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>connected</source>
        <translation>conexión</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>content</source>
        <translation>bienestar</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>did not hold this time</source>
        <translation>esta vez no se mantuvo</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>distress {n} of 10</source>
        <translation>malestar {n} de 10</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>fear before {n} of 10</source>
        <translation>miedo antes {n} de 10</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>felt after {n} of 10</source>
        <translation>sensación después {n} de 10</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>felt heard {n}</source>
        <translation>me escucharon {n}</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>felt safe {n} of 5</source>
        <translation>me sentí a salvo {n} de 5</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>grateful</source>
        <translation>gratitud</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>guilty</source>
        <translation>culpa</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>held</source>
        <translation>se mantuvo</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>hopeful</source>
        <translation>esperanza</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>irritable</source>
        <translation>irritabilidad</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>loneliness {n} of 10</source>
        <translation>soledad {n} de 10</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>lonely</source>
        <translation>soledad</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>next time: “{topic}”</source>
        <translation>la próxima vez: «{topic}»</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>numb</source>
        <translation>vacío</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>overwhelmed</source>
        <translation>agobio</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>partly held</source>
        <translation>se mantuvo en parte</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>proud</source>
        <translation>orgullo</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>relieved</source>
        <translation>alivio</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>sad</source>
        <translation>tristeza</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>safe</source>
        <translation>seguridad</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>scared</source>
        <translation>miedo</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>tired</source>
        <translation>cansancio</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>to share</source>
        <translation>para compartir</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>way of working {n}</source>
        <translation>forma de trabajar {n}</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>what matters {n}</source>
        <translation>lo que importa {n}</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>with {person}</source>
        <translation>con {person}</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location filename="../../journal_app/words.py"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
</context>
</TS>
