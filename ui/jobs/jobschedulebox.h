// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/jobs/cronbuilder.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;

namespace Dbtc::Ui {

//! \brief The job editor's schedule: a builder (every N hours, or at chosen hours, on chosen
//! days of the week, or a cron typed as is) that writes the cron dbt Cloud runs in UTC, and the
//! next five runs on the account's clock (or in UTC, saying so, when the account has no time
//! zone). The cron line always shows what will be sent; typing in it switches to "custom".
class JobScheduleBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobScheduleBox)

public:
    explicit JobScheduleBox(QWidget *parent = nullptr);
    ~JobScheduleBox() override;

    //! Shows \a cron in the builder when it has one of the builder's shapes, else as custom.
    void setCron(const QString &cron);
    QString cron() const;
    Models::CronBuilder builder() const;

    //! The account's time zone for the preview; invalid = none known (the preview says UTC).
    void setTimeZone(const QTimeZone &zone);
    //! "Now" for the preview (tests pin it); invalid = the clock.
    void setNow(const QDateTime &utc);

    //! The preview's lines ("Sun 29 Mar 2026 08:00 CEST (06:00 UTC)"), for tests.
    QStringList previewLines() const;

    QLineEdit *cronEdit() const { return m_cron; }

Q_SIGNALS:
    void changed();

private:
    void onBuilderChanged();
    void onCronEdited();
    void showBuilder(const Models::CronBuilder &b);
    void updateEnabled();
    void updatePreview();

    QRadioButton *m_everyN;
    QRadioButton *m_atHours;
    QRadioButton *m_custom;
    QButtonGroup *m_modes;
    QSpinBox *m_interval;
    QLineEdit *m_hours; //!< "6, 18"
    QSpinBox *m_minute;
    QList<QCheckBox *> m_days; //!< Sunday first, as cron counts
    QLineEdit *m_cron;
    QLabel *m_zoneNote;
    QListWidget *m_preview;
    QTimeZone m_zone;
    QDateTime m_now;
    bool m_updating = false;
};

} // namespace Dbtc::Ui
