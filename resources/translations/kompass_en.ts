<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
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
        <location filename="../../kompass_desktop/ui/backups.py" line="88"/>
        <source>Ta bort markerade</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/backups.py" line="90"/>
        <source>Ta bort alla</source>
        <translation>Delete all</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/backups.py" line="106"/>
        <source>Säkerhetskopior: %1, totalt %2 MB.</source>
        <translation>Backups: %1, %2 MB in all.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/backups.py" line="108"/>
        <source>Inga säkerhetskopior sparade.</source>
        <translation>No backups kept.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/backups.py" line="117"/>
        <source>Ta bort säkerhetskopior</source>
        <translation>Delete backups</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/backups.py" line="118"/>
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
    <name>CleanupDialog</name>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="368"/>
        <location filename="../../kompass_desktop/ui/people.py" line="430"/>
        <source>Rensa personuppgifter</source>
        <translation>Clean up personal data</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="375"/>
        <source>⚠ Ingen slutrapport har exporterats från den här filen än. Rensa bara om utvärderingen är avslutad: det som tas bort går inte att få tillbaka, inte heller genom att slå ihop äldre kopior.</source>
        <translation>⚠ No final report has been exported from this file yet. Clean up only when the evaluation is finished: what is removed cannot be brought back, not even by merging older copies.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="381"/>
        <source>Det här tas bort</source>
        <translation>This is removed</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="384"/>
        <source>Namn på personer</source>
        <translation>Names of people</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="385"/>
        <source>Kontaktuppgifter</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="386"/>
        <source>Intervjuanteckningar</source>
        <translation>Interview notes</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="387"/>
        <source>Anteckningar i registret</source>
        <translation>Notes in the register</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="390"/>
        <source>Det här finns kvar</source>
        <translation>This stays</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="392"/>
        <source>Roller, funktioner och organisationer</source>
        <translation>Roles, functions and organisations</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="393"/>
        <source>rapporten beskriver de intervjuade efter roll, inte namn</source>
        <translation>the report describes the interviewees by role, not by name</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="394"/>
        <source>Underlagstexter</source>
        <translation>Evidence texts</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="394"/>
        <source>granskade av utvärderarna; de bär poängens grund</source>
        <translation>reviewed by the evaluators; they carry the grounds for the scores</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="395"/>
        <source>Poäng och motiveringar</source>
        <translation>Scores and rationales</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="395"/>
        <source>utvärderingens resultat</source>
        <translation>the result of the evaluation</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="396"/>
        <source>Rapporttexter</source>
        <translation>Report texts</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="396"/>
        <source>den levererade rapporten</source>
        <translation>the delivered report</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="397"/>
        <source>Dokument och bifogade filer</source>
        <translation>Documents and attached files</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="397"/>
        <source>kommunens offentliga handlingar</source>
        <translation>the municipality&apos;s public documents</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="398"/>
        <source>Utvärderarnas namn</source>
        <translation>The evaluators&apos; names</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="398"/>
        <source>rapportens författare</source>
        <translation>the authors of the report</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="404"/>
        <source>Namn i texter som finns kvar</source>
        <translation>Names in texts that stay</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="406"/>
        <source>De markerade träffarna byts mot pseudonymer. Avmarkera träffar som inte är namn på personer.</source>
        <translation>The ticked hits are replaced by pseudonyms. Untick hits that are not names of people.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="408"/>
        <source>Inga namn ur registret hittades i de texter som finns kvar.</source>
        <translation>No names from the register were found in the texts that stay.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="419"/>
        <source>Rensa nu</source>
        <translation>Clean up now</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="431"/>
        <source>Namn, kontaktuppgifter och anteckningar tas bort för gott, också ur säkerhetskopiorna. Fortsätt?</source>
        <translation>Names, contact details and notes are removed for good, from the backups too. Continue?</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="439"/>
        <source>Rensar …</source>
        <translation>Cleaning up …</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="446"/>
        <source>Klart. Sparade värden som togs bort: %1. Texter där namn byttes mot pseudonymer: %2. Raderade säkerhetskopior: %3.</source>
        <translation>Done. Stored values removed: %1. Texts where names were replaced by pseudonyms: %2. Backups erased: %3.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="461"/>
        <source>Kunde inte rensa: </source>
        <translation>Could not clean up: </translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="488"/>
        <source>Träffar</source>
        <translation>Hits</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="116"/>
        <source>år</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="121"/>
        <source>t.ex. s. 4–7</source>
        <translation>e.g. pp. 4–7</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="124"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="124"/>
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="125"/>
        <source>Utfärdare</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="125"/>
        <source>Antagen</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="127"/>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="127"/>
        <source>Webbadress</source>
        <translation>Web address</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="128"/>
        <source>Sidhänvisningar</source>
        <translation>Page references</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="128"/>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="133"/>
        <source>År:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="135"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="136"/>
        <source>T&amp;yp:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="137"/>
        <source>&amp;Utfärdare:</source>
        <translation>&amp;Issuer:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="106"/>
        <source>Antag&amp;en:</source>
        <translation>A&amp;dopted:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="107"/>
        <source>Kryssa i för att ange datumet då dokumentet antogs</source>
        <translation>Check to give the date the document was adopted</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="113"/>
        <source>Datumet då dokumentet antogs (ÅÅÅÅ-MM-DD)</source>
        <translation>The date the document was adopted (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="126"/>
        <source>Antagningsdatum</source>
        <translation>Adoption date</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="139"/>
        <source>&amp;Webbadress:</source>
        <translation>&amp;Web address:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="140"/>
        <source>&amp;Sidor:</source>
        <translation>&amp;Pages:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="141"/>
        <source>Anteckningar:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="147"/>
        <location filename="../../kompass_desktop/ui/documents.py" line="252"/>
        <source>&amp;Bifoga fil…</source>
        <translation>&amp;Attach file…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="148"/>
        <source>Ö&amp;ppna fil</source>
        <translation>Open fi&amp;le</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="154"/>
        <source>Utdrag som underlag</source>
        <translation>Excerpts as evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="157"/>
        <source>Utdrag ur dokumentet</source>
        <translation>Excerpts from the document</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="162"/>
        <location filename="../../kompass_desktop/ui/documents.py" line="366"/>
        <source>Nytt utdrag</source>
        <translation>New excerpt</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="163"/>
        <source>Klistra in eller skriv ett utdrag ur dokumentet…</source>
        <translation>Paste or type an excerpt from the document…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="168"/>
        <source>sida</source>
        <translation>page</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="169"/>
        <source>Sida</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="171"/>
        <source>Tagga ut&amp;drag…</source>
        <translation>Tag e&amp;xcerpt…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="172"/>
        <source>Spara utdraget som underlag för delområden (Ctrl+T)</source>
        <translation>Save the excerpt as evidence for sub-areas (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="173"/>
        <source>Sida:</source>
        <translation>Page:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="180"/>
        <source>Tagga utdrag</source>
        <translation>Tag excerpt</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="245"/>
        <source>Bifogad fil: %1 (%2)</source>
        <translation>Attached file: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="248"/>
        <source>&amp;Byt fil…</source>
        <translation>&amp;Replace file…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="250"/>
        <source>Ingen fil bifogad. Dra en fil hit eller välj ”Bifoga fil…”.</source>
        <translation>No file attached. Drop a file here or choose “Attach file…”.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="256"/>
        <source> s. %1</source>
        <translation> p. %1</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="261"/>
        <source>Inga utdrag ännu. Skriv ett utdrag nedan och tryck Ctrl+T.</source>
        <translation>No excerpts yet. Type an excerpt below and press Ctrl+T.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="307"/>
        <location filename="../../kompass_desktop/ui/documents.py" line="330"/>
        <source>Ändra dokument</source>
        <translation>Edit document</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="310"/>
        <source>Kan inte spara</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="335"/>
        <source>Bifoga fil</source>
        <translation>Attach file</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="336"/>
        <source>Alla filer (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="358"/>
        <source>Inget utdrag</source>
        <translation>No excerpt</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="358"/>
        <source>Skriv eller klistra in utdraget först.</source>
        <translation>Type or paste the excerpt first.</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="39"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="39"/>
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="39"/>
        <source>Utfärdare</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="39"/>
        <source>Antagen</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="40"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="40"/>
        <source>Underlag</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="52"/>
        <source>(utan titel)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="384"/>
        <location filename="../../kompass_desktop/ui/documents.py" line="396"/>
        <source>Dokument</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="386"/>
        <source>&amp;Nytt dokument</source>
        <translation>&amp;New document</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="387"/>
        <source>Lägg till &amp;filer…</source>
        <translation>Add fi&amp;les…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="388"/>
        <location filename="../../kompass_desktop/ui/documents.py" line="472"/>
        <source>Ta bort dokument</source>
        <translation>Delete document</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="409"/>
        <source>Inga dokument ännu. Dra filer hit (t.ex. styrdokument som PDF), välj ”Lägg till filer…” eller skriv in en referens med ”Nytt dokument”.</source>
        <translation>No documents yet. Drop files here (e.g. steering documents as PDF), choose “Add files…” or enter a reference with “New document”.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="417"/>
        <source>Välj ett dokument i listan.</source>
        <translation>Choose a document in the list.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="461"/>
        <location filename="../../kompass_desktop/ui/documents.py" line="462"/>
        <source>Nytt dokument</source>
        <translation>New document</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="476"/>
        <location filename="../../kompass_desktop/ui/documents.py" line="507"/>
        <source>Lägg till dokument</source>
        <translation>Add document</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="477"/>
        <source>Alla filer (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="485"/>
        <source>Läser %1 …</source>
        <translation>Reading %1 …</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="486"/>
        <source>Bifogar fil</source>
        <translation>Attaching file</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="498"/>
        <source>Kan inte läsa filen</source>
        <translation>Cannot read the file</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/documents.py" line="518"/>
        <source>Bifoga fil</source>
        <translation>Attach file</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="31"/>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="339"/>
        <source>Intervju</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="31"/>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="340"/>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="32"/>
        <source>Webbplats</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="35"/>
        <source>På plats</source>
        <translation>In place</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="35"/>
        <source>Planerat</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="41"/>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="328"/>
        <source>Underlag</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="41"/>
        <source>Delområden</source>
        <translation>Sub-areas</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="41"/>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="327"/>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="41"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="42"/>
        <source>Utvärderare</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="70"/>
        <source>, s. %1</source>
        <translation>, p. %1</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="93"/>
        <source>Ändra underlag</source>
        <translation>Edit evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="98"/>
        <source>Ändra status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="103"/>
        <source>Underlaget behöver minst ett delområde.</source>
        <translation>Evidence needs at least one sub-area.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="106"/>
        <source>Ändra taggar</source>
        <translation>Change tags</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="341"/>
        <source>Webb</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="345"/>
        <source>[Planerat – ej tillgodoräknat] </source>
        <translation>[Planned – not credited] </translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="350"/>
        <source>Sida: </source>
        <translation>Page: </translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="352"/>
        <source>Planerat – ej tillgodoräknat: bara det som finns på plats ger poäng.</source>
        <translation>Planned – not credited: only what is in place earns points.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="355"/>
        <source>Dubbelklicka för att öppna källan.</source>
        <translation>Double-click to open the source.</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="178"/>
        <location filename="../../kompass_desktop/ui/evidence.py" line="211"/>
        <source>Underlag</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="185"/>
        <source>Filtrera på område eller delområde</source>
        <translation>Filter by area or sub-area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="187"/>
        <source>Filtrera på källa</source>
        <translation>Filter by source</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="189"/>
        <source>Filtrera på status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="191"/>
        <source>Filtrera på utvärderare</source>
        <translation>Filter by evaluator</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="193"/>
        <source>Filtrera på text…</source>
        <translation>Filter by text…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="194"/>
        <source>Filtrera på text</source>
        <translation>Filter by text</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="196"/>
        <source>Alla källor</source>
        <translation>All sources</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="199"/>
        <source>Alla statusar</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="200"/>
        <source>På plats</source>
        <translation>In place</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="201"/>
        <source>Planerat</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="228"/>
        <source>Inget underlag ännu. Underlag skapas när du taggar ett stycke i en intervju (Ctrl+T), ett utdrag ur ett dokument eller en webbplatsobservation (knappen nedan).</source>
        <translation>No evidence yet. Evidence is created when you tag a passage in an interview (Ctrl+T), an excerpt from a document or a website observation (the button below).</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="230"/>
        <source>Inget underlag matchar filtret.</source>
        <translation>No evidence matches the filter.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="239"/>
        <source>Dubbelklicka eller börja skriva för att ändra text, delområden (t.ex. ”1.2, 3.4”) eller status.</source>
        <translation>Double-click or start typing to change the text, sub-areas (e.g. “1.2, 3.4”) or status.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="243"/>
        <source>Ny &amp;webbplatsobservation…</source>
        <translation>New &amp;website observation…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="244"/>
        <source>Underlag från kommunens webbplats: adress, vad du såg, delområden</source>
        <translation>Evidence from the municipality&apos;s website: address, what you saw, sub-areas</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="246"/>
        <source>Gå till &amp;källan</source>
        <translation>Go to &amp;source</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="247"/>
        <location filename="../../kompass_desktop/ui/evidence.py" line="426"/>
        <source>Ta bort underlag</source>
        <translation>Delete evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="304"/>
        <source>Ändringen sparades inte: %1</source>
        <translation>The change was not saved: %1</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="311"/>
        <source>Alla delområden</source>
        <translation>All sub-areas</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="324"/>
        <source>Alla utvärderare</source>
        <translation>All evaluators</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="361"/>
        <source>%1 av %2 visas</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="410"/>
        <source>Skriv vad du såg på webbplatsen.</source>
        <translation>Write what you saw on the website.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="417"/>
        <source>Ny webbplatsobservation</source>
        <translation>New website observation</translation>
    </message>
</context>
<context>
    <name>EvidencePickerDialog</name>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="125"/>
        <source>Underlag för punkten</source>
        <translation>Evidence for the item</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="133"/>
        <source>planerat – ej tillgodoräknat</source>
        <translation>planned – not credited</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="133"/>
        <source>på plats</source>
        <translation>in place</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="145"/>
        <source>Underlag i området</source>
        <translation>Evidence in the area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="146"/>
        <source>Underlag kopplat till områdets delområden:</source>
        <translation>Evidence linked to the area&apos;s sub-areas:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="149"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ExtractDialog</name>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="320"/>
        <location filename="../../kompass_desktop/ui/people.py" line="325"/>
        <source>Registerutdrag</source>
        <translation>Register extract</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="328"/>
        <source>Spara som PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="329"/>
        <source>Spara som text…</source>
        <translation>Save as text…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="342"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="342"/>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="343"/>
        <source>Spara registerutdrag</source>
        <translation>Save register extract</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="354"/>
        <source>Kunde inte spara utdraget</source>
        <translation>Could not save the extract</translation>
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
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="83"/>
        <source>tomt: ingen kontroll av summan</source>
        <translation>empty: no check of the sum</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="84"/>
        <source>Vad varje områdes delområden ska summera till (normalt 100).</source>
        <translation>What each area&apos;s sub-areas must add up to (normally 100).</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="88"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="91"/>
        <source>Områdesmax</source>
        <translation>Area maximum</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="94"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="95"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="106"/>
        <source>Område / delområde</source>
        <translation>Area / sub-area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="106"/>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="110"/>
        <source>Områden och delområden</source>
        <translation>Areas and sub-areas</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="114"/>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="386"/>
        <source>Nytt område</source>
        <translation>New area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="115"/>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="387"/>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="402"/>
        <source>Nytt delområde</source>
        <translation>New sub-area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="116"/>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="117"/>
        <source>Upp</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="118"/>
        <source>Ned</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="129"/>
        <source>Vald rad</source>
        <translation>Selected row</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="134"/>
        <source>Delområdets maxpoäng, t.ex. 20 eller 7,5</source>
        <translation>The sub-area&apos;s maximum points, e.g. 20 or 7.5</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="137"/>
        <source>En fråga per rad</source>
        <translation>One question per line</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="138"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="139"/>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="140"/>
        <source>Maxpoäng</source>
        <translation>Maximum points</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="141"/>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="142"/>
        <source>Frågor</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="153"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="160"/>
        <source>Problem i ramverket</source>
        <translation>Problems in the framework</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="161"/>
        <source>Klicka på ett problem för att gå till raden.</source>
        <translation>Click a problem to go to its row.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="169"/>
        <source>Nytt…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="170"/>
        <source>Börja om med ett tomt ramverk eller en variant av ett inbyggt.</source>
        <translation>Start over with an empty framework or a variant of a built-in one.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="172"/>
        <source>Tomt ramverk</source>
        <translation>Empty framework</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="174"/>
        <source>Variant av {0}</source>
        <translation>Variant of {0}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="178"/>
        <source>Skapa variant</source>
        <translation>Create variant</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="179"/>
        <source>Redigera en kopia med eget id; originalet ändras inte.</source>
        <translation>Edit a copy with its own id; the original is not changed.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="181"/>
        <source>Importera JSON…</source>
        <translation>Import JSON…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="183"/>
        <source>Spara som JSON…</source>
        <translation>Save as JSON…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="185"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="221"/>
        <source>Ramverket visas skrivskyddat: en utvärdering behåller den kopia av ramverket som den skapades med. Välj Skapa variant för att göra en egen version med nytt id.</source>
        <translation>The framework is shown read-only: an evaluation keeps the copy of the framework it was created with. Choose Create variant to make your own version with a new id.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="225"/>
        <source>Ändringar kontrolleras medan du skriver. Ramverket sparas som en JSON-fil som kan importeras när en ny utvärdering skapas; öppna utvärderingar påverkas inte.</source>
        <translation>Changes are checked as you type. The framework is saved as a JSON file that can be imported when a new evaluation is created; open evaluations are not affected.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="296"/>
        <source>Delområde</source>
        <translation>Sub-area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="296"/>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="467"/>
        <source>Inga problem.</source>
        <translation>No problems.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="471"/>
        <source>Ramverket är giltigt: {0} områden, {1} delområden.</source>
        <translation>The framework is valid: {0} areas, {1} sub-areas.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="476"/>
        <source>Kan inte sparas: {0} problem (se listan). Första: {1}</source>
        <translation>Cannot be saved: {0} problems (see the list). First: {1}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="515"/>
        <source>Sparat i {0}</source>
        <translation>Saved in {0}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="522"/>
        <source>Osparade ändringar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="523"/>
        <source>Ramverket har ändringar som inte är sparade i någon fil.</source>
        <translation>The framework has changes that are not saved in any file.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="526"/>
        <source>Spara…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="527"/>
        <source>Stäng utan att spara</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="549"/>
        <source>Importera ramverk</source>
        <translation>Import framework</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="550"/>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="562"/>
        <source>Ramverk (*.json)</source>
        <translation>Framework (*.json)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/framework_editor/editor.py" line="561"/>
        <source>Spara ramverk</source>
        <translation>Save framework</translation>
    </message>
</context>
<context>
    <name>GoodExampleDialog</name>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="163"/>
        <source>Nytt gott exempel</source>
        <translation>New good example</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="173"/>
        <source>Delområde</source>
        <translation>Sub-area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="174"/>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="175"/>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="176"/>
        <source>Varför</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="178"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GoodExampleModel</name>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="450"/>
        <source>Delområde</source>
        <translation>Sub-area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="450"/>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="451"/>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="451"/>
        <source>Varför</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../kompass_desktop/ui/help.py" line="62"/>
        <source>Användarhandbok – Kompass Desktop</source>
        <translation>User guide – Kompass Desktop</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/help.py" line="65"/>
        <source>Användarhandbok</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="180"/>
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
        <location filename="../../kompass_desktop/ui/interviews.py" line="123"/>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="128"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="131"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="133"/>
        <location filename="../../kompass_desktop/ui/interviews.py" line="134"/>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="135"/>
        <source>&amp;Gruppintervju</source>
        <translation>&amp;Group interview</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="140"/>
        <source>&amp;Rubrik:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="141"/>
        <source>När och var:</source>
        <translation>When and where:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="150"/>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="159"/>
        <source>Deltagare:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="160"/>
        <source>Lägg till &amp;deltagare</source>
        <translation>Add &amp;participant</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="161"/>
        <location filename="../../kompass_desktop/ui/interviews.py" line="344"/>
        <source>Ta bort deltagare</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="170"/>
        <source>Anteckningar:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="172"/>
        <source>&amp;Tagga markerat stycke…</source>
        <translation>&amp;Tag selected passage…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="173"/>
        <source>Markera text i anteckningarna och tagga den som underlag (Ctrl+T)</source>
        <translation>Select text in the notes and tag it as evidence (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="177"/>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="178"/>
        <source>Skriv dina anteckningar här. Markera ett stycke och tryck Ctrl+T för att tagga det till ett eller flera delområden.</source>
        <translation>Write your notes here. Select a passage and press Ctrl+T to tag it to one or more sub-areas.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="182"/>
        <source>Underlag från intervjun:</source>
        <translation>Evidence from the interview:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="184"/>
        <source>Underlag från intervjun</source>
        <translation>Evidence from the interview</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="190"/>
        <source>Tagga markerat stycke</source>
        <translation>Tag selected passage</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="272"/>
        <source>planerat</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="272"/>
        <source>på plats</source>
        <translation>in place</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="279"/>
        <source>Inget underlag ännu. Markera text ovan och tryck Ctrl+T.</source>
        <translation>No evidence yet. Select text above and press Ctrl+T.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="301"/>
        <source>Ändra intervju</source>
        <translation>Edit interview</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="304"/>
        <source>Kan inte spara</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="320"/>
        <source>Skriva anteckningar</source>
        <translation>Write notes</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="329"/>
        <source>Lägg till deltagare</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="358"/>
        <source>Inget stycke markerat</source>
        <translation>No passage selected</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="359"/>
        <source>Markera först den text i anteckningarna som ska bli underlag.</source>
        <translation>First select the text in the notes that should become evidence.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="369"/>
        <source>Tagga underlag</source>
        <translation>Tag evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="372"/>
        <source>Kan inte tagga</source>
        <translation>Cannot tag</translation>
    </message>
</context>
<context>
    <name>InterviewListModel</name>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="29"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="29"/>
        <source>Intervju</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="29"/>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="29"/>
        <source>Underlag</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="42"/>
        <source>(utan titel)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>InterviewsPage</name>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="404"/>
        <location filename="../../kompass_desktop/ui/interviews.py" line="418"/>
        <source>Intervjuer</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="407"/>
        <source>&amp;Ny intervju</source>
        <translation>&amp;New interview</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="409"/>
        <source>Ny intervju (Ctrl+Skift+I)</source>
        <translation>New interview (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="410"/>
        <location filename="../../kompass_desktop/ui/interviews.py" line="479"/>
        <source>Ta bort intervju</source>
        <translation>Delete interview</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="429"/>
        <source>Inga intervjuer ännu. Klicka på ”Ny intervju” (Ctrl+Skift+I) när du börjar ett samtal.</source>
        <translation>No interviews yet. Click “New interview” (Ctrl+Shift+I) when you start a conversation.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="434"/>
        <source>Välj en intervju i listan, eller skapa en ny.</source>
        <translation>Choose an interview in the list, or create a new one.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="466"/>
        <location filename="../../kompass_desktop/ui/interviews.py" line="467"/>
        <source>Ny intervju</source>
        <translation>New interview</translation>
    </message>
</context>
<context>
    <name>ListItemModel</name>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="393"/>
        <source>  [{0} underlag]</source>
        <translation>  [{0} evidence]</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="78"/>
        <source>Navigering</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="96"/>
        <source>Redo</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="131"/>
        <source>&amp;Ny utvärdering…</source>
        <translation>&amp;New evaluation…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="132"/>
        <source>Ö&amp;ppna…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="133"/>
        <source>Öppna &amp;demo</source>
        <translation>Open &amp;demo</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="134"/>
        <source>Spara en &amp;kopia för delning…</source>
        <translation>Save a &amp;copy for sharing…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="135"/>
        <source>Rensa &amp;personuppgifter…</source>
        <translation>Clean up &amp;personal data…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="136"/>
        <source>Utvärderingens &amp;datum…</source>
        <translation>Evaluation &amp;dates…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="137"/>
        <source>S&amp;täng utvärdering</source>
        <translation>C&amp;lose evaluation</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="138"/>
        <source>&amp;Inställningar…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="140"/>
        <source>&amp;Vem är jag…</source>
        <translation>&amp;Who am I…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="141"/>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="143"/>
        <location filename="../../kompass_desktop/ui/main_window.py" line="723"/>
        <source>&amp;Ångra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="144"/>
        <location filename="../../kompass_desktop/ui/main_window.py" line="725"/>
        <source>&amp;Gör om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="146"/>
        <source>&amp;Sök</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="147"/>
        <source>&amp;Om Kompass Desktop</source>
        <translation>&amp;About Kompass Desktop</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="149"/>
        <source>&amp;Användarhandbok</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="150"/>
        <source>&amp;Ramverk…</source>
        <translation>&amp;Framework…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="154"/>
        <source>&amp;Översikt</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="155"/>
        <source>&amp;Intervjuer</source>
        <translation>&amp;Interviews</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="156"/>
        <source>&amp;Dokument</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="157"/>
        <source>&amp;Underlag</source>
        <translation>&amp;Evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="158"/>
        <source>&amp;Rapport</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="159"/>
        <source>S&amp;ynkronisering</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="163"/>
        <source>Visa &amp;navigeringen</source>
        <translation>Show the &amp;navigation</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="169"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="172"/>
        <source>&amp;Senaste filer</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="184"/>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="191"/>
        <source>&amp;Gå till</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="198"/>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="206"/>
        <location filename="../../kompass_desktop/ui/main_window.py" line="211"/>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="210"/>
        <source>Sök i utvärderingen (Ctrl+F)</source>
        <translation>Search the evaluation (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="230"/>
        <source>(inga)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="251"/>
        <source>Öppna utvärdering</source>
        <translation>Open evaluation</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="259"/>
        <source>Förbereder demon …</source>
        <translation>Preparing the demo …</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="261"/>
        <source>Kan inte öppna demon</source>
        <translation>Cannot open the demo</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="265"/>
        <source>någon</source>
        <translation>someone</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="268"/>
        <source>i ett annat fönster på den här datorn</source>
        <translation>in another window on this computer</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="269"/>
        <source>på datorn %1</source>
        <translation>on the computer %1</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="270"/>
        <source>Filen är redan öppen</source>
        <translation>The file is already open</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="271"/>
        <source>%1 har filen öppen %2. Om två program skriver i samma fil samtidigt kan ändringar gå förlorade.

Stäng filen där först, eller arbeta i en kopia och slå ihop den senare.</source>
        <translation>%1 has the file open %2. If two programs write to the same file at the same time, changes can be lost.

Close the file there first, or work in a copy and merge it later.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="275"/>
        <source>Öppna ändå</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="300"/>
        <source>Filen är öppen i ett annat program.</source>
        <translation>The file is open in another program.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="304"/>
        <location filename="../../kompass_desktop/ui/main_window.py" line="309"/>
        <source>Öppnar %1 …</source>
        <translation>Opening %1 …</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="305"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="306"/>
        <source>Öppnar</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="289"/>
        <location filename="../../kompass_desktop/ui/main_window.py" line="337"/>
        <source>Avbrutet</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="252"/>
        <source>Kompass-utvärderingar (*.kompass *.kompass-enc);;Alla filer (*)</source>
        <translation>Kompass evaluations (*.kompass *.kompass-enc);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="349"/>
        <source>Kan inte öppna filen</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="377"/>
        <source>Öppnade %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="386"/>
        <source>Filen ändrades av ett annat program; visar det senaste innehållet</source>
        <translation>The file was changed by another program; showing the latest content</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="406"/>
        <source>Kan inte spara arbetskopian</source>
        <translation>Cannot save the working copy</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="412"/>
        <source>Filen ligger i en molnsynkad mapp. Synkroniseringen kan skriva över ändringar eller skapa dubbletter medan du arbetar. Arbeta i en lokal fil och dela kopior (Arkiv → Spara en kopia för delning).</source>
        <translation>The file is in a cloud-synced folder. Syncing can overwrite changes or create duplicates while you work. Work in a local file and share copies (File → Save a copy for sharing).</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="415"/>
        <source>Filen ligger på en nätverksenhet. Om anslutningen bryts kan filen skadas. Arbeta i en lokal fil och dela kopior (Arkiv → Spara en kopia för delning).</source>
        <translation>The file is on a network drive. If the connection drops, the file can be damaged. Work in a local file and share copies (File → Save a copy for sharing).</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="417"/>
        <source>Filen ligger på ett flyttbart minne. Om minnet dras ut medan du arbetar kan filen skadas. Kopiera filen till datorn och arbeta där.</source>
        <translation>The file is on removable storage. If it is unplugged while you work, the file can be damaged. Copy the file to the computer and work there.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="485"/>
        <source>Kopian sparades: %1</source>
        <translation>Copy saved: %1</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="493"/>
        <source>Slutrapporten är exporterad. Rensa personuppgifter som inte längre behövs: Arkiv → Rensa personuppgifter, eller sidan Personer.</source>
        <translation>The final report has been exported. Clean up personal data that is no longer needed: File → Clean up personal data, or the People page.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="513"/>
        <location filename="../../kompass_desktop/ui/main_window.py" line="590"/>
        <source>Översikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="513"/>
        <source>Intervjuer</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="514"/>
        <source>Dokument</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="514"/>
        <source>Underlag</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="516"/>
        <location filename="../../kompass_desktop/ui/main_window.py" line="591"/>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="516"/>
        <location filename="../../kompass_desktop/ui/main_window.py" line="592"/>
        <source>Synkronisering</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="517"/>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="722"/>
        <source>&amp;Ångra %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="724"/>
        <source>&amp;Gör om %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/main_window.py" line="732"/>
        <source>Sparat %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="9"/>
        <source>förtroendevald</source>
        <translation>elected representative</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="10"/>
        <source>tjänsteperson</source>
        <translation>official</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="11"/>
        <source>facklig företrädare</source>
        <translation>union representative</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="12"/>
        <source>chef</source>
        <translation>manager</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="13"/>
        <source>medarbetare</source>
        <translation>employee</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="14"/>
        <source>annan</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="17"/>
        <source>policy</source>
        <translation>policy</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="18"/>
        <source>strategi</source>
        <translation>strategy</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="19"/>
        <source>program</source>
        <translation>programme</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="20"/>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="21"/>
        <source>riktlinje</source>
        <translation>guideline</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="22"/>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="23"/>
        <source>årsredovisning</source>
        <translation>annual report</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="24"/>
        <source>webbsida</source>
        <translation>web page</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="25"/>
        <source>sociala medier</source>
        <translation>social media</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="26"/>
        <source>annat</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="30"/>
        <source>Utvärdering</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="31"/>
        <source>Utvärderare</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="32"/>
        <source>Intervju</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="33"/>
        <source>Deltagare</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="34"/>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="35"/>
        <source>Underlag</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="36"/>
        <source>Koppling av underlag</source>
        <translation>Evidence link</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="37"/>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="38"/>
        <source>Överenskommen poäng</source>
        <translation>Agreed score</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="39"/>
        <source>Klarmarkering</source>
        <translation>Ready mark</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="40"/>
        <source>Områdestext</source>
        <translation>Area text</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="41"/>
        <source>Delområdestext</source>
        <translation>Sub-area text</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="42"/>
        <source>Styrka/förbättring</source>
        <translation>Strength/improvement</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="43"/>
        <source>Gott exempel</source>
        <translation>Good example</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="44"/>
        <source>Jämförelse</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="48"/>
        <source>utvärderingen</source>
        <translation>the evaluation</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="49"/>
        <source>utvärderare</source>
        <translation>evaluators</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="50"/>
        <source>intervjuer</source>
        <translation>interviews</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="51"/>
        <source>deltagare</source>
        <translation>participants</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="52"/>
        <source>dokument</source>
        <translation>documents</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="53"/>
        <source>underlag</source>
        <translation>evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="54"/>
        <source>kopplingar till delområden</source>
        <translation>links to sub-areas</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="55"/>
        <source>utkastpoäng</source>
        <translation>draft scores</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="56"/>
        <source>överenskomna poäng</source>
        <translation>agreed scores</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="57"/>
        <source>klarmarkeringar</source>
        <translation>ready marks</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="58"/>
        <source>områdestexter</source>
        <translation>area texts</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="59"/>
        <source>delområdestexter</source>
        <translation>sub-area texts</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="60"/>
        <source>styrkor/förbättringar</source>
        <translation>strengths/improvements</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="61"/>
        <source>goda exempel</source>
        <translation>good examples</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="62"/>
        <source>jämförelseserier</source>
        <translation>comparison series</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="65"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="66"/>
        <source>anteckningar</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="67"/>
        <source>titel</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="68"/>
        <source>plats</source>
        <translation>place</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="69"/>
        <source>poäng</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="70"/>
        <source>motivering</source>
        <translation>rationale</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="71"/>
        <source>allmän text</source>
        <translation>general text</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="72"/>
        <source>ramverk (maxpoäng)</source>
        <translation>framework (maximum points)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="73"/>
        <location filename="../../kompass_desktop/ui/names.py" line="74"/>
        <source>borttagen</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="75"/>
        <source>ordning</source>
        <translation>order</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="76"/>
        <source>namn</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="77"/>
        <source>utgivare</source>
        <translation>issuer</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="78"/>
        <source>år</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="79"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="80"/>
        <source>roll</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="81"/>
        <source>funktion</source>
        <translation>function</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="82"/>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="83"/>
        <source>typ</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="84"/>
        <source>antagen</source>
        <translation>adopted</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="85"/>
        <source>vad</source>
        <translation>what</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="86"/>
        <source>varför</source>
        <translation>why</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="87"/>
        <source>kommun</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="88"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/names.py" line="89"/>
        <source>klar</source>
        <translation>ready</translation>
    </message>
</context>
<context>
    <name>NewEvaluationWizard</name>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="301"/>
        <source>Ny utvärdering</source>
        <translation>New evaluation</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="303"/>
        <source>&amp;Nästa &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="304"/>
        <source>&lt; &amp;Tillbaka</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="305"/>
        <source>&amp;Skapa</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="306"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="339"/>
        <source>Kan inte skapa utvärderingen</source>
        <translation>Cannot create the evaluation</translation>
    </message>
</context>
<context>
    <name>OrderedListEditor</name>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="40"/>
        <source>Ändra punkt</source>
        <translation>Edit item</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="51"/>
        <source>Ny punkt – skriv och tryck Enter</source>
        <translation>New item – type and press Enter</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="52"/>
        <source>Ny punkt: </source>
        <translation>New item: </translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="56"/>
        <source>Upp</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="57"/>
        <source>Ned</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="58"/>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="59"/>
        <source>Underlag…</source>
        <translation>Evidence…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="60"/>
        <source>Välj det underlag punkten bygger på.</source>
        <translation>Choose the evidence the item is based on.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="85"/>
        <source>Ny punkt</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="97"/>
        <source>Flytta punkt</source>
        <translation>Move item</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="109"/>
        <source>Koppla underlag</source>
        <translation>Link evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="116"/>
        <source>Ta bort punkt</source>
        <translation>Delete item</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="304"/>
        <source>Total poäng</source>
        <translation>Total score</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="316"/>
        <source>Poäng per område</source>
        <translation>Points per area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="33"/>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="331"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="31"/>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="31"/>
        <source>Poäng</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="32"/>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="32"/>
        <source>Procent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="69"/>
        <source>dolt prel.</source>
        <translation>hidden prel.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="78"/>
        <source>{0} av {1} överens</source>
        <translation>{0} of {1} agreed</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="89"/>
        <source>Dubbelklicka för att öppna poängsättningen.</source>
        <translation>Double-click to open the scoring.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="121"/>
        <source>Jämförelse</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="123"/>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="125"/>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="128"/>
        <source>Område {0}</source>
        <translation>Area {0}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="141"/>
        <source>(ej jämförbar)</source>
        <translation>(not comparable)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="143"/>
        <source>inskriven</source>
        <translation>typed in</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="144"/>
        <source>från fil</source>
        <translation>from file</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="145"/>
        <source>medel av filer</source>
        <translation>average of files</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="156"/>
        <source>Från ramverksrevisionen {0}, inte {1}: inte direkt jämförbar.</source>
        <translation>From framework revision {0}, not {1}: not directly comparable.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="160"/>
        <source>Angiven summa (visas som den publicerades).</source>
        <translation>Given total (shown as published).</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="162"/>
        <source>Σ: ingen summa angiven, summan av områdena visas.</source>
        <translation>Σ: no total given, the sum of the areas is shown.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="297"/>
        <source>Datum…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="298"/>
        <source>Utvärderingens datum: enkät, platsbesök, rapport, återföringsseminarium (Arkiv → Utvärderingens datum…).</source>
        <translation>The evaluation&apos;s dates: questionnaire, site visit, report, feedback seminar (File → Evaluation dates…).</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="332"/>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="376"/>
        <source>Jämförelser</source>
        <translation>Comparisons</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="380"/>
        <source>Lägg till…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="381"/>
        <source>Ändra…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="382"/>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="383"/>
        <source>Från annan utvärdering…</source>
        <translation>From another evaluation…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="384"/>
        <source>Medel av utvärderingar…</source>
        <translation>Average of evaluations…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="404"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; av {1} poäng ({2} %)</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; of {1} points ({2} %)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="407"/>
        <source>prel.</source>
        <translation>prel.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="408"/>
        <source>Summan av alla delområdens oavrundade poäng, avrundad till hela poäng. Preliminär så länge något delområde saknar överenskommen poäng.</source>
        <translation>The sum of all sub-areas&apos; unrounded points, rounded to whole points. Preliminary as long as any sub-area lacks an agreed score.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="411"/>
        <source>&lt;i&gt;dolt prel.&lt;/i&gt;</source>
        <translation>&lt;i&gt;hidden prel.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="412"/>
        <source>Dolt tills du markerat dina utkast som klara i område {0}: preliminära poäng skulle avslöja de andras utkast (blind bedömning).</source>
        <translation>Hidden until you have marked your drafts ready in area {0}: preliminary scores would reveal the others&apos; drafts (blind scoring).</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="450"/>
        <source>⚠ poängsatt</source>
        <translation>⚠ scored</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="452"/>
        <source>{0} {1}: {2}–{3} av {4}</source>
        <translation>{0} {1}: {2}–{3} of {4}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="456"/>
        <source>{0}{1}: {2} ({3} värden)</source>
        <translation>{0}{1}: {2} ({3} values)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="467"/>
        <source>&lt;b&gt;Överenskommen poäng:&lt;/b&gt; {0} av {1} delområden</source>
        <translation>&lt;b&gt;Agreed score:&lt;/b&gt; {0} of {1} sub-areas</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="469"/>
        <source>Alla delområden har underlag på plats.</source>
        <translation>All sub-areas have evidence in place.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="471"/>
        <source>&lt;b&gt;Utan underlag på plats:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Without evidence in place:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="473"/>
        <source>Inga synliga skillnader över gränsen.</source>
        <translation>No visible differences above the threshold.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="475"/>
        <source>&lt;b&gt;Skillnader mellan utvärderarna:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Differences between evaluators:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="477"/>
        <source>Delområden där utkasten skiljer sig mer än 15 % av maxpoängen. Visas bara för områden där du markerat dina egna utkast som klara (blind bedömning).</source>
        <translation>Sub-areas where the drafts differ by more than 15 % of the maximum points. Shown only for areas where you have marked your own drafts ready (blind scoring).</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="480"/>
        <source>Inga öppna konflikter.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="482"/>
        <source>&lt;b&gt;Öppna sammanslagningskonflikter:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Open merge conflicts:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="514"/>
        <source>Ny jämförelse</source>
        <translation>New comparison</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="526"/>
        <source>Ändra jämförelse</source>
        <translation>Edit comparison</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="534"/>
        <source>Ta bort jämförelse</source>
        <translation>Delete comparison</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="537"/>
        <source>Jämför med en annan utvärdering</source>
        <translation>Compare with another evaluation</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="538"/>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="548"/>
        <source>Kompass-utvärderingar (*.kompass)</source>
        <translation>Kompass evaluations (*.kompass)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="544"/>
        <source>Jämförelse från fil</source>
        <translation>Comparison from file</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="547"/>
        <source>Välj utvärderingar att ta medel av</source>
        <translation>Choose evaluations to average</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="551"/>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="559"/>
        <source>Medel av utvärderingar</source>
        <translation>Average of evaluations</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="551"/>
        <source>Namn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="552"/>
        <source>Medel av {0} utvärderingar</source>
        <translation>Average of {0} evaluations</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="563"/>
        <source>Medel av {0} filer.</source>
        <translation>Average of {0} files.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="565"/>
        <source>Utelämnade (inte jämförbara): {0}</source>
        <translation>Left out (not comparable): {0}</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="64"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="64"/>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="64"/>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="87"/>
        <source>Ändra deltagare</source>
        <translation>Edit participant</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../kompass_desktop/ui/share_options.py" line="173"/>
        <source>Krypterad kopia</source>
        <translation>Encrypted copy</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/share_options.py" line="180"/>
        <source>Lösenfras</source>
        <translation>Passphrase</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="25"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="25"/>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="25"/>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="25"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="26"/>
        <source>Intervjuer</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="26"/>
        <source>I registret</source>
        <translation>In the register</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="37"/>
        <source>(namn raderat)</source>
        <translation>(name erased)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="47"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="47"/>
        <source>nej</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="141"/>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="144"/>
        <source>Alla som utvärderingen nämner: namn, roll, funktion och de intervjuer de deltog i. Samma person i flera intervjuer är en post; slå ihop poster som gäller samma person.</source>
        <translation>Everyone the evaluation names: name, role, function and the interviews they took part in. The same person in several interviews is one entry; join entries that are the same person.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="153"/>
        <source>Slutrapporten är exporterad. Personuppgifter som inte längre behövs bör nu rensas bort.</source>
        <translation>The final report has been exported. Personal data that is no longer needed should now be cleaned up.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="157"/>
        <location filename="../../kompass_desktop/ui/people.py" line="200"/>
        <source>Rensa personuppgifter…</source>
        <translation>Clean up personal data…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="166"/>
        <source>Slå ihop förslaget</source>
        <translation>Join the suggestion</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="177"/>
        <source>Personregister</source>
        <translation>Register of people</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="194"/>
        <location filename="../../kompass_desktop/ui/people.py" line="269"/>
        <source>Lägg till i registret</source>
        <translation>Add to the register</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="196"/>
        <source>Slå ihop markerade</source>
        <translation>Join selected</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="198"/>
        <source>Registerutdrag…</source>
        <translation>Register extract…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="228"/>
        <source>Förslag: samma namn och organisation – troligen samma person: %1</source>
        <translation>Suggestion: same name and organisation – probably the same person: %1</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="235"/>
        <source>Personuppgifter rensades %1 av %2.</source>
        <translation>Personal data was erased on %1 by %2.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="271"/>
        <source>Kan inte lägga till</source>
        <translation>Cannot add</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="288"/>
        <source>Slå ihop personer</source>
        <translation>Join people</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="291"/>
        <source>Kan inte slå ihop</source>
        <translation>Cannot join</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="302"/>
        <source>Kan inte göra utdrag</source>
        <translation>Cannot make an extract</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="57"/>
        <source>Uppgifter i registret</source>
        <translation>Register details</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="62"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="62"/>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="62"/>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="63"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="63"/>
        <source>Kontaktuppgifter</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="64"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="73"/>
        <source>T.ex. vad personen fått veta om hur anteckningarna sparas</source>
        <translation>E.g. what the person was told about how the notes are kept</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="82"/>
        <source>Spara anteckningen</source>
        <translation>Save the note</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="105"/>
        <source>Välj en person i listan.</source>
        <translation>Choose a person in the list.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="107"/>
        <source>Deltagaren finns inte i registret än. Lägg till den för att kunna ange organisation, kontaktuppgifter och anteckning.</source>
        <translation>The participant is not in the register yet. Add them to enter organisation, contact details and a note.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="125"/>
        <source>Ändra personuppgift</source>
        <translation>Edit personal detail</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="128"/>
        <source>Kan inte spara</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <location filename="../../kompass_desktop/ui/common.py" line="118"/>
        <source>Den här delen av arbetsbänken kommer i en senare version. Allt annat fungerar redan, och det du skriver sparas direkt i filen.</source>
        <translation>This part of the workbench comes in a later version. Everything else already works, and what you type is saved in the file at once.</translation>
    </message>
</context>
<context>
    <name>PointsDelegate</name>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="295"/>
        <source>Poäng</source>
        <translation>Points</translation>
    </message>
</context>
<context>
    <name>ProcessDates</name>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="201"/>
        <source>Enkäten inkom:</source>
        <translation>Questionnaire received:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="202"/>
        <source>Platsbesök, första dag:</source>
        <translation>Site visit, first day:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="203"/>
        <source>Platsbesök, sista dag:</source>
        <translation>Site visit, last day:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="204"/>
        <source>Rapporten levererad:</source>
        <translation>Report delivered:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="205"/>
        <source>Återföringsseminarium:</source>
        <translation>Feedback seminar:</translation>
    </message>
</context>
<context>
    <name>ProcessDatesDialog</name>
    <message>
        <location filename="../../kompass_desktop/ui/dialogs.py" line="97"/>
        <source>Utvärderingens datum</source>
        <translation>Evaluation dates</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/dialogs.py" line="100"/>
        <source>Kryssa i de datum som är kända. Datumen står i rapporten; platsbesöket krävs för slutversionen.</source>
        <translation>Tick the dates that are known. The dates appear in the report; the site visit is required for the final version.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/dialogs.py" line="129"/>
        <source>Ändra datum</source>
        <translation>Change dates</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBar</name>
    <message>
        <location filename="../../kompass_desktop/ui/file_watch.py" line="71"/>
        <source>Filen är skrivskyddad: du kan läsa den och exportera rapporten, men inte ändra den. Spara en arbetskopia för att arbeta vidare.</source>
        <translation>The file is read-only: you can read it and export the report, but not change it. Save a working copy to go on working.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/file_watch.py" line="74"/>
        <source>Spara en arbetskopia…</source>
        <translation>Save a working copy…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/file_watch.py" line="75"/>
        <location filename="../../kompass_desktop/ui/file_watch.py" line="98"/>
        <source>Spara en arbetskopia</source>
        <translation>Save a working copy</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/file_watch.py" line="95"/>
        <source> (arbetskopia)</source>
        <translation> (working copy)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/file_watch.py" line="99"/>
        <source>Kompass-utvärderingar (*.kompass)</source>
        <translation>Kompass evaluations (*.kompass)</translation>
    </message>
</context>
<context>
    <name>RejectedModel</name>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="19"/>
        <source>Utvärdering</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="20"/>
        <source>Utvärderare</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="21"/>
        <source>Intervju</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="22"/>
        <source>Deltagare</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="23"/>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="24"/>
        <source>Underlag</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="25"/>
        <source>Koppling av underlag</source>
        <translation>Evidence tag</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="26"/>
        <source>Utkastpoäng</source>
        <translation>Draft score</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="27"/>
        <source>Överenskommen poäng</source>
        <translation>Agreed score</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="28"/>
        <source>Klarmarkering</source>
        <translation>Ready mark</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="29"/>
        <source>Områdestext</source>
        <translation>Area text</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="30"/>
        <source>Delområdestext</source>
        <translation>Sub-area text</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="31"/>
        <source>Styrka/förbättring</source>
        <translation>Strength/improvement</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="32"/>
        <source>Gott exempel</source>
        <translation>Good example</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="33"/>
        <source>Jämförelseserie</source>
        <translation>Comparison series</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="36"/>
        <source>poäng</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="37"/>
        <source>motivering</source>
        <translation>rationale</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="38"/>
        <source>delområde</source>
        <translation>sub-area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="39"/>
        <source>område</source>
        <translation>area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="40"/>
        <source>poäng per område</source>
        <translation>points per area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="41"/>
        <source>totalt</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="42"/>
        <source>år</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="43"/>
        <source>ramverk</source>
        <translation>framework</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="44"/>
        <source>borttagen</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="45"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="46"/>
        <source>anteckningar</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="47"/>
        <source>titel</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="48"/>
        <source>namn</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="49"/>
        <source>ordning</source>
        <translation>order</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="50"/>
        <source>intervju</source>
        <translation>interview</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="51"/>
        <source>dokument</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="52"/>
        <source>underlag</source>
        <translation>evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="53"/>
        <source>bifogad fil</source>
        <translation>attached file</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="69"/>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="69"/>
        <source>Fält</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="70"/>
        <source>Värde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="70"/>
        <source>Skäl</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>RejectedPanel</name>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="96"/>
        <source>Värden från kollegans fil som inte klarade kontrollen (fel typ, utanför gränserna eller med en trasig klocka). De togs inte in; resten av filen slogs ihop.</source>
        <translation>Values from the colleague&apos;s file that failed the check (wrong type, out of bounds or a broken clock). They were not brought in; the rest of the file was merged.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="103"/>
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="121"/>
        <source>Avvisade värden</source>
        <translation>Refused values</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="120"/>
        <source>Avvisade värden (%n)</source>
        <translation>
            <numerusform>Refused values (%n)</numerusform>
            <numerusform>Refused values (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kompass_desktop/ui/sync_rejected.py" line="128"/>
        <source>Ogiltiga värden som inte togs in: %n (se fliken Avvisade värden).</source>
        <translation>
            <numerusform>Invalid value not brought in: %n (see the Refused values tab).</numerusform>
            <numerusform>Invalid values not brought in: %n (see the Refused values tab).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="83"/>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="92"/>
        <source>Innehåll</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="105"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="107"/>
        <source>Utkast – märks UTKAST med datum och tid på varje sida</source>
        <translation>Draft – marked DRAFT with date and time on every page</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="134"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="144"/>
        <source>Exportförlopp</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="258"/>
        <source>Exportera rapport</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="259"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="86"/>
        <source>Exportera utvärderingen: hela rapporten som kommunen får (PDF eller Word), eller en sammanfattning i bildspelsformat för återföringen.</source>
        <translation>Export the evaluation: the full report the municipality receives (PDF or Word), or a slide-style summary for the feedback meeting.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="94"/>
        <source>Hela rapporten som PDF (stående A4, tillgänglig PDF)</source>
        <translation>Full report as PDF (portrait A4, accessible PDF)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="95"/>
        <source>Hela rapporten som Word-dokument (.docx)</source>
        <translation>Full report as a Word document (.docx)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="96"/>
        <source>Bildspel – sammanfattning som PDF (liggande)</source>
        <translation>Slides – summary as PDF (landscape)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="108"/>
        <source>Slutversion – kräver en komplett utvärdering</source>
        <translation>Final version – needs a complete evaluation</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="118"/>
        <source>Det som saknas för en slutversion</source>
        <translation>What is missing for a final version</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="126"/>
        <source>Öppna filen när den är klar</source>
        <translation>Open the file when it is ready</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="131"/>
        <source>Exportera…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="132"/>
        <source>Exportera rapporten</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="156"/>
        <source>Uppdatera förhandsgranskning</source>
        <translation>Refresh preview</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="158"/>
        <source>Skriv ut…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="161"/>
        <source>Ingen förhandsgranskning ännu.</source>
        <translation>No preview yet.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="169"/>
        <source>Förhandsgranskning av rapporten</source>
        <translation>Preview of the report</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="177"/>
        <source>Förhandsgranskning kräver QtPdf (PySide6-Pdf).</source>
        <translation>The preview needs QtPdf (PySide6-Pdf).</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="221"/>
        <source>Utvärderingen är komplett: slutversionen kan exporteras.</source>
        <translation>The evaluation is complete: the final version can be exported.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="226"/>
        <source>1 sak saknas innan slutversionen kan exporteras; bara utkast kan exporteras nu:</source>
        <translation>1 item is missing before the final version can be exported; only drafts can be exported now:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="229"/>
        <source>%1 saker saknas innan slutversionen kan exporteras; bara utkast kan exporteras nu:</source>
        <translation>%1 items are missing before the final version can be exported; only drafts can be exported now:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="259"/>
        <source>Word-dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="287"/>
        <source>Exporterar…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="293"/>
        <source>Slutversionen kan inte skapas förrän utvärderingen är komplett (%1 saker saknas, se listan ovan).</source>
        <translation>The final version cannot be made until the evaluation is complete (%1 items missing, see the list above).</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="303"/>
        <source>Avbryter…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="330"/>
        <source>Sparad: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="339"/>
        <source>Word-dokument</source>
        <translation>Word documents</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="339"/>
        <source>PDF-filer</source>
        <translation>PDF files</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="341"/>
        <source>Filen sparades som %1, men den kunde inte öppnas: inget program för %2 verkar vara installerat.</source>
        <translation>The file was saved as %1, but it could not be opened: no program for %2 seems to be installed.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="363"/>
        <source>Exporten avbröts; ingen fil skrevs.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="367"/>
        <source>Exporten misslyckades: %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="387"/>
        <source>Förhandsgranskningen läggs upp…</source>
        <translation>Laying out the preview…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="403"/>
        <source>Förhandsgranskning (utkast), %1 sidor.</source>
        <translation>Preview (draft), %1 pages.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="410"/>
        <source>Förhandsgranskningen misslyckades: %1</source>
        <translation>The preview failed: %1</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/report_view.py" line="427"/>
        <source>Skrivaren kunde inte startas.</source>
        <translation>The printer could not be started.</translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message>
        <location filename="../../kompass_desktop/ui/interviews.py" line="100"/>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>ScoreTableModel</name>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="100"/>
        <source>Delområde</source>
        <translation>Sub-area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="102"/>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="105"/>
        <source> (du)</source>
        <translation> (you)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="106"/>
        <source>Överens</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="107"/>
        <source>Poäng</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="108"/>
        <source>Procent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="109"/>
        <source>Underlag</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="114"/>
        <source>Ditt eget utkast. Skriv poäng med en decimal, t.ex. 12,5.</source>
        <translation>Your own draft. Type points with one decimal, e.g. 12.5.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="116"/>
        <source>Utkast från {0}. Visas först när du markerat dina utkast för området som klara (blind bedömning).</source>
        <translation>Draft by {0}. Shown once you have marked your drafts for the area as ready (blind scoring).</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="120"/>
        <source>Teamets överenskomna poäng. Den sparar spridningen av utkasten den kom från.</source>
        <translation>The team&apos;s agreed score. It keeps the spread of the drafts it came from.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="124"/>
        <source>Poäng som räknas: överenskommen, annars medel av utkasten (prel.), annars – (ej bedömd). Avrundat till hela poäng.</source>
        <translation>Points that count: agreed, otherwise the mean of the drafts (prel.), otherwise – (not scored). Rounded to whole points.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="128"/>
        <source>Underlag kopplat till delområdet: på plats / planerat. Planerat tillgodoräknas inte.</source>
        <translation>Evidence linked to the sub-area: in place / planned. Planned is not credited.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="149"/>
        <source>Utkasten skiljer sig: {0}–{1} poäng, {2} poäng isär = {3} % av maxpoängen {4}. Markeras när skillnaden är mer än 15 % av delområdets max (här {5} poäng), ungefär ett steg i bedömningen – diskutera innan ni sätter överenskommen poäng.</source>
        <translation>The drafts differ: {0}–{1} points, {2} points apart = {3} % of the maximum {4}. Marked when the difference is more than 15 % of the sub-area&apos;s maximum (here {5} points), about one step of the assessment – discuss before you set the agreed score.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="178"/>
        <source>dolt</source>
        <translation>hidden</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="183"/>
        <source>dolt prel.</source>
        <translation>hidden prel.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="227"/>
        <source>Dolt tills du markerat dina egna utkast för området som klara (blind bedömning).</source>
        <translation>Hidden until you have marked your own drafts for the area as ready (blind scoring).</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="232"/>
        <source>Inmatat av {0} för {1}.</source>
        <translation>Entered by {0} for {1}.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="241"/>
        <source>Överenskommen utifrån utkasten: {0}</source>
        <translation>Agreed from the drafts: {0}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="244"/>
        <source>Preliminär poäng (medel av utkasten) döljs tills du markerat dina utkast som klara: den skulle avslöja de andras utkast.</source>
        <translation>The preliminary score (mean of the drafts) stays hidden until you have marked your drafts as ready: it would give the others&apos; drafts away.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="248"/>
        <source>Överenskommen poäng</source>
        <translation>Agreed score</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="249"/>
        <source>Preliminär: medel av utkasten, ingen överenskommen poäng ännu</source>
        <translation>Preliminary: mean of the drafts, no agreed score yet</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="252"/>
        <source>Ej bedömd</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="254"/>
        <source>{0} på plats, {1} planerat (planerat tillgodoräknas inte)</source>
        <translation>{0} in place, {1} planned (planned is not credited)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="258"/>
        <source>Poängsatt utan underlag som finns på plats.</source>
        <translation>Scored without evidence that is in place.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/models.py" line="281"/>
        <source>Delområde {0}: {1}</source>
        <translation>Sub-area {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="219"/>
        <source>Områdets poäng</source>
        <translation>Area score</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="222"/>
        <source>Total poäng</source>
        <translation>Total score</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="229"/>
        <source>Jag är:</source>
        <translation>I am:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="231"/>
        <source>Vilken utvärderare du är</source>
        <translation>Which evaluator you are</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="236"/>
        <source>Mina utkast för området är klara</source>
        <translation>My drafts for the area are ready</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="238"/>
        <source>Blind bedömning: de andras utkast för området visas först när du markerat dina egna som klara, så att varje första bedömning görs oberoende.</source>
        <translation>Blind scoring: the others&apos; drafts for the area are shown only after you have marked your own ready, so every first judgement is made independently.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="263"/>
        <source>Poäng per delområde</source>
        <translation>Points per sub-area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="272"/>
        <source>&lt;i&gt;12 prel.&lt;/i&gt; = preliminär (medel av utkasten) · – = ej bedömd · &lt;span style=&apos;background:#ffd8a8&apos;&gt;&amp;nbsp;orange&amp;nbsp;&lt;/span&gt; = utkasten skiljer sig mer än {0} % av maxpoängen · ⚠ = poäng utan underlag på plats · Underlag: på plats / planerat</source>
        <translation>&lt;i&gt;12 prel.&lt;/i&gt; = preliminary (mean of the drafts) · – = not scored · &lt;span style=&apos;background:#ffd8a8&apos;&gt;&amp;nbsp;orange&amp;nbsp;&lt;/span&gt; = the drafts differ by more than {0} % of the maximum points · ⚠ = points without evidence in place · Evidence: in place / planned</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="282"/>
        <source>Delområde</source>
        <translation>Sub-area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="283"/>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="368"/>
        <source>Goda exempel</source>
        <translation>Good examples</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="284"/>
        <source>Allmän text</source>
        <translation>General text</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="285"/>
        <source>Allmän text om området</source>
        <translation>General text about the area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="288"/>
        <source>Allmänt om området</source>
        <translation>About the area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="291"/>
        <source>Styrkor</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="292"/>
        <source>Förbättringsmöjligheter</source>
        <translation>Opportunities for improvement</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="295"/>
        <source>Styrkor och förbättringsmöjligheter</source>
        <translation>Strengths and opportunities for improvement</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="315"/>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="316"/>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="317"/>
        <source>Motivering</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="319"/>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="321"/>
        <source>Text i rapporten för delområdet</source>
        <translation>Text in the report for the sub-area</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="320"/>
        <source>Delområdestext</source>
        <translation>Sub-area text</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="329"/>
        <source>Underlag på plats</source>
        <translation>Evidence in place</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="334"/>
        <source>Planerat underlag</source>
        <translation>Planned evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="360"/>
        <source>Ändra gott exempel</source>
        <translation>Edit good example</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="371"/>
        <source>Lägg till…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="373"/>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="378"/>
        <source>Dubbelklicka på en cell för att ändra.</source>
        <translation>Double-click a cell to edit it.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="409"/>
        <source>Området: &lt;i&gt;dolt prel.&lt;/i&gt;</source>
        <translation>Area: &lt;i&gt;hidden prel.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="411"/>
        <source>Områdets preliminära poäng bygger på de andras utkast och visas när du markerat dina utkast som klara (blind bedömning).</source>
        <translation>The area&apos;s preliminary score is based on the others&apos; drafts and is shown when you have marked your drafts ready (blind scoring).</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="414"/>
        <source>Området: – av {0} (ej bedömt)</source>
        <translation>Area: – of {0} (not scored)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="418"/>
        <source>Området: &lt;b&gt;{0}&lt;/b&gt; av {1} ({2} %)</source>
        <translation>Area: &lt;b&gt;{0}&lt;/b&gt; of {1} ({2} %)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="421"/>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="427"/>
        <source>prel.</source>
        <translation>prel.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="425"/>
        <source>Totalt: &lt;b&gt;{0}&lt;/b&gt; av {1}</source>
        <translation>Total: &lt;b&gt;{0}&lt;/b&gt; of {1}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="429"/>
        <source>Totalt: &lt;i&gt;dolt prel.&lt;/i&gt;</source>
        <translation>Total: &lt;i&gt;hidden prel.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="432"/>
        <source>Summan av alla delområdens oavrundade poäng, avrundad först här. Preliminär så länge något delområde saknar överenskommen poäng.</source>
        <translation>The sum of all sub-areas&apos; unrounded points, rounded only here. Preliminary as long as any sub-area lacks an agreed score.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="462"/>
        <source>(välj vem du är)</source>
        <translation>(choose who you are)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="467"/>
        <source>{0} (för hens räkning…)</source>
        <translation>{0} (on their behalf…)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="478"/>
        <source>Du anger utkast för {0}, för hens räkning; historiken visar att du skrev dem. Välj ditt eget namn för att sluta.</source>
        <translation>You are entering drafts for {0}, on their behalf; the history shows that you typed them. Choose your own name to stop.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="481"/>
        <source>De andras utkast är dolda.</source>
        <translation>The others&apos; drafts are hidden.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="483"/>
        <source>Välj vem du är för att ange egna utkast. De andras utkast är dolda (blind bedömning).</source>
        <translation>Choose who you are to enter your own drafts. The others&apos; drafts are hidden (blind scoring).</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="486"/>
        <source>De andras utkast är dolda tills du markerat dina som klara.</source>
        <translation>The others&apos; drafts are hidden until you have marked yours ready.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="488"/>
        <source>Du ser alla utkast.</source>
        <translation>You see all drafts.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="490"/>
        <source>Klara: {0}.</source>
        <translation>Ready: {0}.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="499"/>
        <source>Delområdena visas avrundade: {0} = {1}.</source>
        <translation>The sub-areas are shown rounded: {0} = {1}.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="501"/>
        <source>Områdets poäng är summan av de oavrundade poängen ({0}), avrundad först här: {1}.</source>
        <translation>The area&apos;s points are the sum of the unrounded points ({0}), rounded only here: {1}.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="504"/>
        <source>Därför kan summan av de visade talen skilja sig från områdets poäng.</source>
        <translation>That is why the sum of the numbers shown can differ from the area&apos;s points.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="535"/>
        <source>Delområde {0}</source>
        <translation>Sub-area {0}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="539"/>
        <source>⚠ Poängsatt utan underlag som finns på plats – bara det som finns på plats tillgodoräknas.</source>
        <translation>⚠ Scored without evidence in place – only what is in place is credited.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="556"/>
        <source>&lt;b&gt;Underlag på plats&lt;/b&gt; (tillgodoräknas): {0}</source>
        <translation>&lt;b&gt;Evidence in place&lt;/b&gt; (credited): {0}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="558"/>
        <source>&lt;b&gt;Planerat&lt;/b&gt; – ej tillgodoräknat: {0}</source>
        <translation>&lt;b&gt;Planned&lt;/b&gt; – not credited: {0}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="575"/>
        <source>Utkast {0} för {1}</source>
        <translation>Draft {0} for {1}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="576"/>
        <source>Utkast {0}</source>
        <translation>Draft {0}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="579"/>
        <source>Överenskommen poäng {0}</source>
        <translation>Agreed score {0}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="599"/>
        <source>Välj utvärderare</source>
        <translation>Choose evaluator</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="604"/>
        <source>Ange utkast för någon annan?</source>
        <translation>Enter drafts for someone else?</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="605"/>
        <source>Du anger utkast som {0}. Gör det bara för en utvärderare som inte kan ange sina egna, och när hen har bett dig. Historiken visar att det är du som har skrivit dem.</source>
        <translation>You will enter drafts as {0}. Do this only for an evaluator who cannot enter their own, and when they have asked you to. The history shows that you typed them.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="609"/>
        <source>Ange för {0}</source>
        <translation>Enter for {0}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="620"/>
        <source>Markera området klart</source>
        <translation>Mark the area ready</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="639"/>
        <source>Ett gott exempel behöver en kommun.</source>
        <translation>A good example needs a municipality.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="642"/>
        <source>Nytt gott exempel</source>
        <translation>New good example</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/panel.py" line="650"/>
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
        <location filename="../../kompass_desktop/ui/search_view.py" line="89"/>
        <source>Sökträffar för ”%1”</source>
        <translation>Search hits for “%1”</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/search_view.py" line="94"/>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/search_view.py" line="95"/>
        <source>Inga träffar för ”%1”. Sökningen hittar ord även inuti sammansatta ord: ”policy” hittar ”kommunikationspolicyn” (minst tre tecken).</source>
        <translation>No hits for “%1”. Search also finds words inside compound words: “policy” finds “kommunikationspolicyn” (at least three characters).</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/search_view.py" line="98"/>
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
        <location filename="../../kompass_desktop/ui/overview/view.py" line="198"/>
        <source>Jämförelse</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="198"/>
        <source>Ändra jämförelse</source>
        <translation>Edit comparison</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="204"/>
        <source>t.ex. Nynäshamn 2019 eller Medel 2020–2023</source>
        <translation>e.g. Nynäshamn 2019 or Average 2020–2023</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="205"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="211"/>
        <source>Område {0}</source>
        <translation>Area {0}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="215"/>
        <source>tomt: summan av områdena</source>
        <translation>empty: the sum of the areas</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="216"/>
        <source>Totalt (om angivet)</source>
        <translation>Total (if given)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="222"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="231"/>
        <source>Jämförelsen behöver ett namn.</source>
        <translation>The comparison needs a name.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="237"/>
        <source>Område {0}: {1}</source>
        <translation>Area {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="241"/>
        <source>Totalt: {0}</source>
        <translation>Total: {0}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/overview/view.py" line="243"/>
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
        <location filename="../../kompass_desktop/ui/dialogs.py" line="70"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/dialogs.py" line="74"/>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/dialogs.py" line="76"/>
        <source>Språket byts direkt. Allt är redan sparat; ångra-historiken börjar om.</source>
        <translation>The language changes at once. Everything is saved already; the undo history starts anew.</translation>
    </message>
</context>
<context>
    <name>ShareOptions</name>
    <message>
        <location filename="../../kompass_desktop/ui/share_options.py" line="137"/>
        <source>Krypterad Kompass-kopia (*.kompass-enc)</source>
        <translation>Encrypted Kompass copy (*.kompass-enc)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/share_options.py" line="201"/>
        <source>%1 är krypterad. Skriv lösenfrasen du fick av kollegan.</source>
        <translation>%1 is encrypted. Type the passphrase your colleague gave you.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/share_options.py" line="214"/>
        <source>%1 är en krypterad kopia. Skriv lösenfrasen för att öppna den. Du får sedan spara en okrypterad arbetsfil i en lokal mapp.</source>
        <translation>%1 is an encrypted copy. Type the passphrase to open it. You then save an unencrypted working file in a local folder.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/share_options.py" line="222"/>
        <source>Spara en arbetsfil att öppna</source>
        <translation>Save a working file to open</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/share_options.py" line="231"/>
        <source>Filen finns redan</source>
        <translation>The file already exists</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/share_options.py" line="232"/>
        <source>%1 finns redan. Ersätta den?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/share_options.py" line="245"/>
        <source>Kan inte öppna kopian</source>
        <translation>Cannot open the copy</translation>
    </message>
</context>
<context>
    <name>ShareOptionsDialog</name>
    <message>
        <location filename="../../kompass_desktop/ui/share_options.py" line="31"/>
        <source>Spara en kopia för delning</source>
        <translation>Save a copy for sharing</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/share_options.py" line="34"/>
        <source>Kopian blir en enda fil som går att mejla eller lägga på ett USB-minne. Välj hur den ska skydda personerna i utvärderingen.</source>
        <translation>The copy is a single file you can e-mail or put on a USB stick. Choose how it protects the people in the evaluation.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/share_options.py" line="38"/>
        <source>Byt namn mot pseudonymer (t.ex. ”Förtroendevald 1”)</source>
        <translation>Replace names by pseudonyms (e.g. “Förtroendevald 1”)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/share_options.py" line="48"/>
        <source>Kryptera med en lösenfras</source>
        <translation>Encrypt with a passphrase</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/share_options.py" line="54"/>
        <location filename="../../kompass_desktop/ui/share_options.py" line="60"/>
        <source>Lösenfras</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/share_options.py" line="57"/>
        <location filename="../../kompass_desktop/ui/share_options.py" line="61"/>
        <source>Lösenfrasen igen</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/share_options.py" line="66"/>
        <source>Ge lösenfrasen till mottagaren på annat sätt än filen, t.ex. per telefon. Utan den går kopian inte att öppna.</source>
        <translation>Give the passphrase to the recipient some other way than the file, e.g. by phone. Without it the copy cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/share_options.py" line="71"/>
        <source>Välj var kopian sparas…</source>
        <translation>Choose where to save the copy…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/share_options.py" line="87"/>
        <source>Namnen i personregistret och deltagarlistorna byts alltid. I texterna hittades %1 träffar; avmarkera dem som inte är namn på personer.</source>
        <translation>Names in the register and the participant lists are always replaced. %1 hits were found in the texts; untick those that are not names of people.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/share_options.py" line="89"/>
        <source>Namnen i personregistret och deltagarlistorna byts. Inga namn hittades i texterna.</source>
        <translation>Names in the register and the participant lists are replaced. No names were found in the texts.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/share_options.py" line="103"/>
        <source>Mycket svag</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/share_options.py" line="103"/>
        <source>Svag</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/share_options.py" line="103"/>
        <source>Godtagbar</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/share_options.py" line="103"/>
        <source>Stark</source>
        <translation>Strong</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/share_options.py" line="104"/>
        <source>Mycket stark</source>
        <translation>Very strong</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/share_options.py" line="105"/>
        <source>använd gärna fyra eller fler ord som inte hör ihop</source>
        <translation>four or more unrelated words make a good passphrase</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/share_options.py" line="107"/>
        <source>Lösenfraserna är olika.</source>
        <translation>The passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/share_options.py" line="108"/>
        <source>Skriv en lösenfras två gånger.</source>
        <translation>Type a passphrase twice.</translation>
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
        <location filename="../../kompass_desktop/ui/start_view.py" line="47"/>
        <source>Inga filer ännu. Börja med ”Ny utvärdering…” eller titta runt i demon.</source>
        <translation>No files yet. Start with “New evaluation…” or look around in the demo.</translation>
    </message>
</context>
<context>
    <name>StatusDelegate</name>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="120"/>
        <source>På plats</source>
        <translation>In place</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="121"/>
        <source>Planerat</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="122"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SubAreaPicker</name>
    <message>
        <location filename="../../kompass_desktop/ui/dialogs.py" line="160"/>
        <source>Tagga till delområden</source>
        <translation>Tag to sub-areas</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/dialogs.py" line="163"/>
        <source>Skriv nummer eller ord, t.ex. 2.3 eller medborg…</source>
        <translation>Type a number or words, e.g. 2.3 or citizen…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/dialogs.py" line="164"/>
        <source>Filtrera delområden</source>
        <translation>Filter sub-areas</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/dialogs.py" line="178"/>
        <source>Delområden</source>
        <translation>Sub-areas</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/dialogs.py" line="180"/>
        <source>&amp;Planerat (ännu inte på plats)</source>
        <translation>&amp;Planned (not yet in place)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/dialogs.py" line="183"/>
        <source>Mellanslag markerar, Enter taggar, Esc avbryter.</source>
        <translation>Space checks, Enter tags, Esc cancels.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/dialogs.py" line="188"/>
        <source>Tagga</source>
        <translation>Tag</translation>
    </message>
</context>
<context>
    <name>SyncTables</name>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="39"/>
        <source>borttagen</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="40"/>
        <source>finns kvar</source>
        <translation>still there</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="118"/>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="119"/>
        <source>Fält</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="120"/>
        <source>Mitt värde</source>
        <translation>My value</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="121"/>
        <source>Deras värde</source>
        <translation>Their value</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="122"/>
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="123"/>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="163"/>
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="143"/>
        <source>({0}s utkast)</source>
        <translation>({0}&apos;s draft)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="164"/>
        <source>Från fil</source>
        <translation>From file</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="165"/>
        <source>Från vem</source>
        <translation>From whom</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="166"/>
        <source>Tillagda</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="167"/>
        <source>Ändrade</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="168"/>
        <source>Borttagna</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="169"/>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="186"/>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="187"/>
        <source>Dubblett</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="188"/>
        <source>Varför</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="240"/>
        <source>Synkronisera med kollegors filer</source>
        <translation>Synchronise with colleagues&apos; files</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="244"/>
        <source>Slå ihop från fil…</source>
        <translation>Merge from file…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="245"/>
        <source>Hämta in ändringarna från en kollegas kopia. Du ser först vad som kommer in.</source>
        <translation>Bring in the changes from a colleague&apos;s copy. You see first what will come in.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="248"/>
        <source>Spara en kopia för delning…</source>
        <translation>Save a copy for sharing…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="250"/>
        <source>Ångra senaste sammanslagning</source>
        <translation>Undo last merge</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="252"/>
        <source>Säkerhetskopior…</source>
        <translation>Backups…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="262"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="280"/>
        <source>Slå ihop</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="282"/>
        <source>Avstå</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="301"/>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="459"/>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="302"/>
        <source>Inga öppna konflikter. När du slår ihop en kollegas fil visas här de fält som ni båda har ändrat, så att du kan välja vilket värde som gäller.</source>
        <translation>No open conflicts. When you merge a colleague&apos;s file, the fields you have both changed are listed here, so that you can choose which value holds.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="304"/>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="465"/>
        <source>Dubbletter</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="305"/>
        <source>Inga dokument verkar finnas två gånger. Om två utvärderare lägger in samma dokument var för sig föreslås de här för sammanslagning.</source>
        <translation>No document seems to be there twice. When two evaluators add the same document separately, they are offered here for joining.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="307"/>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="308"/>
        <source>Ingen sammanslagning ännu. Varje sammanslagning listas här: när, från vilken fil och vem, och vad som kom in.</source>
        <translation>No merge yet. Every merge is listed here: when, from which file and whom, and what came in.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="342"/>
        <source>Öppna konflikter</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="361"/>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="531"/>
        <source>Förslag till sammanslagen text – granska och ändra, bekräfta sedan:</source>
        <translation>Proposed merged text – review and edit, then confirm:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="364"/>
        <source>Förslag till sammanslagen text</source>
        <translation>Proposed merged text</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="368"/>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="539"/>
        <source>Behåll mitt</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="369"/>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="540"/>
        <source>Ta deras</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="370"/>
        <source>Behåll båda</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="371"/>
        <source>Använd förslaget</source>
        <translation>Use the proposal</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="372"/>
        <source>Lös alla: behåll mina</source>
        <translation>Resolve all: keep mine</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="373"/>
        <source>Lös alla: ta deras</source>
        <translation>Resolve all: take theirs</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="394"/>
        <source>Dokument som två utvärderare verkar ha lagt in var för sig. Slå ihop dem så flyttas underlagen till det första.</source>
        <translation>Documents that two evaluators seem to have added separately. Join them and the evidence moves to the first.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="400"/>
        <source>Slå ihop dokumenten</source>
        <translation>Join the documents</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="402"/>
        <source>Inte dubbletter</source>
        <translation>Not duplicates</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kompass_desktop/ui/sync_view.py" line="458"/>
        <source>Konflikter (%n)</source>
        <translation>
            <numerusform>Conflicts (%n)</numerusform>
            <numerusform>Conflicts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kompass_desktop/ui/sync_view.py" line="464"/>
        <source>Dubbletter (%n)</source>
        <translation>
            <numerusform>Duplicates (%n)</numerusform>
            <numerusform>Duplicates (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="493"/>
        <source>Inga öppna konflikter</source>
        <translation>No open conflicts</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="505"/>
        <source>Mitt värde</source>
        <translation>My value</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="507"/>
        <source>Deras värde</source>
        <translation>Their value</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="511"/>
        <source>Borttagen här.</source>
        <translation>Deleted here.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="512"/>
        <source>Finns kvar här (ändrad).</source>
        <translation>Still here (edited).</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="513"/>
        <source>Ändrad hos kollegan utan att se borttagningen.</source>
        <translation>Edited by the colleague without seeing the deletion.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="515"/>
        <source>Borttagen hos kollegan.</source>
        <translation>Deleted by the colleague.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="533"/>
        <source>Båda har ändrat samma stycke; förslaget tar med båda – redigera och bekräfta:</source>
        <translation>Both changed the same passage; the proposal keeps both – edit and confirm:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="535"/>
        <source>Behåll borttagen</source>
        <translation>Keep deleted</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="536"/>
        <source>Behåll kvar</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="537"/>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="537"/>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="549"/>
        <source>Behåll mitt värde</source>
        <translation>Keep my value</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="549"/>
        <source>Ta kollegans värde</source>
        <translation>Take the colleague&apos;s value</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="550"/>
        <source>Behåll båda texterna</source>
        <translation>Keep both texts</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="551"/>
        <source>Använd sammanslagen text</source>
        <translation>Use the merged text</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="555"/>
        <source>Kan inte lösa konflikten</source>
        <translation>Cannot resolve the conflict</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="559"/>
        <source>Lös alla konflikter</source>
        <translation>Resolve all conflicts</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="572"/>
        <source>Slå ihop dokument</source>
        <translation>Join documents</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="585"/>
        <source>Slå ihop från en kollegas fil</source>
        <translation>Merge from a colleague&apos;s file</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/share_options.py" line="138"/>
        <location filename="../../kompass_desktop/ui/share_options.py" line="223"/>
        <source>Kompass-utvärdering (*.kompass)</source>
        <translation>Kompass evaluation (*.kompass)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="603"/>
        <source>Läser in kollegans fil…</source>
        <translation>Reading the colleague&apos;s file…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="604"/>
        <source>Slår ihop…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="632"/>
        <source>Inget nytt i %1 – den är redan inläst.</source>
        <translation>Nothing new in %1 – it is already merged.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="673"/>
        <source>Avbrutet – inget ändrades.</source>
        <translation>Cancelled – nothing changed.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="677"/>
        <source>En annan utvärdering</source>
        <translation>Another evaluation</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="678"/>
        <source>Filen hör till en annan utvärdering. Vill du importera dess intervjuer, dokument och underlag som en kopia? Poäng och texter tas inte med.</source>
        <translation>The file belongs to another evaluation. Import its interviews, documents and evidence as a copy? Scores and texts are not included.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="683"/>
        <source>Kunde inte slå ihop: </source>
        <translation>Could not merge: </translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="696"/>
        <source>1 konflikt – din fil behåller sitt värde tills du valt.</source>
        <translation>1 conflict – your file keeps its value until you choose.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="707"/>
        <source>Alla konflikter är lösta.</source>
        <translation>All conflicts are resolved.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="711"/>
        <source>1 konflikt kvar att lösa.</source>
        <translation>1 conflict left to resolve.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="713"/>
        <source>%1 konflikter kvar att lösa.</source>
        <translation>%1 conflicts left to resolve.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="717"/>
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="718"/>
        <source>Från %1 (av %2) kommer: </source>
        <translation>From %1 (by %2) comes: </translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="718"/>
        <source>Inläst från %1 (av %2): </source>
        <translation>Merged from %1 (by %2): </translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="720"/>
        <source>%1 tillagda, %2 ändrade, %3 borttagna</source>
        <translation>%1 added, %2 changed, %3 deleted</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="723"/>
        <source>tillagda</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="723"/>
        <source>ändrade</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="724"/>
        <source>borttagna</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="697"/>
        <source>%1 konflikter – din fil behåller sina värden tills du valt.</source>
        <translation>%1 conflicts – your file keeps its values until you choose.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="737"/>
        <source>Obs: %1 inkommande ändring(ar) är daterade mer än ett dygn framåt – den andra datorns klocka går fel. De togs in, men filens klocka flyttades inte fram.</source>
        <translation>Note: %1 incoming edit(s) are dated more than a day ahead – the other computer&apos;s clock is wrong. They were merged, but this file&apos;s clock was not moved forward.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="740"/>
        <source>Importerad som kopia från en annan utvärdering: %1 ändring(ar) av poäng, texter och inställningar lämnades utanför.</source>
        <translation>Imported as a copy from another evaluation: %1 change(s) to scores, texts and settings were left out.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="743"/>
        <source>Personuppgifter rensades i den andra filen av %2 den %3. Rensningen gäller nu också den här filen (%1 sparade värden rensades här).</source>
        <translation>Personal data was erased in the other file by %2 on %3. The erasure now applies to this file too (%1 stored values erased here).</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="746"/>
        <source>%1 inkommande värde(n) togs inte in: personuppgifter som %2 rensade den %3.</source>
        <translation>%1 incoming value(s) were not brought in: personal data erased by %2 on %3.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="748"/>
        <source>%1 inkommande ändring(ar) av en rensning avvisades (en rensning ändras eller tas aldrig bort).</source>
        <translation>%1 incoming change(s) to an erasure were refused (an erasure is never edited or removed).</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="751"/>
        <source>%4 ser ut att vara en arbetsfil som fortfarande är öppen (en -wal-fil ligger bredvid). Be om en kopia gjord med ”Spara en kopia för delning” nästa gång.</source>
        <translation>%4 looks like a working file that is still open (a -wal file lies beside it). Ask for a copy made with “Save a copy for sharing” next time.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="754"/>
        <source>%4 är gjord med en äldre Kompass Desktop (schema %5); en konverterad kopia lästes in.</source>
        <translation>%4 was made by an older Kompass Desktop (schema %5); a converted copy was merged.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="801"/>
        <source>Spara en kopia för delning</source>
        <translation>Save a copy for sharing</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="806"/>
        <source>Sparar kopian…</source>
        <translation>Saving the copy…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="809"/>
        <source>Kunde inte spara kopian</source>
        <translation>Could not save the copy</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="771"/>
        <source>Kopian sparades som %1 – en enda fil som går att mejla eller lägga på ett USB-minne.</source>
        <translation>The copy was saved as %1 – a single file you can e-mail or put on a USB stick.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="586"/>
        <source>Kompass-utvärdering (*.kompass *.kompass-enc)</source>
        <translation>Kompass evaluation (*.kompass *.kompass-enc)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="777"/>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="782"/>
        <source>Kan inte ångra</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/sync_view.py" line="784"/>
        <source>Den senaste sammanslagningen är ångrad.</source>
        <translation>The last merge is undone.</translation>
    </message>
</context>
<context>
    <name>TextKinds</name>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="470"/>
        <source>intervjuanteckningar</source>
        <translation>interview notes</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="470"/>
        <source>intervjutitel</source>
        <translation>interview title</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="471"/>
        <source>intervjuplats</source>
        <translation>interview place</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="471"/>
        <source>registeranteckning</source>
        <translation>register note</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="472"/>
        <source>funktion</source>
        <translation>function</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="472"/>
        <source>dokumenttitel</source>
        <translation>document title</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="473"/>
        <source>dokumentanteckningar</source>
        <translation>document notes</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="473"/>
        <source>underlag</source>
        <translation>evidence</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="474"/>
        <source>styrka/förbättring</source>
        <translation>strength/improvement</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="474"/>
        <source>områdestext</source>
        <translation>area text</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="475"/>
        <source>delområdestext</source>
        <translation>sub-area text</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="475"/>
        <source>motivering</source>
        <translation>rationale</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="476"/>
        <source>motivering (utkast)</source>
        <translation>rationale (draft)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="476"/>
        <source>gott exempel</source>
        <translation>good example</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="477"/>
        <source>rapportens titel</source>
        <translation>report title</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/people.py" line="477"/>
        <source>inledning</source>
        <translation>introduction</translation>
    </message>
</context>
<context>
    <name>WebsiteDialog</name>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="433"/>
        <source>Ny webbplatsobservation</source>
        <translation>New website observation</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="438"/>
        <source>Webbadress</source>
        <translation>Web address</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="440"/>
        <source>Vad du såg</source>
        <translation>What you saw</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="441"/>
        <source>Vad visar sidan? Skriv med egna ord eller citera kort.</source>
        <translation>What does the page show? Write in your own words or quote briefly.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="442"/>
        <source>&amp;Webbadress:</source>
        <translation>&amp;Web address:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="443"/>
        <source>&amp;Vad du såg:</source>
        <translation>W&amp;hat you saw:</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="447"/>
        <source>&amp;Välj delområden…</source>
        <translation>&amp;Choose sub-areas…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/evidence.py" line="449"/>
        <source>Välj delområden (Ctrl+Retur)</source>
        <translation>Choose sub-areas (Ctrl+Return)</translation>
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
        <location filename="../../kompass_desktop/ui/wizard.py" line="223"/>
        <source>Datum i processen</source>
        <translation>Dates in the process</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="224"/>
        <source>Kryssa i de datum som redan är kända. Resten kan fyllas i senare (Arkiv → Utvärderingens datum…).</source>
        <translation>Tick the dates that are already known. The rest can be filled in later (File → Evaluation dates…).</translation>
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
        <location filename="../../kompass_desktop/ui/wizard.py" line="235"/>
        <source>Var ska filen sparas?</source>
        <translation>Where should the file be saved?</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="236"/>
        <source>Allt du skriver sparas direkt i filen. Lägg den på datorn, inte i en molnsynkad mapp eller på en nätverksenhet: dela kopior i stället.</source>
        <translation>Everything you type is saved in the file at once. Keep it on the computer, not in a cloud-synced folder or on a network drive: share copies instead.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="241"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="242"/>
        <source>Bläddra…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="264"/>
        <source>Spara utvärdering som</source>
        <translation>Save evaluation as</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="265"/>
        <source>Kompass (*.kompass)</source>
        <translation>Kompass (*.kompass)</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/wizard.py" line="274"/>
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
<context>
    <name>help</name>
    <message>
        <location filename="../../kompass_desktop/ui/help.py" line="79"/>
        <source>Version {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/help.py" line="85"/>
        <source>En arbetsbänk för utvärderingar med SKR:s metod Kommunkompassen. Den fungerar helt utan nätverk; varje utvärdering är en fil.</source>
        <translation>A workbench for evaluations with SKR&apos;s Kommunkompassen method. It works entirely without a network; each evaluation is one file.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/help.py" line="88"/>
        <source>Säkerhetskopior: {0}</source>
        <translation>Backups: {0}</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/help.py" line="94"/>
        <source>Om Kompass Desktop</source>
        <translation>About Kompass Desktop</translation>
    </message>
</context>
<context>
    <name>points</name>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/points.py" line="33"/>
        <source>prel.</source>
        <translation>prel.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/points.py" line="46"/>
        <source>Poäng anges med högst en decimal (t.ex. 12,5), inte &quot;{0}&quot;.</source>
        <translation>Points take at most one decimal (e.g. 12.5), not &quot;{0}&quot;.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/points.py" line="50"/>
        <source>Poängen kan inte vara negativ (&quot;{0}&quot;).</source>
        <translation>Points cannot be negative (&quot;{0}&quot;).</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/points.py" line="52"/>
        <source>&quot;{0}&quot; är inte ett tal; skriv poäng som 12 eller 12,5.</source>
        <translation>&quot;{0}&quot; is not a number; type points like 12 or 12.5.</translation>
    </message>
    <message>
        <location filename="../../kompass_desktop/ui/scoring/points.py" line="55"/>
        <source>{0} är mer än maxpoängen {1}.</source>
        <translation>{0} is more than the maximum {1}.</translation>
    </message>
</context>
</TS>
