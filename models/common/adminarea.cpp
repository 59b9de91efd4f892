// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/adminarea.h"

#include <QCoreApplication>

namespace Dbtc::Models {

QList<AdminArea> adminAreas()
{
    QList<AdminArea> out;
    for (int i = 0; i < AdminAreaCount; ++i) {
        out.append(AdminArea(i));
    }
    return out;
}

QString adminAreaTitle(AdminArea area)
{
    switch (area) {
    case AdminArea::Environments:
        return QCoreApplication::translate("AdminArea", "Environments");
    case AdminArea::Connections:
        return QCoreApplication::translate("AdminArea", "Connections");
    case AdminArea::Repositories:
        return QCoreApplication::translate("AdminArea", "Repositories");
    case AdminArea::Users:
        return QCoreApplication::translate("AdminArea", "Users");
    case AdminArea::Groups:
        return QCoreApplication::translate("AdminArea", "Groups");
    case AdminArea::ServiceTokens:
        return QCoreApplication::translate("AdminArea", "Service tokens");
    case AdminArea::Webhooks:
        return QCoreApplication::translate("AdminArea", "Webhooks");
    }
    return {};
}

QString administrationTitle()
{
    return QCoreApplication::translate("AdminArea", "Administration");
}

} // namespace Dbtc::Models
