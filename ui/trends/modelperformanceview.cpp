// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/trends/modelperformanceview.h"

#include "models/common/timetext.h"
#include "ui/trends/sparklinedelegate.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Dbtc::Ui {

namespace {

constexpr int kNodeColumn = 0, kFigureColumn = 1, kSparkColumn = 2, kRunColumn = 3;
constexpr int kIdRole = Qt::UserRole + 1, kRunRole = Qt::UserRole + 2, kStepRole = Qt::UserRole + 3;

QString seconds(double s)
{
    return Models::executionTimeText(s);
}

} // namespace

ModelPerformanceView::ModelPerformanceView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_window(new QComboBox(this))
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_summary->setWordWrap(true);
    for (int days : { 7, 30, 90 }) {
        m_window->addItem(tr("Last %n day(s)", nullptr, days), days);
    }
    m_window->setCurrentIndex(1);
    m_window->setAccessibleName(tr("Time window"));
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        Q_EMIT daysChanged(days());
    });
    const QString titles[RankingCount] = {
        tr("Slowest"), tr("Most run"), tr("Most failing"), tr("Fastest growing")
    };
    const QString figures[RankingCount] = { tr("Mean"), tr("Runs"), tr("Failures"), tr("Growth") };
    auto *grid = new QGridLayout;
    for (int r = 0; r < RankingCount; ++r) {
        auto *table = new QTableWidget(0, 4, this);
        table->setHorizontalHeaderLabels(
            { tr("Node"), figures[r], tr("Execution time"), tr("Newest run") });
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setItemDelegateForColumn(kSparkColumn, new SparklineDelegate(table));
        table->horizontalHeader()->setSectionResizeMode(kNodeColumn, QHeaderView::Stretch);
        table->setAccessibleName(titles[r]);
        connect(table, &QTableWidget::cellActivated, this, [this, table](int row, int column) {
            const QTableWidgetItem *node = table->item(row, kNodeColumn);
            if (!node) {
                return;
            }
            const qint64 run = node->data(kRunRole).toLongLong();
            if (column == kRunColumn) {
                Q_EMIT openRunRequested(run);
            } else {
                Q_EMIT nodePageRequested(
                    node->data(kIdRole).toString(), run, node->data(kStepRole).toInt());
            }
        });
        m_tables[r] = table;
        auto *box = new QVBoxLayout;
        auto *heading = new QLabel(titles[r], this);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        box->addWidget(heading);
        box->addWidget(table, 1);
        grid->addLayout(box, r / 2, r % 2);
    }
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_window);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addLayout(grid, 1);
}

void ModelPerformanceView::setTitle(const QString &title)
{
    m_title->setText(title);
}

int ModelPerformanceView::days() const
{
    return m_window->currentData().toInt();
}

void ModelPerformanceView::setDays(int days)
{
    const int i = m_window->findData(days);
    if (i >= 0) {
        m_window->setCurrentIndex(i);
    }
}

void ModelPerformanceView::setLoading()
{
    m_summary->setText(tr("Reading the local history…"));
}

void ModelPerformanceView::setPerformance(const Models::ModelPerformance &p)
{
    fill(Slowest, p.slowest);
    fill(MostRun, p.mostRun);
    fill(MostFailing, p.mostFailing);
    fill(FastestGrowing, p.fastestGrowing);
    if (p.isEmpty()) {
        m_summary->setText(tr("No node results of this environment in the local history over "
                              "the last %n day(s): results are kept for the runs the app "
                              "watches.",
            nullptr,
            p.days));
        return;
    }
    m_summary->setText(
        tr("%1 node results of %n node(s) since %2. Double-click a node for its "
           "page, its newest run to open the run.",
            nullptr,
            p.nodeCount)
            .arg(QLocale().toString(p.resultCount),
                QLocale().toString(p.since.toLocalTime().date(), QLocale::ShortFormat)));
}

void ModelPerformanceView::fill(Ranking ranking, const QList<Models::NodePerformance> &nodes)
{
    QTableWidget *table = m_tables[ranking];
    table->setRowCount(int(nodes.size()));
    for (int row = 0; row < nodes.size(); ++row) {
        const Models::NodePerformance &n = nodes.at(row);
        auto *node = new QTableWidgetItem(n.uniqueId.section(QLatin1Char('.'), -1));
        node->setToolTip(n.uniqueId);
        node->setData(kIdRole, n.uniqueId);
        node->setData(kRunRole, n.newestRunId);
        node->setData(kStepRole, n.newestStep);
        QString figure;
        switch (ranking) {
        case Slowest:
            figure = seconds(n.meanSeconds);
            break;
        case MostRun:
            figure = QLocale().toString(n.runs);
            break;
        case MostFailing:
            figure = tr("%1 (%2 %)")
                         .arg(n.failures)
                         .arg(QLocale().toString(n.failureRate() * 100, 'f', 0));
            break;
        case FastestGrowing:
            figure = tr("+%1").arg(seconds(n.growthSeconds));
            break;
        case RankingCount:
            break;
        }
        auto *value = new QTableWidgetItem(figure);
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *spark = new QTableWidgetItem;
        QVariantList points;
        for (double v : n.sparkline) {
            points << v;
        }
        spark->setData(SparklineDelegate::SparklineRole, points);
        spark->setToolTip(
            tr("Mean %1, longest %2").arg(seconds(n.meanSeconds), seconds(n.maxSeconds)));
        auto *run = new QTableWidgetItem(tr("#%1").arg(n.newestRunId));
        run->setToolTip(tr("Open the newest run that ran %1").arg(n.uniqueId));
        table->setItem(row, kNodeColumn, node);
        table->setItem(row, kFigureColumn, value);
        table->setItem(row, kSparkColumn, spark);
        table->setItem(row, kRunColumn, run);
    }
    table->resizeColumnToContents(kFigureColumn);
    table->resizeColumnToContents(kRunColumn);
    table->setColumnWidth(kSparkColumn, 130);
}

} // namespace Dbtc::Ui
