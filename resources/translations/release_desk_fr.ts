<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AnnotationDialogs</name>
    <message>
        <source>Load vocabulary</source>
        <translation>Charger un vocabulaire</translation>
    </message>
    <message>
        <source>Vocabularies (*.csv *.rdf *.xml *.skos);;CSV (*.csv);;SKOS RDF/XML (*.rdf *.xml);;All files (*)</source>
        <translation>Vocabulaires (*.csv *.rdf *.xml *.skos);;CSV (*.csv);;SKOS RDF/XML (*.rdf *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Load subjects</source>
        <translation>Charger des thèmes</translation>
    </message>
    <message>
        <source>Subject vocabularies (*.csv *.rdf *.xml *.skos);;CSV (*.csv);;SKOS RDF/XML (*.rdf *.xml);;All files (*)</source>
        <translation>Vocabulaires de thèmes (*.csv *.rdf *.xml *.skos);;CSV (*.csv);;SKOS RDF/XML (*.rdf *.xml);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <source>Tag as {kind}</source>
        <translation>Baliser : {kind}</translation>
    </message>
    <message>
        <source>Tag the selected text: {kind} ({shortcut})</source>
        <translation>Baliser le texte sélectionné : {kind} ({shortcut})</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Baliser</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Annoter</translation>
    </message>
    <message>
        <source>Select a name in the headline or inside one paragraph to tag it</source>
        <translation>Sélectionnez un nom dans le titre ou à l&apos;intérieur d&apos;un paragraphe pour le baliser</translation>
    </message>
    <message>
        <source>That text is already tagged, or crosses another tag</source>
        <translation>Ce texte est déjà balisé ou chevauche une autre balise</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Renommer la balise</translation>
    </message>
    <message>
        <source>Normalised name:</source>
        <translation>Nom normalisé :</translation>
    </message>
    <message>
        <source>Change tag to {kind}</source>
        <translation>Changer la balise en : {kind}</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Supprimer la balise</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n more as {kind}</source>
        <translation>
            <numerusform>Baliser %n autre occurrence : {kind}</numerusform>
            <numerusform>Baliser %n autres occurrences : {kind}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n more occurrence(s)</source>
        <translation>
            <numerusform>%n autre occurrence balisée</numerusform>
            <numerusform>%n autres occurrences balisées</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>&amp;Baliser</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Change &amp;kind</source>
        <translation>Changer le &amp;type</translation>
    </message>
    <message>
        <source>Tag all other &amp;occurrences</source>
        <translation>Baliser toutes les autres &amp;occurrences</translation>
    </message>
    <message>
        <source>Re&amp;move tag</source>
        <translation>&amp;Supprimer la balise</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>{kind} in the headline</source>
        <translation>{kind} dans le titre</translation>
    </message>
    <message>
        <source>{kind} in paragraph {number}</source>
        <translation>{kind} au paragraphe {number}</translation>
    </message>
    <message>
        <source>; reference {ref}</source>
        <translation> ; référence {ref}</translation>
    </message>
    <message>
        <source> (resolved)</source>
        <translation> (résolu)</translation>
    </message>
    <message>
        <source>Tag or comment</source>
        <translation>Balise ou commentaire</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Filter tags and comments</source>
        <translation>Filtrer les balises et les commentaires</translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation>Filtrer les annotations</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
</context>
<context>
    <name>Binding</name>
    <message>
        <source>Edit {field}</source>
        <translation>Modifier : {field}</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <source>Body paragraphs</source>
        <translation>Paragraphes du corps</translation>
    </message>
    <message>
        <source>Body text: one paragraph per line; Enter starts a new paragraph</source>
        <translation>Corps du texte : un paragraphe par ligne ; Entrée commence un nouveau paragraphe</translation>
    </message>
    <message>
        <source>Typing in paragraph {number}</source>
        <translation>Saisie au paragraphe {number}</translation>
    </message>
    <message>
        <source>Delete in paragraph {number}</source>
        <translation>Suppression au paragraphe {number}</translation>
    </message>
    <message>
        <source>Split paragraph {number}</source>
        <translation>Scinder le paragraphe {number}</translation>
    </message>
    <message>
        <source>Merge paragraphs {number} and {next}</source>
        <translation>Fusionner les paragraphes {number} et {next}</translation>
    </message>
    <message>
        <source>Edit body text</source>
        <translation>Modifier le corps du texte</translation>
    </message>
</context>
<context>
    <name>BriefingTemplate</name>
    <message>
        <source>{path}: this is not a Word document Release Desk can write a note from ({error})</source>
        <translation>{path} : ce n&apos;est pas un document Word à partir duquel Release Desk peut rédiger une note ({error})</translation>
    </message>
    <message>
        <source>Briefing &amp;Template…</source>
        <translation>&amp;Modèle de note d&apos;information…</translation>
    </message>
    <message>
        <source>Write briefing notes from your own Word template</source>
        <translation>Rédiger les notes d&apos;information à partir de votre propre modèle Word</translation>
    </message>
    <message>
        <source>&amp;Reset to the Built-in Template</source>
        <translation>&amp;Revenir au modèle intégré</translation>
    </message>
    <message>
        <source>Cannot use this template</source>
        <translation>Impossible d&apos;utiliser ce modèle</translation>
    </message>
    <message>
        <source>Briefing notes now use {name}</source>
        <translation>Les notes d&apos;information utilisent désormais {name}</translation>
    </message>
    <message>
        <source>Briefing notes use the built-in template</source>
        <translation>Les notes d&apos;information utilisent le modèle intégré</translation>
    </message>
    <message>
        <source>Now: {path}</source>
        <translation>Actuellement : {path}</translation>
    </message>
    <message>
        <source>Now: the built-in template</source>
        <translation>Actuellement : le modèle intégré</translation>
    </message>
</context>
<context>
    <name>BylineEdit</name>
    <message>
        <source>Byline</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>By ..., as printed under the headline</source>
        <translation>Par …, telle qu&apos;imprimée sous le titre</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>signature</translation>
    </message>
</context>
<context>
    <name>ClipboardActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Sélectionner &amp;tout</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Remove contact {number}</source>
        <translation>Supprimer le contact {number}</translation>
    </message>
    <message>
        <source>Move contact {number} up</source>
        <translation>Monter le contact {number}</translation>
    </message>
    <message>
        <source>Move contact {number} down</source>
        <translation>Descendre le contact {number}</translation>
    </message>
    <message>
        <source>Move paragraph {number} up</source>
        <translation>Monter le paragraphe {number}</translation>
    </message>
    <message>
        <source>Move paragraph {number} down</source>
        <translation>Descendre le paragraphe {number}</translation>
    </message>
</context>
<context>
    <name>CommentActions</name>
    <message>
        <source>Add &amp;Comment…</source>
        <translation>Ajouter un &amp;commentaire…</translation>
    </message>
    <message>
        <source>Comment on the selected text, or on the paragraph ({shortcut})</source>
        <translation>Commenter le texte sélectionné ou le paragraphe ({shortcut})</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Rédacteur</translation>
    </message>
    <message>
        <source>Write a paragraph first, then comment on it</source>
        <translation>Rédigez d&apos;abord un paragraphe, puis commentez-le</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Ajouter un commentaire</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commentaire :</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>Réponse :</translation>
    </message>
    <message>
        <source>Reply to comment</source>
        <translation>Répondre au commentaire</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>Résoudre le commentaire</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>Rouvrir le commentaire</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Supprimer le commentaire</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>&amp;Répondre…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Ré&amp;soudre</translation>
    </message>
    <message>
        <source>&amp;Delete comment</source>
        <translation>&amp;Supprimer le commentaire</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Headline tags</source>
        <translation>Balises du titre</translation>
    </message>
    <message>
        <source>Subheadline</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Lieu et date</translation>
    </message>
    <message>
        <source>Dateline place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Dateline date</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Photo credits</source>
        <translation>Crédits photo</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Paragraph {number}</source>
        <translation>Paragraphe {number}</translation>
    </message>
    <message>
        <source>Tags in paragraph {number}</source>
        <translation>Balises du paragraphe {number}</translation>
    </message>
    <message>
        <source>Note {number}</source>
        <translation>Note {number}</translation>
    </message>
    <message>
        <source>Contact {number}</source>
        <translation>Contact {number}</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>+{added} / −{removed} words</source>
        <translation>+{added} / −{removed} mots</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>From {old} to {new}</source>
        <translation>De {old} à {new}</translation>
    </message>
    <message>
        <source>The two are the same.</source>
        <translation>Les deux sont identiques.</translation>
    </message>
    <message>
        <source>Fields that differ: {fields}; words added: {added}, removed: {removed}.</source>
        <translation>Champs différents : {fields} ; mots ajoutés : {added}, supprimés : {removed}.</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Contact {number}</source>
        <translation>Contact {number}</translation>
    </message>
    <message>
        <source>Contact {number} {field}</source>
        <translation>Contact {number} – {field}</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field} :</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move contact {number} up</source>
        <translation>Monter le contact {number}</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move contact {number} down</source>
        <translation>Descendre le contact {number}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove contact {number}</source>
        <translation>Supprimer le contact {number}</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <source>No contacts yet.</source>
        <translation>Aucun contact pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>Words in this field</source>
        <translation>Mots dans ce champ</translation>
    </message>
    <message>
        <source>Words in the release</source>
        <translation>Mots dans le communiqué</translation>
    </message>
    <message>
        <source>Body length against its target</source>
        <translation>Longueur du corps par rapport à l&apos;objectif</translation>
    </message>
    <message>
        <source>Body &amp;Target Length…</source>
        <translation>Longueur &amp;cible du corps…</translation>
    </message>
    <message>
        <source>Show the body&apos;s words against the length you aim at</source>
        <translation>Afficher les mots du corps par rapport à la longueur visée</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>{field}: {words}, {chars}</source>
        <translation>{field} : {words}, {chars}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln mot</numerusform>
            <numerusform>%Ln mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln caractère</numerusform>
            <numerusform>%Ln caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Release: {words}, {chars}</source>
        <translation>Communiqué : {words}, {chars}</translation>
    </message>
    <message>
        <source>Body: {words} of {target}</source>
        <translation>Corps : {words} sur {target}</translation>
    </message>
