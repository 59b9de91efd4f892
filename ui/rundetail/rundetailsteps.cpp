// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rundetail/rundetailsteps.h"

#include "models/common/roles.h"
#include "models/rundetail/rundetailsteps.h"
#include "ui/widgets/statusstyle.h"

#include <QApplication>
#include <QPainter>

namespace Dbtc::Ui {

RunDetailStepDelegate::RunDetailStepDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void RunDetailStepDelegate::paint(
    QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, p, widget);

    const auto status = Api::RunStatus(index.data(Models::StatusRole).toInt());
    const int step = index.data(Models::RunDetailSteps::StepIndexRole).toInt();
    const QString duration = index.data(Models::RunDetailSteps::DurationTextRole).toString();
    const QRect r = option.rect.adjusted(6, 0, -8, 0);
    const int icon = 18;
    statusIcon(status).paint(p, QRect(r.left(), r.center().y() - icon / 2, icon, icon));
    const bool selected = option.state & QStyle::State_Selected;
    p->save();
    p->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QFontMetrics fm(option.font);
    const int durW = fm.horizontalAdvance(duration) + 8;
    const QRect text(r.left() + icon + 8, r.top(), r.width() - icon - 8 - durW, r.height());
    QFont f = option.font;
    f.setBold(status == Api::RunStatus::Error);
    p->setFont(f);
    p->drawText(text,
        Qt::AlignVCenter | Qt::AlignLeft,
        QFontMetrics(f).elidedText(
            QStringLiteral("%1. %2").arg(step).arg(name), Qt::ElideRight, text.width()));
    p->setFont(option.font);
    if (!selected) {
        p->setPen(option.palette.color(QPalette::PlaceholderText));
    }
    p->drawText(QRect(r.right() - durW, r.top(), durW, r.height()),
        Qt::AlignVCenter | Qt::AlignRight,
        duration);
    p->restore();
}

QSize RunDetailStepDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(std::max(s.height(), option.fontMetrics.height() + 12));
    return s;
}

} // namespace Dbtc::Ui
