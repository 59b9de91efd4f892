// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "artifacts/artifactindex.h"
#include "models/common/requesttracker.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace Dbtc::Api {
class ApiJob;
class Client;
} // namespace Dbtc::Api

namespace Dbtc::Models {

//! \brief Where a run's artifacts are cached: CacheLocation/runs/<runId>/step<N>/<path>.
//! Artifacts of a finished run never change, so a cached file is used as is.
QString runArtifactCachePath(qint64 runId, int step, const QString &path);

//! \brief Downloads (or finds in the cache) one artifact of one run step and parses it on a
//! worker thread. Shared by the failure triage, the "is it new?" history and the timing chart.
//! Callbacks run on the owner's thread and never after the object is destroyed.
class RunArtifacts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunArtifacts)

public:
    using Index = std::shared_ptr<const ArtifactIndex>;
    //! \a error is empty on success; \a notFound tells "the run has no such artifact" apart
    //! from a failed download.
    using FileCallback = std::function<void(const QString &file, const QString &error, bool notFound)>;
    //! Runs on the worker thread with the parsed index (or null plus a message); whatever it
    //! returns is handed to the done callback on the owner's thread.
    template<typename T>
    using Transform = std::function<T(const Index &index, const QString &error)>;

    explicit RunArtifacts(QObject *parent = nullptr);
    ~RunArtifacts() override;

    void setClient(Api::Client *client);
    //! Cancels every download and drops the pending callbacks (another run is shown).
    void abortAll();

    void fetch(qint64 runId, int step, const QString &path, FileCallback done);

    //! Parses \a file with the artifact index and applies \a transform on the worker thread.
    template<typename T>
    void parse(const QString &file, Transform<T> transform, std::function<void(T)> done)
    {
        // The guard is made here, on the owner's thread, and only invoked back on it.
        runInPool([this, file, transform, done = m_requests.guard(std::move(done))]() mutable {
            QString error;
            const Index index = ArtifactIndex::load(file, &error);
            auto value = std::make_shared<T>(transform(index, error));
            deliver([value, done] { done(std::move(*value)); });
        });
    }

private:
    void runInPool(std::function<void()> work);
    void deliver(std::function<void()> result);

    QPointer<Api::Client> m_client;
    RequestTracker m_requests;
    QThreadPool *m_pool = nullptr;
};

} // namespace Dbtc::Models
