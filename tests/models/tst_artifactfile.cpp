// SPDX-License-Identifier: GPL-3.0-or-later
// dbtc-posix-guarded: Unix-only (FIFOs, rlimits, process clocks); CMake builds it only where UNIX.
// Opening what is not an artifact file (issue 16, item 10): a FIFO, a symlink loop, a folder
// that links to itself, a huge sparse file of zeros and a file over the size limit each end
// promptly in a message that says what is wrong. Before the fix the FIFO blocked open() for
// ever (and Ctrl+Q with it) and the file of zeros was read whole before failing.
#include "artifacts/artifactfile.h"
#include "artifacts/artifactindex.h"
#include "artifacts/artifactloader.h"
#include "artifacts/artifactsummary.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <future>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Dbtc::Models;

namespace {

const QString kManifest =
    QStringLiteral(DBTC_TEST_DATA_DIR "/artifacts/jaffle_shop-dbt1.4.1-bigquery/manifest.json");

struct Outcome
{
    bool ok = false;
    QString error;
};

#ifdef Q_OS_UNIX
//! A reader stuck in open() on a FIFO counts as its reader: opening and closing the write end
//! lets it go, so a failing test ends instead of hanging until the ctest timeout.
void releaseFifo(const QString &fifo)
{
    const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
    if (fd >= 0) {
        ::close(fd);
    }
}
#endif

//! Loads \a path off the test thread and waits at most 10 s for the answer.
Outcome loadWithin10s(const QString &path, const QString &fifoToRelease = {})
{
    std::future<Outcome> f = std::async(std::launch::async, [path] {
        Outcome o;
        o.ok = ArtifactIndex::load(path, &o.error) != nullptr;
        return o;
    });
    const bool finished = f.wait_for(std::chrono::seconds(10)) == std::future_status::ready;
#ifdef Q_OS_UNIX
    if (!finished && !fifoToRelease.isEmpty()) {
        releaseFifo(fifoToRelease);
    }
#else
    Q_UNUSED(fifoToRelease)
#endif
    Outcome o = f.get();
    if (!finished) {
        o.ok = false;
        o.error = QStringLiteral("HUNG: the load did not return within 10 s");
    }
    return o;
}

} // namespace

class TestArtifactFile final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:

    void init() { QVERIFY(m_dir.isValid()); }

    void cleanup() { setDefaultMaxArtifactBytes(DefaultMaxArtifactBytes); }

