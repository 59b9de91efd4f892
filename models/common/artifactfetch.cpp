// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/artifactfetch.h"

#include "api/client.h"
#include "models/common/runartifacts.h"

namespace Dbtc::Models {

ArtifactFetch::ArtifactFetch(RunArtifacts *service, qint64 runId, int step)
    : QObject(service)
    , m_service(service)
    , m_runId(runId)
    , m_step(step)
{
    connect(service,
        &RunArtifacts::downloadProgress,
        this,
        [this](qint64 runId, int step, const QString &path, qint64 received, qint64 total) {
            if (m_done || runId != m_runId || step != m_step || path != m_current || total <= 0) {
                return;
            }
            const int number = m_total - int(m_todo.size());
            const int share = int(received * 100 / total);
            Q_EMIT progress(path, number, m_total, ((number - 1) * 100 + share) / qMax(1, m_total));
        });
}

ArtifactFetch::~ArtifactFetch()
{
    stop();
}

QString ArtifactFetch::folder() const
{
    return m_service ? m_service->cache().runDir(m_runId, m_step) : QString();
}

void ArtifactFetch::cancel()
{
    if (m_done) {
        return;
    }
    stop();
    deleteLater();
}

void ArtifactFetch::stop()
{
    m_done = true;
    if (m_listJob) {
        m_listJob->abort();
    }
    if (m_service) {
        m_service->cancel(this);
    }
}

void ArtifactFetch::start()
{
    Q_EMIT progress(QString(), 0, 0, 0);
    Api::Client *client = m_service->client();
    if (!client) {
        // Not connected: what is cached is all there is.
        onListed({}, tr("not connected to dbt Cloud"), true);
        return;
    }
    m_listJob = client->listArtifacts(
        m_runId, m_step, this, [this](const Api::Result<Api::ArtifactList> &r) {
            m_listJob = nullptr;
            if (m_done) {
                return;
            }
            if (!r && r.error().kind == Api::ApiError::Kind::Cancelled) {
                return;
            }
            onListed(
                r ? r->paths : QStringList(), r ? QString() : r.error().userMessage(), !r.ok());
        });
}

void ArtifactFetch::onListed(const QStringList &listed, const QString &listError, bool listFailed)
{
    const QStringList cached = m_service->cache().cachedFiles(m_runId, m_step);
    if (listFailed) {
        if (cached.isEmpty()) {
            fail(tr("Could not list the artifacts of run %1: %2").arg(m_runId).arg(listError));
            return;
        }
        m_offlineNotice = tr("Could not reach dbt Cloud (%1): showing the copies of run %2 "
                             "cached earlier.")
                              .arg(listError)
                              .arg(m_runId);
    }
    for (const QString &name : ArtifactCache::browsableFiles()) {
        if (listed.contains(name) || cached.contains(name)) {
            m_todo.append(name);
        }
    }
    if (m_todo.isEmpty()) {
        fail(tr("Run %1 saved no manifest.json, catalog.json, run_results.json or sources.json "
                "(artifacts exist only for finished runs).")
                 .arg(m_runId));
        return;
    }
    m_total = int(m_todo.size());
    next();
}

void ArtifactFetch::next()
{
    if (m_todo.isEmpty()) {
        if (m_got.isEmpty()) {
            fail(tr("Could not download the artifacts of run %1: %2")
                     .arg(m_runId)
                     .arg(m_problems.join(u"; ")));
            return;
        }
        QStringList notice;
        if (!m_offlineNotice.isEmpty()) {
            notice << m_offlineNotice;
        }
        if (!m_problems.isEmpty()) {
            notice << tr("Left out: %1").arg(m_problems.join(u"; "));
        }
        m_done = true;
        Q_EMIT progress(QString(), m_total, m_total, 100);
        Q_EMIT finished(folder(), notice.join(u' '));
        deleteLater();
        return;
    }
    m_current = m_todo.takeFirst();
    const int number = m_total - int(m_todo.size());
    Q_EMIT progress(m_current, number, m_total, (number - 1) * 100 / qMax(1, m_total));
    m_service->fetch(
        m_runId,
        m_step,
        m_current,
        [this](const QString &file, const QString &error, bool) {
            if (m_done) {
                return;
            }
            if (file.isEmpty()) {
                m_problems << tr("%1 (%2)").arg(m_current, error);
            } else {
                m_got << m_current;
            }
            next();
        },
        this);
}

void ArtifactFetch::fail(const QString &message)
{
    m_done = true;
    m_todo.clear();
    Q_EMIT failed(message);
    deleteLater();
}

} // namespace Dbtc::Models
