// SPDX-License-Identifier: GPL-3.0-or-later
// Evaluation, as dbt-core's graph/selector.py NodeSelector does it: each criterion selects by
// its method, adds its graph neighbours, then the tests next to the result (indirect
// selection); groups combine the direct sets and the direct-or-indirect sets separately and
// re-admit cautious/buildable tests whose parents are now all there; the result is filtered by
// resource type and sorted.
#include "artifacts/selection/selection.h"

#include "artifacts/selection/selectioncontext.h"

#include <algorithm>

namespace Dbtc::Models::Selection {

namespace {

struct Bundle
{
    NodeSet direct, indirect;
};

bool subsetOf(std::span<const std::uint32_t> items, const NodeSet &set)
{
    return std::all_of(items.begin(), items.end(), [&](std::uint32_t p) {
        return set[p] != 0;
    });
}

class Engine
{
public:
    explicit Engine(Context &ctx)
        : m_ctx(ctx)
    { }

    std::optional<QString> eval(const Spec &spec, Bundle &out);

private:
    std::optional<QString> criterion(const Criterion &c, Bundle &out);
    void expand(const NodeSet &selected, IndirectMode mode, Bundle &out);
    void incorporate(NodeSet &direct, const NodeSet &indirect, IndirectMode mode);
    NodeSet sourcesAndUpstream(const NodeSet &selected, bool withSources);
    Context &m_ctx;
};

std::optional<QString> Engine::criterion(const Criterion &c, Bundle &out)
{
    const std::size_t n = m_ctx.size();
    NodeSet collected;
    if (c.method == Method::Selector) {
        Spec spec;
        if (auto err = selectorSpec(m_ctx, c.value, &spec)) {
            return err;
        }
        m_ctx.selectorStack.push_back(c.value);
        Bundle inner;
        auto err = eval(spec, inner);
        m_ctx.selectorStack.pop_back();
        if (err) {
            return err;
        }
        collected = std::move(inner.direct);
    } else if (auto err = matchMethod(m_ctx, c, collected)) {
        return err;
    }
    NodeSet selected = collected;
    if (c.childrensParents) {
        NodeSet down = collected;
        addDescendants(m_ctx, collected, -1, down);
        NodeSet up = down;
        addAncestors(m_ctx, down, -1, up);
        for (std::size_t i = 0; i < n; ++i) {
            selected[i] |= up[i];
        }
    }
    if (c.parents) {
        addAncestors(m_ctx, collected, c.parentsDepth, selected);
    }
    if (c.children) {
        addDescendants(m_ctx, collected, c.childrenDepth, selected);
    }
    const IndirectMode mode = c.indirect.value_or(m_ctx.flagMode);
    if (mode == IndirectMode::Empty) {
        out.direct = std::move(selected);
        out.indirect.assign(n, 0);
        return std::nullopt;
    }
    expand(selected, mode, out);
    return std::nullopt;
}

// selected + its parents (+ every source, for the per-criterion buildable check).
NodeSet Engine::sourcesAndUpstream(const NodeSet &selected, bool withSources)
{
    NodeSet sp = selected;
    addAncestors(m_ctx, selected, -1, sp);
    if (withSources) {
        const auto &entities = m_ctx.index.entities();
        for (std::size_t i = 0; i < entities.size(); ++i) {
            if (entities[i].type == ResourceType::Source && !entities[i].disabled) {
                sp[i] = 1;
            }
        }
    }
    return sp;
}

// expand_selection(): the tests and unit tests directly downstream of the selection.
void Engine::expand(const NodeSet &selected, IndirectMode mode, Bundle &out)
{
    const std::size_t n = m_ctx.size();
    out.direct = selected;
    out.indirect.assign(n, 0);
    const auto &entities = m_ctx.index.entities();
    NodeSet buildable;
    if (mode == IndirectMode::Buildable) {
        buildable = sourcesAndUpstream(selected, true);
    }
    for (std::uint32_t u = 0; u < n; ++u) {
        if (!selected[u] || !m_ctx.member[u]) {
            continue;
        }
        for (std::uint32_t t : m_ctx.index.children(u)) {
            const ResourceType type = entities[t].type;
            if (!m_ctx.member[t]
                || (type != ResourceType::Test && type != ResourceType::UnitTest)) {
                continue;
            }
            const auto parents = m_ctx.index.parents(t);
            if (mode == IndirectMode::Eager || subsetOf(parents, selected)) {
                out.direct[t] = 1;
            } else if (mode == IndirectMode::Buildable && subsetOf(parents, buildable)) {
                out.direct[t] = 1;
            } else {
                out.indirect[t] = 1;
            }
        }
    }
}

// incorporate_indirect_nodes(): tests held back by cautious/buildable whose parents all made
// it into the combined selection.
void Engine::incorporate(NodeSet &direct, const NodeSet &indirect, IndirectMode mode)
{
    if (direct == indirect || (mode != IndirectMode::Cautious && mode != IndirectMode::Buildable)) {
        return;
    }
    const auto &entities = m_ctx.index.entities();
    const NodeSet reference =
        mode == IndirectMode::Buildable ? sourcesAndUpstream(direct, false) : direct;
    NodeSet added = direct;
    for (std::uint32_t u = 0; u < direct.size(); ++u) {
        if (indirect[u] && isManifestNode(entities[u].type)
            && subsetOf(
                m_ctx.index.parents(u), mode == IndirectMode::Cautious ? added : reference)) {
            added[u] = 1;
        }
    }
    direct.swap(added);
}

std::optional<QString> Engine::eval(const Spec &spec, Bundle &out)
{
    const std::size_t n = m_ctx.size();
    if (spec.kind == Spec::Kind::Criterion) {
        return criterion(spec.criterion, out);
    }
    out.direct.assign(n, 0);
    out.indirect.assign(n, 0);
    if (spec.parts.empty()) {
        return std::nullopt;
    }
    bool first = true;
    for (const Spec &part : spec.parts) {
        Bundle b;
        if (auto err = eval(part, b)) {
            return err;
        }
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint8_t d = b.direct[i];
            const std::uint8_t di = b.direct[i] | b.indirect[i];
            if (first) {
                out.direct[i] = d;
                out.indirect[i] = di;
            } else if (spec.kind == Spec::Kind::Union) {
                out.direct[i] |= d;
                out.indirect[i] |= di;
            } else if (spec.kind == Spec::Kind::Intersection) {
                out.direct[i] &= d;
                out.indirect[i] &= di;
            } else {
                out.direct[i] &= std::uint8_t(!d);
                out.indirect[i] &= std::uint8_t(!di);
            }
        }
        first = false;
    }
    incorporate(out.direct, out.indirect, spec.indirect);
    return std::nullopt;
}

// dbt ls: ALL_RESOURCE_VALUES is DEFAULT_RESOURCE_VALUES plus analyses; hooks never listed.
const std::vector<std::string_view> kDefaultTypes { "model",
    "snapshot",
    "seed",
    "test",
    "source",
    "exposure",
    "metric",
    "saved_query",
    "semantic_model",
    "unit_test" };

std::optional<QString> resourceTypes(
    const QStringList &asked, const QStringList &excluded, std::vector<std::string> *out)
{
    auto add = [&](std::string_view t) {
        if (std::find(out->begin(), out->end(), t) == out->end()) {
            out->emplace_back(t);
        }
    };
    QStringList list = asked;
    if (list.isEmpty()) {
        list << QStringLiteral("all");
    }
    for (const QString &raw : std::as_const(list)) {
        const std::string t = raw.trimmed().toStdString();
        if (t == "all" || t == "default") {
            for (auto d : kDefaultTypes) {
                add(d);
            }
            if (t == "all") {
                add("analysis");
            }
        } else if (std::find(kDefaultTypes.begin(), kDefaultTypes.end(), t) != kDefaultTypes.end()
            || t == "analysis") {
            add(t);
        } else {
            return QStringLiteral("invalid resource type \"%1\": expected model, seed, snapshot, "
                                  "test, unit_test, source, exposure, metric, semantic_model, "
                                  "saved_query, analysis, default or all")
                .arg(raw);
        }
    }
    // dbt's TestSelector: asking for tests alone lists unit tests too.
    if (out->size() == 1 && out->front() == "test") {
        add("unit_test");
    }
    for (const QString &raw : excluded) {
        const std::string t = raw.trimmed().toStdString();
        out->erase(std::remove(out->begin(), out->end(), t), out->end());
    }
    return std::nullopt;
}

Spec defaultIncludes(IndirectMode mode)
{
    // DEFAULT_INCLUDES: fqn:* source:* exposure:* metric:* semantic_model:* saved_query:*
    Spec s;
    s.kind = Spec::Kind::Union;
    s.indirect = mode;
    for (Method m : { Method::Fqn,
             Method::Source,
             Method::Exposure,
             Method::Metric,
             Method::SemanticModel,
             Method::SavedQuery,
             Method::UnitTest }) {
        Spec part;
        part.kind = Spec::Kind::Criterion;
        part.criterion.method = m;
        part.criterion.value = "*";
        part.criterion.indirect = mode;
        s.parts.push_back(std::move(part));
    }
    return s;
}

std::optional<SelectionError> unionOf(
    const QStringList &args, SelectionError::Where where, IndirectMode mode, Spec *out)
{
    out->kind = Spec::Kind::Union;
    out->indirect = mode;
    for (int a = 0; a < args.size(); ++a) {
        Spec one;
        if (auto err = parseArgument(args[a], mode, &one)) {
            return SelectionError { where, a, err->column, args[a], err->message };
        }
        for (Spec &p : one.parts) {
            out->parts.push_back(std::move(p));
        }
    }
    return std::nullopt;
}

bool allBlank(const QStringList &args)
{
    return std::all_of(args.begin(), args.end(), [](const QString &s) {
        return s.trimmed().isEmpty();
    });
}

} // namespace

