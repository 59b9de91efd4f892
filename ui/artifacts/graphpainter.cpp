// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/artifacts/graphpainter.h"

#include "artifacts/artifactindex.h"
#include "models/artifacts/graphscene.h"
#include "ui/artifacts/nodetypelook.h"
#include "ui/widgets/palette.h"
#include "ui/widgets/statusstyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Dbtc::Ui {

using namespace Models;

namespace {

ColorRole healthRole(GraphHealth h)
{
    switch (h) {
    case GraphHealth::Pass:
        return ColorRole::Success;
    case GraphHealth::Warn:
        return ColorRole::Warning;
    case GraphHealth::Error:
        return ColorRole::Error;
    case GraphHealth::Skipped:
    case GraphHealth::Unknown:
        break;
    }
    return ColorRole::Muted;
}

const char *healthWord(GraphHealth h)
{
    switch (h) {
    case GraphHealth::Pass:
        return "success";
    case GraphHealth::Warn:
        return "warn";
    case GraphHealth::Error:
        return "error";
    case GraphHealth::Skipped:
        return "skipped";
    case GraphHealth::Unknown:
        break;
    }
    return "";
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
        float(a.greenF() * (1 - t) + b.greenF() * t),
        float(a.blueF() * (1 - t) + b.blueF() * t));
}

// Edge widths by how many entity edges a bundle stands for: thin, medium, thick.
int weightClass(std::uint32_t weight)
{
    return weight >= 20 ? 2 : (weight >= 3 ? 1 : 0);
}

constexpr qreal kWidths[3] = { 1.0, 2.0, 3.5 };
constexpr std::uint8_t kGroupFill = 255;
// Far away, segments whose two ends fall in the same 3-pixel cells are one bundle.
constexpr qreal kBundleCell = 3.0;

struct BundleKey
{
    std::int32_t ax, ay, bx, by;

    auto operator<=>(const BundleKey &) const = default;
};

} // namespace

GraphLod lodForPixelHeight(qreal pixelHeight)
{
    if (pixelHeight >= kLabelsAt) {
        return GraphLod::Labels;
    }
    return pixelHeight >= kBoxesAt ? GraphLod::Boxes : GraphLod::Dots;
}

GraphPainter::GraphPainter(const GraphScene &scene, bool dark)
    : m_scene(scene)
    , m_dark(dark)
    , m_surface(color(ColorRole::Surface, dark))
    , m_text(color(ColorRole::SurfaceText, dark))
    , m_subtext(color(ColorRole::SurfaceSubtext, dark))
    , m_line(color(ColorRole::SurfaceLine, dark))
    , m_accent(color(ColorRole::Accent, dark))
    , m_highlight(color(ColorRole::Highlight, dark))
{
    for (int t = 0; t <= int(ResourceType::Other); ++t) {
        m_typeFill.push_back(color(nodeTypeRole(ResourceType(t)), dark));
    }
    // a group is a folder of many: the surface line colour lifted toward the text reads as
    // "container" in both themes without competing with the resource-type fills
    m_groupFill = mix(m_surface, m_line, 0.55);
    for (int h = 0; h <= int(GraphHealth::Error); ++h) {
        m_healthColor.push_back(color(healthRole(GraphHealth(h)), dark));
    }
    // per vertex once: reading the entity's type in the paint loop is a cache miss per vertex
    const auto &vertices = scene.layout().vertices;
    const ArtifactIndex *index = scene.index();
    m_fillIndex.resize(vertices.size(), std::uint8_t(ResourceType::Other));
    for (std::size_t v = 0; v < vertices.size(); ++v) {
        const LayoutVertex &vx = vertices[v];
        if (vx.kind == LayoutVertex::Kind::Group) {
            m_fillIndex[v] = kGroupFill;
        } else if (index && vx.ref < index->entities().size()) {
            m_fillIndex[v] = std::uint8_t(index->entities()[vx.ref].type);
        }
    }
}

QColor GraphPainter::dim(const QColor &c) const
{
    return mix(c, m_surface, 0.7);
}

