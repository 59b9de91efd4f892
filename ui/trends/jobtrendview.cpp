// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/trends/jobtrendview.h"

#include "api/types/runstatus.h"
#include "models/common/timetext.h"
#include "ui/widgets/palette.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QSpinBox>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace Dbtc::Ui {

namespace {

//! Minutes once runs take longer than a few minutes: "37.5" reads better than "2250".
bool inMinutes(const Models::JobTrend &t)
{
    return t.p90Seconds >= 300;
}

QString durationText(double seconds)
{
    return seconds < 60 ? Models::executionTimeText(seconds)
                        : Models::durationText(qint64(std::lround(seconds)));
}

} // namespace

JobTrendView::JobTrendView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_count(new QSpinBox(this))
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_count->setRange(5, 500);
    m_count->setValue(DefaultRunCount);
    m_count->setPrefix(tr("Last "));
    m_count->setSuffix(tr(" runs"));
    m_count->setAccessibleName(tr("How many runs the chart shows"));
    connect(m_count, &QSpinBox::editingFinished, this, [this] {
        Q_EMIT runCountChanged(m_count->value());
    });
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Run duration trend"));
    m_view->setMinimumHeight(260);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    rebuild();
}

void JobTrendView::setTitle(const QString &title)
{
    m_title->setText(title);
}

int JobTrendView::runCount() const
{
    return m_count->value();
}

void JobTrendView::setMessage(const QString &message)
{
    m_trend = {};
    rebuild();
    m_summary->setText(message);
}

void JobTrendView::setTrend(const Models::JobTrend &trend)
{
    m_trend = trend;
    rebuild();
}

void JobTrendView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        rebuild(); // the series take their colours from the palette
    }
}

QPoint JobTrendView::pointOf(qint64 runId) const
{
    const double scale = inMinutes(m_trend) ? 60.0 : 1.0;
    for (qsizetype i = 0; i < m_trend.points.size(); ++i) {
        const Models::TrendPoint &p = m_trend.points.at(i);
        if (p.runId == runId && !m_chart->series().isEmpty()) {
            const QPointF at =
                m_chart->mapToPosition(QPointF(double(i + 1), double(p.durationSeconds) / scale),
                    m_chart->series().last());
            return m_view->mapFromScene(m_chart->mapToScene(at));
        }
    }
    return {};
}

