// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/seedadmin.h"

#include "simulator/permissions.h"
#include "simulator/seed.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace Dbtc::Sim {

namespace {

QJsonObject configFor(const QString &type, const QString &projectName)
{
    if (type == QLatin1String("bigquery")) {
        return { { QStringLiteral("project_id"),
                     QString(QStringLiteral("analytics-") + projectName) },
            { QStringLiteral("timeout_seconds"), 300 },
            { QStringLiteral("private_key_id"), QStringLiteral("REDACTED") },
            { QStringLiteral("client_email"), QStringLiteral("dbt@analytics.iam.example") },
            { QStringLiteral("client_id"), QStringLiteral("REDACTED") },
            { QStringLiteral("auth_uri"),
                QStringLiteral("https://accounts.google.com/o/oauth2/auth") },
            { QStringLiteral("token_uri"), QStringLiteral("https://oauth2.googleapis.com/token") },
            { QStringLiteral("auth_provider_x509_cert_url"),
                QStringLiteral("https://www.googleapis.com/oauth2/v1/certs") },
            { QStringLiteral("client_x509_cert_url"), QStringLiteral("REDACTED") },
            { QStringLiteral("priority"), QJsonValue::Null },
            { QStringLiteral("retries"), 1 },
            { QStringLiteral("scopes"), QJsonValue::Null },
            { QStringLiteral("location"), QJsonValue::Null },
            { QStringLiteral("maximum_bytes_billed"), 0 },
            { QStringLiteral("execution_project"), QJsonValue::Null },
            { QStringLiteral("impersonate_service_account"), QJsonValue::Null },
            { QStringLiteral("job_retry_deadline_seconds"), 0 },
            { QStringLiteral("job_creation_timeout_seconds"), 0 },
            { QStringLiteral("is_configured_for_oauth"), false } };
    }
    return { { QStringLiteral("account"), QStringLiteral("jaffle-labs.eu-central-1") },
        { QStringLiteral("database"), projectName.toUpper() },
        { QStringLiteral("warehouse"), QStringLiteral("TRANSFORMING") },
        { QStringLiteral("allow_sso"), false },
        { QStringLiteral("client_session_keep_alive"), false },
        { QStringLiteral("role"), QStringLiteral("TRANSFORMER") } };
}

void seedProjectObjects(World &w)
{
    for (Project &p : w.projects) {
        Connection c;
        c.id = p.connectionId;
        c.accountId = p.accountId;
        c.projectId = p.id;
        const QString display = p.connectionType == QLatin1String("bigquery")
            ? QStringLiteral("BigQuery")
            : QStringLiteral("Snowflake");
        c.name = display + QStringLiteral(" ") + p.name;
        c.adapterVersion = p.connectionType + QStringLiteral("_v0");
        c.config = configFor(p.connectionType, p.name);
        c.createdAt = p.createdAt;
        c.updatedAt = p.updatedAt;
        w.connections.insert(c.id, c);

        Repository r;
        r.id = p.repositoryId;
        r.accountId = p.accountId;
        r.projectId = p.id;
        r.fullName = p.repoFullName;
        r.remoteUrl = QStringLiteral("git://github.com/%1.git").arg(p.repoFullName);
        r.remoteBackend = QStringLiteral("github");
        r.gitCloneStrategy = QStringLiteral("github_app");
        r.githubInstallationId = 19320059;
        r.deployKeyId = p.repositoryId + 1;
        r.pullRequestUrlTemplate =
            QStringLiteral("https://github.com/%1/compare/{{destination}}...{{source}}")
                .arg(p.repoFullName);
        r.createdAt = p.createdAt;
        r.updatedAt = p.createdAt;
        w.repositories.insert(r.id, r);
    }
    for (const Environment &e : std::as_const(w.environments)) {
        const Project *p = w.project(e.projectId);
        Credentials c;
        c.id = e.credentialsId;
        c.accountId = e.accountId;
        c.projectId = e.projectId;
        c.type = p ? p->connectionType : QStringLiteral("snowflake");
        c.schema = e.deploymentType.isEmpty() ? QStringLiteral("dbt_dev")
                                              : QStringLiteral("dbt_") + e.deploymentType;
        c.threads = e.deploymentType == QLatin1String("production") ? 8 : 4;
        if (c.type == QLatin1String("snowflake")) {
            c.fields = { { QStringLiteral("user"), QStringLiteral("DBT_CLOUD") },
                { QStringLiteral("role"), QStringLiteral("TRANSFORMER") },
                { QStringLiteral("warehouse"), QStringLiteral("TRANSFORMING") },
                { QStringLiteral("auth_type"), QStringLiteral("keypair") } };
        } else {
            c.fields = { { QStringLiteral("dataset"), c.schema } };
        }
        c.createdAt = e.createdAt;
        c.updatedAt = e.updatedAt;
        w.credentials.insert(c.id, c);
    }
}

struct UserSpec
{
    const char *first;
    const char *last;
    const char *email;
    const char *license;
    QList<int> groups; // indexes into the account's groups
};

void seedPeople(World &w, qint64 account, const QDateTime &created, const QDateTime &now)
{
    struct GroupSpec
    {
        const char *name;
        QList<const char *> sets;
        bool byDefault;
        const char *sso;
    };

    const QList<GroupSpec> groups {
        { "Owner", { "account_admin" }, false, "" },
        { "Everyone", { "job_viewer" }, true, "" },
        { "Analytics engineers", { "developer", "job_admin" }, false, "okta-analytics-eng" },
        { "Platform", { "git_admin", "database_admin" }, false, "okta-platform" },
        { "Security", { "security_admin" }, false, "okta-security" },
    };
    QList<qint64> groupIds;
    for (const GroupSpec &g : groups) {
        Group group;
        group.id = w.allocAdminId();
        group.accountId = account;
        group.name = QLatin1String(g.name);
        group.assignByDefault = g.byDefault;
        if (*g.sso) {
            group.ssoMappingGroups << QLatin1String(g.sso);
        }
        for (const char *set : g.sets) {
            group.permissions.append({ w.allocAdminId(),
                QLatin1String(set),
                0,
                { QStringLiteral("development"), QStringLiteral("staging") } });
        }
        group.createdAt = created.addDays(1);
        group.updatedAt = created.addDays(40);
        groupIds << group.id;
        w.groups.insert(group.id, group);
    }
    const QList<UserSpec> users = account == kDemoAccountId
        ? QList<UserSpec> { { "Ana", "Alvarez", "ana@jaffleshop.com", "developer", { 0, 1 } },
              { "Ben", "Okafor", "ben@jaffleshop.com", "developer", { 1, 2 } },
              { "Chen", "Wei", "chen@jaffleshop.com", "developer", { 1, 2 } },
              { "Dana", "Kowalski", "dana@jaffleshop.com", "developer", { 1, 3 } },
              { "Eli", "Haddad", "eli@jaffleshop.com", "read_only", { 1 } },
              { "Farah", "Nasser", "farah@jaffleshop.com", "it", { 1, 4 } } }
        : QList<UserSpec> { { "Grace", "Lin", "grace@cell-analytics.io", "developer", { 0, 1 } },
              { "Hugo", "Berg", "hugo@cell-analytics.io", "developer", { 1, 2 } } };
    int i = 0;
    for (const UserSpec &u : users) {
        User user;
        user.id = w.allocAdminId();
        user.accountId = account;
        user.firstName = QLatin1String(u.first);
        user.lastName = QLatin1String(u.last);
        user.email = QLatin1String(u.email);
        user.licenseType = QLatin1String(u.license);
        for (int g : u.groups) {
            user.groupIds << groupIds.at(g);
        }
        user.createdAt = created.addDays(2 + 20 * i);
        user.lastLogin = now.addSecs(-3600 * (5 + 17 * i));
        w.users.insert(user.id, user);
        ++i;
    }
}

void seedTokens(World &w, const QDateTime &created, const QDateTime &now)
{
    const auto add = [&](const QString &name, const QString &role, const QString &set, int state) {
        ServiceToken t;
        t.id = w.allocAdminId();
        t.uid = QString::fromLatin1(
            QCryptographicHash::hash(role.toUtf8(), QCryptographicHash::Md5).toHex().left(16));
        t.name = name;
        t.secretHash = QCryptographicHash::hash(
            simTokenSecret(w.seed, role).toUtf8(), QCryptographicHash::Sha256);
        t.permissions.append({ w.allocAdminId(), set, 0, {} });
        t.state = state;
        t.createdAt = created.addDays(5);
        t.updatedAt = created.addDays(5);
        t.lastUsed = state == 1 ? now.addSecs(-600) : QDateTime();
        w.serviceTokens.insert(t.id, t);
    };
    add(QStringLiteral("Console admin"),
        QStringLiteral("admin"),
        QStringLiteral("account_admin"),
        1);
    add(QStringLiteral("Console read-only"),
        QStringLiteral("readonly"),
        QStringLiteral("job_viewer"),
        1);
    for (const PermissionSetInfo &p : permissionSets()) {
        const QString key = QLatin1String(p.key);
        if (key != QLatin1String("owner")) {
            add(QStringLiteral("Simulator %1").arg(QLatin1String(p.display)),
                QStringLiteral("set:") + key,
                key,
                1);
        }
    }
    add(QStringLiteral("Old Airflow token"),
        QStringLiteral("revoked-airflow"),
        QStringLiteral("job_runner"),
        2);
}

void seedWebhooks(World &w, const QDateTime &now)
{
    QList<qint64> demoJobs;
    for (const Job &j : std::as_const(w.jobs)) {
        if (j.accountId == kDemoAccountId && demoJobs.size() < 2) {
            demoJobs << j.id;
        }
    }
    const auto add = [&](const char *name,
                         const char *description,
                         QStringList events,
                         QList<qint64> jobs,
                         const char *url,
                         bool active,
                         const char *status) {
        WebhookSubscription s;
        s.id = w.allocWebhookId("wsu_");
        s.accountId = kDemoAccountId;
        s.name = QLatin1String(name);
        s.description = QLatin1String(description);
        s.eventTypes = events;
        s.jobIds = jobs;
        s.clientUrl = QLatin1String(url);
        s.active = active;
        s.hmacSecret = simTokenSecret(w.seed, QLatin1String(name)).mid(5, 32);
        s.httpStatusCode = QLatin1String(status);
        s.createdAt = now.addDays(-90);
        s.updatedAt = now.addDays(-12);
        if (s.httpStatusCode != QLatin1String("0")) {
            s.dispatchedAt = now.addSecs(-1800);
            WebhookEvent e;
            e.id = w.allocWebhookId("wev_");
            e.subscriptionId = s.id;
            e.accountId = s.accountId;
            e.jobId = jobs.isEmpty() ? demoJobs.value(0) : jobs.first();
            e.eventType = events.first();
            e.payload = QString::fromUtf8(QJsonDocument(
                QJsonObject { { QStringLiteral("accountId"), s.accountId },
                    { QStringLiteral("webhooksID"), s.id },
                    { QStringLiteral("eventId"), e.id },
                    { QStringLiteral("eventType"), e.eventType },
                    { QStringLiteral("webhookName"),
                        s.name } }).toJson(QJsonDocument::Compact));
            e.httpStatusCode = s.httpStatusCode;
            e.createdAt = s.dispatchedAt;
            w.webhookEvents.append(e);
            WebhookReceipt r;
            r.id = w.allocWebhookId("wre_");
            r.eventId = e.id;
            r.subscriptionId = s.id;
            r.dispatchedAt = s.dispatchedAt;
            r.httpStatusCode = s.httpStatusCode;
            r.errorInfo = s.httpStatusCode == QLatin1String("200")
                ? QString()
                : QStringLiteral("The endpoint answered %1.").arg(s.httpStatusCode);
            r.requestBody = e.payload;
            r.requestHeaders = QStringLiteral("{\"Content-Type\": \"application/json\"}");
            r.responseBody = s.httpStatusCode == QLatin1String("200") ? QStringLiteral("ok")
                                                                      : QStringLiteral("Gone");
            w.webhookReceipts.append(r);
        }
        w.webhooks.append(s);
    };
    add("Slack notifications",
        "Posts every run to #data-alerts",
        { QStringLiteral("job.run.started"),
            QStringLiteral("job.run.completed"),
            QStringLiteral("job.run.errored") },
        {},
        "https://hooks.slack.example/services/T000/B000",
        true,
        "200");
    add("PagerDuty on errors",
        "Pages the on-call engineer when a production build errors",
        { QStringLiteral("job.run.errored") },
        demoJobs,
        "https://events.pagerduty.example/integration/dbt/enqueue",
        true,
        "0");
    add("Old data catalog sync",
        "Retired catalog; the endpoint answers 410",
        { QStringLiteral("job.run.completed") },
        {},
        "https://catalog.jaffle.example/hooks/dbt",
        false,
        "410");
}

void seedAuditLog(World &w, qint64 account, const QDateTime &now)
{
    QList<const User *> people;
    for (const User &u : std::as_const(w.users)) {
        if (u.accountId == account) {
            people << &u;
        }
    }
    const char *const kinds[] = { "auth.credentialsloginsucceeded",
        "job_definition.Changed",
        "environment.Changed",
        "auth.credentialsloginsucceeded",
        "job_run.Added" };
    for (int i = 0; i < 40 && !people.isEmpty(); ++i) {
        const User *u = people.at(i % people.size());
        AuditLogEntry e;
        e.id = w.allocAdminId();
        e.accountId = account;
        const QString kind = QLatin1String(kinds[i % 5]);
        e.routingKey = QStringLiteral("v1.events.") + kind;
        e.actorType = QStringLiteral("ACTOR_USER");
        e.actorName = u->email;
        e.actorId = u->id;
        e.source = QStringLiteral("SOURCE_CLOUD_UI");
        e.uuid = QUuid::createUuidV5(QUuid(), QString::number(e.id)).toString(QUuid::WithoutBraces);
        e.metadata = kind.startsWith(QLatin1String("auth"))
            ? QJsonObject { { QStringLiteral("auth_credentials"),
                QJsonObject { { QStringLiteral("user"),
                    QJsonObject {
                        { QStringLiteral("id"), QString::number(u->id) }, // a string in the capture
                        { QStringLiteral("email"), u->email } } } } } }
            : QJsonObject { { kind.section(QLatin1Char('.'), 0, 0),
                QJsonObject { { QStringLiteral("id"), 100 + i } } } };
        e.loggedAt = now.addSecs(-qint64(30 * 86400) + qint64(i) * (30 * 86400 / 40));
        w.auditLog.append(e);
    }
}

} // namespace

