// SPDX-License-Identifier: GPL-3.0-or-later
// The content page of ArtifactBrowser: node tree with search and filters, and the tabs.
#include "artifacts/artifactindex.h"
#include "models/artifacts/nodetreemodel.h"
#include "models/artifacts/pagehistory.h"
#include "models/artifacts/resultstablemodel.h"
#include "ui/artifacts/artifactbrowser.h"
#include "ui/artifacts/freshnessview.h"
#include "ui/artifacts/lineageview.h"
#include "ui/artifacts/nodepage.h"
#include "ui/artifacts/projectgraphview.h"
#include "ui/artifacts/resultsview.h"
#include "ui/artifacts/selectionbar.h"
#include "ui/widgets/statusdelegate.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Dbtc::Ui {

using Models::NodeTreeModel;
using Models::ResourceType;

namespace {

// Expanding everything is what one wants for a handful of hits, and what freezes a view
// with 100k rows.
constexpr int kExpandAllBelow = 400;

// Disabled nodes read as disabled (italic from the model, dimmed here): the model says what a
// node is, the palette says how that looks.
class NodeNameDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(NodeTreeModel::DisabledRole).toBool()) {
            option->palette.setBrush(
                QPalette::Text, option->palette.brush(QPalette::Disabled, QPalette::Text));
        }
    }
};

} // namespace

QWidget *ArtifactBrowser::buildContent()
{
    auto *content = new QWidget(this);
    m_search = new QLineEdit(content);
    m_search->setPlaceholderText(
        tr("Search name, path, tag\u2026  (tag:x mat:table status:error path:marts)"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(
        tr("Words match name, unique_id, path and tags. Narrow with tag:, mat:, status:, "
           "type:, path: and pkg:. status:problem finds errors, failures and warnings."));
    auto *find = new QAction(content);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    content->addAction(find);

    m_typeFilter = new QComboBox(content);
    m_typeFilter->addItem(tr("All types"), -1);
    for (ResourceType t : { ResourceType::Model,
             ResourceType::Source,
             ResourceType::Seed,
             ResourceType::Snapshot,
             ResourceType::Test,
             ResourceType::UnitTest,
             ResourceType::Exposure,
             ResourceType::Metric,
             ResourceType::SemanticModel,
             ResourceType::Analysis,
             ResourceType::Macro }) {
        m_typeFilter->addItem(Models::resourceTypeTitle(t), int(t));
    }
    m_statusFilter = new QComboBox(content);
    m_statusFilter->addItem(tr("Any result"), QString());
    m_statusFilter->addItem(tr("Problems"), QStringLiteral("problem"));
    for (const char *s : { "error", "fail", "warn", "skipped", "success", "pass" }) {
        m_statusFilter->addItem(QString::fromLatin1(s), QString::fromLatin1(s));
    }
    m_statusFilter->addItem(tr("Not run"), QStringLiteral("none"));
    m_matchLabel = new QLabel(content);
    m_matchLabel->setForegroundRole(QPalette::PlaceholderText);

    m_tree = new QTreeView(content);
    m_tree->setModel(m_model);
    auto *status = new StatusDelegate(m_tree);
    status->setResultStatusRole(NodeTreeModel::ResultStatusRole);
    m_tree->setItemDelegateForColumn(NodeTreeModel::StatusColumn, status);
    m_tree->setItemDelegateForColumn(NodeTreeModel::NameColumn, new NodeNameDelegate(m_tree));
    m_tree->setUniformRowHeights(true); // keeps 100k-row trees fast
    m_tree->setAlternatingRowColors(false);
    m_tree->setIndentation(14); // five levels deep (type, package, folders) must not eat the names
    m_tree->setTextElideMode(Qt::ElideMiddle); // test names differ at the end, not the start
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(NodeTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(
        NodeTreeModel::MaterializedColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(
        NodeTreeModel::StatusColumn, QHeaderView::ResizeToContents);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_typeFilter, 1);
    filters->addWidget(m_statusFilter, 1);
    auto *left = new QWidget(content);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->addWidget(m_search);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addWidget(m_matchLabel);

    m_nodePage = new NodePage(content);
    m_lineage = new LineageView(content);
    m_projectGraph = new ProjectGraphView(content);
    m_results = new ResultsView(content);
    m_freshness = new FreshnessView(content);
    m_tabs = new QTabWidget(content);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_nodePage, tr("Node"));
    m_tabs->addTab(m_lineage, tr("Lineage"));
    m_tabs->addTab(m_projectGraph, tr("Project graph"));
    m_tabs->setCornerWidget(buildHistoryButtons(content), Qt::TopLeftCorner);
    m_tabs->addTab(m_results, tr("Run results"));
    m_tabs->addTab(m_freshness, tr("Source freshness"));

    auto *splitter = new QSplitter(Qt::Horizontal, content);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 430, 850 });
    // dbt's --select/--exclude narrow the tree and the project graph alike
    m_selectionBar = new SelectionBar(content);
    connect(m_selectionBar,
        &SelectionBar::selectionChanged,
        this,
        [this](std::shared_ptr<const std::vector<std::uint32_t>> entities) {
            if (entities && m_index) {
                auto mask = std::make_shared<std::vector<char>>(m_index->entities().size(), 0);
                for (std::uint32_t e : *entities) {
                    (*mask)[e] = 1;
                }
                m_selected = std::move(mask);
                m_projectGraph->setOnly(*entities);
            } else {
                m_selected.reset();
                m_projectGraph->setOnly({});
            }
            applyFilter();
        });
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_selectionBar);
    layout->addWidget(splitter, 1);

    auto queueFilter = [this] {
        // coalesce a burst of keystrokes into one rebuild, but never wait on a timer
        if (m_filterQueued) {
            return;
        }
        m_filterQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_filterQueued = false;
            applyFilter();
        });
    };
    connect(m_search, &QLineEdit::textChanged, this, queueFilter);
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, queueFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, queueFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter opens the best hit: the first node row in the filtered tree
        // (groups sort before nodes, so the first child chain always ends in a node)
        QModelIndex row = m_model->index(0, 0);
        while (row.isValid() && m_model->entityAt(row) < 0) {
            row = m_model->index(0, 0, row);
        }
        if (row.isValid()) {
            showEntity(m_model->entityAt(row), true);
        }
    });
    connect(m_tree->selectionModel(),
        &QItemSelectionModel::currentChanged,
        this,
        [this](const QModelIndex &current) {
            const int entity = m_model->entityAt(current);
            if (entity >= 0 && entity != m_nodePage->currentEntity()) {
                showEntity(entity, false);
            }
        });
    auto open = [this](const QString &uniqueId) {
        showNode(uniqueId);
    };
    connect(m_nodePage, &NodePage::nodeActivated, this, open);
    connect(m_lineage, &LineageView::nodeActivated, this, [this](const QString &uniqueId) {
        const int tab = m_tabs->currentIndex();
        showNode(uniqueId);
        m_tabs->setCurrentIndex(tab); // clicking in the graph keeps the graph in view
    });
    connect(
        m_projectGraph, &ProjectGraphView::nodeActivated, this, [this](const QString &uniqueId) {
            const int tab = m_tabs->currentIndex();
            showNode(uniqueId);
            m_tabs->setCurrentIndex(tab); // a click in the graph keeps the graph in view
        });
    connect(m_results, &ResultsView::nodeActivated, this, open);
    connect(m_freshness, &FreshnessView::nodeActivated, this, open);
    return content;
}

