// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/runspanel.h"

#include "models/common/roles.h"
#include "models/console/runfilterproxymodel.h"
#include "models/console/runlistmodel.h"
#include "models/console/runpoller.h"
#include "ui/console/jobstepspanel.h"
#include "ui/console/runfilterbar.h"
#include "ui/widgets/spinnerclock.h"
#include "ui/widgets/statepage.h"
#include "ui/widgets/statusdelegate.h"
#include "ui/widgets/textcelldelegate.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace Dbtc::Ui {

RunsPanel::RunsPanel(Models::RunListModel *model, Models::RunPoller *poller, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new Models::RunFilterProxyModel(this))
    , m_poller(poller)
    , m_title(new QLabel(this))
    , m_staleTag(new QLabel(tr("cached · refreshing…"), this))
    , m_openButton(new QToolButton(this))
    , m_toolBar(new QToolBar(this))
    , m_filters(nullptr)
    , m_jobSteps(new JobStepsPanel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_state(new StatePage(this))
    , m_statusDelegate(new StatusDelegate(this))
{
    m_proxy->setRunModel(m_model);
    m_filters = new RunFilterBar(m_model, m_proxy, this);

    QFont titleFont = font();
    titleFont.setPointSizeF(font().pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    // The breadcrumb yields to the actions: it is elided from the left (the most specific
    // part stays) instead of widening the window.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->installEventFilter(this);
    m_staleTag->setToolTip(tr("Shown from the offline cache until the first refresh"));
    m_staleTag->setStyleSheet(QStringLiteral("color: palette(mid); font-style: italic;"));
    m_staleTag->hide();
    m_openButton->setText(tr("Open in dbt Cloud"));
    m_openButton->setToolTip(tr("Open the selected run in the browser (Ctrl+Shift+O)"));
    m_openButton->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+O")));
    m_openButton->setEnabled(false);
    connect(m_openButton, &QToolButton::clicked, this, &RunsPanel::openCurrentInBrowser);

    m_statusDelegate->setStatusRole(Models::StatusRole);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new TextCellDelegate(this));
    m_view->setItemDelegateForColumn(Models::RunStatusColumn, m_statusDelegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several runs can be selected to cancel them together.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (m_view->indexAt(pos).isValid()) {
            Q_EMIT contextMenuRequested(m_view->viewport()->mapToGlobal(pos));
        }
    });
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(Models::RunIdColumn, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    // Fixed, uniform row heights: with Interactive rows the header keeps per-row state and
    // every insert at the top of 100,000 rows walks it (measured by bench_console).
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setMinimumSectionSize(1);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(Models::RunJobColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(40);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Runs"));
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // In ems; the job column takes what is left. Times are short ("31m ago"), see timetext.h.
    const double widths[] = { 9.5, 5.5, 14, 8, 7.5, 11, 6.5, 6.5, 6.5, 5.5, 6 };
    for (int c = 0; c < Models::RunColumnCount; ++c) {
        m_view->setColumnWidth(c, int(widths[c] * em));
    }
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const int row = m_model->rowForId(index.data(Models::RunIdRole).toLongLong());
        if (row >= 0) {
            Q_EMIT runActivated(m_model->runAt(row));
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        const auto *run = currentRun();
        m_openButton->setEnabled(run && run->href.isValid());
    });
    connect(m_view->selectionModel(),
        &QItemSelectionModel::selectionChanged,
        this,
        &RunsPanel::selectionChanged);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setAccessibleName(tr("Run actions"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_staleTag);
    header->addWidget(m_toolBar);
    header->addWidget(m_openButton);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_state);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_jobSteps);
    layout->addWidget(m_filters);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_view);

    connect(m_state, &StatePage::actionTriggered, this, [this] {
        if (m_state->kind() == StatePage::Kind::Error) {
            refresh();
        } else {
            m_filters->textEdit()->clear();
            m_filters->clear();
        }
    });
    connect(m_poller, &Models::RunPoller::failed, this, [this](const QString &msg, bool first) {
        m_lastError = msg;
        m_firstLoadFailed = first;
        updateState();
    });
    connect(m_poller, &Models::RunPoller::refreshed, this, [this] {
        m_firstLoadFailed = false;
        updateState();
    });
    connect(m_model, &Models::RunListModel::staleChanged, m_staleTag, &QLabel::setVisible);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved }) {
        connect(m_proxy, signal, this, &RunsPanel::updateState);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RunsPanel::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RunsPanel::updateState);

    // The shared clock's 10 fps tick turns the spinners and paces the live elapsed times.
    connect(SpinnerClock::instance(), &SpinnerClock::tick, this, &RunsPanel::onTick);
    clearScope();
}

RunsPanel::~RunsPanel() = default;

void RunsPanel::setScope(const Models::RunScope &scope, const QString &title)
{
    setTitle(title);
    m_filters->clear();
    m_filters->setScopeLevel(scope.jobId != 0, scope.environmentId != 0);
    if (scope.jobId == 0) {
        m_jobSteps->clear(); // the shell fills it for a job (showLoading, setSteps, ...)
    }
    m_firstLoadFailed = false;
    m_lastError.clear();
    updateState();
}

