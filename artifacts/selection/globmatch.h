// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Python's fnmatch.fnmatch (POSIX: case-sensitive; *, ?, [seq], [!seq]) and the part of
// pathlib's Path.glob that dbt's path: method relies on, over a known set of paths instead of
// a file system.

#include <string>
#include <string_view>
#include <vector>

namespace Dbtc::Models::Selection {

//! True if \a pattern has any of fnmatch's special characters (plain values compare with ==).
bool hasWildcard(std::string_view pattern);
//! fnmatch.fnmatch(name, pattern) on POSIX. '*' also matches '/', as in Python.
bool fnmatch(std::string_view name, std::string_view pattern);

//! \brief A pathlib glob pattern split into components ("models/**/stg_*.sql").
struct PathPattern
{
    std::vector<std::string> parts; //!< empty: the project root itself ("." or "./")
    bool directoriesOnly = false; //!< written with a trailing '/', or ending in "**"

    //! Splits \a pattern (both '/' and '\\' separate; "./" and doubled separators dropped).
    static PathPattern parse(std::string_view pattern);
    //! Whether the relative path \a path (a file, or a directory when \a isDirectory) is among
    //! what root.glob(pattern) yields.
    bool matches(std::string_view path, bool isDirectory) const;
};

//! "./models\\x.sql" -> "models/x.sql": how pathlib compares relative paths.
std::string normalizedPath(std::string_view path);

} // namespace Dbtc::Models::Selection
