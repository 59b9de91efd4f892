// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/history/historydatabase.h"

#include <QHash>
#include <QObject>
#include <QSqlQuery>
#include <QString>

#include <functional>

namespace Dbtc::Models {

//! \brief The history store's thread side: owns the SQLite connection and runs what the store
//! posts. Never touched from the GUI thread after construction.
class HistoryWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWorker)

public:
    explicit HistoryWorker(const QString &path);
    ~HistoryWorker() override;

    //! Opens the file (moving a broken one aside); the outcome goes to the store's signals.
    bool open(QString *error, QString *recovery);

    bool isOpen() const { return m_open; }

    QSqlDatabase &db() { return m_database.db(); }

    //! A prepared statement reused across batches (prepare once per connection).
    QSqlQuery &prepared(const QString &sql);

    //! Runs \a writes in one transaction; false plus a message if it was rolled back.
    bool runBatch(const QList<std::function<void(HistoryWorker &)>> &writes, QString *error);

    //! A statement of the batch failed: the batch is rolled back.
    void fail(const QSqlQuery &query);

private:
    HistoryDatabase m_database;
    QHash<QString, QSqlQuery> m_prepared;
    bool m_open = false;
    QString m_batchError;
};

} // namespace Dbtc::Models
