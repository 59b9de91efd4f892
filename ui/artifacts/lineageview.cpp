// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/artifacts/lineageview.h"

#include "artifacts/artifactindex.h"
#include "artifacts/lineagegraph.h"
#include "ui/artifacts/lineagecanvas.h"
#include "ui/artifacts/selectionbar.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Dbtc::Ui {

namespace {

QSpinBox *depthBox(const QString &tip, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(-1, 50);
    box->setSpecialValueText(LineageView::tr("all"));
    box->setValue(2);
    box->setToolTip(tip);
    box->setAccelerated(true);
    return box;
}

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}

} // namespace

LineageView::LineageView(QWidget *parent)
    : QWidget(parent)
    , m_canvas(new LineageCanvas(this))
    , m_up(depthBox(tr("How many levels of parents to show"), this))
    , m_down(depthBox(tr("How many levels of children to show"), this))
    , m_tests(new QCheckBox(tr("Tests"), this))
    , m_count(new QLabel(this))
    , m_selectionBar(new SelectionBar(this))
{
    m_tests->setToolTip(tr("Show the tests on each node"));
    auto *zoomOut = toolButton(QStringLiteral("\u2212"), tr("Zoom out"), this);
    auto *zoomIn = toolButton(QStringLiteral("+"), tr("Zoom in"), this);
    auto *fit =
        toolButton(tr("Fit"), tr("Show the whole graph (or double-click the background)"), this);
    auto *focus = toolButton(tr("Focus"), tr("Centre on the selected node"), this);
    auto *exportButton = toolButton(tr("Export\u2026"), tr("Save the graph as PNG or SVG"), this);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 4, 8, 4);
    bar->addWidget(new QLabel(tr("Upstream"), this));
    bar->addWidget(m_up);
    bar->addSpacing(8);
    bar->addWidget(new QLabel(tr("Downstream"), this));
    bar->addWidget(m_down);
    bar->addSpacing(8);
    bar->addWidget(m_tests);
    bar->addSpacing(12);
    bar->addWidget(m_count);
    bar->addStretch();
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addWidget(fit);
    bar->addWidget(focus);
    bar->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_selectionBar);
    layout->addWidget(m_canvas, 1);

    connect(m_up, &QSpinBox::valueChanged, this, &LineageView::relayout);
    connect(m_down, &QSpinBox::valueChanged, this, &LineageView::relayout);
    connect(m_tests, &QCheckBox::toggled, this, &LineageView::relayout);
    connect(m_selectionBar,
        &SelectionBar::selectionChanged,
        this,
        [this](std::shared_ptr<const std::vector<std::uint32_t>> entities) {
            m_selected = std::move(entities);
            relayout();
        });
    connect(zoomOut, &QToolButton::clicked, m_canvas, [this] {
        m_canvas->zoomBy(1 / 1.25);
    });
    connect(zoomIn, &QToolButton::clicked, m_canvas, [this] {
        m_canvas->zoomBy(1.25);
    });
    connect(fit, &QToolButton::clicked, m_canvas, &LineageCanvas::fitToView);
    connect(focus, &QToolButton::clicked, m_canvas, &LineageCanvas::centerOnFocus);
    connect(exportButton, &QToolButton::clicked, this, &LineageView::exportWithDialog);
    connect(m_canvas, &LineageCanvas::nodeClicked, this, [this](std::uint32_t entity) {
        if (int(entity) != m_focus) {
            setFocusEntity(int(entity));
        }
        emit nodeActivated(Models::toQString(m_index->entities()[entity].uniqueId));
    });
}

void LineageView::setIndex(std::shared_ptr<const Models::ArtifactIndex> index)
{
    m_index = std::move(index);
    m_focus = -1;
    m_selected.reset();
    m_selectionBar->setIndex(m_index); // a new manifest: the boxes' completions follow it
    relayout();
}

void LineageView::setFocusEntity(int entity)
{
    if (entity == m_focus) {
        return;
    }
    m_focus = entity;
    relayout();
}

void LineageView::setDepth(int upstream, int downstream)
{
    const QSignalBlocker a(m_up), b(m_down);
    m_up->setValue(upstream);
    m_down->setValue(downstream);
    relayout();
}

void LineageView::setShowTests(bool show)
{
    m_tests->setChecked(show); // toggled() relayouts
}

void LineageView::relayout()
{
    if (!m_index || m_focus < 0 || std::size_t(m_focus) >= m_index->entities().size()) {
        m_canvas->setGraph(m_index, {});
        m_count->clear();
        return;
    }
    const bool tests = m_tests->isChecked();
    const Models::Entity *first = m_index->entities().data();
    Models::LineageFilter filter;
    if (!tests || m_selected) {
        // The walk stops at a node the filter refuses, so a selection narrows the lineage to
        // its own paths, as dbt docs' graph does.
        filter = [tests, selected = m_selected, first](const Models::Entity &e) {
            if (!tests
                && (e.type == Models::ResourceType::Test
                    || e.type == Models::ResourceType::UnitTest)) {
                return false;
            }
            return !selected
                || std::binary_search(
                    selected->cbegin(), selected->cend(), std::uint32_t(&e - first));
        };
    }
    // the focus itself always shows, even when it is a test
    m_canvas->setGraph(m_index,
        Models::layoutLineage(
            *m_index, std::uint32_t(m_focus), m_up->value(), m_down->value(), filter));
    const int n = m_canvas->nodeCount();
    m_count->setText(n == 1 ? tr("no lineage at this depth") : tr("%n node(s)", nullptr, n));
}

bool LineageView::exportImage(const QString &fileName) const
{
    return m_canvas->exportTo(fileName);
}

void LineageView::exportWithDialog()
{
    QString name = QStringLiteral("lineage.png");
    if (m_index && m_focus >= 0) {
        name = Models::toQString(m_index->entities()[std::size_t(m_focus)].name)
            + QStringLiteral("-lineage.png");
    }
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export lineage"), name, tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (file.isEmpty()) {
        return;
    }
    if (!exportImage(file)) {
        QMessageBox::warning(this, tr("Export lineage"), tr("Could not write %1.").arg(file));
    }
}

} // namespace Dbtc::Ui
