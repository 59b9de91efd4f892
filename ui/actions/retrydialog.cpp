// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/retrydialog.h"

#include "models/actions/stepselectionpreview.h"
#include "models/common/timetext.h"
#include "ui/actions/actionstext.h"
#include "ui/widgets/palette.h"
#include "ui/widgets/statusstyle.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Dbtc::Ui {

RetryDialog::RetryDialog(const Api::Run &run, QWidget *parent)
    : QDialog(parent)
    , m_run(run)
{
    setObjectName(QStringLiteral("retryDialog"));
    setWindowTitle(tr("Rerun %1").arg(jobLabel(run)));

    auto *title = new QLabel(tr("Rerun %1 from failure?").arg(jobLabel(run).toHtmlEscaped()), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);

    QStringList facts { tr("Run #%1 failed").arg(run.id) };
    if (run.duration.count() > 0) {
        facts.last() += tr(" after %1").arg(Models::durationText(run.duration.count()));
    }
    if (!run.gitBranch.isEmpty()) {
        facts << tr("branch %1").arg(run.gitBranch);
    }
    if (!run.dbtVersion.isEmpty()) {
        facts << tr("dbt %1").arg(run.dbtVersion);
    }
    auto *subtitle = new QLabel(facts.join(QStringLiteral(" · ")), this);
    subtitle->setForegroundRole(QPalette::PlaceholderText);

    m_intro = new QLabel(tr("Asking dbt Cloud which steps would run again…"), this);
    m_intro->setWordWrap(true);
    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(QStringLiteral("retrySteps"));
    m_steps->setColumnCount(2);
    m_steps->setHeaderLabels({ tr("Step"), tr("On rerun") });
    m_steps->setRootIsDecorated(false);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setIconSize(QSize(16, 16));
    m_steps->setTextElideMode(Qt::ElideMiddle);
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("retryNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_nodesText = new QLabel(this);
    m_nodesText->setObjectName(QStringLiteral("retryNodes"));
    m_nodesText->setWordWrap(true);
    m_nodesText->setTextFormat(Qt::PlainText);
    m_nodesText->hide();
    m_showNodes = new QPushButton(this);
    m_showNodes->setCheckable(true);
    m_showNodes->hide();
    m_nodes = new QListWidget(this);
    m_nodes->setObjectName(QStringLiteral("retryNodeList"));
    m_nodes->setAccessibleName(tr("Nodes that rerun"));
    m_nodes->hide();
    connect(m_showNodes, &QPushButton::toggled, m_nodes, &QWidget::setVisible);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_fromStartButton = buttons->addButton(tr("Rerun from start"), QDialogButtonBox::ActionRole);
    m_fromStartButton->setObjectName(QStringLiteral("rerunFromStartButton"));
    m_fromStartButton->setToolTip(tr("Trigger the whole job again with this run's overrides"));
    m_retryButton = buttons->addButton(tr("Rerun from failure"), QDialogButtonBox::AcceptRole);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        if (!m_busy && m_loaded && !m_refused) {
            emit retryFromFailureRequested();
        }
    });
    connect(m_fromStartButton, &QPushButton::clicked, this, [this] {
        if (!m_busy) {
            emit rerunFromStartRequested();
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(6);
    layout->addWidget(m_intro);
    layout->addWidget(m_steps);
    layout->addWidget(m_note);
    auto *nodesRow = new QHBoxLayout;
    nodesRow->addWidget(m_nodesText, 1);
    nodesRow->addWidget(m_showNodes, 0, Qt::AlignTop);
    layout->addLayout(nodesRow);
    layout->addWidget(m_nodes, 1);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(660, 300);

    // The run itself may already say why it cannot be retried (can_retry is false).
    if (run.status != Api::RunStatus::Error) {
        setRefusal(retryRefusalAdvice(Api::RetryNotSupportedReason::NotFailedRun));
    } else if (!run.canRetry && run.retryNotSupportedReason != Api::RetryNotSupportedReason::None) {
        setRefusal(retryRefusalAdvice(run.retryNotSupportedReason));
    }
    updateButtons();
}

RetryDialog::~RetryDialog() = default;

void RetryDialog::setDetails(const Api::RetryDetails &details)
{
    if (m_refused) {
        return;
    }
    m_loaded = true;
    m_steps->clear();
    const auto addRow = [this](const QIcon &icon, const QString &step, const QString &what) {
        auto *item = new QTreeWidgetItem(m_steps, { step, what });
        item->setIcon(0, icon);
        item->setToolTip(0, step);
        return item;
    };
    if (!details.failedStep.isEmpty()) {
        QTreeWidgetItem *failed = addRow(statusIcon(Api::RunStatus::Error),
            details.failedStep,
            tr("failed · reruns failed + skipped nodes"));
        failed->setForeground(1, statusColor(Api::RunStatus::Error));
    }
    for (const QString &step : details.skippedSteps) {
        addRow(
            style()->standardIcon(QStyle::SP_MediaSkipForward), step, tr("skipped · runs in full"));
    }
    // Fit the rows (a retry has a handful of steps): no empty box, no scrolling.
    const int rows = std::max(1, m_steps->topLevelItemCount());
    const int rowHeight = std::max(m_steps->sizeHintForRow(0), fontMetrics().height() + 6);
    m_steps->setFixedHeight(
        m_steps->header()->sizeHint().height() + rows * rowHeight + 2 * m_steps->frameWidth() + 4);
    const int count = int(details.skippedSteps.size()) + (details.failedStep.isEmpty() ? 0 : 1);
    m_intro->setText(tr("dbt Cloud will start a new run that resumes from the failed step: "
                        "%1 again; the steps that succeeded are not repeated.")
                         .arg(countText(count, "%1 step runs", "%1 steps run")));
    m_note->setText(tr("The failed step runs as \"dbt retry\": only the nodes that failed or "
                       "were skipped are rebuilt. Fix the cause first (commit the fix), or the "
                       "same nodes will fail again."));
    updateButtons();
}

void RetryDialog::setRefusal(const QString &text)
{
    m_refused = true;
    m_loaded = true;
    m_steps->hide();
    m_intro->setText(tr("This run cannot be rerun from failure."));
    m_note->setText(text);
    m_note->setForegroundRole(QPalette::WindowText);
    m_note->setStyleSheet(textStyle(ColorRole::Warning));
    m_fromStartButton->setDefault(true);
    updateButtons();
}

void RetryDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy) {
        m_error->hide();
    }
    updateButtons();
}

