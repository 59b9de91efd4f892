// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/rundiffview.h"

#include "models/compare/runcomparison.h"
#include "models/compare/rundifftables.h"
#include "models/compare/sqldiffmodel.h"
#include "ui/compare/sqldiffdelegate.h"
#include "ui/widgets/palette.h"
#include "ui/widgets/statepage.h"
#include "ui/widgets/statusdelegate.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Dbtc::Ui {

namespace {

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QSortFilterProxyModel *sortedBy(QAbstractItemModel *model, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(Models::RunDiffSortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    return proxy;
}

} // namespace

RunDiffView::RunDiffView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_state(new StatePage(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_sqlNodes(new QListWidget(this))
    , m_sql(new QTableView(this))
    , m_sqlCaption(new QLabel(this))
    , m_nextChange(new QPushButton(tr("Next Change"), this))
    , m_statusModel(new Models::RunDiffStatusModel(this))
    , m_timingModel(new Models::RunDiffTimingModel(this))
    , m_sqlModel(new Models::SqlDiffModel(this))
    , m_settingsModel(new Models::RunSettingsModel(this))
{
    auto *content = new QWidget(this);
    buildHeader(content);

    // Status: before and after in the status look of every other table.
    m_status = makeTable(sortedBy(m_statusModel, this));
    auto *status = new StatusDelegate(m_status);
    status->setResultStatusRole(Qt::DisplayRole); // the status as dbt wrote it
    m_status->setItemDelegateForColumn(Models::RunDiffStatusModel::BeforeColumn, status);
    m_status->setItemDelegateForColumn(Models::RunDiffStatusModel::AfterColumn, status);
    m_status->horizontalHeader()->setSectionResizeMode(
        Models::RunDiffStatusModel::NodeColumn, QHeaderView::Stretch);
    m_tabs->addTab(m_status, {});

    // Timing: the biggest slow-down first (rankedTimings' order), re-sortable by any column.
    m_timing = makeTable(sortedBy(m_timingModel, this));
    m_timing->horizontalHeader()->setSectionResizeMode(
        Models::RunDiffTimingModel::NodeColumn, QHeaderView::Stretch);
    m_tabs->addTab(m_timing, {});

    // SQL: the changed nodes on the left, the selected one's diff on the right.
    auto *sqlPage = new QSplitter(Qt::Horizontal, this);
    m_sqlNodes->setObjectName(QStringLiteral("sqlNodes"));
    m_sqlNodes->setUniformItemSizes(true);
    sqlPage->addWidget(m_sqlNodes);
    auto *diffPane = new QWidget(sqlPage);
    auto *diffLayout = new QVBoxLayout(diffPane);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    auto *diffBar = new QHBoxLayout;
    m_sqlCaption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    diffBar->addWidget(m_sqlCaption, 1);
    m_nextChange->setToolTip(tr("Scroll to the next block of changed lines (F7)"));
    m_nextChange->setShortcut(Qt::Key_F7);
    diffBar->addWidget(m_nextChange);
    diffLayout->addLayout(diffBar);
    m_sql->setModel(m_sqlModel);
    m_sql->setItemDelegate(new SqlDiffDelegate(m_sql));
    m_sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sql->setShowGrid(false);
    m_sql->setSelectionMode(QAbstractItemView::NoSelection);
    m_sql->setWordWrap(false);
    m_sql->verticalHeader()->hide();
    m_sql->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_sql->verticalHeader()->setDefaultSectionSize(QFontMetrics(m_sql->font()).height() + 4);
    auto *header = m_sql->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(Models::SqlDiffModel::OldTextColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(Models::SqlDiffModel::NewTextColumn, QHeaderView::Stretch);
    const int lineNumberWidth = QFontMetrics(m_sql->font()).horizontalAdvance(u'0') * 5 + 8;
    header->resizeSection(Models::SqlDiffModel::OldLineColumn, lineNumberWidth);
    header->resizeSection(Models::SqlDiffModel::NewLineColumn, lineNumberWidth);
    diffLayout->addWidget(m_sql, 1);
    sqlPage->addWidget(diffPane);
    sqlPage->setStretchFactor(0, 1);
    sqlPage->setStretchFactor(1, 3);
    m_tabs->addTab(sqlPage, {});
    connect(m_sqlNodes, &QListWidget::currentTextChanged, this, &RunDiffView::showSql);
    connect(m_nextChange, &QPushButton::clicked, this, [this] {
        const int current = m_sql->rowAt(0);
        const int next = m_sqlModel->nextChange(std::max(current, 0));
        if (next >= 0) {
            m_sql->scrollTo(m_sqlModel->index(next, 0), QAbstractItemView::PositionAtTop);
        }
    });

    m_settings = makeTable(sortedBy(m_settingsModel, this));
    m_settings->setSortingEnabled(false); // the fixed order: job, environment, ..., the steps
    m_settings->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tabs->addTab(m_settings, {});

    for (QTableView *table : { m_status, m_timing }) {
        connect(table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
            const QString id = index.data(Models::RunDiffUniqueIdRole).toString();
            if (!id.isEmpty() && m_afterRunId != 0) {
                Q_EMIT nodeRequested(id, m_afterRunId);
            }
        });
    }

    auto *layout = qobject_cast<QVBoxLayout *>(content->layout());
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_state);
    m_stack->addWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    updateTabTitles();
    m_state->show(StatePage::Kind::Empty,
        tr("Nothing compared yet"),
        tr("Select two runs in the runs table and choose Compare Runs, or choose Compare with "
           "Last Successful Run on a failed run."));
}

RunDiffView::~RunDiffView() = default;

void RunDiffView::buildHeader(QWidget *content)
{
    auto *layout = new QVBoxLayout(content);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setWordWrap(true);
    m_summary->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_summary);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    styleNotice();
    m_notice->hide();
}

void RunDiffView::styleNotice()
{
    const QPalette &pal = palette();
    m_notice->setStyleSheet(
        QStringLiteral("QLabel { background: %1; border: 1px solid %2; color: %3; padding: 6px; }")
            .arg(color(ColorRole::WarningBackground, pal).name(),
                color(ColorRole::WarningBorder, pal).name(),
                color(ColorRole::WarningText, pal).name()));
}

void RunDiffView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) { // the theme changed: light or dark tints
        styleNotice();
    }
}

