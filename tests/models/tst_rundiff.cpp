// SPDX-License-Identifier: GPL-3.0-or-later
// The run diff engine (artifacts/diff) on real run pairs of the corpus, against the object
// RunDiffOracle computes with QJsonDocument; the SQL side-by-side diff on known edits.
#include "artifacts/artifactjsonwriter.h"
#include "artifacts/diff/rundiff.h"
#include "artifacts/diff/sqldiff.h"
#include "rundifforacle.h"
#include "tst_artifactcorpus.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Dbtc::Models;

class TstRunDiff : public QObject
{
    Q_OBJECT

    static QString corpus(const char *folder)
    {
        return ArtifactCorpus::root() + QLatin1Char('/') + QLatin1String(folder);
    }

    static QJsonObject diffJson(
        const QString &oldPath, const QString &newPath, RunDiff *out = nullptr)
    {
        QString error;
        auto a = loadRunArtifacts(oldPath, &error);
        auto b = loadRunArtifacts(newPath, &error);
        if (!a || !b) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        RunDiff diff = diffRuns(std::move(a), std::move(b));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(runDiffJson(diff), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            qWarning("runDiffJson wrote invalid JSON: %s", qPrintable(parseError.errorString()));
        }
        if (out) {
            *out = std::move(diff);
        }
        return doc.object();
    }

    static void writeJson(const QString &path, const QJsonObject &o)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(o).toJson());
    }