void RetryDialog::showError(const QString &text, bool outcomeUnknown)
{
    m_error->setText(text);
    m_error->setStyleSheet(textStyle(outcomeUnknown ? ColorRole::Warning : ColorRole::Error));
    m_error->show();
}

QStringList RetryDialog::listedSteps() const
{
    QStringList out;
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_steps->topLevelItem(i);
        out << item->text(0) + QStringLiteral(": ") + item->text(1);
    }
    return out;
}

void RetryDialog::updateButtons()
{
    m_retryButton->setEnabled(!m_busy && m_loaded && !m_refused);
    m_fromStartButton->setEnabled(!m_busy);
    m_retryButton->setText(m_busy ? tr("Starting…") : tr("Rerun from failure"));
}

void RetryDialog::setRetryNodes(const Models::RetryNodes &nodes)
{
    if (m_refused) {
        return;
    }
    m_nodes->clear();
    m_nodesText->show();
    if (!nodes.error.isEmpty()) {
        m_nodesText->setText(nodes.error);
        m_showNodes->hide();
        growToFit();
        return;
    }
    const int count = int(nodes.failed.size() + nodes.skipped.size());
    const QString reruns = count == 1 ? tr("The failed step reruns 1 node")
                                      : tr("The failed step reruns %1 nodes").arg(count);
    QString text = nodes.stepSelects >= 0
        ? tr("%1 of the %2 its selection picks: %3 failed, %4 skipped.")
              .arg(reruns)
              .arg(nodes.stepSelects)
              .arg(nodes.failed.size())
              .arg(nodes.skipped.size())
        : tr("%1: %2 failed, %3 skipped.")
              .arg(reruns)
              .arg(nodes.failed.size())
              .arg(nodes.skipped.size());
    if (!nodes.stepCommand.isEmpty()) {
        text += u'\n' + tr("Step: %1").arg(nodes.stepCommand);
    }
    m_nodesText->setText(text);
    const QColor error = statusColor(Api::RunStatus::Error);
    for (const QString &id : nodes.failed) {
        auto *item = new QListWidgetItem(tr("failed · %1").arg(id), m_nodes);
        item->setForeground(error);
    }
    for (const QString &id : nodes.skipped) {
        new QListWidgetItem(tr("skipped · %1").arg(id), m_nodes);
    }
    m_showNodes->setText(count == 1 ? tr("Show the node") : tr("Show the %1 nodes").arg(count));
    m_showNodes->setVisible(count > 0);
    growToFit();
}

void RetryDialog::growToFit()
{
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (needed > height()) {
        resize(width(), needed);
    }
}

QString RetryDialog::retryNodesText() const
{
    return m_nodesText->isVisibleTo(this) ? m_nodesText->text() : QString();
}

QStringList RetryDialog::listedRetryNodes() const
{
    QStringList out;
    for (int i = 0; i < m_nodes->count(); ++i) {
        out << m_nodes->item(i)->text();
    }
    return out;
}

} // namespace Dbtc::Ui
