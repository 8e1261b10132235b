<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ConfirmationsNotice</name>
    <message>
        <location filename="../../app/ui/today/confirmations_notice.py" line="34"/>
        <source>Open the plan&apos;s people</source>
        <translation>Beteiligte am Plan öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/confirmations_notice.py" line="35"/>
        <source>Open the plan&apos;s people and confirmations</source>
        <translation>Beteiligte und Bestätigungen des Plans öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/confirmations_notice.py" line="37"/>
        <source>Not everyone has confirmed your plan</source>
        <translation>Noch haben nicht alle deinen Plan bestätigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/confirmations_notice.py" line="38"/>
        <source>Who has not confirmed the plan</source>
        <translation>Wer den Plan noch nicht bestätigt hat</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/confirmations_notice.py" line="51"/>
        <source>{who}. Ask them to confirm what they expect, in writing if you can, and note the day they do.</source>
        <translation>{who}. Bitte sie, zu bestätigen, was sie erwarten – wenn möglich schriftlich – und notiere den Tag, an dem sie es tun.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="40"/>
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="46"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="48"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="58"/>
        <source>Starts tomorrow</source>
        <translation>Beginnt morgen</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="61"/>
        <source>Ended {day}</source>
        <translation>Beendet am {day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="63"/>
        <source>Day {day} of {total}</source>
        <translation>Tag {day} von {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="64"/>
        <source>Ends {day}</source>
        <translation>Endet am {day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="69"/>
        <source> · next milestone today</source>
        <translation> · nächster Meilenstein heute</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="71"/>
        <source> · next milestone tomorrow</source>
        <translation> · nächster Meilenstein morgen</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="86"/>
        <source>{mood} of 5</source>
        <translation>{mood} von 5</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="102"/>
        <source>Your plan</source>
        <translation>Dein Plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="103"/>
        <source>Next check-in</source>
        <translation>Nächstes Gespräch</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="104"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="105"/>
        <source>Open actions</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="106"/>
        <source>How you have been</source>
        <translation>Wie es dir ging</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="107"/>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="156"/>
        <source>Not available just now</source>
        <translation>Gerade nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="157"/>
        <source>Trustbridge could not read your journal.</source>
        <translation>Trustbridge konnte dein Tagebuch nicht lesen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="170"/>
        <source>Can&apos;t be shown</source>
        <translation>Kann nicht angezeigt werden</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="171"/>
        <source>Something stored here is out of range; open it to check.</source>
        <translation>Etwas hier Gespeichertes liegt außerhalb des gültigen Bereichs; öffne es, um nachzusehen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="180"/>
        <source>Not set up yet</source>
        <translation>Noch nicht eingerichtet</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="181"/>
        <source>Write down what success looks like, and by when.</source>
        <translation>Schreib auf, wie Erfolg aussieht – und bis wann.</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="183"/>
        <location filename="../../app/ui/today/dashboard.py" line="193"/>
        <source>No goals yet</source>
        <translation>Noch keine Ziele</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="184"/>
        <location filename="../../app/ui/today/dashboard.py" line="194"/>
        <source>Add the goals you and your manager agreed on.</source>
        <translation>Trag die Ziele ein, die du mit deiner Führungskraft vereinbart hast.</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="203"/>
        <source>Nothing overdue</source>
        <translation>Nichts überfällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="209"/>
        <source>None scheduled</source>
        <translation>Keines geplant</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="210"/>
        <source>Regular check-ins are how trust is rebuilt.</source>
        <translation>Mit regelmäßigen Gesprächen wächst Vertrauen wieder.</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="213"/>
        <source>Agenda ready</source>
        <translation>Tagesordnung steht</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="214"/>
        <source>Prepare the agenda</source>
        <translation>Tagesordnung vorbereiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="221"/>
        <source>None open</source>
        <translation>Keine offen</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="222"/>
        <source>Actions agreed at a check-in appear here until done.</source>
        <translation>In einem Gespräch vereinbarte Aufgaben stehen hier, bis sie erledigt sind.</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="226"/>
        <source> (due {day})</source>
        <translation> (fällig am {day})</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="237"/>
        <source>No check-in yet</source>
        <translation>Noch kein Stimmungscheck</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="238"/>
        <source>A quick mood check-in takes a minute.</source>
        <translation>Ein kurzer Stimmungscheck dauert eine Minute.</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="246"/>
        <source>No streak yet</source>
        <translation>Noch keine Serie</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="247"/>
        <source>1 day in a row</source>
        <translation>1 Tag in Folge</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/dashboard.py" line="249"/>
        <source>{count} of the last 60 days</source>
        <translation>{count} der letzten 60 Tage</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../app/domain/timeline.py" line="80"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../app/domain/timeline.py" line="82"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../../app/domain/timeline.py" line="83"/>
        <location filename="../../app/io/html_export.py" line="234"/>
        <location filename="../../app/io/markdown_pieces.py" line="99"/>
        <source>%A %-d %B %Y</source>
        <translation>%A, %-d. %B %Y</translation>
    </message>
    <message>
        <location filename="../../app/domain/timeline.py" line="106"/>
        <source>%A %-d %B</source>
        <translation>%A, %-d. %B</translation>
    </message>
    <message>
        <location filename="../../app/io/export_range.py" line="112"/>
        <location filename="../../app/io/plan_report.py" line="120"/>
        <source>%-d %B %Y</source>
        <translation>%-d. %B %Y</translation>
    </message>
    <message>
        <location filename="../../app/io/html_export.py" line="230"/>
        <source>%B %Y</source>
        <translation>%B %Y</translation>
    </message>
    <message>
        <location filename="../../app/domain/schedule.py" line="48"/>
        <source>%a %-d %b %Y</source>
        <translation>%a, %-d. %b %Y</translation>
    </message>
    <message>
        <location filename="../../app/domain/schedule.py" line="49"/>
        <source>%a %-d %b</source>
        <translation>%a, %-d. %b</translation>
    </message>
</context>
<context>
    <name>MilestoneOffer</name>
    <message>
        <location filename="../../app/ui/today/milestone_offer.py" line="42"/>
        <source>Review</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/milestone_offer.py" line="43"/>
        <source>Review this checkpoint of your plan</source>
        <translation>Auf diesen Prüfpunkt deines Plans zurückblicken</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/milestone_offer.py" line="45"/>
        <source>What was met, the evidence so far, and what to raise at your next check-in. The review is kept with your plan.</source>
        <translation>Was erreicht wurde, die bisherigen Belege und was du im nächsten Gespräch ansprichst. Der Rückblick wird bei deinem Plan aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/milestone_offer.py" line="48"/>
        <source>Checkpoint review due</source>
        <translation>Rückblick auf einen Prüfpunkt fällig</translation>
    </message>
</context>
<context>
    <name>OnThisDay</name>
    <message>
        <location filename="../../app/ui/today/on_this_day.py" line="31"/>
        <source>1 week ago</source>
        <translation>Vor 1 Woche</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/on_this_day.py" line="37"/>
        <source>1 month ago</source>
        <translation>Vor 1 Monat</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/on_this_day.py" line="40"/>
        <source>A year ago</source>
        <translation>Vor einem Jahr</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/on_this_day.py" line="51"/>
        <source>(no words yet)</source>
        <translation>(noch keine Worte)</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/on_this_day.py" line="68"/>
        <source>On this day</source>
        <translation>An diesem Tag</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/on_this_day.py" line="70"/>
        <source>A look back at what you wrote on these days.</source>
        <translation>Ein Blick zurück auf das, was du an diesen Tagen geschrieben hast.</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/on_this_day.py" line="101"/>
        <source>Read again: {label} entry from {ago}, {when}: {line}</source>
        <translation>Noch einmal lesen: {label}-Eintrag, {ago}, {when}: {line}</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/on_this_day.py" line="104"/>
        <source>{when}: open this entry in your journal</source>
        <translation>{when}: diesen Eintrag in deinem Tagebuch öffnen</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <location filename="../../app/ui/plan/plan_words.py" line="113"/>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan/plan_words.py" line="115"/>
        <source>{name} has not confirmed yet</source>
        <translation>{name} hat noch nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan/plan_words.py" line="117"/>
        <source>{first} and {second} have not confirmed yet</source>
        <translation>{first} und {second} haben noch nicht bestätigt</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <location filename="../../app/ui/stages/progress_words.py" line="17"/>
        <source>%n prompts</source>
        <translation>
            <numerusform>%n Impuls</numerusform>
            <numerusform>%n Impulse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/today/dashboard.py" line="49"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/today/dashboard.py" line="59"/>
        <source>Starts in %n days</source>
        <translation>
            <numerusform>Beginnt in %n Tag</numerusform>
            <numerusform>Beginnt in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/today/dashboard.py" line="73"/>
        <source> · next milestone in %n days</source>
        <translation>
            <numerusform> · nächster Meilenstein in %n Tag</numerusform>
            <numerusform> · nächster Meilenstein in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/today/dashboard.py" line="202"/>
        <source>%n past a milestone and not done</source>
        <translation>
            <numerusform>%n nach einem Meilenstein und nicht erledigt</numerusform>
            <numerusform>%n nach einem Meilenstein und nicht erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/today/dashboard.py" line="229"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/today/dashboard.py" line="231"/>
        <source> · %n overdue</source>
        <translation>
            <numerusform> · %n überfällig</numerusform>
            <numerusform> · %n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/today/dashboard.py" line="248"/>
        <source>%n days in a row</source>
        <translation>
            <numerusform>%n Tag in Folge</numerusform>
            <numerusform>%n Tage in Folge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/today/on_this_day.py" line="32"/>
        <source>%n weeks ago</source>
        <comment>on this day</comment>
        <translation>
            <numerusform>Vor %n Woche</numerusform>
            <numerusform>Vor %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/today/on_this_day.py" line="38"/>
        <source>%n months ago</source>
        <comment>on this day</comment>
        <translation>
            <numerusform>Vor %n Monat</numerusform>
            <numerusform>Vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/today/on_this_day.py" line="41"/>
        <source>%n days ago</source>
        <comment>on this day</comment>
        <translation>
            <numerusform>Vor %n Tag</numerusform>
            <numerusform>Vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/domain/schedule.py" line="116"/>
        <source>in %n days ({day}, {time})</source>
        <translation>
            <numerusform>in %n Tag ({day}, {time})</numerusform>
            <numerusform>in %n Tagen ({day}, {time})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/domain/schedule.py" line="117"/>
        <source>%n days ago ({day}, {time})</source>
        <translation>
            <numerusform>vor %n Tag ({day}, {time})</numerusform>
            <numerusform>vor %n Tagen ({day}, {time})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan/plan_words.py" line="119"/>
        <source>%n people have not confirmed yet</source>
        <translation>
            <numerusform>%n Person hat noch nicht bestätigt</numerusform>
            <numerusform>%n Personen haben noch nicht bestätigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../app/ui/stages/progress_words.py" line="12"/>
        <source>{answered} of {total} answered</source>
        <translation>{answered} von {total} beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/progress_words.py" line="17"/>
        <source>1 prompt</source>
        <translation>1 Impuls</translation>
    </message>
</context>
<context>
    <name>PromptLinks</name>
    <message>
        <location filename="../../app/domain/prompt_links.py" line="74"/>
        <source>your statement workshop</source>
        <translation>deiner Erklärungswerkstatt</translation>
    </message>
    <message>
        <location filename="../../app/domain/prompt_links.py" line="75"/>
        <source>Stay or go</source>
        <translation>Bleiben oder gehen</translation>
    </message>
    <message>
        <location filename="../../app/domain/prompt_links.py" line="76"/>
        <source>your plan</source>
        <translation>deinem Plan</translation>
    </message>
    <message>
        <location filename="../../app/domain/prompt_links.py" line="77"/>
        <source>your next check-in</source>
        <translation>deinem nächsten Gespräch</translation>
    </message>
    <message>
        <location filename="../../app/domain/prompt_links.py" line="81"/>
        <source>your statement workshop, as “What is true”</source>
        <translation>deiner Erklärungswerkstatt, als „Was wahr ist“</translation>
    </message>
    <message>
        <location filename="../../app/domain/prompt_links.py" line="82"/>
        <source>your statement workshop, as “What I own”</source>
        <translation>deiner Erklärungswerkstatt, als „Wofür ich Verantwortung übernehme“</translation>
    </message>
    <message>
        <location filename="../../app/domain/prompt_links.py" line="83"/>
        <source>your statement workshop, as “What I commit to”</source>
        <translation>deiner Erklärungswerkstatt, als „Wozu ich mich verpflichte“</translation>
    </message>
    <message>
        <location filename="../../app/domain/prompt_links.py" line="85"/>
        <source>your statement workshop, as “What I need”</source>
        <translation>deiner Erklärungswerkstatt, als „Was ich brauche“</translation>
    </message>
    <message>
        <location filename="../../app/domain/prompt_links.py" line="86"/>
        <source>your statement workshop, as the draft</source>
        <translation>deiner Erklärungswerkstatt, als Entwurf</translation>
    </message>
    <message>
        <location filename="../../app/domain/prompt_links.py" line="87"/>
        <source>Stay or go, as your decision in your own words</source>
        <translation>„Bleiben oder gehen“, als deine Entscheidung in eigenen Worten</translation>
    </message>
    <message>
        <location filename="../../app/domain/prompt_links.py" line="88"/>
        <source>your plan, as what success looks like at day 30</source>
        <translation>deinem Plan, als Erfolg an Tag 30</translation>
    </message>
    <message>
        <location filename="../../app/domain/prompt_links.py" line="90"/>
        <source>your plan, as what success looks like at day 60</source>
        <translation>deinem Plan, als Erfolg an Tag 60</translation>
    </message>
    <message>
        <location filename="../../app/domain/prompt_links.py" line="92"/>
        <source>your plan, as what success looks like at day 90</source>
        <translation>deinem Plan, als Erfolg an Tag 90</translation>
    </message>
    <message>
        <location filename="../../app/domain/prompt_links.py" line="94"/>
        <source>your next check-in, as your own questions</source>
        <translation>deinem nächsten Gespräch, als deine eigenen Fragen</translation>
    </message>
    <message>
        <location filename="../../app/domain/prompt_links.py" line="96"/>
        <source>your next check-in, as what to thank your manager for</source>
        <translation>deinem nächsten Gespräch, als das, wofür du deiner Führungskraft danken willst</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <location filename="../../app/domain/reminders.py" line="80"/>
        <source>A few minutes for tonight</source>
        <translation>Ein paar Minuten für heute Abend</translation>
    </message>
    <message>
        <location filename="../../app/domain/reminders.py" line="81"/>
        <source>Tonight&apos;s prompt is waiting whenever you are ready.</source>
        <translation>Der Impuls für heute Abend wartet, wann immer du bereit bist.</translation>
    </message>
    <message>
        <location filename="../../app/domain/reminders.py" line="83"/>
        <source>Your check-in is tomorrow</source>
        <translation>Dein Gespräch ist morgen</translation>
    </message>
    <message>
        <location filename="../../app/domain/reminders.py" line="84"/>
        <source>A good evening to look over your brief.</source>
        <translation>Ein guter Abend, um deine Vorbereitung durchzusehen.</translation>
    </message>
    <message>
        <location filename="../../app/domain/reminders.py" line="85"/>
        <source>Today is the day you chose</source>
        <translation>Heute ist der Tag, den du gewählt hast</translation>
    </message>
    <message>
        <location filename="../../app/domain/reminders.py" line="86"/>
        <source>Your statement is in Trustbridge if you want to read it once more first.</source>
        <translation>Deine Erklärung liegt in Trustbridge, falls du sie vorher noch einmal lesen möchtest.</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../../app/domain/schedule.py" line="22"/>
        <source>Just once</source>
        <translation>Nur einmal</translation>
    </message>
    <message>
        <location filename="../../app/domain/schedule.py" line="23"/>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <location filename="../../app/domain/schedule.py" line="24"/>
        <source>Every two weeks</source>
        <translation>Alle zwei Wochen</translation>
    </message>
    <message>
        <location filename="../../app/domain/schedule.py" line="110"/>
        <source>today at {time}</source>
        <translation>heute um {time}</translation>
    </message>
    <message>
        <location filename="../../app/domain/schedule.py" line="112"/>
        <source>tomorrow at {time}</source>
        <translation>morgen um {time}</translation>
    </message>
    <message>
        <location filename="../../app/domain/schedule.py" line="114"/>
        <source>yesterday at {time}</source>
        <translation>gestern um {time}</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../app/domain/stages.py" line="28"/>
        <source>Ownership</source>
        <translation>Verantwortung</translation>
    </message>
    <message>
        <location filename="../../app/domain/stages.py" line="29"/>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <location filename="../../app/domain/stages.py" line="30"/>
        <source>Expectations</source>
        <translation>Erwartungen</translation>
    </message>
    <message>
        <location filename="../../app/domain/stages.py" line="31"/>
        <source>Check-ins</source>
        <translation>Gespräche</translation>
    </message>
</context>
<context>
    <name>StageIntro</name>
    <message>
        <location filename="../../app/domain/stage_intros.py" line="15"/>
        <source>If you have decided to stay, </source>
        <translation>Wenn du dich entschieden hast zu bleiben, </translation>
    </message>
    <message>
        <location filename="../../app/domain/stage_intros.py" line="17"/>
        <source>You have decided to stay and give this your best.</source>
        <translation>Du hast dich entschieden zu bleiben und dein Bestes zu geben.</translation>
    </message>
    <message>
        <location filename="../../app/domain/stage_intros.py" line="19"/>
        <source>You have decided to plan your exit, and that is a real decision. The plan still matters while you prepare to go: how you meet it in these last weeks shapes your reputation and the references you leave with. Write down what is expected of you, how it will be measured and by when, and keep meeting it on your way out, so you leave on your own terms. What to hand over, what to ask about notice and references, and your job search belong in your leaving plan: in Feelings, under Stay or go.</source>
        <translation>Du hast dich entschieden, deinen Abschied zu planen, und das ist eine echte Entscheidung. Der Plan zählt weiter, während du dich auf das Gehen vorbereitest: Wie du ihn in diesen letzten Wochen erfüllst, prägt deinen Ruf und die Zeugnisse und Referenzen, die du mitnimmst. Schreib auf, was von dir erwartet wird, woran es gemessen wird und bis wann, und erfülle es weiter auf deinem Weg hinaus, damit du zu deinen eigenen Bedingungen gehst. Was du übergibst, was du zu Kündigungsfrist und Zeugnis fragst, und deine Stellensuche gehören in deinen Abschiedsplan: unter Gefühle, bei „Bleiben oder gehen“.</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="64"/>
        <source>Stage {number} of {count}</source>
        <translation>Etappe {number} von {count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="93"/>
        <source>{stage} progress</source>
        <translation>Fortschritt: {stage}</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="102"/>
        <source>Write as much or as little as is true for you…</source>
        <translation>Schreib so viel oder so wenig, wie für dich stimmt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="103"/>
        <source>Your answer</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="112"/>
        <source>Open the tool that keeps this answer</source>
        <translation>Das Werkzeug öffnen, das diese Antwort aufbewahrt</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="116"/>
        <source>← Previous</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="117"/>
        <source>Previous prompt</source>
        <translation>Vorheriger Impuls</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="118"/>
        <source>Previous prompt (Alt+Left)</source>
        <translation>Vorheriger Impuls (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="119"/>
        <source>Skip for now</source>
        <translation>Erst mal überspringen</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="120"/>
        <source>Skip this prompt for now</source>
        <translation>Diesen Impuls erst mal überspringen</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="121"/>
        <source>Come back to it later (Alt+Right)</source>
        <translation>Später darauf zurückkommen (Alt+Rechts)</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="122"/>
        <source>Next →</source>
        <translation>Weiter →</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="124"/>
        <source>Next prompt</source>
        <translation>Nächster Impuls</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="125"/>
        <source>Next prompt (Alt+Right)</source>
        <translation>Nächster Impuls (Alt+Rechts)</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="127"/>
        <source>Open {tool_lower}</source>
        <translation>{tool} öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="130"/>
        <source>Open {tool}</source>
        <translation>{tool} öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="148"/>
        <source>Your path</source>
        <translation>Dein Weg</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="151"/>
        <source>{stage} prompts and your answers</source>
        <translation>Impulse zu {stage} und deine Antworten</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="188"/>
        <source>Guided prompts</source>
        <translation>Geführte Impulse</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="191"/>
        <source>{stage}: guided prompts</source>
        <translation>{stage}: geführte Impulse</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="197"/>
        <source>{name} (Ctrl+PgUp / Ctrl+PgDown)</source>
        <translation>{name} (Strg+Bild auf / Strg+Bild ab)</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="219"/>
        <source>Back to Today →</source>
        <translation>Zurück zu Heute →</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="220"/>
        <source>Next stage: {stage} →</source>
        <translation>Nächste Etappe: {stage} →</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="342"/>
        <source>Prompt {number} of {count}</source>
        <translation>Impuls {number} von {count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="367"/>
        <source>Your answer is kept in {where}. Change it here or there: it is one text.</source>
        <translation>Deine Antwort wird in {where} aufbewahrt. Ändere sie hier oder dort: Es ist ein und derselbe Text.</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="370"/>
        <source>Kept in {tool} →</source>
        <translation>Aufbewahrt in {tool} →</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="373"/>
        <source>Kept in {tool}: open it</source>
        <translation>Aufbewahrt in {tool}: öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="472"/>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="472"/>
        <source>not answered yet</source>
        <translation>noch nicht beantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="473"/>
        <source>Prompt {number}, {state}: {text}</source>
        <translation>Impuls {number}, {state}: {text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/stages/stage_page.py" line="476"/>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
</context>
<context>
    <name>StatementDate</name>
    <message>
        <location filename="../../app/ui/today/statement_date.py" line="25"/>
        <source>You said your statement today. That was the hard part, and you did it. Writing down how it went, tonight, can help.</source>
        <translation>Du hast heute deine Erklärung ausgesprochen. Das war der schwere Teil, und du hast ihn geschafft. Heute Abend aufzuschreiben, wie es lief, kann helfen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/statement_date.py" line="45"/>
        <source>Saying your statement</source>
        <translation>Deine Erklärung aussprechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/statement_date.py" line="50"/>
        <source>Yes, I said it</source>
        <translation>Ja, gesagt</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/statement_date.py" line="51"/>
        <source>Yes, I have said my statement</source>
        <translation>Ja, ich habe meine Erklärung ausgesprochen</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/statement_date.py" line="53"/>
        <source>Open the workshop</source>
        <translation>Werkstatt öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/statement_date.py" line="55"/>
        <source>Open the statement workshop</source>
        <translation>Die Erklärungswerkstatt öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/statement_date.py" line="102"/>
        <source>Not yet: move it to {day}</source>
        <translation>Noch nicht: auf {day} verschieben</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/statement_date.py" line="104"/>
        <source>Not yet: plan it for {day}</source>
        <translation>Noch nicht: für {day} planen</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="47"/>
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="49"/>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="50"/>
        <source>Good afternoon</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="96"/>
        <location filename="../../app/ui/today/today_page.py" line="106"/>
        <source>Open {stage}</source>
        <translation>{stage} öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="100"/>
        <source>{progress}  ·  you are here</source>
        <translation>{progress}  ·  du bist hier</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="104"/>
        <source> You are here.</source>
        <translation> Du bist hier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="109"/>
        <source>Show a different prompt for tonight</source>
        <translation>Einen anderen Impuls für heute Abend zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="110"/>
        <source>What you wrote stays with this prompt. To write about something else tonight, use Free writing.</source>
        <translation>Was du geschrieben hast, bleibt bei diesem Impuls. Um heute Abend über etwas anderes zu schreiben, nimm „Freies Schreiben“.</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="134"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="190"/>
        <location filename="../../app/ui/today/today_page.py" line="295"/>
        <source>Your four stages</source>
        <translation>Deine vier Etappen</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="207"/>
        <location filename="../../app/ui/today/today_page.py" line="417"/>
        <source>Tonight&apos;s prompt</source>
        <translation>Impuls für heute Abend</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="208"/>
        <location filename="../../app/ui/today/today_page.py" line="210"/>
        <location filename="../../app/ui/today/today_page.py" line="402"/>
        <source>Free writing</source>
        <translation>Freies Schreiben</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="209"/>
        <source>Write to tonight&apos;s prompt</source>
        <translation>Zum Impuls für heute Abend schreiben</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="224"/>
        <source>Tonight&apos;s entry</source>
        <translation>Eintrag für heute Abend</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="225"/>
        <source>A few honest lines are enough…</source>
        <translation>Ein paar ehrliche Zeilen genügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="227"/>
        <source>Another prompt</source>
        <translation>Anderer Impuls</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="229"/>
        <source>Show another prompt</source>
        <translation>Einen anderen Impuls zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="232"/>
        <source>How are you feeling?</source>
        <translation>Wie fühlst du dich?</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="234"/>
        <source>Check in on how you are feeling</source>
        <translation>Festhalten, wie du dich fühlst</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="235"/>
        <source>A one-minute mood check-in: name what you feel, and how strongly</source>
        <translation>Ein Stimmungscheck in einer Minute: benenne, was du fühlst und wie stark</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="296"/>
        <source>Where you are in the four stages</source>
        <translation>Wo du in den vier Etappen stehst</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="351"/>
        <source>dddd, d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="403"/>
        <source>Whatever is on your mind tonight.</source>
        <translation>Was dich heute Abend beschäftigt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/today/today_page.py" line="404"/>
        <source>No prompt, no structure. Write it down so it stops circling.</source>
        <translation>Kein Impuls, keine Struktur. Schreib es auf, damit es aufhört zu kreisen.</translation>
    </message>
</context>
</TS>
