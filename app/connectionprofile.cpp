// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/connectionprofile.h"

#include <QSettings>
#include <QUuid>

namespace Dbtc::App {

ProfileStore::ProfileStore(QSettings &settings)
    : m_settings(settings)
{
}

QList<ConnectionProfile> ProfileStore::load() const
{
    QList<ConnectionProfile> out;
    const int n = m_settings.beginReadArray(QStringLiteral("connections"));
    for (int i = 0; i < n; ++i) {
        m_settings.setArrayIndex(i);
        ConnectionProfile p;
        p.id = m_settings.value(QStringLiteral("id")).toString();
        p.name = m_settings.value(QStringLiteral("name")).toString();
        p.baseUrl = QUrl(m_settings.value(QStringLiteral("baseUrl")).toString());
        p.accountId = m_settings.value(QStringLiteral("accountId")).toLongLong();
        p.readOnly = m_settings.value(QStringLiteral("readOnly")).toBool();
        if (!p.id.isEmpty() && p.baseUrl.isValid()) {
            out << p;
        }
    }
    m_settings.endArray();
    return out;
}

void ProfileStore::save(const QList<ConnectionProfile> &profiles)
{
    m_settings.remove(QStringLiteral("connections"));
    m_settings.beginWriteArray(QStringLiteral("connections"));
    int i = 0;
    for (const ConnectionProfile &p : profiles) {
        if (p.demo) {
            continue; // the demo connection is recreated at every start
        }
        m_settings.setArrayIndex(i++);
        m_settings.setValue(QStringLiteral("id"), p.id);
        m_settings.setValue(QStringLiteral("name"), p.name);
        m_settings.setValue(QStringLiteral("baseUrl"), p.baseUrl.toString());
        m_settings.setValue(QStringLiteral("accountId"), p.accountId);
        m_settings.setValue(QStringLiteral("readOnly"), p.readOnly);
    }
    m_settings.endArray();
    m_settings.sync();
}

QString ProfileStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Dbtc::App
