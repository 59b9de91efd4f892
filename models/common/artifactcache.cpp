// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/artifactcache.h"

#include <QDir>
#include <QFileInfo>

namespace Dbtc::Models {

namespace {

//! A path inside the run folder: relative, no "..", no empty segments.
bool staysInside(const QString &path)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || path.startsWith(u'/')) {
        return false;
    }
    const QStringList parts = path.split(u'/');
    return std::none_of(parts.cbegin(), parts.cend(), [](const QString &p) {
        return p.isEmpty() || p == u"." || p == u".." || p.contains(u'\\');
    });
}

} // namespace

ArtifactCache::ArtifactCache(QString root, const QUrl &baseUrl, qint64 accountId)
    : m_root(std::move(root))
    , m_key(hostKey(baseUrl) + u'/' + QString::number(accountId))
{ }

QStringList ArtifactCache::browsableFiles()
{
    return { QStringLiteral("manifest.json"),
        QStringLiteral("catalog.json"),
        QStringLiteral("run_results.json"),
        QStringLiteral("sources.json") };
}

QString ArtifactCache::hostKey(const QUrl &baseUrl)
{
    QString key = baseUrl.host().toLower();
    if (key.isEmpty()) {
        key = QStringLiteral("no-host");
    }
    if (baseUrl.port() != -1) {
        key += u'_' + QString::number(baseUrl.port());
    }
    // The host comes from a user-edited profile: only characters that are safe in a folder name.
    for (QChar &c : key) {
        if (!c.isLetterOrNumber() && c != u'.' && c != u'-' && c != u'_') {
            c = u'_';
        }
    }
    if (key.startsWith(u'.')) {
        key.prepend(u'_');
    }
    return key;
}

QString ArtifactCache::runDir(qint64 runId, int step) const
{
    return m_root + u'/' + m_key + QStringLiteral("/%1/step%2").arg(runId).arg(step);
}

QString ArtifactCache::filePath(qint64 runId, int step, const QString &path) const
{
    return staysInside(path) ? runDir(runId, step) + u'/' + path : QString();
}

QString ArtifactCache::stagingPath(qint64 runId, int step, const QString &path) const
{
    // Same folder tree as the target so the final move is a rename on one file system; the
    // file keeps its name so parse errors name it as the user knows it.
    return staysInside(path) ? runDir(runId, step) + QStringLiteral("/.incoming/") + path
                             : QString();
}

bool ArtifactCache::hasFile(qint64 runId, int step, const QString &fileName) const
{
    const QFileInfo info(filePath(runId, step, fileName));
    return info.isFile() && info.size() > 0;
}

QStringList ArtifactCache::cachedFiles(qint64 runId, int step) const
{
    QStringList out;
    for (const QString &name : browsableFiles()) {
        if (hasFile(runId, step, name)) {
            out.append(name);
        }
    }
    return out;
}

} // namespace Dbtc::Models
