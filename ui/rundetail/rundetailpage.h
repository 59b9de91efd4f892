// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QToolBar;
class QToolButton;

namespace Dbtc::Models {
class RunDetail;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

class RunDetailView;

//! \brief The centre page for one run: a "‹ Runs" bar with where the run belongs, and the run
//! detail view (header, steps, triage, log, timing) whose action area holds the run actions.
//! Esc, Alt+Left or the back button return to the dashboard.
class RunDetailPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDetailPage)

public:
    explicit RunDetailPage(QWidget *parent = nullptr);
    ~RunDetailPage() override;

    //! Loads and follows \a runId through the connection's \a detail; \a where is the breadcrumb of
    //! the dashboard it came from.
    void showRun(Models::RunDetail *detail, qint64 runId, const QUrl &href, const QString &where);
    void clear();
    qint64 runId() const;

    RunDetailView *view() const { return m_view; }

    //! In the detail header: Cancel, Rerun from failure, Rerun from start.
    QToolBar *actionsBar() const { return m_actions; }

    QToolButton *backButton() const { return m_back; }

Q_SIGNALS:
    void backRequested();

private:
    QToolButton *m_back;
    QLabel *m_where;
    RunDetailView *m_view;
    QToolBar *m_actions;
};

} // namespace Dbtc::Ui
