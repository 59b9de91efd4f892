// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/run.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace Dbtc::Models {
class TriageFetcher;
class TriageHistory;
} // namespace Dbtc::Models

namespace Dbtc::Ui {

class TriageNodePanel;

//! \brief The failure triage of a run: one row per failing node of every failed step (status,
//! node, type, step, failures, time), the selected node's details, where the answer came from
//! (run_results.json, sources.json or the log tail) and, for the log fallback, the tail itself.
class TriageView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriageView)

public:
    explicit TriageView(QWidget *parent = nullptr);

    //! Shows the triage and history of a connection's run detail (null: nothing); rebinds
    //! when the run detail page switches connection.
    void bind(Models::TriageFetcher *fetcher, Models::TriageHistory *history);

    void setRun(const Api::Run &run);

    //! Rows shown: one per failing node (for tests and the lead's smoke checks).
    int nodeCount() const;
    QString sourceText() const;

    TriageNodePanel *nodePanel() const { return m_panel; }

    QTreeWidget *nodeList() const { return m_list; }

Q_SIGNALS:
    void openArtifactRequested(int step, const QString &path);

private:
    void rebuild();
    void showCurrent();
    void updateHistory();

    QPointer<Models::TriageFetcher> m_fetcher;
    QPointer<Models::TriageHistory> m_history;
    Api::Run m_run;
    QLabel *m_source;
    QTreeWidget *m_list;
    TriageNodePanel *m_panel;
    QPlainTextEdit *m_tail;
};

} // namespace Dbtc::Ui
