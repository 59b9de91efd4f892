// SPDX-License-Identifier: GPL-3.0-or-later
// The lineage export: every drawn node is one SVG element carrying its unique_id, folded
// groups carry their label, and a huge graph's PNG stays within the pixel budget.
#include "artifacts/artifactindex.h"
#include "artifacts/lineage/projectlayout.h"
#include "ui/artifacts/lineageexport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <map>
#include <set>

using namespace Dbtc::Models;
using namespace Dbtc::Ui;

namespace {

QString jaffleShop()
{
    const QString shared =
        QStringLiteral(DBTC_SHARED_DIR "/artifacts/jaffle_shop-dbt1.9.0-bigquery");
    return QFileInfo::exists(shared)
        ? shared
        : QStringLiteral(DBTC_TEST_DATA_DIR "/artifacts/jaffle_shop-dbt1.6.0-bigquery");
}

struct SvgNodes
{
    std::map<QString, QString> byId; //!< id -> data-unique-id (or data-label for groups)
    std::set<QString> groupLabels;
    int elements = 0; //!< <g> elements carrying an id
    int polylines = 0;
    QString error;
};

SvgNodes readSvg(const QByteArray &svg)
{
    SvgNodes out;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("polyline")) {
            ++out.polylines;
        }
        if (xml.name() == QLatin1String("g") && a.hasAttribute(QLatin1String("id"))) {
            ++out.elements;
            const QString id = a.value(QLatin1String("id")).toString();
            if (a.hasAttribute(QLatin1String("data-label"))) {
                out.groupLabels.insert(a.value(QLatin1String("data-label")).toString());
                out.byId[id] = a.value(QLatin1String("data-label")).toString();
            } else {
                out.byId[id] = a.value(QLatin1String("data-unique-id")).toString();
            }
        }
    }
    if (xml.hasError()) {
        out.error = xml.errorString();
    }
    return out;
}

} // namespace

class TestLineageExport : public QObject
{
    Q_OBJECT

private slots:

    void svgHasOneElementPerDrawnNode()
    {
        QString error;
        const auto index = ArtifactIndex::load(jaffleShop(), &error);
        QVERIFY2(index, qPrintable(error));
        GraphOptions options;
        options.grouping = GraphGrouping::None;
        const ProjectLayout layout = layoutProject(*index, options);
        const SvgNodes svg = readSvg(lineageSvg(layout, *index));
        QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
        std::set<QString> expected;
        for (const LayoutVertex &v : layout.vertices) {
            if (v.kind == LayoutVertex::Kind::Entity) {
                expected.insert(toQString(index->entities()[v.ref].uniqueId));
            }
        }
        QVERIFY(expected.size() > 20);
        QCOMPARE(svg.elements, int(expected.size()));
        QCOMPARE(svg.polylines, int(layout.edges.size()));
        for (const QString &id : expected) {
            QVERIFY2(svg.byId.count(id), qPrintable(id));
            QCOMPARE(svg.byId.at(id), id); // data-unique-id repeats the id
        }
        QVERIFY(svg.byId.count(QStringLiteral("model.jaffle_shop.customers")));
    }

    void foldedGroupsCarryTheirLabel()
    {
        QString error;
        const auto index = ArtifactIndex::load(jaffleShop(), &error);
        QVERIFY2(index, qPrintable(error));
        GraphOptions options; // package → folder, the packages folded
        const ProjectLayout layout = layoutProject(*index, options);
        const SvgNodes svg = readSvg(lineageSvg(layout, *index));
        QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
        std::size_t drawn = 0;
        for (const LayoutVertex &v : layout.vertices) {
            drawn += v.kind != LayoutVertex::Kind::Dummy;
        }
        QCOMPARE(svg.elements, int(drawn));
        QVERIFY(svg.groupLabels.count(QStringLiteral("jaffle_shop")));
    }

    void idsAreEscaped()
    {
        // A unique_id with characters XML reserves stays one well-formed element.
        const QByteArray manifest = QByteArrayLiteral(
            "{\"metadata\": {\"dbt_schema_version\": "
            "\"https://schemas.getdbt.com/dbt/manifest/v12.json\"}, \"nodes\": {"
            "\"model.p.a<&>'\": {\"name\": \"a<&>\", \"resource_type\": \"model\"},"
            "\"model.p.b\": {\"name\": \"b\", \"resource_type\": \"model\", \"depends_on\": "
            "{\"nodes\": [\"model.p.a<&>'\"]}}}}");
        ArtifactIndex index;
        QString error;
        QVERIFY2(
            index.addBuffer(manifest, QStringLiteral("manifest.json"), &error), qPrintable(error));
        index.finalize();
        GraphOptions options;
        options.grouping = GraphGrouping::None;
        const SvgNodes svg = readSvg(lineageSvg(layoutProject(index, options), index));
        QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
        QCOMPARE(svg.elements, 2);
        QVERIFY(svg.byId.count(QStringLiteral("model.p.a<&>'")));
        QCOMPARE(svg.polylines, 1);
    }

    void pngStaysWithinThePixelBudget()
    {
        QString error;
        const auto index = ArtifactIndex::load(jaffleShop(), &error);
        QVERIFY2(index, qPrintable(error));
        GraphOptions options;
        options.grouping = GraphGrouping::None;
        const ProjectLayout layout = layoutProject(*index, options);
        const QImage full = lineageImage(layout, *index);
        QVERIFY(!full.isNull());
        QVERIFY(full.width() >= layout.bounds.width()); // small graphs: one pixel per unit
        LineageExportOptions small;
        small.maxPixels = 200'000;
        const QImage scaled = lineageImage(layout, *index, small);
        QVERIFY(qint64(scaled.width()) * scaled.height()
            <= small.maxPixels + scaled.width() + scaled.height() + 1);
        QVERIFY(scaled.width() < full.width());
        // Something is drawn: not every pixel is the background.
        const QRgb background = scaled.pixel(0, 0);
        int other = 0;
        for (int y = 0; y < scaled.height(); y += 3) {
            for (int x = 0; x < scaled.width(); x += 3) {
                other += scaled.pixel(x, y) != background;
            }
        }
        QVERIFY(other > 100);
    }

    void exportBySuffix()
    {
        QString error;
        const auto index = ArtifactIndex::load(jaffleShop(), &error);
        QVERIFY2(index, qPrintable(error));
        const ProjectLayout layout = layoutProject(*index, GraphOptions {});
        QTemporaryDir dir;
        QVERIFY(exportLineage(layout, *index, dir.filePath(QStringLiteral("g.svg")), {}, &error));
        QVERIFY(exportLineage(layout, *index, dir.filePath(QStringLiteral("g.png")), {}, &error));
        QImage png(dir.filePath(QStringLiteral("g.png")));
        QVERIFY(!png.isNull());
        QVERIFY(!exportLineage(layout, *index, dir.filePath(QStringLiteral("g.pdf")), {}, &error));
        QVERIFY2(error.contains(QStringLiteral("g.pdf")), qPrintable(error));
        QVERIFY(!exportLineage(
            layout, *index, dir.filePath(QStringLiteral("missing/dir/g.svg")), {}, &error));
        QVERIFY2(error.contains(QStringLiteral("g.svg")), qPrintable(error));
    }
};

QTEST_MAIN(TestLineageExport)
#include "tst_lineageexport.moc"
