// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/admin/admintablemodel.h"

#include "models/common/roles.h"

namespace Dbtc::Models {

AdminTableModel::AdminTableModel(QStringList headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
{ }

int AdminTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AdminTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant AdminTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AdminRow &row = m_rows.at(index.row());
    const AdminCell cell = row.cells.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::ToolTipRole:
        // The whole text when the view cuts it (long URLs, event lists).
        return cell.toolTip.isEmpty() ? (cell.text.isEmpty() ? QVariant() : QVariant(cell.text))
                                      : QVariant(cell.toolTip);
    case RawValueRole:
        return cell.sortValue.isValid() ? cell.sortValue : QVariant(cell.text.toLower());
    case KeyRole:
        return row.key;
    default:
        return {};
    }
}

QVariant AdminTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_headers.size()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return m_headers.at(section); // already translated by the directory's column spec
}

void AdminTableModel::setLoading()
{
    m_error.clear();
    setState(State::Loading);
}

void AdminTableModel::setRows(QList<AdminRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    m_error.clear();
    setState(m_rows.isEmpty() ? State::Empty : State::Ready);
}

void AdminTableModel::setError(const QString &message)
{
    // What the token may not read is not shown stale: the rows go with the error.
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_error = message;
    setState(State::Error);
}

void AdminTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_error.clear();
    setState(State::Idle);
}

QString AdminTableModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QString();
}

int AdminTableModel::rowOf(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key) {
            return i;
        }
    }
    return -1;
}

QString AdminTableModel::textAt(const QString &key, int column) const
{
    const int row = rowOf(key);
    return row < 0 ? QString() : m_rows.at(row).cells.value(column).text;
}

void AdminTableModel::setState(State state)
{
    // Emitted on every load even when unchanged: a reload that failed again must re-render.
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Dbtc::Models
