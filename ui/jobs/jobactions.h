// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/types/job.h"
#include "ui/jobs/deletejobdialog.h"
#include "ui/jobs/jobeditordialog.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace Dbtc::Ui {

//! \brief What the job actions apply to: a job (jobId set), or the project / environment a
//! new or imported job goes into.
struct JobTarget
{
    qint64 jobId = 0;
    QString jobName;
    qint64 projectId = 0;
    qint64 environmentId = 0; //!< 0 = the editor picks (a project node)
};

//! \brief The job write actions of one connection: New Job…, Edit Job…, Duplicate Job…,
//! Activate / Deactivate, Delete Job… (the name typed to confirm), Export Job as JSON… and
//! Import Job from JSON… (opens the editor pre-filled). Owns the QActions and the dialogs; the
//! writes are the session's Models::JobWriter. Every write action is disabled, with the
//! WriteAccess reason as tooltip and status tip, while the connection may not change jobs
//! (read-only, or a 403 already seen), and re-checked when that changes.
class JobActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobActions)

public:
    //! Asks for a file: \a forSaving picks a new one (\a suggestedName), else an existing one.
    //! Empty = cancelled. The default is a QFileDialog; tests answer it.
    using FileChooser = std::function<QString(bool forSaving, const QString &suggestedName)>;

    JobActions(Models::JobWriter *writer, QWidget *dialogParent, QObject *parent = nullptr);
    ~JobActions() override;

    Models::JobWriter *writer() const { return m_writer; }

    void setContext(const JobTarget &target);

    JobTarget context() const { return m_target; }

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

    void setConfirmer(JobChangesConfirmer confirmer) { m_confirmer = std::move(confirmer); }

    QAction *newAction() const { return m_new; }

    QAction *editAction() const { return m_edit; }

    QAction *duplicateAction() const { return m_duplicate; }

    //! "Deactivate Job" for an active job, "Activate Job" for a deactivated one.
    QAction *activeAction() const { return m_active; }

    QAction *deleteAction() const { return m_delete; }

    QAction *exportAction() const { return m_export; }

    QAction *importAction() const { return m_import; }

    //! The actions of a job's menu, in order (nullptr = a separator).
    QList<QAction *> jobMenuActions() const;
    //! The actions of a project's or environment's menu.
    QList<QAction *> scopeMenuActions() const;

    //! The open dialogs (tests drive them; nullptr when closed).
    JobEditorDialog *editor() const { return m_editor; }

    DeleteJobDialog *deleteDialog() const { return m_deleteDialog; }

public Q_SLOTS:
    void newJob();
    void editJob();
    void duplicateJob();
    void toggleActive();
    void deleteJob();
    void exportJob();
    void importJob();

Q_SIGNALS:
    //! One line for the window's banner.
    void message(const QString &text);
    //! A job was created or changed (the editor's save, activate / deactivate).
    void jobSaved(const Dbtc::Api::Job &job);
    void jobDeleted(qint64 jobId);

private:
    void updateActions();
    void loadContextJob();
    void withJob(std::function<void(const Api::Job &job)> then);
    JobEditorDialog *openEditor(
        JobEditorDialog::Mode mode, const Models::JobDraft &draft, const QStringList &notes = {});
    QString chooseFile(bool forSaving, const QString &suggestedName) const;

    QPointer<Models::JobWriter> m_writer;
    QWidget *m_dialogParent;
    JobTarget m_target;
    std::optional<Api::Job> m_job; //!< the context job as last read (its active state)
    QTimeZone m_zone;
    FileChooser m_chooser;
    JobChangesConfirmer m_confirmer;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_duplicate;
    QAction *m_active;
    QAction *m_delete;
    QAction *m_export;
    QAction *m_import;
    QPointer<JobEditorDialog> m_editor;
    QPointer<DeleteJobDialog> m_deleteDialog;
};

} // namespace Dbtc::Ui
