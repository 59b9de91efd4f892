// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/console/accounttreemodel.h"
#include "models/console/accounttreenode_p.h"

#include "models/common/cronwords.h"
#include "models/common/roles.h"
#include "models/common/timetext.h"
#include "models/console/runrecord.h"

#include <QCoreApplication>
#include <QHash>

namespace Dbtc::Models {

AccountTreeModel::AccountTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    m_root->fetched = true;
}

AccountTreeModel::~AccountTreeModel() = default;

AccountTreeModel::Node *AccountTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex AccountTreeModel::indexFor(const Node *node) const
{
    if (!node || node == m_root.get()) {
        return {};
    }
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

QModelIndex AccountTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    return createIndex(row, column, nodeFor(parent)->children[size_t(row)].get());
}

QModelIndex AccountTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid()) {
        return {};
    }
    return indexFor(nodeFor(child)->parent);
}

int AccountTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    return int(nodeFor(parent)->children.size());
}

int AccountTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool AccountTreeModel::hasChildren(const QModelIndex &parent) const
{
    const Node *node = nodeFor(parent);
    if (isLeafKind(node->item.kind) && node != m_root.get()) {
        return false;
    }
    // Unfetched nodes claim children so the view draws an expander that triggers fetchMore.
    return !node->fetched || !node->children.empty();
}

bool AccountTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeFor(parent);
    return parent.isValid() && !isLeafKind(node->item.kind) && !node->fetched && !node->fetching;
}

void AccountTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent)) {
        fetchChildren(nodeFor(parent), false);
    }
}

QVariant AccountTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Node *node = nodeFor(index);
    const TreeItem &it = node->item;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return it.name;
    case Qt::ToolTipRole:
        if (!node->error.isEmpty()) {
            return node->error;
        }
        if (it.kind == TreeNodeKind::Job) {
            return jobData(node, role);
        }
        return it.detail.isEmpty() ? it.name : QString(it.name + QLatin1Char('\n') + it.detail);
    case NodeKindRole:
        return int(it.kind);
    case NodeIdRole:
        return it.id;
    case ConnectionIdRole:
        return node->connectionId;
    case AccountIdRole:
        return it.accountId;
    case ProjectIdRole:
        return it.projectId;
    case EnvironmentIdRole:
        return it.environmentId;
    case JobIdRole:
        return it.kind == TreeNodeKind::Job ? QVariant(it.id) : QVariant();
    case StaleRole:
        return node->stale;
    case LoadingRole:
        return node->fetching;
    case ErrorTextRole:
        return node->error;
    case StatusRole:
        return it.kind == TreeNodeKind::Job && it.lastRunId != 0 ? QVariant(int(it.lastStatus))
                                                                 : QVariant();
    case RunIdRole:
        return it.lastRunId != 0 ? QVariant(it.lastRunId) : QVariant();
    case ScheduleTextRole:
    case NextRunRole:
        return jobData(node, role);
    default:
        return {};
    }
}

