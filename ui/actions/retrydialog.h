// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/run.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QTreeWidget;
class QPushButton;

namespace Dbtc::Models {
struct RetryNodes;
}

namespace Dbtc::Ui {

//! \brief "Rerun from failure?": which step failed and which skipped steps will run again (from
//! GET runs/{id}/retry/), or, when dbt Cloud refuses, why in plain words; "Rerun from start"
//! is always the alternative. Emits the user's choice; RunActions sends the request.
class RetryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetryDialog)

public:
    explicit RetryDialog(const Api::Run &run, QWidget *parent = nullptr);
    ~RetryDialog() override;

    Api::Run run() const { return m_run; }

    void setDetails(const Api::RetryDetails &details);
    //! Rerun from failure is not possible: say why (and keep "Rerun from start").
    void setRefusal(const QString &text);

    bool isRefused() const { return m_refused; }

    void setBusy(bool busy);
    void showError(const QString &text, bool outcomeUnknown = false);
    QStringList listedSteps() const; //!< "step: what happens" per row shown

    //! The nodes the failed step reruns (its run_results.json: failed + skipped), or why
    //! they cannot be known.
    void setRetryNodes(const Models::RetryNodes &nodes);
    QString retryNodesText() const; //!< "Reruns 3 nodes of the 42 the step selects: ..."
    QStringList listedRetryNodes() const; //!< "failed · model.x.y", "skipped · ..."

Q_SIGNALS:
    void retryFromFailureRequested();
    void rerunFromStartRequested();

private:
    void updateButtons();
    //! Text that arrives after the dialog is shown (the nodes a retry reruns) makes it taller
    //! instead of squeezing the labels above it.
    void growToFit();

    Api::Run m_run;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_steps = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_nodesText = nullptr;
    QPushButton *m_showNodes = nullptr;
    QListWidget *m_nodes = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_fromStartButton = nullptr;
    bool m_loaded = false;
    bool m_refused = false;
    bool m_busy = false;
};

} // namespace Dbtc::Ui
