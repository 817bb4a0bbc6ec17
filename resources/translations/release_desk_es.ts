<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AnnotationDialogs</name>
    <message>
        <source>Load vocabulary</source>
        <translation>Cargar un vocabulario</translation>
    </message>
    <message>
        <source>Vocabularies (*.csv *.rdf *.xml *.skos);;CSV (*.csv);;SKOS RDF/XML (*.rdf *.xml);;All files (*)</source>
        <translation>Vocabularios (*.csv *.rdf *.xml *.skos);;CSV (*.csv);;SKOS RDF/XML (*.rdf *.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Load subjects</source>
        <translation>Cargar temas</translation>
    </message>
    <message>
        <source>Subject vocabularies (*.csv *.rdf *.xml *.skos);;CSV (*.csv);;SKOS RDF/XML (*.rdf *.xml);;All files (*)</source>
        <translation>Vocabularios de temas (*.csv *.rdf *.xml *.skos);;CSV (*.csv);;SKOS RDF/XML (*.rdf *.xml);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <source>Tag as {kind}</source>
        <translation>Etiquetar: {kind}</translation>
    </message>
    <message>
        <source>Tag the selected text: {kind} ({shortcut})</source>
        <translation>Etiquetar el texto seleccionado: {kind} ({shortcut})</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiquetar</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Anotar</translation>
    </message>
    <message>
        <source>Select a name in the headline or inside one paragraph to tag it</source>
        <translation>Seleccione un nombre en el titular o dentro de un párrafo para etiquetarlo</translation>
    </message>
    <message>
        <source>That text is already tagged, or crosses another tag</source>
        <translation>Ese texto ya está etiquetado o se cruza con otra etiqueta</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Cambiar el nombre de la etiqueta</translation>
    </message>
    <message>
        <source>Normalised name:</source>
        <translation>Nombre normalizado:</translation>
    </message>
    <message>
        <source>Change tag to {kind}</source>
        <translation>Cambiar la etiqueta a: {kind}</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Quitar la etiqueta</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n more as {kind}</source>
        <translation>
            <numerusform>Etiquetar %n aparición más: {kind}</numerusform>
            <numerusform>Etiquetar %n apariciones más: {kind}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n more occurrence(s)</source>
        <translation>
            <numerusform>%n aparición más etiquetada</numerusform>
            <numerusform>%n apariciones más etiquetadas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>&amp;Etiquetar</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Cambiar el &amp;nombre…</translation>
    </message>
    <message>
        <source>Change &amp;kind</source>
        <translation>Cambiar el &amp;tipo</translation>
    </message>
    <message>
        <source>Tag all other &amp;occurrences</source>
        <translation>Etiquetar todas las demás &amp;apariciones</translation>
    </message>
    <message>
        <source>Re&amp;move tag</source>
        <translation>&amp;Quitar la etiqueta</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>{kind} in the headline</source>
        <translation>{kind} en el titular</translation>
    </message>
    <message>
        <source>{kind} in paragraph {number}</source>
        <translation>{kind} en el párrafo {number}</translation>
    </message>
    <message>
        <source>; reference {ref}</source>
        <translation>; referencia {ref}</translation>
    </message>
    <message>
        <source> (resolved)</source>
        <translation> (resuelto)</translation>
    </message>
    <message>
        <source>Tag or comment</source>
        <translation>Etiqueta o comentario</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Filter tags and comments</source>
        <translation>Filtrar etiquetas y comentarios</translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation>Filtrar anotaciones</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
</context>
<context>
    <name>Binding</name>
    <message>
        <source>Edit {field}</source>
        <translation>Editar: {field}</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <source>Body paragraphs</source>
        <translation>Párrafos del cuerpo</translation>
    </message>
    <message>
        <source>Body text: one paragraph per line; Enter starts a new paragraph</source>
        <translation>Cuerpo del texto: un párrafo por línea; Intro empieza un párrafo nuevo</translation>
    </message>
    <message>
        <source>Typing in paragraph {number}</source>
        <translation>Escritura en el párrafo {number}</translation>
    </message>
    <message>
        <source>Delete in paragraph {number}</source>
        <translation>Borrado en el párrafo {number}</translation>
    </message>
    <message>
        <source>Split paragraph {number}</source>
        <translation>Dividir el párrafo {number}</translation>
    </message>
    <message>
        <source>Merge paragraphs {number} and {next}</source>
        <translation>Unir los párrafos {number} y {next}</translation>
    </message>
    <message>
        <source>Edit body text</source>
        <translation>Editar el cuerpo del texto</translation>
    </message>
</context>
<context>
    <name>BriefingTemplate</name>
    <message>
        <source>{path}: this is not a Word document Release Desk can write a note from ({error})</source>
        <translation>{path}: no es un documento de Word a partir del cual Release Desk pueda redactar una nota ({error})</translation>
    </message>
    <message>
        <source>Briefing &amp;Template…</source>
        <translation>&amp;Plantilla de la nota informativa…</translation>
    </message>
    <message>
        <source>Write briefing notes from your own Word template</source>
        <translation>Redactar las notas informativas con su propia plantilla de Word</translation>
    </message>
    <message>
        <source>&amp;Reset to the Built-in Template</source>
        <translation>&amp;Volver a la plantilla integrada</translation>
    </message>
    <message>
        <source>Cannot use this template</source>
        <translation>No se puede usar esta plantilla</translation>
    </message>
    <message>
        <source>Briefing notes now use {name}</source>
        <translation>Las notas informativas usan ahora {name}</translation>
    </message>
    <message>
        <source>Briefing notes use the built-in template</source>
        <translation>Las notas informativas usan la plantilla integrada</translation>
    </message>
    <message>
        <source>Now: {path}</source>
        <translation>Ahora: {path}</translation>
    </message>
    <message>
        <source>Now: the built-in template</source>
        <translation>Ahora: la plantilla integrada</translation>
    </message>
</context>
<context>
    <name>BylineEdit</name>
    <message>
        <source>Byline</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>By ..., as printed under the headline</source>
        <translation>Por …, tal como aparece bajo el titular</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>firma</translation>
    </message>
</context>
<context>
    <name>ClipboardActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Pe&amp;gar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add contact</source>
        <translation>Añadir un contacto</translation>
    </message>
    <message>
        <source>Remove contact {number}</source>
        <translation>Quitar el contacto {number}</translation>
    </message>
    <message>
        <source>Move contact {number} up</source>
        <translation>Subir el contacto {number}</translation>
    </message>
    <message>
        <source>Move contact {number} down</source>
        <translation>Bajar el contacto {number}</translation>
    </message>
    <message>
        <source>Move paragraph {number} up</source>
        <translation>Subir el párrafo {number}</translation>
    </message>
    <message>
        <source>Move paragraph {number} down</source>
        <translation>Bajar el párrafo {number}</translation>
    </message>
</context>
<context>
    <name>CommentActions</name>
    <message>
        <source>Add &amp;Comment…</source>
        <translation>Añadir un &amp;comentario…</translation>
    </message>
    <message>
        <source>Comment on the selected text, or on the paragraph ({shortcut})</source>
        <translation>Comentar el texto seleccionado o el párrafo ({shortcut})</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Redactor</translation>
    </message>
    <message>
        <source>Write a paragraph first, then comment on it</source>
        <translation>Escriba primero un párrafo y luego coméntelo</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Añadir un comentario</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comentario:</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>Reply to comment</source>
        <translation>Responder al comentario</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>Resolver el comentario</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>Reabrir el comentario</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Eliminar el comentario</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>&amp;Responder…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Re&amp;abrir</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Re&amp;solver</translation>
    </message>
    <message>
        <source>&amp;Delete comment</source>
        <translation>&amp;Eliminar el comentario</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Headline tags</source>
        <translation>Etiquetas del titular</translation>
    </message>
    <message>
        <source>Subheadline</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Lugar y fecha</translation>
    </message>
    <message>
        <source>Dateline place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Dateline date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Photo credits</source>
        <translation>Créditos fotográficos</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Paragraph {number}</source>
        <translation>Párrafo {number}</translation>
    </message>
    <message>
        <source>Tags in paragraph {number}</source>
        <translation>Etiquetas del párrafo {number}</translation>
    </message>
    <message>
        <source>Note {number}</source>
        <translation>Nota {number}</translation>
    </message>
    <message>
        <source>Contact {number}</source>
        <translation>Contacto {number}</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>+{added} / −{removed} words</source>
        <translation>+{added} / −{removed} palabras</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>From {old} to {new}</source>
        <translation>De {old} a {new}</translation>
    </message>
    <message>
        <source>The two are the same.</source>
        <translation>Los dos son iguales.</translation>
    </message>
    <message>
        <source>Fields that differ: {fields}; words added: {added}, removed: {removed}.</source>
        <translation>Campos distintos: {fields}; palabras añadidas: {added}, eliminadas: {removed}.</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Contact {number}</source>
        <translation>Contacto {number}</translation>
    </message>
    <message>
        <source>Contact {number} {field}</source>
        <translation>Contacto {number}: {field}</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move contact {number} up</source>
        <translation>Subir el contacto {number}</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move contact {number} down</source>
        <translation>Bajar el contacto {number}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove contact {number}</source>
        <translation>Quitar el contacto {number}</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <source>No contacts yet.</source>
        <translation>Todavía no hay contactos.</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Añadir un contacto</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>Words in this field</source>
        <translation>Palabras en este campo</translation>
    </message>
    <message>
        <source>Words in the release</source>
        <translation>Palabras en el comunicado</translation>
    </message>
    <message>
        <source>Body length against its target</source>
        <translation>Longitud del cuerpo frente al objetivo</translation>
    </message>
    <message>
        <source>Body &amp;Target Length…</source>
        <translation>Longitud &amp;objetivo del cuerpo…</translation>
    </message>
    <message>
        <source>Show the body&apos;s words against the length you aim at</source>
        <translation>Mostrar las palabras del cuerpo frente a la longitud buscada</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>{field}: {words}, {chars}</source>
        <translation>{field}: {words}, {chars}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln palabra</numerusform>
            <numerusform>%Ln palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln carácter</numerusform>
            <numerusform>%Ln caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Release: {words}, {chars}</source>
        <translation>Comunicado: {words}, {chars}</translation>
    </message>
    <message>
        <source>Body: {words} of {target}</source>
        <translation>Cuerpo: {words} de {target}</translation>
    </message>
</context>
<context>
    <name>DatelineEditor</name>
    <message>
        <source>Dateline place</source>
        <translation>Lugar de la data</translation>
    </message>
    <message>
        <source>City, e.g. Geneva</source>
        <translation>Ciudad, p. ej. Ginebra</translation>
    </message>
    <message>
        <source>Dateline date</source>
        <translation>Fecha de la data</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Clear the dateline date</source>
        <translation>Borrar la fecha de la data</translation>
    </message>
    <message>
        <source>Dateline as printed</source>
        <translation>Data tal como se imprime</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>F&amp;echa</translation>
    </message>
    <message>
        <source>dateline place</source>
        <translation>lugar de la data</translation>
    </message>
    <message>
        <source>Edit dateline date</source>
        <translation>Editar la fecha de la data</translation>
    </message>
    <message>
        <source>Exports as: {dateline}</source>
        <translation>Se exporta así: {dateline}</translation>
    </message>
    <message>
        <source>Exports as: (no dateline)</source>
        <translation>Se exporta así: (sin data)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Releases (*.txt *.text *.xml *.docx *.nitf *.json);;Release XML (*.release.xml *.xml);;Plain text (*.txt *.text);;Word drafts (*.docx);;NITF (*.nitf *.nitf.xml *.xml);;NewsML-G2 (*.newsml.xml *.xml);;ninjs (*.json);;All files (*)</source>
        <translation>Comunicados (*.txt *.text *.xml *.docx *.nitf *.json);;Release XML (*.release.xml *.xml);;Texto sin formato (*.txt *.text);;Borradores de Word (*.docx);;NITF (*.nitf *.nitf.xml *.xml);;NewsML-G2 (*.newsml.xml *.xml);;ninjs (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Release XML (*.release.xml);;Plain text (*.txt)</source>
        <translation>Release XML (*.release.xml);;Texto sin formato (*.txt)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>¿Guardar los cambios de «{name}» antes de cerrar?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Sus cambios se perderán si no los guarda.</translation>
    </message>
    <message>
        <source>Open release</source>
        <translation>Abrir un comunicado</translation>
    </message>
    <message>
        <source>Save release as</source>
        <translation>Guardar el comunicado como</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>an untitled release</source>
        <translation>un comunicado sin título</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Recuperar el trabajo sin guardar</translation>
    </message>
    <message>
        <source>Release Desk closed unexpectedly while you were editing {what}.
An automatic copy from {saved_at} was kept. Recover it?</source>
        <translation>Release Desk se cerró de forma inesperada mientras editaba {what}.
Se conservó una copia automática del {saved_at}. ¿Desea recuperarla?</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Archivo modificado en el disco</translation>
    </message>
    <message>
        <source>“{path}” was changed by another program since you opened it.
Overwrite it with your version? Choose No to keep the file and use Save As instead.</source>
        <translation>«{path}» fue modificado por otro programa desde que lo abrió.
¿Sobrescribirlo con su versión? Elija No para conservar el archivo y usar Guardar como.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Briefing template</source>
        <translation>Plantilla de la nota informativa</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Reemplazar el archivo</translation>
    </message>
    <message>
        <source>“{path}” already exists. Replace it?</source>
        <translation>«{path}» ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>The release is not valid</source>
        <translation>El comunicado no es válido</translation>
    </message>
    <message>
        <source>Errors in the release: {count} (the first: {first}).
A Release XML file with errors will be refused by archives. Export “{path}” anyway?</source>
        <translation>Errores en el comunicado: {count} (el primero: {first}).
Los archivos rechazarán un fichero Release XML con errores. ¿Exportar «{path}» de todos modos?</translation>
    </message>
    <message>
        <source>Approve with errors?</source>
        <translation>¿Aprobar con errores?</translation>
    </message>
    <message>
        <source>An approved release should have no errors. Errors found: {count}.</source>
        <translation>Un comunicado aprobado no debería tener errores. Errores encontrados: {count}.</translation>
    </message>
    <message>
        <source>Approve it anyway?</source>
        <translation>¿Aprobarlo de todos modos?</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Nombre de la plantilla:</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <source>Delete the template “{name}”? Releases made from it keep their text.</source>
        <translation>¿Eliminar la plantilla «{name}»? Los comunicados creados con ella conservan su texto.</translation>
    </message>
    <message>
        <source>Print release</source>
        <translation>Imprimir el comunicado</translation>
    </message>
    <message>
        <source>Compare with release</source>
        <translation>Comparar con un comunicado</translation>
    </message>
    <message>
        <source>Body target length</source>
        <translation>Longitud objetivo del cuerpo</translation>
    </message>
    <message>
        <source>Words the body should have (0 for no target):</source>
        <translation>Palabras que debe tener el cuerpo (0 para ninguna):</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>{name} is open in this window</source>
        <translation>{name} está abierto en esta ventana</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>{path}: could not be read ({error})</source>
        <translation>{path}: no se pudo leer ({error})</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>Abierto: {name}</translation>
    </message>
    <message>
        <source>Check the release: the reader reports</source>
        <translation>Revise el comunicado; el lector informa:</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>Not saved: {name}</source>
        <translation>No guardado: {name}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Guardado: {name}</translation>
    </message>
    <message>
        <source>The disk is full: free some space, or use Save As to save on another disk.</source>
        <translation>El disco está lleno: libere espacio o use «Guardar como» para guardar en otro disco.</translation>
    </message>
    <message>
        <source>The folder cannot be written to: use Save As to save in another folder.</source>
        <translation>No se puede escribir en la carpeta: use «Guardar como» para guardar en otra carpeta.</translation>
    </message>
    <message>
        <source>Use Save As to save somewhere else.</source>
        <translation>Use «Guardar como» para guardar en otro lugar.</translation>
    </message>
    <message>
        <source>The release is still open and unsaved; the file on disk was not changed.</source>
        <translation>El comunicado sigue abierto y sin guardar; el archivo en el disco no se modificó.</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>No se puede recuperar</translation>
    </message>
    <message>
        <source>Recovered unsaved changes</source>
        <translation>Cambios sin guardar recuperados</translation>
    </message>
</context>
<context>
    <name>EmbargoBanner</name>
    <message>
        <source>Embargo</source>
        <translation>Embargo</translation>
    </message>
    <message>
        <source>Embargoed until {when} (no time zone given: read as yours) — {left}</source>
        <translation>Bajo embargo hasta el {when} (sin zona horaria: se toma la suya) — {left}</translation>
    </message>
    <message>
        <source>Embargoed until {when} ({yours}) — {left}</source>
        <translation>Bajo embargo hasta el {when} ({yours}) — {left}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>queda menos de un minuto</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>quedan {time}</translation>
    </message>
</context>
<context>
    <name>EmbargoEditor</name>
    <message>
        <source>Embargo date</source>
        <translation>Fecha del embargo</translation>
    </message>
    <message>
        <source>No embargo</source>
        <translation>Sin embargo</translation>
    </message>
    <message>
        <source>Embargo time</source>
        <translation>Hora del embargo</translation>
    </message>
    <message>
        <source>Embargo time zone</source>
        <translation>Zona horaria del embargo</translation>
    </message>
    <message>
        <source>A time zone from the list, or an offset such as +02:00</source>
        <translation>Una zona horaria de la lista, o un desfase como +02:00</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone: choose one from the list, or type an offset such as +02:00</source>
        <translation>«{zone}» no es una zona horaria: elija una de la lista o escriba un desfase como +02:00</translation>
    </message>
    <message>
        <source>No embargo: for immediate release</source>
        <translation>Sin embargo: difusión inmediata</translation>
    </message>
    <message>
        <source>Embargo as printed</source>
        <translation>Embargo tal como se imprimió</translation>
    </message>
    <message>
        <source>Remove embargo</source>
        <translation>Quitar el embargo</translation>
    </message>
    <message>
        <source>Edit embargo</source>
        <translation>Editar el embargo</translation>
    </message>
    <message>
        <source>As printed: {text}</source>
        <translation>Tal como se imprimió: {text}</translation>
    </message>
    <message>
        <source>For immediate release: pick a date to set an embargo</source>
        <translation>Difusión inmediata: elija una fecha para fijar un embargo</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Briefing note (DOCX)</source>
        <translation>Nota informativa (DOCX)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texto sin formato (*.txt)</translation>
    </message>
    <message>
        <source>Release XML</source>
        <translation>Release XML</translation>
    </message>
    <message>
        <source>Release XML (*.release.xml *.xml)</source>
        <translation>Release XML (*.release.xml *.xml)</translation>
    </message>
    <message>
        <source>Preview of the note&apos;s content and layout; Word and LibreOffice set the pages.</source>
        <translation>Vista previa del contenido y el diseño de la nota; Word y LibreOffice fijan las páginas.</translation>
    </message>
    <message>
        <source>The start of the NITF file as it will be written.</source>
        <translation>El comienzo del archivo NITF tal como se escribirá.</translation>
    </message>
    <message>
        <source>The start of the NewsML-G2 news item as it will be written.</source>
        <translation>El comienzo de la noticia NewsML-G2 tal como se escribirá.</translation>
    </message>
    <message>
        <source>The start of the ninjs 3.1 news item as it will be written.</source>
        <translation>El comienzo de la noticia ninjs 3.1 tal como se escribirá.</translation>
    </message>
    <message>
        <source>The start of the ninjs 2.2 news item as it will be written.</source>
        <translation>El comienzo de la noticia ninjs 2.2 tal como se escribirá.</translation>
    </message>
    <message>
        <source>The start of the text file as it will be written.</source>
        <translation>El comienzo del archivo de texto tal como se escribirá.</translation>
    </message>
    <message>
        <source>The start of the Release XML file as it will be written.</source>
        <translation>El comienzo del archivo Release XML tal como se escribirá.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportación</translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation>Archivo de destino</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Include editors&apos; &amp;comments</source>
        <translation>Incluir los &amp;comentarios de los redactores</translation>
    </message>
    <message>
        <source>Purpose line</source>
        <translation>Línea de propósito</translation>
    </message>
    <message>
        <source>Organisation in the header</source>
        <translation>Organización en el encabezado</translation>
    </message>
    <message>
        <source>No organisation: the header stays blank</source>
        <translation>Sin organización: el encabezado queda vacío</translation>
    </message>
    <message>
        <source>Briefing note</source>
        <translation>Nota informativa</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Propósito:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Render with &amp;LibreOffice</source>
        <translation>Representar con &amp;LibreOffice</translation>
    </message>
    <message>
        <source>Show page 1 as LibreOffice lays out the note (takes a few seconds)</source>
        <translation>Mostrar la página 1 tal como LibreOffice compone la nota (tarda unos segundos)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Needs {programs}, which is not installed</source>
        <translation>Necesita {programs}, que no está instalado</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>No preview: {error}</source>
        <translation>Sin vista previa: {error}</translation>
    </message>
    <message>
        <source>Cannot render: {error}</source>
        <translation>No se puede representar: {error}</translation>
    </message>
    <message>
        <source>Rendering with LibreOffice…</source>
        <translation>Representando con LibreOffice…</translation>
    </message>
    <message>
        <source>Page 1 as LibreOffice lays out the note. Change an option to return to the preview.</source>
        <translation>La página 1 tal como LibreOffice compone la nota. Cambie una opción para volver a la vista previa.</translation>
    </message>
    <message>
        <source>… (the preview stops here; the file goes on)</source>
        <translation>… (la vista previa termina aquí; el archivo continúa)</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Export in progress</source>
        <translation>Exportación en curso</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export a briefing note (DOCX), NITF, NewsML-G2, ninjs, plain text or Release XML</source>
        <translation>Exportar una nota informativa (DOCX), NITF, NewsML-G2, ninjs, texto sin formato o Release XML</translation>
    </message>
    <message>
        <source>Set the briefing note&apos;s purpose</source>
        <translation>Fijar el propósito de la nota informativa</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>An export is still running; try again when it is done.</source>
        <translation>Todavía hay una exportación en curso; inténtelo de nuevo cuando termine.</translation>
    </message>
    <message>
        <source>{path}: this is the open release&apos;s own file; use Save</source>
        <translation>{path}: es el propio archivo del comunicado abierto; use Guardar</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Exportando a {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Not exported: the release has %n error(s)</source>
        <translation>
            <numerusform>No exportado: el comunicado tiene %n error</numerusform>
            <numerusform>No exportado: el comunicado tiene %n errores</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: not exported, the release is not valid</source>
        <translation>{path}: no exportado, el comunicado no es válido</translation>
    </message>
    <message>
        <source>Exported to {name}</source>
        <translation>Exportado a {name}</translation>
    </message>
    <message>
        <source>Exported with changes</source>
        <translation>Exportado con cambios</translation>
    </message>
    <message>
        <source>{name} was written, but:</source>
        <translation>Se escribió {name}, pero:</translation>
    </message>
    <message>
        <source>{path}: cannot write: {error}</source>
        <translation>{path}: no se puede escribir: {error}</translation>
    </message>
    <message>
        <source>{path}: the export failed ({error})</source>
        <translation>{path}: la exportación falló ({error})</translation>
    </message>
    <message>
        <source>Not exported: {name}</source>
        <translation>No exportado: {name}</translation>
    </message>
</context>
<context>
    <name>FieldBehaviour</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
</context>
<context>
    <name>FieldState</name>
    <message>
        <source>Error: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Advertencia: {message}</translation>
    </message>
    <message>
        <source>Check this: the importer was unsure of this field.</source>
        <translation>Revíselo: el importador no estaba seguro de este campo.</translation>
    </message>
    <message>
        <source>{field}: {note}</source>
        <translation>{field}: {note}</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>check the name and folder</source>
        <translation>compruebe el nombre y la carpeta</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>check that you may read this file</source>
        <translation>compruebe que tiene permiso para leer este archivo</translation>
    </message>
    <message>
        <source>this is a symbolic link to a file that does not exist (a dangling link)</source>
        <translation>es un enlace simbólico a un archivo que no existe (un enlace roto)</translation>
    </message>
    <message>
        <source>fix or remove the link</source>
        <translation>corrija o elimine el enlace</translation>
    </message>
    <message>
        <source>this is not a regular file (a pipe, a socket or a device); it was not opened</source>
        <translation>no es un archivo normal (una tubería, un socket o un dispositivo); no se ha abierto</translation>
    </message>
    <message>
        <source>give the path of an ordinary file</source>
        <translation>indique la ruta de un archivo normal</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation>operación no permitida</translation>
    </message>
    <message>
        <source>no space left on the disk</source>
        <translation>no queda espacio en el disco</translation>
    </message>
    <message>
        <source>disk quota exceeded</source>
        <translation>se ha superado la cuota de disco</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>una parte de la ruta no es una carpeta</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>el nombre es demasiado largo</translation>
    </message>
    <message>
        <source>a file of that name exists</source>
        <translation>ya existe un archivo con ese nombre</translation>
    </message>
    <message>
        <source>{where}: {what}</source>
        <translation>{where}: {what}</translation>
    </message>
    <message>
        <source> ({hint})</source>
        <translation> ({hint})</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find text in every field of the release</source>
        <translation>Buscar texto en todos los campos del comunicado</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>R&amp;eemplazar…</translation>
    </message>
    <message>
        <source>Replace text in every field of the release</source>
        <translation>Reemplazar texto en todos los campos del comunicado</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>Invalid pattern: {reason}</source>
        <translation>Patrón no válido: {reason}</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} de {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message numerus="yes">
        <source>Replace %n match(es)</source>
        <translation>
            <numerusform>Reemplazar %n coincidencia</numerusform>
            <numerusform>Reemplazar %n coincidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n match(es)</source>
        <translation>
            <numerusform>%n coincidencia reemplazada</numerusform>
            <numerusform>%n coincidencias reemplazadas</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) removed with their text</source>
        <translation>
            <numerusform>%n etiqueta eliminada con su texto</numerusform>
            <numerusform>%n etiquetas eliminadas con su texto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find and replace</source>
        <translation>Buscar y reemplazar</translation>
    </message>
    <message>
        <source>Find in the release</source>
        <translation>Buscar en el comunicado</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;Palabras completas</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpresión regular</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Find status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar con</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Reemplazar &amp;todo</translation>
    </message>
</context>
<context>
    <name>FolderDialogs</name>
    <message>
        <source>Folder to validate</source>
        <translation>Carpeta que validar</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>JSON report (*.json);;HTML report (*.html);;CSV report (*.csv);;XML report (*.xml)</source>
        <translation>Informe JSON (*.json);;Informe HTML (*.html);;Informe CSV (*.csv);;Informe XML (*.xml)</translation>
    </message>
</context>
<context>
    <name>FolderValidation</name>
    <message>
        <source>Validate &amp;Folder…</source>
        <translation>Validar una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Check a folder of XML submissions and open each failing file</source>
        <translation>Comprobar una carpeta de envíos XML y abrir cada archivo con errores</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Release form</source>
        <translation>Formulario del comunicado</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Headline length</source>
        <translation>Longitud del titular</translation>
    </message>
    <message>
        <source>&amp;Headline</source>
        <translation>&amp;Titular</translation>
    </message>
    <message>
        <source>Subheadline</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>&amp;Subheadline</source>
        <translation>&amp;Subtítulo</translation>
    </message>
    <message>
        <source>B&amp;yline</source>
        <translation>Fi&amp;rma</translation>
    </message>
    <message>
        <source>&amp;Dateline</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Número de referencia</translation>
    </message>
    <message>
        <source>Release number as printed, e.g. 2024/17</source>
        <translation>Número del comunicado tal como se imprime, p. ej. 2024/17</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referencia</translation>
    </message>
    <message>
        <source>E&amp;mbargo</source>
        <translation>E&amp;mbargo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A language tag such as en, fr, ar or zh-Hans</source>
        <translation>Una etiqueta de idioma como en, fr, ar o zh-Hans</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Empty: the briefing note uses the lead paragraph</source>
        <translation>Vacío: la nota informativa usa la entradilla</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>Res&amp;umen</translation>
    </message>
    <message>
        <source>Move paragraph up</source>
        <translation>Subir el párrafo</translation>
    </message>
    <message>
        <source>Move paragraph down</source>
        <translation>Bajar el párrafo</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>C&amp;uerpo</translation>
    </message>
    <message>
        <source>Photo credits</source>
        <translation>Créditos fotográficos</translation>
    </message>
    <message>
        <source>&amp;Photo credits</source>
        <translation>Créditos &amp;fotográficos</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>C&amp;ontactos</translation>
    </message>
    <message>
        <source>&amp;Notes to editors / About</source>
        <translation>&amp;Notas para redacciones / Acerca de</translation>
    </message>
    <message>
        <source>&amp;Keywords</source>
        <translation>&amp;Palabras clave</translation>
    </message>
    <message>
        <source>Su&amp;bjects</source>
        <translation>Te&amp;mas</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>titular</translation>
    </message>
    <message>
        <source>subheadline</source>
        <translation>subtítulo</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>photo credits</source>
        <translation>créditos fotográficos</translation>
    </message>
    <message>
        <source>reference number</source>
        <translation>número de referencia</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n carácter</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit language</source>
        <translation>Editar el idioma</translation>
    </message>
    <message>
        <source>Edit status</source>
        <translation>Editar el estado</translation>
    </message>
    <message>
        <source>paragraph {number}: {message}</source>
        <translation>párrafo {number}: {message}</translation>
    </message>
</context>
<context>
    <name>HeadlineEdit</name>
    <message>
        <source>&amp;Tag</source>
        <translation>&amp;Etiquetar</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>Open the guides for editors, officers and archivists</source>
        <translation>Abrir las guías para redactores, responsables de información y archivistas</translation>
    </message>
    <message>
        <source>&amp;About Release Desk</source>
        <translation>&amp;Acerca de Release Desk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Cannot open the user guide</source>
        <translation>No se puede abrir la guía del usuario</translation>
    </message>
    <message>
        <source>{path}: the user guide is missing; reinstall Release Desk</source>
        <translation>{path}: falta la guía del usuario; reinstale Release Desk</translation>
    </message>
    <message>
        <source>No program on this computer opened {path}</source>
        <translation>Ningún programa de este equipo abrió {path}</translation>
    </message>
    <message>
        <source>An editor&apos;s desk for press releases: structure, tag, validate and export.</source>
        <translation>Una mesa de redacción para comunicados de prensa: estructurar, etiquetar, validar y exportar.</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Licencia: {licence}</translation>
    </message>
    <message>
        <source>Standards and examples used by Release Desk:</source>
        <translation>Normas y ejemplos que usa Release Desk:</translation>
    </message>
    <message>
        <source>About Release Desk</source>
        <translation>Acerca de Release Desk</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>Opened {name}: %n line(s) left out — View &gt; Import Source</source>
        <translation>
            <numerusform>Abierto {name}: %n línea omitida — Ver &gt; Origen de la importación</numerusform>
            <numerusform>Abierto {name}: %n líneas omitidas — Ver &gt; Origen de la importación</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>Import Source</source>
        <translation>Origen de la importación</translation>
    </message>
    <message>
        <source>Import &amp;Source</source>
        <translation>&amp;Origen de la importación</translation>
    </message>
    <message>
        <source>The lines of the imported text or Word file, with the label each got</source>
        <translation>Las líneas del archivo de texto o Word importado, con la etiqueta de cada una</translation>
    </message>
    <message>
        <source>Label line {number} as {label}</source>
        <translation>Etiquetar la línea {number} como {label}</translation>
    </message>
    <message>
        <source>Relabelled, but the correction was not kept for learning: {error}</source>
        <translation>Etiqueta cambiada, pero la corrección no se guardó para el aprendizaje: {error}</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>titular</translation>
    </message>
    <message>
        <source>subheadline</source>
        <translation>subtítulo</translation>
    </message>
    <message>
        <source>dateline</source>
        <translation>lugar y fecha</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>firma</translation>
    </message>
    <message>
        <source>body</source>
        <translation>cuerpo</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>boilerplate</source>
        <translation>texto institucional</translation>
    </message>
    <message>
        <source>photo credit</source>
        <translation>crédito fotográfico</translation>
    </message>
    <message>
        <source>embargo</source>
        <translation>embargo</translation>
    </message>
    <message>
        <source>release number</source>
        <translation>número del comunicado</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>ignorar</translation>
    </message>
</context>
<context>
    <name>KeywordsEditor</name>
    <message>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <source>Type a keyword, then a comma or Enter</source>
        <translation>Escriba una palabra clave y luego una coma o Intro</translation>
    </message>
    <message>
        <source>Keyword {word}: remove</source>
        <translation>Palabra clave {word}: quitar</translation>
    </message>
    <message>
        <source>Remove the keyword “{word}”</source>
        <translation>Quitar la palabra clave «{word}»</translation>
    </message>
    <message>
        <source>Edit keywords</source>
        <translation>Editar las palabras clave</translation>
    </message>
    <message>
        <source>Add keyword</source>
        <translation>Añadir una palabra clave</translation>
    </message>
    <message>
        <source>Remove keyword {word}</source>
        <translation>Quitar la palabra clave {word}</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Takes effect when Release Desk restarts</source>
        <translation>Se aplica al reiniciar Release Desk</translation>
    </message>
    <message>
        <source>The new language takes effect when you restart Release Desk</source>
        <translation>El nuevo idioma se aplicará cuando reinicie Release Desk</translation>
    </message>
</context>
<context>
    <name>Learning</name>
    <message>
        <source>Learning from your corrections</source>
        <translation>Aprendiendo de sus correcciones</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importación</translation>
    </message>
    <message>
        <source>&amp;Learn from My Corrections</source>
        <translation>&amp;Aprender de mis correcciones</translation>
    </message>
    <message>
        <source>Train the importer on the shipped examples and the lines you labelled in Import Source, and use it from now on</source>
        <translation>Entrenar el importador con los ejemplos incluidos y las líneas que etiquetó en Origen de la importación, y usarlo a partir de ahora</translation>
    </message>
    <message>
        <source>&amp;Reset to the Shipped Model</source>
        <translation>&amp;Volver al modelo incluido</translation>
    </message>
    <message>
        <source>Forget what was learned; your corrections stay kept</source>
        <translation>Olvidar lo aprendido; sus correcciones se conservan</translation>
    </message>
    <message>
        <source>Imports use the shipped model</source>
        <translation>Las importaciones usan el modelo incluido</translation>
    </message>
    <message>
        <source>Imports use the shipped model again; your corrections are kept</source>
        <translation>Las importaciones vuelven a usar el modelo incluido; sus correcciones se conservan</translation>
    </message>
    <message>
        <source>Learning from your corrections…</source>
        <translation>Aprendiendo de sus correcciones…</translation>
    </message>
    <message>
        <source>Could not learn from your corrections: {error}</source>
        <translation>No se pudo aprender de sus correcciones: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n corrected release(s): the next imports use it</source>
        <translation>
            <numerusform>Aprendido de %n comunicado corregido: las próximas importaciones lo usan</numerusform>
            <numerusform>Aprendido de %n comunicados corregidos: las próximas importaciones lo usan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveValidator</name>
    <message>
        <source>Validation could not run: {error}</source>
        <translation>No se pudo ejecutar la validación: {error}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Validation status</source>
        <translation>Estado de la validación</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Validando…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Start an empty release</source>
        <translation>Empezar un comunicado vacío</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a release: text, XML, Word, NITF</source>
        <translation>Abrir un comunicado: texto, XML, Word, NITF</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the release</source>
        <translation>Guardar el comunicado</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save under another name</source>
        <translation>Guardar con otro nombre</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Cerrar la ventana</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Move Paragraph &amp;Up</source>
        <translation>&amp;Subir el párrafo</translation>
    </message>
    <message>
        <source>Move Paragraph &amp;Down</source>
        <translation>&amp;Bajar el párrafo</translation>
    </message>
    <message>
        <source>&amp;Validate Now</source>
        <translation>&amp;Validar ahora</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message>
        <source>Note block {number}</source>
        <translation>Bloque de notas {number}</translation>
    </message>
    <message>
        <source>Note block {number} heading</source>
        <translation>Título del bloque de notas {number}</translation>
    </message>
    <message>
        <source>Heading, e.g. About the organisation (may stay empty)</source>
        <translation>Título, p. ej. Acerca de la organización (puede quedar vacío)</translation>
    </message>
    <message>
        <source>Note block {number} paragraphs</source>
        <translation>Párrafos del bloque de notas {number}</translation>
    </message>
    <message>
        <source>One paragraph per line</source>
        <translation>Un párrafo por línea</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move note block {number} up</source>
        <translation>Subir el bloque de notas {number}</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move note block {number} down</source>
        <translation>Bajar el bloque de notas {number}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove note block {number}</source>
        <translation>Quitar el bloque de notas {number}</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>No notes to editors yet.</source>
        <translation>Aún no hay notas para redacciones.</translation>
    </message>
    <message>
        <source>Add note block</source>
        <translation>Añadir un bloque de notas</translation>
    </message>
    <message>
        <source>Remove note block {number}</source>
        <translation>Quitar el bloque de notas {number}</translation>
    </message>
    <message>
        <source>Move note block {number} up</source>
        <translation>Subir el bloque de notas {number}</translation>
    </message>
    <message>
        <source>Move note block {number} down</source>
        <translation>Bajar el bloque de notas {number}</translation>
    </message>
    <message>
        <source>Edit notes to editors</source>
        <translation>Editar las notas para redacciones</translation>
    </message>
</context>
<context>
    <name>OfficeRenderer</name>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Cannot render: {programs} not installed</source>
        <translation>No se puede representar: {programs} no está instalado</translation>
    </message>
    <message>
        <source>LibreOffice could not convert the note</source>
        <translation>LibreOffice no pudo convertir la nota</translation>
    </message>
    <message>
        <source>pdftoppm could not draw the page</source>
        <translation>pdftoppm no pudo dibujar la página</translation>
    </message>
    <message>
        <source>Cannot render: LibreOffice wrote no page</source>
        <translation>No se puede representar: LibreOffice no escribió ninguna página</translation>
    </message>
    <message>
        <source>Cannot render: {error}</source>
        <translation>No se puede representar: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Cannot render: LibreOffice took longer than %n minute(s)</source>
        <translation>
            <numerusform>No se puede representar: LibreOffice tardó más de %n minuto</numerusform>
            <numerusform>No se puede representar: LibreOffice tardó más de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot render: {program} did not start</source>
        <translation>No se puede representar: {program} no se inició</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the release laid out for reading</source>
        <translation>Imprimir el comunicado maquetado para leer</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportar a P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the release laid out for reading as a PDF file</source>
        <translation>Guardar el comunicado maquetado como archivo PDF</translation>
    </message>
    <message>
        <source>Export &amp;Briefing Note as PDF…</source>
        <translation>Exportar la &amp;nota informativa a PDF…</translation>
    </message>
    <message>
        <source>Save the briefing note as PDF (made by LibreOffice)</source>
        <translation>Guardar la nota informativa en PDF (generado por LibreOffice)</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>Enviado a la impresora</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>{path}: {error}</source>
        <translation>{path}: {error}</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exportado</translation>
    </message>
    <message>
        <source>Cannot export the briefing note as PDF</source>
        <translation>No se puede exportar la nota informativa a PDF</translation>
    </message>
    <message>
        <source>LibreOffice is not installed; {hint}.</source>
        <translation>LibreOffice no está instalado; {hint}.</translation>
    </message>
    <message>
        <source>LibreOffice is making the briefing note&apos;s PDF…</source>
        <translation>LibreOffice está generando el PDF de la nota informativa…</translation>
    </message>
</context>
<context>
    <name>QT_LAYOUT_DIRECTION</name>
    <message>
        <source>LTR</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <source>not-well-formed</source>
        <translation>mal formado</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>refused (unsafe)</source>
        <translation>rechazado (inseguro)</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>First issue</source>
        <translation>Primer problema</translation>
    </message>
    <message>
        <source>{severity}: {message}</source>
        <translation>{severity}: {message}</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>línea {line}: {message}</translation>
    </message>
</context>
<context>
    <name>Revisions</name>
    <message>
        <source>Re&amp;visions…</source>
        <translation>&amp;Versiones…</translation>
    </message>
    <message>
        <source>Compare or restore the saved revisions of this release</source>
        <translation>Comparar o restaurar las versiones guardadas de este comunicado</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>Comparar c&amp;on…</translation>
    </message>
    <message>
        <source>Compare the open release with another release file</source>
        <translation>Comparar el comunicado abierto con otro archivo</translation>
    </message>
    <message>
        <source>Saved, but the revision was not recorded: {error}</source>
        <translation>Guardado, pero la versión no se registró: {error}</translation>
    </message>
    <message>
        <source>Cannot open the revisions</source>
        <translation>No se pueden abrir las versiones</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>No se puede comparar</translation>
    </message>
    <message>
        <source>the revision of {time}</source>
        <translation>la versión del {time}</translation>
    </message>
    <message>
        <source>the current text</source>
        <translation>el texto actual</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <source>Restore revision of {time}</source>
        <translation>Restaurar la versión del {time}</translation>
    </message>
    <message>
        <source>Restored the revision of {time}; Undo takes it back</source>
        <translation>Versión del {time} restaurada; Deshacer la revierte</translation>
    </message>
    <message>
        <source>Compare with {name}</source>
        <translation>Comparar con {name}</translation>
    </message>
    <message>
        <source>the open release</source>
        <translation>el comunicado abierto</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Revisions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Saved revisions</source>
        <translation>Versiones guardadas</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada el</translation>
    </message>
    <message>
        <source>Words changed</source>
        <translation>Palabras cambiadas</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>&amp;Restore This Revision</source>
        <translation>&amp;Restaurar esta versión</translation>
    </message>
    <message>
        <source>No revisions yet: every save of this release records one.</source>
        <translation>Aún no hay versiones: cada vez que guarde este comunicado se registra una.</translation>
    </message>
    <message>
        <source>Compare shows what changed from the older to the newer revision.</source>
        <translation>Comparar muestra lo que cambió de la versión más antigua a la más reciente.</translation>
    </message>
    <message>
        <source>Select a revision to compare it with the current text, or two to compare them with each other.</source>
        <translation>Seleccione una versión para compararla con el texto actual, o dos para compararlas entre sí.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message>
        <source>{path} (read-only) — Release Desk</source>
        <translation>{path} (solo lectura) — Release Desk</translation>
    </message>
    <message>
        <source>Issues in this file</source>
        <translation>Problemas de este archivo</translation>
    </message>
    <message>
        <source>Source of the file</source>
        <translation>Código fuente del archivo</translation>
    </message>
    <message>
        <source>line {line}: </source>
        <translation>línea {line}: </translation>
    </message>
    <message>
        <source>{path} cannot be shown. {problem}</source>
        <translation>No se puede mostrar {path}. {problem}</translation>
    </message>
    <message>
        <source>Line {line} is beyond what is shown.</source>
        <translation>La línea {line} queda fuera de lo que se muestra.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>This is not an ordinary file (a pipe or a device), so it is not read.</source>
        <translation>No es un archivo normal (una tubería o un dispositivo), así que no se lee.</translation>
    </message>
    <message>
        <source>The file is not there any more (moved, deleted, or a broken link).</source>
        <translation>El archivo ya no está (movido, borrado o un enlace roto).</translation>
    </message>
    <message>
        <source>You may not read this file: check its permissions.</source>
        <translation>No tiene permiso para leer este archivo: compruebe sus permisos.</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}</source>
        <translation>No se puede leer el archivo: {error}</translation>
    </message>
    <message>
        <source>This file holds binary data, not text, so it cannot be shown.</source>
        <translation>Este archivo contiene datos binarios, no texto, así que no se puede mostrar.</translation>
    </message>
    <message>
        <source>Only the first {shown} MiB of this {size} MiB file are shown.</source>
        <translation>Solo se muestran los primeros {shown} MiB de este archivo de {size} MiB.</translation>
    </message>
    <message>
        <source>Some bytes are not valid {encoding} and are shown as �.</source>
        <translation>Algunos bytes no son {encoding} válido y se muestran como �.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>Import Source</source>
        <translation>Origen de la importación</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Imported lines</source>
        <translation>Líneas importadas</translation>
    </message>
    <message>
        <source>The open release was not imported from a text or Word file. Open a text or Word release to see its lines and their labels.</source>
        <translation>El comunicado abierto no se importó de un archivo de texto o Word. Abra un comunicado de texto o Word para ver sus líneas y sus etiquetas.</translation>
    </message>
    <message>
        <source>{lines} lines, {left_out} left out (in no field). Right-click a line to give it another label.</source>
        <translation>{lines} líneas, {left_out} omitidas (en ningún campo). Haga clic derecho en una línea para darle otra etiqueta.</translation>
    </message>
    <message>
        <source>{label} · left out</source>
        <translation>{label} · omitida</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>elegida por usted</translation>
    </message>
    <message>
        <source>Label as</source>
        <translation>Etiquetar como</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>Check &amp;Spelling as You Type</source>
        <translation>Revisar la &amp;ortografía al escribir</translation>
    </message>
    <message>
        <source>Underline unknown words; right-click one for suggestions</source>
        <translation>Subrayar las palabras desconocidas; clic derecho sobre una para ver sugerencias</translation>
    </message>
    <message>
        <source>{language} is not spell checked: its words are not separated by spaces</source>
        <translation>{language} no se revisa: sus palabras no van separadas por espacios</translation>
    </message>
    <message>
        <source>No spelling dictionary is known for {language}; spell checking is off</source>
        <translation>No se conoce ningún diccionario ortográfico para {language}; la revisión está desactivada</translation>
    </message>
    <message>
        <source>No spelling dictionary for {language}: install the package {package} and reopen the release</source>
        <translation>No hay diccionario ortográfico para {language}: instale el paquete {package} y vuelva a abrir el comunicado</translation>
    </message>
</context>
<context>
    <name>SpellingMenus</name>
    <message>
        <source>(No Suggestions)</source>
        <translation>(Sin sugerencias)</translation>
    </message>
    <message>
        <source>&amp;Ignore All</source>
        <translation>&amp;Ignorar todo</translation>
    </message>
    <message>
        <source>&amp;Add to Dictionary</source>
        <translation>&amp;Añadir al diccionario</translation>
    </message>
    <message>
        <source>Cannot add to the dictionary</source>
        <translation>No se puede añadir al diccionario</translation>
    </message>
    <message>
        <source>{path}: {error}</source>
        <translation>{path}: {error}</translation>
    </message>
</context>
<context>
    <name>SubjectVocabularies</name>
    <message>
        <source>Cannot load the subjects</source>
        <translation>No se pueden cargar los temas</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n subject(s) from {name}</source>
        <translation>
            <numerusform>%n tema cargado de {name}</numerusform>
            <numerusform>%n temas cargados de {name}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubjectsPicker</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Load subjects…</source>
        <translation>Cargar temas…</translation>
    </message>
    <message>
        <source>Load subjects</source>
        <translation>Cargar temas</translation>
    </message>
    <message>
        <source>Add the subjects of a CSV or SKOS vocabulary to this list</source>
        <translation>Añadir a esta lista los temas de un vocabulario CSV o SKOS</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Ninguno elegido</translation>
    </message>
    <message>
        <source>Add subject {label}</source>
        <translation>Añadir el tema {label}</translation>
    </message>
    <message>
        <source>Remove subject {label}</source>
        <translation>Quitar el tema {label}</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Could not suggest tags: {error}</source>
        <translation>No se pudieron sugerir etiquetas: {error}</translation>
    </message>
    <message>
        <source>&amp;Suggest Tags</source>
        <translation>&amp;Sugerir etiquetas</translation>
    </message>
    <message>
        <source>Propose tags for the release from the vocabularies, offline</source>
        <translation>Proponer etiquetas para el comunicado a partir de los vocabularios, sin conexión</translation>
    </message>
    <message>
        <source>Load &amp;Vocabulary…</source>
        <translation>Cargar un &amp;vocabulario…</translation>
    </message>
    <message>
        <source>Add a CSV or SKOS vocabulary to the suggestions</source>
        <translation>Añadir un vocabulario CSV o SKOS a las sugerencias</translation>
    </message>
    <message>
        <source>Press Suggest to have tags proposed.</source>
        <translation>Pulse Sugerir para recibir propuestas de etiquetas.</translation>
    </message>
    <message>
        <source>Suggested tags</source>
        <translation>Etiquetas sugeridas</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Sugerir</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Aceptar todas</translation>
    </message>
    <message>
        <source>Looking for names, places and initiatives…</source>
        <translation>Buscando nombres, lugares e iniciativas…</translation>
    </message>
    <message>
        <source>Cannot load the vocabulary</source>
        <translation>No se puede cargar el vocabulario</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n term(s) from {name}. Press Suggest to use them.</source>
        <translation>
            <numerusform>%n término cargado de {name}. Pulse Sugerir para usarlo.</numerusform>
            <numerusform>%n términos cargados de {name}. Pulse Sugerir para usarlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposed by the {rule} rule</source>
        <translation>Propuesta por la regla {rule}</translation>
    </message>
    <message>
        <source>; reference {ref}</source>
        <translation>; referencia {ref}</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n sugerencia</numerusform>
            <numerusform>%n sugerencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing more to suggest.</source>
        <translation>No hay nada más que sugerir.</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Aceptar la sugerencia</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Aceptar %n sugerencia</numerusform>
            <numerusform>Aceptar %n sugerencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) no longer fit the text and were dropped.</source>
        <translation>
            <numerusform>%n sugerencia ya no encajaba con el texto y se descartó.</numerusform>
            <numerusform>%n sugerencias ya no encajaban con el texto y se descartaron.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>New from Template</source>
        <translation>Nuevo a partir de plantilla</translation>
    </message>
    <message>
        <source>&amp;Create Release</source>
        <translation>&amp;Crear el comunicado</translation>
    </message>
    <message>
        <source>Start a release with a template&apos;s language, place, contacts and notes:</source>
        <translation>Empezar un comunicado con el idioma, el lugar, los contactos y las notas de una plantilla:</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>“{name}” cannot be a template name: give it a name with letters or digits</source>
        <translation>«{name}» no puede ser el nombre de una plantilla: use un nombre con letras o cifras</translation>
    </message>
    <message>
        <source>{path}: the template cannot be read: {error}</source>
        <translation>{path}: no se puede leer la plantilla: {error}</translation>
    </message>
    <message>
        <source>{path}: the template cannot be written: {error}</source>
        <translation>{path}: no se puede escribir la plantilla: {error}</translation>
    </message>
    <message>
        <source>“{name}” ships with Release Desk and cannot be renamed; open it and save it as a template of your own instead</source>
        <translation>«{name}» viene con Release Desk y no se puede cambiar de nombre; ábrala y guárdela como una plantilla propia</translation>
    </message>
    <message>
        <source>{path}: a template of that name exists; choose another name or delete it first</source>
        <translation>{path}: ya existe una plantilla con ese nombre; elija otro nombre o elimínela antes</translation>
    </message>
    <message>
        <source>{path}: cannot rename the template: {error}</source>
        <translation>{path}: no se puede cambiar el nombre de la plantilla: {error}</translation>
    </message>
    <message>
        <source>“{name}” ships with Release Desk and cannot be deleted</source>
        <translation>«{name}» viene con Release Desk y no se puede eliminar</translation>
    </message>
    <message>
        <source>{path}: cannot delete the template: {error}</source>
        <translation>{path}: no se puede eliminar la plantilla: {error}</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Nuevo a partir de &amp;plantilla…</translation>
    </message>
    <message>
        <source>Start a release with an organisation&apos;s contacts, place and notes</source>
        <translation>Empezar un comunicado con los contactos, el lugar y las notas de una organización</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Plantillas…</translation>
    </message>
    <message>
        <source>Save the open release as a template; rename, delete, choose the one File &gt; New starts from</source>
        <translation>Guardar el comunicado abierto como plantilla; renombrar, eliminar, elegir la que usa Archivo &gt; Nuevo</translation>
    </message>
    <message>
        <source>Cannot use the template</source>
        <translation>No se puede usar la plantilla</translation>
    </message>
    <message>
        <source>My template</source>
        <translation>Mi plantilla</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation>No se puede guardar la plantilla</translation>
    </message>
    <message>
        <source>Saved the template “{name}”</source>
        <translation>Plantilla «{name}» guardada</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>Renombrar plantilla</translation>
    </message>
    <message>
        <source>Cannot rename the template</source>
        <translation>No se puede renombrar la plantilla</translation>
    </message>
    <message>
        <source>Cannot delete the template</source>
        <translation>No se puede eliminar la plantilla</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>&amp;Save Open Release as Template…</source>
        <translation>&amp;Guardar el comunicado abierto como plantilla…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Use for File &gt; &amp;New</source>
        <translation>Usar para Archivo &gt; &amp;Nuevo</translation>
    </message>
    <message>
        <source>File &gt; New Starts &amp;Empty</source>
        <translation>Archivo &gt; Nuevo empieza &amp;vacío</translation>
    </message>
    <message>
        <source>Examples that ship with Release Desk cannot be renamed or deleted.</source>
        <translation>Los ejemplos que vienen con Release Desk no se pueden renombrar ni eliminar.</translation>
    </message>
    <message>
        <source>File &gt; New starts from “{name}”.</source>
        <translation>Archivo &gt; Nuevo parte de «{name}».</translation>
    </message>
    <message>
        <source>File &gt; New starts an empty release.</source>
        <translation>Archivo &gt; Nuevo crea un comunicado vacío.</translation>
    </message>
