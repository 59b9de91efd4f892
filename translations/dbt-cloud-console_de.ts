<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountTreeModel</name>
    <message>
        <source>Environments, connections, repositories, users, groups, service tokens, webhooks</source>
        <translation>Umgebungen, Verbindungen, Repositorys, Benutzer, Gruppen, Service-Tokens, Webhooks</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Demo (built-in simulator)</source>
        <translation>Demo (eingebauter Simulator)</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 Konten</translation>
    </message>
</context>
<context>
    <name>AdminArea</name>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Repositories</source>
        <translation>Repositorys</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Service tokens</source>
        <translation>Service-Tokens</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>environments</source>
        <comment>in a sentence</comment>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>connections</source>
        <comment>in a sentence</comment>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>repositories</source>
        <comment>in a sentence</comment>
        <translation>Repositorys</translation>
    </message>
    <message>
        <source>users</source>
        <comment>in a sentence</comment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>groups</source>
        <comment>in a sentence</comment>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>service tokens</source>
        <comment>in a sentence</comment>
        <translation>Service-Tokens</translation>
    </message>
    <message>
        <source>webhooks</source>
        <comment>in a sentence</comment>
        <translation>Webhooks</translation>
    </message>
</context>
<context>
    <name>Dbtc::App</name>
    <message>
        <source>Write the lineage graph of the whole project (or of the selection) as SVG or PNG.</source>
        <translation>Den Lineage-Graphen des ganzen Projekts (oder der Auswahl) als SVG oder PNG schreiben.</translation>
    </message>
    <message>
        <source>out</source>
        <translation>ausgabe</translation>
    </message>
    <message>
        <source>Only the nodes this dbt selection picks.</source>
        <translation>Nur die Knoten, die diese dbt-Auswahl erfasst.</translation>
    </message>
    <message>
        <source>expression</source>
        <translation>ausdruck</translation>
    </message>
    <message>
        <source>Leave out the nodes this dbt selection picks.</source>
        <translation>Die Knoten auslassen, die diese dbt-Auswahl erfasst.</translation>
    </message>
    <message>
        <source>Only the nodes of this YAML selector from the manifest.</source>
        <translation>Nur die Knoten dieses YAML-Selektors aus dem Manifest.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Colours: light (default) or dark.</source>
        <translation>Farben: light (Standard) oder dark.</translation>
    </message>
    <message>
        <source>A manifest.json or a target/ folder.</source>
        <translation>Eine manifest.json oder ein Ordner target/.</translation>
    </message>
    <message>
        <source>--export-lineage needs exactly one manifest.json or target/ folder</source>
        <translation>--export-lineage braucht genau eine manifest.json oder einen Ordner target/</translation>
    </message>
    <message>
        <source>%1: the file name must end in .svg or .png</source>
        <translation>%1: der Dateiname muss auf .svg oder .png enden</translation>
    </message>
    <message>
        <source>the selection picks no nodes: nothing to draw</source>
        <translation>die Auswahl erfasst keine Knoten: nichts zu zeichnen</translation>
    </message>
    <message>
        <source>%1: %2 nodes, %3 edges</source>
        <translation>%1: %2 Knoten, %3 Kanten</translation>
    </message>
