// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/jobstepspanel.h"

#include "models/actions/stepselectionpreview.h"
#include "ui/widgets/palette.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Dbtc::Ui {

namespace {

constexpr int kNodesRole = Qt::UserRole + 1;
constexpr int kFilledRole = Qt::UserRole + 2;

} // namespace

JobStepsPanel::JobStepsPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("Steps"), this))
    , m_status(new QLabel(this))
    , m_collapse(new QToolButton(this))
    , m_tree(new QTreeWidget(this))
{
    QFont bold = font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_collapse->setCheckable(true);
    m_collapse->setChecked(true);
    m_collapse->setAutoRaise(true);
    m_collapse->setToolTip(tr("Show or hide the job's steps"));
    connect(m_collapse, &QToolButton::toggled, this, &JobStepsPanel::updateCollapse);

    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Step"), tr("Selects") });
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAccessibleName(tr("Job steps"));
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->setColumnWidth(0, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 28);
    // A job rarely has more than a few steps; the runs below keep most of the height, and
    // an expanded node list scrolls inside the tree.
    m_tree->setMaximumHeight(fontMetrics().height() * 11);
    connect(m_tree, &QTreeWidget::itemExpanded, this, &JobStepsPanel::fillChildren);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_collapse);
    header->addWidget(m_title);
    header->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addLayout(header);
    layout->addWidget(m_tree);
    updateCollapse();
    clear();
}

void JobStepsPanel::updateCollapse()
{
    const bool open = m_collapse->isChecked();
    m_collapse->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    m_tree->setVisible(open && m_state != State::LoadingJob && m_state != State::Error);
}

void JobStepsPanel::setStatus(State state, const QString &text)
{
    m_state = state;
    const bool bad = state == State::Error;
    const bool muted = state != State::Error && state != State::NoManifest;
    m_status->setStyleSheet(bad ? textStyle(ColorRole::Error)
            : muted             ? textStyle(ColorRole::Muted)
                                : QString());
    m_status->setText(text);
    m_status->setToolTip(text);
    updateCollapse();
}

QString JobStepsPanel::statusText() const
{
    return m_status->text();
}

void JobStepsPanel::showLoading(qint64 jobId)
{
    m_jobId = jobId;
    m_tree->clear();
    setVisible(true);
    setStatus(State::LoadingJob, tr("Loading the job's steps…"));
}

void JobStepsPanel::setSteps(qint64 jobId, const QStringList &steps)
{
    if (jobId != m_jobId) {
        return;
    }
    m_tree->clear();
    for (int i = 0; i < steps.size(); ++i) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, tr("%1. %2").arg(i + 1).arg(steps[i]));
        item->setToolTip(0, steps[i]);
        item->setText(1, tr("evaluating…"));
    }
    if (steps.isEmpty()) {
        setStatus(State::Ready, tr("This job has no steps."));
        return;
    }
    setStatus(State::Evaluating,
        tr("Evaluating the selection against the environment's latest manifest…"));
}

void JobStepsPanel::setPreview(qint64 jobId, const Models::StepSelectionPreview &preview)
{
    if (jobId != m_jobId) {
        return;
    }
    if (!preview.error.isEmpty()) {
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
            m_tree->topLevelItem(i)->setText(1, tr("unknown"));
        }
        setStatus(State::NoManifest, preview.error);
        return;
    }
    const QColor error = color(ColorRole::Error, palette());
    for (int i = 0; i < m_tree->topLevelItemCount() && i < preview.steps.size(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        const Models::StepSelectionCount &s = preview.steps[i];
        if (!s.error.isEmpty()) {
            item->setText(1, tr("cannot select: %1").arg(s.error));
            item->setForeground(1, error);
        } else if (!s.selects) {
            item->setText(1, tr("selects no nodes"));
        } else {
            item->setText(1, tr("selects %1").arg(s.summary()));
            item->setData(0, kNodesRole, s.uniqueIds);
            if (!s.uniqueIds.isEmpty()) {
                item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
                item->setToolTip(1, tr("Expand to list the nodes"));
            }
        }
        item->setToolTip(0, s.command);
    }
    setStatus(State::Ready,
        tr("as of the manifest of run #%1, the environment's last successful run")
            .arg(preview.manifestRunId));
}

void JobStepsPanel::showError(qint64 jobId, const QString &message)
{
    if (jobId != m_jobId) {
        return;
    }
    m_tree->clear();
    setStatus(State::Error, tr("Could not read the job's steps: %1").arg(message));
}

void JobStepsPanel::clear()
{
    m_jobId = 0;
    m_tree->clear();
    setStatus(State::Empty, {});
    setVisible(false);
}

void JobStepsPanel::fillChildren(QTreeWidgetItem *item)
{
    // Thousands of unique ids are listed only when asked for, and only once.
    if (item->parent() || item->data(0, kFilledRole).toBool()) {
        return;
    }
    item->setData(0, kFilledRole, true);
    const QStringList ids = item->data(0, kNodesRole).toStringList();
    QList<QTreeWidgetItem *> children;
    children.reserve(ids.size());
    for (const QString &id : ids) {
        auto *child = new QTreeWidgetItem;
        child->setText(0, id);
        children.append(child);
    }
    item->addChildren(children);
    for (QTreeWidgetItem *child : std::as_const(children)) {
        child->setFirstColumnSpanned(true);
    }
}

QString JobStepsPanel::stepSummary(int step) const
{
    const QTreeWidgetItem *item = m_tree->topLevelItem(step);
    return item ? item->text(1) : QString();
}

QStringList JobStepsPanel::listedNodes(int step) const
{
    QStringList out;
    const QTreeWidgetItem *item = m_tree->topLevelItem(step);
    for (int i = 0; item && i < item->childCount(); ++i) {
        out.append(item->child(i)->text(0));
    }
    return out;
}

} // namespace Dbtc::Ui
