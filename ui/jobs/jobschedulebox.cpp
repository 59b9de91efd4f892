// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobs/jobschedulebox.h"

#include "models/common/cronschedule.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Dbtc::Ui {

using Models::CronBuilder;

namespace {

QList<int> parseHours(const QString &text)
{
    QList<int> hours;
    const QStringList parts =
        text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        bool ok = false;
        const int h = p.toInt(&ok);
        if (ok && h >= 0 && h <= 23 && !hours.contains(h)) {
            hours << h;
        }
    }
    std::sort(hours.begin(), hours.end());
    return hours;
}

QString hoursText(const QList<int> &hours)
{
    QStringList parts;
    for (const int h : hours) {
        parts << QString::number(h);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

JobScheduleBox::JobScheduleBox(QWidget *parent)
    : QWidget(parent)
    , m_everyN(new QRadioButton(tr("Every"), this))
    , m_atHours(new QRadioButton(tr("At these hours (UTC)"), this))
    , m_custom(new QRadioButton(tr("Custom cron"), this))
    , m_modes(new QButtonGroup(this))
    , m_interval(new QSpinBox(this))
    , m_hours(new QLineEdit(this))
    , m_minute(new QSpinBox(this))
    , m_cron(new QLineEdit(this))
    , m_zoneNote(new QLabel(this))
    , m_preview(new QListWidget(this))
{
    m_everyN->setObjectName(QStringLiteral("scheduleEveryN"));
    m_atHours->setObjectName(QStringLiteral("scheduleAtHours"));
    m_custom->setObjectName(QStringLiteral("scheduleCustom"));
    m_interval->setObjectName(QStringLiteral("scheduleInterval"));
    m_hours->setObjectName(QStringLiteral("scheduleHours"));
    m_minute->setObjectName(QStringLiteral("scheduleMinute"));
    m_cron->setObjectName(QStringLiteral("scheduleCron"));
    m_preview->setObjectName(QStringLiteral("schedulePreview"));
    m_zoneNote->setObjectName(QStringLiteral("scheduleZoneNote"));
    m_modes->addButton(m_everyN, int(CronBuilder::Mode::EveryNHours));
    m_modes->addButton(m_atHours, int(CronBuilder::Mode::AtHours));
    m_modes->addButton(m_custom, int(CronBuilder::Mode::Custom));

    m_interval->setRange(1, 23);
    m_interval->setSuffix(tr(" hour(s)"));
    m_minute->setRange(0, 59);
    m_minute->setPrefix(tr("minute "));
    m_hours->setPlaceholderText(tr("e.g. 6, 18"));
    m_cron->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_cron->setPlaceholderText(QStringLiteral("0 6 * * 1-5")); // no-tr: cron syntax
    m_cron->setToolTip(tr("Five fields: minute hour day-of-month month day-of-week, in UTC"));
    m_zoneNote->setWordWrap(true);
    m_preview->setFocusPolicy(Qt::NoFocus);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    // Five rows, no scrolling: the list is a read-out, not a choice.
    m_preview->setFixedHeight(m_preview->fontMetrics().height() * 5 + 14);

    auto *everyRow = new QHBoxLayout;
    everyRow->addWidget(m_everyN);
    everyRow->addWidget(m_interval);
    everyRow->addStretch();
    auto *hoursRow = new QHBoxLayout;
    hoursRow->addWidget(m_atHours);
    hoursRow->addWidget(m_hours, 1);
    auto *minuteRow = new QHBoxLayout;
    minuteRow->addWidget(new QLabel(tr("Past the hour at"), this));
    minuteRow->addWidget(m_minute);
    minuteRow->addStretch();
    auto *daysRow = new QHBoxLayout;
    const QLocale locale;
    // Monday first on screen, as most calendars show a week; cron numbers Sunday 0.
    for (const int day : { 1, 2, 3, 4, 5, 6, 0 }) {
        auto *box = new QCheckBox(locale.dayName(day == 0 ? 7 : day, QLocale::ShortFormat), this);
        box->setObjectName(QStringLiteral("scheduleDay%1").arg(day));
        box->setProperty("cronDay", day);
        m_days << box;
        daysRow->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &JobScheduleBox::onBuilderChanged);
    }
    daysRow->addStretch();
    auto *customRow = new QHBoxLayout;
    customRow->addWidget(m_custom);
    customRow->addWidget(m_cron, 1);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    auto *when = new QVBoxLayout;
    when->addLayout(everyRow);
    when->addLayout(hoursRow);
    when->addLayout(minuteRow);
    form->addRow(tr("Hours:"), when);
    form->addRow(tr("Days:"), daysRow);
    form->addRow(tr("Cron:"), customRow);
    auto *previewBox = new QVBoxLayout;
    previewBox->addWidget(m_zoneNote);
    previewBox->addWidget(m_preview);
    form->addRow(tr("Next five runs:"), previewBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);

    connect(m_modes, &QButtonGroup::idClicked, this, &JobScheduleBox::onBuilderChanged);
    connect(m_interval, &QSpinBox::valueChanged, this, &JobScheduleBox::onBuilderChanged);
    connect(m_minute, &QSpinBox::valueChanged, this, &JobScheduleBox::onBuilderChanged);
    connect(m_hours, &QLineEdit::textEdited, this, &JobScheduleBox::onBuilderChanged);
    connect(m_cron, &QLineEdit::textEdited, this, &JobScheduleBox::onCronEdited);
    setCron(QStringLiteral("0 6 * * *")); // no-tr: cron
}

JobScheduleBox::~JobScheduleBox() = default;

void JobScheduleBox::setCron(const QString &cron)
{
    showBuilder(CronBuilder::fromCron(cron));
    m_updating = true;
    m_cron->setText(cron.simplified());
    m_updating = false;
    updatePreview();
}

QString JobScheduleBox::cron() const
{
    return m_cron->text().simplified();
}

CronBuilder JobScheduleBox::builder() const
{
    CronBuilder b;
    b.mode = CronBuilder::Mode(m_modes->checkedId());
    b.intervalHours = m_interval->value();
    b.hours = parseHours(m_hours->text());
    b.minute = m_minute->value();
    for (QCheckBox *box : m_days) {
        if (box->isChecked()) {
            b.days << box->property("cronDay").toInt();
        }
    }
    std::sort(b.days.begin(), b.days.end());
    b.customCron = cron();
    return b;
}

void JobScheduleBox::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    updatePreview();
}

