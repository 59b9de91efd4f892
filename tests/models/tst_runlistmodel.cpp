// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/roles.h"
#include "models/console/runfilterproxymodel.h"
#include "models/console/runlistmodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Dbtc;
using Models::RunRecord;

namespace {

const QDateTime Epoch = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);

RunRecord makeRun(qint64 id, Api::RunStatus status = Api::RunStatus::Success, qint64 job = 7)
{
    RunRecord r;
    r.id = id;
    r.accountId = 1;
    r.projectId = 2;
    r.environmentId = job % 2 ? 3 : 4;
    r.jobId = job;
    r.status = status;
    r.jobName = QStringLiteral("Job %1").arg(job);
    r.environmentName = job % 2 ? QStringLiteral("Production") : QStringLiteral("Staging");
    r.causeCategory = QStringLiteral("scheduled");
    r.gitBranch = job % 3 ? QStringLiteral("main") : QStringLiteral("feature/x");
    r.gitSha = QStringLiteral("abcdef0123456789");
    r.createdAt = Epoch.addSecs(id * 60);
    r.startedAt = r.createdAt.addSecs(20);
    r.runSeconds = 100 + id % 50;
    return r;
}

QList<RunRecord> makeRuns(qint64 from, qint64 to)
{
    QList<RunRecord> out;
    for (qint64 id = from; id <= to; ++id) {
        out.append(makeRun(id, Api::RunStatus::Success, id % 5));
    }
    return out;
}

} // namespace

class TestRunListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void sortedNewestFirstAndFoundById()
    {
        Models::RunListModel model;
        QAbstractItemModelTester tester(&model);
        model.merge({ makeRun(5), makeRun(9), makeRun(1), makeRun(7) });
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.runAt(0).id, 9);
        QCOMPARE(model.runAt(3).id, 1);
        QCOMPARE(model.rowForId(7), 1);
        QCOMPARE(model.rowForId(6), -1);
        QCOMPARE(model.rowForId(100), -1);
        QCOMPARE(model.newestId(), 9);
    }

    void mergeInsertsAtTopAndBottomWithoutReset()
    {
        Models::RunListModel model;
        QAbstractItemModelTester tester(&model);
        model.merge(makeRuns(100, 199));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const auto stats = model.merge(makeRuns(195, 210)); // 11 new on top, 5 known unchanged
        QCOMPARE(stats.inserted, 11);
        QCOMPARE(stats.changed, 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 10);
        model.merge(makeRuns(50, 99)); // an older page goes to the bottom in one insert
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 111);
        // A run that fills a hole lands in the middle.
        model.removeRuns({ 150 });
        model.merge({ makeRun(150) });
        QCOMPARE(model.runAt(model.rowForId(150)).id, 150);
        QCOMPARE(model.runAt(model.rowForId(150) - 1).id, 151);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), 161);
    }

    void changedRowsEmitDataChangedOnlyForThem()
    {
        Models::RunListModel model;
        model.merge(makeRuns(1, 100));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        auto a = makeRun(40, Api::RunStatus::Error, 40 % 5);
        auto b = makeRun(41, Api::RunStatus::Error, 41 % 5);
        auto c = makeRun(90, Api::RunStatus::Cancelled, 90 % 5);
        const auto stats = model.merge({ a, b, c, makeRun(10, Api::RunStatus::Success, 0) });
        QCOMPARE(stats.changed, 3);
        QCOMPARE(stats.inserted, 0);
        QCOMPARE(changed.size(), 2); // rows of 41+40 are adjacent: one range, 90 another
        QCOMPARE(model.data(model.index(model.rowForId(40), Models::RunStatusColumn)).toString(),
            QStringLiteral("Error"));
    }

    void namesMissingFromALaterPageAreKept()
    {
        Models::RunListModel model;
        model.merge({ makeRun(1) });
        RunRecord bare = makeRun(1, Api::RunStatus::Error);
        bare.jobName.clear();
        bare.environmentName.clear();
        model.merge({ bare });
        QCOMPARE(model.runAt(0).jobName, QStringLiteral("Job 7"));
        QCOMPARE(model.runAt(0).status, Api::RunStatus::Error);
    }

    void persistentIndexesAndSelectionSurviveHundredPolls()
    {
        Models::RunListModel model;
        Models::RunFilterProxyModel proxy;
        proxy.setRunModel(&model);
        proxy.sort(Models::RunIdColumn, Qt::DescendingOrder);
        QAbstractItemModelTester tester(&model);
        QItemSelectionModel selection(&proxy);
        QList<RunRecord> world = makeRuns(1, 200);
        for (auto &r : world) {
            r.status = Api::RunStatus::Running;
        }
        model.merge(world);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        const qint64 selectedId = 150;
        QModelIndex sel;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            if (proxy.index(row, 0).data(Models::RunIdRole).toLongLong() == selectedId) {
                sel = proxy.index(row, 0);
            }
        }
        QVERIFY(sel.isValid());
        selection.setCurrentIndex(
            sel, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QPersistentModelIndex persistent(model.index(model.rowForId(200), 0));

        auto *rng = QRandomGenerator::global();
        qint64 nextId = 201;
        for (int poll = 0; poll < 100; ++poll) {
            QList<RunRecord> page;
            for (int i = 0; i < 50; ++i) {
                RunRecord r = world.at(int(rng->bounded(int(world.size()))));
                static constexpr Api::RunStatus S[] = { Api::RunStatus::Queued,
                    Api::RunStatus::Running,
                    Api::RunStatus::Success,
                    Api::RunStatus::Error,
                    Api::RunStatus::Cancelled };
                r.status = S[rng->bounded(5)];
                r.runSeconds += poll;
                page.append(r);
            }
            for (int i = 0; i < 3; ++i) {
                world.append(makeRun(nextId++, Api::RunStatus::Queued));
                page.append(world.last());
            }
            model.merge(page);
            QVERIFY(selection.currentIndex().isValid());
            QCOMPARE(selection.currentIndex().data(Models::RunIdRole).toLongLong(), selectedId);
            QVERIFY(selection.isRowSelected(selection.currentIndex().row(), {}));
            QVERIFY(persistent.isValid());
            QCOMPARE(persistent.data(Models::RunIdRole).toLongLong(), 200);
        }
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), 500);
        QCOMPARE(selection.selectedRows().size(), 1);
    }

    void proxyFiltersByStatusJobEnvironmentBranchAndText()
    {
        Models::RunListModel model;
        Models::RunFilterProxyModel proxy;
        proxy.setRunModel(&model);
        QAbstractItemModelTester tester(&proxy);
        QList<RunRecord> runs;
        for (qint64 id = 1; id <= 30; ++id) {
            runs.append(
                makeRun(id, id % 3 == 0 ? Api::RunStatus::Error : Api::RunStatus::Success, id % 4));
        }
        model.merge(runs);
        QCOMPARE(proxy.rowCount(), 30);
        proxy.setStatusFilter({ Api::RunStatus::Error });
        QCOMPARE(proxy.rowCount(), 10);
        proxy.setJobFilter(1); // ids 3, 9, 15, 21, 27 are errors; of those 9, 21 have job 1
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setJobFilter(0);
        proxy.setStatusFilter({});
        proxy.setEnvironmentFilter(4); // even jobs: ids with id % 4 in {0, 2}
        QCOMPARE(proxy.rowCount(), 15);
        proxy.setEnvironmentFilter(0);
        proxy.setBranchFilter(QStringLiteral("feature/x")); // job % 3 == 0: job 0 and 3
        QCOMPARE(proxy.rowCount(), 14);
        proxy.setBranchFilter({});
        proxy.setTextFilter(QStringLiteral("  FEATURE stag ")); // branch and environment: job 0
        QCOMPARE(proxy.rowCount(), 7);
        proxy.setTextFilter(QStringLiteral("27"));
        QCOMPARE(proxy.rowCount(), 1);
        QVERIFY(proxy.hasFilter());
        proxy.setTextFilter({});
        QVERIFY(!proxy.hasFilter());
        // A run changing status moves in and out of a status filter live.
        proxy.setStatusFilter({ Api::RunStatus::Running });
        QCOMPARE(proxy.rowCount(), 0);
        model.merge({ makeRun(5, Api::RunStatus::Running, 1) });
        QCOMPARE(proxy.rowCount(), 1);
    }

    void sortsOnRawValuesNotText()
    {
        Models::RunListModel model;
        Models::RunFilterProxyModel proxy;
        proxy.setRunModel(&model);
        auto a = makeRun(1);
        a.runSeconds = 9;
        auto b = makeRun(2);
        b.runSeconds = 100; // "1m 40s" sorts before "9s" as text
        model.merge({ a, b });
        proxy.sort(Models::RunDurationColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(Models::RunIdRole).toLongLong(), 1);
        proxy.sort(Models::RunDurationColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(Models::RunIdRole).toLongLong(), 2);
    }

    void liveElapsedAndRelativeTimesUseTheClock()
    {
        Models::RunListModel model;
        auto r = makeRun(1, Api::RunStatus::Running);
        r.runSeconds = 0;
        model.merge({ r });
        model.setClock([r] {
            return r.startedAt.addSecs(125);
        });
        QCOMPARE(
            model.index(0, Models::RunDurationColumn).data().toString(), QStringLiteral("2m 05s"));
        QCOMPARE(
            model.index(0, Models::RunStartedColumn).data().toString(), QStringLiteral("2m ago"));
        QVERIFY(model.index(0, Models::RunStartedColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("UTC")));
    }

    void fetchMoreAsksTheLoaderOnlyWhenMoreExist()
    {
        Models::RunListModel model;
        QSignalSpy asked(&model, &Models::RunListModel::fetchMoreRequested);
        QVERIFY(!model.canFetchMore({}));
        model.setHasMore(true);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(asked.size(), 1);
        model.setLoading(true);
        QVERIFY(!model.canFetchMore({})); // one page request at a time
    }
};

QTEST_GUILESS_MAIN(TestRunListModel)
#include "tst_runlistmodel.moc"
