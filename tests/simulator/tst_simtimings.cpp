// SPDX-License-Identifier: GPL-3.0-or-later
// The run timings the simulator serves in run_results.json: each run step its own (the same
// file on every fetch), node times differing from run to run within +-30 %, a few models
// growing over the month, and every timing[] entry consistent with execution_time and inside
// its step, over HTTP like the app reads them.
#include "simclient.h"

#include <QJsonArray>
#include <QMap>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Dbtc::Sim;
using SimTest::Client;

namespace {

const QString kRuns = QStringLiteral("/api/v2/accounts/1/runs/");

//! "2026-11-20 08:00:00.123456+00:00" (the runs' format) or ISO with ms (run_results').
QDateTime timeOf(const QJsonValue &v)
{
    const QString s = v.toString();
    QDateTime t = QDateTime::fromString(s.left(23), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    if (!t.isValid()) {
        t = QDateTime::fromString(s, Qt::ISODateWithMs);
    }
    t.setTimeSpec(Qt::UTC);
    return t;
}

struct Served
{
    QDateTime stepStart, stepEnd;
    QByteArray body;
    QJsonArray results;
};

Served fetch(Client &c, qint64 runId)
{
    Served out;
    const QJsonObject run =
        c.get(kRuns + QStringLiteral("%1/?include_related=run_steps").arg(runId)).data().toObject();
    const QJsonArray steps = run.value(QStringLiteral("run_steps")).toArray();
    for (const QJsonValue &s : steps) {
        if (s[QStringLiteral("index")].toInt() == 4) {
            out.stepStart = timeOf(s[QStringLiteral("started_at")]);
            out.stepEnd = timeOf(s[QStringLiteral("finished_at")]);
        }
    }
    out.body =
        c.get(kRuns + QStringLiteral("%1/artifacts/run_results.json?step=4").arg(runId)).body;
    out.results =
        QJsonDocument::fromJson(out.body).object().value(QStringLiteral("results")).toArray();
    return out;
}

QList<qint64> successfulRuns(Client &c, const QString &query)
{
    QList<qint64> out;
    const QJsonArray runs = c.get(kRuns + QStringLiteral("?status=10&") + query).data().toArray();
    for (const QJsonValue &r : runs) {
        out << r[QStringLiteral("id")].toInteger();
    }
    return out;
}

double seconds(const Served &s, const QString &uniqueId)
{
    for (const QJsonValue &r : s.results) {
        if (r[QStringLiteral("unique_id")].toString() == uniqueId) {
            return r[QStringLiteral("execution_time")].toDouble();
        }
    }
    return -1;
}

} // namespace

class TestSimTimings final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Server> m_server;

private slots:

