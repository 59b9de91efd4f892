// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rundetail/triageview.h"

#include "models/common/timetext.h"
#include "models/rundetail/triagefetcher.h"
#include "models/rundetail/triagehistory.h"
#include "ui/rundetail/triagenodepanel.h"
#include "ui/widgets/statusstyle.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Dbtc::Ui {

namespace {

enum Column { StatusCol, NodeCol, TypeCol, StepCol, FailuresCol, TimeCol, ColumnCount };

constexpr int StepRole = Qt::UserRole + 1;
constexpr int NodeRole = Qt::UserRole + 2;

} // namespace

TriageView::TriageView(QWidget *parent)
    : QWidget(parent)
    , m_source(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_panel(new TriageNodePanel(this))
    , m_tail(new QPlainTextEdit(this))
{
    m_source->setWordWrap(true);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels(
        { tr("Status"), tr("Node"), tr("Type"), tr("Step"), tr("Failures"), tr("Time") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Failing nodes"));
    m_list->header()->setSectionResizeMode(NodeCol, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_tail->setReadOnly(true);
    m_tail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tail->setAccessibleName(tr("Tail of the step log"));
    m_tail->hide();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 2);
    leftLayout->addWidget(m_tail, 3);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(scroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({ 340, 1000 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_source);
    layout->addWidget(split, 1);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &TriageView::showCurrent);
    connect(
        m_panel, &TriageNodePanel::openArtifactRequested, this, &TriageView::openArtifactRequested);
    rebuild();
}

void TriageView::bind(Models::TriageFetcher *fetcher, Models::TriageHistory *history)
{
    if (fetcher == m_fetcher && history == m_history) {
        return;
    }
    if (m_fetcher) {
        disconnect(m_fetcher, nullptr, this, nullptr);
    }
    if (m_history) {
        disconnect(m_history, nullptr, this, nullptr);
    }
    m_fetcher = fetcher;
    m_history = history;
    if (m_fetcher) {
        connect(m_fetcher, &Models::TriageFetcher::stepChanged, this, &TriageView::rebuild);
    }
    if (m_history) {
        connect(m_history, &Models::TriageHistory::updated, this, &TriageView::updateHistory);
    }
    rebuild();
}

void TriageView::setRun(const Api::Run &run)
{
    // Another run (or none): what is listed belonged to the previous one.
    const bool another = run.id != m_run.id;
    m_run = run;
    if (another) {
        rebuild();
    }
}

int TriageView::nodeCount() const
{
    return m_list->topLevelItemCount();
}

QString TriageView::sourceText() const
{
    return m_source->text();
}

void TriageView::rebuild()
{
    const QString keepId = m_panel->shownUniqueId();
    static const QList<Models::StepTriage> none;
    const auto &steps = m_fetcher ? m_fetcher->steps() : none;
    QStringList sources;
    QString tail;
    bool loading = false;
    m_list->setUpdatesEnabled(false);
    const QSignalBlocker block(m_list);
    m_list->clear();
    QTreeWidgetItem *keep = nullptr;
    for (const Models::StepTriage &s : steps) {
        loading = loading || s.loading;
        if (s.loading) {
            sources << tr("Step %1 (%2): reading its artifacts…").arg(s.stepIndex).arg(s.stepName);
            continue;
        }
        QString line = tr("Step %1 (%2): from %3.")
                           .arg(s.stepIndex)
                           .arg(s.stepName, Models::triageSourceText(s.source));
        if (s.source != Models::TriageSource::RunResults && !s.tried.isEmpty()) {
            // The attempts end with API messages that have their own full stop ("try again
            // later."): one more made "again..".
            QString tried = s.tried.join(QStringLiteral("; "));
            while (tried.endsWith(u'.')) {
                tried.chop(1);
            }
            line += QLatin1Char(' ') + tr("Tried first: %1.").arg(tried);
        }
        sources << line;
        if (s.source == Models::TriageSource::LogTail) {
            tail += (tail.isEmpty() ? QString() : QStringLiteral("\n\n")) + s.logTail;
        }
        for (qsizetype i = 0; i < s.nodes.size(); ++i) {
            const Models::TriageNode &n = s.nodes.at(i);
            auto *item = new QTreeWidgetItem(m_list);
            const StatusLook look = nodeStatusLook(n.status);
            item->setIcon(StatusCol, nodeStatusIcon(n.status));
            item->setText(StatusCol, n.status);
            item->setForeground(StatusCol, look.color());
            item->setText(NodeCol, n.name);
            item->setToolTip(NodeCol, n.uniqueId.isEmpty() ? n.name : n.uniqueId);
            item->setText(TypeCol, n.resourceType);
            item->setText(StepCol, QString::number(s.stepIndex));
            item->setText(
                FailuresCol, n.failures >= 0 ? QLocale().toString(n.failures) : QString());
            item->setText(TimeCol,
                n.executionTime > 0 ? Models::executionTimeText(n.executionTime) : QString());
            item->setData(0, StepRole, s.stepIndex);
            item->setData(0, NodeRole, int(i));
            if (!keep && !n.uniqueId.isEmpty() && n.uniqueId == keepId) {
                keep = item;
            }
        }
        if (m_history && !s.nodes.isEmpty() && !s.nodes.first().uniqueId.isEmpty()) {
            m_history->request(m_run, s.stepIndex, [&] {
                QStringList ids;
                for (const Models::TriageNode &n : s.nodes) {
                    ids << n.uniqueId;
                }
                return ids;
            }());
        }
    }
    if (steps.isEmpty()) {
        sources << (Api::isInProgress(m_run.status)
                ? tr("The run is still in progress: failures are listed once it ends.")
                : tr("No step failed in this run."));
    }
    m_source->setText(sources.join(QLatin1Char('\n')));
    for (int c = 0; c < ColumnCount; ++c) {
        if (c != NodeCol) {
            m_list->resizeColumnToContents(c);
        }
    }
    m_list->setColumnHidden(StepCol, steps.size() < 2);
    m_list->setUpdatesEnabled(true);
    m_tail->setPlainText(tail);
    m_tail->setVisible(!tail.isEmpty());
    m_list->setVisible(m_list->topLevelItemCount() > 0 || tail.isEmpty());
    if (!keep && m_list->topLevelItemCount() > 0) {
        keep = m_list->topLevelItem(0);
    }
    m_list->setCurrentItem(keep);
    showCurrent();
}

void TriageView::showCurrent()
{
    QTreeWidgetItem *item = m_list->currentItem();
    const Models::StepTriage *s =
        item && m_fetcher ? m_fetcher->step(item->data(0, StepRole).toInt()) : nullptr;
    const int i = item ? item->data(0, NodeRole).toInt() : -1;
    if (!s || i < 0 || i >= s->nodes.size()) {
        m_panel->clear();
        return;
    }
    m_panel->setNode(s->nodes.at(i), s->stepIndex);
    updateHistory();
}

void TriageView::updateHistory()
{
    const QString id = m_panel->shownUniqueId();
    if (id.isEmpty() || !m_history) {
        return;
    }
    const Models::NodeHistory h = m_history->history(id);
    QString summary = h.summary(m_run.id, m_run.gitSha);
    if (!m_history->error().isEmpty()) {
        summary = tr("Could not read the job's earlier runs: %1").arg(m_history->error());
    }
    m_panel->setHistory(summary, h.shasBetween);
}

} // namespace Dbtc::Ui
