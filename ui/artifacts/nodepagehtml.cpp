// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/artifacts/nodepagehtml.h"

#include "artifacts/artifactfile.h"
#include "artifacts/artifactindex.h"
#include "models/common/timetext.h"
#include "ui/artifacts/nodetext.h"
#include "ui/widgets/palette.h"
#include "ui/widgets/statusstyle.h"

#include <QTextDocument>

#include <algorithm>

namespace Dbtc::Ui {

using namespace Models;

namespace {

// A column's description is one cell of a table: longer than this it is noise, not help.
constexpr qsizetype kMaxColumnDescriptionBytes = 4096;

QString cellText(const JsonText &text)
{
    const ShownText shown = shownText(text, kMaxColumnDescriptionBytes);
    return shown.cut ? shown.text + QStringLiteral(" …") : shown.text;
}

//! "(cut: 300 MiB in the artifact, the first 64 KiB shown)" after a long text, or nothing.
QString cutNote(const ShownText &shown)
{
    if (!shown.cut) {
        return {};
    }
    return QStringLiteral("<p style=\"color:%1\"><i>Cut: %2 in the artifact, the first %3 "
                          "shown.</i></p>")
        .arg(colorName(ColorRole::Muted),
            describeByteSize(shown.fullBytes),
            describeByteSize(MaxShownProseBytes));
}

// Big fan-outs (a staging model used by 900 others) stay readable and cheap to render.
constexpr std::size_t kMaxLinks = 200;

QString esc(std::string_view s)
{
    return toQString(s).toHtmlEscaped();
}

QString markdownHtml(const QString &markdown)
{
    QTextDocument doc;
    doc.setMarkdown(markdown);
    const QString html = doc.toHtml();
    const qsizetype bodyOpen = html.indexOf(u"<body");
    const qsizetype start = bodyOpen < 0 ? -1 : html.indexOf(u'>', bodyOpen);
    const qsizetype end = html.lastIndexOf(u"</body>");
    if (start < 0 || end < start) {
        return markdown.toHtmlEscaped();
    }
    return html.mid(start + 1, end - start - 1);
}

QString statusSpan(std::string_view status)
{
    const StatusLook look = nodeStatusLook(toQString(status));
    return QStringLiteral("<span style=\"color:%1; font-weight:600\">%2</span>")
        .arg(colorName(look.role), look.label().toHtmlEscaped());
}

QString link(const ArtifactIndex &index, std::uint32_t e)
{
    const Entity &x = index.entities()[e];
    QString text = QStringLiteral("<a href=\"%1\">%2</a> <span style=\"color:%4\">%3</span>")
                       .arg(nodeLink(e).toString(),
                           esc(x.name),
                           esc(x.resourceTypeName),
                           colorName(ColorRole::Muted));
    if (const RunResult *r = index.resultFor(x.uniqueId)) {
        text += u"&nbsp;&nbsp;" + statusSpan(r->status);
    }
    return text;
}

QString linkList(const ArtifactIndex &index, const std::vector<std::uint32_t> &entities)
{
    if (entities.empty()) {
        return QStringLiteral("<p style=\"color:%1\">None</p>").arg(colorName(ColorRole::Muted));
    }
    QString html = QStringLiteral("<ul style=\"margin-top:0\">");
    for (std::size_t i = 0; i < std::min(entities.size(), kMaxLinks); ++i) {
        html += u"<li>" + link(index, entities[i]) + u"</li>";
    }
    if (entities.size() > kMaxLinks) {
        html += QStringLiteral("<li><i>and %1 more</i></li>").arg(entities.size() - kMaxLinks);
    }
    return html + u"</ul>";
}

QString row(const QString &key, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style=\"color:%3; padding-right:16px\">%1</td><td>%2</td></tr>")
        .arg(key.toHtmlEscaped(), valueHtml, colorName(ColorRole::Muted));
}

QString resultBox(const RunResult &r)
{
    const QString colour = colorName(nodeStatusLook(toQString(r.status)).role);
    QString html = QStringLiteral("<table width=\"100%\" cellpadding=\"8\" style=\"background:%1; "
                                  "border-left: 4px solid %2\"><tr><td>")
                       .arg(colorName(r.isProblem() ? ColorRole::ErrorBackground
                                                    : ColorRole::SuccessBackground),
                           colour);
    html += QStringLiteral("<b>Last result:</b> %1 &nbsp; %2")
                .arg(statusSpan(r.status), Models::executionTimeText(r.executionTime));
    if (r.failures > 0) {
        html += QStringLiteral(" &nbsp; <b>%1</b> failing rows").arg(r.failures);
    }
    const ShownText message = shownText(r.message, MaxShownProseBytes);
    if (!message.text.isEmpty()) {
        html += QStringLiteral("<pre style=\"white-space:pre-wrap\">%1</pre>")
                    .arg(message.text.toHtmlEscaped());
        html += cutNote(message);
    }
    return html + u"</td></tr></table>";
}

QString columnsTable(const ArtifactIndex &index, const Entity &e, const CatalogTable *catalog)
{
    struct Row
    {
        QString name, type, description;
        int position = 1 << 30;
    };

    std::vector<Row> rows;
    for (const Column &c : index.columns(e)) {
        rows.push_back({ toQString(c.name), toQString(c.dataType), cellText(c.description) });
    }
    if (catalog) {
        for (const CatalogColumn &c : index.columns(*catalog)) {
            const QString name = toQString(c.name);
            auto it = std::find_if(rows.begin(), rows.end(), [&](const Row &r) {
                return r.name.compare(name, Qt::CaseInsensitive) == 0;
            });
            if (it == rows.end()) {
                it = rows.insert(rows.end(), Row { name, {}, cellText(c.comment) });
            }
            it->type = toQString(c.type); // the warehouse's type wins over a declared one
            it->position = c.index;
        }
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return a.position < b.position;
        });
    }
    if (rows.empty()) {
        return QStringLiteral("<p style=\"color:%2\">No columns documented%1.</p>")
            .arg(catalog ? QString()
                         : QStringLiteral(" (open a catalog.json to see the warehouse's columns)"),
                colorName(ColorRole::Muted));
    }
    QString html =
        QStringLiteral("<table cellpadding=\"3\" cellspacing=\"0\" width=\"100%\">"
                       "<tr style=\"background:%1\"><th align=\"left\">Column</th>"
                       "<th align=\"left\">Type</th><th align=\"left\">Description</th></tr>")
            .arg(colorName(ColorRole::HeaderBackground));
    for (const Row &r : rows) {
        html += QStringLiteral(
            "<tr><td><code>%1</code></td><td style=\"color:%4\">%2</td><td>%3</td></tr>")
                    .arg(r.name.toHtmlEscaped(),
                        r.type.toHtmlEscaped(),
                        r.description.toHtmlEscaped(),
                        colorName(ColorRole::Muted));
    }
    return html + u"</table>";
}

} // namespace

