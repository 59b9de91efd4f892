// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/settingsstore.h"

#include <memory>

class QSettings;

namespace Dbtc::App {

//! \brief The one owner of the app's QSettings. Hands the watch list, recent files, tray
//! preferences and connection profiles their store (itself); the keys are the ones those
//! classes always used, so existing users keep their settings.
class Settings final : public Models::SettingsStore
{
public:
    //! The application's default settings (organisation and application name from main()).
    Settings();
    //! An INI file at \a iniPath (tests, portable installs).
    explicit Settings(const QString &iniPath);
    ~Settings() override;

    QVariant value(const QString &key, const QVariant &defaultValue = {}) const override;
    void setValue(const QString &key, const QVariant &value) override;
    void remove(const QString &key) override;
    QStringList childKeys(const QString &group) const override;
    void sync() override;

    //! Where the settings live (a file path, or the platform's registry path).
    QString location() const;

    //! Non-empty when the settings file could not be read at start: it was set aside (kept,
    //! renamed) and fresh settings started; the text says so for the window to show.
    QString recoveryMessage() const { return m_recovery; }

private:
    void recoverFromCorruptFile();

    std::unique_ptr<QSettings> m_settings;
    QString m_recovery;
};

} // namespace Dbtc::App
