// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the artifact tests: where the corpus is, and the expected summary computed
// independently with QJsonDocument (the code under test never uses QJson).

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace ArtifactCorpus {

//! The full corpus next to the repo when present (developer machines), else the small copy
//! in tests/data/artifacts (clean CI clone).
inline QString root()
{
    // DBTC_ARTIFACT_CORPUS=tests/data/artifacts checks the CI copy on a developer machine.
    const QString forced = qEnvironmentVariable("DBTC_ARTIFACT_CORPUS");
    if (!forced.isEmpty()) {
        return QDir(forced).absolutePath();
    }
    const QString shared = QStringLiteral(DBTC_SHARED_DIR "/artifacts");
    if (QFileInfo(shared).isDir()) {
        return shared;
    }
    return QStringLiteral(DBTC_TEST_DATA_DIR "/artifacts");
}

inline QStringList files()
{
    QStringList out;
    QDirIterator it(
        root(), { QStringLiteral("*.json") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        if (!f.contains(QLatin1String("/schemas/"))) {
            out << f;
        }
    }
    out.sort();
    return out;
}

inline QStringList folders()
{
    QStringList out;
    for (const QString &f : files()) {
        const QString dir = QFileInfo(f).absolutePath();
        if (!out.contains(dir)) {
            out << dir;
        }
    }
    return out;
}

inline QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline QString kindOf(const QJsonObject &root)
{
    const QString url =
        root[QLatin1String("metadata")][QLatin1String("dbt_schema_version")].toString();
    const QString kind = url.section(QLatin1Char('/'), -2, -2);
    return kind == QLatin1String("run-results") ? QStringLiteral("run_results") : kind;
}

//! {"kind", "schema_version", "dbt_version", "counts", "statuses", "problems"} as the issue
//! defines them, computed from the parsed JSON.
inline QJsonObject expectedSummary(const QJsonObject &root)
{
    QJsonObject out;
    const QJsonObject md = root[QLatin1String("metadata")].toObject();
    const QString url = md[QLatin1String("dbt_schema_version")].toString();
    out[QLatin1String("kind")] = kindOf(root);
    out[QLatin1String("schema_version")] =
        url.section(QLatin1Char('/'), -2).chopped(int(qstrlen(".json")));
    out[QLatin1String("dbt_version")] = md[QLatin1String("dbt_version")];
    QJsonObject counts;
    const QString kind = kindOf(root);
    if (kind == QLatin1String("manifest")) {
        const QJsonObject nodes = root[QLatin1String("nodes")].toObject();
        for (auto it = nodes.begin(); it != nodes.end(); ++it) {
            const QString type = it.value()[QLatin1String("resource_type")].toString();
            counts[type] = counts[type].toInt() + 1;
        }
        const QList<QPair<const char *, const char *>> maps = { { "sources", "source" },
            { "macros", "macro" },
            { "exposures", "exposure" },
            { "metrics", "metric" },
            { "semantic_models", "semantic_model" },
            { "saved_queries", "saved_query" },
            { "unit_tests", "unit_test" },
            { "groups", "group" },
            { "disabled", "disabled" } };
        for (const auto &[plural, singular] : maps) {
            const QJsonValue v = root[QLatin1String(plural)];
            if (v.isObject()) {
                counts[QLatin1String(singular)] = v.toObject().size();
            } else if (v.isArray()) {
                counts[QLatin1String(singular)] = v.toArray().size();
            }
        }
    } else if (kind == QLatin1String("catalog")) {
        counts[QLatin1String("nodes")] = root[QLatin1String("nodes")].toObject().size();
        counts[QLatin1String("sources")] = root[QLatin1String("sources")].toObject().size();
    } else {
        counts[QLatin1String("results")] = root[QLatin1String("results")].toArray().size();
    }
    out[QLatin1String("counts")] = counts;
    QJsonObject statuses;
    QJsonArray problems;
    const QStringList bad = { QStringLiteral("error"),
        QStringLiteral("fail"),
        QStringLiteral("runtime error"),
        QStringLiteral("warn") };
    for (const QJsonValue &r : root[QLatin1String("results")].toArray()) {
        const QString status = r[QLatin1String("status")].toString();
        statuses[status] = statuses[status].toInt() + 1;
        if (!bad.contains(status)) {
            continue;
        }
        QJsonValue message = r[QLatin1String("message")];
        if (!message.isString() || message.toString().isEmpty()) {
            message = r[QLatin1String("error")].isString() ? r[QLatin1String("error")]
                                                           : QJsonValue(QJsonValue::Null);
        }
        problems.append(
            QJsonObject { { QStringLiteral("unique_id"), r[QLatin1String("unique_id")] },
                { QStringLiteral("status"), status },
                { QStringLiteral("message"), message } });
    }
    out[QLatin1String("statuses")] = statuses;
    out[QLatin1String("problems")] = problems;
    return out;
}

} // namespace ArtifactCorpus