QColor GraphPainter::fillOf(std::uint32_t v) const
{
    const std::uint8_t i = m_fillIndex[v];
    return i == kGroupFill ? m_groupFill : m_typeFill[i];
}

QColor GraphPainter::healthColor(std::uint32_t v) const
{
    return m_healthColor[std::size_t(m_scene.health(v))];
}

void GraphPainter::paint(
    QPainter &p, const QRectF &visible, qreal scale, const GraphHighlight &h) const
{
    const GraphLod lod = lodForPixelHeight(m_scene.typicalHeight() * scale);
    paintFrames(p, visible, lod);
    paintEdges(p, visible, scale, lod, h);
    paintVertices(p, visible, scale, lod, h);
}

void GraphPainter::paintFrames(QPainter &p, const QRectF &visible, GraphLod lod) const
{
    const auto &groups = m_scene.layout().groups;
    p.setRenderHint(QPainter::Antialiasing, lod == GraphLod::Labels);
    for (const GroupFrame &f : m_scene.frames()) {
        if (!f.rect.intersects(visible)) {
            continue;
        }
        p.setPen(QPen(m_line, 0)); // cosmetic: one pixel at any zoom
        p.setBrush(mix(m_surface, m_line, 0.12));
        p.drawRoundedRect(f.rect, 8, 8);
        if (lod != GraphLod::Labels) {
            continue;
        }
        const GraphGroup &g = groups[std::size_t(f.group)];
        QRectF title = f.rect.adjusted(8, 2, -8, 0);
        title.setHeight(GraphScene::kFrameTitle - 2);
        QFont font = p.font();
        font.setPointSizeF(9);
        font.setBold(true);
        p.setFont(font);
        p.setPen(m_subtext);
        // the chevron says "click to fold"; the count says what folding hides
        const QString text = u"\u25be  " + g.label + u"  \u00b7  "
            + QCoreApplication::translate(
                "Dbtc::Ui::GraphPainter", "%n node(s)", nullptr, int(g.totalMembers));
        p.drawText(title,
            Qt::AlignLeft | Qt::AlignVCenter,
            p.fontMetrics().elidedText(text, Qt::ElideRight, int(title.width())));
    }
}

void GraphPainter::paintEdges(
    QPainter &p, const QRectF &visible, qreal scale, GraphLod lod, const GraphHighlight &h) const
{
    const auto &segments = m_scene.segments();
    const auto &edges = m_scene.layout().edges;
    const bool focus = !h.lit.empty();
    if (lod == GraphLod::Dots) {
        // Far away every edge is a pixel-wide streak: segments whose ends land in the same
        // 3-pixel cells are one bundle, drawn darker and thicker the more it stands for.
        if (scale != m_bundleScale) {
            mergeBundles(scale);
        }
        p.setRenderHint(QPainter::Antialiasing, false);
        const QColor base = focus ? dim(m_line) : m_line;
        for (int c = 0; c < 3; ++c) {
            m_batch.clear();
            for (const Bundle &b : m_bundles[c]) {
                if (b.box.intersects(visible)) {
                    m_batch.push_back(b.line);
                }
            }
            QColor col = base;
            col.setAlphaF(float(0.3 + 0.25 * c));
            p.setPen(QPen(col, c == 2 ? 2 / scale : 0)); // 0: one pixel, cosmetic
            p.drawLines(m_batch.data(), int(m_batch.size()));
        }
        if (focus) {
            m_scene.segmentsIn(visible, m_hits);
            m_batch.clear();
            for (std::uint32_t s : m_hits) {
                if (m_scene.edgeLit(segments[s].edge, h.lit)) {
                    m_batch.emplace_back(segments[s].a, segments[s].b);
                }
            }
            p.setPen(QPen(m_accent, 0));
            p.drawLines(m_batch.data(), int(m_batch.size()));
        }
        return;
    }
    m_scene.segmentsIn(visible, m_hits);
    // Near: real segments, batched by look (one drawLines per pen, not one per edge).
    std::vector<QLineF> batches[2][3]; // [lit][weight class]
    for (std::uint32_t s : m_hits) {
        const auto &seg = segments[s];
        const bool isLit = focus && m_scene.edgeLit(seg.edge, h.lit);
        batches[isLit][weightClass(edges[seg.edge].weight)].emplace_back(seg.a, seg.b);
    }
    p.setRenderHint(QPainter::Antialiasing, lod == GraphLod::Labels);
    const QColor normal = focus ? dim(m_line) : m_line;
    for (int l = 0; l < 2; ++l) {
        for (int c = 0; c < 3; ++c) {
            if (batches[l][c].empty()) {
                continue;
            }
            // widths in pixels whatever the zoom, so bundles stay distinguishable far out
            p.setPen(QPen(l ? m_accent : normal, kWidths[c] * (l ? 1.5 : 1.0) / scale));
            p.drawLines(batches[l][c].data(), int(batches[l][c].size()));
        }
    }
    if (lod != GraphLod::Labels) {
        return;
    }
    // arrowheads into the child: direction must not depend on knowing "upstream is left"
    p.setPen(Qt::NoPen);
    for (std::uint32_t s : m_hits) {
        const auto &seg = segments[s];
        const LayoutEdge &e = edges[seg.edge];
        const QRectF &to = m_scene.layout().vertices[e.to].rect;
        if (std::abs(seg.b.x() - to.left()) > 1.0 || !visible.contains(seg.b)) {
            continue; // not the segment that enters the child
        }
        const QLineF line(seg.b, seg.a);
        if (line.length() < 1e-6) {
            continue;
        }
        const QPointF u = (seg.a - seg.b) / line.length();
        const QPointF n(-u.y(), u.x());
        const qreal len = 7 / std::max<qreal>(scale, 0.5) * 0.9;
        p.setBrush(focus && m_scene.edgeLit(seg.edge, h.lit) ? m_accent : normal);
        p.drawPolygon(
            QPolygonF({ seg.b, seg.b + u * len + n * len * 0.5, seg.b + u * len - n * len * 0.5 }));
    }
}

