<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AnnotationDialogs</name>
    <message>
        <source>Load vocabulary</source>
        <translation>تحميل مفردات</translation>
    </message>
    <message>
        <source>Vocabularies (*.csv *.rdf *.xml *.skos);;CSV (*.csv);;SKOS RDF/XML (*.rdf *.xml);;All files (*)</source>
        <translation>المفردات (*.csv *.rdf *.xml *.skos);;CSV (*.csv);;SKOS RDF/XML (*.rdf *.xml);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Load subjects</source>
        <translation>تحميل مواضيع</translation>
    </message>
    <message>
        <source>Subject vocabularies (*.csv *.rdf *.xml *.skos);;CSV (*.csv);;SKOS RDF/XML (*.rdf *.xml);;All files (*)</source>
        <translation>مفردات المواضيع (*.csv *.rdf *.xml *.skos);;CSV (*.csv);;SKOS RDF/XML (*.rdf *.xml);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <source>Tag as {kind}</source>
        <translation>وسم: {kind}</translation>
    </message>
    <message>
        <source>Tag the selected text: {kind} ({shortcut})</source>
        <translation>وسم النص المحدد: {kind} ({shortcut})</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>وسم</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>الوسوم والتعليقات</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>الاقتراحات</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>توسيم</translation>
    </message>
    <message>
        <source>Select a name in the headline or inside one paragraph to tag it</source>
        <translation>حدِّد اسمًا في العنوان الرئيسي أو داخل فقرة واحدة لوسمه</translation>
    </message>
    <message>
        <source>That text is already tagged, or crosses another tag</source>
        <translation>هذا النص موسوم من قبل أو يتقاطع مع وسم آخر</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>إعادة تسمية الوسم</translation>
    </message>
    <message>
        <source>Normalised name:</source>
        <translation>الاسم الموحّد:</translation>
    </message>
    <message>
        <source>Change tag to {kind}</source>
        <translation>تغيير الوسم إلى: {kind}</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>إزالة الوسم</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n more as {kind}</source>
        <translation>
            <numerusform>لا مواضع أخرى للوسم: {kind}</numerusform>
            <numerusform>وسم موضع آخر: {kind}</numerusform>
            <numerusform>وسم موضعين آخرين: {kind}</numerusform>
            <numerusform>وسم %n مواضع أخرى: {kind}</numerusform>
            <numerusform>وسم %n موضعًا آخر: {kind}</numerusform>
            <numerusform>وسم %n موضع آخر: {kind}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n more occurrence(s)</source>
        <translation>
            <numerusform>لم يُوسم أي موضع آخر</numerusform>
            <numerusform>وُسم موضع آخر</numerusform>
            <numerusform>وُسم موضعان آخران</numerusform>
            <numerusform>وُسمت %n مواضع أخرى</numerusform>
            <numerusform>وُسم %n موضعًا آخر</numerusform>
            <numerusform>وُسم %n موضع آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>وسم</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>إعادة التسمية…</translation>
    </message>
    <message>
        <source>Change &amp;kind</source>
        <translation>تغيير النوع</translation>
    </message>
    <message>
        <source>Tag all other &amp;occurrences</source>
        <translation>وسم كل المواضع الأخرى</translation>
    </message>
    <message>
        <source>Re&amp;move tag</source>
        <translation>إزالة الوسم</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>العنوان الرئيسي</translation>
    </message>
    <message>
        <source>{kind} in the headline</source>
        <translation>{kind} في العنوان الرئيسي</translation>
    </message>
    <message>
        <source>{kind} in paragraph {number}</source>
        <translation>{kind} في الفقرة {number}</translation>
    </message>
    <message>
        <source>; reference {ref}</source>
        <translation>؛ المرجع {ref}</translation>
    </message>
    <message>
        <source> (resolved)</source>
        <translation> (تمت تسويته)</translation>
    </message>
    <message>
        <source>Tag or comment</source>
        <translation>وسم أو تعليق</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Filter tags and comments</source>
        <translation>تصفية الوسوم والتعليقات</translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation>تصفية الوسوم والتعليقات</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>الوسوم والتعليقات</translation>
    </message>
</context>
<context>
    <name>Binding</name>
    <message>
        <source>Edit {field}</source>
        <translation>تعديل: {field}</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <source>Body paragraphs</source>
        <translation>فقرات المتن</translation>
    </message>
    <message>
        <source>Body text: one paragraph per line; Enter starts a new paragraph</source>
        <translation>نص المتن: فقرة واحدة في كل سطر؛ مفتاح الإدخال يبدأ فقرة جديدة</translation>
    </message>
    <message>
        <source>Typing in paragraph {number}</source>
        <translation>كتابة في الفقرة {number}</translation>
    </message>
    <message>
        <source>Delete in paragraph {number}</source>
        <translation>حذف في الفقرة {number}</translation>
    </message>
    <message>
        <source>Split paragraph {number}</source>
        <translation>تقسيم الفقرة {number}</translation>
    </message>
    <message>
        <source>Merge paragraphs {number} and {next}</source>
        <translation>دمج الفقرتين {number} و{next}</translation>
    </message>
    <message>
        <source>Edit body text</source>
        <translation>تعديل نص المتن</translation>
    </message>
</context>
<context>
    <name>BriefingTemplate</name>
    <message>
        <source>{path}: this is not a Word document Release Desk can write a note from ({error})</source>
        <translation>{path}: ليس مستند Word يستطيع Release Desk كتابة مذكرة منه ({error})</translation>
    </message>
    <message>
        <source>Briefing &amp;Template…</source>
        <translation>قالب مذكرة الإحاطة…</translation>
    </message>
    <message>
        <source>Write briefing notes from your own Word template</source>
        <translation>كتابة مذكرات الإحاطة من قالب Word خاص بك</translation>
    </message>
    <message>
        <source>&amp;Reset to the Built-in Template</source>
        <translation>العودة إلى القالب المدمج</translation>
    </message>
    <message>
        <source>Cannot use this template</source>
        <translation>تعذّر استخدام هذا القالب</translation>
    </message>
    <message>
        <source>Briefing notes now use {name}</source>
        <translation>تستخدم مذكرات الإحاطة الآن {name}</translation>
    </message>
    <message>
        <source>Briefing notes use the built-in template</source>
        <translation>تستخدم مذكرات الإحاطة القالب المدمج</translation>
    </message>
    <message>
        <source>Now: {path}</source>
        <translation>الحالي: {path}</translation>
    </message>
    <message>
        <source>Now: the built-in template</source>
        <translation>الحالي: القالب المدمج</translation>
    </message>
</context>
<context>
    <name>BylineEdit</name>
    <message>
        <source>Byline</source>
        <translation>اسم الكاتب</translation>
    </message>
    <message>
        <source>By ..., as printed under the headline</source>
        <translation>بقلم …، كما يُطبع تحت العنوان</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>اسم الكاتب</translation>
    </message>
</context>
<context>
    <name>ClipboardActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>قص</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>لصق</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>تحديد الكل</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add contact</source>
        <translation>إضافة جهة اتصال</translation>
    </message>
    <message>
        <source>Remove contact {number}</source>
        <translation>إزالة جهة الاتصال {number}</translation>
    </message>
    <message>
        <source>Move contact {number} up</source>
        <translation>نقل جهة الاتصال {number} إلى الأعلى</translation>
    </message>
    <message>
        <source>Move contact {number} down</source>
        <translation>نقل جهة الاتصال {number} إلى الأسفل</translation>
    </message>
    <message>
        <source>Move paragraph {number} up</source>
        <translation>نقل الفقرة {number} إلى الأعلى</translation>
    </message>
    <message>
        <source>Move paragraph {number} down</source>
        <translation>نقل الفقرة {number} إلى الأسفل</translation>
    </message>
