// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/artifacts/scenegrid.h"

#include <algorithm>
#include <cmath>

namespace Dbtc::Models {

namespace {

// A box spanning more cells than this is cheaper to test on every query than to copy into
// every cell it covers.
constexpr int kMaxCellsPerBox = 64;
constexpr int kMaxCells = 1 << 20;

// QRectF::intersects normalises both rectangles on every call; ours are normalised once.
bool overlaps(const QRectF &a, const QRectF &b)
{
    return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom()
        && b.top() <= a.bottom();
}

} // namespace

int SceneGrid::column(qreal x) const
{
    return std::clamp(int(std::floor((x - m_bounds.left()) / m_cell.width())), 0, m_cols - 1);
}

int SceneGrid::row(qreal y) const
{
    return std::clamp(int(std::floor((y - m_bounds.top()) / m_cell.height())), 0, m_rows - 1);
}

void SceneGrid::build(const std::vector<QRectF> &boxes, const QSizeF &cell)
{
    m_boxes.clear();
    m_boxes.reserve(boxes.size());
    for (const QRectF &b : boxes) {
        m_boxes.push_back(b.normalized());
    }
    m_bounds = {};
    for (const QRectF &b : m_boxes) {
        m_bounds = m_bounds.isNull() ? b : m_bounds.united(b);
    }
    m_cell = QSizeF(std::max<qreal>(cell.width(), 1), std::max<qreal>(cell.height(), 1));
    // never more cells than memory wants: widen the cells instead
    while (std::ceil(m_bounds.width() / m_cell.width())
            * std::ceil(m_bounds.height() / m_cell.height())
        > kMaxCells) {
        m_cell *= 1.5;
    }
    m_cols = std::max(1, int(std::ceil(m_bounds.width() / m_cell.width())));
    m_rows = std::max(1, int(std::ceil(m_bounds.height() / m_cell.height())));
    m_stamp.assign(boxes.size(), 0);
    m_query = 0;
    m_overflow.clear();

    // two passes (count, then fill) keep the grid in two flat arrays
    std::vector<std::uint32_t> counts(std::size_t(m_cols) * std::size_t(m_rows) + 1, 0);
    auto forCells = [&](const QRectF &b, auto &&fn) {
        const int c0 = column(b.left()), c1 = column(b.right());
        const int r0 = row(b.top()), r1 = row(b.bottom());
        for (int c = c0; c <= c1; ++c) {
            for (int r = r0; r <= r1; ++r) {
                fn(std::size_t(c) * std::size_t(m_rows) + std::size_t(r));
            }
        }
    };
    auto spans = [&](const QRectF &b) {
        return (column(b.right()) - column(b.left()) + 1) * (row(b.bottom()) - row(b.top()) + 1);
    };
    for (const QRectF &b : boxes) {
        if (spans(b) <= kMaxCellsPerBox) {
            forCells(b, [&](std::size_t cellIndex) {
                ++counts[cellIndex + 1];
            });
        }
    }
    for (std::size_t i = 1; i < counts.size(); ++i) {
        counts[i] += counts[i - 1];
    }
    m_cellStart = counts;
    m_items.assign(counts.back(), 0);
    std::vector<std::uint32_t> fill(counts.begin(), counts.end() - 1);
    for (std::uint32_t id = 0; id < boxes.size(); ++id) {
        const QRectF &b = boxes[id];
        if (spans(b) > kMaxCellsPerBox) {
            m_overflow.push_back(id);
            continue;
        }
        forCells(b, [&](std::size_t cellIndex) {
            m_items[fill[cellIndex]++] = id;
        });
    }
}

void SceneGrid::query(const QRectF &area, std::vector<std::uint32_t> &out) const
{
    out.clear();
    if (m_boxes.empty() || !area.intersects(m_bounds.adjusted(-1, -1, 1, 1))) {
        return;
    }
    if (++m_query == 0) { // the stamp wrapped: forget every old mark
        std::fill(m_stamp.begin(), m_stamp.end(), 0);
        m_query = 1;
    }
    const QRectF a = area.normalized();
    const int c0 = column(a.left()), c1 = column(a.right());
    const int r0 = row(a.top()), r1 = row(a.bottom());
    // a cell wholly inside the area needs no box test: everything in it intersects
    auto inside = [&](int c, int r) {
        const qreal x = m_bounds.left() + c * m_cell.width(),
                    y = m_bounds.top() + r * m_cell.height();
        return x >= a.left() && x + m_cell.width() <= a.right() && y >= a.top()
            && y + m_cell.height() <= a.bottom();
    };
    for (int c = c0; c <= c1; ++c) {
        const std::size_t base = std::size_t(c) * std::size_t(m_rows);
        for (int r = r0; r <= r1; ++r) {
            const bool whole = inside(c, r);
            const std::size_t cell = base + std::size_t(r);
            for (std::size_t i = m_cellStart[cell]; i < m_cellStart[cell + 1]; ++i) {
                const std::uint32_t id = m_items[i];
                if (m_stamp[id] != m_query) {
                    m_stamp[id] = m_query;
                    if (whole || overlaps(m_boxes[id], a)) {
                        out.push_back(id);
                    }
                }
            }
        }
    }
    for (std::uint32_t id : m_overflow) {
        if (overlaps(m_boxes[id], a)) {
            out.push_back(id);
        }
    }
}

} // namespace Dbtc::Models
