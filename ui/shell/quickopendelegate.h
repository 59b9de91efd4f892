// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Dbtc::Ui {

//! \brief One palette entry on two lines: the name with the letters the user typed marked,
//! its kind on the right, and under it where it lives (account › project › environment),
//! elided from the left so the nearest level stays readable.
class QuickOpenDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickOpenDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter,
        const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Dbtc::Ui
