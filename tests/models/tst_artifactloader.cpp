// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/artifactloader.h"
#include "tst_artifactcorpus.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Dbtc::Models;

class TestArtifactLoader final : public QObject
{
    Q_OBJECT

private slots:

    void load_folder_deliversIndexOffThread()
    {
        ArtifactLoader loader;
        QSignalSpy loaded(&loader, &ArtifactLoader::loaded);
        QSignalSpy failed(&loader, &ArtifactLoader::failed);
        QSignalSpy progress(&loader, &ArtifactLoader::progress);
        const QString folder = ArtifactCorpus::folders().first();
        loader.load(folder);
        QVERIFY(loader.isLoading());
        QVERIFY(loaded.wait(20000));
        QCOMPARE(failed.count(), 0);
        QVERIFY(!loader.isLoading());
        const auto index = loaded.first().first().value<std::shared_ptr<const ArtifactIndex>>();
        QVERIFY(index);
        QVERIFY(!index->documents().empty());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().first().toInt(), 100);
    }

    void load_brokenFile_reportsError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run_results.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"metadata\": {");
        f.close();
        ArtifactLoader loader;
        QSignalSpy failed(&loader, &ArtifactLoader::failed);
        loader.load(path);
        QVERIFY(failed.wait(20000));
        QVERIFY(failed.first().first().toString().startsWith(path));
    }

    void secondLoad_supersedesFirst()
    {
        const QStringList folders = ArtifactCorpus::folders();
        QVERIFY(folders.size() >= 2);
        ArtifactLoader loader;
        QSignalSpy loaded(&loader, &ArtifactLoader::loaded);
        loader.load(folders.at(0));
        loader.load(folders.at(1));
        QVERIFY(loaded.wait(20000));
        QTest::qWait(200); // a stale result would arrive by now
        QCOMPARE(loaded.count(), 1);
        const auto index = loaded.first().first().value<std::shared_ptr<const ArtifactIndex>>();
        QVERIFY(index->documents().front().path.startsWith(folders.at(1)));
    }

    void cancel_dropsResult_andDestructorWaits()
    {
        auto *loader = new ArtifactLoader;
        QSignalSpy loaded(loader, &ArtifactLoader::loaded);
        QSignalSpy failed(loader, &ArtifactLoader::failed);
        loader->load(ArtifactCorpus::folders().last());
        loader->cancel();
        QVERIFY(!loader->isLoading());
        QTest::qWait(300);
        QCOMPARE(loaded.count() + failed.count(), 0);
        loader->load(ArtifactCorpus::folders().last());
        delete loader; // must not crash or leak a running thread
    }
};

QTEST_GUILESS_MAIN(TestArtifactLoader)
#include "tst_artifactloader.moc"