</context>
<context>
    <name>ValidateFolderWindow</name>
    <message>
        <source>Automatic (by namespace)</source>
        <translation>Automático (según el espacio de nombres)</translation>
    </message>
    <message>
        <source>Validate Folder — Release Desk</source>
        <translation>Validar una carpeta — Release Desk</translation>
    </message>
    <message>
        <source>Folder of XML submissions</source>
        <translation>Carpeta de envíos XML</translation>
    </message>
    <message>
        <source>Folder to validate</source>
        <translation>Carpeta que validar</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Validation profile</source>
        <translation>Perfil de validación</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Validar</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Choose a folder and press Validate.</source>
        <translation>Elija una carpeta y pulse Validar.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Solo problemas</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>No válido</translation>
    </message>
    <message>
        <source>Not well-formed</source>
        <translation>Mal formado</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Ilegible</translation>
    </message>
    <message>
        <source>Refused (unsafe)</source>
        <translation>Rechazados (inseguros)</translation>
    </message>
    <message>
        <source>Unchecked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>Filter by file name</source>
        <translation>Filtrar por nombre de archivo</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Guardar el informe…</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Most frequent issues</source>
        <translation>Problemas más frecuentes</translation>
    </message>
    <message>
        <source>The profile catalog was not loaded: {error}</source>
        <translation>No se cargó el catálogo de perfiles: {error}</translation>
    </message>
    <message>
        <source>That is not a folder; choose one with Choose….</source>
        <translation>Eso no es una carpeta; elija una con Elegir….</translation>
    </message>
    <message>
        <source>Looking for XML files…</source>
        <translation>Buscando archivos XML…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Deteniendo tras el lote en curso…</translation>
    </message>
    <message>
        <source>The report was not saved: {error}</source>
        <translation>No se guardó el informe: {error}</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>Informe guardado en {path}</translation>
    </message>
    <message>
        <source>{done} of {total} files checked — {rate} files/s</source>
        <translation>{done} de {total} archivos comprobados — {rate} archivos/s</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Cancelled: {checked} of {total} files — {counts}</source>
        <translation>Cancelado: {checked} de {total} archivos — {counts}</translation>
    </message>
    <message>
        <source>Done: {checked} of {total} files — {counts}</source>
        <translation>Terminado: {checked} de {total} archivos — {counts}</translation>
    </message>
    <message>
        <source>no files</source>
        <translation>ningún archivo</translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) came from the cache.</source>
        <translation>
            <numerusform>%n veredicto procede de la caché.</numerusform>
            <numerusform>%n veredictos proceden de la caché.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} × {code} ({severity}): {example}</source>
        <translation>{count} × {code} ({severity}): {example}</translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Subheadline</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Photo credits</source>
        <translation>Créditos fotográficos</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation>Embargo</translation>
    </message>
    <message>
        <source>Notes to editors</source>
        <translation>Notas para redacciones</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>title</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Comunicado</translation>
    </message>
    <message>
        <source>Paragraph {number}</source>
        <translation>Párrafo {number}</translation>
    </message>
    <message>
        <source>Contact {number}</source>
        <translation>Contacto {number}</translation>
    </message>
    <message>
        <source>Validation issues</source>
        <translation>Problemas de validación</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Release status</source>
        <translation>Estado del comunicado</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <source>{status} by {who}, {when}</source>
        <translation>{status} por {who}, {when}</translation>
    </message>
    <message>
        <source>Set status to {status}</source>
        <translation>Cambiar el estado a {status}</translation>
    </message>
    <message>
        <source>Approve release</source>
        <translation>Aprobar el comunicado</translation>
    </message>
    <message>
        <source>Approved by {who}</source>
        <translation>Aprobado por {who}</translation>
    </message>
