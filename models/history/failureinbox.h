// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/history/historyrecords.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Dbtc::Models {

class HistoryStore;

//! \brief The run whose results are being filed (where a group's "newest affected run" points).
struct InboxRun
{
    QString connectionId;
    qint64 accountId = 0;
    qint64 projectId = 0;
    qint64 jobId = 0;
    qint64 runId = 0;
    int step = 0;
    QDateTime finishedAt; //!< when seen; the clock's now when invalid
};

//! \brief The failure inbox: every failing node of the watched scope, grouped by signature
//! (unique_id + normalised message, per connection, account and project).
//!
//! A group is **new** the first time it is seen, **recurring** once the node failed in two runs
//! in a row, **flaky** when within the node's last FlakyWindow runs one failing run sat between
//! passes or one passing run between failures (pass/fail/pass, fail/pass/fail). It resolves itself
//! the next time the node passes, and reopens (same group, same first seen) when the same failure
//! comes back.
//!
//! newGroup() is the notification source: once when a group appears, and once when a resolved
//! one reopens, never per run. Acknowledged groups stay quiet until they resolve; snoozed ones
//! until the snooze time (the injected clock) or, for "until it changes", until the label
//! changes or the group resolves.
//!
//! State is kept in the HistoryStore (when one is given) and restored by load().
class FailureInbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureInbox)

public:
    static constexpr int FlakyWindow = 10;

    using Clock = std::function<QDateTime()>;

    explicit FailureInbox(HistoryStore *store = nullptr, QObject *parent = nullptr);
    ~FailureInbox() override;

    //! For tests: what "now" is for snoozes and for runs without a finish time.
    void setClock(Clock clock);
    QDateTime now() const;

    //! Reads the saved groups from the store; results observed before it answers are filed
    //! after the saved state. loaded() says when.
    void load();

    bool isLoaded() const { return m_loaded; }

    //! Files the node results of one run step: failures into groups, passes resolve.
    void observe(const InboxRun &run, const QList<HistoryNodeResult> &results);

    //! Groups, open ones first, newest last-seen first inside each.
    QList<InboxGroup> groups() const;
    const InboxGroup *group(const QString &key) const;

    void acknowledge(const QString &key, bool acknowledged = true);
    void snoozeUntil(const QString &key, const QDateTime &until);
    void snoozeUntilChange(const QString &key);
    void unsnooze(const QString &key);

    //! True while \a group would not notify (acknowledged or snoozed now).
    bool isQuiet(const InboxGroup &group) const;

    //! Drops every group (after "Clear history").
    void reset();

    static bool isPass(const QString &status);
    static bool isFailure(const QString &status);

Q_SIGNALS:
    void loaded();
    //! A group appeared or a resolved one came back, and nobody silenced it: one notification.
    void newGroup(const Dbtc::Models::InboxGroup &group);
    void groupChanged(const QString &key);
    void groupAdded(const QString &key);
    void groupsReset();

private:
    struct Pending
    {
        InboxRun run;
        QList<HistoryNodeResult> results;
    };

    void file(const InboxRun &run, const QList<HistoryNodeResult> &results);
    void failNode(const InboxRun &run, InboxNode &node, const HistoryNodeResult &result);
    void passNode(const InboxRun &run, InboxNode &node);
    InboxLabel labelFor(const QString &outcomes) const;
    void save(const InboxGroup &group);
    void save(const InboxNode &node);
    void restore(const InboxState &state);

    QPointer<HistoryStore> m_store;
    Clock m_clock;
    QHash<QString, InboxGroup> m_groups;
    QHash<QString, InboxNode> m_nodes;
    QList<Pending> m_pending; //!< observed before load() answered
    bool m_loaded = false;
    bool m_loading = false;
};

} // namespace Dbtc::Models
