// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Dbtc::Models {

//! \brief Characters [start, start + length) of one side's line that the other side lacks.
struct SqlDiffSpan
{
    qsizetype start = 0;
    qsizetype length = 0;

    bool operator==(const SqlDiffSpan &) const = default;
};

//! \brief One row of a side-by-side diff: a line on the left (old), the right (new), or both.
struct SqlDiffRow
{
    enum class Kind { Same, Changed, Removed, Added };
    Kind kind = Kind::Same;
    int oldLine = 0; //!< 1-based; 0 when the row has no old line (Added)
    int newLine = 0; //!< 1-based; 0 when the row has no new line (Removed)
    QString oldText, newText;
    QList<SqlDiffSpan> oldChanges, newChanges; //!< intra-line changes of a Changed row
};

//! \brief Side-by-side diff of two SQL texts, line by line (dtl's O(ND) diff), with a removed
//! block paired line by line with the added block that replaces it and each such pair diffed
//! again by character for the intra-line highlights. Lines over a few thousand characters are
//! marked changed as a whole (a minified one-line query would cost quadratic time otherwise).
QList<SqlDiffRow> sideBySideDiff(const QString &oldText, const QString &newText);

} // namespace Dbtc::Models
