// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inbox/inboxlabeldelegate.h"

#include "models/history/inboxmodel.h"
#include "ui/widgets/palette.h"

#include <QApplication>
#include <QPainter>

namespace Dbtc::Ui {

namespace {

ColorRole chipRole(const QModelIndex &index)
{
    if (index.data(Models::InboxModel::ResolvedRole).toBool()) {
        return ColorRole::Success;
    }
    switch (Models::InboxLabel(index.data(Models::InboxModel::LabelRole).toInt())) {
    case Models::InboxLabel::New:
        return ColorRole::Error;
    case Models::InboxLabel::Recurring:
        return ColorRole::Warning;
    case Models::InboxLabel::Flaky:
        return ColorRole::Running;
    }
    return ColorRole::Muted;
}

QString chipText(const QModelIndex &index)
{
    const auto label = Models::InboxLabel(index.data(Models::InboxModel::LabelRole).toInt());
    const QString text = Models::InboxModel::labelText(label);
    return index.data(Models::InboxModel::ResolvedRole).toBool()
        ? InboxLabelDelegate::tr("resolved · %1").arg(text)
        : text;
}

QString noteText(const QModelIndex &index)
{
    if (index.data(Models::InboxModel::AcknowledgedRole).toBool()) {
        return InboxLabelDelegate::tr("acknowledged");
    }
    if (index.data(Models::InboxModel::SnoozedRole).toBool()) {
        return InboxLabelDelegate::tr("snoozed");
    }
    return {};
}

constexpr int kPadX = 7;
constexpr int kGap = 6;

} // namespace

InboxLabelDelegate::InboxLabelDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void InboxLabelDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont chipFont = option.font;
    chipFont.setPointSizeF(option.font.pointSizeF() * 0.9);
    chipFont.setBold(true);
    const QFontMetrics fm(chipFont);
    const QString text = chipText(index);
    const int h = fm.height() + 4;
    const QRect chip(option.rect.left() + 6,
        option.rect.center().y() - h / 2 + 1,
        fm.horizontalAdvance(text) + 2 * kPadX,
        h);
    const QColor base = color(chipRole(index), option.palette);
    const bool resolved = index.data(Models::InboxModel::ResolvedRole).toBool();
    QColor fill = base;
    fill.setAlphaF(resolved ? 0.16F : 0.22F);
    painter->setPen(QPen(base, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), h / 2.0, h / 2.0);
    painter->setFont(chipFont);
    painter->setPen(option.state & QStyle::State_Selected
            ? option.palette.color(QPalette::HighlightedText)
            : option.palette.color(QPalette::Text));
    painter->drawText(chip, Qt::AlignCenter, text);

    const QString note = noteText(index);
    if (!note.isEmpty()) {
        painter->setFont(option.font);
        painter->setPen(color(ColorRole::Muted, option.palette));
        const QRect rest(chip.right() + kGap,
            option.rect.top(),
            option.rect.right() - chip.right() - kGap,
            option.rect.height());
        painter->drawText(rest, Qt::AlignVCenter | Qt::AlignLeft, note);
    }
    painter->restore();
}

QSize InboxLabelDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont chipFont = option.font;
    chipFont.setPointSizeF(option.font.pointSizeF() * 0.9);
    chipFont.setBold(true);
    const int chip = QFontMetrics(chipFont).horizontalAdvance(chipText(index)) + 2 * kPadX;
    const QString note = noteText(index);
    const int noteWidth = note.isEmpty() ? 0 : kGap + option.fontMetrics.horizontalAdvance(note);
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(12 + chip + noteWidth);
    size.setHeight(std::max(size.height(), QFontMetrics(chipFont).height() + 10));
    return size;
}

} // namespace Dbtc::Ui
