// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"

#include "app/manpage.h"
#include "ui/widgets/theme.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace Dbtc::App {

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
