// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the log line index and the ANSI decoder (models/rundetail): any bytes
// a step log may hold (cut escape sequences, invalid UTF-8, CR-only lines, NULs) index into
// lines whose starts are in order and inside the text, decode into spans inside their line,
// and re-index incrementally to the same result as indexing the whole text at once.
#include "models/rundetail/logdocument.h"

#include <cstdint>
#include <cstdlib>

using namespace Dbtc::Models;

namespace {

void require(bool ok)
{
    if (!ok) {
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto whole = indexLog(text);
    require(whole != nullptr);
    require(whole->kinds.size() == whole->starts.size());
    qint64 previous = -1;
    for (qint64 i = 0; i < whole->lineCount(); ++i) {
        const qint64 start = whole->starts.at(std::size_t(i));
        require(start > previous && start <= whole->text.size());
        previous = start;
        const QByteArrayView raw = whole->rawLine(i);
        require(raw.size() <= whole->longestLine);
        const LogLine line = decodeLogLine(raw);
        for (const LogSpan &span : line.spans) {
            require(span.start >= 0 && span.length >= 0
                && span.start + span.length <= line.text.size());
        }
        (void)stripAnsi(raw);
        require(classifyLogLine(raw) == whole->kinds.at(std::size_t(i)));
    }
    // A live log grows: indexing the first part and then the rest gives the same lines.
    const qsizetype cut = text.size() / 2;
    const auto first = indexLog(text.left(cut));
    const auto grown = indexLog(text, first);
    require(grown->starts == whole->starts && grown->kinds == whole->kinds);
    require(grown->errorCount == whole->errorCount && grown->warningCount == whole->warningCount);
    (void)searchLog(*whole, text.left(8));
    return 0;
}
