// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/notifications/notificationmodel.h"

#include "models/common/roles.h"
#include "models/common/timetext.h"

namespace Dbtc::Models {

NotificationModel::NotificationModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

NotificationModel::~NotificationModel() = default;

int NotificationModel::rowOf(const QString &connectionId, qint64 runId) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).run.id == runId && m_entries.at(i).connectionId == connectionId) {
            return int(i);
        }
    }
    return -1;
}

void NotificationModel::addRun(const QString &connectionId, const Api::Run &run)
{
    if (run.status != Api::RunStatus::Error) {
        return;
    }
    if (const int row = rowOf(connectionId, run.id); row >= 0) {
        m_entries[row].run = run;
        emit dataChanged(index(row), index(row));
        return;
    }
    // Newest first: failures arrive roughly in finishing order.
    beginInsertRows({}, 0, 0);
    m_entries.prepend({ connectionId, run });
    endInsertRows();
    emit unseenCountChanged(unseenCount());
}

void NotificationModel::markSeen(int row)
{
    if (row < 0 || row >= m_entries.size()) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    emit unseenCountChanged(unseenCount());
}

void NotificationModel::markRunSeen(const QString &connectionId, qint64 runId)
{
    markSeen(rowOf(connectionId, runId));
}

void NotificationModel::markAllSeen()
{
    if (m_entries.isEmpty()) {
        return;
    }
    beginResetModel(); // everything goes at once; nothing to keep selected
    m_entries.clear();
    endResetModel();
    emit unseenCountChanged(0);
}

Api::Run NotificationModel::runAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).run : Api::Run {};
}

QString NotificationModel::connectionAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).connectionId : QString();
}

int NotificationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant NotificationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Entry &e = m_entries.at(index.row());
    const QString name =
        e.run.jobName.isEmpty() ? tr("Job %1").arg(e.run.jobDefinitionId) : e.run.jobName;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 failed").arg(name);
    case Qt::ToolTipRole:
        return e.run.statusMessage.isEmpty() ? tr("Run #%1 failed").arg(e.run.id)
                                             : e.run.statusMessage;
    case DetailRole: {
        QStringList parts { tr("Run #%1").arg(e.run.id) };
        if (e.run.duration.count() > 0) {
            parts << durationText(e.run.duration.count());
        }
        if (e.run.finishedAt.isValid()) {
            parts << relativeTimeText(e.run.finishedAt, QDateTime::currentDateTimeUtc());
        }
        const QString why = e.run.statusMessage.section(u'\n', 0, 0).trimmed();
        if (!why.isEmpty()) {
            parts << why;
        }
        return parts.join(QStringLiteral(" · "));
    }
    case JobNameRole:
        return name;
    case FinishedAtRole:
        return e.run.finishedAt;
    case RunIdRole:
        return e.run.id;
    case JobIdRole:
        return e.run.jobDefinitionId;
    case StatusRole:
        return int(e.run.status);
    case ConnectionIdRole:
        return e.connectionId;
    default:
        return {};
    }
}

QHash<int, QByteArray> NotificationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(JobNameRole, "jobName");
    names.insert(FinishedAtRole, "finishedAt");
    names.insert(DetailRole, "detail");
    names.insert(RunIdRole, "runId");
    names.insert(StatusRole, "status");
    return names;
}

} // namespace Dbtc::Models
