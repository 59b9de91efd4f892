// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/history/historyrecords.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QPointer>

namespace Dbtc::Models {

class FailureInbox;

//! \brief The failure inbox page's table: one row per failure group, open groups first and the
//! newest last-seen first. Kinds and raw values through roles, never colours.
class InboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxModel)

public:
    enum Column {
        LabelColumn,
        NodeColumn,
        MessageColumn,
        FirstSeenColumn,
        LastSeenColumn,
        RunsColumn,
        ColumnCount
    };

    // Roles beyond models/common/roles.h (which this model also answers: RunIdRole (the newest
    // affected run), JobIdRole, ProjectIdRole, ConnectionIdRole, AccountIdRole, RawValueRole).
    enum InboxRole {
        GroupKeyRole = Qt::UserRole + 500,
        LabelRole, //!< int(InboxLabel)
        ResolvedRole, //!< bool
        AcknowledgedRole, //!< bool
        SnoozedRole, //!< bool: snoozed now (by time or until it changes)
        StepRole, //!< the step of the newest affected run
        UniqueIdRole,
    };

    explicit InboxModel(FailureInbox *inbox, QObject *parent = nullptr);
    ~InboxModel() override;

    static QString labelText(InboxLabel label);

    //! For tests and "now" in the relative times.
    void setNow(const QDateTime &now) { m_now = now; }

    QString keyAt(int row) const;
    int rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void rebuild();
    void onChanged(const QString &key);

    QPointer<FailureInbox> m_inbox;
    QList<InboxGroup> m_rows;
    QDateTime m_now;
};

} // namespace Dbtc::Models