</context>
<context>
    <name>DatelineEditor</name>
    <message>
        <source>Dateline place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>City, e.g. Geneva</source>
        <translation>Ville, p. ex. Genève</translation>
    </message>
    <message>
        <source>Dateline date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>Clear the dateline date</source>
        <translation>Effacer la date</translation>
    </message>
    <message>
        <source>Dateline as printed</source>
        <translation>Lieu et date tels qu&apos;imprimés</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>Li&amp;eu</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <source>dateline place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>Edit dateline date</source>
        <translation>Modifier la date</translation>
    </message>
    <message>
        <source>Exports as: {dateline}</source>
        <translation>Exporté ainsi : {dateline}</translation>
    </message>
    <message>
        <source>Exports as: (no dateline)</source>
        <translation>Exporté ainsi : (sans lieu ni date)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Releases (*.txt *.text *.xml *.docx *.nitf *.json);;Release XML (*.release.xml *.xml);;Plain text (*.txt *.text);;Word drafts (*.docx);;NITF (*.nitf *.nitf.xml *.xml);;NewsML-G2 (*.newsml.xml *.xml);;ninjs (*.json);;All files (*)</source>
        <translation>Communiqués (*.txt *.text *.xml *.docx *.nitf *.json);;Release XML (*.release.xml *.xml);;Texte brut (*.txt *.text);;Brouillons Word (*.docx);;NITF (*.nitf *.nitf.xml *.xml);;NewsML-G2 (*.newsml.xml *.xml);;ninjs (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Release XML (*.release.xml);;Plain text (*.txt)</source>
        <translation>Release XML (*.release.xml);;Texte brut (*.txt)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>Enregistrer les modifications de « {name} » avant de fermer ?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <source>Open release</source>
        <translation>Ouvrir un communiqué</translation>
    </message>
    <message>
        <source>Save release as</source>
        <translation>Enregistrer le communiqué sous</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>« {name} »</translation>
    </message>
    <message>
        <source>an untitled release</source>
        <translation>un communiqué sans titre</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Release Desk closed unexpectedly while you were editing {what}.
An automatic copy from {saved_at} was kept. Recover it?</source>
        <translation>Release Desk s&apos;est fermé de façon inattendue pendant que vous modifiiez {what}.
Une copie automatique du {saved_at} a été conservée. La récupérer ?</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>“{path}” was changed by another program since you opened it.
Overwrite it with your version? Choose No to keep the file and use Save As instead.</source>
        <translation>« {path} » a été modifié par un autre programme depuis que vous l&apos;avez ouvert.
L&apos;écraser avec votre version ? Choisissez Non pour garder le fichier et utiliser plutôt Enregistrer sous.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Briefing template</source>
        <translation>Modèle de note d&apos;information</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Remplacer le fichier</translation>
    </message>
    <message>
        <source>“{path}” already exists. Replace it?</source>
        <translation>« {path} » existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <source>The release is not valid</source>
        <translation>Le communiqué n&apos;est pas valide</translation>
    </message>
    <message>
        <source>Errors in the release: {count} (the first: {first}).
A Release XML file with errors will be refused by archives. Export “{path}” anyway?</source>
        <translation>Erreurs dans le communiqué : {count} (la première : {first}).
Les archives refuseront un fichier Release XML avec des erreurs. Exporter « {path} » quand même ?</translation>
    </message>
    <message>
        <source>Approve with errors?</source>
        <translation>Approuver malgré les erreurs ?</translation>
    </message>
    <message>
        <source>An approved release should have no errors. Errors found: {count}.</source>
        <translation>Un communiqué approuvé ne devrait comporter aucune erreur. Erreurs trouvées : {count}.</translation>
    </message>
    <message>
        <source>Approve it anyway?</source>
        <translation>L’approuver quand même ?</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Nom du modèle :</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete the template “{name}”? Releases made from it keep their text.</source>
        <translation>Supprimer le modèle « {name} » ? Les communiqués créés à partir de lui gardent leur texte.</translation>
    </message>
    <message>
        <source>Print release</source>
        <translation>Imprimer le communiqué</translation>
    </message>
    <message>
        <source>Compare with release</source>
        <translation>Comparer avec un communiqué</translation>
    </message>
    <message>
        <source>Body target length</source>
        <translation>Longueur cible du corps</translation>
    </message>
    <message>
        <source>Words the body should have (0 for no target):</source>
        <translation>Nombre de mots visé pour le corps (0 pour aucun) :</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>{name} is open in this window</source>
        <translation>{name} est ouvert dans cette fenêtre</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Impossible d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <source>{path}: could not be read ({error})</source>
        <translation>{path} : lecture impossible ({error})</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} ouvert</translation>
    </message>
    <message>
        <source>Check the release: the reader reports</source>
        <translation>Vérifiez le communiqué ; la lecture signale :</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Not saved: {name}</source>
        <translation>Non enregistré : {name}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
    <message>
        <source>The disk is full: free some space, or use Save As to save on another disk.</source>
        <translation>Le disque est plein : libérez de la place, ou choisissez « Enregistrer sous » pour enregistrer sur un autre disque.</translation>
    </message>
    <message>
        <source>The folder cannot be written to: use Save As to save in another folder.</source>
        <translation>Impossible d&apos;écrire dans ce dossier : choisissez « Enregistrer sous » pour enregistrer dans un autre dossier.</translation>
    </message>
    <message>
        <source>Use Save As to save somewhere else.</source>
        <translation>Choisissez « Enregistrer sous » pour enregistrer ailleurs.</translation>
    </message>
    <message>
        <source>The release is still open and unsaved; the file on disk was not changed.</source>
        <translation>Le communiqué reste ouvert et non enregistré ; le fichier sur le disque n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Récupération impossible</translation>
    </message>
    <message>
        <source>Recovered unsaved changes</source>
        <translation>Modifications non enregistrées récupérées</translation>
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
        <translation>Sous embargo jusqu’au {when} (sans fuseau horaire : lu comme le vôtre) — {left}</translation>
    </message>
    <message>
        <source>Embargoed until {when} ({yours}) — {left}</source>
        <translation>Sous embargo jusqu’au {when} ({yours}) — {left}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>moins d’une minute restante</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>encore {time}</translation>
    </message>
