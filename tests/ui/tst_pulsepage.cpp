// SPDX-License-Identifier: GPL-3.0-or-later
// The pulse page: groups open by default and what the user collapsed stays collapsed when the
// pulse refreshes; "problems only" and the search narrow the tree; opening a job asks for its
// newest run; the empty state explains where jobs come from. With DBTC_SCREENSHOT_DIR set it
// saves the page in light and dark:
//   DBTC_SCREENSHOT_DIR=docs QT_QPA_PLATFORM=offscreen build/dev/tests/ui/tst_pulsepage
#include "models/history/pulsemodel.h"
#include "themeshots.h"
#include "ui/pulse/pulsepage.h"
#include "ui/widgets/statepage.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTreeView>

using namespace Dbtc;
using Models::PulseJob;
using Models::PulseModel;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 3, 10), QTime(7, 0), Qt::UTC);

PulseJob job(qint64 id, qint64 project, qint64 environment, const QString &name, int status)
{
    PulseJob j;
    j.connectionId = QStringLiteral("demo");
    j.accountId = 1;
    j.projectId = project;
    j.environmentId = environment;
    j.jobId = id;
    j.name = name;
    j.environmentName = environment % 2 ? QStringLiteral("Production") : QStringLiteral("CI");
    j.lastStatus = status;
    j.lastRunId = 1000 + id;
    j.lastFinished = kNow.addSecs(-3600 * id);
    j.lastSuccess = status == 10 ? j.lastFinished : kNow.addDays(-3);
    if (status == 20) {
        j.failingSince = kNow.addSecs(-3600 * 30);
        j.failuresInARow = 4;
    }
    j.scheduled = id % 3 != 0;
    j.cron = QStringLiteral("0 6 * * *");
    j.nextRun = kNow.addSecs(23 * 3600);
    j.lastRunCreated = id == 4 ? kNow.addDays(-1).addSecs(-3600) : kNow.addSecs(-3600);
    return j;
}

QList<PulseJob> sampleJobs()
{
    QList<PulseJob> jobs { job(1, 10, 101, QStringLiteral("Nightly full refresh"), 10),
        job(2, 10, 101, QStringLiteral("Hourly incremental models"), 20),
        job(3, 10, 102, QStringLiteral("CI: pull request checks"), 10),
        job(4, 11, 111, QStringLiteral("Finance marts (daily)"), 10),
        job(5,
            11,
            111,
            QStringLiteral("Marketing attribution with a very long job name that does not fit"),
            30) };
    jobs[0].activeRunId = 99;
    jobs[0].activeStatus = 3; // running
    return jobs;
}

//! The "now" cell of job \a jobId as the view shows it.
QModelIndex nowCell(const QTreeView &view, qint64 jobId)
{
    const QAbstractItemModel *m = view.model();
    const std::function<QModelIndex(const QModelIndex &)> find = [&](const QModelIndex &parent) {
        for (int r = 0; r < m->rowCount(parent); ++r) {
            const QModelIndex i = m->index(r, 0, parent);
            if (i.data(PulseModel::PulseJobIdRole).toLongLong() == jobId
                && i.data(PulseModel::LevelRole).toInt() == PulseModel::JobLevel) {
                return m->index(r, PulseModel::NowColumn, parent);
            }
            if (const QModelIndex found = find(i); found.isValid()) {
                return found;
            }
        }
        return QModelIndex();
    };
    return find({});
}

QString nowOf(const QTreeView &view, qint64 jobId)
{
    return nowCell(view, jobId).data().toString();
}

} // namespace