</context>
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
    <message>
        <source>%1: the extra CA certificates could not be used: %2. Edit the connection to choose another file.</source>
        <translation>%1: die zusätzlichen CA-Zertifikate konnten nicht verwendet werden: %2. Bearbeiten Sie die Verbindung, um eine andere Datei zu wählen.</translation>
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
    <name>Dbtc::App::Settings</name>
    <message>
        <source>Your settings file could not be read, so the console started with fresh settings. The old file is kept as %1.</source>
        <translation>Ihre Einstellungsdatei konnte nicht gelesen werden, daher wurde die Konsole mit neuen Einstellungen gestartet. Die alte Datei bleibt als %1 erhalten.</translation>
    </message>
    <message>
        <source>Your settings file %1 could not be read; the console runs with fresh settings.</source>
        <translation>Ihre Einstellungsdatei %1 konnte nicht gelesen werden; die Konsole läuft mit neuen Einstellungen.</translation>
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
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>after %1 (%2)</source>
        <translation>nach %1 (%2)</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>A job needs a name.</source>
        <translation>Ein Job braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; dbt Cloud takes 255.</source>
        <translation>Der Name ist %1 Zeichen lang; dbt Cloud erlaubt 255.</translation>
    </message>
    <message>
        <source>Choose the environment the job runs in.</source>
        <translation>Wählen Sie die Umgebung, in der der Job läuft.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>A job needs at least one step, such as &quot;dbt build&quot;.</source>
        <translation>Ein Job braucht mindestens einen Schritt, etwa „dbt build“.</translation>
    </message>
    <message>
        <source>The schedule is not valid cron: %1.</source>
        <translation>Der Zeitplan ist kein gültiger Cron-Ausdruck: %1.</translation>
    </message>
    <message>
        <source>Threads must be between 1 and 64.</source>
        <translation>Die Zahl der Threads muss zwischen 1 und 64 liegen.</translation>
    </message>
    <message>
        <source>The timeout must be between 0 (none) and 24 hours.</source>
        <translation>Das Zeitlimit muss zwischen 0 (keines) und 24 Stunden liegen.</translation>
    </message>
    <message>
        <source>Choose the job this one runs after.</source>
        <translation>Wählen Sie den Job, nach dem dieser läuft.</translation>
    </message>
    <message>
        <source>Choose at least one outcome (success, error, cancelled) that starts it.</source>
        <translation>Wählen Sie mindestens ein Ergebnis (Erfolg, Fehler, Abgebrochen), das ihn startet.</translation>
    </message>
    <message>
        <source>A job cannot run after itself.</source>
        <translation>Ein Job kann nicht nach sich selbst laufen.</translation>
    </message>
    <message>
        <source>The target name cannot be empty (dbt Cloud&apos;s default is &quot;default&quot;).</source>
        <translation>Der Target-Name darf nicht leer sein (der Standard von dbt Cloud ist „default“).</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>dbt version</source>
        <translation>dbt-Version</translation>
    </message>
    <message>
        <source>environment&apos;s</source>
        <translation>der Umgebung</translation>
    </message>
    <message>
        <source>steps: %1 → %2</source>
        <translation>Schritte: %1 → %2</translation>
    </message>
    <message>
        <source>job type</source>
        <translation>Job-Typ</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>cron</source>
        <translation>Cron</translation>
    </message>
    <message>
        <source>run on pull requests</source>
        <translation>bei Pull-Requests ausführen</translation>
    </message>
    <message>
        <source>run on draft pull requests</source>
        <translation>bei Entwurfs-Pull-Requests ausführen</translation>
    </message>
    <message>
        <source>run on merge</source>
        <translation>bei Merge ausführen</translation>
    </message>
    <message>
        <source>custom branch only</source>
        <translation>nur eigener Branch</translation>
    </message>
    <message>
        <source>runs after</source>
        <translation>läuft nach</translation>
    </message>
    <message>
        <source>target name</source>
        <translation>Target-Name</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>generate docs</source>
        <translation>Doku erzeugen</translation>
    </message>
    <message>
        <source>generate sources</source>
        <translation>Quellen-Aktualität prüfen</translation>
    </message>
    <message>
        <source>defer to environment</source>
        <translation>Defer auf Umgebung</translation>
    </message>
    <message>
        <source>defer to job</source>
        <translation>Defer auf Job</translation>
    </message>
    <message>
        <source>compare changes</source>
        <translation>Änderungen vergleichen</translation>
    </message>
    <message>
        <source>compare changes flags</source>
        <translation>Flags für den Änderungsvergleich</translation>
    </message>
    <message>
        <source>lint SQL</source>
        <translation>SQL linten</translation>
    </message>
    <message>
        <source>fail on lint errors</source>
        <translation>bei Lint-Fehlern fehlschlagen</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>This file is not a dbt Cloud job export: %1.</source>
        <translation>Diese Datei ist kein dbt-Cloud-Job-Export: %1.</translation>
    </message>
    <message>
        <source>The trigger on completion of job %1 was left out: that job belongs to another project.</source>
        <translation>Der Auslöser bei Abschluss von Job %1 wurde ausgelassen: dieser Job gehört zu einem anderen Projekt.</translation>
    </message>
    <message>
        <source>Deferral was left out: it pointed into another project.</source>
        <translation>Defer wurde ausgelassen: es verwies in ein anderes Projekt.</translation>
    </message>
    <message>
        <source>The job runs in this project&apos;s environment %1 instead of %2.</source>
        <translation>Der Job läuft in der Umgebung %1 dieses Projekts statt in %2.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Custom branch</source>
        <translation>Eigener Branch</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Clone strategy</source>
        <translation>Klonstrategie</translation>
    </message>
    <message>
        <source>Deploy key</source>
        <translation>Deploy-Key</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Permission sets</source>
        <translation>Berechtigungssätze</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>SSO groups</source>
        <translation>SSO-Gruppen</translation>
    </message>
    <message>
        <source>Assigned by default</source>
        <translation>Standardmäßig zugewiesen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>Letzte Zustellung</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Zuletzt gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Noch nicht gesendet</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Default branch</source>
        <translation>Standard-Branch</translation>
    </message>
    <message>
        <source>Key #%1 (not shown)</source>
        <translation>Schlüssel #%1 (nicht angezeigt)</translation>
    </message>
    <message>
        <source>Deploy keys are masked: copy them in dbt Cloud</source>
        <translation>Deploy-Keys sind maskiert: Kopieren Sie sie in dbt Cloud</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Developer</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Alle Jobs</translation>
    </message>
    <message>
        <source>Not delivered yet</source>
        <translation>Noch nicht zugestellt</translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::AdminDirectory</name>
    <message>
        <source>This connection has no client.</source>
        <translation>Diese Verbindung hat keinen Client.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
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
    <name>Dbtc::Models::HistoryWorker</name>
    <message>
        <source>the history database is not open</source>
        <translation>die Verlaufsdatenbank ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::InboxModel</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>wiederkehrend</translation>
    </message>
    <message>
        <source>flaky</source>
        <translation>instabil</translation>
    </message>
    <message>
        <source>resolved (%1)</source>
        <translation>behoben (%1)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::JobDraft</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::JobWriter</name>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Some fields need a change before saving.</source>
        <translation>Einige Felder müssen vor dem Speichern geändert werden.</translation>
    </message>
    <message>
        <source>The last change to this job is still being saved.</source>
        <translation>Die letzte Änderung an diesem Job wird noch gespeichert.</translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::LogDocument</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
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
    <name>Dbtc::Models::PulseModel</name>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>Environment %1</source>
        <translation>Umgebung %1</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>%1 of %2 failing</source>
        <translation>%1 von %2 schlagen fehl</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed once since %1</source>
        <translation>Seit %1 einmal fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 failed runs in a row since %2</source>
        <translation>%1 fehlgeschlagene Läufe in Folge seit %2</translation>
    </message>
    <message>
        <source>The schedule (%1, UTC) should have started a run at %2; none came.</source>
        <translation>Der Zeitplan (%1, UTC) hätte um %2 einen Lauf starten sollen; es kam keiner.</translation>
    </message>
    <message>
        <source>%1 (from the history: not refreshed yet)</source>
        <translation>%1 (aus dem Verlauf: noch nicht aktualisiert)</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Noch keine Läufe</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>no schedule</source>
        <translation>kein Zeitplan</translation>
    </message>
    <message>
        <source>1 job</source>
        <translation>1 Job</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>%1 Jobs</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>Letzter Status</translation>
    </message>
    <message>
        <source>Failing since</source>
        <translation>Fehlschlag seit</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <source>Overdue since</source>
        <translation>Überfällig seit</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>In flight in this group as the watch last counted: %1</source>
        <translation>In dieser Gruppe unterwegs, zuletzt von der Beobachtung gezählt: %1</translation>
    </message>
    <message>
        <source>%1 (starting runs count as running), as the watch last counted</source>
        <translation>%1 (startende Läufe zählen als laufend), zuletzt von der Beobachtung gezählt</translation>
    </message>
    <message>
        <source>The newest run, as the history last saw it (not counted yet)</source>
        <translation>Der neueste Lauf, wie ihn der Verlauf zuletzt sah (noch nicht gezählt)</translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::QuickOpenModel</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Run #%1</source>
        <translation>Lauf #%1</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
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
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Not connected: this connection has no token. Edit the connection to add one.</source>
        <translation>Nicht verbunden: Diese Verbindung hat kein Token. Bearbeiten Sie die Verbindung, um eines hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::RunComparison</name>
    <message>
        <source>Reading both runs&apos; artifacts…</source>
        <translation>Die Artefakte beider Läufe werden gelesen…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Pick two different runs to compare.</source>
        <translation>Wählen Sie zwei verschiedene Läufe zum Vergleichen.</translation>
    </message>
    <message>
        <source>Looking for the last successful run…</source>
        <translation>Der letzte erfolgreiche Lauf wird gesucht…</translation>
    </message>
    <message>
        <source>Run #%1 could not be loaded: %2</source>
        <translation>Lauf #%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>The job&apos;s runs could not be listed: %1</source>
        <translation>Die Läufe des Jobs konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>This job has no successful run before run #%1 to compare with.</source>
        <translation>Dieser Job hat vor Lauf #%1 keinen erfolgreichen Lauf zum Vergleichen.</translation>
    </message>
    <message>
        <source>Run #%1</source>
        <translation>Lauf #%1</translation>
    </message>
    <message>
        <source>Loading runs #%1 and #%2…</source>
        <translation>Läufe #%1 und #%2 werden geladen…</translation>
    </message>
    <message>
        <source>Runs #%1 and #%2 belong to different projects; only runs of one project can be compared.</source>
        <translation>Die Läufe #%1 und #%2 gehören zu verschiedenen Projekten; nur Läufe eines Projekts können verglichen werden.</translation>
    </message>
    <message>
        <source>Run #%1 has not finished yet, so it has no results to compare.</source>
        <translation>Lauf #%1 ist noch nicht beendet und hat daher keine Ergebnisse zum Vergleichen.</translation>
    </message>
    <message>
        <source>Downloading the artifacts of run #%1…</source>
        <translation>Die Artefakte von Lauf #%1 werden heruntergeladen…</translation>
    </message>
    <message>
        <source>Run #%1 saved no run_results.json (it may have stopped before dbt ran).</source>
        <translation>Lauf #%1 hat keine run_results.json gespeichert (er hat vielleicht angehalten, bevor dbt lief).</translation>
    </message>
    <message>
        <source>The run_results.json of run #%1 could not be downloaded: %2</source>
        <translation>Die run_results.json von Lauf #%1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>Comparing the runs&apos; results…</source>
        <translation>Die Ergebnisse der Läufe werden verglichen…</translation>
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
    <name>Dbtc::Models::RunDiffStatusModel</name>
    <message>
        <source>new</source>
        <comment>a node only the newer run has</comment>
        <translation>neu</translation>
    </message>
    <message>
        <source>gone</source>
        <comment>a node only the older run has</comment>
        <translation>entfallen</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::RunDiffTimingModel</name>
    <message>
        <source>—</source>
        <comment>no ratio: the node took no time before</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Before (s)</source>
        <translation>Vorher (s)</translation>
    </message>
    <message>
        <source>After (s)</source>
        <translation>Nachher (s)</translation>
    </message>
    <message>
        <source>Change (s)</source>
        <translation>Änderung (s)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
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
    <name>Dbtc::Models::RunSettingsDiff</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 (both runs)</source>
        <translation>%1 (beide Läufe)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
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
        <source>dbt version</source>
        <translation>dbt-Version</translation>
    </message>
    <message>
        <source>Git branch</source>
        <translation>Git-Branch</translation>
    </message>
    <message>
        <source>Git commit</source>
        <translation>Git-Commit</translation>
    </message>
    <message>
        <source>Triggered by</source>
        <translation>Ausgelöst durch</translation>
    </message>
    <message>
        <source>Target name override</source>
        <translation>Überschreibung: Target-Name</translation>
    </message>
    <message>
        <source>Schema override</source>
        <translation>Überschreibung: Schema</translation>
    </message>
    <message>
        <source>dbt version override</source>
        <translation>Überschreibung: dbt-Version</translation>
    </message>
    <message>
        <source>Threads override</source>
        <translation>Überschreibung: Threads</translation>
    </message>
    <message>
        <source>Generate docs override</source>
        <translation>Überschreibung: Doku erzeugen</translation>
    </message>
    <message>
        <source>Timeout override (s)</source>
        <translation>Überschreibung: Zeitlimit (s)</translation>
    </message>
    <message>
        <source>Steps override</source>
        <translation>Überschreibung: Schritte</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::RunSettingsModel</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::SqlDiffModel</name>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
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
    <name>Dbtc::Models::StepSelectionPreviewer</name>
    <message>
        <source>1 model</source>
        <translation>1 Modell</translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation>%1 Modelle</translation>
    </message>
    <message>
        <source>1 test</source>
        <translation>1 Test</translation>
    </message>
    <message>
        <source>%1 tests</source>
        <translation>%1 Tests</translation>
    </message>
    <message>
        <source>1 seed</source>
        <translation>1 Seed</translation>
    </message>
    <message>
        <source>%1 seeds</source>
        <translation>%1 Seeds</translation>
    </message>
    <message>
        <source>1 snapshot</source>
        <translation>1 Snapshot</translation>
    </message>
    <message>
        <source>%1 snapshots</source>
        <translation>%1 Snapshots</translation>
    </message>
    <message>
        <source>1 source</source>
        <translation>1 Quelle</translation>
    </message>
    <message>
        <source>%1 sources</source>
        <translation>%1 Quellen</translation>
    </message>
    <message>
        <source>1 other</source>
        <translation>1 sonstiger</translation>
    </message>
    <message>
        <source>%1 others</source>
        <translation>%1 sonstige</translation>
    </message>
    <message>
        <source>1 node</source>
        <translation>1 Knoten</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 Knoten</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Could not find the environment&apos;s last successful run: %1</source>
        <translation>Der letzte erfolgreiche Lauf der Umgebung wurde nicht gefunden: %1</translation>
    </message>
    <message>
        <source>No successful run in this environment yet, so there is no manifest to evaluate the selection against.</source>
        <translation>In dieser Umgebung gab es noch keinen erfolgreichen Lauf, daher gibt es kein Manifest, an dem die Auswahl ausgewertet werden könnte.</translation>
    </message>
    <message>
        <source>Run #%1 has no manifest.json to evaluate the selection against.</source>
        <translation>Lauf #%1 hat keine manifest.json, an der die Auswahl ausgewertet werden könnte.</translation>
    </message>
    <message>
        <source>Could not download the manifest of run #%1: %2</source>
        <translation>Das Manifest von Lauf #%1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>The run does not list the failed step &quot;%1&quot;.</source>
        <translation>Der Lauf führt den fehlgeschlagenen Schritt „%1“ nicht auf.</translation>
    </message>
    <message>
        <source>Could not read the run&apos;s steps: %1</source>
        <translation>Die Schritte des Laufs konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The failed step left no run_results.json, so the nodes it would rerun are unknown.</source>
        <translation>Der fehlgeschlagene Schritt hat keine run_results.json hinterlassen, daher ist unbekannt, welche Knoten er wiederholen würde.</translation>
    </message>
    <message>
        <source>Could not download the failed step&apos;s run_results.json: %1</source>
        <translation>Die run_results.json des fehlgeschlagenen Schritts konnte nicht heruntergeladen werden: %1</translation>
    </message>
    <message>
        <source>The failed step&apos;s run_results.json could not be read.</source>
        <translation>Die run_results.json des fehlgeschlagenen Schritts konnte nicht gelesen werden.</translation>
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
    <name>Dbtc::Models::WriteAccess</name>
    <message>
        <source>run jobs</source>
        <translation>Jobs ausführen</translation>
    </message>
    <message>
        <source>change jobs</source>
        <translation>Jobs ändern</translation>
    </message>
    <message>
        <source>change projects</source>
        <translation>Projekte ändern</translation>
    </message>
    <message>
        <source>change environments</source>
        <translation>Umgebungen ändern</translation>
    </message>
    <message>
        <source>change connections and repositories</source>
        <translation>Verbindungen und Repositorys ändern</translation>
    </message>
    <message>
        <source>change users</source>
        <translation>Benutzer ändern</translation>
    </message>
    <message>
        <source>change groups</source>
        <translation>Gruppen ändern</translation>
    </message>
    <message>
        <source>change service tokens</source>
        <translation>Service-Tokens ändern</translation>
    </message>
    <message>
        <source>change webhooks</source>
        <translation>Webhooks ändern</translation>
    </message>
    <message>
        <source>This token may not %1 (dbt Cloud answered 403). Ask an account admin for a token with the permission.</source>
        <translation>Dieses Token darf nicht %1 (dbt Cloud antwortete mit 403). Bitten Sie einen Konto-Admin um ein Token mit dieser Berechtigung.</translation>
    </message>
    <message>
        <source>This token may not %1: it needs %2.</source>
        <translation>Dieses Token darf nicht %1: dafür braucht es %2.</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between permission set names</comment>
        <translation> oder </translation>
    </message>
    <message>
        <source>This connection is read-only: it sends no writes. Edit the connection to allow them.</source>
        <translation>Diese Verbindung ist schreibgeschützt: sie sendet keine Änderungen. Bearbeiten Sie die Verbindung, um sie zu erlauben.</translation>
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
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message numerus="yes">
        <source>%n nodes</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tests</source>
        <translation>
            <numerusform>%n Test</numerusform>
            <numerusform>%n Tests</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file name must end in .svg or .png</source>
        <translation>%1: der Dateiname muss auf .svg oder .png enden</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot render the image</source>
        <translation>%1: das Bild kann nicht erzeugt werden</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::AdminPage</name>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>%1 durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Load this list again from dbt Cloud</source>
        <translation>Diese Liste erneut aus dbt Cloud laden</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>Deliveries of the selected webhook</source>
        <translation>Zustellungen des gewählten Webhooks</translation>
    </message>
    <message>
        <source>New service token…</source>
        <translation>Neues Service-Token…</translation>
    </message>
    <message>
        <source>New webhook…</source>
        <translation>Neuer Webhook…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Test senden</translation>
    </message>
    <message>
        <source>Test event sent; no delivery recorded yet.</source>
        <translation>Testereignis gesendet; noch keine Zustellung erfasst.</translation>
    </message>
    <message>
        <source>Test event delivered: the endpoint answered %1.</source>
        <translation>Testereignis zugestellt: Der Endpunkt antwortete %1.</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>Choose an account&apos;s administration in the navigator.</source>
        <translation>Wählen Sie im Navigator die Verwaltung eines Kontos.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 werden geladen…</translation>
    </message>
    <message>
        <source>Could not load %1</source>
        <translation>%1 konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>No %1</source>
        <translation>Keine %1</translation>
    </message>
    <message>
        <source>This account has none yet.</source>
        <translation>Dieses Konto hat noch keine.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Nichts passt zu „%1“</translation>
    </message>
    <message>
        <source>Search looks at every column.</source>
        <translation>Die Suche berücksichtigt jede Spalte.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Select a webhook first.</source>
        <translation>Wählen Sie zuerst einen Webhook.</translation>
    </message>
    <message>
        <source>Create a service token</source>
        <translation>Ein Service-Token erstellen</translation>
    </message>
    <message>
        <source>Subscribe a URL to run events</source>
        <translation>Eine URL für Lauf-Ereignisse anmelden</translation>
    </message>
    <message>
        <source>Change the selected webhook</source>
        <translation>Den gewählten Webhook ändern</translation>
    </message>
    <message>
        <source>Delete the selected webhook</source>
        <translation>Den gewählten Webhook löschen</translation>
    </message>
    <message>
        <source>Send a sample event to the selected webhook&apos;s URL</source>
        <translation>Ein Beispielereignis an die URL des gewählten Webhooks senden</translation>
    </message>
    <message>
        <source>Deliveries of “%1”</source>
        <translation>Zustellungen von „%1“</translation>
    </message>
    <message>
        <source>Deliveries: select a webhook</source>
        <translation>Zustellungen: Wählen Sie einen Webhook</translation>
    </message>
    <message>
        <source>Service token “%1” created.</source>
        <translation>Service-Token „%1“ erstellt.</translation>
    </message>
    <message>
        <source>Webhook “%1” created.</source>
        <translation>Webhook „%1“ erstellt.</translation>
    </message>
    <message>
        <source>Webhook “%1” saved.</source>
        <translation>Webhook „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Webhook löschen</translation>
    </message>
    <message>
        <source>Delete the webhook “%1”? dbt Cloud stops sending events to %2. This cannot be undone.</source>
        <translation>Den Webhook „%1“ löschen? dbt Cloud sendet dann keine Ereignisse mehr an %2. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Webhook “%1” deleted.</source>
        <translation>Webhook „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Could not delete “%1”: %2</source>
        <translation>„%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Sending a test event…</source>
        <translation>Testereignis wird gesendet…</translation>
    </message>
    <message>
        <source>Could not send the test event: %1</source>
        <translation>Das Testereignis konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>Test event %1 sent; waiting for its delivery…</source>
        <translation>Testereignis %1 gesendet; warte auf die Zustellung…</translation>
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
    <message>
        <source>Project graph</source>
        <translation>Projektgraph</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the previous node (Alt+Left)</source>
        <translation>Zurück zum vorigen Knoten (Alt+Links)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Forward to the next node (Alt+Right)</source>
        <translation>Vor zum nächsten Knoten (Alt+Rechts)</translation>
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
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Connected to account &quot;%1&quot; (%2 plan).</source>
        <translation>Mit Konto „%1“ verbunden (Tarif %2).</translation>
    </message>
    <message>
        <source>none: trust the system&apos;s certificate authorities</source>
        <translation>keine: den Zertifizierungsstellen des Systems vertrauen</translation>
    </message>
    <message>
        <source>A PEM file with your organisation&apos;s CA certificate, for a single-tenant host or a proxy that uses its own certificates</source>
        <translation>Eine PEM-Datei mit dem CA-Zertifikat Ihrer Organisation, für einen Single-Tenant-Host oder einen Proxy mit eigenen Zertifikaten</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificates:</source>
        <translation>Zusätzliche &amp;CA-Zertifikate:</translation>
    </message>
    <message>
        <source>CA certificates: %1.</source>
        <translation>CA-Zertifikate: %1.</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Zusätzliche CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Other accounts this token reaches. Each one checked appears under this connection in the navigator, with its own jobs, runs and rate limit.</source>
        <translation>Weitere Konten, die dieses Token erreicht. Jedes angehakte erscheint im Navigator unter dieser Verbindung, mit eigenen Jobs, Läufen und eigenem Ratenlimit.</translation>
    </message>
    <message>
        <source>Also &amp;show:</source>
        <translation>Auch &amp;zeigen:</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Found one account.</source>
        <translation>Ein Konto gefunden.</translation>
    </message>
    <message>
        <source>Found %1 accounts. Pick the main one; tick the others to show too.</source>
        <translation>%1 Konten gefunden. Wählen Sie das Hauptkonto; haken Sie die anderen an, die auch erscheinen sollen.</translation>
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
    <message>
        <source>Failure inbox</source>
        <translation>Fehlschlag-Eingang</translation>
    </message>
    <message>
        <source>Inbox · %1 open</source>
        <translation>Eingang · %1 offen</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Failure inbox: no open failures in the watched scope</source>
        <translation>Fehlschlag-Eingang: keine offenen Fehlschläge im beobachteten Bereich</translation>
    </message>
    <message>
        <source>Failure inbox: 1 open failure group</source>
        <translation>Fehlschlag-Eingang: 1 offene Fehlschlag-Gruppe</translation>
    </message>
    <message>
        <source>Failure inbox: %1 open failure groups</source>
        <translation>Fehlschlag-Eingang: %1 offene Fehlschlag-Gruppen</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::DeleteJobDialog</name>
    <message>
        <source>Delete Job</source>
        <translation>Job löschen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Delete the job “%1”?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Its schedule and triggers stop at once; its past runs stay in dbt Cloud. This cannot be undone from the console.&lt;/p&gt;&lt;p&gt;Type the job&apos;s name to confirm:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Den Job „%1“ löschen?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sein Zeitplan und seine Auslöser enden sofort; seine bisherigen Läufe bleiben in dbt Cloud. Das kann in der Konsole nicht rückgängig gemacht werden.&lt;/p&gt;&lt;p&gt;Geben Sie zur Bestätigung den Namen des Jobs ein:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type the job&apos;s name exactly to delete it</source>
        <translation>Geben Sie den Namen des Jobs exakt ein, um ihn zu löschen</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::GraphMinimap</name>
    <message>
        <source>The whole graph: click or drag to move the view</source>
        <translation>Der ganze Graph: klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
    <message>
        <source>Minimap</source>
        <translation>Übersichtskarte</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::GraphPainter</name>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test(s)</source>
        <translation>
            <numerusform>%n Test</numerusform>
            <numerusform>%n Tests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n sonstiger</numerusform>
            <numerusform>%n sonstige</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::InboxLabelDelegate</name>
    <message>
        <source>resolved · %1</source>
        <translation>behoben · %1</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>zurückgestellt</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::InboxPage</name>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>For an hour</source>
        <translation>Für eine Stunde</translation>
    </message>
    <message>
        <source>For a day</source>
        <translation>Für einen Tag</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>Für eine Woche</translation>
    </message>
    <message>
        <source>Until it changes</source>
        <translation>Bis sich etwas ändert</translation>
    </message>
    <message>
        <source>Stop snoozing</source>
        <translation>Nicht mehr zurückstellen</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>Behobene zeigen</translation>
    </message>
    <message>
        <source>Open in triage</source>
        <translation>In der Fehleranalyse öffnen</translation>
    </message>
    <message>
        <source>Failure inbox</source>
        <translation>Fehlschlag-Eingang</translation>
    </message>
    <message>
        <source>You know about this failure: it stays listed but never notifies</source>
        <translation>Sie kennen diesen Fehlschlag: er bleibt aufgelistet, löst aber keine Benachrichtigung aus</translation>
    </message>
    <message>
        <source>Quiet until the group turns recurring or flaky, or resolves</source>
        <translation>Stumm, bis die Gruppe wiederkehrend oder instabil wird oder behoben ist</translation>
    </message>
    <message>
        <source>Show the failure triage of the newest run it affected</source>
        <translation>Die Fehleranalyse des neuesten betroffenen Laufs zeigen</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Keep this group quiet for a while</source>
        <translation>Diese Gruppe eine Weile stumm halten</translation>
    </message>
    <message>
        <source>No failures</source>
        <translation>Keine Fehlschläge</translation>
    </message>
    <message>
        <source>Failing nodes of your watched jobs show up here, grouped by failure, as soon as a watched run finishes.</source>
        <translation>Fehlgeschlagene Knoten Ihrer beobachteten Jobs erscheinen hier, nach Fehlschlag gruppiert, sobald ein beobachteter Lauf endet.</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resolved</source>
        <translation>
            <numerusform>%n behoben</numerusform>
            <numerusform>%n behoben</numerusform>
        </translation>
    </message>
    <message>
        <source>from the history, not refreshed yet</source>
        <translation>aus dem Verlauf, noch nicht aktualisiert</translation>
    </message>
    <message>
        <source>Shown from the local history of earlier sessions; the watch has not polled since the start</source>
        <translation>Aus dem lokalen Verlauf früherer Sitzungen gezeigt; die Beobachtung hat seit dem Start noch nicht abgefragt</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::JobActions</name>
    <message>
        <source>New Job…</source>
        <translation>Neuer Job…</translation>
    </message>
    <message>
        <source>Edit Job…</source>
        <translation>Job bearbeiten…</translation>
    </message>
    <message>
        <source>Duplicate Job…</source>
        <translation>Job duplizieren…</translation>
    </message>
    <message>
        <source>Deactivate Job</source>
        <translation>Job deaktivieren</translation>
    </message>
    <message>
        <source>Delete Job…</source>
        <translation>Job löschen…</translation>
    </message>
    <message>
        <source>Export Job as JSON…</source>
        <translation>Job als JSON exportieren…</translation>
    </message>
    <message>
        <source>Import Job from JSON…</source>
        <translation>Job aus JSON importieren…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Create a job in this project</source>
        <translation>Einen Job in diesem Projekt erstellen</translation>
    </message>
    <message>
        <source>Read a job file (dbt-cloud-cli&apos;s job export) into this project</source>
        <translation>Eine Job-Datei (Job-Export von dbt-cloud-cli) in dieses Projekt einlesen</translation>
    </message>
    <message>
        <source>Change the job&apos;s settings</source>
        <translation>Die Einstellungen des Jobs ändern</translation>
    </message>
    <message>
        <source>Create a deactivated copy of the job</source>
        <translation>Eine deaktivierte Kopie des Jobs erstellen</translation>
    </message>
    <message>
        <source>Delete the job (asks for its name)</source>
        <translation>Den Job löschen (fragt nach seinem Namen)</translation>
    </message>
    <message>
        <source>Activate Job</source>
        <translation>Job aktivieren</translation>
    </message>
    <message>
        <source>Let the job&apos;s triggers start runs again</source>
        <translation>Die Auslöser des Jobs wieder Läufe starten lassen</translation>
    </message>
    <message>
        <source>Keep the job but start no runs from its triggers</source>
        <translation>Den Job behalten, aber über seine Auslöser keine Läufe starten</translation>
    </message>
    <message>
        <source>Save the job as dbt-cloud-cli&apos;s job export JSON</source>
        <translation>Den Job als Job-Export-JSON von dbt-cloud-cli speichern</translation>
    </message>
    <message>
        <source>Could not read the job: %1</source>
        <translation>Der Job konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Saved job %1.</source>
        <translation>Job %1 gespeichert.</translation>
    </message>
    <message>
        <source>Created job %1.</source>
        <translation>Job %1 erstellt.</translation>
    </message>
    <message>
        <source>A copy of %1, deactivated until you activate it.</source>
        <translation>Eine Kopie von %1, deaktiviert, bis Sie sie aktivieren.</translation>
    </message>
    <message>
        <source>Could not %1 the job: %2</source>
        <translation>Der Job konnte nicht %1 werden: %2</translation>
    </message>
    <message>
        <source>activate</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>deactivate</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Activated job %1.</source>
        <translation>Job %1 aktiviert.</translation>
    </message>
    <message>
        <source>Deactivated job %1.</source>
        <translation>Job %1 deaktiviert.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Deleted job %1.</source>
        <translation>Job %1 gelöscht.</translation>
    </message>
    <message>
        <source>Job files (*.json);;All files (*)</source>
        <translation>Job-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Job</source>
        <translation>Job exportieren</translation>
    </message>
    <message>
        <source>Import Job</source>
        <translation>Job importieren</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported job %1 to %2.</source>
        <translation>Job %1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the file is too large for a job</source>
        <translation>die Datei ist zu groß für einen Job</translation>
    </message>
    <message>
        <source>%1 is not a job file: %2</source>
        <translation>%1 ist keine Job-Datei: %2</translation>
    </message>
    <message>
        <source>Imported from %1: check the fields, then create the job.</source>
        <translation>Aus %1 importiert: Prüfen Sie die Felder und erstellen Sie dann den Job.</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::JobEditorDialog</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>New Job</source>
        <translation>Neuer Job</translation>
    </message>
    <message>
        <source>Edit Job — %1</source>
        <translation>Job bearbeiten — %1</translation>
    </message>
    <message>
        <source>Duplicate Job</source>
        <translation>Job duplizieren</translation>
    </message>
    <message>
        <source>Import Job</source>
        <translation>Job importieren</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Save Changes…</source>
        <translation>Änderungen speichern…</translation>
    </message>
    <message>
        <source>Create Job…</source>
        <translation>Job erstellen…</translation>
    </message>
    <message>
        <source>The environments and jobs to choose from could not be read: %1</source>
        <translation>Die wählbaren Umgebungen und Jobs konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>This would make a loop of jobs starting each other: %1.</source>
        <translation>Das ergäbe eine Schleife von Jobs, die sich gegenseitig starten: %1.</translation>
    </message>
    <message>
        <source>Choose when the job runs, or turn the schedule off.</source>
        <translation>Wählen Sie, wann der Job läuft, oder schalten Sie den Zeitplan aus.</translation>
    </message>
    <message>
        <source>Some fields need a change before saving.</source>
        <translation>Einige Felder müssen vor dem Speichern geändert werden.</translation>
    </message>
    <message>
        <source>Nothing changed: there is nothing to save.</source>
        <translation>Nichts geändert: Es gibt nichts zu speichern.</translation>
    </message>
    <message>
        <source>Save changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>Create job %1?</source>
        <translation>Job %1 erstellen?</translation>
    </message>
    <message>
        <source>These settings of the job change:</source>
        <translation>Diese Einstellungen des Jobs ändern sich:</translation>
    </message>
    <message>
        <source>The new job differs from what it started from in:</source>
        <translation>Der neue Job unterscheidet sich von seiner Vorlage in:</translation>
    </message>
    <message>
        <source>nothing: it is created as it is</source>
        <translation>nichts: Er wird unverändert erstellt</translation>
    </message>
    <message>
        <source>dbt Cloud did not save the job: %1</source>
        <translation>dbt Cloud hat den Job nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Let dbt Cloud choose</source>
        <translation>dbt Cloud wählen lassen</translation>
    </message>
    <message>
        <source>Scheduled (deploy)</source>
        <translation>Geplant (Deploy)</translation>
    </message>
    <message>
        <source>Continuous integration (CI)</source>
        <translation>Continuous Integration (CI)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiger</translation>
    </message>
    <message>
        <source>Job type:</source>
        <translation>Job-Typ:</translation>
    </message>
    <message>
        <source>The environment&apos;s version</source>
        <translation>Version der Umgebung</translation>
    </message>
    <message>
        <source>dbt version:</source>
        <translation>dbt-Version:</translation>
    </message>
    <message>
        <source>Active: triggers start runs</source>
        <translation>Aktiv: Auslöser starten Läufe</translation>
    </message>
    <message>
        <source>A deactivated job keeps its settings but starts no runs</source>
        <translation>Ein deaktivierter Job behält seine Einstellungen, startet aber keine Läufe</translation>
    </message>
    <message>
        <source>The dbt commands the job runs, in order:</source>
        <translation>Die dbt-Befehle, die der Job ausführt, der Reihe nach:</translation>
    </message>
    <message>
        <source>Generate docs on run</source>
        <translation>Beim Lauf Doku erzeugen</translation>
    </message>
    <message>
        <source>Run source freshness first</source>
        <translation>Zuerst Quellen-Aktualität prüfen</translation>
    </message>
    <message>
        <source>dbt Cloud&apos;s &quot;generate sources&quot;: dbt source freshness before the steps, its failure does not fail the run</source>
        <translation>„generate sources“ von dbt Cloud: dbt source freshness vor den Schritten; schlägt es fehl, schlägt der Lauf nicht fehl</translation>
    </message>
    <message>
        <source>Run on a schedule</source>
        <translation>Nach Zeitplan ausführen</translation>
    </message>
    <message>
        <source>Git provider</source>
        <translation>Git-Anbieter</translation>
    </message>
    <message>
        <source>Run on pull requests (git provider webhook)</source>
        <translation>Bei Pull-Requests ausführen (Webhook des Git-Anbieters)</translation>
    </message>
    <message>
        <source>Also run on draft pull requests</source>
        <translation>Auch bei Entwurfs-Pull-Requests ausführen</translation>
    </message>
    <message>
        <source>Run when a pull request is merged</source>
        <translation>Ausführen, wenn ein Pull-Request gemergt wird</translation>
    </message>
    <message>
        <source>Job completion</source>
        <translation>Job-Abschluss</translation>
    </message>
    <message>
        <source>Run when another job finishes</source>
        <translation>Ausführen, wenn ein anderer Job endet</translation>
    </message>
    <message>
        <source>After job:</source>
        <translation>Nach Job:</translation>
    </message>
    <message>
        <source>Succeeds</source>
        <translation>erfolgreich ist</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>fehlschlägt</translation>
    </message>
    <message>
        <source>Is cancelled</source>
        <translation>abgebrochen wird</translation>
    </message>
    <message>
        <source>When it:</source>
        <translation>Wenn er:</translation>
    </message>
    <message>
        <source>Target name:</source>
        <translation>Target-Name:</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>Threads:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source>Defer to:</source>
        <translation>Defer auf:</translation>
    </message>
    <message>
        <source>Compare changes (advanced CI)</source>
        <translation>Änderungen vergleichen (erweiterte CI)</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Vergleich:</translation>
    </message>
    <message>
        <source>Lint SQL before running</source>
        <translation>SQL vor dem Lauf linten</translation>
    </message>
    <message>
        <source>Fail the run on lint errors</source>
        <translation>Lauf bei Lint-Fehlern fehlschlagen lassen</translation>
    </message>
    <message>
        <source>Lint:</source>
        <translation>Lint:</translation>
    </message>
    <message>
        <source>No deferral</source>
        <translation>Kein Defer</translation>
    </message>
    <message>
        <source>%1 (development)</source>
        <translation>%1 (Entwicklung)</translation>
    </message>
    <message>
        <source>Environment %1</source>
        <translation>Umgebung %1</translation>
    </message>
    <message>
        <source>No job: the environment&apos;s latest state</source>
        <translation>Kein Job: der neueste Zustand der Umgebung</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::JobScheduleBox</name>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>At these hours (UTC)</source>
        <translation>Zu diesen Stunden (UTC)</translation>
    </message>
    <message>
        <source>Custom cron</source>
        <translation>Eigener Cron</translation>
    </message>
    <message>
        <source> hour(s)</source>
        <translation> Stunde(n)</translation>
    </message>
    <message>
        <source>minute </source>
        <translation>Minute </translation>
    </message>
    <message>
        <source>e.g. 6, 18</source>
        <translation>z. B. 6, 18</translation>
    </message>
    <message>
        <source>Five fields: minute hour day-of-month month day-of-week, in UTC</source>
        <translation>Fünf Felder: Minute Stunde Monatstag Monat Wochentag, in UTC</translation>
    </message>
    <message>
        <source>Past the hour at</source>
        <translation>Nach der vollen Stunde bei</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Stunden:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <source>Cron:</source>
        <translation>Cron:</translation>
    </message>
    <message>
        <source>Next five runs:</source>
        <translation>Nächste fünf Läufe:</translation>
    </message>
    <message>
        <source>On the account&apos;s clock (%1); dbt Cloud runs the cron in UTC.</source>
        <translation>Nach der Uhr des Kontos (%1); dbt Cloud führt den Cron in UTC aus.</translation>
    </message>
    <message>
        <source>In UTC: the account has no time zone set, and dbt Cloud runs the cron in UTC.</source>
        <translation>In UTC: Für das Konto ist keine Zeitzone festgelegt, und dbt Cloud führt den Cron in UTC aus.</translation>
    </message>
    <message>
        <source>Not a valid cron: %1</source>
        <translation>Kein gültiger Cron: %1</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>This cron never runs.</source>
        <translation>Dieser Cron läuft nie.</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::JobStepsPanel</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Show or hide the job&apos;s steps</source>
        <translation>Die Schritte des Jobs zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Selects</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Job steps</source>
        <translation>Job-Schritte</translation>
    </message>
    <message>
        <source>Loading the job&apos;s steps…</source>
        <translation>Die Schritte des Jobs werden geladen…</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>evaluating…</source>
        <translation>wird ausgewertet…</translation>
    </message>
    <message>
        <source>This job has no steps.</source>
        <translation>Dieser Job hat keine Schritte.</translation>
    </message>
    <message>
        <source>Evaluating the selection against the environment&apos;s latest manifest…</source>
        <translation>Die Auswahl wird am neuesten Manifest der Umgebung ausgewertet…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>cannot select: %1</source>
        <translation>Auswahl nicht möglich: %1</translation>
    </message>
    <message>
        <source>selects no nodes</source>
        <translation>wählt keine Knoten aus</translation>
    </message>
    <message>
        <source>selects %1</source>
        <translation>wählt %1 aus</translation>
    </message>
    <message>
        <source>Expand to list the nodes</source>
        <translation>Aufklappen, um die Knoten aufzulisten</translation>
    </message>
    <message>
        <source>as of the manifest of run #%1, the environment&apos;s last successful run</source>
        <translation>laut Manifest von Lauf #%1, dem letzten erfolgreichen Lauf der Umgebung</translation>
    </message>
    <message>
        <source>Could not read the job&apos;s steps: %1</source>
        <translation>Die Schritte des Jobs konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::JobTrendView</name>
    <message>
        <source>Last </source>
        <translation>Letzte </translation>
    </message>
    <message>
        <source> runs</source>
        <translation> Läufe</translation>
    </message>
    <message>
        <source>How many runs the chart shows</source>
        <translation>Wie viele Läufe das Diagramm zeigt</translation>
    </message>
    <message>
        <source>Run duration trend</source>
        <translation>Trend der Laufdauer</translation>
    </message>
    <message>
        <source>No finished runs of this job in the local history yet: runs are kept as the app sees them finish.</source>
        <translation>Noch keine beendeten Läufe dieses Jobs im lokalen Verlauf: Läufe werden gespeichert, sobald die App sie enden sieht.</translation>
    </message>
    <message>
        <source>p50 – p90 (%1 – %2)</source>
        <translation>p50 – p90 (%1 – %2)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Above p90</source>
        <translation>Über p90</translation>
    </message>
    <message>
        <source>Failed or cancelled</source>
        <translation>Fehlgeschlagen oder abgebrochen</translation>
    </message>
    <message>
        <source>Runs, oldest to newest</source>
        <translation>Läufe, vom ältesten zum neuesten</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Run #%1, %2
