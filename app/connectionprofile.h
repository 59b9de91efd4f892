// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace Dbtc::Models {
class SettingsStore;
}

namespace Dbtc::App {

//! \brief One dbt Cloud connection as the user configured it. Deliberately has no token field:
//! the token lives in the SecretStore under secretKey() and nowhere else.
struct ConnectionProfile
{
    QString id; //!< stable random id, also the keychain key
    QString name; //!< display name, e.g. "Acme (US)"
    QUrl baseUrl; //!< full base URL, e.g. https://ab123.us1.dbt.com
    qint64 accountId = 0; //!< the account it was set up for, always shown
    bool readOnly = false;
    bool demo = false; //!< the built-in simulator; its token is not stored anywhere
    QString caCertificatesPath; //!< PEM file of extra CAs; empty = the system's only
    //! Further accounts the token reaches that the user chose to show, each a session.
    QList<qint64> otherAccountIds {};

    QString secretKey() const { return QStringLiteral("profile/") + id; }

    //! The account it was set up for, then the others shown.
    QList<qint64> accountIds() const;
    //! The id of the session showing \a account (Models::ConnectionInfo::sessionIdFor).
    QString sessionId(qint64 account) const;

    bool operator==(const ConnectionProfile &) const = default;
};

//! \brief Profiles persisted in the settings store (group "connections", QSettings' array
//! layout: "connections/size", "connections/<1..n>/<field>"), without tokens.
class ProfileStore
{
public:
    explicit ProfileStore(Models::SettingsStore &settings);

    QList<ConnectionProfile> load() const;
    void save(const QList<ConnectionProfile> &profiles);
    static QString newId();

private:
    Models::SettingsStore &m_settings;
};

} // namespace Dbtc::App
