// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Dbtc::Api {
class ApiJob;
class Client;
} // namespace Dbtc::Api

namespace Dbtc::Ui {

//! \brief Fetches the browsable artifacts (manifest, catalog, run_results, sources) of one run
//! step into ArtifactCache::runDir(), one file at a time with progress, reusing files already
//! cached. finished() gives the folder to open; when the listing fails (offline) but files are
//! cached, those are used.
class ArtifactDownloader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtifactDownloader)

public:
    explicit ArtifactDownloader(QObject *parent = nullptr);
    ~ArtifactDownloader() override;

    void setClient(Api::Client *client);
    void start(qint64 accountId, qint64 runId, int step);
    //! Aborts the transfer in flight; no further signals for this start().
    void cancel();
    bool isRunning() const { return m_running; }
    QString targetDir() const { return m_dir; }

signals:
    //! \a percent covers all files of this download (0-100), \a fileName the one in flight.
    void progress(const QString &fileName, int fileNumber, int fileCount, int percent);
    void finished(const QString &folder);
    void failed(const QString &message);

private:
    void downloadNext();
    void fail(const QString &message);

    QPointer<Api::Client> m_client;
    QPointer<Api::ApiJob> m_job;
    qint64 m_accountId = 0, m_runId = 0;
    int m_step = 0;
    QString m_dir;
    QStringList m_todo;
    int m_total = 0;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace Dbtc::Ui
