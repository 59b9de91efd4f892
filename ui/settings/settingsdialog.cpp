// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/settingsdialog.h"

#include "models/common/preferences.h"
#include "ui/widgets/palette.h"
#include "ui/widgets/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Dbtc::Ui {

namespace {

QString usageText(qint64 bytes)
{
    if (bytes < 0) {
        return SettingsDialog::tr("Measuring…");
    }
    return SettingsDialog::tr("In use: %1").arg(QLocale().formattedDataSize(bytes));
}

QSpinBox *spin(int lo, int hi, const QString &suffix, QWidget *parent)
{
    auto *s = new QSpinBox(parent);
    s->setRange(lo, hi);
    s->setSuffix(suffix);
    s->setAccelerated(true);
    return s;
}

} // namespace

SettingsDialog::SettingsDialog(Models::Preferences *preferences, QWidget *parent)
    : QDialog(parent)
    , m_prefs(preferences)
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildRefresh());
    layout->addWidget(buildNotifications());
    layout->addWidget(buildAppearance());
    layout->addWidget(buildStorage());
    layout->addStretch();
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Close | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults),
        &QPushButton::clicked,
        this,
        &SettingsDialog::restoreDefaults);
    layout->addWidget(buttons);
    load();
    // Another place changed a preference (the tray menu's "keep watching"): show it.
    connect(m_prefs, &Models::Preferences::changed, this, [this] {
        if (!m_loading) {
            load();
        }
    });
}

QWidget *SettingsDialog::buildRefresh()
{
    auto *box = new QGroupBox(tr("Refreshing"), this);
    auto *form = new QFormLayout(box);
    m_fast = spin(2, 60, tr(" s"), box);
    m_slow = spin(10, 600, tr(" s"), box);
    m_fast->setAccessibleName(tr("Refresh interval while runs are in flight"));
    m_slow->setAccessibleName(tr("Refresh interval when all is quiet"));
    form->addRow(tr("Runs list, while runs are in &flight:"), m_fast);
    form->addRow(tr("Runs list, when all is &quiet:"), m_slow);
    auto *hint = new QLabel(tr("Watched jobs are checked in the background every minute, "
                               "whatever is on screen."),
        box);
    hint->setWordWrap(true);
    hint->setStyleSheet(textStyle(ColorRole::Muted));
    form->addRow(hint);
    auto apply = [this] {
        if (!m_loading) {
            m_prefs->setPollSeconds(m_fast->value(), std::max(m_slow->value(), m_fast->value()));
        }
    };
    connect(m_fast, &QSpinBox::valueChanged, this, apply);
    connect(m_slow, &QSpinBox::valueChanged, this, apply);
    return box;
}

QWidget *SettingsDialog::buildNotifications()
{
    auto *box = new QGroupBox(tr("Notifications"), this);
    auto *v = new QVBoxLayout(box);
    m_notify =
        new QCheckBox(tr("Show a desktop &notification when a watched job fails or recovers"), box);
    m_keepPolling = new QCheckBox(
        tr("&Keep watching when the window is closed (the app stays in the tray)"), box);
    v->addWidget(m_notify);
    v->addWidget(m_keepPolling);
    connect(m_notify, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_loading) {
            m_prefs->setNotificationsEnabled(on);
        }
    });
    connect(m_keepPolling, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_loading) {
            m_prefs->setKeepPollingWhenClosed(on);
        }
    });
    return box;
}

QWidget *SettingsDialog::buildAppearance()
{
    auto *box = new QGroupBox(tr("Appearance and connections"), this);
    auto *form = new QFormLayout(box);
    m_theme = new QComboBox(box);
    m_theme->addItem(tr("Follow the system"), int(Theme::System));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Dark));
    form->addRow(tr("&Theme:"), m_theme);
    m_readOnly = new QCheckBox(
        tr("New connections are &read-only (nothing can be triggered or cancelled)"), box);
    form->addRow(m_readOnly);
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading) {
            Theme::instance()->setTheme(Theme::Kind(m_theme->currentData().toInt()));
        }
    });
    connect(m_readOnly, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_loading) {
            m_prefs->setReadOnlyByDefault(on);
        }
    });
    return box;
}

