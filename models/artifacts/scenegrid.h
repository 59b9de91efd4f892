// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>

#include <cstdint>
#include <vector>

namespace Dbtc::Models {

//! \brief A uniform grid over a scene's boxes: "which boxes intersect this rectangle" without
//! looking at the others. A frame of a 40,000-vertex graph must only touch what is on screen.
//! Columns follow the layout's layers (a cell is about one layer wide), so a query inside a
//! column is a short scan of the boxes in that layer's y range. A box that covers very many
//! cells (a long vertical edge segment) lives in an overflow list every query checks.
class SceneGrid
{
public:
    //! Indexes \a boxes (their positions are the ids queries return) with cells of \a cell.
    void build(const std::vector<QRectF> &boxes, const QSizeF &cell);

    //! Ids of the boxes that intersect \a area, each once, in no particular order.
    void query(const QRectF &area, std::vector<std::uint32_t> &out) const;

    std::size_t size() const { return m_boxes.size(); }

    const QRectF &box(std::uint32_t id) const { return m_boxes[id]; }

private:
    int column(qreal x) const;
    int row(qreal y) const;

    std::vector<QRectF> m_boxes;
    QRectF m_bounds;
    QSizeF m_cell;
    int m_cols = 0, m_rows = 0;
    std::vector<std::uint32_t> m_cellStart; // CSR: cell → range in m_items
    std::vector<std::uint32_t> m_items;
    std::vector<std::uint32_t> m_overflow;
    mutable std::vector<std::uint32_t> m_stamp; // dedupe: box seen in this query
    mutable std::uint32_t m_query = 0;
};

} // namespace Dbtc::Models
