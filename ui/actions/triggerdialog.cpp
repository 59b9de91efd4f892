// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/triggerdialog.h"

#include "ui/actions/actionstext.h"
#include "ui/actions/triggersummary.h"
#include "ui/widgets/palette.h"
#include "ui/widgets/statusstyle.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/triggersteps.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Dbtc::Ui {

namespace {

// dbt Cloud keeps the cause as free text up to 255 characters; the console appends a short
// reference (" [ref xxxxxxxx]") so a lost answer can be matched, cutting the text if needed.
constexpr int kMaxCause = Api::TriggerRequest::MaxCauseLength;

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

TriggerDialog::TriggerDialog(const Api::Job &job, QWidget *parent)
    : QDialog(parent)
    , m_job(job)
{
    setObjectName(QStringLiteral("triggerDialog"));
    setWindowTitle(tr("Run %1").arg(jobLabel(job)));

    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_subtitle = hint(QString(), this);

    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("activeRunBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    Theme::follow(m_banner, [banner = m_banner] {
        banner->setStyleSheet(
            QStringLiteral("#activeRunBanner { background: %1; border: 1px solid %2;"
                           " border-radius: 4px; } #activeRunBanner QLabel { color: %3; }")
                .arg(colorName(ColorRole::InfoBackground),
                    colorName(ColorRole::InfoBorder),
                    colorName(ColorRole::InfoText)));
    });
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_followButton = new QPushButton(m_banner);
    m_followButton->setObjectName(QStringLiteral("followRunButton"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_followButton);
    m_banner->hide();
    connect(m_followButton, &QPushButton::clicked, this, [this] {
        if (!m_activeRuns.isEmpty()) {
            emit followRunRequested(m_activeRuns.constFirst());
        }
    });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_triggerButton = buttons->addButton(tr("Trigger run"), QDialogButtonBox::AcceptRole);
    m_triggerButton->setObjectName(QStringLiteral("triggerButton"));
    m_triggerButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_triggerButton, &QPushButton::clicked, this, &TriggerDialog::onTriggerClicked);

    auto *columns = new QHBoxLayout;
    columns->addWidget(buildForm(), 3);
    columns->addWidget(buildSummary(), 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_banner);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    applyJobDefaults();
    m_steps->setSteps(m_job.executeSteps);
    updateState();
}

TriggerDialog::~TriggerDialog() = default;

QWidget *TriggerDialog::buildForm()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_cause = new QLineEdit(box);
    m_cause->setObjectName(QStringLiteral("cause"));
    m_cause->setMaxLength(kMaxCause);
    m_cause->setText(tr("Triggered from dbt Cloud Console"));
    m_cause->setToolTip(tr("Why this run was started; dbt Cloud shows it in the run's history."));
    m_causeCount = new QLabel(box);
    auto *causeRow = new QHBoxLayout;
    causeRow->addWidget(m_cause, 1);
    causeRow->addWidget(m_causeCount);
    auto *causeLabel = new QLabel(tr("&Reason:"), box);
    causeLabel->setBuddy(m_cause); // rows holding a layout get no buddy from addRow
    form->addRow(causeLabel, causeRow);

    m_gitRefKind = new QComboBox(box);
    m_gitRefKind->setObjectName(QStringLiteral("gitRefKind"));
    m_gitRefKind->addItems({ tr("Branch"), tr("Commit SHA") });
    m_gitRef = new QLineEdit(box);
    m_gitRef->setObjectName(QStringLiteral("gitRef"));
    auto *gitRow = new QHBoxLayout;
    gitRow->addWidget(m_gitRefKind);
    gitRow->addWidget(m_gitRef, 1);
    auto *gitLabel = new QLabel(tr("&Git:"), box);
    gitLabel->setBuddy(m_gitRef);
    form->addRow(gitLabel, gitRow);

    m_schema = new QLineEdit(box);
    m_schema->setObjectName(QStringLiteral("schema"));
    m_schema->setPlaceholderText(tr("environment's schema"));
    form->addRow(tr("&Schema:"), m_schema);

    m_dbtVersion = new QComboBox(box);
    m_dbtVersion->setObjectName(QStringLiteral("dbtVersion"));
    m_dbtVersion->setEditable(true);
    form->addRow(tr("dbt &version:"), m_dbtVersion);

    m_threads = new QSpinBox(box);
    m_threads->setObjectName(QStringLiteral("threads"));
    m_threads->setRange(0, 64);
    form->addRow(tr("&Threads:"), m_threads);

    m_target = new QLineEdit(box);
    m_target->setObjectName(QStringLiteral("targetName"));
    form->addRow(tr("T&arget name:"), m_target);

    m_docs = new QComboBox(box);
    m_docs->setObjectName(QStringLiteral("generateDocs"));
    form->addRow(tr("&Docs:"), m_docs);

    m_timeoutMinutes = new QSpinBox(box);
    m_timeoutMinutes->setObjectName(QStringLiteral("timeoutMinutes"));
    m_timeoutMinutes->setRange(0, 24 * 60);
    m_timeoutMinutes->setSuffix(tr(" min"));
    form->addRow(tr("Ti&meout:"), m_timeoutMinutes);

    auto *stepsBox = new QGroupBox(tr("Steps"), box);
    m_overrideSteps = new QCheckBox(tr("Replace the job's steps for this run"), stepsBox);
    m_overrideSteps->setObjectName(QStringLiteral("overrideSteps"));
    m_steps = new TriggerStepsEditor(stepsBox);
    auto *stepsLayout = new QVBoxLayout(stepsBox);
    stepsLayout->addWidget(m_overrideSteps);
    stepsLayout->addWidget(m_steps);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(stepsBox, 1);

    for (QLineEdit *e : { m_cause, m_gitRef, m_schema, m_target }) {
        connect(e, &QLineEdit::textChanged, this, &TriggerDialog::updateState);
    }
    for (QComboBox *c : { m_gitRefKind, m_docs }) {
        connect(c, &QComboBox::currentIndexChanged, this, &TriggerDialog::updateState);
    }
    connect(m_dbtVersion, &QComboBox::currentTextChanged, this, &TriggerDialog::updateState);
    for (QSpinBox *s : { m_threads, m_timeoutMinutes }) {
        connect(s, &QSpinBox::valueChanged, this, &TriggerDialog::updateState);
    }
    connect(m_overrideSteps, &QCheckBox::toggled, this, &TriggerDialog::updateState);
    connect(m_steps, &TriggerStepsEditor::stepsChanged, this, &TriggerDialog::updateState);
    return box;
}

