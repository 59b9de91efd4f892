// SPDX-License-Identifier: GPL-3.0-or-later
// dbtc-posix-guarded: Unix-only (FIFOs, rlimits, process clocks); CMake builds it only where UNIX.
// The bad-input corpus (issue 16): the small hand-made files of tests/data/badinput plus the
// big and special ones made at test time in a temporary folder (deep nesting, huge strings,
// truncations of a real manifest, symlink loops, dangling links, a folder where a file
// belongs). Every reader of the app gets all of them: artifacts, the offline cache, the
// artifact cache, settings, the recent-files list. FIFOs and huge sparse files are made by
// the tests that run them in a child process (they may block or eat memory in-process).
#pragma once

#include <QDir>
#include <QFile>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <unistd.h>

namespace BadInput {

struct Case
{
    QString name;
    QString path;
    //! Not JSON at all (or not whole): every JSON reader must refuse it. The others (wrong
    //! types, odd numbers) may be refused or read leniently, but never crash.
    bool notJson = true;
    //! Not a regular file: a symlink loop, a dangling link, a folder.
    bool special = false;
};

inline QString dataDir()
{
    return QStringLiteral(DBTC_TEST_DATA_DIR "/badinput");
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

//! Cut points of a real manifest: a JSON file that ends anywhere before its end.
inline QList<qsizetype> truncationPoints(qsizetype size, int count)
{
    QList<qsizetype> cuts { 1, 2, 17 };
    for (int i = 1; i <= count; ++i) {
        cuts << size * i / (count + 1);
    }
    cuts << size - 2 << size - 1;
    return cuts;
}

//! Every case; generated files go to \a dir (which must outlive the cases).
inline QList<Case> corpus(const QTemporaryDir &dir, int truncations = 12)
{
    QList<Case> cases;
    const QDir data(dataDir());
    for (const QString &f : data.entryList(
             { QStringLiteral("*.json"), QStringLiteral("*.bin") }, QDir::Files, QDir::Name)) {
        const bool lenient = f == QLatin1String("wrong-types.json")
            || f == QLatin1String("number-overflow.json")
            || f == QLatin1String("invalid-utf8.json");
        cases.append({ f, data.filePath(f), !lenient, false });
    }
    const QString root = dir.path() + QLatin1Char('/');
    const QByteArray deep = QByteArray(200000, '[') + QByteArray(200000, ']');
    if (writeFile(root + QStringLiteral("deep-nesting.json"), deep)) {
        cases.append({ QStringLiteral("deep-nesting.json"),
            root + QStringLiteral("deep-nesting.json"),
            true,
            false });
    }
    const QByteArray deepObjects =
        QByteArray("{\"a\":").repeated(100000) + "1" + QByteArray(100000, '}');
    if (writeFile(root + QStringLiteral("deep-objects.json"), deepObjects)) {
        cases.append({ QStringLiteral("deep-objects.json"),
            root + QStringLiteral("deep-objects.json"),
            true,
            false });
    }
    // A 32 MB string where a name belongs, and an unterminated one.
    const QByteArray huge = QByteArray("{\"metadata\": {\"dbt_schema_version\": \"")
        + QByteArray(32 * 1024 * 1024, 'x') + "\"}, \"nodes\": {}}";
    if (writeFile(root + QStringLiteral("huge-string.json"), huge)) {
        cases.append({ QStringLiteral("huge-string.json"),
            root + QStringLiteral("huge-string.json"),
            false,
            false });
    }
    if (writeFile(root + QStringLiteral("unterminated-string.json"),
            QByteArray("{\"nodes\": {\"model.a\": {\"name\": \"") + QByteArray(1 << 20, 'y'))) {
        cases.append({ QStringLiteral("unterminated-string.json"),
            root + QStringLiteral("unterminated-string.json"),
            true,
            false });
    }
    QFile manifest(QStringLiteral(
        DBTC_TEST_DATA_DIR "/artifacts/jaffle_shop-dbt1.6.0-bigquery/manifest.json"));
    if (manifest.open(QIODevice::ReadOnly)) {
        // Trailing whitespace is not part of the JSON: a cut in it would still be whole.
        const QByteArray whole = manifest.readAll().trimmed();
        for (qsizetype cut : truncationPoints(whole.size(), truncations)) {
            const QString name = QStringLiteral("manifest-cut-%1.json").arg(cut);
            if (writeFile(root + name, whole.left(cut))) {
                cases.append({ name, root + name, true, false });
            }
        }
    }
    const QString loop = root + QStringLiteral("loop.json");
    const QString loopBack = root + QStringLiteral("loop-back.json");
    if (::symlink(qPrintable(loopBack), qPrintable(loop)) == 0
        && ::symlink(qPrintable(loop), qPrintable(loopBack)) == 0) {
        cases.append({ QStringLiteral("symlink-loop"), loop, true, true });
    }
    const QString dangling = root + QStringLiteral("dangling.json");
    if (::symlink(qPrintable(root + QStringLiteral("nowhere/none.json")), qPrintable(dangling))
        == 0) {
        cases.append({ QStringLiteral("dangling-symlink"), dangling, true, true });
    }
    const QString folder = root + QStringLiteral("folder.json");
    if (QDir().mkpath(folder)) {
        cases.append({ QStringLiteral("folder-as-file"), folder, true, true });
    }
    return cases;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace BadInput
