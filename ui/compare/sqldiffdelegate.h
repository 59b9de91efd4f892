// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Dbtc::Ui {

//! \brief Paints one side of a SqlDiffModel row: a red tint for a removed or changed old
//! line, green for an added or changed new line, a stronger tint under the characters that
//! differ, and a muted fill where the side has no line. Text in the view's (monospace) font.
class SqlDiffDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter,
        const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
};

} // namespace Dbtc::Ui
