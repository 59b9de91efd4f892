// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

namespace Dbtc::Api {

//! \brief When and how often the request queue retries. Only idempotent requests are retried,
//! only after a network error, a timeout, a 5xx or a 429. Tests shrink every duration.
struct RetryPolicy
{
    int maxAttempts = 4; //!< first try included
    std::chrono::milliseconds requestTimeout { 30000 }; //!< per attempt, no bytes -> Timeout
    std::chrono::milliseconds downloadTimeout { 120000 }; //!< per attempt, between bytes
    std::chrono::milliseconds baseDelay { 1000 }; //!< delay before the 2nd attempt
    std::chrono::milliseconds maxDelay { 30000 }; //!< cap of the exponential backoff
    double jitter = 0.25; //!< +-25% so clients do not sync up
    //! Pause after a 429 without Retry-After (doubled on each 429 in a row, capped).
    std::chrono::milliseconds rateLimitFallback { 10000 };
    std::chrono::milliseconds maxRateLimitPause { 300000 };

    //! \brief Backoff before attempt \a attempt + 1 (attempt is 1-based), jitter applied.
    std::chrono::milliseconds delayFor(int attempt) const;

    //! \brief The one exponential backoff of the tree: \a base doubled for every \a attempt
    //! after the first (1-based), capped at \a cap, then spread by +-\a jitter (0.25 = +-25%)
    //! so that many clients do not retry in lockstep. With \a jitter 0 it is exact, which is
    //! what a caller that shows or tests the nominal delay wants. The request queue's retries,
    //! its 429 fallback pause and every poll schedule use it.
    static std::chrono::milliseconds backoff(
        int attempt, std::chrono::milliseconds base, std::chrono::milliseconds cap, double jitter);
};

} // namespace Dbtc::Api
