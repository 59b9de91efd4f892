// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Dbtc::Ui {

//! \brief Plain one-line text cells, painted with a single elided drawText. The stock delegate
//! lays every cell out with QTextLayout and asks the model for a dozen roles; on a live table
//! repainted several times a second that was most of the GUI thread's time (bench_console).
class TextCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextCellDelegate)

public:
    explicit TextCellDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter,
        const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
};

} // namespace Dbtc::Ui
