<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>Brief</name>
        <message>
            <location filename="../../app/domain/brief.py" line="97" />
            <source>Brief for your next check-in</source>
            <translation>Vorbereitung auf dein nächstes Gespräch</translation>
        </message>
        <message>
            <location filename="../../app/domain/brief.py" line="99" />
            <source>Brief for the check-in on {day}, {time}</source>
            <translation>Vorbereitung auf das Gespräch am {day}, {time}</translation>
        </message>
        <message>
            <location filename="../../app/domain/brief.py" line="108" />
            <source>Since the check-in on {since}, up to {until}.</source>
            <translation>Seit dem Gespräch am {since}, bis {until}.</translation>
        </message>
        <message>
            <location filename="../../app/domain/brief.py" line="110" />
            <source>Since your plan started on {since}, up to {until}.</source>
            <translation>Seit dein Plan am {since} begann, bis {until}.</translation>
        </message>
        <message>
            <location filename="../../app/domain/brief.py" line="112" />
            <source>From {since}, up to {until}.</source>
            <translation>Vom {since} bis {until}.</translation>
        </message>
    </context>
    <context>
        <name>BriefChart</name>
        <message>
            <location filename="../../app/ui/brief/brief_chart.py" line="127" />
            <source>Preview of the brief</source>
            <translation>Vorschau der Vorbereitung</translation>
        </message>
    </context>
    <context>
        <name>BriefDialog</name>
        <message>
            <location filename="../../app/ui/brief/brief_dialog.py" line="92" />
            <source>Gathering everything since your last check-in…</source>
            <translation>Alles seit deinem letzten Gespräch wird gesammelt…</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_dialog.py" line="128" />
            <source>Couldn't gather the brief: {error}</source>
            <translation>Konnte die Vorbereitung nicht zusammenstellen: {error}</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_dialog.py" line="129" />
            <source>The brief could not be gathered.</source>
            <translation>Die Vorbereitung konnte nicht zusammengestellt werden.</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_dialog.py" line="130" />
            <source>&lt;p&gt;Nothing to show yet.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Noch nichts zu zeigen.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_dialog.py" line="131" />
            <source>Try again</source>
            <translation>Noch einmal versuchen</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_dialog.py" line="132" />
            <source>Try gathering the brief again</source>
            <translation>Die Vorbereitung noch einmal zusammenstellen</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_dialog.py" line="159" />
            <source>marked for your check-in</source>
            <translation>für dein Gespräch markiert</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_dialog.py" line="161" />
            <source>marked before your last check-in</source>
            <translation>vor deinem letzten Gespräch markiert</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_dialog.py" line="173" />
            <source>No entries from this period yet. Mark an entry “Bring to next check-in” in the Journal and it is offered here, whenever you wrote it.</source>
            <translation>Noch keine Einträge aus diesem Zeitraum. Markiere im Tagebuch einen Eintrag mit „Zum nächsten Gespräch mitnehmen“, dann wird er hier angeboten, egal wann du ihn geschrieben hast.</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_dialog.py" line="178" />
            <source>one older entry</source>
            <translation>ein älterer Eintrag</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_dialog.py" line="181" />
            <source>The newest are listed; {older} from this period are not. Mark one “Bring to next check-in” in the Journal to offer it here.</source>
            <translation>Die neuesten stehen hier; {older} aus diesem Zeitraum nicht. Markiere einen im Tagebuch mit „Zum nächsten Gespräch mitnehmen“, um ihn hier anzubieten.</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_dialog.py" line="263" />
            <source>Couldn't print the brief: {error}</source>
            <translation>Konnte die Vorbereitung nicht drucken: {error}</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_dialog.py" line="267" />
            <source>The brief went to the printer.</source>
            <translation>Die Vorbereitung ging an den Drucker.</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_dialog.py" line="273" />
            <source>Save the brief as PDF</source>
            <translation>Die Vorbereitung als PDF speichern</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_dialog.py" line="279" />
            <source>the PDF</source>
            <translation>das PDF</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_dialog.py" line="284" />
            <source>Couldn't save the PDF: {value}.</source>
            <translation>Konnte das PDF nicht speichern: {value}.</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_dialog.py" line="287" />
            <location filename="../../app/ui/brief/brief_dialog.py" line="308" />
            <source>Saved as {path}. The file is not encrypted: keep it somewhere private.</source>
            <translation>Gespeichert als {path}. Die Datei ist nicht verschlüsselt: Bewahre sie an einem privaten Ort auf.</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_dialog.py" line="294" />
            <source>Save the brief as Markdown</source>
            <translation>Die Vorbereitung als Markdown speichern</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_dialog.py" line="300" />
            <source>the Markdown file</source>
            <translation>die Markdown-Datei</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_dialog.py" line="305" />
            <source>Couldn't save the Markdown file: {value}.</source>
            <translation>Konnte die Markdown-Datei nicht speichern: {value}.</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_dialog.py" line="315" />
            <source>Couldn't save {what}: {INSIDE_DATA_DIR}.</source>
            <translation>Konnte {what} nicht speichern: {INSIDE_DATA_DIR}.</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_dialog.py" line="324" />
            <source>Copied. Paste it into an email or a note.</source>
            <translation>Kopiert. Füge sie in eine E-Mail oder eine Notiz ein.</translation>
        </message>
    </context>
    <context>
        <name>BriefLayout</name>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="30" />
            <source>About your feelings: left out unless you tick it.</source>
            <translation>Über deine Gefühle: bleibt draußen, außer du hakst es an.</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="38" />
            <location filename="../../app/ui/brief/brief_layout.py" line="39" />
            <location filename="../../app/ui/brief/brief_layout.py" line="42" />
            <source>Check-in brief</source>
            <translation>Vorbereitung aufs Gespräch</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="43" />
            <source>Gathering everything since your last check-in…</source>
            <translation>Alles seit deinem letzten Gespräch wird gesammelt…</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="45" />
            <source>What the brief covers</source>
            <translation>Was die Vorbereitung umfasst</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="46" />
            <source>Brief notice</source>
            <translation>Hinweis zur Vorbereitung</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="49" />
            <source>What goes in</source>
            <translation>Was hineinkommt</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="60" />
            <source>Include: {label}</source>
            <translation>Aufnehmen: {label}</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="66" />
            <source>“{label}”</source>
            <translation>„{label}“</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="67" />
            <source> and </source>
            <translation> und </translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="70" />
            <source>{feelings} are about your feelings: left out unless you tick them.</source>
            <translation>{feelings} betreffen deine Gefühle: Sie bleiben draußen, außer du hakst sie an.</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="74" />
            <source>Entries to bring</source>
            <translation>Einträge zum Mitnehmen</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="76" />
            <source>Entries you marked “Bring to next check-in” come first, ticked if you marked them since your last check-in. Tick any other entry from this period to bring it too. Entries from the Feelings stage stay out unless you tick them.</source>
            <translation>Einträge, die du mit „Zum nächsten Gespräch mitnehmen“ markiert hast, kommen zuerst – angehakt, wenn du sie seit deinem letzten Gespräch markiert hast. Hak jeden anderen Eintrag aus diesem Zeitraum an, um ihn auch mitzunehmen. Einträge aus der Etappe „Gefühle“ bleiben draußen, außer du hakst sie an.</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="81" />
            <source>Entries to bring: tick the ones to include</source>
            <translation>Einträge zum Mitnehmen: Hak die an, die hinein sollen</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="102" />
            <source>Choose what goes in the brief</source>
            <translation>Wähl, was in die Vorbereitung kommt</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="105" />
            <source>&lt;p&gt;Gathering everything since your last check-in…&lt;/p&gt;</source>
            <translation>&lt;p&gt;Alles seit deinem letzten Gespräch wird gesammelt…&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="114" />
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="114" />
            <source>Print the brief</source>
            <translation>Die Vorbereitung drucken</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="115" />
            <source>Choose a printer and print the brief</source>
            <translation>Einen Drucker wählen und die Vorbereitung drucken</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="118" />
            <source>Save as P&amp;DF…</source>
            <translation>Als P&amp;DF speichern…</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="119" />
            <source>Save the brief as a PDF file</source>
            <translation>Die Vorbereitung als PDF-Datei speichern</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="120" />
            <source>A PDF to print later or take along</source>
            <translation>Ein PDF zum späteren Drucken oder Mitnehmen</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="121" />
            <source>Save as &amp;Markdown…</source>
            <translation>Als &amp;Markdown speichern…</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="122" />
            <source>Save the brief as a Markdown file</source>
            <translation>Die Vorbereitung als Markdown-Datei speichern</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="123" />
            <source>Plain text you can edit anywhere</source>
            <translation>Reiner Text, den du überall bearbeiten kannst</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="124" />
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="125" />
            <source>Copy the brief</source>
            <translation>Die Vorbereitung kopieren</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="126" />
            <source>Copy the brief to paste into an email or a note</source>
            <translation>Die Vorbereitung kopieren, um sie in eine E-Mail oder Notiz einzufügen</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="128" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="128" />
            <source>Close the brief</source>
            <translation>Die Vorbereitung schließen</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_layout.py" line="129" />
            <source>Close this window (Esc)</source>
            <translation>Dieses Fenster schließen (Esc)</translation>
        </message>
    </context>
    <context>
        <name>BriefOutput</name>
        <message>
            <location filename="../../app/ui/brief/brief_output.py" line="25" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_output.py" line="26" />
            <source>Markdown files (*.md)</source>
            <translation>Markdown-Dateien (*.md)</translation>
        </message>
        <message>
            <location filename="../../app/ui/brief/brief_output.py" line="41" />
            <source>Print the brief</source>
            <translation>Die Vorbereitung drucken</translation>
        </message>
    </context>
    <context>
        <name>BriefSection</name>
        <message>
            <location filename="../../app/domain/brief_material.py" line="34" />
            <source>Goals and progress</source>
            <translation>Ziele und Fortschritt</translation>
        </message>
        <message>
            <location filename="../../app/domain/brief_material.py" line="35" />
            <source>Actions</source>
            <translation>Aufgaben</translation>
        </message>
        <message>
            <location filename="../../app/domain/brief_material.py" line="36" />
            <source>Feedback from last time</source>
            <translation>Rückmeldungen vom letzten Mal</translation>
        </message>
        <message>
            <location filename="../../app/domain/brief_material.py" line="37" />
            <source>Ownership statement</source>
            <translation>Verantwortungserklärung</translation>
        </message>
        <message>
            <location filename="../../app/domain/brief_material.py" line="38" />
            <source>From your journal</source>
            <translation>Aus deinem Tagebuch</translation>
        </message>
        <message>
            <location filename="../../app/domain/brief_material.py" line="39" />
            <source>Mood trend</source>
            <translation>Stimmungsverlauf</translation>
        </message>
        <message>
            <location filename="../../app/domain/brief_material.py" line="40" />
            <source>Stay or go</source>
            <translation>Bleiben oder gehen</translation>
        </message>
        <message>
            <location filename="../../app/domain/brief_material.py" line="41" />
            <source>Questions to ask</source>
            <translation>Fragen, die du stellen willst</translation>
        </message>
    </context>
    <context>
        <name>CheckinActionForm</name>
        <message>
            <location filename="../../app/ui/checkins/checkin_action_form.py" line="39" />
            <source>I will </source>
            <translation>Ich werde </translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_action_form.py" line="127" />
            <source>You are writing another action below: add it or clear it first, then make this feedback an action.</source>
            <translation>Du schreibst unten schon eine andere Aufgabe: Füge sie zuerst hinzu oder leere sie, dann mach aus dieser Rückmeldung eine Aufgabe.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_action_form.py" line="170" />
            <source>&amp;New action, in answer to feedback</source>
            <translation>&amp;Neue Aufgabe, als Antwort auf eine Rückmeldung</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_action_form.py" line="172" />
            <source>Your manager said: {quoted}. Write what you will do about it, in your own words.</source>
            <translation>Deine Führungskraft hat gesagt: {quoted}. Schreib in deinen eigenen Worten, was du dazu tun wirst.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_action_form.py" line="176" />
            <location filename="../../app/ui/checkins/checkin_action_form.py" line="183" />
            <source>Add action</source>
            <translation>Aufgabe hinzufügen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_action_form.py" line="177" />
            <location filename="../../app/ui/checkins/checkin_action_form.py" line="184" />
            <source>Add this action</source>
            <translation>Diese Aufgabe hinzufügen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_action_form.py" line="178" />
            <source>Stop writing an action for this feedback</source>
            <translation>Keine Aufgabe zu dieser Rückmeldung mehr schreiben</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_action_form.py" line="182" />
            <source>&amp;New action</source>
            <translation>&amp;Neue Aufgabe</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_action_form.py" line="187" />
            <source>Stop editing this action</source>
            <translation>Diese Aufgabe nicht mehr bearbeiten</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_action_form.py" line="189" />
            <source>Change the action</source>
            <translation>Die Aufgabe ändern</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_action_form.py" line="190" />
            <source>Save changes</source>
            <translation>Änderungen speichern</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_action_form.py" line="191" />
            <source>Save the changed action</source>
            <translation>Die geänderte Aufgabe speichern</translation>
        </message>
    </context>
    <context>
        <name>CheckinEditor</name>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor.py" line="85" />
            <source>Once you have met, tick the box above and rate how it went: 1 for hard going, 5 for went well.</source>
            <translation>Wenn ihr euch getroffen habt, setz oben das Häkchen und bewerte, wie es lief: 1 für mühsam, 5 für gut gelaufen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor.py" line="89" />
            <source>You rated it {rating_text}.</source>
            <translation>Deine Bewertung: {rating_text}.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor.py" line="92" />
            <source>1 for hard going, 5 for went well. There is no wrong answer.</source>
            <translation>1 für mühsam, 5 für gut gelaufen. Es gibt keine falsche Antwort.</translation>
        </message>
    </context>
    <context>
        <name>CheckinEditorView</name>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="46" />
            <source>We met: this check-in took place</source>
            <translation>Wir haben uns getroffen: Dieses Gespräch hat stattgefunden</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="47" />
            <source>Mark this check-in as held</source>
            <translation>Dieses Gespräch als gehalten markieren</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="53" />
            <source>How it went: {rating_text}</source>
            <translation>Wie es lief: {rating_text}</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="64" />
            <source>Meeting notes</source>
            <translation>Gesprächsnotizen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="64" />
            <source>What was said, in your own words, while it is still fresh…</source>
            <translation>Was gesagt wurde, in deinen eigenen Worten, solange es noch frisch ist…</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="71" />
            <source>Nothing written down yet. Note each piece of feedback on its own line; any of them can become an action.</source>
            <translation>Noch nichts notiert. Schreib jede Rückmeldung in eine eigene Zeile; aus jeder kann eine Aufgabe werden.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="76" />
            <source>New feedback</source>
            <translation>Neue Rückmeldung</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="77" />
            <source>What your manager said, in a sentence…</source>
            <translation>Was deine Führungskraft gesagt hat, in einem Satz…</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="79" />
            <source>Add feedback</source>
            <translation>Rückmeldung hinzufügen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="80" />
            <source>Add this feedback</source>
            <translation>Diese Rückmeldung hinzufügen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="89" />
            <source>No actions agreed at this check-in yet.</source>
            <translation>In diesem Gespräch wurden noch keine Aufgaben vereinbart.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="92" />
            <source>What you agreed to do</source>
            <translation>Was du zugesagt hast</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="93" />
            <source>What you will do: I will…</source>
            <translation>Was du tun wirst: Ich werde…</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="96" />
            <source>The feedback this action answers</source>
            <translation>Die Rückmeldung, auf die diese Aufgabe antwortet</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="99" />
            <source>Due by</source>
            <translation>Fällig bis</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="100" />
            <source>This action has a due date</source>
            <translation>Diese Aufgabe hat ein Fälligkeitsdatum</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="101" />
            <source>Due date</source>
            <translation>Fälligkeitsdatum</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="107" />
            <source>Goal this action is for</source>
            <translation>Ziel, zu dem diese Aufgabe gehört</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="108" />
            <source>Add action</source>
            <translation>Aufgabe hinzufügen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="109" />
            <source>Add this action</source>
            <translation>Diese Aufgabe hinzufügen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="110" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="111" />
            <source>Stop editing this action</source>
            <translation>Diese Aufgabe nicht mehr bearbeiten</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="124" />
            <source>&amp;New action</source>
            <translation>&amp;Neue Aufgabe</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="134" />
            <source>Nothing open from earlier check-ins.</source>
            <translation>Nichts offen aus früheren Gesprächen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="137" />
            <source>Undo bar for feedback and actions</source>
            <translation>Rückgängig-Leiste für Rückmeldungen und Aufgaben</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="143" />
            <source>How it went</source>
            <translation>Wie es lief</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="147" />
            <source>Notes: what was said</source>
            <translation>Notizen: was gesagt wurde</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="154" />
            <source>Feedback you received</source>
            <translation>Rückmeldungen, die du bekommen hast</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="160" />
            <source>Actions you agreed</source>
            <translation>Vereinbarte Aufgaben</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="165" />
            <source>Still open from earlier check-ins</source>
            <translation>Noch offen aus früheren Gesprächen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_editor_view.py" line="167" />
            <source>Tick them off as you finish them; until then they return on every agenda.</source>
            <translation>Hak sie ab, wenn du sie erledigt hast; bis dahin stehen sie auf jeder Tagesordnung.</translation>
        </message>
    </context>
    <context>
        <name>CheckinFollowUp</name>
        <message>
            <location filename="../../app/ui/checkins/checkin_follow_up.py" line="36" />
            <source>A few lines after the meeting make sure you both remember the same thing. Draft it from your notes, feedback and actions, change anything you like, then copy it into an email.</source>
            <translation>Ein paar Zeilen nach dem Gespräch sorgen dafür, dass ihr beide dasselbe in Erinnerung behaltet. Entwirf sie aus deinen Notizen, Rückmeldungen und Aufgaben, ändere, was du magst, und kopiere sie dann in eine E-Mail.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_follow_up.py" line="41" />
            <source>Draft follow-up message</source>
            <translation>Nachricht entwerfen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_follow_up.py" line="43" />
            <source>Draft the follow-up message</source>
            <translation>Die Nachricht nach dem Gespräch entwerfen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_follow_up.py" line="45" />
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_follow_up.py" line="46" />
            <source>Copy the follow-up message</source>
            <translation>Die Nachricht kopieren</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_follow_up.py" line="47" />
            <source>Copy the message, ready to paste into an email</source>
            <translation>Die Nachricht kopieren, bereit zum Einfügen in eine E-Mail</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_follow_up.py" line="50" />
            <source>Follow-up notice</source>
            <translation>Hinweis zur Nachricht</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_follow_up.py" line="53" />
            <source>Follow-up message</source>
            <translation>Nachricht nach dem Gespräch</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_follow_up.py" line="54" />
            <source>Draft the message above, or write your own here…</source>
            <translation>Entwirf die Nachricht oben oder schreib hier deine eigene…</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_follow_up.py" line="61" />
            <source>Copy status</source>
            <translation>Kopierstatus</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_follow_up.py" line="74" />
            <source>&amp;Message</source>
            <translation>&amp;Nachricht</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_follow_up.py" line="102" />
            <source>Couldn't draft the message just now.</source>
            <translation>Konnte die Nachricht gerade nicht entwerfen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_follow_up.py" line="110" />
            <source>The message was drafted again from your notes.</source>
            <translation>Die Nachricht wurde neu aus deinen Notizen entworfen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_follow_up.py" line="113" />
            <source>Undo: bring back the earlier message</source>
            <translation>Rückgängig: die frühere Nachricht zurückholen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_follow_up.py" line="136" />
            <source>There is nothing to copy yet. Draft the message first.</source>
            <translation>Es gibt noch nichts zu kopieren. Entwirf zuerst die Nachricht.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_follow_up.py" line="140" />
            <source>Copied. Paste it into an email to your manager.</source>
            <translation>Kopiert. Füge sie in eine E-Mail an deine Führungskraft ein.</translation>
        </message>
    </context>
    <context>
        <name>CheckinLists</name>
        <message>
            <location filename="../../app/ui/checkins/checkin_lists.py" line="108" />
            <source>Couldn't read this check-in's lists just now.</source>
            <translation>Konnte die Listen dieses Gesprächs gerade nicht lesen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_lists.py" line="235" />
            <source>Feedback removed.</source>
            <translation>Rückmeldung entfernt.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_lists.py" line="237" />
            <source>Undo remove feedback</source>
            <translation>Entfernen der Rückmeldung rückgängig machen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_lists.py" line="306" />
            <source>Action deleted.</source>
            <translation>Aufgabe gelöscht.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_lists.py" line="308" />
            <source>Undo delete action</source>
            <translation>Löschen der Aufgabe rückgängig machen</translation>
        </message>
    </context>
    <context>
        <name>CheckinPrepare</name>
        <message>
            <location filename="../../app/ui/checkins/checkin_prepare.py" line="89" />
            <source>Tick the questions you want to ask, add your own, note what you want to thank your manager for and what you have learned, then assemble the agenda. It gathers your goals, your progress since the last check-in and the actions still open. Every word stays yours to change.</source>
            <translation>Hak die Fragen an, die du stellen willst, füge eigene hinzu, notiere, wofür du deiner Führungskraft danken willst und was du gelernt hast, und stell dann die Tagesordnung zusammen. Sie sammelt deine Ziele, deine Fortschritte seit dem letzten Gespräch und die noch offenen Aufgaben. Jedes Wort kannst du ändern.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_prepare.py" line="97" />
            <source>Question bank: tick the questions to ask</source>
            <translation>Fragensammlung: Hak die Fragen an, die du stellen willst</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_prepare.py" line="104" />
            <source>Your own questions</source>
            <translation>Deine eigenen Fragen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_prepare.py" line="105" />
            <source>Questions in your own words, one per line: what you want to understand or ask for…</source>
            <translation>Fragen in deinen eigenen Worten, eine pro Zeile: was du verstehen oder erbitten willst…</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_prepare.py" line="109" />
            <source>Things to thank your manager for</source>
            <translation>Wofür du deiner Führungskraft danken willst</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_prepare.py" line="110" />
            <source>Something your manager did that helped: time, advice, an introduction…</source>
            <translation>Etwas, das deine Führungskraft getan hat und das geholfen hat: Zeit, ein Rat, ein Kontakt…</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_prepare.py" line="113" />
            <source>Lessons you have learned</source>
            <translation>Was du gelernt hast</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_prepare.py" line="114" />
            <source>What you have learned since the last check-in…</source>
            <translation>Was du seit dem letzten Gespräch gelernt hast…</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_prepare.py" line="116" />
            <source>Assemble agenda</source>
            <translation>Tagesordnung zusammenstellen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_prepare.py" line="118" />
            <source>Assemble the agenda</source>
            <translation>Die Tagesordnung zusammenstellen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_prepare.py" line="120" />
            <source>Gather your goals, progress, open actions and questions into the agenda</source>
            <translation>Ziele, Fortschritte, offene Aufgaben und Fragen in der Tagesordnung sammeln</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_prepare.py" line="124" />
            <source>Agenda notice</source>
            <translation>Hinweis zur Tagesordnung</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_prepare.py" line="125" />
            <source>Agenda</source>
            <translation>Tagesordnung</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_prepare.py" line="125" />
            <source>Assemble the agenda above, or write your own here…</source>
            <translation>Stell die Tagesordnung oben zusammen oder schreib hier deine eigene…</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_prepare.py" line="147" />
            <source>&amp;Questions to ask</source>
            <translation>&amp;Fragen, die du stellen willst</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_prepare.py" line="151" />
            <source>&amp;Your own questions</source>
            <translation>&amp;Deine eigenen Fragen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_prepare.py" line="154" />
            <source>&amp;Things to thank your manager for</source>
            <translation>&amp;Wofür du deiner Führungskraft danken willst</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_prepare.py" line="157" />
            <source>&amp;Lessons learned</source>
            <translation>Was du &amp;gelernt hast</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_prepare.py" line="162" />
            <source>A&amp;genda</source>
            <translation>&amp;Tagesordnung</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_prepare.py" line="271" />
            <source>Couldn't gather the agenda just now.</source>
            <translation>Konnte die Tagesordnung gerade nicht zusammenstellen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_prepare.py" line="276" />
            <source>Your agenda has words of your own in it. Replace it with a freshly assembled one?</source>
            <translation>In deiner Tagesordnung stehen eigene Worte. Durch eine neu zusammengestellte ersetzen?</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_prepare.py" line="278" />
            <source>Replace it</source>
            <translation>Ersetzen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_prepare.py" line="279" />
            <source>Keep mine</source>
            <translation>Meine behalten</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_prepare.py" line="280" />
            <source>Replace my agenda with the assembled one</source>
            <translation>Meine Tagesordnung durch die zusammengestellte ersetzen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_prepare.py" line="281" />
            <source>Keep my agenda as it is</source>
            <translation>Meine Tagesordnung so lassen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_prepare.py" line="290" />
            <source>Agenda replaced with a fresh one.</source>
            <translation>Tagesordnung durch eine neue ersetzt.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_prepare.py" line="292" />
            <source>Undo: bring back my agenda</source>
            <translation>Rückgängig: meine Tagesordnung zurückholen</translation>
        </message>
    </context>
    <context>
        <name>CheckinRows</name>
        <message>
            <location filename="../../app/ui/checkins/checkin_rows.py" line="32" />
            <source>No particular goal</source>
            <translation>Kein bestimmtes Ziel</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_rows.py" line="34" />
            <source>hard going</source>
            <translation>mühsam</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_rows.py" line="34" />
            <source>difficult</source>
            <translation>schwierig</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_rows.py" line="35" />
            <source>so-so</source>
            <translation>so lala</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_rows.py" line="35" />
            <source>good</source>
            <translation>gut</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_rows.py" line="36" />
            <source>went well</source>
            <translation>gut gelaufen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_rows.py" line="41" />
            <source>{rating} of 5, {words}</source>
            <translation>{rating} von 5, {words}</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_rows.py" line="49" />
            <source>done {short_day}</source>
            <translation>erledigt am {short_day}</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_rows.py" line="53" />
            <source>due {day}, overdue</source>
            <translation>fällig am {day}, überfällig</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_rows.py" line="55" />
            <source>due {day}</source>
            <translation>fällig am {day}</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_rows.py" line="57" />
            <source>goal: {value}</source>
            <translation>Ziel: {value}</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_rows.py" line="92" />
            <source>Feedback you received</source>
            <translation>Rückmeldung, die du bekommen hast</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_rows.py" line="98" />
            <source>Goal this feedback is about</source>
            <translation>Ziel, um das es bei dieser Rückmeldung geht</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_rows.py" line="102" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_rows.py" line="103" />
            <source>Remove this feedback</source>
            <translation>Diese Rückmeldung entfernen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_rows.py" line="130" />
            <source>An action now ✓</source>
            <translation>Jetzt eine Aufgabe ✓</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_rows.py" line="130" />
            <source>Make it an action</source>
            <translation>Zur Aufgabe machen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_rows.py" line="134" />
            <source>Already an action</source>
            <translation>Schon eine Aufgabe</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_rows.py" line="134" />
            <source>Write an action in answer to this feedback</source>
            <translation>Eine Aufgabe als Antwort auf diese Rückmeldung schreiben</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_rows.py" line="137" />
            <source>Say what you will do about it: the action form below opens with this feedback beside it</source>
            <translation>Sag, was du dazu tun wirst: Das Aufgabenformular unten öffnet sich mit dieser Rückmeldung daneben</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_rows.py" line="163" />
            <source>Done: {text}</source>
            <translation>Erledigt: {text}</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_rows.py" line="164" />
            <source>Tick when it is done</source>
            <translation>Abhaken, wenn es erledigt ist</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_rows.py" line="183" />
            <source>Edit</source>
            <translation>Bearbeiten</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_rows.py" line="184" />
            <source>Edit the action: {text}</source>
            <translation>Die Aufgabe bearbeiten: {text}</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_rows.py" line="187" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkin_rows.py" line="188" />
            <source>Delete the action: {text}</source>
            <translation>Die Aufgabe löschen: {text}</translation>
        </message>
    </context>
    <context>
        <name>CheckinsTool</name>
        <message>
            <location filename="../../app/ui/checkins/checkins_tool.py" line="125" />
            <source>Couldn't read your check-ins just now.</source>
            <translation>Konnte deine Gespräche gerade nicht lesen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_tool.py" line="203" />
            <source>One check-in added, the first on {day}.</source>
            <translation>Ein Gespräch hinzugefügt, am {day}.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_tool.py" line="207" />
            <source>Undo: remove the check-ins just added</source>
            <translation>Rückgängig: die eben hinzugefügten Gespräche entfernen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_tool.py" line="244" />
            <source>Kept the check-in you had already written in; delete it yourself if you no longer need it.</source>
            <translation>Das Gespräch, in das du schon geschrieben hattest, bleibt; lösch es selbst, wenn du es nicht mehr brauchst.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_tool.py" line="273" />
            <source>Check-in on {meeting_when} deleted.</source>
            <translation>Gespräch am {meeting_when} gelöscht.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_tool.py" line="275" />
            <source>Undo delete check-in</source>
            <translation>Löschen des Gesprächs rückgängig machen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_tool.py" line="365" />
            <source>Your next check-in is {countdown_text}.</source>
            <translation>Dein nächstes Gespräch ist {countdown_text}.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_tool.py" line="370" />
            <source>No check-in is coming up. Schedule the next one while the last is fresh.</source>
            <translation>Kein Gespräch steht an. Plane das nächste, solange das letzte noch frisch ist.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_tool.py" line="375" />
            <source>Meet your manager regularly: short, steady check-ins beat one big review.</source>
            <translation>Triff deine Führungskraft regelmäßig: kurze, stetige Gespräche sind besser als eine große Bewertung.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_tool.py" line="380" />
            <source>Start by scheduling them: choose Schedule check-ins, then pick the day and time of your first meeting with your manager and how often you will meet. Each meeting then gets an agenda to prepare, a place for notes and feedback, and a follow-up message.</source>
            <translation>Plane sie zuerst: Wähl „Gespräche planen“, dann Tag und Uhrzeit deines ersten Treffens mit deiner Führungskraft und wie oft ihr euch trefft. Jedes Gespräch bekommt dann eine Tagesordnung zur Vorbereitung, einen Platz für Notizen und Rückmeldungen und eine Nachricht für danach.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_tool.py" line="387" />
            <source>If you write down your plan on the Expectations page first, the schedule can run to the plan's end, and every agenda will list your goals.</source>
            <translation>Wenn du deinen Plan zuerst auf der Seite „Erwartungen“ aufschreibst, kann die Planung bis zum Ende des Plans reichen, und jede Tagesordnung führt deine Ziele auf.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_tool.py" line="441" />
            <source>No check-in chosen</source>
            <translation>Kein Gespräch gewählt</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_tool.py" line="446" />
            <source>Check-in on {meeting_when}</source>
            <translation>Gespräch am {meeting_when}</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_tool.py" line="468" />
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
    </context>
    <context>
        <name>CheckinsView</name>
        <message>
            <location filename="../../app/ui/checkins/checkins_view.py" line="47" />
            <source>Your next check-in</source>
            <translation>Dein nächstes Gespräch</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_view.py" line="48" />
            <location filename="../../app/ui/checkins/checkins_view.py" line="50" />
            <source>Schedule check-ins</source>
            <translation>Gespräche planen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_view.py" line="51" />
            <source>Add one meeting or a repeating series</source>
            <translation>Ein Gespräch oder eine regelmäßige Reihe hinzufügen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_view.py" line="52" />
            <location filename="../../app/ui/checkins/checkins_view.py" line="54" />
            <source>Prepare a brief for the next check-in</source>
            <translation>Eine Vorbereitung für das nächste Gespräch erstellen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_view.py" line="57" />
            <source>Everything since your last check-in on one page, to read, print or take along</source>
            <translation>Alles seit deinem letzten Gespräch auf einer Seite, zum Lesen, Drucken oder Mitnehmen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_view.py" line="64" />
            <source>Check-ins notice</source>
            <translation>Hinweis zu den Gesprächen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_view.py" line="68" />
            <location filename="../../app/ui/checkins/checkins_view.py" line="70" />
            <source>No check-ins yet</source>
            <translation>Noch keine Gespräche</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_view.py" line="75" />
            <source>Your check-ins, in date order</source>
            <translation>Deine Gespräche, nach Datum</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_view.py" line="78" />
            <source>Delete check-in</source>
            <translation>Gespräch löschen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_view.py" line="79" />
            <source>Delete the selected check-in</source>
            <translation>Das ausgewählte Gespräch löschen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_view.py" line="80" />
            <source>Delete this check-in; you can undo it (Delete)</source>
            <translation>Dieses Gespräch löschen; du kannst es rückgängig machen (Entf)</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_view.py" line="82" />
            <source>&amp;Meetings</source>
            <translation>&amp;Gespräche</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_view.py" line="103" />
            <source>Prepare</source>
            <translation>Vorbereiten</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_view.py" line="103" />
            <source>Prepare: the agenda</source>
            <translation>Vorbereiten: die Tagesordnung</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_view.py" line="104" />
            <source>After the meeting</source>
            <translation>Nach dem Gespräch</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_view.py" line="105" />
            <source>After the meeting: notes, feedback and actions</source>
            <translation>Nach dem Gespräch: Notizen, Rückmeldungen und Aufgaben</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_view.py" line="106" />
            <source>Follow-up</source>
            <translation>Nachricht</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_view.py" line="106" />
            <source>Follow-up message</source>
            <translation>Nachricht nach dem Gespräch</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_view.py" line="113" />
            <source>Brief…</source>
            <translation>Vorbereitung…</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_view.py" line="114" />
            <source>Prepare a brief for this check-in</source>
            <translation>Eine Vorbereitung für dieses Gespräch erstellen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/checkins_view.py" line="116" />
            <source>Everything since the check-in before this one, to read, print or take along</source>
            <translation>Alles seit dem Gespräch davor, zum Lesen, Drucken oder Mitnehmen</translation>
        </message>
    </context>
    <context>
        <name>CheckpointReviews</name>
        <message>
            <location filename="../../app/ui/plan/checkpoint_reviews.py" line="47" />
            <source>Checkpoint reviews</source>
            <translation>Rückblicke auf die Prüfpunkte</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/checkpoint_reviews.py" line="79" />
            <source>Day {day} reviewed</source>
            <translation>Tag {day}: Rückblick gemacht</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/checkpoint_reviews.py" line="80" />
            <source>Open the review of {title}</source>
            <translation>Den Rückblick auf {title} öffnen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/checkpoint_reviews.py" line="82" />
            <source>Review day {day}</source>
            <translation>Auf Tag {day} zurückblicken</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/checkpoint_reviews.py" line="83" />
            <source>Review {title} now</source>
            <translation>Jetzt auf {title} zurückblicken</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/checkpoint_reviews.py" line="85" />
            <source>%-d %b</source>
            <translation>%-d. %b</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/checkpoint_reviews.py" line="86" />
            <source>Day {day}: {when}</source>
            <translation>Tag {day}: {when}</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/checkpoint_reviews.py" line="87" />
            <source>{title}: not reviewed</source>
            <translation>{title}: kein Rückblick</translation>
        </message>
    </context>
    <context>
        <name>ConfirmationsNotice</name>
        <message>
            <location filename="../../app/ui/today/confirmations_notice.py" line="34" />
            <source>Open the plan's people</source>
            <translation>Beteiligte am Plan öffnen</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/confirmations_notice.py" line="35" />
            <source>Open the plan's people and confirmations</source>
            <translation>Beteiligte und Bestätigungen des Plans öffnen</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/confirmations_notice.py" line="37" />
            <source>Not everyone has confirmed your plan</source>
            <translation>Noch haben nicht alle deinen Plan bestätigt</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/confirmations_notice.py" line="38" />
            <source>Who has not confirmed the plan</source>
            <translation>Wer den Plan noch nicht bestätigt hat</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/confirmations_notice.py" line="51" />
            <source>{who}. Ask them to confirm what they expect, in writing if you can, and note the day they do.</source>
            <translation>{who}. Bitte sie, zu bestätigen, was sie erwarten – wenn möglich schriftlich – und notiere den Tag, an dem sie es tun.</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="40" />
            <source>ddd d MMM</source>
            <translation>ddd, d. MMM</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="46" />
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="48" />
            <source>yesterday</source>
            <translation>gestern</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="58" />
            <source>Starts tomorrow</source>
            <translation>Beginnt morgen</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="61" />
            <source>Ended {day}</source>
            <translation>Beendet am {day}</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="63" />
            <source>Day {day} of {total}</source>
            <translation>Tag {day} von {total}</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="64" />
            <source>Ends {day}</source>
            <translation>Endet am {day}</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="69" />
            <source> · next milestone today</source>
            <translation> · nächster Meilenstein heute</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="71" />
            <source> · next milestone tomorrow</source>
            <translation> · nächster Meilenstein morgen</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="86" />
            <source>{mood} of 5</source>
            <translation>{mood} von 5</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="102" />
            <source>Your plan</source>
            <translation>Dein Plan</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="103" />
            <source>Next check-in</source>
            <translation>Nächstes Gespräch</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="104" />
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="105" />
            <source>Open actions</source>
            <translation>Offene Aufgaben</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="106" />
            <source>How you have been</source>
            <translation>Wie es dir ging</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="107" />
            <source>Writing</source>
            <translation>Schreiben</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="156" />
            <source>Not available just now</source>
            <translation>Gerade nicht verfügbar</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="157" />
            <source>Trustbridge could not read your journal.</source>
            <translation>Trustbridge konnte dein Tagebuch nicht lesen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="170" />
            <source>Can't be shown</source>
            <translation>Kann nicht angezeigt werden</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="171" />
            <source>Something stored here is out of range; open it to check.</source>
            <translation>Etwas hier Gespeichertes liegt außerhalb des gültigen Bereichs; öffne es, um nachzusehen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="180" />
            <source>Not set up yet</source>
            <translation>Noch nicht eingerichtet</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="181" />
            <source>Write down what success looks like, and by when.</source>
            <translation>Schreib auf, wie Erfolg aussieht – und bis wann.</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="183" />
            <location filename="../../app/ui/today/dashboard.py" line="193" />
            <source>No goals yet</source>
            <translation>Noch keine Ziele</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="184" />
            <location filename="../../app/ui/today/dashboard.py" line="194" />
            <source>Add the goals you and your manager agreed on.</source>
            <translation>Trag die Ziele ein, die du mit deiner Führungskraft vereinbart hast.</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="203" />
            <source>Nothing overdue</source>
            <translation>Nichts überfällig</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="209" />
            <source>None scheduled</source>
            <translation>Keines geplant</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="210" />
            <source>Regular check-ins are how trust is rebuilt.</source>
            <translation>Mit regelmäßigen Gesprächen wächst Vertrauen wieder.</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="213" />
            <source>Agenda ready</source>
            <translation>Tagesordnung steht</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="214" />
            <source>Prepare the agenda</source>
            <translation>Tagesordnung vorbereiten</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="221" />
            <source>None open</source>
            <translation>Keine offen</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="222" />
            <source>Actions agreed at a check-in appear here until done.</source>
            <translation>In einem Gespräch vereinbarte Aufgaben stehen hier, bis sie erledigt sind.</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="226" />
            <source> (due {day})</source>
            <translation> (fällig am {day})</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="237" />
            <source>No check-in yet</source>
            <translation>Noch kein Stimmungscheck</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="238" />
            <source>A quick mood check-in takes a minute.</source>
            <translation>Ein kurzer Stimmungscheck dauert eine Minute.</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="246" />
            <source>No streak yet</source>
            <translation>Noch keine Serie</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="247" />
            <source>1 day in a row</source>
            <translation>1 Tag in Folge</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/dashboard.py" line="249" />
            <source>{count} of the last 60 days</source>
            <translation>{count} der letzten 60 Tage</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="../../app/domain/timeline.py" line="80" />
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <location filename="../../app/domain/timeline.py" line="82" />
            <source>Yesterday</source>
            <translation>Gestern</translation>
        </message>
        <message>
            <location filename="../../app/domain/timeline.py" line="83" />
            <location filename="../../app/io/html_export.py" line="234" />
            <location filename="../../app/io/markdown_pieces.py" line="99" />
            <source>%A %-d %B %Y</source>
            <translation>%A, %-d. %B %Y</translation>
        </message>
        <message>
            <location filename="../../app/domain/timeline.py" line="106" />
            <source>%A %-d %B</source>
            <translation>%A, %-d. %B</translation>
        </message>
        <message>
            <location filename="../../app/i18n_dates.py" line="95" />
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <location filename="../../app/i18n_dates.py" line="97" />
            <source>tomorrow</source>
            <translation>morgen</translation>
        </message>
        <message>
            <location filename="../../app/i18n_dates.py" line="99" />
            <source>yesterday</source>
            <translation>gestern</translation>
        </message>
        <message>
            <location filename="../../app/ui/translation.py" line="106" />
            <source>{day}, {time}</source>
            <translation>{day}, {time}</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="231" />
            <location filename="../../app/i18n_dates.py" line="107" />
            <location filename="../../app/io/export_range.py" line="112" />
            <location filename="../../app/io/plan_report.py" line="120" />
            <source>%-d %B %Y</source>
            <translation>%-d. %B %Y</translation>
        </message>
        <message>
            <location filename="../../app/io/html_export.py" line="230" />
            <source>%B %Y</source>
            <translation>%B %Y</translation>
        </message>
        <message>
            <location filename="../../app/domain/schedule.py" line="48" />
            <location filename="../../app/i18n_dates.py" line="88" />
            <source>%a %-d %b %Y</source>
            <translation>%a, %-d. %b %Y</translation>
        </message>
        <message>
            <location filename="../../app/domain/schedule.py" line="49" />
            <location filename="../../app/i18n_dates.py" line="89" />
            <source>%a %-d %b</source>
            <translation>%a, %-d. %b</translation>
        </message>
        <message>
            <location filename="../../app/domain/milestone_reviews.py" line="91" />
            <location filename="../../app/domain/search.py" line="230" />
            <source>%-d %B</source>
            <translation>%-d. %B</translation>
        </message>
    </context>
    <context>
        <name>DesktopAbilities</name>
        <message>
            <location filename="../../app/ui/widgets/desktop_abilities.py" line="19" />
            <source>Reminders need a tray icon or a notification service on this desktop, and neither is there, so none will show.</source>
            <translation>Erinnerungen brauchen auf diesem Desktop ein Tray-Symbol oder einen Benachrichtigungsdienst. Beides fehlt hier, darum erscheinen keine.</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/desktop_abilities.py" line="21" />
            <source>Keeping Trustbridge running needs a tray icon area on this desktop, and there isn't one.</source>
            <translation>Damit Trustbridge im Hintergrund weiterläuft, braucht dieser Desktop einen Bereich für Tray-Symbole, und den gibt es hier nicht.</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/desktop_abilities.py" line="23" />
            <source>Starting at login is not available on this system yet.</source>
            <translation>Der Start bei der Anmeldung ist auf diesem System noch nicht möglich.</translation>
        </message>
    </context>
    <context>
        <name>EntryKind</name>
        <message>
            <location filename="../../app/domain/records.py" line="21" />
            <source>Reflection</source>
            <translation>Reflexion</translation>
        </message>
        <message>
            <location filename="../../app/domain/records.py" line="22" />
            <source>Evening</source>
            <translation>Abend</translation>
        </message>
        <message>
            <location filename="../../app/domain/records.py" line="23" />
            <source>Free writing</source>
            <translation>Freies Schreiben</translation>
        </message>
        <message>
            <location filename="../../app/domain/records.py" line="24" />
            <source>Imported</source>
            <translation>Importiert</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <location filename="../../app/ui/plan/evidence_dialog.py" line="52" />
            <source>The plan in general</source>
            <translation>Der Plan allgemein</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/evidence_dialog.py" line="53" />
            <source>Taken from one of your journal entries.</source>
            <translation>Aus einem deiner Tagebucheinträge übernommen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/evidence_dialog.py" line="67" />
            <source>Which goal this moves forward</source>
            <translation>Welches Ziel das voranbringt</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/evidence_dialog.py" line="71" />
            <source>When it happened</source>
            <translation>Wann es passiert ist</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/evidence_dialog.py" line="73" />
            <source>What happened</source>
            <translation>Was passiert ist</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/evidence_dialog.py" line="73" />
            <source>Say it plainly: what you did, and what came of it. Small steps count.</source>
            <translation>Sag es schlicht: was du getan hast und was daraus wurde. Kleine Schritte zählen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/evidence_dialog.py" line="80" />
            <source>&amp;What happened</source>
            <translation>&amp;Was passiert ist</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/evidence_dialog.py" line="83" />
            <source>&amp;Goal it moves forward</source>
            <translation>&amp;Ziel, das es voranbringt</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/evidence_dialog.py" line="86" />
            <source>W&amp;hen</source>
            <translation>W&amp;ann</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/evidence_dialog.py" line="174" />
            <source>Change this evidence</source>
            <translation>Diesen Beleg ändern</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/evidence_dialog.py" line="175" />
            <source>Add evidence</source>
            <translation>Beleg hinzufügen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/evidence_dialog.py" line="183" />
            <source>Evidence is dated proof of your progress. Write down what went well while it is fresh: at your next check-in it helps you show progress with examples rather than impressions.</source>
            <translation>Belege sind datierte Nachweise deines Fortschritts. Schreib auf, was gut lief, solange es frisch ist: Im nächsten Gespräch hilft es dir, Fortschritt mit Beispielen statt mit Eindrücken zu zeigen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/evidence_dialog.py" line="190" />
            <source>What you were writing here last time is back.</source>
            <translation>Was du hier zuletzt geschrieben hast, ist wieder da.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/evidence_dialog.py" line="195" />
            <source>Add goals to your plan to link evidence to them</source>
            <translation>Füge deinem Plan Ziele hinzu, um Belege mit ihnen zu verknüpfen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/evidence_dialog.py" line="199" />
            <source>Save changes</source>
            <translation>Änderungen speichern</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/evidence_dialog.py" line="199" />
            <source>Add to your evidence</source>
            <translation>Zu deinen Belegen hinzufügen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/evidence_dialog.py" line="206" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>FeelingsCheckin</name>
        <message>
            <location filename="../../app/ui/feelings/feelings_checkin.py" line="47" />
            <source>{when}  ·  {word} ({mood} of 5)</source>
            <translation>{when}  ·  {word} ({mood} von 5)</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/feelings_checkin.py" line="80" />
            <source>How are you, right now?</source>
            <translation>Wie geht es dir gerade?</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/feelings_checkin.py" line="81" />
            <source>A check-in takes a minute. Over the weeks, they show you what is changing.</source>
            <translation>Ein Stimmungscheck dauert eine Minute. Über die Wochen zeigen sie dir, was sich verändert.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/feelings_checkin.py" line="86" />
            <source>Check-in save status</source>
            <translation>Speicherstand des Stimmungschecks</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/feelings_checkin.py" line="87" />
            <location filename="../../app/ui/feelings/feelings_checkin.py" line="89" />
            <source>Save check-in</source>
            <translation>Stimmungscheck speichern</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/feelings_checkin.py" line="90" />
            <source>Save this check-in (Ctrl+Enter)</source>
            <translation>Diesen Stimmungscheck speichern (Strg+Eingabe)</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/feelings_checkin.py" line="91" />
            <source>Start over</source>
            <translation>Neu beginnen</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/feelings_checkin.py" line="92" />
            <source>Clear the check-in form</source>
            <translation>Das Formular leeren</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/feelings_checkin.py" line="102" />
            <source>Your recent check-ins</source>
            <translation>Deine letzten Stimmungschecks</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/feelings_checkin.py" line="103" />
            <source>Check-in notice</source>
            <translation>Hinweis zum Stimmungscheck</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/feelings_checkin.py" line="105" />
            <source>Nothing here yet. Your first check-in will appear here as soon as you save it: pick a feeling or two above, choose how you are overall, and press Save check-in.</source>
            <translation>Noch nichts hier. Dein erster Stimmungscheck erscheint hier, sobald du ihn speicherst: Wähle oben ein, zwei Gefühle, sag, wie es dir insgesamt geht, und drück auf „Stimmungscheck speichern“.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/feelings_checkin.py" line="111" />
            <source>Your recent check-ins, newest first</source>
            <translation>Deine letzten Stimmungschecks, die neuesten zuerst</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/feelings_checkin.py" line="117" />
            <source>Delete check-in</source>
            <translation>Stimmungscheck löschen</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/feelings_checkin.py" line="118" />
            <source>Delete the selected check-in</source>
            <translation>Den ausgewählten Stimmungscheck löschen</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/feelings_checkin.py" line="119" />
            <source>Delete the selected check-in; you can undo it (Delete)</source>
            <translation>Den ausgewählten Stimmungscheck löschen; du kannst es rückgängig machen (Entf)</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/feelings_checkin.py" line="176" />
            <source>Saved your check-in at {local_time:%H:%M}.</source>
            <translation>Dein Stimmungscheck ist gespeichert, um {local_time:%H:%M}.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/feelings_checkin.py" line="202" />
            <source>Couldn't delete it; it is still in your list.</source>
            <translation>Konnte ihn nicht löschen; er steht noch in deiner Liste.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/feelings_checkin.py" line="205" />
            <source>Deleted the check-in from {when_text}.</source>
            <translation>Stimmungscheck vom {when_text} gelöscht.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/feelings_checkin.py" line="217" />
            <source>Undo: bring the check-in back</source>
            <translation>Rückgängig: den Stimmungscheck zurückholen</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/feelings_checkin.py" line="223" />
            <source>Couldn't bring it back just now. Try again in a moment.</source>
            <translation>Konnte ihn gerade nicht zurückholen. Versuch es gleich noch einmal.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/feelings_checkin.py" line="245" />
            <source>1 check-in</source>
            <translation>1 Stimmungscheck</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/feelings_checkin.py" line="247" />
            <source>, the {limit} newest shown</source>
            <translation>, die {limit} neuesten angezeigt</translation>
        </message>
    </context>
    <context>
        <name>FeelingsTool</name>
        <message>
            <location filename="../../app/ui/feelings/feelings_tool.py" line="38" />
            <source>Check in</source>
            <translation>Stimmungscheck</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/feelings_tool.py" line="39" />
            <source>Forgiveness</source>
            <translation>Vergebung</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/feelings_tool.py" line="40" />
            <source>Stay or go</source>
            <translation>Bleiben oder gehen</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/feelings_tool.py" line="41" />
            <source>Over time</source>
            <translation>Im Verlauf</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/feelings_tool.py" line="56" />
            <source>Chart summary</source>
            <translation>Zusammenfassung des Diagramms</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/feelings_tool.py" line="58" />
            <source>The line is your overall mood at each check-in. The dots underneath are the strongest feelings you named, up to three, larger when they were stronger and coloured by family. Dashed lines mark your check-in meetings. Rest the pointer on a check-in to see it in full.</source>
            <translation>Die Linie ist deine Gesamtstimmung bei jedem Stimmungscheck. Die Punkte darunter sind die stärksten Gefühle, die du genannt hast, bis zu drei – größer, je stärker sie waren, und nach Gefühlsfamilie gefärbt. Gestrichelte Linien markieren deine Gespräche. Halte den Mauszeiger auf einen Stimmungscheck, um ihn ganz zu sehen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/feelings_tool.py" line="109" />
            <source>Feelings tool: {text}</source>
            <translation>Gefühle-Werkzeug: {text}</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/feelings_tool.py" line="111" />
            <source>{text} (Alt+{number})</source>
            <translation>{text} (Alt+{number})</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/feelings_tool.py" line="212" />
            <source>Couldn't read your check-ins just now.</source>
            <translation>Konnte deine Stimmungschecks gerade nicht lesen.</translation>
        </message>
    </context>
    <context>
        <name>ForgivenessSection</name>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="48" />
            <source>Status: not yet</source>
            <translation>Stand: noch nicht</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="50" />
            <source>Status: working on it</source>
            <translation>Stand: ich arbeite daran</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="52" />
            <source>Status: forgiven</source>
            <translation>Stand: vergeben</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="56" />
            <source>Myself</source>
            <translation>Ich selbst</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="57" />
            <source>Write whom or what this is about first, then save.</source>
            <translation>Schreib zuerst, um wen oder was es geht, und speichere dann.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="58" />
            <source>Kept as a draft. Write whom or what this is about to add it to your list.</source>
            <translation>Als Entwurf aufbewahrt. Schreib, um wen oder was es geht, um es in deine Liste aufzunehmen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="60" />
            <source>Your unsaved words are back. Write whom or what this is about to add it to your list.</source>
            <translation>Deine ungespeicherten Worte sind wieder da. Schreib, um wen oder was es geht, um es in deine Liste aufzunehmen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="62" />
            <source>Couldn't delete it yet: your latest words aren't saved. Try again in a moment.</source>
            <translation>Konnte es noch nicht löschen: Deine letzten Worte sind nicht gespeichert. Versuch es gleich noch einmal.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="97" />
            <source>Forgiving someone is not the same as saying they were right. It is deciding to stop carrying it around every day. Write down whom or what you are holding on to, yourself included, and where you are with each.</source>
            <translation>Jemandem zu vergeben heißt nicht, zu sagen, dass er recht hatte. Es heißt, zu entscheiden, es nicht mehr jeden Tag mit dir herumzutragen. Schreib auf, an wem oder was du festhältst – dich selbst eingeschlossen – und wo du jeweils stehst.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="103" />
            <source>Forgiveness notice</source>
            <translation>Hinweis zur Vergebung</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="105" />
            <source>Your list</source>
            <translation>Deine Liste</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="107" />
            <source>Whom and what to forgive</source>
            <translation>Wem und was du vergeben willst</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="113" />
            <source>Nobody on your list yet. Start with the one that comes to mind first: your manager, a coworker, the company, or you. Fill in the form and press Save.</source>
            <translation>Noch niemand auf deiner Liste. Fang mit dem an, was dir zuerst einfällt: deine Führungskraft, ein Kollege, eine Kollegin, die Firma oder du. Füll das Formular aus und drück auf „Speichern“.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="118" />
            <source>Add someone or something</source>
            <translation>Jemanden oder etwas hinzufügen</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="119" />
            <source>Add someone or something to forgive</source>
            <translation>Jemanden oder etwas zum Vergeben hinzufügen</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="121" />
            <source>Start a new item on your list</source>
            <translation>Einen neuen Punkt auf deiner Liste beginnen</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="135" />
            <source>Whom or what</source>
            <translation>Wem oder was</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="137" />
            <source>Whom or what to forgive</source>
            <translation>Wem oder was du vergeben willst</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="138" />
            <source>A person, a group, a situation, or yourself</source>
            <translation>Eine Person, eine Gruppe, eine Situation oder du selbst</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="141" />
            <source>It's me</source>
            <translation>Ich bin es</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="143" />
            <source>This is about forgiving myself</source>
            <translation>Es geht darum, mir selbst zu vergeben</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="148" />
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="149" />
            <source>What happened</source>
            <translation>Was passiert ist</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="150" />
            <source>As plainly as you can: what was said or done, and when…</source>
            <translation>So schlicht wie möglich: was gesagt oder getan wurde, und wann…</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="153" />
            <source>Where you are with it</source>
            <translation>Wo du damit stehst</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="156" />
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="157" />
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="158" />
            <source>What would help you let go? What is still in the way?</source>
            <translation>Was würde dir helfen, loszulassen? Was steht noch im Weg?</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="161" />
            <source>Forgiveness save status</source>
            <translation>Speicherstand der Vergebung</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="162" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="163" />
            <source>Delete this item from your list</source>
            <translation>Diesen Punkt von deiner Liste löschen</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="165" />
            <source>Remove it from your list; you can undo it</source>
            <translation>Von deiner Liste entfernen; du kannst es rückgängig machen</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="167" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="169" />
            <source>Save this item</source>
            <translation>Diesen Punkt speichern</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="170" />
            <source>Save (Ctrl+Enter)</source>
            <translation>Speichern (Strg+Eingabe)</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="232" />
            <source>Couldn't read your list just now.</source>
            <translation>Konnte deine Liste gerade nicht lesen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="267" />
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="371" />
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="282" />
            <source>Couldn't delete it; it is still on your list.</source>
            <translation>Konnte es nicht löschen; es steht noch auf deiner Liste.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="288" />
            <source>Removed “{whom}” from your list.</source>
            <translation>„{whom}“ von deiner Liste entfernt.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="298" />
            <source>Undo: bring the person or thing you deleted back</source>
            <translation>Rückgängig: das Gelöschte zurückholen</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="309" />
            <source>Couldn't bring it back just now. Try again in a moment.</source>
            <translation>Konnte es gerade nicht zurückholen. Versuch es gleich noch einmal.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="408" />
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="427" />
            <source>Not saved yet.</source>
            <translation>Noch nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="461" />
            <source>Someone or something new</source>
            <translation>Jemand oder etwas Neues</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/forgiveness_section.py" line="469" />
            <source>Last changed {when_text}.</source>
            <translation>Zuletzt geändert: {when_text}.</translation>
        </message>
    </context>
    <context>
        <name>FormFields</name>
        <message>
            <location filename="../../app/ui/widgets/form_fields.py" line="37" />
            <source>ddd d MMM yyyy</source>
            <translation>ddd, d. MMM yyyy</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/form_fields.py" line="61" />
            <source>Previous month</source>
            <translation>Voriger Monat</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/form_fields.py" line="62" />
            <source>Next month</source>
            <translation>Nächster Monat</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/form_fields.py" line="63" />
            <source>Choose the month</source>
            <translation>Monat wählen</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/form_fields.py" line="64" />
            <source>Choose the year</source>
            <translation>Jahr wählen</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/form_fields.py" line="65" />
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/form_fields.py" line="66" />
            <source>Corner</source>
            <translation>Ecke</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/form_fields.py" line="74" />
            <source>{name}, choices</source>
            <translation>{name}, Auswahl</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/form_fields.py" line="81" />
            <source>{name}, calendar</source>
            <translation>{name}, Kalender</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/form_fields.py" line="87" />
            <source>{name}, days of the month</source>
            <translation>{name}, Tage des Monats</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/form_fields.py" line="88" />
            <source>Days of the week</source>
            <translation>Wochentage</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/form_fields.py" line="89" />
            <source>Weeks</source>
            <translation>Wochen</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/form_fields.py" line="91" />
            <source>Calendar control</source>
            <translation>Kalendersteuerung</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/form_fields.py" line="158" />
            <source>Untitled goal</source>
            <translation>Ziel ohne Titel</translation>
        </message>
    </context>
    <context>
        <name>GoalEditor</name>
        <message>
            <location filename="../../app/ui/plan/goal_editor.py" line="48" />
            <source>How this milestone stands</source>
            <translation>Wie dieser Meilenstein steht</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/goal_editor.py" line="49" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/goal_editor.py" line="50" />
            <source>Remove this milestone</source>
            <translation>Diesen Meilenstein entfernen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/goal_editor.py" line="51" />
            <source>What is true by this date if it goes well?</source>
            <translation>Was ist bis zu diesem Datum wahr, wenn es gut läuft?</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/goal_editor.py" line="54" />
            <source>What success looks like then</source>
            <translation>Wie Erfolg dann aussieht</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/goal_editor.py" line="73" />
            <source>Milestone {number}: date</source>
            <translation>Meilenstein {number}: Datum</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/goal_editor.py" line="74" />
            <source>Milestone {number}: status</source>
            <translation>Meilenstein {number}: Stand</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/goal_editor.py" line="76" />
            <source>Remove milestone {number}</source>
            <translation>Meilenstein {number} entfernen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/goal_editor.py" line="78" />
            <source>Milestone {number}: what success looks like then</source>
            <translation>Meilenstein {number}: wie Erfolg dann aussieht</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/goal_editor.py" line="104" />
            <source>No milestones yet.</source>
            <translation>Noch keine Meilensteine.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/goal_editor.py" line="105" />
            <location filename="../../app/ui/plan/goal_editor.py" line="106" />
            <source>Add a milestone</source>
            <translation>Einen Meilenstein hinzufügen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/goal_editor.py" line="210" />
            <source>Goal title</source>
            <translation>Titel des Ziels</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/goal_editor.py" line="211" />
            <source>A short name for the goal</source>
            <translation>Ein kurzer Name für das Ziel</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/goal_editor.py" line="213" />
            <source>What success looks like</source>
            <translation>Wie Erfolg aussieht</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/goal_editor.py" line="213" />
            <source>Picture the goal met in the end: what is different, and who notices?</source>
            <translation>Stell dir das Ziel am Ende erreicht vor: Was ist anders, und wer merkt es?</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/goal_editor.py" line="217" />
            <source>How it is measured</source>
            <translation>Woran es gemessen wird</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/goal_editor.py" line="217" />
            <source>The numbers, examples or signs you and your manager agreed on</source>
            <translation>Die Zahlen, Beispiele oder Zeichen, auf die du dich mit deiner Führungskraft geeinigt hast</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/goal_editor.py" line="222" />
            <source>Goal status</source>
            <translation>Stand des Ziels</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/goal_editor.py" line="225" />
            <source>Goal notes</source>
            <translation>Notizen zum Ziel</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/goal_editor.py" line="226" />
            <source>Anything else worth remembering about this goal</source>
            <translation>Alles andere, was du dir zu diesem Ziel merken willst</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/goal_editor.py" line="227" />
            <source>Milestones</source>
            <translation>Meilensteine</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/goal_editor.py" line="228" />
            <source>For each date: what success looks like by then, and how it stands.</source>
            <translation>Für jedes Datum: wie Erfolg bis dahin aussieht und wie es steht.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/goal_editor.py" line="236" />
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/goal_editor.py" line="237" />
            <source>What &amp;success looks like in the end</source>
            <translation>Wie &amp;Erfolg am Ende aussieht</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/goal_editor.py" line="239" />
            <source>How it is &amp;measured</source>
            <translation>Woran es &amp;gemessen wird</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/goal_editor.py" line="241" />
            <source>Stat&amp;us</source>
            <translation>St&amp;and</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/goal_editor.py" line="250" />
            <source>N&amp;otes</source>
            <translation>N&amp;otizen</translation>
        </message>
    </context>
    <context>
        <name>InlineNotice</name>
        <message>
            <location filename="../../app/ui/widgets/notice.py" line="19" />
            <source>Bring it back (Ctrl+Z)</source>
            <translation>Zurückholen (Strg+Z)</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/notice.py" line="45" />
            <location filename="../../app/ui/widgets/notice.py" line="46" />
            <location filename="../../app/ui/widgets/notice.py" line="87" />
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/notice.py" line="48" />
            <location filename="../../app/ui/widgets/notice.py" line="49" />
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/notice.py" line="51" />
            <source>Dismiss</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/notice.py" line="53" />
            <source>Dismiss: {name}</source>
            <translation>Schließen: {name}</translation>
        </message>
    </context>
    <context>
        <name>Label</name>
        <message>
            <location filename="../../app/domain/workbench.py" line="19" />
            <source>Not started</source>
            <translation>Nicht begonnen</translation>
        </message>
        <message>
            <location filename="../../app/domain/workbench.py" line="20" />
            <source>On track</source>
            <translation>Auf Kurs</translation>
        </message>
        <message>
            <location filename="../../app/domain/workbench.py" line="21" />
            <source>At risk</source>
            <translation>Gefährdet</translation>
        </message>
        <message>
            <location filename="../../app/domain/workbench.py" line="22" />
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <location filename="../../app/domain/workbench.py" line="23" />
            <source>Not yet</source>
            <translation>Noch nicht</translation>
        </message>
        <message>
            <location filename="../../app/domain/workbench.py" line="24" />
            <source>Working on it</source>
            <translation>Ich arbeite daran</translation>
        </message>
        <message>
            <location filename="../../app/domain/workbench.py" line="25" />
            <source>Forgiven</source>
            <translation>Vergeben</translation>
        </message>
        <message>
            <location filename="../../app/domain/workbench.py" line="26" />
            <source>Not decided yet</source>
            <translation>Noch nicht entschieden</translation>
        </message>
        <message>
            <location filename="../../app/domain/workbench.py" line="27" />
            <source>Stay and commit</source>
            <translation>Bleiben und mich einsetzen</translation>
        </message>
        <message>
            <location filename="../../app/domain/workbench.py" line="28" />
            <source>Plan to leave</source>
            <translation>Den Abschied planen</translation>
        </message>
        <message>
            <location filename="../../app/domain/workbench.py" line="29" />
            <source>In a meeting</source>
            <translation>In einem Gespräch</translation>
        </message>
        <message>
            <location filename="../../app/domain/workbench.py" line="30" />
            <source>By email</source>
            <translation>Per E-Mail</translation>
        </message>
        <message>
            <location filename="../../app/domain/workbench.py" line="31" />
            <source>In chat</source>
            <translation>Im Chat</translation>
        </message>
        <message>
            <location filename="../../app/domain/workbench.py" line="32" />
            <source>Some other way</source>
            <translation>Auf andere Weise</translation>
        </message>
        <message>
            <location filename="../../app/domain/workbench.py" line="33" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../../app/domain/workbench.py" line="34" />
            <source>Completed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <location filename="../../app/domain/workbench.py" line="35" />
            <location filename="../../app/domain/workbench.py" line="38" />
            <source>Ended</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <location filename="../../app/domain/workbench.py" line="36" />
            <source>Completed successfully</source>
            <translation>Erfolgreich abgeschlossen</translation>
        </message>
        <message>
            <location filename="../../app/domain/workbench.py" line="37" />
            <source>Extended</source>
            <translation>Verlängert</translation>
        </message>
        <message>
            <location filename="../../app/domain/workbench.py" line="39" />
            <source>I left</source>
            <translation>Ich bin gegangen</translation>
        </message>
    </context>
    <context>
        <name>LeavingPlan</name>
        <message>
            <location filename="../../app/ui/feelings/leaving_plan.py" line="50" />
            <source>What to finish or hand over</source>
            <translation>Was abzuschließen oder zu übergeben ist</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/leaving_plan.py" line="51" />
            <source>Work to wrap up, notes for whoever takes it on, files and access to pass on…</source>
            <translation>Arbeit, die abzuschließen ist, Notizen für die Nachfolge, Dateien und Zugänge zum Übergeben…</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/leaving_plan.py" line="53" />
            <source>What to ask about notice, references and your last day</source>
            <translation>Was du zu Kündigungsfrist, Zeugnis und deinem letzten Tag fragen willst</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/leaving_plan.py" line="54" />
            <source>How much notice to give, who could give you a reference, when your last day would be…</source>
            <translation>Welche Kündigungsfrist gilt, wer dir eine Referenz geben könnte, wann dein letzter Tag wäre…</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/leaving_plan.py" line="56" />
            <source>People to talk to</source>
            <translation>Menschen, mit denen du sprechen willst</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/leaving_plan.py" line="57" />
            <source>Someone you trust at work, a mentor, family, former colleagues, a recruiter…</source>
            <translation>Jemand, dem du bei der Arbeit vertraust, eine Mentorin, Familie, frühere Kollegen, ein Personalvermittler…</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/leaving_plan.py" line="59" />
            <source>Your job search, one step a line</source>
            <translation>Deine Stellensuche, ein Schritt pro Zeile</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/leaving_plan.py" line="60" />
            <source>Update my CV
