// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Dbtc::App {

//! \brief What the user asked for on the command line. Tokens are never accepted here:
//! command lines are visible to every process on the machine.
struct CommandLine
{
    bool demo = false;
    quint64 seed = 42;
    double speed = 10.0;
    QString openPath;
    QString summarizePath;
    //! --check-connection: a dbt Cloud URL to test reachability and TLS trust of (no token).
    QString checkConnectionUrl;
    //! --theme: "light", "dark" or "system"; empty when not given (keep the saved choice).
    QString theme;
    //! --new-instance: run beside an open window instead of handing over to it.
    bool newInstance = false;
    // --select mode (app/selectcommand): dbt's selection flags and the artifacts to apply them to.
    bool selectMode = false;
    QStringList select, exclude, resourceTypes;
    QString selector, indirectSelection, statePath, selectPath;
    QString selectUsage; //!< a usage problem found while parsing (exit 2)
    //! --diff OLD NEW (app/diffcommand): two runs' run_results.json or target folders.
    bool diffMode = false;
    QString diffOld, diffNew;
    QString diffUsage; //!< a usage problem found while parsing (exit 2)
    //! --max-artifact-size: artifact files over this are refused (applied when parsed).
    qint64 maxArtifactBytes = 0;
};

//! The options --help lists, in its order. The man page (--help-man, app/manpage.h) is made
//! from this same table, so the two cannot drift apart.
struct OptionTable
{
    QString description;
    QList<QCommandLineOption> options;
    QString positionalName;
    QString positionalDescription;
    QString positionalSyntax;
};

OptionTable optionTable();

//! Parses the application's arguments; prints help/version/man page and exits on --help,
//! --version and --help-man.
CommandLine parseCommandLine(const QCoreApplication &app);

} // namespace Dbtc::App
