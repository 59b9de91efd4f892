// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/compare/sqldiffmodel.h"

#include <QPoint>

namespace Dbtc::Models {

void SqlDiffModel::setTexts(const QString &oldText, const QString &newText)
{
    beginResetModel();
    m_rows = sideBySideDiff(oldText, newText);
    m_changed = 0;
    for (SqlDiffRow &row : m_rows) {
        // One tab becomes one space so the intra-line offsets still point at the same
        // characters; dbt's compiled SQL is indented with spaces almost always.
        row.oldText.replace(u'\t', u' ');
        row.newText.replace(u'\t', u' ');
        m_changed += row.kind != SqlDiffRow::Kind::Same;
    }
    endResetModel();
}

void SqlDiffModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_changed = 0;
    endResetModel();
}

int SqlDiffModel::nextChange(int row) const
{
    const int n = int(m_rows.size());
    for (int step = 1; step <= n; ++step) {
        const int candidate = (row + step) % n;
        // The first row of each block of changes, not every line of it.
        const bool changed = m_rows.at(candidate).kind != SqlDiffRow::Kind::Same;
        const bool startsBlock =
            candidate == 0 || m_rows.at(candidate - 1).kind == SqlDiffRow::Kind::Same;
        if (changed && startsBlock) {
            return candidate;
        }
    }
    return -1;
}

int SqlDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SqlDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SqlDiffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const SqlDiffRow &row = m_rows.at(index.row());
    const bool oldSide = index.column() == OldLineColumn || index.column() == OldTextColumn;
    const int line = oldSide ? row.oldLine : row.newLine;
    switch (role) {
    case Qt::ToolTipRole:
        if (index.column() == OldTextColumn || index.column() == NewTextColumn) {
            return oldSide ? row.oldText : row.newText; // a long line is elided in its cell
        }
        return {};
    case Qt::DisplayRole:
        if (line == 0) {
            return {};
        }
        switch (index.column()) {
        case OldLineColumn:
        case NewLineColumn:
            return line;
        case OldTextColumn:
            return row.oldText;
        case NewTextColumn:
            return row.newText;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == OldLineColumn || index.column() == NewLineColumn) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case SideKindRole:
        if (line == 0) {
            return SideEmpty;
        }
        switch (row.kind) {
        case SqlDiffRow::Kind::Same:
            return SideSame;
        case SqlDiffRow::Kind::Changed:
            return SideChanged;
        case SqlDiffRow::Kind::Removed:
            return SideRemoved;
        case SqlDiffRow::Kind::Added:
            return SideAdded;
        }
        return SideSame;
    case ChangedSpansRole: {
        QVariantList spans;
        for (const SqlDiffSpan &s : oldSide ? row.oldChanges : row.newChanges) {
            spans << QPoint(int(s.start), int(s.length));
        }
        return spans;
    }
    default:
        return {};
    }
}

QVariant SqlDiffModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case OldTextColumn:
        return tr("Before");
    case NewTextColumn:
        return tr("After");
    default:
        return QString();
    }
}

} // namespace Dbtc::Models
