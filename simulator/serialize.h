// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/world.h"

#include <QJsonObject>
#include <QStringList>

namespace Dbtc::Sim {

class Lifecycle;

// JSON for each object, with the real field names, types and timestamp formats
// (REFERENCE §5). `related` is the parsed include_related list.

QJsonObject accountJson(const Account &a);
QJsonObject projectJson(const World &w, const Project &p, const QStringList &related);
QJsonObject environmentJson(const World &w, const Environment &e, const QStringList &related);
QJsonObject jobJson(const Job &j, const QDateTime &now);
//! The run as of `now`; may materialise steps (hence non-const).
QJsonObject runJson(
    World &w, const Lifecycle &life, Run &r, const QDateTime &now, const QStringList &related);
QJsonObject stepJson(const Run &r, const Step &s, const QDateTime &now, bool fullDebugLogs);
QJsonObject triggerJson(const Trigger &t, qint64 jobId);
//! The project's connection and repository as the project API nests them (null when unset).
QJsonValue projectConnection(const World &w, const Project &p);
QJsonValue projectRepository(const World &w, const Project &p);

} // namespace Dbtc::Sim