class TestPulsePage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void emptyStateExplains()
    {
        PulseModel model;
        Ui::PulsePage page(&model);
        page.resize(1280, 800);
        page.show();
        auto *empty = page.findChild<Ui::StatePage *>();
        QVERIFY(empty && empty->isVisible());
        QCOMPARE(empty->title(), QStringLiteral("No jobs yet"));
    }

    void collapsedGroupsStayCollapsed()
    {
        PulseModel model;
        model.setNameLookup([](const QString &, PulseModel::Level level, qint64 id) {
            if (level == PulseModel::AccountLevel) {
                return QStringLiteral("Acme Analytics");
            }
            return level == PulseModel::ProjectLevel
                ? (id == 10 ? QStringLiteral("Jaffle Shop") : QStringLiteral("Finance"))
                : QString();
        });
        model.setJobs(sampleJobs(), kNow);
        Ui::PulsePage page(&model);
        page.resize(1280, 800);
        page.show();
        QTreeView *view = page.view();
        const QModelIndex account = view->model()->index(0, 0);
        QVERIFY(view->isExpanded(account));
        const QModelIndex finance = view->model()->index(0, 0, account); // sorted by name
        QCOMPARE(finance.data().toString(), QStringLiteral("Finance"));
        QVERIFY(view->isExpanded(finance));
        view->collapse(finance);

        model.setJobs(sampleJobs(), kNow.addSecs(60)); // the next watch cycle
        const QModelIndex again = view->model()->index(0, 0, view->model()->index(0, 0));
        QCOMPARE(again.data().toString(), QStringLiteral("Finance"));
        QVERIFY(!view->isExpanded(again));
        QVERIFY(view->isExpanded(view->model()->index(1, 0, view->model()->index(0, 0))));
        QVERIFY2(
            page.summaryText().contains(QLatin1String("5 jobs")), qPrintable(page.summaryText()));
        QVERIFY(page.summaryText().contains(QLatin1String("1 failing")));
        QVERIFY(page.summaryText().contains(QLatin1String("1 overdue")));
        QVERIFY(page.summaryText().contains(QLatin1String("not refreshed")));
        model.setStale(false);
        QVERIFY(!page.summaryText().contains(QLatin1String("not refreshed")));
        view->expand(again);

        // The watch counted what is in flight: job 1 runs with one more queued behind it,
        // job 4 has two queued; the others are idle.
        QCOMPARE(nowOf(*view, 1), QStringLiteral("Running")); // from the history, until counted
        model.setActiveRuns(QStringLiteral("demo"),
            { { 1, { 1, 1 } }, { 2, {} }, { 3, {} }, { 4, { 2, 0 } }, { 5, {} } });
        QCOMPARE(nowOf(*view, 1), QStringLiteral("1 running · 1 queued"));
        QCOMPARE(nowOf(*view, 4), QStringLiteral("2 queued"));
        QCOMPARE(nowOf(*view, 2), QString());
        QVERIFY2(page.summaryText().contains(QStringLiteral("1 running · 3 queued")),
            qPrintable(page.summaryText()));
        QCOMPARE(view->model()->index(0, PulseModel::NowColumn).data().toString(),
            QStringLiteral("1 running · 3 queued")); // the account sums its jobs
        // The words fit beside the status badge.
        const QModelIndex busy = nowCell(*view, 1);
        QVERIFY(busy.data(PulseModel::PulseStatusRole).toInt() == 3); // running's colours
        QVERIFY2(view->visualRect(busy).width()
                >= view->fontMetrics().horizontalAdvance(busy.data().toString())
                    + view->fontMetrics().height() + 16,
            qPrintable(QString::number(view->visualRect(busy).width())));

        Test::grabThemes(&page, QStringLiteral("pulse"));

        // Sorted by "now" (busiest first): running before queued, in groups and jobs alike.
        view->sortByColumn(PulseModel::NowColumn, Qt::DescendingOrder);
        const QModelIndex jaffle = view->model()->index(0, 0, view->model()->index(0, 0));
        QCOMPARE(jaffle.data().toString(), QStringLiteral("Jaffle Shop"));
        const QModelIndex production = view->model()->index(0, 0, jaffle);
        QCOMPARE(view->model()->index(0, PulseModel::NowColumn, production).data().toString(),
            QStringLiteral("1 running · 1 queued"));
        view->sortByColumn(PulseModel::NameColumn, Qt::AscendingOrder);

        // Problems only: the failing job and the overdue one.
        page.problemsOnlyBox()->setChecked(true);
        int jobs = 0;
        const std::function<void(const QModelIndex &)> count = [&](const QModelIndex &parent) {
            for (int r = 0; r < view->model()->rowCount(parent); ++r) {
                const QModelIndex i = view->model()->index(r, 0, parent);
                jobs += i.data(PulseModel::LevelRole).toInt() == PulseModel::JobLevel ? 1 : 0;
                count(i);
            }
        };
        count({});
        QCOMPARE(jobs, 2);
        page.problemsOnlyBox()->setChecked(false);
        page.searchEdit()->setText(QStringLiteral("finance"));
        jobs = 0;
        count({});
        QCOMPARE(jobs, 2); // the project's name matches: both its jobs

        // Opening a job asks for its newest run.
        page.searchEdit()->clear();
        QSignalSpy open(&page, &Ui::PulsePage::openRunRequested);
        const QModelIndex firstJob = view->model()->index(0,
            0,
            view->model()->index(0, 0, view->model()->index(0, 0, view->model()->index(0, 0))));
        QCOMPARE(firstJob.data(PulseModel::LevelRole).toInt(), int(PulseModel::JobLevel));
        Q_EMIT view->activated(firstJob);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).toString(), QStringLiteral("demo"));
        QCOMPARE(open.first().at(1).toLongLong(),
            firstJob.data(PulseModel::PulseRunIdRole).toLongLong());
    }
};

QTEST_MAIN(TestPulsePage)
#include "tst_pulsepage.moc"
