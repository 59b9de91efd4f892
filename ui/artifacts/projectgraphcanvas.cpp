// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/artifacts/projectgraphcanvas.h"

#include "artifacts/artifactindex.h"
#include "models/artifacts/graphscene.h"
#include "ui/artifacts/graphminimap.h"
#include "ui/widgets/palette.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Dbtc::Ui {

using Models::LayoutVertex;

namespace {

constexpr qreal kMinScale = 0.0005, kMaxScale = 3.0;
constexpr QSize kMinimapSize(220, 140);
// A revealed vertex is shown this tall on screen: labelled, with room for its neighbours.
constexpr qreal kRevealPixelHeight = 40;

} // namespace

ProjectGraphCanvas::ProjectGraphCanvas(QWidget *parent)
    : QWidget(parent)
    , m_minimap(new GraphMinimap(this))
{
    setMouseTracking(true);
    setMinimumSize(240, 180);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent); // we fill every pixel: skip Qt's background erase
    setAccessibleName(tr("Project graph"));
    m_minimap->resize(kMinimapSize);
    m_minimap->hide();
    connect(m_minimap, &GraphMinimap::panRequested, this, &ProjectGraphCanvas::centerOn);
}

ProjectGraphCanvas::~ProjectGraphCanvas() = default;

void ProjectGraphCanvas::setScene(std::shared_ptr<const Models::GraphScene> scene, bool keepView)
{
    m_scene = std::move(scene);
    m_painter = m_scene ? std::make_unique<GraphPainter>(*m_scene, isDark(palette())) : nullptr;
    m_highlight = {};
    m_minimap->setScene(m_scene);
    placeMinimap();
    if (!keepView || !m_userMoved) {
        m_userMoved = false;
        fitToView();
    } else {
        viewMoved();
    }
}

GraphLod ProjectGraphCanvas::lod() const
{
    return lodForPixelHeight((m_scene ? m_scene->typicalHeight() : 40) * m_scale);
}

QRectF ProjectGraphCanvas::visibleScene() const
{
    return QRectF(-m_offset / m_scale, QSizeF(size()) / m_scale);
}

QPointF ProjectGraphCanvas::toScene(const QPointF &widgetPoint) const
{
    return (widgetPoint - m_offset) / m_scale;
}

QRectF ProjectGraphCanvas::toWidget(const QRectF &sceneRect) const
{
    return QRectF(sceneRect.topLeft() * m_scale + m_offset, sceneRect.size() * m_scale);
}

int ProjectGraphCanvas::vertexAt(const QPoint &pos) const
{
    if (!m_scene) {
        return -1;
    }
    const QPointF p = toScene(QPointF(pos));
    int v = m_scene->vertexAt(p);
    if (v < 0 && lod() == GraphLod::Dots) {
        // far away a vertex is a 2-pixel speck: accept a click within 3 pixels of it
        const qreal slack = 3 / m_scale;
        std::vector<std::uint32_t> near;
        m_scene->verticesIn(QRectF(p - QPointF(slack, slack), QSizeF(2 * slack, 2 * slack)), near);
        qreal best = slack * slack * 2;
        for (std::uint32_t n : near) {
            const LayoutVertex &vx = m_scene->layout().vertices[n];
            if (vx.kind == LayoutVertex::Kind::Dummy) {
                continue;
            }
            const QPointF d = vx.rect.center() - p;
            const qreal dist = d.x() * d.x() + d.y() * d.y();
            if (dist < best) {
                best = dist;
                v = int(n);
            }
        }
    }
    return v;
}

void ProjectGraphCanvas::setZoom(qreal scale, const QPointF &anchor)
{
    scale = std::clamp(scale, kMinScale, kMaxScale);
    m_userMoved = true;
    const QPointF sceneAnchor = toScene(anchor);
    m_scale = scale;
    m_offset = anchor - sceneAnchor * m_scale;
    viewMoved();
}

void ProjectGraphCanvas::zoomBy(qreal factor)
{
    setZoom(m_scale * factor, QPointF(width() / 2.0, height() / 2.0));
}

