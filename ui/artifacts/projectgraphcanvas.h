// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/artifacts/graphpainter.h"

#include <QWidget>

#include <memory>

namespace Dbtc::Models {
class GraphScene;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

class GraphMinimap;

//! \brief The whole-project graph: pans with a drag, zooms around the cursor with the wheel,
//! draws at the level of detail the zoom allows (GraphPainter) and only what is on screen.
//! Hover or a click lights the vertex's ancestors and descendants and dims the rest;
//! Shift+click lights the paths between the selected vertex and the clicked one. A group opens
//! with a double-click or a click on its chevron (expandRequested); an open group's frame
//! title folds it again (collapseRequested). A minimap in the corner shows where the view is.
class ProjectGraphCanvas final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectGraphCanvas)

public:
    explicit ProjectGraphCanvas(QWidget *parent = nullptr);
    ~ProjectGraphCanvas() override;

    //! Shows \a scene. \a keepView keeps the zoom and position (after an expand), else fits.
    void setScene(std::shared_ptr<const Models::GraphScene> scene, bool keepView = false);

    const std::shared_ptr<const Models::GraphScene> &scene() const { return m_scene; }

    qreal zoom() const { return m_scale; }

    QPointF offset() const { return m_offset; }

    //! The level of detail the current zoom paints.
    GraphLod lod() const;
    void setZoom(qreal scale, const QPointF &anchor);
    void zoomBy(qreal factor);
    void fitToView();
    //! Centres the scene point \a scenePoint in the viewport, zoom unchanged.
    void centerOn(const QPointF &scenePoint);
    //! Pans and zooms so vertex \a v is centred and readable, and selects it.
    void revealVertex(int v);

    //! The visible part of the scene, in scene coordinates.
    QRectF visibleScene() const;
    //! Widget ↔ scene coordinates.
    QPointF toScene(const QPointF &widgetPoint) const;
    QRectF toWidget(const QRectF &sceneRect) const;
    //! The vertex under \a pos (widget coordinates), or -1.
    int vertexAt(const QPoint &pos) const;

    int selectedVertex() const { return m_highlight.selected; }

    int hoveredVertex() const { return m_highlight.hover; }

    void setSelectedVertex(int v);
    //! Lights every vertex on a path between \a a and \a b; -1 for either clears it.
    void setPath(int a, int b);

    bool hasPath() const { return m_highlight.pathFrom >= 0 && m_highlight.pathTo >= 0; }

    //! Per vertex: lit (1) or dimmed (0); empty when nothing is focused.
    const std::vector<char> &litVertices() const { return m_highlight.lit; }

    GraphMinimap *minimap() const { return m_minimap; }

signals:
    void vertexClicked(int vertex);
    void vertexActivated(int vertex); //!< double-click on an entity
    void expandRequested(int group);
    void collapseRequested(int group);
    void pathPicked(int from, int to);
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refocus();
    void viewMoved();
    bool onChevron(int v, const QPointF &scenePoint) const;
    void placeMinimap();

    std::shared_ptr<const Models::GraphScene> m_scene;
    std::unique_ptr<GraphPainter> m_painter;
    GraphHighlight m_highlight;
    GraphMinimap *m_minimap;
    qreal m_scale = 1.0;
    QPointF m_offset; // widget = scene * scale + offset
    QPoint m_pressPos;
    QPointF m_pressOffset;
    bool m_pressed = false;
    bool m_dragging = false;
    bool m_userMoved = false;
};

} // namespace Dbtc::Ui