</context>
<context>
    <name>EmbargoEditor</name>
    <message>
        <source>Embargo date</source>
        <translation>Date de l’embargo</translation>
    </message>
    <message>
        <source>No embargo</source>
        <translation>Sans embargo</translation>
    </message>
    <message>
        <source>Embargo time</source>
        <translation>Heure de l’embargo</translation>
    </message>
    <message>
        <source>Embargo time zone</source>
        <translation>Fuseau horaire de l’embargo</translation>
    </message>
    <message>
        <source>A time zone from the list, or an offset such as +02:00</source>
        <translation>Un fuseau horaire de la liste, ou un décalage comme +02:00</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone: choose one from the list, or type an offset such as +02:00</source>
        <translation>« {zone} » n’est pas un fuseau horaire : choisissez-en un dans la liste ou tapez un décalage comme +02:00</translation>
    </message>
    <message>
        <source>No embargo: for immediate release</source>
        <translation>Sans embargo : diffusion immédiate</translation>
    </message>
    <message>
        <source>Embargo as printed</source>
        <translation>Embargo tel qu’imprimé</translation>
    </message>
    <message>
        <source>Remove embargo</source>
        <translation>Retirer l’embargo</translation>
    </message>
    <message>
        <source>Edit embargo</source>
        <translation>Modifier l’embargo</translation>
    </message>
    <message>
        <source>As printed: {text}</source>
        <translation>Tel qu’imprimé : {text}</translation>
    </message>
    <message>
        <source>For immediate release: pick a date to set an embargo</source>
        <translation>Diffusion immédiate : choisissez une date pour fixer un embargo</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Briefing note (DOCX)</source>
        <translation>Note d&apos;information (DOCX)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texte brut (*.txt)</translation>
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
        <translation>Aperçu du contenu et de la mise en page de la note ; Word et LibreOffice fixent les pages.</translation>
    </message>
    <message>
        <source>The start of the NITF file as it will be written.</source>
        <translation>Le début du fichier NITF tel qu&apos;il sera écrit.</translation>
    </message>
    <message>
        <source>The start of the NewsML-G2 news item as it will be written.</source>
        <translation>Le début de l&apos;article NewsML-G2 tel qu&apos;il sera écrit.</translation>
    </message>
    <message>
        <source>The start of the ninjs 3.1 news item as it will be written.</source>
        <translation>Le début de l&apos;article ninjs 3.1 tel qu&apos;il sera écrit.</translation>
    </message>
    <message>
        <source>The start of the ninjs 2.2 news item as it will be written.</source>
        <translation>Le début de l&apos;article ninjs 2.2 tel qu&apos;il sera écrit.</translation>
    </message>
    <message>
        <source>The start of the text file as it will be written.</source>
        <translation>Le début du fichier texte tel qu&apos;il sera écrit.</translation>
    </message>
    <message>
        <source>The start of the Release XML file as it will be written.</source>
        <translation>Le début du fichier Release XML tel qu&apos;il sera écrit.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format d&apos;export</translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation>Fichier de destination</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Include editors&apos; &amp;comments</source>
        <translation>Inclure les &amp;commentaires des rédacteurs</translation>
    </message>
    <message>
        <source>Purpose line</source>
        <translation>Ligne d&apos;objet</translation>
    </message>
    <message>
        <source>Organisation in the header</source>
        <translation>Organisation dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>No organisation: the header stays blank</source>
        <translation>Aucune organisation : l&apos;en-tête reste vide</translation>
    </message>
    <message>
        <source>Briefing note</source>
        <translation>Note d&apos;information</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>O&amp;rganisation :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination :</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Render with &amp;LibreOffice</source>
        <translation>Rendu avec &amp;LibreOffice</translation>
    </message>
    <message>
        <source>Show page 1 as LibreOffice lays out the note (takes a few seconds)</source>
        <translation>Afficher la page 1 telle que LibreOffice met en page la note (quelques secondes)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Needs {programs}, which is not installed</source>
        <translation>Nécessite {programs}, qui n&apos;est pas installé</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>No preview: {error}</source>
        <translation>Pas d&apos;aperçu : {error}</translation>
    </message>
    <message>
        <source>Cannot render: {error}</source>
        <translation>Rendu impossible : {error}</translation>
    </message>
    <message>
        <source>Rendering with LibreOffice…</source>
        <translation>Rendu avec LibreOffice…</translation>
    </message>
    <message>
        <source>Page 1 as LibreOffice lays out the note. Change an option to return to the preview.</source>
        <translation>La page 1 telle que LibreOffice met en page la note. Modifiez une option pour revenir à l&apos;aperçu.</translation>
    </message>
    <message>
        <source>… (the preview stops here; the file goes on)</source>
        <translation>… (l’aperçu s’arrête ici ; le fichier continue)</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Export in progress</source>
        <translation>Export en cours</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export a briefing note (DOCX), NITF, NewsML-G2, ninjs, plain text or Release XML</source>
        <translation>Exporter une note d&apos;information (DOCX), du NITF, du NewsML-G2, du ninjs, du texte brut ou du Release XML</translation>
    </message>
    <message>
        <source>Set the briefing note&apos;s purpose</source>
        <translation>Définir l&apos;objet de la note d&apos;information</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <source>An export is still running; try again when it is done.</source>
        <translation>Un export est encore en cours ; réessayez quand il sera terminé.</translation>
    </message>
    <message>
        <source>{path}: this is the open release&apos;s own file; use Save</source>
        <translation>{path} : c&apos;est le fichier du communiqué ouvert ; utilisez Enregistrer</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Export vers {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Not exported: the release has %n error(s)</source>
        <translation>
            <numerusform>Non exporté : le communiqué comporte %n erreur</numerusform>
            <numerusform>Non exporté : le communiqué comporte %n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: not exported, the release is not valid</source>
        <translation>{path} : non exporté, le communiqué n&apos;est pas valide</translation>
    </message>
    <message>
        <source>Exported to {name}</source>
        <translation>Exporté vers {name}</translation>
    </message>
    <message>
        <source>Exported with changes</source>
        <translation>Exporté avec des modifications</translation>
    </message>
    <message>
        <source>{name} was written, but:</source>
        <translation>{name} a été écrit, mais :</translation>
    </message>
    <message>
        <source>{path}: cannot write: {error}</source>
        <translation>{path} : écriture impossible : {error}</translation>
    </message>
    <message>
        <source>{path}: the export failed ({error})</source>
        <translation>{path} : l&apos;export a échoué ({error})</translation>
    </message>
    <message>
        <source>Not exported: {name}</source>
        <translation>Non exporté : {name}</translation>
    </message>
</context>
<context>
    <name>FieldBehaviour</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>FieldState</name>
    <message>
        <source>Error: {message}</source>
        <translation>Erreur : {message}</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Avertissement : {message}</translation>
    </message>
    <message>
        <source>Check this: the importer was unsure of this field.</source>
        <translation>À vérifier : l&apos;importation n&apos;était pas sûre de ce champ.</translation>
    </message>
    <message>
        <source>{field}: {note}</source>
        <translation>{field} : {note}</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>check the name and folder</source>
        <translation>vérifiez le nom et le dossier</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>check that you may read this file</source>
        <translation>vérifiez que vous avez le droit de lire ce fichier</translation>
    </message>
    <message>
        <source>this is a symbolic link to a file that does not exist (a dangling link)</source>
        <translation>c’est un lien symbolique vers un fichier qui n’existe pas (un lien brisé)</translation>
    </message>
    <message>
        <source>fix or remove the link</source>
        <translation>corrigez ou supprimez le lien</translation>
    </message>
    <message>
        <source>this is not a regular file (a pipe, a socket or a device); it was not opened</source>
        <translation>ce n’est pas un fichier ordinaire (un tube, un socket ou un périphérique) ; il n’a pas été ouvert</translation>
    </message>
    <message>
        <source>give the path of an ordinary file</source>
        <translation>indiquez le chemin d’un fichier ordinaire</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation>opération non autorisée</translation>
    </message>
    <message>
        <source>no space left on the disk</source>
        <translation>plus de place sur le disque</translation>
    </message>
    <message>
        <source>disk quota exceeded</source>
        <translation>quota de disque dépassé</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>une partie du chemin n’est pas un dossier</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>le nom est trop long</translation>
    </message>
    <message>
        <source>a file of that name exists</source>
        <translation>un fichier de ce nom existe déjà</translation>
    </message>
    <message>
        <source>{where}: {what}</source>
        <translation>{where} : {what}</translation>
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
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find text in every field of the release</source>
        <translation>Rechercher du texte dans tous les champs du communiqué</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>R&amp;emplacer…</translation>
    </message>
    <message>
        <source>Replace text in every field of the release</source>
        <translation>Remplacer du texte dans tous les champs du communiqué</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>Invalid pattern: {reason}</source>
        <translation>Motif non valide : {reason}</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} sur {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message numerus="yes">
        <source>Replace %n match(es)</source>
        <translation>
            <numerusform>Remplacer %n occurrence</numerusform>
            <numerusform>Remplacer %n occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n match(es)</source>
        <translation>
            <numerusform>%n occurrence remplacée</numerusform>
            <numerusform>%n occurrences remplacées</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) removed with their text</source>
        <translation>
            <numerusform>%n balise supprimée avec son texte</numerusform>
            <numerusform>%n balises supprimées avec leur texte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find and replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <source>Find in the release</source>
        <translation>Rechercher dans le communiqué</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;Mots entiers</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpression régulière</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Find status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Tout remplacer</translation>
    </message>
