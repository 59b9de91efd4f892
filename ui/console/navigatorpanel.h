// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/console/runscope.h"
#include "models/console/treeitem.h"

#include <QWidget>

class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTreeView;

namespace Dbtc::Models {
class AccountTreeModel;
}

namespace Dbtc::Ui {

class NavigatorDelegate;

//! \brief The left panel: a filter box over the connections -> ... -> jobs tree. Selecting a
//! node (mouse or keyboard) asks for that node's runs.
class NavigatorPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigatorPanel)

public:
    explicit NavigatorPanel(Models::AccountTreeModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }

    QLineEdit *filterEdit() const { return m_filter; }

    //! Selects (and reveals) a node; used by the quick-open palette.
    bool select(const QString &connectionId, Models::TreeNodeKind kind, qint64 id);
    //! "Demo › jaffle_shop › Production › nightly" for the current node.
    QString breadcrumb() const;
    //! Wide enough for a job's schedule line; the splitter starts from it.
    QSize sizeHint() const override;

    NavigatorDelegate *delegate() const { return m_delegate; }

Q_SIGNALS:
    void scopeSelected(const Dbtc::Models::RunScope &scope, const QString &title);
    void editConnectionRequested(const QString &connectionId);
    //! An administration node was selected: \a area is an int(Models::AdminArea).
    void adminAreaSelected(const QString &connectionId, int area);
    //! Before the context menu of \a item opens: others add their entries (Run job…, Watch).
    void contextMenuAboutToShow(
        QMenu *menu, const QString &connectionId, const Dbtc::Models::TreeItem &item);

private:
    void onCurrentChanged(const QModelIndex &current);
    void showContextMenu(const QPoint &pos);

    Models::AccountTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    NavigatorDelegate *m_delegate;
};

} // namespace Dbtc::Ui
