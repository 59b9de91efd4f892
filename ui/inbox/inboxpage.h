// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace Dbtc::Models {
class FailureInbox;
class InboxModel;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

class StatePage;

//! \brief The failure inbox page: failing nodes of the watched scope grouped by failure, each
//! with its state (new, recurring, flaky, resolved), first and last seen and the runs it
//! affected; acknowledge and snooze act on the selected group. Opening a group asks the shell
//! to show triage at its newest affected run (openRunRequested).
class InboxPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxPage)

public:
    //! \a inbox and \a model (the Workspace's history) must outlive the page.
    InboxPage(Models::FailureInbox *inbox, Models::InboxModel *model, QWidget *parent = nullptr);
    ~InboxPage() override;

    QTreeView *view() const { return m_view; }

    QAction *acknowledgeAction() const { return m_acknowledge; }

    QAction *snoozeHourAction() const { return m_snoozeHour; }

    QAction *snoozeChangeAction() const { return m_snoozeChange; }

    QAction *openAction() const { return m_open; }

    //! The group key of the current row, empty when none.
    QString currentKey() const;

    //! True while the groups shown are the database's from an earlier session: nothing has
    //! been polled since the start (offline, or the network has not answered yet).
    void setStale(bool stale);

    bool isStale() const { return m_stale; }

    QString summaryText() const;

Q_SIGNALS:
    //! Open triage of \a runId's \a step (0 = the last step) on \a connectionId.
    void openRunRequested(const QString &connectionId, qint64 runId, int step);

private:
    void updateState();
    void updateActions();
    void snoozeFor(qint64 seconds);
    void openCurrent();

    Models::FailureInbox *m_inbox;
    Models::InboxModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    QTreeView *m_view;
    StatePage *m_empty;
    QAction *m_acknowledge;
    QAction *m_snoozeHour;
    QAction *m_snoozeDay;
    QAction *m_snoozeWeek;
    QAction *m_snoozeChange;
    QAction *m_unsnooze;
    QAction *m_showResolved;
    QAction *m_open;
    QToolButton *m_snooze = nullptr;
    bool m_stale = false;
};

} // namespace Dbtc::Ui
