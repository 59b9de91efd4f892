// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/connectionprofile.h"

#include "models/common/settingsstore.h"
#include "models/console/connectioninfo.h"

#include <QUuid>

namespace Dbtc::App {

namespace {

const QString kGroup = QStringLiteral("connections");

//! The keys QSettings::beginWriteArray("connections") wrote (1-based), so profiles saved by
//! earlier versions load unchanged.
QString fieldKey(int index, const char *field)
{
    return kGroup + u'/' + QString::number(index + 1) + u'/' + QLatin1String(field);
}

} // namespace

ProfileStore::ProfileStore(Models::SettingsStore &settings)
    : m_settings(settings)
{ }

QList<ConnectionProfile> ProfileStore::load() const
{
    QList<ConnectionProfile> out;
    const int n = m_settings.value(kGroup + QStringLiteral("/size")).toInt();
    for (int i = 0; i < n; ++i) {
        ConnectionProfile p;
        p.id = m_settings.value(fieldKey(i, "id")).toString();
        p.name = m_settings.value(fieldKey(i, "name")).toString();
        p.baseUrl = QUrl(m_settings.value(fieldKey(i, "baseUrl")).toString());
        p.accountId = m_settings.value(fieldKey(i, "accountId")).toLongLong();
        p.readOnly = m_settings.value(fieldKey(i, "readOnly")).toBool();
        p.caCertificatesPath = m_settings.value(fieldKey(i, "caCertificates")).toString();
        const QStringList others = m_settings.value(fieldKey(i, "otherAccounts"))
                                       .toString()
                                       .split(u',', Qt::SkipEmptyParts);
        for (const QString &other : others) {
            if (const qint64 account = other.toLongLong(); account > 0 && account != p.accountId) {
                p.otherAccountIds << account;
            }
        }
        if (!p.id.isEmpty() && p.baseUrl.isValid()) {
            out << p;
        }
    }
    return out;
}

void ProfileStore::save(const QList<ConnectionProfile> &profiles)
{
    m_settings.remove(kGroup);
    int i = 0;
    for (const ConnectionProfile &p : profiles) {
        if (p.demo) {
            continue; // the demo connection is recreated at every start
        }
        m_settings.setValue(fieldKey(i, "id"), p.id);
        m_settings.setValue(fieldKey(i, "name"), p.name);
        m_settings.setValue(fieldKey(i, "baseUrl"), p.baseUrl.toString());
        m_settings.setValue(fieldKey(i, "accountId"), p.accountId);
        m_settings.setValue(fieldKey(i, "readOnly"), p.readOnly);
        if (!p.caCertificatesPath.isEmpty()) {
            m_settings.setValue(fieldKey(i, "caCertificates"), p.caCertificatesPath);
        }
        if (!p.otherAccountIds.isEmpty()) {
            QStringList others;
            for (const qint64 account : p.otherAccountIds) {
                others << QString::number(account);
            }
            m_settings.setValue(fieldKey(i, "otherAccounts"), others.join(u','));
        }
        ++i;
    }
    m_settings.setValue(kGroup + QStringLiteral("/size"), i);
    m_settings.sync();
}

QList<qint64> ConnectionProfile::accountIds() const
{
    QList<qint64> ids { accountId };
    for (const qint64 other : otherAccountIds) {
        if (!ids.contains(other)) {
            ids << other;
        }
    }
    return ids;
}

QString ConnectionProfile::sessionId(qint64 account) const
{
    return Models::ConnectionInfo::sessionIdFor(id, accountId, account);
}

QString ProfileStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Dbtc::App
