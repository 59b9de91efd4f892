// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pulse/pulsepage.h"

#include "models/history/pulsemodel.h"
#include "ui/widgets/statepage.h"
#include "ui/widgets/statusdelegate.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace Dbtc::Ui {

using Models::PulseModel;

PulsePage::PulsePage(Models::PulseModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new Models::PulseFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_problemsOnly(new QCheckBox(tr("Problems only"), this))
    , m_summary(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new StatePage(this))
    , m_view(new QTreeView(this))
{
    m_proxy->setSourceModel(model);
    m_search->setPlaceholderText(tr("Search jobs, environments, projects…"));
    m_search->setClearButtonEnabled(true);
    m_problemsOnly->setToolTip(tr("Show only jobs whose last run failed or that are overdue"));

    auto *bar = new QHBoxLayout;
    auto *title = new QLabel(tr("Pulse"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    bar->addWidget(title);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_problemsOnly);
    bar->addWidget(m_search);
    m_search->setMinimumWidth(220);

    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("pulseView"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PulseModel::NameColumn, Qt::AscendingOrder);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    auto *status = new StatusDelegate(m_view);
    status->setStatusRole(PulseModel::PulseStatusRole);
    m_view->setItemDelegateForColumn(PulseModel::StatusColumn, status);
    m_view->setItemDelegateForColumn(PulseModel::NowColumn, status);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PulseModel::NameColumn, QHeaderView::Stretch);
    const int w = fontMetrics().averageCharWidth();
    for (int c = PulseModel::StatusColumn; c < PulseModel::ColumnCount; ++c) {
        header->resizeSection(c, w * (c == PulseModel::StatusColumn ? 21 : 15));
    }
    // "12 running · 12 queued" after the status badge (its side is about a line's height).
    header->resizeSection(PulseModel::NowColumn,
        fontMetrics().horizontalAdvance(PulseModel::activeRunsText({ 12, 12 }))
            + fontMetrics().height() + 24);

    m_empty->show(StatePage::Kind::Empty,
        tr("No jobs yet"),
        tr("The pulse fills in from the background watch: watch an account, a project or an "
           "environment (right-click it in the navigator), or star jobs."));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &Models::PulseFilterModel::setText);
    connect(
        m_problemsOnly, &QCheckBox::toggled, m_proxy, &Models::PulseFilterModel::setProblemsOnly);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PulsePage::restoreExpansion);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &PulsePage::restoreExpansion);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &PulsePage::restoreExpansion);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PulsePage::updateSummary);
    connect(m_model, &PulseModel::staleChanged, this, &PulsePage::updateSummary);
    // The watch's counts change cells, not the tree.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PulsePage::updateSummary);
    connect(m_view, &QTreeView::collapsed, this, [this](const QModelIndex &i) {
        if (!m_restoring) {
            m_collapsed.insert(i.data(PulseModel::GroupKeyRole).toString());
        }
    });
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex &i) {
        if (!m_restoring) {
            m_collapsed.remove(i.data(PulseModel::GroupKeyRole).toString());
        }
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &i) {
        const qint64 run = i.data(PulseModel::PulseRunIdRole).toLongLong();
        if (i.data(PulseModel::LevelRole).toInt() == PulseModel::JobLevel && run != 0) {
            Q_EMIT openRunRequested(i.data(PulseModel::PulseConnectionIdRole).toString(), run);
        }
    });
    restoreExpansion();
    updateSummary();
}

PulsePage::~PulsePage() = default;

void PulsePage::restoreExpansion()
{
    // Groups open by default; what the user closed stays closed when the pulse refreshes.
    m_restoring = true;
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
            const QModelIndex i = m_proxy->index(row, 0, parent);
            if (m_proxy->rowCount(i) == 0) {
                continue;
            }
            m_view->setExpanded(
                i, !m_collapsed.contains(i.data(PulseModel::GroupKeyRole).toString()));
            walk(i);
        }
    };
    walk({});
    m_restoring = false;
}

void PulsePage::updateSummary()
{
    const int jobs = int(m_model->jobs().size());
    m_stack->setCurrentWidget(jobs == 0 ? static_cast<QWidget *>(m_empty) : m_view);
    QStringList parts { PulseModel::jobCountText(jobs) };
    if (m_model->failingJobs() > 0) {
        parts << tr("%n failing", nullptr, m_model->failingJobs());
    }
    if (m_model->overdueJobs() > 0) {
        parts << tr("%n overdue", nullptr, m_model->overdueJobs());
    }
    if (const Models::ActiveRuns now = m_model->activeRuns(); !now.isEmpty()) {
        parts << PulseModel::activeRunsText(now);
    }
    if (m_model->isStale()) {
        parts << tr("from the history, not refreshed yet");
    }
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

QString PulsePage::summaryText() const
{
    return m_summary->text();
}

} // namespace Dbtc::Ui
