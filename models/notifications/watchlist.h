// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

namespace Dbtc::Models {

class SettingsStore;

//! \brief The jobs the user starred, per connection. Persisted in the settings store under
//! "watch/<connectionId>" as a list of job ids (ids only: nothing secret, nothing stale).
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
    //! Forget every watched job of a connection (the connection was removed).
    void clear(const QString &connectionId);

Q_SIGNALS:
    void watchChanged(const QString &connectionId, qint64 jobId, bool watched);

private:
    QSet<qint64> &load(const QString &connectionId) const;
    void save(const QString &connectionId);
    SettingsStore &settings() const;

    SettingsStore *m_settings = nullptr;
    std::unique_ptr<SettingsStore> m_ownSettings;
    mutable QHash<QString, QSet<qint64>> m_cache;
};

} // namespace Dbtc::Models
