// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/fuzzymatch.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace Dbtc::Models {

namespace {

constexpr int kMatch = 16;
constexpr int kWordStart = 24; // first letter of a word ("inc" in "hourly_incremental")
constexpr int kConsecutive = 20; // follows the previous matched letter
constexpr int kExactCase = 2;
constexpr int kGap = 3; // per letter skipped between two matched letters
constexpr int kLeading = 1; // per letter before the first match (capped)
constexpr int kNone = std::numeric_limits<int>::min() / 4;

bool isWordStart(QStringView text, qsizetype i)
{
    if (i == 0) {
        return true;
    }
    const QChar prev = text[i - 1];
    const QChar cur = text[i];
    if (!prev.isLetterOrNumber()) {
        return true;
    }
    return prev.isLower() && cur.isUpper(); // camelCase
}

} // namespace

FuzzyMatch fuzzyMatch(QStringView pattern, QStringView text)
{
    FuzzyMatch out;
    const qsizetype m = pattern.size();
    const qsizetype n = text.size();
    if (m == 0) {
        out.matched = true;
        return out;
    }
    if (m > n) {
        return out;
    }
    // best[i][j]: best score of pattern[0..i] with pattern[i] placed on text[j].
    std::vector<int> best(size_t(m * n), kNone);
    std::vector<int> from(size_t(m * n), -1);
    auto at = [n](qsizetype i, qsizetype j) {
        return size_t(i * n + j);
    };
    for (qsizetype i = 0; i < m; ++i) {
        const QChar p = pattern[i];
        const QChar pl = p.toLower();
        int runBest = kNone; // best of row i-1 over columns < j, minus its gap cost so far
        qsizetype runFrom = -1;
        for (qsizetype j = i; j < n; ++j) {
            if (i > 0 && j > 0) {
                // Carry the best predecessor forward; each step further away costs a gap.
                const int prevHere = best[at(i - 1, j - 1)];
                if (runBest != kNone) {
                    runBest -= kGap;
                }
                if (prevHere != kNone && prevHere >= runBest) {
                    runBest = prevHere;
                    runFrom = j - 1;
                }
            }
            const QChar t = text[j];
            if (t.toLower() != pl) {
                continue;
            }
            int gain = kMatch + (t == p ? kExactCase : 0) + (isWordStart(text, j) ? kWordStart : 0);
            int score = 0;
            if (i == 0) {
                score = gain - int(std::min<qsizetype>(j, 10)) * kLeading;
                best[at(i, j)] = score;
                continue;
            }
            if (runBest == kNone) {
                continue;
            }
            if (runFrom == j - 1) {
                gain += kConsecutive;
            }
            score = runBest + gain;
            best[at(i, j)] = score;
            from[at(i, j)] = int(runFrom);
        }
    }
    qsizetype end = -1;
    int top = kNone;
    for (qsizetype j = m - 1; j < n; ++j) {
        if (best[at(m - 1, j)] > top) {
            top = best[at(m - 1, j)];
            end = j;
        }
    }
    if (end < 0) {
        return out;
    }
    out.matched = true;
    out.score = top;
    out.positions.resize(m);
    qsizetype j = end;
    for (qsizetype i = m - 1; i >= 0; --i) {
        out.positions[i] = int(j);
        j = from[at(i, j)];
    }
    return out;
}

} // namespace Dbtc::Models