QUrl nodeLink(std::uint32_t entity)
{
    QUrl url;
    url.setScheme(QStringLiteral("node"));
    url.setPath(QString::number(entity));
    return url;
}

int entityFromLink(const QUrl &url)
{
    bool ok = false;
    const int e = url.scheme() == u"node" ? url.path().toInt(&ok) : -1;
    return ok ? e : -1;
}

QString nodeInfoHtml(const ArtifactIndex &index, std::uint32_t entity)
{
    const Entity &e = index.entities()[entity];
    QString html = QStringLiteral(
        "<h2 style=\"margin-bottom:2px\">%1 <span style=\"color:%4; font-size:small; "
        "font-weight:normal\">%2%3</span></h2>")
                       .arg(esc(e.name),
                           esc(e.resourceTypeName),
                           e.disabled ? QStringLiteral(" (disabled)") : QString(),
                           colorName(ColorRole::Muted));
    html += QStringLiteral("<p style=\"color:%2; margin-top:0\"><code>%1</code></p>")
                .arg(esc(e.uniqueId), colorName(ColorRole::Muted));

    const RunResult *result = index.resultFor(e.uniqueId);
    if (result) {
        html += resultBox(*result);
    }

    const ShownText description = shownText(e.description, MaxShownProseBytes);
    html += description.text.isEmpty()
        ? QStringLiteral("<p style=\"color:%1\"><i>No description.</i></p>")
              .arg(colorName(ColorRole::Muted))
        : markdownHtml(description.text) + cutNote(description);

    // parents, children, and the tests that guard this node (tests are children, listed apart)
    std::vector<std::uint32_t> parents(index.parents(entity).begin(), index.parents(entity).end());
    std::vector<std::uint32_t> children, tests;
    for (std::uint32_t c : index.children(entity)) {
        const ResourceType t = index.entities()[c].type;
        (t == ResourceType::Test || t == ResourceType::UnitTest ? tests : children).push_back(c);
    }

    html += u"<h3>Details</h3><table cellpadding=\"2\">";
    if (!e.materialized.empty()) {
        html += row(QStringLiteral("Materialized"), esc(e.materialized));
    }
    QStringList parts;
    for (std::string_view p : { e.database, e.schema, e.alias.empty() ? e.name : e.alias }) {
        if (!p.empty()) {
            parts.append(toQString(p));
        }
    }
    if (parts.size() > 1) {
        html += row(
            QStringLiteral("Relation"), u"<code>" + parts.join(u'.').toHtmlEscaped() + u"</code>");
    }
    html += row(QStringLiteral("Package"), esc(e.packageName));
    html += row(QStringLiteral("File"), u"<code>" + esc(e.path) + u"</code>");
    QStringList tags;
    for (std::string_view t : index.tags(e)) {
        tags.append(toQString(t).toHtmlEscaped());
    }
    if (!tags.isEmpty()) {
        html += row(QStringLiteral("Tags"), tags.join(QStringLiteral(", ")));
    }
    const CatalogTable *catalog = index.catalogFor(e.uniqueId);
    if (catalog) {
        html += row(QStringLiteral("Warehouse type"), esc(catalog->type));
        if (!catalog->owner.empty()) {
            html += row(QStringLiteral("Owner"), esc(catalog->owner));
        }
        for (const CatalogStat &s : index.stats(*catalog)) {
            if (s.include) {
                html += row(toQString(s.label), esc(s.value));
            }
        }
    }
    html += u"</table>";

    html += u"<h3>Columns</h3>" + columnsTable(index, e, catalog);
    html += QStringLiteral("<h3>Tests (%1)</h3>").arg(tests.size()) + linkList(index, tests);
    html +=
        QStringLiteral("<h3>Depends on (%1)</h3>").arg(parents.size()) + linkList(index, parents);
    html +=
        QStringLiteral("<h3>Used by (%1)</h3>").arg(children.size()) + linkList(index, children);
    return html;
}

} // namespace Dbtc::Ui
