// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/artifactindex.h"
#include "artifacts/artifactsearch.h"
#include "artifacts/lineagegraph.h"

#include <QTest>

#include <set>

using namespace Dbtc::Models;

namespace {

// A small manifest written by hand: src -> stg_a, stg_b -> int_ab -> fct -> exposure, plus a
// test on fct and a dangling edge to a node that is not there.
QByteArray manifest()
{
    return QByteArrayLiteral(
        "{\"metadata\": {\"dbt_schema_version\": "
        "\"https://schemas.getdbt.com/dbt/manifest/v12.json\","
        " \"dbt_version\": \"1.9.0\"},"
        "\"nodes\": {"
        " \"model.p.stg_a\": {\"name\": \"stg_a\", \"resource_type\": \"model\", "
        "\"original_file_path\": \"models/staging/stg_a.sql\","
        "   \"tags\": [\"Daily\"], \"depends_on\": {\"nodes\": [\"source.p.raw.a\"]}},"
        " \"model.p.stg_b\": {\"name\": \"stg_b\", \"resource_type\": \"model\", "
        "\"original_file_path\": \"models/staging/stg_b.sql\","
        "   \"depends_on\": {\"nodes\": [\"source.p.raw.b\", \"model.p.gone\"]}},"
        " \"model.p.int_ab\": {\"name\": \"int_ab\", \"resource_type\": \"model\", "
        "\"original_file_path\": \"models/int/int_ab.sql\","
        "   \"depends_on\": {\"nodes\": [\"model.p.stg_a\", \"model.p.stg_b\"]}},"
        " \"model.p.fct\": {\"name\": \"fct\", \"resource_type\": \"model\", "
        "\"original_file_path\": \"models/marts/fct.sql\","
        "   \"depends_on\": {\"nodes\": [\"model.p.int_ab\", \"model.p.stg_a\"]}},"
        " \"test.p.not_null_fct_id\": {\"name\": \"not_null_fct_id\", \"resource_type\": \"test\","
        "   \"depends_on\": {\"nodes\": [\"model.p.fct\"]}}"
        "},"
        "\"sources\": {"
        " \"source.p.raw.a\": {\"name\": \"a\", \"resource_type\": \"source\"},"
        " \"source.p.raw.b\": {\"name\": \"b\", \"resource_type\": \"source\"}},"
        "\"macros\": {\"macro.p.stg_helper\": {\"name\": \"stg_helper\", \"resource_type\": "
        "\"macro\"}},"
        "\"exposures\": {\"exposure.p.dash\": {\"name\": \"dash\", \"resource_type\": \"exposure\","
        "   \"depends_on\": {\"nodes\": [\"model.p.fct\"]}}}"
        "}");
}

std::shared_ptr<ArtifactIndex> load()
{
    auto index = std::make_shared<ArtifactIndex>();
    QString error;
    if (!index->addBuffer(manifest(), QStringLiteral("manifest.json"), &error)) {
        qWarning("%s", qPrintable(error));
    }
    index->finalize();
    return index;
}

std::set<QString> names(const ArtifactIndex &index, const std::vector<LineageHit> &hits)
{
    std::set<QString> out;
    for (const LineageHit &h : hits) {
        out.insert(toQString(index.entities()[h.entity].name));
    }
    return out;
}

std::uint32_t id(const ArtifactIndex &index, std::string_view uid)
{
    return std::uint32_t(index.findEntity(uid));
}

} // namespace

class TestLineage final : public QObject
{
    Q_OBJECT

private slots:

    void ancestors_respectDepth()
    {
        const auto index = load();
        QCOMPARE(index->danglingEdgeCount(), std::size_t(1));
        const auto fct = id(*index, "model.p.fct");
        using S = std::set<QString>;
        QCOMPARE(names(*index, lineageAncestors(*index, fct)),
            (S { QStringLiteral("int_ab"),
                QStringLiteral("stg_a"),
                QStringLiteral("stg_b"),
                QStringLiteral("a"),
                QStringLiteral("b") }));
        QCOMPARE(names(*index, lineageAncestors(*index, fct, 1)),
            (S { QStringLiteral("int_ab"), QStringLiteral("stg_a") }));
        QCOMPARE(names(*index, lineageDescendants(*index, id(*index, "model.p.stg_b"))),
            (S { QStringLiteral("int_ab"),
                QStringLiteral("fct"),
                QStringLiteral("not_null_fct_id"),
                QStringLiteral("dash") }));
        const auto noTests = [](const Entity &e) {
            return e.type != ResourceType::Test;
        };
        QCOMPARE(
            names(*index, lineageDescendants(*index, id(*index, "model.p.int_ab"), -1, noTests)),
            (S { QStringLiteral("fct"), QStringLiteral("dash") }));
    }

