// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/diff/sqldiff.h"

#include <QStringList>

#include <dtl/dtl.hpp>
#include <string>
#include <vector>

namespace Dbtc::Models {

namespace {

constexpr qsizetype kMaxIntraLineChars = 4000;

//! Appends [pos, pos+1) to \a spans, merging with the previous span when adjacent.
void extend(QList<SqlDiffSpan> &spans, qsizetype pos)
{
    if (!spans.isEmpty() && spans.last().start + spans.last().length == pos) {
        ++spans.last().length;
    } else {
        spans.append({ pos, 1 });
    }
}

void intraLine(SqlDiffRow &row)
{
    if (row.oldText.size() > kMaxIntraLineChars || row.newText.size() > kMaxIntraLineChars) {
        row.oldChanges = { { 0, row.oldText.size() } };
        row.newChanges = { { 0, row.newText.size() } };
        return;
    }
    const std::u16string a = row.oldText.toStdU16String();
    const std::u16string b = row.newText.toStdU16String();
    dtl::Diff<char16_t, std::u16string> diff(a, b);
    diff.compose();
    qsizetype oldPos = 0, newPos = 0;
    for (const auto &[ch, info] : diff.getSes().getSequence()) {
        (void)ch;
        switch (info.type) {
        case dtl::SES_DELETE:
            extend(row.oldChanges, oldPos++);
            break;
        case dtl::SES_ADD:
            extend(row.newChanges, newPos++);
            break;
        default:
            ++oldPos;
            ++newPos;
            break;
        }
    }
}

std::vector<QString> lines(const QString &text)
{
    if (text.isEmpty()) {
        return {};
    }
    QStringList split = text.split(QLatin1Char('\n'));
    for (QString &line : split) {
        if (line.endsWith(QLatin1Char('\r'))) {
            line.chop(1);
        }
    }
    return { split.begin(), split.end() };
}

} // namespace

QList<SqlDiffRow> sideBySideDiff(const QString &oldText, const QString &newText)
{
    const std::vector<QString> a = lines(oldText);
    const std::vector<QString> b = lines(newText);
    dtl::Diff<QString, std::vector<QString>> diff(a, b);
    diff.onHuge(); // bounded memory on very long files
    diff.compose();

    QList<SqlDiffRow> rows;
    QList<SqlDiffRow> removed, added; // the current change block
    int oldLine = 0, newLine = 0;
    const auto flush = [&] {
        // Pair the block's removed and added lines in order: a line edited in place becomes
        // one Changed row with its characters highlighted.
        const qsizetype paired = std::min(removed.size(), added.size());
        for (qsizetype k = 0; k < paired; ++k) {
            SqlDiffRow row;
            row.kind = SqlDiffRow::Kind::Changed;
            row.oldLine = removed[k].oldLine;
            row.oldText = removed[k].oldText;
            row.newLine = added[k].newLine;
            row.newText = added[k].newText;
            intraLine(row);
            rows.append(row);
        }
        for (qsizetype k = paired; k < removed.size(); ++k) {
            rows.append(removed[k]);
        }
        for (qsizetype k = paired; k < added.size(); ++k) {
            rows.append(added[k]);
        }
        removed.clear();
        added.clear();
    };
    for (const auto &[text, info] : diff.getSes().getSequence()) {
        SqlDiffRow row;
        switch (info.type) {
        case dtl::SES_DELETE:
            row.kind = SqlDiffRow::Kind::Removed;
            row.oldLine = ++oldLine;
            row.oldText = text;
            removed.append(row);
            break;
        case dtl::SES_ADD:
            row.kind = SqlDiffRow::Kind::Added;
            row.newLine = ++newLine;
            row.newText = text;
            added.append(row);
            break;
        default:
            flush();
            row.oldLine = ++oldLine;
            row.newLine = ++newLine;
            row.oldText = row.newText = text;
            rows.append(row);
            break;
        }
    }
    flush();
    return rows;
}

} // namespace Dbtc::Models
