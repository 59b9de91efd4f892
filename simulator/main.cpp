// SPDX-License-Identifier: GPL-3.0-or-later
// dbt-cloud-sim: a local dbt Cloud Admin API. Prints one JSON line with the base URL, account
// ids and tokens, then serves until killed.
#include "simulator/permissions.h"
#include "simulator/server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Dbtc::Sim;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dbt-cloud-sim"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A dbt Cloud Admin API (v2/v3) simulator on 127.0.0.1 with a seeded account, live runs and "
        "scriptable faults.\nOn start it prints one JSON line: base_url, account_ids, admin_token, "
        "read_only_token, service_tokens (one per permission set).\nControl API (loopback only, no "
        "token): GET/POST/DELETE /__sim/faults, "
        "GET/DELETE /__sim/requests, POST /__sim/advance {\"seconds\": N}, GET /__sim/info."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"),
        QStringLiteral("TCP port on 127.0.0.1 (0 = pick a free one)."),
        QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QStringLiteral("Seed of the scenario (same seed = same world)."),
        QStringLiteral("N"),
        QStringLiteral("42"));
    const QCommandLineOption speed(QStringLiteral("speed"),
        QStringLiteral("Simulated seconds per real second for cron and run progress."),
        QStringLiteral("X"),
        QStringLiteral("1"));
    const QCommandLineOption history(QStringLiteral("history-runs"),
        QStringLiteral("Historical runs in account 1 over the last 30 days."),
        QStringLiteral("N"),
        QStringLiteral("2400"));
    const QCommandLineOption tls(QStringLiteral("tls"),
        QStringLiteral("Serve HTTPS (a self-signed certificate is generated with openssl unless "
                       "--tls-cert/--tls-key are given)."));
    const QCommandLineOption cert(QStringLiteral("tls-cert"),
        QStringLiteral("PEM certificate for HTTPS (implies --tls)."),
        QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("tls-key"),
        QStringLiteral("PEM private key for HTTPS."),
        QStringLiteral("FILE"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
        QStringLiteral("JSON file with faults: {\"faults\": [{\"kind\": \"rate_limit\", \"path\": "
                       "\"/runs/\", \"count\": 2, \"retry_after\": 5}, ...]}."),
        QStringLiteral("FILE"));
    const QCommandLineOption fault(QStringLiteral("fault"),
        QStringLiteral("Add a fault (repeatable): "
                       "KIND[:path=REGEX,method=M,count=N,status=S,retry_after=S,delay_ms=MS]. "
                       "Kinds: rate_limit, server_error, html_page, delay, drop, "
                       "drop_after_processing, truncated, invalid_json. "
                       "count=-1 (default) = forever."),
        QStringLiteral("SPEC"));
    const QCommandLineOption noLife(QStringLiteral("no-life"),
        QStringLiteral("Freeze the clock: no cron, no run progress (use POST /__sim/advance)."));
    parser.addOptions({ port, seed, speed, history, tls, cert, key, scenario, fault, noLife });
    parser.process(app);

    ServerOptions options;
    options.port = quint16(parser.value(port).toUInt());
    options.seed = parser.value(seed).toULongLong();
    options.speed = parser.value(speed).toDouble();
    options.historyRuns = parser.value(history).toInt();
    options.life = !parser.isSet(noLife);
    options.tlsCertFile = parser.value(cert);
    options.tlsKeyFile = parser.value(key);
    options.tls = parser.isSet(tls) || !options.tlsCertFile.isEmpty();
    options.scenarioFile = parser.value(scenario);
    if (options.speed <= 0 || (options.tlsCertFile.isEmpty() != options.tlsKeyFile.isEmpty())) {
        std::fprintf(stderr, "dbt-cloud-sim: --speed must be > 0 and --tls-cert needs --tls-key\n");
        return 2;
    }

    Server server(options);
    const QStringList specs = parser.values(fault);
    for (const QString &spec : specs) {
        QString error;
        const auto rule = faultFromSpec(spec, &error);
        if (!rule) {
            std::fprintf(
                stderr, "dbt-cloud-sim: --fault %s: %s\n", qPrintable(spec), qPrintable(error));
            return 2;
        }
        server.faults().add(*rule);
    }
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "dbt-cloud-sim: %s\n", qPrintable(error));
        return 1;
    }
    QJsonArray ids;
    for (qint64 id : server.accountIds()) {
        ids.append(id);
    }
    QJsonObject tokens; // one seeded service token per permission set (simulator/README.md)
    for (const PermissionSetInfo &p : permissionSets()) {
        if (const QString t = server.serviceToken(QLatin1String(p.key)); !t.isEmpty()) {
            tokens.insert(QLatin1String(p.key), t);
        }
    }
    const QJsonObject line { { QStringLiteral("base_url"), server.baseUrl().toString() },
        { QStringLiteral("account_ids"), ids },
        { QStringLiteral("admin_token"), server.adminToken() },
        { QStringLiteral("read_only_token"), server.readOnlyToken() },
        { QStringLiteral("service_tokens"), tokens },
        { QStringLiteral("port"), server.port() },
        { QStringLiteral("seed"), QString::number(options.seed) },
        { QStringLiteral("tls"), options.tls },
        { QStringLiteral("control_url"),
            QString(server.baseUrl().toString() + QStringLiteral("/__sim/")) } };
    std::fprintf(stdout, "%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return app.exec();
}
