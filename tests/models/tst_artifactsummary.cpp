// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/artifactsummary.h"
#include "tst_artifactcorpus.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Dbtc::Models;

class TestArtifactSummary final : public QObject
{
    Q_OBJECT

private:
    static QJsonObject summaryOf(const QString &path)
    {
        QString error;
        const QByteArray json = summarizeArtifacts(path, &error);
        if (!error.isEmpty()) {
            qWarning("%s", qPrintable(error));
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
        if (pe.error != QJsonParseError::NoError) {
            qWarning("summary is not JSON: %s", qPrintable(pe.errorString()));
        }
        return doc.object();
    }

    static void compare(const QJsonObject &got, const QString &file)
    {
        QJsonObject expected = ArtifactCorpus::expectedSummary(ArtifactCorpus::readJson(file));
        expected[QLatin1String("path")] = file;
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            if (got.value(it.key()) != it.value()) {
                qWarning("%s: %s differs:\n got      %s\n expected %s",
                    qPrintable(file),
                    qPrintable(it.key()),
                    QJsonDocument(QJsonObject { { it.key(), got.value(it.key()) } })
                        .toJson(QJsonDocument::Compact)
                        .constData(),
                    QJsonDocument(QJsonObject { { it.key(), it.value() } })
                        .toJson(QJsonDocument::Compact)
                        .constData());
            }
            QCOMPARE(got.value(it.key()), it.value());
        }
    }

private slots:

    void initTestCase()
    {
        QVERIFY2(!ArtifactCorpus::files().isEmpty(), qPrintable(ArtifactCorpus::root()));
    }

    void everyFile_matchesJson_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : ArtifactCorpus::files()) {
            QTest::newRow(qPrintable(f.mid(ArtifactCorpus::root().size() + 1))) << f;
        }
    }

    void everyFile_matchesJson()
    {
        QFETCH(QString, file);
        const QJsonArray artifacts = summaryOf(file)[QLatin1String("artifacts")].toArray();
        QCOMPARE(artifacts.size(), 1);
        compare(artifacts.first().toObject(), file);
    }

    void everyFolder_listsEachArtifact_data()
    {
        QTest::addColumn<QString>("folder");
        for (const QString &f : ArtifactCorpus::folders()) {
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
        }
    }

    void everyFolder_listsEachArtifact()
    {
        QFETCH(QString, folder);
        const QJsonArray artifacts = summaryOf(folder)[QLatin1String("artifacts")].toArray();
        const QStringList order = { QStringLiteral("manifest.json"),
            QStringLiteral("catalog.json"),
            QStringLiteral("run_results.json"),
            QStringLiteral("sources.json") };
        QStringList present;
        for (const QString &name : order) {
            if (QFileInfo::exists(folder + QLatin1Char('/') + name)) {
                present << folder + QLatin1Char('/') + name;
            }
        }
        QCOMPARE(artifacts.size(), present.size());
        for (qsizetype i = 0; i < present.size(); ++i) {
            compare(artifacts.at(i).toObject(), present.at(i));
        }
    }

    void failedRun_listsProblemsWithMessages()
    {
        // nba_dbtengine: one model error with a message (and compiled SQL) in a v6 file.
        const QString file = ArtifactCorpus::root()
            + QStringLiteral("/nba_dbtengine-dbt1.9.0-postgres/run_results.json");
        // The file is in both corpora (shared and tests/data/artifacts): missing is a broken
        // checkout, not a reason to pass.
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        const QJsonObject a =
            summaryOf(file)[QLatin1String("artifacts")].toArray().first().toObject();
        const QJsonArray problems = a[QLatin1String("problems")].toArray();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first()[QLatin1String("status")].toString(), QStringLiteral("error"));
        QVERIFY(problems.first()[QLatin1String("message")].toString().size() > 10);
        QCOMPARE(a[QLatin1String("statuses")].toObject()[QLatin1String("success")].toInt(), 2);
    }

    void brokenFile_givesErrorAndNoOutput()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("manifest.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"metadata\": {\"dbt_schema_version\": "
                "\"https://schemas.getdbt.com/dbt/manifest/v12.json\"}, \"nodes\": {\"a\": ");
        f.close();
        QString error;
        QVERIFY(summarizeArtifacts(path, &error).isEmpty());
        QVERIFY2(error.startsWith(path), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("at byte")), qPrintable(error));
        error.clear();
        QVERIFY(summarizeArtifacts(dir.path(), &error).isEmpty()); // folder with the same file
        QVERIFY2(error.contains(QLatin1String("manifest.json")), qPrintable(error));
        error.clear();
        QVERIFY(summarizeArtifacts(dir.filePath(QStringLiteral("nope")), &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("no such file")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestArtifactSummary)
#include "tst_artifactsummary.moc"
