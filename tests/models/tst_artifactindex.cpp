// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/artifactindex.h"
#include "tst_artifactcorpus.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Dbtc::Models;

namespace {

QString qs(std::string_view s)
{
    return toQString(s);
}

QStringList filesOfKind(const QString &kind)
{
    QStringList out;
    for (const QString &f : ArtifactCorpus::files()) {
        if (ArtifactCorpus::kindOf(ArtifactCorpus::readJson(f)) == kind) {
            out << f;
        }
    }
    return out;
}

void addRows(const QString &kind)
{
    QTest::addColumn<QString>("file");
    for (const QString &f : filesOfKind(kind)) {
        QTest::newRow(qPrintable(f.mid(ArtifactCorpus::root().size() + 1))) << f;
    }
}

std::shared_ptr<ArtifactIndex> open(const QString &file)
{
    QString error;
    auto index = ArtifactIndex::load(file, &error);
    if (!index) {
        qWarning("%s", qPrintable(error));
    }
    return index;
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestArtifactIndex final : public QObject
{
    Q_OBJECT

private slots:

    void manifest_entitiesFieldsAndEdges_data() { addRows(QStringLiteral("manifest")); }

    void manifest_entitiesFieldsAndEdges()
    {
        QFETCH(QString, file);
        const QJsonObject root = ArtifactCorpus::readJson(file);
        const auto index = open(file);
        QVERIFY(index);
        const char *maps[] = { "nodes",
            "sources",
            "macros",
            "exposures",
            "metrics",
            "semantic_models",
            "saved_queries",
            "unit_tests",
            "groups" };
        QHash<QString, QJsonObject> all;
        for (const char *m : maps) {
            const QJsonObject obj = root[QLatin1String(m)].toObject();
            for (auto it = obj.begin(); it != obj.end(); ++it) {
                all.insert(it.key(), it.value().toObject());
            }
        }
        const auto enabled =
            std::count_if(index->entities().begin(), index->entities().end(), [](const Entity &e) {
                return !e.disabled;
            });
        QCOMPARE(qsizetype(enabled), all.size());

        QSet<QPair<int, int>> checkedEdges;
        qsizetype dangling = 0;
        for (auto it = all.begin(); it != all.end(); ++it) {
            const QByteArray id = it.key().toUtf8();
            const int i =
                index->findEntity(std::string_view(id.constData(), std::size_t(id.size())));
            QVERIFY2(i >= 0, id.constData());
            const Entity &e = index->entities()[std::size_t(i)];
            const QJsonObject &node = it.value();
            QCOMPARE(qs(e.name), node[QLatin1String("name")].toString());
            if (node.contains(QLatin1String("resource_type"))) {
                QCOMPARE(qs(e.resourceTypeName), node[QLatin1String("resource_type")].toString());
            }
            if (node.contains(QLatin1String("original_file_path"))) {
                QCOMPARE(qs(e.path), node[QLatin1String("original_file_path")].toString());
            }
            if (node[QLatin1String("tags")].isArray()) {
                QCOMPARE(
                    qsizetype(index->tags(e).size()), node[QLatin1String("tags")].toArray().size());
            }
            QCOMPARE(qsizetype(index->columns(e).size()),
                node[QLatin1String("columns")].toObject().size());
            const QString raw = node.contains(QLatin1String("raw_code"))
                ? node[QLatin1String("raw_code")].toString()
                : node[QLatin1String("raw_sql")].toString();
            QCOMPARE(e.rawCode.toString(), raw);
            QCOMPARE(e.description.toString(), node[QLatin1String("description")].toString());
            const auto parents = index->parents(std::uint32_t(i));
            for (const QJsonValue p :
                node[QLatin1String("depends_on")][QLatin1String("nodes")].toArray()) {
                const QByteArray pid = p.toString().toUtf8();
                const int pi =
                    index->findEntity(std::string_view(pid.constData(), std::size_t(pid.size())));
                if (pi < 0) {
                    ++dangling;
                    continue;
                }
                QVERIFY2(
                    std::find(parents.begin(), parents.end(), std::uint32_t(pi)) != parents.end(),
                    qPrintable(it.key() + QLatin1String(" -> ") + p.toString()));
                const auto kids = index->children(std::uint32_t(pi));
                QVERIFY(std::find(kids.begin(), kids.end(), std::uint32_t(i)) != kids.end());
                checkedEdges.insert({ i, pi });
            }
        }
        QVERIFY(index->edgeCount() >= std::size_t(checkedEdges.size()));
        QVERIFY(index->danglingEdgeCount() >= std::size_t(dangling));
    }

    void results_fieldsMatch_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &kind : { QStringLiteral("run_results"), QStringLiteral("sources") }) {
            for (const QString &f : filesOfKind(kind)) {
                QTest::newRow(qPrintable(f.mid(ArtifactCorpus::root().size() + 1))) << f;
            }
        }
    }

