// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/pollschedule.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace Dbtc::Api {
class Client;
}

namespace Dbtc::Models {

class AccountTreeModel;

//! \brief Keeps one connection's navigator tree fresh: jobs outside the runs scope on screen
//! learn their last run and next run time from a slow refresh of the loaded levels
//! (AccountTreeModel::refreshLoaded). On a PollSchedule, so it pauses while nothing needs it
//! (setActive(false): hidden with nothing to watch), waits out the client's 429 pause and
//! backs off on errors; and any failed load of the connection's tree, the one at start-up
//! included, is retried with that backoff, so "failed to load" clears by itself once the
//! service answers again.
//!
//! One per connection (the ConnectionSession owns it); the tree and the client must outlive
//! it or be destroyed with it.
class TreeRefresher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreeRefresher)

public:
    //! The slow interval is the refresh period; fast is only the base of the error backoff
    //! (the tree has nothing "in flight" to follow quickly).
    static PollSchedule::Intervals defaultIntervals();

    TreeRefresher(AccountTreeModel *tree,
        const QString &connectionId,
        Api::Client *client,
        QObject *parent = nullptr);
    ~TreeRefresher() override;

    void setIntervals(const PollSchedule::Intervals &intervals);
    //! Starts the clock: the first refresh comes one period from now, since whoever added
    //! the connection loads its tree at once (a failure of that load is retried sooner).
    void start();
    void stop();
    //! False while nothing needs a fresh tree: no requests at all; back to true refreshes at
    //! once when a refresh fell due meanwhile.
    void setActive(bool active);
    //! Refreshes now (F5, a job saved); while the tree is fetching, as soon as it settles.
    void refreshNow();

    QString connectionId() const { return m_connectionId; }

    const PollSchedule &schedule() const { return m_schedule; }

Q_SIGNALS:
    //! A refresh of the loaded levels went through without an error.
    void refreshed();

private:
    void refresh();
    void onSettled(const QString &connectionId, bool ok);

    QPointer<AccountTreeModel> m_tree;
    QString m_connectionId;
    PollSchedule m_schedule;
    bool m_refreshAsked = false; //!< refreshNow() came while the tree was fetching
};

} // namespace Dbtc::Models
