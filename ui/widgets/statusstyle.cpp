// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/statusstyle.h"

#include "models/common/statustext.h"
#include "ui/widgets/spinnerclock.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Dbtc::Ui {

namespace {

using Api::RunStatus;
using Models::ResultKind;

enum class Glyph { Tick, Cross, Dash, Play, Arc, Clock, Bang, Dot };

Glyph glyphOf(RunStatus status)
{
    switch (status) {
    case RunStatus::Success:
        return Glyph::Tick;
    case RunStatus::Error:
        return Glyph::Cross;
    case RunStatus::Cancelled:
        return Glyph::Dash;
    case RunStatus::Running:
        return Glyph::Play;
    case RunStatus::Starting:
        return Glyph::Arc;
    case RunStatus::Queued:
        return Glyph::Clock;
    }
    return Glyph::Dot;
}

Glyph glyphOf(ResultKind kind)
{
    switch (kind) {
    case ResultKind::Success:
        return Glyph::Tick;
    case ResultKind::Error:
    case ResultKind::Fail:
        return Glyph::Cross;
    case ResultKind::Warn:
        return Glyph::Bang;
    case ResultKind::Skipped:
        return Glyph::Dash;
    case ResultKind::Unknown:
        break;
    }
    return Glyph::Dot;
}

void paintGlyph(QPainter &p, Glyph glyph, const QRectF &r)
{
    const QColor on = color(ColorRole::OnStatus);
    QPen pen(on, r.width() * 0.12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const QPointF c = r.center();
    const qreal u = r.width() / 10.0;
    switch (glyph) {
    case Glyph::Tick: {
        QPainterPath tick;
        tick.moveTo(c + QPointF(-2.6 * u, 0.2 * u));
        tick.lineTo(c + QPointF(-0.8 * u, 2.0 * u));
        tick.lineTo(c + QPointF(2.8 * u, -1.8 * u));
        p.drawPath(tick);
        break;
    }
    case Glyph::Cross:
        p.drawLine(c + QPointF(-2 * u, -2 * u), c + QPointF(2 * u, 2 * u));
        p.drawLine(c + QPointF(2 * u, -2 * u), c + QPointF(-2 * u, 2 * u));
        break;
    case Glyph::Dash:
        p.drawLine(c + QPointF(-2.4 * u, 0), c + QPointF(2.4 * u, 0));
        break;
    case Glyph::Play: {
        QPainterPath play;
        play.moveTo(c + QPointF(-1.4 * u, -2.4 * u));
        play.lineTo(c + QPointF(2.4 * u, 0));
        play.lineTo(c + QPointF(-1.4 * u, 2.4 * u));
        play.closeSubpath();
        p.setBrush(on);
        p.drawPath(play);
        break;
    }
    case Glyph::Arc:
        p.drawArc(QRectF(c.x() - 2.4 * u, c.y() - 2.4 * u, 4.8 * u, 4.8 * u), 90 * 16, 270 * 16);
        break;
    case Glyph::Clock:
        p.drawLine(c, c + QPointF(0, -2.4 * u));
        p.drawLine(c, c + QPointF(1.8 * u, 1.0 * u));
        break;
    case Glyph::Bang:
        p.drawLine(c + QPointF(0, -2.6 * u), c + QPointF(0, 0.6 * u));
        p.drawPoint(c + QPointF(0, 2.4 * u));
        break;
    case Glyph::Dot:
        p.setBrush(on);
        p.drawEllipse(c, u, u);
        break;
    }
}

QIcon badgeIcon(ColorRole role, Glyph glyph)
{
    // Keyed by theme too: a theme switch must not keep the other theme's badges.
    static QHash<int, QIcon> cache;
    const int key = (int(role) * 16 + int(glyph)) * 2 + int(isDark());
    if (auto it = cache.constFind(key); it != cache.cend()) {
        return *it;
    }
    QIcon icon;
    for (const int size : { 16, 24, 32, 48, 64 }) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF r(0.5, 0.5, size - 1.0, size - 1.0);
        p.setPen(Qt::NoPen);
        p.setBrush(color(role));
        p.drawEllipse(r);
        paintGlyph(p, glyph, r);
        p.end();
        icon.addPixmap(pm);
    }
    cache.insert(key, icon);
    return icon;
}

} // namespace

StatusLook statusLook(RunStatus status)
{
    switch (status) {
    case RunStatus::Queued:
        return { ColorRole::Queued, QStringLiteral("\u25f7"), statusText(status) };
    case RunStatus::Starting:
        return { ColorRole::Starting, QStringLiteral("\u25cc"), statusText(status) };
    case RunStatus::Running:
        return { ColorRole::Running, QStringLiteral("\u25b6"), statusText(status) };
    case RunStatus::Success:
        return { ColorRole::Success, QStringLiteral("\u2714"), statusText(status) };
    case RunStatus::Error:
        return { ColorRole::Error, QStringLiteral("\u2716"), statusText(status) };
    case RunStatus::Cancelled:
        return { ColorRole::Cancelled, QStringLiteral("\u2298"), statusText(status) };
    }
    return { ColorRole::Muted, QStringLiteral("\u2022"), statusText(status) };
}

StatusLook nodeStatusLook(ResultKind kind, const QString &words)
{
    switch (kind) {
    case ResultKind::Error:
    case ResultKind::Fail:
        return { ColorRole::Error, QStringLiteral("\u2716"), words }; // heavy x
    case ResultKind::Warn:
        return { ColorRole::Warning, QStringLiteral("\u25b2"), words }; // triangle
    case ResultKind::Skipped:
        return { ColorRole::Muted, QStringLiteral("\u25cb"), words }; // circle
    case ResultKind::Success:
        return { ColorRole::Success, QStringLiteral("\u2714"), words }; // check
    case ResultKind::Unknown:
        break;
    }
    return { ColorRole::Muted, QStringLiteral("\u2022"), words };
}

StatusLook nodeStatusLook(QStringView status)
{
    if (status.isEmpty()) {
        return { ColorRole::Muted, QString(), QString() };
    }
    const QByteArray utf8 = status.toUtf8();
    return nodeStatusLook(
        Models::resultKind(std::string_view(utf8.constData(), std::size_t(utf8.size()))),
        status.toString());
}

QColor statusColor(RunStatus status)
{
    return statusLook(status).color();
}

QString statusText(RunStatus status)
{
    return Models::runStatusLabel(status);
}

QIcon statusIcon(RunStatus status)
{
    return badgeIcon(statusLook(status).role, glyphOf(status));
}

QIcon nodeStatusIcon(QStringView status)
{
    const QByteArray utf8 = status.toUtf8();
    const ResultKind kind =
        Models::resultKind(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    return badgeIcon(nodeStatusLook(kind, QString()).role, glyphOf(kind));
}

void paintStatusBadge(QPainter *painter, const QRectF &rect, RunStatus status)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor fill = statusColor(status);
    const qreal inset = status == RunStatus::Running ? rect.width() * 0.14 : 0.0;
    const QRectF badge = rect.adjusted(inset, inset, -inset, -inset);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawEllipse(badge);
    paintGlyph(*painter, glyphOf(status), badge);
    if (status == RunStatus::Running) {
        QPen ring(fill, std::max<qreal>(1.5, rect.width() * 0.1), Qt::SolidLine, Qt::RoundCap);
        painter->setPen(ring);
        painter->setBrush(Qt::NoBrush);
        const QRectF r = rect.adjusted(1, 1, -1, -1);
        painter->drawArc(r, int(-SpinnerClock::instance()->phase() * 360 * 16), 100 * 16);
    }
    painter->restore();
}

} // namespace Dbtc::Ui
