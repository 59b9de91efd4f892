// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads JSON text kept as written in the file buffers (an entity's config, fqn, the manifest's
// selectors) only when a selector needs it. Tolerant: any byte string gives an answer, never a
// crash (the fuzzer feeds it garbage through the parser).

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace Dbtc::Models::Selection::Json {

enum class Kind : unsigned char { Invalid, Object, Array, String, Number, True, False, Null };

//! The kind of the value \a text starts with (leading whitespace skipped).
Kind kindOf(std::string_view text);
//! The raw text of the top-level member \a key of an object; empty when absent or not an object.
std::string_view member(std::string_view object, std::string_view key);
std::size_t memberCount(std::string_view object);
//! Calls \a fn(key, value) for each member (key decoded); stops early when fn returns false.
void forEachMember(std::string_view object,
    const std::function<bool(const std::string &key, std::string_view value)> &fn);
void forEachElement(std::string_view array, const std::function<bool(std::string_view value)> &fn);
//! The body between the quotes of a JSON string value (still escaped). False if not a string.
bool stringBody(std::string_view value, std::string_view *body);
//! Unescapes a string body to UTF-8.
std::string decoded(std::string_view body);
//! A string value decoded, or empty (and *ok false) when it is not a string.
std::string stringValue(std::string_view value, bool *ok = nullptr);
//! \a value without surrounding whitespace.
std::string_view trimmed(std::string_view value);

} // namespace Dbtc::Models::Selection::Json