</context>
<context>
    <name>CommentActions</name>
    <message>
        <source>Add &amp;Comment…</source>
        <translation>إضافة تعليق…</translation>
    </message>
    <message>
        <source>Comment on the selected text, or on the paragraph ({shortcut})</source>
        <translation>التعليق على النص المحدد أو على الفقرة ({shortcut})</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>المحرر</translation>
    </message>
    <message>
        <source>Write a paragraph first, then comment on it</source>
        <translation>اكتب فقرة أولًا ثم علّق عليها</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>إضافة تعليق</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>التعليق:</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>رد</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>الرد:</translation>
    </message>
    <message>
        <source>Reply to comment</source>
        <translation>الرد على التعليق</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>تسوية التعليق</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>إعادة فتح التعليق</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>حذف التعليق</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>رد…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>تسوية</translation>
    </message>
    <message>
        <source>&amp;Delete comment</source>
        <translation>حذف التعليق</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Headline tags</source>
        <translation>وسوم العنوان</translation>
    </message>
    <message>
        <source>Subheadline</source>
        <translation>العنوان الفرعي</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>المكان والتاريخ</translation>
    </message>
    <message>
        <source>Dateline place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Dateline date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Photo credits</source>
        <translation>حقوق الصور</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>الكلمات المفتاحية</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Paragraph {number}</source>
        <translation>الفقرة {number}</translation>
    </message>
    <message>
        <source>Tags in paragraph {number}</source>
        <translation>وسوم الفقرة {number}</translation>
    </message>
    <message>
        <source>Note {number}</source>
        <translation>الملاحظة {number}</translation>
    </message>
    <message>
        <source>Contact {number}</source>
        <translation>جهة الاتصال {number}</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>معدّل</translation>
    </message>
    <message>
        <source>added</source>
        <translation>مضاف</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>+{added} / −{removed} words</source>
        <translation>+{added} / −{removed} كلمة</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Differences</source>
        <translation>الفروق</translation>
    </message>
    <message>
        <source>From {old} to {new}</source>
        <translation>من {old} إلى {new}</translation>
    </message>
    <message>
        <source>The two are the same.</source>
        <translation>النصان متطابقان.</translation>
    </message>
    <message>
        <source>Fields that differ: {fields}; words added: {added}, removed: {removed}.</source>
        <translation>الحقول المختلفة: {fields}؛ الكلمات المضافة: {added}، المحذوفة: {removed}.</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Contact {number}</source>
        <translation>جهة الاتصال {number}</translation>
    </message>
    <message>
        <source>Contact {number} {field}</source>
        <translation>جهة الاتصال {number}: {field}</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <source>Move contact {number} up</source>
        <translation>نقل جهة الاتصال {number} إلى الأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <source>Move contact {number} down</source>
        <translation>نقل جهة الاتصال {number} إلى الأسفل</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove contact {number}</source>
        <translation>إزالة جهة الاتصال {number}</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <source>No contacts yet.</source>
        <translation>لا توجد جهات اتصال بعد.</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>إضافة جهة اتصال</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>Words in this field</source>
        <translation>الكلمات في هذا الحقل</translation>
    </message>
    <message>
        <source>Words in the release</source>
        <translation>الكلمات في البيان</translation>
    </message>
    <message>
        <source>Body length against its target</source>
        <translation>طول النص مقارنة بالهدف</translation>
    </message>
    <message>
        <source>Body &amp;Target Length…</source>
        <translation>الطول ال&amp;مستهدف للنص…</translation>
    </message>
    <message>
        <source>Show the body&apos;s words against the length you aim at</source>
        <translation>عرض كلمات النص مقارنة بالطول المستهدف</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>{field}: {words}, {chars}</source>
        <translation>{field}: {words}، {chars}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>لا كلمات</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%Ln كلمات</numerusform>
            <numerusform>%Ln كلمةً</numerusform>
            <numerusform>%Ln كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>لا أحرف</numerusform>
            <numerusform>حرف واحد</numerusform>
            <numerusform>حرفان</numerusform>
            <numerusform>%Ln أحرف</numerusform>
            <numerusform>%Ln حرفًا</numerusform>
            <numerusform>%Ln حرف</numerusform>
        </translation>
    </message>
    <message>
        <source>Release: {words}, {chars}</source>
        <translation>البيان: {words}، {chars}</translation>
    </message>
    <message>
        <source>Body: {words} of {target}</source>
        <translation>النص: {words} من {target}</translation>
    </message>