void ArtifactBrowser::setIndex(
    std::shared_ptr<const Models::ArtifactIndex> index, const QString &title)
{
    m_index = std::move(index);
    m_model->setIndex(m_index);
    m_nodePage->setIndex(m_index);
    m_lineage->setIndex(m_index);
    m_projectGraph->setIndex(m_index);
    m_selected.reset();
    m_selectionBar->setIndex(m_index);
    m_history->clear();
    m_results->setIndex(m_index);
    m_freshness->setIndex(m_index);
    applyFilter();

    const int results = m_results->model()->rowCount();
    m_tabs->setTabText(
        ResultsTab, results ? tr("Run results (%1)").arg(results) : tr("Run results"));
    m_tabs->setTabEnabled(ResultsTab, results > 0);
    m_tabs->setTabText(FreshnessTab,
        m_freshness->rowCount() ? tr("Source freshness (%1)").arg(m_freshness->rowCount())
                                : tr("Source freshness"));
    m_tabs->setTabEnabled(FreshnessTab, m_freshness->rowCount() > 0);
    // Open where the news is: failures first, else the node tree's first model.
    const bool hasNodes = m_index && !m_index->entities().empty();
    if (m_results->model()->problemCount() > 0 || (!hasNodes && results > 0)) {
        m_tabs->setCurrentIndex(ResultsTab);
    } else if (!hasNodes && m_freshness->rowCount() > 0) {
        m_tabs->setCurrentIndex(FreshnessTab);
    } else {
        m_tabs->setCurrentIndex(NodeTab);
    }
    m_stack->setCurrentWidget(m_content);
    setTitle(title);
}

