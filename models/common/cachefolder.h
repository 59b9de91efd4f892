// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Dbtc::Models {

//! \brief Size accounting and pruning of the run-artifact cache folder
//! (<root>/<host>/<account>/<run>/...), for the Settings dialog's budget and "Clear".
//! Blocking file-system walks: call them off the GUI thread (the Workspace does).
namespace CacheFolder {

//! Bytes of every regular file below \a root (symlinks are not followed).
qint64 bytesUsed(const QString &root);

//! Removes whole run folders, least recently written first, until the folder holds at most
//! \a maxBytes. Returns the bytes left. A run folder is the unit: half a run's artifacts are
//! worth nothing.
qint64 prune(const QString &root, qint64 maxBytes);

//! Removes everything below \a root (the folder itself stays). False if something could not
//! be removed.
bool clear(const QString &root);

} // namespace CacheFolder

} // namespace Dbtc::Models