</context>
<context>
    <name>DatelineEditor</name>
    <message>
        <source>Dateline place</source>
        <translation>مكان سطر التاريخ</translation>
    </message>
    <message>
        <source>City, e.g. Geneva</source>
        <translation>المدينة، مثل جنيف</translation>
    </message>
    <message>
        <source>Dateline date</source>
        <translation>تاريخ سطر التاريخ</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>Clear the dateline date</source>
        <translation>مسح تاريخ سطر التاريخ</translation>
    </message>
    <message>
        <source>Dateline as printed</source>
        <translation>سطر التاريخ كما سيُطبع</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>dateline place</source>
        <translation>مكان سطر التاريخ</translation>
    </message>
    <message>
        <source>Edit dateline date</source>
        <translation>تعديل تاريخ سطر التاريخ</translation>
    </message>
    <message>
        <source>Exports as: {dateline}</source>
        <translation>يُصدَّر هكذا: {dateline}</translation>
    </message>
    <message>
        <source>Exports as: (no dateline)</source>
        <translation>يُصدَّر هكذا: (بلا سطر تاريخ)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Releases (*.txt *.text *.xml *.docx *.nitf *.json);;Release XML (*.release.xml *.xml);;Plain text (*.txt *.text);;Word drafts (*.docx);;NITF (*.nitf *.nitf.xml *.xml);;NewsML-G2 (*.newsml.xml *.xml);;ninjs (*.json);;All files (*)</source>
        <translation>البيانات الصحفية (*.txt *.text *.xml *.docx *.nitf *.json);;Release XML (*.release.xml *.xml);;نص عادي (*.txt *.text);;مسودات Word (*.docx);;NITF (*.nitf *.nitf.xml *.xml);;NewsML-G2 (*.newsml.xml *.xml);;ninjs (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Release XML (*.release.xml);;Plain text (*.txt)</source>
        <translation>Release XML (*.release.xml);;نص عادي (*.txt)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>هل تريد حفظ التغييرات في «{name}» قبل الإغلاق؟</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>ستضيع تغييراتك إن لم تحفظها.</translation>
    </message>
    <message>
        <source>Open release</source>
        <translation>فتح بيان صحفي</translation>
    </message>
    <message>
        <source>Save release as</source>
        <translation>حفظ البيان الصحفي باسم</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>an untitled release</source>
        <translation>بيانًا صحفيًا بلا عنوان</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>استعادة العمل غير المحفوظ</translation>
    </message>
    <message>
        <source>Release Desk closed unexpectedly while you were editing {what}.
An automatic copy from {saved_at} was kept. Recover it?</source>
        <translation>أُغلق Release Desk على نحو غير متوقع أثناء تحريرك {what}.
حُفظت نسخة تلقائية من {saved_at}. هل تريد استعادتها؟</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>تغيّر الملف على القرص</translation>
    </message>
    <message>
        <source>“{path}” was changed by another program since you opened it.
Overwrite it with your version? Choose No to keep the file and use Save As instead.</source>
        <translation>عدّل برنامج آخر «{path}» منذ أن فتحته.
هل تريد استبداله بنسختك؟ اختر «لا» للإبقاء على الملف واستخدام «حفظ باسم» بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>تصدير إلى</translation>
    </message>
    <message>
        <source>Briefing template</source>
        <translation>قالب مذكرة الإحاطة</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>مستندات Word (*.docx)</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>استبدال الملف</translation>
    </message>
    <message>
        <source>“{path}” already exists. Replace it?</source>
        <translation>«{path}» موجود من قبل. هل تريد استبداله؟</translation>
    </message>
    <message>
        <source>The release is not valid</source>
        <translation>البيان الصحفي غير صالح</translation>
    </message>
    <message>
        <source>Errors in the release: {count} (the first: {first}).
A Release XML file with errors will be refused by archives. Export “{path}” anyway?</source>
        <translation>عدد الأخطاء في البيان الصحفي: {count} (أولها: {first}).
سترفض الأرشيفات ملف Release XML الذي فيه أخطاء. هل تريد تصدير «{path}» رغم ذلك؟</translation>
    </message>
    <message>
        <source>Approve with errors?</source>
        <translation>الاعتماد رغم الأخطاء؟</translation>
    </message>
    <message>
        <source>An approved release should have no errors. Errors found: {count}.</source>
        <translation>ينبغي ألا يحتوي البيان المعتمد على أخطاء. عدد الأخطاء الموجودة: {count}.</translation>
    </message>
    <message>
        <source>Approve it anyway?</source>
        <translation>هل تعتمده رغم ذلك؟</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>اسم القالب:</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>حذف القالب</translation>
    </message>
    <message>
        <source>Delete the template “{name}”? Releases made from it keep their text.</source>
        <translation>هل تحذف القالب «{name}»؟ تحتفظ البيانات المنشأة منه بنصوصها.</translation>
    </message>
    <message>
        <source>Print release</source>
        <translation>طباعة البيان</translation>
    </message>
    <message>
        <source>Compare with release</source>
        <translation>المقارنة مع بيان</translation>
    </message>
    <message>
        <source>Body target length</source>
        <translation>الطول المستهدف للنص</translation>
    </message>
    <message>
        <source>Words the body should have (0 for no target):</source>
        <translation>عدد كلمات النص المستهدف (0 لعدم التحديد):</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>{name} is open in this window</source>
        <translation>{name} مفتوح في هذه النافذة</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>تعذّر فتح الملف</translation>
    </message>
    <message>
        <source>{path}: could not be read ({error})</source>
        <translation>{path}: تعذّرت القراءة ({error})</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>فُتح {name}</translation>
    </message>
    <message>
        <source>Check the release: the reader reports</source>
        <translation>راجع البيان الصحفي؛ أفاد القارئ بما يلي:</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message>
        <source>Not saved: {name}</source>
        <translation>لم يُحفظ: {name}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>حُفظ {name}</translation>
    </message>
    <message>
        <source>The disk is full: free some space, or use Save As to save on another disk.</source>
        <translation>القرص ممتلئ: أفرغ بعض المساحة، أو استخدم «حفظ باسم» للحفظ على قرص آخر.</translation>
    </message>
    <message>
        <source>The folder cannot be written to: use Save As to save in another folder.</source>
        <translation>لا يمكن الكتابة في المجلد: استخدم «حفظ باسم» للحفظ في مجلد آخر.</translation>
    </message>
    <message>
        <source>Use Save As to save somewhere else.</source>
        <translation>استخدم «حفظ باسم» للحفظ في مكان آخر.</translation>
    </message>
    <message>
        <source>The release is still open and unsaved; the file on disk was not changed.</source>
        <translation>لا يزال البيان مفتوحًا وغير محفوظ؛ ولم يتغير الملف على القرص.</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>تعذّرت الاستعادة</translation>
    </message>
    <message>
        <source>Recovered unsaved changes</source>
        <translation>استُعيدت التغييرات غير المحفوظة</translation>
    </message>
</context>
<context>
    <name>EmbargoBanner</name>
    <message>
        <source>Embargo</source>
        <translation>الحظر</translation>
    </message>
    <message>
        <source>Embargoed until {when} (no time zone given: read as yours) — {left}</source>
        <translation>محظور النشر حتى {when} (دون منطقة زمنية: تُقرأ بمنطقتك) — {left}</translation>
    </message>
    <message>
        <source>Embargoed until {when} ({yours}) — {left}</source>
        <translation>محظور النشر حتى {when} ({yours}) — {left}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>لا أيام</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>لا ساعات</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتان</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>لا دقائق</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>بقيت أقل من دقيقة</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>بقي {time}</translation>
    </message>
</context>
<context>
    <name>EmbargoEditor</name>
    <message>
        <source>Embargo date</source>
        <translation>تاريخ الحظر</translation>
    </message>
    <message>
        <source>No embargo</source>
        <translation>بلا حظر</translation>
    </message>
    <message>
        <source>Embargo time</source>
        <translation>وقت الحظر</translation>
    </message>
    <message>
        <source>Embargo time zone</source>
        <translation>المنطقة الزمنية للحظر</translation>
    </message>
    <message>
        <source>A time zone from the list, or an offset such as +02:00</source>
        <translation>منطقة زمنية من القائمة أو فارق مثل ‎+02:00</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone: choose one from the list, or type an offset such as +02:00</source>
        <translation>«{zone}» ليست منطقة زمنية: اختر واحدة من القائمة أو اكتب فارقًا مثل +02:00</translation>
    </message>
    <message>
        <source>No embargo: for immediate release</source>
        <translation>بلا حظر: للنشر الفوري</translation>
    </message>
    <message>
        <source>Embargo as printed</source>
        <translation>الحظر كما طُبع</translation>
    </message>
    <message>
        <source>Remove embargo</source>
        <translation>إزالة الحظر</translation>
    </message>
    <message>
        <source>Edit embargo</source>
        <translation>تعديل الحظر</translation>
    </message>
    <message>
        <source>As printed: {text}</source>
        <translation>كما طُبع: {text}</translation>
    </message>
    <message>
        <source>For immediate release: pick a date to set an embargo</source>
        <translation>للنشر الفوري: اختر تاريخًا لتحديد حظر</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Briefing note (DOCX)</source>
        <translation>مذكرة إحاطة (DOCX)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>مستندات Word (*.docx)</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>نص عادي</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>نص عادي (*.txt)</translation>
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
        <translation>معاينة لمحتوى المذكرة وتخطيطها؛ يحدد Word وLibreOffice الصفحات.</translation>
    </message>
    <message>
        <source>The start of the NITF file as it will be written.</source>
        <translation>بداية ملف NITF كما سيُكتب.</translation>
    </message>
    <message>
        <source>The start of the NewsML-G2 news item as it will be written.</source>
        <translation>بداية الخبر بصيغة NewsML-G2 كما سيُكتب.</translation>
    </message>
    <message>
        <source>The start of the ninjs 3.1 news item as it will be written.</source>
        <translation>بداية الخبر بصيغة ninjs 3.1 كما سيُكتب.</translation>
    </message>
    <message>
        <source>The start of the ninjs 2.2 news item as it will be written.</source>
        <translation>بداية الخبر بصيغة ninjs 2.2 كما سيُكتب.</translation>
    </message>
    <message>
        <source>The start of the text file as it will be written.</source>
        <translation>بداية الملف النصي كما سيُكتب.</translation>
    </message>
    <message>
        <source>The start of the Release XML file as it will be written.</source>
        <translation>بداية ملف Release XML كما سيُكتب.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>صيغة التصدير</translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation>ملف الوجهة</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Include editors&apos; &amp;comments</source>
        <translation>تضمين تعليقات المحررين</translation>
    </message>
    <message>
        <source>Purpose line</source>
        <translation>سطر الغرض</translation>
    </message>
    <message>
        <source>Organisation in the header</source>
        <translation>المؤسسة في الترويسة</translation>
    </message>
    <message>
        <source>No organisation: the header stays blank</source>
        <translation>بلا مؤسسة: تبقى الترويسة فارغة</translation>
    </message>
    <message>
        <source>Briefing note</source>
        <translation>مذكرة الإحاطة</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>الغرض:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>المؤسسة:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>الوجهة:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>المعاينة</translation>
    </message>
    <message>
        <source>Render with &amp;LibreOffice</source>
        <translation>العرض بواسطة LibreOffice</translation>
    </message>
    <message>
        <source>Show page 1 as LibreOffice lays out the note (takes a few seconds)</source>
        <translation>عرض الصفحة 1 كما يخطط LibreOffice المذكرة (يستغرق بضع ثوانٍ)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Needs {programs}, which is not installed</source>
        <translation>يتطلب {programs}، وهو غير مثبّت</translation>
    </message>
    <message>
        <source> and </source>
        <translation> و</translation>
    </message>
    <message>
        <source>No preview: {error}</source>
        <translation>لا معاينة: {error}</translation>
    </message>
    <message>
        <source>Cannot render: {error}</source>
        <translation>تعذّر العرض: {error}</translation>
    </message>
    <message>
        <source>Rendering with LibreOffice…</source>
        <translation>جارٍ العرض بواسطة LibreOffice…</translation>
    </message>
    <message>
        <source>Page 1 as LibreOffice lays out the note. Change an option to return to the preview.</source>
        <translation>الصفحة 1 كما يخطط LibreOffice المذكرة. غيّر أي خيار للعودة إلى المعاينة.</translation>
    </message>
    <message>
        <source>… (the preview stops here; the file goes on)</source>
        <translation>… (تنتهي المعاينة هنا؛ ويستمر الملف)</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Export in progress</source>
        <translation>التصدير جارٍ</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Export a briefing note (DOCX), NITF, NewsML-G2, ninjs, plain text or Release XML</source>
        <translation>تصدير مذكرة إحاطة (DOCX) أو NITF أو NewsML-G2 أو ninjs أو نص عادي أو Release XML</translation>
    </message>
    <message>
        <source>Set the briefing note&apos;s purpose</source>
        <translation>تحديد غرض المذكرة الإعلامية</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message>
        <source>An export is still running; try again when it is done.</source>
        <translation>ما زال تصدير آخر جاريًا؛ أعد المحاولة عند انتهائه.</translation>
    </message>
    <message>
        <source>{path}: this is the open release&apos;s own file; use Save</source>
        <translation>{path}: هذا ملف البيان المفتوح نفسه؛ استخدم «حفظ»</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>جارٍ التصدير إلى {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Not exported: the release has %n error(s)</source>
        <translation>
            <numerusform>لم يُصدَّر: لا أخطاء في البيان</numerusform>
            <numerusform>لم يُصدَّر: في البيان خطأ واحد</numerusform>
            <numerusform>لم يُصدَّر: في البيان خطآن</numerusform>
            <numerusform>لم يُصدَّر: في البيان %n أخطاء</numerusform>
            <numerusform>لم يُصدَّر: في البيان %n خطأً</numerusform>
            <numerusform>لم يُصدَّر: في البيان %n خطأ</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: not exported, the release is not valid</source>
        <translation>{path}: لم يُصدَّر، البيان غير صالح</translation>
    </message>
    <message>
        <source>Exported to {name}</source>
        <translation>صُدِّر إلى {name}</translation>
    </message>
    <message>
        <source>Exported with changes</source>
        <translation>صُدِّر مع تغييرات</translation>
    </message>
    <message>
        <source>{name} was written, but:</source>
        <translation>كُتب {name}، لكن:</translation>
    </message>
    <message>
        <source>{path}: cannot write: {error}</source>
        <translation>{path}: تعذّرت الكتابة: {error}</translation>
    </message>
    <message>
        <source>{path}: the export failed ({error})</source>
        <translation>{path}: فشل التصدير ({error})</translation>
    </message>
    <message>
        <source>Not exported: {name}</source>
        <translation>لم يُصدَّر: {name}</translation>
    </message>
</context>
<context>
    <name>FieldBehaviour</name>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة</translation>
    </message>
</context>
<context>
    <name>FieldState</name>
    <message>
        <source>Error: {message}</source>
        <translation>خطأ: {message}</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>تحذير: {message}</translation>
    </message>
    <message>
        <source>Check this: the importer was unsure of this field.</source>
        <translation>تحقق من هذا: لم يكن المستورد واثقًا من هذا الحقل.</translation>
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
        <translation>لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <source>check the name and folder</source>
        <translation>تحقّق من الاسم والمجلد</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>هذا مجلد وليس ملفًا</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>الإذن مرفوض</translation>
    </message>
    <message>
        <source>check that you may read this file</source>
        <translation>تحقّق من أن لديك إذنًا بقراءة هذا الملف</translation>
    </message>
    <message>
        <source>this is a symbolic link to a file that does not exist (a dangling link)</source>
        <translation>هذا رابط رمزي إلى ملف غير موجود (رابط معلّق)</translation>
    </message>
    <message>
        <source>fix or remove the link</source>
        <translation>أصلِح الرابط أو احذفه</translation>
    </message>
    <message>
        <source>this is not a regular file (a pipe, a socket or a device); it was not opened</source>
        <translation>هذا ليس ملفًا عاديًا (أنبوب أو مقبس أو جهاز)؛ لم يُفتح</translation>
    </message>
    <message>
        <source>give the path of an ordinary file</source>
        <translation>أدخِل مسار ملف عادي</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation>العملية غير مسموح بها</translation>
    </message>
    <message>
        <source>no space left on the disk</source>
        <translation>لا توجد مساحة كافية على القرص</translation>
    </message>
    <message>
        <source>disk quota exceeded</source>
        <translation>تم تجاوز حصة القرص</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>القرص للقراءة فقط</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>جزء من المسار ليس مجلدًا</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>الاسم طويل جدًا</translation>
    </message>
    <message>
        <source>a file of that name exists</source>
        <translation>يوجد ملف بهذا الاسم</translation>
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
        <translation>بحث</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>Find text in every field of the release</source>
        <translation>البحث عن نص في كل حقول البيان</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>ا&amp;ستبدال…</translation>
    </message>
    <message>
        <source>Replace text in every field of the release</source>
        <translation>استبدال نص في كل حقول البيان</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>البحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>البحث عن ال&amp;سابق</translation>
    </message>
    <message>
        <source>Invalid pattern: {reason}</source>
        <translation>نمط غير صالح: {reason}</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>لا تطابقات</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} من {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>لا تطابقات</numerusform>
            <numerusform>تطابق واحد</numerusform>
            <numerusform>تطابقان</numerusform>
            <numerusform>%n تطابقات</numerusform>
            <numerusform>%n تطابقًا</numerusform>
            <numerusform>%n تطابق</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message numerus="yes">
        <source>Replace %n match(es)</source>
        <translation>
            <numerusform>استبدال لا شيء</numerusform>
            <numerusform>استبدال تطابق واحد</numerusform>
            <numerusform>استبدال تطابقين</numerusform>
            <numerusform>استبدال %n تطابقات</numerusform>
            <numerusform>استبدال %n تطابقًا</numerusform>
            <numerusform>استبدال %n تطابق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n match(es)</source>
        <translation>
            <numerusform>لم يُستبدل شيء</numerusform>
            <numerusform>استُبدل تطابق واحد</numerusform>
            <numerusform>استُبدل تطابقان</numerusform>
            <numerusform>استُبدلت %n تطابقات</numerusform>
            <numerusform>استُبدل %n تطابقًا</numerusform>
            <numerusform>استُبدل %n تطابق</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) removed with their text</source>
        <translation>
            <numerusform>لم تُحذف أي وسوم</numerusform>
            <numerusform>حُذف وسم واحد مع نصه</numerusform>
            <numerusform>حُذف وسمان مع نصهما</numerusform>
            <numerusform>حُذفت %n وسوم مع نصوصها</numerusform>
            <numerusform>حُذف %n وسمًا مع نصوصها</numerusform>
            <numerusform>حُذف %n وسم مع نصوصها</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find and replace</source>
        <translation>البحث والاستبدال</translation>
    </message>
    <message>
        <source>Find in the release</source>
        <translation>البحث في البيان</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>مطابقة حالة الأ&amp;حرف</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;كلمات كاملة</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>ت&amp;عبير نمطي</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <source>Find status</source>
        <translation>حالة البحث</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>إغلاق شريط البحث (مفتاح الهروب)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>إغلاق شريط البحث</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>استبدال بـ</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>ا&amp;ستبدال</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>استبدال ال&amp;كل</translation>
    </message>
</context>
<context>
    <name>FolderDialogs</name>
    <message>
        <source>Folder to validate</source>
        <translation>المجلد المراد التحقق منه</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>JSON report (*.json);;HTML report (*.html);;CSV report (*.csv);;XML report (*.xml)</source>
        <translation>تقرير JSON (*.json);;تقرير HTML (*.html);;تقرير CSV (*.csv);;تقرير XML (*.xml)</translation>
    </message>
</context>
<context>
    <name>FolderValidation</name>
    <message>
        <source>Validate &amp;Folder…</source>
        <translation>التحقق من &amp;مجلد…</translation>
    </message>
    <message>
        <source>Check a folder of XML submissions and open each failing file</source>
        <translation>فحص مجلد من ملفات XML المرسلة وفتح كل ملف فيه خطأ</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Release form</source>
        <translation>استمارة البيان الصحفي</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>العنوان الرئيسي</translation>
    </message>
    <message>
        <source>Headline length</source>
        <translation>طول العنوان الرئيسي</translation>
    </message>
    <message>
        <source>&amp;Headline</source>
        <translation>العنوان الرئيسي</translation>
    </message>
    <message>
        <source>Subheadline</source>
        <translation>العنوان الفرعي</translation>
    </message>
    <message>
        <source>&amp;Subheadline</source>
        <translation>العنوان الفرعي</translation>
    </message>
    <message>
        <source>B&amp;yline</source>
        <translation>اسم الكاتب</translation>
    </message>
    <message>
        <source>&amp;Dateline</source>
        <translation>سطر التاريخ</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>Release number as printed, e.g. 2024/17</source>
        <translation>رقم البيان كما طُبع، مثل 2024/17</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>E&amp;mbargo</source>
        <translation>الحظر</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>A language tag such as en, fr, ar or zh-Hans</source>
        <translation>وسم لغة مثل en أو fr أو ar أو zh-Hans</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Empty: the briefing note uses the lead paragraph</source>
        <translation>فارغ: تستخدم المذكرة الإعلامية الفقرة الأولى</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Move paragraph up</source>
        <translation>نقل الفقرة إلى الأعلى</translation>
    </message>
    <message>
        <source>Move paragraph down</source>
        <translation>نقل الفقرة إلى الأسفل</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>المتن</translation>
    </message>
    <message>
        <source>Photo credits</source>
        <translation>حقوق الصور</translation>
    </message>
    <message>
        <source>&amp;Photo credits</source>
        <translation>حقوق الصور</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>&amp;Notes to editors / About</source>
        <translation>ملاحظات للمحررين / نبذة</translation>
    </message>
    <message>
        <source>&amp;Keywords</source>
        <translation>الكلمات المفتاحية</translation>
    </message>
    <message>
        <source>Su&amp;bjects</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>العنوان الرئيسي</translation>
    </message>
    <message>
        <source>subheadline</source>
        <translation>العنوان الفرعي</translation>
    </message>
    <message>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>photo credits</source>
        <translation>حقوق الصور</translation>
    </message>
    <message>
        <source>reference number</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>الملخص</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>لا أحرف</numerusform>
            <numerusform>حرف واحد</numerusform>
            <numerusform>حرفان</numerusform>
            <numerusform>%n أحرف</numerusform>
            <numerusform>%n حرفًا</numerusform>
            <numerusform>%n حرف</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit language</source>
        <translation>تعديل اللغة</translation>
    </message>
    <message>
        <source>Edit status</source>
        <translation>تعديل الحالة</translation>
    </message>
    <message>
        <source>paragraph {number}: {message}</source>
        <translation>الفقرة {number}: {message}</translation>
    </message>
</context>
<context>
    <name>HeadlineEdit</name>
    <message>
        <source>&amp;Tag</source>
        <translation>وسم</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <source>Open the guides for editors, officers and archivists</source>
        <translation>فتح أدلة المحررين ومسؤولي الإعلام وأمناء الأرشيف</translation>
    </message>
    <message>
        <source>&amp;About Release Desk</source>
        <translation>حول Release Desk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Cannot open the user guide</source>
        <translation>تعذّر فتح دليل المستخدم</translation>
    </message>
    <message>
        <source>{path}: the user guide is missing; reinstall Release Desk</source>
        <translation>{path}: دليل المستخدم مفقود؛ أعد تثبيت Release Desk</translation>
    </message>
    <message>
        <source>No program on this computer opened {path}</source>
        <translation>لم يفتح أي برنامج على هذا الحاسوب {path}</translation>
    </message>
    <message>
        <source>An editor&apos;s desk for press releases: structure, tag, validate and export.</source>
        <translation>مكتب تحرير للبيانات الصحفية: هيكلة ووسم وتحقق وتصدير.</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>الترخيص: {licence}</translation>
    </message>
    <message>
        <source>Standards and examples used by Release Desk:</source>
        <translation>المعايير والأمثلة التي يستخدمها Release Desk:</translation>
    </message>
    <message>
        <source>About Release Desk</source>
        <translation>حول Release Desk</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>Opened {name}: %n line(s) left out — View &gt; Import Source</source>
        <translation>
            <numerusform>فُتح {name}: لم يُترك أي سطر — عرض &gt; مصدر الاستيراد</numerusform>
            <numerusform>فُتح {name}: تُرك سطر واحد — عرض &gt; مصدر الاستيراد</numerusform>
            <numerusform>فُتح {name}: تُرك سطران — عرض &gt; مصدر الاستيراد</numerusform>
            <numerusform>فُتح {name}: تُركت %n أسطر — عرض &gt; مصدر الاستيراد</numerusform>
            <numerusform>فُتح {name}: تُرك %n سطرًا — عرض &gt; مصدر الاستيراد</numerusform>
            <numerusform>فُتح {name}: تُرك %n سطر — عرض &gt; مصدر الاستيراد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>Import Source</source>
        <translation>مصدر الاستيراد</translation>
    </message>
    <message>
        <source>Import &amp;Source</source>
        <translation>&amp;مصدر الاستيراد</translation>
    </message>
    <message>
        <source>The lines of the imported text or Word file, with the label each got</source>
        <translation>أسطر ملف النص أو Word المستورد، مع التسمية التي نالها كل سطر</translation>
    </message>
    <message>
        <source>Label line {number} as {label}</source>
        <translation>تسمية السطر {number} بـ {label}</translation>
    </message>
    <message>
        <source>Relabelled, but the correction was not kept for learning: {error}</source>
        <translation>تغيّرت التسمية، لكن التصحيح لم يُحفظ للتعلم: {error}</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>subheadline</source>
        <translation>العنوان الفرعي</translation>
    </message>
    <message>
        <source>dateline</source>
        <translation>سطر المكان والتاريخ</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>سطر الكاتب</translation>
    </message>
    <message>
        <source>body</source>
        <translation>المتن</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>boilerplate</source>
        <translation>النص التعريفي</translation>
    </message>
    <message>
        <source>photo credit</source>
        <translation>حقوق الصورة</translation>
    </message>
    <message>
        <source>embargo</source>
        <translation>حظر النشر</translation>
    </message>
    <message>
        <source>release number</source>
        <translation>رقم البيان</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>تجاهل</translation>
    </message>
</context>
<context>
    <name>KeywordsEditor</name>
    <message>
        <source>Keywords</source>
        <translation>الكلمات المفتاحية</translation>
    </message>
    <message>
        <source>Type a keyword, then a comma or Enter</source>
        <translation>اكتب كلمة مفتاحية ثم فاصلة أو مفتاح الإدخال</translation>
    </message>
    <message>
        <source>Keyword {word}: remove</source>
        <translation>الكلمة المفتاحية {word}: إزالة</translation>
    </message>
    <message>
        <source>Remove the keyword “{word}”</source>
        <translation>إزالة الكلمة المفتاحية «{word}»</translation>
    </message>
    <message>
        <source>Edit keywords</source>
        <translation>تعديل الكلمات المفتاحية</translation>
    </message>
    <message>
        <source>Add keyword</source>
        <translation>إضافة كلمة مفتاحية</translation>
    </message>
    <message>
        <source>Remove keyword {word}</source>
        <translation>إزالة الكلمة المفتاحية {word}</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>مؤسسة</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>مكان</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>مبادرة</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>موضوع</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Takes effect when Release Desk restarts</source>
        <translation>يسري عند إعادة تشغيل Release Desk</translation>
    </message>
    <message>
        <source>The new language takes effect when you restart Release Desk</source>
        <translation>تسري اللغة الجديدة عند إعادة تشغيل Release Desk</translation>
    </message>
</context>
<context>
    <name>Learning</name>
    <message>
        <source>Learning from your corrections</source>
        <translation>التعلم من تصحيحاتك</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>الا&amp;ستيراد</translation>
    </message>
    <message>
        <source>&amp;Learn from My Corrections</source>
        <translation>&amp;التعلم من تصحيحاتي</translation>
    </message>
    <message>
        <source>Train the importer on the shipped examples and the lines you labelled in Import Source, and use it from now on</source>
        <translation>تدريب أداة الاستيراد على الأمثلة المرفقة والأسطر التي سمّيتها في مصدر الاستيراد، واستخدامها من الآن</translation>
    </message>
    <message>
        <source>&amp;Reset to the Shipped Model</source>
        <translation>ال&amp;عودة إلى النموذج المرفق</translation>
    </message>
    <message>
        <source>Forget what was learned; your corrections stay kept</source>
        <translation>نسيان ما تم تعلمه؛ تبقى تصحيحاتك محفوظة</translation>
    </message>
    <message>
        <source>Imports use the shipped model</source>
        <translation>الاستيرادات تستخدم النموذج المرفق</translation>
    </message>
    <message>
        <source>Imports use the shipped model again; your corrections are kept</source>
        <translation>الاستيرادات تستخدم النموذج المرفق مجددًا؛ تصحيحاتك محفوظة</translation>
    </message>
    <message>
        <source>Learning from your corrections…</source>
        <translation>جارٍ التعلم من تصحيحاتك…</translation>
    </message>
    <message>
        <source>Could not learn from your corrections: {error}</source>
        <translation>تعذّر التعلم من تصحيحاتك: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n corrected release(s): the next imports use it</source>
        <translation>
            <numerusform>لا بيانات مصححة للتعلم منها</numerusform>
            <numerusform>تعلّم من بيان مصحح واحد: الاستيرادات التالية تستخدمه</numerusform>
            <numerusform>تعلّم من بيانين مصححين: الاستيرادات التالية تستخدمه</numerusform>
            <numerusform>تعلّم من %n بيانات مصححة: الاستيرادات التالية تستخدمه</numerusform>
            <numerusform>تعلّم من %n بيانًا مصححًا: الاستيرادات التالية تستخدمه</numerusform>
            <numerusform>تعلّم من %n بيان مصحح: الاستيرادات التالية تستخدمه</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveValidator</name>
    <message>
        <source>Validation could not run: {error}</source>
        <translation>تعذّر إجراء التحقق: {error}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Validation</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>Validation status</source>
        <translation>حالة التحقق</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Start an empty release</source>
        <translation>بدء بيان صحفي فارغ</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>فتح…</translation>
    </message>
    <message>
        <source>Open a release: text, XML, Word, NITF</source>
        <translation>فتح بيان صحفي: نص أو XML أو Word أو NITF</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the release</source>
        <translation>حفظ البيان الصحفي</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <source>Save under another name</source>
        <translation>الحفظ باسم آخر</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>إغلاق النافذة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Move Paragraph &amp;Up</source>
        <translation>نقل الفقرة إلى الأعلى</translation>
    </message>
    <message>
        <source>Move Paragraph &amp;Down</source>
        <translation>نقل الفقرة إلى الأسفل</translation>
    </message>
    <message>
        <source>&amp;Validate Now</source>
        <translation>التحقق الآن</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح ملف حديث</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>لا ملفات حديثة</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>صالح</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>لا أخطاء</numerusform>
            <numerusform>خطأ واحد</numerusform>
            <numerusform>خطآن</numerusform>
            <numerusform>%n أخطاء</numerusform>
            <numerusform>%n خطأً</numerusform>
            <numerusform>%n خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>لا تحذيرات</numerusform>
            <numerusform>تحذير واحد</numerusform>
            <numerusform>تحذيران</numerusform>
            <numerusform>%n تحذيرات</numerusform>
            <numerusform>%n تحذيرًا</numerusform>
            <numerusform>%n تحذير</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message>
        <source>Note block {number}</source>
        <translation>كتلة الملاحظات {number}</translation>
    </message>
    <message>
        <source>Note block {number} heading</source>
        <translation>عنوان كتلة الملاحظات {number}</translation>
    </message>
    <message>
        <source>Heading, e.g. About the organisation (may stay empty)</source>
        <translation>العنوان، مثل نبذة عن الجهة (يجوز تركه فارغًا)</translation>
    </message>
    <message>
        <source>Note block {number} paragraphs</source>
        <translation>فقرات كتلة الملاحظات {number}</translation>
    </message>
    <message>
        <source>One paragraph per line</source>
        <translation>فقرة واحدة في كل سطر</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <source>Move note block {number} up</source>
        <translation>نقل كتلة الملاحظات {number} إلى الأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <source>Move note block {number} down</source>
        <translation>نقل كتلة الملاحظات {number} إلى الأسفل</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove note block {number}</source>
        <translation>إزالة كتلة الملاحظات {number}</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>No notes to editors yet.</source>
        <translation>لا ملاحظات للمحررين بعد.</translation>
    </message>
    <message>
        <source>Add note block</source>
        <translation>إضافة كتلة ملاحظات</translation>
    </message>
    <message>
        <source>Remove note block {number}</source>
        <translation>إزالة كتلة الملاحظات {number}</translation>
    </message>
    <message>
        <source>Move note block {number} up</source>
        <translation>نقل كتلة الملاحظات {number} إلى الأعلى</translation>
    </message>
    <message>
        <source>Move note block {number} down</source>
        <translation>نقل كتلة الملاحظات {number} إلى الأسفل</translation>
    </message>
    <message>
        <source>Edit notes to editors</source>
        <translation>تعديل الملاحظات للمحررين</translation>
    </message>
</context>
<context>
    <name>OfficeRenderer</name>
    <message>
        <source> and </source>
        <translation> و</translation>
    </message>
    <message>
        <source>Cannot render: {programs} not installed</source>
        <translation>تعذّر العرض: {programs} غير مثبّت</translation>
    </message>
    <message>
        <source>LibreOffice could not convert the note</source>
        <translation>تعذّر على LibreOffice تحويل المذكرة</translation>
    </message>
    <message>
        <source>pdftoppm could not draw the page</source>
        <translation>تعذّر على pdftoppm رسم الصفحة</translation>
    </message>
    <message>
        <source>Cannot render: LibreOffice wrote no page</source>
        <translation>تعذّر العرض: لم يكتب LibreOffice أي صفحة</translation>
    </message>
    <message>
        <source>Cannot render: {error}</source>
        <translation>تعذّر العرض: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Cannot render: LibreOffice took longer than %n minute(s)</source>
        <translation>
            <numerusform>تعذّر العرض: استغرق LibreOffice وقتًا طويلًا</numerusform>
            <numerusform>تعذّر العرض: استغرق LibreOffice أكثر من دقيقة</numerusform>
            <numerusform>تعذّر العرض: استغرق LibreOffice أكثر من دقيقتين</numerusform>
            <numerusform>تعذّر العرض: استغرق LibreOffice أكثر من %n دقائق</numerusform>
            <numerusform>تعذّر العرض: استغرق LibreOffice أكثر من %n دقيقة</numerusform>
            <numerusform>تعذّر العرض: استغرق LibreOffice أكثر من %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot render: {program} did not start</source>
        <translation>تعذّر العرض: لم يبدأ {program}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Print the release laid out for reading</source>
        <translation>طباعة البيان بتنسيق مريح للقراءة</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>&amp;تصدير PDF…</translation>
    </message>
    <message>
        <source>Save the release laid out for reading as a PDF file</source>
        <translation>حفظ البيان بتنسيق القراءة كملف PDF</translation>
    </message>
    <message>
        <source>Export &amp;Briefing Note as PDF…</source>
        <translation>تصدير &amp;مذكرة الإحاطة بصيغة PDF…</translation>
    </message>
    <message>
        <source>Save the briefing note as PDF (made by LibreOffice)</source>
        <translation>حفظ مذكرة الإحاطة بصيغة PDF (يُنشئها LibreOffice)</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>أُرسل إلى الطابعة</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message>
        <source>{path}: {error}</source>
        <translation>{path}: {error}</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>تم تصدير {name}</translation>
    </message>
    <message>
        <source>Cannot export the briefing note as PDF</source>
        <translation>تعذّر تصدير مذكرة الإحاطة بصيغة PDF</translation>
    </message>
    <message>
        <source>LibreOffice is not installed; {hint}.</source>
        <translation>LibreOffice غير مثبت؛ {hint}.</translation>
    </message>
    <message>
        <source>LibreOffice is making the briefing note&apos;s PDF…</source>
        <translation>يُنشئ LibreOffice ملف PDF لمذكرة الإحاطة…</translation>
    </message>
</context>
<context>
    <name>QT_LAYOUT_DIRECTION</name>
    <message>
        <source>LTR</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages</comment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>valid</source>
        <translation>صالح</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>غير صالح</translation>
    </message>
    <message>
        <source>not-well-formed</source>
        <translation>غير سليم البنية</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>غير مقروء</translation>
    </message>
    <message>
        <source>refused (unsafe)</source>
        <translation>مرفوض (غير آمن)</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>غير مفحوص</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>الأخطاء</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>التحذيرات</translation>
    </message>
    <message>
        <source>First issue</source>
        <translation>أول مشكلة</translation>
    </message>
    <message>
        <source>{severity}: {message}</source>
        <translation>{severity}: {message}</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>السطر {line}: {message}</translation>
    </message>
</context>
<context>
    <name>Revisions</name>
    <message>
        <source>Re&amp;visions…</source>
        <translation>&amp;النسخ…</translation>
    </message>
    <message>
        <source>Compare or restore the saved revisions of this release</source>
        <translation>مقارنة النسخ المحفوظة من هذا البيان أو استعادتها</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>مقارنة م&amp;ع…</translation>
    </message>
    <message>
        <source>Compare the open release with another release file</source>
        <translation>مقارنة البيان المفتوح بملف بيان آخر</translation>
    </message>
    <message>
        <source>Saved, but the revision was not recorded: {error}</source>
        <translation>تم الحفظ، لكن لم تُسجَّل النسخة: {error}</translation>
    </message>
    <message>
        <source>Cannot open the revisions</source>
        <translation>تعذّر فتح النسخ</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>تعذّرت المقارنة</translation>
    </message>
    <message>
        <source>the revision of {time}</source>
        <translation>نسخة {time}</translation>
    </message>
    <message>
        <source>the current text</source>
        <translation>النص الحالي</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>تعذّرت الاستعادة</translation>
    </message>
    <message>
        <source>Restore revision of {time}</source>
        <translation>استعادة نسخة {time}</translation>
    </message>
    <message>
        <source>Restored the revision of {time}; Undo takes it back</source>
        <translation>تمت استعادة نسخة {time}؛ التراجع يلغي ذلك</translation>
    </message>
    <message>
        <source>Compare with {name}</source>
        <translation>المقارنة مع {name}</translation>
    </message>
    <message>
        <source>the open release</source>
        <translation>البيان المفتوح</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Revisions</source>
        <translation>النسخ</translation>
    </message>
    <message>
        <source>Saved revisions</source>
        <translation>النسخ المحفوظة</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>تاريخ الحفظ</translation>
    </message>
    <message>
        <source>Words changed</source>
        <translation>الكلمات المعدلة</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;مقارنة</translation>
    </message>
    <message>
        <source>&amp;Restore This Revision</source>
        <translation>ا&amp;ستعادة هذه النسخة</translation>
    </message>
    <message>
        <source>No revisions yet: every save of this release records one.</source>
        <translation>لا توجد نسخ بعد: كل حفظ لهذا البيان يسجّل نسخة.</translation>
    </message>
    <message>
        <source>Compare shows what changed from the older to the newer revision.</source>
        <translation>تعرض المقارنة ما تغيّر من النسخة الأقدم إلى الأحدث.</translation>
    </message>
    <message>
        <source>Select a revision to compare it with the current text, or two to compare them with each other.</source>
        <translation>اختر نسخة لمقارنتها بالنص الحالي، أو نسختين لمقارنتهما معًا.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message>
        <source>{path} (read-only) — Release Desk</source>
        <translation>{path} (للقراءة فقط) — Release Desk</translation>
    </message>
    <message>
        <source>Issues in this file</source>
        <translation>مشكلات هذا الملف</translation>
    </message>
    <message>
        <source>Source of the file</source>
        <translation>مصدر الملف</translation>
    </message>
    <message>
        <source>line {line}: </source>
        <translation>السطر {line}: </translation>
    </message>
    <message>
        <source>{path} cannot be shown. {problem}</source>
        <translation>لا يمكن عرض {path}. {problem}</translation>
    </message>
    <message>
        <source>Line {line} is beyond what is shown.</source>
        <translation>السطر {line} خارج الجزء المعروض.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>هذا مجلد وليس ملفًا.</translation>
    </message>
    <message>
        <source>This is not an ordinary file (a pipe or a device), so it is not read.</source>
        <translation>هذا ليس ملفًا عاديًا (أنبوب أو جهاز)، لذلك لا تتم قراءته.</translation>
    </message>
    <message>
        <source>The file is not there any more (moved, deleted, or a broken link).</source>
        <translation>الملف لم يعد موجودًا (نُقل أو حُذف أو رابط معطّل).</translation>
    </message>
    <message>
        <source>You may not read this file: check its permissions.</source>
        <translation>لا يُسمح لك بقراءة هذا الملف: تحقق من أذوناته.</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}</source>
        <translation>تعذّرت قراءة الملف: {error}</translation>
    </message>
    <message>
        <source>This file holds binary data, not text, so it cannot be shown.</source>
        <translation>يحتوي هذا الملف على بيانات ثنائية وليس نصًا، لذلك لا يمكن عرضه.</translation>
    </message>
    <message>
        <source>Only the first {shown} MiB of this {size} MiB file are shown.</source>
        <translation>تُعرض أول {shown} م.ب فقط من هذا الملف البالغ {size} م.ب.</translation>
    </message>
    <message>
        <source>Some bytes are not valid {encoding} and are shown as �.</source>
        <translation>بعض البايتات ليست بترميز {encoding} صالح وتُعرض على شكل �.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>Import Source</source>
        <translation>مصدر الاستيراد</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Imported lines</source>
        <translation>الأسطر المستوردة</translation>
    </message>
    <message>
        <source>The open release was not imported from a text or Word file. Open a text or Word release to see its lines and their labels.</source>
        <translation>البيان المفتوح لم يُستورد من ملف نص أو Word. افتح بيانًا نصيًا أو بيان Word لترى أسطره وتسمياتها.</translation>
    </message>
    <message>
        <source>{lines} lines, {left_out} left out (in no field). Right-click a line to give it another label.</source>
        <translation>{lines} سطرًا، تُرك منها {left_out} (في أي حقل). انقر بالزر الأيمن على سطر لتمنحه تسمية أخرى.</translation>
    </message>
    <message>
        <source>{label} · left out</source>
        <translation>{label} · متروك</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>حددتَها أنت</translation>
    </message>
    <message>
        <source>Label as</source>
        <translation>تسمية بـ</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>Check &amp;Spelling as You Type</source>
        <translation>التدقيق الإ&amp;ملائي أثناء الكتابة</translation>
    </message>
    <message>
        <source>Underline unknown words; right-click one for suggestions</source>
        <translation>تسطير الكلمات غير المعروفة؛ انقر بالزر الأيمن على إحداها لرؤية الاقتراحات</translation>
    </message>
    <message>
        <source>{language} is not spell checked: its words are not separated by spaces</source>
        <translation>لا يُدقَّق {language} إملائيًا: كلماته غير مفصولة بمسافات</translation>
    </message>
    <message>
        <source>No spelling dictionary is known for {language}; spell checking is off</source>
        <translation>لا يُعرف قاموس إملائي لـ{language}؛ التدقيق الإملائي متوقف</translation>
    </message>
    <message>
        <source>No spelling dictionary for {language}: install the package {package} and reopen the release</source>
        <translation>لا يوجد قاموس إملائي لـ{language}: ثبّت الحزمة {package} ثم أعد فتح البيان</translation>
    </message>
