// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for dbt selection expressions and YAML selector definitions. Input: the
// first line is a --select expression; anything after it becomes the manifest's "selectors"
// object. Contract: select() returns a result or an error whose column lies inside the
// expression; never a crash, a hang or a column outside the text.
#include "artifacts/artifactindex.h"
#include "artifacts/selection/selection.h"

#include <cstdint>
#include <cstdlib>

using namespace Dbtc::Models;

namespace {

const char kManifestHead[] =
    "{\"metadata\": {\"dbt_schema_version\": "
    "\"https://schemas.getdbt.com/dbt/manifest/v12.json\", \"project_name\": \"p\"},"
    "\"nodes\": {"
    "\"model.p.a\": {\"name\": \"a\", \"resource_type\": \"model\", \"package_name\": \"p\", "
    "\"fqn\": [\"p\", \"staging\", \"a\"], \"original_file_path\": \"models/staging/a.sql\", "
    "\"tags\": [\"nightly\"], \"raw_code\": \"select 1\", \"config\": {\"materialized\": "
    "\"view\", \"meta\": {\"owner\": \"ana\"}}, \"depends_on\": {\"nodes\": [\"source.p.raw.a\"]}},"
    "\"model.p.b\": {\"name\": \"b\", \"resource_type\": \"model\", \"package_name\": \"p\", "
    "\"fqn\": [\"p\", \"marts\", \"b\", \"v2\"], \"version\": 2, \"latest_version\": 2, "
    "\"original_file_path\": \"models/marts/b_v2.sql\", \"raw_code\": \" \", \"config\": "
    "{\"materialized\": \"table\", \"tags\": [\"x\"], \"enabled\": true}, \"depends_on\": "
    "{\"nodes\": [\"model.p.a\"]}},"
    "\"test.p.t\": {\"name\": \"t\", \"resource_type\": \"test\", \"package_name\": \"p\", "
    "\"fqn\": [\"p\", \"t\"], \"original_file_path\": \"models/schema.yml\", \"test_metadata\": "
    "{\"name\": \"not_null\"}, \"raw_code\": \"x\", \"depends_on\": {\"nodes\": [\"model.p.a\", "
    "\"model.p.b\"]}}},"
    "\"sources\": {\"source.p.raw.a\": {\"name\": \"a\", \"source_name\": \"raw\", "
    "\"resource_type\": \"source\", \"package_name\": \"p\", \"fqn\": [\"p\", \"raw\", \"a\"]}},"
    "\"selectors\": ";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QString expression = QString::fromUtf8(newline < 0 ? input : input.left(newline));
    QByteArray selectors = newline < 0 ? QByteArrayLiteral("{}") : input.mid(newline + 1);

    auto index = std::make_shared<ArtifactIndex>();
    QString error;
    QByteArray manifest = QByteArray(kManifestHead) + selectors + "}";
    if (!index->addBuffer(manifest, QStringLiteral("m.json"), &error)) {
        index = std::make_shared<ArtifactIndex>(); // invalid selectors JSON: no manifest at all
        (void)index->addBuffer(QByteArray(kManifestHead) + "{}}", QStringLiteral("m.json"), &error);
    }
    index->finalize();

    Selection::SelectionQuery query;
    query.select << expression;
    for (auto mode : { Selection::IndirectMode::Eager,
             Selection::IndirectMode::Cautious,
             Selection::IndirectMode::Buildable,
             Selection::IndirectMode::Empty }) {
        query.indirect = mode;
        const Selection::Result r = Selection::select(*index, query, index.get());
        if (!r.ok() && (r.error->column < 0 || r.error->column > expression.size() + 1)) {
            std::abort(); // a column the user cannot find in what they typed
        }
        for (std::uint32_t i : r.entities) {
            if (i >= index->entities().size()) {
                std::abort();
            }
        }
    }
    Selection::SelectionQuery viaSelector;
    viaSelector.selector = expression;
    (void)Selection::select(*index, viaSelector);
    (void)Selection::checkExpression(expression);
    (void)Selection::stepSelection(expression);
    (void)Selection::completionData(*index);
    return 0;
}
