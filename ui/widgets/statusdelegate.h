// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Dbtc::Ui {

//! \brief Paints a run status cell: badge (colour + glyph), then the words. Running runs spin.
//! Takes its role through a setter and knows no model (Zeal's SearchItemDelegate).
class StatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusDelegate)

public:
    explicit StatusDelegate(QObject *parent = nullptr);

    void setStatusRole(int role) { m_statusRole = role; }
    //! Animation position in [0, 1); the owner advances it and repaints the viewport.
    void setPhase(qreal phase) { m_phase = phase; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_statusRole = Qt::UserRole;
    qreal m_phase = 0;
};

} // namespace Dbtc::Ui
