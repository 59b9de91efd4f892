// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Dbtc::Ui {

//! \brief The inbox's state column: a small chip (new / recurring / flaky, or resolved) in the
//! palette's status colours, followed by "acknowledged" or "snoozed" in muted text.
class InboxLabelDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxLabelDelegate)

public:
    explicit InboxLabelDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter,
        const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Dbtc::Ui
