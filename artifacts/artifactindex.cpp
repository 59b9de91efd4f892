// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/artifactindex.h"

#include "artifacts/artifactfile.h"
#include "artifacts/artifactparse.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>

namespace Dbtc::Models {

ArtifactData::Marks ArtifactData::marks() const
{
    return { entities.size(),
        tags.size(),
        columns.size(),
        catalog.size(),
        catalogColumns.size(),
        catalogStats.size(),
        results.size(),
        timings.size(),
        adapterResponse.size(),
        dependsOn.size(),
        parentMap.size() };
}

void ArtifactData::rollback(const Marks &m)
{
    entities.resize(m.entities);
    tags.resize(m.tags);
    columns.resize(m.columns);
    catalog.resize(m.catalog);
    catalogColumns.resize(m.catalogColumns);
    catalogStats.resize(m.catalogStats);
    results.resize(m.results);
    timings.resize(m.timings);
    adapterResponse.resize(m.adapterResponse);
    dependsOn.resize(m.dependsOn);
    parentMap.resize(m.parentMap);
}

namespace {

const char *const kArtifactNames[] = {
    "manifest.json", "catalog.json", "run_results.json", "sources.json"
};

} // namespace

QStringList ArtifactIndex::artifactFiles(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists() && info.isSymLink()) {
        return { path }; // a loop or a dangling link: reading it says which
    }
    if (!info.exists()) {
        if (error) {
            *error = QStringLiteral("%1: no such file or folder").arg(path);
        }
        return {};
    }
    if (!info.isDir()) {
        return { path };
    }
    QDir dir(path);
    // A project folder holds its artifacts in target/.
    if (!dir.exists(QStringLiteral("manifest.json")) && dir.exists(QStringLiteral("target"))) {
        dir.cd(QStringLiteral("target"));
    }
    QStringList files;
    for (const char *name : kArtifactNames) {
        const QString file = dir.filePath(QLatin1String(name));
        if (QFileInfo::exists(file)) {
            files << file;
        }
    }
    if (files.isEmpty() && error) {
        *error = QStringLiteral("%1: no dbt artifacts (manifest.json, catalog.json, "
                                "run_results.json, sources.json) in this folder")
                     .arg(path);
    }
    return files;
}

std::shared_ptr<ArtifactIndex> ArtifactIndex::load(
    const QString &path, QString *error, const LoadControl &control)
{
    const QStringList files = artifactFiles(path, error);
    if (files.isEmpty()) {
        return {};
    }
    qint64 total = 0;
    for (const QString &f : files) {
        total += std::max<qint64>(QFileInfo(f).size(), 1);
    }
    auto index = std::make_shared<ArtifactIndex>();
    qint64 done = 0;
    const bool folder = QFileInfo(path).isDir();
    for (const QString &file : files) {
        const qint64 size = std::max<qint64>(QFileInfo(file).size(), 1);
        LoadControl fileControl { control.cancel, {}, control.maxFileBytes };
        if (control.progress) {
            fileControl.progress = [&control, done, size, total](int percent) {
                control.progress(int((done + size * percent / 100) * 100 / total));
            };
        }
        // In a folder the file name says what it must be: a catalog saved as manifest.json
        // is an error, not a silent surprise.
        std::optional<ArtifactKind> expected;
        if (folder) {
            const QString name = QFileInfo(file).fileName();
            expected = name == QLatin1String("manifest.json") ? ArtifactKind::Manifest
                : name == QLatin1String("catalog.json")       ? ArtifactKind::Catalog
                : name == QLatin1String("sources.json")       ? ArtifactKind::Sources
                                                              : ArtifactKind::RunResults;
        }
        if (!index->addFile(file, error, expected, fileControl)) {
            return {};
        }
        done += size;
    }
    index->finalize();
    return index;
}

bool ArtifactIndex::addFile(const QString &path,
    QString *error,
    std::optional<ArtifactKind> expected,
    const LoadControl &control)
{
    // simdjson reads up to SIMDJSON_PADDING bytes past the end: readArtifactFile allocates
    // them. Only the padding is zeroed (addBuffer does it): clearing the whole buffer before
    // reading into it was a wasted pass over hundreds of MB.
    QByteArray bytes;
    const qint64 limit =
        control.maxFileBytes > 0 ? control.maxFileBytes : defaultMaxArtifactBytes();
    if (!readArtifactFile(
            path, limit, qsizetype(simdjson::SIMDJSON_PADDING), control.cancel, &bytes, error)) {
        return false;
    }
    return addBuffer(std::move(bytes), path, error, expected, control);
}

bool ArtifactIndex::addBuffer(QByteArray bytes,
    const QString &name,
    QString *error,
    std::optional<ArtifactKind> expected,
    const LoadControl &control)
{
    const qsizetype size = bytes.size();
    // Detach first: detaching a shared array copies only its size, dropping any padding.
    bytes.detach();
    if (bytes.capacity() < size + qsizetype(simdjson::SIMDJSON_PADDING)) {
        bytes.reserve(size + qsizetype(simdjson::SIMDJSON_PADDING));
    }
    std::memset(bytes.data() + size, 0, std::size_t(bytes.capacity() - size));
    if (!Detail::parseArtifactBuffer(bytes.constData(),
            std::size_t(size),
            std::size_t(bytes.capacity()),
            name,
            m_data,
            m_arena,
            expected,
            control,
            error)) {
        return false;
    }
    m_buffers.append(std::move(bytes));
    return true;
}

} // namespace Dbtc::Models