std::optional<IndirectMode> indirectModeFromName(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    if (n == u"eager") {
        return IndirectMode::Eager;
    }
    if (n == u"cautious") {
        return IndirectMode::Cautious;
    }
    if (n == u"buildable") {
        return IndirectMode::Buildable;
    }
    if (n == u"empty") {
        return IndirectMode::Empty;
    }
    return std::nullopt;
}

QString indirectModeName(IndirectMode mode)
{
    switch (mode) {
    case IndirectMode::Eager:
        return QStringLiteral("eager");
    case IndirectMode::Cautious:
        return QStringLiteral("cautious");
    case IndirectMode::Buildable:
        return QStringLiteral("buildable");
    case IndirectMode::Empty:
        return QStringLiteral("empty");
    }
    return {};
}

QString SelectionError::toString() const
{
    QString flag;
    switch (where) {
    case Where::Select:
        flag = QStringLiteral("--select");
        break;
    case Where::Exclude:
        flag = QStringLiteral("--exclude");
        break;
    case Where::Selector:
        flag = QStringLiteral("--selector");
        break;
    case Where::ResourceType:
        flag = QStringLiteral("--resource-type");
        break;
    case Where::State:
        flag = QStringLiteral("--state");
        break;
    }
    if (column > 0) {
        return QStringLiteral("%1 \"%2\", column %3: %4")
            .arg(flag, expression)
            .arg(column)
            .arg(message);
    }
    if (!expression.isEmpty()) {
        return QStringLiteral("%1 \"%2\": %3").arg(flag, expression, message);
    }
    return QStringLiteral("%1: %2").arg(flag, message);
}

