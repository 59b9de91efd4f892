// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/environment.h"
#include "api/types/job.h"
#include "models/jobs/jobdraft.h"
#include "models/jobs/jobwriter.h"

#include <QDialog>
#include <QHash>
#include <QMap>
#include <QPointer>
#include <QTimeZone>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace Dbtc::Ui {

class JobScheduleBox;
class TriggerStepsEditor;

//! \brief Asks before a save, showing what changes (one line per field, "threads: 4 → 8");
//! true = save. The default is a QMessageBox; tests answer it.
using JobChangesConfirmer =
    std::function<bool(const QString &title, const QString &text, const QStringList &changes)>;

//! \brief Creates, edits, duplicates or imports a job: every field of Models::JobDraft in five
//! tabs (General, Steps, Schedule, Triggers, Execution) that fit a laptop screen. Problems
//! found before sending and a 400's field errors show in red under their field, the first one
//! focused (on its tab); before saving, the changes are listed and confirmed. Saving goes
//! through the session's JobWriter and is disabled, with the reason, while its WriteAccess
//! says no.
class JobEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobEditorDialog)

public:
    enum class Mode {
        Create,
        Edit,
        Duplicate,
        Import,
    };

    //! \a base is what the dialog starts from and what the diff compares against (the saved
    //! job when editing; the copy, the import or the defaults otherwise).
    JobEditorDialog(
        Mode mode, const Models::JobDraft &base, Models::JobWriter *writer, QWidget *parent);
    ~JobEditorDialog() override;

    Mode mode() const { return m_mode; }

    //! The environments and jobs to pick from (JobWriter::loadChoices).
    void setChoices(const Models::JobChoices &choices);
    //! The account's time zone for the schedule preview; invalid = UTC, said so.
    void setTimeZone(const QTimeZone &zone);
    //! Lines shown above the tabs (what an import changed on the way).
    void setNotes(const QStringList &notes);

    void setConfirmer(JobChangesConfirmer confirmer) { m_confirmer = std::move(confirmer); }

    //! The fields as the widgets hold them now.
    Models::JobDraft draft() const;
    //! Puts \a draft into the widgets (the diff still compares against the base).
    void setDraft(const Models::JobDraft &draft);
    //! What saving now would change, one line per field.
    QStringList changes() const;

    //! Shows each error under its field (Other above the tabs), focuses the first; \a message
    //! says what happened in one line.
    void showFieldErrors(const QMap<Models::JobField, QString> &errors, const QString &message);
    //! The error shown under \a field (empty when none), for tests.
    QString fieldError(Models::JobField field) const;
    QString formMessage() const;

    //! The widget of \a field (what is focused when it has an error).
    QWidget *fieldWidget(Models::JobField field) const { return m_fieldWidgets.value(field); }

    QTabWidget *tabs() const { return m_tabs; }

    QPushButton *saveButton() const { return m_save; }

    //! Why saving is disabled (empty when it is not).
    QString whyNotSaving() const;

public Q_SLOTS:
    //! Checks, asks with the changes, sends; closes when dbt Cloud saved the job.
    void save();

Q_SIGNALS:
    void saved(const Dbtc::Api::Job &job);

protected:
    void changeEvent(QEvent *event) override;

private:
    // jobeditorform.cpp: the tabs and the widgets <-> draft
    QWidget *buildGeneralTab();
    QWidget *buildStepsTab();
    QWidget *buildScheduleTab();
    QWidget *buildTriggersTab();
    QWidget *buildExecutionTab();
    QLabel *errorLabel(Models::JobField field, QWidget *focus);
    void fillEnvironmentCombos();
    void fillJobCombos();
    void updateDependentWidgets();
    // jobeditordialog.cpp
    void clearFieldErrors();
    void restyle();
    void updateSaveEnabled();
    void checkCompletionCycle();
    QString cycleError(const Models::JobDraft &draft) const;
    QMap<Models::JobField, QString> localErrors(const Models::JobDraft &draft) const;
    Models::JobNames names() const;
    void onSaved(const Models::JobSaveOutcome &outcome);

    Mode m_mode;
    Models::JobDraft m_base;
    QPointer<Models::JobWriter> m_writer;
    JobChangesConfirmer m_confirmer;
    QList<Api::Environment> m_environments;
    QList<Api::Job> m_jobs;
    QTimeZone m_zone;
    bool m_saving = false;
    bool m_showingCycle = false;

    QLabel *m_notes = nullptr;
    QLabel *m_formError = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_whyNot = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QHash<Models::JobField, QLabel *> m_errorLabels;
    QHash<Models::JobField, QWidget *> m_fieldWidgets;

    // General
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_environment = nullptr;
    QComboBox *m_jobType = nullptr;
    QLineEdit *m_dbtVersion = nullptr;
    QCheckBox *m_active = nullptr;
    // Steps
    TriggerStepsEditor *m_steps = nullptr;
    QCheckBox *m_generateDocs = nullptr;
    QCheckBox *m_generateSources = nullptr;
    // Schedule
    QCheckBox *m_scheduleOn = nullptr;
    JobScheduleBox *m_schedule = nullptr;
    // Triggers
    QCheckBox *m_gitWebhook = nullptr;
    QCheckBox *m_draftPr = nullptr;
    QCheckBox *m_onMerge = nullptr;
    QCheckBox *m_completionOn = nullptr;
    QComboBox *m_completionJob = nullptr;
    QCheckBox *m_afterSuccess = nullptr;
    QCheckBox *m_afterError = nullptr;
    QCheckBox *m_afterCancelled = nullptr;
    // Execution
    QLineEdit *m_targetName = nullptr;
    QSpinBox *m_threads = nullptr;
    QSpinBox *m_timeout = nullptr;
    QComboBox *m_deferEnvironment = nullptr;
    QComboBox *m_deferJob = nullptr;
    QCheckBox *m_compareChanges = nullptr;
    QLineEdit *m_compareFlags = nullptr;
    QCheckBox *m_runLint = nullptr;
    QCheckBox *m_lintErrors = nullptr;
};

} // namespace Dbtc::Ui
