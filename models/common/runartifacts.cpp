// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/runartifacts.h"

#include "api/client.h"
#include "models/common/artifactfetch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QTemporaryDir>

#include <optional>

namespace Dbtc::Models {

namespace {

std::optional<ArtifactKind> kindOfName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (name == u"manifest.json") {
        return ArtifactKind::Manifest;
    }
    if (name == u"catalog.json") {
        return ArtifactKind::Catalog;
    }
    if (name == u"run_results.json") {
        return ArtifactKind::RunResults;
    }
    if (name == u"sources.json") {
        return ArtifactKind::Sources;
    }
    return std::nullopt;
}

//! Whether \a file is a readable artifact of the kind its name says. Runs on a worker thread.
//! Files other than the four dbt artifacts (compiled SQL, ...) have no structure to check.
bool readable(const QString &file, QString *error)
{
    const std::optional<ArtifactKind> kind = kindOfName(file);
    if (!kind) {
        return QFileInfo(file).isFile();
    }
    ArtifactIndex index;
    return index.addFile(file, error, kind);
}

//! Cache files hold compiled SQL and results: readable by the user only.
void restrictToOwner(const QString &path, bool folder)
{
    QFile::setPermissions(path,
        folder ? QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
               : QFile::ReadOwner | QFile::WriteOwner);
}

bool makeFolder(const QString &dir)
{
    if (!QDir().mkpath(dir)) {
        return false;
    }
    restrictToOwner(dir, true);
    return true;
}

} // namespace

RunArtifacts::RunArtifacts(Api::Client *client, const QString &cacheRoot, QObject *parent)
    : QObject(parent)
    , m_clientObject(client)
    , m_client(client)
    , m_pool(new QThreadPool(this))
{
    QString root = cacheRoot;
    if (root.isEmpty()) {
        m_ownRoot = std::make_unique<QTemporaryDir>();
        root = m_ownRoot->path();
    }
    m_cache = client ? ArtifactCache(root, client->options().baseUrl, client->options().accountId)
                     : ArtifactCache(root, QUrl(), 0);
    m_pool->setMaxThreadCount(2);
}

RunArtifacts::~RunArtifacts()
{
    const auto pending = std::exchange(m_pending, {});
    for (const Pending &p : pending) {
        if (p.job) {
            p.job->abort();
        }
    }
    m_pool->waitForDone(); // workers post results to `this`
}

Api::Client *RunArtifacts::client() const
{
    return m_clientObject ? m_client : nullptr;
}

bool RunArtifacts::wants(const Waiter &w) const
{
    return w.hasContext ? !w.context.isNull() : w.generation == m_generation;
}

void RunArtifacts::fetch(
    qint64 runId, int step, const QString &path, FileCallback done, QObject *context)
{
    Waiter waiter { std::move(done), context, context != nullptr, m_generation };
    const QString target = m_cache.filePath(runId, step, path);
    if (target.isEmpty()) {
        post({ std::move(waiter),
            {},
            tr("%1 is not a file name inside the run's artifacts.").arg(path),
            false });
        return;
    }
    if (m_verified.contains(target) && QFileInfo(target).isFile()) {
        post({ std::move(waiter), target, {}, false });
        return;
    }
    if (auto it = m_pending.find(target); it != m_pending.end()) {
        it->waiters.append(std::move(waiter)); // one download, many readers
        return;
    }
    const quint64 serial = ++m_serial;
    m_pending.insert(target, Pending { serial, {}, { std::move(waiter) } });
    const QFileInfo cached(target);
    if (cached.isFile() && cached.size() > 0) {
        verifyCached(target, runId, step, path, serial);
    } else {
        download(target, runId, step, path, serial);
    }
}

ArtifactFetch *RunArtifacts::fetchStep(qint64 runId, int step)
{
    auto *fetch = new ArtifactFetch(this, runId, step);
    fetch->start();
    return fetch;
}

