// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace Dbtc::Models {

//! \brief What a dbt result status (success, pass, error, fail, warn, skipped, runtime error,
//! and freshness' pass/warn/error/runtime error) means. Models expose the status as written;
//! how each kind looks (glyph, words, colour) is decided in ui/widgets/statusstyle.
//! Ordered by sort rank, problems first.
enum class ResultKind { Error, Fail, Warn, Skipped, Success, Unknown };

ResultKind resultKind(std::string_view status);
//! Sort rank, problems first: error < fail < warn < skipped < success.
int resultStatusRank(std::string_view status);

} // namespace Dbtc::Models
