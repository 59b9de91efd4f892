// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/statusstyle.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Dbtc::Ui {

namespace {

using Api::RunStatus;

void paintGlyph(QPainter &p, RunStatus status, const QRectF &r)
{
    QPen pen(Qt::white, r.width() * 0.12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const QPointF c = r.center();
    const qreal u = r.width() / 10.0;
    switch (status) {
    case RunStatus::Success: {
        QPainterPath tick;
        tick.moveTo(c + QPointF(-2.6 * u, 0.2 * u));
        tick.lineTo(c + QPointF(-0.8 * u, 2.0 * u));
        tick.lineTo(c + QPointF(2.8 * u, -1.8 * u));
        p.drawPath(tick);
        break;
    }
    case RunStatus::Error:
        p.drawLine(c + QPointF(-2 * u, -2 * u), c + QPointF(2 * u, 2 * u));
        p.drawLine(c + QPointF(2 * u, -2 * u), c + QPointF(-2 * u, 2 * u));
        break;
    case RunStatus::Cancelled:
        p.drawLine(c + QPointF(-2.4 * u, 0), c + QPointF(2.4 * u, 0));
        break;
    case RunStatus::Running: {
        QPainterPath play;
        play.moveTo(c + QPointF(-1.4 * u, -2.4 * u));
        play.lineTo(c + QPointF(2.4 * u, 0));
        play.lineTo(c + QPointF(-1.4 * u, 2.4 * u));
        play.closeSubpath();
        p.setBrush(Qt::white);
        p.drawPath(play);
        break;
    }
    case RunStatus::Starting:
        p.drawArc(QRectF(c.x() - 2.4 * u, c.y() - 2.4 * u, 4.8 * u, 4.8 * u), 90 * 16, 270 * 16);
        break;
    case RunStatus::Queued:
        p.drawLine(c, c + QPointF(0, -2.4 * u));
        p.drawLine(c, c + QPointF(1.8 * u, 1.0 * u));
        break;
    }
}

} // namespace

QColor statusColor(RunStatus status)
{
    switch (status) {
    case RunStatus::Queued: return QColor(0x8a, 0x8f, 0x98);
    case RunStatus::Starting: return QColor(0x5b, 0xb4, 0xe5);
    case RunStatus::Running: return QColor(0x1f, 0x6f, 0xd1);
    case RunStatus::Success: return QColor(0x2e, 0x9d, 0x4f);
    case RunStatus::Error: return QColor(0xd6, 0x3b, 0x3b);
    case RunStatus::Cancelled: return QColor(0xe0, 0x9b, 0x1a);
    }
    return Qt::gray;
}

QIcon statusIcon(RunStatus status)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(status));
    if (it != cache.end()) {
        return *it;
    }
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF r(0.5, 0.5, size - 1.0, size - 1.0);
        p.setPen(Qt::NoPen);
        p.setBrush(statusColor(status));
        p.drawEllipse(r);
        paintGlyph(p, status, r);
        p.end();
        icon.addPixmap(pm);
    }
    cache.insert(int(status), icon);
    return icon;
}

void paintStatusBadge(QPainter *painter, const QRectF &rect, RunStatus status, qreal phase)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal inset = status == RunStatus::Running ? rect.width() * 0.14 : 0.0;
    const QRectF badge = rect.adjusted(inset, inset, -inset, -inset);
    painter->setPen(Qt::NoPen);
    painter->setBrush(statusColor(status));
    painter->drawEllipse(badge);
    paintGlyph(*painter, status, badge);
    if (status == RunStatus::Running) {
        QPen ring(statusColor(status), std::max<qreal>(1.5, rect.width() * 0.1), Qt::SolidLine,
                  Qt::RoundCap);
        painter->setPen(ring);
        painter->setBrush(Qt::NoBrush);
        const QRectF r = rect.adjusted(1, 1, -1, -1);
        painter->drawArc(r, int(-phase * 360 * 16), 100 * 16);
    }
    painter->restore();
}

QString statusText(RunStatus status)
{
    return Api::runStatusText(status);
}

} // namespace Dbtc::Ui
