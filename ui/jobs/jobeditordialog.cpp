// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobs/jobeditordialog.h"

#include "models/common/writeaccess.h"
#include "models/jobs/jobwriter.h"
#include "ui/jobs/jobschedulebox.h"
#include "ui/widgets/palette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Dbtc::Ui {

using Models::JobField;

namespace {

bool defaultConfirm(
    QWidget *parent, const QString &title, const QString &text, const QStringList &changes)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setInformativeText(QStringLiteral("• ") + changes.join(QStringLiteral("\n• ")));
    QPushButton *ok = box.addButton(JobEditorDialog::tr("Save"), QMessageBox::AcceptRole);
    box.addButton(JobEditorDialog::tr("Keep Editing"), QMessageBox::RejectRole);
    box.setDefaultButton(ok);
    box.exec();
    return box.clickedButton() == ok;
}

} // namespace

JobEditorDialog::JobEditorDialog(
    Mode mode, const Models::JobDraft &base, Models::JobWriter *writer, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_base(base)
    , m_writer(writer)
{
    setObjectName(QStringLiteral("jobEditorDialog"));
    switch (mode) {
    case Mode::Create:
        setWindowTitle(tr("New Job"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit Job — %1").arg(base.name));
        break;
    case Mode::Duplicate:
        setWindowTitle(tr("Duplicate Job"));
        break;
    case Mode::Import:
        setWindowTitle(tr("Import Job"));
        break;
    }
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("jobEditorNotes"));
    m_notes->setWordWrap(true);
    m_notes->hide();
    m_formError = new QLabel(this);
    m_formError->setObjectName(QStringLiteral("jobEditorError"));
    m_formError->setWordWrap(true);
    m_formError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_formError->hide();
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("jobEditorTabs"));
    m_tabs->addTab(buildGeneralTab(), tr("General"));
    m_tabs->addTab(buildStepsTab(), tr("Steps"));
    m_tabs->addTab(buildScheduleTab(), tr("Schedule"));
    m_tabs->addTab(buildTriggersTab(), tr("Triggers"));
    m_tabs->addTab(buildExecutionTab(), tr("Execution"));
    errorLabel(JobField::Other, m_tabs); // shown as the form's message
    m_whyNot = new QLabel(this);
    m_whyNot->setObjectName(QStringLiteral("jobEditorWhyNot"));
    m_whyNot->setWordWrap(true);
    m_whyNot->hide();
    m_buttons = new QDialogButtonBox(this);
    m_save = m_buttons->addButton(
        mode == Mode::Edit ? tr("Save Changes…") : tr("Create Job…"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("jobEditorSave"));
    m_buttons->addButton(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notes);
    layout->addWidget(m_formError);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_whyNot);
    layout->addWidget(m_buttons);
    // Five tabs keep every field on a laptop screen without scrolling.
    resize(740, 560);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &JobEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &JobEditorDialog::reject);
    if (m_writer && m_writer->writeAccess()) {
        connect(m_writer->writeAccess(),
            &Models::WriteAccess::changed,
            this,
            &JobEditorDialog::updateSaveEnabled);
    }
    setDraft(base);
    m_schedule->setTimeZone(m_zone);
    restyle();
    updateSaveEnabled();
}

JobEditorDialog::~JobEditorDialog() = default;

void JobEditorDialog::setChoices(const Models::JobChoices &choices)
{
    m_environments = choices.environments;
    m_jobs = choices.jobs;
    fillEnvironmentCombos();
    fillJobCombos();
    if (m_environment->currentData().toLongLong() <= 0) {
        // A new job: the first deployment environment, as dbt Cloud's own form suggests.
        for (const Api::Environment &e : std::as_const(m_environments)) {
            if (e.type != Api::EnvironmentType::Development) {
                m_environment->setCurrentIndex(m_environment->findData(e.id));
                break;
            }
        }
    }
    if (!choices.ok()) {
        m_formError->setText(tr("The environments and jobs to choose from could not be read: %1")
                                 .arg(choices.error.userMessage()));
        m_formError->show();
    }
    checkCompletionCycle();
}

