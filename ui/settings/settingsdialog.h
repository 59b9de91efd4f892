// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace Dbtc::Models {
class Preferences;
}

namespace Dbtc::Ui {

//! \brief Edit > Settings: refresh intervals, notifications, closing to the tray, the theme,
//! the read-only default of new connections, and the disk budgets of the artifact cache and
//! the run history, each with "Clear". Changes apply as they are made (no Apply button to
//! forget); "Restore Defaults" puts everything back. It asks, the shell acts: clearing and
//! measuring go through signals the window wires to the workspace.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(Models::Preferences *preferences, QWidget *parent = nullptr);

    //! The artifact cache's size, once measured ("In use: 12.4 MiB"); -1 = being measured.
    void setCacheUsage(qint64 bytes);
    //! The history's size on disk; -1 = being measured. Until called, the history row is hidden.
    void setHistoryUsage(qint64 bytes);
    //! The outcome of a "Clear" the window carried out.
    void setCacheCleared(bool ok);
    void setHistoryCleared(bool ok);

    QSpinBox *fastPoll() const { return m_fast; }

    QSpinBox *slowPoll() const { return m_slow; }

    QComboBox *themeBox() const { return m_theme; }

    QCheckBox *readOnlyBox() const { return m_readOnly; }

    QLabel *cacheUsageLabel() const { return m_cacheUsage; }

    QPushButton *clearCacheButton() const { return m_clearCache; }

Q_SIGNALS:
    void measureCacheRequested();
    void clearCacheRequested();
    void measureHistoryRequested();
    void clearHistoryRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildRefresh();
    QWidget *buildNotifications();
    QWidget *buildAppearance();
    QWidget *buildStorage();
    void load();
    void restoreDefaults();

    Models::Preferences *m_prefs;
    QSpinBox *m_fast = nullptr;
    QSpinBox *m_slow = nullptr;
    QCheckBox *m_notify = nullptr;
    QCheckBox *m_keepPolling = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_readOnly = nullptr;
    QSpinBox *m_cacheLimit = nullptr;
    QLabel *m_cacheUsage = nullptr;
    QPushButton *m_clearCache = nullptr;
    QSpinBox *m_historyDays = nullptr;
    QSpinBox *m_historyLimit = nullptr;
    QLabel *m_historyUsage = nullptr;
    QPushButton *m_clearHistory = nullptr;
    QWidget *m_historyRow = nullptr;
    bool m_loading = false;
};

} // namespace Dbtc::Ui
