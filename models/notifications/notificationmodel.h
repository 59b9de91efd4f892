// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/run.h"

#include <QAbstractListModel>
#include <QDateTime>

namespace Dbtc::Models {

//! \brief Failed runs of watched jobs that the user has not looked at yet, newest first.
//! A failure stays until it is marked seen (then its row goes away): a desktop toast is easy
//! to miss, this list is not.
class NotificationModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationModel)

public:
    // Roles beyond models/common/roles.h (which this model also answers: RunIdRole, JobIdRole,
    // StatusRole, ConnectionIdRole).
    enum ExtraRole {
        JobNameRole = Qt::UserRole + 400,
        FinishedAtRole, //!< QDateTime (UTC)
        DetailRole, //!< second line: "Run #123 · 4m 12s · <status message>"
    };

    explicit NotificationModel(QObject *parent = nullptr);
    ~NotificationModel() override;

    //! Keeps \a run when it failed; other outcomes are not kept. A run already listed is
    //! updated in place, never listed twice.
    void addRun(const QString &connectionId, const Api::Run &run);
    void markSeen(int row);
    void markRunSeen(const QString &connectionId, qint64 runId);
    void markAllSeen();

    int unseenCount() const { return int(m_entries.size()); }

    Api::Run runAt(int row) const;
    QString connectionAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void unseenCountChanged(int count);

private:
    struct Entry
    {
        QString connectionId;
        Api::Run run;
    };

    int rowOf(const QString &connectionId, qint64 runId) const;

    QList<Entry> m_entries;
};

} // namespace Dbtc::Models
