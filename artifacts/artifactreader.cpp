// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/artifactparse.h"

#include <cstring>

namespace Dbtc::Models::Detail {

namespace {

const char *typeName(od::json_type t)
{
    switch (t) {
    case od::json_type::array:
        return "an array";
    case od::json_type::object:
        return "an object";
    case od::json_type::number:
        return "a number";
    case od::json_type::string:
        return "a string";
    case od::json_type::boolean:
        return "a boolean";
    case od::json_type::null:
        return "null";
    }
    return "something else";
}

std::string_view trimToken(std::string_view tok)
{
    while (!tok.empty()
        && (tok.back() == ' ' || tok.back() == '\n' || tok.back() == '\r' || tok.back() == '\t')) {
        tok.remove_suffix(1);
    }
    return tok;
}

// Body of a string token without scanning it. A token runs to the next structural
// character, and stage 1 makes every unescaped quote inside a string non-structural, so a
// string token is exactly "body" plus trailing whitespace: its last non-blank byte is the
// closing quote. Scanning long SQL bodies byte by byte for that quote cost ~10% of a load.
bool stringBody(std::string_view tok, std::string_view *body)
{
    tok = trimToken(tok);
    if (tok.size() < 2 || tok.front() != '"' || tok.back() != '"') {
        return false;
    }
    *body = tok.substr(1, tok.size() - 2);
    return true;
}

} // namespace

void Reader::fail(const char *where, std::string message) const
{
    throw ParseFailure { std::move(message), where };
}

std::string_view Reader::text(od::value v, const char *what)
{
    const std::string_view tok = v.raw_json_token();
    if (!tok.empty() && tok[0] == '"') {
        std::string_view body;
        if (stringBody(tok, &body) && !std::memchr(body.data(), '\\', body.size())) {
            return body;
        }
        const std::string_view decoded = v.get_string();
        return m_arena.copy(decoded);
    }
    if (isNull(v)) {
        return {};
    }
    fail(tok.data(),
        std::string("expected a string for \"") + what + "\", found " + typeName(v.type()));
}

JsonText Reader::longText(od::value v, const char *what)
{
    const std::string_view tok = v.raw_json_token();
    if (!tok.empty() && tok[0] == '"') {
        std::string_view body;
        if (!stringBody(tok, &body)) {
            fail(tok.data(), std::string("unterminated string for \"") + what + "\"");
        }
        return JsonText { body };
    }
    if (isNull(v)) {
        return {};
    }
    fail(tok.data(),
        std::string("expected a string for \"") + what + "\", found " + typeName(v.type()));
}

std::string_view Reader::rawJson(od::value v, od::json_type expected, const char *what)
{
    if (isNull(v)) {
        return {};
    }
    const od::json_type t = v.type();
    if (t != expected) {
        fail(at(v),
            std::string("expected ")
                + (expected == od::json_type::object ? "an object" : "an array") + " for \"" + what
                + "\", found " + typeName(t));
    }
    // simdjson 3.0 has raw_json() on objects and arrays, not on values.
    if (expected == od::json_type::object) {
        od::object o = v.get_object();
        return std::string_view(o.raw_json());
    }
    od::array a = v.get_array();
    return std::string_view(a.raw_json());
}

std::string_view Reader::scalar(od::value v)
{
    const std::string_view tok = trimToken(v.raw_json_token());
    if (tok.empty()) {
        return tok;
    }
    if (tok[0] == '"') {
        return longText(v, "value").raw;
    }
    if (tok[0] == '{') {
        return "{…}";
    }
    if (tok[0] == '[') {
        return "[…]";
    }
    // Validate atoms and numbers so a broken literal is an error, not a silent view.
    switch (v.type()) {
    case od::json_type::number:
        (void)double(v.get_double());
        break;
    case od::json_type::boolean:
        (void)bool(v.get_bool());
        break;
    case od::json_type::null:
        if (!v.is_null()) {
            fail(tok.data(), "invalid literal");
        }
        break;
    default:
        break;
    }
    return tok;
}

double Reader::number(od::value v, const char *what)
{
    const od::json_type t = v.type();
    if (t == od::json_type::number) {
        return v.get_double();
    }
    if (t == od::json_type::null && v.is_null()) {
        return 0;
    }
    fail(at(v), std::string("expected a number for \"") + what + "\", found " + typeName(t));
}

std::int64_t Reader::integer(od::value v, const char *what)
{
    const od::json_type t = v.type();
    if (t == od::json_type::number) {
        // A count outside int64 (1e300, NaN) is unknown: casting it is undefined behaviour.
        const double d = v.get_double();
        constexpr double limit = 9.2e18; // just under 2^63
        return (d > -limit && d < limit) ? std::int64_t(d) : -1;
    }
    if (t == od::json_type::null && v.is_null()) {
        return -1;
    }
    // Real files: "failures": "Test failure" (OpenLineage fixtures). A count that is not a
    // number is unknown, not a broken file.
    if (t == od::json_type::string) {
        const QString s = toQString(text(v, what));
        bool ok = false;
        const qlonglong n = s.toLongLong(&ok);
        return ok ? n : -1;
    }
    fail(at(v), std::string("expected a number for \"") + what + "\", found " + typeName(t));
}

bool Reader::boolean(od::value v, const char *what)
{
    const od::json_type t = v.type();
    if (t == od::json_type::boolean) {
        return v.get_bool();
    }
    if (t == od::json_type::number) { // "include": 1.0 in Spark catalogs
        return double(v.get_double()) != 0;
    }
    if (t == od::json_type::null && v.is_null()) {
        return false;
    }
    fail(at(v), std::string("expected true/false for \"") + what + "\", found " + typeName(t));
}

od::object Reader::object(od::value v, const char *what)
{
    const od::json_type t = v.type();
    if (t != od::json_type::object) {
        fail(at(v), std::string("expected an object for \"") + what + "\", found " + typeName(t));
    }
    return v.get_object();
}

od::array Reader::array(od::value v, const char *what)
{
    const od::json_type t = v.type();
    if (t != od::json_type::array) {
        fail(at(v), std::string("expected an array for \"") + what + "\", found " + typeName(t));
    }
    return v.get_array();
}

bool Reader::isNull(od::value v)
{
    const std::string_view tok = v.raw_json_token();
    if (tok.empty() || tok[0] != 'n') {
        return false;
    }
    if (!v.is_null()) {
        fail(tok.data(), "invalid literal (expected null)");
    }
    return true;
}

std::string_view Reader::rawKey(od::field &f) const
{
    const char *p = f.key().raw();
    const auto left = std::size_t(m_base + m_size - p);
    const char *q = static_cast<const char *>(std::memchr(p, '"', left));
    return q ? std::string_view(p, std::size_t(q - p)) : std::string_view();
}

std::string_view Reader::key(od::field &f)
{
    const char *p = f.key().raw();
    const char *q = p;
    const char *end = m_base + m_size;
    while (q < end && *q != '"' && *q != '\\') {
        ++q;
    }
    if (q < end && *q == '"') {
        return { p, std::size_t(q - p) };
    }
    const std::string_view decoded = f.unescaped_key();
    return m_arena.copy(decoded);
}

void Reader::tick(od::value &v)
{
    if ((++m_ticks & 255) != 0) {
        return;
    }
    if (m_control.cancel && m_control.cancel->load(std::memory_order_relaxed)) {
        throw ParseCancelled {};
    }
    if (m_control.progress && m_size > 0) {
        const auto offset = std::size_t(at(v) - m_base);
        const int percent = int(offset * 100 / m_size);
        if (percent != m_lastPercent) {
            m_lastPercent = percent;
            m_control.progress(percent);
        }
    }
}

} // namespace Dbtc::Models::Detail
