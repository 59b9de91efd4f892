// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Dbtc::Api {

std::chrono::milliseconds RetryPolicy::delayFor(int attempt) const
{
    using std::chrono::milliseconds;
    const int shift = std::clamp(attempt - 1, 0, 20);
    const qint64 raw = std::min<qint64>(baseDelay.count() << shift, maxDelay.count());
    // Full jitter would make tests slow and unpredictable; +-jitter keeps the growth visible.
    const double factor = 1.0 + jitter * (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0);
    return milliseconds(std::max<qint64>(0, static_cast<qint64>(static_cast<double>(raw) * factor)));
}

} // namespace Dbtc::Api
