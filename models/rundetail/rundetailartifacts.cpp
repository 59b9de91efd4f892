// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rundetail/rundetailartifacts.h"

#include "api/client.h"

#include <QDir>
#include <QFileInfo>
#include <QMetaObject>
#include <QStandardPaths>

namespace Dbtc::Models {

QString runArtifactCachePath(qint64 runId, int step, const QString &path)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return base + QStringLiteral("/runs/%1/step%2/").arg(runId).arg(step) + path;
}

RunArtifacts::RunArtifacts(QObject *parent)
    : QObject(parent)
    , m_pool(new QThreadPool(this))
{
    m_pool->setMaxThreadCount(2);
}

RunArtifacts::~RunArtifacts()
{
    abortAll();
    m_pool->waitForDone(); // workers post results to `this`
}

void RunArtifacts::abortAll()
{
    m_requests.reset();
}

void RunArtifacts::fetch(qint64 runId, int step, const QString &path, FileCallback done)
{
    const QString file = runArtifactCachePath(runId, step, path);
    if (QFileInfo(file).isFile() && QFileInfo(file).size() > 0) {
        // Deliver later, like a download would: callers may still be setting up.
        QMetaObject::invokeMethod(this, m_requests.guard([file, done] {
            done(file, QString(), false);
        }), Qt::QueuedConnection);
        return;
    }
    if (!m_client) {
        done(QString(), tr("Not connected."), false);
        return;
    }
    QDir().mkpath(QFileInfo(file).absolutePath());
    m_requests.track(m_client->downloadArtifact(
        runId, path, step, file, this,
        m_requests.guard([done](const Api::Result<Api::DownloadResult> &r) {
            if (r.ok())
                done(r->filePath, QString(), false);
            else
                done(QString(), r.error().userMessage(),
                     r.error().kind == Api::ApiError::Kind::NotFound);
        })));
}

void RunArtifacts::runInPool(std::function<void()> work)
{
    m_pool->start(std::move(work));
}

void RunArtifacts::deliver(std::function<void()> result)
{
    QMetaObject::invokeMethod(this, std::move(result), Qt::QueuedConnection);
}

void RunArtifacts::setClient(Api::Client *client)
{
    m_client = client;
}

} // namespace Dbtc::Models
