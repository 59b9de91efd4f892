// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/artifacts/lineagecanvas.h"

#include "artifacts/artifactindex.h"
#include "ui/artifacts/nodetypelook.h"
#include "ui/widgets/palette.h"
#include "ui/widgets/statusstyle.h"

#include <QFileInfo>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace Dbtc::Ui {

using namespace Models;

namespace {

constexpr qreal kNodeW = 210, kNodeH = 46, kGapX = 80, kGapY = 14;
constexpr qreal kPitchX = kNodeW + kGapX, kPitchY = kNodeH + kGapY;
constexpr qreal kMinScale = 0.02, kMaxScale = 3.0;

} // namespace

LineageCanvas::LineageCanvas(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(200, 150);
    setFocusPolicy(Qt::ClickFocus);
}

void LineageCanvas::setGraph(std::shared_ptr<const ArtifactIndex> index, LineageLayout layout)
{
    m_index = std::move(index);
    m_layout = std::move(layout);
    m_hover = -1;
    m_userMoved = false;
    m_entityNode.clear();
    for (std::uint32_t i = 0; i < m_layout.nodes.size(); ++i) {
        m_entityNode.emplace_back(m_layout.nodes[i], i);
    }
    std::sort(m_entityNode.begin(), m_entityNode.end());
    centerOnFocus();
}

QRectF LineageCanvas::sceneRectOf(std::size_t node) const
{
    const int layer = m_layout.layer[node];
    const qreal size = qreal(m_layout.layers[std::size_t(layer)].size());
    const qreal y = (m_layout.order[node] - (size - 1) / 2) * kPitchY;
    return QRectF(layer * kPitchX, y - kNodeH / 2, kNodeW, kNodeH);
}

QRectF LineageCanvas::sceneBounds() const
{
    std::size_t tallest = 0;
    for (const auto &l : m_layout.layers) {
        tallest = std::max(tallest, l.size());
    }
    const qreal h = qreal(tallest) * kPitchY;
    const qreal w = qreal(m_layout.layers.size()) * kPitchX - kGapX;
    return QRectF(0, -h / 2, std::max<qreal>(w, kNodeW), std::max<qreal>(h, kNodeH))
        .adjusted(-30, -30, 30, 30);
}

int LineageCanvas::nodeAtScene(const QPointF &p) const
{
    if (m_layout.nodes.empty() || p.x() < 0) {
        return -1;
    }
    const int layer = int(p.x() / kPitchX);
    if (layer >= int(m_layout.layers.size()) || p.x() - layer * kPitchX > kNodeW) {
        return -1;
    }
    const auto &nodes = m_layout.layers[std::size_t(layer)];
    const qreal size = qreal(nodes.size());
    const int order = int(std::lround(p.y() / kPitchY + (size - 1) / 2));
    if (order < 0 || order >= int(nodes.size())) {
        return -1;
    }
    const std::uint32_t node = nodes[std::size_t(order)];
    return sceneRectOf(node).contains(p) ? int(node) : -1;
}

QRect LineageCanvas::nodeRect(std::uint32_t entity) const
{
    const auto it =
        std::lower_bound(m_entityNode.begin(), m_entityNode.end(), std::make_pair(entity, 0U));
    if (it == m_entityNode.end() || it->first != entity) {
        return {};
    }
    const QRectF r = sceneRectOf(it->second);
    return QRectF(r.topLeft() * m_scale + m_offset, r.size() * m_scale).toAlignedRect();
}

int LineageCanvas::entityAt(const QPoint &pos) const
{
    const int node = nodeAtScene((QPointF(pos) - m_offset) / m_scale);
    return node < 0 ? -1 : int(m_layout.nodes[std::size_t(node)]);
}

void LineageCanvas::setZoom(qreal scale, const QPointF &anchor)
{
    scale = std::clamp(scale, kMinScale, kMaxScale);
    m_userMoved = true;
    const QPointF sceneAnchor = (anchor - m_offset) / m_scale;
    m_scale = scale;
    m_offset = anchor - sceneAnchor * m_scale;
    update();
}

void LineageCanvas::zoomBy(qreal factor)
{
    setZoom(m_scale * factor, QPointF(width() / 2.0, height() / 2.0));
}