    void layout_edgesPointRight_andLayersAreDense()
    {
        const auto index = load();
        const LineageLayout l = layoutLineage(*index, id(*index, "model.p.fct"));
        QCOMPARE(l.nodes.size(), std::size_t(8)); // fct, 5 ancestors, test, exposure
        QCOMPARE(l.nodes.front(), id(*index, "model.p.fct"));
        for (const auto &[p, c] : l.edges) {
            QVERIFY(l.layer[p] < l.layer[c]);
        }
        // sources at 0, stg at 1, int_ab at 2, fct at 3 (longest path, not shortest: fct
        // also reads stg_a directly), test/exposure at 4.
        QCOMPARE(l.focusLayer, 3);
        QCOMPARE(l.layer[std::size_t(
                     std::find(l.nodes.begin(), l.nodes.end(), id(*index, "model.p.int_ab"))
                     - l.nodes.begin())],
            2);
        QCOMPARE(l.layers.size(), std::size_t(5));
        std::size_t placed = 0;
        for (std::size_t layer = 0; layer < l.layers.size(); ++layer) {
            for (std::size_t k = 0; k < l.layers[layer].size(); ++k) {
                QCOMPARE(l.order[l.layers[layer][k]], int(k));
                QCOMPARE(l.layer[l.layers[layer][k]], int(layer));
                ++placed;
            }
        }
        QCOMPARE(placed, l.nodes.size());
    }

    void layout_depthLimits()
    {
        const auto index = load();
        const LineageLayout l = layoutLineage(*index, id(*index, "model.p.fct"), 1, 0);
        QCOMPARE(l.nodes.size(), std::size_t(3)); // fct, int_ab, stg_a
        QCOMPARE(l.layers.size(), std::size_t(3)); // stg_a -> int_ab -> fct
    }

    void layout_barycentreKeepsChainsStraight()
    {
        // Two independent chains a1->a2->a3 and b1->b2->b3 feeding one sink: after sweeping,
        // each chain keeps the same relative order in every layer (no crossings).
        QByteArray m = QByteArrayLiteral(
            "{\"metadata\": {\"dbt_schema_version\": "
            "\"https://schemas.getdbt.com/dbt/manifest/v12.json\"}, \"nodes\": {");
        const char *nodes[][2] = { { "b1", "" },
            { "a1", "" },
            { "a2", "a1" },
            { "b2", "b1" },
            { "a3", "a2" },
            { "b3", "b2" } };
        for (const auto &n : nodes) {
            m += "\"model.p." + QByteArray(n[0]) + "\": {\"name\": \"" + n[0]
                + "\", \"resource_type\": \"model\", \"depends_on\": {\"nodes\": [";
            if (*n[1]) {
                m += "\"model.p." + QByteArray(n[1]) + "\"";
            }
            m += "]}},";
        }
        m += "\"model.p.sink\": {\"name\": \"sink\", \"resource_type\": \"model\", \"depends_on\": "
             "{\"nodes\": [\"model.p.a3\", \"model.p.b3\"]}}}}";
        ArtifactIndex index;
        QString error;
        QVERIFY2(index.addBuffer(m, QStringLiteral("chains.json"), &error), qPrintable(error));
        index.finalize();
        const LineageLayout l = layoutLineage(index, id(index, "model.p.sink"));
        auto orderOf = [&](std::string_view uid) {
            const auto e = id(index, uid);
            return l
                .order[std::size_t(std::find(l.nodes.begin(), l.nodes.end(), e) - l.nodes.begin())];
        };
        const bool aFirst = orderOf("model.p.a1") < orderOf("model.p.b1");
        QCOMPARE(orderOf("model.p.a2") < orderOf("model.p.b2"), aFirst);
        QCOMPARE(orderOf("model.p.a3") < orderOf("model.p.b3"), aFirst);
    }

    void search_ranksNameMatchesFirst_andIsCaseInsensitive()
    {
        const auto index = load();
        ArtifactSearch search(index);
        auto namesOf = [&](const std::vector<std::uint32_t> &hits) {
            QStringList out;
            for (const auto h : hits) {
                out << toQString(index->entities()[h].name);
            }
            return out;
        };
        QCOMPARE(namesOf(search.find(u"STG_A")), QStringList { QStringLiteral("stg_a") });
        // name prefix matches (stg_a, stg_b) before a path-only match (none here) and macros
        // stay out unless asked for.
        QCOMPARE(namesOf(search.find(u"stg")),
            (QStringList { QStringLiteral("stg_a"), QStringLiteral("stg_b") }));
        ArtifactSearch::Options withMacros;
        withMacros.includeMacros = true;
        QCOMPARE(search.find(u"stg", withMacros).size(), std::size_t(3));
        QCOMPARE(namesOf(search.find(u"daily")), QStringList { QStringLiteral("stg_a") }); // tag
        QCOMPARE(
            namesOf(search.find(u"models/marts")), QStringList { QStringLiteral("fct") }); // path
        QCOMPARE(namesOf(search.find(u"exposure.p")), QStringList { QStringLiteral("dash") }); // id
        QVERIFY(search.find(u"   ").empty());
        QVERIFY(search.find(u"nothing-like-this").empty());
        ArtifactSearch::Options one;
        one.limit = 1;
        QCOMPARE(namesOf(search.find(u"_", one)).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLineage)
#include "tst_lineage.moc"
