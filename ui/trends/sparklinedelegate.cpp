// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/trends/sparklinedelegate.h"

#include "ui/widgets/palette.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Dbtc::Ui {

void SparklineDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    QStyledItemDelegate::paint(painter, base, {}); // background and selection only
    const QVariantList values = index.data(SparklineRole).toList();
    // Scaled between the node's own fastest and slowest slice: the shape is the point, a
    // steady node draws a flat line through the middle.
    double low = -1, top = 0;
    for (const QVariant &v : values) {
        const double d = v.toDouble();
        if (d >= 0) {
            low = low < 0 ? d : std::min(low, d);
            top = std::max(top, d);
        }
    }
    if (values.size() < 2 || low < 0) {
        return;
    }
    const double range = top - low;
    const QRectF r = QRectF(option.rect).adjusted(4, 4, -6, -4);
    const qreal step = r.width() / qreal(values.size() - 1);
    QPainterPath path;
    bool drawing = false;
    QPointF last;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const double v = values.at(i).toDouble();
        if (v < 0) {
            drawing = false; // no run in this slice: a gap, not a fake zero
            continue;
        }
        const qreal y =
            range > top * 1e-3 ? r.bottom() - r.height() * (v - low) / range : r.center().y();
        const QPointF at(r.left() + step * qreal(i), y);
        drawing ? path.lineTo(at) : path.moveTo(at);
        drawing = true;
        last = at;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor ink = selected ? option.palette.color(QPalette::HighlightedText)
                                : color(ColorRole::Link, option.palette);
    painter->setPen(QPen(ink, 1.5));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(ink);
    painter->drawEllipse(last, 2.5, 2.5);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(120, 22));
}

} // namespace Dbtc::Ui