QWidget *TriggerDialog::buildSummary()
{
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("summaryPanel"));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setBackgroundRole(QPalette::AlternateBase);
    frame->setAutoFillBackground(true);
    m_summary = new QLabel(frame);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setMinimumWidth(240);
    auto *note = new QLabel(tr("Nothing is sent until you click Trigger run. The new run is "
                               "then selected and followed live."),
        frame);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    // What the steps select, as dbt would (evaluated against the environment's last good
    // manifest); the list of nodes on demand.
    m_selection = new QLabel(tr("Working out what the steps select…"), frame);
    m_selection->setObjectName(QStringLiteral("selectionPreview"));
    m_selection->setTextFormat(Qt::RichText);
    m_selection->setWordWrap(true);
    m_showNodes = new QToolButton(frame);
    m_showNodes->setText(tr("Show nodes"));
    m_showNodes->setCheckable(true);
    m_showNodes->setEnabled(false);
    m_nodes = new QListWidget(frame);
    m_nodes->setAccessibleName(tr("Selected nodes"));
    m_nodes->setUniformItemSizes(true);
    m_nodes->setVisible(false);
    connect(m_showNodes, &QToolButton::toggled, m_nodes, &QWidget::setVisible);
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300); // typing a selector re-evaluates once it pauses
    connect(m_previewTimer, &QTimer::timeout, this, [this] {
        m_previewedSteps = request().overrides.stepsOverride.value_or(m_job.executeSteps);
        Q_EMIT selectionPreviewWanted(m_previewedSteps);
    });
    auto *layout = new QVBoxLayout(frame);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_selection);
    layout->addWidget(m_showNodes, 0, Qt::AlignLeft);
    layout->addWidget(m_nodes, 2);
    layout->addWidget(note);
    return frame;
}

