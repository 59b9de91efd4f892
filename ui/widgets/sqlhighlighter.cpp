// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/sqlhighlighter.h"

#include "ui/widgets/palette.h"
#include "ui/widgets/theme.h"

namespace Dbtc::Ui {

namespace {

QTextCharFormat charFormat(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(color);
    if (bold) {
        f.setFontWeight(QFont::DemiBold);
    }
    f.setFontItalic(italic);
    return f;
}

} // namespace

SqlHighlighter::SqlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    static const char *const keywords =
        "select|from|where|and|or|not|in|is|null|as|on|join|left|right|inner|outer|full|cross|"
        "group|by|order|having|limit|offset|union|all|distinct|case|when|then|else|end|with|"
        "create|replace|table|view|insert|into|values|update|set|delete|merge|using|matched|"
        "over|partition|rows|range|between|like|ilike|exists|cast|true|false|asc|desc|"
        "qualify|lateral|window|intersect|except|temporary|temp|or|if|begin|commit|alter|drop";
    const auto rule = [](const QString &pattern, QRegularExpression::PatternOptions options = {}) {
        return Rule { QRegularExpression(pattern, options), {} };
    };
    m_rules = { rule(QStringLiteral("\\b(?:%1)\\b").arg(QLatin1String(keywords)),
                    QRegularExpression::CaseInsensitiveOption),
        rule(QStringLiteral("\\b[A-Za-z_][A-Za-z0-9_]*(?=\\s*\\()")),
        rule(QStringLiteral("\\b\\d+(?:\\.\\d+)?\\b")),
        rule(QStringLiteral("\\{\\{.*?\\}\\}|\\{%.*?%\\}")),
        rule(QStringLiteral("'(?:[^'\\\\]|\\\\.|'')*'")),
        rule(QStringLiteral("\"[^\"]*\"|`[^`]*`")),
        rule(QStringLiteral("--[^\\n]*")) };
    applyTheme();
    connect(Theme::instance(), &Theme::themeChanged, this, [this] {
        applyTheme();
        rehighlight();
    });
}

void SqlHighlighter::applyTheme()
{
    // Same order as the rules above.
    m_rules[0].format = charFormat(color(ColorRole::SqlKeyword), true);
    m_rules[1].format = charFormat(color(ColorRole::SqlFunction));
    m_rules[2].format = charFormat(color(ColorRole::SqlNumber));
    m_rules[3].format = charFormat(color(ColorRole::SqlJinja), true);
    m_rules[4].format = charFormat(color(ColorRole::SqlString));
    m_rules[5].format = charFormat(color(ColorRole::SqlQuoted));
    m_comment = charFormat(color(ColorRole::SqlComment), false, true);
    m_rules[6].format = m_comment;
}

void SqlHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : std::as_const(m_rules)) {
        for (auto it = rule.pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), rule.format);
        }
    }
    // Block comments may span lines: state 1 = inside /* */.
    setCurrentBlockState(0);
    qsizetype start = previousBlockState() == 1 ? 0 : text.indexOf(QLatin1String("/*"));
    while (start >= 0) {
        const qsizetype end = text.indexOf(
            QLatin1String("*/"), start + (previousBlockState() == 1 && start == 0 ? 0 : 2));
        qsizetype length;
        if (end < 0) {
            setCurrentBlockState(1);
            length = text.size() - start;
        } else {
            length = end - start + 2;
        }
        setFormat(int(start), int(length), m_comment);
        start = end < 0 ? -1 : text.indexOf(QLatin1String("/*"), start + length);
    }
}

} // namespace Dbtc::Ui