    void results_fieldsMatch()
    {
        QFETCH(QString, file);
        const QJsonArray expected =
            ArtifactCorpus::readJson(file)[QLatin1String("results")].toArray();
        const auto index = open(file);
        QVERIFY(index);
        QCOMPARE(qsizetype(index->results().size()), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject x = expected.at(i).toObject();
            const RunResult &r = index->results()[std::size_t(i)];
            QCOMPARE(qs(r.uniqueId), x[QLatin1String("unique_id")].toString());
            QCOMPARE(qs(r.status), x[QLatin1String("status")].toString());
            QCOMPARE(r.executionTime, x[QLatin1String("execution_time")].toDouble());
            if (x[QLatin1String("failures")].isDouble()) {
                QCOMPARE(r.failures, qint64(x[QLatin1String("failures")].toDouble()));
            }
            if (x[QLatin1String("message")].isString()) {
                QCOMPARE(r.message.toString(), x[QLatin1String("message")].toString());
            }
            const QJsonValue code = x.contains(QLatin1String("compiled_code"))
                ? x[QLatin1String("compiled_code")]
                : x[QLatin1String("compiled_sql")];
            QCOMPARE(r.compiledCode.toString(), code.toString());
            QCOMPARE(
                qsizetype(index->timings(r).size()), x[QLatin1String("timing")].toArray().size());
            QCOMPARE(qsizetype(index->adapterResponse(r).size()),
                x[QLatin1String("adapter_response")].toObject().size());
            QCOMPARE(index->resultFor(r.uniqueId) != nullptr, true);
        }
    }

    void results_outOfRangeCountsAreUnknown()
    {
        // "failures": 1e300 used to go through an undefined double -> int64 cast.
        const QString source = filesOfKind(QStringLiteral("run_results")).value(0);
        QVERIFY(!source.isEmpty());
        QJsonObject doc = ArtifactCorpus::readJson(source);
        QJsonArray results = doc[QLatin1String("results")].toArray();
        QVERIFY(results.size() >= 1);
        const QList<double> counts = { 1e300, -1e300, 9.3e18, 3.0 };
        while (results.size() < counts.size()) {
            results.append(results.at(0));
        }
        for (qsizetype i = 0; i < counts.size(); ++i) {
            QJsonObject r = results.at(i).toObject();
            r[QLatin1String("failures")] = counts.at(i);
            r[QLatin1String("unique_id")] = QStringLiteral("model.p.m%1").arg(i);
            results[i] = r;
        }
        doc[QLatin1String("results")] = results;
        QTemporaryDir dir;
        QFile out(dir.filePath(QStringLiteral("run_results.json")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(doc).toJson());
        out.close();
        const auto index = open(out.fileName());
        QVERIFY(index);
        QCOMPARE(index->results()[0].failures, qint64(-1));
        QCOMPARE(index->results()[1].failures, qint64(-1));
        QCOMPARE(index->results()[2].failures, qint64(-1));
        QCOMPARE(index->results()[3].failures, qint64(3));
    }

    void catalog_tablesColumnsStats_data() { addRows(QStringLiteral("catalog")); }

    void catalog_tablesColumnsStats()
    {
        QFETCH(QString, file);
        const QJsonObject root = ArtifactCorpus::readJson(file);
        const auto index = open(file);
        QVERIFY(index);
        qsizetype tables = 0;
        for (const char *section : { "nodes", "sources" }) {
            const QJsonObject obj = root[QLatin1String(section)].toObject();
            for (auto it = obj.begin(); it != obj.end(); ++it, ++tables) {
                const QByteArray id = it.key().toUtf8();
                const CatalogTable *t =
                    index->catalogFor(std::string_view(id.constData(), std::size_t(id.size())));
                QVERIFY2(t, id.constData());
                QCOMPARE(qsizetype(index->columns(*t).size()),
                    it.value()[QLatin1String("columns")].toObject().size());
                QCOMPARE(qsizetype(index->stats(*t).size()),
                    it.value()[QLatin1String("stats")].toObject().size());
                QCOMPARE(qs(t->type),
                    it.value()[QLatin1String("metadata")][QLatin1String("type")].toString());
                QCOMPARE(t->isSource, qstrcmp(section, "sources") == 0);
            }
        }
        QCOMPARE(qsizetype(index->catalogTables().size()), tables);
    }

    // --- broken input: a clear error naming the file, the problem and the offset; never a crash
    void truncated_atRandomPoints_givesOffsetError()
    {
        const QStringList manifests = filesOfKind(QStringLiteral("manifest"));
        QVERIFY(!manifests.isEmpty());
        const QByteArray good = readBytes(manifests.first());
        auto *rng = QRandomGenerator::global();
        for (int i = 0; i < 40; ++i) {
            const qsizetype cut = 1 + qsizetype(rng->bounded(quint32(good.size() - 2)));
            ArtifactIndex index;
            QString error;
            QVERIFY2(!index.addBuffer(good.left(cut), QStringLiteral("cut.json"), &error),
                qPrintable(QString::number(cut)));
            QVERIFY2(error.startsWith(QLatin1String("cut.json: ")), qPrintable(error));
            QVERIFY2(error.contains(QLatin1String(" at byte ")), qPrintable(error));
            QVERIFY(index.documents().empty());
        }
    }

    void brokenInputs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<int>("offset");
        const QByteArray md = "{\"metadata\": {\"dbt_schema_version\": "
                              "\"https://schemas.getdbt.com/dbt/manifest/v12.json\"}";
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty file") << 0;
        QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n\0\0\xff\xfe", 12)
                                 << QStringLiteral("") << -1;
        QTest::newRow("array root")
            << QByteArray("[1, 2, 3]") << QStringLiteral("not a dbt artifact") << 0;
        QTest::newRow("no metadata")
            << QByteArray("{\"nodes\": {}}") << QStringLiteral("not a dbt artifact") << -1;
        QTest::newRow("other json") << QByteArray("{\"metadata\": {\"name\": \"x\"}}")
                                    << QStringLiteral("not a dbt artifact") << -1;
        QTest::newRow("nodes is a list")
            << md + ", \"nodes\": [1]}" << QStringLiteral("expected an object for \"nodes\"")
            << int(md.size() + 11);
        QTest::newRow("name is a number")
            << md + ", \"nodes\": {\"model.a.b\": {\"name\": 42}}}"
            << QStringLiteral("expected a string for \"name\"") << int(md.size() + 34);
        QTest::newRow("bad utf8") << md + ", \"nodes\": {\"m\xff\": {}}}"
                                  << QStringLiteral("invalid UTF-8") << int(md.size() + 14);
        QTest::newRow("trailing") << md + ", \"nodes\": {}} {}" << QStringLiteral("") << -1;
        QTest::newRow("bad literal")
            << md + ", \"nodes\": {\"m\": {\"name\": nul}}}" << QStringLiteral("") << -1;
        QTest::newRow("unknown kind")
            << QByteArray("{\"metadata\": {\"dbt_schema_version\": "
                          "\"https://schemas.getdbt.com/dbt/semantic-manifest/v1.json\"}}")
            << QStringLiteral("unsupported dbt artifact type") << -1;
    }

