// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QWidget>

#include <memory>

namespace Dbtc::Models {
class GraphScene;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

//! \brief The whole graph in a corner, with a rectangle where the view is. The overview is
//! rendered once per scene and theme (a frame only blits it); a click or a drag moves the
//! view there (panRequested, scene coordinates).
class GraphMinimap final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphMinimap)

public:
    explicit GraphMinimap(QWidget *parent = nullptr);

    void setScene(std::shared_ptr<const Models::GraphScene> scene);
    //! The scene rectangle the main view shows.
    void setViewport(const QRectF &sceneRect);

    QRectF viewport() const { return m_viewport; }

    //! Where scene point \a p is drawn in the minimap, and back.
    QPointF toMap(const QPointF &p) const;
    QPointF toScene(const QPointF &mapPoint) const;

signals:
    void panRequested(const QPointF &sceneCenter);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    QRectF mapArea() const;

    std::shared_ptr<const Models::GraphScene> m_scene;
    QImage m_overview;
    QRectF m_viewport;
    qreal m_scale = 1;
    QPointF m_origin;
};

} // namespace Dbtc::Ui
