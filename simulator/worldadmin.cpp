// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/world.h"

#include <QCryptographicHash>

namespace Dbtc::Sim {

QString World::allocWebhookId(const char *prefix)
{
    // A fixed-width base-36 serial mixed with the seed: looks like the real ids, replays exactly.
    const quint64 n = (nextWebhookSerial++) * 2654435761ULL + seed * 40503ULL + 78364164096ULL;
    return QLatin1String(prefix)
        + QString::number(n, 36).rightJustified(13, QLatin1Char('0')).right(13);
}

ServiceToken *World::tokenBySecret(const QString &token)
{
    if (token.isEmpty()) {
        return nullptr;
    }
    const QByteArray hash = QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
    for (ServiceToken &t : serviceTokens) {
        if (t.state == 1 && t.secretHash == hash) {
            return &t;
        }
    }
    return nullptr;
}

} // namespace Dbtc::Sim
