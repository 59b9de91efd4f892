// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/admin/adminwriter.h"

#include "api/client.h"
#include "models/admin/admindirectory.h"
#include "models/common/writeaccess.h"

namespace Dbtc::Models {

AdminWriter::AdminWriter(
    Api::Client *client, WriteAccess *access, AdminDirectory *directory, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_access(access)
    , m_directory(directory)
{ }

QStringList AdminWriter::tokenPermissionSets()
{
    return { QStringLiteral("account_admin"),
        QStringLiteral("account_viewer"),
        QStringLiteral("security_admin"),
        QStringLiteral("job_admin"),
        QStringLiteral("job_runner"),
        QStringLiteral("job_viewer"),
        QStringLiteral("git_admin"),
        QStringLiteral("database_admin"),
        QStringLiteral("webhooks_only"),
        QStringLiteral("metadata_only") };
}

template <typename T>
AdminWriter::Done<T> AdminWriter::report(int area, Done<T> done, std::function<void()> onOk)
{
    return [this, area, done = std::move(done), onOk = std::move(onOk)](const Api::Result<T> &r) {
        if (!r) {
            m_access->noteError(WriteArea(area), r.error());
        } else if (onOk) {
            onOk();
        }
        if (done) {
            done(r);
        }
    };
}

void AdminWriter::createServiceToken(const QString &name,
    const QStringList &permissionSets,
    QObject *context,
    Done<Api::CreatedServiceToken> done)
{
    Api::ServiceTokenDraft draft;
    draft.name = name.trimmed();
    for (const QString &set : permissionSets) {
        draft.grants.append({ set, std::nullopt });
    }
    if (!m_client) {
        return;
    }
    // The answer goes straight to the caller: the secret passes through, it is not kept.
    m_client->createServiceToken(draft,
        context,
        report<Api::CreatedServiceToken>(int(WriteArea::ServiceTokens), std::move(done), [this] {
            m_directory->reload(AdminArea::ServiceTokens);
        }));
}

void AdminWriter::saveWebhook(const QString &subscriptionId,
    const Api::WebhookDraft &draft,
    QObject *context,
    Done<Api::WebhookSubscription> done)
{
    if (!m_client) {
        return;
    }
    auto finish =
        report<Api::WebhookSubscription>(int(WriteArea::Webhooks), std::move(done), [this] {
            m_directory->reload(AdminArea::Webhooks);
        });
    if (subscriptionId.isEmpty()) {
        m_client->createWebhook(draft, context, finish);
    } else {
        m_client->updateWebhook(subscriptionId, draft, context, finish);
    }
}

void AdminWriter::deleteWebhook(const QString &subscriptionId, QObject *context, Done<QString> done)
{
    if (!m_client) {
        return;
    }
    m_client->deleteWebhook(
        subscriptionId, context, report<QString>(int(WriteArea::Webhooks), std::move(done), [this] {
            m_directory->reload(AdminArea::Webhooks);
        }));
}

void AdminWriter::sendTest(const QString &subscriptionId, QObject *context, Done<QString> done)
{
    if (!m_client) {
        return;
    }
    m_client->testWebhook(subscriptionId,
        context,
        [this, subscriptionId, done = std::move(done)](const Api::Result<QString> &r) {
            if (!r) {
                m_access->noteError(WriteArea::Webhooks, r.error());
            } else {
                m_directory->followEvent(subscriptionId, r.value());
            }
            if (done) {
                done(r);
            }
        });
}

} // namespace Dbtc::Models
