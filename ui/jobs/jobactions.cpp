// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobs/jobactions.h"

#include "models/common/writeaccess.h"
#include "models/jobs/jobtransfer.h"
#include "models/jobs/jobwriter.h"
#include "ui/jobs/deletejobdialog.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QWidget>

namespace Dbtc::Ui {

JobActions::JobActions(Models::JobWriter *writer, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_dialogParent(dialogParent)
    , m_new(new QAction(tr("New Job…"), this))
    , m_edit(new QAction(tr("Edit Job…"), this))
    , m_duplicate(new QAction(tr("Duplicate Job…"), this))
    , m_active(new QAction(tr("Deactivate Job"), this))
    , m_delete(new QAction(tr("Delete Job…"), this))
    , m_export(new QAction(tr("Export Job as JSON…"), this))
    , m_import(new QAction(tr("Import Job from JSON…"), this))
{
    m_new->setObjectName(QStringLiteral("newJobAction"));
    m_edit->setObjectName(QStringLiteral("editJobAction"));
    m_duplicate->setObjectName(QStringLiteral("duplicateJobAction"));
    m_active->setObjectName(QStringLiteral("toggleJobActiveAction"));
    m_delete->setObjectName(QStringLiteral("deleteJobAction"));
    m_export->setObjectName(QStringLiteral("exportJobAction"));
    m_import->setObjectName(QStringLiteral("importJobAction"));
    connect(m_new, &QAction::triggered, this, &JobActions::newJob);
    connect(m_edit, &QAction::triggered, this, &JobActions::editJob);
    connect(m_duplicate, &QAction::triggered, this, &JobActions::duplicateJob);
    connect(m_active, &QAction::triggered, this, &JobActions::toggleActive);
    connect(m_delete, &QAction::triggered, this, &JobActions::deleteJob);
    connect(m_export, &QAction::triggered, this, &JobActions::exportJob);
    connect(m_import, &QAction::triggered, this, &JobActions::importJob);
    if (m_writer && m_writer->writeAccess()) {
        connect(m_writer->writeAccess(),
            &Models::WriteAccess::changed,
            this,
            &JobActions::updateActions);
    }
    if (m_writer) {
        connect(m_writer, &Models::JobWriter::jobChanged, this, [this](const Api::Job &job) {
            if (job.id == m_target.jobId) {
                m_job = job;
                m_target.jobName = job.name;
            }
            updateActions();
        });
    }
    updateActions();
}

JobActions::~JobActions() = default;

QList<QAction *> JobActions::jobMenuActions() const
{
    return { m_edit, m_duplicate, m_active, m_delete, nullptr, m_export };
}

QList<QAction *> JobActions::scopeMenuActions() const
{
    return { m_new, m_import };
}

void JobActions::setContext(const JobTarget &target)
{
    const bool otherJob = target.jobId != m_target.jobId;
    m_target = target;
    if (otherJob) {
        m_job.reset();
        loadContextJob();
    }
    updateActions();
}

void JobActions::loadContextJob()
{
    // The navigator's copy of a job does not say whether it is deactivated: read it so the
    // toggle names what it will do.
    if (!m_writer || m_target.jobId <= 0) {
        return;
    }
    const qint64 id = m_target.jobId;
    m_writer->load(id, this, [this, id](const Api::Result<Api::Job> &r) {
        if (r.ok() && m_target.jobId == id) {
            m_job = r.value();
            updateActions();
        }
    });
}

void JobActions::updateActions()
{
    const QString why = m_writer ? m_writer->whyNotWritable() : tr("Not connected.");
    const bool hasJob = m_target.jobId > 0;
    const bool busy = hasJob && m_writer && m_writer->isBusy(m_target.jobId);
    const bool hasScope = m_target.projectId > 0;
    const auto set = [&why](QAction *a, bool applies, const QString &idleTip) {
        a->setEnabled(applies && why.isEmpty());
        // The reason the action cannot run, where the user looks: tooltip and status bar.
        const QString tip = !why.isEmpty() ? why : idleTip;
        a->setToolTip(tip);
        a->setStatusTip(tip);
    };
    set(m_new, hasScope, tr("Create a job in this project"));
    set(m_import, hasScope, tr("Read a job file (dbt-cloud-cli's job export) into this project"));
    set(m_edit, hasJob && !busy, tr("Change the job's settings"));
    set(m_duplicate, hasJob, tr("Create a deactivated copy of the job"));
    set(m_delete, hasJob && !busy, tr("Delete the job (asks for its name)"));
    const bool deactivated = m_job && m_job->deactivated;
    m_active->setText(deactivated ? tr("Activate Job") : tr("Deactivate Job"));
    set(m_active,
        hasJob && !busy && m_job.has_value(),
        deactivated ? tr("Let the job's triggers start runs again")
                    : tr("Keep the job but start no runs from its triggers"));
    // A read: allowed whatever the token may write.
    m_export->setEnabled(hasJob && m_writer);
    m_export->setToolTip(tr("Save the job as dbt-cloud-cli's job export JSON"));
}

void JobActions::withJob(std::function<void(const Api::Job &job)> then)
{
    if (!m_writer || m_target.jobId <= 0) {
        return;
    }
    // Always fresh: the editor and the export must not start from a stale copy.
    m_writer->load(
        m_target.jobId, this, [this, then = std::move(then)](const Api::Result<Api::Job> &r) {
            if (!r.ok()) {
                Q_EMIT message(tr("Could not read the job: %1").arg(r.error().userMessage()));
                return;
            }
            then(r.value());
        });
}

JobEditorDialog *JobActions::openEditor(
    JobEditorDialog::Mode mode, const Models::JobDraft &draft, const QStringList &notes)
{
    if (m_editor) {
        m_editor->close();
    }
    auto *editor = new JobEditorDialog(mode, draft, m_writer, m_dialogParent);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setTimeZone(m_zone);
    editor->setNotes(notes);
    if (m_confirmer) {
        editor->setConfirmer(m_confirmer);
    }
    connect(editor, &JobEditorDialog::saved, this, [this, mode](const Api::Job &job) {
        Q_EMIT message(mode == JobEditorDialog::Mode::Edit ? tr("Saved job %1.").arg(job.name)
                                                           : tr("Created job %1.").arg(job.name));
        Q_EMIT jobSaved(job);
    });
    m_editor = editor;
    QPointer<JobEditorDialog> guard = editor;
    m_writer->loadChoices(draft.projectId, editor, [guard](const Models::JobChoices &choices) {
        if (guard) {
            guard->setChoices(choices);
        }
    });
    editor->open();
    return editor;
}

void JobActions::newJob()
{
    if (!m_writer || m_target.projectId <= 0 || !m_writer->whyNotWritable().isEmpty()) {
        return;
    }
    Models::JobDraft draft;
    draft.projectId = m_target.projectId;
    draft.environmentId = m_target.environmentId;
    draft.steps = { QStringLiteral("dbt build") }; // no-tr: a dbt command
    openEditor(JobEditorDialog::Mode::Create, draft);
}

void JobActions::editJob()
{
    if (!m_writer || !m_writer->whyNotWritable().isEmpty()) {
        return;
    }
    withJob([this](const Api::Job &job) {
        openEditor(JobEditorDialog::Mode::Edit, Models::JobDraft::fromJob(job));
    });
}

void JobActions::duplicateJob()
{
    if (!m_writer || !m_writer->whyNotWritable().isEmpty()) {
        return;
    }
    withJob([this](const Api::Job &job) {
        openEditor(JobEditorDialog::Mode::Duplicate,
            Models::JobDraft::fromJob(job).duplicate(),
            { tr("A copy of %1, deactivated until you activate it.").arg(job.name) });
    });
}

void JobActions::toggleActive()
{
    if (!m_writer || !m_job || !m_writer->whyNotWritable().isEmpty()) {
        return;
    }
    const Api::Job job = *m_job;
    const bool activate = job.deactivated;
    m_writer->setActive(job, activate, this, [this, activate](const Models::JobSaveOutcome &o) {
        if (!o.ok()) {
            Q_EMIT message(
                tr("Could not %1 the job: %2")
                    .arg(activate ? tr("activate") : tr("deactivate"), o.error.userMessage()));
            updateActions();
            return;
        }
        Q_EMIT message(activate ? tr("Activated job %1.").arg(o.saved->name)
                                : tr("Deactivated job %1.").arg(o.saved->name));
        Q_EMIT jobSaved(*o.saved);
    });
    updateActions();
}

void JobActions::deleteJob()
{
    if (!m_writer || m_target.jobId <= 0 || !m_writer->whyNotWritable().isEmpty()) {
        return;
    }
    if (m_deleteDialog) {
        m_deleteDialog->close();
    }
    const QString name = m_job ? m_job->name : m_target.jobName;
    auto *dialog = new DeleteJobDialog(m_target.jobId, name, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_deleteDialog = dialog;
    connect(dialog, &DeleteJobDialog::deleteConfirmed, this, [this, dialog, name](qint64 jobId) {
        dialog->setBusy(true);
        QPointer<DeleteJobDialog> guard = dialog;
        m_writer->remove(jobId, this, [this, guard, jobId, name](const Models::JobSaveOutcome &o) {
            if (guard) {
                guard->setBusy(false);
            }
            if (!o.ok()) {
                if (guard) {
                    guard->showError(tr("Not deleted: %1").arg(o.error.userMessage()));
                }
                return;
            }
            if (guard) {
                guard->accept();
            }
            Q_EMIT message(tr("Deleted job %1.").arg(name));
            Q_EMIT jobDeleted(jobId);
        });
    });
    dialog->open();
}

QString JobActions::chooseFile(bool forSaving, const QString &suggestedName) const
{
    if (m_chooser) {
        return m_chooser(forSaving, suggestedName);
    }
    const QString filter = tr("Job files (*.json);;All files (*)");
    return forSaving
        ? QFileDialog::getSaveFileName(m_dialogParent, tr("Export Job"), suggestedName, filter)
        : QFileDialog::getOpenFileName(m_dialogParent, tr("Import Job"), QString(), filter);
}

void JobActions::exportJob()
{
    withJob([this](const Api::Job &job) {
        QString base = job.name;
        base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]+")), QStringLiteral("_"));
        const QString path = chooseFile(true, base + QStringLiteral(".json"));
        if (path.isEmpty()) {
            return;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(Models::exportJobFile(job)) < 0
            || !file.commit()) {
            Q_EMIT message(tr("Could not write %1: %2").arg(path, file.errorString()));
            return;
        }
        Q_EMIT message(tr("Exported job %1 to %2.").arg(job.name, QFileInfo(path).fileName()));
    });
}

void JobActions::importJob()
{
    if (!m_writer || m_target.projectId <= 0 || !m_writer->whyNotWritable().isEmpty()) {
        return;
    }
    const QString path = chooseFile(false, QString());
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    // A job file is a few kilobytes; anything much larger is not one.
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4 * 1024 * 1024) {
        Q_EMIT message(
            tr("Could not read %1: %2")
                .arg(path,
                    file.isOpen() ? tr("the file is too large for a job") : file.errorString()));
        return;
    }
    const Api::Result<Models::ImportedJob> imported =
        Models::importJobFile(file.readAll(), m_target.projectId, m_target.environmentId);
    if (!imported.ok()) {
        Q_EMIT message(tr("%1 is not a job file: %2")
                           .arg(QFileInfo(path).fileName(), imported.error().userMessage()));
        return;
    }
    QStringList notes = { tr("Imported from %1: check the fields, then create the job.")
                              .arg(QFileInfo(path).fileName()) };
    notes << imported.value().notes;
    openEditor(JobEditorDialog::Mode::Import, imported.value().draft, notes);
}

} // namespace Dbtc::Ui
