// SPDX-License-Identifier: GPL-3.0-or-later
// The job editor, part two: its five tabs and how their widgets map to a JobDraft.
// jobeditordialog.cpp holds the checks, the errors and the save.
#include "models/jobs/cronbuilder.h"
#include "ui/jobs/jobeditordialog.h"
#include "ui/jobs/jobschedulebox.h"
#include "ui/widgets/triggersteps.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Dbtc::Ui {

using Models::JobField;

namespace {

//! A field with its error line under it, as one cell of a form.
QWidget *withError(QWidget *field, QLabel *error, Qt::Alignment align = {})
{
    auto *box = new QWidget;
    // As tall as the field and its error: a form row must not grow into the page's spare room.
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field, 0, align);
    v->addWidget(error);
    return box;
}

void selectData(QComboBox *combo, const QVariant &value, const QString &fallbackText)
{
    int i = combo->findData(value);
    if (i < 0 && !fallbackText.isEmpty()) {
        // An id the lists do not (yet) hold: kept, so saving does not change it.
        combo->addItem(fallbackText, value);
        i = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(i, 0));
}

} // namespace

QLabel *JobEditorDialog::errorLabel(JobField field, QWidget *focus)
{
    auto *label = new QLabel;
    label->setObjectName(QStringLiteral("fieldError%1").arg(int(field)));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    m_errorLabels.insert(field, label);
    m_fieldWidgets.insert(field, focus);
    return label;
}

QWidget *JobEditorDialog::buildGeneralTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("jobName"));
    m_name->setMaxLength(255);
    form->addRow(tr("Name:"), withError(m_name, errorLabel(JobField::Name, m_name)));
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("jobDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("Description:"),
        withError(m_description, errorLabel(JobField::Description, m_description)));
    m_environment = new QComboBox;
    m_environment->setObjectName(QStringLiteral("jobEnvironment"));
    form->addRow(tr("Environment:"),
        withError(m_environment, errorLabel(JobField::Environment, m_environment)));
    m_jobType = new QComboBox;
    m_jobType->setObjectName(QStringLiteral("jobType"));
    m_jobType->addItem(tr("Let dbt Cloud choose"), QString());
    m_jobType->addItem(tr("Scheduled (deploy)"), QStringLiteral("scheduled"));
    m_jobType->addItem(tr("Continuous integration (CI)"), QStringLiteral("ci"));
    m_jobType->addItem(tr("Merge"), QStringLiteral("merge"));
    m_jobType->addItem(tr("Other"), QStringLiteral("other"));
    form->addRow(tr("Job type:"), withError(m_jobType, errorLabel(JobField::JobType, m_jobType)));
    m_dbtVersion = new QLineEdit;
    m_dbtVersion->setObjectName(QStringLiteral("jobDbtVersion"));
    m_dbtVersion->setPlaceholderText(tr("The environment's version"));
    form->addRow(tr("dbt version:"),
        withError(m_dbtVersion, errorLabel(JobField::DbtVersion, m_dbtVersion)));
    m_active = new QCheckBox(tr("Active: triggers start runs"));
    m_active->setObjectName(QStringLiteral("jobActive"));
    m_active->setToolTip(tr("A deactivated job keeps its settings but starts no runs"));
    form->addRow(QString(), withError(m_active, errorLabel(JobField::State, m_active)));
    return page;
}

QWidget *JobEditorDialog::buildStepsTab()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    v->addWidget(new QLabel(tr("The dbt commands the job runs, in order:")));
    m_steps = new TriggerStepsEditor;
    m_steps->setObjectName(QStringLiteral("jobSteps"));
    v->addWidget(m_steps);
    v->addWidget(errorLabel(JobField::Steps, m_steps));
    m_generateDocs = new QCheckBox(tr("Generate docs on run"));
    m_generateDocs->setObjectName(QStringLiteral("jobGenerateDocs"));
    v->addWidget(m_generateDocs);
    v->addWidget(errorLabel(JobField::GenerateDocs, m_generateDocs));
    m_generateSources = new QCheckBox(tr("Run source freshness first"));
    m_generateSources->setObjectName(QStringLiteral("jobGenerateSources"));
    m_generateSources->setToolTip(tr("dbt Cloud's \"generate sources\": dbt source freshness "
                                     "before the steps, its failure does not fail the run"));
    v->addWidget(m_generateSources);
    v->addWidget(errorLabel(JobField::GenerateSources, m_generateSources));
    v->addStretch();
    return page;
}

