// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/statusdelegate.h"

#include "ui/widgets/statusstyle.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Dbtc::Ui {

StatusDelegate::StatusDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void StatusDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (m_resultStatusRole >= 0) {
        paintResultStatus(painter, opt, index);
        return;
    }
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, focus

    Api::RunStatus status = Api::RunStatus::Queued;
    const QVariant raw = index.data(m_statusRole);
    if (!raw.isValid() || !Api::runStatusFromInt(raw.toInt(), &status)) {
        return;
    }
    const int side = std::min(opt.rect.height() - 6, opt.fontMetrics.height() + 2);
    const QRect badge(opt.rect.left() + 6, opt.rect.center().y() - side / 2 + 1, side, side);
    paintStatusBadge(painter, badge, status);

    const QRect textRect = opt.rect.adjusted(badge.width() + 12, 0, -4, 0);
    painter->save();
    painter->setPen(opt.state & QStyle::State_Selected
            ? opt.palette.color(QPalette::HighlightedText)
            : opt.palette.color(QPalette::Text));
    if (status == Api::RunStatus::Error) {
        QFont f = opt.font;
        f.setBold(true); // the row the user came for stands out without relying on colour
        painter->setFont(f);
    }
    painter->drawText(textRect,
        Qt::AlignVCenter | Qt::AlignLeft,
        opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

void StatusDelegate::paintResultStatus(
    QPainter *painter, QStyleOptionViewItem &opt, const QModelIndex &index) const
{
    const StatusLook look = nodeStatusLook(index.data(m_resultStatusRole).toString());
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (look.words.isEmpty()) {
        return;
    }
    const bool selected = opt.state & QStyle::State_Selected;
    const QRect textRect = opt.rect.adjusted(4, 0, -4, 0);
    painter->save();
    painter->setPen(
        selected ? opt.palette.color(QPalette::HighlightedText) : color(look.role, opt.palette));
    painter->drawText(textRect,
        Qt::AlignVCenter | Qt::AlignLeft,
        opt.fontMetrics.elidedText(look.label(), Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    // room for the badge, or for the glyph and its space in front of node statuses
    s.setWidth(s.width()
        + (m_resultStatusRole >= 0 ? option.fontMetrics.horizontalAdvance(u"\u2716 "_s) + 8
                                   : option.fontMetrics.height() + 16));
    return s;
}

} // namespace Dbtc::Ui