void ProjectGraphCanvas::fitToView()
{
    if (!m_scene || width() <= 0 || height() <= 0 || m_scene->bounds().isEmpty()) {
        m_scale = 1;
        m_offset = {};
        viewMoved();
        return;
    }
    const QRectF b = m_scene->bounds().adjusted(-20, -20, 20, 20);
    m_scale = std::clamp(std::min(width() / b.width(), height() / b.height()), kMinScale, 1.0);
    m_offset = QPointF(width() / 2.0, height() / 2.0) - b.center() * m_scale;
    viewMoved();
}

void ProjectGraphCanvas::centerOn(const QPointF &scenePoint)
{
    m_userMoved = true;
    m_offset = QPointF(width() / 2.0, height() / 2.0) - scenePoint * m_scale;
    viewMoved();
}

void ProjectGraphCanvas::revealVertex(int v)
{
    if (!m_scene || v < 0 || std::size_t(v) >= m_scene->layout().vertices.size()) {
        return;
    }
    const QRectF r = m_scene->layout().vertices[std::size_t(v)].rect;
    m_scale = std::clamp(kRevealPixelHeight / std::max<qreal>(r.height(), 1), kMinScale, kMaxScale);
    centerOn(r.center());
    setSelectedVertex(v);
}

void ProjectGraphCanvas::setSelectedVertex(int v)
{
    m_highlight.selected = v;
    m_highlight.pathFrom = m_highlight.pathTo = -1;
    refocus();
}

void ProjectGraphCanvas::setPath(int a, int b)
{
    m_highlight.pathFrom = a;
    m_highlight.pathTo = b;
    if (a >= 0) {
        m_highlight.selected = a;
    }
    refocus();
}

void ProjectGraphCanvas::refocus()
{
    // a path wins over hover and selection; hover previews, selection stays
    m_highlight.lit.clear();
    if (m_scene) {
        const std::size_t n = m_scene->layout().vertices.size();
        auto valid = [n](int v) {
            return v >= 0 && std::size_t(v) < n;
        };
        if (valid(m_highlight.pathFrom) && valid(m_highlight.pathTo)) {
            m_highlight.lit = m_scene->pathBetween(
                std::uint32_t(m_highlight.pathFrom), std::uint32_t(m_highlight.pathTo));
        } else if (valid(m_highlight.hover)) {
            m_highlight.lit = m_scene->lineageOf(std::uint32_t(m_highlight.hover));
        } else if (valid(m_highlight.selected)) {
            m_highlight.lit = m_scene->lineageOf(std::uint32_t(m_highlight.selected));
        }
    }
    update();
}

void ProjectGraphCanvas::viewMoved()
{
    m_minimap->setViewport(visibleScene());
    // a map of what is all on screen anyway only hides part of it
    m_minimap->setVisible(m_scene && !m_scene->layout().vertices.empty()
        && !visibleScene().contains(m_scene->bounds()));
    update();
    emit viewChanged();
}

void ProjectGraphCanvas::placeMinimap()
{
    m_minimap->move(width() - m_minimap->width() - 10, height() - m_minimap->height() - 10);
}

bool ProjectGraphCanvas::onChevron(int v, const QPointF &scenePoint) const
{
    if (v < 0 || lod() != GraphLod::Labels) {
        return false;
    }
    const LayoutVertex &vx = m_scene->layout().vertices[std::size_t(v)];
    return vx.kind == LayoutVertex::Kind::Group && scenePoint.x() >= vx.rect.right() - 22;
}

void ProjectGraphCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const bool dark = isDark(palette());
    // A canvas, not a form: its own surface colour (per theme) sets the graph off the window.
    p.fillRect(rect(), color(ColorRole::Surface, dark));
    if (!m_scene || m_scene->layout().vertices.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("Open a manifest to see the whole project."));
        return;
    }
    p.translate(m_offset);
    p.scale(m_scale, m_scale);
    m_painter->paint(p, visibleScene(), m_scale, m_highlight);
}

