// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Dbtc::Models {

//! \brief Where downloaded run artifacts live on disk. Artifacts of a finished run never
//! change, so a complete file in the cache is reused as is. The layout is the one
//! runArtifactCachePath() (run detail, triage) uses, so a run_results.json fetched for the
//! triage view is not downloaded again for the artifact browser.
class ArtifactCache
{
public:
    //! The four files the artifact browser opens together.
    static QStringList browsableFiles();

    //! CacheLocation/runs/<runId>/step<step>. \a accountId is part of the contract so a
    //! per-account layout can come later; run ids are unique across a dbt Cloud host.
    static QString runDir(qint64 accountId, qint64 runId, int step);
    //! True when \a fileName is in runDir() and not empty (downloads commit atomically).
    static bool hasFile(qint64 accountId, qint64 runId, int step, const QString &fileName);
    //! Which of browsableFiles() are already cached for the run.
    static QStringList cachedFiles(qint64 accountId, qint64 runId, int step);
};

} // namespace Dbtc::Models