    void brokenInputs()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        QFETCH(int, offset);
        ArtifactIndex index;
        QString error;
        QVERIFY(!index.addBuffer(bytes, QStringLiteral("/tmp/x/manifest.json"), &error));
        QVERIFY2(error.startsWith(QLatin1String("/tmp/x/manifest.json: ")), qPrintable(error));
        QVERIFY2(error.contains(problem), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String(" at byte ")), qPrintable(error));
        if (offset >= 0) {
            QVERIFY2(error.contains(QStringLiteral(" at byte %1 ").arg(offset)), qPrintable(error));
        }
    }

    void catalogGivenAsManifest_isRejected()
    {
        const QStringList catalogs = filesOfKind(QStringLiteral("catalog"));
        QVERIFY(!catalogs.isEmpty());
        ArtifactIndex index;
        QString error;
        QVERIFY(!index.addFile(catalogs.first(), &error, ArtifactKind::Manifest));
        QVERIFY2(error.contains(QLatin1String("expected a manifest but this is catalog/v1")),
            qPrintable(error));
        // The same through a folder whose manifest.json is really a catalog.
        QTemporaryDir dir;
        QVERIFY(QFile::copy(catalogs.first(), dir.filePath(QStringLiteral("manifest.json"))));
        QVERIFY(!ArtifactIndex::load(dir.path(), &error));
        QVERIFY2(
            error.contains(QLatin1String("manifest.json: expected a manifest")), qPrintable(error));
        // A failed file leaves nothing behind: the index still takes a good one.
        QVERIFY(index.addFile(catalogs.first(), &error));
        QCOMPARE(index.documents().size(), std::size_t(1));
    }

    void cancel_stopsWithMessage()
    {
        const QStringList manifests = filesOfKind(QStringLiteral("manifest"));
        std::atomic_bool cancel { true };
        QString error;
        QVERIFY(!ArtifactIndex::load(manifests.last(), &error, LoadControl { &cancel, {} }));
        QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
    }

    void progress_reachesHundred()
    {
        const QStringList folders = ArtifactCorpus::folders();
        QList<int> seen;
        QString error;
        QVERIFY(ArtifactIndex::load(folders.first(), &error, LoadControl { nullptr, [&](int p) {
                                                                              seen << p;
                                                                          } }));
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last(), 100);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    }
};

QTEST_GUILESS_MAIN(TestArtifactIndex)
#include "tst_artifactindex.moc"
