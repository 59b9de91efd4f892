// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rundetailpage.h"

#include "api/client.h"
#include "models/timetext.h"
#include "ui/statusstyle.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Dbtc::Ui {

namespace {

QLabel *valueLabel(const QString &text, const QString &tip = {})
{
    auto *l = new QLabel(text);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->setToolTip(tip);
    return l;
}

} // namespace

RunDetailPage::RunDetailPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_form(new QFormLayout)
    , m_steps(new QTreeWidget(this))
    , m_stepsState(new QLabel(this))
{
    auto *back = new QPushButton(QStringLiteral("← Runs"), this);
    back->setToolTip(QStringLiteral("Back to the runs (Esc)"));
    connect(back, &QPushButton::clicked, this, &RunDetailPage::backRequested);
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr,
                              Qt::WidgetWithChildrenShortcut);
    connect(esc, &QShortcut::activated, this, &RunDetailPage::backRequested);
    auto *open = new QPushButton(QStringLiteral("Open in dbt Cloud"), this);
    connect(open, &QPushButton::clicked, this, [this] {
        if (m_run.href.isValid()) {
            QDesktopServices::openUrl(m_run.href);
        }
    });

    QFont titleFont = font();
    titleFont.setPointSizeF(font().pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_steps->setColumnCount(3);
    m_steps->setHeaderLabels({QStringLiteral("Step"), QStringLiteral("Status"),
                              QStringLiteral("Duration")});
    m_steps->setRootIsDecorated(false);
    m_steps->setAccessibleName(QStringLiteral("Run steps"));
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *top = new QHBoxLayout;
    top->addWidget(back);
    top->addSpacing(8);
    top->addWidget(m_status);
    top->addWidget(m_title, 1);
    top->addWidget(open);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(m_form);
    layout->addWidget(m_stepsState);
    layout->addWidget(m_steps, 1);
    setFocusProxy(m_steps);
}

void RunDetailPage::showRun(const Models::RunRecord &run, Api::Client *client)
{
    if (m_job) {
        m_job->abort();
    }
    m_run = run;
    fillHeader(run);
    m_steps->clear();
    m_stepsState->setText(QStringLiteral("Loading steps…"));
    if (!client) {
        return;
    }
    Api::RunInclude include;
    include.steps = true;
    m_job = client->getRun(run.id, include, this, [this, id = run.id](const Api::Result<Api::Run> &r) {
        if (id != m_run.id) {
            return;
        }
        if (!r) {
            m_stepsState->setText(QStringLiteral("Could not load the steps: ") + r.error().userMessage());
            return;
        }
        m_run = Models::RunRecord::fromApi(r.value());
        fillHeader(m_run);
        fillSteps(r.value());
    });
}

QString RunDetailPage::stepsStateText() const
{
    return m_stepsState->text();
}

void RunDetailPage::fillHeader(const Models::RunRecord &run)
{
    m_title->setText(QStringLiteral("Run #%1 · %2").arg(run.id).arg(run.jobName));
    m_status->setPixmap(statusIcon(run.status).pixmap(fontMetrics().height() + 6));
    m_status->setToolTip(statusText(run.status));
    while (m_form->rowCount() > 0) {
        m_form->removeRow(0);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto when = [&now](const QDateTime &t) {
        return t.isValid() ? Models::relativeTimeText(t, now) : QStringLiteral("—");
    };
    QString status = statusText(run.status);
    if (!run.statusMessage.isEmpty()) {
        status += QStringLiteral(": ") + run.statusMessage;
    }
    m_form->addRow(QStringLiteral("Status"), valueLabel(status));
    m_form->addRow(QStringLiteral("Environment"), valueLabel(run.environmentName));
    m_form->addRow(QStringLiteral("Trigger"), valueLabel(run.cause, run.causeCategory));
    m_form->addRow(QStringLiteral("Branch / commit"),
                   valueLabel(run.gitBranch + QStringLiteral(" @ ") + run.gitSha.left(7), run.gitSha));
    m_form->addRow(QStringLiteral("Created"),
                   valueLabel(when(run.createdAt), Models::exactTimeText(run.createdAt)));
    m_form->addRow(QStringLiteral("Started"),
                   valueLabel(when(run.startedAt), Models::exactTimeText(run.startedAt)));
    m_form->addRow(QStringLiteral("Finished"),
                   valueLabel(when(run.finishedAt), Models::exactTimeText(run.finishedAt)));
    m_form->addRow(QStringLiteral("Queued / run time"),
                   valueLabel(Models::durationText(run.queuedSeconds) + QStringLiteral(" / ")
                              + Models::durationText(run.elapsedSeconds(now))));
}

void RunDetailPage::fillSteps(const Api::Run &run)
{
    m_steps->clear();
    for (const Api::RunStep &step : run.steps) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(0, QStringLiteral("%1. %2").arg(step.index).arg(step.name));
        item->setIcon(1, statusIcon(step.status));
        item->setText(1, statusText(step.status));
        item->setText(2, step.duration ? Models::durationText(step.duration->count()) : QString());
    }
    m_stepsState->setText(run.steps.isEmpty() ? QStringLiteral("No steps yet.")
                                              : QStringLiteral("Steps"));
    if (m_steps->topLevelItemCount() > 0) {
        m_steps->setCurrentItem(m_steps->topLevelItem(0));
    }
}

} // namespace Dbtc::Ui
