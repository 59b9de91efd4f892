// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/quickopendelegate.h"

#include "models/console/quickopenmodel.h"
#include "ui/widgets/palette.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace Dbtc::Ui {

namespace {

constexpr int kPad = 8;

//! Draws \a text at \a rect's left, elided to its width, with the letters at \a marks bold in
//! the highlight colour. Marks beyond the elision are simply not drawn.
void drawMarked(QPainter *p,
    const QRect &rect,
    const QString &text,
    const QList<int> &marks,
    const QFont &font,
    const QColor &normal,
    const QColor &marked,
    Qt::TextElideMode elide)
{
    const QFontMetrics fm(font);
    const QString shown = fm.elidedText(text, elide, rect.width());
    // Map a letter of \a text to the shown string: left elision keeps "…" + a suffix, right
    // elision a prefix + "…"; letters that were elided away are not marked.
    const bool elided = shown != text;
    const int kept = int(shown.size()) - (elided ? 1 : 0);
    auto shownIndex = [&](int m) {
        if (!elided) {
            return m;
        }
        if (elide == Qt::ElideLeft) {
            const int at = m - int(text.size() - kept) + 1;
            return at >= 1 ? at : -1;
        }
        return m < kept ? m : -1;
    };
    QList<QTextLayout::FormatRange> ranges;
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    bold.setForeground(marked);
    for (const int m : marks) {
        const int at = shownIndex(m);
        if (at >= 0 && at < shown.size()) {
            ranges.append({ at, 1, bold });
        }
    }
    QTextLayout layout(shown, font);
    layout.setFormats(ranges);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(rect.width() + fm.averageCharWidth()); // bold letters are wider
    layout.endLayout();
    p->setPen(normal);
    layout.draw(p, QPointF(rect.left(), rect.top() + (rect.height() - line.height()) / 2));
}

} // namespace

void QuickOpenDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &pal = opt.palette;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor sub = selected ? text : color(ColorRole::Muted, pal);
    const QColor mark = selected ? text : color(ColorRole::Accent, pal);

    painter->save();
    const QRect r = opt.rect.adjusted(kPad, 3, -kPad, -3);
    const int half = r.height() / 2;
    QFont nameFont = opt.font;
    QFont smallFont = opt.font;
    smallFont.setPointSizeF(opt.font.pointSizeF() * 0.88);

    // Kind on the right of the first line, the name in what is left.
    const QString kind = index.data(Models::QuickOpenModel::KindTextRole).toString()
        + (index.data(Models::QuickOpenModel::RecentRole).toBool() ? tr(" · recent") : QString());
    const QFontMetrics sfm(smallFont);
    const int kindWidth = sfm.horizontalAdvance(kind);
    painter->setFont(smallFont);
    painter->setPen(sub);
    const QRect kindRect(r.right() - kindWidth, r.top(), kindWidth, half);
    painter->drawText(kindRect, Qt::AlignRight | Qt::AlignVCenter, kind);

    const QRect nameRect(r.left(), r.top(), r.width() - kindWidth - kPad, half);
    drawMarked(painter,
        nameRect,
        index.data(Qt::DisplayRole).toString(),
        index.data(Models::QuickOpenModel::NameMatchesRole).value<QList<int>>(),
        nameFont,
        text,
        mark,
        Qt::ElideRight);
    const QRect placeRect(r.left(), r.top() + half, r.width(), r.height() - half);
    drawMarked(painter,
        placeRect,
        index.data(Models::QuickOpenModel::PlaceRole).toString(),
        index.data(Models::QuickOpenModel::PlaceMatchesRole).value<QList<int>>(),
        smallFont,
        sub,
        mark,
        Qt::ElideLeft);
    painter->restore();
}

QSize QuickOpenDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return { 200, fm.height() * 2 + 10 };
}

} // namespace Dbtc::Ui
