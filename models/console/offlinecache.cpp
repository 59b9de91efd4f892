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
// A tree far larger than any account's: a count above it is a corrupt file, not data.
constexpr quint32 MaxTreeItems = 1'000'000;

//! Reads a list written by QDataStream's QList operator, but never trusts its count: Qt's
//! own operator reserves the count it reads, so one flipped byte asked for 82 GB. Each
//! element takes at least one byte, so a count larger than what is left is corrupt too.
template <typename T> bool readBoundedList(QDataStream &in, QList<T> &out, quint32 max)
{
    quint32 count = 0;
    in >> count;
    const qint64 left = in.device()->bytesAvailable();
    if (in.status() != QDataStream::Ok || count > max || qint64(count) > left) {
        in.setStatus(QDataStream::ReadCorruptData);
        return false;
    }
    out.clear();
    out.reserve(qsizetype(count));
    for (quint32 i = 0; i < count; ++i) {
        T item;
        in >> item;
        if (in.status() != QDataStream::Ok) {
            return false;
        }
        out.append(std::move(item));
    }
    return true;
}
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
    const QByteArray hash =
        QCryptographicHash::hash(connectionId.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return m_dir + QStringLiteral("/connection-") + QString::fromLatin1(hash)
        + QStringLiteral(".cache");
}

bool OfflineCache::save(const QString &connectionId, CachedConnection data) const
{
    if (!QDir().mkpath(m_dir)) {
        return false;
    }
    // Job names, branches and error messages are the user's business: owner-only.
    QFile::setPermissions(
        m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (data.runs.size() > MaxRuns) {
        data.runs.resize(MaxRuns);
    }
    QSaveFile file(filePath(connectionId));
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
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
    in >> storedId >> data.savedAt;
    if (in.status() != QDataStream::Ok || storedId != connectionId
        || !readBoundedList(in, data.tree, MaxTreeItems)
        || !readBoundedList(in, data.runs, MaxRuns)) {
        return std::nullopt;
    }
    return data;
}

void OfflineCache::remove(const QString &connectionId) const
{
    QFile::remove(filePath(connectionId));
}

} // namespace Dbtc::Models
