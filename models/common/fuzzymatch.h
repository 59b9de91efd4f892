// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Dbtc::Models {

//! \brief Where a typed pattern matched inside a text, and how well.
struct FuzzyMatch
{
    bool matched = false;
    int score = 0; //!< higher is better; only comparable between matches of one pattern
    QList<int> positions; //!< indices into the text of the matched letters, ascending
};

//! Matches \a pattern as a subsequence of \a text, case-insensitively (fzf / VS Code style):
//! "hrly inc" finds "Hourly incremental models". Letters that start a word, follow each
//! other or match the case typed score higher, so the match a user meant sorts first; gaps
//! and a late first letter cost. The best-scoring placement of the letters is returned (a
//! small dynamic programme over pattern × text, fine for names of a few hundred letters).
FuzzyMatch fuzzyMatch(QStringView pattern, QStringView text);

} // namespace Dbtc::Models
