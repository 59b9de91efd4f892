// SPDX-License-Identifier: GPL-3.0-or-later
// What the main-window tests share: an in-process simulator, a cache folder, the demo
// connection, and helpers that read the window as a user sees it (runs listed, a right click
// through the window's own wiring, tree lookups by name).
#pragma once

#include "../models/simfixture.h"
#include "models/artifacts/recentfiles.h"
#include "models/common/roles.h"
#include "models/console/accounttreemodel.h"
#include "models/console/runconversions.h"
#include "models/console/runfilterproxymodel.h"
#include "models/console/runlistmodel.h"
#include "models/console/runpoller.h"
#include "models/console/treeitem.h"
#include "models/notifications/notificationgrouper.h"
#include "models/notifications/notificationmodel.h"
#include "models/notifications/notifier.h"
#include "models/notifications/watchlist.h"
#include "models/notifications/watchpoller.h"
#include "models/rundetail/rundetailsteps.h"
#include "models/workspace/workspace.h"
#include "ui/actions/runactions.h"
#include "ui/artifacts/artifactbrowser.h"
#include "ui/artifacts/browsepage.h"
#include "ui/console/navigatorpanel.h"
#include "ui/console/runfilterbar.h"
#include "ui/console/runspanel.h"
#include "ui/notifications/notificationcenter.h"
#include "ui/rundetail/rundetailpage.h"
#include "ui/rundetail/rundetailview.h"
#include "ui/rundetail/triageview.h"
#include "ui/shell/consolestatusbar.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/mainwindowactions.h"
#include "ui/shell/quickopen.h"
#include "ui/shell/welcomepage.h"
#include "ui/widgets/messagebanner.h"
#include "ui/widgets/statepage.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace Dbtc;
using namespace std::chrono_literals;

class MainWindowFixture
{
protected:
    SimFixture m_sim;
    QTemporaryDir m_cacheDir;

    Models::ConnectionInfo demoInfo() const
    {
        return { QStringLiteral("demo"), QStringLiteral("Demo"), m_sim.accountId, false, true };
    }

    //! A window with the demo connection whose account dashboard has loaded.
    static bool waitForRuns(Ui::MainWindow &w)
    {
        return QTest::qWaitFor(
            [&] {
                return w.runsPanel()->proxy()->rowCount() > 0;
            },
            10000);
    }

    static qint64 someJobWithRuns(const Ui::MainWindow &w)
    {
        return w.runsPanel()->model()->runAt(0).jobId;
    }

    //! The first listed row whose status satisfies \a pred, or -1.
    template <typename Pred> static int rowWhere(const Ui::MainWindow &w, Pred pred)
    {
        const auto *proxy = w.runsPanel()->proxy();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (pred(Api::RunStatus(proxy->index(row, 0).data(Models::StatusRole).toInt()))) {
                return row;
            }
        }
        return -1;
    }

    //! What a right click on \a view at \a pos shows, through the window's own wiring: the
    //! menu is caught while it is open (exec() runs its own loop), its actions are recorded,
    //! and it is closed. Shared actions (cancel, retry...) outlive the menu; the menu's own
    //! entries are recorded by text and state only.
    struct MenuEntry
    {
        QString text;
        bool enabled = false;
        bool visible = false;
        QAction *action = nullptr;
    };

    static QList<MenuEntry> rightClick(QAbstractItemView *view, const QPoint &pos)
    {
        QList<MenuEntry> entries;
        bool shown = false;
        QTimer::singleShot(0, view, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu) {
                return;
            }
            shown = true;
            for (QAction *a : menu->actions()) {
                if (!a->isSeparator()) {
                    entries.append(
                        { a->text().remove(QLatin1Char('&')), a->isEnabled(), a->isVisible(), a });
                }
            }
            menu->close();
        });
        Q_EMIT view->customContextMenuRequested(pos);
        if (!shown) {
            qWarning("no context menu opened");
        }
        return entries;
    }

    static const MenuEntry *entry(const QList<MenuEntry> &entries, const QString &text)
    {
        for (const MenuEntry &e : entries) {
            if (e.text == text) {
                return &e;
            }
        }
        return nullptr;
    }

    static int visibleEntries(const QList<MenuEntry> &entries)
    {
        return int(std::count_if(entries.cbegin(), entries.cend(), [](const MenuEntry &e) {
            return e.visible;
        }));
    }

    static QModelIndex findByName(const QAbstractItemModel *model,
        Models::TreeNodeKind kind,
        const QString &name,
        const QModelIndex &parent = {})
    {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            if (i.data(Models::NodeKindRole).toInt() == int(kind)
                && i.data(Qt::DisplayRole).toString() == name) {
                return i;
            }
            if (const QModelIndex found = findByName(model, kind, name, i); found.isValid()) {
                return found;
            }
        }
        return {};
    }

    static qint64 anyOtherProject(
        const QAbstractItemModel *model, qint64 notThis, const QModelIndex &parent = {})
    {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            const qint64 id = i.data(Models::NodeIdRole).toLongLong();
            if (i.data(Models::NodeKindRole).toInt() == int(Models::TreeNodeKind::Project)
                && id != notThis) {
                return id;
            }
            if (const qint64 found = anyOtherProject(model, notThis, i)) {
                return found;
            }
        }
        return 0;
    }

    static QAction *findAction(const QList<QAction *> &actions, const QString &text)
    {
        for (QAction *a : actions) {
            if (a->text().remove(QLatin1Char('&')) == text) {
                return a;
            }
        }
        return nullptr;
    }

    static int visibleCount(const QList<QAction *> &actions)
    {
        return int(std::count_if(actions.cbegin(), actions.cend(), [](QAction *a) {
            return a->isVisible() && !a->isSeparator();
        }));
    }
};
