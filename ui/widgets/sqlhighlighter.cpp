// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/sqlhighlighter.h"

namespace Dbtc::Ui {

namespace {

QTextCharFormat charFormat(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(color);
    if (bold)
        f.setFontWeight(QFont::DemiBold);
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
    m_rules.append({QRegularExpression(QStringLiteral("\\b(?:%1)\\b").arg(QLatin1String(keywords)),
                                       QRegularExpression::CaseInsensitiveOption),
                    charFormat(QColor(0x1e, 0x5a, 0xa8), true)});
    m_rules.append({QRegularExpression(QStringLiteral("\\b[A-Za-z_][A-Za-z0-9_]*(?=\\s*\\()")),
                    charFormat(QColor(0x8e, 0x24, 0xaa))});
    m_rules.append({QRegularExpression(QStringLiteral("\\b\\d+(?:\\.\\d+)?\\b")),
                    charFormat(QColor(0x00, 0x83, 0x8f))});
    m_rules.append({QRegularExpression(QStringLiteral("\\{\\{.*?\\}\\}|\\{%.*?%\\}")),
                    charFormat(QColor(0xb2, 0x6a, 0x00), true)});
    m_rules.append({QRegularExpression(QStringLiteral("'(?:[^'\\\\]|\\\\.|'')*'")),
                    charFormat(QColor(0x2e, 0x7d, 0x32))});
    m_rules.append({QRegularExpression(QStringLiteral("\"[^\"]*\"|`[^`]*`")),
                    charFormat(QColor(0x6d, 0x4c, 0x41))});
    m_comment = charFormat(QColor(0x75, 0x75, 0x75), false, true);
    m_rules.append({QRegularExpression(QStringLiteral("--[^\\n]*")), m_comment});
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
        const qsizetype end = text.indexOf(QLatin1String("*/"), start + (previousBlockState() == 1 && start == 0 ? 0 : 2));
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