void GraphPainter::mergeBundles(qreal scale) const
{
    m_bundleScale = scale;
    const qreal cell = kBundleCell / scale; // scene units per bundle cell
    auto q = [cell](qreal v) {
        return std::int32_t(std::floor(v / cell));
    };
    std::vector<BundleKey> keys;
    keys.reserve(m_scene.segments().size());
    for (const auto &seg : m_scene.segments()) {
        keys.push_back({ q(seg.a.x()), q(seg.a.y()), q(seg.b.x()), q(seg.b.y()) });
    }
    std::sort(keys.begin(), keys.end());
    for (auto &list : m_bundles) {
        list.clear();
    }
    for (std::size_t i = 0; i < keys.size();) {
        std::size_t j = i + 1;
        while (j < keys.size() && keys[j] == keys[i]) {
            ++j;
        }
        const BundleKey &k = keys[i];
        const QLineF line(
            (k.ax + 0.5) * cell, (k.ay + 0.5) * cell, (k.bx + 0.5) * cell, (k.by + 0.5) * cell);
        m_bundles[weightClass(std::uint32_t(j - i))].push_back(
            { line, QRectF(line.p1(), line.p2()).normalized().adjusted(-cell, -cell, cell, cell) });
        i = j;
    }
}

void GraphPainter::paintVertices(
    QPainter &p, const QRectF &visible, qreal scale, GraphLod lod, const GraphHighlight &h) const
{
    const auto &vertices = m_scene.layout().vertices;
    const bool focus = !h.lit.empty();
    m_scene.verticesIn(visible, m_hits);
    if (lod == GraphLod::Dots) {
        // specks in device pixels, at least 2x2 so a lone model never vanishes
        const QTransform t = p.transform();
        p.save();
        p.resetTransform();
        p.setRenderHint(QPainter::Antialiasing, false);
        for (std::uint32_t v : m_hits) {
            const LayoutVertex &vx = vertices[v];
            if (vx.kind == LayoutVertex::Kind::Dummy) {
                continue;
            }
            QRectF d = t.mapRect(vx.rect);
            if (d.width() < 2 || d.height() < 2) {
                d = QRectF(d.center() - QPointF(1, 1), QSizeF(2, 2));
            }
            const bool lit = !focus || h.lit[v];
            // status wins over type far away: a red speck is what one looks for in 40,000
            // the fills are pale (text sits on them): a speck takes the outline's strength
            const QColor fill = fillOf(v);
            QColor c = m_scene.health(v) == GraphHealth::Error
                ? healthColor(v)
                : (m_dark ? fill.lighter(170) : fill.darker(170));
            if (vx.kind == LayoutVertex::Kind::Group) {
                c = m_scene.health(v) == GraphHealth::Error ? c : m_subtext;
            }
            p.fillRect(d, lit ? c : dim(c));
            if (int(v) == h.selected || int(v) == h.hover) {
                p.setPen(QPen(m_accent, 2));
                p.setBrush(Qt::NoBrush);
                p.drawRect(d.adjusted(-3, -3, 3, 3));
            }
        }
        p.restore();
        return;
    }
    p.setRenderHint(QPainter::Antialiasing, lod == GraphLod::Labels);
    for (std::uint32_t v : m_hits) {
        const LayoutVertex &vx = vertices[v];
        if (vx.kind == LayoutVertex::Kind::Dummy) {
            continue;
        }
        const bool dimmed = focus && !h.lit[v];
        if (lod == GraphLod::Labels) {
            paintLabel(p, v, dimmed, h);
            continue;
        }
        const QColor fill = fillOf(v);
        const QColor edge = m_dark ? fill.lighter(170) : fill.darker(170);
        // pale fills need their outline; a lit relative of the focus gets the accent's
        if (focus && !dimmed) {
            p.setPen(QPen(m_accent, 1.5 / scale));
        } else {
            p.setPen(QPen(dimmed ? dim(edge) : edge, 0));
        }
        p.setBrush(dimmed ? dim(fill) : fill);
        p.drawRect(vx.rect);
        if (m_scene.health(v) != GraphHealth::Unknown) {
            const QColor s = healthColor(v);
            p.fillRect(
                QRectF(
                    vx.rect.left(), vx.rect.top(), std::max<qreal>(3 / scale, 6), vx.rect.height()),
                dimmed ? dim(s) : s);
        }
        if (int(v) == h.selected || int(v) == h.hover || int(v) == h.pathFrom
            || int(v) == h.pathTo) {
            p.setPen(QPen(m_accent, 2 / scale));
            p.setBrush(Qt::NoBrush);
            p.drawRect(vx.rect);
        }
    }
}

