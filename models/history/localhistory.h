// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace Dbtc::Models {

class FailureInbox;
class HistoryRecorder;
class HistoryStore;
class InboxModel;
class PulseModel;

//! \brief The history room as the Workspace holds it: the database, the failure inbox kept in
//! it, the inbox page's model and the recorder that feeds both from the watch.
class LocalHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalHistory)

public:
    //! What pruning keeps until settings say otherwise: 90 days, 512 MiB.
    static constexpr std::chrono::hours DefaultMaxAge { 24 * 90 };
    static constexpr qint64 DefaultMaxBytes = 512LL * 1024 * 1024;

    //! \a path: the database file (the app: <AppDataLocation>/history.sqlite).
    explicit LocalHistory(const QString &path, QObject *parent = nullptr);
    ~LocalHistory() override;

    HistoryStore *store() const { return m_store; }

    FailureInbox *inbox() const { return m_inbox; }

    InboxModel *inboxModel() const { return m_model; }

    HistoryRecorder *recorder() const { return m_recorder; }

    //! The pulse page's model: every job the history knows. Filled from the database at start
    //! (stale) and again by refreshPulse() after each watch cycle.
    PulseModel *pulse() const { return m_pulse; }

    //! Reads the pulse from the database (after the writes queued so far); \a fresh: a watch
    //! cycle just answered, so the page is no longer stale.
    void refreshPulse(bool fresh);

    //! The clock the pulse's "overdue" and ages use (tests: a simulated one).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    //! Settings' limits: older runs, then the oldest until the data fits (0 = no limit).
    void prune(std::chrono::hours maxAge, qint64 maxBytes);
    //! "Clear history": every run, result and inbox group.
    void clear();

private:
    HistoryStore *m_store;
    FailureInbox *m_inbox;
    InboxModel *m_model;
    HistoryRecorder *m_recorder;
    PulseModel *m_pulse;
    std::function<QDateTime()> m_clock;
    bool m_pulseQueued = false;
    bool m_pulseFresh = false;
};

} // namespace Dbtc::Models
