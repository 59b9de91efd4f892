// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"

#include "app/manpage.h"
#include "artifacts/artifactfile.h"
#include "ui/widgets/theme.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace Dbtc::App {

namespace {

// dbt's selection flags, for the headless --select mode (app/selectcommand.cpp).
void readSelectOptions(const QCommandLineParser &parser, CommandLine *cl)
{
    const QString select = QStringLiteral("select"), exclude = QStringLiteral("exclude"),
                  selector = QStringLiteral("selector");
    cl->selectMode = parser.isSet(select) || parser.isSet(exclude) || parser.isSet(selector);
    if (!cl->selectMode) {
        return;
    }
    cl->select = parser.values(select);
    cl->exclude = parser.values(exclude);
    cl->selector = parser.value(selector);
    cl->resourceTypes = parser.values(QStringLiteral("resource-type"));
    cl->indirectSelection = parser.value(QStringLiteral("indirect-selection"));
    cl->statePath = parser.value(QStringLiteral("state"));
    const QStringList paths = parser.positionalArguments();
    if (paths.size() > 1) {
        cl->selectUsage = QStringLiteral("one PATH expected, got %1 words: quote a selection with "
                                         "spaces, e.g. --select \"a b\"")
                              .arg(paths.size());
    }
    cl->selectPath = paths.value(0);
}

// --diff OLD NEW: OLD is the option's value, NEW the one positional argument.
void readDiffOptions(const QCommandLineParser &parser, CommandLine *cl)
{
    const QString diff = QStringLiteral("diff");
    cl->diffMode = parser.isSet(diff);
    if (!cl->diffMode) {
        return;
    }
    cl->diffOld = parser.value(diff);
    const QStringList paths = parser.positionalArguments();
    if (paths.size() > 1) {
        cl->diffUsage = QStringLiteral("--diff takes two runs, got %1 paths").arg(paths.size() + 1);
    }
    cl->diffNew = paths.value(0);
}

} // namespace

OptionTable optionTable()
{
    OptionTable t;
    t.description =
        QStringLiteral("Monitor and operate dbt Cloud: runs, failures, logs and artifacts.");
    t.options = {
        QCommandLineOption(QStringLiteral("demo"),
            QStringLiteral("Start a built-in dbt Cloud simulator and connect "
                           "to it (no account needed).")),
        QCommandLineOption(QStringLiteral("seed"),
            QStringLiteral("Seed of the demo scenario."),
            QStringLiteral("n"),
            QStringLiteral("42")),
        QCommandLineOption(QStringLiteral("speed"),
            QStringLiteral("Clock speed of the demo simulator."),
            QStringLiteral("factor"),
            QStringLiteral("10")),
        QCommandLineOption(QStringLiteral("open"),
            QStringLiteral("Open a local artifact file or target/ folder."),
            QStringLiteral("path")),
        QCommandLineOption(QStringLiteral("summarize"),
            QStringLiteral("Print a JSON summary of artifacts and exit."),
            QStringLiteral("path")),
        QCommandLineOption(QStringLiteral("check-connection"),
            QStringLiteral("Check that dbt Cloud at url answers over a connection the system "
                           "trusts (no token is sent), print the outcome and exit."),
            QStringLiteral("url")),
        QCommandLineOption(QStringLiteral("theme"),
            QStringLiteral("Colour theme: light, dark or system."),
            QStringLiteral("name")),
        QCommandLineOption(QStringLiteral("new-instance"),
            QStringLiteral("Start a second window instead of raising the one already open.")),
        QCommandLineOption(QStringLiteral("max-artifact-size"),
            QStringLiteral("Refuse artifact files larger than this (e.g. 8G; default 4G)."),
            QStringLiteral("size")),
        QCommandLineOption(QStringLiteral("diff"),
            QStringLiteral("With a second path NEW: print what changed from run old to NEW "
                           "(each a run_results.json or target folder; a manifest.json beside "
                           "it adds SQL changes) as JSON and exit."),
            QStringLiteral("old")),
        // Handled by app/exportlineagecommand before this parser runs; listed for --help.
        QCommandLineOption(QStringLiteral("export-lineage"),
            QStringLiteral("Write the project's lineage graph (SVG or PNG) to out and exit; "
                           "takes --select/--exclude/--selector."),
            QStringLiteral("out")),
        // dbt's selection flags: with PATH, print the selected unique_ids and exit
        // (app/selectcommand.cpp).
        QCommandLineOption(QStringLiteral("select"),
            QStringLiteral("Print the unique_ids a dbt selection picks from PATH and exit."),
            QStringLiteral("expr")),
        QCommandLineOption(QStringLiteral("exclude"),
            QStringLiteral("dbt --exclude for --select."),
            QStringLiteral("expr")),
        QCommandLineOption(QStringLiteral("selector"),
            QStringLiteral("A YAML selector of the manifest (as dbt --selector)."),
            QStringLiteral("name")),
        QCommandLineOption(QStringLiteral("resource-type"),
            QStringLiteral("Only these resource types (repeatable; default all)."),
            QStringLiteral("type")),
        QCommandLineOption(QStringLiteral("indirect-selection"),
            QStringLiteral("eager, cautious, buildable or empty."),
            QStringLiteral("mode")),
        QCommandLineOption(QStringLiteral("state"),
            QStringLiteral("Artifacts of a previous run for state:, result:, source_status:."),
            QStringLiteral("dir")),
    };
    t.positionalName = QStringLiteral("path");
    t.positionalDescription =
        QStringLiteral("An artifact file or target/ folder to open (as --open does).");
    t.positionalSyntax = QStringLiteral("[path]");
    return t;
}

CommandLine parseCommandLine(const QCoreApplication &app)
{
    const OptionTable table = optionTable();
    QCommandLineParser parser;
    parser.setApplicationDescription(table.description);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(table.options);
    // For the build (packaging/): the man page, from the table above.
    QCommandLineOption helpMan(QStringLiteral("help-man"));
    helpMan.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(helpMan);
    parser.addPositionalArgument(
        table.positionalName, table.positionalDescription, table.positionalSyntax);
    parser.process(app);
    if (parser.isSet(helpMan)) {
        const QByteArray roff = manPage(table, QCoreApplication::applicationVersion()).toUtf8();
        std::fwrite(roff.constData(), 1, size_t(roff.size()), stdout);
        std::exit(EXIT_SUCCESS);
    }
    const QString demo = QStringLiteral("demo"), seed = QStringLiteral("seed"),
                  speed = QStringLiteral("speed"), open = QStringLiteral("open"),
                  summarize = QStringLiteral("summarize"), theme = QStringLiteral("theme"),
                  checkConnection = QStringLiteral("check-connection");

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
    cl.checkConnectionUrl = parser.value(checkConnection);
    cl.newInstance = parser.isSet(QStringLiteral("new-instance"));
    readSelectOptions(parser, &cl);
    readDiffOptions(parser, &cl);
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
    const QString maxArtifactSize = QStringLiteral("max-artifact-size");
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
