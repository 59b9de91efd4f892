// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/notifications/watchlist.h"

#include "models/common/settingsstore.h"

#include <algorithm>

namespace Dbtc::Models {

namespace {

QString keyFor(const QString &connectionId)
{
    return QStringLiteral("watch/") + connectionId;
}

} // namespace

WatchList::WatchList(SettingsStore *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (!m_settings) {
        m_ownSettings = std::make_unique<MemorySettingsStore>();
    }
}

WatchList::~WatchList() = default;

SettingsStore &WatchList::settings() const
{
    return m_settings ? *m_settings : *m_ownSettings;
}

QSet<qint64> &WatchList::load(const QString &connectionId) const
{
    auto it = m_cache.find(connectionId);
    if (it != m_cache.end()) {
        return *it;
    }
    QSet<qint64> ids;
    const QStringList stored = settings().value(keyFor(connectionId)).toStringList();
    for (const QString &s : stored) {
        bool ok = false;
        const qint64 id = s.toLongLong(&ok);
        if (ok && id > 0) {
            ids.insert(id);
        }
    }
    return *m_cache.insert(connectionId, ids);
}

void WatchList::save(const QString &connectionId)
{
    QList<qint64> ids = load(connectionId).values();
    std::sort(ids.begin(), ids.end()); // stable file contents, easy to diff
    QStringList out;
    for (const qint64 id : std::as_const(ids)) {
        out << QString::number(id);
    }
    if (out.isEmpty()) {
        settings().remove(keyFor(connectionId));
    } else {
        settings().setValue(keyFor(connectionId), out);
    }
    settings().sync();
}

bool WatchList::isWatched(const QString &connectionId, qint64 jobId) const
{
    return load(connectionId).contains(jobId);
}

QSet<qint64> WatchList::watchedJobs(const QString &connectionId) const
{
    return load(connectionId);
}

QStringList WatchList::connections() const
{
    QStringList keys = settings().childKeys(QStringLiteral("watch"));
    for (auto it = m_cache.cbegin(); it != m_cache.cend(); ++it) {
        if (!it->isEmpty() && !keys.contains(it.key())) {
            keys << it.key();
        }
    }
    keys.removeIf([this](const QString &k) {
        return load(k).isEmpty();
    });
    return keys;
}

void WatchList::setWatched(const QString &connectionId, qint64 jobId, bool watched)
{
    QSet<qint64> &ids = load(connectionId);
    if (ids.contains(jobId) == watched) {
        return;
    }
    if (watched) {
        ids.insert(jobId);
    } else {
        ids.remove(jobId);
    }
    save(connectionId);
    emit watchChanged(connectionId, jobId, watched);
}

void WatchList::toggle(const QString &connectionId, qint64 jobId)
{
    setWatched(connectionId, jobId, !isWatched(connectionId, jobId));
}

void WatchList::clear(const QString &connectionId)
{
    const QList<qint64> ids = load(connectionId).values();
    for (const qint64 id : ids) {
        setWatched(connectionId, id, false);
    }
}

} // namespace Dbtc::Models
