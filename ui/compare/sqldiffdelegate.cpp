// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/sqldiffdelegate.h"

#include "models/compare/sqldiffmodel.h"
#include "ui/widgets/palette.h"

#include <QPainter>
#include <QPoint>

namespace Dbtc::Ui {

using Model = Models::SqlDiffModel;

void SqlDiffDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int side = index.data(Model::SideKindRole).toInt();
    const bool oldSide =
        index.column() == Model::OldLineColumn || index.column() == Model::OldTextColumn;
    const bool textColumn =
        index.column() == Model::OldTextColumn || index.column() == Model::NewTextColumn;
    const QPalette &pal = option.palette;

    painter->save();
    QColor fill;
    switch (side) {
    case Model::SideRemoved:
        fill = color(ColorRole::ErrorBackground, pal);
        break;
    case Model::SideAdded:
        fill = color(ColorRole::SuccessBackground, pal);
        break;
    case Model::SideChanged:
        fill = color(oldSide ? ColorRole::ErrorBackground : ColorRole::SuccessBackground, pal);
        break;
    case Model::SideEmpty:
        fill = color(ColorRole::HeaderBackground, pal);
        break;
    default:
        fill = pal.color(QPalette::Base);
        break;
    }
    painter->fillRect(option.rect, fill);

    const QString text = index.data(Qt::DisplayRole).toString();
    const QFontMetrics fm(option.font);
    const int margin = 4;
    QRect r = option.rect.adjusted(margin, 0, -margin, 0);
    painter->setFont(option.font);
    if (!textColumn) {
        painter->setPen(color(ColorRole::Muted, pal));
        painter->drawText(r, Qt::AlignRight | Qt::AlignVCenter, text);
        painter->restore();
        return;
    }
    // The characters that differ, under the text: offsets measured in the same font.
    const QColor span = color(oldSide ? ColorRole::DiffRemovedSpan : ColorRole::DiffAddedSpan, pal);
    for (const QVariant &v : index.data(Model::ChangedSpansRole).toList()) {
        const QPoint s = v.toPoint();
        const int x0 = fm.horizontalAdvance(text.left(s.x()));
        const int width = fm.horizontalAdvance(text.mid(s.x(), s.y()));
        QRect hl(r.left() + x0, r.top() + 1, std::max(width, 2), r.height() - 2);
        painter->fillRect(hl.intersected(r), span);
    }
    painter->setPen(pal.color(QPalette::Text));
    painter->drawText(
        r, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(text, Qt::ElideRight, r.width()));
    painter->restore();
}

} // namespace Dbtc::Ui
