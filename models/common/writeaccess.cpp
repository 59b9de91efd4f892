// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/writeaccess.h"

namespace Dbtc::Models {

WriteAccess::WriteAccess(bool readOnly, QObject *parent)
    : QObject(parent)
    , m_readOnly(readOnly)
{ }

QString WriteAccess::areaName(WriteArea area)
{
    switch (area) {
    case WriteArea::Runs:
        return tr("run jobs");
    case WriteArea::Jobs:
        return tr("change jobs");
    case WriteArea::Projects:
        return tr("change projects");
    case WriteArea::Environments:
        return tr("change environments");
    case WriteArea::Connections:
        return tr("change connections and repositories");
    case WriteArea::Users:
        return tr("change users");
    case WriteArea::Groups:
        return tr("change groups");
    case WriteArea::ServiceTokens:
        return tr("change service tokens");
    case WriteArea::Webhooks:
        return tr("change webhooks");
    }
    return {};
}

QString WriteAccess::forbiddenReason(WriteArea area, const QStringList &sets)
{
    if (sets.isEmpty()) {
        return tr("This token may not %1 (dbt Cloud answered 403). Ask an account admin for a "
                  "token with the permission.")
            .arg(areaName(area));
    }
    return tr("This token may not %1: it needs %2.")
        .arg(areaName(area), sets.join(tr(" or ", "between permission set names")));
}

QString WriteAccess::whyNot(WriteArea area) const
{
    if (m_readOnly) {
        return tr("This connection is read-only: it sends no writes. Edit the connection to "
                  "allow them.");
    }
    const auto it = m_forbidden.constFind(area);
    return it == m_forbidden.constEnd() ? QString() : forbiddenReason(area, *it);
}

bool WriteAccess::noteError(WriteArea area, const Api::ApiError &error)
{
    if (error.kind != Api::ApiError::Kind::Forbidden) {
        return false;
    }
    const auto it = m_forbidden.constFind(area);
    if (it == m_forbidden.constEnd() || *it != error.neededPermissionSets) {
        m_forbidden.insert(area, error.neededPermissionSets);
        Q_EMIT changed();
    }
    return true;
}

void WriteAccess::reset()
{
    if (!m_forbidden.isEmpty()) {
        m_forbidden.clear();
        Q_EMIT changed();
    }
}

} // namespace Dbtc::Models
