// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"

#include "ui/widgets/theme.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace Dbtc::App {

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
    // Handled by app/exportlineagecommand before this parser runs; listed here for --help.
    const QCommandLineOption exportLineage(QStringLiteral("export-lineage"),
        QStringLiteral("Write the project's lineage graph as SVG or PNG and exit."),
        QStringLiteral("out"));
    parser.addOptions({ demo, seed, speed, open, summarize, theme, exportLineage });
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
    return cl;
}

} // namespace Dbtc::App
