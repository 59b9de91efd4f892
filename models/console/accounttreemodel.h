// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/console/connectioninfo.h"
#include "models/console/runscope.h"
#include "models/console/treeitem.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <memory>
#include <vector>

namespace Dbtc::Api {
class Client;
}

namespace Dbtc::Models {

struct RunRecord;
class RequestTracker;

//! \brief The navigator: connections -> accounts -> projects -> environments -> jobs.
//! Each account is one session (ConnectionInfo: one client); the model's "connection id" is
//! the session's, and a connection node groups the sessions of one profile.
//! Hand-written (Tiled's FolderEntry, Zeal's IndexLevel): children load lazily through
//! canFetchMore/fetchMore when a node is expanded; a refresh merges each level by id, so
//! expanded nodes, selection and the current item survive.
class AccountTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountTreeModel)

public:
    explicit AccountTreeModel(QObject *parent = nullptr);
    ~AccountTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void addConnection(const ConnectionInfo &info, Api::Client *client);
    void removeConnection(const QString &connectionId);
    bool hasConnection(const QString &connectionId) const;
    //! Every session's id.
    QStringList connectionIds() const;
    //! The sessions a node belongs to: one below an account, every account of a connection.
    QStringList connectionIdsUnder(const QModelIndex &index) const;
    ConnectionInfo connection(const QString &connectionId) const;
    Api::Client *client(const QString &connectionId) const;

    //! Shows a cached tree at once, marked stale until refreshLoaded() replaces it.
    void restore(const QString &connectionId, const QList<TreeItem> &items);
    //! Every loaded node of a connection, flat, parents before children (for the cache).
    QList<TreeItem> snapshot(const QString &connectionId) const;
    //! Re-fetches every level that was loaded, and every one whose load failed, and merges
    //! the answers.
    void refreshLoaded(const QString &connectionId);
    //! Some level of the connection is being fetched.
    bool isFetching(const QString &connectionId) const;
    //! Loads the whole tree of a connection (the quick-open palette needs every job).
    void loadAll(const QString &connectionId);
    //! Newer runs update their jobs' last status.
    void noteRuns(const QString &connectionId, const QList<RunRecord> &runs);

    RunScope scopeFor(const QModelIndex &index) const;
    TreeItem itemFor(const QModelIndex &index) const;
    QString connectionIdFor(const QModelIndex &index) const;
    QModelIndex findNode(const QString &connectionId, TreeNodeKind kind, qint64 id) const;
    //! Every loaded project, environment and job: (connection id, item).
    QList<QPair<QString, TreeItem>> allItems() const;

Q_SIGNALS:
    void loadFailed(const QString &connectionId, const QString &message);
    //! Children of a node arrived (first load or refresh).
    void childrenLoaded(const QModelIndex &parent);
    //! The last fetch in flight for the connection ended; \a ok is false when any fetch
    //! since it was last idle failed (TreeRefresher retries then).
    void fetchesSettled(const QString &connectionId, bool ok);

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node) const;
    //! The session's root: its account node.
    Node *connectionNode(const QString &connectionId) const;
    Node *groupNode(const QString &groupId) const;
    void updateGroupDetail(Node *group);
    void fetchChildren(Node *node, bool all);
    void applyChildren(Node *parent, const QList<TreeItem> &items);
    void failFetch(Node *node, const QString &message);
    void settle(const QString &connectionId, bool ok);
    //! The account's name and plan, asked with each load of its projects.
    void refreshAccount(const QString &connectionId, RequestTracker &requests);
    void distributeJobs(Node *account, const QList<TreeItem> &jobs);
    QVariant jobData(const Node *node, int role) const;

    std::unique_ptr<Node> m_root;
};

} // namespace Dbtc::Models
