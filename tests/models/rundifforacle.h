// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The expected --diff object computed from the raw JSON with QJsonDocument, independently of
// the simdjson index the code under test uses. Shared by tst_rundiff and tst_headless.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QStringList>

namespace RunDiffOracle {

inline QJsonObject readObject(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

//! A run_results.json or a folder holding one: (results file, manifest beside it or empty).
inline QPair<QString, QString> filesOf(const QString &path)
{
    const QFileInfo info(path);
    const QDir dir = info.isDir() ? QDir(path) : info.dir();
    const QString results = info.isDir() ? dir.filePath(QStringLiteral("run_results.json")) : path;
    const QString manifest = dir.filePath(QStringLiteral("manifest.json"));
    return { results, QFileInfo::exists(manifest) ? manifest : QString() };
}

//! unique_id -> the last result written for it (a retried node appears twice; the last wins).
inline QMap<QString, QJsonObject> results(const QString &runResults)
{
    QMap<QString, QJsonObject> out;
    for (const QJsonValue &v : readObject(runResults)[QLatin1String("results")].toArray()) {
        const QJsonObject r = v.toObject();
        out.insert(r[QLatin1String("unique_id")].toString(), r);
    }
    return out;
}

inline QString firstText(const QJsonObject &node, const char *a, const char *b)
{
    const QString x = node[QLatin1String(a)].toString();
    return x.isEmpty() ? node[QLatin1String(b)].toString() : x;
}

inline QStringList sqlChanged(const QString &oldManifest, const QString &newManifest)
{
    static const QSet<QString> withSql = { QStringLiteral("model"),
        QStringLiteral("test"),
        QStringLiteral("snapshot"),
        QStringLiteral("analysis"),
        QStringLiteral("operation"),
        QStringLiteral("sql_operation"),
        QStringLiteral("rpc") };
    const QJsonObject a = readObject(oldManifest)[QLatin1String("nodes")].toObject();
    const QJsonObject b = readObject(newManifest)[QLatin1String("nodes")].toObject();
    QStringList out;
    for (auto it = a.begin(); it != a.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        if (!withSql.contains(o[QLatin1String("resource_type")].toString())
            || !b.contains(it.key())) {
            continue;
        }
        const QJsonObject n = b[it.key()].toObject();
        const QString oc = firstText(o, "compiled_code", "compiled_sql");
        const QString nc = firstText(n, "compiled_code", "compiled_sql");
        const bool differs = (!oc.isEmpty() && !nc.isEmpty())
            ? oc != nc
            : firstText(o, "raw_code", "raw_sql") != firstText(n, "raw_code", "raw_sql");
        if (differs) {
            out << it.key();
        }
    }
    out.sort();
    return out;
}

inline QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

//! The object `dbt-cloud-console --diff OLD NEW` must print.
inline QJsonObject expected(const QString &oldPath, const QString &newPath)
{
    const auto [oldResults, oldManifest] = filesOf(oldPath);
    const auto [newResults, newManifest] = filesOf(newPath);
    const QMap<QString, QJsonObject> a = results(oldResults);
    const QMap<QString, QJsonObject> b = results(newResults);
    QJsonArray statusChanged, timing;
    QStringList added, removed;
    for (auto it = a.begin(); it != a.end(); ++it) { // QMap iterates sorted by key
        if (!b.contains(it.key())) {
            removed << it.key();
            continue;
        }
        const QJsonObject &o = it.value();
        const QJsonObject n = b[it.key()];
        const QString os = o[QLatin1String("status")].toString();
        const QString ns = n[QLatin1String("status")].toString();
        if (os != ns) {
            statusChanged.append(QJsonObject { { QStringLiteral("unique_id"), it.key() },
                { QStringLiteral("old"), os },
                { QStringLiteral("new"), ns } });
        }
        timing.append(QJsonObject { { QStringLiteral("unique_id"), it.key() },
            { QStringLiteral("old_s"), o[QLatin1String("execution_time")].toDouble() },
            { QStringLiteral("new_s"), n[QLatin1String("execution_time")].toDouble() } });
    }
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (!a.contains(it.key())) {
            added << it.key();
        }
    }
    const QStringList sql = (oldManifest.isEmpty() || newManifest.isEmpty())
        ? QStringList()
        : sqlChanged(oldManifest, newManifest);
    return QJsonObject { { QStringLiteral("status_changed"), statusChanged },
        { QStringLiteral("added"), toArray(added) },
        { QStringLiteral("removed"), toArray(removed) },
        { QStringLiteral("timing"), timing },
        { QStringLiteral("sql_changed"), toArray(sql) } };
}

} // namespace RunDiffOracle
