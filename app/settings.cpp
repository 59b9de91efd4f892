// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/settings.h"

#include <QSettings>

namespace Dbtc::App {

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{ }

Settings::Settings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{ }

Settings::~Settings() = default;

QVariant Settings::value(const QString &key, const QVariant &defaultValue) const
{
    return m_settings->value(key, defaultValue);
}

void Settings::setValue(const QString &key, const QVariant &value)
{
    m_settings->setValue(key, value);
}

void Settings::remove(const QString &key)
{
    m_settings->remove(key);
}

QStringList Settings::childKeys(const QString &group) const
{
    m_settings->beginGroup(group);
    QStringList keys = m_settings->childKeys();
    m_settings->endGroup();
    return keys;
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::location() const
{
    return m_settings->fileName();
}

} // namespace Dbtc::App