QVariant AccountTreeModel::jobData(const Node *node, int role) const
{
    const TreeItem &it = node->item;
    if (it.kind != TreeNodeKind::Job) {
        return role == ScheduleTextRole ? QVariant(it.detail) : QVariant();
    }
    const QString schedule =
        it.cron.isEmpty() ? QStringLiteral("Not scheduled") : cronToWords(it.cron);
    if (role == ScheduleTextRole) {
        return schedule;
    }
    if (role == NextRunRole) {
        return it.nextRun;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList lines { it.name };
    if (it.lastRunId != 0) {
        lines << QStringLiteral("Last run #%1: %2, %3")
                     .arg(it.lastRunId)
                     .arg(Api::runStatusText(it.lastStatus), relativeTimeText(it.lastRunAt, now));
    } else {
        lines << QStringLiteral("No runs yet");
    }
    lines << QStringLiteral("Schedule: ") + schedule;
    if (it.nextRun.isValid()) {
        lines << QStringLiteral("Next run: %1 (%2)")
                     .arg(relativeTimeText(it.nextRun, now), exactTimeText(it.nextRun));
    }
    return lines.join(QLatin1Char('\n'));
}

void AccountTreeModel::addConnection(const ConnectionInfo &info, Api::Client *client)
{
    if (Node *existing = connectionNode(info.id)) {
        existing->info = info;
        existing->client = client;
        if (!info.accountName.isEmpty() && existing->stale) {
            existing->item.name = info.accountName;
        }
        Node *group = existing->parent;
        group->item.name = info.name;
        for (const Node *n : { existing, group }) {
            const QModelIndex idx = indexFor(n);
            Q_EMIT dataChanged(idx, idx);
        }
        return;
    }
    Node *group = groupNode(info.groupId());
    if (!group) {
        auto node = std::make_unique<Node>();
        node->parent = m_root.get();
        node->connectionId = info.groupId();
        node->info = info;
        node->item.kind = TreeNodeKind::Connection;
        node->item.name = info.name;
        node->item.accountId = info.accountId;
        node->fetched = true; // its accounts are the sessions added to it, never fetched
        const int row = int(m_root->children.size());
        beginInsertRows({}, row, row);
        m_root->children.push_back(std::move(node));
        endInsertRows();
        group = m_root->children.back().get();
    }
    group->item.name = info.name;
    // The session's root is its account: the name the picker knew until the account answers.
    auto node = std::make_unique<Node>();
    node->parent = group;
    node->connectionId = info.id;
    node->info = info;
    node->client = client;
    node->item.kind = TreeNodeKind::Account;
    node->item.id = info.accountId;
    node->item.accountId = info.accountId;
    node->item.name = info.accountName.isEmpty()
        ? QCoreApplication::translate("AccountTreeModel", "Account %1").arg(info.accountId)
        : info.accountName;
    const QModelIndex groupIndex = indexFor(group);
    const int row = int(group->children.size());
    beginInsertRows(groupIndex, row, row);
    group->children.push_back(std::move(node));
    endInsertRows();
    updateGroupDetail(group);
}

void AccountTreeModel::updateGroupDetail(Node *group)
{
    const int accounts = int(group->children.size());
    group->item.detail = group->info.demo
        ? QCoreApplication::translate("AccountTreeModel", "Demo (built-in simulator)")
        : accounts == 1
        ? QCoreApplication::translate("AccountTreeModel", "Account %1")
              .arg(group->children.front()->item.id)
        : QCoreApplication::translate("AccountTreeModel", "%1 accounts").arg(accounts); // 2 or more
    const QModelIndex idx = indexFor(group);
    Q_EMIT dataChanged(idx, idx);
}

void AccountTreeModel::removeConnection(const QString &connectionId)
{
    Node *node = connectionNode(connectionId);
    if (!node) {
        return;
    }
    Node *group = node->parent;
    if (group->children.size() > 1) {
        const int row = node->row();
        beginRemoveRows(indexFor(group), row, row);
        group->children.erase(group->children.begin() + row);
        endRemoveRows();
        updateGroupDetail(group);
        return;
    }
    const int row = group->row();
    beginRemoveRows({}, row, row);
    m_root->children.erase(m_root->children.begin() + row);
    endRemoveRows();
}

bool AccountTreeModel::hasConnection(const QString &connectionId) const
{
    return connectionNode(connectionId) != nullptr;
}

QStringList AccountTreeModel::connectionIds() const
{
    QStringList ids;
    for (const auto &group : m_root->children) {
        for (const auto &session : group->children) {
            ids << session->connectionId;
        }
    }
    return ids;
}

QStringList AccountTreeModel::connectionIdsUnder(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    if (!index.isValid() || node->item.kind != TreeNodeKind::Connection) {
        return index.isValid() ? QStringList { node->connectionId } : connectionIds();
    }
    QStringList ids;
    for (const auto &session : node->children) {
        ids << session->connectionId;
    }
    return ids;
}

ConnectionInfo AccountTreeModel::connection(const QString &connectionId) const
{
    const Node *node = connectionNode(connectionId);
    return node ? node->info : ConnectionInfo {};
}

Api::Client *AccountTreeModel::client(const QString &connectionId) const
{
    const Node *node = connectionNode(connectionId);
    return node ? node->client.data() : nullptr;
}

AccountTreeModel::Node *AccountTreeModel::connectionNode(const QString &connectionId) const
{
    for (const auto &group : m_root->children) {
        for (const auto &session : group->children) {
            if (session->connectionId == connectionId) {
                return session.get();
            }
        }
    }
    return nullptr;
}

AccountTreeModel::Node *AccountTreeModel::groupNode(const QString &groupId) const
{
    for (const auto &group : m_root->children) {
        if (group->connectionId == groupId) {
            return group.get();
        }
    }
    return nullptr;
}

RunScope AccountTreeModel::scopeFor(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    if (!index.isValid()) {
        return {};
    }
    if (node->item.kind == TreeNodeKind::Connection) {
        // A connection stands for its first account (the one it was set up for).
        return node->children.empty() ? RunScope {}
                                      : scopeFor(indexFor(node->children.front().get()));
    }
    RunScope s;
    s.connectionId = node->connectionId;
    const TreeItem &it = node->item;
    s.accountId = it.accountId;
    switch (it.kind) {
    case TreeNodeKind::Job:
        s.jobId = it.id;
        [[fallthrough]];
    case TreeNodeKind::Environment:
        s.environmentId = it.environmentId;
        [[fallthrough]];
    case TreeNodeKind::Project:
        s.projectId = it.projectId;
        break;
    default:
        break;
    }
    return s;
}

TreeItem AccountTreeModel::itemFor(const QModelIndex &index) const
{
    return index.isValid() ? nodeFor(index)->item : TreeItem {};
}

QString AccountTreeModel::connectionIdFor(const QModelIndex &index) const
{
    return index.isValid() ? nodeFor(index)->connectionId : QString();
}

QModelIndex AccountTreeModel::findNode(
    const QString &connectionId, TreeNodeKind kind, qint64 id) const
{
    const Node *conn = connectionNode(connectionId);
    if (!conn) {
        return {};
    }
    if (kind == TreeNodeKind::Connection) {
        return indexFor(conn->parent);
    }
    if (kind == TreeNodeKind::Account) {
        return conn->item.id == id ? indexFor(conn) : QModelIndex();
    }
    QList<const Node *> todo { conn };
    while (!todo.isEmpty()) {
        const Node *n = todo.takeLast();
        for (const auto &c : n->children) {
            if (c->item.kind == kind && c->item.id == id) {
                return indexFor(c.get());
            }
            if (int(c->item.kind) < int(kind)) {
                todo.append(c.get());
            }
        }
    }
    return {};
}

QList<QPair<QString, TreeItem>> AccountTreeModel::allItems() const
{
    QList<QPair<QString, TreeItem>> out;
    QList<const Node *> todo { m_root.get() };
    while (!todo.isEmpty()) {
        const Node *n = todo.takeFirst();
        for (const auto &c : n->children) {
            if (isAdminKind(c->item.kind)) {
                continue; // not something quick-open or the watch list can point at
            }
            if (c->item.kind != TreeNodeKind::Connection) {
                out.append({ c->connectionId, c->item });
            }
            todo.append(c.get());
        }
    }
    return out;
}

void AccountTreeModel::noteRuns(const QString &connectionId, const QList<RunRecord> &runs)
{
    QHash<qint64, const RunRecord *> newestPerJob;
    for (const RunRecord &r : runs) {
        const RunRecord *&slot = newestPerJob[r.jobId];
        if (!slot || slot->id < r.id) {
            slot = &r;
        }
    }
    Node *conn = connectionNode(connectionId);
    if (!conn) {
        return;
    }
    QList<Node *> todo { conn };
    while (!todo.isEmpty()) {
        Node *n = todo.takeLast();
        for (const auto &c : n->children) {
            if (c->item.kind != TreeNodeKind::Job) {
                todo.append(c.get());
                continue;
            }
            const RunRecord *r = newestPerJob.value(c->item.id);
            if (!r || r->id < c->item.lastRunId
                || (r->id == c->item.lastRunId && r->status == c->item.lastStatus)) {
                continue;
            }
            c->item.lastRunId = r->id;
            c->item.lastStatus = r->status;
            c->item.lastRunAt = r->createdAt;
            const QModelIndex idx = indexFor(c.get());
            Q_EMIT dataChanged(idx, idx);
        }
    }
}

} // namespace Dbtc::Models
