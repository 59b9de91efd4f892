// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/cacertificates.h"

#include <QFile>
#include <QFileInfo>

namespace Dbtc::Api {

namespace {

// The system bundle of a Linux distribution is about 200 KB; anything far larger is not one.
constexpr qint64 kMaxBundleBytes = qint64(8) << 20;

} // namespace

CaCertificates loadCaCertificates(const QString &path)
{
    CaCertificates out;
    const QFileInfo info(path);
    if (!info.exists()) {
        out.error = QStringLiteral("%1 does not exist").arg(path);
        return out;
    }
    if (!info.isFile()) {
        out.error = QStringLiteral("%1 is not a file").arg(path);
        return out;
    }
    if (info.size() > kMaxBundleBytes) {
        out.error = QStringLiteral("%1 is too large for a certificate file").arg(path);
        return out;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString());
        return out;
    }
    out.certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (out.certificates.isEmpty()) {
        out.error = QStringLiteral("%1 holds no PEM certificate (\"-----BEGIN CERTIFICATE-----\")")
                        .arg(path);
    }
    return out;
}

} // namespace Dbtc::Api