void JobScheduleBox::setNow(const QDateTime &utc)
{
    m_now = utc;
    updatePreview();
}

QStringList JobScheduleBox::previewLines() const
{
    QStringList lines;
    for (int i = 0; i < m_preview->count(); ++i) {
        lines << m_preview->item(i)->text();
    }
    return lines;
}

void JobScheduleBox::showBuilder(const CronBuilder &b)
{
    m_updating = true;
    if (QAbstractButton *mode = m_modes->button(int(b.mode))) {
        mode->setChecked(true);
    }
    if (b.mode != CronBuilder::Mode::Custom) {
        m_interval->setValue(b.intervalHours);
        m_hours->setText(hoursText(b.hours));
        m_minute->setValue(b.minute);
        for (QCheckBox *box : m_days) {
            box->setChecked(b.days.contains(box->property("cronDay").toInt()));
        }
    }
    m_updating = false;
    updateEnabled();
}

void JobScheduleBox::onBuilderChanged()
{
    if (m_updating) {
        return;
    }
    CronBuilder b = builder();
    if (b.mode == CronBuilder::Mode::Custom) {
        updateEnabled();
        return;
    }
    m_updating = true;
    m_cron->setText(b.cron());
    m_updating = false;
    updateEnabled();
    updatePreview();
    Q_EMIT changed();
}

void JobScheduleBox::onCronEdited()
{
    if (m_updating) {
        return;
    }
    // Typing a cron the builder can show keeps the builder in step; anything else is custom.
    const CronBuilder b = CronBuilder::fromCron(cron());
    showBuilder(b);
    updatePreview();
    Q_EMIT changed();
}

void JobScheduleBox::updateEnabled()
{
    const auto mode = CronBuilder::Mode(m_modes->checkedId());
    m_interval->setEnabled(mode == CronBuilder::Mode::EveryNHours);
    m_hours->setEnabled(mode == CronBuilder::Mode::AtHours);
    m_minute->setEnabled(mode != CronBuilder::Mode::Custom);
    for (QCheckBox *box : m_days) {
        box->setEnabled(mode != CronBuilder::Mode::Custom);
    }
}

void JobScheduleBox::updatePreview()
{
    m_preview->clear();
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const bool zoned = m_zone.isValid() && m_zone != QTimeZone::utc();
    m_zoneNote->setText(zoned
            ? tr("On the account's clock (%1); dbt Cloud runs the cron in UTC.")
                  .arg(QString::fromUtf8(m_zone.id()))
            : tr("In UTC: the account has no time zone set, and dbt Cloud runs the cron in "
                 "UTC."));
    QString why;
    if (!Models::CronSchedule::parse(cron(), &why)) {
        m_preview->addItem(tr("Not a valid cron: %1").arg(why));
        return;
    }
    const QList<Models::CronRunPreview> runs =
        Models::previewRuns(cron(), zoned ? m_zone : QTimeZone::utc(), now, 5);
    for (const Models::CronRunPreview &run : runs) {
        m_preview->addItem(zoned ? tr("%1  (%2)").arg(run.localText, run.utcText) : run.localText);
    }
    if (runs.isEmpty()) {
        m_preview->addItem(tr("This cron never runs."));
    }
}

} // namespace Dbtc::Ui
