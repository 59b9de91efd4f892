// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QLineF>
#include <QRectF>

#include <cstdint>
#include <vector>

class QPainter;

namespace Dbtc::Models {
class GraphScene;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

//! \brief How much of a vertex the graph can afford to draw at a zoom: nobody reads a label
//! three pixels high, and 40,000 labels cost more than a frame.
enum class GraphLod : std::uint8_t {
    Dots, //!< a coloured speck per vertex, edges merged per pixel (the bundles of far away)
    Boxes, //!< filled boxes with a status stripe, straight edges, no text
    Labels, //!< rounded boxes with name, kind, status, group counts and chevrons
};

//! The level of detail for a vertex \a pixelHeight tall on screen.
GraphLod lodForPixelHeight(qreal pixelHeight);
//! On-screen vertex heights where the level of detail switches (Dots < kBoxesAt <= Boxes <
//! kLabelsAt).
inline constexpr qreal kBoxesAt = 4.0, kLabelsAt = 18.0;

//! \brief What the user has lit: hover, selection, a path between two picks, a search match.
struct GraphHighlight
{
    int hover = -1;
    int selected = -1;
    int pathFrom = -1, pathTo = -1;
    //! Per vertex: 1 when lit. Empty: nothing is dimmed.
    std::vector<char> lit;
};

//! \brief Paints a GraphScene at a level of detail. Only what intersects \a visible (scene
//! coordinates) is touched, through the scene's spatial index. The canvas, the minimap and the
//! frame benchmark share it, so what is measured is what the user sees.
class GraphPainter
{
public:
    explicit GraphPainter(const Models::GraphScene &scene, bool dark);

    //! \a painter already maps scene to device with \a scale.
    void paint(QPainter &painter,
        const QRectF &visible,
        qreal scale,
        const GraphHighlight &highlight = {}) const;

    //! Vertices only, one speck each, for the minimap's cached overview.
    void paintOverview(QPainter &painter) const;

private:
    void paintFrames(QPainter &p, const QRectF &visible, GraphLod lod) const;
    void paintEdges(QPainter &p,
        const QRectF &visible,
        qreal scale,
        GraphLod lod,
        const GraphHighlight &h) const;
    void paintVertices(QPainter &p,
        const QRectF &visible,
        qreal scale,
        GraphLod lod,
        const GraphHighlight &h) const;
    void mergeBundles(qreal scale) const;
    void paintLabel(QPainter &p, std::uint32_t v, bool dimmed, const GraphHighlight &h) const;
    QColor fillOf(std::uint32_t v) const;
    QColor healthColor(std::uint32_t v) const;
    QColor dim(const QColor &c) const;

    const Models::GraphScene &m_scene;
    bool m_dark;
    QColor m_surface, m_text, m_subtext, m_line, m_accent, m_highlight;
    std::vector<QColor> m_typeFill; // by ResourceType
    QColor m_groupFill;
    std::vector<QColor> m_healthColor; // by GraphHealth
    std::vector<std::uint8_t> m_fillIndex; // per vertex: into m_typeFill, or kGroupFill
    mutable std::vector<std::uint32_t> m_hits; // reused between frames: no allocation per paint

    // Far away, the per-pixel bundles of every edge at one zoom: panning at that zoom only
    // draws them; a new zoom merges again.
    struct Bundle
    {
        QLineF line;
        QRectF box;
    };

    mutable qreal m_bundleScale = -1;
    mutable std::vector<Bundle> m_bundles[3]; // by how many segments each stands for
    mutable std::vector<QLineF> m_batch;
};

} // namespace Dbtc::Ui
