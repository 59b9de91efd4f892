// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diffcommand.h"

#include "app/commandline.h"
#include "artifacts/diff/rundiff.h"

#include <cstdio>

namespace Dbtc::App {

namespace {

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "dbt-cloud-console: %s\n", qPrintable(message));
    return code;
}

} // namespace

int runDiffCommand(const CommandLine &cl)
{
    if (cl.diffNew.isEmpty() || !cl.diffUsage.isEmpty()) {
        return fail(2,
            cl.diffUsage.isEmpty()
                ? QStringLiteral("--diff needs two runs: --diff OLD NEW (each a run_results.json "
                                 "or a target folder)")
                : cl.diffUsage);
    }
    QString error;
    auto before = Models::loadRunArtifacts(cl.diffOld, &error);
    if (!before) {
        return fail(1, error);
    }
    auto after = Models::loadRunArtifacts(cl.diffNew, &error);
    if (!after) {
        return fail(1, error);
    }
    const QByteArray json =
        Models::runDiffJson(Models::diffRuns(std::move(before), std::move(after)));
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return 0;
}

} // namespace Dbtc::App