</context>
<context>
    <name>SpellingMenus</name>
    <message>
        <source>(No Suggestions)</source>
        <translation>(لا اقتراحات)</translation>
    </message>
    <message>
        <source>&amp;Ignore All</source>
        <translation>تجا&amp;هل الكل</translation>
    </message>
    <message>
        <source>&amp;Add to Dictionary</source>
        <translation>إ&amp;ضافة إلى القاموس</translation>
    </message>
    <message>
        <source>Cannot add to the dictionary</source>
        <translation>تعذّرت الإضافة إلى القاموس</translation>
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
        <translation>تعذّر تحميل المواضيع</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n subject(s) from {name}</source>
        <translation>
            <numerusform>لم يُحمَّل أي موضوع من {name}</numerusform>
            <numerusform>حُمِّل موضوع واحد من {name}</numerusform>
            <numerusform>حُمِّل موضوعان من {name}</numerusform>
            <numerusform>حُمِّلت %n مواضيع من {name}</numerusform>
            <numerusform>حُمِّل %n موضوعًا من {name}</numerusform>
            <numerusform>حُمِّل %n موضوع من {name}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubjectsPicker</name>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Load subjects…</source>
        <translation>تحميل مواضيع…</translation>
    </message>
    <message>
        <source>Load subjects</source>
        <translation>تحميل مواضيع</translation>
    </message>
    <message>
        <source>Add the subjects of a CSV or SKOS vocabulary to this list</source>
        <translation>إضافة مواضيع مفردات CSV أو SKOS إلى هذه القائمة</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>لم يُختر شيء</translation>
    </message>
    <message>
        <source>Add subject {label}</source>
        <translation>إضافة الموضوع {label}</translation>
    </message>
    <message>
        <source>Remove subject {label}</source>
        <translation>إزالة الموضوع {label}</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Could not suggest tags: {error}</source>
        <translation>تعذّر اقتراح وسوم: {error}</translation>
    </message>
    <message>
        <source>&amp;Suggest Tags</source>
        <translation>اقتراح وسوم</translation>
    </message>
    <message>
        <source>Propose tags for the release from the vocabularies, offline</source>
        <translation>اقتراح وسوم للبيان من المفردات، دون اتصال</translation>
    </message>
    <message>
        <source>Load &amp;Vocabulary…</source>
        <translation>تحميل مفردات…</translation>
    </message>
    <message>
        <source>Add a CSV or SKOS vocabulary to the suggestions</source>
        <translation>إضافة مفردات CSV أو SKOS إلى الاقتراحات</translation>
    </message>
    <message>
        <source>Press Suggest to have tags proposed.</source>
        <translation>اضغط «اقتراح» لتُقترح عليك وسوم.</translation>
    </message>
    <message>
        <source>Suggested tags</source>
        <translation>الوسوم المقترحة</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>اقتراح</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>قبول الكل</translation>
    </message>
    <message>
        <source>Looking for names, places and initiatives…</source>
        <translation>جارٍ البحث عن الأسماء والأماكن والمبادرات…</translation>
    </message>
    <message>
        <source>Cannot load the vocabulary</source>
        <translation>تعذّر تحميل المفردات</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n term(s) from {name}. Press Suggest to use them.</source>
        <translation>
            <numerusform>لم يُحمَّل أي مصطلح من {name}.</numerusform>
            <numerusform>حُمِّل مصطلح واحد من {name}. اضغط «اقتراح» لاستخدامه.</numerusform>
            <numerusform>حُمِّل مصطلحان من {name}. اضغط «اقتراح» لاستخدامهما.</numerusform>
            <numerusform>حُمِّلت %n مصطلحات من {name}. اضغط «اقتراح» لاستخدامها.</numerusform>
            <numerusform>حُمِّل %n مصطلحًا من {name}. اضغط «اقتراح» لاستخدامها.</numerusform>
            <numerusform>حُمِّل %n مصطلح من {name}. اضغط «اقتراح» لاستخدامها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposed by the {rule} rule</source>
        <translation>اقترحتها القاعدة {rule}</translation>
    </message>
    <message>
        <source>; reference {ref}</source>
        <translation>؛ المرجع {ref}</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>لا اقتراحات</numerusform>
            <numerusform>اقتراح واحد</numerusform>
            <numerusform>اقتراحان</numerusform>
            <numerusform>%n اقتراحات</numerusform>
            <numerusform>%n اقتراحًا</numerusform>
            <numerusform>%n اقتراح</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing more to suggest.</source>
        <translation>لا شيء آخر لاقتراحه.</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>قبول الاقتراح</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>قبول لا شيء</numerusform>
            <numerusform>قبول اقتراح واحد</numerusform>
            <numerusform>قبول اقتراحين</numerusform>
            <numerusform>قبول %n اقتراحات</numerusform>
            <numerusform>قبول %n اقتراحًا</numerusform>
            <numerusform>قبول %n اقتراح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) no longer fit the text and were dropped.</source>
        <translation>
            <numerusform>لم يُستبعد أي اقتراح.</numerusform>
            <numerusform>استُبعد اقتراح واحد لم يعد يطابق النص.</numerusform>
            <numerusform>استُبعد اقتراحان لم يعودا يطابقان النص.</numerusform>
            <numerusform>استُبعدت %n اقتراحات لم تعد تطابق النص.</numerusform>
            <numerusform>استُبعد %n اقتراحًا لم تعد تطابق النص.</numerusform>
            <numerusform>استُبعد %n اقتراح لم تعد تطابق النص.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>New from Template</source>
        <translation>جديد من قالب</translation>
    </message>
    <message>
        <source>&amp;Create Release</source>
        <translation>إنشاء البيان</translation>
    </message>
    <message>
        <source>Start a release with a template&apos;s language, place, contacts and notes:</source>
        <translation>ابدأ بيانًا بلغة القالب ومكانه وجهات الاتصال والملاحظات فيه:</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>“{name}” cannot be a template name: give it a name with letters or digits</source>
        <translation>لا يصلح «{name}» اسمًا لقالب: اختر اسمًا فيه حروف أو أرقام</translation>
    </message>
    <message>
        <source>{path}: the template cannot be read: {error}</source>
        <translation>{path}: تتعذّر قراءة القالب: {error}</translation>
    </message>
    <message>
        <source>{path}: the template cannot be written: {error}</source>
        <translation>{path}: تتعذّر كتابة القالب: {error}</translation>
    </message>
    <message>
        <source>“{name}” ships with Release Desk and cannot be renamed; open it and save it as a template of your own instead</source>
        <translation>«{name}» مرفق مع Release Desk ولا يمكن تغيير اسمه؛ افتحه واحفظه قالبًا خاصًا بك</translation>
    </message>
    <message>
        <source>{path}: a template of that name exists; choose another name or delete it first</source>
        <translation>{path}: يوجد قالب بهذا الاسم؛ اختر اسمًا آخر أو احذفه أولًا</translation>
    </message>
    <message>
        <source>{path}: cannot rename the template: {error}</source>
        <translation>{path}: تعذّر تغيير اسم القالب: {error}</translation>
    </message>
    <message>
        <source>“{name}” ships with Release Desk and cannot be deleted</source>
        <translation>«{name}» مرفق مع Release Desk ولا يمكن حذفه</translation>
    </message>
    <message>
        <source>{path}: cannot delete the template: {error}</source>
        <translation>{path}: تعذّر حذف القالب: {error}</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>New from &amp;Template…</source>
        <translation>جديد من قالب…</translation>
    </message>
    <message>
        <source>Start a release with an organisation&apos;s contacts, place and notes</source>
        <translation>ابدأ بيانًا بجهات اتصال جهةٍ ومكانها وملاحظاتها</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>القوالب…</translation>
    </message>
    <message>
        <source>Save the open release as a template; rename, delete, choose the one File &gt; New starts from</source>
        <translation>احفظ البيان المفتوح قالبًا؛ أعد التسمية أو احذف أو اختر ما يبدأ منه ملف &gt; جديد</translation>
    </message>
    <message>
        <source>Cannot use the template</source>
        <translation>تعذّر استخدام القالب</translation>
    </message>
    <message>
        <source>My template</source>
        <translation>قالبي</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>حفظ كقالب</translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation>تعذّر حفظ القالب</translation>
    </message>
    <message>
        <source>Saved the template “{name}”</source>
        <translation>حُفظ القالب «{name}»</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>إعادة تسمية القالب</translation>
    </message>
    <message>
        <source>Cannot rename the template</source>
        <translation>تعذّرت إعادة تسمية القالب</translation>
    </message>
    <message>
        <source>Cannot delete the template</source>
        <translation>تعذّر حذف القالب</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Templates</source>
        <translation>القوالب</translation>
    </message>
    <message>
        <source>&amp;Save Open Release as Template…</source>
        <translation>حفظ البيان المفتوح كقالب…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>إعادة التسمية…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Use for File &gt; &amp;New</source>
        <translation>استخدامه لـ ملف &gt; جديد</translation>
    </message>
    <message>
        <source>File &gt; New Starts &amp;Empty</source>
        <translation>ملف &gt; جديد يبدأ فارغًا</translation>
    </message>
    <message>
        <source>Examples that ship with Release Desk cannot be renamed or deleted.</source>
        <translation>لا يمكن إعادة تسمية الأمثلة المرفقة بـ Release Desk أو حذفها.</translation>
    </message>
    <message>
        <source>File &gt; New starts from “{name}”.</source>
        <translation>ملف &gt; جديد يبدأ من «{name}».</translation>
    </message>
    <message>
        <source>File &gt; New starts an empty release.</source>
        <translation>ملف &gt; جديد ينشئ بيانًا فارغًا.</translation>
    </message>
