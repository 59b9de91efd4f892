// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/history/historyworker.h"

#include <QSqlError>

namespace Dbtc::Models {

HistoryWorker::HistoryWorker(const QString &path)
    : m_database(path)
{ }

HistoryWorker::~HistoryWorker()
{
    m_prepared.clear(); // statements before their connection
    m_database.close();
}

bool HistoryWorker::open(QString *error, QString *recovery)
{
    m_open = m_database.open();
    *error = m_database.error();
    *recovery = m_database.recoveryMessage();
    return m_open;
}

QSqlQuery &HistoryWorker::prepared(const QString &sql)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery q(m_database.db());
        if (!q.prepare(sql)) {
            fail(q);
        }
        it = m_prepared.insert(sql, q);
    }
    return *it;
}

void HistoryWorker::fail(const QSqlQuery &query)
{
    if (m_batchError.isEmpty()) {
        m_batchError = query.lastError().text();
    }
}

bool HistoryWorker::runBatch(
    const QList<std::function<void(HistoryWorker &)>> &writes, QString *error)
{
    if (!m_open) {
        *error = tr("the history database is not open");
        return false;
    }
    m_batchError.clear();
    QSqlDatabase &db = m_database.db();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    for (const auto &write : writes) {
        write(*this);
        if (!m_batchError.isEmpty()) {
            break;
        }
    }
    if (m_batchError.isEmpty() && db.commit()) {
        return true;
    }
    *error = m_batchError.isEmpty() ? db.lastError().text() : m_batchError;
    db.rollback();
    return false;
}

} // namespace Dbtc::Models
