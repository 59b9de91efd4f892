// SPDX-License-Identifier: GPL-3.0-or-later
// Helper of tst_history's kill test: writes runs into the history at argv[1] in an endless
// loop of batches and prints "committed N" once the first N runs are committed, until it is
// killed (-9) by the test.
#include "models/history/historystore.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace Dbtc::Models;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: history_writer_child FILE\n");
        return 2;
    }
    HistoryStore store(QString::fromLocal8Bit(argv[1]));
    store.setBatchDelay(std::chrono::milliseconds(0));
    qint64 next = 1;
    std::function<void()> batch = [&] {
        for (int i = 0; i < 50; ++i, ++next) {
            HistoryRun run;
            run.connectionId = QStringLiteral("c1");
            run.runId = next;
            run.accountId = 1;
            run.jobId = 7;
            run.status = 10;
            run.finishedAt = QDateTime::currentDateTimeUtc();
            store.recordRun(run);
            QList<HistoryNodeResult> results;
            for (int n = 0; n < 20; ++n) {
                results.append(
                    { QStringLiteral("model.p.m%1").arg(n), QStringLiteral("success"), 0.5, {} });
            }
            store.recordResults(QStringLiteral("c1"), next, 4, ResultsOutcome::Read, results);
        }
        const qint64 committed = next - 1;
        store.flush([&, committed] {
            std::printf("committed %lld\n", static_cast<long long>(committed));
            std::fflush(stdout);
            QTimer::singleShot(0, batch);
        });
    };
    QTimer::singleShot(0, batch);
    return QCoreApplication::exec();
}