QWidget *JobEditorDialog::buildScheduleTab()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    m_scheduleOn = new QCheckBox(tr("Run on a schedule"));
    m_scheduleOn->setObjectName(QStringLiteral("jobScheduleOn"));
    v->addWidget(m_scheduleOn);
    m_schedule = new JobScheduleBox;
    m_schedule->setObjectName(QStringLiteral("jobSchedule"));
    v->addWidget(m_schedule);
    v->addWidget(errorLabel(JobField::Schedule, m_schedule->cronEdit()));
    v->addStretch();
    connect(m_scheduleOn, &QCheckBox::toggled, this, &JobEditorDialog::updateDependentWidgets);
    return page;
}

QWidget *JobEditorDialog::buildTriggersTab()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    auto *git = new QGroupBox(tr("Git provider"));
    auto *gv = new QVBoxLayout(git);
    m_gitWebhook = new QCheckBox(tr("Run on pull requests (git provider webhook)"));
    m_gitWebhook->setObjectName(QStringLiteral("jobGitWebhook"));
    m_draftPr = new QCheckBox(tr("Also run on draft pull requests"));
    m_draftPr->setObjectName(QStringLiteral("jobDraftPr"));
    m_onMerge = new QCheckBox(tr("Run when a pull request is merged"));
    m_onMerge->setObjectName(QStringLiteral("jobOnMerge"));
    gv->addWidget(m_gitWebhook);
    gv->addWidget(m_draftPr);
    gv->addWidget(m_onMerge);
    gv->addWidget(errorLabel(JobField::Triggers, m_gitWebhook));
    v->addWidget(git);

    auto *after = new QGroupBox(tr("Job completion"));
    auto *form = new QFormLayout(after);
    m_completionOn = new QCheckBox(tr("Run when another job finishes"));
    m_completionOn->setObjectName(QStringLiteral("jobCompletionOn"));
    form->addRow(m_completionOn);
    m_completionJob = new QComboBox;
    m_completionJob->setObjectName(QStringLiteral("jobCompletionJob"));
    m_completionJob->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_completionJob->setMinimumContentsLength(30);
    form->addRow(tr("After job:"), m_completionJob);
    auto *statuses = new QHBoxLayout;
    m_afterSuccess = new QCheckBox(tr("Succeeds"));
    m_afterSuccess->setObjectName(QStringLiteral("jobAfterSuccess"));
    m_afterError = new QCheckBox(tr("Fails"));
    m_afterError->setObjectName(QStringLiteral("jobAfterError"));
    m_afterCancelled = new QCheckBox(tr("Is cancelled"));
    m_afterCancelled->setObjectName(QStringLiteral("jobAfterCancelled"));
    statuses->addWidget(m_afterSuccess);
    statuses->addWidget(m_afterError);
    statuses->addWidget(m_afterCancelled);
    statuses->addStretch();
    form->addRow(tr("When it:"), statuses);
    form->addRow(errorLabel(JobField::CompletionTrigger, m_completionJob));
    v->addWidget(after);
    v->addStretch();

    connect(m_gitWebhook, &QCheckBox::toggled, this, &JobEditorDialog::updateDependentWidgets);
    connect(m_completionOn, &QCheckBox::toggled, this, [this] {
        updateDependentWidgets();
        checkCompletionCycle();
    });
    connect(m_completionJob, &QComboBox::currentIndexChanged, this, [this] {
        checkCompletionCycle();
    });
    return page;
}

