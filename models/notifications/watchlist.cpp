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

QString scopeKeyFor(const QString &connectionId)
{
    return QStringLiteral("watchScope/") + connectionId;
}

QSet<qint64> &setOf(WatchScopes &scopes, WatchScopeKind kind)
{
    switch (kind) {
    case WatchScopeKind::Account:
        return scopes.accounts;
    case WatchScopeKind::Project:
        return scopes.projects;
    case WatchScopeKind::Environment:
        break;
    }
    return scopes.environments;
}

void appendSorted(QStringList &out, const QSet<qint64> &ids, QLatin1String prefix)
{
    QList<qint64> sorted = ids.values();
    std::sort(sorted.begin(), sorted.end()); // stable file contents, easy to diff
    for (const qint64 id : std::as_const(sorted)) {
        out << prefix + QString::number(id);
    }
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
    WatchScopes scopes = loadScopes(connectionId); // a copy: the loop changes the original
    for (const auto kind :
        { WatchScopeKind::Account, WatchScopeKind::Project, WatchScopeKind::Environment }) {
        for (const qint64 id : std::as_const(setOf(scopes, kind))) {
            setScopeWatched(connectionId, kind, id, false);
        }
    }
}

WatchScopes &WatchList::loadScopes(const QString &connectionId) const
{
    auto it = m_scopeCache.find(connectionId);
    if (it != m_scopeCache.end()) {
        return *it;
    }
    WatchScopes scopes;
    const QStringList stored = settings().value(scopeKeyFor(connectionId)).toStringList();
    for (const QString &s : stored) {
        // "a:12": anything else (a hand-edited or future entry) is skipped, not misread.
        if (s.size() < 3 || s.at(1) != QLatin1Char(':')) {
            continue;
        }
        bool ok = false;
        const qint64 id = s.mid(2).toLongLong(&ok);
        if (!ok || id <= 0) {
            continue;
        }
        switch (s.at(0).unicode()) {
        case 'a':
            scopes.accounts.insert(id);
            break;
        case 'p':
            scopes.projects.insert(id);
            break;
        case 'e':
            scopes.environments.insert(id);
            break;
        default:
            break;
        }
    }
    return *m_scopeCache.insert(connectionId, scopes);
}

void WatchList::saveScopes(const QString &connectionId)
{
    const WatchScopes &scopes = loadScopes(connectionId);
    QStringList out;
    appendSorted(out, scopes.accounts, QLatin1String("a:"));
    appendSorted(out, scopes.projects, QLatin1String("p:"));
    appendSorted(out, scopes.environments, QLatin1String("e:"));
    if (out.isEmpty()) {
        settings().remove(scopeKeyFor(connectionId));
    } else {
        settings().setValue(scopeKeyFor(connectionId), out);
    }
    settings().sync();
}

bool WatchList::isScopeWatched(const QString &connectionId, WatchScopeKind kind, qint64 id) const
{
    return setOf(loadScopes(connectionId), kind).contains(id);
}

void WatchList::setScopeWatched(
    const QString &connectionId, WatchScopeKind kind, qint64 id, bool watched)
{
    QSet<qint64> &ids = setOf(loadScopes(connectionId), kind);
    if (id <= 0 || ids.contains(id) == watched) {
        return;
    }
    if (watched) {
        ids.insert(id);
    } else {
        ids.remove(id);
    }
    saveScopes(connectionId);
    emit scopeWatchChanged(connectionId, kind, id, watched);
}

WatchScopes WatchList::watchedScopes(const QString &connectionId) const
{
    return loadScopes(connectionId);
}

} // namespace Dbtc::Models
