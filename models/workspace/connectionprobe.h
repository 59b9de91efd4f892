// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/result.h"
#include "api/types/account.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace Dbtc::Api {
class Client;
}

namespace Dbtc::Models {

//! \brief What the connection dialog asks before a connection exists: which accounts a token
//! sees, and whether it reaches one account. Each question uses a fresh one-attempt client
//! (a dialog test should answer quickly, not retry for a minute); a new question aborts the
//! previous one, so a late answer never overwrites a newer one.
class ConnectionProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionProbe)

public:
    struct Target
    {
        QUrl baseUrl;
        qint64 accountId = 0; //!< 0 for listAccounts
        QString token; //!< used for the question only, never kept
        QString caCertificatesPath; //!< extra CAs (PEM), as the connection will use them
    };

    explicit ConnectionProbe(QObject *parent = nullptr);
    ~ConnectionProbe() override;

    void listAccounts(const Target &target,
        QObject *context,
        std::function<void(const Api::Result<QList<Api::Account>> &)> done);
    void testAccount(const Target &target,
        QObject *context,
        std::function<void(const Api::Result<Api::Account> &)> done);

private:
    Api::Client *freshClient(const Target &target);

    QPointer<QObject> m_client; //!< QObject: keeps api/client.h out of this header
};

} // namespace Dbtc::Models