</context>
<context>
    <name>_Entry</name>
    <message>
        <source>New keyword</source>
        <translation>Nueva palabra clave</translation>
    </message>
</context>
<context>
    <name>_TemplateList</name>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>What the template holds</source>
        <translation>Lo que contiene la plantilla</translation>
    </message>
    <message>
        <source>{name} (example)</source>
        <translation>{name} (ejemplo)</translation>
    </message>
    <message>
        <source>{name} — default for New</source>
        <translation>{name} — predeterminada para Nuevo</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Idioma: {language}</translation>
    </message>
    <message>
        <source>Dateline place: {place}</source>
        <translation>Lugar de la data: {place}</translation>
    </message>
    <message>
        <source>Organisation: {names}</source>
        <translation>Organización: {names}</translation>
    </message>
    <message>
        <source>Contact: {contact}</source>
        <translation>Contacto: {contact}</translation>
    </message>
    <message>
        <source>Note: {heading}</source>
        <translation>Nota: {heading}</translation>
    </message>
    <message>
        <source>No templates yet: open a release and use “Save Open Release as Template…” in Settings &gt; Templates.</source>
        <translation>Aún no hay plantillas: abra un comunicado y use «Guardar el comunicado abierto como plantilla…» en Configuración &gt; Plantillas.</translation>
    </message>
</context>
</TS>
