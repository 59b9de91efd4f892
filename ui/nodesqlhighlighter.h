// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Dbtc::Ui {

//! \brief SQL + Jinja colouring for model code: keywords, strings, numbers, comments
//! (-- line and /* block */) and {{ }} / {% %} / {# #} Jinja spans, so ref()/source() calls
//! stand out in raw SQL.
class NodeSqlHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeSqlHighlighter)

public:
    explicit NodeSqlHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_keyword, m_function, m_string, m_number, m_comment, m_jinja;
};

} // namespace Dbtc::Ui