#ifdef Q_OS_UNIX
    void fifoIsRefusedWithoutBlocking()
    {
        const QString fifo = path(QStringLiteral("manifest-fifo.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const Outcome o = loadWithin10s(fifo, fifo);
        QVERIFY(!o.ok);
        QVERIFY2(o.error.contains(QStringLiteral("FIFO")), qPrintable(o.error));
        QVERIFY2(o.error.startsWith(fifo), qPrintable(o.error));
    }

    void summarizeOnAFifoEnds()
    {
        const QString fifo = path(QStringLiteral("summary-fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        std::future<QString> f = std::async(std::launch::async, [fifo] {
            QString error;
            summarizeArtifacts(fifo, &error);
            return error;
        });
        if (f.wait_for(std::chrono::seconds(10)) != std::future_status::ready) {
            releaseFifo(fifo);
            f.wait();
            QFAIL("--summarize on a FIFO did not return within 10 s");
        }
        const QString error = f.get();
        QVERIFY2(error.contains(QStringLiteral("FIFO")), qPrintable(error));
    }

    void loaderOnAFifoFailsAndCanBeDestroyed()
    {
        const QString fifo = path(QStringLiteral("loader-fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        auto loader = std::make_unique<ArtifactLoader>();
        QSignalSpy failed(loader.get(), &ArtifactLoader::failed);
        loader->load(fifo);
        const bool answered = failed.wait(10000);
        if (!answered) {
            releaseFifo(fifo); // or the destructor below waits for the worker for ever
        }
        loader.reset(); // what Ctrl+Q does: cancel and join the worker
        QVERIFY2(answered, "the loader never answered for a FIFO");
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("FIFO")));
    }

    void symlinkLoopIsNamed()
    {
        const QString a = path(QStringLiteral("a.json"));
        const QString b = path(QStringLiteral("b.json"));
        QVERIFY(QFile::link(b, a));
        QVERIFY(QFile::link(a, b));
        const Outcome o = loadWithin10s(a);
        QVERIFY(!o.ok);
        QVERIFY2(o.error.contains(QStringLiteral("symbolic links")), qPrintable(o.error));
    }

    void folderLinkingToItselfEnds()
    {
        const QString project = path(QStringLiteral("project"));
        QVERIFY(QDir().mkpath(project));
        QVERIFY(QFile::link(project, project + QStringLiteral("/target")));
        const Outcome o = loadWithin10s(project);
        QVERIFY(!o.ok);
        QVERIFY2(o.error.contains(QStringLiteral("no dbt artifacts")), qPrintable(o.error));
    }
#endif

    void hugeSparseFileOfZerosIsRefusedAtTheFirstByte()
    {
        const QString zeros = path(QStringLiteral("zeros.json"));
        QFile f(zeros);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(2) << 30)); // like truncate -s 2G: sparse, nothing on disk
        f.close();
        const Outcome o = loadWithin10s(zeros);
        QVERIFY(!o.ok);
        QVERIFY2(o.error.contains(QStringLiteral("must start with a JSON object"))
                && o.error.contains(QStringLiteral("byte 0 is 0x00")),
            qPrintable(o.error));
    }

    void fileOverTheLimitSaysSo()
    {
        QString error;
        LoadControl control;
        control.maxFileBytes = 1000;
        QVERIFY(!ArtifactIndex::load(kManifest, &error, control));
        QVERIFY2(error.contains(QStringLiteral("over the 1000 bytes limit")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("--max-artifact-size")), qPrintable(error));
    }

    void processDefaultLimitApplies()
    {
        setDefaultMaxArtifactBytes(2048);
        QString error;
        QVERIFY(!ArtifactIndex::load(kManifest, &error));
        QVERIFY2(error.contains(QStringLiteral("over the 2 KiB limit")), qPrintable(error));
        setDefaultMaxArtifactBytes(DefaultMaxArtifactBytes);
        QVERIFY2(ArtifactIndex::load(kManifest, &error), qPrintable(error));
    }

    void textThatIsNotJsonIsRefusedEarly()
    {
        const QString text = path(QStringLiteral("notes.json"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("  \n\tselect 1 from dual\n");
        f.close();
        QString error;
        QVERIFY(!ArtifactIndex::load(text, &error));
        QVERIFY2(error.contains(QStringLiteral("byte 4 is 's'")), qPrintable(error));
    }

    void blankAndEmptyFiles()
    {
        const QString empty = path(QStringLiteral("empty.json"));
        const QString blank = path(QStringLiteral("blank.json"));
        QFile e(empty);
        QVERIFY(e.open(QIODevice::WriteOnly));
        e.close();
        QFile b(blank);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("   \n\n  ");
        b.close();
        QString error;
        QVERIFY(!ArtifactIndex::load(empty, &error));
        QVERIFY2(error.contains(QStringLiteral("empty")), qPrintable(error));
        QVERIFY(!ArtifactIndex::load(blank, &error));
        QVERIFY2(error.contains(QStringLiteral("blank")), qPrintable(error));
    }

    void parsesSizes()
    {
        QCOMPARE(parseByteSize(QStringLiteral("4G")), std::optional<qint64>(qint64(4) << 30));
        QCOMPARE(parseByteSize(QStringLiteral("500MiB")), std::optional<qint64>(500 << 20));
        QCOMPARE(parseByteSize(QStringLiteral(" 64k ")), std::optional<qint64>(64 << 10));
        QCOMPARE(parseByteSize(QStringLiteral("1000")), std::optional<qint64>(1000));
        QVERIFY(!parseByteSize(QStringLiteral("0")));
        QVERIFY(!parseByteSize(QStringLiteral("-5G")));
        QVERIFY(!parseByteSize(QStringLiteral("lots")));
        QVERIFY(!parseByteSize(QStringLiteral("99999999999T")));
    }

    void describesSizes()
    {
        QCOMPARE(describeByteSize(17), QStringLiteral("17 bytes"));
        QCOMPARE(describeByteSize(1536), QStringLiteral("1.5 KiB"));
        QCOMPARE(describeByteSize(DefaultMaxArtifactBytes), QStringLiteral("4 GiB"));
    }
};

QTEST_GUILESS_MAIN(TestArtifactFile)
#include "tst_artifactfile.moc"
