<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name></name>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="320"/>
        <source>Intervju</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="320"/>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="321"/>
        <source>Webb</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="325"/>
        <source>[Planerat – ej tillgodoräknat] </source>
        <translation>[Planned – not credited] </translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="330"/>
        <source>Sida: </source>
        <translation>Page: </translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="332"/>
        <source>Planerat – ej tillgodoräknat: bara det som finns på plats ger poäng.</source>
        <translation>Planned – not credited: only what is in place earns points.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="334"/>
        <source>Dubbelklicka för att öppna källan.</source>
        <translation>Double-click to open the source.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="430"/>
        <source>Delområde</source>
        <translation>Sub-area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="430"/>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="430"/>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="430"/>
        <source>Varför</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <location filename="../../kompass_desktop/ui/backups.py" line="49"/>
        <source>Tagen</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/backups.py" line="49"/>
        <source>Storlek (MB)</source>
        <translation>Size (MB)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/backups.py" line="49"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../kompass_desktop/ui/backups.py" line="29"/>
        <source>Kopian är stor</source>
        <translation>The copy is large</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/backups.py" line="30"/>
        <source>Kopian %1 är %2 MB. Många e-postservrar tar inte emot bilagor över 10–25 MB: dela den hellre på ett USB-minne eller via en fildelningstjänst som din organisation godkänt.</source>
        <translation>The copy %1 is %2 MB. Many mail servers refuse attachments over 10–25 MB: share it on a USB stick or through a file-sharing service your organisation has approved instead.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/backups.py" line="36"/>
        <source>Kopian sparades</source>
        <translation>Copy saved</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/backups.py" line="37"/>
        <source>Kopian %1 är %2 MB och går att mejla.</source>
        <translation>The copy %1 is %2 MB and can be sent by e-mail.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../kompass_desktop/ui/backups.py" line="65"/>
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/backups.py" line="68"/>
        <source>Före varje sammanslagning sparas en kopia av din fil, utan mellanliggande sparningar, i programmets datamapp så att sammanslagningen kan ångras. För varje utvärdering sparas högst %1 kopior och högst %2 MB.</source>
        <translation>Before every merge a copy of your file, without its intermediate saves, is kept in the program&apos;s data folder so that the merge can be undone. At most %1 copies and at most %2 MB are kept per evaluation.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/backups.py" line="87"/>
        <source>Ta bort markerade</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/backups.py" line="89"/>
        <source>Ta bort alla</source>
        <translation>Delete all</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/backups.py" line="105"/>
        <source>Säkerhetskopior: %1, totalt %2 MB.</source>
        <translation>Backups: %1, %2 MB in all.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/backups.py" line="107"/>
        <source>Inga säkerhetskopior sparade.</source>
        <translation>No backups kept.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/backups.py" line="116"/>
        <source>Ta bort säkerhetskopior</source>
        <translation>Delete backups</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/backups.py" line="117"/>
        <source>En sammanslagning vars säkerhetskopia tas bort kan inte längre ångras. Ta bort?</source>
        <translation>A merge whose backup is deleted can no longer be undone. Delete?</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../kompass_desktop/ui/overview/chart.py" line="45"/>
        <source>Poäng per område</source>
        <translation>Points per area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/chart.py" line="66"/>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/chart.py" line="73"/>
        <source>Poäng</source>
        <translation>Points</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="103"/>
        <source>t.ex. 2021-06-14 (KF § 45)</source>
        <translation>e.g. 2021-06-14 (council § 45)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="105"/>
        <source>år</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="110"/>
        <source>t.ex. s. 4–7</source>
        <translation>e.g. pp. 4–7</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="113"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="113"/>
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="114"/>
        <source>Utfärdare</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="114"/>
        <source>Antagen</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="115"/>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="115"/>
        <source>Webbadress</source>
        <translation>Web address</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="116"/>
        <source>Sidhänvisningar</source>
        <translation>Page references</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="116"/>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="120"/>
        <source>År:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="122"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="123"/>
        <source>T&amp;yp:</source>
        <translation>K&amp;ind:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="124"/>
        <source>&amp;Utfärdare:</source>
        <translation>&amp;Issuer:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="125"/>
        <source>Antagen:</source>
        <translation>Adopted:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="126"/>
        <source>&amp;Webbadress:</source>
        <translation>&amp;Web address:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="127"/>
        <source>&amp;Sidor:</source>
        <translation>&amp;Pages:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="128"/>
        <source>Anteckningar:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="134"/>
        <location filename="../../kompass_desktop/ui/documents.py" line="236"/>
        <source>&amp;Bifoga fil…</source>
        <translation>&amp;Attach file…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="135"/>
        <source>Ö&amp;ppna fil</source>
        <translation>O&amp;pen file</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="141"/>
        <source>Utdrag som underlag</source>
        <translation>Excerpts as evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="144"/>
        <source>Utdrag ur dokumentet</source>
        <translation>Excerpts from the document</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="149"/>
        <location filename="../../kompass_desktop/ui/documents.py" line="306"/>
        <source>Nytt utdrag</source>
        <translation>New excerpt</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="150"/>
        <source>Klistra in eller skriv ett utdrag ur dokumentet…</source>
        <translation>Paste or type an excerpt from the document…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="155"/>
        <source>sida</source>
        <translation>page</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="156"/>
        <source>Sida</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="158"/>
        <source>Tagga &amp;utdrag…</source>
        <translation>Tag &amp;excerpt…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="159"/>
        <source>Spara utdraget som underlag för delområden (Ctrl+T)</source>
        <translation>Save the excerpt as evidence for sub-areas (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="160"/>
        <source>Sida:</source>
        <translation>Page:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="167"/>
        <source>Tagga utdrag</source>
        <translation>Tag excerpt</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="229"/>
        <source>Bifogad fil: %1 (%2)</source>
        <translation>Attached file: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="232"/>
        <source>&amp;Byt fil…</source>
        <translation>&amp;Replace file…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="234"/>
        <source>Ingen fil bifogad. Dra en fil hit eller välj ”Bifoga fil…”.</source>
        <translation>No file attached. Drop a file here or choose “Attach file…”.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="240"/>
        <source> s. %1</source>
        <translation> p. %1</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="245"/>
        <source>Inga utdrag ännu. Skriv ett utdrag nedan och tryck Ctrl+T.</source>
        <translation>No excerpts yet. Type an excerpt below and press Ctrl+T.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="254"/>
        <location filename="../../kompass_desktop/ui/documents.py" line="271"/>
        <source>Ändra dokument</source>
        <translation>Edit document</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="257"/>
        <source>Kan inte spara</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="275"/>
        <source>Bifoga fil</source>
        <translation>Attach file</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="276"/>
        <source>Alla filer (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="298"/>
        <source>Inget utdrag</source>
        <translation>No excerpt</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="298"/>
        <source>Skriv eller klistra in utdraget först.</source>
        <translation>Type or paste the excerpt first.</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="37"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="37"/>
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="37"/>
        <source>Utfärdare</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="37"/>
        <source>Antagen</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="38"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="38"/>
        <source>Underlag</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="50"/>
        <source>(utan titel)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="324"/>
        <location filename="../../kompass_desktop/ui/documents.py" line="336"/>
        <source>Dokument</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="326"/>
        <source>&amp;Nytt dokument</source>
        <translation>&amp;New document</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="327"/>
        <source>Lägg till &amp;filer…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="328"/>
        <location filename="../../kompass_desktop/ui/documents.py" line="413"/>
        <source>Ta bort dokument</source>
        <translation>Delete document</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="350"/>
        <source>Inga dokument ännu. Dra filer hit (t.ex. styrdokument som PDF), välj ”Lägg till filer…” eller skriv in en referens med ”Nytt dokument”.</source>
        <translation>No documents yet. Drop files here (e.g. steering documents as PDF), choose “Add files…” or enter a reference with “New document”.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="358"/>
        <source>Välj ett dokument i listan.</source>
        <translation>Choose a document in the list.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="402"/>
        <location filename="../../kompass_desktop/ui/documents.py" line="403"/>
        <source>Nytt dokument</source>
        <translation>New document</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="417"/>
        <location filename="../../kompass_desktop/ui/documents.py" line="448"/>
        <source>Lägg till dokument</source>
        <translation>Add document</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="418"/>
        <source>Alla filer (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="426"/>
        <source>Läser %1 …</source>
        <translation>Reading %1 …</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="427"/>
        <source>Bifogar fil</source>
        <translation>Attaching file</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="439"/>
        <source>Kan inte läsa filen</source>
        <translation>Cannot read the file</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="459"/>
        <source>Bifoga fil</source>
        <translation>Attach file</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="30"/>
        <source>Intervju</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="30"/>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="31"/>
        <source>Webbplats</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="34"/>
        <source>På plats</source>
        <translation>In place</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="34"/>
        <source>Planerat</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="40"/>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="308"/>
        <source>Underlag</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="40"/>
        <source>Delområden</source>
        <translation>Sub-areas</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="40"/>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="307"/>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="40"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="41"/>
        <source>Utvärderare</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="69"/>
        <source>, s. %1</source>
        <translation>, p. %1</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="92"/>
        <source>Ändra underlag</source>
        <translation>Edit evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="97"/>
        <source>Ändra status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="102"/>
        <source>Underlaget behöver minst ett delområde.</source>
        <translation>Evidence needs at least one sub-area.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="105"/>
        <source>Ändra taggar</source>
        <translation>Change tags</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="177"/>
        <location filename="../../kompass_desktop/ui/evidence.py" line="210"/>
        <source>Underlag</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="184"/>
        <source>Filtrera på område eller delområde</source>
        <translation>Filter by area or sub-area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="186"/>
        <source>Filtrera på källa</source>
        <translation>Filter by source</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="188"/>
        <source>Filtrera på status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="190"/>
        <source>Filtrera på utvärderare</source>
        <translation>Filter by evaluator</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="192"/>
        <source>Filtrera på text…</source>
        <translation>Filter by text…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="193"/>
        <source>Filtrera på text</source>
        <translation>Filter by text</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="195"/>
        <source>Alla källor</source>
        <translation>All sources</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="198"/>
        <source>Alla statusar</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="199"/>
        <source>På plats</source>
        <translation>In place</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="200"/>
        <source>Planerat</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="227"/>
        <source>Inget underlag ännu. Underlag skapas när du taggar ett stycke i en intervju (Ctrl+T), ett utdrag ur ett dokument eller en webbplatsobservation (knappen nedan).</source>
        <translation>No evidence yet. Evidence is created when you tag a passage in an interview (Ctrl+T), an excerpt from a document or a website observation (the button below).</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="229"/>
        <source>Inget underlag matchar filtret.</source>
        <translation>No evidence matches the filter.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="238"/>
        <source>Dubbelklicka eller börja skriva för att ändra text, delområden (t.ex. ”1.2, 3.4”) eller status.</source>
        <translation>Double-click or start typing to change the text, sub-areas (e.g. “1.2, 3.4”) or status.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="242"/>
        <source>Ny &amp;webbplatsobservation…</source>
        <translation>New &amp;website observation…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="243"/>
        <source>Underlag från kommunens webbplats: adress, vad du såg, delområden</source>
        <translation>Evidence from the municipality&apos;s website: address, what you saw, sub-areas</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="245"/>
        <source>&amp;Gå till källan</source>
        <translation>&amp;Go to source</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="246"/>
        <location filename="../../kompass_desktop/ui/evidence.py" line="380"/>
        <source>Ta bort underlag</source>
        <translation>Delete evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="265"/>
        <source>Ändringen sparades inte: %1</source>
        <translation>The change was not saved: %1</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="272"/>
        <source>Alla delområden</source>
        <translation>All sub-areas</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="285"/>
        <source>Alla utvärderare</source>
        <translation>All evaluators</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="318"/>
        <source>%1 av %2 visas</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="364"/>
        <source>Skriv vad du såg på webbplatsen.</source>
        <translation>Write what you saw on the website.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="371"/>
        <source>Ny webbplatsobservation</source>
        <translation>New website observation</translation>
    </message>
</context>
<context>
    <name>EvidencePickerDialog</name>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="123"/>
        <source>Underlag för punkten</source>
        <translation>Evidence for the item</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="131"/>
        <source>planerat – ej tillgodoräknat</source>
        <translation>planned – not credited</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="131"/>
        <source>på plats</source>
        <translation>in place</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="143"/>
        <source>Underlag i området</source>
        <translation>Evidence in the area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="144"/>
        <source>Underlag kopplat till områdets delområden:</source>
        <translation>Evidence linked to the area&apos;s sub-areas:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="147"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FrameworkEditorDialog</name>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="54"/>
        <source>Ramverk</source>
        <translation>Framework</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="79"/>
        <source>tomt: ingen kontroll av summan</source>
        <translation>empty: no check of the sum</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="80"/>
        <source>Vad varje områdes delområden ska summera till (normalt 100).</source>
        <translation>What each area&apos;s sub-areas must add up to (normally 100).</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="84"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="87"/>
        <source>Områdesmax</source>
        <translation>Area maximum</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="90"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="91"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="102"/>
        <source>Område / delområde</source>
        <translation>Area / sub-area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="102"/>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="106"/>
        <source>Områden och delområden</source>
        <translation>Areas and sub-areas</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="110"/>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="381"/>
        <source>Nytt område</source>
        <translation>New area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="111"/>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="382"/>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="397"/>
        <source>Nytt delområde</source>
        <translation>New sub-area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="112"/>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="113"/>
        <source>Upp</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="114"/>
        <source>Ned</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="125"/>
        <source>Vald rad</source>
        <translation>Selected row</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="130"/>
        <source>Delområdets maxpoäng, t.ex. 20 eller 7,5</source>
        <translation>The sub-area&apos;s maximum points, e.g. 20 or 7.5</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="133"/>
        <source>En fråga per rad</source>
        <translation>One question per line</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="134"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="135"/>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="136"/>
        <source>Maxpoäng</source>
        <translation>Maximum points</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="137"/>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="138"/>
        <source>Frågor</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="149"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="156"/>
        <source>Problem i ramverket</source>
        <translation>Problems in the framework</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="157"/>
        <source>Klicka på ett problem för att gå till raden.</source>
        <translation>Click a problem to go to its row.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="165"/>
        <source>Nytt…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="166"/>
        <source>Börja om med ett tomt ramverk eller en variant av ett inbyggt.</source>
        <translation>Start over with an empty framework or a variant of a built-in one.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="168"/>
        <source>Tomt ramverk</source>
        <translation>Empty framework</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="170"/>
        <source>Variant av {0}</source>
        <translation>Variant of {0}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="174"/>
        <source>Skapa variant</source>
        <translation>Create variant</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="175"/>
        <source>Redigera en kopia med eget id; originalet ändras inte.</source>
        <translation>Edit a copy with its own id; the original is not changed.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="177"/>
        <source>Importera JSON…</source>
        <translation>Import JSON…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="179"/>
        <source>Spara som JSON…</source>
        <translation>Save as JSON…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="181"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="217"/>
        <source>Ramverket visas skrivskyddat: en utvärdering behåller den kopia av ramverket som den skapades med. Välj Skapa variant för att göra en egen version med nytt id.</source>
        <translation>The framework is shown read-only: an evaluation keeps the copy of the framework it was created with. Choose Create variant to make your own version with a new id.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="221"/>
        <source>Ändringar kontrolleras medan du skriver. Ramverket sparas som en JSON-fil som kan importeras när en ny utvärdering skapas; öppna utvärderingar påverkas inte.</source>
        <translation>Changes are checked as you type. The framework is saved as a JSON file that can be imported when a new evaluation is created; open evaluations are not affected.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="292"/>
        <source>Delområde</source>
        <translation>Sub-area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="292"/>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="454"/>
        <source>Inga problem.</source>
        <translation>No problems.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="458"/>
        <source>Ramverket är giltigt: {0} områden, {1} delområden.</source>
        <translation>The framework is valid: {0} areas, {1} sub-areas.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="463"/>
        <source>Kan inte sparas: {0} problem (se listan). Första: {1}</source>
        <translation>Cannot be saved: {0} problems (see the list). First: {1}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="500"/>
        <source>Sparat i {0}</source>
        <translation>Saved in {0}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="504"/>
        <source>Importera ramverk</source>
        <translation>Import framework</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="505"/>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="517"/>
        <source>Ramverk (*.json)</source>
        <translation>Framework (*.json)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="516"/>
        <source>Spara ramverk</source>
        <translation>Save framework</translation>
    </message>
</context>
<context>
    <name>GoodExampleDialog</name>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="161"/>
        <source>Nytt gott exempel</source>
        <translation>New good example</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="171"/>
        <source>Delområde</source>
        <translation>Sub-area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="172"/>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="173"/>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="174"/>
        <source>Varför</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="176"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="121"/>
        <source>ångrad</source>
        <translation>undone</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../kompass_desktop/ui/dialogs.py" line="20"/>
        <source>Vem är du?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/dialogs.py" line="23"/>
        <source>Dina ändringar i utvärderingar märks med ditt namn och din organisation, så att kollegor ser vem som skrivit vad när ni slår ihop era filer.</source>
        <translation>Your changes in evaluations are marked with your name and organisation, so colleagues see who wrote what when you merge your files.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/dialogs.py" line="30"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/dialogs.py" line="32"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/dialogs.py" line="33"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/dialogs.py" line="34"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="118"/>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="123"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="126"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="128"/>
        <location filename="../../kompass_desktop/ui/interviews.py" line="129"/>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="130"/>
        <source>&amp;Gruppintervju</source>
        <translation>&amp;Group interview</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="135"/>
        <source>&amp;Rubrik:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="136"/>
        <source>När och var:</source>
        <translation>When and where:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="145"/>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="154"/>
        <source>Deltagare:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="155"/>
        <source>Lägg till &amp;deltagare</source>
        <translation>Add &amp;participant</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="156"/>
        <location filename="../../kompass_desktop/ui/interviews.py" line="339"/>
        <source>Ta bort deltagare</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="165"/>
        <source>Anteckningar:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="167"/>
        <source>&amp;Tagga markerat stycke…</source>
        <translation>&amp;Tag selected passage…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="168"/>
        <source>Markera text i anteckningarna och tagga den som underlag (Ctrl+T)</source>
        <translation>Select text in the notes and tag it as evidence (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="172"/>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="173"/>
        <source>Skriv dina anteckningar här. Markera ett stycke och tryck Ctrl+T för att tagga det till ett eller flera delområden.</source>
        <translation>Write your notes here. Select a passage and press Ctrl+T to tag it to one or more sub-areas.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="177"/>
        <source>Underlag från intervjun:</source>
        <translation>Evidence from the interview:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="179"/>
        <source>Underlag från intervjun</source>
        <translation>Evidence from the interview</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="185"/>
        <source>Tagga markerat stycke</source>
        <translation>Tag selected passage</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="267"/>
        <source>planerat</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="267"/>
        <source>på plats</source>
        <translation>in place</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="274"/>
        <source>Inget underlag ännu. Markera text ovan och tryck Ctrl+T.</source>
        <translation>No evidence yet. Select text above and press Ctrl+T.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="296"/>
        <source>Ändra intervju</source>
        <translation>Edit interview</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="299"/>
        <source>Kan inte spara</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="315"/>
        <source>Skriva anteckningar</source>
        <translation>Write notes</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="324"/>
        <source>Lägg till deltagare</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="353"/>
        <source>Inget stycke markerat</source>
        <translation>No passage selected</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="354"/>
        <source>Markera först den text i anteckningarna som ska bli underlag.</source>
        <translation>First select the text in the notes that should become evidence.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="364"/>
        <source>Tagga underlag</source>
        <translation>Tag evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="367"/>
        <source>Kan inte tagga</source>
        <translation>Cannot tag</translation>
    </message>
</context>
<context>
    <name>InterviewListModel</name>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="28"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="28"/>
        <source>Intervju</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="28"/>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="28"/>
        <source>Underlag</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="41"/>
        <source>(utan titel)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>InterviewsPage</name>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="399"/>
        <location filename="../../kompass_desktop/ui/interviews.py" line="413"/>
        <source>Intervjuer</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="402"/>
        <source>&amp;Ny intervju</source>
        <translation>&amp;New interview</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="404"/>
        <source>Ny intervju (Ctrl+Skift+I)</source>
        <translation>New interview (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="405"/>
        <location filename="../../kompass_desktop/ui/interviews.py" line="475"/>
        <source>Ta bort intervju</source>
        <translation>Delete interview</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="425"/>
        <source>Inga intervjuer ännu. Klicka på ”Ny intervju” (Ctrl+Skift+I) när du börjar ett samtal.</source>
        <translation>No interviews yet. Click “New interview” (Ctrl+Shift+I) when you start a conversation.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="430"/>
        <source>Välj en intervju i listan, eller skapa en ny.</source>
        <translation>Choose an interview in the list, or create a new one.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="462"/>
        <location filename="../../kompass_desktop/ui/interviews.py" line="463"/>
        <source>Ny intervju</source>
        <translation>New interview</translation>
    </message>
</context>
<context>
    <name>ListItemModel</name>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="372"/>
        <source>  [{0} underlag]</source>
        <translation>  [{0} evidence]</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="62"/>
        <source>Navigering</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="81"/>
        <source>Redo</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="112"/>
        <source>&amp;Ny utvärdering…</source>
        <translation>&amp;New evaluation…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="113"/>
        <source>Ö&amp;ppna…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="114"/>
        <source>Öppna &amp;demo</source>
        <translation>Open &amp;demo</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="115"/>
        <source>Spara en &amp;kopia för delning…</source>
        <translation>Save a &amp;copy for sharing…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="116"/>
        <source>S&amp;täng utvärdering</source>
        <translation>C&amp;lose evaluation</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="117"/>
        <source>&amp;Inställningar…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="119"/>
        <source>&amp;Vem är jag…</source>
        <translation>&amp;Who am I…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="120"/>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="122"/>
        <location filename="../../kompass_desktop/ui/main_window.py" line="564"/>
        <source>&amp;Ångra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="123"/>
        <location filename="../../kompass_desktop/ui/main_window.py" line="566"/>
        <source>&amp;Gör om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="124"/>
        <source>&amp;Sök</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="125"/>
        <source>&amp;Om Kompass Desktop</source>
        <translation>&amp;About Kompass Desktop</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="127"/>
        <source>&amp;Ramverk…</source>
        <translation>&amp;Framework…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="129"/>
        <source>&amp;Översikt</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="129"/>
        <source>&amp;Intervjuer</source>
        <translation>&amp;Interviews</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="130"/>
        <source>&amp;Dokument</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="130"/>
        <source>&amp;Underlag</source>
        <translation>&amp;Evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="135"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="138"/>
        <source>&amp;Senaste filer</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="148"/>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="155"/>
        <source>&amp;Gå till</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="158"/>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="162"/>
        <location filename="../../kompass_desktop/ui/main_window.py" line="167"/>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="166"/>
        <source>Sök i utvärderingen (Ctrl+F)</source>
        <translation>Search the evaluation (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="186"/>
        <source>(inga)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="206"/>
        <source>Öppna utvärdering</source>
        <translation>Open evaluation</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="207"/>
        <source>Kompass-utvärderingar (*.kompass);;Alla filer (*)</source>
        <translation>Kompass evaluations (*.kompass);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="214"/>
        <source>Förbereder demon …</source>
        <translation>Preparing the demo …</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="216"/>
        <source>Kan inte öppna demon</source>
        <translation>Cannot open the demo</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="220"/>
        <source>någon</source>
        <translation>someone</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="223"/>
        <source>i ett annat fönster på den här datorn</source>
        <translation>in another window on this computer</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="224"/>
        <source>på datorn %1</source>
        <translation>on the computer %1</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="225"/>
        <source>Filen är redan öppen</source>
        <translation>The file is already open</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="226"/>
        <source>%1 har filen öppen %2. Om två program skriver i samma fil samtidigt kan ändringar gå förlorade.

Stäng filen där först, eller arbeta i en kopia och slå ihop den senare.</source>
        <translation>%1 has the file open %2. If two programs write to the same file at the same time, changes can be lost.

Close the file there first, or work in a copy and merge it later.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="230"/>
        <source>Öppna ändå</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="249"/>
        <source>Filen är öppen i ett annat program.</source>
        <translation>The file is open in another program.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="253"/>
        <location filename="../../kompass_desktop/ui/main_window.py" line="258"/>
        <source>Öppnar %1 …</source>
        <translation>Opening %1 …</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="254"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="255"/>
        <source>Öppnar</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="276"/>
        <source>Avbrutet</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="287"/>
        <source>Kan inte öppna filen</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="308"/>
        <source>Öppnade %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="313"/>
        <source>Filen ligger i en molnsynkad mapp. Synkroniseringen kan skriva över ändringar eller skapa dubbletter medan du arbetar. Arbeta i en lokal fil och dela kopior (Arkiv → Spara en kopia för delning).</source>
        <translation>The file is in a cloud-synced folder. Syncing can overwrite changes or create duplicates while you work. Work in a local file and share copies (File → Save a copy for sharing).</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="316"/>
        <source>Filen ligger på en nätverksenhet. Om anslutningen bryts kan filen skadas. Arbeta i en lokal fil och dela kopior (Arkiv → Spara en kopia för delning).</source>
        <translation>The file is on a network drive. If the connection drops, the file can be damaged. Work in a local file and share copies (File → Save a copy for sharing).</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="318"/>
        <source>Filen ligger på ett flyttbart minne. Om minnet dras ut medan du arbetar kan filen skadas. Kopiera filen till datorn och arbeta där.</source>
        <translation>The file is on removable storage. If it is unplugged while you work, the file can be damaged. Copy the file to the computer and work there.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="383"/>
        <source>Kopian sparades: %1</source>
        <translation>Copy saved: %1</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="389"/>
        <location filename="../../kompass_desktop/ui/main_window.py" line="433"/>
        <source>Översikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="389"/>
        <source>Intervjuer</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="390"/>
        <source>Dokument</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="390"/>
        <source>Underlag</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="392"/>
        <location filename="../../kompass_desktop/ui/main_window.py" line="434"/>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="392"/>
        <location filename="../../kompass_desktop/ui/main_window.py" line="435"/>
        <source>Synkronisering</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="563"/>
        <source>&amp;Ångra %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="565"/>
        <source>&amp;Gör om %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="573"/>
        <source>Sparat %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="622"/>
        <source>Om Kompass Desktop</source>
        <translation>About Kompass Desktop</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="623"/>
        <source>Kompass Desktop är en arbetsbänk för utvärderingar med SKR:s metod Kommunkompassen. Den fungerar helt utan nätverk; varje utvärdering är en fil.</source>
        <translation>Kompass Desktop is a workbench for evaluations with SKR&apos;s Kommunkompassen method. It works entirely offline; each evaluation is one file.</translation>
    </message>
</context>
<context>
    <name>NewEvaluationWizard</name>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="277"/>
        <source>Ny utvärdering</source>
        <translation>New evaluation</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="279"/>
        <source>&amp;Nästa &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="280"/>
        <source>&lt; &amp;Tillbaka</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="281"/>
        <source>&amp;Skapa</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="282"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="315"/>
        <source>Kan inte skapa utvärderingen</source>
        <translation>Cannot create the evaluation</translation>
    </message>
</context>
<context>
    <name>OrderedListEditor</name>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="38"/>
        <source>Ändra punkt</source>
        <translation>Edit item</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="49"/>
        <source>Ny punkt – skriv och tryck Enter</source>
        <translation>New item – type and press Enter</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="50"/>
        <source>Ny punkt: </source>
        <translation>New item: </translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="54"/>
        <source>Upp</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="55"/>
        <source>Ned</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="56"/>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="57"/>
        <source>Underlag…</source>
        <translation>Evidence…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="58"/>
        <source>Välj det underlag punkten bygger på.</source>
        <translation>Choose the evidence the item is based on.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="83"/>
        <source>Ny punkt</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="95"/>
        <source>Flytta punkt</source>
        <translation>Move item</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="107"/>
        <source>Koppla underlag</source>
        <translation>Link evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="114"/>
        <source>Ta bort punkt</source>
        <translation>Delete item</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="292"/>
        <source>Total poäng</source>
        <translation>Total score</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="304"/>
        <source>Poäng per område</source>
        <translation>Points per area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="318"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="319"/>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="363"/>
        <source>Jämförelser</source>
        <translation>Comparisons</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="367"/>
        <source>Lägg till…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="368"/>
        <source>Ändra…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="369"/>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="370"/>
        <source>Från annan utvärdering…</source>
        <translation>From another evaluation…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="371"/>
        <source>Medel av utvärderingar…</source>
        <translation>Average of evaluations…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="391"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; av {1} poäng ({2} %)</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; of {1} points ({2} %)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="394"/>
        <source>prel.</source>
        <translation>prel.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="398"/>
        <source>Summan av alla delområdens oavrundade poäng, avrundad till hela poäng. Preliminär så länge något delområde saknar överenskommen poäng.</source>
        <translation>The sum of all sub-areas&apos; unrounded points, rounded to whole points. Preliminary as long as any sub-area lacks an agreed score.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="401"/>
        <source>&lt;i&gt;dolt prel.&lt;/i&gt;</source>
        <translation>&lt;i&gt;hidden prel.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="402"/>
        <source>Dolt tills du markerat dina utkast som klara i område {0}: preliminära poäng skulle avslöja de andras utkast (blind bedömning).</source>
        <translation>Hidden until you have marked your drafts ready in area {0}: preliminary scores would reveal the others&apos; drafts (blind scoring).</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="439"/>
        <source>&lt;b&gt;Överenskommen poäng:&lt;/b&gt; {0} av {1} delområden</source>
        <translation>&lt;b&gt;Agreed score:&lt;/b&gt; {0} of {1} sub-areas</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="441"/>
        <source>Alla delområden har underlag på plats.</source>
        <translation>All sub-areas have evidence in place.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="443"/>
        <source>&lt;b&gt;Utan underlag på plats:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Without evidence in place:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="445"/>
        <source>Inga synliga skillnader över gränsen.</source>
        <translation>No visible differences above the threshold.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="447"/>
        <source>&lt;b&gt;Skillnader mellan utvärderarna:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Differences between evaluators:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="449"/>
        <source>Delområden där utkasten skiljer sig mer än 15 % av maxpoängen. Visas bara för områden där du markerat dina egna utkast som klara (blind bedömning).</source>
        <translation>Sub-areas where the drafts differ by more than 15 % of the maximum points. Shown only for areas where you have marked your own drafts ready (blind scoring).</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="452"/>
        <source>Inga öppna konflikter.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="454"/>
        <source>&lt;b&gt;Öppna sammanslagningskonflikter:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Open merge conflicts:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="482"/>
        <source>Ny jämförelse</source>
        <translation>New comparison</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="494"/>
        <source>Ändra jämförelse</source>
        <translation>Edit comparison</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="502"/>
        <source>Ta bort jämförelse</source>
        <translation>Delete comparison</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="505"/>
        <source>Jämför med en annan utvärdering</source>
        <translation>Compare with another evaluation</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="506"/>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="516"/>
        <source>Kompass-utvärderingar (*.kompass)</source>
        <translation>Kompass evaluations (*.kompass)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="512"/>
        <source>Jämförelse från fil</source>
        <translation>Comparison from file</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="515"/>
        <source>Välj utvärderingar att ta medel av</source>
        <translation>Choose evaluations to average</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="519"/>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="527"/>
        <source>Medel av utvärderingar</source>
        <translation>Average of evaluations</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="519"/>
        <source>Namn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="520"/>
        <source>Medel av {0} utvärderingar</source>
        <translation>Average of {0} evaluations</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="531"/>
        <source>Medel av {0} filer.</source>
        <translation>Average of {0} files.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="533"/>
        <source>Utelämnade (inte jämförbara): {0}</source>
        <translation>Left out (not comparable): {0}</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="63"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="63"/>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="63"/>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="83"/>
        <source>Ändra deltagare</source>
        <translation>Edit participant</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <location filename="../../kompass_desktop/ui/common.py" line="112"/>
        <source>Den här delen av arbetsbänken kommer i en senare version. Allt annat fungerar redan, och det du skriver sparas direkt i filen.</source>
        <translation>This part of the workbench comes in a later version. Everything else already works, and what you type is saved in the file at once.</translation>
    </message>
</context>
<context>
    <name>PointsDelegate</name>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="275"/>
        <source>Poäng</source>
        <translation>Points</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="44"/>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="47"/>
        <source>Exportera utvärderingen som PDF: hela rapporten som kommunen får, eller en sammanfattning i bildspelsformat för återföringen.</source>
        <translation>Export the evaluation as PDF: the full report the municipality receives, or a slide-style summary for the feedback seminar.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="52"/>
        <source>Innehåll</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="54"/>
        <source>Hela rapporten (stående A4)</source>
        <translation>Full report (portrait A4)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="55"/>
        <source>Bildspel – sammanfattning (liggande)</source>
        <translation>Slides – summary (landscape)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="63"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="65"/>
        <source>Utkast – märks UTKAST med datum och tid på varje sida</source>
        <translation>Draft – marked DRAFT with date and time on every page</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="66"/>
        <source>Slutversion – kräver överenskommen poäng för alla delområden</source>
        <translation>Final version – requires an agreed score for every sub-area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="76"/>
        <source>Delområden som saknar överenskommen poäng</source>
        <translation>Sub-areas without an agreed score</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="81"/>
        <source>Öppna PDF-filen när den är klar</source>
        <translation>Open the PDF file when it is ready</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="86"/>
        <source>Exportera PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="87"/>
        <source>Exportera PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="89"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="99"/>
        <source>Exportförlopp</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="125"/>
        <source>Alla delområden har överenskommen poäng: slutversionen kan exporteras.</source>
        <translation>All sub-areas have an agreed score: the final version can be exported.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="130"/>
        <source>1 delområde saknar överenskommen poäng; bara utkast kan exporteras.</source>
        <translation>1 sub-area lacks an agreed score; only drafts can be exported.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="132"/>
        <source>%1 delområden saknar överenskommen poäng; bara utkast kan exporteras.</source>
        <translation>%1 sub-areas lack an agreed score; only drafts can be exported.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="135"/>
        <source>preliminärt (medel av utkast)</source>
        <translation>preliminary (mean of drafts)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="136"/>
        <source>ej bedömt</source>
        <translation>not scored</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="152"/>
        <source>Exportera rapport</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="154"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="171"/>
        <source>Slutversionen kan inte skapas förrän alla delområden har överenskommen poäng (%1 saknas, se listan ovan).</source>
        <translation>The final version cannot be created until every sub-area has an agreed score (%1 missing, see the list above).</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="183"/>
        <source>Exporterar…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="192"/>
        <source>Avbryter…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="215"/>
        <source>Sparad: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="238"/>
        <source>Exporten avbröts; ingen fil skrevs.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="242"/>
        <source>Exporten misslyckades: %1</source>
        <translation>The export failed: %1</translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="95"/>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="217"/>
        <source>Områdets poäng</source>
        <translation>Area score</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="220"/>
        <source>Total poäng</source>
        <translation>Total score</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="227"/>
        <source>Jag är:</source>
        <translation>I am:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="229"/>
        <source>Vilken utvärderare du är</source>
        <translation>Which evaluator you are</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="234"/>
        <source>Mina utkast för området är klara</source>
        <translation>My drafts for the area are ready</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="236"/>
        <source>Blind bedömning: de andras utkast för området visas först när du markerat dina egna som klara, så att varje första bedömning görs oberoende.</source>
        <translation>Blind scoring: the others&apos; drafts for the area are shown only after you have marked your own ready, so every first judgement is made independently.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="261"/>
        <source>Poäng per delområde</source>
        <translation>Points per sub-area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="270"/>
        <source>&lt;i&gt;12 prel.&lt;/i&gt; = preliminär (medel av utkasten) · – = ej bedömd · &lt;span style=&apos;background:#ffd8a8&apos;&gt;&amp;nbsp;orange&amp;nbsp;&lt;/span&gt; = utkasten skiljer sig mer än {0} % av maxpoängen · ⚠ = poäng utan underlag på plats · Underlag: på plats / planerat</source>
        <translation>&lt;i&gt;12 prel.&lt;/i&gt; = preliminary (mean of the drafts) · – = not scored · &lt;span style=&apos;background:#ffd8a8&apos;&gt;&amp;nbsp;orange&amp;nbsp;&lt;/span&gt; = the drafts differ by more than {0} % of the maximum points · ⚠ = points without evidence in place · Evidence: in place / planned</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="280"/>
        <source>Delområde</source>
        <translation>Sub-area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="281"/>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="366"/>
        <source>Goda exempel</source>
        <translation>Good examples</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="282"/>
        <source>Allmän text</source>
        <translation>General text</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="283"/>
        <source>Allmän text om området</source>
        <translation>General text about the area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="286"/>
        <source>Allmänt om området</source>
        <translation>About the area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="289"/>
        <source>Styrkor</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="290"/>
        <source>Förbättringsmöjligheter</source>
        <translation>Opportunities for improvement</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="293"/>
        <source>Styrkor och förbättringsmöjligheter</source>
        <translation>Strengths and opportunities for improvement</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="313"/>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="314"/>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="315"/>
        <source>Motivering</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="317"/>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="319"/>
        <source>Text i rapporten för delområdet</source>
        <translation>Text in the report for the sub-area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="318"/>
        <source>Delområdestext</source>
        <translation>Sub-area text</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="327"/>
        <source>Underlag på plats</source>
        <translation>Evidence in place</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="332"/>
        <source>Planerat underlag</source>
        <translation>Planned evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="358"/>
        <source>Ändra gott exempel</source>
        <translation>Edit good example</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="369"/>
        <source>Lägg till…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="371"/>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="376"/>
        <source>Dubbelklicka på en cell för att ändra.</source>
        <translation>Double-click a cell to edit it.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="406"/>
        <source>Området: &lt;i&gt;dolt prel.&lt;/i&gt;</source>
        <translation>Area: &lt;i&gt;hidden prel.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="408"/>
        <source>Områdets preliminära poäng bygger på de andras utkast och visas när du markerat dina utkast som klara (blind bedömning).</source>
        <translation>The area&apos;s preliminary score is based on the others&apos; drafts and is shown when you have marked your drafts ready (blind scoring).</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="411"/>
        <source>Området: – av {0} (ej bedömt)</source>
        <translation>Area: – of {0} (not scored)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="415"/>
        <source>Området: &lt;b&gt;{0}&lt;/b&gt; av {1} ({2} %)</source>
        <translation>Area: &lt;b&gt;{0}&lt;/b&gt; of {1} ({2} %)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="418"/>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="423"/>
        <source>prel.</source>
        <translation>prel.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="421"/>
        <source>Totalt: &lt;b&gt;{0}&lt;/b&gt; av {1}</source>
        <translation>Total: &lt;b&gt;{0}&lt;/b&gt; of {1}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="425"/>
        <source>Totalt: &lt;i&gt;dolt prel.&lt;/i&gt;</source>
        <translation>Total: &lt;i&gt;hidden prel.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="428"/>
        <source>Summan av alla delområdens oavrundade poäng, avrundad först här. Preliminär så länge något delområde saknar överenskommen poäng.</source>
        <translation>The sum of all sub-areas&apos; unrounded points, rounded only here. Preliminary as long as any sub-area lacks an agreed score.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="458"/>
        <source>(välj vem du är)</source>
        <translation>(choose who you are)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="469"/>
        <source>Välj vem du är för att ange egna utkast. De andras utkast är dolda (blind bedömning).</source>
        <translation>Choose who you are to enter your own drafts. The others&apos; drafts are hidden (blind scoring).</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="472"/>
        <source>De andras utkast är dolda tills du markerat dina som klara.</source>
        <translation>The others&apos; drafts are hidden until you have marked yours ready.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="474"/>
        <source>Du ser alla utkast.</source>
        <translation>You see all drafts.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="476"/>
        <source>Klara: {0}.</source>
        <translation>Ready: {0}.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="507"/>
        <source>Delområde {0}</source>
        <translation>Sub-area {0}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="511"/>
        <source>⚠ Poängsatt utan underlag som finns på plats – bara det som finns på plats tillgodoräknas.</source>
        <translation>⚠ Scored without evidence in place – only what is in place is credited.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="528"/>
        <source>&lt;b&gt;Underlag på plats&lt;/b&gt; (tillgodoräknas): {0}</source>
        <translation>&lt;b&gt;Evidence in place&lt;/b&gt; (credited): {0}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="530"/>
        <source>&lt;b&gt;Planerat&lt;/b&gt; – ej tillgodoräknat: {0}</source>
        <translation>&lt;b&gt;Planned&lt;/b&gt; – not credited: {0}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="545"/>
        <source>Utkast {0}</source>
        <translation>Draft {0}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="548"/>
        <source>Överenskommen poäng {0}</source>
        <translation>Agreed score {0}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="560"/>
        <source>Utvärderaren är redan vald</source>
        <translation>The evaluator is already chosen</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="561"/>
        <source>{0} är redan kopplad till en annan installation. Vill du ändå ange utkast som {0} härifrån?</source>
        <translation>{0} is already linked to another installation. Do you still want to enter drafts as {0} from here?</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="567"/>
        <source>Välj utvärderare</source>
        <translation>Choose evaluator</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="574"/>
        <source>Markera området klart</source>
        <translation>Mark the area ready</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="593"/>
        <source>Ett gott exempel behöver en kommun.</source>
        <translation>A good example needs a municipality.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="596"/>
        <source>Nytt gott exempel</source>
        <translation>New good example</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="604"/>
        <source>Ta bort gott exempel</source>
        <translation>Delete good example</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../kompass_desktop/ui/search_view.py" line="69"/>
        <source>Sökträffar</source>
        <translation>Search hits</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/search_view.py" line="88"/>
        <source>Sökträffar för ”%1”</source>
        <translation>Search hits for “%1”</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/search_view.py" line="93"/>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/search_view.py" line="94"/>
        <source>Inga träffar för ”%1”. Sökningen hittar början av ord: ”hållbar” hittar även ”hållbarhetsprogram”.</source>
        <translation>No hits for “%1”. Search finds the beginnings of words: “hållbar” also finds “hållbarhetsprogram”.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/search_view.py" line="97"/>
        <source>Skriv i sökfältet (Ctrl+F) för att söka i intervjuer, deltagare, dokument, underlag och texter.</source>
        <translation>Type in the search field (Ctrl+F) to search interviews, participants, documents, evidence and texts.</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <location filename="../../kompass_desktop/ui/search_view.py" line="21"/>
        <source>Intervju</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/search_view.py" line="21"/>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/search_view.py" line="22"/>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/search_view.py" line="22"/>
        <source>Underlag</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/search_view.py" line="23"/>
        <source>Styrka/förbättring</source>
        <translation>Strength/improvement</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/search_view.py" line="23"/>
        <source>Områdestext</source>
        <translation>Area text</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/search_view.py" line="24"/>
        <source>Delområdestext</source>
        <translation>Sub-area text</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/search_view.py" line="24"/>
        <source>Gott exempel</source>
        <translation>Good example</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/search_view.py" line="25"/>
        <source>Motivering</source>
        <translation>Rationale</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="192"/>
        <source>Jämförelse</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="192"/>
        <source>Ändra jämförelse</source>
        <translation>Edit comparison</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="198"/>
        <source>t.ex. Nynäshamn 2019 eller Medel 2020–2023</source>
        <translation>e.g. Nynäshamn 2019 or Average 2020–2023</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="199"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="205"/>
        <source>Område {0}</source>
        <translation>Area {0}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="209"/>
        <source>tomt: summan av områdena</source>
        <translation>empty: the sum of the areas</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="210"/>
        <source>Totalt (om angivet)</source>
        <translation>Total (if given)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="216"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="225"/>
        <source>Jämförelsen behöver ett namn.</source>
        <translation>The comparison needs a name.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="231"/>
        <source>Område {0}: {1}</source>
        <translation>Area {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="235"/>
        <source>Totalt: {0}</source>
        <translation>Total: {0}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="237"/>
        <source>Ange poäng för minst ett område.</source>
        <translation>Enter points for at least one area.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kompass_desktop/ui/dialogs.py" line="65"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/dialogs.py" line="69"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/dialogs.py" line="73"/>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/dialogs.py" line="75"/>
        <source>Språket byts direkt. Allt är redan sparat; ångra-historiken börjar om.</source>
        <translation>The language changes at once. Everything is saved already; the undo history starts anew.</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <location filename="../../kompass_desktop/ui/start_view.py" line="28"/>
        <source>Arbetsbänk för utvärderingar med Kommunkompassen. Allt du skriver sparas direkt i utvärderingsfilen.</source>
        <translation>Workbench for evaluations with Kommunkompassen. Everything you type is saved in the evaluation file at once.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/start_view.py" line="34"/>
        <source>&amp;Ny utvärdering…</source>
        <translation>&amp;New evaluation…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/start_view.py" line="35"/>
        <source>Ö&amp;ppna…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/start_view.py" line="36"/>
        <source>Öppna &amp;demo (Nynäshamn 2023)</source>
        <translation>Open &amp;demo (Nynäshamn 2023)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/start_view.py" line="42"/>
        <location filename="../../kompass_desktop/ui/start_view.py" line="44"/>
        <source>Senaste filer</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/start_view.py" line="64"/>
        <source>Inga filer ännu. Börja med ”Ny utvärdering…” eller titta runt i demon.</source>
        <translation>No files yet. Start with “New evaluation…” or look around in the demo.</translation>
    </message>
</context>
<context>
    <name>StatusDelegate</name>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="119"/>
        <source>På plats</source>
        <translation>In place</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="120"/>
        <source>Planerat</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="121"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SubAreaPicker</name>
    <message>
        <location filename="../../kompass_desktop/ui/dialogs.py" line="111"/>
        <source>Tagga till delområden</source>
        <translation>Tag to sub-areas</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/dialogs.py" line="114"/>
        <source>Skriv nummer eller ord, t.ex. 2.3 eller medborg…</source>
        <translation>Type a number or words, e.g. 2.3 or citizen…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/dialogs.py" line="115"/>
        <source>Filtrera delområden</source>
        <translation>Filter sub-areas</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/dialogs.py" line="129"/>
        <source>Delområden</source>
        <translation>Sub-areas</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/dialogs.py" line="131"/>
        <source>&amp;Planerat (ännu inte på plats)</source>
        <translation>&amp;Planned (not yet in place)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/dialogs.py" line="134"/>
        <source>Mellanslag markerar, Enter taggar, Esc avbryter.</source>
        <translation>Space checks, Enter tags, Esc cancels.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/dialogs.py" line="139"/>
        <source>Tagga</source>
        <translation>Tag</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="177"/>
        <source>Synkronisera med kollegors filer</source>
        <translation>Synchronise with colleagues&apos; files</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="181"/>
        <source>Slå ihop från fil…</source>
        <translation>Merge from file…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="182"/>
        <source>Hämta in ändringarna från en kollegas kopia. Du ser först vad som kommer in.</source>
        <translation>Bring in the changes from a colleague&apos;s copy. You see first what will come in.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="185"/>
        <source>Spara en kopia för delning…</source>
        <translation>Save a copy for sharing…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="187"/>
        <source>Ångra senaste sammanslagning</source>
        <translation>Undo last merge</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="189"/>
        <source>Säkerhetskopior…</source>
        <translation>Backups…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="199"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="217"/>
        <source>Slå ihop</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="219"/>
        <source>Avstå</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="235"/>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="359"/>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="236"/>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="363"/>
        <source>Dubbletter</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="237"/>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="255"/>
        <source>Öppna konflikter</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="274"/>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="425"/>
        <source>Förslag till sammanslagen text – granska och ändra, bekräfta sedan:</source>
        <translation>Proposed merged text – review and edit, then confirm:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="277"/>
        <source>Förslag till sammanslagen text</source>
        <translation>Proposed merged text</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="281"/>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="433"/>
        <source>Behåll mitt</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="282"/>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="434"/>
        <source>Ta deras</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="283"/>
        <source>Behåll båda</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="284"/>
        <source>Använd förslaget</source>
        <translation>Use the proposal</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="285"/>
        <source>Lös alla: behåll mina</source>
        <translation>Resolve all: keep mine</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="286"/>
        <source>Lös alla: ta deras</source>
        <translation>Resolve all: take theirs</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="307"/>
        <source>Dokument som två utvärderare verkar ha lagt in var för sig. Slå ihop dem så flyttas underlagen till det första.</source>
        <translation>Documents that two evaluators seem to have added separately. Join them and the evidence moves to the first.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="313"/>
        <source>Slå ihop dokumenten</source>
        <translation>Join the documents</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="315"/>
        <source>Inte dubbletter</source>
        <translation>Not duplicates</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kompass_desktop/ui/sync_view.py" line="358"/>
        <source>Konflikter (%n)</source>
        <translation>
            <numerusform>Conflicts (%n)</numerusform>
            <numerusform>Conflicts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kompass_desktop/ui/sync_view.py" line="362"/>
        <source>Dubbletter (%n)</source>
        <translation>
            <numerusform>Duplicates (%n)</numerusform>
            <numerusform>Duplicates (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="387"/>
        <source>Inga öppna konflikter</source>
        <translation>No open conflicts</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="399"/>
        <source>Mitt värde</source>
        <translation>My value</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="401"/>
        <source>Deras värde</source>
        <translation>Their value</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="405"/>
        <source>Borttagen här.</source>
        <translation>Deleted here.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="406"/>
        <source>Finns kvar här (ändrad).</source>
        <translation>Still here (edited).</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="407"/>
        <source>Ändrad hos kollegan utan att se borttagningen.</source>
        <translation>Edited by the colleague without seeing the deletion.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="409"/>
        <source>Borttagen hos kollegan.</source>
        <translation>Deleted by the colleague.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="427"/>
        <source>Båda har ändrat samma stycke; förslaget tar med båda – redigera och bekräfta:</source>
        <translation>Both changed the same passage; the proposal keeps both – edit and confirm:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="429"/>
        <source>Behåll borttagen</source>
        <translation>Keep deleted</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="430"/>
        <source>Behåll kvar</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="431"/>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="431"/>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="443"/>
        <source>Behåll mitt värde</source>
        <translation>Keep my value</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="443"/>
        <source>Ta kollegans värde</source>
        <translation>Take the colleague&apos;s value</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="444"/>
        <source>Behåll båda texterna</source>
        <translation>Keep both texts</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="445"/>
        <source>Använd sammanslagen text</source>
        <translation>Use the merged text</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="449"/>
        <source>Kan inte lösa konflikten</source>
        <translation>Cannot resolve the conflict</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="453"/>
        <source>Lös alla konflikter</source>
        <translation>Resolve all conflicts</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="466"/>
        <source>Slå ihop dokument</source>
        <translation>Join documents</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="479"/>
        <source>Slå ihop från en kollegas fil</source>
        <translation>Merge from a colleague&apos;s file</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="480"/>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="616"/>
        <source>Kompass-utvärdering (*.kompass)</source>
        <translation>Kompass evaluation (*.kompass)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="495"/>
        <source>Läser in kollegans fil…</source>
        <translation>Reading the colleague&apos;s file…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="496"/>
        <source>Slår ihop…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="522"/>
        <source>Inget nytt i %1 – den är redan inläst.</source>
        <translation>Nothing new in %1 – it is already merged.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="550"/>
        <source>Avbrutet – inget ändrades.</source>
        <translation>Cancelled – nothing changed.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="554"/>
        <source>En annan utvärdering</source>
        <translation>Another evaluation</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="555"/>
        <source>Filen hör till en annan utvärdering. Vill du importera dess intervjuer, dokument och underlag som en kopia? Poäng och texter tas inte med.</source>
        <translation>The file belongs to another evaluation. Import its interviews, documents and evidence as a copy? Scores and texts are not included.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="560"/>
        <source>Kunde inte slå ihop: </source>
        <translation>Could not merge: </translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="572"/>
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="573"/>
        <source>Från %1 (av %2) kommer: </source>
        <translation>From %1 (by %2) comes: </translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="573"/>
        <source>Inläst från %1 (av %2): </source>
        <translation>Merged from %1 (by %2): </translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="575"/>
        <source>%1 tillagda, %2 ändrade, %3 borttagna</source>
        <translation>%1 added, %2 changed, %3 deleted</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="578"/>
        <source>tillagda</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="578"/>
        <source>ändrade</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="579"/>
        <source>borttagna</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="583"/>
        <source>%1 konflikter – din fil behåller sina värden tills du valt.</source>
        <translation>%1 conflicts – your file keeps its values until you choose.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="615"/>
        <source>Spara en kopia för delning</source>
        <translation>Save a copy for sharing</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="622"/>
        <source>Kunde inte spara kopian</source>
        <translation>Could not save the copy</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="593"/>
        <source>Kopian sparades som %1 – en enda fil som går att mejla eller lägga på ett USB-minne.</source>
        <translation>The copy was saved as %1 – a single file you can e-mail or put on a USB stick.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="599"/>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="604"/>
        <source>Kan inte ångra</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="606"/>
        <source>Den senaste sammanslagningen är ångrad.</source>
        <translation>The last merge is undone.</translation>
    </message>
</context>
<context>
    <name>WebsiteDialog</name>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="387"/>
        <source>Ny webbplatsobservation</source>
        <translation>New website observation</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="392"/>
        <source>Webbadress</source>
        <translation>Web address</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="394"/>
        <source>Vad du såg</source>
        <translation>What you saw</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="395"/>
        <source>Vad visar sidan? Skriv med egna ord eller citera kort.</source>
        <translation>What does the page show? Write in your own words or quote briefly.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="396"/>
        <source>&amp;Webbadress:</source>
        <translation>&amp;Web address:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="397"/>
        <source>&amp;Vad du såg:</source>
        <translation>W&amp;hat you saw:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="400"/>
        <source>Välj delområden…</source>
        <translation>Choose sub-areas…</translation>
    </message>
</context>
<context>
    <name>_BasicsPage</name>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="29"/>
        <source>Kommun och år</source>
        <translation>Municipality and year</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="30"/>
        <source>Vilken kommun utvärderas, och vilket år?</source>
        <translation>Which municipality is evaluated, and in which year?</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="33"/>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="34"/>
        <source>t.ex. Nynäshamn</source>
        <translation>e.g. Nynäshamn</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="38"/>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="42"/>
        <source>okänt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="44"/>
        <source>Vilken utvärdering i ordningen</source>
        <translation>Which evaluation in order</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="46"/>
        <source>&amp;Kommun:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="47"/>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="48"/>
        <source>&amp;Utvärdering nr:</source>
        <translation>&amp;Evaluation no.:</translation>
    </message>
</context>
<context>
    <name>_DatesPage</name>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="204"/>
        <source>Datum i processen</source>
        <translation>Dates in the process</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="205"/>
        <source>Kryssa i de datum som redan är kända. Resten kan fyllas i senare.</source>
        <translation>Tick the dates that are already known. The rest can be filled in later.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="207"/>
        <source>Enkäten inkom:</source>
        <translation>Questionnaire received:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="207"/>
        <source>Platsbesök, första dag:</source>
        <translation>Site visit, first day:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="208"/>
        <source>Platsbesök, sista dag:</source>
        <translation>Site visit, last day:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="208"/>
        <source>Rapporten levererad:</source>
        <translation>Report delivered:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="209"/>
        <source>Återföringsseminarium:</source>
        <translation>Feedback seminar:</translation>
    </message>
</context>
<context>
    <name>_EvaluatorsPage</name>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="125"/>
        <location filename="../../kompass_desktop/ui/wizard.py" line="131"/>
        <source>Utvärderare</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="126"/>
        <source>Vilka gör utvärderingen? Namn och organisation står på rapportens omslag.</source>
        <translation>Who does the evaluation? Names and organisations appear on the report&apos;s cover.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="129"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="129"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="135"/>
        <source>&amp;Lägg till utvärderare</source>
        <translation>&amp;Add evaluator</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="136"/>
        <source>&amp;Ta bort</source>
        <translation>&amp;Remove</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="223"/>
        <source>Var ska filen sparas?</source>
        <translation>Where should the file be saved?</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="224"/>
        <source>Allt du skriver sparas direkt i filen. Lägg den på datorn, inte i en molnsynkad mapp eller på en nätverksenhet: dela kopior i stället.</source>
        <translation>Everything you type is saved in the file at once. Keep it on the computer, not in a cloud-synced folder or on a network drive: share copies instead.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="229"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="230"/>
        <source>Bläddra…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="253"/>
        <source>Spara utvärdering som</source>
        <translation>Save evaluation as</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="254"/>
        <source>Kompass (*.kompass)</source>
        <translation>Kompass (*.kompass)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="263"/>
        <source>Filen finns redan. Välj ett annat namn.</source>
        <translation>The file already exists. Choose another name.</translation>
    </message>
</context>
<context>
    <name>_FrameworkPage</name>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="59"/>
        <source>Ramverk</source>
        <translation>Framework</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="60"/>
        <source>Vilken version av Kommunkompassen används? Filen får en egen kopia.</source>
        <translation>Which version of Kommunkompassen is used? The file gets its own copy.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="62"/>
        <source>&amp;Inbyggt ramverk:</source>
        <translation>&amp;Built-in framework:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="65"/>
        <source>Inbyggt ramverk</source>
        <translation>Built-in framework</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="72"/>
        <source>Ramverk från &amp;fil (JSON):</source>
        <translation>Framework from &amp;file (JSON):</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="75"/>
        <source>Ramverksfil</source>
        <translation>Framework file</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="76"/>
        <source>Bläddra…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="95"/>
        <source>Välj ramverksfil</source>
        <translation>Choose framework file</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="96"/>
        <source>Ramverk (*.json)</source>
        <translation>Framework (*.json)</translation>
    </message>
</context>
</TS>
