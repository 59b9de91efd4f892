// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/artifacts/lineageexport.h"

#include "artifacts/artifactindex.h"
#include "ui/artifacts/nodetypelook.h"
#include "ui/widgets/palette.h"
#include "ui/widgets/statusstyle.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPolygonF>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace Dbtc::Ui {

using namespace Models;

namespace {

constexpr qreal kMargin = 24;
constexpr qreal kTitleSize = 12, kSubtitleSize = 10;
constexpr qreal kPadding = 8;

// The context lupdate gives a free tr() in this namespace, and tr's own argument order, so
// lupdate sees the plurals and the app finds the translations.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Dbtc::Ui", text, disambiguation, n);
}

//! What one drawn vertex looks like, the same for SVG and PNG.
struct NodeLook
{
    QString id; //!< unique_id, or "group-N"
    QString cssClass; //!< "node model", "group"
    QString title, subtitle;
    QColor fill, stroke;
    bool group = false;
};

StatusLook healthLook(GraphHealth health)
{
    switch (health) {
    case GraphHealth::Error:
        return nodeStatusLook(ResultKind::Error, tr("error"));
    case GraphHealth::Warn:
        return nodeStatusLook(ResultKind::Warn, tr("warn"));
    case GraphHealth::Skipped:
        return nodeStatusLook(ResultKind::Skipped, tr("skipped"));
    case GraphHealth::Pass:
        return nodeStatusLook(ResultKind::Success, tr("pass"));
    case GraphHealth::Unknown:
        break;
    }
    return {};
}

NodeLook lookOf(
    const ProjectLayout &layout, const ArtifactIndex &index, const LayoutVertex &v, bool dark)
{
    NodeLook look;
    if (v.kind == LayoutVertex::Kind::Group) {
        const GraphGroup &g = layout.groups[v.ref];
        look.group = true;
        look.id = QStringLiteral("group-%1").arg(v.ref);
        look.cssClass = QStringLiteral("group");
        look.title = g.label;
        look.subtitle = tr("%n nodes", nullptr, int(g.totalMembers));
        if (g.models) {
            look.subtitle += QStringLiteral(" · ") + tr("%n models", nullptr, int(g.models));
        }
        if (g.tests) {
            look.subtitle += QStringLiteral(" · ") + tr("%n tests", nullptr, int(g.tests));
        }
        const StatusLook status = healthLook(g.worst);
        look.fill = color(ColorRole::HeaderBackground, dark);
        look.stroke =
            status.words.isEmpty() ? color(ColorRole::SurfaceLine, dark) : color(status.role, dark);
        if (!status.words.isEmpty()) {
            look.subtitle = status.glyph + u' ' + look.subtitle;
        }
        return look;
    }
    const Entity &e = index.entities()[v.ref];
    look.id = toQString(e.uniqueId);
    look.cssClass = QStringLiteral("node ") + toQString(e.resourceTypeName);
    look.title = toQString(e.name);
    look.subtitle = toQString(e.resourceTypeName);
    look.fill = color(nodeTypeRole(e.type), dark);
    look.stroke = nodeTypeAccent(e.type, dark);
    if (const RunResult *r = index.resultFor(e.uniqueId)) {
        const StatusLook status = nodeStatusLook(toQString(r->status));
        if (!status.words.isEmpty()) {
            look.stroke = color(status.role, dark);
            look.subtitle += QStringLiteral(" · ") + status.label();
        }
    }
    return look;
}

QString xml(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\'', QStringLiteral("&#39;"));
}

QByteArray num(qreal v)
{
    return QByteArray::number(v, 'f', 1);
}

qreal edgeWidth(std::uint32_t weight)
{
    return 1.2 + 0.8 * std::log2(qreal(std::max<std::uint32_t>(weight, 1)));
}

QRectF canvas(const ProjectLayout &layout)
{
    return layout.bounds.adjusted(-kMargin, -kMargin, kMargin, kMargin);
}

QFont font(qreal pixelSize, bool bold)
{
    QFont f;
    f.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    f.setBold(bold);
    return f;
}

} // namespace