void ProjectGraphCanvas::resizeEvent(QResizeEvent *)
{
    placeMinimap();
    if (!m_userMoved) {
        fitToView();
    } else {
        viewMoved();
    }
}

void ProjectGraphCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position().toPoint();
    m_pressOffset = m_offset;
}

void ProjectGraphCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressed && (m_dragging || (pos - m_pressPos).manhattanLength() > 4)) {
        m_dragging = true;
        m_userMoved = true;
        setCursor(Qt::ClosedHandCursor);
        m_offset = m_pressOffset + QPointF(pos - m_pressPos);
        viewMoved();
        return;
    }
    const int v = vertexAt(pos);
    if (v == m_highlight.hover) {
        return;
    }
    m_highlight.hover = v;
    setCursor(v >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QString tip;
    if (v >= 0) {
        const LayoutVertex &vx = m_scene->layout().vertices[std::size_t(v)];
        if (vx.kind == LayoutVertex::Kind::Group) {
            const auto &g = m_scene->layout().groups[vx.ref];
            tip = tr("%1: %n node(s), double-click to open", nullptr, int(g.totalMembers))
                      .arg(g.label);
        } else if (m_scene->index() && vx.ref < m_scene->index()->entities().size()) {
            tip = Models::toQString(m_scene->index()->entities()[vx.ref].uniqueId);
        }
    }
    setToolTip(tip);
    refocus();
}

void ProjectGraphCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        return;
    }
    m_pressed = false;
    unsetCursor();
    if (m_dragging) {
        m_dragging = false;
        return;
    }
    const QPointF scenePoint = toScene(event->position());
    const int v = vertexAt(event->position().toPoint());
    if (v < 0) {
        const int frame = lod() == GraphLod::Labels ? m_scene->frameAt(scenePoint) : -1;
        if (frame >= 0) {
            emit collapseRequested(frame);
        }
        return;
    }
    if (onChevron(v, scenePoint)) {
        emit expandRequested(int(m_scene->layout().vertices[std::size_t(v)].ref));
        return;
    }
    if ((event->modifiers() & Qt::ShiftModifier) && m_highlight.selected >= 0
        && m_highlight.selected != v) {
        const int from = m_highlight.selected;
        setPath(from, v);
        emit pathPicked(from, v);
        return;
    }
    setSelectedVertex(v);
    emit vertexClicked(v);
}

void ProjectGraphCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int v = vertexAt(event->position().toPoint());
    if (v < 0) {
        if (m_scene && m_scene->frameAt(toScene(event->position())) < 0) {
            m_userMoved = false;
            fitToView();
        }
        return;
    }
    const LayoutVertex &vx = m_scene->layout().vertices[std::size_t(v)];
    if (vx.kind == LayoutVertex::Kind::Group) {
        emit expandRequested(int(vx.ref));
    } else {
        emit vertexActivated(v);
    }
}

void ProjectGraphCanvas::wheelEvent(QWheelEvent *event)
{
    const qreal steps = event->angleDelta().y() / 120.0;
    setZoom(m_scale * std::pow(1.2, steps), event->position());
}

void ProjectGraphCanvas::leaveEvent(QEvent *)
{
    if (m_highlight.hover >= 0) {
        m_highlight.hover = -1;
        refocus();
    }
}

void ProjectGraphCanvas::keyPressEvent(QKeyEvent *event)
{
    const qreal step = 80;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        return;
    case Qt::Key_Minus:
        zoomBy(1 / 1.25);
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (event->modifiers() & Qt::AltModifier) {
            break; // Alt+Left/Right is history, not panning
        }
        m_userMoved = true;
        m_offset += QPointF(
            event->key() == Qt::Key_Left ? step : (event->key() == Qt::Key_Right ? -step : 0),
            event->key() == Qt::Key_Up ? step : (event->key() == Qt::Key_Down ? -step : 0));
        viewMoved();
        return;
    case Qt::Key_Escape:
        setSelectedVertex(-1);
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void ProjectGraphCanvas::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_scene) {
        m_painter = std::make_unique<GraphPainter>(*m_scene, isDark(palette()));
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace Dbtc::Ui
