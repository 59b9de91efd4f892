// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

namespace Dbtc::Models {

class SettingsStore;

//! \brief What "watch everything in ..." can name besides one job.
enum class WatchScopeKind { Account, Project, Environment };

//! \brief The whole accounts, projects and environments watched on one connection.
struct WatchScopes
{
    QSet<qint64> accounts, projects, environments;

    bool isEmpty() const
    {
        return accounts.isEmpty() && projects.isEmpty() && environments.isEmpty();
    }

    //! True when a job of \a projectId / \a environmentId in \a accountId is in a watched scope.
    bool covers(qint64 accountId, qint64 projectId, qint64 environmentId) const
    {
        return (accountId && accounts.contains(accountId))
            || (projectId && projects.contains(projectId))
            || (environmentId && environments.contains(environmentId));
    }
};

//! \brief The jobs the user starred, per connection, and the accounts, projects and
//! environments the user opted into whole ("Watch everything in this project"; the demo
//! watches its account). Persisted in the settings store under "watch/<connectionId>" as a list
//! of job ids and "watchScope/<connectionId>" as "a:ID", "p:ID", "e:ID" (ids only: nothing
//! secret, nothing stale).
//!
//! A watched scope widens what the background watch polls, and so what the history records
//! and the failure inbox files; desktop notifications per run stay for starred jobs.
class WatchList final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchList)

public:
    //! \a settings is not owned; nullptr = kept in memory only (nothing persisted).
    explicit WatchList(SettingsStore *settings = nullptr, QObject *parent = nullptr);
    ~WatchList() override;

    bool isWatched(const QString &connectionId, qint64 jobId) const;
    QSet<qint64> watchedJobs(const QString &connectionId) const;
    //! Connections that have at least one watched job.
    QStringList connections() const;
    void setWatched(const QString &connectionId, qint64 jobId, bool watched);
    void toggle(const QString &connectionId, qint64 jobId);
    //! Forget every watched job and scope of a connection (the connection was removed).
    void clear(const QString &connectionId);

    bool isScopeWatched(const QString &connectionId, WatchScopeKind kind, qint64 id) const;
    void setScopeWatched(const QString &connectionId, WatchScopeKind kind, qint64 id, bool watched);
    WatchScopes watchedScopes(const QString &connectionId) const;

Q_SIGNALS:
    void watchChanged(const QString &connectionId, qint64 jobId, bool watched);
    void scopeWatchChanged(
        const QString &connectionId, Dbtc::Models::WatchScopeKind kind, qint64 id, bool watched);

private:
    QSet<qint64> &load(const QString &connectionId) const;
    void save(const QString &connectionId);
    WatchScopes &loadScopes(const QString &connectionId) const;
    void saveScopes(const QString &connectionId);
    SettingsStore &settings() const;

    SettingsStore *m_settings = nullptr;
    std::unique_ptr<SettingsStore> m_ownSettings;
    mutable QHash<QString, QSet<qint64>> m_cache;
    mutable QHash<QString, WatchScopes> m_scopeCache;
};

} // namespace Dbtc::Models
