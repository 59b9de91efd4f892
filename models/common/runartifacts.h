// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/artifactindex.h"
#include "models/common/artifactcache.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>

class QTemporaryDir;

namespace Dbtc::Api {
class ApiJob;
class Client;
} // namespace Dbtc::Api

namespace Dbtc::Models {

class ArtifactFetch;

//! \brief The one place a connection's run artifacts are downloaded and cached: the failure
//! triage, the "is it new?" history, the timing chart and the artifact browser all ask here.
//!
//! A file is cached under ArtifactCache (host + account + run + step + path) only after it
//! parsed: a 2xx with a truncated or invalid body is reported as an error and never written,
//! and a cached copy that no longer parses is deleted and downloaded again. Artifacts of a
//! finished run never change, so a good cached copy is used without asking the network
//! (which is also the offline fallback). Downloads commit by rename, so a file is complete or
//! absent. Two requests for the same file share one download. Parsing happens on a worker
//! thread; callbacks run on the service's thread and never after it is destroyed.
class RunArtifacts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunArtifacts)

public:
    using Index = std::shared_ptr<const ArtifactIndex>;
    //! \a error is empty on success; \a notFound tells "the run has no such artifact" apart
    //! from a failed download.
    using FileCallback =
        std::function<void(const QString &file, const QString &error, bool notFound)>;
    //! Runs on the worker thread with the parsed index (or null plus a message); whatever it
    //! returns is handed to the done callback on the owner's thread.
    template <typename T>
    using Transform = std::function<T(const Index &index, const QString &error)>;

    //! \a client may be null (every fetch then says "not connected"); it must outlive the
    //! service. \a cacheRoot is the folder the caller chose; empty = a private temporary
    //! folder removed with the service (nothing survives a restart).
    RunArtifacts(Api::Client *client, const QString &cacheRoot, QObject *parent = nullptr);
    ~RunArtifacts() override;

    const ArtifactCache &cache() const { return m_cache; }

    //! For the model layer (ArtifactFetch lists a step's files); ui/ never calls it.
    Api::Client *client() const;

    //! The cached (and checked) or freshly downloaded file of \a path of \a runId's \a step.
    //! With a \a context, the callback is dropped when the context is destroyed or passed to
    //! cancel(); without one, cancel(nullptr) drops it.
    void fetch(
        qint64 runId, int step, const QString &path, FileCallback done, QObject *context = nullptr);
    //! Downloads (or reuses) the browsable files of a run step with progress; the returned
    //! object reports and deletes itself when done. See ArtifactFetch.
    ArtifactFetch *fetchStep(qint64 runId, int step);
    //! Drops the callbacks of \a context (nullptr: the fetches made without one, and pending
    //! parse() results) and aborts the downloads nobody waits for any more.
    void cancel(QObject *context = nullptr);

    //! Same as cancel(nullptr): another run is shown.
    void abortAll() { cancel(nullptr); }

    //! Parses \a file with the artifact index and applies \a transform on the worker thread.
    //! A cached file that does not parse is evicted, so the next fetch downloads it again.
    template <typename T>
    void parse(const QString &file, Transform<T> transform, std::function<void(T)> done)
    {
        const quint64 generation = m_generation;
        runInPool([this, file, transform, done, generation] {
            QString error;
            const Index index = ArtifactIndex::load(file, &error);
            auto value = std::make_shared<T>(transform(index, error));
            const bool broken = !index;
            deliver([this, value, done, generation, file, broken] {
                if (broken) {
                    evict(file);
                }
                if (generation == m_generation) {
                    done(std::move(*value));
                }
            });
        });
    }

Q_SIGNALS:
    //! Bytes of a download in flight; \a total is -1 when unknown.
    void downloadProgress(
        qint64 runId, int step, const QString &path, qint64 received, qint64 total);

private:
    struct Waiter
    {
        FileCallback done;
        QPointer<QObject> context;
        bool hasContext = false;
        quint64 generation = 0; //!< for context-less waiters: cancel(nullptr) bumps m_generation
    };

    struct Pending
    {
        quint64 serial = 0;
        QPointer<Api::ApiJob> job;
        QList<Waiter> waiters;
    };

    struct Ready
    {
        Waiter waiter;
        QString file, error;
        bool notFound = false;
    };

    bool wants(const Waiter &w) const;
    void verifyCached(
        const QString &target, qint64 runId, int step, const QString &path, quint64 serial);
    void download(
        const QString &target, qint64 runId, int step, const QString &path, quint64 serial);
    void commit(const QString &staging, const QString &target, const QString &path, quint64 serial);
    void complete(const QString &target,
        quint64 serial,
        const QString &file,
        const QString &error,
        bool notFound);
    void post(Ready ready);
    void flushReady();
    void evict(const QString &file);
    void runInPool(std::function<void()> work);
    void deliver(std::function<void()> result);

    std::unique_ptr<QTemporaryDir> m_ownRoot;
    QPointer<QObject> m_clientObject; //!< QObject: keeps api/client.h out of this header
    Api::Client *m_client = nullptr;
    ArtifactCache m_cache;
    QThreadPool *m_pool;
    QHash<QString, Pending> m_pending; //!< by target file
    QSet<QString> m_verified; //!< cached files that parsed in this process
    QList<Ready> m_ready;
    bool m_flushQueued = false;
    quint64 m_generation = 0;
    quint64 m_serial = 0;
};

} // namespace Dbtc::Models