QByteArray lineageSvg(
    const ProjectLayout &layout, const ArtifactIndex &index, const LineageExportOptions &options)
{
    const QRectF box = canvas(layout);
    const bool dark = options.dark;
    QByteArray out;
    out.reserve(qsizetype(layout.vertices.size() * 260 + layout.edges.size() * 120) + 1024);
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
        + num(box.width()) + "\" height=\"" + num(box.height()) + "\" viewBox=\"" + num(box.left())
        + ' ' + num(box.top()) + ' ' + num(box.width()) + ' ' + num(box.height())
        + "\" font-family=\"sans-serif\">\n";
    out += "<rect x=\"" + num(box.left()) + "\" y=\"" + num(box.top()) + "\" width=\""
        + num(box.width()) + "\" height=\"" + num(box.height()) + "\" fill=\""
        + color(ColorRole::Surface, dark).name().toLatin1() + "\"/>\n";
    out += "<g class=\"edges\" fill=\"none\" stroke=\""
        + color(ColorRole::SurfaceLine, dark).name().toLatin1() + "\">\n";
    for (const LayoutEdge &e : layout.edges) {
        out += "<polyline points=\"";
        for (std::size_t i = 0; i < e.points.size(); ++i) {
            out += (i ? " " : "") + num(e.points[i].x()) + ',' + num(e.points[i].y());
        }
        out += '"';
        if (e.weight > 1) {
            out += " stroke-width=\"" + num(edgeWidth(e.weight)) + "\" data-weight=\""
                + QByteArray::number(e.weight) + '"';
        }
        out += "/>\n";
    }
    out += "</g>\n<g class=\"nodes\">\n";
    const QFontMetricsF titleMetrics(font(kTitleSize, true));
    const QFontMetricsF subtitleMetrics(font(kSubtitleSize, false));
    const QByteArray text = color(ColorRole::SurfaceText, dark).name().toLatin1();
    for (const LayoutVertex &v : layout.vertices) {
        if (v.kind == LayoutVertex::Kind::Dummy) {
            continue;
        }
        const NodeLook look = lookOf(layout, index, v, dark);
        const QRectF &r = v.rect;
        const qreal room = r.width() - 2 * kPadding;
        const QByteArray id = xml(look.id).toUtf8();
        out += "<g id=\"" + id + "\" class=\"" + xml(look.cssClass).toUtf8() + '"';
        if (look.group) {
            out += " data-label=\"" + xml(look.title).toUtf8() + '"';
        } else {
            out += " data-unique-id=\"" + id + '"';
        }
        out += "><title>" + (look.group ? xml(look.title).toUtf8() : id) + "</title>";
        out += "<rect x=\"" + num(r.left()) + "\" y=\"" + num(r.top()) + "\" width=\""
            + num(r.width()) + "\" height=\"" + num(r.height()) + "\" rx=\"4\" fill=\""
            + look.fill.name().toLatin1() + "\" stroke=\"" + look.stroke.name().toLatin1()
            + "\" stroke-width=\"" + (look.group ? "2" : "1.5") + "\"/>";
        const qreal titleY = r.top() + kPadding + kTitleSize * 0.85;
        out += "<text x=\"" + num(r.left() + kPadding) + "\" y=\"" + num(titleY)
            + "\" font-size=\"12\" font-weight=\"bold\" fill=\"" + text + "\">"
            + xml(titleMetrics.elidedText(look.title, Qt::ElideMiddle, room)).toUtf8() + "</text>";
        out += "<text x=\"" + num(r.left() + kPadding) + "\" y=\"" + num(titleY + kSubtitleSize + 4)
            + "\" font-size=\"10\" fill=\"" + text + "\" fill-opacity=\"0.75\">"
            + xml(subtitleMetrics.elidedText(look.subtitle, Qt::ElideRight, room)).toUtf8()
            + "</text></g>\n";
    }
    out += "</g>\n</svg>\n";
    return out;
}

QImage lineageImage(
    const ProjectLayout &layout, const ArtifactIndex &index, const LineageExportOptions &options)
{
    const QRectF box = canvas(layout);
    const bool dark = options.dark;
    qreal scale = 1;
    const qreal area = box.width() * box.height();
    if (area > qreal(options.maxPixels)) {
        scale = std::sqrt(qreal(options.maxPixels) / area);
    }
    scale = std::min({ scale, options.maxSide / box.width(), options.maxSide / box.height() });
    const QSize size(std::max(1, int(std::ceil(box.width() * scale))),
        std::max(1, int(std::ceil(box.height() * scale))));
    QImage image(size, QImage::Format_RGB32);
    if (image.isNull()) {
        return image;
    }
    image.fill(color(ColorRole::Surface, dark));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, scale > 0.2);
    p.scale(scale, scale);
    p.translate(-box.topLeft());
    // Below a pixel a line is drawn cosmetic, one pixel wide, so the far view keeps its edges.
    const QColor line = color(ColorRole::SurfaceLine, dark);
    for (const LayoutEdge &e : layout.edges) {
        QPen pen(line, edgeWidth(e.weight));
        pen.setCosmetic(edgeWidth(e.weight) * scale < 1);
        if (pen.isCosmetic()) {
            pen.setWidthF(1);
        }
        p.setPen(pen);
        p.drawPolyline(QPolygonF(QList<QPointF>(e.points.begin(), e.points.end())));
    }
    const bool readable = kSubtitleSize * scale >= 5;
    const QFont title = font(kTitleSize, true), subtitle = font(kSubtitleSize, false);
    const QFontMetricsF titleMetrics(title), subtitleMetrics(subtitle);
    const QColor text = color(ColorRole::SurfaceText, dark);
    for (const LayoutVertex &v : layout.vertices) {
        if (v.kind == LayoutVertex::Kind::Dummy) {
            continue;
        }
        const NodeLook look = lookOf(layout, index, v, dark);
        QPen pen(look.stroke, look.group ? 2 : 1.5);
        pen.setCosmetic(scale < 0.5);
        p.setPen(pen);
        p.setBrush(look.fill);
        p.drawRoundedRect(v.rect, 4, 4);
        if (!readable) {
            continue;
        }
        const qreal room = v.rect.width() - 2 * kPadding;
        const qreal titleY = v.rect.top() + kPadding + kTitleSize * 0.85;
        p.setPen(text);
        p.setFont(title);
        p.drawText(QPointF(v.rect.left() + kPadding, titleY),
            titleMetrics.elidedText(look.title, Qt::ElideMiddle, room));
        p.setFont(subtitle);
        p.drawText(QPointF(v.rect.left() + kPadding, titleY + kSubtitleSize + 4),
            subtitleMetrics.elidedText(look.subtitle, Qt::ElideRight, room));
    }
    p.end();
    return image;
}

bool exportLineage(const ProjectLayout &layout,
    const ArtifactIndex &index,
    const QString &path,
    const LineageExportOptions &options,
    QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("svg") && suffix != QLatin1String("png")) {
        *error = tr("%1: the file name must end in .svg or .png").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    if (suffix == QLatin1String("svg")) {
        file.write(lineageSvg(layout, index, options));
    } else {
        const QImage image = lineageImage(layout, index, options);
        if (image.isNull() || !image.save(&file, "PNG")) {
            file.cancelWriting();
            *error = tr("%1: cannot render the image").arg(path);
            return false;
        }
    }
    if (!file.commit()) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Dbtc::Ui
