// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/artifacts/artifactcache.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace Dbtc::Models {

QStringList ArtifactCache::browsableFiles()
{
    return {QStringLiteral("manifest.json"), QStringLiteral("catalog.json"),
            QStringLiteral("run_results.json"), QStringLiteral("sources.json")};
}

QString ArtifactCache::runDir(qint64 accountId, qint64 runId, int step)
{
    Q_UNUSED(accountId)
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return base + QStringLiteral("/runs/%1/step%2").arg(runId).arg(step);
}

bool ArtifactCache::hasFile(qint64 accountId, qint64 runId, int step, const QString &fileName)
{
    const QFileInfo info(runDir(accountId, runId, step) + u'/' + fileName);
    return info.isFile() && info.size() > 0;
}

QStringList ArtifactCache::cachedFiles(qint64 accountId, qint64 runId, int step)
{
    QStringList out;
    for (const QString &name : browsableFiles())
        if (hasFile(accountId, runId, step, name))
            out.append(name);
    return out;
}

} // namespace Dbtc::Models
