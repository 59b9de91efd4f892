// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QVariant>

#include <memory>

namespace Dbtc::Models {

class SettingsStore;

//! \brief The user's preferences, typed, with their defaults and limits in one place: what the
//! Settings dialog edits and what the pollers, the tray, the caches and the connection dialog
//! read. Values live in the app's settings store under the keys below (the tray and theme
//! keys are the ones earlier versions wrote, so nobody loses a choice). changed() names the key.
class Preferences final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Preferences)

public:
    static inline const QString kFastPollKey = QStringLiteral("poll/fastSeconds");
    static inline const QString kSlowPollKey = QStringLiteral("poll/slowSeconds");
    static inline const QString kNotifyKey = QStringLiteral("notifications/enabled");
    static inline const QString kKeepPollingKey = QStringLiteral("tray/keepPollingWhenClosed");
    static inline const QString kThemeKey = QStringLiteral("ui/theme");
    static inline const QString kArtifactCacheKey = QStringLiteral("cache/artifactLimitMiB");
    static inline const QString kHistoryDaysKey = QStringLiteral("history/keepDays");
    static inline const QString kHistorySizeKey = QStringLiteral("history/limitMiB");
    static inline const QString kReadOnlyKey = QStringLiteral("connections/readOnlyByDefault");
    static inline const QString kWindowGeometryKey = QStringLiteral("window/geometry");
    static inline const QString kWindowStateKey = QStringLiteral("window/state");
    static inline const QString kSplitterKey = QStringLiteral("window/splitter");

    //! \a settings is not owned; nullptr = memory only.
    explicit Preferences(SettingsStore *settings = nullptr, QObject *parent = nullptr);
    ~Preferences() override;

    //! Poll intervals (seconds): fast while something runs, slow when all is quiet.
    int fastPollSeconds() const;
    int slowPollSeconds() const;
    void setPollSeconds(int fast, int slow); //!< clamped to [2, 60] and [10, 600], slow ≥ fast

    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool on);

    //! Closing the window keeps the app in the tray, polling (off by default).
    bool keepPollingWhenClosed() const;
    void setKeepPollingWhenClosed(bool keep);

    //! "system", "light" or "dark".
    QString theme() const;
    void setTheme(const QString &name);

    //! Budget of downloaded run artifacts on disk; the oldest runs go first.
    int artifactCacheLimitMiB() const;
    void setArtifactCacheLimitMiB(int mib); //!< clamped to [50, 100000]

    int historyKeepDays() const;
    void setHistoryKeepDays(int days); //!< clamped to [1, 3650]
    int historyLimitMiB() const;
    void setHistoryLimitMiB(int mib); //!< clamped to [10, 100000]

    //! New connections start read-only (nothing can be triggered or cancelled from them).
    bool readOnlyByDefault() const;
    void setReadOnlyByDefault(bool on);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray splitterState() const;
    //! What QWidget::saveGeometry, QMainWindow::saveState and QSplitter::saveState wrote.
    void setWindowLayout(
        const QByteArray &geometry, const QByteArray &state, const QByteArray &splitter);

    //! Puts every preference back to its default (the window layout too).
    void resetToDefaults();

Q_SIGNALS:
    void changed(const QString &key);

private:
    QVariant read(const QString &key, const QVariant &fallback) const;
    void write(const QString &key, const QVariant &value);

    SettingsStore *m_settings;
    std::unique_ptr<SettingsStore> m_own;
};

} // namespace Dbtc::Models
