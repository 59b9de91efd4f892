// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apijob.h"
#include "api/clientoptions.h"
#include "api/queries.h"
#include "api/result.h"
#include "api/types/account.h"
#include "api/types/admin.h"
#include "api/types/artifact.h"
#include "api/types/environment.h"
#include "api/types/job.h"
#include "api/types/page.h"
#include "api/types/project.h"
#include "api/types/run.h"

#include <QObject>

#include <functional>

class QJsonObject; // only named in a private declaration; kept out of ui/ and models/

namespace Dbtc::Api {

class RequestQueue;

template <typename T> using Callback = std::function<void(const Result<T> &)>;

//! \brief Typed calls of the dbt Cloud Administrative API for one account.
//!
//! Every call takes a context object and a callback: the callback runs on the client's thread,
//! exactly once, unless the context was destroyed first. Calls return the ApiJob, which can be
//! aborted (the callback then gets a Cancelled error). POSTs (trigger, rerun, retry, cancel)
//! are never resent automatically.
class Client final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Client)

public:
    explicit Client(ClientOptions options, QObject *parent = nullptr);
    ~Client() override;

    const ClientOptions &options() const;

    //! \brief Non-empty when the options cannot be used (e.g. http:// to a non-loopback host);
    //! every call then fails with that message instead of sending anything.
    QString configurationError() const { return m_configError; }

    //! \brief ClientOptions::readOnly: every write fails with ApiError::Kind::ReadOnly, unsent.
    bool isReadOnly() const;
    void setToken(const QString &token);
    int inFlight() const;
    bool isRateLimited() const;
    QDateTime rateLimitedUntil() const;
    void abortAll();

    // Accounts
    ApiJob *listAccounts(
        QObject *context, Callback<QList<Account>> done, ApiVersion version = ApiVersion::V3);
    ApiJob *getAccount(QObject *context, Callback<Account> done);

    // Projects and environments (v3)
    ApiJob *listProjects(const ListQuery &query,
        QObject *context,
        Callback<Page<Project>> done,
        Priority priority = Priority::Foreground);
    ApiJob *getProject(qint64 projectId, QObject *context, Callback<Project> done);
    ApiJob *listEnvironments(qint64 projectId,
        const ListQuery &query,
        QObject *context,
        Callback<Page<Environment>> done,
        Priority priority = Priority::Foreground);
    ApiJob *getEnvironment(
        qint64 projectId, qint64 environmentId, QObject *context, Callback<Environment> done);

    // Jobs (v2)
    ApiJob *listJobs(const JobQuery &query,
        QObject *context,
        Callback<Page<Job>> done,
        Priority priority = Priority::Foreground);
    ApiJob *getJob(
        qint64 jobId, QObject *context, Callback<Job> done, const QStringList &includeRelated = {});
    //! \brief POST jobs/{id}/run/. If the answer is lost after sending (timeout, dropped
    //! connection), the client looks for the run by its unique cause among the job's newest
    //! runs and reports it; if it is not there, the error has outcomeUnknown set. It never
    //! sends the trigger twice.
    ApiJob *triggerJob(
        qint64 jobId, const TriggerRequest &request, QObject *context, Callback<Run> done);
    //! \brief POST jobs/{id}/rerun/: retry the job's last failed run, or start a fresh one.
    ApiJob *rerunJob(qint64 jobId, QObject *context, Callback<Run> done);

    // Job writes (v2). Each is a POST/DELETE sent once: never resent automatically. A lost
    // answer comes back with outcomeUnknown set; a 400 carries ApiError::fieldErrors.
    //! \brief POST jobs/ with every field of \a job (its id must be 0); the created job.
    ApiJob *createJob(const Job &job, QObject *context, Callback<Job> done);
    //! \brief POST jobs/{job.id}/ with every field of \a job; the job as saved.
    ApiJob *updateJob(const Job &job, QObject *context, Callback<Job> done);
    //! \brief DELETE jobs/{id}/: a soft delete (state 2); the job as it is now.
    ApiJob *deleteJob(qint64 jobId, QObject *context, Callback<Job> done);

    // Runs (v2)
    ApiJob *listRuns(const RunQuery &query,
        QObject *context,
        Callback<Page<Run>> done,
        Priority priority = Priority::Foreground);
    ApiJob *getRun(qint64 runId,
        const RunInclude &include,
        QObject *context,
        Callback<Run> done,
        Priority priority = Priority::Foreground);
    ApiJob *cancelRun(qint64 runId, QObject *context, Callback<Run> done);
    //! \brief POST runs/{id}/retry/: retry a failed run from its point of failure.
    ApiJob *retryRun(qint64 runId, QObject *context, Callback<Run> done);
    //! \brief GET runs/{id}/retry/: which step failed and which steps a retry would skip.
    ApiJob *getRetryDetails(qint64 runId, QObject *context, Callback<RetryDetails> done);
    ApiJob *getStep(qint64 stepId, bool debugLogs, QObject *context, Callback<RunStep> done);

    // Artifacts (v2); step 0 = the server's default (the last step)
    ApiJob *listArtifacts(qint64 runId, int step, QObject *context, Callback<ArtifactList> done);
    //! \brief Streams the raw artifact into \a destinationFile (QSaveFile: the file appears
    //! only when complete). Progress arrives through ApiJob::progress on the returned job.
    ApiJob *downloadArtifact(qint64 runId,
        const QString &path,
        int step,
        const QString &destinationFile,
        QObject *context,
        Callback<DownloadResult> done);

    // Fetch every page (offset += count until total_count); the ApiJob aborts the whole loop.
    ApiJob *fetchAllRuns(const RunQuery &query,
        QObject *context,
        Callback<QList<Run>> done,
        Priority priority = Priority::Background);
    ApiJob *fetchAllJobs(const JobQuery &query,
        QObject *context,
        Callback<QList<Job>> done,
        Priority priority = Priority::Background);
    ApiJob *fetchAllProjects(
        QObject *context, Callback<QList<Project>> done, Priority priority = Priority::Background);
    ApiJob *fetchAllEnvironments(qint64 projectId,
        QObject *context,
        Callback<QList<Environment>> done,
        Priority priority = Priority::Background);

    // Account administration (clientadmin.cpp, clientwebhooks.cpp). Writes are never resent;
    // one whose answer was lost has outcomeUnknown set. Deletes are soft (state 2) except
    // webhook subscriptions. Lists fetch every page.
    ApiJob *createProject(const ProjectDraft &draft, QObject *context, Callback<Project> done);
    ApiJob *updateProject(
        qint64 projectId, const ProjectDraft &draft, QObject *context, Callback<Project> done);
    ApiJob *deleteProject(qint64 projectId, QObject *context, Callback<Project> done);
    ApiJob *createEnvironment(qint64 projectId,
        const EnvironmentDraft &draft,
        QObject *context,
        Callback<Environment> done);
    ApiJob *updateEnvironment(qint64 projectId,
        qint64 environmentId,
        const EnvironmentDraft &draft,
        QObject *context,
        Callback<Environment> done);
    ApiJob *deleteEnvironment(
        qint64 projectId, qint64 environmentId, QObject *context, Callback<Environment> done);
    //! Account-level connections (v3 /connections/).
    ApiJob *listConnections(QObject *context, Callback<QList<WarehouseConnection>> done);
    ApiJob *getConnection(
        qint64 connectionId, QObject *context, Callback<WarehouseConnection> done);
    ApiJob *createConnection(
        const ConnectionDraft &draft, QObject *context, Callback<WarehouseConnection> done);
    //! PATCH: only the config keys in \a draft change.
    ApiJob *updateConnection(qint64 connectionId,
        const ConnectionDraft &draft,
        QObject *context,
        Callback<WarehouseConnection> done);
    ApiJob *deleteConnection(
        qint64 connectionId, QObject *context, Callback<WarehouseConnection> done);
    //! Project-level connections (the older `type` + `details` form).
    ApiJob *listProjectConnections(
        qint64 projectId, QObject *context, Callback<QList<WarehouseConnection>> done);
    ApiJob *createProjectConnection(qint64 projectId,
        const ProjectConnectionDraft &draft,
        QObject *context,
        Callback<WarehouseConnection> done);
    ApiJob *listRepositories(qint64 projectId, QObject *context, Callback<QList<Repository>> done);
    ApiJob *getRepository(
        qint64 projectId, qint64 repositoryId, QObject *context, Callback<Repository> done);
    ApiJob *createRepository(qint64 projectId,
        const RepositoryDraft &draft,
        QObject *context,
        Callback<Repository> done);
    ApiJob *deleteRepository(
        qint64 projectId, qint64 repositoryId, QObject *context, Callback<Repository> done);
    ApiJob *listCredentials(qint64 projectId, QObject *context, Callback<QList<Credential>> done);
    ApiJob *getCredential(
        qint64 projectId, qint64 credentialId, QObject *context, Callback<Credential> done);
    ApiJob *listUsers(QObject *context, Callback<QList<User>> done);
    ApiJob *getUser(qint64 userId, QObject *context, Callback<User> done);
    ApiJob *listGroups(QObject *context, Callback<QList<Group>> done);
    ApiJob *createGroup(const GroupDraft &draft, QObject *context, Callback<Group> done);
    ApiJob *updateGroup(
        qint64 groupId, const GroupDraft &draft, QObject *context, Callback<Group> done);
    //! Tokens as listed: never with their secret.
    ApiJob *listServiceTokens(QObject *context, Callback<QList<ServiceToken>> done);
    //! The answer carries the secret: the only time it is ever available.
    ApiJob *createServiceToken(
        const ServiceTokenDraft &draft, QObject *context, Callback<CreatedServiceToken> done);
    //! PUT: renames and replaces the permission grants.
    ApiJob *updateServiceToken(qint64 tokenId,
        const ServiceTokenDraft &draft,
        QObject *context,
        Callback<ServiceToken> done);
    ApiJob *deleteServiceToken(qint64 tokenId, QObject *context, Callback<ServiceToken> done);
    //! Webhook subscriptions: string ids, their own envelope, no trailing slashes.
    ApiJob *listWebhooks(QObject *context, Callback<QList<WebhookSubscription>> done);
    ApiJob *getWebhook(
        const QString &subscriptionId, QObject *context, Callback<WebhookSubscription> done);
    //! The answer carries hmac_secret (the signing secret), once.
    ApiJob *createWebhook(
        const WebhookDraft &draft, QObject *context, Callback<WebhookSubscription> done);
    ApiJob *updateWebhook(const QString &subscriptionId,
        const WebhookDraft &draft,
        QObject *context,
        Callback<WebhookSubscription> done);
    //! A hard delete; the callback gets the removed id.
    ApiJob *deleteWebhook(const QString &subscriptionId, QObject *context, Callback<QString> done);
    //! Sends a sample job.run.completed; the callback gets the event id (its receipt follows).
    ApiJob *testWebhook(const QString &subscriptionId, QObject *context, Callback<QString> done);
    ApiJob *listWebhookEvents(
        const QString &subscriptionId, QObject *context, Callback<QList<WebhookEvent>> done);
    //! The deliveries of one event (empty while it is still being sent).
    ApiJob *listWebhookReceipts(const QString &subscriptionId,
        const QString &eventId,
        QObject *context,
        Callback<QList<WebhookReceipt>> done);
    // End of account administration

    //! \brief False when \a error proves a POST never reached the server (refused, unknown host,
    //! TLS); true when it may have been applied (timeout, dropped connection, 5xx).
    static bool mayHaveBeenApplied(const ApiError &error);
    //! \brief \a cause with " [ref <token>]" appended, cut so the whole fits 255 characters.
    static QString makeUniqueCause(const QString &cause, const QString &token);

