// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Dbtc::Models {

//! \brief What a check of one dbt command line found. Errors block a trigger (dbt Cloud would
//! reject the step or fail at once); warnings are shown but allowed.
struct DbtCommandCheck
{
    enum class Severity {
        Ok,
        Warning,
        Error,
    };

    Severity severity = Severity::Ok;
    QString message; //!< plain words, with the fix when there is an obvious one

    bool isError() const { return severity == Severity::Error; }
};

//! \brief The subcommands a dbt Cloud job step may use ("run", "source freshness", ...).
QStringList knownDbtSubcommands();

//! \brief Checks one step: it must start with `dbt `, use a known subcommand and avoid the
//! obvious mistakes (typos, shell operators, flags without values, options dbt Cloud sets).
DbtCommandCheck checkDbtCommand(const QString &command);

//! \brief One check per step, plus an error for an empty list (dbt Cloud needs one step).
QList<DbtCommandCheck> checkDbtSteps(const QStringList &steps);

//! \brief True when no check of \a steps is an error.
bool dbtStepsAcceptable(const QStringList &steps);

} // namespace Dbtc::Models
