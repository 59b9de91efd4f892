// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/console/connectioninfo.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace Dbtc::Api {
class Client;
}

namespace Dbtc::Models {

class RunArtifacts;
class RunDetail;
class RunCommands;
class JobWriter;
class StepSelectionPreviewer;
class RunComparison;
class WriteAccess;
class AdminDirectory;
class AdminWriter;

//! \brief Everything the console keeps for one connection: its client and the model-layer
//! services built on it (commands, run artifacts, run detail; the Workspace adds the tree
//! refresher and the background watch as children). Owned by the Workspace, one per
//! connection; views bind to a session's services and never see the client. The client
//! belongs to the app (ConsoleApp makes one per connection from the keychain's token) and
//! outlives the session.
class ConnectionSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionSession)

public:
    //! \a client must outlive the session. \a artifactCacheRoot is the folder for downloaded
    //! run artifacts chosen by the app (empty: a temporary folder for this session only).
    ConnectionSession(const ConnectionInfo &info,
        Api::Client *client,
        QObject *parent = nullptr,
        const QString &artifactCacheRoot = {});
    ~ConnectionSession() override;

    const ConnectionInfo &info() const { return m_info; }

    QString id() const { return m_info.id; }

    bool isReadOnly() const { return m_info.readOnly; }

    //! For the model layer only (pollers, fetchers); ui/ never calls it.
    Api::Client *client() const;

    //! Trigger, cancel, retry with the in-flight and read-only rules; for the action widgets.
    RunCommands *commands() const { return m_commands; }

    //! What the token may write (read-only, and what 403s taught), for permission-aware
    //! actions; every writer of the session reports its 403s here.
    WriteAccess *writeAccess() const { return m_writeAccess; }

    //! Job create/edit/delete for the job editor and the job actions.
    JobWriter *jobWriter() const { return m_jobWriter; }

    //! The account's administration read views (issue 12), loaded on demand.
    AdminDirectory *admin() const { return m_admin; }

    //! Service token and webhook writes for the admin pages.
    AdminWriter *adminWriter() const { return m_adminWriter; }

    //! What job steps select, against the environment's latest manifest.
    StepSelectionPreviewer *stepPreview() const { return m_stepPreview; }

    //! The connection's run artifacts (triage, timing, artifact browser), cached on disk.
    RunArtifacts *runArtifacts() const { return m_runArtifacts; }

    //! Two runs (or two local target folders) compared, for the run diff page.
    RunComparison *runComparison() const { return m_runComparison; }

    //! The run detail page's model: one run followed, its triage and history.
    RunDetail *runDetail() const { return m_runDetail; }

    //! The connection's health, for the status bar.
    int requestsInFlight() const;
    bool isRateLimited() const;
    QDateTime rateLimitedUntil() const;

Q_SIGNALS:
    void requestsInFlightChanged(int count);
    void rateLimited(const QDateTime &until);
    void rateLimitEnded();
    void connectivityChanged(bool online);
    void unauthorized();

private:
    ConnectionInfo m_info;
    QPointer<QObject> m_clientObject; //!< QObject: keeps api/client.h out of this header
    Api::Client *m_client = nullptr;
    RunArtifacts *m_runArtifacts;
    RunDetail *m_runDetail;
    WriteAccess *m_writeAccess;
    RunCommands *m_commands = nullptr;
    JobWriter *m_jobWriter = nullptr;
    StepSelectionPreviewer *m_stepPreview = nullptr;
    RunComparison *m_runComparison = nullptr;
    AdminDirectory *m_admin = nullptr;
    AdminWriter *m_adminWriter = nullptr;
};

} // namespace Dbtc::Models
