<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Dbtc::App::ConsoleApp</name>
    <message>
        <source>%1: %2 Edit the connection to enter the token again.</source>
        <translation>%1: %2 Bearbeiten Sie die Verbindung, um das Token erneut einzugeben.</translation>
    </message>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation>Der Demo-Simulator konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Demo (simulated dbt Cloud)</source>
        <translation>Demo (simuliertes dbt Cloud)</translation>
    </message>
</context>
<context>
    <name>Dbtc::App::KeychainSecretStore</name>
    <message>
        <source>No secure password storage (keychain) is available: %1. Tokens are kept in memory for this session only and must be entered again next time.</source>
        <translation>Kein sicherer Passwortspeicher (Schlüsselbund) verfügbar: %1. Tokens werden nur für diese Sitzung im Speicher gehalten und müssen beim nächsten Mal erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>No token is stored in the keychain for this connection.</source>
        <translation>Für diese Verbindung ist kein Token im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The keychain refused to read the token: %1</source>
        <translation>Der Schlüsselbund hat das Lesen des Tokens verweigert: %1</translation>
    </message>
    <message>
        <source>Token kept in memory for this session only.</source>
        <translation>Token nur für diese Sitzung im Speicher gehalten.</translation>
    </message>
    <message>
        <source>The keychain refused to store the token: %1</source>
        <translation>Der Schlüsselbund hat das Speichern des Tokens verweigert: %1</translation>
    </message>
    <message>
        <source>The keychain refused to delete the token: %1</source>
        <translation>Der Schlüsselbund hat das Löschen des Tokens verweigert: %1</translation>
    </message>
</context>
<context>
    <name>Dbtc::App::MemorySecretStore</name>
    <message>
        <source>No token is stored for this connection.</source>
        <translation>Für diese Verbindung ist kein Token gespeichert.</translation>
    </message>
