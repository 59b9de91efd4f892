// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

class QSettings;

namespace Dbtc::Models {

//! \brief The jobs the user starred, per connection. Persisted in QSettings under
//! "watch/<connectionId>" as a list of job ids (ids only: nothing secret, nothing stale).
class WatchList final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchList)

public:
    //! \a settings is not owned; nullptr = the application's default QSettings.
    explicit WatchList(QSettings *settings = nullptr, QObject *parent = nullptr);
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
    QSettings &settings() const;

    QSettings *m_settings = nullptr;
    QSettings *m_ownSettings = nullptr;
    mutable QHash<QString, QSet<qint64>> m_cache;
};

} // namespace Dbtc::Models
