// SPDX-License-Identifier: GPL-3.0-or-later
// The bad-input corpus (tests/models/badinputcorpus.h) against every file the model layer
// reads: an artifact file or folder (ArtifactIndex::load, what the browser and --summarize
// open), the offline cache, a cached run artifact, and the recent-files list in the settings.
// What must hold for each input: a clear error that names the file (or a lenient read), no
// crash, and nothing lost: the next good save or download works and replaces the bad copy.
#include "artifacts/artifactindex.h"
#include "badinputcorpus.h"
#include "models/artifacts/recentfiles.h"
#include "models/common/runartifacts.h"
#include "models/common/settingsstore.h"
#include "models/console/offlinecache.h"
#include "simfixture.h"

#include <QDataStream>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Dbtc;

class TestBadInput final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_generated;
    QList<BadInput::Case> m_cases;

    enum class Only { All, Regular, Special, NotJson };

    void addCases(Only only = Only::All)
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("notJson");
        QTest::addColumn<bool>("special");
        for (const BadInput::Case &c : std::as_const(m_cases)) {
            const bool take = only == Only::All || (only == Only::Regular && !c.special)
                || (only == Only::Special && c.special) || (only == Only::NotJson && c.notJson);
            if (take) {
                QTest::newRow(qPrintable(c.name)) << c.path << c.notJson << c.special;
            }
        }
    }

    static Models::CachedConnection someConnection()
    {
        Models::CachedConnection c;
        c.savedAt = QDateTime::currentDateTimeUtc();
        Models::TreeItem account;
        account.kind = Models::TreeNodeKind::Account;
        account.id = 7;
        account.name = QStringLiteral("Analytics");
        account.accountId = 7;
        c.tree << account;
        Models::RunRecord run;
        run.id = 102270;
        run.accountId = 7;
        run.jobId = 3;
        c.runs << run;
        return c;
    }

    //! The failed step of a failed run: the one with run_results.json.
    int failedStep(Api::Client *client, qint64 runId)
    {
        int step = 0;
        bool done = false;
        Api::RunInclude inc;
        inc.steps = true;
        client->getRun(runId, inc, this, [&](const Api::Result<Api::Run> &r) {
            if (r) {
                for (const Api::RunStep &s : r->steps) {
                    if (s.status == Api::RunStatus::Error) {
                        step = s.index;
                    }
                }
            }
            done = true;
        });
        (void)QTest::qWaitFor(
            [&] {
                return done;
            },
            5000);
        return step;
    }

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_generated.isValid());
        m_cases = BadInput::corpus(m_generated);
        QVERIFY2(m_cases.size() >= 25, "the corpus is all there");
    }

    // --- artifacts: what File > Open and --summarize read -----------------------------------

    void artifactIndex_refusesWithAMessageNamingTheFile_data() { addCases(); }

    void artifactIndex_refusesWithAMessageNamingTheFile()
    {
        QFETCH(QString, path);
        QFETCH(bool, notJson);
        QString error;
        const auto index = Models::ArtifactIndex::load(path, &error);
        if (notJson) {
            QVERIFY2(!index, "bad input was accepted");
        }
        if (!index) {
            QVERIFY(!error.isEmpty());
            // The message says which file: its name (or the folder's) is in it.
            QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
            QVERIFY2(error.size() < 2000, "a message, not a dump of the input");
        } else {
            QVERIFY(error.isEmpty());
        }
    }

    // --- the offline cache: a corrupt file is ignored and the next save replaces it --------

    void offlineCache_badFileIsIgnoredAndReplaced_data()
    {
        addCases(Only::Regular);
        // A file with the right magic and a list count it cannot hold (issue 16 point 12:
        // QDataStream allocated 82 GB from a length it read).
        QByteArray lying;
        {
            QDataStream out(&lying, QIODevice::WriteOnly);
            out.setVersion(QDataStream::Qt_6_4);
            out << quint32(0xDBC0C0DE) << quint32(1) << QDateTime::currentDateTimeUtc()
                << quint32(0xFFFFFFF0);
        }
        const QString path = m_generated.path() + QStringLiteral("/lying-count.bin");
        QVERIFY(BadInput::writeFile(path, lying));
        QTest::newRow("magic-then-huge-count") << path << true << false;
        QByteArray versions;
        {
            QDataStream out(&versions, QIODevice::WriteOnly);
            out << quint32(0xDBC0C0DE) << quint32(999);
        }
        const QString future = m_generated.path() + QStringLiteral("/future-version.bin");
        QVERIFY(BadInput::writeFile(future, versions));
        QTest::newRow("future-format-version") << future << true << false;
    }

    void offlineCache_badFileIsIgnoredAndReplaced()
    {
        QFETCH(QString, path);
        QTemporaryDir dir;
        const Models::OfflineCache cache(dir.path());
        const QString file = cache.filePath(QStringLiteral("demo"));
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        QFile::remove(file);
        QVERIFY(QFile::copy(path, file));
        QVERIFY(!cache.load(QStringLiteral("demo")).has_value());
        // Nothing is lost: the next save replaces the bad file and reads back whole.
        QVERIFY(cache.save(QStringLiteral("demo"), someConnection()));
        const auto back = cache.load(QStringLiteral("demo"));
        QVERIFY(back.has_value());
        QCOMPARE(back->tree.size(), 1);
        QCOMPARE(back->tree.constFirst().name, QStringLiteral("Analytics"));
        QCOMPARE(back->runs.size(), 1);
        QCOMPARE(back->runs.constFirst().id, qint64(102270));
    }

    void offlineCache_specialFileInItsPlace_data() { addCases(Only::Special); }

    void offlineCache_specialFileInItsPlace()
    {
        QFETCH(QString, path);
        QTemporaryDir dir;
        const Models::OfflineCache cache(dir.path());
        const QString file = cache.filePath(QStringLiteral("demo"));
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        const QFileInfo info(path);
        if (info.isSymLink()) {
            QVERIFY(QFile::link(info.symLinkTarget(), file)
                || ::symlink(qPrintable(QFile::symLinkTarget(path)), qPrintable(file)) == 0);
        } else {
            QVERIFY(QDir().mkpath(file));
        }
        QVERIFY(!cache.load(QStringLiteral("demo")).has_value());
        // A folder in the way cannot be replaced by a save; a link is replaced, never followed
        // into another file. Either way: no crash, and a refused save says so.
        const bool saved = cache.save(QStringLiteral("demo"), someConnection());
        if (saved) {
            QVERIFY(cache.load(QStringLiteral("demo")).has_value());
        }
    }

    // --- the artifact cache: a bad cached copy is deleted and downloaded again -------------

    //! A JSON file that parses is a valid cached copy for the cache: only the others.
    void artifactCache_badCachedCopyIsReplaced_data() { addCases(Only::NotJson); }

    void artifactCache_badCachedCopyIsReplaced()
    {
        QFETCH(QString, path);
        QFETCH(bool, special);
        SimFixture sim;
        QVERIFY(sim.start(120));
        QTemporaryDir root;
        Models::RunArtifacts artifacts(sim.client.get(), root.path());
        const qint64 runId = sim.server->failedRunId(sim.accountId);
        const int step = failedStep(sim.client.get(), runId);
        QVERIFY(step > 0);
        const QString name = QStringLiteral("run_results.json");
        const QString cached = artifacts.cache().filePath(runId, step, name);
        QVERIFY(QDir().mkpath(QFileInfo(cached).absolutePath()));
        if (special) {
            const QFileInfo info(path);
            if (info.isDir()) {
                QVERIFY(QDir().mkpath(cached));
            } else {
                QVERIFY(::symlink(qPrintable(QFile::symLinkTarget(path)), qPrintable(cached)) == 0
                    || QFile::link(path, cached));
            }
        } else {
            QVERIFY(QFile::copy(path, cached));
        }
        QString file, error;
        bool done = false;
        artifacts.fetch(runId, step, name, [&](const QString &f, const QString &e, bool) {
            file = f;
            error = e;
            done = true;
        });
        QVERIFY(QTest::qWaitFor(
            [&] {
                return done;
            },
            15000));
        if (special && QFileInfo(cached).isDir()) {
            // A folder where the file belongs cannot be replaced: said, not crashed.
            QVERIFY2(!error.isEmpty() || !file.isEmpty(), "no answer at all");
            return;
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(file, cached);
        QString parseError;
        QVERIFY2(Models::ArtifactIndex::load(cached, &parseError), qPrintable(parseError));
        QVERIFY(!QFileInfo(cached).isSymLink()); // the download replaced the link itself
    }

    // --- the recent-files list: whatever the settings hold ---------------------------------

    void recentFiles_oddSettingsValues_data()
    {
        QTest::addColumn<QVariant>("stored");
        QStringList many;
        for (int i = 0; i < 20000; ++i) {
            many << QStringLiteral("/tmp/project-%1/target").arg(i);
        }
        QTest::newRow("20000 entries") << QVariant(many);
        QTest::newRow("empty and duplicate entries") << QVariant(QStringList {
            QString(), QStringLiteral("/a/target"), QString(), QStringLiteral("/a/target") });
        QTest::newRow("a number") << QVariant(42);
        QTest::newRow("a map") << QVariant(QVariantMap { { QStringLiteral("x"), 1 } });
        QTest::newRow("invalid UTF-8 bytes")
            << QVariant(QByteArray("/tmp/\xff\xfe/target\0zero", 20));
        QTest::newRow("a 1 MB path")
            << QVariant(QStringList { QString(1 << 20, QLatin1Char('p')) });
    }

    void recentFiles_oddSettingsValues()
    {
        QFETCH(QVariant, stored);
        Models::MemorySettingsStore settings;
        settings.setValue(QStringLiteral("artifacts/recent"), stored);
        Models::RecentFiles recent(&settings);
        // The menu lists at most maxCount() real entries: no blanks, no duplicates.
        QVERIFY(recent.files().size() <= recent.maxCount());
        QVERIFY(!recent.files().contains(QString()));
        QCOMPARE(QSet<QString>(recent.files().cbegin(), recent.files().cend()).size(),
            recent.files().size());
        // And it keeps working: a new file goes to the front and is saved.
        QTemporaryDir dir;
        recent.add(dir.path());
        QCOMPARE(recent.files().constFirst(), QFileInfo(dir.path()).absoluteFilePath());
        QVERIFY(settings.value(QStringLiteral("artifacts/recent"))
                    .toStringList()
                    .contains(QFileInfo(dir.path()).absoluteFilePath()));
        QVERIFY(recent.files().size() <= recent.maxCount());
    }
};

QTEST_MAIN(TestBadInput)
#include "tst_badinput.moc"
