// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <memory>
#include <vector>

namespace Dbtc::Models {

class ArtifactIndex;

//! \brief run_results.json as a table: one row per result, sortable on raw values.
class ResultsTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsTableModel)

public:
    enum Column {
        StatusColumn,
        NameColumn,
        TypeColumn,
        TimeColumn,
        FailuresColumn,
        ThreadColumn,
        MessageColumn,
        ColumnCount
    };

    // Unscoped like Models::Role; kept clear of roles.h and NodeTreeModel's roles.
    enum ResultsRole {
        SortRole = Qt::UserRole + 140, //!< raw value for sorting (double, qint64, QString)
        ResultUniqueIdRole, //!< QString
        ResultStatusTextRole, //!< QString, the status as written
        IsProblemRole, //!< bool: error, fail, runtime error or warn
    };

    explicit ResultsTableModel(QObject *parent = nullptr);

    void setIndex(std::shared_ptr<const ArtifactIndex> index);

    int problemCount() const { return m_problems; }

    double totalSeconds() const { return m_totalSeconds; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const ArtifactIndex> m_index;
    std::vector<std::uint32_t> m_rows; // into ArtifactIndex::results(), run_results only
    int m_problems = 0;
    double m_totalSeconds = 0;
};

//! \brief Typed filters over ResultsTableModel: problems only, and a text match on the node.
class ResultsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsFilterModel)

public:
    explicit ResultsFilterModel(QObject *parent = nullptr);

    void setProblemsOnly(bool on);

    bool problemsOnly() const { return m_problemsOnly; }

    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_problemsOnly = false;
    QString m_text;
};

} // namespace Dbtc::Models