Q_SIGNALS:
    //! The whole connection is paused until \a until (UTC) after a 429; emitted once per pause.
    void rateLimited(const QDateTime &until);
    void rateLimitEnded();
    void inFlightChanged(int count);
    void connectivityChanged(bool online);
    //! A 401: the token is wrong, expired, or used against the wrong host.
    void unauthorized();

private:
    template <typename T>
    ApiJob *call(Request request,
        QObject *context,
        Callback<T> done,
        std::function<Result<T>(const ApiJob &)> decode);
    template <typename T>
    ApiJob *fetchAll(std::function<Request(qint64 offset)> pageRequest,
        Result<T> (*decode)(const QJsonObject &),
        QObject *context,
        Callback<QList<T>> done);
    //! What a write does when dbt Cloud accepted it (2xx) but its body could not be read:
    //! find the run it made or changed and deliver that, instead of calling it a failure.
    using Recover = std::function<void(Callback<Run> deliver, const ApiError &accepted)>;
    ApiJob *post(Request request, QObject *context, Callback<Run> done, Recover recover = {});
    //! A job write: sent once; a lost answer says the job may have been changed.
    ApiJob *writeJob(Request request, QObject *context, Callback<Job> done);
    //! "Accepted, answer unreadable, do not send again": what Recover says when it cannot tell.
    static ApiError acceptedButUnread(const ApiError &accepted);
    //! A complete 2xx answer whose body does not decode: the write was applied.
    static bool acceptedButUnreadable(const ApiError &error);
    ApiJob *failNow(QObject *context, std::function<void()> deliver);
    //! \brief True (with \a why filled in) when \a request must not be sent: the options are
    //! unusable, or it is a write on a read-only connection.
    bool refuses(const Request &request, ApiError *why) const;
    void verifyTrigger(ApiJob *operation,
        qint64 jobId,
        const QString &cause,
        const QDateTime &sentAt,
        const ApiError &sendError,
        std::function<void(const Result<Run> &)> deliver);
    QString v2(const QString &rest) const;
    QString v3(const QString &rest) const;

    RequestQueue *m_queue = nullptr;
    QString m_configError;
};

} // namespace Dbtc::Api