void JobEditorDialog::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    m_schedule->setTimeZone(zone);
}

void JobEditorDialog::setNotes(const QStringList &notes)
{
    m_notes->setText(notes.join(u'\n'));
    m_notes->setVisible(!notes.isEmpty());
}

QStringList JobEditorDialog::changes() const
{
    return Models::describeChanges(m_base, draft(), names());
}

Models::JobNames JobEditorDialog::names() const
{
    Models::JobNames n;
    const QList<Api::Environment> envs = m_environments;
    const QList<Api::Job> jobs = m_jobs;
    n.environment = [envs](qint64 id) {
        for (const Api::Environment &e : envs) {
            if (e.id == id) {
                return e.name;
            }
        }
        return QString();
    };
    n.job = [jobs](qint64 id) {
        for (const Api::Job &j : jobs) {
            if (j.id == id) {
                return j.name;
            }
        }
        return QString();
    };
    return n;
}

QString JobEditorDialog::whyNotSaving() const
{
    if (!m_writer) {
        return tr("Not connected.");
    }
    if (m_saving) {
        return tr("Saving…");
    }
    return m_writer->whyNotWritable();
}

void JobEditorDialog::updateSaveEnabled()
{
    const QString why = whyNotSaving();
    m_save->setEnabled(why.isEmpty());
    m_save->setToolTip(why);
    // The reason stays on screen, not only in a tooltip: a disabled button says nothing.
    m_whyNot->setText(m_saving ? QString() : why);
    m_whyNot->setVisible(!m_saving && !why.isEmpty());
}

void JobEditorDialog::checkCompletionCycle()
{
    QLabel *label = m_errorLabels.value(JobField::CompletionTrigger);
    const QString cycle = cycleError(draft());
    // Shown as the user picks the job, not only when saving: a loop is easy to miss.
    if (!cycle.isEmpty()) {
        label->setText(cycle);
        label->show();
    } else if (m_showingCycle) {
        label->clear();
        label->hide();
    }
    m_showingCycle = !cycle.isEmpty();
}

QString JobEditorDialog::cycleError(const Models::JobDraft &d) const
{
    if (!d.completion || !d.id) {
        return {}; // nothing runs after a job that does not exist yet
    }
    QHash<qint64, qint64> runsAfter;
    for (const Api::Job &j : m_jobs) {
        if (j.completionTrigger && j.id != d.id) {
            runsAfter.insert(j.id, j.completionTrigger->jobId);
        }
    }
    const QList<qint64> chain = Models::completionCycle(d.id, d.completion->jobId, runsAfter);
    if (chain.isEmpty()) {
        return {};
    }
    const Models::JobNames n = names();
    QStringList parts;
    for (const qint64 id : chain) {
        const QString name = id == d.id ? d.name : n.job(id);
        parts << (name.isEmpty() ? tr("job %1").arg(id) : name);
    }
    return tr("This would make a loop of jobs starting each other: %1.")
        .arg(parts.join(QStringLiteral(" → ")));
}

QMap<JobField, QString> JobEditorDialog::localErrors(const Models::JobDraft &d) const
{
    QMap<JobField, QString> errors = Models::validateDraft(d);
    if (const QString cycle = cycleError(d);
        !cycle.isEmpty() && !errors.contains(JobField::CompletionTrigger)) {
        errors.insert(JobField::CompletionTrigger, cycle);
    }
    if (d.triggers.schedule && d.schedule.cron.isEmpty()) {
        errors.insert(
            JobField::Schedule, tr("Choose when the job runs, or turn the schedule off."));
    }
    return errors;
}

