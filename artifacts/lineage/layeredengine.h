// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/artifactindex.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <cstdint>
#include <vector>

//! The Sugiyama pipeline behind layoutProject and expandGroup, free of dbt: it knows boxes and
//! weighted edges only. Steps: cycle breaking, longest-path layering (vertices pulled towards
//! their children when that shortens more edges than it lengthens), long edges split into
//! dummies shared by every out-edge of one vertex (a hub's fan-out runs as one trunk that
//! branches off where each child sits), barycentre sweeps keeping the best order seen, and
//! coordinates from weighted isotonic regression per layer (each box as close to the mean of
//! its neighbours as the spacing allows, long edges weighted up so they run straight).
namespace Dbtc::Models::Layered {

struct Edge
{
    std::uint32_t from = 0, to = 0, weight = 1;
};

struct Input
{
    std::vector<QSizeF> sizes; //!< per real vertex
    std::vector<Edge> edges; //!< unique, no self loops; cycles are allowed and get broken
    //! Optional fixed layers per real vertex (expandGroup); empty: computed.
    std::vector<int> layers;
    //! Optional initial order keys per real vertex (a previous layout's y); empty: DFS order.
    std::vector<double> orderKeys;
    //! Optional: which real vertices crossing reduction may move; the others keep their
    //! relative order (dummies always move). Empty: all move.
    std::vector<char> movable;
};

struct Output
{
    //! Per vertex, real ones first (same indices as Input::sizes), then dummies.
    std::vector<int> layer, order;
    std::vector<QRectF> rects;
    std::vector<std::uint32_t> dummyEdge; //!< per dummy: the first input edge routed through it
    std::vector<std::vector<QPointF>> points; //!< per input edge, from its `from` to its `to`
    QRectF bounds;
    std::uint64_t crossings = 0; //!< after reduction, between adjacent layers
    std::uint64_t initialCrossings = 0; //!< of the initial order, before any sweep
    bool cancelled = false;
};

Output layout(const Input &in, const LoadControl &control = {});

//! Longest-path layers with cycles broken (the layering step alone; expandGroup lays out the
//! inside of a group with it).
std::vector<int> layerVertices(std::uint32_t vertexCount, const std::vector<Edge> &edges);

//! Pairs (a, b) of a bipartite drawing, a in the upper layer and b in the lower: how many pairs
//! of them cross (a1 < a2 and b1 > b2). Identical pairs never cross each other.
std::uint64_t countInversions(std::vector<std::pair<double, double>> &segments);

} // namespace Dbtc::Models::Layered
