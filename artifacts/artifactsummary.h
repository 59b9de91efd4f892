// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Dbtc::Models {

class ArtifactIndex;

//! \brief The headless summary behind `dbt-cloud-console --summarize PATH`: JSON text
//! `{"artifacts": [{"path", "kind", "schema_version", "dbt_version", "counts", "statuses",
//! "problems"}]}` for one artifact file or a target/ folder. On a broken or non-artifact file
//! returns an empty array and sets \a error to a message naming the file, the problem and the
//! byte offset.
QByteArray summarizeArtifacts(const QString &path, QString *error);

//! The same JSON for an index that is already loaded.
QByteArray summarizeIndex(const ArtifactIndex &index);

} // namespace Dbtc::Models
