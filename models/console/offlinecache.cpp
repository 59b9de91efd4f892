// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/console/offlinecache.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace Dbtc::Models {

namespace {
constexpr quint32 Magic = 0xDBC0C0DE;
constexpr quint32 FormatVersion = 1;
} // namespace

OfflineCache::OfflineCache(QString directory)
    : m_dir(std::move(directory))
{
    if (m_dir.isEmpty()) {
        m_dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
            + QStringLiteral("/console");
    }
}

QString OfflineCache::filePath(const QString &connectionId) const
{
    // Hashed: a profile id is user-editable text and must not steer the path.
    const QByteArray hash = QCryptographicHash::hash(connectionId.toUtf8(),
                                                     QCryptographicHash::Sha1).toHex().left(16);
    return m_dir + QStringLiteral("/connection-") + QString::fromLatin1(hash)
        + QStringLiteral(".cache");
}

bool OfflineCache::save(const QString &connectionId, CachedConnection data) const
{
    if (!QDir().mkpath(m_dir)) {
        return false;
    }
    if (data.runs.size() > MaxRuns) {
        data.runs.resize(MaxRuns);
    }
    QSaveFile file(filePath(connectionId));
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << Magic << FormatVersion << connectionId << data.savedAt << data.tree << data.runs;
    return out.status() == QDataStream::Ok && file.commit();
}

std::optional<CachedConnection> OfflineCache::load(const QString &connectionId) const
{
    QFile file(filePath(connectionId));
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    QString storedId;
    in >> magic >> version;
    if (magic != Magic || version != FormatVersion) {
        return std::nullopt;
    }
    CachedConnection data;
    in >> storedId >> data.savedAt >> data.tree >> data.runs;
    if (in.status() != QDataStream::Ok || storedId != connectionId) {
        return std::nullopt;
    }
    return data;
}

void OfflineCache::remove(const QString &connectionId) const
{
    QFile::remove(filePath(connectionId));
}

} // namespace Dbtc::Models