</context>
<context>
    <name>FolderDialogs</name>
    <message>
        <source>Folder to validate</source>
        <translation>Dossier à valider</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>JSON report (*.json);;HTML report (*.html);;CSV report (*.csv);;XML report (*.xml)</source>
        <translation>Rapport JSON (*.json);;Rapport HTML (*.html);;Rapport CSV (*.csv);;Rapport XML (*.xml)</translation>
    </message>
</context>
<context>
    <name>FolderValidation</name>
    <message>
        <source>Validate &amp;Folder…</source>
        <translation>Valider un &amp;dossier…</translation>
    </message>
    <message>
        <source>Check a folder of XML submissions and open each failing file</source>
        <translation>Vérifier un dossier de fichiers XML reçus et ouvrir chaque fichier en erreur</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Release form</source>
        <translation>Formulaire du communiqué</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Headline length</source>
        <translation>Longueur du titre</translation>
    </message>
    <message>
        <source>&amp;Headline</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Subheadline</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>&amp;Subheadline</source>
        <translation>&amp;Sous-titre</translation>
    </message>
    <message>
        <source>B&amp;yline</source>
        <translation>Signat&amp;ure</translation>
    </message>
    <message>
        <source>&amp;Dateline</source>
        <translation>Lieu et &amp;date</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Numéro de référence</translation>
    </message>
    <message>
        <source>Release number as printed, e.g. 2024/17</source>
        <translation>Numéro du communiqué tel qu’imprimé, par ex. 2024/17</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <source>E&amp;mbargo</source>
        <translation>E&amp;mbargo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A language tag such as en, fr, ar or zh-Hans</source>
        <translation>Une étiquette de langue comme en, fr, ar ou zh-Hans</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Empty: the briefing note uses the lead paragraph</source>
        <translation>Vide : la note d’information reprend le chapeau</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>Rés&amp;umé</translation>
    </message>
    <message>
        <source>Move paragraph up</source>
        <translation>Monter le paragraphe</translation>
    </message>
    <message>
        <source>Move paragraph down</source>
        <translation>Descendre le paragraphe</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Corps</translation>
    </message>
    <message>
        <source>Photo credits</source>
        <translation>Crédits photo</translation>
    </message>
    <message>
        <source>&amp;Photo credits</source>
        <translation>Crédits &amp;photo</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>C&amp;ontacts</translation>
    </message>
    <message>
        <source>&amp;Notes to editors / About</source>
        <translation>&amp;Notes aux rédactions / À propos</translation>
    </message>
    <message>
        <source>&amp;Keywords</source>
        <translation>&amp;Mots-clés</translation>
    </message>
    <message>
        <source>Su&amp;bjects</source>
        <translation>Th&amp;èmes</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>subheadline</source>
        <translation>sous-titre</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>photo credits</source>
        <translation>crédits photo</translation>
    </message>
    <message>
        <source>reference number</source>
        <translation>numéro de référence</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit language</source>
        <translation>Modifier la langue</translation>
    </message>
    <message>
        <source>Edit status</source>
        <translation>Modifier le statut</translation>
    </message>
    <message>
        <source>paragraph {number}: {message}</source>
        <translation>paragraphe {number} : {message}</translation>
    </message>
