// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/console/runrecord.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace Dbtc::Models {

//! \brief The runs of one scope, newest first. Poll results are merged by run id: changed
//! rows get dataChanged, new runs are inserted, nothing is reset, so selection, the current
//! row and the scroll position survive live updates (qBittorrent's TransferListModel).
//! Rows are kept sorted by id descending, so a run is found by binary search, no hash to keep.
class RunListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunListModel)

public:
    struct MergeStats
    {
        int inserted = 0;
        int changed = 0;
    };

    explicit RunListModel(QObject *parent = nullptr);
    ~RunListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    //! Merges \a runs (any order, any overlap with what is there) into the model.
    MergeStats merge(const QList<RunRecord> &runs);
    //! Removes runs that no longer exist, in contiguous back-to-front ranges.
    void removeRuns(const QList<qint64> &ids);
    //! Replaces everything: only for a new scope or the offline cache, never for a poll.
    void resetRuns(QList<RunRecord> runs);

    int rowForId(qint64 id) const; //!< -1 when absent

    const RunRecord &runAt(int row) const { return m_runs.at(row); }

    const QList<RunRecord> &runs() const { return m_runs; }

    qint64 newestId() const { return m_runs.isEmpty() ? 0 : m_runs.first().id; }

    QList<qint64> inProgressIds() const;

    //! Older runs exist on the server (drives canFetchMore).
    void setHasMore(bool more) { m_hasMore = more; }

    bool hasMore() const { return m_hasMore; }

    void setLoading(bool loading);

    bool isLoading() const { return m_loading; }

    //! Rows come from the offline cache and were not refreshed yet.
    void setStale(bool stale);

    bool isStale() const { return m_stale; }

    //! The clock used for relative times and live elapsed time (tests pin it).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    QDateTime now() const { return m_clock(); }

Q_SIGNALS:
    //! The view scrolled to the end and older runs exist: the loader should fetch a page.
    void fetchMoreRequested();
    void loadingChanged(bool loading);
    void staleChanged(bool stale);

private:
    QVariant displayData(const RunRecord &run, int column) const;
    QVariant rawData(const RunRecord &run, int column) const;
    QVariant toolTipData(const RunRecord &run, int column) const;
    void emitChangedRows(QList<int> rows);

    QList<RunRecord> m_runs;
    std::function<QDateTime()> m_clock;
    bool m_hasMore = false;
    bool m_loading = false;
    bool m_stale = false;
};

} // namespace Dbtc::Models
