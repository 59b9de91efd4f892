// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Dbtc::Ui {

//! \brief SQL highlighting for compiled dbt code: keywords, functions, strings, numbers,
//! comments (line and block) and the Jinja left in raw code ({{ }}, {% %}).
class SqlHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlHighlighter)

public:
    explicit SqlHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    //! The formats follow the theme: rebuilt and reapplied when it changes.
    void applyTheme();

    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
    };

    QList<Rule> m_rules;
    QTextCharFormat m_comment;
};

} // namespace Dbtc::Ui