void JobEditorDialog::clearFieldErrors()
{
    for (QLabel *label : std::as_const(m_errorLabels)) {
        label->clear();
        label->hide();
    }
    m_formError->clear();
    m_formError->hide();
}

void JobEditorDialog::showFieldErrors(const QMap<JobField, QString> &errors, const QString &message)
{
    clearFieldErrors();
    QStringList other;
    if (!message.isEmpty()) {
        other << message;
    }
    QWidget *first = nullptr;
    // QMap keeps JobField order, which is the order of the tabs: the first error is the first
    // the user meets.
    for (auto it = errors.constBegin(); it != errors.constEnd(); ++it) {
        QLabel *label = it.key() == JobField::Other ? nullptr : m_errorLabels.value(it.key());
        if (!label) {
            other << it.value();
            continue;
        }
        label->setText(it.value());
        label->show();
        if (!first) {
            first = m_fieldWidgets.value(it.key());
        }
    }
    m_formError->setText(other.join(u'\n'));
    m_formError->setVisible(!other.isEmpty());
    if (first) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (m_tabs->widget(i)->isAncestorOf(first)) {
                m_tabs->setCurrentIndex(i);
                break;
            }
        }
        first->setFocus(Qt::OtherFocusReason);
    }
}

QString JobEditorDialog::fieldError(JobField field) const
{
    if (field == JobField::Other) {
        return m_formError->isVisibleTo(this) ? m_formError->text() : QString();
    }
    const QLabel *label = m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QString JobEditorDialog::formMessage() const
{
    return m_formError->isHidden() ? QString() : m_formError->text();
}

void JobEditorDialog::save()
{
    if (!whyNotSaving().isEmpty()) {
        return;
    }
    const Models::JobDraft d = draft();
    const QMap<JobField, QString> errors = localErrors(d);
    if (!errors.isEmpty()) {
        showFieldErrors(errors, tr("Some fields need a change before saving."));
        return;
    }
    clearFieldErrors();
    const QStringList lines = changes();
    if (m_mode == Mode::Edit && lines.isEmpty()) {
        m_formError->setText(tr("Nothing changed: there is nothing to save."));
        m_formError->show();
        return;
    }
    const QString title = m_mode == Mode::Edit ? tr("Save changes to %1?").arg(m_base.name)
                                               : tr("Create job %1?").arg(d.name);
    const QString text = m_mode == Mode::Edit
        ? tr("These settings of the job change:")
        : tr("The new job differs from what it started from in:");
    const QStringList shown =
        lines.isEmpty() ? QStringList { tr("nothing: it is created as it is") } : lines;
    const bool go =
        m_confirmer ? m_confirmer(title, text, shown) : defaultConfirm(this, title, text, shown);
    if (!go) {
        return;
    }
    m_saving = true;
    updateSaveEnabled();
    m_writer->save(d, this, [this](const Models::JobSaveOutcome &o) {
        onSaved(o);
    });
}

void JobEditorDialog::onSaved(const Models::JobSaveOutcome &o)
{
    m_saving = false;
    updateSaveEnabled();
    if (o.ok()) {
        Q_EMIT saved(*o.saved);
        accept();
        return;
    }
    const QString message = o.error.httpStatus == 400 || !o.fieldErrors.isEmpty()
        ? tr("dbt Cloud did not save the job: %1").arg(o.error.userMessage())
        : o.error.userMessage();
    showFieldErrors(o.fieldErrors, message);
}

void JobEditorDialog::restyle()
{
    const QString error = textStyle(ColorRole::Error);
    for (QLabel *label : std::as_const(m_errorLabels)) {
        label->setStyleSheet(error);
    }
    m_formError->setStyleSheet(error);
    m_whyNot->setStyleSheet(textStyle(ColorRole::Warning));
    m_notes->setStyleSheet(textStyle(ColorRole::Muted));
}

void JobEditorDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        restyle(); // the error red of the theme now on screen
    }
}

} // namespace Dbtc::Ui
