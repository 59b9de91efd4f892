// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Dbtc::Models {

//! \brief Opens the history file for the thread that calls open() (a QSqlDatabase connection
//! belongs to the thread that made it): WAL, synchronous=FULL (a committed transaction
//! survives kill -9 and power loss), foreign-key-free tables migrated to the current schema.
//!
//! A file that is not an SQLite database, fails quick_check or cannot be migrated is moved
//! aside (history.sqlite.broken-<time>, with its -wal/-shm) and a fresh database is created:
//! history is a cache of what dbt Cloud knows, never a reason not to start.
class HistoryDatabase final
{
    Q_DISABLE_COPY_MOVE(HistoryDatabase)

public:
    explicit HistoryDatabase(const QString &path);
    ~HistoryDatabase();

    //! False plus error() only when even a fresh database cannot be made (no disk, no
    //! permission). recoveryMessage() says when a broken file was moved aside.
    bool open();
    void close();

    QSqlDatabase &db() { return m_db; }

    QString path() const { return m_path; }

    QString error() const { return m_error; }

    QString recoveryMessage() const { return m_recovery; }

private:
    bool tryOpen(QString *problem);
    void moveAside(const QString &problem);

    QString m_path;
    QString m_name; //!< the QSqlDatabase connection name, unique per instance
    QSqlDatabase m_db;
    QString m_error;
    QString m_recovery;
};

} // namespace Dbtc::Models
