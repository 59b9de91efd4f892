// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/history/localhistory.h"

#include "models/history/failureinbox.h"
#include "models/history/historyrecorder.h"
#include "models/history/historystore.h"
#include "models/history/inboxmodel.h"

namespace Dbtc::Models {

LocalHistory::LocalHistory(const QString &path, QObject *parent)
    : QObject(parent)
    , m_store(new HistoryStore(path, this))
    , m_inbox(new FailureInbox(m_store, this))
    , m_model(new InboxModel(m_inbox, this))
    , m_recorder(new HistoryRecorder(m_store, m_inbox, this))
{
    m_inbox->load();
}

// The recorder and the inbox queue into the store: they go first, the store (and its
// thread, which commits what is queued) last.
LocalHistory::~LocalHistory()
{
    delete m_recorder;
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
