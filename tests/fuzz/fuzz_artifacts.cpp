// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the artifact parsers. The project's parsing sources are compiled into
// this binary (Debian's Qt is not coverage-instrumented, so only our code is worth fuzzing).
// Contract checked: any input either parses into an index that every consumer can walk, or
// fails with a message that names the file and a byte offset. Never a crash or a hang.
#include "artifacts/artifactindex.h"
#include "artifacts/artifactsearch.h"
#include "artifacts/artifactsummary.h"
#include "artifacts/lineagegraph.h"

#include <cstdint>
#include <cstdlib>

using namespace Dbtc::Models;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto index = std::make_shared<ArtifactIndex>();
    QString error;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!index->addBuffer(bytes, QStringLiteral("fuzz.json"), &error)) {
        if (!error.startsWith(QLatin1String("fuzz.json: "))
            || !error.contains(QLatin1String(" at byte "))) {
            std::abort(); // an error without file name or offset breaks the contract
        }
        if (!index->documents().empty()) {
            std::abort(); // a failed file must leave nothing behind
        }
        return 0;
    }
    index->finalize();
    (void)summarizeIndex(*index);
    const auto &entities = index->entities();
    for (std::size_t i = 0; i < entities.size() && i < 32; ++i) {
        const Entity &e = entities[i];
        (void)e.description.toString();
        (void)e.rawCode.toString();
        (void)index->columns(e);
        (void)index->tags(e);
        (void)layoutLineage(*index, std::uint32_t(i), 4, 4);
    }
    for (const RunResult &r : index->results()) {
        (void)r.message.toString();
        (void)index->timings(r);
        (void)index->adapterResponse(r);
    }
    for (const CatalogTable &t : index->catalogTables()) {
        (void)index->columns(t);
        (void)index->stats(t);
    }
    ArtifactSearch search(index);
    (void)search.find(u"a");
    (void)search.find(u"model.");
    return 0;
}