QWidget *ArtifactBrowser::buildHistoryButtons(QWidget *parent)
{
    m_history = new Models::PageHistory(this);
    m_back = new QAction(tr("Back"), parent);
    m_back->setShortcut(QKeySequence::Back); // Alt+Left
    m_back->setToolTip(tr("Back to the previous node (Alt+Left)"));
    m_forward = new QAction(tr("Forward"), parent);
    m_forward->setShortcut(QKeySequence::Forward); // Alt+Right
    m_forward->setToolTip(tr("Forward to the next node (Alt+Right)"));
    for (QAction *a : { m_back, m_forward }) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setEnabled(false);
        parent->addAction(a);
    }
    connect(m_back, &QAction::triggered, this, &ArtifactBrowser::goBack);
    connect(m_forward, &QAction::triggered, this, &ArtifactBrowser::goForward);
    connect(m_history, &Models::PageHistory::changed, this, [this] {
        m_back->setEnabled(m_history->canGoBack());
        m_forward->setEnabled(m_history->canGoForward());
    });
    auto *buttons = new QWidget(parent);
    auto *row = new QHBoxLayout(buttons);
    row->setContentsMargins(2, 0, 6, 0);
    row->setSpacing(0);
    for (auto [action, arrow] :
        { std::pair { m_back, Qt::LeftArrow }, std::pair { m_forward, Qt::RightArrow } }) {
        auto *b = new QToolButton(buttons);
        b->setDefaultAction(action);
        b->setArrowType(arrow);
        b->setAutoRaise(true);
        row->addWidget(b);
    }
    return buttons;
}

void ArtifactBrowser::goBack()
{
    showHistoryPage(m_history->back());
}

void ArtifactBrowser::goForward()
{
    showHistoryPage(m_history->forward());
}

void ArtifactBrowser::showHistoryPage(const QString &uniqueId)
{
    if (uniqueId.isEmpty()) {
        return;
    }
    // the page is already the history's current one: visit() in showEntity is a no-op
    const int tab = m_tabs->currentIndex();
    showNode(uniqueId);
    m_tabs->setCurrentIndex(tab == ResultsTab || tab == FreshnessTab ? int(NodeTab) : tab);
}

void ArtifactBrowser::applyFilter()
{
    Models::NodeFilter filter = Models::NodeFilter::parse(m_search->text());
    const int type = m_typeFilter->currentData().toInt();
    if (!filter.type && type >= 0) {
        filter.type = ResourceType(type);
    }
    if (filter.status.isEmpty()) {
        filter.status = m_statusFilter->currentData().toString();
    }
    filter.selected = m_selected;
    const int current = m_nodePage->currentEntity();
    m_model->setFilter(filter);

    const std::size_t total = m_index ? m_index->entities().size() : 0;
    m_matchLabel->setText(filter.isEmpty()
            ? tr("%n node(s)", nullptr, m_model->matchCount())
            : tr("%1 of %2 match").arg(m_model->matchCount()).arg(total));
    if (!filter.isEmpty() && m_model->matchCount() <= kExpandAllBelow) {
        m_tree->expandAll();
    } else {
        m_tree->expandToDepth(filter.isEmpty() ? 0 : 1);
    }
    if (current >= 0) {
        const QModelIndex row = m_model->indexForEntity(std::uint32_t(current));
        if (row.isValid()) {
            m_tree->setCurrentIndex(row); // the page already shows it: currentChanged is a no-op
            m_tree->scrollTo(row);
        }
    }
}

bool ArtifactBrowser::showNode(const QString &uniqueId)
{
    if (!m_index) {
        return false;
    }
    const QByteArray utf8 = uniqueId.toUtf8();
    const int entity =
        m_index->findEntity(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    if (entity < 0) {
        return false;
    }
    showEntity(entity, true);
    return true;
}

void ArtifactBrowser::showEntity(int entity, bool switchToNodeTab)
{
    QModelIndex row = m_model->indexForEntity(std::uint32_t(entity));
    if (!row.isValid()) {
        // the filter hides it: drop the filter rather than show a page the tree cannot find
        const QSignalBlocker a(m_search), b(m_typeFilter), c(m_statusFilter);
        m_search->clear();
        m_typeFilter->setCurrentIndex(0);
        m_statusFilter->setCurrentIndex(0);
        if (m_index->entities()[std::size_t(entity)].type == ResourceType::Macro) {
            m_typeFilter->setCurrentIndex(m_typeFilter->findData(int(ResourceType::Macro)));
        }
        applyFilter();
        row = m_model->indexForEntity(std::uint32_t(entity));
    }
    m_nodePage->showEntity(entity);
    m_lineage->setFocusEntity(entity);
    m_projectGraph->setFocusEntity(entity);
    m_history->visit(m_nodePage->currentUniqueId());
    if (row.isValid()) {
        m_tree->setCurrentIndex(row);
        m_tree->scrollTo(row);
    }
    if (switchToNodeTab) {
        m_tabs->setCurrentIndex(NodeTab);
    }
    m_stack->setCurrentWidget(m_content);
}

} // namespace Dbtc::Ui
