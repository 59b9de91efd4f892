// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/selection/globmatch.h"

#include <QString>

namespace Dbtc::Models::Selection {

namespace {

// Pattern and name as code points: '?' and [ranges] are about characters, not UTF-8 bytes.
std::u32string codePoints(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size())).toStdU32String();
}

// Matches one [...] class at p (pattern[p] == '['). Returns the index after the class and sets
// *hit; returns p (unchanged) when the class is not closed, so '[' is then a literal.
std::size_t matchClass(const std::u32string &pat, std::size_t p, char32_t c, bool *hit)
{
    std::size_t j = p + 1;
    bool negate = false;
    if (j < pat.size() && pat[j] == U'!') {
        negate = true;
        ++j;
    }
    const std::size_t first = j;
    if (j < pat.size() && pat[j] == U']') {
        ++j; // a ']' right after '[' or '[!' is a member
    }
    while (j < pat.size() && pat[j] != U']') {
        ++j;
    }
    if (j >= pat.size()) {
        return p;
    }
    bool in = false;
    for (std::size_t k = first; k < j; ++k) {
        if (k + 2 < j && pat[k + 1] == U'-') {
            if (pat[k] <= c && c <= pat[k + 2]) {
                in = true;
            }
            k += 2;
        } else if (pat[k] == c) {
            in = true;
        }
    }
    *hit = in != negate;
    return j + 1;
}

bool matchFrom(const std::u32string &name, const std::u32string &pat)
{
    std::size_t n = 0, p = 0;
    std::size_t starP = std::u32string::npos, starN = 0;
    while (n < name.size()) {
        if (p < pat.size()) {
            const char32_t pc = pat[p];
            if (pc == U'*') {
                starP = p++;
                starN = n;
                continue;
            }
            if (pc == U'?') {
                ++p;
                ++n;
                continue;
            }
            if (pc == U'[') {
                bool hit = false;
                const std::size_t after = matchClass(pat, p, name[n], &hit);
                if (after != p) {
                    if (hit) {
                        p = after;
                        ++n;
                        continue;
                    }
                } else if (name[n] == U'[') {
                    ++p;
                    ++n;
                    continue;
                }
            } else if (pc == name[n]) {
                ++p;
                ++n;
                continue;
            }
        }
        if (starP == std::u32string::npos) {
            return false;
        }
        p = starP + 1;
        n = ++starN;
    }
    while (p < pat.size() && pat[p] == U'*') {
        ++p;
    }
    return p == pat.size();
}

} // namespace

bool hasWildcard(std::string_view pattern)
{
    return pattern.find_first_of("*?[") != std::string_view::npos;
}

bool fnmatch(std::string_view name, std::string_view pattern)
{
    if (!hasWildcard(pattern)) {
        return name == pattern;
    }
    return matchFrom(codePoints(name), codePoints(pattern));
}

std::string normalizedPath(std::string_view path)
{
    std::string out;
    out.reserve(path.size());
    std::size_t i = 0;
    while (i <= path.size()) {
        std::size_t j = i;
        while (j < path.size() && path[j] != '/' && path[j] != '\\') {
            ++j;
        }
        const std::string_view part = path.substr(i, j - i);
        if (!part.empty() && part != ".") {
            if (!out.empty()) {
                out += '/';
            }
            out.append(part);
        }
        i = j + 1;
    }
    return out;
}

PathPattern PathPattern::parse(std::string_view pattern)
{
    PathPattern p;
    const std::string norm = normalizedPath(pattern);
    const char last = pattern.empty() ? '\0' : pattern.back();
    p.directoriesOnly = last == '/' || last == '\\';
    std::size_t i = 0;
    while (!norm.empty() && i <= norm.size()) {
        std::size_t j = norm.find('/', i);
        if (j == std::string::npos) {
            j = norm.size();
        }
        p.parts.emplace_back(norm.substr(i, j - i));
        i = j + 1;
    }
    if (!p.parts.empty() && p.parts.back() == "**") {
        p.directoriesOnly = true;
    }
    return p;
}

namespace {

bool matchParts(const std::vector<std::string> &pat,
    std::size_t pi,
    const std::vector<std::string_view> &path,
    std::size_t qi,
    bool isDirectory)
{
    if (pi == pat.size()) {
        return qi == path.size();
    }
    if (pat[pi] == "**") {
        // Zero or more directories ("**" last is handled by directoriesOnly).
        for (std::size_t k = qi; k <= path.size(); ++k) {
            if (matchParts(pat, pi + 1, path, k, isDirectory)) {
                return true;
            }
        }
        return false;
    }
    if (qi >= path.size()) {
        return false;
    }
    if (!fnmatch(path[qi], pat[pi])) {
        return false;
    }
    return matchParts(pat, pi + 1, path, qi + 1, isDirectory);
}

} // namespace

bool PathPattern::matches(std::string_view path, bool isDirectory) const
{
    if (directoriesOnly && !isDirectory) {
        return false;
    }
    std::vector<std::string_view> comps;
    std::size_t i = 0;
    while (!path.empty() && i <= path.size()) {
        std::size_t j = path.find('/', i);
        if (j == std::string_view::npos) {
            j = path.size();
        }
        comps.push_back(path.substr(i, j - i));
        i = j + 1;
    }
    if (parts.empty()) {
        return comps.empty(); // "." is the root, the parent of everything
    }
    return matchParts(parts, 0, comps, 0, isDirectory);
}

} // namespace Dbtc::Models::Selection
