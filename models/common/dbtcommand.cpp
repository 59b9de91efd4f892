// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/dbtcommand.h"

#include <algorithm>
#include <optional>

namespace Dbtc::Models {

namespace {

using Severity = DbtCommandCheck::Severity;

DbtCommandCheck error(const QString &message)
{
    return { Severity::Error, message };
}

DbtCommandCheck warning(const QString &message)
{
    return { Severity::Warning, message };
}

//! Splits like a POSIX shell does for quoting (dbt Cloud runs steps through one). Returns
//! nothing when a quote is left open.
std::optional<QStringList> tokenize(const QString &line)
{
    QStringList out;
    QString current;
    bool inToken = false;
    QChar quote;
    for (const QChar c : line) {
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            } else {
                current += c;
            }
            continue;
        }
        if (c == u'"' || c == u'\'') {
            quote = c;
            inToken = true;
        } else if (c.isSpace()) {
            if (inToken) {
                out << current;
            }
            current.clear();
            inToken = false;
        } else {
            current += c;
            inToken = true;
        }
    }
    if (!quote.isNull()) {
        return std::nullopt;
    }
    if (inToken) {
        out << current;
    }
    return out;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j) {
        prev[j] = int(j);
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[j] = std::min({ prev[j] + 1, cur[j - 1] + 1, sub });
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

//! The known subcommand closest to a typo ("biuld" -> "build"), if any is close enough.
QString closestSubcommand(const QString &word)
{
    QString best;
    int bestDistance = 3;
    const QStringList known = knownDbtSubcommands();
    for (const QString &candidate : known) {
        const QString head = candidate.section(u' ', 0, 0);
        const int d = editDistance(word, head);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

// Flags that take a value; a step ending in one of them would fail at once.
const QStringList &valueFlags()
{
    static const QStringList flags {
        QStringLiteral("-s"),
        QStringLiteral("--select"),
        QStringLiteral("-m"),
        QStringLiteral("--models"),
        QStringLiteral("--exclude"),
        QStringLiteral("--selector"),
        QStringLiteral("--vars"),
        QStringLiteral("--threads"),
        QStringLiteral("--target"),
        QStringLiteral("--resource-type"),
        QStringLiteral("--state"),
        QStringLiteral("--args"),
    };
    return flags;
}

DbtCommandCheck checkFlags(const QStringList &tokens, qsizetype firstFlag)
{
    for (qsizetype i = firstFlag; i < tokens.size(); ++i) {
        const QString &t = tokens.at(i);
        const bool last = i + 1 == tokens.size();
        const bool nextIsFlag = !last && tokens.at(i + 1).startsWith(u'-');
        if (valueFlags().contains(t) && (last || nextIsFlag)) {
            return error(QStringLiteral("%1 needs a value (for example %1 my_model).").arg(t));
        }
        if (t == u"--profiles-dir" || t == u"--profile" || t == u"--project-dir") {
            return error(QStringLiteral("%1 is set by dbt Cloud; remove it from the step.").arg(t));
        }
    }
    if (tokens.contains(QStringLiteral("-m")) || tokens.contains(QStringLiteral("--models"))) {
        return warning(QStringLiteral("--models/-m is deprecated; use --select/-s."));
    }
    return {};
}

} // namespace

QStringList knownDbtSubcommands()
{
    return { QStringLiteral("build"),
        QStringLiteral("run"),
        QStringLiteral("test"),
        QStringLiteral("seed"),
        QStringLiteral("snapshot"),
        QStringLiteral("source freshness"),
        QStringLiteral("docs generate"),
        QStringLiteral("compile"),
        QStringLiteral("ls"),
        QStringLiteral("list"),
        QStringLiteral("deps"),
        QStringLiteral("run-operation"),
        QStringLiteral("retry"),
        QStringLiteral("clone") };
}

DbtCommandCheck checkDbtCommand(const QString &command)
{
    const QString line = command.trimmed();
    if (line.isEmpty()) {
        return error(QStringLiteral("The step is empty."));
    }
    for (const QLatin1String op : { QLatin1String("&&"),
             QLatin1String("||"),
             QLatin1String(";"),
             QLatin1String("|"),
             QLatin1String(">") }) {
        if (line.contains(op)) {
            return error(QStringLiteral("Steps run one dbt command each; split \"%1\" into "
                                        "separate steps.")
                             .arg(op));
        }
    }
    const std::optional<QStringList> tokens = tokenize(line);
    if (!tokens) {
        return error(QStringLiteral("A quote is not closed."));
    }
    if (tokens->constFirst() != u"dbt") {
        return error(QStringLiteral("Each step must start with \"dbt \" (for example "
                                    "\"dbt build\")."));
    }
    if (tokens->size() < 2 || tokens->at(1).startsWith(u'-')) {
        return error(QStringLiteral("Name a dbt command after \"dbt\" (build, run, test, ...)."));
    }

    const QString sub = tokens->at(1);
    const QString next = tokens->value(2);
    qsizetype firstFlag = 2;
    if (sub == u"source" || sub == u"docs") {
        const QString expected =
            sub == u"source" ? QStringLiteral("freshness") : QStringLiteral("generate");
        if (sub == u"docs" && next == u"serve") {
            return error(QStringLiteral("\"dbt docs serve\" starts a web server and never ends; "
                                        "use \"dbt docs generate\"."));
        }
        if (next != expected) {
            return error(QStringLiteral("Did you mean \"dbt %1 %2\"?").arg(sub, expected));
        }
        firstFlag = 3;
    } else if (sub == u"debug" || sub == u"init" || sub == u"clean" || sub == u"parse") {
        return error(QStringLiteral("\"dbt %1\" cannot run as a dbt Cloud job step.").arg(sub));
    } else if (!knownDbtSubcommands().contains(sub)) {
        const QString guess = closestSubcommand(sub);
        return error(guess.isEmpty()
                ? QStringLiteral("\"%1\" is not a dbt command a job can run.").arg(sub)
                : QStringLiteral("Unknown dbt command \"%1\"; did you mean \"dbt %2\"?")
                      .arg(sub, guess));
    }
    if (sub == u"run-operation") {
        if (next.isEmpty() || next.startsWith(u'-')) {
            return error(QStringLiteral("\"dbt run-operation\" needs a macro name."));
        }
        firstFlag = 3;
    }
    if (const DbtCommandCheck flags = checkFlags(*tokens, firstFlag);
        flags.severity != Severity::Ok) {
        return flags;
    }
    if (sub == u"deps") {
        return warning(QStringLiteral("dbt Cloud already runs \"dbt deps\" before every run."));
    }
    return {};
}

QList<DbtCommandCheck> checkDbtSteps(const QStringList &steps)
{
    QList<DbtCommandCheck> out;
    out.reserve(steps.size());
    for (const QString &s : steps) {
        out << checkDbtCommand(s);
    }
    return out;
}

bool dbtStepsAcceptable(const QStringList &steps)
{
    if (steps.isEmpty()) {
        return false;
    }
    const QList<DbtCommandCheck> checks = checkDbtSteps(steps);
    return std::none_of(checks.cbegin(), checks.cend(), [](const DbtCommandCheck &c) {
        return c.isError();
    });
}

} // namespace Dbtc::Models
