// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTreeView;

namespace Dbtc::Models {
class PulseFilterModel;
class PulseModel;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

class StatePage;

//! \brief Every job of every connection at a glance: grouped by account, project and
//! environment (collapsible; what the user collapsed stays collapsed across refreshes), with
//! the last status, failing since, last success, what runs now, the next run and an overdue
//! flag; sortable, searchable, "problems only". Opening a job shows its newest run.
class PulsePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PulsePage)

public:
    //! \a model (the Workspace's history) must outlive the page.
    explicit PulsePage(Models::PulseModel *model, QWidget *parent = nullptr);
    ~PulsePage() override;

    QTreeView *view() const { return m_view; }

    QLineEdit *searchEdit() const { return m_search; }

    QCheckBox *problemsOnlyBox() const { return m_problemsOnly; }

    QString summaryText() const;

Q_SIGNALS:
    void openRunRequested(const QString &connectionId, qint64 runId);

private:
    void updateSummary();
    void restoreExpansion();

    Models::PulseModel *m_model;
    Models::PulseFilterModel *m_proxy;
    QLineEdit *m_search;
    QCheckBox *m_problemsOnly;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    StatePage *m_empty;
    QTreeView *m_view;
    QSet<QString> m_collapsed; //!< group keys the user collapsed
    bool m_restoring = false;
};

} // namespace Dbtc::Ui
