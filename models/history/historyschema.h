// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Dbtc::Models::HistorySchema {

//! The schema version a fresh database is created at (PRAGMA user_version).
constexpr int CurrentVersion = 5;

//! The statements that move a database from \a version - 1 to \a version (1 creates it).
QStringList migrationTo(int version);

//! Brings \a db (open, any version from 0 to CurrentVersion) to CurrentVersion, one version
//! per transaction, so a crash mid-way leaves the last version it reached. False plus a
//! message for a database newer than this app or a statement that failed.
bool migrate(QSqlDatabase &db, QString *error);

int userVersion(QSqlDatabase &db);

} // namespace Dbtc::Models::HistorySchema
