// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/retrypolicy.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace Dbtc::Api {

//! \brief The deployments a user picks from; Custom takes any base URL (single tenant, proxy,
//! the simulator).
enum class Region {
    US, //!< https://cloud.getdbt.com
    USCell, //!< https://{prefix}.us1.dbt.com
    EMEA, //!< https://emea.dbt.com
    APAC, //!< https://au.dbt.com
    Custom,
};

//! \brief The preset base URL; \a cellPrefix is the account prefix for USCell ("ab123").
QUrl regionBaseUrl(Region region, const QString &cellPrefix = {});
//! \brief The region a base URL belongs to (Custom when it matches no preset).
Region regionForBaseUrl(const QUrl &url);
//! \brief True for 127.0.0.1, ::1 and localhost: the only hosts plain http is allowed for.
bool isLoopbackHost(const QString &host);
//! \brief Empty when \a url may be used; otherwise why not, in plain words. HTTPS is required
//! except for loopback.
QString validateBaseUrl(const QUrl &url);

//! \brief Everything a Client needs to talk to one account. The token lives in memory only.
struct ClientOptions
{
    QUrl baseUrl; //!< scheme + host (+ port), e.g. https://cloud.getdbt.com
    qint64 accountId = 0;
    QString token; //!< never logged, never written anywhere
    //! Extra certificate authorities to trust in addition to the system ones (a private CA or
    //! the simulator's self-signed certificate). Certificate errors are never ignored.
    QList<QSslCertificate> extraCaCertificates;
    RetryPolicy retry;
    int maxConcurrent = 4; //!< requests in flight at once
    //! A read-only connection: the client refuses every write (POST/PUT/PATCH/DELETE) before
    //! sending it, with an ApiError of kind ReadOnly, so no code path can change dbt Cloud
    //! from a connection the user marked read-only.
    bool readOnly = false;
    QString userAgent = QStringLiteral("dbt-cloud-console/0.1");
};

//! \brief The name the task notes use; the same thing.
using Connection = ClientOptions;

} // namespace Dbtc::Api
