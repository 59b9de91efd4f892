// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace Dbtc::Models {
struct RunComparisonResult;
struct RunDiff;
class RunDiffStatusModel;
class RunDiffTimingModel;
class RunSettingsModel;
class SqlDiffModel;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

class StatePage;

//! \brief The run diff page: two runs (or two target folders) side by side. Tabs for the nodes
//! whose status changed (and new / gone ones), execution-time changes ranked by the biggest
//! slow-down, the nodes whose SQL changed with a side-by-side diff, and the settings and steps
//! the runs were started with differently. It shows what it is given and asks for nothing but
//! "open this node" / "open this run".
class RunDiffView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDiffView)

public:
    enum Tab { StatusTab, TimingTab, SqlTab, SettingsTab };

    explicit RunDiffView(QWidget *parent = nullptr);
    ~RunDiffView() override;

    void showLoading(const QString &what);
    void showFailure(const QString &message);
    void setResult(const Models::RunComparisonResult &result);

    //! For tests and the screenshots: the page's parts.
    QTabWidget *tabs() const { return m_tabs; }

    QTableView *statusTable() const { return m_status; }

    QTableView *timingTable() const { return m_timing; }

    QListWidget *sqlNodes() const { return m_sqlNodes; }

    QTableView *sqlTable() const { return m_sql; }

    QTableView *settingsTable() const { return m_settings; }

    QString summaryText() const;
    QString bannerText() const;

    StatePage *statePage() const { return m_state; }

Q_SIGNALS:
    void openRunRequested(qint64 runId);
    //! A node of the newer run (its node page, from that run's artifacts).
    void nodeRequested(const QString &uniqueId, qint64 runId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void styleNotice();
    void buildHeader(QWidget *content);
    QTableView *makeTable(QSortFilterProxyModel *proxy);
    void showSql(const QString &uniqueId);
    void updateTabTitles();

    QStackedWidget *m_stack;
    StatePage *m_state;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_summary;
    QLabel *m_notice; //!< why artifacts could not be compared
    QTabWidget *m_tabs;
    QTableView *m_status;
    QTableView *m_timing;
    QListWidget *m_sqlNodes;
    QTableView *m_sql;
    QLabel *m_sqlCaption;
    QPushButton *m_nextChange;
    QTableView *m_settings;
    Models::RunDiffStatusModel *m_statusModel;
    Models::RunDiffTimingModel *m_timingModel;
    Models::SqlDiffModel *m_sqlModel;
    Models::RunSettingsModel *m_settingsModel;
    std::shared_ptr<const Models::RunDiff> m_diff;
    qint64 m_afterRunId = 0;
    qint64 m_beforeRunId = 0;
};

} // namespace Dbtc::Ui
