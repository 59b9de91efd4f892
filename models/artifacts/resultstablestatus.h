// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

#include <string_view>

namespace Dbtc::Models {

//! \brief How a dbt result status (success, pass, error, fail, warn, skipped, runtime error,
//! and freshness' pass/warn/error) looks everywhere in the artifact views. Colour is never the
//! only signal: the label carries a glyph too.
QColor resultStatusColor(std::string_view status);
//! "✔ success", "✖ error", "▲ warn", "○ skipped", ...
QString resultStatusLabel(std::string_view status);
//! Sort rank, problems first: error < fail < warn < skipped < success.
int resultStatusRank(std::string_view status);

} // namespace Dbtc::Models