void JobTrendView::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    const QPalette pal = palette();
    m_chart->setBackgroundBrush(pal.color(QPalette::Base));
    m_chart->setTitleBrush(pal.color(QPalette::Text));
    m_chart->legend()->setLabelColor(pal.color(QPalette::Text));
    if (m_trend.isEmpty()) {
        m_summary->setText(tr("No finished runs of this job in the local history yet: runs are "
                              "kept as the app sees them finish."));
        return;
    }
    const double scale = inMinutes(m_trend) ? 60.0 : 1.0;
    const qsizetype n = m_trend.points.size();

    // The p50-p90 band: where a normal run of this job ends.
    auto *p50 = new QLineSeries, *p90 = new QLineSeries;
    p50->append(
        { QPointF(0.5, m_trend.p50Seconds / scale), QPointF(n + 0.5, m_trend.p50Seconds / scale) });
    p90->append(
        { QPointF(0.5, m_trend.p90Seconds / scale), QPointF(n + 0.5, m_trend.p90Seconds / scale) });
    auto *band = new QAreaSeries(p90, p50);
    band->setName(tr("p50 – p90 (%1 – %2)")
                      .arg(durationText(m_trend.p50Seconds), durationText(m_trend.p90Seconds)));
    QColor fill = color(ColorRole::Accent, pal);
    fill.setAlphaF(0.18);
    band->setBrush(fill);
    QColor edge = color(ColorRole::Accent, pal);
    edge.setAlphaF(0.6);
    band->setPen(QPen(edge, 1, Qt::DashLine));

    auto *line = new QLineSeries;
    line->setName(tr("Duration"));
    line->setPen(QPen(color(ColorRole::SurfaceLine, pal), 1.5));
    auto *ok = new QScatterSeries, *slow = new QScatterSeries, *bad = new QScatterSeries;
    ok->setName(tr("Succeeded"));
    slow->setName(tr("Above p90"));
    bad->setName(tr("Failed or cancelled"));

    const struct
    {
        QScatterSeries *series;
        ColorRole role;
        qreal size;
    } looks[] = { { ok, ColorRole::Success, 8 },
        { bad, ColorRole::Error, 10 },
        { slow, ColorRole::Warning, 13 } };

    for (const auto &look : looks) {
        look.series->setColor(color(look.role, pal));
        look.series->setBorderColor(pal.color(QPalette::Base));
        look.series->setMarkerSize(look.size);
    }
    double top = m_trend.p90Seconds;
    for (qsizetype i = 0; i < n; ++i) {
        const Models::TrendPoint &p = m_trend.points.at(i);
        const QPointF at(double(i + 1), double(p.durationSeconds) / scale);
        top = std::max(top, double(p.durationSeconds));
        line->append(at);
        if (p.aboveP90) {
            slow->append(at);
        } else if (Api::RunStatus(p.status) == Api::RunStatus::Success) {
            ok->append(at);
        } else {
            bad->append(at);
        }
    }
    for (QAbstractSeries *s :
        std::initializer_list<QAbstractSeries *> { band, line, ok, bad, slow }) {
        m_chart->addSeries(s);
    }
    // The markers of the band's edges say nothing: hide them from the legend.
    auto *x = new QValueAxis, *y = new QValueAxis;
    x->setRange(0.5, n + 0.5);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickInterval(std::max<double>(1, std::ceil(n / 10.0)));
    x->setTickAnchor(1);
    x->setTitleText(tr("Runs, oldest to newest"));
    y->setRange(0, top / scale * 1.1 + 0.001);
    y->applyNiceNumbers(); // ticks at 10, 20, 30 minutes, not 9.9, 19.9, 29.8
    y->setTitleText(scale > 1 ? tr("Minutes") : tr("Seconds"));
    for (QValueAxis *axis : { x, y }) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.color(QPalette::Text));
        axis->setGridLineColor(color(ColorRole::SurfaceLine, pal));
        axis->setLinePenColor(color(ColorRole::SurfaceLine, pal));
    }
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : m_chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    // Clicking a point opens its run; hovering one says which run it is.
    const auto indexAt = [this, n](const QPointF &p) {
        return std::clamp<qsizetype>(qsizetype(std::lround(p.x())) - 1, 0, n - 1);
    };
    for (QXYSeries *s : std::initializer_list<QXYSeries *> { line, ok, bad, slow }) {
        connect(s, &QXYSeries::clicked, this, [this, indexAt](const QPointF &p) {
            Q_EMIT openRunRequested(m_trend.points.at(indexAt(p)).runId);
        });
        connect(s, &QXYSeries::hovered, this, [this, indexAt](const QPointF &p, bool on) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            const Models::TrendPoint &t = m_trend.points.at(indexAt(p));
            QToolTip::showText(QCursor::pos(),
                tr("Run #%1, %2\n%3, queued %4\nClick to open the run.")
                    .arg(t.runId)
                    .arg(QLocale().toString(t.createdAt.toLocalTime(), QLocale::ShortFormat),
                        durationText(double(t.durationSeconds)),
                        durationText(double(t.queuedSeconds))),
                m_view);
        });
    }
    m_summary->setText(
        tr("%n run(s): typical %1, p90 %2, %3 above p90. Success rate %4 %. Queued %5 "
           "typically, %6 at worst.",
            nullptr,
            int(n))
            .arg(durationText(m_trend.p50Seconds), durationText(m_trend.p90Seconds))
            .arg(m_trend.aboveP90Count())
            .arg(QLocale().toString(m_trend.successRate * 100, 'f', 0))
            .arg(
                durationText(m_trend.medianQueuedSeconds), durationText(m_trend.maxQueuedSeconds)));
}

} // namespace Dbtc::Ui
