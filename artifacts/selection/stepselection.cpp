// SPDX-License-Identifier: GPL-3.0-or-later
// A job step's dbt command line -> the query it runs. dbt's multi-value options (--select,
// --exclude, --resource-type) take every following word up to the next option, as dbt's
// MultiOption does, so "-s a b --full-refresh" selects a and b.
#include "artifacts/selection/selection.h"

#include <algorithm>

namespace Dbtc::Models::Selection {

namespace {

// POSIX-shell-like words: quotes group, backslash escapes outside single quotes.
bool shellWords(const QString &line, QStringList *words, QString *error)
{
    QString cur;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            } else if (c == u'\\' && quote == u'"' && i + 1 < line.size()) {
                cur += line[++i];
            } else {
                cur += c;
            }
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
            inWord = true;
        } else if (c == u'\\' && i + 1 < line.size()) {
            cur += line[++i];
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord) {
                *words << cur;
                cur.clear();
                inWord = false;
            }
        } else {
            cur += c;
            inWord = true;
        }
    }
    if (!quote.isNull()) {
        *error = QStringLiteral("unbalanced %1 quote").arg(quote);
        return false;
    }
    if (inWord) {
        *words << cur;
    }
    return true;
}

struct CommandTypes
{
    const char *command;
    const char *types; //!< space-separated resource types
    bool includeEmpty;
};

const CommandTypes *typesFor(const QString &command)
{
    static const std::vector<CommandTypes> table = {
        { "build", "model seed snapshot test unit_test", false },
        { "run", "model", false },
        { "test", "test unit_test", false },
        { "seed", "seed", false },
        { "snapshot", "snapshot", false },
        { "compile", "model seed snapshot test unit_test analysis", false },
        { "ls", "default", true },
        { "list", "default", true },
        { "docs", "default", true },
        { "source", "source", true },
        { "show", "model seed snapshot test analysis", false },
        { "clone", "model seed snapshot", false },
    };
    for (const auto &t : table) {
        if (command == QLatin1String(t.command)) {
            return &t;
        }
    }
    return nullptr;
}

} // namespace

StepSelection stepSelection(const QString &commandLine)
{
    StepSelection step;
    QStringList words;
    if (!shellWords(commandLine, &words, &step.error)) {
        return step;
    }
    qsizetype i = 0;
    if (i < words.size() && words[i] == u"dbt") {
        ++i;
    }
    // Global flags may come before the command (dbt --debug run ...).
    while (i < words.size() && words[i].startsWith(u'-')) {
        step.globalFlags << words[i++];
    }
    if (i >= words.size()) {
        return step;
    }
    step.command = words[i++];
    const CommandTypes *types = typesFor(step.command);
    if (!types) {
        return step; // deps, debug, run-operation, ...: no node selection
    }
    step.selects = true;
    step.query.resourceTypes = QString::fromLatin1(types->types).split(u' ');
    step.query.includeEmptyNodes = types->includeEmpty;
    QStringList askedTypes;
    auto values = [&](QStringList *into) {
        const qsizetype before = into->size();
        while (i < words.size() && !words[i].startsWith(u'-')) {
            *into << words[i++];
        }
        return into->size() > before;
    };
    auto single = [&](const QString &flag, QString *into) {
        if (i >= words.size() || words[i].startsWith(u'-')) {
            step.error = QStringLiteral("%1 needs a value").arg(flag);
            return false;
        }
        *into = words[i++];
        return true;
    };
    while (i < words.size()) {
        QString w = words[i++];
        QString inlineValue;
        const qsizetype eq = w.startsWith(u"--") ? w.indexOf(u'=') : -1;
        if (eq > 0) {
            inlineValue = w.mid(eq + 1);
            w = w.left(eq);
        }
        auto multi = [&](QStringList *into) {
            if (eq > 0) {
                *into << inlineValue;
                return true;
            }
            if (!values(into)) {
                step.error = QStringLiteral("%1 needs a value").arg(w);
                return false;
            }
            return true;
        };
        bool ok = true;
        const qsizetype flagStart = i - 1;
        if (w == u"-s" || w == u"--select" || w == u"-m" || w == u"--models" || w == u"--model") {
            ok = multi(&step.query.select);
        } else if (w == u"--exclude") {
            ok = multi(&step.query.exclude);
        } else if (w == u"--resource-type" || w == u"--resource-types") {
            ok = multi(&askedTypes);
            step.otherArguments << words.mid(flagStart, i - flagStart); // narrows, kept
        } else if (w == u"--exclude-resource-type" || w == u"--exclude-resource-types") {
            ok = multi(&step.query.excludeResourceTypes);
            step.otherArguments << words.mid(flagStart, i - flagStart);
        } else if (w == u"--selector") {
            if (eq > 0) {
                step.query.selector = inlineValue;
            } else {
                ok = single(w, &step.query.selector);
            }
        } else if (w == u"--indirect-selection") {
            QString mode = inlineValue;
            if (eq <= 0) {
                ok = single(w, &mode);
            }
            if (ok) {
                const auto m = indirectModeFromName(mode);
                if (!m) {
                    step.error = QStringLiteral("--indirect-selection: \"%1\" is not eager, "
                                                "cautious, buildable or empty")
                                     .arg(mode);
                    ok = false;
                } else {
                    step.query.indirect = *m;
                }
            }
            // It shapes which tests join a selection: a reproduction keeps it.
            step.otherArguments << words.mid(flagStart, i - flagStart);
        } else {
            step.otherArguments << words[i - 1];
        }
        if (!ok) {
            return step;
        }
    }
    if (!askedTypes.isEmpty()) {
        step.query.resourceTypes = askedTypes;
    }
    return step;
}

QString shellQuoted(const QString &word)
{
    static const QString safe = QStringLiteral("@%+=:,./-_");
    const bool plain = !word.isEmpty() && std::all_of(word.cbegin(), word.cend(), [](QChar c) {
        return (c.unicode() < 128 && c.isLetterOrNumber()) || safe.contains(c);
    });
    if (plain) {
        return word;
    }
    QString quoted = word;
    quoted.replace(u'\'', QLatin1String("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString StepSelection::withSelection(const QString &select) const
{
    if (!selects) {
        return {};
    }
    QStringList words { QStringLiteral("dbt") };
    words << globalFlags << command;
    // Sub-command words ("source freshness") stay before the selection.
    qsizetype i = 0;
    while (i < otherArguments.size() && !otherArguments[i].startsWith(u'-')) {
        words << otherArguments[i++];
    }
    words << QStringLiteral("-s") << select;
    words << otherArguments.mid(i);
    QStringList quoted;
    for (const QString &w : std::as_const(words)) {
        quoted << shellQuoted(w);
    }
    return quoted.join(u' ');
}

} // namespace Dbtc::Models::Selection