</context>
<context>
    <name>HeadlineEdit</name>
    <message>
        <source>&amp;Tag</source>
        <translation>&amp;Baliser</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Open the guides for editors, officers and archivists</source>
        <translation>Ouvrir les guides des rédacteurs, des chargés d&apos;information et des archivistes</translation>
    </message>
    <message>
        <source>&amp;About Release Desk</source>
        <translation>À &amp;propos de Release Desk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Cannot open the user guide</source>
        <translation>Impossible d&apos;ouvrir le guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>{path}: the user guide is missing; reinstall Release Desk</source>
        <translation>{path} : le guide de l&apos;utilisateur est introuvable ; réinstallez Release Desk</translation>
    </message>
    <message>
        <source>No program on this computer opened {path}</source>
        <translation>Aucun programme de cet ordinateur n&apos;a ouvert {path}</translation>
    </message>
    <message>
        <source>An editor&apos;s desk for press releases: structure, tag, validate and export.</source>
        <translation>Un bureau de rédaction pour les communiqués de presse : structurer, baliser, valider et exporter.</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Licence : {licence}</translation>
    </message>
    <message>
        <source>Standards and examples used by Release Desk:</source>
        <translation>Normes et exemples utilisés par Release Desk :</translation>
    </message>
    <message>
        <source>About Release Desk</source>
        <translation>À propos de Release Desk</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>Opened {name}: %n line(s) left out — View &gt; Import Source</source>
        <translation>
            <numerusform>Ouvert : {name} — %n ligne laissée de côté — Affichage &gt; Source de l&apos;import</numerusform>
            <numerusform>Ouvert : {name} — %n lignes laissées de côté — Affichage &gt; Source de l&apos;import</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>Import Source</source>
        <translation>Source de l&apos;import</translation>
    </message>
    <message>
        <source>Import &amp;Source</source>
        <translation>&amp;Source de l&apos;import</translation>
    </message>
    <message>
        <source>The lines of the imported text or Word file, with the label each got</source>
        <translation>Les lignes du fichier texte ou Word importé, avec l&apos;étiquette de chacune</translation>
    </message>
    <message>
        <source>Label line {number} as {label}</source>
        <translation>Étiqueter la ligne {number} comme {label}</translation>
    </message>
    <message>
        <source>Relabelled, but the correction was not kept for learning: {error}</source>
        <translation>Étiquette changée, mais la correction n&apos;a pas été gardée pour l&apos;apprentissage : {error}</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>subheadline</source>
        <translation>sous-titre</translation>
    </message>
    <message>
        <source>dateline</source>
        <translation>lieu et date</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>body</source>
        <translation>corps</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact presse</translation>
    </message>
    <message>
        <source>boilerplate</source>
        <translation>présentation</translation>
    </message>
    <message>
        <source>photo credit</source>
        <translation>crédit photo</translation>
    </message>
    <message>
        <source>embargo</source>
        <translation>embargo</translation>
    </message>
    <message>
        <source>release number</source>
        <translation>numéro du communiqué</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>ignorer</translation>
    </message>
</context>
<context>
    <name>KeywordsEditor</name>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Type a keyword, then a comma or Enter</source>
        <translation>Tapez un mot-clé, puis une virgule ou Entrée</translation>
    </message>
    <message>
        <source>Keyword {word}: remove</source>
        <translation>Mot-clé {word} : supprimer</translation>
    </message>
    <message>
        <source>Remove the keyword “{word}”</source>
        <translation>Supprimer le mot-clé « {word} »</translation>
    </message>
    <message>
        <source>Edit keywords</source>
        <translation>Modifier les mots-clés</translation>
    </message>
    <message>
        <source>Add keyword</source>
        <translation>Ajouter un mot-clé</translation>
    </message>
    <message>
        <source>Remove keyword {word}</source>
        <translation>Supprimer le mot-clé {word}</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Takes effect when Release Desk restarts</source>
        <translation>Prend effet au redémarrage de Release Desk</translation>
    </message>
    <message>
        <source>The new language takes effect when you restart Release Desk</source>
        <translation>La nouvelle langue prendra effet au redémarrage de Release Desk</translation>
    </message>
</context>
<context>
    <name>Learning</name>
    <message>
        <source>Learning from your corrections</source>
        <translation>Apprentissage de vos corrections</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importation</translation>
    </message>
    <message>
        <source>&amp;Learn from My Corrections</source>
        <translation>&amp;Apprendre de mes corrections</translation>
    </message>
    <message>
        <source>Train the importer on the shipped examples and the lines you labelled in Import Source, and use it from now on</source>
        <translation>Entraîner l&apos;importateur sur les exemples fournis et les lignes que vous avez étiquetées dans Source de l&apos;import, et s&apos;en servir désormais</translation>
    </message>
    <message>
        <source>&amp;Reset to the Shipped Model</source>
        <translation>&amp;Revenir au modèle fourni</translation>
    </message>
    <message>
        <source>Forget what was learned; your corrections stay kept</source>
        <translation>Oublier ce qui a été appris ; vos corrections restent gardées</translation>
    </message>
    <message>
        <source>Imports use the shipped model</source>
        <translation>Les imports utilisent le modèle fourni</translation>
    </message>
    <message>
        <source>Imports use the shipped model again; your corrections are kept</source>
        <translation>Les imports utilisent de nouveau le modèle fourni ; vos corrections sont gardées</translation>
    </message>
    <message>
        <source>Learning from your corrections…</source>
        <translation>Apprentissage de vos corrections…</translation>
    </message>
    <message>
        <source>Could not learn from your corrections: {error}</source>
        <translation>Impossible d&apos;apprendre de vos corrections : {error}</translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n corrected release(s): the next imports use it</source>
        <translation>
            <numerusform>Appris de %n communiqué corrigé : les prochains imports s&apos;en servent</numerusform>
            <numerusform>Appris de %n communiqués corrigés : les prochains imports s&apos;en servent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveValidator</name>
    <message>
        <source>Validation could not run: {error}</source>
        <translation>La validation n&apos;a pas pu s&apos;exécuter : {error}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Validation status</source>
        <translation>État de la validation</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Validation…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start an empty release</source>
        <translation>Commencer un communiqué vide</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a release: text, XML, Word, NITF</source>
        <translation>Ouvrir un communiqué : texte, XML, Word, NITF</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the release</source>
        <translation>Enregistrer le communiqué</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save under another name</source>
        <translation>Enregistrer sous un autre nom</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Move Paragraph &amp;Up</source>
        <translation>&amp;Monter le paragraphe</translation>
    </message>
    <message>
        <source>Move Paragraph &amp;Down</source>
        <translation>&amp;Descendre le paragraphe</translation>
    </message>
    <message>
        <source>&amp;Validate Now</source>
        <translation>&amp;Valider maintenant</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
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
        <translation>Bloc de notes {number}</translation>
    </message>
    <message>
        <source>Note block {number} heading</source>
        <translation>Titre du bloc de notes {number}</translation>
    </message>
    <message>
        <source>Heading, e.g. About the organisation (may stay empty)</source>
        <translation>Titre, par ex. À propos de l’organisme (peut rester vide)</translation>
    </message>
    <message>
        <source>Note block {number} paragraphs</source>
        <translation>Paragraphes du bloc de notes {number}</translation>
    </message>
    <message>
        <source>One paragraph per line</source>
        <translation>Un paragraphe par ligne</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move note block {number} up</source>
        <translation>Monter le bloc de notes {number}</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move note block {number} down</source>
        <translation>Descendre le bloc de notes {number}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove note block {number}</source>
        <translation>Retirer le bloc de notes {number}</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>No notes to editors yet.</source>
        <translation>Pas encore de notes aux rédactions.</translation>
    </message>
    <message>
        <source>Add note block</source>
        <translation>Ajouter un bloc de notes</translation>
    </message>
    <message>
        <source>Remove note block {number}</source>
        <translation>Retirer le bloc de notes {number}</translation>
    </message>
    <message>
        <source>Move note block {number} up</source>
        <translation>Monter le bloc de notes {number}</translation>
    </message>
    <message>
        <source>Move note block {number} down</source>
        <translation>Descendre le bloc de notes {number}</translation>
    </message>
    <message>
        <source>Edit notes to editors</source>
        <translation>Modifier les notes aux rédactions</translation>
    </message>
