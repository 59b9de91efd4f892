// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/dbtlogs.h"

#include <QRandomGenerator>

namespace Dbtc::Sim {

namespace {

const QString kClone = QStringLiteral("#clone");
const QString kProfile = QStringLiteral("#profile");

QStringList consoleLines(const Run &run, const Step &step, bool fails)
{
    const QString &cmd = step.dbtCommand;
    if (cmd == kClone) {
        return { QStringLiteral("Cloning into '/tmp/jobs/%1/target'...").arg(run.id),
            QStringLiteral("Successfully cloned repository."),
            QStringLiteral("Checked out at %1.")
                .arg(run.gitSha.isEmpty() ? QStringLiteral("HEAD") : run.gitSha) };
    }
    if (cmd == kProfile) {
        return { QStringLiteral("Writing profile to /tmp/jobs/%1/.dbt/profiles.yml").arg(run.id),
            QStringLiteral("Profile written successfully.") };
    }
    QStringList out { QStringLiteral("Running with dbt=%1")
                          .arg(run.dbtVersion.at(0).isDigit()
                                  ? run.dbtVersion.section(QLatin1Char('-'), 0, 0)
                                  : QStringLiteral("1.11.7")),
        QStringLiteral("Registered adapter: duckdb=1.9.1") };
    if (cmd.startsWith(QLatin1String("dbt deps"))) {
        out << QStringLiteral("Installing dbt-labs/dbt_utils")
            << QStringLiteral("Installed from version 1.3.0") << QStringLiteral("Up to date!");
        return out;
    }
    const QStringList &models = jaffleModels();
    out << QStringLiteral("Found 13 models, 6 seeds, 27 data tests, 6 sources, 851 macros")
        << QString() << QStringLiteral("Concurrency: 4 threads (target='default')") << QString();
    if (cmd.contains(QLatin1String("docs generate"))) {
        out << QStringLiteral("Building catalog")
            << QStringLiteral("Catalog written to /tmp/jobs/%1/target/catalog.json").arg(run.id);
        return out;
    }
    if (cmd.contains(QLatin1String("source freshness"))) {
        out << QStringLiteral("1 of 1 START freshness of ecom.raw_orders .................. [RUN]")
            << QStringLiteral(
                   "1 of 1 PASS freshness of ecom.raw_orders ................... [PASS in 0.41s]")
            << QStringLiteral("Done.");
        return out;
    }
    const int total = int(models.size());
    int errors = 0;
    for (int i = 0; i < total; ++i) {
        const QString name = models.at(i).section(QLatin1Char('.'), 2);
        const QString n = QStringLiteral("%1 of %2").arg(i + 1).arg(total);
        out << QStringLiteral("%1 START sql table model prod.%2 .............. [RUN]").arg(n, name);
        if (fails && models.at(i) == run.plan.failNode) {
            out << QStringLiteral(
                "%1 ERROR creating sql table model prod.%2 ..... [ERROR in 0.08s]")
                       .arg(n, name);
            ++errors;
        } else {
            out << QStringLiteral("%1 OK created sql table model prod.%2 ......... [OK in 0.%3s]")
                       .arg(n, name)
                       .arg(10 + i * 7);
        }
    }
    out << QString()
        << QStringLiteral(
               "Finished running %1 table models in 0 hours 0 minutes and 4.27 seconds (4.27s).")
               .arg(total)
        << QString();
    if (errors) {
        const QString name = run.plan.failNode.section(QLatin1Char('.'), 2);
        out << QStringLiteral("Completed with 1 error, 0 partial successes, and 0 warnings:")
            << QString() << QStringLiteral("Failure in model %1 (models/marts/%1.sql)").arg(name)
            << QStringLiteral("  %1").arg(failureMessage(run.plan.failNode)) << QString()
            << QStringLiteral("  compiled code at target/compiled/jaffle_shop/models/marts/%1.sql")
                   .arg(name)
            << QString()
            << QStringLiteral("Done. PASS=%1 WARN=0 ERROR=1 SKIP=0 NO-OP=0 TOTAL=%2")
                   .arg(total - 1)
                   .arg(total);
    } else {
        out << QStringLiteral("Completed successfully") << QString()
            << QStringLiteral("Done. PASS=%1 WARN=0 ERROR=0 SKIP=0 NO-OP=0 TOTAL=%1").arg(total);
    }
    return out;
}

} // namespace

const QStringList &jaffleModels()
{
    static const QStringList models { QStringLiteral("model.jaffle_shop.stg_customers"),
        QStringLiteral("model.jaffle_shop.stg_locations"),
        QStringLiteral("model.jaffle_shop.stg_order_items"),
        QStringLiteral("model.jaffle_shop.stg_orders"),
        QStringLiteral("model.jaffle_shop.stg_products"),
        QStringLiteral("model.jaffle_shop.stg_supplies"),
        QStringLiteral("model.jaffle_shop.metricflow_time_spine"),
        QStringLiteral("model.jaffle_shop.locations"),
        QStringLiteral("model.jaffle_shop.products"),
        QStringLiteral("model.jaffle_shop.supplies"),
        QStringLiteral("model.jaffle_shop.order_items"),
        QStringLiteral("model.jaffle_shop.orders"),
        QStringLiteral("model.jaffle_shop.customers") };
    return models;
}

QString failureMessage(const QString &uniqueId)
{
    static const QStringList messages {
        QStringLiteral("Binder Error: Referenced column \"order_total\" not found in FROM clause!"),
        QStringLiteral("Conversion Error: Could not convert string 'N/A' to INT32"),
        QStringLiteral("Catalog Error: Table with name raw_payments does not exist!"),
        QStringLiteral("Parser Error: syntax error at or near \"from\"")
    };
    return messages.at(int(qHash(uniqueId) % quint64(messages.size())));
}

QStringList runCommands(const Run &run, const Job &job)
{
    QStringList out { kClone, kProfile, QStringLiteral("dbt deps") };
    out += run.trigger.stepsOverride.value_or(job.executeSteps);
    if (run.trigger.generateDocsOverride.value_or(job.generateDocs)) {
        out << QStringLiteral("dbt docs generate");
    }
    if (job.runGenerateSources) {
        out << QStringLiteral("dbt source freshness");
    }
    return out;
}

int plannedStepCount(const Job &job, const Trigger &trigger)
{
    return 3 + int(trigger.stepsOverride.value_or(job.executeSteps).size())
        + (trigger.generateDocsOverride.value_or(job.generateDocs) ? 1 : 0)
        + (job.runGenerateSources ? 1 : 0);
}

QString stepName(const QString &command, const QString &connectionType)
{
    if (command == kClone) {
        return QStringLiteral("Clone git repository");
    }
    if (command == kProfile) {
        QString type = connectionType.isEmpty() ? QStringLiteral("Snowflake") : connectionType;
        type[0] = type[0].toUpper();
        return QStringLiteral("Create profile from connection %1 ")
            .arg(type); // trailing space is real
    }
    return QStringLiteral("Invoke dbt with `%1`").arg(command);
}

QList<LogLine> stepLogs(const Run &run, const Step &step, bool fails)
{
    const QStringList lines = consoleLines(run, step, fails);
    QList<LogLine> out;
    out.reserve(lines.size());
    const qint64 span = qMax<qint64>(1, step.startedAt.msecsTo(step.finishedAt));
    for (int i = 0; i < lines.size(); ++i) {
        // Spread lines over the step so a polling client sees the log grow.
        const QDateTime at = step.startedAt.addMSecs(span * i / qMax<qsizetype>(1, lines.size()));
        const QString stamp = at.toString(QStringLiteral("HH:mm:ss"));
        out.append(
            { at, lines.at(i).isEmpty() ? stamp : stamp + QStringLiteral("  ") + lines.at(i) });
    }
    return out;
}

QStringList debugLogLines(const Step &step)
{
    QStringList out;
    for (const LogLine &l : step.logs) {
        const QString ts = l.at.toString(QStringLiteral("HH:mm:ss.zzz000"));
        out << QStringLiteral("%1 [debug] [MainThread]: Acquiring new duckdb connection 'master'")
                   .arg(ts)
            << ts + QStringLiteral(" [info ] [MainThread]: ") + l.text.mid(10)
            << QStringLiteral("%1 [debug] [MainThread]: On master: COMMIT").arg(ts);
    }
    return out;
}

} // namespace Dbtc::Sim
