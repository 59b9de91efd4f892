// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Dbtc::Ui {

//! \brief Paints a run step row: status badge (colour + glyph), "4. Invoke dbt build", and the
//! duration on the right. Reads StatusRole and RunDetailSteps::DurationTextRole.
class RunDetailStepDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDetailStepDelegate)

public:
    explicit RunDetailStepDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter,
        const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Dbtc::Ui
