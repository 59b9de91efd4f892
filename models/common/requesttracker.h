// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>
#include <QtGlobal>

#include <memory>
#include <utility>

namespace Dbtc::Api {
class ApiJob;
}

namespace Dbtc::Models {

//! \brief The one stale-reply guard of the model layer: it holds the requests a class has in
//! flight, aborts them on reset() (another run, scope or connection is shown) and on
//! destruction, and makes sure no callback of an earlier generation ever runs.
//!
//! Wrap every callback in guard() and hand the returned job to track():
//! \code
//!   m_requests.track(client->getRun(id, {}, this, m_requests.guard([this](const auto &r) { ...
//!   })));
//! \endcode
//! A guarded callback captures the generation it was made in through a shared token, not
//! through `this` of the tracker, so it can be checked safely even while the owner is being
//! destroyed: ApiJob::abort() delivers its Cancelled answer synchronously, and without the
//! token that answer would run the owner's callback on a half-destroyed object.
//! Not thread-safe: create, call and reset guards on the owner's thread (a guard may be moved
//! through a worker and invoked back on the owner's thread).
class RequestTracker final
{
    Q_DISABLE_COPY_MOVE(RequestTracker)

public:
    RequestTracker();
    //! Aborts what is still in flight; their callbacks are dropped.
    ~RequestTracker();

    //! Remembers \a job so that reset() and the destructor abort it; returns it. Null is fine
    //! (a call that failed before sending).
    Api::ApiJob *track(Api::ApiJob *job);

    //! \a callback wrapped so that it runs only if reset() was not called (and the tracker
    //! not destroyed) since the wrapper was made.
    template <typename Callback> auto guard(Callback callback) const
    {
        return [token = m_token, generation = m_token->generation, callback = std::move(callback)](
                   auto &&...args) {
            if (token->generation == generation) {
                callback(std::forward<decltype(args)>(args)...);
            }
        };
    }

    //! Drops every pending callback and aborts every tracked job.
    void reset();
    //! Tracked jobs not finished yet.
    int inFlight() const;

    bool isIdle() const { return inFlight() == 0; }

private:
    struct Token
    {
        quint64 generation = 0;
    };

    std::shared_ptr<Token> m_token;
    QList<QPointer<Api::ApiJob>> m_jobs;
};

} // namespace Dbtc::Models
