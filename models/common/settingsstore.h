// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Dbtc::Models {

//! \brief Where the model layer keeps the user's preferences (watched jobs, recent files, tray
//! settings, connection profiles). Keys use '/' between groups, as Qt's settings files do, so
//! the app's store (App::Settings) keeps existing users' files as they are. Models and widgets
//! take a store; only app/ knows what backs it.
class SettingsStore
{
public:
    SettingsStore() = default;
    virtual ~SettingsStore();
    Q_DISABLE_COPY_MOVE(SettingsStore)

    virtual QVariant value(const QString &key, const QVariant &defaultValue = {}) const = 0;
    virtual void setValue(const QString &key, const QVariant &value) = 0;
    //! Removes \a key and every key under it ("watch" removes "watch/a" and "watch/b").
    virtual void remove(const QString &key) = 0;
    //! The keys directly under \a group that hold a value ("watch" -> {"a", "b"}).
    virtual QStringList childKeys(const QString &group) const = 0;

    //! Writes pending changes to permanent storage, where there is one.
    virtual void sync() { }
};

//! \brief A store that forgets everything on exit: tests, and windows built without the app.
class MemorySettingsStore final : public SettingsStore
{
public:
    MemorySettingsStore() = default;

    QVariant value(const QString &key, const QVariant &defaultValue = {}) const override;
    void setValue(const QString &key, const QVariant &value) override;
    void remove(const QString &key) override;
    QStringList childKeys(const QString &group) const override;

    //! Every key with a value, sorted (tests compare what was written).
    QStringList allKeys() const { return m_values.keys(); }

private:
    QMap<QString, QVariant> m_values;
};

} // namespace Dbtc::Models