</context>
<context>
    <name>OfficeRenderer</name>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Cannot render: {programs} not installed</source>
        <translation>Rendu impossible : {programs} n&apos;est pas installé</translation>
    </message>
    <message>
        <source>LibreOffice could not convert the note</source>
        <translation>LibreOffice n&apos;a pas pu convertir la note</translation>
    </message>
    <message>
        <source>pdftoppm could not draw the page</source>
        <translation>pdftoppm n&apos;a pas pu dessiner la page</translation>
    </message>
    <message>
        <source>Cannot render: LibreOffice wrote no page</source>
        <translation>Rendu impossible : LibreOffice n&apos;a écrit aucune page</translation>
    </message>
    <message>
        <source>Cannot render: {error}</source>
        <translation>Rendu impossible : {error}</translation>
    </message>
    <message numerus="yes">
        <source>Cannot render: LibreOffice took longer than %n minute(s)</source>
        <translation>
            <numerusform>Rendu impossible : LibreOffice a pris plus de %n minute</numerusform>
            <numerusform>Rendu impossible : LibreOffice a pris plus de %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot render: {program} did not start</source>
        <translation>Rendu impossible : {program} n&apos;a pas démarré</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the release laid out for reading</source>
        <translation>Imprimer le communiqué mis en page pour la lecture</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the release laid out for reading as a PDF file</source>
        <translation>Enregistrer le communiqué mis en page en fichier PDF</translation>
    </message>
    <message>
        <source>Export &amp;Briefing Note as PDF…</source>
        <translation>Exporter la &amp;note d’information en PDF…</translation>
    </message>
    <message>
        <source>Save the briefing note as PDF (made by LibreOffice)</source>
        <translation>Enregistrer la note d’information en PDF (produit par LibreOffice)</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>Envoyé à l’imprimante</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <source>{path}: {error}</source>
        <translation>{path} : {error}</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exporté</translation>
    </message>
    <message>
        <source>Cannot export the briefing note as PDF</source>
        <translation>Impossible d’exporter la note d’information en PDF</translation>
    </message>
    <message>
        <source>LibreOffice is not installed; {hint}.</source>
        <translation>LibreOffice n’est pas installé ; {hint}.</translation>
    </message>
    <message>
        <source>LibreOffice is making the briefing note&apos;s PDF…</source>
        <translation>LibreOffice produit le PDF de la note d’information…</translation>
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
        <translation>valide</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <source>not-well-formed</source>
        <translation>mal formé</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>refused (unsafe)</source>
        <translation>refusé (dangereux)</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>First issue</source>
        <translation>Premier problème</translation>
    </message>
    <message>
        <source>{severity}: {message}</source>
        <translation>{severity} : {message}</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>ligne {line} : {message}</translation>
    </message>
</context>
<context>
    <name>Revisions</name>
    <message>
        <source>Re&amp;visions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <source>Compare or restore the saved revisions of this release</source>
        <translation>Comparer ou restaurer les versions enregistrées de ce communiqué</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>Comparer a&amp;vec…</translation>
    </message>
    <message>
        <source>Compare the open release with another release file</source>
        <translation>Comparer le communiqué ouvert avec un autre fichier</translation>
    </message>
    <message>
        <source>Saved, but the revision was not recorded: {error}</source>
        <translation>Enregistré, mais la version n’a pas été conservée : {error}</translation>
    </message>
    <message>
        <source>Cannot open the revisions</source>
        <translation>Impossible d’ouvrir les versions</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Comparaison impossible</translation>
    </message>
    <message>
        <source>the revision of {time}</source>
        <translation>la version du {time}</translation>
    </message>
    <message>
        <source>the current text</source>
        <translation>le texte actuel</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <source>Restore revision of {time}</source>
        <translation>Restaurer la version du {time}</translation>
    </message>
    <message>
        <source>Restored the revision of {time}; Undo takes it back</source>
        <translation>Version du {time} restaurée ; Annuler revient en arrière</translation>
    </message>
    <message>
        <source>Compare with {name}</source>
        <translation>Comparer avec {name}</translation>
    </message>
    <message>
        <source>the open release</source>
        <translation>le communiqué ouvert</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Revisions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Saved revisions</source>
        <translation>Versions enregistrées</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <source>Words changed</source>
        <translation>Mots modifiés</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>&amp;Restore This Revision</source>
        <translation>&amp;Restaurer cette version</translation>
    </message>
    <message>
        <source>No revisions yet: every save of this release records one.</source>
        <translation>Aucune version pour l’instant : chaque enregistrement de ce communiqué en conserve une.</translation>
    </message>
    <message>
        <source>Compare shows what changed from the older to the newer revision.</source>
        <translation>Comparer montre ce qui a changé de la version la plus ancienne à la plus récente.</translation>
    </message>
    <message>
        <source>Select a revision to compare it with the current text, or two to compare them with each other.</source>
        <translation>Choisissez une version pour la comparer au texte actuel, ou deux pour les comparer entre elles.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message>
        <source>{path} (read-only) — Release Desk</source>
        <translation>{path} (lecture seule) — Release Desk</translation>
    </message>
    <message>
        <source>Issues in this file</source>
        <translation>Problèmes de ce fichier</translation>
    </message>
    <message>
        <source>Source of the file</source>
        <translation>Source du fichier</translation>
    </message>
    <message>
        <source>line {line}: </source>
        <translation>ligne {line} : </translation>
    </message>
    <message>
        <source>{path} cannot be shown. {problem}</source>
        <translation>Impossible d’afficher {path}. {problem}</translation>
    </message>
    <message>
        <source>Line {line} is beyond what is shown.</source>
        <translation>La ligne {line} est au-delà de la partie affichée.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>C’est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>This is not an ordinary file (a pipe or a device), so it is not read.</source>
        <translation>Ce n’est pas un fichier ordinaire (un tube ou un périphérique) : il n’est pas lu.</translation>
    </message>
    <message>
        <source>The file is not there any more (moved, deleted, or a broken link).</source>
        <translation>Le fichier n’est plus là (déplacé, supprimé, ou lien cassé).</translation>
    </message>
    <message>
        <source>You may not read this file: check its permissions.</source>
        <translation>Vous n’avez pas le droit de lire ce fichier : vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}</source>
        <translation>Le fichier ne peut pas être lu : {error}</translation>
    </message>
    <message>
        <source>This file holds binary data, not text, so it cannot be shown.</source>
        <translation>Ce fichier contient des données binaires, pas du texte : il ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>Only the first {shown} MiB of this {size} MiB file are shown.</source>
        <translation>Seuls les {shown} premiers Mio de ce fichier de {size} Mio sont affichés.</translation>
    </message>
    <message>
        <source>Some bytes are not valid {encoding} and are shown as �.</source>
        <translation>Certains octets ne sont pas du {encoding} valide et sont affichés comme �.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Import Source</source>
        <translation>Source de l&apos;import</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Imported lines</source>
        <translation>Lignes importées</translation>
    </message>
    <message>
        <source>The open release was not imported from a text or Word file. Open a text or Word release to see its lines and their labels.</source>
        <translation>Le communiqué ouvert n&apos;a pas été importé d&apos;un fichier texte ou Word. Ouvrez un communiqué texte ou Word pour voir ses lignes et leurs étiquettes.</translation>
    </message>
    <message>
        <source>{lines} lines, {left_out} left out (in no field). Right-click a line to give it another label.</source>
        <translation>{lines} lignes, {left_out} laissées de côté (dans aucun champ). Clic droit sur une ligne pour lui donner une autre étiquette.</translation>
    </message>
    <message>
        <source>{label} · left out</source>
        <translation>{label} · laissée de côté</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>choisie par vous</translation>
    </message>
    <message>
        <source>Label as</source>
        <translation>Étiqueter comme</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>Check &amp;Spelling as You Type</source>
        <translation>Vérifier l’&amp;orthographe pendant la frappe</translation>
    </message>
    <message>
        <source>Underline unknown words; right-click one for suggestions</source>
        <translation>Souligner les mots inconnus ; clic droit sur l’un d’eux pour des suggestions</translation>
    </message>
    <message>
        <source>{language} is not spell checked: its words are not separated by spaces</source>
        <translation>{language} n’est pas vérifié : ses mots ne sont pas séparés par des espaces</translation>
    </message>
    <message>
        <source>No spelling dictionary is known for {language}; spell checking is off</source>
        <translation>Aucun dictionnaire orthographique n’est connu pour {language} ; la vérification est désactivée</translation>
    </message>
    <message>
        <source>No spelling dictionary for {language}: install the package {package} and reopen the release</source>
        <translation>Pas de dictionnaire orthographique pour {language} : installez le paquet {package} et rouvrez le communiqué</translation>
    </message>