</context>
<context>
    <name>Dbtc::Models</name>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>wurde abgebrochen</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>war erfolgreich</translation>
    </message>
    <message>
        <source>is %1</source>
        <translation>ist %1</translation>
    </message>
    <message>
        <source>in a moment</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1h</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1T</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::ArtifactFetch</name>
    <message>
        <source>not connected to dbt Cloud</source>
        <translation>nicht mit dbt Cloud verbunden</translation>
    </message>
    <message>
        <source>Could not list the artifacts of run %1: %2</source>
        <translation>Die Artefakte von Lauf %1 konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>Could not reach dbt Cloud (%1): showing the copies of run %2 cached earlier.</source>
        <translation>dbt Cloud ist nicht erreichbar (%1): es werden die früher zwischengespeicherten Kopien von Lauf %2 gezeigt.</translation>
    </message>
    <message>
        <source>Run %1 saved no manifest.json, catalog.json, run_results.json or sources.json (artifacts exist only for finished runs).</source>
        <translation>Lauf %1 hat keine manifest.json, catalog.json, run_results.json oder sources.json gespeichert (Artefakte gibt es nur für beendete Läufe).</translation>
    </message>
    <message>
        <source>Could not download the artifacts of run %1: %2</source>
        <translation>Die Artefakte von Lauf %1 konnten nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::FreshnessModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Age at check</source>
        <translation>Alter bei Prüfung</translation>
    </message>
    <message>
        <source>Newest row loaded at</source>
        <translation>Neueste Zeile geladen am</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Geprüft am</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::NodeTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Materialized</source>
        <translation>Materialisierung</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::NotificationGrouper</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Run #%1 · %2</source>
        <translation>Lauf #%1 · %2</translation>
    </message>
    <message>
        <source> after %1</source>
        <translation> nach %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <source>%1 succeeded</source>
        <translation>%1 erfolgreich</translation>
    </message>
    <message>
        <source>%1 watched jobs finished: %2</source>
        <translation>%1 beobachtete Jobs beendet: %2</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::NotificationModel</name>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Run #%1 failed</source>
        <translation>Lauf #%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Run #%1</source>
        <translation>Lauf #%1</translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::ResultsTableModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::RunArtifacts</name>
    <message>
        <source>%1 is not a file name inside the run&apos;s artifacts.</source>
        <translation>%1 ist kein Dateiname innerhalb der Artefakte des Laufs.</translation>
    </message>
    <message>
        <source>Not connected to dbt Cloud.</source>
        <translation>Nicht mit dbt Cloud verbunden.</translation>
    </message>
    <message>
        <source>Could not create the cache folder %1.</source>
        <translation>Der Cache-Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>dbt Cloud sent a %1 that cannot be read, so it was not kept: %2</source>
        <translation>dbt Cloud hat eine unlesbare %1 gesendet; sie wurde nicht behalten: %2</translation>
    </message>
    <message>
        <source>Could not write %1 into the cache.</source>
        <translation>%1 konnte nicht in den Cache geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::RunCommands</name>
    <message>
        <source>Rerun of run #%1 from start</source>
        <translation>Neustart von Lauf #%1 von Anfang an</translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::RunDetail</name>
    <message>
        <source>Not connected to dbt Cloud.</source>
        <translation>Nicht mit dbt Cloud verbunden.</translation>
    </message>
    <message>
        <source>dbt Cloud sent only the last 1,000 lines of the debug log of step %1.</source>
        <translation>dbt Cloud hat nur die letzten 1.000 Zeilen des Debug-Logs von Schritt %1 gesendet.</translation>
    </message>
    <message>
        <source>Step %1 saved no run_results.json: only dbt commands have model timing.</source>
        <translation>Schritt %1 hat keine run_results.json gespeichert: nur dbt-Befehle haben Modell-Zeiten.</translation>
    </message>
    <message>
        <source>Could not read run_results.json of step %1: %2</source>
        <translation>run_results.json von Schritt %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::RunDetailSteps</name>
    <message>
        <source>Step %1: %2 (%3)</source>
        <translation>Schritt %1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::RunListModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Branch / commit</source>
        <translation>Branch / Commit</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Run time</source>
        <translation>Laufzeit</translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::RunNotifier</name>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::StatusText</name>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::TriageFetcher</name>
    <message>
        <source>no failing node in it</source>
        <translation>kein fehlgeschlagener Knoten darin</translation>
    </message>
    <message>
        <source>no stale source in it</source>
        <translation>keine veraltete Quelle darin</translation>
    </message>
    <message>
        <source>%1: the step saved none</source>
        <translation>%1: der Schritt hat keine gespeichert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui</name>
    <message>
        <source>trigger this job</source>
        <translation>diesen Job starten</translation>
    </message>
    <message>
        <source>cancel runs</source>
        <translation>Läufe abbrechen</translation>
    </message>
    <message>
        <source>retry this run</source>
        <translation>diesen Lauf wiederholen</translation>
    </message>
    <message>
        <source>rerun this job</source>
        <translation>diesen Job neu starten</translation>
    </message>
    <message>
        <source>Only the latest run of a job can be rerun from failure, and this job has run again since. Rerun it from the start, or retry its newest run.</source>
        <translation>Nur der neueste Lauf eines Jobs kann ab dem Fehler neu gestartet werden, und dieser Job ist seitdem erneut gelaufen. Starten Sie ihn von Anfang an neu oder wiederholen Sie seinen neuesten Lauf.</translation>
    </message>
    <message>
        <source>Only a failed run can be rerun from failure; this one did not fail.</source>
        <translation>Nur ein fehlgeschlagener Lauf kann ab dem Fehler neu gestartet werden; dieser ist nicht fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The run failed before dbt wrote its results (run_results.json), so there is nothing to resume from. Rerun it from the start.</source>
        <translation>Der Lauf ist fehlgeschlagen, bevor dbt seine Ergebnisse (run_results.json) geschrieben hat; es gibt also nichts, wo er fortgesetzt werden könnte. Starten Sie ihn von Anfang an neu.</translation>
    </message>
    <message>
        <source>The failed step&apos;s command does not support &quot;dbt retry&quot;. Rerun the job from the start.</source>
        <translation>Der Befehl des fehlgeschlagenen Schritts unterstützt „dbt retry“ nicht. Starten Sie den Job von Anfang an neu.</translation>
    </message>
    <message>
        <source>Rerun from failure needs dbt 1.6 or later; this run used an older version. Rerun the job from the start.</source>
        <translation>Neustart ab dem Fehler braucht dbt 1.6 oder neuer; dieser Lauf nutzte eine ältere Version. Starten Sie den Job von Anfang an neu.</translation>
    </message>
    <message>
        <source>dbt Cloud does not support rerunning this run from failure. Rerun it from the start.</source>
        <translation>dbt Cloud unterstützt für diesen Lauf keinen Neustart ab dem Fehler. Starten Sie ihn von Anfang an neu.</translation>
    </message>
    <message>
        <source> (dbt Cloud said: &quot;%1&quot;)</source>
        <translation> (dbt Cloud meldete: „%1“)</translation>
    </message>
    <message>
        <source>This token is not allowed to %1: its permission set cannot run jobs. Ask an account admin for a token whose permission set includes running jobs (Job Runner, Job Admin, Developer or Account Admin)%2.</source>
        <translation>Dieses Token darf nicht %1: sein Berechtigungssatz kann keine Jobs ausführen. Bitten Sie einen Konto-Admin um ein Token, dessen Berechtigungssatz das Ausführen von Jobs umfasst (Job Runner, Job Admin, Developer oder Account Admin)%2.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1</source>
        <translation>Ergebnis unbekannt: %1</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Konnte nicht %1: %2</translation>
    </message>
    <message>
        <source>This connection is read-only, so the console will not %1. Turn read-only off in the connection&apos;s settings to allow it.</source>
        <translation>Diese Verbindung ist schreibgeschützt, daher wird die Konsole nicht %1. Schalten Sie den Schreibschutz in den Einstellungen der Verbindung aus, um das zu erlauben.</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>Commit: %1</source>
        <translation>Commit: %1</translation>
    </message>
    <message>
        <source>Branch: %1 (instead of the environment&apos;s)</source>
        <translation>Branch: %1 (statt dem der Umgebung)</translation>
    </message>
    <message>
        <source>Schema: %1</source>
        <translation>Schema: %1</translation>
    </message>
    <message>
        <source>dbt version: %1 (job: %2)</source>
        <translation>dbt-Version: %1 (Job: %2)</translation>
    </message>
    <message>
        <source>environment&apos;s</source>
        <translation>der Umgebung</translation>
    </message>
    <message>
        <source>Threads: %1 (job: %2)</source>
        <translation>Threads: %1 (Job: %2)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Target name: %1 (job: %2)</source>
        <translation>Target-Name: %1 (Job: %2)</translation>
    </message>
    <message>
        <source>Docs: generated</source>
        <translation>Doku: wird erzeugt</translation>
    </message>
    <message>
        <source>Docs: not generated</source>
        <translation>Doku: wird nicht erzeugt</translation>
    </message>
    <message>
        <source>Timeout: none</source>
        <translation>Zeitlimit: keines</translation>
    </message>
    <message>
        <source>Timeout: %1 min</source>
        <translation>Zeitlimit: %1 min</translation>
    </message>
    <message>
        <source>Steps: replaced for this run (%1)</source>
        <translation>Schritte: für diesen Lauf ersetzt (%1)</translation>
    </message>
    <message>
        <source>What will run</source>
        <translation>Was ausgeführt wird</translation>
    </message>
    <message>
        <source>No steps: the run would fail at once.</source>
        <translation>Keine Schritte: der Lauf würde sofort fehlschlagen.</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Überschreibungen</translation>
    </message>
    <message>
        <source>None: the job runs as configured.</source>
        <translation>Keine: der Job läuft wie konfiguriert.</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::ArtifactBrowser</name>
    <message>
        <source>No artifacts open</source>
        <translation>Keine Artefakte geöffnet</translation>
    </message>
    <message>
        <source>Open a manifest.json, run_results.json, catalog.json or sources.json, or a dbt project&apos;s target/ folder to open all of them at once. You can also drop it here.</source>
        <translation>Öffnen Sie eine manifest.json, run_results.json, catalog.json oder sources.json, oder den Ordner target/ eines dbt-Projekts, um alle auf einmal zu öffnen. Sie können ihn auch hierher ziehen.</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Looking for the artifacts of run %1…</source>
        <translation>Artefakte von Lauf %1 werden gesucht…</translation>
    </message>
    <message>
        <source>Could not download the run&apos;s artifacts</source>
        <translation>Die Artefakte des Laufs konnten nicht heruntergeladen werden</translation>
    </message>
    <message>
        <source>Not connected to dbt Cloud.</source>
        <translation>Nicht mit dbt Cloud verbunden.</translation>
    </message>
    <message>
        <source>Looking for the run&apos;s artifacts…</source>
        <translation>Artefakte des Laufs werden gesucht…</translation>
    </message>
    <message>
        <source>Downloading %1 (%2 of %3)…</source>
        <translation>%1 wird heruntergeladen (%2 von %3)…</translation>
    </message>
    <message>
        <source>The connection was removed.</source>
        <translation>Die Verbindung wurde entfernt.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Search name, path, tag…  (tag:x mat:table status:error path:marts)</source>
        <translation>Name, Pfad, Tag suchen…  (tag:x mat:table status:error path:marts)</translation>
    </message>
    <message>
        <source>Words match name, unique_id, path and tags. Narrow with tag:, mat:, status:, type:, path: and pkg:. status:problem finds errors, failures and warnings.</source>
        <translation>Wörter suchen in Name, unique_id, Pfad und Tags. Eingrenzen mit tag:, mat:, status:, type:, path: und pkg:. status:problem findet Fehler, fehlgeschlagene Tests und Warnungen.</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Lineage</translation>
    </message>
    <message>
        <source>Run results</source>
        <translation>Laufergebnisse</translation>
    </message>
    <message>
        <source>Source freshness</source>
        <translation>Quellen-Aktualität</translation>
    </message>
    <message>
        <source>Run results (%1)</source>
        <translation>Laufergebnisse (%1)</translation>
    </message>
    <message>
        <source>Source freshness (%1)</source>
        <translation>Quellen-Aktualität (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>%1 von %2 passen</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::ArtifactRecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear Recent</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::BrowsePage</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>Back to the console (Alt+Left)</source>
        <translation>Zurück zur Konsole (Alt+Links)</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::ConnectionDialog</name>
    <message>
        <source>dbt Cloud connection</source>
        <translation>dbt-Cloud-Verbindung</translation>
    </message>
    <message>
        <source>e.g. Acme production (US)</source>
        <translation>z. B. Acme Produktion (US)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>North America (cloud.getdbt.com)</source>
        <translation>Nordamerika (cloud.getdbt.com)</translation>
    </message>
    <message>
        <source>North America, account-prefixed (…us1.dbt.com)</source>
        <translation>Nordamerika, mit Kontopräfix (…us1.dbt.com)</translation>
    </message>
    <message>
        <source>EMEA (emea.dbt.com)</source>
        <translation>EMEA (emea.dbt.com)</translation>
    </message>
    <message>
        <source>APAC (au.dbt.com)</source>
        <translation>APAC (au.dbt.com)</translation>
    </message>
    <message>
        <source>Custom base URL (single tenant, proxy)</source>
        <translation>Eigene Basis-URL (Single Tenant, Proxy)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>account prefix, e.g. ab123</source>
        <translation>Kontopräfix, z. B. ab123</translation>
    </message>
    <message>
        <source>Account &amp;prefix:</source>
        <translation>Konto&amp;präfix:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>personal access or service token</source>
        <translation>persönliches Zugriffs- oder Service-Token</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Token zeigen oder verbergen</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>account id</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>&amp;Find accounts</source>
        <translation>Konten &amp;finden</translation>
    </message>
    <message>
        <source>List the accounts this token can see</source>
        <translation>Die Konten auflisten, die dieses Token sieht</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Read-only: never trigger, cancel or retry from this app</source>
        <translation>Schreibgeschützt: aus dieser App nie starten, abbrechen oder wiederholen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>stored in the keychain; leave empty to keep it</source>
        <translation>im Schlüsselbund gespeichert; leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <source>Enter the host.</source>
        <translation>Geben Sie den Host ein.</translation>
    </message>
    <message>
        <source>API base: %1</source>
        <translation>API-Basis: %1</translation>
    </message>
    <message>
        <source>Asking dbt Cloud which accounts this token can see…</source>
        <translation>dbt Cloud wird gefragt, welche Konten dieses Token sieht…</translation>
    </message>
    <message>
        <source>The token is valid but sees no account.</source>
        <translation>Das Token ist gültig, sieht aber kein Konto.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n account(s). Pick one.</source>
        <translation>
            <numerusform>%n Konto gefunden. Wählen Sie eines.</numerusform>
            <numerusform>%n Konten gefunden. Wählen Sie eines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Connected to account &quot;%1&quot; (%2 plan).</source>
        <translation>Mit Konto „%1“ verbunden (Tarif %2).</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::ConsoleStatusBar</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Notifications · %1 failed</source>
        <translation>Benachrichtigungen · %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Notifications: no unseen failures of watched jobs</source>
        <translation>Benachrichtigungen: keine ungesehenen Fehlschläge beobachteter Jobs</translation>
    </message>
    <message>
        <source>1 unseen failure of a watched job</source>
        <translation>1 ungesehener Fehlschlag eines beobachteten Jobs</translation>
    </message>
    <message>
        <source>%1 unseen failures of watched jobs</source>
        <translation>%1 ungesehene Fehlschläge beobachteter Jobs</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>● %1: token rejected</source>
        <translation>● %1: Token abgelehnt</translation>
    </message>
    <message>
        <source>○ %1: offline</source>
        <translation>○ %1: offline</translation>
    </message>
    <message>
        <source>● %1: %2</source>
        <translation>● %1: %2</translation>
    </message>
    <message>
        <source>● %1: connected</source>
        <translation>● %1: verbunden</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message>
        <source>Updated %1 s ago</source>
        <translation>Aktualisiert vor %1 s</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Untätig</translation>
    </message>
    <message>
        <source>1 request in flight</source>
        <translation>1 Anfrage unterwegs</translation>
    </message>
    <message>
        <source>%1 requests in flight</source>
        <translation>%1 Anfragen unterwegs</translation>
    </message>
    <message>
        <source>‖ Rate limited by dbt Cloud: paused until %1</source>
        <translation>‖ Von dbt Cloud gedrosselt: pausiert bis %1</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::LineageCanvas</name>
    <message>
        <source>Select a node to see its lineage.</source>
        <translation>Wählen Sie einen Knoten, um seine Lineage zu sehen.</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Lineage</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::LineageView</name>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>How many levels of parents to show</source>
        <translation>Wie viele Ebenen von Vorgängern gezeigt werden</translation>
    </message>
    <message>
        <source>How many levels of children to show</source>
        <translation>Wie viele Ebenen von Nachfolgern gezeigt werden</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Show the tests on each node</source>
        <translation>Die Tests an jedem Knoten zeigen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole graph (or double-click the background)</source>
        <translation>Den ganzen Graphen zeigen (oder Doppelklick auf den Hintergrund)</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>Centre on the selected node</source>
        <translation>Auf den gewählten Knoten zentrieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the graph as PNG or SVG</source>
        <translation>Den Graphen als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation>Vorgänger</translation>
    </message>
    <message>
        <source>Downstream</source>
        <translation>Nachfolger</translation>
    </message>
    <message>
        <source>no lineage at this depth</source>
        <translation>keine Lineage in dieser Tiefe</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>Export lineage</source>
        <translation>Lineage exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::LogView</name>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Loading the log…</source>
        <translation>Log wird geladen…</translation>
    </message>
    <message>
        <source>No log output.</source>
        <translation>Keine Log-Ausgabe.</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::LogViewer</name>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>The step&apos;s console log</source>
        <translation>Das Konsolen-Log des Schritts</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>The step&apos;s full debug log (fetched on demand)</source>
        <translation>Das vollständige Debug-Log des Schritts (bei Bedarf geladen)</translation>
    </message>
    <message>
        <source>Search the log (Ctrl+F)</source>
        <translation>Im Log suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Im Log suchen</translation>
    </message>
    <message>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>◀ Error</source>
        <translation>◀ Fehler</translation>
    </message>
    <message>
        <source>Previous error line</source>
        <translation>Vorherige Fehlerzeile</translation>
    </message>
    <message>
        <source>Error ▶</source>
        <translation>Fehler ▶</translation>
    </message>
    <message>
        <source>Next error line (F8)</source>
        <translation>Nächste Fehlerzeile (F8)</translation>
    </message>
    <message>
        <source>Warning ▶</source>
        <translation>Warnung ▶</translation>
    </message>
    <message>
        <source>Next warning or error line (Shift+F8)</source>
        <translation>Nächste Warn- oder Fehlerzeile (Umschalt+F8)</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Mitlaufen</translation>
    </message>
    <message>
        <source>Keep the newest line in view while the step runs</source>
        <translation>Die neueste Zeile im Blick behalten, während der Schritt läuft</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected lines (Ctrl+C)</source>
        <translation>Die gewählten Zeilen kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save the whole log as a text file</source>
        <translation>Das ganze Log als Textdatei speichern</translation>
    </message>
    <message>
        <source>Save log</source>
        <translation>Log speichern</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>Log-Dateien (*.log *.txt)</translation>
    </message>
    <message>
        <source>%1 errors ▶</source>
        <translation>%1 Fehler ▶</translation>
    </message>
    <message>
        <source>%1 warnings ▶</source>
        <translation>%1 Warnungen ▶</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>%1 of %2 lines</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::MainWindow</name>
    <message>
        <source>dbt Cloud Console</source>
        <translation>dbt Cloud Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Add connection…</source>
        <translation>Verbindung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation>&amp;Gehe zu…</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Navigator</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>&amp;Läufe</translation>
    </message>
    <message>
        <source>&amp;Filter navigator</source>
        <translation>Navigator &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Search runs</source>
        <translation>Läufe &amp;suchen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>La&amp;uf</translation>
    </message>
    <message>
        <source>N&amp;otifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About dbt Cloud Console</source>
        <translation>&amp;Über dbt Cloud Console</translation>
    </message>
    <message>
        <source>About dbt Cloud Console</source>
        <translation>Über dbt Cloud Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;dbt Cloud Console %1&lt;/h3&gt;&lt;p&gt;A native desktop console for dbt Cloud: live runs, failures and their causes.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL v3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;dbt Cloud Console %1&lt;/h3&gt;&lt;p&gt;Eine native Desktop-Konsole für dbt Cloud: Läufe live, Fehlschläge und ihre Ursachen.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL v3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a dbt artifact</source>
        <translation>Ein dbt-Artefakt öffnen</translation>
    </message>
    <message>
        <source>dbt artifacts (manifest.json catalog.json run_results.json sources.json *.json);;All files (*)</source>
        <translation>dbt-Artefakte (manifest.json catalog.json run_results.json sources.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open a dbt target/ folder</source>
        <translation>Einen dbt-Ordner target/ öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>%1 — dbt Cloud Console</source>
        <translation>%1 — dbt Cloud Console</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::MainWindowActions</name>
    <message>
        <source>No connection selected</source>
        <translation>Keine Verbindung gewählt</translation>
    </message>
    <message>
        <source>Open in dbt Cloud</source>
        <translation>In dbt Cloud öffnen</translation>
    </message>
    <message>
        <source>Copy Run ID</source>
        <translation>Lauf-ID kopieren</translation>
    </message>
    <message>
        <source>Copy Run IDs</source>
        <translation>Lauf-IDs kopieren</translation>
    </message>
    <message>
        <source>Run Job…</source>
        <translation>Job starten…</translation>
    </message>
    <message>
        <source>Watch Job</source>
        <translation>Job beobachten</translation>
    </message>
    <message>
        <source>Notify when this job&apos;s runs finish</source>
        <translation>Benachrichtigen, wenn die Läufe dieses Jobs enden</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>(%n earlier message(s): hover to read them)</source>
        <translation>
            <numerusform>(%n frühere Meldung: zum Lesen darüberfahren)</numerusform>
            <numerusform>(%n frühere Meldungen: zum Lesen darüberfahren)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::NavigatorPanel</name>
    <message>
        <source>Filter projects, environments, jobs</source>
        <translation>Projekte, Umgebungen, Jobs filtern</translation>
    </message>
    <message>
        <source>Navigator filter</source>
        <translation>Navigator-Filter</translation>
    </message>
    <message>
        <source>Connections, projects, environments and jobs</source>
        <translation>Verbindungen, Projekte, Umgebungen und Jobs</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Edit connection…</source>
        <translation>Verbindung bearbeiten…</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::NodePage</name>
    <message>
        <source>Compiled SQL</source>
        <translation>Kompiliertes SQL</translation>
    </message>
    <message>
        <source>Raw SQL</source>
        <translation>Roh-SQL</translation>
    </message>
    <message>
        <source>Select a node on the left, or search for one.</source>
        <translation>Wählen Sie links einen Knoten oder suchen Sie danach.</translation>
    </message>
    <message>
        <source>-- No compiled SQL in these artifacts.
-- Open the run_results.json or a manifest from `dbt compile` to see it.</source>
        <translation>-- Kein kompiliertes SQL in diesen Artefakten.
-- Öffnen Sie die run_results.json oder ein Manifest von `dbt compile`, um es zu sehen.</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::NotificationCenter</name>
    <message>
        <source>&amp;Watch Job</source>
        <translation>Job &amp;beobachten</translation>
    </message>
    <message>
        <source>Get a desktop notification when this job&apos;s runs finish</source>
        <translation>Eine Desktop-Benachrichtigung erhalten, wenn die Läufe dieses Jobs enden</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::NotificationList</name>
    <message>
        <source>No unseen failures. Star a job to be told when it fails.</source>
        <translation>Keine ungesehenen Fehlschläge. Markieren Sie einen Job mit Stern, um bei einem Fehlschlag benachrichtigt zu werden.</translation>
    </message>
    <message>
        <source>Open Run</source>
        <translation>Lauf öffnen</translation>
    </message>
    <message>
        <source>Mark Seen</source>
        <translation>Als gesehen markieren</translation>
    </message>
    <message>
        <source>Mark All Seen</source>
        <translation>Alle als gesehen markieren</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>1 unseen failure</source>
        <translation>1 ungesehener Fehlschlag</translation>
    </message>
    <message>
        <source>%1 unseen failures</source>
        <translation>%1 ungesehene Fehlschläge</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::QuickOpen</name>
    <message>
        <source>Go to</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <source>Jump to a project, environment, job or run id…</source>
        <translation>Zu einem Projekt, einer Umgebung, einem Job oder einer Lauf-ID springen…</translation>
    </message>
    <message>
        <source>Quick open</source>
        <translation>Schnell öffnen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Run #%1</source>
        <translation>Lauf #%1</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::ResultsView</name>
    <message>
        <source>Problems only</source>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <source>Filter by node…</source>
        <translation>Nach Knoten filtern…</translation>
    </message>
    <message>
        <source>Show only errors, failures and warnings</source>
        <translation>Nur Fehler, fehlgeschlagene Tests und Warnungen zeigen</translation>
    </message>
    <message>
        <source>%1 results, %2 problems, %3 s in total</source>
        <translation>%1 Ergebnisse, %2 Probleme, %3 s insgesamt</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::RetryDialog</name>
    <message>
        <source>Rerun %1</source>
        <translation>%1 neu starten</translation>
    </message>
    <message>
        <source>Rerun %1 from failure?</source>
        <translation>%1 ab dem Fehler neu starten?</translation>
    </message>
    <message>
        <source>Run #%1 failed</source>
        <translation>Lauf #%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source> after %1</source>
        <translation> nach %1</translation>
    </message>
    <message>
        <source>branch %1</source>
        <translation>Branch %1</translation>
    </message>
    <message>
        <source>dbt %1</source>
        <translation>dbt %1</translation>
    </message>
    <message>
        <source>Asking dbt Cloud which steps would run again…</source>
        <translation>dbt Cloud wird gefragt, welche Schritte erneut laufen würden…</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>On rerun</source>
        <translation>Beim Neustart</translation>
    </message>
    <message>
        <source>Rerun from start</source>
        <translation>Von Anfang an neu starten</translation>
    </message>
    <message>
        <source>Trigger the whole job again with this run&apos;s overrides</source>
        <translation>Den ganzen Job mit den Überschreibungen dieses Laufs erneut starten</translation>
    </message>
    <message>
        <source>Rerun from failure</source>
        <translation>Ab dem Fehler neu starten</translation>
    </message>
    <message>
        <source>failed · reruns failed + skipped nodes</source>
        <translation>fehlgeschlagen · wiederholt fehlgeschlagene + übersprungene Knoten</translation>
    </message>
    <message>
        <source>skipped · runs in full</source>
        <translation>übersprungen · läuft vollständig</translation>
    </message>
    <message>
        <source>dbt Cloud will start a new run that resumes from the failed step: %1 again; the steps that succeeded are not repeated.</source>
        <translation>dbt Cloud startet einen neuen Lauf, der beim fehlgeschlagenen Schritt weitermacht: %1 erneut; die erfolgreichen Schritte werden nicht wiederholt.</translation>
    </message>
    <message>
        <source>The failed step runs as &quot;dbt retry&quot;: only the nodes that failed or were skipped are rebuilt. Fix the cause first (commit the fix), or the same nodes will fail again.</source>
        <translation>Der fehlgeschlagene Schritt läuft als „dbt retry“: nur die fehlgeschlagenen oder übersprungenen Knoten werden neu gebaut. Beheben Sie zuerst die Ursache (committen Sie die Korrektur), sonst schlagen dieselben Knoten erneut fehl.</translation>
    </message>
    <message>
        <source>This run cannot be rerun from failure.</source>
        <translation>Dieser Lauf kann nicht ab dem Fehler neu gestartet werden.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::RunActions</name>
    <message>
        <source>Run #%1 is not queued or running; there is nothing to cancel.</source>
        <translation>Lauf #%1 wartet nicht und läuft nicht; es gibt nichts abzubrechen.</translation>
    </message>
    <message>
        <source>None of the selected runs is queued or running.</source>
        <translation>Keiner der gewählten Läufe wartet oder läuft.</translation>
    </message>
    <message>
        <source>Cancel runs</source>
        <translation>Läufe abbrechen</translation>
    </message>
    <message>
        <source>Cancel run #%1 of %2?</source>
        <translation>Lauf #%1 von %2 abbrechen?</translation>
    </message>
    <message>
        <source>It is %1; dbt stops at the current node and the run ends as Cancelled.</source>
        <translation>Er ist %1; dbt hält beim aktuellen Knoten an und der Lauf endet als „Abgebrochen“.</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation>#%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>run #%1: %2</source>
        <translation>Lauf #%1: %2</translation>
    </message>
    <message>
        <source>run #%1 had already finished (%2)</source>
        <translation>Lauf #%1 war schon beendet (%2)</translation>
    </message>
    <message>
        <source>run #%1 is stopping</source>
        <translation>Lauf #%1 wird angehalten</translation>
    </message>
    <message>
        <source>Cancelled run #%1.</source>
        <translation>Lauf #%1 abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled %1 of %2.</source>
        <translation>%1 von %2 abgebrochen.</translation>
    </message>
    <message>
        <source>Rerunning %1 from failure: run #%2.</source>
        <translation>%1 wird ab dem Fehler neu gestartet: Lauf #%2.</translation>
    </message>
    <message>
        <source>Rerun from start</source>
        <translation>Von Anfang an neu starten</translation>
    </message>
    <message>
        <source>Start a new run of %1 from the beginning?</source>
        <translation>Einen neuen Lauf von %1 von Anfang an starten?</translation>
    </message>
    <message>
        <source>All of the job&apos;s steps run again, with the same overrides as run #%1.</source>
        <translation>Alle Schritte des Jobs laufen erneut, mit denselben Überschreibungen wie Lauf #%1.</translation>
    </message>
    <message>
        <source>Started run #%1 of %2.</source>
        <translation>Lauf #%1 von %2 gestartet.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Run Job…</source>
        <translation>Job &amp;starten…</translation>
    </message>
    <message>
        <source>Trigger the selected job, optionally with overrides</source>
        <translation>Den gewählten Job starten, wahlweise mit Überschreibungen</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Rerun from &amp;Failure…</source>
        <translation>Ab dem &amp;Fehler neu starten…</translation>
    </message>
    <message>
        <source>Rerun from &amp;Start…</source>
        <translation>Von &amp;Anfang an neu starten…</translation>
    </message>
    <message>
        <source>&amp;Cancel Runs</source>
        <translation>Läufe a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Wait for the trigger of %1 to finish first.</source>
        <translation>Warten Sie zuerst, bis der Start von %1 abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::RunDetailHeader</name>
    <message>
        <source>Open in dbt Cloud</source>
        <translation>In dbt Cloud öffnen</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lauf %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>Trigger: %1</source>
        <translation>Auslöser: %1</translation>
    </message>
    <message>
        <source>Branch %1 @ %2</source>
        <translation>Branch %1 @ %2</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>(not cloned yet)</source>
        <translation>(noch nicht geklont)</translation>
    </message>
    <message>
        <source>dbt %1</source>
        <translation>dbt %1</translation>
    </message>
    <message>
        <source>Created %1 → dequeued %2 → started %3 → finished %4</source>
        <translation>Erstellt %1 → aus der Warteschlange %2 → gestartet %3 → beendet %4</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>queued %1, ran %2</source>
        <translation>wartete %1, lief %2</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::RunDetailPage</name>
    <message>
        <source>‹ Runs</source>
        <translation>‹ Läufe</translation>
    </message>
    <message>
        <source>Back to the runs (Esc, Alt+Left)</source>
        <translation>Zurück zu den Läufen (Esc, Alt+Links)</translation>
    </message>
    <message>
        <source>Run actions</source>
        <translation>Lauf-Aktionen</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::RunDetailView</name>
    <message>
        <source>Run steps</source>
        <translation>Lauf-Schritte</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Model timing</source>
        <translation>Modell-Zeiten</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Could not fetch the debug log: %1</source>
        <translation>Das Debug-Log konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Failures (%1)</source>
        <translation>Fehler (%1)</translation>
    </message>
    <message>
        <source>Not connected to dbt Cloud.</source>
        <translation>Nicht mit dbt Cloud verbunden.</translation>
    </message>
    <message>
        <source>Live: while a step runs, dbt Cloud sends the last 1,000 lines of its log; the whole log arrives when the step ends.</source>
        <translation>Live: während ein Schritt läuft, sendet dbt Cloud die letzten 1.000 Zeilen seines Logs; das ganze Log kommt, wenn der Schritt endet.</translation>
    </message>
    <message>
        <source>Fetching the full debug log of step %1…</source>
        <translation>Das vollständige Debug-Log von Schritt %1 wird geladen…</translation>
    </message>
    <message>
        <source>Model timing appears when the run has finished (artifacts are saved at the end).</source>
        <translation>Modell-Zeiten erscheinen, wenn der Lauf beendet ist (Artefakte werden am Ende gespeichert).</translation>
    </message>
    <message>
        <source>Reading run_results.json of step %1…</source>
        <translation>run_results.json von Schritt %1 wird gelesen…</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::RunFilterBar</name>
    <message>
        <source>Show %1 runs</source>
        <translation>%1 Läufe zeigen</translation>
    </message>
    <message>
        <source>Search runs (id, job, branch, commit, trigger)</source>
        <translation>Läufe suchen (ID, Job, Branch, Commit, Auslöser)</translation>
    </message>
    <message>
        <source>Run search</source>
        <translation>Läufe suchen</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Alle Jobs</translation>
    </message>
    <message>
        <source>Job filter</source>
        <translation>Job-Filter</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <source>Environment filter</source>
        <translation>Umgebungs-Filter</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>Alle Branches</translation>
    </message>
    <message>
        <source>Branch filter</source>
        <translation>Branch-Filter</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::RunsPanel</name>
    <message>
        <source>cached · refreshing…</source>
        <translation>zwischengespeichert · wird aktualisiert…</translation>
    </message>
    <message>
        <source>Shown from the offline cache until the first refresh</source>
        <translation>Bis zur ersten Aktualisierung aus dem Offline-Cache gezeigt</translation>
    </message>
    <message>
        <source>Open in dbt Cloud</source>
        <translation>In dbt Cloud öffnen</translation>
    </message>
    <message>
        <source>Open the selected run in the browser (Ctrl+Shift+O)</source>
        <translation>Den gewählten Lauf im Browser öffnen (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Run actions</source>
        <translation>Lauf-Aktionen</translation>
    </message>
    <message>
        <source>Pick something to watch</source>
        <translation>Wählen Sie etwas zum Beobachten</translation>
    </message>
    <message>
        <source>Select an account, project, environment or job on the left (or press Ctrl+K) to see its runs live.</source>
        <translation>Wählen Sie links ein Konto, ein Projekt, eine Umgebung oder einen Job (oder drücken Sie Strg+K), um die Läufe live zu sehen.</translation>
    </message>
    <message>
        <source>Could not load the runs</source>
        <translation>Die Läufe konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Loading runs…</source>
        <translation>Läufe werden geladen…</translation>
    </message>
    <message>
        <source>Asking dbt Cloud for the newest runs.</source>
        <translation>dbt Cloud wird nach den neuesten Läufen gefragt.</translation>
    </message>
    <message>
        <source>No runs match the filters</source>
        <translation>Kein Lauf passt zu den Filtern</translation>
    </message>
    <message>
        <source>%1 runs are loaded; none of them matches.</source>
        <translation>%1 Läufe sind geladen; keiner davon passt.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Noch keine Läufe</translation>
    </message>
    <message>
        <source>Nothing has run here. New runs appear as soon as they are queued, whether scheduled, from CI, the API or the web.</source>
        <translation>Hier ist noch nichts gelaufen. Neue Läufe erscheinen, sobald sie eingereiht sind, ob geplant, aus CI, über die API oder das Web.</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::TimingChart</name>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Slowest nodes</source>
        <translation>Langsamste Knoten</translation>
    </message>
    <message>
        <source>This step&apos;s run_results.json has no timing (nothing ran, or every node was skipped).</source>
        <translation>Die run_results.json dieses Schritts hat keine Zeiten (nichts lief, oder jeder Knoten wurde übersprungen).</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) on %1 thread(s) over %2 of wall clock; the longest is %3 (%4).</source>
        <translation>
            <numerusform>%n Knoten auf %1 Thread(s) in %2 Echtzeit; der längste ist %3 (%4).</numerusform>
            <numerusform>%n Knoten auf %1 Thread(s) in %2 Echtzeit; der längste ist %3 (%4).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::TimingGantt</name>
    <message>
        <source>Model timing by thread</source>
        <translation>Modell-Zeiten nach Thread</translation>
    </message>
    <message>
        <source>No timing data.</source>
        <translation>Keine Zeitdaten.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)
%4 → %5, %6</source>
        <translation>%1 (%2, %3)
%4 → %5, %6</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::TrayIcon</name>
    <message>
        <source>Show Console</source>
        <translation>Konsole zeigen</translation>
    </message>
    <message>
        <source>Unseen Failures…</source>
        <translation>Ungesehene Fehlschläge…</translation>
    </message>
    <message>
        <source>Keep Watching When the Window Is Closed</source>
        <translation>Weiter beobachten, wenn das Fenster geschlossen ist</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>dbt Cloud Console</source>
        <translation>dbt Cloud Console</translation>
    </message>
    <message>
        <source>No watched job is failing</source>
        <translation>Kein beobachteter Job schlägt fehl</translation>
    </message>
    <message>
        <source>1 watched job is failing</source>
        <translation>1 beobachteter Job schlägt fehl</translation>
    </message>
    <message>
        <source>%1 watched jobs are failing</source>
        <translation>%1 beobachtete Jobs schlagen fehl</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::TriageNodePanel</name>
    <message>
        <source>Open in artifact viewer</source>
        <translation>Im Artefakt-Viewer öffnen</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Command to reproduce locally</source>
        <translation>Befehl zum lokalen Nachstellen</translation>
    </message>
    <message>
        <source>Compiled SQL</source>
        <translation>Kompiliertes SQL</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Reproduce locally</source>
        <translation>Lokal nachstellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;No node selected&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kein Knoten gewählt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>relation %1</source>
        <translation>Relation %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failing row(s)</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile</numerusform>
            <numerusform>%n fehlerhafte Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>last loaded %1</source>
        <translation>zuletzt geladen %1</translation>
    </message>
    <message>
        <source>(dbt gave no message)</source>
        <translation>(dbt gab keine Meldung)</translation>
    </message>
    <message>
        <source>Source freshness checks have no compiled SQL.</source>
        <translation>Prüfungen der Quellen-Aktualität haben kein kompiliertes SQL.</translation>
    </message>
    <message>
        <source>The artifact carries no compiled SQL for this node.</source>
        <translation>Das Artefakt enthält kein kompiliertes SQL für diesen Knoten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Path&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Pfad&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Description&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Beschreibung&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Depends on&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Hängt ab von&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tests&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Tests&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Reading the step&apos;s manifest for the node&apos;s path and dependencies…</source>
        <translation>Das Manifest des Schritts wird für Pfad und Abhängigkeiten des Knotens gelesen…</translation>
    </message>
    <message>
        <source>Opens run_results.json of step %1</source>
        <translation>Öffnet run_results.json von Schritt %1</translation>
    </message>
    <message>
        <source>Opens %1 of step %2</source>
        <translation>Öffnet %1 von Schritt %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Is it new?&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ist es neu?&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Commits between: %1</source>
        <translation>Commits dazwischen: %1</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::TriageView</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Failing nodes</source>
        <translation>Fehlgeschlagene Knoten</translation>
    </message>
    <message>
        <source>Tail of the step log</source>
        <translation>Ende des Schritt-Logs</translation>
    </message>
    <message>
        <source>Step %1 (%2): reading its artifacts…</source>
        <translation>Schritt %1 (%2): seine Artefakte werden gelesen…</translation>
    </message>
    <message>
        <source>Step %1 (%2): from %3.</source>
        <translation>Schritt %1 (%2): aus %3.</translation>
    </message>
    <message>
        <source>Tried first: %1.</source>
        <translation>Zuerst versucht: %1.</translation>
    </message>
    <message>
        <source>The run is still in progress: failures are listed once it ends.</source>
        <translation>Der Lauf ist noch im Gange: Fehlschläge werden aufgelistet, sobald er endet.</translation>
    </message>
    <message>
        <source>No step failed in this run.</source>
        <translation>In diesem Lauf ist kein Schritt fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Could not read the job&apos;s earlier runs: %1</source>
        <translation>Die früheren Läufe des Jobs konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::TriggerDialog</name>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Trigger run</source>
        <translation>Lauf starten</translation>
    </message>
    <message>
        <source>Triggered from dbt Cloud Console</source>
        <translation>Gestartet aus dbt Cloud Console</translation>
    </message>
    <message>
        <source>Why this run was started; dbt Cloud shows it in the run&apos;s history.</source>
        <translation>Warum dieser Lauf gestartet wurde; dbt Cloud zeigt es im Verlauf des Laufs.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Commit SHA</source>
        <translation>Commit-SHA</translation>
    </message>
    <message>
        <source>&amp;Git:</source>
        <translation>&amp;Git:</translation>
    </message>
    <message>
        <source>environment&apos;s schema</source>
        <translation>Schema der Umgebung</translation>
    </message>
    <message>
        <source>&amp;Schema:</source>
        <translation>&amp;Schema:</translation>
    </message>
    <message>
        <source>dbt &amp;version:</source>
        <translation>dbt-&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <source>T&amp;arget name:</source>
        <translation>T&amp;arget-Name:</translation>
    </message>
    <message>
        <source>&amp;Docs:</source>
        <translation>&amp;Doku:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>Zeit&amp;limit:</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Replace the job&apos;s steps for this run</source>
        <translation>Die Schritte des Jobs für diesen Lauf ersetzen</translation>
    </message>
    <message>
        <source>Nothing is sent until you click Trigger run. The new run is then selected and followed live.</source>
        <translation>Nichts wird gesendet, bevor Sie auf „Lauf starten“ klicken. Der neue Lauf wird dann gewählt und live verfolgt.</translation>
    </message>
    <message>
        <source>job #%1</source>
        <translation>Job #%1</translation>
    </message>
    <message>
        <source>Job default (%1)</source>
        <translation>Job-Standard (%1)</translation>
    </message>
    <message>
        <source>environment&apos;s</source>
        <translation>der Umgebung</translation>
    </message>
    <message>
        <source>Job default</source>
        <translation>Job-Standard</translation>
    </message>
    <message>
        <source>job default</source>
        <translation>Job-Standard</translation>
    </message>
    <message>
        <source>job default: %1</source>
        <translation>Job-Standard: %1</translation>
    </message>
    <message>
        <source>environment&apos;s branch</source>
        <translation>Branch der Umgebung</translation>
    </message>
    <message>
        <source>Job default (generate)</source>
        <translation>Job-Standard (erzeugen)</translation>
    </message>
    <message>
        <source>Job default (don&apos;t generate)</source>
        <translation>Job-Standard (nicht erzeugen)</translation>
    </message>
    <message>
        <source>Generate docs</source>
        <translation>Doku erzeugen</translation>
    </message>
    <message>
        <source>Don&apos;t generate docs</source>
        <translation>Keine Doku erzeugen</translation>
    </message>
    <message>
        <source>Job default (%1 min)</source>
        <translation>Job-Standard (%1 min)</translation>
    </message>
    <message>
        <source>Job default (none)</source>
        <translation>Job-Standard (keines)</translation>
    </message>
    <message>
        <source>Run #%1 of this job is %2. Runs of a job execute one at a time, so a new run would wait until it finishes.</source>
        <translation>Lauf #%1 dieses Jobs ist %2. Die Läufe eines Jobs laufen nacheinander, daher würde ein neuer Lauf warten, bis er endet.</translation>
    </message>
    <message>
        <source>Follow run #%1 instead</source>
        <translation>Stattdessen Lauf #%1 verfolgen</translation>
    </message>
    <message>
        <source>Give a reason: dbt Cloud requires one for every run.</source>
        <translation>Geben Sie einen Grund an: dbt Cloud verlangt ihn für jeden Lauf.</translation>
    </message>
    <message>
        <source>A commit SHA is 7 to 40 hexadecimal characters.</source>
        <translation>Ein Commit-SHA hat 7 bis 40 Hexadezimalzeichen.</translation>
    </message>
    <message>
        <source>Git branch names cannot contain spaces.</source>
        <translation>Git-Branch-Namen dürfen keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Triggering…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Trigger again</source>
        <translation>Erneut starten</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::TriggerStepsEditor</name>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Add a dbt command</source>
        <translation>Einen dbt-Befehl hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Add at least one step.</source>
        <translation>Fügen Sie mindestens einen Schritt hinzu.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::WelcomePage</name>
    <message>
        <source>Add a connection…</source>
        <translation>Verbindung hinzufügen…</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>Welcome to dbt Cloud Console</source>
        <translation>Willkommen bei dbt Cloud Console</translation>
    </message>
    <message>
        <source>Watch every job run across your dbt Cloud accounts live, find out why a run went red, and act on it, from one native window.

Connect with a service token or personal access token; it is kept in your system keychain, never on disk. Or look around first in a demo account served by a built-in simulator: nothing leaves your computer.</source>
        <translation>Verfolgen Sie jeden Joblauf in all Ihren dbt-Cloud-Konten live, finden Sie heraus, warum ein Lauf rot wurde, und handeln Sie, alles in einem nativen Fenster.

Verbinden Sie sich mit einem Service-Token oder einem persönlichen Zugriffstoken; es liegt im Schlüsselbund Ihres Systems, nie auf der Platte. Oder sehen Sie sich zuerst in einem Demo-Konto um, das ein eingebauter Simulator bereitstellt: nichts verlässt Ihren Rechner.</translation>
    </message>
    <message>
        <source>Connect to a dbt Cloud account with an API token</source>
        <translation>Mit einem API-Token mit einem dbt-Cloud-Konto verbinden</translation>
    </message>
    <message>
        <source>Open a simulated account with live runs</source>
        <translation>Ein simuliertes Konto mit Live-Läufen öffnen</translation>
    </message>
</context>
<context>
    <name>LogDocument</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No earlier finished run of this job to compare with.</source>
        <translation>Kein früherer beendeter Lauf dieses Jobs zum Vergleich.</translation>
    </message>
    <message>
        <source>Looking at the job&apos;s earlier runs…</source>
        <translation>Die früheren Läufe des Jobs werden durchgesehen…</translation>
    </message>
    <message>
        <source>run %1 (%2)</source>
        <translation>Lauf %1 (%2)</translation>
    </message>
    <message>
        <source>New in this run: it passed in the previous run, %1.</source>
        <translation>Neu in diesem Lauf: im vorigen Lauf, %1, war es erfolgreich.</translation>
    </message>
    <message>
        <source>The code changed since (now %1).</source>
        <translation>Der Code hat sich seitdem geändert (jetzt %1).</translation>
    </message>
    <message>
        <source>Failing since %1; last passed in %2.</source>
        <translation>Schlägt fehl seit %1; zuletzt erfolgreich in %2.</translation>
    </message>
    <message>
        <source>New in this run: last passed in %1; the runs since did not run it.</source>
        <translation>Neu in diesem Lauf: zuletzt erfolgreich in %1; die Läufe seitdem haben es nicht ausgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>Failing in every earlier run read (%n run(s)), oldest failure in %1.</source>
        <translation>
            <numerusform>Schlägt in jedem gelesenen früheren Lauf fehl (%n Lauf), ältester Fehlschlag in %1.</numerusform>
            <numerusform>Schlägt in jedem gelesenen früheren Lauf fehl (%n Läufe), ältester Fehlschlag in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not found in the %n earlier run(s) read.</source>
        <translation>
            <numerusform>Nicht gefunden in dem %n gelesenen früheren Lauf.</numerusform>
            <numerusform>Nicht gefunden in den %n gelesenen früheren Läufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
</context>
</TS>
