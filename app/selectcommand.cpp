// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/selectcommand.h"

#include "app/commandline.h"
#include "artifacts/artifactindex.h"
#include "artifacts/selection/selection.h"

#include <cstdio>

namespace Dbtc::App {

namespace {

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "dbt-cloud-console: %s\n", qPrintable(message));
    return code;
}

bool hasManifest(const Models::ArtifactIndex &index)
{
    for (const auto &d : index.documents()) {
        if (d.kind == Models::ArtifactKind::Manifest) {
            return true;
        }
    }
    return false;
}

} // namespace

int runSelectCommand(const CommandLine &cl)
{
    namespace Sel = Models::Selection;
    if (!cl.selectUsage.isEmpty()) {
        return fail(2, cl.selectUsage);
    }
    if (cl.selectPath.isEmpty()) {
        return fail(2, QStringLiteral("--select needs a manifest.json or a target folder as PATH"));
    }
    Sel::SelectionQuery query;
    query.select = cl.select;
    query.exclude = cl.exclude;
    query.selector = cl.selector;
    query.resourceTypes = cl.resourceTypes;
    if (!cl.indirectSelection.isEmpty()) {
        const auto mode = Sel::indirectModeFromName(cl.indirectSelection);
        if (!mode) {
            return fail(2,
                QStringLiteral("--indirect-selection \"%1\": expected eager, cautious, buildable "
                               "or empty")
                    .arg(cl.indirectSelection));
        }
        query.indirect = *mode;
    }
    QString error;
    const auto index = Models::ArtifactIndex::load(cl.selectPath, &error);
    if (!index) {
        return fail(1, error);
    }
    if (!hasManifest(*index)) {
        return fail(1, QStringLiteral("%1: no manifest.json to select from").arg(cl.selectPath));
    }
    std::shared_ptr<Models::ArtifactIndex> state;
    if (!cl.statePath.isEmpty()) {
        state = Models::ArtifactIndex::load(cl.statePath, &error);
        if (!state) {
            return fail(1, QStringLiteral("--state: %1").arg(error));
        }
    }
    const Sel::Result result = Sel::select(*index, query, state.get());
    if (!result.ok()) {
        return fail(2, result.error->toString());
    }
    const auto &entities = index->entities();
    for (std::uint32_t i : result.entities) {
        const std::string_view id = entities[i].uniqueId;
        std::fwrite(id.data(), 1, id.size(), stdout);
        std::fputc('\n', stdout);
    }
    return 0;
}

} // namespace Dbtc::App