QString simTokenSecret(quint64 seed, const QString &role)
{
    const QByteArray h = QCryptographicHash::hash(
        QByteArray(role.toUtf8() + QByteArray::number(seed)), QCryptographicHash::Sha256)
                             .toHex();
    return QStringLiteral("dbtc_") + QString::fromLatin1(h.left(40));
}

void seedAdmin(World &w, const QDateTime &now)
{
    seedProjectObjects(w);
    Connection sandbox;
    sandbox.id = w.allocObjectId(kDemoAccountId);
    sandbox.accountId = kDemoAccountId;
    sandbox.name = QStringLiteral("Snowflake sandbox");
    sandbox.adapterVersion = QStringLiteral("snowflake_v0");
    sandbox.config = configFor(QStringLiteral("snowflake"), QStringLiteral("sandbox"));
    sandbox.createdAt = now.addDays(-60);
    sandbox.updatedAt = now.addDays(-60);
    w.connections.insert(sandbox.id, sandbox);
    for (const Account &a : std::as_const(w.accounts)) {
        seedPeople(w, a.id, a.createdAt, now);
    }
    seedTokens(w, now.addDays(-400), now);
    seedWebhooks(w, now);
    for (const Account &a : std::as_const(w.accounts)) {
        seedAuditLog(w, a.id, now);
    }
}

} // namespace Dbtc::Sim
