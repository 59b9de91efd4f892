// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/cachefolder.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>
#include <vector>

namespace Dbtc::Models::CacheFolder {

namespace {

struct RunFolder
{
    QString path;
    qint64 bytes = 0;
    QDateTime newest;
};

RunFolder measure(const QString &path)
{
    RunFolder out { path, 0, {} };
    QDirIterator it(
        path, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo fi = it.fileInfo();
        out.bytes += fi.size();
        out.newest = std::max(out.newest, fi.lastModified());
    }
    return out;
}

QStringList subdirs(const QString &path)
{
    QStringList out;
    const QDir dir(path);
    for (const QString &name :
        dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks)) {
        out.append(dir.filePath(name));
    }
    return out;
}

} // namespace

qint64 bytesUsed(const QString &root)
{
    return root.isEmpty() ? 0 : measure(root).bytes;
}

qint64 prune(const QString &root, qint64 maxBytes)
{
    if (root.isEmpty()) {
        return 0;
    }
    std::vector<RunFolder> runs;
    for (const QString &host : subdirs(root)) {
        for (const QString &account : subdirs(host)) {
            for (const QString &run : subdirs(account)) {
                runs.push_back(measure(run));
            }
        }
    }
    qint64 total = 0;
    for (const RunFolder &r : runs) {
        total += r.bytes;
    }
    std::sort(runs.begin(), runs.end(), [](const RunFolder &a, const RunFolder &b) {
        return a.newest < b.newest;
    });
    for (const RunFolder &r : runs) {
        if (total <= maxBytes) {
            break;
        }
        if (QDir(r.path).removeRecursively()) {
            total -= r.bytes;
        }
    }
    return total;
}

bool clear(const QString &root)
{
    if (root.isEmpty()) {
        return true;
    }
    bool ok = true;
    const QDir dir(root);
    for (const QFileInfo &fi :
        dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (fi.isDir() && !fi.isSymLink()) {
            ok = QDir(fi.filePath()).removeRecursively() && ok;
        } else {
            ok = QFile::remove(fi.filePath()) && ok;
        }
    }
    return ok;
}

} // namespace Dbtc::Models::CacheFolder
