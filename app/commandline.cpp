// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"

#include "artifacts/artifactfile.h"
#include "ui/widgets/theme.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace Dbtc::App {

namespace {

// dbt's selection flags, for the headless --select mode (app/selectcommand.cpp).
struct SelectOptions
{
    QCommandLineOption select { QStringLiteral("select"),
        QStringLiteral("Print the unique_ids a dbt selection picks from PATH and exit."),
        QStringLiteral("expr") };
    QCommandLineOption exclude { QStringLiteral("exclude"),
        QStringLiteral("dbt --exclude for --select."),
        QStringLiteral("expr") };
    QCommandLineOption selector { QStringLiteral("selector"),
        QStringLiteral("A YAML selector of the manifest (as dbt --selector)."),
        QStringLiteral("name") };
    QCommandLineOption resourceType { QStringLiteral("resource-type"),
        QStringLiteral("Only these resource types (repeatable; default all)."),
        QStringLiteral("type") };
    QCommandLineOption indirect { QStringLiteral("indirect-selection"),
        QStringLiteral("eager, cautious, buildable or empty."),
        QStringLiteral("mode") };
    QCommandLineOption state { QStringLiteral("state"),
        QStringLiteral("Artifacts of a previous run for state:, result:, source_status:."),
        QStringLiteral("dir") };
};

SelectOptions addSelectOptions(QCommandLineParser &parser)
{
    SelectOptions o;
    parser.addOptions({ o.select, o.exclude, o.selector, o.resourceType, o.indirect, o.state });
    return o;
}

void readSelectOptions(const QCommandLineParser &parser, const SelectOptions &o, CommandLine *cl)
{
    cl->selectMode = parser.isSet(o.select) || parser.isSet(o.exclude) || parser.isSet(o.selector);
    if (!cl->selectMode) {
        return;
    }
    cl->select = parser.values(o.select);
    cl->exclude = parser.values(o.exclude);
    cl->selector = parser.value(o.selector);
    cl->resourceTypes = parser.values(o.resourceType);
    cl->indirectSelection = parser.value(o.indirect);
    cl->statePath = parser.value(o.state);
    const QStringList paths = parser.positionalArguments();
    if (paths.size() > 1) {
        cl->selectUsage = QStringLiteral("one PATH expected, got %1 words: quote a selection with "
                                         "spaces, e.g. --select \"a b\"")
                              .arg(paths.size());
    }
    cl->selectPath = paths.value(0);
}

} // namespace

CommandLine parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Monitor and operate dbt Cloud: runs, failures, logs and artifacts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
        QStringLiteral("Start a built-in dbt Cloud simulator and connect "
                       "to it (no account needed)."));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QStringLiteral("Seed of the demo scenario."),
        QStringLiteral("n"),
        QStringLiteral("42"));
    const QCommandLineOption speed(QStringLiteral("speed"),
        QStringLiteral("Clock speed of the demo simulator."),
        QStringLiteral("factor"),
        QStringLiteral("10"));
    const QCommandLineOption open(QStringLiteral("open"),
        QStringLiteral("Open a local artifact file or target/ folder."),
        QStringLiteral("path"));
    const QCommandLineOption summarize(QStringLiteral("summarize"),
        QStringLiteral("Print a JSON summary of artifacts and exit."),
        QStringLiteral("path"));
    const QCommandLineOption theme(QStringLiteral("theme"),
        QStringLiteral("Colour theme: light, dark or system."),
        QStringLiteral("name"));
    const QCommandLineOption newInstance(QStringLiteral("new-instance"),
        QStringLiteral("Start a second window instead of raising the one already open."));
    const QCommandLineOption maxArtifactSize(QStringLiteral("max-artifact-size"),
        QStringLiteral("Refuse artifact files larger than this (e.g. 8G; default 4G)."),
        QStringLiteral("size"));
    // Handled by app/exportlineagecommand before this parser runs; listed here for --help.
    const QCommandLineOption exportLineage(QStringLiteral("export-lineage"),
        QStringLiteral("Write the project's lineage graph as SVG or PNG and exit."),
        QStringLiteral("out"));
    parser.addOptions(
        { demo, seed, speed, open, summarize, theme, newInstance, maxArtifactSize, exportLineage });
    const SelectOptions selectOptions = addSelectOptions(parser);
    parser.addPositionalArgument(QStringLiteral("path"),
        QStringLiteral("An artifact file or target/ folder to open (as --open does)."),
        QStringLiteral("[path]"));
    parser.process(app);

    CommandLine cl;
    cl.demo = parser.isSet(demo);
    cl.seed = parser.value(seed).toULongLong();
    cl.speed = parser.value(speed).toDouble();
    if (cl.speed <= 0) {
        cl.speed = 1.0;
    }
    cl.openPath = parser.value(open);
    // The desktop file and drag-and-drop hand over a bare path.
    if (cl.openPath.isEmpty() && !parser.positionalArguments().isEmpty()) {
        cl.openPath = parser.positionalArguments().constFirst();
    }
    cl.summarizePath = parser.value(summarize);
    cl.newInstance = parser.isSet(newInstance);
    readSelectOptions(parser, selectOptions, &cl);
    if (parser.isSet(theme)) {
        cl.theme = parser.value(theme).trimmed().toLower();
        if (!Ui::Theme::fromName(cl.theme)) {
            // Like QCommandLineParser's own errors: say what is accepted and stop.
            std::fprintf(stderr,
                "%s\n",
                qPrintable(QStringLiteral("Unknown theme \"%1\": use light, dark or system.")
                               .arg(parser.value(theme))));
            std::exit(EXIT_FAILURE);
        }
    }
    if (parser.isSet(maxArtifactSize)) {
        const auto bytes = Models::parseByteSize(parser.value(maxArtifactSize));
        if (!bytes) {
            std::fprintf(stderr,
                "%s\n",
                qPrintable(QStringLiteral("Invalid --max-artifact-size \"%1\": use a size such "
                                          "as 8G, 500M or 1000000.")
                               .arg(parser.value(maxArtifactSize))));
            std::exit(EXIT_FAILURE);
        }
        cl.maxArtifactBytes = *bytes;
        // Set before anything loads: --summarize and every later open use it.
        Models::setDefaultMaxArtifactBytes(*bytes);
    }
    return cl;
}

} // namespace Dbtc::App
