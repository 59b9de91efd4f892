// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/tls.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace Dbtc::Sim {

bool loadCertificate(const QString &certFile,
    const QString &keyFile,
    QSslCertificate *cert,
    QSslKey *key,
    QString *error)
{
    QFile c(certFile);
    QFile k(keyFile);
    if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1 or %2").arg(certFile, keyFile);
        return false;
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromData(c.readAll(), QSsl::Pem);
    const QByteArray keyData = k.readAll();
    *key = QSslKey(keyData, QSsl::Rsa, QSsl::Pem);
    if (key->isNull()) {
        *key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
    }
    if (certs.isEmpty() || key->isNull()) {
        *error = QStringLiteral("%1 or %2 is not a PEM certificate/key").arg(certFile, keyFile);
        return false;
    }
    *cert = certs.first();
    return true;
}

bool generateSelfSigned(QSslCertificate *cert, QSslKey *key, QString *error)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    const QString certFile = dir.filePath(QStringLiteral("cert.pem"));
    const QString keyFile = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        { QStringLiteral("req"),
            QStringLiteral("-x509"),
            QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"),
            QStringLiteral("-keyout"),
            keyFile,
            QStringLiteral("-out"),
            certFile,
            QStringLiteral("-days"),
            QStringLiteral("7"),
            QStringLiteral("-subj"),
            QStringLiteral("/CN=127.0.0.1"),
            QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost") });
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit
        || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl failed: %1")
                     .arg(QString::fromLocal8Bit(openssl.readAllStandardError()));
        return false;
    }
    return loadCertificate(certFile, keyFile, cert, key, error);
}

} // namespace Dbtc::Sim
