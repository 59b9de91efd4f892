// SPDX-License-Identifier: GPL-3.0-or-later
// YAML selectors as the manifest stores them (top-level "selectors": name -> {name, definition,
// description, default}), turned into specs the way dbt-core's graph/cli.py
// parse_from_definition does: strings are single atoms, {method: value} one-key dicts,
// {method, value, parents, children, ...} full dicts, union/intersection lists with at most
// one exclude entry per level.
#include "artifacts/selection/jsonview.h"
#include "artifacts/selection/selectioncontext.h"

#include <algorithm>

namespace Dbtc::Models::Selection {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string_view selectorsJson(const ArtifactIndex &index)
{
    for (const ArtifactDocument &d : index.documents()) {
        if (d.kind == ArtifactKind::Manifest && !d.selectors.empty()) {
            return d.selectors;
        }
    }
    return {};
}

// A YAML scalar as dbt sees it: strings as they are, booleans and numbers as written.
bool scalarText(std::string_view v, std::string *text, ValueKind *kind)
{
    switch (Json::kindOf(v)) {
    case Json::Kind::String:
        *text = Json::stringValue(v);
        *kind = ValueKind::String;
        return true;
    case Json::Kind::True:
    case Json::Kind::False:
        *text = std::string(Json::trimmed(v));
        *kind = ValueKind::Boolean;
        return true;
    case Json::Kind::Number:
        *text = std::string(Json::trimmed(v));
        *kind = ValueKind::Number;
        return true;
    default:
        return false;
    }
}

bool truthy(std::string_view v)
{
    switch (Json::kindOf(v)) {
    case Json::Kind::True:
        return true;
    case Json::Kind::String:
        return !Json::stringValue(v).empty();
    case Json::Kind::Number:
        return Json::trimmed(v) != "0";
    default:
        return false;
    }
}

std::optional<QString> depth(std::string_view v, int *out)
{
    std::string text;
    ValueKind kind;
    if (v.empty() || Json::kindOf(v) == Json::Kind::Null) {
        return std::nullopt;
    }
    if (!scalarText(v, &text, &kind) || text.empty()) {
        return std::nullopt;
    }
    bool ok = false;
    const int d = QString::fromStdString(text).toInt(&ok);
    if (!ok || d < 0) {
        return QStringLiteral("could not handle depth %1").arg(q(text));
    }
    *out = d;
    return std::nullopt;
}

class DefinitionParser
{
public:
    DefinitionParser(Context &ctx)
        : m_ctx(ctx)
    { }

