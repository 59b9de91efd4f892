// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace Dbtc::Api {

//! \brief The certificates of a PEM file the user chose as extra certificate authorities (an
//! organisation's private CA, a TLS-inspecting proxy), or why it cannot be used.
struct CaCertificates
{
    QList<QSslCertificate> certificates;
    QString error; //!< empty when certificates holds at least one

    bool ok() const { return error.isEmpty(); }
};

//! \brief Reads \a path (PEM, one or more certificates). Never follows anything but a regular
//! file and never reads more than a few MB: a CA bundle is small.
CaCertificates loadCaCertificates(const QString &path);

} // namespace Dbtc::Api
