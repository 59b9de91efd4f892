// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/exportlineagecommand.h"

#include "artifacts/artifactindex.h"
#include "artifacts/lineage/projectlayout.h"
#include "artifacts/selection/selection.h"
#include "ui/artifacts/lineageexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace Dbtc::App {

namespace {

// The context lupdate gives a free tr() in this namespace, so the translation is found.
QString tr(const char *text)
{
    return QCoreApplication::translate("Dbtc::App", text);
}

int failWith(const QString &message, int code)
{
    std::fprintf(stderr, "dbt-cloud-console: %s\n", qPrintable(message));
    return code;
}

} // namespace

bool wantsLineageExport(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0) {
            break; // what follows is a path
        }
        if (std::strncmp(argv[i], "--export-lineage", 16) == 0) {
            return true;
        }
    }
    return false;
}

int exportLineageCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("export-lineage"),
        tr("Write the lineage graph of the whole project (or of the selection) as SVG or PNG."),
        tr("out"));
    const QCommandLineOption select(
        QStringLiteral("select"), tr("Only the nodes this dbt selection picks."), tr("expression"));
    const QCommandLineOption exclude(QStringLiteral("exclude"),
        tr("Leave out the nodes this dbt selection picks."),
        tr("expression"));
    const QCommandLineOption selector(QStringLiteral("selector"),
        tr("Only the nodes of this YAML selector from the manifest."),
        tr("name"));
    const QCommandLineOption theme(
        QStringLiteral("theme"), tr("Colours: light (default) or dark."), tr("name"));
    parser.addOptions({ out, select, exclude, selector, theme });
    parser.addPositionalArgument(
        QStringLiteral("path"), tr("A manifest.json or a target/ folder."), QStringLiteral("path"));
    if (!parser.parse(arguments)) {
        return failWith(parser.errorText(), 2);
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.size() != 1) {
        return failWith(
            tr("--export-lineage needs exactly one manifest.json or target/ folder"), 2);
    }
    const QString target = parser.value(out);
    const QString suffix = target.section(u'.', -1).toLower();
    if (suffix != QLatin1String("svg") && suffix != QLatin1String("png")) {
        return failWith(tr("%1: the file name must end in .svg or .png").arg(target), 2);
    }
    Ui::LineageExportOptions look;
    look.dark = parser.value(theme).trimmed().toLower() == QLatin1String("dark");

    QString error;
    const auto index = Models::ArtifactIndex::load(paths.constFirst(), &error);
    if (!index) {
        return failWith(error, 1);
    }
    Models::GraphOptions options;
    options.grouping = Models::GraphGrouping::None; // every node drawn
    if (parser.isSet(select) || parser.isSet(exclude) || parser.isSet(selector)) {
        // dbt's own selection syntax, the same engine as `--select EXPR PATH`.
        Models::Selection::SelectionQuery query;
        query.select = parser.values(select);
        query.exclude = parser.values(exclude);
        query.selector = parser.value(selector);
        const Models::Selection::Result picked = Models::Selection::select(*index, query);
        if (!picked.ok()) {
            return failWith(picked.error->toString(), 2);
        }
        options.only = picked.entities;
        std::sort(options.only.begin(), options.only.end()); // by entity index, as only wants
        if (options.only.empty()) {
            return failWith(tr("the selection picks no nodes: nothing to draw"), 1);
        }
    }
    const Models::ProjectLayout layout = Models::layoutProject(*index, options);
    if (!Ui::exportLineage(layout, *index, target, look, &error)) {
        return failWith(error, 1);
    }
    std::size_t nodes = 0;
    for (const Models::LayoutVertex &v : layout.vertices) {
        nodes += v.kind != Models::LayoutVertex::Kind::Dummy;
    }
    std::printf("%s\n",
        qPrintable(tr("%1: %2 nodes, %3 edges")
                       .arg(target)
                       .arg(qulonglong(nodes))
                       .arg(qulonglong(layout.edges.size()))));
    return 0;
}

} // namespace Dbtc::App
