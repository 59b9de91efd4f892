<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AccountTreeModel</name>
    <message>
        <source>Environments, connections, repositories, users, groups, service tokens, webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo (built-in simulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminArea</name>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environments</source>
        <comment>in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections</source>
        <comment>in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repositories</source>
        <comment>in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users</source>
        <comment>in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups</source>
        <comment>in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service tokens</source>
        <comment>in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhooks</source>
        <comment>in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::App</name>
    <message>
        <source>Write the lineage graph of the whole project (or of the selection) as SVG or PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the nodes this dbt selection picks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the nodes this dbt selection picks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the nodes of this YAML selector from the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours: light (default) or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manifest.json or a target/ folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-lineage needs exactly one manifest.json or target/ folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file name must end in .svg or .png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selection picks no nodes: nothing to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 nodes, %3 edges</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::App::ConsoleApp</name>
    <message>
        <source>%1: %2 Edit the connection to enter the token again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo (simulated dbt Cloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the extra CA certificates could not be used: %2. Edit the connection to choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::App::KeychainSecretStore</name>
    <message>
        <source>No secure password storage (keychain) is available: %1. Tokens are kept in memory for this session only and must be entered again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored in the keychain for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused to read the token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused to store the token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused to delete the token: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::App::MemorySecretStore</name>
    <message>
        <source>No token is stored for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::App::Settings</name>
    <message>
        <source>Your settings file could not be read, so the console started with fresh settings. The old file is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings file %1 could not be read; the console runs with fresh settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models</name>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is %1 characters long; dbt Cloud takes 255.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the environment the job runs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job needs at least one step, such as &quot;dbt build&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule is not valid cron: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads must be between 1 and 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be between 0 (none) and 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the job this one runs after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one outcome (success, error, cancelled) that starts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job cannot run after itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target name cannot be empty (dbt Cloud&apos;s default is &quot;default&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbt version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run on pull requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run on draft pull requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run on merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom branch only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate docs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defer to environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defer to job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare changes flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lint SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail on lint errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a dbt Cloud job export: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger on completion of job %1 was left out: that job belongs to another project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferral was left out: it pointed into another project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job runs in this project&apos;s environment %1 instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSO groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key #%1 (not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy keys are masked: copy them in dbt Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::AdminDirectory</name>
    <message>
        <source>This connection has no client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::ArtifactFetch</name>
    <message>
        <source>not connected to dbt Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the artifacts of run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach dbt Cloud (%1): showing the copies of run %2 cached earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 saved no manifest.json, catalog.json, run_results.json or sources.json (artifacts exist only for finished runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not download the artifacts of run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::FreshnessModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age at check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest row loaded at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::HistoryWorker</name>
    <message>
        <source>the history database is not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::InboxModel</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recurring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flaky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::JobDraft</name>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::JobWriter</name>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need a change before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last change to this job is still being saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::LogDocument</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::NodeTreeModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materialized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::NotificationGrouper</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 watched jobs finished: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::NotificationModel</name>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::PulseModel</name>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Failed once since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed runs in a row since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule (%1, UTC) should have started a run at %2; none came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the history: not refreshed yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>In flight in this group as the watch last counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (starting runs count as running), as the watch last counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest run, as the history last saw it (not counted yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::QuickOpenModel</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::ResultsTableModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::RunArtifacts</name>
    <message>
        <source>%1 is not a file name inside the run&apos;s artifacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to dbt Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the cache folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbt Cloud sent a %1 that cannot be read, so it was not kept: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1 into the cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::RunCommands</name>
    <message>
        <source>Rerun of run #%1 from start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: this connection has no token. Edit the connection to add one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::RunComparison</name>
    <message>
        <source>Reading both runs&apos; artifacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick two different runs to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the last successful run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s runs could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job has no successful run before run #%1 to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading runs #%1 and #%2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs #%1 and #%2 belong to different projects; only runs of one project can be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 has not finished yet, so it has no results to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the artifacts of run #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 saved no run_results.json (it may have stopped before dbt ran).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run_results.json of run #%1 could not be downloaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the runs&apos; results…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::RunDetail</name>
    <message>
        <source>Not connected to dbt Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbt Cloud sent only the last 1,000 lines of the debug log of step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 saved no run_results.json: only dbt commands have model timing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read run_results.json of step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::RunDetailSteps</name>
    <message>
        <source>Step %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::RunDiffStatusModel</name>
    <message>
        <source>new</source>
        <comment>a node only the newer run has</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone</source>
        <comment>a node only the older run has</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::RunDiffTimingModel</name>
    <message>
        <source>—</source>
        <comment>no ratio: the node took no time before</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::RunListModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch / commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::RunNotifier</name>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::RunSettingsDiff</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (both runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbt version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target name override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbt version override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate docs override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout override (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::RunSettingsModel</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::SqlDiffModel</name>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::StatusText</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::StepSelectionPreviewer</name>
    <message>
        <source>1 model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find the environment&apos;s last successful run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No successful run in this environment yet, so there is no manifest to evaluate the selection against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 has no manifest.json to evaluate the selection against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not download the manifest of run #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run does not list the failed step &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the run&apos;s steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed step left no run_results.json, so the nodes it would rerun are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not download the failed step&apos;s run_results.json: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed step&apos;s run_results.json could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::TriageFetcher</name>
    <message>
        <source>no failing node in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stale source in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the step saved none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Models::WriteAccess</name>
    <message>
        <source>run jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change connections and repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change service tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token may not %1 (dbt Cloud answered 403). Ask an account admin for a token with the permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token may not %1: it needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <comment>between permission set names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection is read-only: it sends no writes. Edit the connection to allow them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui</name>
    <message>
        <source>trigger this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rerun this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the latest run of a job can be rerun from failure, and this job has run again since. Rerun it from the start, or retry its newest run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a failed run can be rerun from failure; this one did not fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed before dbt wrote its results (run_results.json), so there is nothing to resume from. Rerun it from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed step&apos;s command does not support &quot;dbt retry&quot;. Rerun the job from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerun from failure needs dbt 1.6 or later; this run used an older version. Rerun the job from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbt Cloud does not support rerunning this run from failure. Rerun it from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (dbt Cloud said: &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token is not allowed to %1: its permission set cannot run jobs. Ask an account admin for a token whose permission set includes running jobs (Job Runner, Job Admin, Developer or Account Admin)%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection is read-only, so the console will not %1. Turn read-only off in the connection&apos;s settings to allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch: %1 (instead of the environment&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbt version: %1 (job: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads: %1 (job: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target name: %1 (job: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docs: generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docs: not generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout: %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps: replaced for this run (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps: the run would fail at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the job runs as configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n nodes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tests</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file name must end in .svg or .png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot render the image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::AdminPage</name>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load this list again from dbt Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries of the selected webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New service token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New webhook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test event sent; no delivery recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test event delivered: the endpoint answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account&apos;s administration in the navigator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search looks at every column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a webhook first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a service token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe a URL to run events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a sample event to the selected webhook&apos;s URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries: select a webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service token “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the webhook “%1”? dbt Cloud stops sending events to %2. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook “%1” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not send the test event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test event %1 sent; waiting for its delivery…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::ArtifactBrowser</name>
    <message>
        <source>No artifacts open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a manifest.json, run_results.json, catalog.json or sources.json, or a dbt project&apos;s target/ folder to open all of them at once. You can also drop it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the artifacts of run %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not download the run&apos;s artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to dbt Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the run&apos;s artifacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, path, tag…  (tag:x mat:table status:error path:marts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words match name, unique_id, path and tags. Narrow with tag:, mat:, status:, type:, path: and pkg:. status:problem finds errors, failures and warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source freshness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run results (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source freshness (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous node (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward to the next node (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::ArtifactRecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::BrowsePage</name>
    <message>
        <source>‹ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the console (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::ConnectionDialog</name>
    <message>
        <source>dbt Cloud connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Acme production (US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North America (cloud.getdbt.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North America, account-prefixed (…us1.dbt.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMEA (emea.dbt.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APAC (au.dbt.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom base URL (single tenant, proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account prefix, e.g. ab123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal access or service token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the accounts this token can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: never trigger, cancel or retry from this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain; leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking dbt Cloud which accounts this token can see…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is valid but sees no account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to account &quot;%1&quot; (%2 plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: trust the system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM file with your organisation&apos;s CA certificate, for a single-tenant host or a proxy that uses its own certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other accounts this token reaches. Each one checked appears under this connection in the navigator, with its own jobs, runs and rate limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found one account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1 accounts. Pick the main one; tick the others to show too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::ConsoleStatusBar</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications · %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications: no unseen failures of watched jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 unseen failure of a watched job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unseen failures of watched jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● %1: token rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ %1: offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● %1: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 request in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖ Rate limited by dbt Cloud: paused until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox · %1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure inbox: no open failures in the watched scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure inbox: 1 open failure group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure inbox: %1 open failure groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::DeleteJobDialog</name>
    <message>
        <source>Delete Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Delete the job “%1”?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Its schedule and triggers stop at once; its past runs stay in dbt Cloud. This cannot be undone from the console.&lt;/p&gt;&lt;p&gt;Type the job&apos;s name to confirm:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the job&apos;s name exactly to delete it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::GraphMinimap</name>
    <message>
        <source>The whole graph: click or drag to move the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::GraphPainter</name>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::InboxLabelDelegate</name>
    <message>
        <source>resolved · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::InboxPage</name>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until it changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop snoozing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You know about this failure: it stays listed but never notifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet until the group turns recurring or flaky, or resolves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the failure triage of the newest run it affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this group quiet for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing nodes of your watched jobs show up here, grouped by failure, as soon as a watched run finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resolved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>from the history, not refreshed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown from the local history of earlier sessions; the watch has not polled since the start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::JobActions</name>
    <message>
        <source>New Job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Job as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Job from JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a job in this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a job file (dbt-cloud-cli&apos;s job export) into this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the job&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a deactivated copy of the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the job (asks for its name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the job&apos;s triggers start runs again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the job but start no runs from its triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the job as dbt-cloud-cli&apos;s job export JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of %1, deactivated until you activate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 the job: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported job %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large for a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a job file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1: check the fields, then create the job.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::JobEditorDialog</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Job — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environments and jobs to choose from could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This would make a loop of jobs starting each other: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose when the job runs, or turn the schedule off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need a change before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: there is nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create job %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings of the job change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new job differs from what it started from in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing: it is created as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbt Cloud did not save the job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let dbt Cloud choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled (deploy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous integration (CI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbt version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: triggers start runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deactivated job keeps its settings but starts no runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dbt commands the job runs, in order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate docs on run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run source freshness first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbt Cloud&apos;s &quot;generate sources&quot;: dbt source freshness before the steps, its failure does not fail the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on pull requests (git provider webhook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also run on draft pull requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run when a pull request is merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run when another job finishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare changes (advanced CI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lint SQL before running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail the run on lint errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deferral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (development)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job: the environment&apos;s latest state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::JobScheduleBox</name>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At these hours (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom cron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hour(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 6, 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five fields: minute hour day-of-month month day-of-week, in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the hour at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next five runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the account&apos;s clock (%1); dbt Cloud runs the cron in UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In UTC: the account has no time zone set, and dbt Cloud runs the cron in UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid cron: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cron never runs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::JobStepsPanel</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the job&apos;s steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the job&apos;s steps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job has no steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating the selection against the environment&apos;s latest manifest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot select: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selects no nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selects %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand to list the nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of the manifest of run #%1, the environment&apos;s last successful run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the job&apos;s steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::JobTrendView</name>
    <message>
        <source>Last </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many runs the chart shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run duration trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished runs of this job in the local history yet: runs are kept as the app sees them finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 – p90 (%1 – %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs, oldest to newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1, %2
%3, queued %4
Click to open the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s): typical %1, p90 %2, %3 above p90. Success rate %4 %. Queued %5 typically, %6 at worst.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::LineageCanvas</name>
    <message>
        <source>Select a node to see its lineage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::LineageView</name>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many levels of parents to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many levels of children to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the tests on each node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole graph (or double-click the background)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre on the selected node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the graph as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lineage at this depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export lineage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::LogView</name>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log output.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::LogViewer</name>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step&apos;s console log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step&apos;s full debug log (fetched on demand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the log (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous error line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next error line (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next warning or error line (Shift+F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest line in view while the step runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected lines (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole log as a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::MainWindow</name>
    <message>
        <source>dbt Cloud Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About dbt Cloud Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About dbt Cloud Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a dbt artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbt artifacts (manifest.json catalog.json run_results.json sources.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a dbt target/ folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — dbt Cloud Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;dbt Cloud Console %1&lt;/h3&gt;&lt;p&gt;A native desktop console for dbt Cloud: live runs, failures and their causes.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3 (%4).&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL v3 or later. It uses Qt (LGPL v3), QtKeychain (BSD-3-Clause), simdjson (Apache-2.0), SQLite (public domain) and dtl (BSD-3-Clause).&lt;/p&gt;&lt;p&gt;dbt and dbt Cloud are trademarks of dbt Labs, Inc. This project is not affiliated with dbt Labs.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure &amp;Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure &amp;Inbox (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration Trends…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model Performance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration trends — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model performance — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Artifact Folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare: the older target/ folder (before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare: the newer target/ folder (after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select exactly two runs to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with Last Successful Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection is no longer in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare runs #%1 and #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare run #%1 with the last successful run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare artifact folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pulse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::MainWindowActions</name>
    <message>
        <source>No connection selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in dbt Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Run ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Run IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify when this job&apos;s runs finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch Everything in This Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch Everything in This Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch Everything in This Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record every job&apos;s runs here in the history and the failure inbox, and say each new failure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n earlier message(s): hover to read them)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::ModelPerformanceView</name>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastest growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the local history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No node results of this environment in the local history over the last %n day(s): results are kept for the runs the app watches.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 node results of %n node(s) since %2. Double-click a node for its page, its newest run to open the run.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean %1, longest %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the newest run that ran %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::NavigatorPanel</name>
    <message>
        <source>Filter projects, environments, jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigator filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections, projects, environments and jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit connection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::NewServiceTokenDialog</name>
    <message>
        <source>Create token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New service token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Airflow production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token gets these permission sets on every project of the account. Give it the least it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the token and tick a permission set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::NodePage</name>
    <message>
        <source>Compiled SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a node on the left, or search for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- No compiled SQL in these artifacts.
-- Open the run_results.json or a manifest from `dbt compile` to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole SQL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQL is %1: showing the first %2, the rest is too long to display here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::NotificationCenter</name>
    <message>
        <source>&amp;Watch Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a desktop notification when this job&apos;s runs finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new failures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::NotificationList</name>
    <message>
        <source>No unseen failures. Star a job to be told when it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark All Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 unseen failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unseen failures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::ProjectGraphCanvas</name>
    <message>
        <source>Project graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a manifest to see the whole project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n node(s), double-click to open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::ProjectGraphView</name>
    <message>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package → folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How nodes are folded into groups (Selection: what --select picks, in one group among the rest); double-click a group to open it, click an open group&apos;s title to fold it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tests as nodes of the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter pans and zooms to the next node whose name or unique_id contains the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole graph (or double-click the background)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+click a second node to light every path between it and the selected one; this clears it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole graph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n node(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manifest open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes, %2 groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the whole project graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export project graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::PulsePage</name>
    <message>
        <source>Problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search jobs, environments, projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only jobs whose last run failed or that are overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pulse fills in from the background watch: watch an account, a project or an environment (right-click it in the navigator), or star jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>from the history, not refreshed yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::QuickOpen</name>
    <message>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to a job, environment, project, account or run id…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::QuickOpenDelegate</name>
    <message>
        <source> · recent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::ResultsView</name>
    <message>
        <source>Problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only errors, failures and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 results, %2 problems, %3 s in total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::RetryDialog</name>
    <message>
        <source>Rerun %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerun %1 from failure?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking dbt Cloud which steps would run again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On rerun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerun from start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger the whole job again with this run&apos;s overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerun from failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed · reruns failed + skipped nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped · runs in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbt Cloud will start a new run that resumes from the failed step: %1 again; the steps that succeeded are not repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed step runs as &quot;dbt retry&quot;: only the nodes that failed or were skipped are rebuilt. Fix the cause first (commit the fix), or the same nodes will fail again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run cannot be rerun from failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes that rerun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed step reruns 1 node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed step reruns %1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 its selection picks: %3 failed, %4 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed, %3 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::RunActions</name>
    <message>
        <source>Run #%1 is not queued or running; there is nothing to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected runs is queued or running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel run #%1 of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is %1; dbt stops at the current node and the run ends as Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run #%1 had already finished (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run #%1 is stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled run #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerunning %1 from failure: run #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerun from start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new run of %1 from the beginning?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of the job&apos;s steps run again, with the same overrides as run #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started run #%1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger the selected job, optionally with overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerun from &amp;Failure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerun from &amp;Start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the trigger of %1 to finish first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::RunDetailHeader</name>
    <message>
        <source>Open in dbt Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Run %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1 @ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not cloned yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 → dequeued %2 → started %3 → finished %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued %1, ran %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::RunDetailPage</name>
    <message>
        <source>‹ Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the runs (Esc, Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::RunDetailView</name>
    <message>
        <source>Run steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch the debug log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to dbt Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: while a step runs, dbt Cloud sends the last 1,000 lines of its log; the whole log arrives when the step ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the full debug log of step %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model timing appears when the run has finished (artifacts are saved at the end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading run_results.json of step %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::RunDiffView</name>
    <message>
        <source>Next Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll to the next block of changed lines (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing compared yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two runs in the runs table and choose Compare Runs, or choose Compare with Last Successful Run on a failed run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These runs cannot be compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commits %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a node to see its SQL before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL is compared only when both runs have a manifest.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 status changes · %2 new · %3 gone · %4 nodes timed in both · %5 with changed SQL · %6 different settings or steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no manifest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n different settings or steps</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nodes Changed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings &amp;&amp; Steps (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n changed lines</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::RunFilterBar</name>
    <message>
        <source>Show %1 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search runs (id, job, branch, commit, trigger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::RunsPanel</name>
    <message>
        <source>cached · refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown from the offline cache until the first refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in dbt Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected run in the browser (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick something to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an account, project, environment or job on the left (or press Ctrl+K) to see its runs live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking dbt Cloud for the newest runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs are loaded; none of them matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has run here. New runs appear as soon as they are queued, whether scheduled, from CI, the API or the web.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::SelectionBar</name>
    <message>
        <source>e.g. tag:nightly+  path:models/marts  +orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbt&apos;s --select: space is union, comma is intersection, + and @ walk the graph. Enter applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. tag:deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbt&apos;s --exclude: taken away from the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the selection (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every node again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::SettingsDialog</name>
    <message>
        <source>Measuring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh interval while runs are in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh interval when all is quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs list, while runs are in &amp;flight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs list, when all is &amp;quiet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched jobs are checked in the background every minute, whatever is on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when a watched job fails or recovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep watching when the window is closed (the app stays in the tray)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance and connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connections are &amp;read-only (nothing can be triggered or cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes downloaded run artifacts; they are downloaded again when needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded &amp;artifacts, at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;history, keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run history, at &amp;most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run history, the failure inbox and its acknowledgements are deleted from this computer. Runs stay in dbt Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be cleared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::TimingChart</name>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowest nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step&apos;s run_results.json has no timing (nothing ran, or every node was skipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) on %1 thread(s) over %2 of wall clock; the longest is %3 (%4).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>By thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By resource type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group the timing chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the manifest&apos;s depends_on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred from start and end times: no manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Critical path (outlined): %n node(s), %1 running and %2 waiting (%3). At most %4 ran at once on %5 thread(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::TimingGantt</name>
    <message>
        <source>Model timing by thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timing data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)
%4 → %5, %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the critical path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::TokenCreatedDialog</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service token created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was created. Its signing secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token now. dbt Cloud shows it only this once, and this console does not keep it: when you close this window it is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the signing secret now: your endpoint needs it to check that events come from dbt Cloud. dbt Cloud shows it only this once, and this console does not keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::TrayIcon</name>
    <message>
        <source>Show Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unseen Failures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Watching When the Window Is Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbt Cloud Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No watched job is failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 watched job is failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 watched jobs are failing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::TriageNodePanel</name>
    <message>
        <source>Open in artifact viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command to reproduce locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiled SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reproduce locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No node selected&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failing row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>last loaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(dbt gave no message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source freshness checks have no compiled SQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifact carries no compiled SQL for this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Path&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Description&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Depends on&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Tests&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the step&apos;s manifest for the node&apos;s path and dependencies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens run_results.json of step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens %1 of step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Is it new?&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commits between: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::TriageView</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tail of the step log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2): reading its artifacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2): from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried first: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is still in progress: failures are listed once it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step failed in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the job&apos;s earlier runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::TriggerDialog</name>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggered from dbt Cloud Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this run was started; dbt Cloud shows it in the run&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Git:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment&apos;s schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbt &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;arget name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Docs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the job&apos;s steps for this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent until you click Trigger run. The new run is then selected and followed live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment&apos;s branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job default (generate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job default (don&apos;t generate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate docs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t generate docs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job default (%1 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job default (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 of this job is %2. Runs of a job execute one at a time, so a new run would wait until it finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow run #%1 instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason: dbt Cloud requires one for every run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A commit SHA is 7 to 40 hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git branch names cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out what the steps select…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selects no nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selects &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of the manifest of run #%1, the environment&apos;s last successful run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::TriggerStepsEditor</name>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a dbt command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 step, valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps, all valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::WebhookEditor</name>
    <message>
        <source>Active: send events to the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/dbt-hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run errored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None ticked: events of every job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dbtc::Ui::WelcomePage</name>
    <message>
        <source>Add a connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to dbt Cloud Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch every job run across your dbt Cloud accounts live, find out why a run went red, and act on it, from one native window.

Connect with a service token or personal access token; it is kept in your system keychain, never on disk. Or look around first in a demo account served by a built-in simulator: nothing leaves your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a dbt Cloud account with an API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a simulated account with live runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No earlier finished run of this job to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the job&apos;s earlier runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New in this run: it passed in the previous run, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code changed since (now %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing since %1; last passed in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New in this run: last passed in %1; the runs since did not run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Failing in every earlier run read (%n run(s)), oldest failure in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not found in the %n earlier run(s) read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The history database %1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL mode refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run history could not be read (%1) and was moved to %2; a new, empty history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run history could not be read (%1) and was removed; a new, empty history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database was written by a newer version of the app (schema %1, this app knows %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the history database to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
