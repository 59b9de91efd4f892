// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/settingsstore.h"

namespace Dbtc::Models {

SettingsStore::~SettingsStore() = default;

QVariant MemorySettingsStore::value(const QString &key, const QVariant &defaultValue) const
{
    return m_values.value(key, defaultValue);
}

void MemorySettingsStore::setValue(const QString &key, const QVariant &value)
{
    m_values.insert(key, value);
}

void MemorySettingsStore::remove(const QString &key)
{
    const QString prefix = key + u'/';
    m_values.removeIf([&](const auto &it) {
        return it.key() == key || it.key().startsWith(prefix);
    });
}

QStringList MemorySettingsStore::childKeys(const QString &group) const
{
    const QString prefix = group.isEmpty() ? QString() : group + u'/';
    QStringList out;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (!it.key().startsWith(prefix)) {
            continue;
        }
        const QString rest = it.key().mid(prefix.size());
        if (!rest.isEmpty() && !rest.contains(u'/')) {
            out << rest;
        }
    }
    return out;
}

} // namespace Dbtc::Models
