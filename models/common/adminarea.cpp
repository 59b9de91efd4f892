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

QString adminAreaInSentence(AdminArea area)
{
    switch (area) {
    case AdminArea::Environments:
        return QCoreApplication::translate("AdminArea", "environments", "in a sentence");
    case AdminArea::Connections:
        return QCoreApplication::translate("AdminArea", "connections", "in a sentence");
    case AdminArea::Repositories:
        return QCoreApplication::translate("AdminArea", "repositories", "in a sentence");
    case AdminArea::Users:
        return QCoreApplication::translate("AdminArea", "users", "in a sentence");
    case AdminArea::Groups:
        return QCoreApplication::translate("AdminArea", "groups", "in a sentence");
    case AdminArea::ServiceTokens:
        return QCoreApplication::translate("AdminArea", "service tokens", "in a sentence");
    case AdminArea::Webhooks:
        return QCoreApplication::translate("AdminArea", "webhooks", "in a sentence");
    }
    return {};
}

QString administrationTitle()
{
    return QCoreApplication::translate("AdminArea", "Administration");
}

} // namespace Dbtc::Models