std::optional<SelectionError> checkExpression(const QString &expression)
{
    Spec spec;
    if (auto err = parseArgument(expression, IndirectMode::Eager, &spec)) {
        return SelectionError {
            SelectionError::Where::Select, 0, err->column, expression, err->message
        };
    }
    return std::nullopt;
}

Result select(const ArtifactIndex &index, const SelectionQuery &query, const ArtifactIndex *state)
{
    Result result;
    std::vector<std::string> types;
    if (auto err = resourceTypes(query.resourceTypes, query.excludeResourceTypes, &types)) {
        result.error = SelectionError { SelectionError::Where::ResourceType,
            0,
            0,
            query.resourceTypes.join(QLatin1Char(' ')),
            *err };
        return result;
    }
    Context ctx(index, state, query.includeEmptyNodes);
    ctx.flagMode = query.indirect;

    Spec spec;
    SelectionError::Where where = SelectionError::Where::Select;
    std::string selectorName = query.selector.trimmed().toStdString();
    const bool noSelect = allBlank(query.select);
    const bool noExclude = allBlank(query.exclude);
    if (selectorName.empty() && noSelect && noExclude) {
        selectorName = defaultSelector(index); // a `default: true` YAML selector
    }
    if (!selectorName.empty()) {
        where = SelectionError::Where::Selector;
        if (auto err = selectorSpec(ctx, selectorName, &spec)) {
            result.error =
                SelectionError { where, 0, 0, QString::fromStdString(selectorName), *err };
            return result;
        }
        ctx.selectorStack.push_back(selectorName);
    } else {
        spec.kind = Spec::Kind::Difference;
        spec.indirect = query.indirect;
        Spec included, excluded;
        if (noSelect) {
            included = defaultIncludes(query.indirect);
        } else if (auto err = unionOf(
                       query.select, SelectionError::Where::Select, query.indirect, &included)) {
            result.error = err;
            return result;
        }
        if (auto err =
                unionOf(query.exclude, SelectionError::Where::Exclude, query.indirect, &excluded)) {
            result.error = err;
            return result;
        }
        spec.parts.push_back(std::move(included));
        spec.parts.push_back(std::move(excluded));
    }

    Bundle bundle;
    if (auto err = Engine(ctx).eval(spec, bundle)) {
        result.error = SelectionError { where,
            0,
            0,
            where == SelectionError::Where::Selector ? QString::fromStdString(selectorName)
                                                     : query.select.join(QLatin1Char(' ')),
            *err };
        return result;
    }
    const auto &entities = index.entities();
    for (std::uint32_t i = 0; i < entities.size(); ++i) {
        if (bundle.direct[i] && ctx.member[i]
            && std::find(types.begin(), types.end(), entities[i].resourceTypeName) != types.end()) {
            result.entities.push_back(i);
        }
    }
    std::sort(
        result.entities.begin(), result.entities.end(), [&](std::uint32_t a, std::uint32_t b) {
            return entities[a].uniqueId < entities[b].uniqueId;
        });
    return result;
}

} // namespace Dbtc::Models::Selection
