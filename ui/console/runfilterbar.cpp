// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/runfilterbar.h"

#include "models/console/runfilterproxymodel.h"
#include "models/console/runlistmodel.h"
#include "ui/widgets/statusstyle.h"
#include "ui/widgets/theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMap>
#include <QResizeEvent>
#include <QTimer>
#include <QToolButton>

namespace Dbtc::Ui {

namespace {

constexpr Api::RunStatus Statuses[] = {
    Api::RunStatus::Queued,
    Api::RunStatus::Starting,
    Api::RunStatus::Running,
    Api::RunStatus::Success,
    Api::RunStatus::Error,
    Api::RunStatus::Cancelled,
};

QComboBox *makeCombo(const QString &any, const QString &name, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(any, QVariant());
    combo->setAccessibleName(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // Six characters keep the bar, and so the window, inside an 800 px wide screen; the popup
    // still lists the full names.
    combo->setMinimumContentsLength(6);
    combo->setMaxVisibleItems(20);
    return combo;
}

//! Replaces a combo's choices but keeps what the user picked, even if it is gone from view.
void refill(QComboBox *combo, const QMap<QString, QVariant> &choices)
{
    const QVariant current = combo->currentData();
    const QString currentText = combo->currentText();
    const QSignalBlocker block(combo);
    while (combo->count() > 1) {
        combo->removeItem(1);
    }
    for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
        combo->addItem(it.key(), it.value());
    }
    if (current.isValid()) {
        int i = combo->findData(current);
        if (i < 0) {
            combo->addItem(currentText, current);
            i = combo->count() - 1;
        }
        combo->setCurrentIndex(i);
    }
}

} // namespace

RunFilterBar::RunFilterBar(
    Models::RunListModel *runs, Models::RunFilterProxyModel *proxy, QWidget *parent)
    : QWidget(parent)
    , m_runs(runs)
    , m_proxy(proxy)
    , m_job(makeCombo(tr("All jobs"), tr("Job filter"), this))
    , m_environment(makeCombo(tr("All environments"), tr("Environment filter"), this))
    , m_branch(makeCombo(tr("All branches"), tr("Branch filter"), this))
    , m_text(new QLineEdit(this))
    , m_refill(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (const auto status : Statuses) {
        auto *b = new QToolButton(this);
        b->setCheckable(true);
        Theme::follow(b, [b, status] {
            b->setIcon(statusIcon(status));
        }); // badges per theme
        b->setText(statusText(status));
        b->setToolTip(tr("Show %1 runs").arg(statusText(status).toLower()));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAutoRaise(true);
        b->setProperty("status", int(status));
        connect(b, &QToolButton::toggled, this, &RunFilterBar::applyStatuses);
        m_statusButtons << b;
        layout->addWidget(b);
        m_wideButtonsWidth += b->sizeHint().width() + layout->spacing();
        b->setToolButtonStyle(Qt::ToolButtonIconOnly);
        m_compactButtonsWidth += b->sizeHint().width() + layout->spacing();
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    layout->addSpacing(8);
    layout->addWidget(m_job);
    layout->addWidget(m_environment);
    layout->addWidget(m_branch);
    m_text->setPlaceholderText(tr("Search runs (id, job, branch, commit, trigger)"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Run search"));
    m_text->setMinimumWidth(100);
    layout->addWidget(m_text, 1);

    connect(m_text, &QLineEdit::textChanged, m_proxy, &Models::RunFilterProxyModel::setTextFilter);
    connect(m_job, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setJobFilter(m_job->currentData().toLongLong());
    });
    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setEnvironmentFilter(m_environment->currentData().toLongLong());
    });
    connect(m_branch, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setBranchFilter(m_branch->currentData().toString());
    });

    // Choices follow the runs on screen; gathering them is O(rows), so coalesce bursts.
    m_refill->setSingleShot(true);
    m_refill->setInterval(400);
    connect(m_refill, &QTimer::timeout, this, &RunFilterBar::refillChoices);
    connect(runs,
        &QAbstractItemModel::rowsInserted,
        this,
        [this](const QModelIndex &, int first, int last) {
            collect(first, last);
        });
    connect(runs, &QAbstractItemModel::modelReset, this, [this] {
        m_jobChoices.clear();
        m_environmentChoices.clear();
        m_branchChoices.clear();
        m_choicesChanged = true;
        collect(0, m_runs->rowCount() - 1);
    });
}

void RunFilterBar::collect(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const auto &r = m_runs->runAt(row);
        const auto add = [this](QMap<QString, QVariant> &map, const QString &key, QVariant value) {
            if (!key.isEmpty() && !map.contains(key) && map.size() < 300) {
                map.insert(key, std::move(value));
                m_choicesChanged = true;
            }
        };
        add(m_jobChoices, r.jobName, r.jobId);
        add(m_environmentChoices, r.environmentName, r.environmentId);
        add(m_branchChoices, r.gitBranch, r.gitBranch);
    }
    if (m_choicesChanged) {
        m_refill->start();
    }
}

void RunFilterBar::applyStatuses()
{
    QList<Api::RunStatus> statuses;
    for (QToolButton *b : std::as_const(m_statusButtons)) {
        if (b->isChecked()) {
            statuses << Api::RunStatus(b->property("status").toInt());
        }
    }
    m_proxy->setStatusFilter(statuses);
}

void RunFilterBar::refillChoices()
{
    m_choicesChanged = false;
    refill(m_job, m_jobChoices);
    refill(m_environment, m_environmentChoices);
    refill(m_branch, m_branchChoices);
}

void RunFilterBar::clear()
{
    for (QToolButton *b : std::as_const(m_statusButtons)) {
        const QSignalBlocker block(b);
        b->setChecked(false);
    }
    applyStatuses();
    m_job->setCurrentIndex(0);
    m_environment->setCurrentIndex(0);
    m_branch->setCurrentIndex(0);
}

void RunFilterBar::setScopeLevel(bool jobFixed, bool environmentFixed)
{
    m_job->setVisible(!jobFixed);
    m_environment->setVisible(!environmentFixed && !jobFixed);
}

int RunFilterBar::otherWidth() const
{
    return 8 + 3 * (m_job->minimumSizeHint().width() + 4) + m_text->minimumWidth();
}

QSize RunFilterBar::minimumSizeHint() const
{
    return { m_compactButtonsWidth + otherWidth(), QWidget::minimumSizeHint().height() };
}

void RunFilterBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const auto style = width() >= m_wideButtonsWidth + otherWidth() ? Qt::ToolButtonTextBesideIcon
                                                                    : Qt::ToolButtonIconOnly;
    for (QToolButton *b : std::as_const(m_statusButtons)) {
        b->setToolButtonStyle(style);
    }
}

} // namespace Dbtc::Ui
