// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/artifacts/projectgraphview.h"

#include "artifacts/artifactindex.h"
#include "models/artifacts/graphlayoutjob.h"
#include "models/artifacts/graphscene.h"
#include "ui/artifacts/graphpainter.h"
#include "ui/artifacts/lineageexport.h"
#include "ui/artifacts/projectgraphcanvas.h"
#include "ui/widgets/palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Dbtc::Ui {

using Models::GraphGrouping;

namespace {

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}

bool containsText(std::string_view haystack, const QByteArray &needle)
{
    const auto it = std::search(
        haystack.begin(), haystack.end(), needle.begin(), needle.end(), [](char a, char b) {
            return std::tolower(static_cast<unsigned char>(a)) == b;
        });
    return it != haystack.end();
}

} // namespace

ProjectGraphView::ProjectGraphView(QWidget *parent)
    : QWidget(parent)
    , m_job(new Models::GraphLayoutJob(this))
    , m_canvas(new ProjectGraphCanvas(this))
    , m_groupingBox(new QComboBox(this))
    , m_tests(new QCheckBox(tr("Tests"), this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_busy(new QWidget(this))
    , m_busyText(new QLabel(m_busy))
    , m_progress(new QProgressBar(m_busy))
{
    m_groupingBox->addItem(tr("Package \u2192 folder"), int(GraphGrouping::PackageFolder));
    m_groupingBox->addItem(tr("Resource type"), int(GraphGrouping::ResourceType));
    m_groupingBox->addItem(tr("Selection"), int(GraphGrouping::Selection));
    m_groupingBox->addItem(tr("Every node"), int(GraphGrouping::None));
    m_groupingBox->setToolTip(tr("How nodes are folded into groups (Selection: what --select "
                                 "picks, in one group among the rest); double-click a group to "
                                 "open it, click an open group's title to fold it again"));
    m_tests->setChecked(m_options.includeTests);
    m_tests->setToolTip(tr("Show tests as nodes of the graph"));
    m_search->setPlaceholderText(tr("Find a node\u2026"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Enter pans and zooms to the next node whose name or unique_id "
                            "contains the text"));
    m_search->setMaximumWidth(260);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *zoomOut = toolButton(QStringLiteral("\u2212"), tr("Zoom out"), this);
    auto *zoomIn = toolButton(QStringLiteral("+"), tr("Zoom in"), this);
    auto *fit =
        toolButton(tr("Fit"), tr("Show the whole graph (or double-click the background)"), this);
    auto *clearPath = toolButton(tr("Clear path"),
        tr("Shift+click a second node to light every path between it and the selected one; "
           "this clears it"),
        this);
    auto *exportButton = toolButton(tr("Export\u2026"), tr("Save as PNG or SVG"), this);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("This view\u2026"), this, [this] {
        exportWithDialog(false);
    });
    exportMenu->addAction(tr("The whole graph\u2026"), this, [this] {
        exportWithDialog(true);
    });
    exportButton->setMenu(exportMenu);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 4, 8, 4);
    bar->addWidget(new QLabel(tr("Group by"), this));
    bar->addSpacing(4); // the bar has no spacing of its own: the label touched its box
    bar->addWidget(m_groupingBox);
    bar->addSpacing(8);
    bar->addWidget(m_tests);
    bar->addSpacing(8);
    bar->addWidget(m_search, 1);
    bar->addSpacing(8);
    bar->addWidget(m_count);
    bar->addStretch();
    bar->addWidget(clearPath);
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addWidget(fit);
    bar->addWidget(exportButton);

    // the progress strip: the old graph stays usable underneath while a layout runs
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(320);
    auto *cancel = new QPushButton(tr("Cancel"), m_busy);
    connect(cancel, &QPushButton::clicked, this, &ProjectGraphView::cancelLayout);
    auto *busyLayout = new QHBoxLayout(m_busy);
    busyLayout->setContentsMargins(8, 2, 8, 2);
    busyLayout->addWidget(m_busyText);
    busyLayout->addWidget(m_progress, 1);
    busyLayout->addWidget(cancel);
    busyLayout->addStretch();
    m_busy->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_busy);
    layout->addWidget(m_canvas, 1);

    connect(m_groupingBox, &QComboBox::currentIndexChanged, this, [this] {
        setGrouping(GraphGrouping(m_groupingBox->currentData().toInt()));
    });
    connect(m_tests, &QCheckBox::toggled, this, &ProjectGraphView::setShowTests);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        search(m_search->text());
    });
    connect(zoomOut, &QToolButton::clicked, m_canvas, [this] {
        m_canvas->zoomBy(1 / 1.25);
    });
    connect(zoomIn, &QToolButton::clicked, m_canvas, [this] {
        m_canvas->zoomBy(1.25);
    });
    connect(fit, &QToolButton::clicked, m_canvas, &ProjectGraphCanvas::fitToView);
    connect(clearPath, &QToolButton::clicked, m_canvas, [this] {
        m_canvas->setPath(-1, -1);
    });
    connect(m_canvas, &ProjectGraphCanvas::expandRequested, this, &ProjectGraphView::expandGroup);
    connect(
        m_canvas, &ProjectGraphCanvas::collapseRequested, this, &ProjectGraphView::collapseGroup);
    connect(m_canvas, &ProjectGraphCanvas::vertexClicked, this, [this](int v) {
        const auto &vx = m_scene->layout().vertices[std::size_t(v)];
        if (vx.kind == Models::LayoutVertex::Kind::Entity && m_index
            && vx.ref < m_index->entities().size()) {
            m_focusEntity = int(vx.ref);
            emit nodeActivated(Models::toQString(m_index->entities()[vx.ref].uniqueId));
        }
    });
    connect(m_job, &Models::GraphLayoutJob::progress, m_progress, &QProgressBar::setValue);
    connect(m_job, &Models::GraphLayoutJob::finished, this, &ProjectGraphView::showLayout);
    connect(m_job, &Models::GraphLayoutJob::cancelled, this, [this] {
        setBusy(false);
        updateCount();
    });
    updateCount();
}

