// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/job.h"
#include "api/types/run.h"
#include "api/types/trigger.h"
#include "models/actions/stepselectionpreview.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;
class QToolButton;
class QPushButton;
class QSpinBox;

namespace Dbtc::Ui {

class TriggerStepsEditor;

//! \brief "Run job with overrides": prefilled from the job, every override the API accepts,
//! steps checked as typed, and a live summary of what will run. It does not send anything:
//! it emits triggerRequested and RunActions owns the request (and the one-click-one-run rule).
class TriggerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriggerDialog)

public:
    explicit TriggerDialog(const Api::Job &job, QWidget *parent = nullptr);
    ~TriggerDialog() override;

    Api::Job job() const { return m_job; }

    //! Fresher job details (steps, settings) arrived: defaults and placeholders follow them;
    //! a steps override the user enabled is kept.
    void setJob(const Api::Job &job);
    //! Queued or running runs of the job: shown with an offer to follow one instead.
    void setActiveRuns(const QList<Api::Run> &runs);
    //! Fills the fields from \a request (rerun from start with a run's overrides).
    void setRequest(const Api::TriggerRequest &request);
    Api::TriggerRequest request() const;
    //! Empty when the request can be sent; otherwise the first problem, in plain words.
    QString validationError() const;

    //! While the trigger is in flight the button is disabled (no second run from a second
    //! click) and says so.
    void setBusy(bool busy);

    bool isBusy() const { return m_busy; }

    //! Shows \a text above the buttons. With \a outcomeUnknown the button turns into an
    //! explicit "Trigger again" so a new run is always a deliberate second decision.
    void showError(const QString &text, bool outcomeUnknown = false);

    //! What each step would select, evaluated against the environment's latest manifest.
    void setSelectionPreview(const Models::StepSelectionPreview &preview);
    //! The preview line as shown ("Step 1 selects 42 nodes (30 models, 12 tests)"), for tests.
    QString selectionPreviewText() const;
    //! The unique_ids listed under "Show nodes".
    QStringList previewedNodes() const;

Q_SIGNALS:
    void triggerRequested(const Dbtc::Api::TriggerRequest &request);
    void followRunRequested(const Dbtc::Api::Run &run);
    //! The steps changed (or the dialog opened): what would they select? Debounced.
    void selectionPreviewWanted(const QStringList &steps);

private:
    QWidget *buildForm();
    QWidget *buildSummary();
    void applyJobDefaults();
    void updateState();
    void onTriggerClicked();

    Api::Job m_job;
    QList<Api::Run> m_activeRuns;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_followButton = nullptr;
    QLineEdit *m_cause = nullptr;
    QLabel *m_causeCount = nullptr;
    QComboBox *m_gitRefKind = nullptr;
    QLineEdit *m_gitRef = nullptr;
    QLineEdit *m_schema = nullptr;
    QComboBox *m_dbtVersion = nullptr;
    QSpinBox *m_threads = nullptr;
    QLineEdit *m_target = nullptr;
    QComboBox *m_docs = nullptr;
    QSpinBox *m_timeoutMinutes = nullptr;
    QCheckBox *m_overrideSteps = nullptr;
    TriggerStepsEditor *m_steps = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_selection = nullptr;
    QToolButton *m_showNodes = nullptr;
    QListWidget *m_nodes = nullptr;
    QTimer *m_previewTimer = nullptr;
    QStringList m_previewedSteps;
    QLabel *m_error = nullptr;
    QPushButton *m_triggerButton = nullptr;
    bool m_busy = false;
    bool m_outcomeUnknown = false;
};

} // namespace Dbtc::Ui
