// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/artifacts/artifactdownloader.h"

#include "api/client.h"
#include "models/artifacts/artifactcache.h"

#include <QDir>

namespace Dbtc::Ui {

using Models::ArtifactCache;

ArtifactDownloader::ArtifactDownloader(QObject *parent)
    : QObject(parent)
{
}

ArtifactDownloader::~ArtifactDownloader()
{
    cancel();
}

void ArtifactDownloader::setClient(Api::Client *client)
{
    cancel();
    m_client = client;
}

void ArtifactDownloader::cancel()
{
    ++m_generation;
    m_running = false;
    m_todo.clear();
    if (m_job)
        m_job->abort();
    m_job = nullptr;
}

void ArtifactDownloader::start(qint64 accountId, qint64 runId, int step)
{
    cancel();
    m_accountId = accountId;
    m_runId = runId;
    m_step = step;
    m_dir = ArtifactCache::runDir(accountId, runId, step);
    m_running = true;
    if (!m_client) {
        fail(tr("Not connected to dbt Cloud."));
        return;
    }
    const quint64 generation = m_generation;
    emit progress(QString(), 0, 0, 0);
    m_job = m_client->listArtifacts(runId, step, this, [this, generation](const Api::Result<Api::ArtifactList> &r) {
        if (generation != m_generation)
            return;
        m_job = nullptr;
        const QStringList cached = ArtifactCache::cachedFiles(m_accountId, m_runId, m_step);
        if (!r) {
            if (!cached.isEmpty()) { // offline or rate limited: what we have is still worth showing
                m_running = false;
                emit finished(m_dir);
            } else {
                fail(tr("Could not list the artifacts of run %1: %2").arg(m_runId).arg(r.error().userMessage()));
            }
            return;
        }
        QStringList wanted;
        for (const QString &name : ArtifactCache::browsableFiles())
            if (r->paths.contains(name) || cached.contains(name))
                wanted.append(name);
        if (wanted.isEmpty()) {
            fail(tr("Run %1 saved no manifest.json, catalog.json, run_results.json or sources.json "
                    "(artifacts exist only for finished runs).").arg(m_runId));
            return;
        }
        for (const QString &name : wanted)
            if (!cached.contains(name))
                m_todo.append(name);
        m_total = int(m_todo.size());
        if (!QDir().mkpath(m_dir)) {
            fail(tr("Could not create the cache folder %1.").arg(QDir::toNativeSeparators(m_dir)));
            return;
        }
        downloadNext();
    });
}

void ArtifactDownloader::downloadNext()
{
    if (m_todo.isEmpty()) {
        m_running = false;
        emit progress(QString(), m_total, m_total, 100);
        emit finished(m_dir);
        return;
    }
    const QString name = m_todo.takeFirst();
    const int number = m_total - int(m_todo.size());
    const quint64 generation = m_generation;
    const int before = (number - 1) * 100 / qMax(1, m_total);
    emit progress(name, number, m_total, before);
    m_job = m_client->downloadArtifact(m_runId, name, m_step, m_dir + u'/' + name, this,
                                       [this, name, generation](const Api::Result<Api::DownloadResult> &r) {
        if (generation != m_generation)
            return;
        m_job = nullptr;
        if (!r) {
            fail(tr("Could not download %1 of run %2: %3").arg(name).arg(m_runId).arg(r.error().userMessage()));
            return;
        }
        downloadNext();
    });
    if (m_job) {
        connect(m_job, &Api::ApiJob::progress, this, [this, name, number, generation](qint64 received, qint64 total) {
            if (generation != m_generation || total <= 0)
                return;
            const int share = int(received * 100 / total);
            emit progress(name, number, m_total, ((number - 1) * 100 + share) / qMax(1, m_total));
        });
    }
}

void ArtifactDownloader::fail(const QString &message)
{
    m_running = false;
    m_todo.clear();
    emit failed(message);
}

} // namespace Dbtc::Ui