QWidget *SettingsDialog::buildStorage()
{
    auto *box = new QGroupBox(tr("Storage"), this);
    auto *form = new QFormLayout(box);
    auto row = [box](QWidget *a, QWidget *b, QWidget *c) {
        auto *w = new QWidget(box);
        auto *h = new QHBoxLayout(w);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(a);
        h->addWidget(b, 1);
        h->addWidget(c);
        return w;
    };
    m_cacheLimit = spin(50, 100000, tr(" MiB"), box);
    m_cacheLimit->setSingleStep(256);
    m_cacheUsage = new QLabel(box);
    m_clearCache = new QPushButton(tr("Clear &Cache"), box);
    m_clearCache->setToolTip(
        tr("Deletes downloaded run artifacts; they are downloaded again when needed."));
    form->addRow(
        tr("Downloaded &artifacts, at most:"), row(m_cacheLimit, m_cacheUsage, m_clearCache));
    connect(m_cacheLimit, &QSpinBox::valueChanged, this, [this](int v) {
        if (!m_loading) {
            m_prefs->setArtifactCacheLimitMiB(v);
        }
    });
    connect(m_clearCache, &QPushButton::clicked, this, [this] {
        m_clearCache->setEnabled(false);
        m_cacheUsage->setText(tr("Clearing…"));
        Q_EMIT clearCacheRequested();
    });

    m_historyDays = spin(1, 3650, tr(" days"), box);
    m_historyLimit = spin(10, 100000, tr(" MiB"), box);
    m_historyLimit->setSingleStep(100);
    m_historyUsage = new QLabel(box);
    m_clearHistory = new QPushButton(tr("Clear &History"), box);
    auto *historyRow = new QWidget(box);
    auto *hv = new QFormLayout(historyRow);
    hv->setContentsMargins(0, 0, 0, 0);
    hv->addRow(tr("Run &history, keep:"), row(m_historyDays, m_historyUsage, m_clearHistory));
    hv->addRow(tr("Run history, at &most:"), m_historyLimit);
    form->addRow(historyRow);
    m_historyRow = historyRow;
    m_historyRow->setVisible(false); // shown once a history answers setHistoryUsage()
    connect(m_historyDays, &QSpinBox::valueChanged, this, [this](int v) {
        if (!m_loading) {
            m_prefs->setHistoryKeepDays(v);
        }
    });
    connect(m_historyLimit, &QSpinBox::valueChanged, this, [this](int v) {
        if (!m_loading) {
            m_prefs->setHistoryLimitMiB(v);
        }
    });
    connect(m_clearHistory, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(this,
            tr("Clear history?"),
            tr("The run history, the failure inbox and its acknowledgements are deleted from this "
               "computer. Runs stay in dbt Cloud."));
        if (answer != QMessageBox::Yes) {
            return;
        }
        m_clearHistory->setEnabled(false);
        m_historyUsage->setText(tr("Clearing…"));
        Q_EMIT clearHistoryRequested();
    });
    return box;
}

void SettingsDialog::load()
{
    m_loading = true;
    m_fast->setValue(m_prefs->fastPollSeconds());
    m_slow->setValue(m_prefs->slowPollSeconds());
    m_notify->setChecked(m_prefs->notificationsEnabled());
    m_keepPolling->setChecked(m_prefs->keepPollingWhenClosed());
    m_theme->setCurrentIndex(m_theme->findData(int(Theme::instance()->theme())));
    m_readOnly->setChecked(m_prefs->readOnlyByDefault());
    m_cacheLimit->setValue(m_prefs->artifactCacheLimitMiB());
    m_historyDays->setValue(m_prefs->historyKeepDays());
    m_historyLimit->setValue(m_prefs->historyLimitMiB());
    m_loading = false;
}

void SettingsDialog::restoreDefaults()
{
    m_prefs->resetToDefaults();
    Theme::instance()->setTheme(Theme::System);
    load();
}

void SettingsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    load();
    setCacheUsage(-1);
    Q_EMIT measureCacheRequested();
    Q_EMIT measureHistoryRequested();
}

void SettingsDialog::setCacheUsage(qint64 bytes)
{
    m_cacheUsage->setText(usageText(bytes));
}

void SettingsDialog::setHistoryUsage(qint64 bytes)
{
    m_historyRow->setVisible(true);
    m_historyUsage->setText(usageText(bytes));
}

void SettingsDialog::setCacheCleared(bool ok)
{
    m_clearCache->setEnabled(true);
    if (!ok) {
        m_cacheUsage->setText(tr("Some files could not be deleted"));
    }
    Q_EMIT measureCacheRequested();
}

void SettingsDialog::setHistoryCleared(bool ok)
{
    m_clearHistory->setEnabled(true);
    if (!ok) {
        m_historyUsage->setText(tr("The history could not be cleared"));
    }
    Q_EMIT measureHistoryRequested();
}

} // namespace Dbtc::Ui
