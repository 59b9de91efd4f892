// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/history/inboxmodel.h"

#include "models/common/roles.h"
#include "models/common/timetext.h"
#include "models/history/failureinbox.h"

namespace Dbtc::Models {

InboxModel::InboxModel(FailureInbox *inbox, QObject *parent)
    : QAbstractTableModel(parent)
    , m_inbox(inbox)
{
    connect(inbox, &FailureInbox::groupsReset, this, &InboxModel::rebuild);
    connect(inbox, &FailureInbox::groupAdded, this, &InboxModel::rebuild);
    connect(inbox, &FailureInbox::groupChanged, this, &InboxModel::onChanged);
    rebuild();
}

InboxModel::~InboxModel() = default;

QString InboxModel::labelText(InboxLabel label)
{
    switch (label) {
    case InboxLabel::New:
        return tr("new");
    case InboxLabel::Recurring:
        return tr("recurring");
    case InboxLabel::Flaky:
        return tr("flaky");
    }
    return {};
}

void InboxModel::rebuild()
{
    beginResetModel();
    m_rows = m_inbox ? m_inbox->groups() : QList<InboxGroup>();
    endResetModel();
}

void InboxModel::onChanged(const QString &key)
{
    const int row = rowOf(key);
    const InboxGroup *g = m_inbox ? m_inbox->group(key) : nullptr;
    if (row < 0 || !g) {
        rebuild();
        return;
    }
    const bool moves =
        g->isResolved() != m_rows.at(row).isResolved() || g->lastSeen != m_rows.at(row).lastSeen;
    if (moves) {
        rebuild(); // its place in the order changed
        return;
    }
    m_rows[row] = *g;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString InboxModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QString();
}

int InboxModel::rowOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key) {
            return int(i);
        }
    }
    return -1;
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const InboxGroup &g = m_rows.at(index.row());
    const QDateTime now = m_now.isValid() ? m_now
        : m_inbox                         ? m_inbox->now()
                                          : QDateTime::currentDateTimeUtc();
    switch (role) {
    case GroupKeyRole:
        return g.key;
    case LabelRole:
        return int(g.label);
    case ResolvedRole:
        return g.isResolved();
    case AcknowledgedRole:
        return g.acknowledged;
    case SnoozedRole:
        return g.snoozeUntilChange || (g.snoozedUntil.isValid() && g.snoozedUntil > now);
    case StepRole:
        return g.newestStep;
    case UniqueIdRole:
        return g.uniqueId;
    case RunIdRole:
        return g.newestRunId;
    case JobIdRole:
        return g.newestJobId;
    case ProjectIdRole:
        return g.projectId;
    case ConnectionIdRole:
        return g.connectionId;
    case AccountIdRole:
        return g.accountId;
    default:
        break;
    }
    const int column = index.column();
    if (role == RawValueRole) {
        switch (column) {
        case LabelColumn:
            return int(g.label);
        case NodeColumn:
            return g.uniqueId;
        case MessageColumn:
            return g.message;
        case FirstSeenColumn:
            return g.firstSeen;
        case LastSeenColumn:
            return g.lastSeen;
        case RunsColumn:
            return g.runsAffected;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case LabelColumn:
            return g.isResolved() ? tr("resolved (%1)").arg(labelText(g.label))
                                  : labelText(g.label);
        case NodeColumn:
            return g.uniqueId;
        case MessageColumn:
            return g.message.section(QLatin1Char('\n'), 0, 0).left(300);
        case FirstSeenColumn:
            return relativeTimeText(g.firstSeen, now);
        case LastSeenColumn:
            return relativeTimeText(g.lastSeen, now);
        case RunsColumn:
            return g.runsAffected;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case MessageColumn:
            return g.message;
        case FirstSeenColumn:
            return exactTimeText(g.firstSeen);
        case LastSeenColumn:
            return exactTimeText(g.lastSeen);
        default:
            return {};
        }
    }
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case LabelColumn:
        return tr("State");
    case NodeColumn:
        return tr("Node");
    case MessageColumn:
        return tr("Message");
    case FirstSeenColumn:
        return tr("First seen");
    case LastSeenColumn:
        return tr("Last seen");
    case RunsColumn:
        return tr("Runs");
    default:
        return {};
    }
}

} // namespace Dbtc::Models
