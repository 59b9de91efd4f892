// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslCertificate>
#include <QSslKey>

namespace Dbtc::Sim {

//! A throwaway self-signed certificate for 127.0.0.1/localhost, made with the openssl tool
//! (Qt has no API to create certificates).
bool generateSelfSigned(QSslCertificate *cert, QSslKey *key, QString *error);
bool loadCertificate(const QString &certFile,
    const QString &keyFile,
    QSslCertificate *cert,
    QSslKey *key,
    QString *error);

} // namespace Dbtc::Sim