    std::optional<QString> parse(std::string_view def, Spec *out, bool root);

private:
    std::optional<QString> parseList(std::string_view def, const char *key, Spec *out);
    std::optional<QString> parseExclusions(std::string_view list, Spec *out, bool *any);
    std::optional<QString> parseDict(std::string_view def, Spec *out);
    Context &m_ctx;
};

std::optional<QString> DefinitionParser::parse(std::string_view def, Spec *out, bool root)
{
    const Json::Kind kind = Json::kindOf(def);
    if (kind == Json::Kind::String) {
        const QString text = QString::fromStdString(Json::stringValue(def));
        out->kind = Spec::Kind::Criterion;
        const std::u16string_view atom(
            reinterpret_cast<const char16_t *>(text.utf16()), std::size_t(text.size()));
        if (auto err = parseAtom(atom, 1, &out->criterion)) {
            return QStringLiteral("\"%1\" column %2: %3")
                .arg(text)
                .arg(err->column)
                .arg(err->message);
        }
        return std::nullopt;
    }
    if (kind != Json::Kind::Object) {
        return QStringLiteral("expected a string or a mapping as a selector definition");
    }
    const bool hasUnion = !Json::member(def, "union").empty();
    const bool hasIntersection = !Json::member(def, "intersection").empty();
    if (root && (hasUnion || hasIntersection) && Json::memberCount(def) > 1) {
        return QStringLiteral("only a single 'union' or 'intersection' key is allowed in a root "
                              "level selector definition");
    }
    if (hasUnion) {
        return parseList(def, "union", out);
    }
    if (hasIntersection) {
        return parseList(def, "intersection", out);
    }
    return parseDict(def, out);
}

std::optional<QString> DefinitionParser::parseExclusions(
    std::string_view list, Spec *out, bool *any)
{
    if (Json::kindOf(list) != Json::Kind::Array) {
        return QStringLiteral("invalid value for key \"exclude\": expected a list");
    }
    Spec exclusions;
    exclusions.kind = Spec::Kind::Union;
    std::optional<QString> error;
    Json::forEachElement(list, [&](std::string_view item) {
        Spec part;
        error = parse(item, &part, false);
        exclusions.parts.push_back(std::move(part));
        return !error;
    });
    if (error) {
        return error;
    }
    *any = !exclusions.parts.empty();
    *out =
        exclusions.parts.size() == 1 ? std::move(exclusions.parts.front()) : std::move(exclusions);
    return std::nullopt;
}

std::optional<QString> DefinitionParser::parseList(std::string_view def, const char *key, Spec *out)
{
    const std::string_view list = Json::member(def, key);
    if (Json::kindOf(list) != Json::Kind::Array) {
        return QStringLiteral("invalid value for key \"%1\": expected a list")
            .arg(QLatin1String(key));
    }
    Spec group;
    group.kind = std::string_view(key) == "union" ? Spec::Kind::Union : Spec::Kind::Intersection;
    std::optional<Spec> excluded;
    std::optional<QString> error;
    Json::forEachElement(list, [&](std::string_view item) {
        const std::string_view exclude = Json::kindOf(item) == Json::Kind::Object
            ? Json::member(item, "exclude")
            : std::string_view();
        if (!exclude.empty()) {
            if (excluded) {
                error = QStringLiteral("you cannot provide multiple exclude arguments to the "
                                       "same selector set operator");
                return false;
            }
            Spec ex;
            bool any = false;
            error = parseExclusions(exclude, &ex, &any);
            if (any) {
                excluded = std::move(ex);
            }
            return !error;
        }
        Spec part;
        error = parse(item, &part, false);
        group.parts.push_back(std::move(part));
        return !error;
    });
    if (error) {
        return error;
    }
    if (!excluded) {
        *out = std::move(group);
        return std::nullopt;
    }
    Spec diff;
    diff.kind = Spec::Kind::Difference;
    diff.parts.push_back(std::move(group));
    diff.parts.push_back(std::move(*excluded));
    *out = std::move(diff);
    return std::nullopt;
}

std::optional<QString> DefinitionParser::parseDict(std::string_view def, Spec *out)
{
    Criterion c;
    c.column = 0;
    std::string methodText;
    std::string_view value;
    std::optional<Spec> excluded;
    if (Json::memberCount(def) == 1) {
        Json::forEachMember(def, [&](const std::string &k, std::string_view v) {
            methodText = k;
            value = v;
            return false;
        });
    } else {
        const std::string_view method = Json::member(def, "method");
        value = Json::member(def, "value");
        if (method.empty() || value.empty()) {
            return QStringLiteral("expected either 1 key or else \"method\" and \"value\" keys");
        }
        bool ok = false;
        methodText = Json::stringValue(method, &ok);
        if (!ok) {
            return QStringLiteral("\"method\" must be a string");
        }
        if (methodText != "selector") {
            const std::string_view exclude = Json::member(def, "exclude");
            if (!exclude.empty()) {
                Spec ex;
                bool any = false;
                if (auto err = parseExclusions(exclude, &ex, &any)) {
                    return err;
                }
                if (any) {
                    excluded = std::move(ex);
                }
            }
            c.childrensParents = truthy(Json::member(def, "childrens_parents"));
            c.parents = truthy(Json::member(def, "parents"));
            c.children = truthy(Json::member(def, "children"));
            if (auto err = depth(Json::member(def, "parents_depth"), &c.parentsDepth)) {
                return err;
            }
            if (auto err = depth(Json::member(def, "children_depth"), &c.childrenDepth)) {
                return err;
            }
            const std::string_view indirect = Json::member(def, "indirect_selection");
            if (!indirect.empty() && Json::kindOf(indirect) != Json::Kind::Null) {
                const auto mode =
                    indirectModeFromName(QString::fromStdString(Json::stringValue(indirect)));
                if (!mode) {
                    return QStringLiteral("invalid indirect_selection \"%1\": expected eager, "
                                          "cautious, buildable or empty")
                        .arg(q(Json::stringValue(indirect)));
                }
                c.indirect = *mode;
            }
        }
    }
    if (auto err = parseMethod(methodText, &c)) {
        return err;
    }
    if (!scalarText(value, &c.value, &c.valueKind)) {
        return QStringLiteral("the value of \"%1\" must be a string, number or boolean")
            .arg(q(methodText));
    }
    if (c.children && c.childrensParents) {
        return QStringLiteral(
            "\"@\" (childrens_parents) and \"+\" suffix (children) are incompatible");
    }
    if (auto err = checkValue(c)) {
        return err;
    }
    Spec base;
    base.kind = Spec::Kind::Criterion;
    base.criterion = std::move(c);
    if (!excluded) {
        *out = std::move(base);
        return std::nullopt;
    }
    out->kind = Spec::Kind::Difference;
    out->parts.clear();
    out->parts.push_back(std::move(base));
    out->parts.push_back(std::move(*excluded));
    return std::nullopt;
}

} // namespace

std::optional<QString> selectorSpec(Context &ctx, const std::string &name, Spec *out)
{
    const std::string_view all = selectorsJson(ctx.index);
    const std::string_view entry = Json::member(all, name);
    if (entry.empty()) {
        return QStringLiteral("no YAML selector named \"%1\" in the manifest").arg(q(name));
    }
    if (std::find(ctx.selectorStack.begin(), ctx.selectorStack.end(), name)
        != ctx.selectorStack.end()) {
        return QStringLiteral("selector \"%1\" refers to itself").arg(q(name));
    }
    const std::string_view def = Json::member(entry, "definition");
    if (def.empty()) {
        return QStringLiteral("selector \"%1\" has no definition").arg(q(name));
    }
    DefinitionParser parser(ctx);
    if (auto err = parser.parse(def, out, true)) {
        return QStringLiteral("selector \"%1\": %2").arg(q(name), *err);
    }
    return std::nullopt;
}

std::string defaultSelector(const ArtifactIndex &index)
{
    std::string found;
    Json::forEachMember(selectorsJson(index), [&](const std::string &name, std::string_view entry) {
        if (Json::kindOf(Json::member(entry, "default")) == Json::Kind::True) {
            found = name;
            return false;
        }
        return true;
    });
    return found;
}

} // namespace Dbtc::Models::Selection
