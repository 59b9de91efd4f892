// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/console/treerefresher.h"

#include "api/apierror.h"
#include "models/console/accounttreemodel.h"

namespace Dbtc::Models {

using namespace std::chrono_literals;

PollSchedule::Intervals TreeRefresher::defaultIntervals()
{
    PollSchedule::Intervals i;
    i.fast = 5s; // backoff after an error: 10 s, 20 s, then the cap
    i.slow = 120s; // last-run badges of jobs off screen: every two minutes is plenty
    i.maxBackoff = 30s;
    return i;
}

TreeRefresher::TreeRefresher(
    AccountTreeModel *tree, const QString &connectionId, Api::Client *client, QObject *parent)
    : QObject(parent)
    , m_tree(tree)
    , m_connectionId(connectionId)
{
    m_schedule.setIntervals(defaultIntervals());
    m_schedule.setClient(client);
    connect(&m_schedule, &PollSchedule::due, this, &TreeRefresher::refresh);
    // Every settled load counts, not only ours: a failed first load or a failed expand
    // starts the backoff, a good one puts the clock back on the slow period.
    connect(tree, &AccountTreeModel::fetchesSettled, this, &TreeRefresher::onSettled);
}

TreeRefresher::~TreeRefresher() = default;

void TreeRefresher::setIntervals(const PollSchedule::Intervals &intervals)
{
    m_schedule.setIntervals(intervals);
}

void TreeRefresher::start()
{
    m_schedule.start(PollSchedule::Start::AfterInterval);
}

void TreeRefresher::stop()
{
    m_schedule.stop();
}

void TreeRefresher::setActive(bool active)
{
    m_schedule.setActive(active);
}

void TreeRefresher::refreshNow()
{
    m_refreshAsked = true;
    m_schedule.pollNow();
}

void TreeRefresher::refresh()
{
    if (!m_tree || !m_tree->hasConnection(m_connectionId)) {
        m_schedule.stop();
        return;
    }
    if (m_tree->isFetching(m_connectionId)) {
        // The fetches on their way report through fetchesSettled. An asked-for refresh (a job
        // was just saved) may not be in their answers: it runs once they settle.
        return;
    }
    m_refreshAsked = false;
    m_tree->refreshLoaded(m_connectionId);
    if (!m_tree->isFetching(m_connectionId)) {
        m_schedule.succeeded(); // nothing to ask (no client yet): keep the slow clock
    }
}

void TreeRefresher::onSettled(const QString &connectionId, bool ok)
{
    if (connectionId != m_connectionId || !m_schedule.isStarted()) {
        return;
    }
    if (m_refreshAsked && !m_tree->isFetching(m_connectionId)) {
        m_schedule.pollNow();
        return;
    }
    if (ok) {
        m_schedule.succeeded();
        Q_EMIT refreshed();
        return;
    }
    // The tree reports messages, not kinds; any failure backs off (the client already
    // waits out a 429 pause before the request fails).
    m_schedule.failed(Api::ApiError::make(Api::ApiError::Kind::Network));
}

} // namespace Dbtc::Models
