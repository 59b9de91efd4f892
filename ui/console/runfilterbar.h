// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QVariant>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;
class QToolButton;

namespace Dbtc::Models {
class RunFilterProxyModel;
class RunListModel;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

//! \brief The dashboard's filters: one toggle per status, job, environment and branch pickers
//! filled from the runs on screen, and free text. Writes straight into the proxy's setters.
class RunFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunFilterBar)

public:
    RunFilterBar(
        Models::RunListModel *runs, Models::RunFilterProxyModel *proxy, QWidget *parent = nullptr);

    QLineEdit *textEdit() const { return m_text; }

    //! Forgets every filter (a new scope starts unfiltered except for the text).
    void clear();
    //! Hides the job/environment pickers when the scope already pins them.
    void setScopeLevel(bool jobFixed, bool environmentFixed);

protected:
    //! Narrow windows get icon-only status buttons (their tooltips keep the words), so the
    //! bar never forces the window wider than a 1280-pixel screen.
    void resizeEvent(QResizeEvent *event) override;

public:
    //! The icon-only width: the bar switches to it rather than widening the window.
    QSize minimumSizeHint() const override;

private:
    void applyStatuses();
    //! Learns the jobs, environments and branches of rows [first, last]; O(new rows), since
    //! scanning 100,000 runs on every poll would stall the GUI.
    void collect(int first, int last);
    void refillChoices();

    Models::RunListModel *m_runs;
    Models::RunFilterProxyModel *m_proxy;
    QList<QToolButton *> m_statusButtons;
    int m_wideButtonsWidth = 0; // the status buttons with their words
    int m_compactButtonsWidth = 0; // icons only
    int otherWidth() const;
    QComboBox *m_job;
    QComboBox *m_environment;
    QComboBox *m_branch;
    QLineEdit *m_text;
    QTimer *m_refill;
    QMap<QString, QVariant> m_jobChoices;
    QMap<QString, QVariant> m_environmentChoices;
    QMap<QString, QVariant> m_branchChoices;
    bool m_choicesChanged = false;
};

} // namespace Dbtc::Ui