</context>
<context>
    <name>SpellingMenus</name>
    <message>
        <source>(No Suggestions)</source>
        <translation>(Aucune suggestion)</translation>
    </message>
    <message>
        <source>&amp;Ignore All</source>
        <translation>&amp;Ignorer tout</translation>
    </message>
    <message>
        <source>&amp;Add to Dictionary</source>
        <translation>&amp;Ajouter au dictionnaire</translation>
    </message>
    <message>
        <source>Cannot add to the dictionary</source>
        <translation>Impossible d’ajouter au dictionnaire</translation>
    </message>
    <message>
        <source>{path}: {error}</source>
        <translation>{path} : {error}</translation>
    </message>
</context>
<context>
    <name>SubjectVocabularies</name>
    <message>
        <source>Cannot load the subjects</source>
        <translation>Impossible de charger les thèmes</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n subject(s) from {name}</source>
        <translation>
            <numerusform>%n thème chargé depuis {name}</numerusform>
            <numerusform>%n thèmes chargés depuis {name}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubjectsPicker</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Load subjects…</source>
        <translation>Charger des thèmes…</translation>
    </message>
    <message>
        <source>Load subjects</source>
        <translation>Charger des thèmes</translation>
    </message>
    <message>
        <source>Add the subjects of a CSV or SKOS vocabulary to this list</source>
        <translation>Ajouter à cette liste les thèmes d&apos;un vocabulaire CSV ou SKOS</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Aucun thème choisi</translation>
    </message>
    <message>
        <source>Add subject {label}</source>
        <translation>Ajouter le thème {label}</translation>
    </message>
    <message>
        <source>Remove subject {label}</source>
        <translation>Retirer le thème {label}</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Could not suggest tags: {error}</source>
        <translation>Impossible de suggérer des balises : {error}</translation>
    </message>
    <message>
        <source>&amp;Suggest Tags</source>
        <translation>&amp;Suggérer des balises</translation>
    </message>
    <message>
        <source>Propose tags for the release from the vocabularies, offline</source>
        <translation>Proposer des balises pour le communiqué à partir des vocabulaires, hors ligne</translation>
    </message>
    <message>
        <source>Load &amp;Vocabulary…</source>
        <translation>Charger un &amp;vocabulaire…</translation>
    </message>
    <message>
        <source>Add a CSV or SKOS vocabulary to the suggestions</source>
        <translation>Ajouter un vocabulaire CSV ou SKOS aux suggestions</translation>
    </message>
    <message>
        <source>Press Suggest to have tags proposed.</source>
        <translation>Appuyez sur Suggérer pour obtenir des propositions de balises.</translation>
    </message>
    <message>
        <source>Suggested tags</source>
        <translation>Balises suggérées</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Suggérer</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Tout accepter</translation>
    </message>
    <message>
        <source>Looking for names, places and initiatives…</source>
        <translation>Recherche de noms, de lieux et d&apos;initiatives…</translation>
    </message>
    <message>
        <source>Cannot load the vocabulary</source>
        <translation>Impossible de charger le vocabulaire</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n term(s) from {name}. Press Suggest to use them.</source>
        <translation>
            <numerusform>%n terme chargé depuis {name}. Appuyez sur Suggérer pour l&apos;utiliser.</numerusform>
            <numerusform>%n termes chargés depuis {name}. Appuyez sur Suggérer pour les utiliser.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposed by the {rule} rule</source>
        <translation>Proposée par la règle {rule}</translation>
    </message>
    <message>
        <source>; reference {ref}</source>
        <translation> ; référence {ref}</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing more to suggest.</source>
        <translation>Plus rien à suggérer.</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Accepter la suggestion</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Accepter %n suggestion</numerusform>
            <numerusform>Accepter %n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) no longer fit the text and were dropped.</source>
        <translation>
            <numerusform>%n suggestion ne correspondait plus au texte et a été écartée.</numerusform>
            <numerusform>%n suggestions ne correspondaient plus au texte et ont été écartées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>New from Template</source>
        <translation>Nouveau d’après un modèle</translation>
    </message>
    <message>
        <source>&amp;Create Release</source>
        <translation>&amp;Créer le communiqué</translation>
    </message>
    <message>
        <source>Start a release with a template&apos;s language, place, contacts and notes:</source>
        <translation>Commencer un communiqué avec la langue, le lieu, les contacts et les notes d’un modèle :</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>“{name}” cannot be a template name: give it a name with letters or digits</source>
        <translation>« {name} » ne peut pas être un nom de modèle : donnez-lui un nom avec des lettres ou des chiffres</translation>
    </message>
    <message>
        <source>{path}: the template cannot be read: {error}</source>
        <translation>{path} : le modèle ne peut pas être lu : {error}</translation>
    </message>
    <message>
        <source>{path}: the template cannot be written: {error}</source>
        <translation>{path} : le modèle ne peut pas être écrit : {error}</translation>
    </message>
    <message>
        <source>“{name}” ships with Release Desk and cannot be renamed; open it and save it as a template of your own instead</source>
        <translation>« {name} » est livré avec Release Desk et ne peut pas être renommé ; ouvrez-le et enregistrez-le comme votre propre modèle</translation>
    </message>
    <message>
        <source>{path}: a template of that name exists; choose another name or delete it first</source>
        <translation>{path} : un modèle de ce nom existe déjà ; choisissez un autre nom ou supprimez-le d’abord</translation>
    </message>
    <message>
        <source>{path}: cannot rename the template: {error}</source>
        <translation>{path} : impossible de renommer le modèle : {error}</translation>
    </message>
    <message>
        <source>“{name}” ships with Release Desk and cannot be deleted</source>
        <translation>« {name} » est livré avec Release Desk et ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>{path}: cannot delete the template: {error}</source>
        <translation>{path} : impossible de supprimer le modèle : {error}</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Nouveau d’après un &amp;modèle…</translation>
    </message>
    <message>
        <source>Start a release with an organisation&apos;s contacts, place and notes</source>
        <translation>Commencer un communiqué avec les contacts, le lieu et les notes d’un organisme</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Modèles…</translation>
    </message>
    <message>
        <source>Save the open release as a template; rename, delete, choose the one File &gt; New starts from</source>
        <translation>Enregistrer le communiqué ouvert comme modèle ; renommer, supprimer, choisir celui dont part Fichier &gt; Nouveau</translation>
    </message>
    <message>
        <source>Cannot use the template</source>
        <translation>Impossible d’utiliser le modèle</translation>
    </message>
    <message>
        <source>My template</source>
        <translation>Mon modèle</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation>Impossible d’enregistrer le modèle</translation>
    </message>
    <message>
        <source>Saved the template “{name}”</source>
        <translation>Modèle « {name} » enregistré</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>Renommer le modèle</translation>
    </message>
    <message>
        <source>Cannot rename the template</source>
        <translation>Impossible de renommer le modèle</translation>
    </message>
    <message>
        <source>Cannot delete the template</source>
        <translation>Impossible de supprimer le modèle</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>&amp;Save Open Release as Template…</source>
        <translation>&amp;Enregistrer le communiqué ouvert comme modèle…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Use for File &gt; &amp;New</source>
        <translation>Utiliser pour Fichier &gt; &amp;Nouveau</translation>
    </message>
    <message>
        <source>File &gt; New Starts &amp;Empty</source>
        <translation>Fichier &gt; Nouveau part &amp;vide</translation>
    </message>
    <message>
        <source>Examples that ship with Release Desk cannot be renamed or deleted.</source>
        <translation>Les exemples livrés avec Release Desk ne peuvent être ni renommés ni supprimés.</translation>
    </message>
    <message>
        <source>File &gt; New starts from “{name}”.</source>
        <translation>Fichier &gt; Nouveau part de « {name} ».</translation>
    </message>
    <message>
        <source>File &gt; New starts an empty release.</source>
        <translation>Fichier &gt; Nouveau crée un communiqué vide.</translation>
    </message>