void LineageCanvas::fitToView()
{
    const QRectF b = sceneBounds();
    if (width() <= 0 || height() <= 0) {
        return;
    }
    m_scale = std::clamp(std::min(width() / b.width(), height() / b.height()), kMinScale, 1.0);
    m_offset = QPointF(width() / 2.0, height() / 2.0) - b.center() * m_scale;
    update();
}

void LineageCanvas::centerOnFocus()
{
    fitToView();
    if (m_layout.nodes.empty()) {
        return;
    }
    // A big graph fitted into the window is unreadable: start at a legible zoom on the focus.
    if (m_scale < 0.6) {
        m_scale = 0.8;
        m_offset = QPointF(width() / 2.0, height() / 2.0) - sceneRectOf(0).center() * m_scale;
    }
    update();
}

void LineageCanvas::paintNode(QPainter &p, std::size_t node, bool detailed) const
{
    const Entity &e = m_index->entities()[m_layout.nodes[node]];
    const RunResult *result = m_index->resultFor(e.uniqueId);
    const QRectF r = sceneRectOf(node);
    const bool focus = node == 0;
    const bool hover = int(node) == m_hover;
    const bool dark = isDark(palette());
    p.setPen(
        QPen(focus ? color(ColorRole::Accent, dark)
                   : (hover ? color(ColorRole::SurfaceText, dark) : nodeTypeAccent(e.type, dark)),
            focus ? 2.5 : (hover ? 1.6 : 1.0)));
    p.setBrush(color(nodeTypeRole(e.type), dark));
    p.drawRoundedRect(r, 6, 6);
    if (result) {
        // the status stripe: colour plus a glyph in the label (colour is never the only cue)
        p.setPen(Qt::NoPen);
        p.setBrush(color(nodeStatusLook(toQString(result->status)).role, dark));
        p.drawRoundedRect(QRectF(r.left() + 1, r.top() + 1, 6, r.height() - 2), 3, 3);
    }
    if (!detailed) {
        return;
    }
    QFont f = p.font();
    f.setPointSizeF(9.5);
    f.setBold(focus);
    p.setFont(f);
    p.setPen(color(ColorRole::SurfaceText, dark));
    const QRectF text = r.adjusted(14, 5, -8, -r.height() / 2);
    p.drawText(text,
        Qt::AlignLeft | Qt::AlignVCenter,
        p.fontMetrics().elidedText(toQString(e.name), Qt::ElideMiddle, int(text.width())));
    f.setBold(false);
    f.setPointSizeF(8);
    p.setFont(f);
    QString sub = toQString(e.resourceTypeName);
    if (!e.materialized.empty() && e.type == ResourceType::Model) {
        sub += u" \u00b7 " + toQString(e.materialized);
    }
    if (result) {
        const StatusLook look = nodeStatusLook(toQString(result->status));
        p.setPen(color(look.role, dark));
        sub += u"  " + look.label();
    } else {
        p.setPen(color(ColorRole::SurfaceSubtext, dark));
    }
    p.drawText(r.adjusted(14, r.height() / 2, -8, -4), Qt::AlignLeft | Qt::AlignVCenter, sub);
}

void LineageCanvas::paintScene(QPainter &p, const QRectF &visible, qreal scale) const
{
    if (!m_index) {
        return;
    }
    p.setRenderHint(QPainter::Antialiasing, m_layout.edges.size() < 20000 || scale > 0.3);
    const bool detailed = scale > 0.35;
    // edges first, under the nodes; an edge is skipped when its bounding box is off screen
    for (std::size_t i = 0; i < m_layout.edges.size(); ++i) {
        const auto [from, to] = m_layout.edges[i];
        const QRectF a = sceneRectOf(from), b = sceneRectOf(to);
        const QPointF s(a.right(), a.center().y()), t(b.left(), b.center().y());
        if (!visible.intersects(QRectF(s, t).normalized().adjusted(-1, -1, 1, 1))) {
            continue;
        }
        const bool lit = m_hover >= 0 && (int(from) == m_hover || int(to) == m_hover);
        p.setPen(QPen(color(lit ? ColorRole::Accent : ColorRole::SurfaceLine, isDark(palette())),
            lit ? 2.0 : 1.1));
        QPainterPath path(s);
        const qreal dx = (t.x() - s.x()) / 2;
        path.cubicTo(s + QPointF(dx, 0), t - QPointF(dx, 0), t);
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        // arrowhead into the child: direction must not depend on knowing "parents are left"
        p.setBrush(p.pen().color());
        p.drawPolygon(QPolygonF({ t, t + QPointF(-7, -3.5), t + QPointF(-7, 3.5) }));
    }
    // nodes: per layer, only the orders whose rows intersect the visible band
    for (std::size_t layer = 0; layer < m_layout.layers.size(); ++layer) {
        const qreal x = qreal(layer) * kPitchX;
        if (x > visible.right() || x + kNodeW < visible.left()) {
            continue;
        }
        const auto &nodes = m_layout.layers[layer];
        const qreal half = (qreal(nodes.size()) - 1) / 2;
        const int first = std::max(0, int(std::floor((visible.top() - kNodeH) / kPitchY + half)));
        const int last = std::min(
            int(nodes.size()) - 1, int(std::ceil((visible.bottom() + kNodeH) / kPitchY + half)));
        for (int o = first; o <= last; ++o) {
            paintNode(p, nodes[std::size_t(o)], detailed);
        }
    }
}

void LineageCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    // A canvas, not a form: its own surface colour (per theme) sets the graph off the window.
    p.fillRect(rect(), color(ColorRole::Surface, palette()));
    if (m_layout.nodes.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("Select a node to see its lineage."));
        return;
    }
    p.translate(m_offset);
    p.scale(m_scale, m_scale);
    const QRectF visible(-m_offset / m_scale, QSizeF(size()) / m_scale);
    paintScene(p, visible, m_scale);
}

bool LineageCanvas::exportTo(const QString &fileName) const
{
    const QRectF bounds = sceneBounds();
    if (QFileInfo(fileName).suffix().compare(u"svg", Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(fileName);
        svg.setSize(bounds.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), bounds.size()));
        svg.setTitle(tr("Lineage"));
        QPainter p;
        if (!p.begin(&svg)) {
            return false;
        }
        p.fillRect(
            QRectF(QPointF(0, 0), bounds.size()), color(ColorRole::Surface, isDark(palette())));
        p.translate(-bounds.topLeft());
        paintScene(p, bounds, 1.0);
        return p.end();
    }
    // 2x for crisp text, but never an image too big to allocate (huge graphs)
    const qreal factor = std::min<qreal>(2.0, 16000.0 / std::max(bounds.width(), bounds.height()));
    QImage image((bounds.size() * factor).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        return false;
    }
    image.fill(color(ColorRole::Surface, isDark(palette())));
    {
        QPainter p(&image);
        p.scale(factor, factor);
        p.translate(-bounds.topLeft());
        paintScene(p, bounds, std::max<qreal>(factor, 1.0));
    }
    return image.save(fileName);
}

void LineageCanvas::resizeEvent(QResizeEvent *)
{
    if (!m_layout.nodes.empty() && !m_userMoved) {
        centerOnFocus();
    }
}

void LineageCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position().toPoint();
    m_pressOffset = m_offset;
}

void LineageCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressed && (m_dragging || (pos - m_pressPos).manhattanLength() > 4)) {
        m_dragging = true;
        m_userMoved = true;
        setCursor(Qt::ClosedHandCursor);
        m_offset = m_pressOffset + QPointF(pos - m_pressPos);
        update();
        return;
    }
    const int node = nodeAtScene((QPointF(pos) - m_offset) / m_scale);
    if (node != m_hover) {
        m_hover = node;
        setCursor(node >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        if (node >= 0) {
            const Entity &e = m_index->entities()[m_layout.nodes[std::size_t(node)]];
            setToolTip(toQString(e.uniqueId));
        } else {
            setToolTip({});
        }
        update();
    }
}

void LineageCanvas::mouseReleaseEvent(QMouseEvent *event)
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
    const int entity = entityAt(event->position().toPoint());
    if (entity >= 0) {
        emit nodeClicked(std::uint32_t(entity));
    }
}

void LineageCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (entityAt(event->position().toPoint()) < 0) {
        fitToView();
    }
}

void LineageCanvas::wheelEvent(QWheelEvent *event)
{
    const qreal steps = event->angleDelta().y() / 120.0;
    setZoom(m_scale * std::pow(1.15, steps), event->position());
}

void LineageCanvas::leaveEvent(QEvent *)
{
    if (m_hover >= 0) {
        m_hover = -1;
        update();
    }
}

} // namespace Dbtc::Ui
