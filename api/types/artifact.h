// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Dbtc::Api {

//! \brief GET runs/{id}/artifacts/: paths relative to target/ ("manifest.json",
//! "compiled/<project>/models/x.sql", ...). Empty when the run saved none (data: null).
struct ArtifactList
{
    qint64 runId = 0;
    int step = 0; //!< 0 = the last step (what the server defaults to)
    QStringList paths;
};

//! \brief The outcome of an artifact download written to a file.
struct DownloadResult
{
    QString filePath; //!< the committed file
    qint64 bytes = 0;
    QString contentType; //!< e.g. "application/json"
};

} // namespace Dbtc::Api