QWidget *JobEditorDialog::buildExecutionTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_targetName = new QLineEdit;
    m_targetName->setObjectName(QStringLiteral("jobTargetName"));
    form->addRow(tr("Target name:"),
        withError(m_targetName, errorLabel(JobField::TargetName, m_targetName)));
    m_threads = new QSpinBox;
    m_threads->setObjectName(QStringLiteral("jobThreads"));
    m_threads->setRange(1, 64);
    // Numbers get number-sized boxes, not the width of the form.
    m_threads->setMinimumWidth(120);
    form->addRow(tr("Threads:"),
        withError(m_threads, errorLabel(JobField::Threads, m_threads), Qt::AlignLeft));
    m_timeout = new QSpinBox;
    m_timeout->setObjectName(QStringLiteral("jobTimeout"));
    m_timeout->setRange(0, 86400);
    m_timeout->setSingleStep(60);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setSpecialValueText(tr("No limit"));
    m_timeout->setMinimumWidth(160);
    form->addRow(tr("Timeout:"),
        withError(m_timeout, errorLabel(JobField::Timeout, m_timeout), Qt::AlignLeft));

    m_deferEnvironment = new QComboBox;
    m_deferEnvironment->setObjectName(QStringLiteral("jobDeferEnvironment"));
    m_deferJob = new QComboBox;
    m_deferJob->setObjectName(QStringLiteral("jobDeferJob"));
    m_deferJob->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_deferJob->setMinimumContentsLength(30);
    auto *defer = new QVBoxLayout;
    defer->setSpacing(4);
    defer->addWidget(m_deferEnvironment);
    defer->addWidget(m_deferJob);
    auto *deferBox = new QWidget;
    deferBox->setLayout(defer);
    defer->setContentsMargins(0, 0, 0, 0);
    form->addRow(
        tr("Defer to:"), withError(deferBox, errorLabel(JobField::Deferral, m_deferEnvironment)));

    m_compareChanges = new QCheckBox(tr("Compare changes (advanced CI)"));
    m_compareChanges->setObjectName(QStringLiteral("jobCompareChanges"));
    m_compareFlags = new QLineEdit;
    m_compareFlags->setObjectName(QStringLiteral("jobCompareFlags"));
    m_compareFlags->setPlaceholderText(QStringLiteral("--select state:modified")); // no-tr: dbt
    auto *compare = new QVBoxLayout;
    compare->setContentsMargins(0, 0, 0, 0);
    compare->addWidget(m_compareChanges);
    compare->addWidget(m_compareFlags);
    auto *compareBox = new QWidget;
    compareBox->setLayout(compare);
    form->addRow(tr("Compare:"),
        withError(compareBox, errorLabel(JobField::CompareChanges, m_compareChanges)));

    m_runLint = new QCheckBox(tr("Lint SQL before running"));
    m_runLint->setObjectName(QStringLiteral("jobRunLint"));
    m_lintErrors = new QCheckBox(tr("Fail the run on lint errors"));
    m_lintErrors->setObjectName(QStringLiteral("jobLintErrors"));
    auto *lint = new QVBoxLayout;
    lint->setContentsMargins(0, 0, 0, 0);
    lint->addWidget(m_runLint);
    lint->addWidget(m_lintErrors);
    auto *lintBox = new QWidget;
    lintBox->setLayout(lint);
    form->addRow(tr("Lint:"), withError(lintBox, errorLabel(JobField::Lint, m_runLint)));

    connect(m_compareChanges, &QCheckBox::toggled, this, &JobEditorDialog::updateDependentWidgets);
    connect(m_runLint, &QCheckBox::toggled, this, &JobEditorDialog::updateDependentWidgets);
    connect(m_deferEnvironment,
        &QComboBox::currentIndexChanged,
        this,
        &JobEditorDialog::updateDependentWidgets);
    return page;
}

