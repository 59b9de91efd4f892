// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/artifacts/graphminimap.h"

#include "models/artifacts/graphscene.h"
#include "ui/artifacts/graphpainter.h"
#include "ui/widgets/palette.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace Dbtc::Ui {

GraphMinimap::GraphMinimap(QWidget *parent)
    : QWidget(parent)
{
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("The whole graph: click or drag to move the view"));
    setAccessibleName(tr("Minimap"));
}

void GraphMinimap::setScene(std::shared_ptr<const Models::GraphScene> scene)
{
    m_scene = std::move(scene);
    render();
    update();
}

void GraphMinimap::setViewport(const QRectF &sceneRect)
{
    if (sceneRect == m_viewport) {
        return;
    }
    m_viewport = sceneRect;
    update();
}

QRectF GraphMinimap::mapArea() const
{
    return QRectF(rect()).adjusted(4, 4, -4, -4);
}

QPointF GraphMinimap::toMap(const QPointF &p) const
{
    return (p - m_origin) * m_scale;
}

QPointF GraphMinimap::toScene(const QPointF &mapPoint) const
{
    return mapPoint / m_scale + m_origin;
}

void GraphMinimap::render()
{
    m_overview = {};
    if (!m_scene || m_scene->layout().vertices.empty() || width() < 10 || height() < 10) {
        return;
    }
    const QRectF area = mapArea();
    const QRectF b = m_scene->bounds();
    m_scale = std::min(area.width() / std::max<qreal>(b.width(), 1),
        area.height() / std::max<qreal>(b.height(), 1));
    // centre the graph in the map
    const QSizeF drawn = b.size() * m_scale;
    const QPointF pad((area.width() - drawn.width()) / 2, (area.height() - drawn.height()) / 2);
    m_origin = b.topLeft() - (area.topLeft() + pad) / m_scale;
    const qreal dpr = devicePixelRatioF();
    m_overview = QImage((QSizeF(size()) * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    m_overview.setDevicePixelRatio(dpr);
    m_overview.fill(Qt::transparent);
    QPainter p(&m_overview);
    p.scale(m_scale, m_scale);
    p.translate(-m_origin);
    GraphPainter(*m_scene, isDark(palette())).paintOverview(p);
}

void GraphMinimap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const bool dark = isDark(palette());
    QColor back = color(ColorRole::Surface, dark);
    p.setPen(QPen(color(ColorRole::SurfaceLine, dark), 1));
    p.setBrush(back);
    p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    if (m_overview.isNull()) {
        return;
    }
    p.drawImage(QPointF(0, 0), m_overview);
    QRectF view(toMap(m_viewport.topLeft()), toMap(m_viewport.bottomRight()));
    // a view smaller than a few pixels is still a visible mark
    if (view.width() < 6 || view.height() < 6) {
        view = QRectF(view.center() - QPointF(3, 3), QSizeF(6, 6));
    }
    QColor fill = color(ColorRole::Accent, dark);
    fill.setAlphaF(0.18f);
    p.setPen(QPen(color(ColorRole::Accent, dark), 1.5));
    p.setBrush(fill);
    p.drawRect(view.intersected(QRectF(rect()).adjusted(1, 1, -1, -1)));
}

void GraphMinimap::resizeEvent(QResizeEvent *)
{
    render();
}

void GraphMinimap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_scene) {
        emit panRequested(toScene(event->position()));
    }
}

void GraphMinimap::mouseMoveEvent(QMouseEvent *event)
{
    if ((event->buttons() & Qt::LeftButton) && m_scene) {
        emit panRequested(toScene(event->position()));
    }
}

void GraphMinimap::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        render(); // the overview's colours follow the theme
    }
    QWidget::changeEvent(event);
}

} // namespace Dbtc::Ui
