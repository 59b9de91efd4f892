// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Dbtc::Ui {

//! \brief Paints a status cell through the one status style: a run status (badge with glyph,
//! then the words; running runs spin with the shared SpinnerClock) or, once
//! setResultStatusRole() is called, a node result status ("✖ error" in the palette's colour).
//! Takes its roles through setters and knows no model (Zeal's SearchItemDelegate).
class StatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusDelegate)

public:
    explicit StatusDelegate(QObject *parent = nullptr);

    //! The role holding int(Api::RunStatus).
    void setStatusRole(int role) { m_statusRole = role; }

    //! The role holding a dbt result status as written ("error", "pass", ...); switches the
    //! delegate to node statuses.
    void setResultStatusRole(int role) { m_resultStatusRole = role; }

    void paint(QPainter *painter,
        const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintResultStatus(
        QPainter *painter, QStyleOptionViewItem &opt, const QModelIndex &index) const;

    int m_statusRole = Qt::UserRole;
    int m_resultStatusRole = -1;
};

} // namespace Dbtc::Ui
