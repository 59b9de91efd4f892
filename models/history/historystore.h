// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/history/historyrecords.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

class QSqlDatabase;
class QThread;

namespace Dbtc::Models {

class HistoryWorker;

//! \brief The local run history (history.sqlite): finished runs, their steps and per-node
//! results, and the failure inbox's state. Lives on the GUI thread, touches SQLite never:
//! every statement runs on the store's own thread with its own connection.
//!
//! Writes are queued and committed together, one transaction per batch (a batch closes after
//! batchDelay() or when a read or flush() needs it), so 10,000 node results cost one commit, not
//! 10,000. Reads run on the same thread after the writes queued before them, so they see
//! those writes; their callbacks come back on the GUI thread and never after the store is gone.
//! A broken file is moved aside and a fresh one created (recovered()).
class HistoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    using Work = std::function<void(HistoryWorker &)>;

    //! Opens \a path (created with its folder when missing) on the store's thread.
    explicit HistoryStore(const QString &path, QObject *parent = nullptr);
    //! Commits what is queued and stops the thread (the one wait, at shutdown).
    ~HistoryStore() override;

    QString path() const { return m_path; }

    void setBatchDelay(std::chrono::milliseconds delay) { m_batchTimer.setInterval(delay); }

    std::chrono::milliseconds batchDelay() const { return m_batchTimer.intervalAsDuration(); }

    // --- writes (queued, batched)
    void recordAccount(const QString &connectionId, qint64 accountId, const QString &name);
    void recordJob(const HistoryJob &job);
    void recordRun(const HistoryRun &run);
    //! The results of one run step (\a results empty unless \a outcome is Read).
    void recordResults(const QString &connectionId,
        qint64 runId,
        int step,
        ResultsOutcome outcome,
        const QList<HistoryNodeResult> &results);
    void saveInboxGroup(const InboxGroup &group);
    void saveInboxNode(const InboxNode &node);
    void removeInboxGroup(const QString &key);

    //! \a done runs on the GUI thread once everything queued before it is committed.
    void flush(std::function<void()> done = {});

    //! Deletes runs finished before now - \a maxAge (0: no age limit) and then the oldest runs
    //! until the data fits \a maxBytes (0: no size limit), with their steps and results, and
    //! resolved inbox groups older than the age limit. \a done gets the number of runs removed.
    void prune(std::chrono::hours maxAge, qint64 maxBytes, std::function<void(int)> done = {});
    //! Empties every table ("Clear history") and gives the space back.
    void clear(std::function<void()> done = {});

    // --- reads (off the GUI thread; callbacks on it)
    //! The newest \a limit runs of a job (0: of every job of the connection), newest first.
    void readRuns(const QString &connectionId,
        qint64 jobId,
        int limit,
        std::function<void(QList<HistoryRun>)> done);
    //! Which run steps' results were read already, as "connection/run/step" keys.
    void readFetchedSteps(std::function<void(QSet<QString>)> done);
    void readInbox(std::function<void(InboxState)> done);
    //! How many rows a table holds (tests, the settings page's "N runs kept").
    void countRows(const QString &table, std::function<void(qint64)> done);

    //! Runs \a query on the store's thread after the writes queued so far and hands its value
    //! to \a done on the GUI thread.
    template <typename T>
    void read(std::function<T(QSqlDatabase &)> query, std::function<void(T)> done)
    {
        HistoryStore *self = this;
        post([query, done, self](HistoryWorker &worker) {
            auto value = std::make_shared<T>(query(workerDb(worker)));
            deliver(self, [done, value] {
                if (done) {
                    done(std::move(*value));
                }
            });
        });
    }

    static QString fetchedStepKey(const QString &connectionId, qint64 runId, int step);

Q_SIGNALS:
    //! The database is open (\a ok) or could not be made at all (\a message says why).
    void opened(bool ok, const QString &message);
    //! A broken history file was moved aside and a fresh one started; for the user.
    void recovered(const QString &message);
    //! A batch could not be written (disk full, ...); the batch is dropped.
    void writeFailed(const QString &message);

private:
    friend class HistoryWorker;
    static QSqlDatabase &workerDb(HistoryWorker &worker);
    static void deliver(HistoryStore *store, std::function<void()> call);

    void write(Work work);
    void post(Work work); //!< flushes the batch first, then queues \a work after it
    void commitBatch();

    QString m_path;
    QThread *m_thread;
    HistoryWorker *m_worker; //!< lives on m_thread, deleted when it finishes
    QList<Work> m_batch;
    QTimer m_batchTimer;
};

} // namespace Dbtc::Models
