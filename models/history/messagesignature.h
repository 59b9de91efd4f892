// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Dbtc::Models {

//! \brief The part of a failure message that stays the same from run to run: timestamps,
//! UUIDs, hex ids, numbers and quoted values are replaced by placeholders, whitespace is
//! collapsed. "Got 12 results, configured to fail if != 0" and "Got 7 results, ..." give the
//! same text, so the failure inbox groups them as one failure.
QString normalisedMessage(const QString &message);

//! \brief unique_id + normalised message: the key a failure group is filed under. Short and
//! stable (a hash), so it can be a database key.
QString messageSignature(const QString &uniqueId, const QString &message);

} // namespace Dbtc::Models
