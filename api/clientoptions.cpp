// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/clientoptions.h"

#include <QHostAddress>
#include <QRandomGenerator>

namespace Dbtc::Api {

QUrl regionBaseUrl(Region region, const QString &cellPrefix)
{
    switch (region) {
    case Region::US:
        return QUrl(QStringLiteral("https://cloud.getdbt.com"));
    case Region::USCell:
        return QUrl(QStringLiteral("https://%1.us1.dbt.com").arg(cellPrefix.trimmed().toLower()));
    case Region::EMEA:
        return QUrl(QStringLiteral("https://emea.dbt.com"));
    case Region::APAC:
        return QUrl(QStringLiteral("https://au.dbt.com"));
    case Region::Custom:
        break;
    }
    return {};
}

Region regionForBaseUrl(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (url.scheme() != u"https") {
        return Region::Custom;
    }
    if (host == u"cloud.getdbt.com") {
        return Region::US;
    }
    if (host.endsWith(u".us1.dbt.com") && host.count(u'.') == 3) {
        return Region::USCell;
    }
    if (host == u"emea.dbt.com") {
        return Region::EMEA;
    }
    if (host == u"au.dbt.com") {
        return Region::APAC;
    }
    return Region::Custom;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return address == QHostAddress(QHostAddress::LocalHost)
        || address == QHostAddress(QHostAddress::LocalHostIPv6);
}

QString validateBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return QStringLiteral("The base URL \"%1\" is not a valid URL with a host.")
            .arg(url.toDisplayString());
    }
    if (url.scheme() == u"https") {
        return {};
    }
    if (url.scheme() == u"http" && isLoopbackHost(url.host())) {
        return {};
    }
    if (url.scheme() == u"http") {
        return QStringLiteral("The base URL must use https:// (plain http is only allowed for "
                              "127.0.0.1, ::1 and localhost), so the token is never sent in "
                              "clear text.");
    }
    return QStringLiteral("The base URL must start with https://.");
}

} // namespace Dbtc::Api