</context>
<context>
    <name>ValidateFolderWindow</name>
    <message>
        <source>Automatic (by namespace)</source>
        <translation>Automatique (selon l’espace de noms)</translation>
    </message>
    <message>
        <source>Validate Folder — Release Desk</source>
        <translation>Valider un dossier — Release Desk</translation>
    </message>
    <message>
        <source>Folder of XML submissions</source>
        <translation>Dossier de fichiers XML reçus</translation>
    </message>
    <message>
        <source>Folder to validate</source>
        <translation>Dossier à valider</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Validation profile</source>
        <translation>Profil de validation</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Choose a folder and press Validate.</source>
        <translation>Choisissez un dossier et appuyez sur Valider.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Problèmes seulement</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Not well-formed</source>
        <translation>Mal formé</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>Refused (unsafe)</source>
        <translation>Refusés (dangereux)</translation>
    </message>
    <message>
        <source>Unchecked</source>
        <translation>Non vérifiés</translation>
    </message>
    <message>
        <source>Filter by file name</source>
        <translation>Filtrer par nom de fichier</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Most frequent issues</source>
        <translation>Problèmes les plus fréquents</translation>
    </message>
    <message>
        <source>The profile catalog was not loaded: {error}</source>
        <translation>Le catalogue de profils n’a pas été chargé : {error}</translation>
    </message>
    <message>
        <source>That is not a folder; choose one with Choose….</source>
        <translation>Ce n’est pas un dossier ; choisissez-en un avec Choisir….</translation>
    </message>
    <message>
        <source>Looking for XML files…</source>
        <translation>Recherche des fichiers XML…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Arrêt après le lot en cours…</translation>
    </message>
    <message>
        <source>The report was not saved: {error}</source>
        <translation>Le rapport n’a pas été enregistré : {error}</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>Rapport enregistré dans {path}</translation>
    </message>
    <message>
        <source>{done} of {total} files checked — {rate} files/s</source>
        <translation>{done} fichiers vérifiés sur {total} — {rate} fichiers/s</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Cancelled: {checked} of {total} files — {counts}</source>
        <translation>Annulé : {checked} fichiers sur {total} — {counts}</translation>
    </message>
    <message>
        <source>Done: {checked} of {total} files — {counts}</source>
        <translation>Terminé : {checked} fichiers sur {total} — {counts}</translation>
    </message>
    <message>
        <source>no files</source>
        <translation>aucun fichier</translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) came from the cache.</source>
        <translation>
            <numerusform>%n verdict venait du cache.</numerusform>
            <numerusform>%n verdicts venaient du cache.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} × {code} ({severity}): {example}</source>
        <translation>{count} × {code} ({severity}) : {example}</translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Subheadline</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Lieu et date</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Photo credits</source>
        <translation>Crédits photo</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation>Embargo</translation>
    </message>
    <message>
        <source>Notes to editors</source>
        <translation>Notes aux rédactions</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>title</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Communiqué</translation>
    </message>
    <message>
        <source>Paragraph {number}</source>
        <translation>Paragraphe {number}</translation>
    </message>
    <message>
        <source>Contact {number}</source>
        <translation>Contact {number}</translation>
    </message>
    <message>
        <source>Validation issues</source>
        <translation>Problèmes de validation</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Release status</source>
        <translation>État du communiqué</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>État : {status}</translation>
    </message>
    <message>
        <source>{status} by {who}, {when}</source>
        <translation>{status} par {who}, {when}</translation>
    </message>
    <message>
        <source>Set status to {status}</source>
        <translation>Passer à l’état {status}</translation>
    </message>
    <message>
        <source>Approve release</source>
        <translation>Approuver le communiqué</translation>
    </message>
    <message>
        <source>Approved by {who}</source>
        <translation>Approuvé par {who}</translation>
    </message>
</context>
<context>
    <name>_Entry</name>
    <message>
        <source>New keyword</source>
        <translation>Nouveau mot-clé</translation>
    </message>
</context>
<context>
    <name>_TemplateList</name>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>What the template holds</source>
        <translation>Ce que contient le modèle</translation>
    </message>
    <message>
        <source>{name} (example)</source>
        <translation>{name} (exemple)</translation>
    </message>
    <message>
        <source>{name} — default for New</source>
        <translation>{name} — par défaut pour Nouveau</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Langue : {language}</translation>
    </message>
    <message>
        <source>Dateline place: {place}</source>
        <translation>Lieu de la ligne de date : {place}</translation>
    </message>
    <message>
        <source>Organisation: {names}</source>
        <translation>Organisme : {names}</translation>
    </message>
    <message>
        <source>Contact: {contact}</source>
        <translation>Contact : {contact}</translation>
    </message>
    <message>
        <source>Note: {heading}</source>
        <translation>Note : {heading}</translation>
    </message>
    <message>
        <source>No templates yet: open a release and use “Save Open Release as Template…” in Settings &gt; Templates.</source>
        <translation>Pas encore de modèle : ouvrez un communiqué et utilisez « Enregistrer le communiqué ouvert comme modèle… » dans Paramètres &gt; Modèles.</translation>
    </message>
</context>
</TS>