void RunArtifacts::cancel(QObject *context)
{
    if (!context) {
        ++m_generation; // drops context-less waiters and parse() results still on their way
    }
    QList<QPointer<Api::ApiJob>> idle;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        it->waiters.removeIf([this](const Waiter &w) {
            return !wants(w);
        });
        it->waiters.removeIf([context](const Waiter &w) {
            return w.hasContext && w.context == context;
        });
        if (it->waiters.isEmpty() && it->job) {
            idle.append(it->job); // nobody waits: stop the transfer (a check in flight just ends)
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    m_ready.removeIf([this, context](const Ready &r) {
        return !wants(r.waiter) || (r.waiter.hasContext && r.waiter.context == context);
    });
    for (const QPointer<Api::ApiJob> &job : std::as_const(idle)) {
        if (job) {
            job->abort();
        }
    }
}

void RunArtifacts::verifyCached(
    const QString &target, qint64 runId, int step, const QString &path, quint64 serial)
{
    runInPool([this, target, runId, step, path, serial] {
        QString error;
        const bool ok = readable(target, &error);
        deliver([this, target, runId, step, path, serial, ok, error] {
            if (m_pending.value(target).serial != serial) {
                return;
            }
            if (ok) {
                m_verified.insert(target);
                complete(target, serial, target, {}, false);
                return;
            }
            // Written by an older version or damaged on disk: never serve it, fetch it again.
            qWarning("artifact cache: %s does not parse (%s); downloading it again",
                qPrintable(QDir::toNativeSeparators(target)),
                qPrintable(error));
            QFile::remove(target);
            download(target, runId, step, path, serial);
        });
    });
}

void RunArtifacts::download(
    const QString &target, qint64 runId, int step, const QString &path, quint64 serial)
{
    Api::Client *c = client();
    if (!c) {
        complete(target, serial, {}, tr("Not connected to dbt Cloud."), false);
        return;
    }
    const QString staging = m_cache.stagingPath(runId, step, path);
    if (!makeFolder(QFileInfo(staging).absolutePath())
        || !makeFolder(QFileInfo(target).absolutePath())) {
        complete(target,
            serial,
            {},
            tr("Could not create the cache folder %1.")
                .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath())),
            false);
        return;
    }
    Api::ApiJob *job = c->downloadArtifact(runId,
        path,
        step,
        staging,
        this,
        [this, target, staging, path, serial](const Api::Result<Api::DownloadResult> &r) {
            if (m_pending.value(target).serial != serial) {
                QFile::remove(staging);
                return;
            }
            if (!r) {
                QFile::remove(staging);
                complete(target,
                    serial,
                    {},
                    r.error().userMessage(),
                    r.error().kind == Api::ApiError::Kind::NotFound);
                return;
            }
            commit(staging, target, path, serial);
        });
    if (job) {
        connect(job,
            &Api::ApiJob::progress,
            this,
            [this, runId, step, path](qint64 received, qint64 total) {
                Q_EMIT downloadProgress(runId, step, path, received, total);
            });
    }
    m_pending[target].job = job;
}

void RunArtifacts::commit(
    const QString &staging, const QString &target, const QString &path, quint64 serial)
{
    runInPool([this, staging, target, path, serial] {
        QString error;
        const bool ok = readable(staging, &error);
        deliver([this, staging, target, path, serial, ok, error] {
            if (!ok) {
                // A 2xx whose body does not parse (truncated, not JSON, another artifact):
                // caching it would break this run's triage for good.
                QFile::remove(staging);
                if (m_pending.value(target).serial == serial) {
                    complete(target,
                        serial,
                        {},
                        tr("dbt Cloud sent a %1 that cannot be read, so it was not kept: %2")
                            .arg(path, QString(error).replace(staging, path)),
                        false);
                }
                return;
            }
            restrictToOwner(staging, false);
            QFile::remove(target);
            if (!QFile::rename(staging, target)) {
                QFile::remove(staging);
                if (m_pending.value(target).serial == serial) {
                    complete(target,
                        serial,
                        {},
                        tr("Could not write %1 into the cache.")
                            .arg(QDir::toNativeSeparators(target)),
                        false);
                }
                return;
            }
            m_verified.insert(target);
            if (m_pending.value(target).serial == serial) {
                complete(target, serial, target, {}, false);
            }
        });
    });
}

void RunArtifacts::complete(
    const QString &target, quint64 serial, const QString &file, const QString &error, bool notFound)
{
    auto it = m_pending.find(target);
    if (it == m_pending.end() || it->serial != serial) {
        return;
    }
    const QList<Waiter> waiters = std::move(it->waiters);
    m_pending.erase(it);
    for (const Waiter &w : waiters) {
        if (wants(w)) {
            w.done(file, error, notFound);
        }
    }
}

void RunArtifacts::post(Ready ready)
{
    // Delivered later, like a download would be: callers may still be setting up.
    m_ready.append(std::move(ready));
    if (m_flushQueued) {
        return;
    }
    m_flushQueued = true;
    QMetaObject::invokeMethod(this, &RunArtifacts::flushReady, Qt::QueuedConnection);
}

void RunArtifacts::flushReady()
{
    m_flushQueued = false;
    const QList<Ready> ready = std::exchange(m_ready, {});
    for (const Ready &r : ready) {
        if (wants(r.waiter)) {
            r.waiter.done(r.file, r.error, r.notFound);
        }
    }
}

void RunArtifacts::evict(const QString &file)
{
    if (!file.startsWith(m_cache.root() + u'/') || m_pending.contains(file)) {
        return;
    }
    m_verified.remove(file);
    QFile::remove(file);
}

void RunArtifacts::runInPool(std::function<void()> work)
{
    m_pool->start(std::move(work));
}

void RunArtifacts::deliver(std::function<void()> result)
{
    QMetaObject::invokeMethod(this, std::move(result), Qt::QueuedConnection);
}

} // namespace Dbtc::Models
