// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/artifacts/nodetreefilter.h"

#include "artifacts/artifactindex.h"

#include <QStringList>

namespace Dbtc::Models {

namespace {

bool equalsIgnoreCase(std::string_view value, const QString &wanted)
{
    return QString::compare(toQString(value), wanted, Qt::CaseInsensitive) == 0;
}

} // namespace

std::optional<ResourceType> resourceTypeFromFilterName(const QString &name)
{
    QString n = name.trimmed().toLower();
    // "models" and "saved_queries" read as naturally as "model" and "saved_query"
    if (n.endsWith(u"ies")) {
        n = n.chopped(3) + u'y';
    } else if (n.endsWith(u's') && n != u"analysis") {
        n.chop(1);
    }
    if (n == u"analyse" || n == u"analyses") {
        n = QStringLiteral("analysis");
    }
    const QByteArray utf8 = n.toUtf8();
    const ResourceType t =
        resourceTypeFromName(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (t == ResourceType::Other && n != u"other") {
        return std::nullopt;
    }
    return t;
}

QString resourceTypeTitle(ResourceType type)
{
    switch (type) {
    case ResourceType::Model:
        return QStringLiteral("Models");
    case ResourceType::Test:
        return QStringLiteral("Tests");
    case ResourceType::Seed:
        return QStringLiteral("Seeds");
    case ResourceType::Snapshot:
        return QStringLiteral("Snapshots");
    case ResourceType::Analysis:
        return QStringLiteral("Analyses");
    case ResourceType::Operation:
        return QStringLiteral("Operations");
    case ResourceType::Source:
        return QStringLiteral("Sources");
    case ResourceType::Exposure:
        return QStringLiteral("Exposures");
    case ResourceType::Metric:
        return QStringLiteral("Metrics");
    case ResourceType::SemanticModel:
        return QStringLiteral("Semantic models");
    case ResourceType::SavedQuery:
        return QStringLiteral("Saved queries");
    case ResourceType::UnitTest:
        return QStringLiteral("Unit tests");
    case ResourceType::Macro:
        return QStringLiteral("Macros");
    case ResourceType::Group:
        return QStringLiteral("Groups");
    case ResourceType::Other:
        break;
    }
    return QStringLiteral("Other");
}

NodeFilter NodeFilter::parse(const QString &query)
{
    NodeFilter f;
    QStringList free;
    const QStringList words = query.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const qsizetype colon = word.indexOf(u':');
        const QString key = colon > 0 ? word.left(colon).toLower() : QString();
        const QString value = colon > 0 ? word.mid(colon + 1) : QString();
        if (key == u"tag") {
            f.tag = value;
        } else if (key == u"mat" || key == u"materialized") {
            f.materialized = value;
        } else if (key == u"status") {
            f.status = value;
        } else if (key == u"path") {
            f.path = value;
        } else if (key == u"pkg" || key == u"package") {
            f.package = value;
        } else if (key == u"type" && resourceTypeFromFilterName(value)) {
            f.type = resourceTypeFromFilterName(value);
        } else {
            free.append(word); // unique_ids contain no spaces; "a:b" that is no key stays text
        }
    }
    f.text = free.join(u' ');
    return f;
}

bool NodeFilter::isEmpty() const
{
    return text.isEmpty() && tag.isEmpty() && materialized.isEmpty() && status.isEmpty()
        && path.isEmpty() && package.isEmpty() && !type && !selected;
}

bool NodeFilter::accepts(const ArtifactIndex &index, const Entity &e) const
{
    if (type ? e.type != *type : e.type == ResourceType::Macro) {
        return false;
    }
    if (selected) {
        // e is an element of index.entities(): its position is its entity index
        const auto i = std::size_t(&e - index.entities().data());
        if (i >= selected->size() || !(*selected)[i]) {
            return false;
        }
    }
    if (!materialized.isEmpty() && !equalsIgnoreCase(e.materialized, materialized)) {
        return false;
    }
    if (!package.isEmpty() && !equalsIgnoreCase(e.packageName, package)) {
        return false;
    }
    if (!path.isEmpty() && !toQString(e.path).contains(path, Qt::CaseInsensitive)) {
        return false;
    }
    if (!tag.isEmpty()) {
        bool found = false;
        for (std::string_view t : index.tags(e)) {
            found = found || equalsIgnoreCase(t, tag);
        }
        if (!found) {
            return false;
        }
    }
    if (!status.isEmpty()) {
        const RunResult *r = index.resultFor(e.uniqueId);
        if (status.compare(u"none", Qt::CaseInsensitive) == 0) {
            return r == nullptr;
        }
        if (!r) {
            return false;
        }
        if (status.compare(u"problem", Qt::CaseInsensitive) == 0) {
            return r->isProblem();
        }
        // "runtime_error" and "runtime error" both work: a space cannot be typed in a filter word
        QString wanted = status;
        wanted.replace(u'_', u' ');
        return equalsIgnoreCase(r->status, wanted);
    }
    return true;
}

} // namespace Dbtc::Models