ProjectGraphView::~ProjectGraphView() = default;

const std::shared_ptr<const Models::GraphScene> &ProjectGraphView::scene() const
{
    return m_scene;
}

bool ProjectGraphView::isLayingOut() const
{
    return m_job->isRunning();
}

void ProjectGraphView::setIndex(std::shared_ptr<const Models::ArtifactIndex> index)
{
    m_job->cancel();
    m_index = std::move(index);
    m_options.expanded.clear();
    m_options.only.clear();
    m_focusEntity = -1;
    m_searchFrom = 0;
    m_scene.reset();
    m_canvas->setScene(nullptr);
    m_stale = true;
    if (isVisible()) {
        relayout();
    }
    updateCount();
}

void ProjectGraphView::setFocusEntity(int entity)
{
    m_focusEntity = entity;
    if (!m_scene) {
        return;
    }
    m_canvas->setSelectedVertex(entity >= 0 ? m_scene->vertexOfEntity(std::uint32_t(entity)) : -1);
}

void ProjectGraphView::setGrouping(GraphGrouping grouping)
{
    {
        const QSignalBlocker block(m_groupingBox);
        m_groupingBox->setCurrentIndex(m_groupingBox->findData(int(grouping)));
    }
    if (grouping == m_options.grouping) {
        return;
    }
    m_options.grouping = grouping;
    m_options.expanded.clear(); // group indices mean nothing under another grouping
    applySelection();
}

void ProjectGraphView::applySelection()
{
    // Grouped by selection, the selection is a group among everything else; otherwise it is
    // what is drawn.
    const bool grouped = m_options.grouping == GraphGrouping::Selection;
    m_options.only = grouped ? std::vector<std::uint32_t> {} : m_selected;
    m_options.selection = grouped ? m_selected : std::vector<std::uint32_t> {};
    m_stale = true;
    if (isVisible()) {
        relayout();
    }
}

void ProjectGraphView::setShowTests(bool show)
{
    {
        const QSignalBlocker block(m_tests);
        m_tests->setChecked(show);
    }
    if (show == m_options.includeTests) {
        return;
    }
    m_options.includeTests = show;
    m_stale = true;
    if (isVisible()) {
        startLayout(true);
    }
}

void ProjectGraphView::setOnly(std::vector<std::uint32_t> entities)
{
    m_selected = std::move(entities);
    if (m_options.grouping == GraphGrouping::Selection) {
        m_options.expanded.clear(); // another selection: the old group index is meaningless
    }
    applySelection();
}

void ProjectGraphView::relayout()
{
    startLayout(false);
}

void ProjectGraphView::startLayout(bool keepView)
{
    m_stale = false;
    if (!m_index) {
        return;
    }
    m_keepViewOnFinish = keepView;
    setBusy(true, tr("Laying out %n node(s)\u2026", nullptr, int(m_index->entities().size())));
    m_job->layout(m_index, m_options);
}

void ProjectGraphView::cancelLayout()
{
    m_job->cancel(); // the graph on screen stays what it was
}

void ProjectGraphView::expandGroup(int group)
{
    if (!m_scene || group < 0 || std::size_t(group) >= m_scene->layout().groups.size()
        || std::find(m_options.expanded.begin(), m_options.expanded.end(), group)
            != m_options.expanded.end()) {
        return;
    }
    m_options.expanded.push_back(group);
    m_keepViewOnFinish = true;
    setBusy(true, tr("Opening %1\u2026").arg(m_scene->layout().groups[std::size_t(group)].label));
    m_job->expand(m_index, m_scene->layoutPtr(), m_options, group);
}

