// SPDX-License-Identifier: GPL-3.0-or-later
// dbt node selection (artifacts/selection). Two inputs: a small manifest written here, whose
// graph is drawn below so every expected set can be checked by hand, and the real dbt 1.12
// manifest of dbt-bouncer's test project (versioned models, unit tests, a semantic model, a
// YAML selector, an installed package). Each expectation says why it is what dbt selects.
#include "artifacts/artifactindex.h"
#include "artifacts/selection/selection.h"

#include <QTest>

#include <set>

using namespace Dbtc::Models;
namespace Sel = Dbtc::Models::Selection;

namespace {

using Ids = std::set<QString>;

// raw.a -> stg_a --\                      /-> exposure dash
//                   +-> int_ab -> fct ---+
// raw.b -> stg_b --/                      \-> singular_fct (test)
// not_null_stg_a (test on stg_a), rel_a_b (test on stg_a and stg_b), util (package pkg),
// empty (a model with only whitespace), an on-run-start hook, an analysis, a YAML selector.
struct Variant
{
    const char *stgBChecksum = "b1";
    bool withFct = true;
    const char *fctMaterialized = "table";
};

QByteArray manifest(const Variant &v = {})
{
    QByteArray fct;
    if (v.withFct) {
        fct = QByteArrayLiteral(
            "\"model.p.fct\": {\"name\": \"fct\", \"resource_type\": \"model\", \"package_name\": "
            "\"p\", \"fqn\": [\"p\", \"marts\", \"fct\"], \"original_file_path\": "
            "\"models/marts/fct.sql\", \"tags\": [\"nightly\", \"finance\"], \"raw_code\": "
            "\"select 1\", \"checksum\": {\"name\": \"sha256\", \"checksum\": \"f1\"}, "
            "\"config\": {\"enabled\": true, \"materialized\": \"MAT\", \"meta\": {\"owner\": "
            "\"ana\"}, \"tags\": [\"nightly\", \"finance\"], \"contract\": {\"enforced\": true}}, "
            "\"depends_on\": {\"nodes\": [\"model.p.int_ab\"]}},");
        fct.replace("MAT", v.fctMaterialized);
    }
    QByteArray m = QByteArrayLiteral(
        "{\"metadata\": {\"dbt_schema_version\": "
        "\"https://schemas.getdbt.com/dbt/manifest/v12.json\", \"dbt_version\": \"1.9.0\", "
        "\"project_name\": \"p\"},"
        "\"nodes\": {"
        "\"model.p.stg_a\": {\"name\": \"stg_a\", \"resource_type\": \"model\", \"package_name\": "
        "\"p\", \"fqn\": [\"p\", \"staging\", \"stg_a\"], \"original_file_path\": "
        "\"models/staging/stg_a.sql\", \"patch_path\": \"p://models/staging/_staging.yml\", "
        "\"tags\": [\"nightly\"], \"raw_code\": \"select 1\", \"checksum\": {\"name\": "
        "\"sha256\", \"checksum\": \"a1\"}, \"config\": {\"enabled\": true, \"materialized\": "
        "\"view\", \"tags\": [\"nightly\"]}, \"depends_on\": {\"nodes\": [\"source.p.raw.a\"]}},"
        "\"model.p.stg_b\": {\"name\": \"stg_b\", \"resource_type\": \"model\", \"package_name\": "
        "\"p\", \"fqn\": [\"p\", \"staging\", \"stg_b\"], \"original_file_path\": "
        "\"models/staging/stg_b.sql\", \"raw_code\": \"select 2\", \"checksum\": {\"name\": "
        "\"sha256\", \"checksum\": \"STGB\"}, \"config\": {\"enabled\": true, \"materialized\": "
        "\"view\"}, \"depends_on\": {\"nodes\": [\"source.p.raw.b\"]}},"
        "\"model.p.int_ab\": {\"name\": \"int_ab\", \"resource_type\": \"model\", "
        "\"package_name\": \"p\", \"fqn\": [\"p\", \"marts\", \"int_ab\"], "
        "\"original_file_path\": \"models/marts/int_ab.sql\", \"raw_code\": \"select 3\", "
        "\"config\": {\"enabled\": true, \"materialized\": \"ephemeral\"}, \"depends_on\": "
        "{\"nodes\": [\"model.p.stg_a\", \"model.p.stg_b\"]}},"
        "FCT"
        "\"model.p.empty\": {\"name\": \"empty\", \"resource_type\": \"model\", \"package_name\": "
        "\"p\", \"fqn\": [\"p\", \"empty\"], \"original_file_path\": \"models/empty.sql\", "
        "\"raw_code\": \"  \\n\", \"config\": {\"materialized\": \"view\"}, \"depends_on\": "
        "{\"nodes\": []}},"
        "\"model.pkg.util\": {\"name\": \"util\", \"resource_type\": \"model\", "
        "\"package_name\": \"pkg\", \"fqn\": [\"pkg\", \"util\"], \"original_file_path\": "
        "\"models/util.sql\", \"raw_code\": \"select 4\", \"config\": {\"materialized\": "
        "\"table\"}, \"depends_on\": {\"nodes\": []}},"
        "\"analysis.p.explore\": {\"name\": \"explore\", \"resource_type\": \"analysis\", "
        "\"package_name\": \"p\", \"fqn\": [\"p\", \"analysis\", \"explore\"], "
        "\"original_file_path\": \"analyses/explore.sql\", \"raw_code\": \"select 5\", "
        "\"depends_on\": {\"nodes\": [\"model.p.fct\"]}},"
        "\"operation.p.p-on-run-start-0\": {\"name\": \"p-on-run-start-0\", \"resource_type\": "
        "\"operation\", \"package_name\": \"p\", \"fqn\": [\"p\", \"hooks\", "
        "\"p-on-run-start-0\"], \"original_file_path\": \"./dbt_project.yml\", \"raw_code\": "
        "\"grant\", \"depends_on\": {\"nodes\": []}},"
        "\"test.p.not_null_stg_a_id.1\": {\"name\": \"not_null_stg_a_id\", \"resource_type\": "
        "\"test\", \"package_name\": \"p\", \"fqn\": [\"p\", \"staging\", "
        "\"not_null_stg_a_id\"], \"original_file_path\": \"models/staging/_staging.yml\", "
        "\"raw_code\": \"{{ test_not_null() }}\", \"test_metadata\": {\"name\": \"not_null\", "
        "\"kwargs\": {}, \"namespace\": null}, \"config\": {\"severity\": \"ERROR\", "
        "\"materialized\": \"test\"}, \"depends_on\": {\"nodes\": [\"model.p.stg_a\"]}},"
        "\"test.p.rel_a_b.2\": {\"name\": \"rel_a_b\", \"resource_type\": \"test\", "
        "\"package_name\": \"p\", \"fqn\": [\"p\", \"staging\", \"rel_a_b\"], "
        "\"original_file_path\": \"models/staging/_staging.yml\", \"raw_code\": \"{{ "
        "test_relationships() }}\", \"test_metadata\": {\"name\": \"relationships\", \"kwargs\": "
        "{}}, \"config\": {\"severity\": \"warn\", \"materialized\": \"test\"}, "
        "\"depends_on\": {\"nodes\": [\"model.p.stg_a\", \"model.p.stg_b\"]}},"
        "\"test.p.singular_fct\": {\"name\": \"singular_fct\", \"resource_type\": \"test\", "
        "\"package_name\": \"p\", \"fqn\": [\"p\", \"singular_fct\"], \"original_file_path\": "
        "\"tests/singular_fct.sql\", \"raw_code\": \"select * from x\", \"config\": "
        "{\"materialized\": \"test\"}, \"depends_on\": {\"nodes\": [\"model.p.fct\"]}}"
        "},"
        "\"sources\": {"
        "\"source.p.raw.a\": {\"name\": \"a\", \"source_name\": \"raw\", \"resource_type\": "
        "\"source\", \"package_name\": \"p\", \"fqn\": [\"p\", \"staging\", \"raw\", \"a\"], "
        "\"original_file_path\": \"models/staging/_sources.yml\", \"config\": {\"enabled\": "
        "true}},"
        "\"source.p.raw.b\": {\"name\": \"b\", \"source_name\": \"raw\", \"resource_type\": "
        "\"source\", \"package_name\": \"p\", \"fqn\": [\"p\", \"staging\", \"raw\", \"b\"], "
        "\"original_file_path\": \"models/staging/_sources.yml\", \"config\": {\"enabled\": true}}"
        "},"
        "\"macros\": {\"macro.p.m\": {\"name\": \"m\", \"resource_type\": \"macro\", "
        "\"package_name\": \"p\", \"original_file_path\": \"macros/m.sql\"}},"
        "\"exposures\": {\"exposure.p.dash\": {\"name\": \"dash\", \"resource_type\": "
        "\"exposure\", \"package_name\": \"p\", \"fqn\": [\"p\", \"dash\"], "
        "\"original_file_path\": \"models/exposures.yml\", \"depends_on\": {\"nodes\": "
        "[\"model.p.fct\"]}}},"
        "\"selectors\": {"
        "\"nightly\": {\"name\": \"nightly\", \"definition\": {\"union\": [{\"method\": \"tag\", "
        "\"value\": \"nightly\", \"children\": true}, {\"exclude\": [\"fct\"]}]}},"
        "\"again\": {\"name\": \"again\", \"definition\": {\"method\": \"selector\", \"value\": "
        "\"nightly\"}},"
        "\"lonely\": {\"name\": \"lonely\", \"definition\": {\"method\": \"fqn\", \"value\": "
        "\"stg_a\", \"indirect_selection\": \"empty\"}},"
        "\"loop\": {\"name\": \"loop\", \"definition\": {\"method\": \"selector\", \"value\": "
        "\"loop\"}},"
        "\"bad\": {\"name\": \"bad\", \"definition\": {\"union\": [\"tag:x\"], \"exclude\": []}}"
        "}}");
    m.replace("FCT", fct);
    m.replace("STGB", v.stgBChecksum);
    return m;
}

std::shared_ptr<ArtifactIndex> indexOf(const QByteArray &bytes)
{
    auto index = std::make_shared<ArtifactIndex>();
    QString error;
    if (!index->addBuffer(bytes, QStringLiteral("manifest.json"), &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    index->finalize();
    return index;
}

// Ids of the selection; the short names used below ("stg_a") stand for the unique_ids.
Ids run(
    const ArtifactIndex &index, const Sel::SelectionQuery &q, const ArtifactIndex *state = nullptr)
{
    const Sel::Result r = Sel::select(index, q, state);
    if (!r.ok()) {
        return { QStringLiteral("ERROR: ") + r.error->toString() };
    }
    Ids ids;
    QString previous;
    for (std::uint32_t i : r.entities) {
        const QString id = toQString(index.entities()[i].uniqueId);
        if (!previous.isEmpty() && id <= previous) {
            ids.insert(QStringLiteral("NOT SORTED"));
        }
        previous = id;
        ids.insert(id);
    }
    return ids;
}

Sel::SelectionQuery q(const QString &select,
    Sel::IndirectMode mode = Sel::IndirectMode::Eager,
    const QString &exclude = {})
{
    Sel::SelectionQuery query;
    if (!select.isEmpty()) {
        query.select << select;
    }
    if (!exclude.isEmpty()) {
        query.exclude << exclude;
    }
    query.indirect = mode;
    return query;
}

// --resource-type model: `X,resource_type:model` would keep the tests of X's models, because
// under eager selection both sides take the tests attached to their models.
Sel::SelectionQuery models(const QString &select)
{
    Sel::SelectionQuery query = q(select);
    query.resourceTypes << QStringLiteral("model");
    return query;
}

// Short names -> unique_ids of the small manifest.
Ids small(std::initializer_list<const char *> names)
{
    static const std::pair<const char *, const char *> ids[] = {
        { "stg_a", "model.p.stg_a" },
        { "stg_b", "model.p.stg_b" },
        { "int_ab", "model.p.int_ab" },
        { "fct", "model.p.fct" },
        { "empty", "model.p.empty" },
        { "util", "model.pkg.util" },
        { "explore", "analysis.p.explore" },
        { "not_null", "test.p.not_null_stg_a_id.1" },
        { "rel", "test.p.rel_a_b.2" },
        { "singular", "test.p.singular_fct" },
        { "raw.a", "source.p.raw.a" },
        { "raw.b", "source.p.raw.b" },
        { "dash", "exposure.p.dash" },
    };
    Ids out;
    for (const char *n : names) {
        for (const auto &p : ids) {
            if (std::strcmp(p.first, n) == 0) {
                out.insert(QString::fromLatin1(p.second));
            }
        }
    }
    return out;
}

Ids bouncer(std::initializer_list<const char *> ids)
{
    Ids out;
    for (const char *id : ids) {
        out.insert(QString::fromLatin1(id));
    }
    return out;
}

} // namespace

class TestSelection final : public QObject
{
    Q_OBJECT

    std::shared_ptr<ArtifactIndex> m_small;
    std::shared_ptr<ArtifactIndex> m_bouncer;

    Ids s(const QString &select, Sel::IndirectMode mode = Sel::IndirectMode::Eager)
    {
        return run(*m_small, q(select, mode));
    }

    Ids b(const QString &select) { return run(*m_bouncer, q(select)); }

private Q_SLOTS:

    void initTestCase()
    {
        m_small = indexOf(manifest());
        QVERIFY(m_small);
        QString error;
        m_bouncer = ArtifactIndex::load(
            QStringLiteral(DBTC_TEST_DATA_DIR "/selection/dbt_bouncer-dbt1.12.2-manifest.json"),
            &error);
        QVERIFY2(m_bouncer, qPrintable(error));
    }

    void defaultSelection_listsWhatDbtLsListsWithResourceTypeAll()
    {
        // No --select: every node, source and exposure; the analysis is in "all"; the hook,
        // the macro and nothing else are left out. The empty model is listed, as dbt ls does.
        QCOMPARE(run(*m_small, {}),
            small({ "stg_a",
                "stg_b",
                "int_ab",
                "fct",
                "empty",
                "util",
                "explore",
                "not_null",
                "rel",
                "singular",
                "raw.a",
                "raw.b",
                "dash" }));
        Sel::SelectionQuery runLike;
        runLike.includeEmptyNodes = false;
        runLike.resourceTypes << QStringLiteral("model");
        QCOMPARE(run(*m_small, runLike), small({ "stg_a", "stg_b", "int_ab", "fct", "util" }));
    }

    void graphOperators()
    {
        // fct+: fct, what depends on it (dash, singular, explore).
        QCOMPARE(s(QStringLiteral("fct+")), small({ "fct", "dash", "singular", "explore" }));
        // 1+fct: fct and int_ab; singular joins as a test of a selected node (eager).
        QCOMPARE(s(QStringLiteral("1+fct")), small({ "fct", "int_ab", "singular" }));
        // 2+fct adds stg_a and stg_b, and with them their tests not_null and rel.
        QCOMPARE(s(QStringLiteral("2+fct")),
            small({ "fct", "int_ab", "stg_a", "stg_b", "singular", "not_null", "rel" }));
        // +fct reaches the sources too.
        QCOMPARE(s(QStringLiteral("+fct")),
            small({ "fct",
                "int_ab",
                "stg_a",
                "stg_b",
                "raw.a",
                "raw.b",
                "singular",
                "not_null",
                "rel" }));
        // stg_a+1: stg_a and its direct children int_ab, not_null, rel.
        QCOMPARE(s(QStringLiteral("stg_a+1")), small({ "stg_a", "int_ab", "not_null", "rel" }));
        // @int_ab: int_ab, its descendants (fct, dash, singular, explore) and all their
        // ancestors (stg_a, stg_b, raw.a, raw.b) + the tests of stg_a/stg_b.
        QCOMPARE(s(QStringLiteral("@int_ab")),
            small({ "int_ab",
                "fct",
                "dash",
                "singular",
                "explore",
                "stg_a",
                "stg_b",
                "raw.a",
                "raw.b",
                "not_null",
                "rel" }));
    }

    void setOperators()
    {
        // Space: union.
        QCOMPARE(s(QStringLiteral("stg_b util")), small({ "stg_b", "rel", "util" }));
        // Comma: intersection. tag:nightly = {stg_a, fct} + their tests; materialized table =
        // {fct, util} + singular: both -> fct and singular.
        QCOMPARE(s(QStringLiteral("tag:nightly,config.materialized:table")),
            small({ "fct", "singular" }));
        // --exclude stg_b also drops rel, a test of stg_b (eager on the excluded side too).
        QCOMPARE(run(*m_small,
                     q(QStringLiteral("+fct"), Sel::IndirectMode::Eager, QStringLiteral("stg_b"))),
            small({ "fct", "int_ab", "stg_a", "raw.a", "raw.b", "singular", "not_null" }));
        // Several --select arguments are one union.
        Sel::SelectionQuery two;
        two.select << QStringLiteral("stg_b") << QStringLiteral("util");
        QCOMPARE(run(*m_small, two), small({ "stg_b", "rel", "util" }));
    }

    void indirectSelection()
    {
        // rel tests stg_a and stg_b. Eager takes it with stg_a alone; cautious and buildable
        // need stg_b selected (or, for buildable, upstream of the selection); empty never.
        QCOMPARE(s(QStringLiteral("stg_a")), small({ "stg_a", "not_null", "rel" }));
        QCOMPARE(s(QStringLiteral("stg_a"), Sel::IndirectMode::Cautious),
            small({ "stg_a", "not_null" }));
        QCOMPARE(s(QStringLiteral("stg_a"), Sel::IndirectMode::Buildable),
            small({ "stg_a", "not_null" }));
        QCOMPARE(s(QStringLiteral("stg_a"), Sel::IndirectMode::Empty), small({ "stg_a" }));
        // stg_a int_ab: stg_b is a parent of int_ab, so buildable takes rel; cautious does not.
        QCOMPARE(s(QStringLiteral("stg_a int_ab"), Sel::IndirectMode::Cautious),
            small({ "stg_a", "int_ab", "not_null" }));
        QCOMPARE(s(QStringLiteral("stg_a int_ab"), Sel::IndirectMode::Buildable),
            small({ "stg_a", "int_ab", "not_null", "rel" }));
        // stg_a stg_b under cautious: each atom alone holds rel back, the union re-admits it
        // because both parents are now selected (incorporate_indirect_nodes).
        QCOMPARE(s(QStringLiteral("stg_a stg_b"), Sel::IndirectMode::Cautious),
            small({ "stg_a", "stg_b", "not_null", "rel" }));
        // A test selected by name stays selected in every mode.
        QCOMPARE(s(QStringLiteral("rel_a_b"), Sel::IndirectMode::Empty), small({ "rel" }));
    }

    void methodsOnTheSmallManifest()
    {
        QCOMPARE(s(QStringLiteral("package:pkg")), small({ "util" }));
        // this = the root project p. Intersected with resource_type:model, the tests of p's
        // models stay: eager selection gives both sides the tests attached to their models.
        QCOMPARE(s(QStringLiteral("package:this,resource_type:model")),
            small({ "stg_a", "stg_b", "int_ab", "fct", "empty", "not_null", "rel", "singular" }));
        QCOMPARE(s(QStringLiteral("package:this,resource_type:model"), Sel::IndirectMode::Empty),
            small({ "stg_a", "stg_b", "int_ab", "fct", "empty" }));
        // path: a folder takes its files; the tests' yml lives there too.
        QCOMPARE(s(QStringLiteral("path:models/staging")),
            small({ "stg_a", "stg_b", "not_null", "rel", "raw.a", "raw.b" }));
        // No method and a '/' -> path; backslashes work like slashes.
        QCOMPARE(s(QStringLiteral("models/marts")), small({ "int_ab", "fct", "singular" }));
        QCOMPARE(s(QStringLiteral("path:models\\marts\\fct.sql")), small({ "fct", "singular" }));
        QCOMPARE(s(QStringLiteral("path:models/*/int_*.sql")), small({ "int_ab" }));
        // A yml-defined node is selected by its patch_path.
        QCOMPARE(s(QStringLiteral("path:models/staging/_staging.yml")),
            small({ "stg_a", "not_null", "rel" }));
        // No method and a .sql ending -> file; file: also matches the stem.
        QCOMPARE(s(QStringLiteral("fct.sql")), small({ "fct", "singular" }));
        QCOMPARE(s(QStringLiteral("file:int_ab")), small({ "int_ab" }));
        // fqn: the leaf, a package prefix, a folder prefix, wildcards.
        QCOMPARE(s(QStringLiteral("pkg")), small({ "util" }));
        QCOMPARE(s(QStringLiteral("staging")),
            small({ "stg_a",
                "stg_b",
                "not_null",
                "rel" })); // fqn p.staging.* (sources are not fqn nodes)
        QCOMPARE(s(QStringLiteral("p.marts.*")), small({ "int_ab", "fct", "singular" }));
        // A wildcard in the first part: one fnmatch over the whole dotted fqn, where '*' also
        // spans dots ("p.staging.stg_a" matches "*stg_?").
        QCOMPARE(s(QStringLiteral("fqn:*stg_?")), small({ "stg_a", "stg_b", "not_null", "rel" }));
        QCOMPARE(s(QStringLiteral("fqn:stg_?")), small({}));
        QCOMPARE(
            s(QStringLiteral("staging.stg_?")), small({ "stg_a", "stg_b", "not_null", "rel" }));
        QCOMPARE(s(QStringLiteral("source:raw")), small({ "raw.a", "raw.b" }));
        QCOMPARE(s(QStringLiteral("source:raw.b+")),
            small({ "raw.b", "stg_b", "int_ab", "fct", "dash", "singular", "explore", "rel" }));
        QCOMPARE(s(QStringLiteral("source:p.raw.a")), small({ "raw.a" }));
        QCOMPARE(s(QStringLiteral("exposure:dash")), small({ "dash" }));
        QCOMPARE(s(QStringLiteral("resource_type:analysis")), small({ "explore" }));
        QCOMPARE(s(QStringLiteral("test_type:generic")), small({ "not_null", "rel" }));
        QCOMPARE(s(QStringLiteral("test_type:singular")), small({ "singular" }));
        QCOMPARE(s(QStringLiteral("test_type:data")), small({ "not_null", "rel", "singular" }));
        QCOMPARE(s(QStringLiteral("test_type:schema")), small({ "not_null", "rel" }));
        QCOMPARE(s(QStringLiteral("test_name:not_*")), small({ "not_null" }));
        // config.KEY: nested keys, lists, booleans, severity case-insensitively.
        QCOMPARE(s(QStringLiteral("config.meta.owner:ana")), small({ "fct", "singular" }));
        QCOMPARE(s(QStringLiteral("config.tags:finance")), small({ "fct", "singular" }));
        QCOMPARE(s(QStringLiteral("config.contract.enforced:TRUE")), small({ "fct", "singular" }));
        QCOMPARE(s(QStringLiteral("config.severity:error")), small({ "not_null" }));
        QCOMPARE(s(QStringLiteral("config.enabled:true,resource_type:source")),
            small({ "raw.a", "raw.b" }));
        QCOMPARE(s(QStringLiteral("tag:night*")),
            small({ "stg_a", "fct", "not_null", "rel", "singular" }));
    }

    void methodsOnARealManifest()
    {
        // customers has versions v1..v3: the bare name takes all of them (fqn[-2]), the
        // exposure named customers (leaf), their 9 tests, the relationships test that also
        // reads orders, and the 3 unit tests.
        const Ids customers = b(QStringLiteral("customers"));
        QCOMPARE(customers.size(), std::size_t(17));
        QVERIFY(customers.count(QStringLiteral("exposure.dbt_bouncer_test_project.customers")));
        // customers.v2 and customers_v2 are the same model (the last two parts, '.' or '_').
        const Ids v2 = bouncer({ "model.dbt_bouncer_test_project.customers.v2",
            "test.dbt_bouncer_test_project.not_null_customers_v2_customer_id.2a5e5f841c",
            "test.dbt_bouncer_test_project.not_null_customers_v2_is_recurring_customer.c09f5da694",
            "test.dbt_bouncer_test_project.unique_customers_v2_customer_id.bed577df77",
            "unit_test.dbt_bouncer_test_project.customers.test_clv_logic_historical_v2" });
        QCOMPARE(b(QStringLiteral("customers.v2")), v2);
        QCOMPARE(b(QStringLiteral("customers_v2")), v2);
        // version:latest is v3 (latest_version 3); old is v1 and v2.
        QCOMPARE(run(*m_bouncer, models(QStringLiteral("version:latest"))),
            bouncer({ "model.dbt_bouncer_test_project.customers.v3" }));
        QCOMPARE(run(*m_bouncer, models(QStringLiteral("version:old"))),
            bouncer({ "model.dbt_bouncer_test_project.customers.v1",
                "model.dbt_bouncer_test_project.customers.v2" }));
        // Unit tests: by name, by model.name; test_type:unit.
        QCOMPARE(b(QStringLiteral("unit_test:orders.test_amount_logic")),
            bouncer({ "unit_test.dbt_bouncer_test_project.orders.test_amount_logic" }));
        QCOMPARE(b(QStringLiteral("test_type:unit")).size(), std::size_t(4));
        QCOMPARE(b(QStringLiteral("semantic_model:orders")),
            bouncer({ "semantic_model.dbt_bouncer_test_project.orders" }));
        QCOMPARE(b(QStringLiteral("metric:total_order_amount")),
            bouncer({ "metric.dbt_bouncer_test_project.total_order_amount" }));
        // Tagged critical and a unique test: the four unique tests of the finance marts.
        QCOMPARE(b(QStringLiteral("tag:critical,test_name:unique")),
            bouncer({ "test.dbt_bouncer_test_project.unique_customers_v1_customer_id.3963c9633d",
                "test.dbt_bouncer_test_project.unique_customers_v2_customer_id.bed577df77",
                "test.dbt_bouncer_test_project.unique_customers_v3_customer_id_pk.0578038828",
                "test.dbt_bouncer_test_project.unique_orders_order_id_pk.7947023e79" }));
        // access:public,resource_type:model: customers v1..v3 and orders are public.
        QCOMPARE(run(*m_bouncer, models(QStringLiteral("access:public"))).size(), std::size_t(4));
        // source: with a glob on the table: the 5 tiktok tables starting with "ad".
        QCOMPARE(b(QStringLiteral("source:tiktok_ads.ad*")).size(), std::size_t(5));
        // path: matches folders that exist under the root project; the installed package's
        // models/staging files have the same relative folder, and dbt takes them too.
        const Ids staging = run(*m_bouncer, models(QStringLiteral("path:models/staging")));
        QVERIFY(staging.count(QStringLiteral("model.dbt_bouncer_test_project.stg_orders")));
        QVERIFY(staging.count(QStringLiteral("model.tiktok_ads.stg_tiktok_ads__advertiser")));
        QCOMPARE(staging.size(), std::size_t(4 + 18));
        // package:this = dbt_bouncer_test_project (metadata.project_name).
        QCOMPARE(b(QStringLiteral("package:this,resource_type:seed")).size(), std::size_t(3));
        // --resource-type test alone lists unit tests too (dbt's TestSelector). No --select:
        // the manifest's default selector (package dbt_bouncer_test_project) applies, so the
        // 23 tests of the installed tiktok_ads package are not listed: 65 - 23 + 4 unit tests.
        Sel::SelectionQuery tests;
        tests.resourceTypes << QStringLiteral("test");
        QCOMPARE(run(*m_bouncer, tests).size(), std::size_t(65 - 23 + 4));
        tests.select << QStringLiteral("fqn:*");
        QCOMPARE(run(*m_bouncer, tests).size(), std::size_t(65 + 4));
    }

    void yamlSelectors()
    {
        // nightly = tag:nightly with children, minus fct (and, eagerly, fct's test).
        Sel::SelectionQuery nightly;
        nightly.selector = QStringLiteral("nightly");
        const Ids expected = small({ "stg_a", "int_ab", "dash", "explore", "not_null", "rel" });
        QCOMPARE(run(*m_small, nightly), expected);
        // A selector may use another one (method: selector).
        nightly.selector = QStringLiteral("again");
        QCOMPARE(run(*m_small, nightly), expected);
        // ... and selector:NAME works inside an expression.
        QCOMPARE(run(*m_small, models(QStringLiteral("selector:nightly"))),
            small({ "stg_a", "int_ab" }));
        // indirect_selection in a definition overrides the flag.
        nightly.selector = QStringLiteral("lonely");
        QCOMPARE(run(*m_small, nightly), small({ "stg_a" }));
        // A selector that refers to itself, a definition dbt rejects, an unknown name.
        for (const char *bad : { "loop", "bad", "missing" }) {
            nightly.selector = QString::fromLatin1(bad);
            const Sel::Result r = Sel::select(*m_small, nightly);
            QVERIFY2(!r.ok(), bad);
            QCOMPARE(r.error->where, Sel::SelectionError::Where::Selector);
        }
        // The real manifest's selector is `default: true`: dbt ls without --select uses it.
        Sel::SelectionQuery none;
        const Ids byDefault = run(*m_bouncer, none);
        for (const QString &id : byDefault) {
            QVERIFY2(id.contains(QStringLiteral(".dbt_bouncer_test_project.")), qPrintable(id));
        }
        Sel::SelectionQuery explicitAll = q(QStringLiteral("fqn:*"));
        QVERIFY(run(*m_bouncer, explicitAll).size() > byDefault.size());
    }

    void errors_sayTheColumnAndWhatWasExpected_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown method")
            << QStringLiteral("+foo:bar") << 2 << QStringLiteral("not a valid method");
        QTest::newRow("empty value")
            << QStringLiteral("a tag:") << 7 << QStringLiteral("expected a value after \"tag:\"");
        QTest::newRow("double comma")
            << QStringLiteral("tag:x,,y") << 7 << QStringLiteral("expected a selector");
        QTest::newRow("trailing comma")
            << QStringLiteral("tag:x,") << 7 << QStringLiteral("after ','");
        QTest::newRow("@ and +") << QStringLiteral("@stg_a+") << 7
                                 << QStringLiteral("incompatible");
        QTest::newRow("resource type") << QStringLiteral("resource_type:modle") << 15
                                       << QStringLiteral("invalid resource_type");
        QTest::newRow("config key")
            << QStringLiteral("config:table") << 8 << QStringLiteral("config needs a key");
        QTest::newRow("test type")
            << QStringLiteral("x test_type:unitt") << 13 << QStringLiteral("\"generic\"");
        QTest::newRow("source parts")
            << QStringLiteral("source:a.b.c.d") << 8 << QStringLiteral("source_name");
        QTest::newRow("only operators")
            << QStringLiteral("2+") << 3 << QStringLiteral("expected a node name");
        QTest::newRow("state value")
            << QStringLiteral("state:changed") << 7 << QStringLiteral("modified.body");
    }

    void errors_sayTheColumnAndWhatWasExpected()
    {
        QFETCH(QString, expression);
        QFETCH(int, column);
        QFETCH(QString, says);
        const Sel::Result r = Sel::select(*m_small, q(expression));
        QVERIFY(!r.ok());
        QCOMPARE(r.error->column, column);
        QVERIFY2(r.error->message.contains(says), qPrintable(r.error->message));
        QVERIFY2(r.error->toString().contains(QStringLiteral("column %1").arg(column)),
            qPrintable(r.error->toString()));
        QVERIFY(Sel::checkExpression(expression).has_value());
    }

    void stateComparison()
    {
        // The previous run: stg_b had another checksum, fct did not exist, and fct's
        // materialization differs in a third variant.
        const auto previous = indexOf(manifest({ "b0", false, "table" }));
        QVERIFY(previous);
        // state:new: fct (+ its test, eagerly; singular existed before but follows fct).
        QCOMPARE(run(*m_small, q(QStringLiteral("state:new")), previous.get()),
            small({ "fct", "singular" }));
        QCOMPARE(
            run(*m_small, q(QStringLiteral("state:new"), Sel::IndirectMode::Empty), previous.get()),
            small({ "fct" }));
        // state:modified: fct (new) and stg_b (body), + tests rel and singular.
        QCOMPARE(run(*m_small, q(QStringLiteral("state:modified")), previous.get()),
            small({ "fct", "stg_b", "rel", "singular" }));
        QCOMPARE(run(*m_small, models(QStringLiteral("state:modified.body")), previous.get()),
            small({ "fct", "stg_b" }));
        // state:modified+ : and everything downstream.
        QCOMPARE(run(*m_small, models(QStringLiteral("state:modified+")), previous.get()),
            small({ "fct", "stg_b", "int_ab" }));
        const auto viewFct = indexOf(manifest({ "b1", true, "view" }));
        QCOMPARE(run(*m_small,
                     q(QStringLiteral("state:modified.configs"), Sel::IndirectMode::Empty),
                     viewFct.get()),
            small({ "fct" }));
        QCOMPARE(run(*m_small, models(QStringLiteral("state:unmodified")), viewFct.get()),
            small({ "stg_a", "stg_b", "int_ab", "empty", "util" }));
        // Without a second artifact set state: is an error, not an empty result.
        const Sel::Result noState = Sel::select(*m_small, q(QStringLiteral("state:modified")));
        QVERIFY(!noState.ok());
        QVERIFY(noState.error->message.contains(QStringLiteral("--state")));
    }

    void resultAndSourceStatus()
    {
        auto current = indexOf(manifest());
        QString error;
        const QByteArray sourcesNow = QByteArrayLiteral(
            "{\"metadata\": {\"dbt_schema_version\": "
            "\"https://schemas.getdbt.com/dbt/sources/v3.json\"},"
            " \"elapsed_time\": 1, \"results\": ["
            "{\"unique_id\": \"source.p.raw.a\", \"status\": \"pass\", \"max_loaded_at\": "
            "\"2024-01-02T00:00:00+00:00\", \"snapshotted_at\": \"2024-01-02T01:00:00+00:00\", "
            "\"max_loaded_at_time_ago_in_s\": 3600, \"timing\": [], \"thread_id\": \"t\", "
            "\"execution_time\": 1},"
            "{\"unique_id\": \"source.p.raw.b\", \"status\": \"pass\", \"max_loaded_at\": "
            "\"2024-01-01T00:00:00+00:00\", \"snapshotted_at\": \"2024-01-02T01:00:00+00:00\", "
            "\"max_loaded_at_time_ago_in_s\": 3600, \"timing\": [], \"thread_id\": \"t\", "
            "\"execution_time\": 1}]}");
        auto withSources = std::make_shared<ArtifactIndex>();
        QVERIFY2(withSources->addBuffer(manifest(), QStringLiteral("manifest.json"), &error),
            qPrintable(error));
        QVERIFY2(withSources->addBuffer(sourcesNow, QStringLiteral("sources.json"), &error),
            qPrintable(error));
        withSources->finalize();
        QByteArray sourcesBefore = sourcesNow;
        sourcesBefore.replace("2024-01-02T00:00:00", "2024-01-01T00:00:00");
        const QByteArray runResults =
            QByteArrayLiteral("{\"metadata\": {\"dbt_schema_version\": "
                              "\"https://schemas.getdbt.com/dbt/run-results/v6.json\"},"
                              " \"elapsed_time\": 1, \"results\": ["
                              "{\"unique_id\": \"model.p.stg_b\", \"status\": \"error\", "
                              "\"timing\": [], \"thread_id\": \"t\", "
                              "\"execution_time\": 1, \"message\": \"boom\", \"failures\": null, "
                              "\"adapter_response\": {}},"
                              "{\"unique_id\": \"model.p.stg_a\", \"status\": \"success\", "
                              "\"timing\": [], \"thread_id\": \"t\", "
                              "\"execution_time\": 1, \"message\": \"ok\", \"failures\": null, "
                              "\"adapter_response\": {}}]}");
        auto previous = std::make_shared<ArtifactIndex>();
        QVERIFY2(previous->addBuffer(manifest(), QStringLiteral("manifest.json"), &error),
            qPrintable(error));
        QVERIFY2(previous->addBuffer(runResults, QStringLiteral("run_results.json"), &error),
            qPrintable(error));
        QVERIFY2(previous->addBuffer(sourcesBefore, QStringLiteral("sources.json"), &error),
            qPrintable(error));
        previous->finalize();
        // result:error+ : the failed model and what is downstream of it (retry's selection).
        QCOMPARE(run(*current, models(QStringLiteral("result:error+")), previous.get()),
            small({ "stg_b", "int_ab", "fct" }));
        // source_status:fresher: raw.a loaded later than last time, raw.b did not.
        QCOMPARE(run(*withSources, q(QStringLiteral("source_status:fresher")), previous.get()),
            small({ "raw.a" }));
        // Without this run's sources.json the comparison is impossible: an error.
        QVERIFY(!Sel::select(*current, q(QStringLiteral("source_status:fresher")), previous.get())
                     .ok());
    }

    void stepSelection_readsAJobStep()
    {
        const auto step = Sel::stepSelection(
            QStringLiteral("dbt --debug build -s \"tag:nightly+\" stg_b --exclude fct "
                           "--indirect-selection=cautious --full-refresh"));
        QVERIFY(step.error.isEmpty());
        QVERIFY(step.selects);
        QCOMPARE(step.command, QStringLiteral("build"));
        QCOMPARE(step.query.select,
            QStringList({ QStringLiteral("tag:nightly+"), QStringLiteral("stg_b") }));
        QCOMPARE(step.query.exclude, QStringList({ QStringLiteral("fct") }));
        QCOMPARE(step.query.indirect, Sel::IndirectMode::Cautious);
        // build runs models, seeds, snapshots and tests, never empty models or exposures.
        QCOMPARE(
            run(*m_small, step.query), small({ "stg_a", "stg_b", "int_ab", "not_null", "rel" }));
        QCOMPARE(Sel::stepSelection(QStringLiteral("dbt run")).query.resourceTypes,
            QStringList({ QStringLiteral("model") }));
        QVERIFY(!Sel::stepSelection(QStringLiteral("dbt deps")).selects);
        QVERIFY(!Sel::stepSelection(QStringLiteral("dbt run -s 'unclosed")).error.isEmpty());
        QVERIFY(!Sel::stepSelection(QStringLiteral("dbt run --select")).error.isEmpty());
    }

    void completion_offersWhatIsInTheManifest()
    {
        const auto data = Sel::completionData(*m_small);
        QVERIFY(data.methods.contains(QStringLiteral("tag:")));
        QVERIFY(data.methods.contains(QStringLiteral("config.")));
        QCOMPARE(data.tags, QStringList({ QStringLiteral("finance"), QStringLiteral("nightly") }));
        QCOMPARE(data.packages, QStringList({ QStringLiteral("p"), QStringLiteral("pkg") }));
        QVERIFY(data.paths.contains(QStringLiteral("models/staging/")));
        QVERIFY(data.sources.contains(QStringLiteral("raw.a")));
        QVERIFY(data.selectors.contains(QStringLiteral("nightly")));
    }

    void garbage_neverCrashes()
    {
        // Odd but legal input selects what dbt would (usually nothing) without crashing.
        for (const char *odd : { "@",
                 "+",
                 "+++",
                 "a+b+",
                 "::",
                 "config.:x",
                 "[",
                 "*",
                 "**/",
                 "path:.",
                 "9999999999999+x",
                 "x+9999999999999",
                 "\xc3\xa9+",
                 ",",
                 " , " }) {
            (void)Sel::select(*m_small, q(QString::fromUtf8(odd)));
        }
        QCOMPARE(s(QStringLiteral("path:.")).size(), std::size_t(13)); // the root holds everything
    }
};

QTEST_GUILESS_MAIN(TestSelection)
#include "tst_selection.moc"
