// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/runstatus.h"

#include <QList>
#include <QSortFilterProxyModel>

namespace Dbtc::Models {

class RunListModel;
struct RunRecord;

//! \brief Filters and sorts a RunListModel with typed setters (qBittorrent's
//! TransferListSortModel). Sorting uses the raw values (ids, times, seconds), never the text.
//! Reads the records directly: going through QVariant for 100,000 rows costs a visible stall.
class RunFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunFilterProxyModel)

public:
    explicit RunFilterProxyModel(QObject *parent = nullptr);

    void setRunModel(RunListModel *model);

    //! Empty = every status.
    void setStatusFilter(const QList<Api::RunStatus> &statuses);
    QList<Api::RunStatus> statusFilter() const;
    void setJobFilter(qint64 jobId); //!< 0 = any job
    void setEnvironmentFilter(qint64 environmentId); //!< 0 = any environment
    void setBranchFilter(const QString &branch); //!< exact branch; empty = any
    //! Case-insensitive words, all of which must appear in id, job, environment, branch,
    //! commit, trigger or status.
    void setTextFilter(const QString &text);
    bool hasFilter() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool matchesText(const RunRecord &run) const;

    RunListModel *m_runs = nullptr;
    quint32 m_statusMask = 0; //!< bit per status value; 0 = all
    qint64 m_jobId = 0;
    qint64 m_environmentId = 0;
    QString m_branch;
    QStringList m_words;
};

} // namespace Dbtc::Models
