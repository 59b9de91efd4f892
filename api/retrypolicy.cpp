// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Dbtc::Api {

std::chrono::milliseconds RetryPolicy::delayFor(int attempt) const
{
    return backoff(attempt, baseDelay, maxDelay, jitter);
}

std::chrono::milliseconds RetryPolicy::backoff(
    int attempt, std::chrono::milliseconds base, std::chrono::milliseconds cap, double jitter)
{
    using std::chrono::milliseconds;
    // 20 doublings of even 1 ms pass any sensible cap; more would overflow the shift.
    const int shift = std::clamp(attempt - 1, 0, 20);
    const qint64 raw = std::min<qint64>(std::max<qint64>(0, base.count()) << shift, cap.count());
    if (jitter <= 0.0) {
        return milliseconds(std::max<qint64>(0, raw));
    }
    // Full jitter would make tests slow and unpredictable; +-jitter keeps the growth visible.
    const double factor = 1.0 + jitter * (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0);
    return milliseconds(
        std::max<qint64>(0, static_cast<qint64>(static_cast<double>(raw) * factor)));
}

} // namespace Dbtc::Api
