// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the cron describer (models/common/cronwords): any schedule text a
// job may carry gives a non-empty sentence (or the expression itself) in bounded time.
#include "models/common/cronwords.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString cron = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString words = Dbtc::Models::cronToWords(cron);
    if (words.isEmpty() && !cron.trimmed().isEmpty()) {
        std::abort(); // the navigator would show a job with no schedule text at all
    }
    return 0;
}