private slots:

    // A passing dbt 0.21 build and the failed dbt 1.0 build of the same jaffle_shop project: the
    // models were renamed between them (added/removed), the shared ones have timings and SQL.
    void jaffleShop_passingThenFailed_matchesTheOracle()
    {
        const QString before = corpus("jaffle_shop-dbt0.21.0-bigquery");
        const QString after = corpus("jaffle_shop-dbt1.0.0-bigquery");
        RunDiff diff;
        const QJsonObject actual = diffJson(before, after, &diff);
        const QJsonObject expected = RunDiffOracle::expected(before, after);
        QCOMPARE(actual, expected);
        QVERIFY(diff.sqlCompared);
        QVERIFY(!diff.added.empty());
        QVERIFY(!diff.removed.empty());
        QVERIFY(!diff.timing.empty());
        // The failed model only exists in the new run.
        QVERIFY(std::find(
                    diff.added.begin(), diff.added.end(), "model.jaffle_shop.test_insert_overwrite")
            != diff.added.end());
    }

    // The other direction swaps added and removed and keeps the timings mirrored.
    void reversed_swapsAddedAndRemoved()
    {
        const QString before = corpus("jaffle_shop-dbt0.21.0-bigquery");
        const QString after = corpus("jaffle_shop-dbt1.0.0-bigquery");
        const QJsonObject forward = diffJson(before, after);
        const QJsonObject backward = diffJson(after, before);
        QCOMPARE(backward[QLatin1String("added")], forward[QLatin1String("removed")]);
        QCOMPARE(backward[QLatin1String("removed")], forward[QLatin1String("added")]);
        QCOMPARE(backward, RunDiffOracle::expected(after, before));
    }

    // diy9: a seed run without a manifest beside it, then a failed test run: no SQL comparison.
    void withoutManifest_noSqlChanges()
    {
        // The shared corpus keeps a manifest beside the seed run, the CI copy does not: the
        // run_results alone go into a folder of their own, so both corpora test the same case.
        QTemporaryDir alone;
        QVERIFY(alone.isValid());
        const QString before = alone.filePath(QStringLiteral("run_results.json"));
        QVERIFY(QFile::copy(
            corpus("diy9-dbt0.20.2-bigquery") + QStringLiteral("/run_results.json"), before));
        const QString after = corpus("diy9-dbt0.20.2-bigquery-failed-run");
        RunDiff diff;
        const QJsonObject actual = diffJson(before, after, &diff);
        QCOMPARE(actual, RunDiffOracle::expected(before, after));
        QVERIFY(!diff.sqlCompared);
        QVERIFY(diff.sqlChanged.empty());
        QCOMPARE(diff.added.size(), std::size_t(4));
    }

    // The real failed run with its error fixed, a passing test turned failing and a retried node:
    // status changes both ways, the retry counted once with its last status.
    void statusChanges_bothWaysAndRetriesCountOnce()
    {
        QTemporaryDir dir;
        const QString real =
            corpus("jaffle_shop-dbt1.0.0-bigquery") + QStringLiteral("/run_results.json");
        QJsonObject root = RunDiffOracle::readObject(real);
        QJsonArray list = root[QLatin1String("results")].toArray();
        QString flippedTest;
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject r = list[i].toObject();
            const QString id = r[QLatin1String("unique_id")].toString();
            if (r[QLatin1String("status")] == QLatin1String("error")) {
                r[QLatin1String("status")] = QStringLiteral("success");
                r[QLatin1String("execution_time")] = 2.5;
            } else if (flippedTest.isEmpty() && id.startsWith(QLatin1String("test."))) {
                flippedTest = id;
                QJsonObject retry = r;
                r[QLatin1String("status")] = QStringLiteral("error"); // first attempt
                retry[QLatin1String("status")] = QStringLiteral("fail"); // the retry, last wins
                list.append(retry);
            }
            list[i] = r;
        }
        root[QLatin1String("results")] = list;
        const QString fixed = dir.filePath(QStringLiteral("run_results.json"));
        writeJson(fixed, root);
        RunDiff diff;
        const QJsonObject actual = diffJson(real, fixed, &diff);
        QCOMPARE(actual, RunDiffOracle::expected(real, fixed));
        QCOMPARE(diff.statusChanged.size(), std::size_t(2));
        const auto find = [&](std::string_view id) {
            return std::find_if(diff.statusChanged.begin(),
                diff.statusChanged.end(),
                [&](const RunStatusChange &c) {
                    return c.uniqueId == id;
                });
        };
        const auto fixedModel = find("model.jaffle_shop.test_insert_overwrite");
        QVERIFY(fixedModel != diff.statusChanged.end());
        QCOMPARE(fixedModel->oldStatus, std::string_view("error"));
        QCOMPARE(fixedModel->newStatus, std::string_view("success"));
        const auto broken = find(flippedTest.toStdString());
        QVERIFY(broken != diff.statusChanged.end());
        QCOMPARE(broken->newStatus, std::string_view("fail"));
        QVERIFY(diff.added.empty() && diff.removed.empty());
        // One timing per node although the test has two results.
        QCOMPARE(diff.timing.size(), RunDiffOracle::results(real).size());
    }

    // The writer --diff and --summarize share: escapes read back exactly, numbers round-trip.
    void jsonWriter_escapesAndNumbersRoundTrip()
    {
        const std::string tricky = std::string("model.a\"b\\c\nd\te\x01f") + "\xc3\xa9";
        ArtifactJsonWriter w;
        w.beginObject();
        w.key("id");
        w.value(std::string_view(tricky));
        w.key("s");
        w.number(0.1);
        w.key("nan");
        w.number(std::nan(""));
        w.endObject();
        const QJsonObject o = QJsonDocument::fromJson(w.take()).object();
        QCOMPARE(o[QLatin1String("id")].toString(), QString::fromStdString(tricky));
        QCOMPARE(o[QLatin1String("s")].toDouble(), 0.1);
        QVERIFY(o[QLatin1String("nan")].isNull());
    }

    void timingDelta_absoluteAndRelative()
    {
        const RunTimingDelta slower { "model.a", 2.0, 5.0 };
        QCOMPARE(slower.delta(), 3.0);
        QCOMPARE(slower.relative(), 1.5);
        const RunTimingDelta fromZero { "model.b", 0.0, 1.0 };
        QVERIFY(std::isnan(fromZero.relative()));
    }

    void rankedTimings_slowestGrowthFirst()
    {
        const std::vector<RunTimingDelta> timing { { "model.a", 1.0, 2.0 }, // +1 s, +100%
            { "model.b", 10.0, 15.0 }, // +5 s, +50%
            { "model.c", 0.0, 3.0 }, // +3 s, no ratio
            { "model.d", 4.0, 1.0 }, // -3 s, -75%
            { "model.e", 2.0, 2.0 } }; // unchanged
        const auto ids = [](const std::vector<RunTimingDelta> &list) {
            QStringList out;
            for (const RunTimingDelta &t : list) {
                out << QString::fromUtf8(t.uniqueId.data(), qsizetype(t.uniqueId.size()));
            }
            return out;
        };
        QCOMPARE(ids(rankedTimings(timing, TimingOrder::AbsoluteDelta)).join(u','),
            QStringLiteral("model.b,model.c,model.a,model.e,model.d"));
        QCOMPARE(ids(rankedTimings(timing, TimingOrder::RelativeDelta)).join(u','),
            QStringLiteral("model.a,model.b,model.e,model.d,model.c"));
        // The real pair: ranked lists keep every node and put the largest slow-down on top.
        RunDiff diff;
        diffJson(corpus("jaffle_shop-dbt0.21.0-bigquery"),
            corpus("jaffle_shop-dbt1.0.0-bigquery"),
            &diff);
        const auto ranked = rankedTimings(diff.timing, TimingOrder::AbsoluteDelta);
        QCOMPARE(ranked.size(), diff.timing.size());
        for (const RunTimingDelta &t : diff.timing) {
            QVERIFY(ranked.front().delta() >= t.delta());
        }
    }

    void missingOrBrokenInput_namesTheFile()
    {
        QString error;
        QVERIFY(!loadRunArtifacts(QStringLiteral("/nonexistent/run_results.json"), &error));
        QVERIFY2(error.contains(QLatin1String("/nonexistent/run_results.json")), qPrintable(error));
        QTemporaryDir dir;
        QVERIFY(!loadRunArtifacts(dir.path(), &error));
        QVERIFY2(error.contains(dir.path()) && error.contains(QLatin1String("run_results.json")),
            qPrintable(error));
        const QString broken = dir.filePath(QStringLiteral("run_results.json"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"results\": [ {\"unique_id\": ");
        f.close();
        QVERIFY(!loadRunArtifacts(broken, &error));
        QVERIFY2(error.contains(broken), qPrintable(error));
        // A manifest given where run_results belongs is refused, not diffed as empty.
        QVERIFY(!loadRunArtifacts(
            corpus("jaffle_shop-dbt1.0.0-bigquery") + QStringLiteral("/manifest.json"), &error));
        QVERIFY2(error.contains(QLatin1String("manifest.json")), qPrintable(error));
    }

    void sqlDiff_pairsEditedLinesAndHighlightsTheChangedCharacters()
    {
        const QString before = QStringLiteral("select id,\n  amount\nfrom orders\nwhere x = 1\n");
        const QString after = QStringLiteral("select id,\n  amount_usd\nfrom orders\nlimit 10\n");
        const QList<SqlDiffRow> rows = sideBySideDiff(before, after);
        using K = SqlDiffRow::Kind;
        QCOMPARE(rows.size(), 5); // 4 lines and the empty one after the last newline
        QCOMPARE(rows[0].kind, K::Same);
        QCOMPARE(rows[1].kind, K::Changed);
        QCOMPARE(rows[1].oldLine, 2);
        QCOMPARE(rows[1].newLine, 2);
        QVERIFY(rows[1].oldChanges.isEmpty());
        QCOMPARE(rows[1].newChanges, QList<SqlDiffSpan>({ { 8, 4 } })); // "_usd"
        QCOMPARE(rows[2].kind, K::Same);
        QCOMPARE(rows[3].kind, K::Changed);
        QCOMPARE(rows[3].oldText, QStringLiteral("where x = 1"));
        QCOMPARE(rows[3].newText, QStringLiteral("limit 10"));
        QVERIFY(!rows[3].oldChanges.isEmpty() && !rows[3].newChanges.isEmpty());
        QCOMPARE(rows[4].kind, K::Same);
    }

    void sqlDiff_unevenBlocksBecomeRemovedAndAddedRows()
    {
        const QList<SqlDiffRow> rows =
            sideBySideDiff(QStringLiteral("a\nb\nc"), QStringLiteral("a\nB\nx\ny\nc"));
        using K = SqlDiffRow::Kind;
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows[1].kind, K::Changed);
        QCOMPARE(rows[2].kind, K::Added);
        QCOMPARE(rows[2].newLine, 3);
        QCOMPARE(rows[2].oldLine, 0);
        QCOMPARE(rows[3].kind, K::Added);
        QCOMPARE(rows[4].kind, K::Same);
        QCOMPARE(rows[4].oldLine, 3);
        QCOMPARE(rows[4].newLine, 5);
        const QList<SqlDiffRow> gone = sideBySideDiff(QStringLiteral("a\nb"), QString());
        QCOMPARE(gone.size(), 2);
        QCOMPARE(gone[0].kind, K::Removed);
        QCOMPARE(gone[1].kind, K::Removed);
    }

    // Real compiled SQL of a model changed between the two jaffle_shop runs.
    void nodeSql_comesFromTheManifest()
    {
        QString error;
        const auto run = loadRunArtifacts(corpus("jaffle_shop-dbt1.0.0-bigquery"), &error);
        QVERIFY2(run, qPrintable(error));
        const QString sql = nodeSql(*run, "model.jaffle_shop.orders");
        QVERIFY(sql.contains(QLatin1String("select"), Qt::CaseInsensitive));
        QVERIFY(nodeSql(*run, "model.nope").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstRunDiff)
#include "tst_rundiff.moc"
