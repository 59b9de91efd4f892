// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workspace/connectionprobe.h"

#include "api/cacertificates.h"
#include "api/client.h"

namespace Dbtc::Models {

ConnectionProbe::ConnectionProbe(QObject *parent)
    : QObject(parent)
{ }

ConnectionProbe::~ConnectionProbe() = default;

Api::Client *ConnectionProbe::freshClient(const Target &target)
{
    if (auto *old = qobject_cast<Api::Client *>(m_client.data())) {
        old->abortAll();
        old->deleteLater();
    }
    Api::ClientOptions options;
    options.baseUrl = target.baseUrl;
    options.accountId = target.accountId;
    options.token = target.token;
    options.retry.maxAttempts = 1;
    if (!target.caCertificatesPath.isEmpty()) {
        // The dialog refuses an unusable file before asking; if it went bad since, the TLS
        // error says what is untrusted.
        options.extraCaCertificates =
            Api::loadCaCertificates(target.caCertificatesPath).certificates;
    }
    auto *client = new Api::Client(options, this);
    m_client = client;
    return client;
}

void ConnectionProbe::listAccounts(const Target &target,
    QObject *context,
    std::function<void(const Api::Result<QList<Api::Account>> &)> done)
{
    freshClient(target)->listAccounts(context, std::move(done));
}

void ConnectionProbe::testAccount(const Target &target,
    QObject *context,
    std::function<void(const Api::Result<Api::Account> &)> done)
{
    freshClient(target)->getAccount(context, std::move(done));
}

} // namespace Dbtc::Models
