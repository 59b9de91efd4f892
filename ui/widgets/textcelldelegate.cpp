// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/textcelldelegate.h"

#include <QApplication>
#include <QPainter>

namespace Dbtc::Ui {

TextCellDelegate::TextCellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void TextCellDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background only (selection, alternate rows, hover); the text is ours.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &option, painter, widget);
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty()) {
        return;
    }
    const QVariant align = index.data(Qt::TextAlignmentRole);
    const int flags = align.isValid() ? align.toInt() : int(Qt::AlignLeft | Qt::AlignVCenter);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 2;
    const QRect r = option.rect.adjusted(margin, 0, -margin, 0);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = (option.state & QStyle::State_Enabled)
        ? ((option.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive)
        : QPalette::Disabled;
    painter->setPen(
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(option.font);
    painter->drawText(r,
        flags | Qt::TextSingleLine,
        option.fontMetrics.elidedText(text, Qt::ElideRight, r.width()));
}

} // namespace Dbtc::Ui
