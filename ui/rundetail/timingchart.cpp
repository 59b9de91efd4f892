// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rundetail/timingchart.h"

#include "models/common/timetext.h"
#include "ui/widgets/palette.h"
#include "ui/widgets/statusdelegate.h"
#include "ui/widgets/statusstyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>

namespace Dbtc::Ui {

namespace {

constexpr int kLane = 28;
constexpr int kAxis = 22;
constexpr int kLabel = 140;

bool failed(const Models::NodeTiming &n)
{
    return nodeStatusLook(n.status).role == ColorRole::Error;
}

QString secondsText(qint64 ms)
{
    return Models::executionTimeText(double(ms) / 1000.0);
}

} // namespace

TimingGantt::TimingGantt(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAccessibleName(tr("Model timing by thread"));
}

void TimingGantt::setData(const Models::TimingData &data)
{
    m_data = data;
    m_highlight = data.slowest(5);
    layoutLanes();
}

void TimingGantt::setGrouping(Models::TimingGrouping grouping)
{
    m_grouping = grouping;
    layoutLanes();
}

void TimingGantt::layoutLanes()
{
    m_lanes = m_data.lanes(m_grouping);
    m_laneOfNode.clear();
    m_laneOfNode.reserve(m_data.nodes.size());
    for (const Models::NodeTiming &n : std::as_const(m_data.nodes)) {
        m_laneOfNode << int(m_lanes.indexOf(m_data.laneOf(n, m_grouping)));
    }
    updateGeometry();
    update();
}

QSize TimingGantt::sizeHint() const
{
    return QSize(600, kAxis + kLane * int(std::max<qsizetype>(1, m_lanes.size())) + 8);
}

int TimingGantt::laneTop(int lane) const
{
    return kAxis + lane * kLane;
}

QRectF TimingGantt::barRect(int node) const
{
    const Models::NodeTiming &n = m_data.nodes.at(node);
    const qreal w = width() - kLabel - 12;
    const qreal span = std::max<qint64>(1, m_data.spanMs);
    const int lane = m_laneOfNode.value(node, 0);
    const qreal x0 = kLabel + n.startMs / span * w;
    const qreal x1 = kLabel + n.endMs / span * w;
    return QRectF(x0, laneTop(lane) + 3, std::max<qreal>(2, x1 - x0), kLane - 6);
}

void TimingGantt::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    if (m_data.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No timing data."));
        return;
    }
    // Time axis: about six ticks at round seconds.
    const qreal w = width() - kLabel - 12;
    const qint64 span = std::max<qint64>(1, m_data.spanMs);
    qint64 step = 100;
    for (qint64 s : { 100,
             200,
             500,
             1000,
             2000,
             5000,
             10000,
             15000,
             30000,
             60000,
             120000,
             300000,
             600000,
             1800000,
             3600000 }) {
        step = s;
        if (span / s <= 6) {
            break;
        }
    }
    p.setPen(pal.color(QPalette::Mid));
    for (qint64 t = 0; t <= span; t += step) {
        const qreal x = kLabel + t * w / span;
        p.drawLine(QPointF(x, kAxis - 4), QPointF(x, height()));
        p.drawText(QRectF(x - 40, 0, 80, kAxis - 4), Qt::AlignCenter, secondsText(t));
    }
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(4, laneTop(lane), kLabel - 8, kLane),
            Qt::AlignVCenter | Qt::AlignLeft,
            p.fontMetrics().elidedText(m_lanes.at(lane), Qt::ElideMiddle, kLabel - 8));
    }
    // The critical path under the bars: a line from each node's end to the next one's start,
    // so the wait between them (a busy thread, a slow dependency) shows as a gap.
    const QColor critical = color(ColorRole::Warning, pal);
    const QList<int> &path = m_data.critical.nodes;
    p.setPen(QPen(critical, 2, Qt::DashLine));
    for (qsizetype i = 1; i < path.size(); ++i) {
        const QRectF from = barRect(path.at(i - 1)), to = barRect(path.at(i));
        p.drawLine(QPointF(from.right(), from.center().y()), QPointF(to.left(), to.center().y()));
    }
    const QColor normal = color(ColorRole::Queued, pal), slow = color(ColorRole::Accent, pal),
                 bad = color(ColorRole::Error, pal);
    for (int i = 0; i < m_data.nodes.size(); ++i) {
        const Models::NodeTiming &n = m_data.nodes.at(i);
        const QRectF r = barRect(i);
        const bool highlight = m_highlight.contains(i);
        const QColor c = failed(n) ? bad : (highlight ? slow : normal);
        if (m_data.critical.contains(i)) {
            p.setPen(QPen(critical, 3));
        } else {
            p.setPen(isDark(pal) ? c.lighter(130) : c.darker(130));
        }
        p.setBrush(c);
        p.drawRoundedRect(r, 2, 2);
        if (highlight || failed(n)) {
            const QString label =
                p.fontMetrics().elidedText(n.name, Qt::ElideRight, int(r.width()) - 6);
            if (!label.isEmpty() && r.width() > 30) {
                p.setPen(color(ColorRole::OnStatus, pal));
                p.drawText(r.adjusted(3, 0, -3, 0), Qt::AlignVCenter | Qt::AlignLeft, label);
            }
        }
    }
}