void TriggerDialog::applyJobDefaults()
{
    m_title->setText(tr("Run %1").arg(jobLabel(m_job)));
    QStringList facts;
    if (!m_job.environmentName.isEmpty()) {
        facts << m_job.environmentName;
    }
    facts << tr("job #%1").arg(m_job.id);
    facts << countText(m_job.executeSteps.size(), "%1 step", "%1 steps");
    m_subtitle->setText(facts.join(QStringLiteral(" · ")));

    const QString version =
        m_dbtVersion->currentIndex() > 0 ? m_dbtVersion->currentText() : QString();
    m_dbtVersion->clear();
    m_dbtVersion->addItem(
        tr("Job default (%1)")
            .arg(m_job.dbtVersion.isEmpty() ? tr("environment's") : m_job.dbtVersion));
    // dbt version ids, as the API takes them: not translated.
    static const QStringList versions = { QStringLiteral("latest"),
        QStringLiteral("1.9.0-latest"),
        QStringLiteral("1.8.0-latest"),
        QStringLiteral("1.7.0-latest"),
        QStringLiteral("1.6.0-latest") };
    m_dbtVersion->addItems(versions);
    if (!version.isEmpty()) {
        m_dbtVersion->setCurrentText(version);
    }

    m_threads->setSpecialValueText(m_job.settings.threads > 0
            ? tr("Job default (%1)").arg(m_job.settings.threads)
            : tr("Job default"));
    m_target->setPlaceholderText(m_job.settings.targetName.isEmpty()
            ? tr("job default")
            : tr("job default: %1").arg(m_job.settings.targetName));
    m_gitRef->setPlaceholderText(tr("environment's branch"));
    const int docs = std::max(0, m_docs->currentIndex());
    m_docs->clear();
    m_docs->addItem(
        m_job.generateDocs ? tr("Job default (generate)") : tr("Job default (don't generate)"));
    m_docs->addItems({ tr("Generate docs"), tr("Don't generate docs") });
    m_docs->setCurrentIndex(docs);
    m_timeoutMinutes->setSpecialValueText(m_job.timeoutSeconds > 0
            ? tr("Job default (%1 min)").arg(m_job.timeoutSeconds / 60)
            : tr("Job default (none)"));
}

void TriggerDialog::setJob(const Api::Job &job)
{
    m_job = job;
    applyJobDefaults();
    if (!m_overrideSteps->isChecked()) {
        m_steps->setSteps(m_job.executeSteps);
    }
    updateState();
}

void TriggerDialog::setActiveRuns(const QList<Api::Run> &runs)
{
    m_activeRuns = runs;
    m_banner->setVisible(!runs.isEmpty());
    if (runs.isEmpty()) {
        return;
    }
    const Api::Run &run = runs.constFirst();
    QString text = tr("Run #%1 of this job is %2. Runs of a job execute one at a time, so a new "
                      "run would wait until it finishes.")
                       .arg(run.id)
                       .arg(statusText(run.status).toLower());
    if (runs.size() > 1) {
        text +=
            u' ' + countText(runs.size() - 1, "%1 more run is queued.", "%1 more runs are queued.");
    }
    m_bannerText->setText(text);
    m_followButton->setText(tr("Follow run #%1 instead").arg(run.id));
}

void TriggerDialog::setRequest(const Api::TriggerRequest &request)
{
    const Api::TriggerOverrides &o = request.overrides;
    m_cause->setText(request.cause.left(kMaxCause));
    m_gitRefKind->setCurrentIndex(o.gitSha.isEmpty() ? 0 : 1);
    m_gitRef->setText(o.gitSha.isEmpty() ? o.gitBranch : o.gitSha);
    m_schema->setText(o.schemaOverride);
    if (o.dbtVersionOverride.isEmpty()) {
        m_dbtVersion->setCurrentIndex(0);
    } else {
        m_dbtVersion->setCurrentText(o.dbtVersionOverride);
    }
    m_threads->setValue(o.threadsOverride.value_or(0));
    m_target->setText(o.targetNameOverride);
    m_docs->setCurrentIndex(!o.generateDocsOverride ? 0 : *o.generateDocsOverride ? 1 : 2);
    m_timeoutMinutes->setValue(o.timeoutSecondsOverride.value_or(0) / 60);
    m_overrideSteps->setChecked(o.stepsOverride.has_value());
    m_steps->setSteps(o.stepsOverride.value_or(m_job.executeSteps));
    updateState();
}

Api::TriggerRequest TriggerDialog::request() const
{
    Api::TriggerRequest r;
    r.cause = m_cause->text().trimmed();
    Api::TriggerOverrides &o = r.overrides;
    const QString ref = m_gitRef->text().trimmed();
    (m_gitRefKind->currentIndex() == 1 ? o.gitSha : o.gitBranch) = ref;
    o.schemaOverride = m_schema->text().trimmed();
    const QString version = m_dbtVersion->currentText().trimmed();
    if (version != m_dbtVersion->itemText(0)) {
        o.dbtVersionOverride = version;
    }
    if (m_threads->value() > 0) {
        o.threadsOverride = m_threads->value();
    }
    o.targetNameOverride = m_target->text().trimmed();
    if (m_docs->currentIndex() > 0) {
        o.generateDocsOverride = m_docs->currentIndex() == 1;
    }
    if (m_timeoutMinutes->value() > 0) {
        o.timeoutSecondsOverride = m_timeoutMinutes->value() * 60;
    }
    if (m_overrideSteps->isChecked()) {
        o.stepsOverride = m_steps->steps();
    }
    return r;
}