QTableView *RunDiffView::makeTable(QSortFilterProxyModel *proxy)
{
    auto *table = new QTableView(this);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder); // the model's own order until a click
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

void RunDiffView::showLoading(const QString &what)
{
    m_state->show(StatePage::Kind::Loading, tr("Comparing runs"), what);
    m_stack->setCurrentWidget(m_state);
}

void RunDiffView::showFailure(const QString &message)
{
    m_state->show(StatePage::Kind::Error, tr("These runs cannot be compared"), message);
    m_stack->setCurrentWidget(m_state);
}

void RunDiffView::setResult(const Models::RunComparisonResult &result)
{
    m_diff = result.diff;
    m_beforeRunId = result.before.id;
    m_afterRunId = result.after.id;
    m_title->setText(tr("%1 → %2").arg(result.beforeLabel, result.afterLabel));

    QStringList where;
    if (!result.after.jobName.isEmpty()) {
        where << (result.before.jobName == result.after.jobName
                ? result.after.jobName
                : tr("%1 / %2").arg(result.before.jobName, result.after.jobName));
    }
    if (!result.after.environmentName.isEmpty()) {
        where << result.after.environmentName;
    }
    if (!result.shaRange.isEmpty()) {
        where << tr("commits %1").arg(result.shaRange);
    }
    m_subtitle->setText(where.join(QStringLiteral(" · ")));
    m_subtitle->setVisible(!where.isEmpty());

    m_statusModel->setDiff(m_diff);
    m_timingModel->setDiff(m_diff);
    m_settingsModel->setChanges(result.settings);
    m_sqlNodes->clear();
    m_sqlModel->clear();
    if (m_diff) {
        for (std::string_view id : m_diff->sqlChanged) {
            m_sqlNodes->addItem(text(id));
        }
    }
    m_sqlCaption->setText(!m_diff || m_diff->sqlCompared
            ? tr("Select a node to see its SQL before and after.")
            : tr("SQL is compared only when both runs have a manifest.json."));
    if (m_sqlNodes->count() > 0) {
        m_sqlNodes->setCurrentRow(0);
    }

    if (m_diff) {
        const auto statusChanges = m_diff->statusChanged.size();
        m_summary->setText(tr("%1 status changes · %2 new · %3 gone · %4 nodes timed in both · "
                              "%5 with changed SQL · %6 different settings or steps")
                               .arg(statusChanges)
                               .arg(m_diff->added.size())
                               .arg(m_diff->removed.size())
                               .arg(m_diff->timing.size())
                               .arg(m_diff->sqlCompared ? QString::number(m_diff->sqlChanged.size())
                                                        : tr("no manifest:"))
                               .arg(result.settings.size()));
    } else {
        m_summary->setText(
            tr("%n different settings or steps", nullptr, int(result.settings.size())));
    }
    m_notice->setText(result.artifactsMessage);
    m_notice->setVisible(!result.artifactsMessage.isEmpty());
    updateTabTitles();
    // Open where the answer is: what broke first, else what got slower, else how they differ.
    if (m_diff && m_statusModel->rowCount() > 0) {
        m_tabs->setCurrentIndex(StatusTab);
    } else if (m_diff && !m_diff->sqlChanged.empty()) {
        m_tabs->setCurrentIndex(SqlTab);
    } else if (!m_diff) {
        m_tabs->setCurrentIndex(SettingsTab);
    } else {
        m_tabs->setCurrentIndex(TimingTab);
    }
    m_stack->setCurrentIndex(1);
}

void RunDiffView::updateTabTitles()
{
    m_tabs->setTabText(StatusTab, tr("Nodes Changed (%1)").arg(m_statusModel->rowCount()));
    m_tabs->setTabText(TimingTab, tr("Timing (%1)").arg(m_timingModel->rowCount()));
    m_tabs->setTabText(SqlTab, tr("SQL (%1)").arg(m_sqlNodes->count()));
    m_tabs->setTabText(SettingsTab, tr("Settings && Steps (%1)").arg(m_settingsModel->rowCount()));
}

void RunDiffView::showSql(const QString &uniqueId)
{
    if (!m_diff || uniqueId.isEmpty()) {
        m_sqlModel->clear();
        return;
    }
    const std::string id = uniqueId.toStdString();
    m_sqlModel->setTexts(
        Models::nodeSql(*m_diff->oldRun, id), Models::nodeSql(*m_diff->newRun, id));
    m_sqlCaption->setText(
        tr("%1 · %n changed lines", nullptr, m_sqlModel->changedRows()).arg(uniqueId));
    m_nextChange->setEnabled(m_sqlModel->changedRows() > 0);
    const int first = m_sqlModel->nextChange(m_sqlModel->rowCount() - 1);
    if (first >= 0) {
        m_sql->scrollTo(m_sqlModel->index(first, 0), QAbstractItemView::PositionAtTop);
    }
}

QString RunDiffView::summaryText() const
{
    return m_summary->text();
}

QString RunDiffView::bannerText() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

} // namespace Dbtc::Ui
