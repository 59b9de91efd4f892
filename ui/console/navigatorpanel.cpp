// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/navigatorpanel.h"

#include "models/common/roles.h"
#include "models/console/accounttreemodel.h"
#include "ui/console/navigatordelegate.h"
#include "ui/widgets/spinnerclock.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <cmath>

namespace Dbtc::Ui {

NavigatorPanel::NavigatorPanel(Models::AccountTreeModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_delegate(new NavigatorDelegate(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true); // a matching project keeps its environments
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setPlaceholderText(tr("Filter projects, environments, jobs"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Navigator filter"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty()) {
            m_view->expandAll(); // show where the matches are; only loaded nodes can match
        }
    });

    m_delegate->setRoles({ Models::NodeKindRole,
        Models::StatusRole,
        Models::ScheduleTextRole,
        Models::NextRunRole,
        Models::StaleRole,
        Models::LoadingRole,
        Models::ErrorTextRole });
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(m_delegate);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(false);
    m_view->setAnimated(false);
    m_view->setExpandsOnDoubleClick(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Connections, projects, environments and jobs"));
    m_view->header()->setStretchLastSection(true);
    connect(m_view->selectionModel(),
        &QItemSelectionModel::currentChanged,
        this,
        [this](const QModelIndex &current) {
            onCurrentChanged(current);
        });
    connect(m_view, &QTreeView::customContextMenuRequested, this, &NavigatorPanel::showContextMenu);

    // Jobs whose last run is running spin their badge; repaint only while one is visible.
    connect(SpinnerClock::instance(), &SpinnerClock::tick, this, [this] {
        bool running = false;
        const int bottom = m_view->viewport()->height();
        for (QModelIndex i = m_view->indexAt(QPoint(1, 1)); i.isValid() && !running;
             i = m_view->indexBelow(i)) {
            running = i.data(Models::StatusRole).toInt() == int(Api::RunStatus::Running);
            if (m_view->visualRect(i).top() > bottom) {
                break;
            }
        }
        if (running) {
            m_view->viewport()->update();
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    setFocusProxy(m_view);
}

void NavigatorPanel::onCurrentChanged(const QModelIndex &current)
{
    const QModelIndex source = m_proxy->mapToSource(current);
    if (!source.isValid()) {
        return;
    }
    const Models::TreeItem item = m_model->itemFor(source);
    if (Models::isAdminKind(item.kind)) {
        // "Administration" itself opens its first area.
        Q_EMIT adminAreaSelected(m_model->connectionIdFor(source),
            item.kind == Models::TreeNodeKind::AdminArea ? int(item.id) : 0);
        return;
    }
    const Models::RunScope scope = m_model->scopeFor(source);
    if (scope.accountId == 0) {
        return; // a connection whose account is not known yet
    }
    Q_EMIT scopeSelected(scope, breadcrumb());
}

QSize NavigatorPanel::sizeHint() const
{
    return { fontMetrics().horizontalAdvance(QLatin1Char('M')) * 30, 600 };
}

QString NavigatorPanel::breadcrumb() const
{
    QStringList parts;
    for (QModelIndex i = m_view->currentIndex(); i.isValid(); i = i.parent()) {
        if (i.data(Models::NodeKindRole).toInt() == int(Models::TreeNodeKind::Account)
            && i.parent().isValid() && m_model->rowCount(m_proxy->mapToSource(i.parent())) == 1) {
            continue; // the connection's only account: its name adds nothing
        }
        parts.prepend(i.data().toString());
    }
    return parts.join(QStringLiteral("  ›  "));
}

bool NavigatorPanel::select(const QString &connectionId, Models::TreeNodeKind kind, qint64 id)
{
    const QModelIndex source = m_model->findNode(connectionId, kind, id);
    if (!source.isValid()) {
        return false;
    }
    m_filter->clear();
    const QModelIndex proxy = m_proxy->mapFromSource(source);
    for (QModelIndex p = proxy.parent(); p.isValid(); p = p.parent()) {
        m_view->expand(p);
    }
    m_view->setCurrentIndex(proxy);
    m_view->scrollTo(proxy);
    return true;
}

void NavigatorPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex source = m_proxy->mapToSource(m_view->indexAt(pos));
    if (!source.isValid()) {
        return;
    }
    const QString connectionId = m_model->connectionIdFor(source);
    const QStringList sessions = m_model->connectionIdsUnder(source); // a connection: each account
    QMenu menu(this);
    menu.addAction(tr("Refresh"), this, [this, sessions] {
        for (const QString &id : sessions) {
            m_model->refreshLoaded(id);
        }
    });
    menu.addAction(tr("Expand all"), this, [this, sessions] {
        for (const QString &id : sessions) {
            m_model->loadAll(id);
        }
    });
    if (source.data(Models::NodeKindRole).toInt() == int(Models::TreeNodeKind::Connection)) {
        menu.addSeparator();
        menu.addAction(tr("Edit connection…"), this, [this, connectionId] {
            Q_EMIT editConnectionRequested(connectionId);
        });
    }
    Q_EMIT contextMenuAboutToShow(&menu, connectionId, m_model->itemFor(source));
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace Dbtc::Ui