void RunsPanel::clearScope()
{
    setTitle(tr("Runs"));
    m_jobSteps->clear();
    updateState();
}

Models::RunScope RunsPanel::scope() const
{
    return m_poller->scope();
}

void RunsPanel::setTitle(const QString &title)
{
    m_titleText = title;
    m_title->setToolTip(title);
    // A breadcrumb keeps its last (most specific) parts; a lone name keeps its start.
    const bool crumbs = title.contains(QStringLiteral("›"));
    m_title->setText(m_title->fontMetrics().elidedText(
        title, crumbs ? Qt::ElideLeft : Qt::ElideRight, m_title->width()));
}

bool RunsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_title && event->type() == QEvent::Resize) {
        setTitle(m_titleText);
    }
    return QWidget::eventFilter(watched, event);
}

void RunsPanel::refresh()
{
    m_firstLoadFailed = false;
    m_poller->pollNow();
    updateState();
}

const Models::RunRecord *RunsPanel::currentRun() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        return nullptr;
    }
    const int row = m_model->rowForId(current.data(Models::RunIdRole).toLongLong());
    return row >= 0 ? &m_model->runAt(row) : nullptr;
}

QList<Models::RunRecord> RunsPanel::selectedRuns() const
{
    QList<QModelIndex> rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() < b.row();
    });
    QList<Models::RunRecord> out;
    for (const QModelIndex &i : std::as_const(rows)) {
        const int row = m_model->rowForId(i.data(Models::RunIdRole).toLongLong());
        if (row >= 0) {
            out.append(m_model->runAt(row));
        }
    }
    return out;
}

bool RunsPanel::selectRun(qint64 runId)
{
    const int row = m_model->rowForId(runId);
    if (row < 0) {
        return false;
    }
    const QModelIndex proxy = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!proxy.isValid()) {
        return false; // filtered out
    }
    m_view->selectionModel()->setCurrentIndex(
        proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(proxy);
    return true;
}

void RunsPanel::updateState()
{
    const bool hasScope = m_poller->scope().isValid();
    const bool loaded = m_poller->lastRefresh().isValid() || m_model->isStale();
    if (m_proxy->rowCount() > 0) {
        // Run ids of cell accounts have 14 digits: the column grows to show them whole.
        const QString id = m_proxy->index(0, Models::RunIdColumn).data().toString();
        const int needed = m_view->fontMetrics().horizontalAdvance(id + QStringLiteral("00"));
        if (needed > m_view->columnWidth(Models::RunIdColumn)) {
            m_view->setColumnWidth(Models::RunIdColumn, needed);
        }
        m_stack->setCurrentWidget(m_view);
        return;
    }
    if (!hasScope) {
        m_state->show(StatePage::Kind::Info,
            tr("Pick something to watch"),
            tr("Select an account, project, environment or job on the "
               "left (or press Ctrl+K) to see its runs live."));
    } else if (m_firstLoadFailed && m_model->rowCount() == 0) {
        m_state->show(
            StatePage::Kind::Error, tr("Could not load the runs"), m_lastError, tr("Try again"));
    } else if (!loaded && m_model->rowCount() == 0) {
        m_state->show(StatePage::Kind::Loading,
            tr("Loading runs…"),
            tr("Asking dbt Cloud for the newest runs."));
    } else if (m_model->rowCount() > 0) {
        m_state->show(StatePage::Kind::Empty,
            tr("No runs match the filters"),
            tr("%1 runs are loaded; none of them matches.").arg(m_model->rowCount()),
            tr("Clear filters"));
    } else {
        m_state->show(StatePage::Kind::Empty,
            tr("No runs yet"),
            tr("Nothing has run here. New runs appear as soon as they are "
               "queued, whether scheduled, from CI, the API or the web."));
    }
    m_stack->setCurrentWidget(m_state);
}

void RunsPanel::onTick()
{
    if (!isVisible() || m_stack->currentWidget() != m_view) {
        return;
    }
    ++m_tick;
    bool running = false;
    bool inProgress = false;
    const int first = m_view->rowAt(0);
    const int last = m_view->rowAt(m_view->viewport()->height() - 1);
    const int end = last < 0 ? m_proxy->rowCount() - 1 : last;
    for (int row = std::max(first, 0); row <= end && !running; ++row) {
        const QModelIndex i = m_proxy->index(row, 0);
        const int status = i.data(Models::StatusRole).toInt();
        running = status == int(Api::RunStatus::Running);
        inProgress = inProgress || i.data(Models::InProgressRole).toBool();
    }
    // The spinner needs ~10 fps; live elapsed times once a second; relative times every 30 s.
    if (running || ((inProgress) && m_tick % 10 == 0) || m_tick % 300 == 0) {
        m_view->viewport()->update();
    }
}

void RunsPanel::openCurrentInBrowser()
{
    if (const auto *run = currentRun(); run && run->href.isValid()) {
        QDesktopServices::openUrl(run->href);
    }
}

} // namespace Dbtc::Ui