void GraphPainter::paintLabel(
    QPainter &p, std::uint32_t v, bool dimmed, const GraphHighlight &h) const
{
    const LayoutVertex &vx = m_scene.layout().vertices[v];
    const QRectF r = vx.rect;
    const bool picked = int(v) == h.selected || int(v) == h.pathFrom || int(v) == h.pathTo;
    const bool hover = int(v) == h.hover;
    const QColor fill = fillOf(v);
    const QColor outline = m_dark ? fill.lighter(190) : fill.darker(190);
    p.setPen(QPen(picked ? m_accent : (hover ? m_text : (dimmed ? dim(outline) : outline)),
        picked ? 2.5 : (hover ? 1.6 : 1.0)));
    p.setBrush(dimmed ? dim(fill) : fill);
    p.drawRoundedRect(r, 5, 5);
    const GraphHealth health = m_scene.health(v);
    if (health != GraphHealth::Unknown) {
        // the status stripe: colour plus a glyph in the text (colour is never the only cue)
        p.setPen(Qt::NoPen);
        const QColor s = healthColor(v);
        p.setBrush(dimmed ? dim(s) : s);
        p.drawRoundedRect(QRectF(r.left() + 1, r.top() + 1, 6, r.height() - 2), 3, 3);
    }
    const QColor text = dimmed ? dim(m_text) : m_text;
    const QColor subtext = dimmed ? dim(m_subtext) : m_subtext;
    QString title, sub;
    const ArtifactIndex *index = m_scene.index();
    if (vx.kind == LayoutVertex::Kind::Group) {
        const GraphGroup &g = m_scene.layout().groups[vx.ref];
        title = g.label;
        QStringList parts;
        auto count = [&](std::uint32_t n, const char *what) {
            if (n) {
                parts << QCoreApplication::translate(
                    "Dbtc::Ui::GraphPainter", what, nullptr, int(n));
            }
        };
        count(g.models, QT_TRANSLATE_N_NOOP("Dbtc::Ui::GraphPainter", "%n model(s)"));
        count(g.tests, QT_TRANSLATE_N_NOOP("Dbtc::Ui::GraphPainter", "%n test(s)"));
        count(g.sources, QT_TRANSLATE_N_NOOP("Dbtc::Ui::GraphPainter", "%n source(s)"));
        count(g.others, QT_TRANSLATE_N_NOOP("Dbtc::Ui::GraphPainter", "%n other(s)"));
        sub = parts.join(u", ");
    } else if (index && vx.ref < index->entities().size()) {
        const Entity &e = index->entities()[vx.ref];
        title = toQString(e.name);
        sub = toQString(e.resourceTypeName);
        if (!e.materialized.empty() && e.type == ResourceType::Model) {
            sub += u" \u00b7 " + toQString(e.materialized);
        }
    }
    const bool twoLines = r.height() >= 34;
    QFont f = p.font();
    f.setPointSizeF(9.5);
    f.setBold(picked || vx.kind == LayoutVertex::Kind::Group);
    p.setFont(f);
    p.setPen(text);
    const qreal chevron = vx.kind == LayoutVertex::Kind::Group ? 18 : 0;
    // the title's box reaches below the middle: descenders and underscores must not be clipped
    const QRectF titleRect = twoLines ? r.adjusted(12, 2, -6 - chevron, -r.height() / 2 + 3)
                                      : r.adjusted(12, 0, -6 - chevron, 0);
    p.drawText(titleRect,
        Qt::AlignLeft | Qt::AlignVCenter,
        p.fontMetrics().elidedText(title, Qt::ElideMiddle, int(titleRect.width())));
    if (chevron > 0) {
        // "▸" = double-click or click here to open this group in place
        p.drawText(QRectF(r.right() - chevron - 2, r.top(), chevron, r.height()),
            Qt::AlignCenter,
            QStringLiteral("\u25b8"));
    }
    if (!twoLines) {
        return;
    }
    f.setBold(false);
    f.setPointSizeF(8);
    p.setFont(f);
    QRectF subRect = r.adjusted(12, r.height() / 2, -6 - chevron, -3);
    if (health != GraphHealth::Unknown) {
        // the status keeps its place at the right; the counts or kind give way when long
        const QString status = nodeStatusLook(QString::fromLatin1(healthWord(health))).label();
        p.setPen(dimmed ? dim(healthColor(v)) : healthColor(v));
        p.drawText(subRect, Qt::AlignRight | Qt::AlignVCenter, status);
        subRect.setRight(subRect.right() - p.fontMetrics().horizontalAdvance(status) - 8);
    }
    p.setPen(subtext);
    p.drawText(subRect,
        Qt::AlignLeft | Qt::AlignVCenter,
        p.fontMetrics().elidedText(sub, Qt::ElideRight, int(subRect.width())));
}

void GraphPainter::paintOverview(QPainter &p) const
{
    const QRectF all = m_scene.bounds();
    m_scene.verticesIn(all, m_hits);
    const QTransform t = p.transform();
    p.save();
    p.resetTransform();
    for (std::uint32_t v : m_hits) {
        const LayoutVertex &vx = m_scene.layout().vertices[v];
        if (vx.kind == LayoutVertex::Kind::Dummy) {
            continue;
        }
        QRectF d = t.mapRect(vx.rect);
        if (d.width() < 1 || d.height() < 1) {
            d = QRectF(d.center() - QPointF(0.5, 0.5), QSizeF(1, 1));
        }
        p.fillRect(d,
            m_scene.health(v) == GraphHealth::Error ? healthColor(v)
                                                    : fillOf(v).darker(m_dark ? 80 : 130));
    }
    p.restore();
}

} // namespace Dbtc::Ui
