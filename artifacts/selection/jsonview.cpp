// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/selection/jsonview.h"

#include "artifacts/artifacttypes.h"

namespace Dbtc::Models::Selection::Json {

namespace {

constexpr std::size_t npos = std::string_view::npos;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

std::size_t skipSpace(std::string_view s, std::size_t i)
{
    while (i < s.size() && isSpace(s[i])) {
        ++i;
    }
    return i;
}

// End of the string starting at the quote at i (one past the closing quote), or npos.
std::size_t skipString(std::string_view s, std::size_t i)
{
    for (++i; i < s.size(); ++i) {
        if (s[i] == '\\') {
            ++i;
        } else if (s[i] == '"') {
            return i + 1;
        }
    }
    return npos;
}

// End of the value starting at i, or npos. Containers are skipped by counting brackets outside
// strings, so nesting depth costs no stack.
std::size_t skipValue(std::string_view s, std::size_t i)
{
    i = skipSpace(s, i);
    if (i >= s.size()) {
        return npos;
    }
    const char c = s[i];
    if (c == '"') {
        return skipString(s, i);
    }
    if (c == '{' || c == '[') {
        int depth = 0;
        while (i < s.size()) {
            const char d = s[i];
            if (d == '"') {
                i = skipString(s, i);
                if (i == npos) {
                    return npos;
                }
                continue;
            }
            if (d == '{' || d == '[') {
                ++depth;
            } else if (d == '}' || d == ']') {
                if (--depth == 0) {
                    return i + 1;
                }
            }
            ++i;
        }
        return npos;
    }
    while (i < s.size() && !isSpace(s[i]) && s[i] != ',' && s[i] != '}' && s[i] != ']'
        && s[i] != ':') {
        ++i;
    }
    return i;
}

} // namespace

std::string_view trimmed(std::string_view v)
{
    std::size_t b = skipSpace(v, 0);
    std::size_t e = v.size();
    while (e > b && isSpace(v[e - 1])) {
        --e;
    }
    return v.substr(b, e - b);
}

Kind kindOf(std::string_view text)
{
    const std::size_t i = skipSpace(text, 0);
    if (i >= text.size()) {
        return Kind::Invalid;
    }
    switch (text[i]) {
    case '{':
        return Kind::Object;
    case '[':
        return Kind::Array;
    case '"':
        return Kind::String;
    case 't':
        return Kind::True;
    case 'f':
        return Kind::False;
    case 'n':
        return Kind::Null;
    default:
        return (text[i] == '-' || (text[i] >= '0' && text[i] <= '9')) ? Kind::Number
                                                                      : Kind::Invalid;
    }
}

namespace {

// Walks the members of an object: fn(rawKeyBody, value) returns false to stop.
template <typename Fn> void walkObject(std::string_view s, Fn &&fn)
{
    std::size_t i = skipSpace(s, 0);
    if (i >= s.size() || s[i] != '{') {
        return;
    }
    ++i;
    while (true) {
        i = skipSpace(s, i);
        if (i >= s.size() || s[i] != '"') {
            return;
        }
        const std::size_t keyEnd = skipString(s, i);
        if (keyEnd == npos) {
            return;
        }
        const std::string_view key = s.substr(i + 1, keyEnd - i - 2);
        i = skipSpace(s, keyEnd);
        if (i >= s.size() || s[i] != ':') {
            return;
        }
        const std::size_t valueBegin = skipSpace(s, i + 1);
        const std::size_t valueEnd = skipValue(s, valueBegin);
        if (valueEnd == npos) {
            return;
        }
        if (!fn(key, s.substr(valueBegin, valueEnd - valueBegin))) {
            return;
        }
        i = skipSpace(s, valueEnd);
        if (i >= s.size() || s[i] != ',') {
            return;
        }
        ++i;
    }
}

} // namespace

std::string_view member(std::string_view object, std::string_view key)
{
    std::string_view found;
    walkObject(object, [&](std::string_view k, std::string_view v) {
        const bool hit = k.find('\\') == npos ? k == key : decoded(k) == key;
        if (hit) {
            found = v;
        }
        return !hit;
    });
    return found;
}

std::size_t memberCount(std::string_view object)
{
    std::size_t n = 0;
    walkObject(object, [&](std::string_view, std::string_view) {
        ++n;
        return true;
    });
    return n;
}

void forEachMember(std::string_view object,
    const std::function<bool(const std::string &key, std::string_view value)> &fn)
{
    walkObject(object, [&](std::string_view k, std::string_view v) {
        return fn(k.find('\\') == npos ? std::string(k) : decoded(k), v);
    });
}

void forEachElement(std::string_view s, const std::function<bool(std::string_view value)> &fn)
{
    std::size_t i = skipSpace(s, 0);
    if (i >= s.size() || s[i] != '[') {
        return;
    }
    i = skipSpace(s, i + 1);
    if (i < s.size() && s[i] == ']') {
        return;
    }
    while (i < s.size()) {
        const std::size_t end = skipValue(s, i);
        if (end == npos || end == i) {
            return;
        }
        if (!fn(s.substr(i, end - i))) {
            return;
        }
        i = skipSpace(s, end);
        if (i >= s.size() || s[i] != ',') {
            return;
        }
        i = skipSpace(s, i + 1);
    }
}

bool stringBody(std::string_view value, std::string_view *body)
{
    value = trimmed(value);
    if (value.size() < 2 || value.front() != '"' || value.back() != '"') {
        return false;
    }
    *body = value.substr(1, value.size() - 2);
    return true;
}

std::string decoded(std::string_view body)
{
    if (body.find('\\') == npos) {
        return std::string(body);
    }
    return decodeJsonString(body).toStdString();
}

std::string stringValue(std::string_view value, bool *ok)
{
    std::string_view body;
    const bool isString = stringBody(value, &body);
    if (ok) {
        *ok = isString;
    }
    return isString ? decoded(body) : std::string();
}

} // namespace Dbtc::Models::Selection::Json
