// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/secretstore.h"

#include <QMetaObject>
#include <QPointer>

namespace Dbtc::App {

void deliverSecretResult(QObject *context, SecretCallback done, SecretResult result)
{
    // Queued even for the in-memory store, so callers see the same ordering as with the
    // asynchronous keychain and cannot come to depend on a synchronous answer.
    QMetaObject::invokeMethod(
        context,
        [done = std::move(done), result = std::move(result)] {
            done(result);
        },
        Qt::QueuedConnection);
}

void MemorySecretStore::read(const QString &key, QObject *context, SecretCallback done)
{
    SecretResult r;
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd()) {
        r.status = SecretResult::Status::NotFound;
        r.message = tr("No token is stored for this connection.");
    } else {
        r.secret = *it;
    }
    deliverSecretResult(context, std::move(done), r);
}

void MemorySecretStore::write(
    const QString &key, const QString &secret, QObject *context, SecretCallback done)
{
    m_secrets.insert(key, secret);
    deliverSecretResult(context, std::move(done), SecretResult {});
}

void MemorySecretStore::remove(const QString &key, QObject *context, SecretCallback done)
{
    m_secrets.remove(key);
    deliverSecretResult(context, std::move(done), SecretResult {});
}

} // namespace Dbtc::App