void ProjectGraphView::collapseGroup(int group)
{
    if (!m_scene) {
        return;
    }
    // folding a group folds what was open inside it too
    const auto &groups = m_scene->layout().groups;
    auto inside = [&](int g) {
        for (int guard = 0; g >= 0 && guard < 64; ++guard) {
            if (g == group) {
                return true;
            }
            g = groups[std::size_t(g)].parent;
        }
        return false;
    };
    const auto before = m_options.expanded.size();
    std::erase_if(m_options.expanded, inside);
    if (m_options.expanded.size() != before) {
        startLayout(true);
    }
}

void ProjectGraphView::showLayout(std::shared_ptr<const Models::ProjectLayout> layout)
{
    setBusy(false);
    m_scene = std::make_shared<const Models::GraphScene>(m_index, std::move(layout), m_options);
    m_canvas->setScene(m_scene, m_keepViewOnFinish);
    if (m_focusEntity >= 0) {
        m_canvas->setSelectedVertex(m_scene->vertexOfEntity(std::uint32_t(m_focusEntity)));
    }
    updateCount();
    emit layoutShown();
}

bool ProjectGraphView::search(const QString &text)
{
    if (!m_index || !m_scene || text.trimmed().isEmpty()) {
        return false;
    }
    const QByteArray needle = text.trimmed().toLower().toUtf8();
    if (text != m_lastSearch) {
        m_lastSearch = text;
        m_searchFrom = 0;
    }
    const auto &entities = m_index->entities();
    const std::size_t n = entities.size();
    // prefer a node that is drawn (its own vertex or a group), starting after the last hit
    for (std::size_t step = 0; step < n; ++step) {
        const std::size_t i = (std::size_t(m_searchFrom) + step) % n;
        const Models::Entity &e = entities[i];
        if (!containsText(e.name, needle) && !containsText(e.uniqueId, needle)) {
            continue;
        }
        const int v = m_scene->vertexOfEntity(std::uint32_t(i));
        if (v < 0) {
            continue;
        }
        m_searchFrom = int(i + 1);
        m_focusEntity = int(i);
        m_canvas->revealVertex(v);
        return true;
    }
    return false;
}

void ProjectGraphView::setBusy(bool busy, const QString &text)
{
    m_busyText->setText(text);
    m_progress->setValue(0);
    m_busy->setVisible(busy);
}

void ProjectGraphView::updateCount()
{
    if (!m_scene) {
        m_count->setText(m_index ? QString() : tr("No manifest open"));
        return;
    }
    std::size_t drawn = 0, groups = 0;
    for (const auto &v : m_scene->layout().vertices) {
        drawn += v.kind == Models::LayoutVertex::Kind::Entity;
        groups += v.kind == Models::LayoutVertex::Kind::Group;
    }
    m_count->setText(tr("%1 nodes, %2 groups").arg(drawn).arg(groups));
}

bool ProjectGraphView::exportView(const QString &fileName) const
{
    if (!m_scene) {
        return false;
    }
    const QRectF visible = m_canvas->visibleScene();
    const QSize size = m_canvas->size();
    const bool dark = isDark(palette());
    const GraphPainter painter(*m_scene, dark);
    auto paint = [&](QPainter &p, qreal factor) {
        p.fillRect(QRectF(QPointF(0, 0), QSizeF(size) * factor), color(ColorRole::Surface, dark));
        p.scale(factor * m_canvas->zoom(), factor * m_canvas->zoom());
        p.translate(-visible.topLeft());
        painter.paint(p, visible, m_canvas->zoom() * factor);
    };
    if (QFileInfo(fileName).suffix().compare(u"svg", Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(fileName);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(tr("Project graph"));
        QPainter p;
        if (!p.begin(&svg)) {
            return false;
        }
        paint(p, 1.0);
        return p.end();
    }
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied); // 2x for crisp text
    if (image.isNull()) {
        return false;
    }
    {
        QPainter p(&image);
        paint(p, 2.0);
    }
    return image.save(fileName);
}

void ProjectGraphView::exportWithDialog(bool wholeGraph)
{
    if (!m_scene) {
        return;
    }
    const QString suggested = QStringLiteral("project-graph.svg"); // a file name, not prose
    const QString file = QFileDialog::getSaveFileName(this,
        wholeGraph ? tr("Export the whole project graph") : tr("Export this view"),
        suggested,
        tr("SVG drawing (*.svg);;PNG image (*.png)"));
    if (file.isEmpty()) {
        return;
    }
    QString error;
    const bool ok = wholeGraph ? exportWholeGraph(file, &error) : exportView(file);
    if (!ok) {
        QMessageBox::warning(this,
            tr("Export project graph"),
            error.isEmpty() ? tr("Could not write %1.").arg(file) : error);
    }
}

bool ProjectGraphView::exportWholeGraph(const QString &fileName, QString *error) const
{
    if (!m_scene || !m_index) {
        return false;
    }
    // the layout's own exporter: one SVG element per node carrying its unique_id
    LineageExportOptions options;
    options.dark = isDark(palette());
    return exportLineage(m_scene->layout(), *m_index, fileName, options, error);
}

void ProjectGraphView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_index) {
        relayout();
    }
}

} // namespace Dbtc::Ui
