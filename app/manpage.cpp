// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/manpage.h"

#include <QStringList>

namespace Dbtc::App {

QString roffEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\')) {
            out += QStringLiteral("\\e");
        } else if (c == QLatin1Char('-')) {
            out += QStringLiteral("\\-"); // a real minus: man pages are copied into shells
        } else {
            out += c;
        }
    }
    // A line starting with '.' or '\'' would be read as a request.
    if (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('\''))) {
        out.prepend(QStringLiteral("\\&"));
    }
    return out;
}

namespace {

QString optionTerm(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names()) {
        names << QStringLiteral("\\fB%1%2\\fR")
                     .arg(name.size() == 1 ? QStringLiteral("\\-") : QStringLiteral("\\-\\-"),
                         roffEscape(name));
    }
    QString term = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty()) {
        term += QStringLiteral(" \\fI%1\\fR").arg(roffEscape(option.valueName()));
    }
    return term;
}

QString optionText(const QCommandLineOption &option)
{
    QString text = roffEscape(option.description());
    if (!option.defaultValues().isEmpty()) {
        text += QStringLiteral(" Default: %1.")
                    .arg(roffEscape(option.defaultValues().join(QStringLiteral(", "))));
    }
    return text;
}

} // namespace

QString manPage(const OptionTable &table, const QString &version)
{
    // The options QCommandLineParser adds itself (addHelpOption, addVersionOption).
    QList<QCommandLineOption> options = table.options;
    options << QCommandLineOption({ QStringLiteral("h"), QStringLiteral("help") },
        QStringLiteral("Print the options and exit."));
    options << QCommandLineOption(QStringLiteral("help-all"),
        QStringLiteral("Print the options, Qt's own included, and exit."));
    options << QCommandLineOption({ QStringLiteral("v"), QStringLiteral("version") },
        QStringLiteral("Print the version and exit."));

    QStringList l;
    l << QStringLiteral(".TH DBT\\-CLOUD\\-CONSOLE 1 \"\" \"dbt\\-cloud\\-console %1\" "
                        "\"User Commands\"")
             .arg(roffEscape(version));
    l << QStringLiteral(".SH NAME")
      << QStringLiteral("dbt\\-cloud\\-console \\- native desktop console for dbt Cloud");
    l << QStringLiteral(".SH SYNOPSIS") << QStringLiteral(".B dbt\\-cloud\\-console")
      << QStringLiteral("[\\fIoptions\\fR] \\fI%1\\fR").arg(roffEscape(table.positionalSyntax));
    l << QStringLiteral(".SH DESCRIPTION") << roffEscape(table.description);
    l << QStringLiteral(".PP")
      << QStringLiteral("Tokens are kept in the desktop's keychain (Secret Service) and are "
                        "never accepted on the command line, where every process could read "
                        "them. \\fB\\-\\-summarize\\fR, \\fB\\-\\-help\\fR and "
                        "\\fB\\-\\-version\\fR need no display.");
    l << QStringLiteral(".SH OPTIONS");
    for (const QCommandLineOption &option : std::as_const(options)) {
        l << QStringLiteral(".TP") << optionTerm(option) << optionText(option);
    }
    l << QStringLiteral(".TP") << QStringLiteral("\\fI%1\\fR").arg(roffEscape(table.positionalName))
      << roffEscape(table.positionalDescription);
    l << QStringLiteral(".SH ENVIRONMENT") << QStringLiteral(".TP")
      << QStringLiteral("\\fBQT_QPA_PLATFORM\\fR")
      << QStringLiteral("The window system: \\fBwayland\\fR, \\fBxcb\\fR or \\fBoffscreen\\fR "
                        "(no window, for tests).")
      << QStringLiteral(".TP") << QStringLiteral("\\fBQT_LOGGING_RULES\\fR")
      << QStringLiteral("\\fBdbtc.*.debug=true\\fR traces the HTTP requests (tokens are "
                        "redacted).");
    l << QStringLiteral(".SH EXAMPLES") << QStringLiteral(".TP")
      << QStringLiteral("dbt\\-cloud\\-console \\-\\-demo")
      << QStringLiteral("Try the console against its built\\-in simulator.")
      << QStringLiteral(".TP")
      << QStringLiteral("dbt\\-cloud\\-console \\-\\-summarize target/run_results.json")
      << QStringLiteral("Print what a dbt run produced as JSON, without a window.");
    return l.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Dbtc::App