    void initTestCase()
    {
        m_server = std::make_unique<Server>(SimTest::quietOptions());
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void aRunServesTheSameTimingsEveryTime()
    {
        Client c(*m_server);
        const QList<qint64> ids = successfulRuns(c, QStringLiteral("limit=1&order_by=-id"));
        QCOMPARE(ids.size(), 1);
        const Served a = fetch(c, ids.first()), b = fetch(c, ids.first());
        QVERIFY(!a.results.isEmpty());
        QCOMPARE(a.body, b.body);
    }

    void timingsDifferPerRunAndFitTheirStep()
    {
        Client c(*m_server);
        const QList<qint64> ids = successfulRuns(c, QStringLiteral("limit=30&order_by=-id"));
        QCOMPARE(ids.size(), 30);
        QMap<QString, QList<double>> byNode;
        for (qint64 id : ids) {
            const Served s = fetch(c, id);
            QVERIFY2(
                s.stepStart.isValid() && s.stepEnd > s.stepStart, qPrintable(QString::number(id)));
            QCOMPARE(s.results.size(), 40);
            QDateTime previousEnd = s.stepStart;
            double total = 0;
            for (const QJsonValue &r : s.results) {
                const QJsonArray timing = r[QStringLiteral("timing")].toArray();
                QCOMPARE(timing.size(), 2);
                QCOMPARE(timing[0][QStringLiteral("name")].toString(), QStringLiteral("compile"));
                QCOMPARE(timing[1][QStringLiteral("name")].toString(), QStringLiteral("execute"));
                const QDateTime compileStart = timeOf(timing[0][QStringLiteral("started_at")]);
                const QDateTime compileEnd = timeOf(timing[0][QStringLiteral("completed_at")]);
                const QDateTime executeStart = timeOf(timing[1][QStringLiteral("started_at")]);
                const QDateTime executeEnd = timeOf(timing[1][QStringLiteral("completed_at")]);
                const double t = r[QStringLiteral("execution_time")].toDouble();
                // one thread: node after node, inside the step, phases in order
                QVERIFY(compileStart >= previousEnd);
                QVERIFY(compileStart <= compileEnd && compileEnd <= executeStart);
                QVERIFY(executeStart <= executeEnd && executeEnd <= s.stepEnd);
                QVERIFY2(std::abs(compileStart.msecsTo(executeEnd) / 1000.0 - t) <= 0.002,
                    qPrintable(r[QStringLiteral("unique_id")].toString()));
                previousEnd = executeEnd;
                total += t;
                byNode[r[QStringLiteral("unique_id")].toString()] << t;
            }
            // plausible: the nodes take a good part of their step, not milliseconds of minutes
            QVERIFY2(total >= 5.0, qPrintable(QString::number(total)));
        }
        // Each node's time differs from run to run, within +-30 % of its own level (a node
        // that does not grow; a month's growth of the growing ones is more).
        for (const QString &node : { QStringLiteral("model.jaffle_shop.stg_customers"),
                 QStringLiteral("model.jaffle_shop.locations"),
                 QStringLiteral("test.jaffle_shop.unique_orders_order_id.fed79b3a6e") }) {
            QList<double> t = byNode.value(node);
            QCOMPARE(t.size(), 30);
            std::sort(t.begin(), t.end());
            QVERIFY2(std::adjacent_find(t.cbegin(), t.cend()) == t.cend(), qPrintable(node));
            QVERIFY2(t.last() / t.first() > 1.2, qPrintable(node));
            QVERIFY2(t.last() / t.first() < 1.3 / 0.7 + 0.01, qPrintable(node));
        }
    }

    void someModelsGrowOverTheMonth()
    {
        // orders grows 20 % a month against stg_orders (flat), each with its own +-30 % per
        // run: the slope of log(orders / stg_orders) over the successful runs of the month is
        // ln(1.2) / 30 days. A fit over the month's runs sees it whatever the clock picked
        // (two means of 15 runs did not: their noise is as large as a fortnight's growth).
        Client c(*m_server);
        // One project: the growth follows the project's age, and projects differ in age.
        const QJsonArray newest =
            c.get(kRuns + QStringLiteral("?status=10&limit=1&order_by=-id")).data().toArray();
        QCOMPARE(newest.size(), 1);
        const qint64 project = newest[0][QStringLiteral("project_id")].toInteger();
        QList<double> days, logRatio;
        QDateTime first;
        // Every successful run of the project (the whole month: a fortnight is too short).
        QList<qint64> ids;
        for (int offset = 0;; offset += 100) {
            const QList<qint64> page = successfulRuns(c,
                QStringLiteral("project_id=%1&limit=100&offset=%2&order_by=id")
                    .arg(project)
                    .arg(offset));
            ids << page;
            if (page.size() < 100) {
                break;
            }
        }
        for (const qint64 id : std::as_const(ids)) {
            const Served s = fetch(c, id);
            const double grows = seconds(s, QStringLiteral("model.jaffle_shop.orders"));
            const double flat = seconds(s, QStringLiteral("model.jaffle_shop.stg_orders"));
            if (grows <= 0 || flat <= 0 || !s.stepStart.isValid()) {
                continue; // a step that does not build them
            }
            if (!first.isValid()) {
                first = s.stepStart;
            }
            days << first.secsTo(s.stepStart) / 86400.0;
            logRatio << std::log(grows / flat);
        }
        QVERIFY2(days.size() >= 100, qPrintable(QString::number(days.size())));
        const double n = double(days.size());
        const double meanT = std::accumulate(days.cbegin(), days.cend(), 0.0) / n;
        const double meanY = std::accumulate(logRatio.cbegin(), logRatio.cend(), 0.0) / n;
        double sxy = 0, sxx = 0;
        for (qsizetype i = 0; i < days.size(); ++i) {
            sxy += (days[i] - meanT) * (logRatio[i] - meanY);
            sxx += (days[i] - meanT) * (days[i] - meanT);
        }
        QVERIFY(sxx > 0);
        const double slope = sxy / sxx;
        const double expected = std::log(1.2) / 30;
        qInfo("log(orders / stg_orders) grows %.5f a day over %d runs, %.1f days (expected %.5f)",
            slope,
            int(n),
            days.last(),
            expected);
        QVERIFY2(
            slope > expected / 2 && slope < expected * 1.6, qPrintable(QString::number(slope)));
    }
};

QTEST_MAIN(TestSimTimings)
#include "tst_simtimings.moc"