Tell three people I'm looking
Apply to two roles a week</source>
            <translation>Lebenslauf aktualisieren
Drei Leuten sagen, dass ich suche
Zwei Bewerbungen pro Woche</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/leaving_plan.py" line="63" />
            <source>This is general guidance, not legal advice. For your rights and terms, such as notice, pay and references, check your contract, ask HR, or talk to an independent adviser.</source>
            <translation>Das ist eine allgemeine Orientierung, keine Rechtsberatung. Zu deinen Rechten und Bedingungen – etwa Kündigungsfrist, Gehalt und Arbeitszeugnis – schau in deinen Vertrag, frag die Personalabteilung oder sprich mit einer unabhängigen Beratung.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/leaving_plan.py" line="69" />
            <source>Your latest decision is to stay. This leaving plan is kept as you left it, in case you need it again.</source>
            <translation>Deine letzte Entscheidung ist, zu bleiben. Dieser Abschiedsplan bleibt, wie du ihn verlassen hast, falls du ihn wieder brauchst.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/leaving_plan.py" line="71" />
            <source>You haven't decided yet. This leaving plan is kept as you left it, in case you need it.</source>
            <translation>Du hast dich noch nicht entschieden. Dieser Abschiedsplan bleibt, wie du ihn verlassen hast, falls du ihn brauchst.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/leaving_plan.py" line="109" />
            <source>You started a leaving plan. It is kept, in case you need it.</source>
            <translation>Du hast einen Abschiedsplan begonnen. Er bleibt aufbewahrt, falls du ihn brauchst.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/leaving_plan.py" line="113" />
            <location filename="../../app/ui/feelings/leaving_plan.py" line="285" />
            <source>Show the leaving plan</source>
            <translation>Abschiedsplan zeigen</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/leaving_plan.py" line="114" />
            <source>Show or hide your leaving plan</source>
            <translation>Deinen Abschiedsplan zeigen oder verbergen</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/leaving_plan.py" line="119" />
            <location filename="../../app/ui/feelings/leaving_plan.py" line="120" />
            <source>Your leaving plan</source>
            <translation>Dein Abschiedsplan</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/leaving_plan.py" line="123" />
            <source>Leaving well protects your name, your references and your peace of mind. Write down what has to happen before you go; a line at a time is enough.</source>
            <translation>Gut zu gehen schützt deinen Ruf, deine Referenzen und deinen Seelenfrieden. Schreib auf, was passieren muss, bevor du gehst; eine Zeile nach der anderen genügt.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/leaving_plan.py" line="140" />
            <location filename="../../app/ui/feelings/leaving_plan.py" line="141" />
            <source>I have a day in mind to leave</source>
            <translation>Ich habe einen Tag für meinen Abschied im Kopf</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/leaving_plan.py" line="142" />
            <source>The day you plan to leave</source>
            <translation>Der Tag, an dem du gehen willst</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/leaving_plan.py" line="144" />
            <source>Type the day, or pick it from the calendar (Alt+Down)</source>
            <translation>Tag eingeben oder im Kalender wählen (Alt+Unten)</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/leaving_plan.py" line="155" />
            <source>Leaving plan save status</source>
            <translation>Speicherstand des Abschiedsplans</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/leaving_plan.py" line="222" />
            <source>Couldn't read your leaving plan just now.</source>
            <translation>Konnte deinen Abschiedsplan gerade nicht lesen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/leaving_plan.py" line="259" />
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/leaving_plan.py" line="284" />
            <source>Hide the leaving plan</source>
            <translation>Abschiedsplan verbergen</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/leaving_plan.py" line="296" />
            <source>Not saved yet.</source>
            <translation>Noch nicht gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>MarkdownEditor</name>
        <message>
            <location filename="../../app/ui/writing/editor.py" line="51" />
            <source>{name} (preview)</source>
            <translation>{name} (Vorschau)</translation>
        </message>
        <message>
            <location filename="../../app/ui/writing/editor.py" line="58" />
            <location filename="../../app/ui/writing/editor.py" line="126" />
            <source>{count} words</source>
            <translation>{count} Wörter</translation>
        </message>
        <message>
            <location filename="../../app/ui/writing/editor.py" line="60" />
            <source>Word count</source>
            <translation>Anzahl der Wörter</translation>
        </message>
        <message>
            <location filename="../../app/ui/writing/editor.py" line="61" />
            <location filename="../../app/ui/writing/editor.py" line="160" />
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <location filename="../../app/ui/writing/editor.py" line="64" />
            <location filename="../../app/ui/writing/editor.py" line="161" />
            <source>Show the rendered preview</source>
            <translation>Vorschau zeigen</translation>
        </message>
        <message>
            <location filename="../../app/ui/writing/editor.py" line="66" />
            <source>Show how your Markdown reads (Ctrl+Shift+P)</source>
            <translation>Zeigt, wie dein Text mit Markdown aussieht (Strg+Umschalt+P)</translation>
        </message>
        <message>
            <location filename="../../app/ui/writing/editor.py" line="125" />
            <source>1 word</source>
            <translation>1 Wort</translation>
        </message>
        <message>
            <location filename="../../app/ui/writing/editor.py" line="157" />
            <source>Write</source>
            <translation>Schreiben</translation>
        </message>
        <message>
            <location filename="../../app/ui/writing/editor.py" line="158" />
            <source>Back to writing</source>
            <translation>Zurück zum Schreiben</translation>
        </message>
    </context>
    <context>
        <name>MeetingWords</name>
        <message>
            <location filename="../../app/ui/checkins/meeting_words.py" line="17" />
            <source>{day}, {time}</source>
            <translation>{day}, {time}</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/meeting_words.py" line="25" />
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/meeting_words.py" line="26" />
            <source>tomorrow</source>
            <translation>morgen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/meeting_words.py" line="36" />
            <source>Held · {rating}</source>
            <translation>Gehalten · {rating}</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/meeting_words.py" line="37" />
            <source>Held · not rated yet</source>
            <translation>Gehalten · noch nicht bewertet</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/meeting_words.py" line="39" />
            <source>Next</source>
            <translation>Als Nächstes</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/meeting_words.py" line="39" />
            <source>Coming up</source>
            <translation>Bevorstehend</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/meeting_words.py" line="46" />
            <source>{label} · {when}</source>
            <translation>{label} · {when}</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/meeting_words.py" line="47" />
            <source>Not marked as held</source>
            <translation>Nicht als gehalten markiert</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../app/ui/widgets/messages.py" line="25" />
            <source>Keep writing</source>
            <translation>Weiterschreiben</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/messages.py" line="26" />
            <source>Quit Trustbridge</source>
            <translation>Trustbridge beenden</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/messages.py" line="34" />
            <source>Your latest text is not saved</source>
            <translation>Dein letzter Text ist nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/messages.py" line="38" />
            <source>Trustbridge could not save your latest writing. If you quit now, it will be lost.</source>
            <translation>Trustbridge konnte deinen letzten Text nicht speichern. Wenn du jetzt beendest, geht er verloren.</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/messages.py" line="45" />
            <source>Copy it somewhere safe first, or free up space and try again.</source>
            <translation>Kopier ihn zuerst an einen sicheren Ort, oder schaff Platz und versuch es noch einmal.</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/messages.py" line="47" />
            <source>Keep the window open</source>
            <translation>Fenster offen lassen</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/messages.py" line="48" />
            <source>Quit without saving</source>
            <translation>Ohne Speichern beenden</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/messages.py" line="60" />
            <source>Open this link?</source>
            <translation>Diesen Link öffnen?</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/messages.py" line="64" />
            <source>This link opens in your web browser:</source>
            <translation>Dieser Link öffnet sich in deinem Webbrowser:</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/messages.py" line="70" />
            <source>Open in browser</source>
            <translation>Im Browser öffnen</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/messages.py" line="71" />
            <source>Stay here</source>
            <translation>Hier bleiben</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/messages.py" line="89" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/messages.py" line="105" />
            <source>Choose a journal file to import</source>
            <translation>Tagebuchdatei zum Importieren wählen</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/messages.py" line="107" />
            <source>Journals (*.json *.zip *.txt *.journal *.jrnl *.doentry);;All files (*)</source>
            <translation>Tagebücher (*.json *.zip *.txt *.journal *.jrnl *.doentry);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/messages.py" line="117" />
            <source>Choose a journal folder to import</source>
            <translation>Tagebuchordner zum Importieren wählen</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/messages.py" line="135" />
            <source>Folder (*)</source>
            <translation>Ordner (*)</translation>
        </message>
    </context>
    <context>
        <name>MilestoneOffer</name>
        <message>
            <location filename="../../app/ui/today/milestone_offer.py" line="42" />
            <source>Review</source>
            <translation>Rückblick</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/milestone_offer.py" line="43" />
            <source>Review this checkpoint of your plan</source>
            <translation>Auf diesen Prüfpunkt deines Plans zurückblicken</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/milestone_offer.py" line="45" />
            <source>What was met, the evidence so far, and what to raise at your next check-in. The review is kept with your plan.</source>
            <translation>Was erreicht wurde, die bisherigen Belege und was du im nächsten Gespräch ansprichst. Der Rückblick wird bei deinem Plan aufbewahrt.</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/milestone_offer.py" line="48" />
            <source>Checkpoint review due</source>
            <translation>Rückblick auf einen Prüfpunkt fällig</translation>
        </message>
    </context>
    <context>
        <name>MilestoneReview</name>
        <message>
            <location filename="../../app/ui/plan/milestone_review.py" line="92" />
            <source>
   Success: {success}</source>
            <translation>
   Erfolg: {success}</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/milestone_review.py" line="101" />
            <source>%-d %b</source>
            <translation>%-d. %b</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/milestone_review.py" line="125" />
            <location filename="../../app/ui/plan/milestone_review.py" line="126" />
            <source>Checkpoint review</source>
            <translation>Rückblick auf den Prüfpunkt</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/milestone_review.py" line="155" />
            <source>What was met</source>
            <translation>Was erreicht wurde</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/milestone_review.py" line="155" />
            <source>What you did by this day, plainly. Small steps count.</source>
            <translation>Was du bis zu diesem Tag getan hast, schlicht gesagt. Kleine Schritte zählen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/milestone_review.py" line="157" />
            <source>What to raise at the next check-in</source>
            <translation>Was du im nächsten Gespräch ansprechen willst</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/milestone_review.py" line="158" />
            <source>A question, help you need, progress to mention…</source>
            <translation>Eine Frage, Hilfe, die du brauchst, Fortschritt, den du erwähnen willst…</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/milestone_review.py" line="160" />
            <source>Review save status</source>
            <translation>Speicherstand des Rückblicks</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/milestone_review.py" line="161" />
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/milestone_review.py" line="162" />
            <source>Done: keep this review</source>
            <translation>Fertig: diesen Rückblick aufbewahren</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/milestone_review.py" line="164" />
            <location filename="../../app/ui/plan/milestone_review.py" line="274" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/milestone_review.py" line="165" />
            <source>Close the review</source>
            <translation>Den Rückblick schließen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/milestone_review.py" line="175" />
            <source>What success was meant to look like</source>
            <translation>Wie Erfolg aussehen sollte</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/milestone_review.py" line="183" />
            <source>What was &amp;met</source>
            <translation>Was &amp;erreicht wurde</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/milestone_review.py" line="185" />
            <source>What to &amp;raise at the next check-in</source>
            <translation>Was du im nächsten Gespräch &amp;ansprechen willst</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/milestone_review.py" line="223" />
            <source>This checkpoint could not be read.</source>
            <translation>Dieser Prüfpunkt konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/milestone_review.py" line="241" />
            <source>Review: {title}</source>
            <translation>Rückblick: {title}</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/milestone_review.py" line="244" />
            <source> Your words stay here, and you can add to them.</source>
            <translation> Deine Worte bleiben hier, und du kannst etwas ergänzen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/milestone_review.py" line="246" />
            <source>Reviewed on {when}.{more}</source>
            <translation>Rückblick am {when}.{more}</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/milestone_review.py" line="249" />
            <source>This checkpoint was not reviewed.</source>
            <translation>Auf diesen Prüfpunkt wurde nicht zurückgeblickt.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/milestone_review.py" line="251" />
            <source>A short look back while it is fresh: what was meant to happen by now, what did, and what to bring to your next check-in.</source>
            <translation>Ein kurzer Blick zurück, solange es frisch ist: was bis jetzt passieren sollte, was passiert ist und was du ins nächste Gespräch mitnimmst.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/milestone_review.py" line="257" />
            <source>Nothing was written down for this checkpoint itself; here is where each goal was meant to be.</source>
            <translation>Für diesen Prüfpunkt selbst wurde nichts aufgeschrieben; hier steht, wo jedes Ziel sein sollte.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/milestone_review.py" line="259" />
            <source>Nothing was written down for this checkpoint, and the plan has no goals yet.</source>
            <translation>Für diesen Prüfpunkt wurde nichts aufgeschrieben, und der Plan hat noch keine Ziele.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/milestone_review.py" line="264" />
            <source>Evidence up to {day}</source>
            <translation>Belege bis {day}</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/milestone_review.py" line="265" />
            <source>%-d %B</source>
            <translation>%-d. %B</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/milestone_review.py" line="267" />
            <source>No evidence logged by this day. Small progress counts too: add it to the plan's evidence when you remember one.</source>
            <translation>Bis zu diesem Tag keine Belege. Auch kleiner Fortschritt zählt: Trag ihn bei den Belegen des Plans ein, wenn dir einer einfällt.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/milestone_review.py" line="309" />
            <source>Couldn't keep the review yet: your words are still here. Try Done again in a moment.</source>
            <translation>Konnte den Rückblick noch nicht aufbewahren: Deine Worte sind noch hier. Drück gleich noch einmal auf „Fertig“.</translation>
        </message>
    </context>
    <context>
        <name>MilestoneReviews</name>
        <message>
            <location filename="../../app/domain/milestone_reviews.py" line="90" />
            <source>Day {number} — {day}</source>
            <translation>Tag {number} – {day}</translation>
        </message>
        <message>
            <location filename="../../app/domain/milestone_reviews.py" line="99" />
            <source>Day {day} of your plan has arrived — take ten minutes to review it</source>
            <translation>Tag {day} deines Plans ist da – nimm dir zehn Minuten für einen Rückblick</translation>
        </message>
        <message>
            <location filename="../../app/domain/milestone_reviews.py" line="103" />
            <source> (and one more after it)</source>
            <translation> (und noch einer danach)</translation>
        </message>
        <message>
            <location filename="../../app/domain/milestone_reviews.py" line="104" />
            <source> (and {more} more after it)</source>
            <translation> (und noch {more} danach)</translation>
        </message>
    </context>
    <context>
        <name>Mood</name>
        <message>
            <location filename="../../app/domain/workbench.py" line="45" />
            <source>Very low</source>
            <translation>Sehr schlecht</translation>
        </message>
        <message>
            <location filename="../../app/domain/workbench.py" line="45" />
            <source>Low</source>
            <translation>Schlecht</translation>
        </message>
        <message>
            <location filename="../../app/domain/workbench.py" line="46" />
            <source>Okay</source>
            <translation>Okay</translation>
        </message>
        <message>
            <location filename="../../app/domain/workbench.py" line="46" />
            <source>Good</source>
            <translation>Gut</translation>
        </message>
        <message>
            <location filename="../../app/domain/workbench.py" line="47" />
            <source>Very good</source>
            <translation>Sehr gut</translation>
        </message>
    </context>
    <context>
        <name>MoodChart</name>
        <message>
            <location filename="../../app/ui/feelings/mood_chart.py" line="117" />
            <source>Mood over time chart</source>
            <translation>Diagramm: Stimmung im Verlauf</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_chart.py" line="261" />
            <source>Strongest</source>
            <translation>Am stärksten</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_chart.py" line="340" />
            <source>Overall mood</source>
            <translation>Gesamtstimmung</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_chart.py" line="342" />
            <source>Check-in meeting</source>
            <translation>Gespräch</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_chart.py" line="370" />
            <location filename="../../app/ui/feelings/mood_chart.py" line="374" />
            <source>Check-in</source>
            <translation>Gespräch</translation>
        </message>
    </context>
    <context>
        <name>MoodCheck</name>
        <message>
            <location filename="../../app/ui/feelings/mood_check.py" line="42" />
            <source>Pick an overall mood to save. The feelings and the note are up to you.</source>
            <translation>Wähle eine Gesamtstimmung, um zu speichern. Gefühle und Notiz sind freiwillig.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_check.py" line="44" />
            <source>Your unfinished check-in is back, as you left it.</source>
            <translation>Dein unfertiger Stimmungscheck ist wieder da, so wie du ihn verlassen hast.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_check.py" line="45" />
            <source>Not saved. Your choices are still here; try again.</source>
            <translation>Nicht gespeichert. Deine Auswahl ist noch da; versuch es noch einmal.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_check.py" line="46" />
            <source>Couldn't keep your choices just now. Press Not now again to close anyway.</source>
            <translation>Konnte deine Auswahl gerade nicht aufbewahren. Drück noch einmal auf „Nicht jetzt“, um trotzdem zu schließen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_check.py" line="48" />
            <source>How strong it is: 1 is a faint trace, 5 fills the room. Use the arrow keys to change it.</source>
            <translation>Wie stark es ist: 1 ist eine leise Spur, 5 füllt den ganzen Raum. Mit den Pfeiltasten änderst du es.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_check.py" line="64" />
            <source>Press Space to pick this feeling, again to take it off</source>
            <translation>Leertaste wählt dieses Gefühl, noch einmal nimmt es wieder weg</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_check.py" line="71" />
            <source>How strong: {name}</source>
            <translation>Wie stark: {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_check.py" line="105" />
            <source>{name}: picked. {hint}</source>
            <translation>{name}: gewählt. {hint}</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_check.py" line="108" />
            <source>Pick “{name}”</source>
            <translation>„{name}“ wählen</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_check.py" line="127" />
            <source>{name} family. {described}</source>
            <translation>Familie {name}. {described}</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_check.py" line="155" />
            <source>Which feelings are here right now? Pick any that fit, then set how strong each one is, from 1 (a faint trace) to 5 (it fills the room).</source>
            <translation>Welche Gefühle sind gerade da? Wähle alle, die passen, und stell dann ein, wie stark jedes ist – von 1 (eine leise Spur) bis 5 (es füllt den ganzen Raum).</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_check.py" line="167" />
            <source>Overall, how are you?</source>
            <translation>Wie geht es dir insgesamt?</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_check.py" line="173" />
            <source>Overall mood {mood} of 5: {label}</source>
            <translation>Gesamtstimmung {mood} von 5: {label}</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_check.py" line="181" />
            <source>A note, if you like</source>
            <translation>Eine Notiz, wenn du magst</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_check.py" line="185" />
            <source>Note for this check-in</source>
            <translation>Notiz zu diesem Stimmungscheck</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_check.py" line="186" />
            <source>What happened today, or what the feeling is about…</source>
            <translation>Was heute passiert ist oder worum es bei dem Gefühl geht…</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_check.py" line="328" />
            <source>Check in with yourself</source>
            <translation>Bei dir selbst nachspüren</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_check.py" line="329" />
            <source>Mood check-in</source>
            <translation>Stimmungscheck</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_check.py" line="331" />
            <source>How are you feeling tonight?</source>
            <translation>Wie fühlst du dich heute Abend?</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_check.py" line="345" />
            <source>Not now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_check.py" line="346" />
            <source>Close without saving a check-in</source>
            <translation>Schließen, ohne einen Stimmungscheck zu speichern</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_check.py" line="348" />
            <location filename="../../app/ui/feelings/mood_check.py" line="350" />
            <source>Save check-in</source>
            <translation>Stimmungscheck speichern</translation>
        </message>
    </context>
    <context>
        <name>MoodWords</name>
        <message>
            <location filename="../../app/ui/feelings/mood_words.py" line="18" />
            <source>Your chart starts with your check-ins. Save one in “Check in” today and another in a day or two: the line shows how your mood moves, and the dots show which feelings were strongest.</source>
            <translation>Dein Diagramm beginnt mit deinen Stimmungschecks. Speichere heute einen unter „Stimmungscheck“ und in ein, zwei Tagen noch einen: Die Linie zeigt, wie sich deine Stimmung bewegt, und die Punkte, welche Gefühle am stärksten waren.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_words.py" line="23" />
            <source>One check-in so far. After your next one, a line appears here showing how your mood moves from one to the next.</source>
            <translation>Bisher ein Stimmungscheck. Nach dem nächsten erscheint hier eine Linie, die zeigt, wie sich deine Stimmung von einem zum nächsten bewegt.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_words.py" line="28" />
            <source>The chart can't be drawn: a check-in's date is not valid. Your check-ins are kept as they are.</source>
            <translation>Das Diagramm kann nicht gezeichnet werden: Das Datum eines Stimmungschecks ist ungültig. Deine Stimmungschecks bleiben, wie sie sind.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_words.py" line="36" />
            <source>%-d %b %Y</source>
            <translation>%-d. %b %Y</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_words.py" line="37" />
            <source>%-d %b</source>
            <translation>%-d. %b</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_words.py" line="44" />
            <source>No check-ins yet</source>
            <translation>Noch keine Stimmungschecks</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_words.py" line="47" />
            <source>1 check-in on {day}, mood {mood} of 5</source>
            <translation>1 Stimmungscheck am {day}, Stimmung {mood} von 5</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_words.py" line="58" />
            <source>, {average} on average</source>
            <translation>, im Schnitt {average}</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_words.py" line="61" />
            <source>; 1 check-in meeting marked</source>
            <translation>; 1 Gespräch markiert</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_words.py" line="70" />
            <source>mood {mood} of 5 ({word})</source>
            <translation>Stimmung {mood} von 5 ({word})</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/mood_words.py" line="72" />
            <source>{weekday} {day}, {time}: {mood}</source>
            <translation>{weekday} {day}, {time}: {mood}</translation>
        </message>
    </context>
    <context>
        <name>OnThisDay</name>
        <message>
            <location filename="../../app/ui/today/on_this_day.py" line="31" />
            <source>1 week ago</source>
            <translation>Vor 1 Woche</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/on_this_day.py" line="37" />
            <source>1 month ago</source>
            <translation>Vor 1 Monat</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/on_this_day.py" line="40" />
            <source>A year ago</source>
            <translation>Vor einem Jahr</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/on_this_day.py" line="51" />
            <source>(no words yet)</source>
            <translation>(noch keine Worte)</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/on_this_day.py" line="68" />
            <source>On this day</source>
            <translation>An diesem Tag</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/on_this_day.py" line="70" />
            <source>A look back at what you wrote on these days.</source>
            <translation>Ein Blick zurück auf das, was du an diesen Tagen geschrieben hast.</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/on_this_day.py" line="101" />
            <source>Read again: {label} entry from {ago}, {when}: {line}</source>
            <translation>Noch einmal lesen: {label}-Eintrag, {ago}, {when}: {line}</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/on_this_day.py" line="104" />
            <source>{when}: open this entry in your journal</source>
            <translation>{when}: diesen Eintrag in deinem Tagebuch öffnen</translation>
        </message>
    </context>
    <context>
        <name>OverrideGuard</name>
        <message>
            <location filename="../../app/ui/widgets/override_guard.py" line="22" />
            <source>date not valid</source>
            <translation>Datum ungültig</translation>
        </message>
    </context>
    <context>
        <name>PastPlans</name>
        <message>
            <location filename="../../app/ui/plan/past_plans.py" line="52" />
            <source>not ended</source>
            <translation>nicht beendet</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/past_plans.py" line="53" />
            <source>From {long_date} · {how}</source>
            <translation>Ab {long_date} · {how}</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/past_plans.py" line="69" />
            <location filename="../../app/ui/plan/past_plans.py" line="183" />
            <location filename="../../app/ui/plan/past_plans.py" line="184" />
            <location filename="../../app/ui/plan/past_plans.py" line="195" />
            <source>Past plans</source>
            <translation>Frühere Pläne</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/past_plans.py" line="73" />
            <source>The chosen plan, to read</source>
            <translation>Der gewählte Plan, zum Lesen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/past_plans.py" line="76" />
            <source>No past plans yet. When a plan ends, it stays here to read, with its report.</source>
            <translation>Noch keine früheren Pläne. Wenn ein Plan endet, bleibt er hier zum Lesen, mit seinem Bericht.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/past_plans.py" line="79" />
            <location filename="../../app/ui/plan/past_plans.py" line="80" />
            <source>Reopen the plan</source>
            <translation>Den Plan wieder öffnen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/past_plans.py" line="81" />
            <source>Make this plan the running one again, if it was ended by mistake</source>
            <translation>Diesen Plan wieder zum laufenden machen, falls er versehentlich beendet wurde</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/past_plans.py" line="149" />
            <source>&lt;p&gt;This plan could not be read just now.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Dieser Plan konnte gerade nicht gelesen werden.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/past_plans.py" line="163" />
            <source>Couldn't reopen the plan just now. Nothing was changed.</source>
            <translation>Konnte den Plan gerade nicht wieder öffnen. Nichts wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/past_plans.py" line="186" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/past_plans.py" line="187" />
            <source>Close past plans</source>
            <translation>Frühere Pläne schließen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/past_plans.py" line="196" />
            <source>Each plan as it was kept, to read, with its report.</source>
            <translation>Jeder Plan, wie er aufbewahrt wurde, zum Lesen, mit seinem Bericht.</translation>
        </message>
    </context>
    <context>
        <name>PlanAlignment</name>
        <message>
            <location filename="../../app/ui/plan/plan_alignment.py" line="58" />
            <source>Your manager, HR, a stakeholder…</source>
            <translation>Deine Führungskraft, die Personalabteilung, eine beteiligte Person…</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_alignment.py" line="72" />
            <source>Who agreed</source>
            <translation>Wer zugestimmt hat</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_alignment.py" line="79" />
            <source>When they agreed</source>
            <translation>Wann zugestimmt wurde</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_alignment.py" line="81" />
            <source>How they agreed</source>
            <translation>Wie zugestimmt wurde</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_alignment.py" line="84" />
            <source>What was agreed</source>
            <translation>Was vereinbart wurde</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_alignment.py" line="85" />
            <source>The whole plan, a new deadline for a goal, a changed measure…</source>
            <translation>Der ganze Plan, eine neue Frist für ein Ziel, ein geänderter Maßstab…</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_alignment.py" line="90" />
            <source>&amp;Who agreed</source>
            <translation>&amp;Wer zugestimmt hat</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_alignment.py" line="91" />
            <source>Wh&amp;en</source>
            <translation>W&amp;ann</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_alignment.py" line="92" />
            <source>&amp;How</source>
            <translation>W&amp;ie</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_alignment.py" line="93" />
            <source>What was &amp;agreed</source>
            <translation>Was &amp;vereinbart wurde</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_alignment.py" line="121" />
            <source>For example {manager}, HR, a stakeholder…</source>
            <translation>Zum Beispiel {manager}, die Personalabteilung, eine beteiligte Person…</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_alignment.py" line="180" />
            <source>Note each time you and someone else settle on the plan or a change to it: who, when, how, and what. When memories differ later, you have the record.</source>
            <translation>Halte jedes Mal fest, wenn du dich mit jemandem auf den Plan oder eine Änderung einigst: wer, wann, wie und was. Wenn die Erinnerungen später auseinandergehen, hast du es schriftlich.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_alignment.py" line="185" />
            <location filename="../../app/ui/plan/plan_alignment.py" line="186" />
            <source>Record an agreement</source>
            <translation>Eine Vereinbarung festhalten</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_alignment.py" line="190" />
            <source>Agreements, oldest first</source>
            <translation>Vereinbarungen, die ältesten zuerst</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_alignment.py" line="192" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_alignment.py" line="193" />
            <source>Delete agreement</source>
            <translation>Vereinbarung löschen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_alignment.py" line="194" />
            <source>Delete this record; you can undo it (Delete)</source>
            <translation>Diesen Eintrag löschen; du kannst es rückgängig machen (Entf)</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_alignment.py" line="200" />
            <source>No agreements recorded yet. After you go through the plan with your manager, record it here.</source>
            <translation>Noch keine Vereinbarungen festgehalten. Wenn du den Plan mit deiner Führungskraft durchgegangen bist, halte es hier fest.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_alignment.py" line="245" />
            <source>The plan and its goals</source>
            <translation>Der Plan und seine Ziele</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_alignment.py" line="248" />
            <source>Couldn't record the agreement</source>
            <translation>Konnte die Vereinbarung nicht festhalten</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_alignment.py" line="262" />
            <source>Couldn't delete the agreement</source>
            <translation>Konnte die Vereinbarung nicht löschen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_alignment.py" line="280" />
            <source>Agreement with {who} deleted.</source>
            <translation>Vereinbarung mit {who} gelöscht.</translation>
        </message>
    </context>
    <context>
        <name>PlanCheckpoints</name>
        <message>
            <location filename="../../app/ui/plan/plan_checkpoints.py" line="35" />
            <source>By now you understand what is expected, and the first signs show: what are they?</source>
            <translation>Inzwischen verstehst du, was erwartet wird, und erste Zeichen zeigen sich: Welche sind es?</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_checkpoints.py" line="37" />
            <source>Halfway: what has changed that your manager can see?</source>
            <translation>Halbzeit: Was hat sich verändert, das deine Führungskraft sehen kann?</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_checkpoints.py" line="39" />
            <source>At the end: what is true that was not before, and who would say so?</source>
            <translation>Am Ende: Was ist wahr, das vorher nicht wahr war, und wer würde das sagen?</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_checkpoints.py" line="54" />
            <source>Day {value}</source>
            <translation>Tag {value}</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_checkpoints.py" line="57" />
            <source>What success looks like at day {value}</source>
            <translation>Wie Erfolg an Tag {value} aussieht</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_checkpoints.py" line="59" />
            <source>What success looks like</source>
            <translation>Wie Erfolg aussieht</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_checkpoints.py" line="73" />
            <source>What success looks like: {text}</source>
            <translation>Wie Erfolg aussieht: {text}</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_checkpoints.py" line="106" />
            <source>What success looks like for the plan as a whole at each checkpoint. Goals say it for themselves; this is the picture you and your manager share. The Expectations prompts ask for the same words, so what you write there shows here.</source>
            <translation>Wie Erfolg für den ganzen Plan an jedem Prüfpunkt aussieht. Die Ziele sagen es für sich selbst; das hier ist das Bild, das du und deine Führungskraft teilt. Die Impulse unter „Erwartungen“ fragen nach denselben Worten, darum erscheint hier, was du dort schreibst.</translation>
        </message>
    </context>
    <context>
        <name>PlanClosingActions</name>
        <message>
            <location filename="../../app/ui/plan/plan_closing_actions.py" line="36" />
            <source>End the plan…</source>
            <translation>Den Plan beenden…</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_closing_actions.py" line="36" />
            <source>End the plan</source>
            <translation>Den Plan beenden</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_closing_actions.py" line="37" />
            <source>Record how the plan ended, and get its report</source>
            <translation>Festhalten, wie der Plan endete, und seinen Bericht erhalten</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_closing_actions.py" line="41" />
            <source>Past plans</source>
            <translation>Frühere Pläne</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_closing_actions.py" line="42" />
            <source>Read earlier plans and their reports</source>
            <translation>Frühere Pläne und ihre Berichte lesen</translation>
        </message>
    </context>
    <context>
        <name>PlanEnding</name>
        <message>
            <location filename="../../app/ui/plan/plan_ending.py" line="54" />
            <source>You met the plan, and it closed.</source>
            <translation>Du hast den Plan erfüllt, und er wurde abgeschlossen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_ending.py" line="55" />
            <source>It was given more time: you can start the new plan right after.</source>
            <translation>Er bekam mehr Zeit: Du kannst den neuen Plan gleich danach beginnen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_ending.py" line="57" />
            <source>It was closed another way.</source>
            <translation>Er wurde auf andere Weise abgeschlossen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_ending.py" line="58" />
            <source>You moved on before it ended.</source>
            <translation>Du bist weitergezogen, bevor er endete.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_ending.py" line="109" />
            <location filename="../../app/ui/plan/plan_ending.py" line="110" />
            <location filename="../../app/ui/plan/plan_ending.py" line="126" />
            <location filename="../../app/ui/plan/plan_ending.py" line="127" />
            <source>End the plan</source>
            <translation>Den Plan beenden</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_ending.py" line="125" />
            <source>End of plan status</source>
            <translation>Stand zum Ende des Plans</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_ending.py" line="129" />
            <source>Not now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_ending.py" line="130" />
            <source>Not now: keep the plan running</source>
            <translation>Nicht jetzt: Der Plan läuft weiter</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_ending.py" line="131" />
            <source>Start the new plan…</source>
            <translation>Den neuen Plan beginnen…</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_ending.py" line="132" />
            <source>Start the new plan</source>
            <translation>Den neuen Plan beginnen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_ending.py" line="133" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_ending.py" line="154" />
            <source>How did the plan end?</source>
            <translation>Wie endete der Plan?</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_ending.py" line="156" />
            <source>However it ended, it is worth writing down. The plan, its goals and its evidence stay in your journal, and you can reopen it if this was a mistake.</source>
            <translation>Wie auch immer er endete, es lohnt sich, es aufzuschreiben. Der Plan, seine Ziele und Belege bleiben in deinem Tagebuch, und du kannst ihn wieder öffnen, falls das ein Versehen war.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_ending.py" line="164" />
            <source>Outcome: {label}</source>
            <translation>Ergebnis: {label}</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_ending.py" line="172" />
            <source>The day it ended</source>
            <translation>Der Tag, an dem er endete</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_ending.py" line="174" />
            <source>The &amp;day it ended</source>
            <translation>Der &amp;Tag, an dem er endete</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_ending.py" line="177" />
            <source>Closing reflection</source>
            <translation>Abschließender Rückblick</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_ending.py" line="178" />
            <source>What you learned, what you are proud of, what you would do differently.</source>
            <translation>Was du gelernt hast, worauf du stolz bist, was du anders machen würdest.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_ending.py" line="181" />
            <source>&amp;Looking back</source>
            <translation>&amp;Rückblick</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_ending.py" line="196" />
            <source>The end-of-plan report</source>
            <translation>Der Abschlussbericht</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_ending.py" line="198" />
            <source>Your goals with their milestone results and evidence, the check-ins held, the actions agreed, and your reflection, in one document.</source>
            <translation>Deine Ziele mit ihren Meilenstein-Ergebnissen und Belegen, die geführten Gespräche, die vereinbarten Aufgaben und dein Rückblick – in einem Dokument.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_ending.py" line="236" />
            <source>This plan could not be read.</source>
            <translation>Dieser Plan konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_ending.py" line="255" />
            <source>The plan is closed</source>
            <translation>Der Plan ist abgeschlossen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_ending.py" line="256" />
            <source>{ended_words}. It stays in your journal: find it under Past plans, where you can read it and reopen it.</source>
            <translation>{ended_words}. Er bleibt in deinem Tagebuch: Du findest ihn unter „Frühere Pläne“, wo du ihn lesen und wieder öffnen kannst.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_ending.py" line="260" />
            <source> If it was extended, start the new plan with its new dates and goals.</source>
            <translation> Wenn er verlängert wurde, beginne den neuen Plan mit seinen neuen Daten und Zielen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_ending.py" line="294" />
            <source>Couldn't end the plan just now: nothing was changed, and your words are still here. Try again in a moment.</source>
            <translation>Konnte den Plan gerade nicht beenden: Nichts wurde geändert, und deine Worte sind noch hier. Versuch es gleich noch einmal.</translation>
        </message>
    </context>
    <context>
        <name>PlanEvidence</name>
        <message>
            <location filename="../../app/ui/plan/plan_evidence.py" line="75" />
            <source>Your evidence: dated proof of your progress, each step forward with its date and the goal it serves. It is easy to forget progress under pressure; here it is written down for your check-ins.</source>
            <translation>Deine Belege: datierte Nachweise deines Fortschritts, jeder Schritt nach vorn mit Datum und dem Ziel, dem er dient. Unter Druck vergisst man Fortschritte leicht; hier sind sie für deine Gespräche aufgeschrieben.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_evidence.py" line="85" />
            <source>Show evidence for</source>
            <translation>Belege zeigen für</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_evidence.py" line="86" />
            <source>Add evidence…</source>
            <translation>Beleg hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_evidence.py" line="87" />
            <source>Add evidence</source>
            <translation>Beleg hinzufügen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_evidence.py" line="92" />
            <source>Sho&amp;w</source>
            <translation>&amp;Zeigen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_evidence.py" line="95" />
            <source>Evidence, newest first</source>
            <translation>Belege, die neuesten zuerst</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_evidence.py" line="98" />
            <source>Change…</source>
            <translation>Ändern…</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_evidence.py" line="99" />
            <source>Change this evidence</source>
            <translation>Diesen Beleg ändern</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_evidence.py" line="100" />
            <source>Change the selected evidence (Enter)</source>
            <translation>Den ausgewählten Beleg ändern (Eingabe)</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_evidence.py" line="102" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_evidence.py" line="103" />
            <source>Delete this evidence</source>
            <translation>Diesen Beleg löschen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_evidence.py" line="104" />
            <source>Delete the selected evidence; you can undo it (Delete)</source>
            <translation>Den ausgewählten Beleg löschen; du kannst es rückgängig machen (Entf)</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_evidence.py" line="170" />
            <source>Couldn't save the evidence</source>
            <translation>Konnte den Beleg nicht speichern</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_evidence.py" line="190" />
            <source>Couldn't delete the evidence</source>
            <translation>Konnte den Beleg nicht löschen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_evidence.py" line="213" />
            <source>Evidence deleted.</source>
            <translation>Beleg gelöscht.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_evidence.py" line="225" />
            <source>All evidence</source>
            <translation>Alle Belege</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_evidence.py" line="261" />
            <source>Nothing here yet. Add your first evidence, however small: a task finished early, a thank-you from a colleague, a skill you practised.</source>
            <translation>Noch nichts hier. Füge deinen ersten Beleg hinzu, egal wie klein: eine früh erledigte Aufgabe, ein Dankeschön aus dem Team, eine geübte Fähigkeit.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_evidence.py" line="266" />
            <source>No evidence for this goal yet.</source>
            <translation>Noch keine Belege für dieses Ziel.</translation>
        </message>
    </context>
    <context>
        <name>PlanForm</name>
        <message>
            <location filename="../../app/ui/plan/plan_form.py" line="59" />
            <source>Plan start date</source>
            <translation>Startdatum des Plans</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_form.py" line="64" />
            <source>Another length</source>
            <translation>Andere Dauer</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_form.py" line="65" />
            <source>Plan length: {lower}</source>
            <translation>Dauer des Plans: {text}</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_form.py" line="72" />
            <location filename="../../app/ui/plan/plan_form.py" line="186" />
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_form.py" line="73" />
            <source>Plan length in days</source>
            <translation>Dauer des Plans in Tagen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_form.py" line="77" />
            <source>&amp;Length</source>
            <translation>&amp;Dauer</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_form.py" line="81" />
            <source>Manager</source>
            <translation>Führungskraft</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_form.py" line="82" />
            <source>Who you agree the plan with</source>
            <translation>Mit wem du den Plan vereinbarst</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_form.py" line="89" />
            <source>&amp;Start date</source>
            <translation>&amp;Startdatum</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_form.py" line="95" />
            <source>&amp;Manager</source>
            <translation>&amp;Führungskraft</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_form.py" line="98" />
            <source>Others with a stake in the plan</source>
            <translation>Weitere Beteiligte am Plan</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_form.py" line="100" />
            <source>What each of them expects, and whether they have confirmed the plan: a plan everyone has confirmed is one everyone can hold to.</source>
            <translation>Was jede und jeder von ihnen erwartet und ob sie den Plan bestätigt haben: Ein Plan, den alle bestätigt haben, ist einer, an den sich alle halten können.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_form.py" line="107" />
            <source>Plan status</source>
            <translation>Stand des Plans</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_form.py" line="112" />
            <source>S&amp;tatus</source>
            <translation>St&amp;and</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_form.py" line="114" />
            <source>Completed means the plan ended well; Ended covers any other close, such as a new plan replacing this one.</source>
            <translation>„Abgeschlossen“ heißt, der Plan endete gut; „Beendet“ umfasst jedes andere Ende, etwa wenn ein neuer Plan diesen ersetzt.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_form.py" line="185" />
            <source> day</source>
            <translation> Tag</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_form.py" line="201" />
            <source>Write down the plan you agreed on</source>
            <translation>Schreib den vereinbarten Plan auf</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_form.py" line="203" />
            <source>A plan on paper keeps you and your manager looking at the same picture of success. Start with its dates and the people involved; then add each goal, how it will be measured and when, who agreed to it, and the evidence that shows your progress.</source>
            <translation>Ein Plan auf Papier sorgt dafür, dass du und deine Führungskraft dasselbe Bild von Erfolg vor Augen habt. Fang mit den Daten und den Beteiligten an; füge dann jedes Ziel hinzu, woran und wann es gemessen wird, wer zugestimmt hat, und die Belege, die deinen Fortschritt zeigen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_form.py" line="211" />
            <source>Your current plan will be marked as ended. It stays in your journal.</source>
            <translation>Dein aktueller Plan wird als beendet markiert. Er bleibt in deinem Tagebuch.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_form.py" line="213" />
            <location filename="../../app/ui/plan/plan_form.py" line="214" />
            <source>Create the plan</source>
            <translation>Den Plan anlegen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_form.py" line="216" />
            <location filename="../../app/ui/plan/plan_form.py" line="217" />
            <source>Back to the current plan</source>
            <translation>Zurück zum aktuellen Plan</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_form.py" line="251" />
            <source>Start a new plan…</source>
            <translation>Einen neuen Plan beginnen…</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_form.py" line="252" />
            <source>Start a new plan</source>
            <translation>Einen neuen Plan beginnen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_form.py" line="259" />
            <source>Changes here save as you make them. The checkpoints move with the start date and length; your goals' milestone dates do not: change those on each goal.</source>
            <translation>Änderungen hier werden sofort gespeichert. Die Prüfpunkte wandern mit Startdatum und Dauer mit; die Meilensteindaten deiner Ziele nicht: Die änderst du bei jedem Ziel.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_form.py" line="265" />
            <source>A new plan</source>
            <translation>Ein neuer Plan</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_form.py" line="266" />
            <source>If the plan was extended or replaced, start a new one. This plan, its goals and its evidence stay in your journal.</source>
            <translation>Wenn der Plan verlängert oder ersetzt wurde, beginne einen neuen. Dieser Plan, seine Ziele und Belege bleiben in deinem Tagebuch.</translation>
        </message>
    </context>
    <context>
        <name>PlanGoals</name>
        <message>
            <location filename="../../app/ui/plan/plan_goals.py" line="78" />
            <source>New goal title</source>
            <translation>Titel des neuen Ziels</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_goals.py" line="79" />
            <source>Name a goal: “Answer support tickets within a day”</source>
            <translation>Benenne ein Ziel: „Support-Anfragen innerhalb eines Tages beantworten“</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_goals.py" line="81" />
            <location filename="../../app/ui/plan/plan_goals.py" line="82" />
            <source>Add goal</source>
            <translation>Ziel hinzufügen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_goals.py" line="83" />
            <source>Add it, with milestones at 30, 60 and 90 days</source>
            <translation>Hinzufügen, mit Meilensteinen nach 30, 60 und 90 Tagen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_goals.py" line="91" />
            <source>Goals, in order</source>
            <translation>Ziele, der Reihe nach</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_goals.py" line="92" />
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_goals.py" line="92" />
            <source>Move goal up</source>
            <translation>Ziel nach oben</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_goals.py" line="93" />
            <source>Move the goal up (Alt+Up)</source>
            <translation>Das Ziel nach oben verschieben (Alt+Oben)</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_goals.py" line="94" />
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_goals.py" line="94" />
            <source>Move goal down</source>
            <translation>Ziel nach unten</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_goals.py" line="95" />
            <source>Move the goal down (Alt+Down)</source>
            <translation>Das Ziel nach unten verschieben (Alt+Unten)</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_goals.py" line="96" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_goals.py" line="97" />
            <source>Delete goal</source>
            <translation>Ziel löschen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_goals.py" line="98" />
            <source>Delete it; you can undo that (Delete)</source>
            <translation>Löschen; du kannst es rückgängig machen (Entf)</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_goals.py" line="173" />
            <source>Couldn't add the goal</source>
            <translation>Konnte das Ziel nicht hinzufügen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_goals.py" line="192" />
            <source>Couldn't move the goal</source>
            <translation>Konnte das Ziel nicht verschieben</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_goals.py" line="216" />
            <source>Couldn't delete the goal</source>
            <translation>Konnte das Ziel nicht löschen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_goals.py" line="249" />
            <source>Goal “{title}” deleted.</source>
            <translation>Ziel „{title}“ gelöscht.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_goals.py" line="320" />
            <source>Select a goal to see and change it.</source>
            <translation>Wähl ein Ziel, um es zu sehen und zu ändern.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_goals.py" line="321" />
            <source>No goals yet. Add the first thing your manager expects to see, in a few words. You can then say what success looks like at each milestone and in the end, and how it will be measured.</source>
            <translation>Noch keine Ziele. Füge das Erste hinzu, was deine Führungskraft sehen will, in wenigen Worten. Dann kannst du sagen, wie Erfolg an jedem Meilenstein und am Ende aussieht und woran er gemessen wird.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_goals.py" line="341" />
            <source>Goal {number}: {goal_title}. {label}. {line}.</source>
            <translation>Ziel {number}: {goal_title}. {label}. {line}.</translation>
        </message>
    </context>
    <context>
        <name>PlanReportOutput</name>
        <message>
            <location filename="../../app/ui/plan/plan_report_output.py" line="172" />
            <source>Save the report as PDF…</source>
            <translation>Bericht als PDF speichern…</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_report_output.py" line="173" />
            <source>Save the end-of-plan report as PDF</source>
            <translation>Den Abschlussbericht als PDF speichern</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_report_output.py" line="174" />
            <source>Save as Markdown…</source>
            <translation>Als Markdown speichern…</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_report_output.py" line="174" />
            <source>Save the end-of-plan report as Markdown</source>
            <translation>Den Abschlussbericht als Markdown speichern</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_report_output.py" line="176" />
            <source>Report status</source>
            <translation>Stand des Berichts</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_report_output.py" line="193" />
            <source>Save the report as PDF</source>
            <translation>Den Bericht als PDF speichern</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_report_output.py" line="197" />
            <source>Save the report as Markdown</source>
            <translation>Den Bericht als Markdown speichern</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_report_output.py" line="208" />
            <source>Couldn't read the plan for the report.</source>
            <translation>Konnte den Plan für den Bericht nicht lesen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_report_output.py" line="216" />
            <source>That is your journal's own file: choose another name.</source>
            <translation>Das ist die Datei deines Tagebuchs selbst: Wähl einen anderen Namen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_report_output.py" line="223" />
            <source>Couldn't save the report: {reason}. Nothing was written there.</source>
            <translation>Konnte den Bericht nicht speichern: {reason}. Dort wurde nichts geschrieben.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_report_output.py" line="226" />
            <source>Saved to {path}.</source>
            <translation>Gespeichert unter {path}.</translation>
        </message>
    </context>
    <context>
        <name>PlanTool</name>
        <message>
            <location filename="../../app/ui/plan/plan_tool.py" line="57" />
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_tool.py" line="58" />
            <source>Checkpoints</source>
            <translation>Prüfpunkte</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_tool.py" line="59" />
            <source>Who agreed</source>
            <translation>Wer zugestimmt hat</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_tool.py" line="60" />
            <source>Evidence</source>
            <translation>Belege</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_tool.py" line="61" />
            <source>Plan details</source>
            <translation>Angaben zum Plan</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_tool.py" line="109" />
            <source>Days of the plan so far</source>
            <translation>Bisherige Tage des Plans</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_tool.py" line="136" />
            <source>Show {lower}</source>
            <translation>{text} zeigen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_tool.py" line="145" />
            <source>Plan notice</source>
            <translation>Hinweis zum Plan</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_tool.py" line="234" />
            <source>Couldn't read the plan</source>
            <translation>Konnte den Plan nicht lesen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_tool.py" line="307" />
            <source>Couldn't create the plan</source>
            <translation>Konnte den Plan nicht anlegen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_tool.py" line="384" />
            <source>Couldn't bring it back: {reason}</source>
            <translation>Konnte es nicht zurückholen: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_tool.py" line="385" />
            <source>Couldn't bring it back.</source>
            <translation>Konnte es nicht zurückholen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_tool.py" line="386" />
            <location filename="../../app/ui/plan/plan_tool.py" line="391" />
            <source>Undo the deletion</source>
            <translation>Das Löschen rückgängig machen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_tool.py" line="400" />
            <source>Not saved yet: {reason} Your changes are safe in this window; Trustbridge keeps trying.</source>
            <translation>Noch nicht gespeichert: {reason} Deine Änderungen sind in diesem Fenster sicher; Trustbridge versucht es weiter.</translation>
        </message>
    </context>
    <context>
        <name>PlanWords</name>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="38" />
            <source>1 day</source>
            <translation>1 Tag</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="52" />
            <source>{status} · {start} to {end}</source>
            <translation>{status} · {start} bis {end}</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="56" />
            <source>Starts {when}, {day}</source>
            <translation>Beginnt {when}, {day}</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="59" />
            <location filename="../../app/ui/plan/plan_words.py" line="68" />
            <source>ends {day}</source>
            <translation>endet am {day}</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="62" />
            <source>The one day is behind you · the plan ended {day}</source>
            <translation>Der eine Tag liegt hinter dir · der Plan endete am {day}</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="67" />
            <source>Day {day} of {total}</source>
            <translation>Tag {day} von {total}</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="71" />
            <source>next milestone {relative_days}</source>
            <translation>nächster Meilenstein {relative_days}</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="78" />
            <source>{status} plan</source>
            <translation>Plan: {status}</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="80" />
            <source>with {strip}</source>
            <translation>mit {strip}</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="83" />
            <source>also {names}</source>
            <translation>außerdem {names}</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="88" />
            <source>{count} {status}</source>
            <translation>{count} {status}</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="92" />
            <source>1 goal</source>
            <translation>1 Ziel</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="97" />
            <source>{late} overdue</source>
            <translation>{late} überfällig</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="99" />
            <source>no goals yet</source>
            <translation>noch keine Ziele</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="106" />
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="108" />
            <source>Overdue: the milestone of {day} is not met yet</source>
            <translation>Überfällig: Der Meilenstein vom {day} ist noch nicht erreicht</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="113" />
            <source>All milestones met</source>
            <translation>Alle Meilensteine erreicht</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="114" />
            <source>No milestone dates yet</source>
            <translation>Noch keine Meilensteindaten</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="117" />
            <source>Next milestone {day}, {when}</source>
            <translation>Nächster Meilenstein {day}, {when}</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="121" />
            <source> · 1 piece of evidence</source>
            <translation> · 1 Beleg</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="128" />
            <source>someone</source>
            <translation>jemand</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="130" />
            <source>{name} has not confirmed yet</source>
            <translation>{name} hat noch nicht bestätigt</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="132" />
            <source>{first} and {second} have not confirmed yet</source>
            <translation>{first} und {second} haben noch nicht bestätigt</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="145" />
            <source>Day {mark} — {when}</source>
            <translation>Tag {mark} – {when}</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="147" />
            <source>For day {mark} (the plan ends on day {length_days}) — {when}</source>
            <translation>Für Tag {mark} (der Plan endet an Tag {length_days}) – {when}</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="150" />
            <source>Day {mark} / the end — {when}</source>
            <translation>Tag {mark} / das Ende – {when}</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="151" />
            <source>The end, day {length_days} — {when}</source>
            <translation>Das Ende, Tag {length_days} – {when}</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="166" />
            <source>Someone</source>
            <translation>Jemand</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="167" />
            <source>the plan</source>
            <translation>der Plan</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/plan_words.py" line="174" />
            <source> · from your journal</source>
            <translation> · aus deinem Tagebuch</translation>
        </message>
    </context>
    <context>
        <name>Plural</name>
        <message numerus="yes">
            <location filename="../../app/ui/stages/progress_words.py" line="17" />
            <source>%n prompts</source>
            <translation>
                <numerusform>%n Impuls</numerusform>
                <numerusform>%n Impulse</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/i18n_dates.py" line="102" />
            <location filename="../../app/ui/ownership/say_on_words.py" line="45" />
            <location filename="../../app/ui/today/dashboard.py" line="49" />
            <source>%n days ago</source>
            <translation>
                <numerusform>vor %n Tag</numerusform>
                <numerusform>vor %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/i18n_dates.py" line="101" />
            <location filename="../../app/ui/checkins/meeting_words.py" line="26" />
            <location filename="../../app/ui/ownership/say_on_words.py" line="45" />
            <source>in %n days</source>
            <translation>
                <numerusform>in %n Tag</numerusform>
                <numerusform>in %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/ownership/say_on_words.py" line="53" />
            <source>You plan to say your statement in %n days — {day}</source>
            <translation>
                <numerusform>Du willst deine Erklärung in %n Tag aussprechen – {day}</numerusform>
                <numerusform>Du willst deine Erklärung in %n Tagen aussprechen – {day}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/ownership/say_on_words.py" line="64" />
            <source>%n days ago you planned to say your statement: did it happen?</source>
            <translation>
                <numerusform>Vor %n Tag wolltest du deine Erklärung aussprechen: Hat es geklappt?</numerusform>
                <numerusform>Vor %n Tagen wolltest du deine Erklärung aussprechen: Hat es geklappt?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/today/dashboard.py" line="59" />
            <source>Starts in %n days</source>
            <translation>
                <numerusform>Beginnt in %n Tag</numerusform>
                <numerusform>Beginnt in %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/today/dashboard.py" line="73" />
            <source> · next milestone in %n days</source>
            <translation>
                <numerusform> · nächster Meilenstein in %n Tag</numerusform>
                <numerusform> · nächster Meilenstein in %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/today/dashboard.py" line="202" />
            <source>%n past a milestone and not done</source>
            <translation>
                <numerusform>%n nach einem Meilenstein und nicht erledigt</numerusform>
                <numerusform>%n nach einem Meilenstein und nicht erledigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/today/dashboard.py" line="229" />
            <source>%n open</source>
            <translation>
                <numerusform>%n offen</numerusform>
                <numerusform>%n offen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/today/dashboard.py" line="231" />
            <source> · %n overdue</source>
            <translation>
                <numerusform> · %n überfällig</numerusform>
                <numerusform> · %n überfällig</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/today/dashboard.py" line="248" />
            <source>%n days in a row</source>
            <translation>
                <numerusform>%n Tag in Folge</numerusform>
                <numerusform>%n Tage in Folge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/today/on_this_day.py" line="32" />
            <source>%n weeks ago</source>
            <comment>on this day</comment>
            <translation>
                <numerusform>Vor %n Woche</numerusform>
                <numerusform>Vor %n Wochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/today/on_this_day.py" line="38" />
            <source>%n months ago</source>
            <comment>on this day</comment>
            <translation>
                <numerusform>Vor %n Monat</numerusform>
                <numerusform>Vor %n Monaten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/today/on_this_day.py" line="41" />
            <source>%n days ago</source>
            <comment>on this day</comment>
            <translation>
                <numerusform>Vor %n Tag</numerusform>
                <numerusform>Vor %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/domain/schedule.py" line="116" />
            <source>in %n days ({day}, {time})</source>
            <translation>
                <numerusform>in %n Tag ({day}, {time})</numerusform>
                <numerusform>in %n Tagen ({day}, {time})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/domain/schedule.py" line="117" />
            <source>%n days ago ({day}, {time})</source>
            <translation>
                <numerusform>vor %n Tag ({day}, {time})</numerusform>
                <numerusform>vor %n Tagen ({day}, {time})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/plan/plan_words.py" line="64" />
            <source>All %n days are behind you · the plan ended {day}</source>
            <translation>
                <numerusform>Der %n Tag liegt hinter dir · der Plan endete am {day}</numerusform>
                <numerusform>Alle %n Tage liegen hinter dir · der Plan endete am {day}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/plan/plan_words.py" line="93" />
            <source>%n goals</source>
            <translation>
                <numerusform>%n Ziel</numerusform>
                <numerusform>%n Ziele</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/plan/plan_words.py" line="122" />
            <source> · %n pieces of evidence</source>
            <translation>
                <numerusform> · %n Beleg</numerusform>
                <numerusform> · %n Belege</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/plan/plan_words.py" line="134" />
            <source>%n people have not confirmed yet</source>
            <translation>
                <numerusform>%n Person hat noch nicht bestätigt</numerusform>
                <numerusform>%n Personen haben noch nicht bestätigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/feelings/feelings_checkin.py" line="246" />
            <source>%n check-ins</source>
            <translation>
                <numerusform>%n Stimmungscheck</numerusform>
                <numerusform>%n Stimmungschecks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/feelings/mood_words.py" line="53" />
            <source>%n check-ins from {first} to {last}; mood went from {start} to {end}</source>
            <translation>
                <numerusform>%n Stimmungscheck vom {first} bis {last}; die Stimmung ging von {start} zu {end}</numerusform>
                <numerusform>%n Stimmungschecks vom {first} bis {last}; die Stimmung ging von {start} zu {end}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/feelings/mood_words.py" line="63" />
            <source>; %n check-in meetings marked</source>
            <translation>
                <numerusform>; %n Gespräch markiert</numerusform>
                <numerusform>; %n Gespräche markiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/ownership/rehearsal.py" line="42" />
            <location filename="../../app/ui/ownership/statement_words.py" line="57" />
            <source>%n minutes</source>
            <translation>
                <numerusform>%n Minute</numerusform>
                <numerusform>%n Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/ownership/rehearsal.py" line="44" />
            <location filename="../../app/ui/ownership/statement_words.py" line="60" />
            <source>%n seconds</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/ownership/rehearsal.py" line="50" />
            <location filename="../../app/ui/ownership/statement_hints.py" line="104" />
            <source>%n words</source>
            <translation>
                <numerusform>%n Wort</numerusform>
                <numerusform>%n Wörter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/ownership/statement_words.py" line="54" />
            <source>About %n seconds to say aloud</source>
            <translation>
                <numerusform>Etwa %n Sekunde zum Aussprechen</numerusform>
                <numerusform>Etwa %n Sekunden zum Aussprechen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/checkins/checkins_tool.py" line="205" />
            <source>%n check-ins added, the first on {day}.</source>
            <translation>
                <numerusform>%n Gespräch hinzugefügt, das erste am {day}.</numerusform>
                <numerusform>%n Gespräche hinzugefügt, das erste am {day}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/checkins/checkins_tool.py" line="247" />
            <source>Kept %n check-ins you had already written in; delete them yourself if you no longer need them.</source>
            <translation>
                <numerusform>%n Gespräch, in das du schon geschrieben hattest, bleibt; lösch es selbst, wenn du es nicht mehr brauchst.</numerusform>
                <numerusform>%n Gespräche, in die du schon geschrieben hattest, bleiben; lösch sie selbst, wenn du sie nicht mehr brauchst.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/checkins/schedule_dialog.py" line="59" />
            <source>%n check-ins at {time}: {days}{rest}.</source>
            <translation>
                <numerusform>%n Gespräch um {time}: {days}{rest}.</numerusform>
                <numerusform>%n Gespräche um {time}: {days}{rest}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/plan/plan_form.py" line="64" />
            <location filename="../../app/ui/plan/plan_words.py" line="38" />
            <source>%n days</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/ui/brief/brief_dialog.py" line="179" />
            <source>%n older entries</source>
            <translation>
                <numerusform>%n älterer Eintrag</numerusform>
                <numerusform>%n ältere Einträge</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <location filename="../../app/ui/stages/progress_words.py" line="12" />
            <source>{answered} of {total} answered</source>
            <translation>{answered} von {total} beantwortet</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/progress_words.py" line="17" />
            <source>1 prompt</source>
            <translation>1 Impuls</translation>
        </message>
    </context>
    <context>
        <name>PromptLinks</name>
        <message>
            <location filename="../../app/domain/prompt_links.py" line="74" />
            <source>your statement workshop</source>
            <translation>deiner Erklärungswerkstatt</translation>
        </message>
        <message>
            <location filename="../../app/domain/prompt_links.py" line="75" />
            <source>Stay or go</source>
            <translation>Bleiben oder gehen</translation>
        </message>
        <message>
            <location filename="../../app/domain/prompt_links.py" line="76" />
            <source>your plan</source>
            <translation>deinem Plan</translation>
        </message>
        <message>
            <location filename="../../app/domain/prompt_links.py" line="77" />
            <source>your next check-in</source>
            <translation>deinem nächsten Gespräch</translation>
        </message>
        <message>
            <location filename="../../app/domain/prompt_links.py" line="81" />
            <source>your statement workshop, as “What is true”</source>
            <translation>deiner Erklärungswerkstatt, als „Was wahr ist“</translation>
        </message>
        <message>
            <location filename="../../app/domain/prompt_links.py" line="82" />
            <source>your statement workshop, as “What I own”</source>
            <translation>deiner Erklärungswerkstatt, als „Wofür ich Verantwortung übernehme“</translation>
        </message>
        <message>
            <location filename="../../app/domain/prompt_links.py" line="83" />
            <source>your statement workshop, as “What I commit to”</source>
            <translation>deiner Erklärungswerkstatt, als „Wozu ich mich verpflichte“</translation>
        </message>
        <message>
            <location filename="../../app/domain/prompt_links.py" line="85" />
            <source>your statement workshop, as “What I need”</source>
            <translation>deiner Erklärungswerkstatt, als „Was ich brauche“</translation>
        </message>
        <message>
            <location filename="../../app/domain/prompt_links.py" line="86" />
            <source>your statement workshop, as the draft</source>
            <translation>deiner Erklärungswerkstatt, als Entwurf</translation>
        </message>
        <message>
            <location filename="../../app/domain/prompt_links.py" line="87" />
            <source>Stay or go, as your decision in your own words</source>
            <translation>„Bleiben oder gehen“, als deine Entscheidung in eigenen Worten</translation>
        </message>
        <message>
            <location filename="../../app/domain/prompt_links.py" line="88" />
            <source>your plan, as what success looks like at day 30</source>
            <translation>deinem Plan, als Erfolg an Tag 30</translation>
        </message>
        <message>
            <location filename="../../app/domain/prompt_links.py" line="90" />
            <source>your plan, as what success looks like at day 60</source>
            <translation>deinem Plan, als Erfolg an Tag 60</translation>
        </message>
        <message>
            <location filename="../../app/domain/prompt_links.py" line="92" />
            <source>your plan, as what success looks like at day 90</source>
            <translation>deinem Plan, als Erfolg an Tag 90</translation>
        </message>
        <message>
            <location filename="../../app/domain/prompt_links.py" line="94" />
            <source>your next check-in, as your own questions</source>
            <translation>deinem nächsten Gespräch, als deine eigenen Fragen</translation>
        </message>
        <message>
            <location filename="../../app/domain/prompt_links.py" line="96" />
            <source>your next check-in, as what to thank your manager for</source>
            <translation>deinem nächsten Gespräch, als das, wofür du deiner Führungskraft danken willst</translation>
        </message>
    </context>
    <context>
        <name>Rehearsal</name>
        <message>
            <location filename="../../app/ui/ownership/rehearsal.py" line="39" />
            <source>Nothing to say yet</source>
            <translation>Noch nichts zu sagen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/rehearsal.py" line="41" />
            <source>1 minute</source>
            <translation>1 Minute</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/rehearsal.py" line="43" />
            <source>1 second</source>
            <translation>1 Sekunde</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/rehearsal.py" line="46" />
            <source>{minutes} {seconds}</source>
            <translation>{minutes} {seconds}</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/rehearsal.py" line="50" />
            <source>1 word</source>
            <translation>1 Wort</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/rehearsal.py" line="51" />
            <source>about {length} to say ({words})</source>
            <translation>etwa {length} zum Sprechen ({words})</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/rehearsal.py" line="66" />
            <location filename="../../app/ui/ownership/rehearsal.py" line="67" />
            <source>Rehearse your statement</source>
            <translation>Deine Erklärung proben</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/rehearsal.py" line="80" />
            <source>Say it aloud, at the pace you would use with your manager. Pauses are fine; they help the words land.</source>
            <translation>Sprich sie laut, in dem Tempo, das du bei deiner Führungskraft nehmen würdest. Pausen sind gut; sie lassen die Worte wirken.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/rehearsal.py" line="86" />
            <source>Your statement, to read aloud</source>
            <translation>Deine Erklärung, zum lauten Lesen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/rehearsal.py" line="97" />
            <source>Spoken length</source>
            <translation>Gesprochene Länge</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/rehearsal.py" line="105" />
            <source>Time so far</source>
            <translation>Bisherige Zeit</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/rehearsal.py" line="106" />
            <location filename="../../app/ui/ownership/rehearsal.py" line="186" />
            <location filename="../../app/ui/ownership/rehearsal.py" line="198" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/rehearsal.py" line="108" />
            <location filename="../../app/ui/ownership/rehearsal.py" line="199" />
            <source>Start the timer</source>
            <translation>Die Stoppuhr starten</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/rehearsal.py" line="109" />
            <source>Start or stop the timer (Space)</source>
            <translation>Stoppuhr starten oder anhalten (Leertaste)</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/rehearsal.py" line="110" />
            <source>Reset</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/rehearsal.py" line="111" />
            <source>Reset the timer</source>
            <translation>Die Stoppuhr zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/rehearsal.py" line="112" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/rehearsal.py" line="113" />
            <source>Close the rehearsal</source>
            <translation>Die Probe schließen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/rehearsal.py" line="114" />
            <source>Back to the workshop (Escape)</source>
            <translation>Zurück zur Werkstatt (Esc)</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/rehearsal.py" line="126" />
            <source>Gentle checks</source>
            <translation>Behutsame Hinweise</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/rehearsal.py" line="128" />
            <source>Gentle checks on your statement</source>
            <translation>Behutsame Hinweise zu deiner Erklärung</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/rehearsal.py" line="136" />
            <source>Nothing to point out. Saying it aloud is the best check.</source>
            <translation>Nichts anzumerken. Sie laut zu sagen, ist die beste Prüfung.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/rehearsal.py" line="177" />
            <source>Stop</source>
            <translation>Anhalten</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/rehearsal.py" line="178" />
            <source>Stop the timer</source>
            <translation>Die Stoppuhr anhalten</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/rehearsal.py" line="187" />
            <source>Start the timer again</source>
            <translation>Die Stoppuhr wieder starten</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/rehearsal.py" line="189" />
            <source>You took {clock_text}. Press Start to go on, or Reset to try it again from the top.</source>
            <translation>Du hast {clock_text} gebraucht. Drück auf „Start“, um weiterzumachen, oder auf „Zurücksetzen“, um noch einmal von vorn zu beginnen.</translation>
        </message>
    </context>
    <context>
        <name>Reminder</name>
        <message>
            <location filename="../../app/domain/reminders.py" line="80" />
            <source>A few minutes for tonight</source>
            <translation>Ein paar Minuten für heute Abend</translation>
        </message>
        <message>
            <location filename="../../app/domain/reminders.py" line="81" />
            <source>Tonight's prompt is waiting whenever you are ready.</source>
            <translation>Der Impuls für heute Abend wartet, wann immer du bereit bist.</translation>
        </message>
        <message>
            <location filename="../../app/domain/reminders.py" line="83" />
            <source>Your check-in is tomorrow</source>
            <translation>Dein Gespräch ist morgen</translation>
        </message>
        <message>
            <location filename="../../app/domain/reminders.py" line="84" />
            <source>A good evening to look over your brief.</source>
            <translation>Ein guter Abend, um deine Vorbereitung durchzusehen.</translation>
        </message>
        <message>
            <location filename="../../app/domain/reminders.py" line="85" />
            <source>Today is the day you chose</source>
            <translation>Heute ist der Tag, den du gewählt hast</translation>
        </message>
        <message>
            <location filename="../../app/domain/reminders.py" line="86" />
            <source>Your statement is in Trustbridge if you want to read it once more first.</source>
            <translation>Deine Erklärung liegt in Trustbridge, falls du sie vorher noch einmal lesen möchtest.</translation>
        </message>
    </context>
    <context>
        <name>SaveStatus</name>
        <message>
            <location filename="../../app/ui/widgets/form_fields.py" line="217" />
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/form_fields.py" line="218" />
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/form_fields.py" line="230" />
            <source>Save status</source>
            <translation>Speicherstatus</translation>
        </message>
    </context>
    <context>
        <name>SayOnCard</name>
        <message>
            <location filename="../../app/ui/ownership/say_on_card.py" line="24" />
            <source>Not chosen yet. Owning it quickly helps: a day within the next few days is usually best, while it is still fresh for you both.</source>
            <translation>Noch nicht gewählt. Es hilft, bald Verantwortung zu übernehmen: Ein Tag in den nächsten Tagen ist meist am besten, solange es für euch beide noch frisch ist.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_card.py" line="40" />
            <source>When you will say it</source>
            <translation>Wann du sie aussprichst</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_card.py" line="42" />
            <source>When you will say your statement</source>
            <translation>Wann du deine Erklärung aussprichst</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_card.py" line="47" />
            <source>Choose a day…</source>
            <translation>Einen Tag wählen…</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_card.py" line="48" />
            <source>Choose the day you will say your statement</source>
            <translation>Den Tag wählen, an dem du deine Erklärung aussprichst</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_card.py" line="50" />
            <location filename="../../app/ui/ownership/say_on_card.py" line="145" />
            <source>I said it</source>
            <translation>Gesagt</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_card.py" line="51" />
            <source>I have said my statement</source>
            <translation>Ich habe meine Erklärung ausgesprochen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_card.py" line="52" />
            <source>No day for now</source>
            <translation>Vorerst kein Tag</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_card.py" line="53" />
            <source>Clear the day you will say your statement</source>
            <translation>Den Tag für deine Erklärung entfernen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_card.py" line="55" />
            <source>Not said yet after all</source>
            <translation>Doch noch nicht gesagt</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_card.py" line="56" />
            <source>Mark the statement as not said yet</source>
            <translation>Die Erklärung als noch nicht ausgesprochen markieren</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_card.py" line="64" />
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_card.py" line="65" />
            <source>The day you will say your statement</source>
            <translation>Der Tag, an dem du deine Erklärung aussprichst</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_card.py" line="70" />
            <source>Set this day</source>
            <translation>Diesen Tag festlegen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_card.py" line="72" />
            <source>Set this as the day you will say your statement</source>
            <translation>Diesen Tag für deine Erklärung festlegen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_card.py" line="74" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_card.py" line="75" />
            <source>Cancel choosing a day</source>
            <translation>Die Wahl eines Tages abbrechen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_card.py" line="79" />
            <source>Saying it notice</source>
            <translation>Hinweis zum Aussprechen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_card.py" line="118" />
            <source>When you will say it could not be read</source>
            <translation>Wann du sie aussprichst, konnte nicht gelesen werden</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_card.py" line="139" />
            <source>Plan for {short_day}</source>
            <translation>Für {short_day} planen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_card.py" line="141" />
            <source>Plan to say it on {long_day}</source>
            <translation>Planen, sie am {long_day} auszusprechen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_card.py" line="144" />
            <source>Yes, I said it</source>
            <translation>Ja, gesagt</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_card.py" line="146" />
            <source>Pick a new day…</source>
            <translation>Einen neuen Tag wählen…</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_card.py" line="146" />
            <source>Choose another day…</source>
            <translation>Einen anderen Tag wählen…</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_card.py" line="180" />
            <source>The day could not be saved</source>
            <translation>Der Tag konnte nicht gespeichert werden</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_card.py" line="186" />
            <source>Planned for {long_day}. Rehearsing it aloud once or twice before then helps.</source>
            <translation>Geplant für {long_day}. Es hilft, sie vorher ein- oder zweimal laut zu proben.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_card.py" line="188" />
            <source>No day is planned for now.</source>
            <translation>Vorerst ist kein Tag geplant.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_card.py" line="194" />
            <location filename="../../app/ui/ownership/say_on_card.py" line="202" />
            <source>That could not be saved</source>
            <translation>Das konnte nicht gespeichert werden</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_card.py" line="205" />
            <source>Marked as not said yet. Pick a new day whenever you are ready.</source>
            <translation>Als noch nicht ausgesprochen markiert. Wähl einen neuen Tag, wann immer du bereit bist.</translation>
        </message>
    </context>
    <context>
        <name>SayOnWords</name>
        <message>
            <location filename="../../app/ui/ownership/say_on_words.py" line="27" />
            <source>%A %-d %B</source>
            <translation>%A, %-d. %B</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_words.py" line="28" />
            <source>%A %-d %B %Y</source>
            <translation>%A, %-d. %B %Y</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_words.py" line="34" />
            <source>%a %-d %b</source>
            <translation>%a, %-d. %b</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_words.py" line="35" />
            <source>%a %-d %b %Y</source>
            <translation>%a, %-d. %b %Y</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_words.py" line="40" />
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_words.py" line="42" />
            <source>tomorrow</source>
            <translation>morgen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_words.py" line="44" />
            <source>yesterday</source>
            <translation>gestern</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_words.py" line="54" />
            <source>Reading it aloud once a day until then helps it sound like you.</source>
            <translation>Sie bis dahin einmal am Tag laut zu lesen, hilft, dass sie nach dir klingt.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_words.py" line="56" />
            <source>You plan to say your statement tomorrow — {day}</source>
            <translation>Du willst deine Erklärung morgen aussprechen – {day}</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_words.py" line="57" />
            <source>One calm read-through tonight is enough.</source>
            <translation>Einmal in Ruhe durchlesen heute Abend genügt.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_words.py" line="59" />
            <source>Today is the day you planned to say your statement</source>
            <translation>Heute ist der Tag, an dem du deine Erklärung aussprechen wolltest</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_words.py" line="60" />
            <source>Take a breath. You wrote it; you know what you mean.</source>
            <translation>Atme durch. Du hast sie geschrieben; du weißt, was du meinst.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_words.py" line="62" />
            <source>Yesterday you planned to say your statement: did it happen?</source>
            <translation>Gestern wolltest du deine Erklärung aussprechen: Hat es geklappt?</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_words.py" line="65" />
            <source>Either way is all right. Mark it said, or pick a new day.</source>
            <translation>Beides ist in Ordnung. Markiere sie als gesagt oder wähl einen neuen Tag.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_words.py" line="73" />
            <source>You plan to say it on {day}, {when}.</source>
            <translation>Du willst sie am {day} aussprechen, {when}.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_words.py" line="76" />
            <source>You plan to say it today, {day}.</source>
            <translation>Du willst sie heute aussprechen, {day}.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_words.py" line="77" />
            <source>You planned to say it on {day}, {when}. Did it happen? Either way is all right: mark it said, or pick a new day.</source>
            <translation>Du wolltest sie am {day} aussprechen, {when}. Hat es geklappt? Beides ist in Ordnung: Markiere sie als gesagt oder wähl einen neuen Tag.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_words.py" line="83" />
            <source>You said your statement today. That was the hard part, and you did it.</source>
            <translation>Du hast deine Erklärung heute ausgesprochen. Das war der schwere Teil, und du hast ihn geschafft.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/say_on_words.py" line="85" />
            <source>You said your statement on {day}. That was the hard part, and you did it.</source>
            <translation>Du hast deine Erklärung am {day} ausgesprochen. Das war der schwere Teil, und du hast ihn geschafft.</translation>
        </message>
    </context>
    <context>
        <name>Schedule</name>
        <message>
            <location filename="../../app/domain/schedule.py" line="22" />
            <source>Just once</source>
            <translation>Nur einmal</translation>
        </message>
        <message>
            <location filename="../../app/domain/schedule.py" line="23" />
            <source>Every week</source>
            <translation>Jede Woche</translation>
        </message>
        <message>
            <location filename="../../app/domain/schedule.py" line="24" />
            <source>Every two weeks</source>
            <translation>Alle zwei Wochen</translation>
        </message>
        <message>
            <location filename="../../app/domain/schedule.py" line="110" />
            <source>today at {time}</source>
            <translation>heute um {time}</translation>
        </message>
        <message>
            <location filename="../../app/domain/schedule.py" line="112" />
            <source>tomorrow at {time}</source>
            <translation>morgen um {time}</translation>
        </message>
        <message>
            <location filename="../../app/domain/schedule.py" line="114" />
            <source>yesterday at {time}</source>
            <translation>gestern um {time}</translation>
        </message>
    </context>
    <context>
        <name>ScheduleDialog</name>
        <message>
            <location filename="../../app/ui/checkins/schedule_dialog.py" line="48" />
            <source>No check-ins fall in that range: the last day is before the first meeting.</source>
            <translation>In diesen Zeitraum fällt kein Gespräch: Der letzte Tag liegt vor dem ersten Treffen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/schedule_dialog.py" line="53" />
            <source>One check-in: {day} at {time}.</source>
            <translation>Ein Gespräch: {day} um {time}.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/schedule_dialog.py" line="57" />
            <source> and {more} more, to {day}</source>
            <translation> und {more} weitere, bis {day}</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/schedule_dialog.py" line="69" />
            <location filename="../../app/ui/checkins/schedule_dialog.py" line="70" />
            <source>Schedule check-ins</source>
            <translation>Gespräche planen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/schedule_dialog.py" line="74" />
            <source>Pick when you meet first and how often. Regular, short meetings keep your manager in the loop; you can delete any single one later.</source>
            <translation>Wähl, wann ihr euch zuerst trefft und wie oft. Regelmäßige, kurze Treffen halten deine Führungskraft auf dem Laufenden; einzelne kannst du später löschen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/schedule_dialog.py" line="79" />
            <source>Day of the first check-in</source>
            <translation>Tag des ersten Gesprächs</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/schedule_dialog.py" line="83" />
            <source>Time of the first check-in</source>
            <translation>Uhrzeit des ersten Gesprächs</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/schedule_dialog.py" line="89" />
            <source>How often: {lower}</source>
            <translation>Wie oft: {label}</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/schedule_dialog.py" line="99" />
            <source>Repeat until (the last possible day)</source>
            <translation>Wiederholen bis (der letzte mögliche Tag)</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/schedule_dialog.py" line="102" />
            <source>Your plan ends on {short_day}.</source>
            <translation>Dein Plan endet am {short_day}.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/schedule_dialog.py" line="104" />
            <source>There is no plan yet, so this runs eight weeks; change it as you like.</source>
            <translation>Es gibt noch keinen Plan, darum läuft das acht Wochen; ändere es, wie du magst.</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/schedule_dialog.py" line="110" />
            <source>The check-ins this makes</source>
            <translation>Die Gespräche, die so entstehen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/schedule_dialog.py" line="113" />
            <source>Schedule</source>
            <translation>Planen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/schedule_dialog.py" line="115" />
            <source>Schedule these check-ins</source>
            <translation>Diese Gespräche planen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/schedule_dialog.py" line="117" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/schedule_dialog.py" line="118" />
            <source>Cancel scheduling</source>
            <translation>Planung abbrechen</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/schedule_dialog.py" line="133" />
            <source>&amp;First check-in</source>
            <translation>&amp;Erstes Gespräch</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/schedule_dialog.py" line="136" />
            <source>How often</source>
            <translation>Wie oft</translation>
        </message>
        <message>
            <location filename="../../app/ui/checkins/schedule_dialog.py" line="140" />
            <source>Repeat &amp;until</source>
            <translation>Wiederholen &amp;bis</translation>
        </message>
    </context>
    <context>
        <name>SearchModel</name>
        <message>
            <location filename="../../app/ui/search/search_model.py" line="74" />
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_model.py" line="87" />
            <source>%a %d %b %Y</source>
            <translation>%a, %d. %b %Y</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_model.py" line="96" />
            <source>%d %B %Y</source>
            <translation>%d. %B %Y</translation>
        </message>
    </context>
    <context>
        <name>SearchPage</name>
        <message>
            <location filename="../../app/ui/search/search_words.py" line="11" />
            <source>Any kind</source>
            <translation>Jede Art</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_words.py" line="12" />
            <source>Reflections</source>
            <translation>Reflexionen</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_words.py" line="13" />
            <source>Evening entries</source>
            <translation>Abendeinträge</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_words.py" line="14" />
            <source>Free writing</source>
            <translation>Freies Schreiben</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_words.py" line="15" />
            <source>Imported</source>
            <translation>Importiert</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_words.py" line="20" />
            <source>Any mood</source>
            <translation>Jede Stimmung</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_words.py" line="21" />
            <source>Low days (1–2)</source>
            <translation>Schlechte Tage (1–2)</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_words.py" line="22" />
            <source>Middling days (3)</source>
            <translation>Mittlere Tage (3)</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_words.py" line="23" />
            <source>Good days (4–5)</source>
            <translation>Gute Tage (4–5)</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_words.py" line="26" />
            <source>Search everything you have written… Type a few words above; results appear as you type.</source>
            <translation>Durchsuche alles, was du geschrieben hast… Tipp oben ein paar Wörter; die Ergebnisse erscheinen beim Tippen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_words.py" line="28" />
            <source>Pick a result to read it.</source>
            <translation>Wähl ein Ergebnis, um es zu lesen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_words.py" line="36" />
            <source>Nothing matches “{words}” with these filters. Try fewer words, or loosen a filter.</source>
            <translation>Nichts passt zu „{words}“ mit diesen Filtern. Versuch es mit weniger Wörtern oder lockere einen Filter.</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_words.py" line="39" />
            <source>Nothing matches “{words}”. Try fewer words, or the start of a word.</source>
            <translation>Nichts passt zu „{words}“. Versuch es mit weniger Wörtern oder dem Anfang eines Wortes.</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="89" />
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="104" />
            <source>Search your journal</source>
            <translation>Dein Tagebuch durchsuchen</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="105" />
            <source>Words to look for, or a "phrase in quotes"</source>
            <translation>Wörter, nach denen du suchst, oder eine "Wendung in Anführungszeichen"</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_words.py" line="46" />
            <source>While a word is short and still being typed, the newest matches come first; then the closest.</source>
            <translation>Solange ein Wort kurz ist und noch getippt wird, kommen die neuesten Treffer zuerst; danach die besten.</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_words.py" line="52" />
            <source>Newest matches come first while a search is one or two letters, or its last word is still being typed and has three letters or fewer. Otherwise the closest matches come first; when each word is in more than {all} places, the closest of the newest {window}.</source>
            <translation>Die neuesten Treffer kommen zuerst, solange eine Suche ein oder zwei Buchstaben lang ist oder ihr letztes Wort noch getippt wird und höchstens drei Buchstaben hat. Sonst kommen die besten Treffer zuerst; steht jedes Wort an mehr als {all} Stellen, die besten der neuesten {window}.</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="114" />
            <source>How results are ordered</source>
            <translation>Wie die Ergebnisse geordnet sind</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="116" />
            <source>Best match</source>
            <translation>Beste Treffer</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="117" />
            <source>Order results by best match</source>
            <translation>Ergebnisse nach bester Übereinstimmung ordnen</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="118" />
            <source>Newest first</source>
            <translation>Neueste zuerst</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="119" />
            <source>Order results newest first</source>
            <translation>Die neuesten Ergebnisse zuerst</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="127" />
            <source>Any stage</source>
            <translation>Jede Etappe</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="130" />
            <source>Only what was written in this stage</source>
            <translation>Nur, was in dieser Etappe geschrieben wurde</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="134" />
            <source>Only journal entries have a kind: with one picked, tools are left out</source>
            <translation>Nur Tagebucheinträge haben eine Art: Ist eine gewählt, bleiben die Werkzeuge außen vor</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="136" />
            <source>Only entries of this kind</source>
            <translation>Nur Einträge dieser Art</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="140" />
            <source>Days are matched by the last mood check-in you logged that day</source>
            <translation>Tage werden nach dem letzten Stimmungscheck dieses Tages zugeordnet</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="142" />
            <source>Only entries from days with this mood</source>
            <translation>Nur Einträge von Tagen mit dieser Stimmung</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="145" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="146" />
            <source>Only what was written from a date on</source>
            <translation>Nur, was ab einem Datum geschrieben wurde</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="147" />
            <source>Earliest date</source>
            <translation>Frühestes Datum</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="148" />
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="149" />
            <source>Only what was written up to a date</source>
            <translation>Nur, was bis zu einem Datum geschrieben wurde</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="150" />
            <source>Latest date</source>
            <translation>Spätestes Datum</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="155" />
            <source>Only entries with this tag</source>
            <translation>Nur Einträge mit diesem Schlagwort</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="156" />
            <source>Tag</source>
            <translation>Schlagwort</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="158" />
            <source>Clear the search</source>
            <translation>Die Suche leeren</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="159" />
            <source>Clear the tag</source>
            <translation>Das Schlagwort leeren</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="169" />
            <source>Search status</source>
            <translation>Stand der Suche</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="173" />
            <source>Search results</source>
            <translation>Suchergebnisse</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="202" />
            <source>Entry, with your search words marked</source>
            <translation>Eintrag, mit deinen Suchwörtern markiert</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="310" />
            <source>Searching…</source>
            <translation>Suche läuft…</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="333" />
            <source>No matches</source>
            <translation>Keine Treffer</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="337" />
            <source>1 match</source>
            <translation>1 Treffer</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="337" />
            <source>{count}{more} matches</source>
            <translation>{count}{more} Treffer</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="352" />
            <source>something went wrong</source>
            <translation>etwas ist schiefgegangen</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="354" />
            <source>The search stopped: {reason}</source>
            <translation>Die Suche wurde abgebrochen: {reason}</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="356" />
            <source>Search couldn't finish this time. Change the words a little to try again.</source>
            <translation>Die Suche konnte diesmal nicht abgeschlossen werden. Ändere die Wörter ein wenig, um es noch einmal zu versuchen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/search_page.py" line="417" />
            <source>That entry was deleted after this search. Search again to refresh the list.</source>
            <translation>Dieser Eintrag wurde nach dieser Suche gelöscht. Such noch einmal, um die Liste zu aktualisieren.</translation>
        </message>
    </context>
    <context>
        <name>SearchWords</name>
        <message>
            <location filename="../../app/domain/search.py" line="182" />
            <source>agenda</source>
            <translation>Tagesordnung</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="183" />
            <location filename="../../app/domain/search.py" line="195" />
            <location filename="../../app/domain/search.py" line="213" />
            <source>notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="184" />
            <source>thanks</source>
            <translation>Dank</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="185" />
            <source>lessons learned</source>
            <translation>was ich gelernt habe</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="186" />
            <source>follow-up message</source>
            <translation>Nachricht nach dem Gespräch</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="187" />
            <source>my questions</source>
            <translation>meine Fragen</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="188" />
            <source>feedback</source>
            <translation>Rückmeldung</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="189" />
            <source>what I agreed to do</source>
            <translation>was ich zugesagt habe</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="190" />
            <location filename="../../app/domain/search.py" line="212" />
            <source>what happened</source>
            <translation>was passiert ist</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="191" />
            <source>what they expect</source>
            <translation>was sie erwarten</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="192" />
            <source>title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="193" />
            <location filename="../../app/domain/search.py" line="196" />
            <location filename="../../app/domain/search.py" line="198" />
            <source>what success looks like</source>
            <translation>wie Erfolg aussieht</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="194" />
            <source>how it is measured</source>
            <translation>woran es gemessen wird</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="197" />
            <source>closing reflection</source>
            <translation>abschließender Rückblick</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="199" />
            <source>what was met</source>
            <translation>was erreicht wurde</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="200" />
            <source>what to raise</source>
            <translation>was ich ansprechen will</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="201" />
            <location filename="../../app/domain/search.py" line="206" />
            <source>what is true</source>
            <translation>was wahr ist</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="202" />
            <location filename="../../app/domain/search.py" line="207" />
            <source>what I own</source>
            <translation>wofür ich Verantwortung übernehme</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="203" />
            <location filename="../../app/domain/search.py" line="208" />
            <source>what I commit to</source>
            <translation>wozu ich mich verpflichte</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="204" />
            <location filename="../../app/domain/search.py" line="209" />
            <source>what I need</source>
            <translation>was ich brauche</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="205" />
            <location filename="../../app/domain/search.py" line="210" />
            <source>the statement</source>
            <translation>die Erklärung</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="211" />
            <source>whom</source>
            <translation>wem</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="214" />
            <source>reasons to stay</source>
            <translation>Gründe zu bleiben</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="215" />
            <source>reasons to leave</source>
            <translation>Gründe zu gehen</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="216" />
            <source>what would have to be true to stay</source>
            <translation>was stimmen müsste, damit ich bleibe</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="218" />
            <source>in my own words</source>
            <translation>in meinen eigenen Worten</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="219" />
            <source>note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="220" />
            <source>what to finish</source>
            <translation>was abzuschließen ist</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="221" />
            <source>notice and references</source>
            <translation>Kündigungsfrist und Zeugnis</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="222" />
            <source>people to talk to</source>
            <translation>Menschen zum Reden</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="223" />
            <source>job search</source>
            <translation>Stellensuche</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="250" />
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="254" />
            <source>{label}, {day}</source>
            <translation>{label}, {day}</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="256" />
            <source>Check-in, {day}: {words}</source>
            <translation>Gespräch, {day}: {words}</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="258" />
            <source>Feedback, {day}</source>
            <translation>Rückmeldung, {day}</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="260" />
            <source>Action, {day}</source>
            <translation>Aufgabe, {day}</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="262" />
            <source>Evidence, {day}</source>
            <translation>Beleg, {day}</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="264" />
            <source>Mood check-in, {day}: {words}</source>
            <translation>Stimmungscheck, {day}: {words}</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="266" />
            <source>Goal {title}</source>
            <translation>Ziel {title}</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="267" />
            <source>{goal}: {words}</source>
            <translation>{goal}: {words}</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="271" />
            <source>Goal {title}, by {day}: {words}</source>
            <translation>Ziel {title}, bis {day}: {words}</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="274" />
            <source>Plan: {words}</source>
            <translation>Plan: {words}</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="278" />
            <source>Plan: what {name} expects</source>
            <translation>Plan: was {name} erwartet</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="279" />
            <source>Plan: what a stakeholder expects</source>
            <translation>Plan: was eine beteiligte Person erwartet</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="281" />
            <source>{part}-day checkpoint, {day}: {words}</source>
            <translation>Prüfpunkt nach {part} Tagen, {day}: {words}</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="286" />
            <source>Statement draft</source>
            <translation>Entwurf der Erklärung</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="287" />
            <source>Statement draft: {words}</source>
            <translation>Entwurf der Erklärung: {words}</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="289" />
            <source>Statement version {number}</source>
            <translation>Fassung {number} der Erklärung</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="290" />
            <source>{version}: {words}</source>
            <translation>{version}: {words}</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="293" />
            <source>Forgiveness, {day}: {words}</source>
            <translation>Vergebung, {day}: {words}</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="295" />
            <source>Stay or go, {day}: {words}</source>
            <translation>Bleiben oder gehen, {day}: {words}</translation>
        </message>
        <message>
            <location filename="../../app/domain/search.py" line="296" />
            <source>Leaving plan: {words}</source>
            <translation>Abschiedsplan: {words}</translation>
        </message>
    </context>
    <context>
        <name>SittingCard</name>
        <message>
            <location filename="../../app/ui/feelings/sitting_card.py" line="27" />
            <source>Reasons to stay</source>
            <translation>Gründe zu bleiben</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/sitting_card.py" line="28" />
            <source>Reasons to leave</source>
            <translation>Gründe zu gehen</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/sitting_card.py" line="29" />
            <source>What would have to be true to stay</source>
            <translation>Was stimmen müsste, damit du bleibst</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/sitting_card.py" line="30" />
            <source>In your own words</source>
            <translation>In deinen eigenen Worten</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/sitting_card.py" line="46" />
            <source>{when}  ·  {decision}, decided {day}</source>
            <translation>{when}  ·  {decision}, entschieden am {day}</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/sitting_card.py" line="49" />
            <source>{when}  ·  {decision}</source>
            <translation>{when}  ·  {decision}</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/sitting_card.py" line="57" />
            <source>Nothing written in this sitting.</source>
            <translation>In dieser Runde wurde nichts geschrieben.</translation>
        </message>
    </context>
    <context>
        <name>SpellingMenu</name>
        <message>
            <location filename="../../app/ui/writing/spelling_menu.py" line="49" />
            <source>Spelling</source>
            <translation>Rechtschreibung</translation>
        </message>
        <message>
            <location filename="../../app/ui/writing/spelling_menu.py" line="64" />
            <source>No suggestions</source>
            <translation>Keine Vorschläge</translation>
        </message>
        <message>
            <location filename="../../app/ui/writing/spelling_menu.py" line="67" />
            <source>Add “{word}” to my dictionary</source>
            <translation>„{word}“ zu meinem Wörterbuch hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>Stage</name>
        <message>
            <location filename="../../app/domain/stages.py" line="28" />
            <source>Ownership</source>
            <translation>Verantwortung</translation>
        </message>
        <message>
            <location filename="../../app/domain/stages.py" line="29" />
            <source>Feelings</source>
            <translation>Gefühle</translation>
        </message>
        <message>
            <location filename="../../app/domain/stages.py" line="30" />
            <source>Expectations</source>
            <translation>Erwartungen</translation>
        </message>
        <message>
            <location filename="../../app/domain/stages.py" line="31" />
            <source>Check-ins</source>
            <translation>Gespräche</translation>
        </message>
    </context>
    <context>
        <name>StageIntro</name>
        <message>
            <location filename="../../app/domain/stage_intros.py" line="15" />
            <source>If you have decided to stay, </source>
            <translation>Wenn du dich entschieden hast zu bleiben, </translation>
        </message>
        <message>
            <location filename="../../app/domain/stage_intros.py" line="17" />
            <source>You have decided to stay and give this your best.</source>
            <translation>Du hast dich entschieden zu bleiben und dein Bestes zu geben.</translation>
        </message>
        <message>
            <location filename="../../app/domain/stage_intros.py" line="19" />
            <source>You have decided to plan your exit, and that is a real decision. The plan still matters while you prepare to go: how you meet it in these last weeks shapes your reputation and the references you leave with. Write down what is expected of you, how it will be measured and by when, and keep meeting it on your way out, so you leave on your own terms. What to hand over, what to ask about notice and references, and your job search belong in your leaving plan: in Feelings, under Stay or go.</source>
            <translation>Du hast dich entschieden, deinen Abschied zu planen, und das ist eine echte Entscheidung. Der Plan zählt weiter, während du dich auf das Gehen vorbereitest: Wie du ihn in diesen letzten Wochen erfüllst, prägt deinen Ruf und die Zeugnisse und Referenzen, die du mitnimmst. Schreib auf, was von dir erwartet wird, woran es gemessen wird und bis wann, und erfülle es weiter auf deinem Weg hinaus, damit du zu deinen eigenen Bedingungen gehst. Was du übergibst, was du zu Kündigungsfrist und Zeugnis fragst, und deine Stellensuche gehören in deinen Abschiedsplan: unter Gefühle, bei „Bleiben oder gehen“.</translation>
        </message>
    </context>
    <context>
        <name>StagePage</name>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="64" />
            <source>Stage {number} of {count}</source>
            <translation>Etappe {number} von {count}</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="93" />
            <source>{stage} progress</source>
            <translation>Fortschritt: {stage}</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="102" />
            <source>Write as much or as little as is true for you…</source>
            <translation>Schreib so viel oder so wenig, wie für dich stimmt…</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="103" />
            <source>Your answer</source>
            <translation>Deine Antwort</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="112" />
            <source>Open the tool that keeps this answer</source>
            <translation>Das Werkzeug öffnen, das diese Antwort aufbewahrt</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="116" />
            <source>← Previous</source>
            <translation>← Zurück</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="117" />
            <source>Previous prompt</source>
            <translation>Vorheriger Impuls</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="118" />
            <source>Previous prompt (Alt+Left)</source>
            <translation>Vorheriger Impuls (Alt+Links)</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="119" />
            <source>Skip for now</source>
            <translation>Erst mal überspringen</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="120" />
            <source>Skip this prompt for now</source>
            <translation>Diesen Impuls erst mal überspringen</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="121" />
            <source>Come back to it later (Alt+Right)</source>
            <translation>Später darauf zurückkommen (Alt+Rechts)</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="122" />
            <source>Next →</source>
            <translation>Weiter →</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="124" />
            <source>Next prompt</source>
            <translation>Nächster Impuls</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="125" />
            <source>Next prompt (Alt+Right)</source>
            <translation>Nächster Impuls (Alt+Rechts)</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="127" />
            <source>Open {tool_lower}</source>
            <translation>{tool} öffnen</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="130" />
            <source>Open {tool}</source>
            <translation>{tool} öffnen</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="148" />
            <source>Your path</source>
            <translation>Dein Weg</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="151" />
            <source>{stage} prompts and your answers</source>
            <translation>Impulse zu {stage} und deine Antworten</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="188" />
            <source>Guided prompts</source>
            <translation>Geführte Impulse</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="191" />
            <source>{stage}: guided prompts</source>
            <translation>{stage}: geführte Impulse</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="197" />
            <source>{name} (Ctrl+PgUp / Ctrl+PgDown)</source>
            <translation>{name} (Strg+Bild auf / Strg+Bild ab)</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="219" />
            <source>Back to Today →</source>
            <translation>Zurück zu Heute →</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="220" />
            <source>Next stage: {stage} →</source>
            <translation>Nächste Etappe: {stage} →</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="342" />
            <source>Prompt {number} of {count}</source>
            <translation>Impuls {number} von {count}</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="367" />
            <source>Your answer is kept in {where}. Change it here or there: it is one text.</source>
            <translation>Deine Antwort wird in {where} aufbewahrt. Ändere sie hier oder dort: Es ist ein und derselbe Text.</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="370" />
            <source>Kept in {tool} →</source>
            <translation>Aufbewahrt in {tool} →</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="373" />
            <source>Kept in {tool}: open it</source>
            <translation>Aufbewahrt in {tool}: öffnen</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="472" />
            <source>answered</source>
            <translation>beantwortet</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="472" />
            <source>not answered yet</source>
            <translation>noch nicht beantwortet</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="473" />
            <source>Prompt {number}, {state}: {text}</source>
            <translation>Impuls {number}, {state}: {text}</translation>
        </message>
        <message>
            <location filename="../../app/ui/stages/stage_page.py" line="476" />
            <source>Not answered yet</source>
            <translation>Noch nicht beantwortet</translation>
        </message>
    </context>
    <context>
        <name>StakeholderList</name>
        <message>
            <location filename="../../app/ui/plan/stakeholder_list.py" line="34" />
            <source>Not confirmed yet</source>
            <translation>Noch nicht bestätigt</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/stakeholder_list.py" line="51" />
            <source>Name and role: “Priya (HR)”</source>
            <translation>Name und Rolle: „Priya (Personal)“</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/stakeholder_list.py" line="52" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/stakeholder_list.py" line="53" />
            <source>Remove this person from the plan</source>
            <translation>Diese Person aus dem Plan entfernen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/stakeholder_list.py" line="54" />
            <source>What they expect from you, in their words if you can</source>
            <translation>Was sie von dir erwarten, wenn möglich in ihren Worten</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/stakeholder_list.py" line="56" />
            <source>What they expect</source>
            <translation>Was sie erwarten</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/stakeholder_list.py" line="61" />
            <source>Mark as confirmed</source>
            <translation>Als bestätigt markieren</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/stakeholder_list.py" line="62" />
            <source>They confirmed the plan: today, or change the day after</source>
            <translation>Sie haben den Plan bestätigt: heute, oder ändere danach den Tag</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/stakeholder_list.py" line="64" />
            <source>Not confirmed after all</source>
            <translation>Doch nicht bestätigt</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/stakeholder_list.py" line="93" />
            <source>Stakeholder {number}</source>
            <translation>Beteiligte Person {number}</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/stakeholder_list.py" line="95" />
            <source>Stakeholder {number}: name</source>
            <translation>Beteiligte Person {number}: Name</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/stakeholder_list.py" line="97" />
            <source>Remove {who}</source>
            <translation>{who} entfernen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/stakeholder_list.py" line="98" />
            <source>What {who} expects</source>
            <translation>Was {who} erwartet</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/stakeholder_list.py" line="100" />
            <source>Mark {who} as having confirmed the plan</source>
            <translation>Markieren, dass {who} den Plan bestätigt hat</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/stakeholder_list.py" line="102" />
            <source>{who} has not confirmed the plan after all</source>
            <translation>{who} hat den Plan doch nicht bestätigt</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/stakeholder_list.py" line="105" />
            <source>Day {who} confirmed the plan</source>
            <translation>Tag, an dem {who} den Plan bestätigt hat</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/stakeholder_list.py" line="155" />
            <source>Confirmed the plan on</source>
            <translation>Hat den Plan bestätigt am</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/stakeholder_list.py" line="186" />
            <source>No one else yet. Add HR, a mentor or a team lead if they have a say in the plan.</source>
            <translation>Noch niemand sonst. Füge die Personalabteilung, eine Mentorin oder eine Teamleitung hinzu, wenn sie beim Plan mitreden.</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/stakeholder_list.py" line="189" />
            <source>Add a person</source>
            <translation>Eine Person hinzufügen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/stakeholder_list.py" line="190" />
            <source>Add a stakeholder</source>
            <translation>Eine beteiligte Person hinzufügen</translation>
        </message>
        <message>
            <location filename="../../app/ui/plan/stakeholder_list.py" line="191" />
            <source>Someone else with a stake in the plan</source>
            <translation>Jemand anderes, der am Plan beteiligt ist</translation>
        </message>
    </context>
    <context>
        <name>StartersCard</name>
        <message>
            <location filename="../../app/ui/ownership/starters_card.py" line="37" />
            <source>Starting points</source>
            <translation>Anfänge</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/starters_card.py" line="38" />
            <source>Not sure how to begin? Each puts a few sentences where your cursor is in the draft. Fill in the … and change anything that is not quite you.</source>
            <translation>Unsicher, wie du anfangen sollst? Jeder Anfang setzt ein paar Sätze dorthin, wo dein Cursor im Entwurf steht. Füll die … aus und ändere alles, was nicht ganz nach dir klingt.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/starters_card.py" line="45" />
            <source>Insert the starting point “{title}”</source>
            <translation>Den Anfang „{title}“ einfügen</translation>
        </message>
    </context>
    <context>
        <name>StatementCompare</name>
        <message>
            <location filename="../../app/ui/ownership/statement_compare.py" line="42" />
            <source>Compare: {old_title} and {new_title}</source>
            <translation>Vergleich: {old_title} und {new_title}</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_compare.py" line="44" />
            <source>Compare two versions of your statement</source>
            <translation>Zwei Fassungen deiner Erklärung vergleichen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_compare.py" line="56" />
            <source>Words taken out are &lt;span style='background-color:{danger_soft}; text-decoration:line-through'&gt;struck through&lt;/span&gt; on the left; words added are &lt;span style='background-color:{accent_soft}; text-decoration:underline'&gt;underlined&lt;/span&gt; on the right. Nothing here changes your statement.</source>
            <translation>Gestrichene Wörter sind links &lt;span style='background-color:{danger_soft}; text-decoration:line-through'&gt;durchgestrichen&lt;/span&gt;; hinzugefügte Wörter sind rechts &lt;span style='background-color:{accent_soft}; text-decoration:underline'&gt;unterstrichen&lt;/span&gt;. Hier ändert sich nichts an deiner Erklärung.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_compare.py" line="85" />
            <source>Close the comparison</source>
            <translation>Den Vergleich schließen</translation>
        </message>
    </context>
    <context>
        <name>StatementDate</name>
        <message>
            <location filename="../../app/ui/today/statement_date.py" line="25" />
            <source>You said your statement today. That was the hard part, and you did it. Writing down how it went, tonight, can help.</source>
            <translation>Du hast heute deine Erklärung ausgesprochen. Das war der schwere Teil, und du hast ihn geschafft. Heute Abend aufzuschreiben, wie es lief, kann helfen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/statement_date.py" line="45" />
            <source>Saying your statement</source>
            <translation>Deine Erklärung aussprechen</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/statement_date.py" line="50" />
            <source>Yes, I said it</source>
            <translation>Ja, gesagt</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/statement_date.py" line="51" />
            <source>Yes, I have said my statement</source>
            <translation>Ja, ich habe meine Erklärung ausgesprochen</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/statement_date.py" line="53" />
            <source>Open the workshop</source>
            <translation>Werkstatt öffnen</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/statement_date.py" line="55" />
            <source>Open the statement workshop</source>
            <translation>Die Erklärungswerkstatt öffnen</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/statement_date.py" line="102" />
            <source>Not yet: move it to {day}</source>
            <translation>Noch nicht: auf {day} verschieben</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/statement_date.py" line="104" />
            <source>Not yet: plan it for {day}</source>
            <translation>Noch nicht: für {day} planen</translation>
        </message>
    </context>
    <context>
        <name>StatementExport</name>
        <message>
            <location filename="../../app/ui/ownership/statement_export.py" line="21" />
            <source>My ownership statement</source>
            <translation>Meine Verantwortungserklärung</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_export.py" line="29" />
            <source>Version {number} (final)</source>
            <translation>Fassung {number} (endgültig)</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_export.py" line="30" />
            <source>Version {number}</source>
            <translation>Fassung {number}</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_export.py" line="31" />
            <source>Current draft</source>
            <translation>Aktueller Entwurf</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_export.py" line="37" />
            <location filename="../../app/ui/ownership/statement_export.py" line="45" />
            <source>%-d %B %Y</source>
            <translation>%-d. %B %Y</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_export.py" line="39" />
            <source>From final version {number}, saved {day}.</source>
            <translation>Aus der endgültigen Fassung {number}, gespeichert am {day}.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_export.py" line="41" />
            <source>From version {number}, saved {day}.</source>
            <translation>Aus Fassung {number}, gespeichert am {day}.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_export.py" line="46" />
            <source>From the working draft, last changed {day}.</source>
            <translation>Aus dem Arbeitsentwurf, zuletzt geändert am {day}.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_export.py" line="47" />
            <source>From the working draft.</source>
            <translation>Aus dem Arbeitsentwurf.</translation>
        </message>
    </context>
    <context>
        <name>StatementHints</name>
        <message>
            <location filename="../../app/ui/ownership/statement_hints.py" line="51" />
            <source>Choose it to find it in your draft</source>
            <translation>Wähl ihn, um die Stelle im Entwurf zu finden</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_hints.py" line="54" />
            <source>Hints about your draft will appear here as you write.</source>
            <translation>Hinweise zu deinem Entwurf erscheinen hier, während du schreibst.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_hints.py" line="56" />
            <source>This draft is much longer than a statement usually is, so the checks are resting. They come back once it is shorter.</source>
            <translation>Dieser Entwurf ist viel länger als eine Erklärung üblicherweise, darum ruhen die Hinweise. Sie kommen zurück, sobald er kürzer ist.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_hints.py" line="60" />
            <source>Nothing to point out. Reading it aloud once is still a good test.</source>
            <translation>Nichts anzumerken. Sie einmal laut zu lesen, ist trotzdem eine gute Probe.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_hints.py" line="63" />
            <source>The first {shown} of {count} are shown.</source>
            <translation>Die ersten {shown} von {count} werden gezeigt.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_hints.py" line="101" />
            <source>Nothing to say aloud yet</source>
            <translation>Noch nichts zum Aussprechen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_hints.py" line="103" />
            <source>1 word</source>
            <translation>1 Wort</translation>
        </message>
    </context>
    <context>
        <name>StatementSharing</name>
        <message>
            <location filename="../../app/ui/ownership/statement_sharing.py" line="56" />
            <source>There is nothing to copy yet.</source>
            <translation>Es gibt noch nichts zu kopieren.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_sharing.py" line="60" />
            <source>Copied your final statement (version {number}).</source>
            <translation>Deine endgültige Erklärung (Fassung {number}) ist kopiert.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_sharing.py" line="63" />
            <source>No version is marked final yet, so your current draft was copied.</source>
            <translation>Noch ist keine Fassung endgültig, darum wurde dein aktueller Entwurf kopiert.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_sharing.py" line="77" />
            <source>There is nothing to export yet.</source>
            <translation>Es gibt noch nichts zu exportieren.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_sharing.py" line="80" />
            <source>The file was not written: {INSIDE_DATA_DIR}.</source>
            <translation>Die Datei wurde nicht geschrieben: {INSIDE_DATA_DIR}.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_sharing.py" line="88" />
            <source>The file could not be written: {value}</source>
            <translation>Die Datei konnte nicht geschrieben werden: {value}</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_sharing.py" line="91" />
            <source>your final statement (version {number})</source>
            <translation>deine endgültige Erklärung (Fassung {number})</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_sharing.py" line="93" />
            <source>your current draft, as no version is marked final yet</source>
            <translation>deinen aktuellen Entwurf, da noch keine Fassung endgültig ist</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_sharing.py" line="94" />
            <source>Exported {which} to {path}.</source>
            <translation>{which} nach {path} exportiert.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_sharing.py" line="102" />
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_sharing.py" line="103" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_sharing.py" line="104" />
            <source>Export your statement</source>
            <translation>Deine Erklärung exportieren</translation>
        </message>
    </context>
    <context>
        <name>StatementVersions</name>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="77" />
            <source>There is nothing in the draft to keep yet. Write or build it first.</source>
            <translation>Im Entwurf steht noch nichts zum Aufbewahren. Schreib oder baue ihn zuerst.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="85" />
            <source>Nothing has changed since version {number}, so no new version was made.</source>
            <translation>Seit Fassung {number} hat sich nichts geändert, darum gibt es keine neue Fassung.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="90" />
            <source>The version could not be saved</source>
            <translation>Die Fassung konnte nicht gespeichert werden</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="94" />
            <source>Saved as version {number}.</source>
            <translation>Als Fassung {number} gespeichert.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="119" />
            <source>Your current draft</source>
            <translation>Dein aktueller Entwurf</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="125" />
            <source>Select one version to compare with your draft, or two to compare with each other.</source>
            <translation>Wähl eine Fassung, um sie mit deinem Entwurf zu vergleichen, oder zwei, um sie miteinander zu vergleichen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="139" />
            <source>Version {number} could not be restored</source>
            <translation>Fassung {number} konnte nicht zurückgeholt werden</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="147" />
            <source>Version {number} is back in your draft.</source>
            <translation>Fassung {number} steht wieder in deinem Entwurf.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="154" />
            <source>Your earlier draft could not be put back</source>
            <translation>Dein früherer Entwurf konnte nicht zurückgeholt werden</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="159" />
            <source>Your earlier draft is back.</source>
            <translation>Dein früherer Entwurf ist wieder da.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="173" />
            <source>Sleep on it? You wrote version {number} today. Words often read differently the next morning: read it again tomorrow, then mark it final.</source>
            <translation>Noch eine Nacht darüber schlafen? Du hast Fassung {number} heute geschrieben. Worte lesen sich am nächsten Morgen oft anders: Lies sie morgen noch einmal und mach sie dann endgültig.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="177" />
            <source>Mark final anyway</source>
            <translation>Trotzdem endgültig machen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="178" />
            <source>I'll read it tomorrow</source>
            <translation>Ich lese sie morgen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="179" />
            <source>Good idea. It will be here tomorrow.</source>
            <translation>Gute Idee. Sie ist morgen noch da.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="181" />
            <source>Mark version {number} final anyway</source>
            <translation>Fassung {number} trotzdem endgültig machen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="183" />
            <source>Wait and read it again tomorrow</source>
            <translation>Warten und morgen noch einmal lesen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="191" />
            <source>That could not be changed</source>
            <translation>Das konnte nicht geändert werden</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="195" />
            <source>Version {number} is no longer final.</source>
            <translation>Fassung {number} ist nicht mehr endgültig.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="197" />
            <source>Version {number} is now your final statement. Copy and export use it.</source>
            <translation>Fassung {number} ist jetzt deine endgültige Erklärung. Kopieren und Exportieren verwenden sie.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="206" />
            <source>Version {number} could not be deleted</source>
            <translation>Fassung {number} konnte nicht gelöscht werden</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="210" />
            <source>Version {number} deleted.</source>
            <translation>Fassung {number} gelöscht.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="223" />
            <source>Version {number} could not be brought back</source>
            <translation>Fassung {number} konnte nicht zurückgeholt werden</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="228" />
            <source>Version {number} is back.</source>
            <translation>Fassung {number} ist wieder da.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="236" />
            <source>The versions could not be read</source>
            <translation>Die Fassungen konnten nicht gelesen werden</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="262" />
            <source>Copying and exporting use your final statement, version {number}.</source>
            <translation>Kopieren und Exportieren verwenden deine endgültige Erklärung, Fassung {number}.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="264" />
            <source>No version is marked final yet, so copying and exporting use your current draft. Mark a saved version as final to use that one instead.</source>
            <translation>Noch ist keine Fassung endgültig, darum verwenden Kopieren und Exportieren deinen aktuellen Entwurf. Mach eine gespeicherte Fassung endgültig, um stattdessen sie zu verwenden.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="283" />
            <source>Compare version {number} with version {number2}</source>
            <translation>Fassung {number} mit Fassung {number2} vergleichen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="286" />
            <source>Compare the selected version with your draft</source>
            <translation>Die ausgewählte Fassung mit deinem Entwurf vergleichen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="292" />
            <source>Unmark final</source>
            <translation>Nicht mehr endgültig</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="292" />
            <source>Mark as final</source>
            <translation>Endgültig machen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="295" />
            <source>Unmark the selected version as final</source>
            <translation>Die ausgewählte Fassung nicht mehr als endgültig markieren</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_versions.py" line="295" />
            <source>Mark the selected version as final</source>
            <translation>Die ausgewählte Fassung endgültig machen</translation>
        </message>
    </context>
    <context>
        <name>StatementView</name>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="115" />
            <source>The four parts</source>
            <translation>Die vier Teile</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="116" />
            <location filename="../../app/ui/ownership/statement_view.py" line="175" />
            <source>Hide the parts</source>
            <translation>Teile verbergen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="117" />
            <location filename="../../app/ui/ownership/statement_view.py" line="177" />
            <source>Hide the four parts</source>
            <translation>Die vier Teile verbergen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="131" />
            <source>Write each part in your own words. They are notes to yourself: the draft below is what you will actually say.</source>
            <translation>Schreib jeden Teil in deinen eigenen Worten. Es sind Notizen für dich: Der Entwurf darunter ist das, was du tatsächlich sagen wirst.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="158" />
            <location filename="../../app/ui/ownership/statement_view.py" line="159" />
            <source>Build the draft from the parts</source>
            <translation>Entwurf aus den Teilen bauen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="160" />
            <source>Put the four parts together as your draft, ready to edit</source>
            <translation>Die vier Teile zu deinem Entwurf zusammenfügen, bereit zum Bearbeiten</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="166" />
            <source>Draft notice</source>
            <translation>Hinweis zum Entwurf</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="175" />
            <source>Show the parts</source>
            <translation>Teile zeigen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="178" />
            <source>Show the four parts</source>
            <translation>Die vier Teile zeigen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="182" />
            <source>Your draft</source>
            <translation>Dein Entwurf</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="183" />
            <source>Edit freely until it sounds like you. It is kept as you type.</source>
            <translation>Bearbeite ihn frei, bis er nach dir klingt. Er wird beim Tippen aufbewahrt.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="187" />
            <source>Your statement draft</source>
            <translation>Der Entwurf deiner Erklärung</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="188" />
            <source>Build it from the parts above, or write it here directly…</source>
            <translation>Bau ihn aus den Teilen oben oder schreib ihn direkt hier…</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="193" />
            <source>Speaking time</source>
            <translation>Sprechzeit</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="200" />
            <source>Save as version</source>
            <translation>Als Fassung speichern</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="202" />
            <source>Save the draft as a new version</source>
            <translation>Den Entwurf als neue Fassung speichern</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="204" />
            <source>Keep this draft as a numbered version (Ctrl+S)</source>
            <translation>Diesen Entwurf als nummerierte Fassung aufbewahren (Strg+S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="206" />
            <source>Rehearse…</source>
            <translation>Proben…</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="207" />
            <source>Rehearse the statement aloud, with a timer</source>
            <translation>Die Erklärung laut proben, mit Stoppuhr</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="209" />
            <source>Your draft in large text, with a timer (Ctrl+R)</source>
            <translation>Dein Entwurf in großer Schrift, mit Stoppuhr (Strg+R)</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="216" />
            <source>Statement notice</source>
            <translation>Hinweis zur Erklärung</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="220" />
            <source>Gentle checks</source>
            <translation>Behutsame Hinweise</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="221" />
            <source>Things you may want to look at again. They are only suggestions: keep whatever is true for you. Choose one to find it in the draft.</source>
            <translation>Stellen, die du dir vielleicht noch einmal ansehen willst. Es sind nur Vorschläge: Behalte, was für dich stimmt. Wähl einen, um die Stelle im Entwurf zu finden.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="227" />
            <source>Hints about your draft</source>
            <translation>Hinweise zu deinem Entwurf</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="241" />
            <source>Use your statement</source>
            <translation>Deine Erklärung verwenden</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="244" />
            <source>Copy to the clipboard</source>
            <translation>In die Zwischenablage kopieren</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="245" />
            <source>Copy the final statement to the clipboard</source>
            <translation>Die endgültige Erklärung in die Zwischenablage kopieren</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="247" />
            <source>Copies the version marked final, or the draft if none is final</source>
            <translation>Kopiert die endgültige Fassung oder den Entwurf, wenn keine endgültig ist</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="249" />
            <source>Export as Markdown…</source>
            <translation>Als Markdown exportieren…</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="250" />
            <source>Export the statement as a Markdown file</source>
            <translation>Die Erklärung als Markdown-Datei exportieren</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="252" />
            <source>Export as PDF…</source>
            <translation>Als PDF exportieren…</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="253" />
            <source>Export the statement as a PDF file</source>
            <translation>Die Erklärung als PDF-Datei exportieren</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="259" />
            <source>Export notice</source>
            <translation>Hinweis zum Export</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="263" />
            <source>Saved versions</source>
            <translation>Gespeicherte Fassungen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="265" />
            <source>No versions yet. When the draft says what you mean, save it as a version; you can compare versions later, go back to one, and mark the one you will use as final.</source>
            <translation>Noch keine Fassungen. Wenn der Entwurf sagt, was du meinst, speichere ihn als Fassung; später kannst du Fassungen vergleichen, zu einer zurückkehren und die, die du verwenden willst, endgültig machen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="270" />
            <source>Saved versions, newest first</source>
            <translation>Gespeicherte Fassungen, die neuesten zuerst</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="282" />
            <source>Select one version to compare it with your draft, or two to compare them with each other (Ctrl+click).</source>
            <translation>Wähl eine Fassung, um sie mit deinem Entwurf zu vergleichen, oder zwei, um sie miteinander zu vergleichen (Strg+Klick).</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="287" />
            <source>Compare…</source>
            <translation>Vergleichen…</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="288" />
            <source>Restore into the draft</source>
            <translation>In den Entwurf zurückholen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="289" />
            <source>Restore the selected version into the draft</source>
            <translation>Die ausgewählte Fassung in den Entwurf zurückholen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="291" />
            <source>Mark as final</source>
            <translation>Endgültig machen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="292" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="293" />
            <source>Delete the selected version</source>
            <translation>Die ausgewählte Fassung löschen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="294" />
            <source>Delete this version; you can undo it (Delete)</source>
            <translation>Diese Fassung löschen; du kannst es rückgängig machen (Entf)</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_view.py" line="303" />
            <source>Versions notice</source>
            <translation>Hinweis zu den Fassungen</translation>
        </message>
    </context>
    <context>
        <name>StatementWords</name>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="15" />
            <source>May sound like blame</source>
            <translation>Klingt vielleicht nach Schuldzuweisung</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="16" />
            <source>May sound unsure</source>
            <translation>Klingt vielleicht unsicher</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="17" />
            <source>All or nothing</source>
            <translation>Alles oder nichts</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="18" />
            <source>Length</source>
            <translation>Länge</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="23" />
            <source>What is true</source>
            <translation>Was wahr ist</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="24" />
            <source>The facts as you see them, plainly, without judging anyone.</source>
            <translation>Die Tatsachen, wie du sie siehst – schlicht, ohne jemanden zu verurteilen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="25" />
            <source>What happened, as you would tell it to a fair friend…</source>
            <translation>Was passiert ist, so wie du es einer fairen Freundin erzählen würdest…</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="26" />
            <source>What I own</source>
            <translation>Wofür ich Verantwortung übernehme</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="27" />
            <source>Your share of it, said without excuses.</source>
            <translation>Dein Anteil daran, ohne Ausreden gesagt.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="28" />
            <source>The part that was mine was…</source>
            <translation>Mein Anteil war…</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="29" />
            <source>What I commit to</source>
            <translation>Wozu ich mich verpflichte</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="30" />
            <source>What you will do from here, as concretely as you can.</source>
            <translation>Was du von jetzt an tun wirst, so konkret wie möglich.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="31" />
            <source>From now on I will…</source>
            <translation>Von jetzt an werde ich…</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="32" />
            <source>What I need</source>
            <translation>Was ich brauche</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="33" />
            <source>Support or clarity you would like to ask for.</source>
            <translation>Unterstützung oder Klarheit, um die du bitten möchtest.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="34" />
            <source>It would help me to have…</source>
            <translation>Es würde mir helfen, … zu haben</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="37" />
            <source>This is where your ownership statement takes shape. Start with the four parts below; a few honest sentences in each is plenty. When they feel right, build a draft from them and shape it until it sounds like you speaking. Save a version whenever you want to keep what you have, and mark the one you mean to use as final. Nothing here leaves your computer unless you copy or export it.</source>
            <translation>Hier nimmt deine Verantwortungserklärung Gestalt an. Fang mit den vier Teilen unten an; ein paar ehrliche Sätze in jedem genügen. Wenn sie sich richtig anfühlen, bau daraus einen Entwurf und forme ihn, bis er klingt, als würdest du sprechen. Speichere eine Fassung, wann immer du festhalten willst, was du hast, und mach die, die du verwenden willst, endgültig. Nichts hiervon verlässt deinen Computer, außer du kopierst oder exportierst es.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="50" />
            <source>Nothing to say aloud yet</source>
            <translation>Noch nichts zum Aussprechen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="53" />
            <source>About 1 second to say aloud</source>
            <translation>Etwa 1 Sekunde zum Aussprechen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="56" />
            <source>1 minute</source>
            <translation>1 Minute</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="59" />
            <source>About {minutes} to say aloud</source>
            <translation>Etwa {minutes} zum Aussprechen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="60" />
            <source>1 second</source>
            <translation>1 Sekunde</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="61" />
            <source>About {minutes} {seconds} to say aloud</source>
            <translation>Etwa {minutes} {seconds} zum Aussprechen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="78" />
            <source>Version {number} (final)</source>
            <translation>Fassung {number} (endgültig)</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="79" />
            <source>Version {number}</source>
            <translation>Fassung {number}</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="82" />
            <source>Read it again tomorrow</source>
            <translation>Lies sie morgen noch einmal</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="94" />
            <source>  ★ Final</source>
            <translation>  ★ Endgültig</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="95" />
            <source> · read it again tomorrow</source>
            <translation> · morgen noch einmal lesen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="97" />
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="98" />
            <source>%a %d %b %Y</source>
            <translation>%a, %d. %b %Y</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_words.py" line="99" />
            <source>Version {number}{final}
{saved}{fresh}
“{line}”</source>
            <translation>Fassung {number}{final}
{saved}{fresh}
„{line}“</translation>
        </message>
    </context>
    <context>
        <name>StatementWorkshop</name>
        <message>
            <location filename="../../app/ui/ownership/statement_workshop.py" line="113" />
            <source>Your statement could not be read just now</source>
            <translation>Deine Erklärung konnte gerade nicht gelesen werden</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_workshop.py" line="176" />
            <location filename="../../app/ui/ownership/statement_workshop.py" line="332" />
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_workshop.py" line="178" />
            <location filename="../../app/ui/ownership/statement_workshop.py" line="361" />
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_workshop.py" line="266" />
            <source>“{title}” is in your draft. Fill in each … and make it yours.</source>
            <translation>„{title}“ steht in deinem Entwurf. Füll jedes … aus und mach es zu deinem.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_workshop.py" line="274" />
            <source>There is nothing to rehearse yet. Write or build your draft first.</source>
            <translation>Es gibt noch nichts zu proben. Schreib oder baue zuerst deinen Entwurf.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_workshop.py" line="291" />
            <source>Write at least one of the parts first: the draft is built from them.</source>
            <translation>Schreib zuerst mindestens einen der Teile: Der Entwurf wird aus ihnen gebaut.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_workshop.py" line="300" />
            <source>Your draft already matches the parts.</source>
            <translation>Dein Entwurf entspricht den Teilen schon.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_workshop.py" line="303" />
            <source>Your draft already has words in it. Replace them with a fresh draft built from the parts?</source>
            <translation>In deinem Entwurf stehen schon Worte. Durch einen neuen Entwurf aus den Teilen ersetzen?</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_workshop.py" line="305" />
            <source>Replace the draft</source>
            <translation>Entwurf ersetzen</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_workshop.py" line="306" />
            <source>Keep my draft</source>
            <translation>Meinen Entwurf behalten</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_workshop.py" line="312" />
            <source>Your draft was rebuilt from the parts.</source>
            <translation>Dein Entwurf wurde aus den Teilen neu gebaut.</translation>
        </message>
        <message>
            <location filename="../../app/ui/ownership/statement_workshop.py" line="368" />
            <source>Not saved yet: {error} Your text is safe in this window; Trustbridge keeps trying.</source>
            <translation>Noch nicht gespeichert: {error} Dein Text ist in diesem Fenster sicher; Trustbridge versucht es weiter.</translation>
        </message>
    </context>
    <context>
        <name>StayOrGo</name>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="60" />
            <source>Decision: not decided yet</source>
            <translation>Entscheidung: noch nicht entschieden</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="62" />
            <source>Decision: stay and commit</source>
            <translation>Entscheidung: bleiben und mich einsetzen</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="63" />
            <source>Decision: plan to leave</source>
            <translation>Entscheidung: den Abschied planen</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="110" />
            <source>There is no right answer here, only an honest one. Write down what pulls you to stay and what pulls you to go, and what would have to change for staying to work. You can come back to it as often as you need: each time you revisit, what you thought before is kept.</source>
            <translation>Hier gibt es keine richtige Antwort, nur eine ehrliche. Schreib auf, was dich zum Bleiben zieht und was zum Gehen, und was sich ändern müsste, damit Bleiben funktioniert. Du kannst so oft zurückkommen, wie du brauchst: Jedes Mal bleibt aufbewahrt, was du vorher gedacht hast.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="119" />
            <location filename="../../app/ui/feelings/stay_or_go.py" line="130" />
            <source>Reasons to stay</source>
            <translation>Gründe zu bleiben</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="120" />
            <source>What you value here, what you'd lose, what could grow…</source>
            <translation>Was du hier schätzt, was du verlieren würdest, was wachsen könnte…</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="122" />
            <location filename="../../app/ui/feelings/stay_or_go.py" line="131" />
            <source>Reasons to leave</source>
            <translation>Gründe zu gehen</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="123" />
            <source>What wears you down, what you'd gain elsewhere…</source>
            <translation>Was dich zermürbt, was du anderswo gewinnen würdest…</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="125" />
            <source>What would have to be true to stay</source>
            <translation>Was stimmen müsste, damit du bleibst</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="126" />
            <source>Support, a change of role, a different way of working…</source>
            <translation>Unterstützung, eine andere Rolle, eine andere Arbeitsweise…</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="142" />
            <source>What would have to be true for you to stay?</source>
            <translation>Was müsste stimmen, damit du bleibst?</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="145" />
            <source>Your decision</source>
            <translation>Deine Entscheidung</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="148" />
            <source>Decided on</source>
            <translation>Entschieden am</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="149" />
            <source>Date of the decision</source>
            <translation>Datum der Entscheidung</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="151" />
            <source>Type the day, or pick it from the calendar (Alt+Down)</source>
            <translation>Tag eingeben oder im Kalender wählen (Alt+Unten)</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="161" />
            <location filename="../../app/ui/feelings/stay_or_go.py" line="164" />
            <source>In your own words: which, and why</source>
            <translation>In deinen eigenen Worten: was, und warum</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="165" />
            <source>I'm staying because… or: I'm going to plan my exit because…</source>
            <translation>Ich bleibe, weil… oder: Ich plane meinen Abschied, weil…</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="174" />
            <source>Leaving well takes a plan too. Yours is just below this sitting.</source>
            <translation>Auch gut zu gehen braucht einen Plan. Deiner steht direkt unter dieser Runde.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="178" />
            <source>Go to the leaving plan</source>
            <translation>Zum Abschiedsplan</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="179" />
            <source>Go to your leaving plan</source>
            <translation>Zu deinem Abschiedsplan gehen</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="182" />
            <source>Stay or go save status</source>
            <translation>Speicherstand von „Bleiben oder gehen“</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="183" />
            <source>Revisit</source>
            <translation>Neu bedenken</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="184" />
            <source>Revisit: start a new sitting from this one</source>
            <translation>Neu bedenken: eine neue Runde aus dieser beginnen</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="186" />
            <source>Start a new sitting, filled in from this one; this one is kept</source>
            <translation>Eine neue Runde beginnen, ausgefüllt aus dieser; diese bleibt erhalten</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="189" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="191" />
            <source>Save this sitting</source>
            <translation>Diese Runde speichern</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="192" />
            <source>Save (Ctrl+Enter)</source>
            <translation>Speichern (Strg+Eingabe)</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="209" />
            <source>Earlier sittings, newest first</source>
            <translation>Frühere Runden, die neuesten zuerst</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="212" />
            <source>When you revisit, the sitting you have now is kept here, just as you left it.</source>
            <translation>Wenn du neu bedenkst, bleibt die jetzige Runde hier erhalten, genau wie du sie verlassen hast.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="281" />
            <source>Couldn't read your sittings just now.</source>
            <translation>Konnte deine Runden gerade nicht lesen.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="326" />
            <location filename="../../app/ui/feelings/stay_or_go.py" line="370" />
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="339" />
            <source>A new sitting, filled in from your last one. Change what has changed, then save.</source>
            <translation>Eine neue Runde, ausgefüllt aus deiner letzten. Ändere, was sich geändert hat, und speichere dann.</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="371" />
            <location filename="../../app/ui/feelings/stay_or_go.py" line="410" />
            <location filename="../../app/ui/feelings/stay_or_go.py" line="431" />
            <source>Your current sitting, started {when_text}</source>
            <translation>Deine jetzige Runde, begonnen {when_text}</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="436" />
            <source>A new sitting (not saved yet)</source>
            <translation>Eine neue Runde (noch nicht gespeichert)</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="438" />
            <source>Your first sitting</source>
            <translation>Deine erste Runde</translation>
        </message>
        <message>
            <location filename="../../app/ui/feelings/stay_or_go.py" line="468" />
            <source>Not saved yet.</source>
            <translation>Noch nicht gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>SyncWarning</name>
        <message>
            <location filename="../../app/ui/widgets/sync_warning.py" line="60" />
            <source>This folder is synced by {service}: the file will be uploaded to your {service} account and isn't encrypted.</source>
            <translation>Dieser Ordner wird von {service} synchronisiert: Die Datei wird in dein {service}-Konto hochgeladen und ist nicht verschlüsselt.</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/sync_warning.py" line="79" />
            <source>Save in a synced folder?</source>
            <translation>In einem synchronisierten Ordner speichern?</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/sync_warning.py" line="80" />
            <source>Save here anyway?</source>
            <translation>Trotzdem hier speichern?</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/sync_warning.py" line="82" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../../app/ui/widgets/sync_warning.py" line="83" />
            <source>Choose another place</source>
            <translation>Anderen Ort wählen</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <location filename="../../app/ui/today/today_page.py" line="47" />
            <source>Good evening</source>
            <translation>Guten Abend</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/today_page.py" line="49" />
            <source>Good morning</source>
            <translation>Guten Morgen</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/today_page.py" line="50" />
            <source>Good afternoon</source>
            <translation>Guten Tag</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/today_page.py" line="96" />
            <location filename="../../app/ui/today/today_page.py" line="106" />
            <source>Open {stage}</source>
            <translation>{stage} öffnen</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/today_page.py" line="100" />
            <source>{progress}  ·  you are here</source>
            <translation>{progress}  ·  du bist hier</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/today_page.py" line="104" />
            <source> You are here.</source>
            <translation> Du bist hier.</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/today_page.py" line="109" />
            <source>Show a different prompt for tonight</source>
            <translation>Einen anderen Impuls für heute Abend zeigen</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/today_page.py" line="110" />
            <source>What you wrote stays with this prompt. To write about something else tonight, use Free writing.</source>
            <translation>Was du geschrieben hast, bleibt bei diesem Impuls. Um heute Abend über etwas anderes zu schreiben, nimm „Freies Schreiben“.</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/today_page.py" line="134" />
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/today_page.py" line="190" />
            <location filename="../../app/ui/today/today_page.py" line="295" />
            <source>Your four stages</source>
            <translation>Deine vier Etappen</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/today_page.py" line="207" />
            <location filename="../../app/ui/today/today_page.py" line="417" />
            <source>Tonight's prompt</source>
            <translation>Abend-Impuls</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/today_page.py" line="208" />
            <location filename="../../app/ui/today/today_page.py" line="210" />
            <location filename="../../app/ui/today/today_page.py" line="402" />
            <source>Free writing</source>
            <translation>Freies Schreiben</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/today_page.py" line="209" />
            <source>Write to tonight's prompt</source>
            <translation>Zum Impuls für heute Abend schreiben</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/today_page.py" line="224" />
            <source>Tonight's entry</source>
            <translation>Eintrag für heute Abend</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/today_page.py" line="225" />
            <source>A few honest lines are enough…</source>
            <translation>Ein paar ehrliche Zeilen genügen…</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/today_page.py" line="227" />
            <source>Another prompt</source>
            <translation>Anderer Impuls</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/today_page.py" line="229" />
            <source>Show another prompt</source>
            <translation>Einen anderen Impuls zeigen</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/today_page.py" line="232" />
            <source>How are you feeling?</source>
            <translation>Wie fühlst du dich?</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/today_page.py" line="234" />
            <source>Check in on how you are feeling</source>
            <translation>Festhalten, wie du dich fühlst</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/today_page.py" line="235" />
            <source>A one-minute mood check-in: name what you feel, and how strongly</source>
            <translation>Ein Stimmungscheck in einer Minute: benenne, was du fühlst und wie stark</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/today_page.py" line="296" />
            <source>Where you are in the four stages</source>
            <translation>Wo du in den vier Etappen stehst</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/today_page.py" line="351" />
            <source>dddd, d MMMM yyyy</source>
            <translation>dddd, d. MMMM yyyy</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/today_page.py" line="403" />
            <source>Whatever is on your mind tonight.</source>
            <translation>Was dich heute Abend beschäftigt.</translation>
        </message>
        <message>
            <location filename="../../app/ui/today/today_page.py" line="404" />
            <source>No prompt, no structure. Write it down so it stops circling.</source>
            <translation>Kein Impuls, keine Struktur. Schreib es auf, damit es aufhört zu kreisen.</translation>
        </message>
    </context>
    <context>
        <name>ToolPreview</name>
        <message>
            <location filename="../../app/ui/search/tool_preview.py" line="17" />
            <source>Open where it was written</source>
            <translation>Dort öffnen, wo es geschrieben wurde</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/tool_preview.py" line="36" />
            <source>Where it was written</source>
            <translation>Wo es geschrieben wurde</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/tool_preview.py" line="41" />
            <source>The words found, with your search words in bold</source>
            <translation>Die gefundenen Worte, mit deinen Suchwörtern fett</translation>
        </message>
        <message>
            <location filename="../../app/ui/search/tool_preview.py" line="43" />
            <source>Open it to read the rest, or change it, where you wrote it.</source>
            <translation>Öffne es dort, wo du es geschrieben hast, um den Rest zu lesen oder es zu ändern.</translation>
        </message>
    </context>
    <context>
        <name>WritingCard</name>
        <message>
            <location filename="../../app/ui/writing/writing_card.py" line="15" />
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <location filename="../../app/ui/writing/writing_card.py" line="16" />
            <source>Nothing written yet</source>
            <translation>Noch nichts geschrieben</translation>
        </message>
        <message>
            <location filename="../../app/ui/writing/writing_card.py" line="17" />
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <location filename="../../app/ui/writing/writing_card.py" line="42" />
            <source>Save status</source>
            <translation>Speicherstatus</translation>
        </message>
        <message>
            <location filename="../../app/ui/writing/writing_card.py" line="79" />
            <source>Not saved yet: {message} Your text is safe in this window; Trustbridge keeps trying.</source>
            <translation>Noch nicht gespeichert: {message} Dein Text ist in diesem Fenster sicher; Trustbridge versucht es weiter.</translation>
        </message>
    </context>
</TS>
