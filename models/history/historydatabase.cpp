// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/history/historydatabase.h"

#include "models/history/historyschema.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Dbtc::Models {

namespace {

QAtomicInteger<quint64> g_connectionSerial;

bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.exists() || f.size() == 0) {
        return true; // SQLite makes an empty file a database
    }
    if (!f.open(QIODevice::ReadOnly)) {
        return false;
    }
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

bool exec(QSqlDatabase &db, const QString &sql, QString *problem)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *problem = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

HistoryDatabase::HistoryDatabase(const QString &path)
    : m_path(path)
    , m_name(QStringLiteral("dbtc-history-%1").arg(++g_connectionSerial))
{ }

HistoryDatabase::~HistoryDatabase()
{
    close();
}

void HistoryDatabase::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
}

bool HistoryDatabase::open()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QString problem;
    if (tryOpen(&problem)) {
        return true;
    }
    close();
    moveAside(problem);
    if (tryOpen(&problem)) {
        return true;
    }
    close();
    m_error = QObject::tr("The history database %1 cannot be created: %2").arg(m_path, problem);
    return false;
}

bool HistoryDatabase::tryOpen(QString *problem)
{
    if (!looksLikeSqlite(m_path)) {
        *problem = QObject::tr("the file is not an SQLite database");
        return false;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(m_path);
    // A busy timeout instead of an immediate SQLITE_BUSY if another process (a second app
    // instance) holds the write lock for a moment.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        *problem = m_db.lastError().text();
        return false;
    }
    // Owner-only like the offline cache: what ran when is nobody else's business. SQLite gives
    // the -wal and -shm files the database's mode.
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QSqlQuery check(m_db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()) {
        *problem = check.lastError().text();
        return false;
    }
    if (check.value(0).toString() != QLatin1String("ok")) {
        *problem = QObject::tr("integrity check: %1").arg(check.value(0).toString());
        return false;
    }
    check.finish();
    QSqlQuery wal(m_db);
    if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !wal.next()
        || wal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *problem = QObject::tr("WAL mode refused: %1").arg(wal.lastError().text());
        return false;
    }
    wal.finish();
    if (!exec(m_db, QStringLiteral("PRAGMA synchronous = FULL"), problem)) {
        return false;
    }
    return HistorySchema::migrate(m_db, problem);
}

void HistoryDatabase::moveAside(const QString &problem)
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString aside = m_path + QStringLiteral(".broken-") + stamp;
    bool moved = QFile::rename(m_path, aside);
    if (!moved) {
        QFile::remove(m_path);
    }
    for (const QString &suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        if (!QFile::rename(m_path + suffix, aside + suffix)) {
            QFile::remove(m_path + suffix);
        }
    }
    m_recovery = moved
        ? QObject::tr("The run history could not be read (%1) and was moved to %2; a new, "
                      "empty history was started.")
              .arg(problem, aside)
        : QObject::tr("The run history could not be read (%1) and was removed; a new, empty "
                      "history was started.")
              .arg(problem);
}

} // namespace Dbtc::Models