</context>
<context>
    <name>ValidateFolderWindow</name>
    <message>
        <source>Automatic (by namespace)</source>
        <translation>تلقائي (حسب مساحة الاسم)</translation>
    </message>
    <message>
        <source>Validate Folder — Release Desk</source>
        <translation>التحقق من مجلد — Release Desk</translation>
    </message>
    <message>
        <source>Folder of XML submissions</source>
        <translation>مجلد ملفات XML المرسلة</translation>
    </message>
    <message>
        <source>Folder to validate</source>
        <translation>المجلد المراد التحقق منه</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>Validation profile</source>
        <translation>ملف التحقق الشخصي</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;تحقق</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>ال&amp;مجلد:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>ال&amp;ملف الشخصي:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Choose a folder and press Validate.</source>
        <translation>اختر مجلدًا ثم اضغط تحقق.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>كل الملفات</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>المشكلات فقط</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>صالح</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>غير صالح</translation>
    </message>
    <message>
        <source>Not well-formed</source>
        <translation>غير سليم البنية</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>غير مقروء</translation>
    </message>
    <message>
        <source>Refused (unsafe)</source>
        <translation>المرفوضة (غير آمنة)</translation>
    </message>
    <message>
        <source>Unchecked</source>
        <translation>غير المفحوصة</translation>
    </message>
    <message>
        <source>Filter by file name</source>
        <translation>تصفية حسب اسم الملف</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;حفظ التقرير…</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Most frequent issues</source>
        <translation>المشكلات الأكثر تكرارًا</translation>
    </message>
    <message>
        <source>The profile catalog was not loaded: {error}</source>
        <translation>لم يُحمَّل فهرس الملفات الشخصية: {error}</translation>
    </message>
    <message>
        <source>That is not a folder; choose one with Choose….</source>
        <translation>هذا ليس مجلدًا؛ اختر مجلدًا بزر اختيار….</translation>
    </message>
    <message>
        <source>Looking for XML files…</source>
        <translation>جارٍ البحث عن ملفات XML…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>سيتوقف بعد الدفعة الحالية…</translation>
    </message>
    <message>
        <source>The report was not saved: {error}</source>
        <translation>لم يُحفظ التقرير: {error}</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>حُفظ التقرير في {path}</translation>
    </message>
    <message>
        <source>{done} of {total} files checked — {rate} files/s</source>
        <translation>فُحص {done} من {total} ملفًا — {rate} ملف/ث</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Cancelled: {checked} of {total} files — {counts}</source>
        <translation>أُلغي: {checked} من {total} ملفًا — {counts}</translation>
    </message>
    <message>
        <source>Done: {checked} of {total} files — {counts}</source>
        <translation>اكتمل: {checked} من {total} ملفًا — {counts}</translation>
    </message>
    <message>
        <source>no files</source>
        <translation>لا ملفات</translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) came from the cache.</source>
        <translation>
            <numerusform>لم يأتِ أي حكم من ذاكرة التخزين المؤقت.</numerusform>
            <numerusform>أتى حكم واحد من ذاكرة التخزين المؤقت.</numerusform>
            <numerusform>أتى حكمان من ذاكرة التخزين المؤقت.</numerusform>
            <numerusform>أتت %n أحكام من ذاكرة التخزين المؤقت.</numerusform>
            <numerusform>أتى %n حكمًا من ذاكرة التخزين المؤقت.</numerusform>
            <numerusform>أتى %n حكم من ذاكرة التخزين المؤقت.</numerusform>
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
        <translation>العنوان الرئيسي</translation>
    </message>
    <message>
        <source>Subheadline</source>
        <translation>العنوان الفرعي</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>اسم الكاتب</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>سطر التاريخ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>المتن</translation>
    </message>
    <message>
        <source>Photo credits</source>
        <translation>حقوق الصور</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>الكلمات المفتاحية</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation>الحظر</translation>
    </message>
    <message>
        <source>Notes to editors</source>
        <translation>ملاحظات للمحررين</translation>
    </message>
    <message>
        <source>place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>title</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>معلومة</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>البيان الصحفي</translation>
    </message>
    <message>
        <source>Paragraph {number}</source>
        <translation>الفقرة {number}</translation>
    </message>
    <message>
        <source>Contact {number}</source>
        <translation>جهة الاتصال {number}</translation>
    </message>
    <message>
        <source>Validation issues</source>
        <translation>مشكلات التحقق</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Release status</source>
        <translation>حالة البيان</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>الحالة: {status}</translation>
    </message>
    <message>
        <source>{status} by {who}, {when}</source>
        <translation>{status} بواسطة {who}، {when}</translation>
    </message>
    <message>
        <source>Set status to {status}</source>
        <translation>تغيير الحالة إلى {status}</translation>
    </message>
    <message>
        <source>Approve release</source>
        <translation>اعتماد البيان</translation>
    </message>
    <message>
        <source>Approved by {who}</source>
        <translation>اعتمده {who}</translation>
    </message>
