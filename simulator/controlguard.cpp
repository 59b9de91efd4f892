// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/controlguard.h"

#include "simulator/http.h"

namespace Dbtc::Sim {

namespace {

bool isLoopbackName(QString host)
{
    host = host.toLower();
    if (host.startsWith(u'[') && host.endsWith(u']')) {
        host = host.mid(1, host.size() - 2);
    }
    return host == u"127.0.0.1" || host == u"localhost" || host == u"::1";
}

//! The host part of a Host header: "127.0.0.1:8080" → "127.0.0.1", "[::1]:80" → "[::1]".
QString hostOfHeader(const QString &value)
{
    if (value.startsWith(u'[')) {
        const qsizetype close = value.indexOf(u']');
        return close < 0 ? value : value.left(close + 1);
    }
    const qsizetype colon = value.lastIndexOf(u':');
    return colon < 0 ? value : value.left(colon);
}

} // namespace

QString controlRefusal(const Request &request, const QUrl &ownBase)
{
    const QString host = QString::fromLatin1(request.header("Host").trimmed());
    if (!host.isEmpty() && !isLoopbackName(hostOfHeader(host))) {
        return QStringLiteral("The control API answers only requests addressed to a loopback "
                              "host, not to \"%1\".")
            .arg(host);
    }
    const QByteArray origin = request.header("Origin").trimmed();
    if (!origin.isEmpty()) {
        const QUrl from(QString::fromLatin1(origin));
        const bool ours = from.isValid() && from.scheme() == ownBase.scheme()
            && isLoopbackName(from.host()) && from.port(-1) == ownBase.port(-1);
        if (!ours) {
            return QStringLiteral("The control API refuses requests from other origins (%1).")
                .arg(QString::fromLatin1(origin));
        }
    }
    // Browsers that send Sec-Fetch-Site say it plainly; a cross-site fetch is never ours.
    const QByteArray site = request.header("Sec-Fetch-Site").trimmed().toLower();
    if (!site.isEmpty() && site != "same-origin" && site != "none") {
        return QStringLiteral("The control API refuses %1 requests.")
            .arg(QString::fromLatin1(site));
    }
    return {};
}

} // namespace Dbtc::Sim
