// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/secretstore.h"

namespace Dbtc::App {

//! \brief Tokens in the OS keychain (Secret Service, macOS Keychain, Windows Credential Store)
//! through QtKeychain, with its plaintext fallback off. When the platform has no secure storage
//! the token is kept in memory for this session only and secureStorageUnavailable() tells the
//! UI so; nothing is ever written to disk by this class.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);
    void read(const QString &key, QObject *context, SecretCallback done) override;
    void write(
        const QString &key, const QString &secret, QObject *context, SecretCallback done) override;
    void remove(const QString &key, QObject *context, SecretCallback done) override;

    //! True once the keychain has been found missing in this session.
    bool usingSessionFallback() const { return m_fallbackActive; }

private:
    void activateFallback(const QString &reason);

    QString m_service;
    MemorySecretStore m_sessionOnly;
    bool m_fallbackActive = false;
};

} // namespace Dbtc::App
