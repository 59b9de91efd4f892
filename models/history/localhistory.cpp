// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/history/localhistory.h"

#include "models/history/failureinbox.h"
#include "models/history/historyrecorder.h"
#include "models/history/historystore.h"
#include "models/history/inboxmodel.h"
#include "models/history/pulse.h"
#include "models/history/pulsemodel.h"

#include <QPointer>
#include <QTimer>

#include <utility>

namespace Dbtc::Models {

LocalHistory::LocalHistory(const QString &path, QObject *parent)
    : QObject(parent)
    , m_store(new HistoryStore(path, this))
    , m_inbox(new FailureInbox(m_store, this))
    , m_model(new InboxModel(m_inbox, this))
    , m_recorder(new HistoryRecorder(m_store, m_inbox, this))
    , m_pulse(new PulseModel(this))
    , m_clock([] {
        return QDateTime::currentDateTimeUtc();
    })
{
    m_inbox->load();
    refreshPulse(false); // at once from the database, marked stale until a watch answers
}

void LocalHistory::refreshPulse(bool fresh)
{
    // Every connection's watch answers within moments of the others: read once for them all.
    m_pulseFresh = m_pulseFresh || fresh;
    if (std::exchange(m_pulseQueued, true)) {
        return;
    }
    QTimer::singleShot(0, this, [this] {
        m_pulseQueued = false;
        const bool fresh = std::exchange(m_pulseFresh, false);
        QPointer<PulseModel> model = m_pulse;
        readPulse(*m_store, [this, model, fresh](QList<PulseJob> jobs) {
            if (!model) {
                return;
            }
            model->setJobs(jobs, m_clock());
            if (fresh) {
                model->setStale(false);
            }
        });
    });
}

// The recorder and the inbox queue into the store: they go first, the store (and its
// thread, which commits what is queued) last.
LocalHistory::~LocalHistory()
{
    delete m_recorder;
    delete m_pulse;
    delete m_model;
    delete m_inbox;
    delete m_store;
}

void LocalHistory::prune(std::chrono::hours maxAge, qint64 maxBytes)
{
    m_store->prune(maxAge, maxBytes);
}

void LocalHistory::clear()
{
    m_inbox->reset();
    m_store->clear();
}

} // namespace Dbtc::Models
