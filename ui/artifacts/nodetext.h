// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/artifacttypes.h"

#include <QString>

namespace Dbtc::Ui {

//! \brief How much of a node's SQL the code tabs lay out: a QPlainTextEdit with the SQL
//! highlighter takes minutes for a 300 MB raw_code, milliseconds for this.
inline constexpr qsizetype MaxShownCodeBytes = 128 * 1024;
//! \brief How much of a description or a result message the info pane renders (markdown and
//! HTML layout are slower still).
inline constexpr qsizetype MaxShownProseBytes = 16 * 1024;

//! \brief The start of a long artifact text, decoded, and whether it was cut.
struct ShownText
{
    QString text;
    bool cut = false;
    qsizetype fullBytes = 0; //!< the whole text's size in the file (escaped JSON)
};

//! \brief At most \a maxBytes of \a text decoded; the cut never splits a UTF-8 character.
ShownText shownText(const Models::JsonText &text, qsizetype maxBytes);

//! \brief Writes the whole of \a text, decoded, as UTF-8 to \a path (committed only when
//! complete). False with the reason in \a error.
bool saveWholeText(const Models::JsonText &text, const QString &path, QString *error);

} // namespace Dbtc::Ui