void JobEditorDialog::updateDependentWidgets()
{
    m_schedule->setEnabled(m_scheduleOn->isChecked());
    m_draftPr->setEnabled(m_gitWebhook->isChecked());
    const bool after = m_completionOn->isChecked();
    m_completionJob->setEnabled(after);
    m_afterSuccess->setEnabled(after);
    m_afterError->setEnabled(after);
    m_afterCancelled->setEnabled(after);
    m_compareFlags->setEnabled(m_compareChanges->isChecked());
    m_lintErrors->setEnabled(m_runLint->isChecked());
}

void JobEditorDialog::fillEnvironmentCombos()
{
    const QVariant env = m_environment->currentData();
    const QVariant defer = m_deferEnvironment->currentData();
    m_environment->clear();
    m_deferEnvironment->clear();
    m_deferEnvironment->addItem(tr("No deferral"), qint64(0));
    for (const Api::Environment &e : std::as_const(m_environments)) {
        const QString text = e.type == Api::EnvironmentType::Development
            ? tr("%1 (development)").arg(e.name)
            : e.name;
        m_environment->addItem(text, e.id);
        m_deferEnvironment->addItem(tr("Environment %1").arg(e.name), e.id);
    }
    if (env.isValid()) {
        selectData(m_environment, env, tr("Environment %1").arg(env.toLongLong()));
    }
    if (defer.isValid()) {
        selectData(m_deferEnvironment, defer, tr("Environment %1").arg(defer.toLongLong()));
    }
}

void JobEditorDialog::fillJobCombos()
{
    const QVariant after = m_completionJob->currentData();
    const QVariant defer = m_deferJob->currentData();
    m_completionJob->clear();
    m_deferJob->clear();
    m_deferJob->addItem(tr("No job: the environment's latest state"), qint64(0));
    for (const Api::Job &j : std::as_const(m_jobs)) {
        if (j.id == m_base.id || j.state == Api::ObjectState::Deleted) {
            continue;
        }
        m_completionJob->addItem(j.name, j.id);
        if (j.projectId == m_base.projectId) {
            m_deferJob->addItem(tr("Job %1").arg(j.name), j.id);
        }
    }
    if (after.isValid()) {
        selectData(m_completionJob, after, tr("Job %1").arg(after.toLongLong()));
    }
    if (defer.isValid()) {
        selectData(m_deferJob, defer, tr("Job %1").arg(defer.toLongLong()));
    }
}

void JobEditorDialog::setDraft(const Models::JobDraft &d)
{
    m_name->setText(d.name);
    m_description->setPlainText(d.description);
    selectData(m_environment,
        d.environmentId,
        d.environmentId ? tr("Environment %1").arg(d.environmentId) : QString());
    selectData(m_jobType, d.jobType, d.jobType);
    m_dbtVersion->setText(d.dbtVersion);
    m_active->setChecked(d.active);
    m_steps->setSteps(d.steps);
    m_generateDocs->setChecked(d.generateDocs);
    m_generateSources->setChecked(d.generateSources);
    m_scheduleOn->setChecked(d.triggers.schedule);
    if (!d.schedule.cron.isEmpty()) {
        m_schedule->setCron(d.schedule.cron);
    }
    m_gitWebhook->setChecked(d.triggers.gitProviderWebhook || d.triggers.githubWebhook);
    m_draftPr->setChecked(d.triggersOnDraftPr);
    m_onMerge->setChecked(d.triggers.onMerge);
    m_completionOn->setChecked(d.completion.has_value());
    const QList<int> statuses = d.completion ? d.completion->statuses : QList<int> { 10 };
    if (d.completion) {
        selectData(m_completionJob, d.completion->jobId, tr("Job %1").arg(d.completion->jobId));
    }
    m_afterSuccess->setChecked(statuses.contains(10));
    m_afterError->setChecked(statuses.contains(20));
    m_afterCancelled->setChecked(statuses.contains(30));
    m_targetName->setText(d.targetName);
    m_threads->setValue(d.threads);
    m_timeout->setValue(int(d.timeoutSeconds));
    const qint64 deferEnv = d.deferringEnvironmentId.value_or(0);
    selectData(m_deferEnvironment, deferEnv, tr("Environment %1").arg(deferEnv));
    const qint64 deferJob = d.deferringJobId.value_or(0);
    selectData(m_deferJob, deferJob, tr("Job %1").arg(deferJob));
    m_compareChanges->setChecked(d.compareChanges);
    m_compareFlags->setText(d.compareChangesFlags);
    m_runLint->setChecked(d.runLint);
    m_lintErrors->setChecked(d.errorsOnLintFailure);
    updateDependentWidgets();
    checkCompletionCycle();
}

