// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/lineagegraph.h"

#include <QWidget>

#include <memory>

class QPainter;

namespace Dbtc::Models {
class ArtifactIndex;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

//! \brief Paints a LineageLayout: layers left to right (parents left), nodes coloured by
//! resource type with a status stripe and glyph for the last result. Only what intersects the
//! viewport is painted and hit-testing is O(1) per layer, so thousands of nodes stay smooth.
//! Drag pans, the wheel zooms around the cursor, a click on a node emits nodeClicked().
class LineageCanvas final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineageCanvas)

public:
    explicit LineageCanvas(QWidget *parent = nullptr);

    void setGraph(std::shared_ptr<const Models::ArtifactIndex> index, Models::LineageLayout layout);

    const Models::LineageLayout &layout() const { return m_layout; }

    int nodeCount() const { return int(m_layout.nodes.size()); }

    //! Where the node of \a entity is on screen (widget coordinates); null when not in the graph.
    QRect nodeRect(std::uint32_t entity) const;
    //! The entity under \a pos (widget coordinates), or -1.
    int entityAt(const QPoint &pos) const;

    qreal zoom() const { return m_scale; }

    void setZoom(qreal scale, const QPointF &anchor);
    void zoomBy(qreal factor);
    void fitToView();
    //! Centres the focus node at a readable zoom (what a new graph starts with).
    void centerOnFocus();
    //! The whole graph as PNG/JPEG (by suffix, 2x resolution) or SVG. False on a write error.
    bool exportTo(const QString &fileName) const;

signals:
    void nodeClicked(std::uint32_t entity);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QRectF sceneRectOf(std::size_t node) const;
    QRectF sceneBounds() const;
    int nodeAtScene(const QPointF &p) const;
    void paintScene(QPainter &p, const QRectF &visible, qreal scale) const;
    void paintNode(QPainter &p, std::size_t node, bool detailed) const;

    std::shared_ptr<const Models::ArtifactIndex> m_index;
    Models::LineageLayout m_layout;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> m_entityNode; // (entity, node), sorted
    qreal m_scale = 1.0;
    QPointF m_offset; // widget = scene * scale + offset
    QPoint m_pressPos;
    QPointF m_pressOffset;
    bool m_dragging = false;
    bool m_pressed = false;
    bool m_userMoved = false; // once panned or zoomed, a resize keeps the user's view
    int m_hover = -1;
};

} // namespace Dbtc::Ui
