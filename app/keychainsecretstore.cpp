// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/keychainsecretstore.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace Dbtc::App {

namespace {

// QtKeychain reports a missing Secret Service (no D-Bus, no daemon, no collection) as
// OtherError, not NoBackendAvailable (see research/toolchain.md §4), so all three mean
// "no secure storage here".
bool meansUnavailable(QKeychain::Error e)
{
    return e == QKeychain::NoBackendAvailable || e == QKeychain::NotImplemented
        || e == QKeychain::OtherError;
}

template <typename Job> Job *makeJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{ }

void KeychainSecretStore::activateFallback(const QString &reason)
{
    if (!m_fallbackActive) {
        m_fallbackActive = true;
        emit secureStorageUnavailable(
            tr("No secure password storage (keychain) is available: %1. Tokens are kept in "
               "memory for this session only and must be entered again next time.")
                .arg(reason));
    }
}

void KeychainSecretStore::read(const QString &key, QObject *context, SecretCallback done)
{
    if (m_fallbackActive) {
        m_sessionOnly.read(key, context, std::move(done));
        return;
    }
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    QPointer<QObject> ctx(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, ctx, done, key] {
        if (!ctx) {
            return;
        }
        SecretResult r;
        if (job->error() == QKeychain::NoError) {
            r.secret = job->textData();
        } else if (job->error() == QKeychain::EntryNotFound) {
            r.status = SecretResult::Status::NotFound;
            r.message = tr("No token is stored in the keychain for this connection.");
        } else if (meansUnavailable(job->error())) {
            activateFallback(job->errorString());
            m_sessionOnly.read(key, ctx, done);
            return;
        } else {
            r.status = SecretResult::Status::Failed;
            r.message = tr("The keychain refused to read the token: %1").arg(job->errorString());
        }
        done(r);
    });
    job->start();
}

void KeychainSecretStore::write(
    const QString &key, const QString &secret, QObject *context, SecretCallback done)
{
    if (m_fallbackActive) {
        m_sessionOnly.write(key, secret, context, [done](const SecretResult &) {
            done({ SecretResult::Status::Unavailable,
                {},
                tr("Token kept in memory for this session only.") });
        });
        return;
    }
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    QPointer<QObject> ctx(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, ctx, done, key, secret] {
        if (!ctx) {
            return;
        }
        if (job->error() == QKeychain::NoError) {
            done(SecretResult {});
        } else if (meansUnavailable(job->error())) {
            activateFallback(job->errorString());
            write(key, secret, ctx, done);
        } else {
            done({ SecretResult::Status::Failed,
                {},
                tr("The keychain refused to store the token: %1").arg(job->errorString()) });
        }
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, QObject *context, SecretCallback done)
{
    m_sessionOnly.remove(key, this, [](const SecretResult &) {});
    if (m_fallbackActive) {
        deliverSecretResult(context, std::move(done), SecretResult {});
        return;
    }
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    QPointer<QObject> ctx(context);
    connect(job, &QKeychain::Job::finished, this, [job, ctx, done] {
        if (!ctx) {
            return;
        }
        // Deleting what is not there is success: the token is gone either way.
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound
            || meansUnavailable(job->error())) {
            done(SecretResult {});
        } else {
            done({ SecretResult::Status::Failed,
                {},
                tr("The keychain refused to delete the token: %1").arg(job->errorString()) });
        }
    });
    job->start();
}

} // namespace Dbtc::App
