// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace Dbtc::App {

//! \brief Outcome of a secret-store operation.
struct SecretResult
{
    enum class Status {
        Ok,
        NotFound, //!< nothing stored under that key
        Unavailable, //!< no secure storage on this machine (kept in memory instead, on write)
        Failed, //!< the store answered with an error
    };
    Status status = Status::Ok;
    QString secret;
    QString message; //!< plain words for the user when status is not Ok

    bool ok() const { return status == Status::Ok; }
};

using SecretCallback = std::function<void(const SecretResult &)>;

//! \brief Where API tokens live. The only implementation the app uses is the OS keychain
//! (KeychainSecretStore); tests use MemorySecretStore. Callbacks run on the caller's thread,
//! bound to \a context: if the context dies first, the callback is dropped.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual void read(const QString &key, QObject *context, SecretCallback done) = 0;
    virtual void write(
        const QString &key, const QString &secret, QObject *context, SecretCallback done) = 0;
    virtual void remove(const QString &key, QObject *context, SecretCallback done) = 0;

signals:
    //! Secure storage is missing: tokens are kept for this session only. Emitted once.
    void secureStorageUnavailable(const QString &reason);
};

//! \brief In-memory store: the test double, and the session-only fallback.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;
    void read(const QString &key, QObject *context, SecretCallback done) override;
    void write(
        const QString &key, const QString &secret, QObject *context, SecretCallback done) override;
    void remove(const QString &key, QObject *context, SecretCallback done) override;

private:
    QHash<QString, QString> m_secrets;
};

//! Runs \a done with \a result later on the event loop, if \a context is still alive.
void deliverSecretResult(QObject *context, SecretCallback done, SecretResult result);

} // namespace Dbtc::App
