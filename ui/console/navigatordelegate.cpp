// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/navigatordelegate.h"

#include "api/types/runstatus.h"
#include "models/common/timetext.h"
#include "ui/widgets/statusstyle.h"

#include <QApplication>
#include <QPainter>

namespace Dbtc::Ui {

namespace {

// The tree kinds as the model numbers them (models/console/treeitem.h TreeNodeKind).
enum Kind { Connection, Account, Project, Environment, Job };

void paintKindBadge(QPainter *p, const QRect &r, int kind, const QPalette &pal)
{
    static constexpr ColorRole roles[] = { ColorRole::KindConnection,
        ColorRole::KindAccount,
        ColorRole::KindProject,
        ColorRole::KindEnvironment };
    static const char letters[] = { 'C', 'A', 'P', 'E' };
    if (kind < Connection || kind > Environment) {
        return;
    }
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(Qt::NoPen);
    p->setBrush(color(roles[kind], pal));
    p->drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    QFont f = p->font();
    f.setBold(true);
    f.setPixelSize(std::max(8, int(r.height() * 0.62)));
    p->setFont(f);
    p->setPen(color(ColorRole::OnStatus, pal));
    p->drawText(r, Qt::AlignCenter, QString(QLatin1Char(letters[kind])));
    p->restore();
}

} // namespace

NavigatorDelegate::NavigatorDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void NavigatorDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int kind = index.data(m_roles.kind).toInt();
    const bool selected = opt.state & QStyle::State_Selected;
    const bool stale = index.data(m_roles.stale).toBool();
    const QColor textColor =
        opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = textColor;
    dim.setAlphaF(0.6f);

    const int lineH = opt.fontMetrics.height();
    const int side = lineH;
    const QRect firstLine(opt.rect.left(), opt.rect.top() + 3, opt.rect.width(), lineH);
    const QRect badge(firstLine.left() + 2, firstLine.top(), side, side);
    if (kind == Job) {
        Api::RunStatus status = Api::RunStatus::Queued;
        const QVariant raw = index.data(m_roles.status);
        if (raw.isValid() && Api::runStatusFromInt(raw.toInt(), &status)) {
            paintStatusBadge(painter, badge, status);
        } else {
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(QPen(dim, 1.5, Qt::DashLine));
            painter->drawEllipse(QRectF(badge).adjusted(2, 2, -2, -2)); // never ran
            painter->restore();
        }
    } else {
        paintKindBadge(painter, badge.adjusted(1, 1, -1, -1), kind, opt.palette);
    }

    painter->save();
    QFont font = opt.font;
    font.setItalic(stale);
    font.setBold(kind == Connection);
    painter->setFont(font);
    painter->setPen(stale ? dim : textColor);
    QRect textRect = firstLine.adjusted(side + 8, 0, -4, 0);
    if (kind == Job && m_watched && m_watched(index)) {
        // A gold star at the right edge; the name gives way to it.
        const int starW = opt.fontMetrics.horizontalAdvance(QStringLiteral("★")) + 4;
        const QRect star(textRect.right() - starW, textRect.top(), starW, textRect.height());
        painter->setPen(selected ? textColor : color(ColorRole::Star, opt.palette));
        painter->drawText(star, Qt::AlignCenter, QStringLiteral("★"));
        painter->setPen(stale ? dim : textColor);
        textRect.setRight(star.left() - 2);
    }
    QString suffix;
    if (index.data(m_roles.loading).toBool()) {
        suffix = QStringLiteral("  loading…");
    } else if (!index.data(m_roles.error).toString().isEmpty()) {
        suffix = QStringLiteral("  ⚠ failed to load");
    }
    const QString shown = opt.fontMetrics.elidedText(name, Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, shown);
    if (!suffix.isEmpty()) {
        const int used = QFontMetrics(font).horizontalAdvance(shown);
        painter->setPen(dim);
        painter->drawText(
            textRect.adjusted(used, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, suffix);
    }
    if (kind == Job) {
        QFont small = opt.font;
        small.setPointSizeF(std::max(7.0, opt.font.pointSizeF() * 0.88));
        painter->setFont(small);
        painter->setPen(dim);
        QString second = index.data(m_roles.schedule).toString();
        const QDateTime next = index.data(m_roles.nextRun).toDateTime();
        if (next.isValid()) {
            second += QStringLiteral(" · next ")
                + Models::relativeTimeText(next, QDateTime::currentDateTimeUtc());
        }
        const QRect secondLine = textRect.translated(0, lineH);
        painter->drawText(secondLine,
            Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(small).elidedText(second, Qt::ElideRight, secondLine.width()));
    }
    painter->restore();
}

QSize NavigatorDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int lineH = option.fontMetrics.height();
    const bool job = index.data(m_roles.kind).toInt() == Job;
    return { option.fontMetrics.horizontalAdvance(index.data().toString()) + lineH + 40,
        job ? 2 * lineH + 6 : lineH + 8 };
}

} // namespace Dbtc::Ui
