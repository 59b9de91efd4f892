// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/nodesqlhighlighter.h"

#include <QRegularExpression>
#include <QSet>

namespace Dbtc::Ui {

namespace {

enum BlockState { Normal = 0, InBlockComment = 1, InJinja = 2 };

const QSet<QString> &keywords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        const char *const list[] = {
            "select", "from", "where", "group", "by", "order", "having", "limit", "offset", "join",
            "left", "right", "inner", "outer", "full", "cross", "on", "using", "as", "and", "or",
            "not", "in", "is", "null", "case", "when", "then", "else", "end", "with", "union",
            "all", "distinct", "insert", "into", "values", "update", "set", "delete", "create",
            "table", "view", "or", "replace", "merge", "matched", "over", "partition", "window",
            "rows", "between", "like", "ilike", "exists", "true", "false", "asc", "desc", "cast",
            "qualify", "lateral", "intersect", "except", "interval", "if", "for", "materialized",
            "recursive", "returning", "temporary", "temp", "alter", "drop", "primary", "key"};
        for (const char *w : list)
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

} // namespace

NodeSqlHighlighter::NodeSqlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_keyword.setForeground(QColor(0x1a, 0x4f, 0xb0));
    m_keyword.setFontWeight(QFont::DemiBold);
    m_function.setForeground(QColor(0x6a, 0x32, 0x9f));
    m_string.setForeground(QColor(0x2e, 0x7d, 0x32));
    m_number.setForeground(QColor(0xb2, 0x5b, 0x00));
    m_comment.setForeground(QColor(0x80, 0x80, 0x80));
    m_comment.setFontItalic(true);
    m_jinja.setForeground(QColor(0xad, 0x14, 0x57));
    m_jinja.setBackground(QColor(0xfc, 0xf0, 0xf5));
}

void NodeSqlHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*"));
    static const QRegularExpression number(QStringLiteral("\\b\\d+(\\.\\d+)?\\b"));

    // Words and numbers first; strings, comments and Jinja override them below.
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const qsizetype end = m.capturedEnd();
        if (keywords().contains(m.captured().toLower()))
            setFormat(int(m.capturedStart()), int(m.capturedLength()), m_keyword);
        else if (end < text.size() && text.at(end) == u'(')
            setFormat(int(m.capturedStart()), int(m.capturedLength()), m_function);
    }
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_number);
    }

    // One left-to-right scan for the spans that can contain each other's delimiters.
    int state = previousBlockState() < 0 ? Normal : previousBlockState();
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (state == InBlockComment || state == InJinja) {
            const QString close = state == InBlockComment ? QStringLiteral("*/") : QString();
            qsizetype end = -1;
            if (state == InBlockComment) {
                end = text.indexOf(close, i);
            } else {
                static const QRegularExpression jinjaClose(QStringLiteral("[}%#]}"));
                end = text.indexOf(jinjaClose, i);
            }
            const qsizetype stop = end < 0 ? n : end + 2;
            setFormat(int(i), int(stop - i), state == InBlockComment ? m_comment : m_jinja);
            i = stop;
            if (end >= 0)
                state = Normal;
            continue;
        }
        const QChar c = text.at(i);
        const QChar next = i + 1 < n ? text.at(i + 1) : QChar();
        if (c == u'-' && next == u'-') {
            setFormat(int(i), int(n - i), m_comment);
            break;
        }
        if (c == u'/' && next == u'*') {
            state = InBlockComment;
            continue;
        }
        if (c == u'{' && (next == u'{' || next == u'%' || next == u'#')) {
            state = InJinja;
            continue;
        }
        if (c == u'\'' || c == u'"') {
            qsizetype end = text.indexOf(c, i + 1);
            end = end < 0 ? n : end + 1;
            setFormat(int(i), int(end - i), m_string);
            i = end;
            continue;
        }
        ++i;
    }
    setCurrentBlockState(state);
}

} // namespace Dbtc::Ui