Models::JobDraft JobEditorDialog::draft() const
{
    // Starts from the base so fields the editor does not show (ids) carry over.
    Models::JobDraft d = m_base;
    d.name = m_name->text().trimmed();
    d.description = m_description->toPlainText();
    d.environmentId = m_environment->currentData().toLongLong();
    d.jobType = m_jobType->currentData().toString();
    d.dbtVersion = m_dbtVersion->text().trimmed();
    d.active = m_active->isChecked();
    d.steps = m_steps->steps();
    d.generateDocs = m_generateDocs->isChecked();
    d.generateSources = m_generateSources->isChecked();
    d.triggers.schedule = m_scheduleOn->isChecked();
    // Off keeps the saved schedule as it was: turning it back on restores it.
    if (d.triggers.schedule) {
        const Models::CronBuilder b = m_schedule->builder();
        d.schedule.cron = m_schedule->cron();
        d.schedule.dateType = b.dateType();
        d.schedule.timeType = b.timeType();
        d.schedule.days = b.mode == Models::CronBuilder::Mode::Custom ? QList<int>() : b.days;
        d.schedule.hours = b.mode == Models::CronBuilder::Mode::AtHours ? b.hours : QList<int>();
        d.schedule.interval =
            b.mode == Models::CronBuilder::Mode::EveryNHours ? b.intervalHours : 1;
    }
    // One box for both webhook flags: dbt Cloud's UI shows one, the API keeps the old GitHub one.
    d.triggers.gitProviderWebhook = m_gitWebhook->isChecked();
    d.triggers.githubWebhook = m_gitWebhook->isChecked() && m_base.triggers.githubWebhook;
    d.triggersOnDraftPr = m_draftPr->isChecked();
    d.triggers.onMerge = m_onMerge->isChecked();
    // custom_branch_only is not offered: dbt Cloud keeps it on for every job (the base's value
    // goes back unchanged).
    if (m_completionOn->isChecked()) {
        Api::JobCompletionTrigger c;
        c.jobId = m_completionJob->currentData().toLongLong();
        for (const Api::Job &j : m_jobs) {
            if (j.id == c.jobId) {
                c.projectId = j.projectId;
            }
        }
        if (!c.projectId) {
            c.projectId = m_base.completion && m_base.completion->jobId == c.jobId
                ? m_base.completion->projectId
                : m_base.projectId;
        }
        for (const auto &[box, status] : { std::pair { m_afterSuccess, 10 },
                 std::pair { m_afterError, 20 },
                 std::pair { m_afterCancelled, 30 } }) {
            if (box->isChecked()) {
                c.statuses << status;
            }
        }
        d.completion = c;
    } else {
        d.completion.reset();
    }
    d.targetName = m_targetName->text().trimmed();
    d.threads = m_threads->value();
    d.timeoutSeconds = m_timeout->value();
    const qint64 deferEnv = m_deferEnvironment->currentData().toLongLong();
    d.deferringEnvironmentId = deferEnv ? std::optional<qint64>(deferEnv) : std::optional<qint64>();
    const qint64 deferJob = m_deferJob->currentData().toLongLong();
    d.deferringJobId = deferJob ? std::optional<qint64>(deferJob) : std::optional<qint64>();
    d.compareChanges = m_compareChanges->isChecked();
    d.compareChangesFlags = m_compareFlags->text().trimmed();
    d.runLint = m_runLint->isChecked();
    d.errorsOnLintFailure = m_lintErrors->isChecked();
    return d;
}

} // namespace Dbtc::Ui