%3, queued %4
Click to open the run.</source>
        <translation>Lauf #%1, %2
%3, wartete %4
Klicken, um den Lauf zu öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s): typical %1, p90 %2, %3 above p90. Success rate %4 %. Queued %5 typically, %6 at worst.</source>
        <translation>
            <numerusform>%n Lauf: typisch %1, p90 %2, %3 über p90. Erfolgsquote %4 %. Wartezeit typisch %5, schlimmstenfalls %6.</numerusform>
            <numerusform>%n Läufe: typisch %1, p90 %2, %3 über p90. Erfolgsquote %4 %. Wartezeit typisch %5, schlimmstenfalls %6.</numerusform>
        </translation>
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
    <message>
        <source>&lt;h3&gt;dbt Cloud Console %1&lt;/h3&gt;&lt;p&gt;A native desktop console for dbt Cloud: live runs, failures and their causes.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3 (%4).&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL v3 or later. It uses Qt (LGPL v3), QtKeychain (BSD-3-Clause), simdjson (Apache-2.0), SQLite (public domain) and dtl (BSD-3-Clause).&lt;/p&gt;&lt;p&gt;dbt and dbt Cloud are trademarks of dbt Labs, Inc. This project is not affiliated with dbt Labs.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;dbt Cloud Console %1&lt;/h3&gt;&lt;p&gt;Eine native Desktop-Konsole für dbt Cloud: Läufe live, Fehlschläge und ihre Ursachen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3 (%4).&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL v3 oder neuer. Verwendet Qt (LGPL v3), QtKeychain (BSD-3-Clause), simdjson (Apache-2.0), SQLite (gemeinfrei) und dtl (BSD-3-Clause).&lt;/p&gt;&lt;p&gt;dbt und dbt Cloud sind Marken von dbt Labs, Inc. Dieses Projekt steht in keiner Verbindung zu dbt Labs.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Failure &amp;Inbox</source>
        <translation>Fehlschlag-&amp;Eingang</translation>
    </message>
    <message>
        <source>Failure &amp;Inbox (%1 open)</source>
        <translation>Fehlschlag-&amp;Eingang (%1 offen)</translation>
    </message>
    <message>
        <source>Duration Trends…</source>
        <translation>Dauer-Trends…</translation>
    </message>
    <message>
        <source>Model Performance…</source>
        <translation>Modell-Performance…</translation>
    </message>
    <message>
        <source>Duration trends — %1</source>
        <translation>Dauer-Trends — %1</translation>
    </message>
    <message>
        <source>Model performance — %1</source>
        <translation>Modell-Performance — %1</translation>
    </message>
    <message>
        <source>&amp;Compare Artifact Folders…</source>
        <translation>Artefakt-Ordner &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Compare: the older target/ folder (before)</source>
        <translation>Vergleich: der ältere Ordner target/ (vorher)</translation>
    </message>
    <message>
        <source>Compare: the newer target/ folder (after)</source>
        <translation>Vergleich: der neuere Ordner target/ (nachher)</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>Select exactly two runs to compare them.</source>
        <translation>Wählen Sie genau zwei Läufe, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Compare with Last Successful Run</source>
        <translation>Mit letztem erfolgreichem Lauf vergleichen</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>This connection is no longer in the console.</source>
        <translation>Diese Verbindung ist nicht mehr in der Konsole.</translation>
    </message>
    <message>
        <source>Compare runs #%1 and #%2</source>
        <translation>Läufe #%1 und #%2 vergleichen</translation>
    </message>
    <message>
        <source>Compare run #%1 with the last successful run</source>
        <translation>Lauf #%1 mit dem letzten erfolgreichen Lauf vergleichen</translation>
    </message>
    <message>
        <source>Compare artifact folders</source>
        <translation>Artefakt-Ordner vergleichen</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <source>No connection selected</source>
        <translation>Keine Verbindung gewählt</translation>
    </message>
    <message>
        <source>&amp;Pulse</source>
        <translation>&amp;Puls</translation>
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
    <message>
        <source>Watch Everything in This Account</source>
        <translation>Alles in diesem Konto beobachten</translation>
    </message>
    <message>
        <source>Watch Everything in This Project</source>
        <translation>Alles in diesem Projekt beobachten</translation>
    </message>
    <message>
        <source>Watch Everything in This Environment</source>
        <translation>Alles in dieser Umgebung beobachten</translation>
    </message>
    <message>
        <source>Record every job&apos;s runs here in the history and the failure inbox, and say each new failure</source>
        <translation>Die Läufe jedes Jobs hier im Verlauf und im Fehlschlag-Eingang festhalten und jeden neuen Fehlschlag melden</translation>
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
    <name>Dbtc::Ui::ModelPerformanceView</name>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Slowest</source>
        <translation>Langsamste</translation>
    </message>
    <message>
        <source>Most run</source>
        <translation>Am häufigsten gelaufen</translation>
    </message>
    <message>
        <source>Most failing</source>
        <translation>Am häufigsten fehlgeschlagen</translation>
    </message>
    <message>
        <source>Fastest growing</source>
        <translation>Am stärksten wachsend</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Zuwachs</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Execution time</source>
        <translation>Ausführungszeit</translation>
    </message>
    <message>
        <source>Newest run</source>
        <translation>Neuester Lauf</translation>
    </message>
    <message>
        <source>Reading the local history…</source>
        <translation>Der lokale Verlauf wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>No node results of this environment in the local history over the last %n day(s): results are kept for the runs the app watches.</source>
        <translation>
            <numerusform>Im lokalen Verlauf gibt es seit %n Tag keine Knotenergebnisse dieser Umgebung: Ergebnisse werden für die Läufe gespeichert, die die App beobachtet.</numerusform>
            <numerusform>Im lokalen Verlauf gibt es seit %n Tagen keine Knotenergebnisse dieser Umgebung: Ergebnisse werden für die Läufe gespeichert, die die App beobachtet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 node results of %n node(s) since %2. Double-click a node for its page, its newest run to open the run.</source>
        <translation>
            <numerusform>%1 Knotenergebnisse von %n Knoten seit %2. Doppelklicken Sie auf einen Knoten für seine Seite, auf seinen neuesten Lauf, um den Lauf zu öffnen.</numerusform>
            <numerusform>%1 Knotenergebnisse von %n Knoten seit %2. Doppelklicken Sie auf einen Knoten für seine Seite, auf seinen neuesten Lauf, um den Lauf zu öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Mean %1, longest %2</source>
        <translation>Mittelwert %1, längster %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Open the newest run that ran %1</source>
        <translation>Den neuesten Lauf öffnen, der %1 ausgeführt hat</translation>
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
    <name>Dbtc::Ui::NewServiceTokenDialog</name>
    <message>
        <source>Create token</source>
        <translation>Token erstellen</translation>
    </message>
    <message>
        <source>New service token</source>
        <translation>Neues Service-Token</translation>
    </message>
    <message>
        <source>e.g. Airflow production</source>
        <translation>z. B. Airflow Produktion</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Token-Name</translation>
    </message>
    <message>
        <source>Permission sets</source>
        <translation>Berechtigungssätze</translation>
    </message>
    <message>
        <source>The token gets these permission sets on every project of the account. Give it the least it needs.</source>
        <translation>Das Token erhält diese Berechtigungssätze für jedes Projekt des Kontos. Geben Sie ihm nur, was es braucht.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>Name the token and tick a permission set.</source>
        <translation>Benennen Sie das Token und haken Sie einen Berechtigungssatz an.</translation>
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
    <message>
        <source>Save the whole SQL…</source>
        <translation>Das ganze SQL speichern…</translation>
    </message>
    <message>
        <source>This SQL is %1: showing the first %2, the rest is too long to display here.</source>
        <translation>Dieses SQL ist %1 groß: gezeigt werden die ersten %2, der Rest ist zu lang für die Anzeige hier.</translation>
    </message>
    <message>
        <source>Save the whole SQL</source>
        <translation>Das ganze SQL speichern</translation>
    </message>
    <message>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>SQL-Dateien (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
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
    <message>
        <source>New failure: %1</source>
        <translation>Neuer Fehlschlag: %1</translation>
    </message>
    <message>
        <source>%1 new failures</source>
        <translation>%1 neue Fehlschläge</translation>
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
    <name>Dbtc::Ui::ProjectGraphCanvas</name>
    <message>
        <source>Project graph</source>
        <translation>Projektgraph</translation>
    </message>
    <message>
        <source>Open a manifest to see the whole project.</source>
        <translation>Öffnen Sie ein Manifest, um das ganze Projekt zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n node(s), double-click to open</source>
        <translation>
            <numerusform>%1: %n Knoten, zum Öffnen doppelklicken</numerusform>
            <numerusform>%1: %n Knoten, zum Öffnen doppelklicken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::ProjectGraphView</name>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Package → folder</source>
        <translation>Paket → Ordner</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Ressourcentyp</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Every node</source>
        <translation>Einzelne Knoten</translation>
    </message>
    <message>
        <source>How nodes are folded into groups (Selection: what --select picks, in one group among the rest); double-click a group to open it, click an open group&apos;s title to fold it again</source>
        <translation>Wie Knoten zu Gruppen zusammengefasst werden (Auswahl: was --select erfasst, als eine Gruppe unter den übrigen); doppelklicken Sie auf eine Gruppe, um sie zu öffnen, klicken Sie auf den Titel einer offenen Gruppe, um sie wieder zuzuklappen</translation>
    </message>
    <message>
        <source>Show tests as nodes of the graph</source>
        <translation>Tests als Knoten des Graphen zeigen</translation>
    </message>
    <message>
        <source>Find a node…</source>
        <translation>Knoten finden…</translation>
    </message>
    <message>
        <source>Enter pans and zooms to the next node whose name or unique_id contains the text</source>
        <translation>Die Eingabetaste führt zum nächsten Knoten, dessen Name oder unique_id den Text enthält</translation>
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
        <source>Clear path</source>
        <translation>Pfad aufheben</translation>
    </message>
    <message>
        <source>Shift+click a second node to light every path between it and the selected one; this clears it</source>
        <translation>Umschalt+Klick auf einen zweiten Knoten hebt jeden Pfad zwischen ihm und dem gewählten hervor; dies hebt die Hervorhebung auf</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save as PNG or SVG</source>
        <translation>Als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>This view…</source>
        <translation>Diese Ansicht…</translation>
    </message>
    <message>
        <source>The whole graph…</source>
        <translation>Den ganzen Graphen…</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n node(s)…</source>
        <translation>
            <numerusform>%n Knoten wird angeordnet…</numerusform>
            <numerusform>%n Knoten werden angeordnet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>No manifest open</source>
        <translation>Kein Manifest geöffnet</translation>
    </message>
    <message>
        <source>%1 nodes, %2 groups</source>
        <translation>%1 Knoten, %2 Gruppen</translation>
    </message>
    <message>
        <source>Project graph</source>
        <translation>Projektgraph</translation>
    </message>
    <message>
        <source>Export the whole project graph</source>
        <translation>Den ganzen Projektgraphen exportieren</translation>
    </message>
    <message>
        <source>Export this view</source>
        <translation>Diese Ansicht exportieren</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation>SVG-Zeichnung (*.svg);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export project graph</source>
        <translation>Projektgraph exportieren</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::PulsePage</name>
    <message>
        <source>Problems only</source>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <source>Search jobs, environments, projects…</source>
        <translation>Jobs, Umgebungen, Projekte suchen…</translation>
    </message>
    <message>
        <source>Show only jobs whose last run failed or that are overdue</source>
        <translation>Nur Jobs zeigen, deren letzter Lauf fehlgeschlagen ist oder die überfällig sind</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Puls</translation>
    </message>
    <message>
        <source>No jobs yet</source>
        <translation>Noch keine Jobs</translation>
    </message>
    <message>
        <source>The pulse fills in from the background watch: watch an account, a project or an environment (right-click it in the navigator), or star jobs.</source>
        <translation>Der Puls füllt sich aus der Beobachtung im Hintergrund: Beobachten Sie ein Konto, ein Projekt oder eine Umgebung (Rechtsklick im Navigator), oder markieren Sie Jobs mit Stern.</translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n schlägt fehl</numerusform>
            <numerusform>%n schlagen fehl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>from the history, not refreshed yet</source>
        <translation>aus dem Verlauf, noch nicht aktualisiert</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::QuickOpen</name>
    <message>
        <source>Go to</source>
        <translation>Gehe zu</translation>
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
        <source>Jump to a job, environment, project, account or run id…</source>
        <translation>Zu einem Job, einer Umgebung, einem Projekt, einem Konto oder einer Lauf-ID springen…</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::QuickOpenDelegate</name>
    <message>
        <source> · recent</source>
        <translation> · zuletzt verwendet</translation>
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
    <message>
        <source>Nodes that rerun</source>
        <translation>Knoten, die erneut laufen</translation>
    </message>
    <message>
        <source>The failed step reruns 1 node</source>
        <translation>Der fehlgeschlagene Schritt wiederholt 1 Knoten</translation>
    </message>
    <message>
        <source>The failed step reruns %1 nodes</source>
        <translation>Der fehlgeschlagene Schritt wiederholt %1 Knoten</translation>
    </message>
    <message>
        <source>%1 of the %2 its selection picks: %3 failed, %4 skipped.</source>
        <translation>%1 von den %2, die seine Auswahl erfasst: %3 fehlgeschlagen, %4 übersprungen.</translation>
    </message>
    <message>
        <source>%1: %2 failed, %3 skipped.</source>
        <translation>%1: %2 fehlgeschlagen, %3 übersprungen.</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Schritt: %1</translation>
    </message>
    <message>
        <source>failed · %1</source>
        <translation>fehlgeschlagen · %1</translation>
    </message>
    <message>
        <source>skipped · %1</source>
        <translation>übersprungen · %1</translation>
    </message>
    <message>
        <source>Show the node</source>
        <translation>Den Knoten zeigen</translation>
    </message>
    <message>
        <source>Show the %1 nodes</source>
        <translation>Die %1 Knoten zeigen</translation>
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
    <name>Dbtc::Ui::RunDiffView</name>
    <message>
        <source>Next Change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <source>Scroll to the next block of changed lines (F7)</source>
        <translation>Zum nächsten Block geänderter Zeilen blättern (F7)</translation>
    </message>
    <message>
        <source>Nothing compared yet</source>
        <translation>Noch nichts verglichen</translation>
    </message>
    <message>
        <source>Select two runs in the runs table and choose Compare Runs, or choose Compare with Last Successful Run on a failed run.</source>
        <translation>Wählen Sie zwei Läufe in der Lauftabelle und dann „Läufe vergleichen“, oder wählen Sie bei einem fehlgeschlagenen Lauf „Mit letztem erfolgreichem Lauf vergleichen“.</translation>
    </message>
    <message>
        <source>Comparing runs</source>
        <translation>Läufe werden verglichen</translation>
    </message>
    <message>
        <source>These runs cannot be compared</source>
        <translation>Diese Läufe können nicht verglichen werden</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>commits %1</source>
        <translation>Commits %1</translation>
    </message>
    <message>
        <source>Select a node to see its SQL before and after.</source>
        <translation>Wählen Sie einen Knoten, um sein SQL vorher und nachher zu sehen.</translation>
    </message>
    <message>
        <source>SQL is compared only when both runs have a manifest.json.</source>
        <translation>SQL wird nur verglichen, wenn beide Läufe eine manifest.json haben.</translation>
    </message>
    <message>
        <source>%1 status changes · %2 new · %3 gone · %4 nodes timed in both · %5 with changed SQL · %6 different settings or steps</source>
        <translation>%1 Statusänderungen · %2 neu · %3 entfallen · %4 Knoten in beiden gemessen · %5 mit geändertem SQL · %6 abweichende Einstellungen oder Schritte</translation>
    </message>
    <message>
        <source>no manifest:</source>
        <translation>kein Manifest:</translation>
    </message>
    <message numerus="yes">
        <source>%n different settings or steps</source>
        <translation>
            <numerusform>%n abweichende Einstellung oder Schritt</numerusform>
            <numerusform>%n abweichende Einstellungen oder Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Nodes Changed (%1)</source>
        <translation>Geänderte Knoten (%1)</translation>
    </message>
    <message>
        <source>Timing (%1)</source>
        <translation>Laufzeiten (%1)</translation>
    </message>
    <message>
        <source>SQL (%1)</source>
        <translation>SQL (%1)</translation>
    </message>
    <message>
        <source>Settings &amp;&amp; Steps (%1)</source>
        <translation>Einstellungen &amp;&amp; Schritte (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n changed lines</source>
        <translation>
            <numerusform>%1 · %n geänderte Zeile</numerusform>
            <numerusform>%1 · %n geänderte Zeilen</numerusform>
        </translation>
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
    <name>Dbtc::Ui::SelectionBar</name>
    <message>
        <source>e.g. tag:nightly+  path:models/marts  +orders</source>
        <translation>z. B. tag:nightly+  path:models/marts  +orders</translation>
    </message>
    <message>
        <source>dbt&apos;s --select: space is union, comma is intersection, + and @ walk the graph. Enter applies.</source>
        <translation>--select von dbt: Leerzeichen ist Vereinigung, Komma ist Schnittmenge, + und @ folgen dem Graphen. Die Eingabetaste wendet sie an.</translation>
    </message>
    <message>
        <source>e.g. tag:deprecated</source>
        <translation>z. B. tag:deprecated</translation>
    </message>
    <message>
        <source>dbt&apos;s --exclude: taken away from the selection</source>
        <translation>--exclude von dbt: wird von der Auswahl abgezogen</translation>
    </message>
    <message>
        <source>Selection error</source>
        <translation>Fehler in der Auswahl</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Apply the selection (Enter)</source>
        <translation>Die Auswahl anwenden (Eingabetaste)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show every node again</source>
        <translation>Wieder alle Knoten zeigen</translation>
    </message>
    <message>
        <source>--select</source>
        <translation>--select</translation>
    </message>
    <message>
        <source>--exclude</source>
        <translation>--exclude</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::SettingsDialog</name>
    <message>
        <source>Measuring…</source>
        <translation>Wird gemessen…</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>Belegt: %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Refresh interval while runs are in flight</source>
        <translation>Aktualisierungsintervall, während Läufe aktiv sind</translation>
    </message>
    <message>
        <source>Refresh interval when all is quiet</source>
        <translation>Aktualisierungsintervall, wenn alles ruhig ist</translation>
    </message>
    <message>
        <source>Runs list, while runs are in &amp;flight:</source>
        <translation>Laufliste, während Läufe a&amp;ktiv sind:</translation>
    </message>
    <message>
        <source>Runs list, when all is &amp;quiet:</source>
        <translation>Laufliste, wenn alles &amp;ruhig ist:</translation>
    </message>
    <message>
        <source>Watched jobs are checked in the background every minute, whatever is on screen.</source>
        <translation>Beobachtete Jobs werden jede Minute im Hintergrund geprüft, egal was gerade angezeigt wird.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when a watched job fails or recovers</source>
        <translation>Eine Desktop-&amp;Benachrichtigung zeigen, wenn ein beobachteter Job fehlschlägt oder wieder erfolgreich ist</translation>
    </message>
    <message>
        <source>&amp;Keep watching when the window is closed (the app stays in the tray)</source>
        <translation>&amp;Weiter beobachten, wenn das Fenster geschlossen ist (die App bleibt im Infobereich)</translation>
    </message>
    <message>
        <source>Appearance and connections</source>
        <translation>Darstellung und Verbindungen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>New connections are &amp;read-only (nothing can be triggered or cancelled)</source>
        <translation>Neue Verbindungen sind &amp;schreibgeschützt (nichts kann gestartet oder abgebrochen werden)</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Clear &amp;Cache</source>
        <translation>&amp;Cache leeren</translation>
    </message>
    <message>
        <source>Deletes downloaded run artifacts; they are downloaded again when needed.</source>
        <translation>Löscht heruntergeladene Artefakte von Läufen; sie werden bei Bedarf erneut heruntergeladen.</translation>
    </message>
    <message>
        <source>Downloaded &amp;artifacts, at most:</source>
        <translation>Heruntergeladene Ar&amp;tefakte, höchstens:</translation>
    </message>
    <message>
        <source>Clearing…</source>
        <translation>Wird geleert…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Clear &amp;History</source>
        <translation>&amp;Verlauf leeren</translation>
    </message>
    <message>
        <source>Run &amp;history, keep:</source>
        <translation>Verlauf der Läufe, be&amp;halten:</translation>
    </message>
    <message>
        <source>Run history, at &amp;most:</source>
        <translation>Verlauf der Läufe, &amp;maximal:</translation>
    </message>
    <message>
        <source>Clear history?</source>
        <translation>Verlauf leeren?</translation>
    </message>
    <message>
        <source>The run history, the failure inbox and its acknowledgements are deleted from this computer. Runs stay in dbt Cloud.</source>
        <translation>Der Verlauf der Läufe, der Fehlschlag-Eingang und seine Bestätigungen werden von diesem Rechner gelöscht. Die Läufe bleiben in dbt Cloud erhalten.</translation>
    </message>
    <message>
        <source>Some files could not be deleted</source>
        <translation>Einige Dateien konnten nicht gelöscht werden</translation>
    </message>
    <message>
        <source>The history could not be cleared</source>
        <translation>Der Verlauf konnte nicht geleert werden</translation>
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
    <message>
        <source>By thread</source>
        <translation>Nach Thread</translation>
    </message>
    <message>
        <source>By folder</source>
        <translation>Nach Ordner</translation>
    </message>
    <message>
        <source>By resource type</source>
        <translation>Nach Ressourcentyp</translation>
    </message>
    <message>
        <source>Group the timing chart</source>
        <translation>Das Zeitdiagramm gruppieren</translation>
    </message>
    <message>
        <source>from the manifest&apos;s depends_on</source>
        <translation>aus depends_on des Manifests</translation>
    </message>
    <message>
        <source>inferred from start and end times: no manifest</source>
        <translation>aus Start- und Endzeiten abgeleitet: kein Manifest</translation>
    </message>
    <message numerus="yes">
        <source>Critical path (outlined): %n node(s), %1 running and %2 waiting (%3). At most %4 ran at once on %5 thread(s).</source>
        <translation>
            <numerusform>Kritischer Pfad (umrandet): %n Knoten, %1 Laufzeit und %2 Wartezeit (%3). Höchstens %4 liefen gleichzeitig auf %5 Thread(s).</numerusform>
            <numerusform>Kritischer Pfad (umrandet): %n Knoten, %1 Laufzeit und %2 Wartezeit (%3). Höchstens %4 liefen gleichzeitig auf %5 Thread(s).</numerusform>
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
    <message>
        <source>On the critical path</source>
        <translation>Auf dem kritischen Pfad</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::TokenCreatedDialog</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Service token created</source>
        <translation>Service-Token erstellt</translation>
    </message>
    <message>
        <source>Webhook created</source>
        <translation>Webhook erstellt</translation>
    </message>
    <message>
        <source>“%1” was created.</source>
        <translation>„%1“ wurde erstellt.</translation>
    </message>
    <message>
        <source>“%1” was created. Its signing secret:</source>
        <translation>„%1“ wurde erstellt. Sein Signaturgeheimnis:</translation>
    </message>
    <message>
        <source>Copy the token now. dbt Cloud shows it only this once, and this console does not keep it: when you close this window it is gone.</source>
        <translation>Kopieren Sie das Token jetzt. dbt Cloud zeigt es nur dieses eine Mal, und diese Konsole speichert es nicht: Wenn Sie dieses Fenster schließen, ist es weg.</translation>
    </message>
    <message>
        <source>Copy the signing secret now: your endpoint needs it to check that events come from dbt Cloud. dbt Cloud shows it only this once, and this console does not keep it.</source>
        <translation>Kopieren Sie das Signaturgeheimnis jetzt: Ihr Endpunkt braucht es, um zu prüfen, dass Ereignisse von dbt Cloud kommen. dbt Cloud zeigt es nur dieses eine Mal, und diese Konsole speichert es nicht.</translation>
    </message>
    <message>
        <source>Token secret</source>
        <translation>Token-Geheimnis</translation>
    </message>
    <message>
        <source>Copy the token to the clipboard</source>
        <translation>Das Token in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
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
    <message>
        <source>Working out what the steps select…</source>
        <translation>Es wird ermittelt, was die Schritte auswählen…</translation>
    </message>
    <message>
        <source>Show nodes</source>
        <translation>Knoten zeigen</translation>
    </message>
    <message>
        <source>Selected nodes</source>
        <translation>Ausgewählte Knoten</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>Dieser Schritt</translation>
    </message>
    <message>
        <source>%1 selects no nodes</source>
        <translation>%1 wählt keine Knoten aus</translation>
    </message>
    <message>
        <source>%1 selects &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 wählt &lt;b&gt;%2&lt;/b&gt; aus</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>as of the manifest of run #%1, the environment&apos;s last successful run</source>
        <translation>laut Manifest von Lauf #%1, dem letzten erfolgreichen Lauf der Umgebung</translation>
    </message>
    <message>
        <source>Show the node</source>
        <translation>Den Knoten zeigen</translation>
    </message>
    <message>
        <source>Show the %1 nodes</source>
        <translation>Die %1 Knoten zeigen</translation>
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
    <message>
        <source>1 step, valid.</source>
        <translation>1 Schritt, gültig.</translation>
    </message>
    <message>
        <source>%1 steps, all valid.</source>
        <translation>%1 Schritte, alle gültig.</translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::WebhookEditor</name>
    <message>
        <source>Active: send events to the URL</source>
        <translation>Aktiv: Ereignisse an die URL senden</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Neuer Webhook</translation>
    </message>
    <message>
        <source>https://example.com/dbt-hook</source>
        <translation>https://example.com/dbt-hook</translation>
    </message>
    <message>
        <source>Webhook name</source>
        <translation>Webhook-Name</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Run started</source>
        <translation>Lauf gestartet</translation>
    </message>
    <message>
        <source>Run completed</source>
        <translation>Lauf abgeschlossen</translation>
    </message>
    <message>
        <source>Run errored</source>
        <translation>Lauf mit Fehler</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>None ticked: events of every job.</source>
        <translation>Keiner angehakt: Ereignisse aller Jobs.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Edit webhook</source>
        <translation>Webhook bearbeiten</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
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
    <message>
        <source>The history database %1 cannot be created: %2</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>the file is not an SQLite database</source>
        <translation>die Datei ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>Integritätsprüfung: %1</translation>
    </message>
    <message>
        <source>WAL mode refused: %1</source>
        <translation>WAL-Modus abgelehnt: %1</translation>
    </message>
    <message>
        <source>The run history could not be read (%1) and was moved to %2; a new, empty history was started.</source>
        <translation>Der Verlauf der Läufe konnte nicht gelesen werden (%1) und wurde nach %2 verschoben; ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>The run history could not be read (%1) and was removed; a new, empty history was started.</source>
        <translation>Der Verlauf der Läufe konnte nicht gelesen werden (%1) und wurde entfernt; ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>The history database cannot be read: %1</source>
        <translation>Die Verlaufsdatenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The history database was written by a newer version of the app (schema %1, this app knows %2).</source>
        <translation>Die Verlaufsdatenbank wurde von einer neueren Version der App geschrieben (Schema %1, diese App kennt %2).</translation>
    </message>
    <message>
        <source>Upgrading the history database to schema %1 failed: %2</source>
        <translation>Die Aktualisierung der Verlaufsdatenbank auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
</TS>