QString TriggerDialog::validationError() const
{
    if (m_cause->text().trimmed().isEmpty()) {
        return tr("Give a reason: dbt Cloud requires one for every run.");
    }
    static const QRegularExpression sha(QStringLiteral("^[0-9a-fA-F]{7,40}$"));
    const QString ref = m_gitRef->text().trimmed();
    if (m_gitRefKind->currentIndex() == 1 && !ref.isEmpty() && !sha.match(ref).hasMatch()) {
        return tr("A commit SHA is 7 to 40 hexadecimal characters.");
    }
    if (ref.contains(u' ')) {
        return tr("Git branch names cannot contain spaces.");
    }
    if (m_overrideSteps->isChecked()) {
        return m_steps->firstError();
    }
    return {};
}

void TriggerDialog::updateState()
{
    m_steps->setEnabled(m_overrideSteps->isChecked());
    if (!m_overrideSteps->isChecked() && m_steps->steps() != m_job.executeSteps) {
        m_steps->setSteps(m_job.executeSteps);
    }
    const qsizetype length = m_cause->text().size();
    m_causeCount->setText(QStringLiteral("%1/%2").arg(length).arg(kMaxCause));
    m_summary->setText(triggerSummaryHtml(m_job, request()));
    if (request().overrides.stepsOverride.value_or(m_job.executeSteps) != m_previewedSteps) {
        m_previewTimer->start();
    }
    const QString problem = validationError();
    m_triggerButton->setEnabled(!m_busy && problem.isEmpty());
    m_triggerButton->setToolTip(problem);
}

void TriggerDialog::setSelectionPreview(const Models::StepSelectionPreview &preview)
{
    m_nodes->clear();
    if (!preview.error.isEmpty()) {
        m_selection->setText(preview.error.toHtmlEscaped());
        m_showNodes->setEnabled(false);
        return;
    }
    QStringList lines;
    QStringList nodes;
    const bool several = preview.steps.size() > 1;
    for (int i = 0; i < preview.steps.size(); ++i) {
        const Models::StepSelectionCount &s = preview.steps[i];
        const QString step = several ? tr("Step %1").arg(i + 1) : tr("This step");
        if (!s.error.isEmpty()) {
            lines.append(QStringLiteral("<span style=\"%1\">%2: %3</span>")
                             .arg(textStyle(ColorRole::Error),
                                 step.toHtmlEscaped(),
                                 s.error.toHtmlEscaped()));
        } else if (!s.selects) {
            lines.append(tr("%1 selects no nodes").arg(step).toHtmlEscaped());
        } else {
            lines.append(
                tr("%1 selects <b>%2</b>").arg(step.toHtmlEscaped(), s.summary().toHtmlEscaped()));
            for (const QString &id : s.uniqueIds) {
                nodes.append(several ? tr("%1 · %2").arg(i + 1).arg(id) : id);
            }
        }
    }
    if (preview.manifestRunId > 0) {
        lines.append(
            QStringLiteral("<span style=\"%1\">%2</span>")
                .arg(textStyle(ColorRole::Muted),
                    tr("as of the manifest of run #%1, the environment's last successful run")
                        .arg(preview.manifestRunId)
                        .toHtmlEscaped()));
    }
    m_selection->setText(lines.join(QStringLiteral("<br>")));
    m_nodes->addItems(nodes);
    m_showNodes->setEnabled(!nodes.isEmpty());
    m_showNodes->setText(
        nodes.size() == 1 ? tr("Show the node") : tr("Show the %1 nodes").arg(nodes.size()));
}

QString TriggerDialog::selectionPreviewText() const
{
    return m_selection->text();
}

QStringList TriggerDialog::previewedNodes() const
{
    QStringList out;
    for (int i = 0; i < m_nodes->count(); ++i) {
        out.append(m_nodes->item(i)->text());
    }
    return out;
}

void TriggerDialog::onTriggerClicked()
{
    if (m_busy || !validationError().isEmpty()) {
        return;
    }
    emit triggerRequested(request());
}

void TriggerDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy) {
        m_error->hide();
        m_triggerButton->setText(tr("Triggering…"));
    } else {
        m_triggerButton->setText(m_outcomeUnknown ? tr("Trigger again") : tr("Trigger run"));
    }
    updateState();
}

void TriggerDialog::showError(const QString &text, bool outcomeUnknown)
{
    m_outcomeUnknown = outcomeUnknown;
    m_error->setText(text);
    m_error->setStyleSheet(textStyle(outcomeUnknown ? ColorRole::Warning : ColorRole::Error));
    m_error->show();
    if (!m_busy) {
        m_triggerButton->setText(outcomeUnknown ? tr("Trigger again") : tr("Trigger run"));
    }
}

} // namespace Dbtc::Ui
