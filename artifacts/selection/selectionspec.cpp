// SPDX-License-Identifier: GPL-3.0-or-later
// The atom grammar is dbt-core's RAW_SELECTOR_PATTERN read by hand:
//   (\d*@)? (\d*\+)? ([\w.]+:)? value (\+\d*)?   with value lazy, so the suffix is the last '+'
// followed only by digits. Columns count UTF-16 characters from 1, as the input box shows them.
#include "artifacts/selection/selectionspec.h"

#include <QString>

#include <array>
#include <climits>

namespace Dbtc::Models::Selection {

namespace {

const std::array<std::pair<std::string_view, Method>, 23> kMethods { {
    { "fqn", Method::Fqn },
    { "tag", Method::Tag },
    { "group", Method::Group },
    { "access", Method::Access },
    { "source", Method::Source },
    { "path", Method::Path },
    { "file", Method::File },
    { "package", Method::Package },
    { "config", Method::Config },
    { "test_name", Method::TestName },
    { "test_type", Method::TestType },
    { "resource_type", Method::ResourceType },
    { "state", Method::State },
    { "exposure", Method::Exposure },
    { "metric", Method::Metric },
    { "result", Method::Result },
    { "source_status", Method::SourceStatus },
    { "wildcard", Method::Wildcard },
    { "version", Method::Version },
    { "semantic_model", Method::SemanticModel },
    { "saved_query", Method::SavedQuery },
    { "unit_test", Method::UnitTest },
    { "selector", Method::Selector },
} };

bool isWordChar(char16_t c)
{
    return c == u'_' || QChar(c).isLetterOrNumber();
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

int toDepth(std::u16string_view digits)
{
    long long v = 0;
    for (char16_t c : digits) {
        v = v * 10 + (c - u'0');
        if (v > INT_MAX) {
            return INT_MAX;
        }
    }
    return int(v);
}

std::string utf8(std::u16string_view s)
{
    return QString::fromUtf16(s.data(), qsizetype(s.size())).toStdString();
}

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::size_t partCount(const std::string &value)
{
    std::size_t n = 1;
    for (char c : value) {
        n += c == '.';
    }
    return n;
}

QString oneOf(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *n : names) {
        list << QStringLiteral("\"%1\"").arg(QLatin1String(n));
    }
    return list.join(QStringLiteral(", "));
}

bool in(std::string_view v, std::initializer_list<std::string_view> names)
{
    for (auto n : names) {
        if (v == n) {
            return true;
        }
    }
    return false;
}

} // namespace

std::optional<Method> methodFromName(std::string_view name)
{
    for (const auto &m : kMethods) {
        if (m.first == name) {
            return m.second;
        }
    }
    return std::nullopt;
}

std::string_view methodName(Method method)
{
    for (const auto &m : kMethods) {
        if (m.second == method) {
            return m.first;
        }
    }
    return {};
}

const std::vector<std::string_view> &methodNames()
{
    static const std::vector<std::string_view> names = [] {
        std::vector<std::string_view> n;
        for (const auto &m : kMethods) {
            n.push_back(m.first);
        }
        return n;
    }();
    return names;
}

std::optional<QString> parseMethod(std::string_view text, Criterion *out)
{
    const std::size_t dot = text.find('.');
    const std::string_view name = text.substr(0, dot);
    const auto method = methodFromName(name);
    if (!method) {
        return QStringLiteral("'%1' is not a valid method name (expected one of %2)")
            .arg(q(name),
                q("fqn, tag, path, file, package, source, resource_type, config.KEY, "
                  "test_type, test_name, exposure, metric, semantic_model, "
                  "saved_query, unit_test, group, access, version, state, result, "
                  "source_status, selector"));
    }
    out->method = *method;
    out->arguments.clear();
    std::size_t at = dot;
    while (at != std::string_view::npos) {
        const std::size_t next = text.find('.', at + 1);
        out->arguments.emplace_back(
            text.substr(at + 1, next == std::string_view::npos ? next : next - at - 1));
        at = next;
    }
    return std::nullopt;
}

std::optional<QString> checkValue(const Criterion &c)
{
    const std::string &v = c.value;
    switch (c.method) {
    case Method::Config:
        if (c.arguments.empty()) {
            return QStringLiteral(
                "config needs a key: config.KEY:value (e.g. config.materialized:table)");
        }
        break;
    case Method::ResourceType:
        if (!in(v,
                { "model",
                    "analysis",
                    "test",
                    "snapshot",
                    "operation",
                    "seed",
                    "rpc",
                    "sql_operation",
                    "doc",
                    "source",
                    "macro",
                    "exposure",
                    "metric",
                    "group",
                    "saved_query",
                    "semantic_model",
                    "unit_test",
                    "fixture" })) {
            return QStringLiteral("invalid resource_type \"%1\": expected model, seed, snapshot, "
                                  "test, unit_test, source, exposure, metric, semantic_model, "
                                  "saved_query, analysis, operation, ...")
                .arg(q(v));
        }
        break;
    case Method::TestType:
        if (!in(v, { "generic", "schema", "singular", "data", "unit" })) {
            return QStringLiteral("invalid test_type \"%1\": expected %2")
                .arg(q(v), oneOf({ "generic", "singular", "unit", "data", "schema" }));
        }
        break;
    case Method::Version:
        if (!in(v, { "latest", "prerelease", "old", "none" })) {
            return QStringLiteral("invalid version selector \"%1\": expected %2")
                .arg(q(v), oneOf({ "latest", "prerelease", "old", "none" }));
        }
        break;
    case Method::State:
        if (!in(v,
                { "new",
                    "old",
                    "modified",
                    "unmodified",
                    "modified.body",
                    "modified.configs",
                    "modified.persisted_descriptions",
                    "modified.relation",
                    "modified.macros",
                    "modified.contract" })) {
            return QStringLiteral("invalid state selector \"%1\": expected %2")
                .arg(q(v),
                    oneOf({ "new",
                        "old",
                        "modified",
                        "unmodified",
                        "modified.body",
                        "modified.configs",
                        "modified.persisted_descriptions",
                        "modified.relation",
                        "modified.macros",
                        "modified.contract" }));
        }
        break;
    case Method::SourceStatus:
        if (v != "fresher") {
            return QStringLiteral("invalid source_status \"%1\": expected \"fresher\" "
                                  "(source_status:fresher+ selects what is downstream)")
                .arg(q(v));
        }
        break;
    case Method::Source:
        if (partCount(v) > 3) {
            return QStringLiteral("invalid source selector \"%1\": expected source_name, "
                                  "source_name.table_name or package.source_name.table_name")
                .arg(q(v));
        }
        break;
    case Method::Exposure:
    case Method::Metric:
    case Method::SemanticModel:
    case Method::SavedQuery:
        if (partCount(v) > 2) {
            return QStringLiteral("invalid %1 selector \"%2\": expected name or package.name")
                .arg(q(methodName(c.method)), q(v));
        }
        break;
    case Method::UnitTest:
        if (partCount(v) > 3) {
            return QStringLiteral("invalid unit_test selector \"%1\": expected name, "
                                  "model.name or package.model.name")
                .arg(q(v));
        }
        break;
    case Method::Wildcard:
        return QStringLiteral("the wildcard method is reserved by dbt and selects nothing; use "
                              "fqn:* for everything");
    case Method::Path:
        if (!v.empty() && (v[0] == '/' || (v.size() > 1 && v[1] == ':'))) {
            return QStringLiteral("path:%1 is absolute; dbt matches paths relative to the "
                                  "project root")
                .arg(q(v));
        }
        break;
    default:
        break;
    }
    return std::nullopt;
}

std::optional<ParseError> parseAtom(std::u16string_view atom, int column, Criterion *out)
{
    Criterion c;
    c.column = column;
    c.length = int(atom.size());
    std::size_t i = 0;
    // (\d*)@
    {
        std::size_t d = i;
        while (d < atom.size() && isDigit(atom[d])) {
            ++d;
        }
        if (d < atom.size() && atom[d] == u'@') {
            c.childrensParents = true;
            i = d + 1;
        }
    }
    // (\d*)\+
    {
        std::size_t d = i;
        while (d < atom.size() && isDigit(atom[d])) {
            ++d;
        }
        if (d < atom.size() && atom[d] == u'+') {
            c.parents = true;
            if (d > i) {
                c.parentsDepth = toDepth(atom.substr(i, d - i));
            }
            i = d + 1;
        }
    }
    // ([\w.]+):
    bool explicitMethod = false;
    std::size_t valueStart = i;
    {
        std::size_t m = i;
        while (m < atom.size() && (isWordChar(atom[m]) || atom[m] == u'.')) {
            ++m;
        }
        if (m > i && m < atom.size() && atom[m] == u':') {
            if (auto err = parseMethod(utf8(atom.substr(i, m - i)), &c)) {
                return ParseError { column + int(i), *err };
            }
            explicitMethod = true;
            valueStart = m + 1;
        }
    }
    // value, then (\+\d*) at the very end
    std::u16string_view rest = atom.substr(valueStart);
    const std::size_t plus = rest.rfind(u'+');
    if (plus != std::u16string_view::npos) {
        bool digits = true;
        for (std::size_t k = plus + 1; k < rest.size(); ++k) {
            digits = digits && isDigit(rest[k]);
        }
        if (digits) {
            c.children = true;
            if (plus + 1 < rest.size()) {
                c.childrenDepth = toDepth(rest.substr(plus + 1));
            }
            if (c.childrensParents) {
                return ParseError { column + int(valueStart + plus),
                    QStringLiteral("\"@\" prefix and \"+\" suffix are incompatible: "
                                   "@X already takes X's children and their parents") };
            }
            rest = rest.substr(0, plus);
        }
    }
    if (rest.empty()) {
        const int at = column + int(valueStart);
        if (explicitMethod) {
            return ParseError { at,
                QStringLiteral("expected a value after \"%1:\"")
                    .arg(QString::fromUtf16(atom.data() + i, qsizetype(valueStart - 1 - i))) };
        }
        return ParseError { at, QStringLiteral("expected a node name, method:value or path") };
    }
    c.value = utf8(rest);
    if (!explicitMethod) {
        // default_method(): a path separator makes it a path, a model/seed file name a file.
        if (c.value.find('/') != std::string::npos || c.value.find('\\') != std::string::npos) {
            c.method = Method::Path;
        } else {
            std::string lower = c.value;
            for (char &ch : lower) {
                ch = char(std::tolower(static_cast<unsigned char>(ch)));
            }
            const auto ends = [&](std::string_view suffix) {
                return lower.size() >= suffix.size()
                    && lower.compare(lower.size() - suffix.size(), suffix.size(), suffix) == 0;
            };
            c.method = ends(".sql") || ends(".py") || ends(".csv") ? Method::File : Method::Fqn;
        }
    }
    if (auto err = checkValue(c)) {
        return ParseError { column + int(valueStart), *err };
    }
    *out = std::move(c);
    return std::nullopt;
}

std::optional<ParseError> parseArgument(const QString &text, IndirectMode mode, Spec *out)
{
    Spec unionSpec;
    unionSpec.kind = Spec::Kind::Union;
    unionSpec.indirect = mode;
    const std::u16string_view s(
        reinterpret_cast<const char16_t *>(text.utf16()), std::size_t(text.size()));
    std::size_t i = 0;
    while (i < s.size()) {
        if (QChar(s[i]).isSpace()) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < s.size() && !QChar(s[end]).isSpace()) {
            ++end;
        }
        Spec inter;
        inter.kind = Spec::Kind::Intersection;
        inter.indirect = mode;
        std::size_t p = i;
        while (true) {
            std::size_t comma = p;
            while (comma < end && s[comma] != u',') {
                ++comma;
            }
            if (comma == p) {
                return ParseError { int(p) + 1,
                    comma < end || p > i ? QStringLiteral("expected a selector before ','")
                                         : QStringLiteral("expected a selector") };
            }
            Spec atom;
            atom.kind = Spec::Kind::Criterion;
            atom.indirect = mode;
            if (auto err = parseAtom(s.substr(p, comma - p), int(p) + 1, &atom.criterion)) {
                return err;
            }
            atom.criterion.indirect = mode;
            inter.parts.push_back(std::move(atom));
            if (comma >= end) {
                break;
            }
            p = comma + 1;
            if (p >= end) {
                return ParseError { int(p) + 1, QStringLiteral("expected a selector after ','") };
            }
        }
        unionSpec.parts.push_back(std::move(inter));
        i = end;
    }
    *out = std::move(unionSpec);
    return std::nullopt;
}

} // namespace Dbtc::Models::Selection
