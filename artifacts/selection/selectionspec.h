// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The parsed form of a selection (dbt-core's selector_spec.py): criteria (one atom each) under
// union / intersection / difference groups.

#include "artifacts/selection/selection.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Dbtc::Models::Selection {

enum class Method : std::uint8_t {
    Fqn,
    Tag,
    Group,
    Access,
    Source,
    Path,
    File,
    Package,
    Config,
    TestName,
    TestType,
    ResourceType,
    State,
    Exposure,
    Metric,
    Result,
    SourceStatus,
    Wildcard,
    Version,
    SemanticModel,
    SavedQuery,
    UnitTest,
    Selector, //!< selector:NAME, a YAML selector used inside an expression
};

std::optional<Method> methodFromName(std::string_view name);
std::string_view methodName(Method method);
//! Every method name, in dbt's order (for completion and messages).
const std::vector<std::string_view> &methodNames();

//! \brief How a value was written in a YAML selector (the CLI only has strings): dbt compares
//! config values with ==, so `true` from YAML matches a boolean and "true" a string or boolean.
enum class ValueKind : std::uint8_t { String, Boolean, Number };

//! \brief One atom: `[@][N+][method[.arg]:]value[+N]`.
struct Criterion
{
    Method method = Method::Fqn;
    std::vector<std::string> arguments; //!< config.meta.owner -> {"meta", "owner"}
    std::string value;
    ValueKind valueKind = ValueKind::String;
    bool childrensParents = false;
    bool parents = false;
    bool children = false;
    int parentsDepth = -1; //!< -1: no limit
    int childrenDepth = -1;
    std::optional<IndirectMode> indirect; //!< a YAML definition's own indirect_selection
    int column = 1; //!< 1-based column of the atom in its argument (0: from YAML)
    int length = 0;
};

//! \brief A node of the selection tree.
struct Spec
{
    enum class Kind : std::uint8_t { Criterion, Union, Intersection, Difference };
    Kind kind = Kind::Union;
    Criterion criterion; //!< Kind::Criterion
    std::vector<Spec> parts; //!< groups; Difference: {included, excluded}
    IndirectMode indirect = IndirectMode::Eager; //!< the group's mode (CLI groups: the flag)
};

struct ParseError
{
    int column = 0;
    QString message;
};

//! Parses one atom (\a column: where it starts in its argument). Checks what dbt checks when
//! it builds the criterion (method name, "@" with "+" suffix) and the values dbt would reject
//! when it runs it (resource_type, test_type, version, state, source/exposure parts), so a typo
//! is an error with a column instead of an empty result.
std::optional<ParseError> parseAtom(std::u16string_view atom, int column, Criterion *out);
//! Checks a criterion's value for its method (also used for YAML definitions).
std::optional<QString> checkValue(const Criterion &c);
//! parse_method(): "config.materialized" -> Config + {"materialized"}; error for an unknown name.
std::optional<QString> parseMethod(std::string_view text, Criterion *out);

//! One --select argument: atoms split at whitespace (union), each split at ',' (intersection).
std::optional<ParseError> parseArgument(const QString &text, IndirectMode mode, Spec *out);

} // namespace Dbtc::Models::Selection