bool TimingGantt::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const QPoint pos = static_cast<QHelpEvent *>(event)->pos();
        for (int i = 0; i < m_data.nodes.size(); ++i) {
            if (barRect(i).adjusted(-1, -2, 1, 2).contains(pos)) {
                const Models::NodeTiming &n = m_data.nodes.at(i);
                QString text = tr("%1 (%2, %3)\n%4 → %5, %6")
                                   .arg(n.uniqueId,
                                       n.status,
                                       n.thread,
                                       secondsText(n.startMs),
                                       secondsText(n.endMs),
                                       secondsText(n.endMs - n.startMs));
                if (m_data.critical.contains(i)) {
                    text += QLatin1Char('\n') + tr("On the critical path");
                }
                QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), text, this);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

TimingChart::TimingChart(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_grouping(new QComboBox(this))
    , m_gantt(new TimingGantt(this))
    , m_table(new QTableWidget(this))
{
    m_summary->setWordWrap(true);
    m_grouping->addItem(tr("By thread"), int(Models::TimingGrouping::Thread));
    m_grouping->addItem(tr("By folder"), int(Models::TimingGrouping::Folder));
    m_grouping->addItem(tr("By resource type"), int(Models::TimingGrouping::ResourceType));
    m_grouping->setAccessibleName(tr("Group the timing chart"));
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        m_gantt->setGrouping(Models::TimingGrouping(m_grouping->currentData().toInt()));
        fitGantt();
    });
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        { tr("Node"), tr("Type"), tr("Status"), tr("Thread"), tr("Duration") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Slowest nodes"));
    auto *status = new StatusDelegate(m_table);
    status->setResultStatusRole(Qt::DisplayRole); // the status as dbt wrote it
    m_table->setItemDelegateForColumn(2, status);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_gantt);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_grouping, 0, Qt::AlignTop);
    layout->addLayout(top);
    layout->addWidget(scroll);
    layout->addWidget(new QLabel(tr("Slowest nodes"), this));
    layout->addWidget(m_table, 1);
    m_scroll = scroll;
}

void TimingChart::setMessage(const QString &message)
{
    m_summary->setText(message);
}

void TimingChart::fitGantt()
{
    // As tall as its lanes (up to half the tab): one thread must not leave a void.
    m_gantt->setMinimumHeight(m_gantt->sizeHint().height());
    m_scroll->setMaximumHeight(
        std::min(m_gantt->sizeHint().height() + 4, std::max(160, height() / 2)));
}

void TimingChart::setData(const Models::TimingData &data)
{
    m_gantt->setData(data);
    fitGantt();
    const QList<int> slowest = data.slowest(SlowestCount);
    m_table->setRowCount(int(slowest.size()));
    for (int row = 0; row < slowest.size(); ++row) {
        const Models::NodeTiming &n = data.nodes.at(slowest.at(row));
        const QStringList cells {
            n.name, n.resourceType, n.status, n.thread, secondsText(n.endMs - n.startMs)
        };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 0) {
                item->setToolTip(n.uniqueId);
            }
            if (c == 4) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (data.isEmpty()) {
        m_summary->setText(tr("This step's run_results.json has no timing (nothing ran, or every "
                              "node was skipped)."));
    } else {
        const Models::NodeTiming &top = data.nodes.at(slowest.first());
        const Models::CriticalPath &path = data.critical;
        const QString basis = path.basis == Models::CriticalPath::Basis::DependsOn
            ? tr("from the manifest's depends_on")
            : tr("inferred from start and end times: no manifest");
        m_summary->setText(
            tr("%n node(s) on %1 thread(s) over %2 of wall clock; the longest is %3 (%4).",
                nullptr,
                int(data.nodes.size()))
                .arg(data.threads.size())
                .arg(secondsText(data.spanMs), top.name, secondsText(top.endMs - top.startMs))
            + QLatin1Char(' ')
            + tr("Critical path (outlined): %n node(s), %1 running and %2 waiting (%3). "
                 "At most %4 ran at once on %5 thread(s).",
                nullptr,
                int(path.nodes.size()))
                  .arg(secondsText(path.busyMs), secondsText(path.waitMs), basis)
                  .arg(data.concurrency.peak)
                  .arg(data.threads.size()));
    }
}

} // namespace Dbtc::Ui
