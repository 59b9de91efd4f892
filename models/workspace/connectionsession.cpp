// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workspace/connectionsession.h"

#include "api/client.h"
#include "models/actions/runcommands.h"
#include "models/actions/stepselectionpreview.h"
#include "models/admin/admindirectory.h"
#include "models/admin/adminwriter.h"
#include "models/common/runartifacts.h"
#include "models/common/writeaccess.h"
#include "models/compare/runcomparison.h"
#include "models/jobs/jobwriter.h"
#include "models/rundetail/rundetail.h"

namespace Dbtc::Models {

ConnectionSession::ConnectionSession(const ConnectionInfo &info,
    Api::Client *client,
    QObject *parent,
    const QString &artifactCacheRoot)
    : QObject(parent)
    , m_info(info)
    , m_clientObject(client)
    , m_client(client)
    , m_runArtifacts(new RunArtifacts(client, artifactCacheRoot, this))
    , m_runDetail(new RunDetail(client, m_runArtifacts, this))
    , m_writeAccess(new WriteAccess(info.readOnly || (client && client->isReadOnly()), this))
    , m_commands(new RunCommands(client, info.readOnly, this))
    , m_jobWriter(new JobWriter(client, m_writeAccess, this))
    , m_stepPreview(new StepSelectionPreviewer(client, m_runArtifacts, this))
    , m_runComparison(new RunComparison(client, m_runArtifacts, this))
    , m_admin(new AdminDirectory(client, this))
    , m_adminWriter(new AdminWriter(client, m_writeAccess, m_admin, this))
{
    m_commands->setStepPreviewer(m_stepPreview);
    m_commands->setWriteAccess(m_writeAccess);
    if (!client) {
        return;
    }
    connect(
        client, &Api::Client::inFlightChanged, this, &ConnectionSession::requestsInFlightChanged);
    connect(client, &Api::Client::rateLimited, this, &ConnectionSession::rateLimited);
    connect(client, &Api::Client::rateLimitEnded, this, &ConnectionSession::rateLimitEnded);
    connect(
        client, &Api::Client::connectivityChanged, this, &ConnectionSession::connectivityChanged);
    connect(client, &Api::Client::unauthorized, this, &ConnectionSession::unauthorized);
}

ConnectionSession::~ConnectionSession()
{
    // Abort first so no reply reaches a service while the session's children are destroyed.
    if (auto *c = client()) {
        c->abortAll();
    }
}

Api::Client *ConnectionSession::client() const
{
    return m_clientObject ? m_client : nullptr;
}

int ConnectionSession::requestsInFlight() const
{
    return client() ? m_client->inFlight() : 0;
}

bool ConnectionSession::isRateLimited() const
{
    return client() && m_client->isRateLimited();
}

QDateTime ConnectionSession::rateLimitedUntil() const
{
    return client() ? m_client->rateLimitedUntil() : QDateTime();
}

} // namespace Dbtc::Models