</context>
<context>
    <name>_Entry</name>
    <message>
        <source>New keyword</source>
        <translation>كلمة مفتاحية جديدة</translation>
    </message>
</context>
<context>
    <name>_TemplateList</name>
    <message>
        <source>Templates</source>
        <translation>القوالب</translation>
    </message>
    <message>
        <source>What the template holds</source>
        <translation>محتوى القالب</translation>
    </message>
    <message>
        <source>{name} (example)</source>
        <translation>{name} (مثال)</translation>
    </message>
    <message>
        <source>{name} — default for New</source>
        <translation>{name} — الافتراضي لـ جديد</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>اللغة: {language}</translation>
    </message>
    <message>
        <source>Dateline place: {place}</source>
        <translation>مكان سطر التاريخ: {place}</translation>
    </message>
    <message>
        <source>Organisation: {names}</source>
        <translation>الجهة: {names}</translation>
    </message>
    <message>
        <source>Contact: {contact}</source>
        <translation>جهة الاتصال: {contact}</translation>
    </message>
    <message>
        <source>Note: {heading}</source>
        <translation>ملاحظة: {heading}</translation>
    </message>
    <message>
        <source>No templates yet: open a release and use “Save Open Release as Template…” in Settings &gt; Templates.</source>
        <translation>لا قوالب بعد: افتح بيانًا واستخدم «حفظ البيان المفتوح كقالب…» في الإعدادات &gt; القوالب.</translation>
    </message>
</context>
</TS>
