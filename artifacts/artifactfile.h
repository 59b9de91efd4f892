// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <optional>

namespace Dbtc::Models {

//! \brief The largest artifact file read unless the user asks for more (--max-artifact-size):
//! real manifests of very large projects reach about 1 GB.
inline constexpr qint64 DefaultMaxArtifactBytes = qint64(4) << 30;

//! \brief The limit every load uses when its LoadControl does not say (process-wide: set once
//! by the command line before anything loads).
qint64 defaultMaxArtifactBytes();
void setDefaultMaxArtifactBytes(qint64 bytes);

//! \brief "4G", "4GiB", "500M", "64k", "1000" (bytes) as bytes; nullopt for anything else
//! (zero and negative sizes included).
std::optional<qint64> parseByteSize(const QString &text);

//! \brief "1.5 GiB", "300 MiB", "12 KiB", "17 bytes": sizes in the messages below.
QString describeByteSize(qint64 bytes);

//! \brief Reads a whole artifact file for the parser, refusing early what cannot be one:
//! anything but a regular file (a FIFO, a device or a socket would block or never end: they are
//! checked before opening and opened non-blocking), a file over \a maxBytes, and a file whose
//! first non-blank byte is not '{' (a file of zeros is refused after one small read, not after
//! reading gigabytes). \a padding bytes past the end are allocated (simdjson reads there).
//! Stops between chunks when \a cancel is set. False with a message naming the path on error.
bool readArtifactFile(const QString &path,
    qint64 maxBytes,
    qsizetype padding,
    const std::atomic_bool *cancel,
    QByteArray *out,
    QString *error);

} // namespace Dbtc::Models
