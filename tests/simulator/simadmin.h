// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers of the administrative API tests: a client per permission set, the captured fixtures
// and a shape comparison (every key of the real object present with the same JSON type).

#include "simclient.h"

#include <QFile>
#include <QJsonArray>

namespace SimTest {

inline void compareShape(
    const QJsonValue &real, const QJsonValue &sim, const QString &path, QStringList *problems)
{
    if (real.isNull()) {
        return;
    }
    if (real.type() != sim.type()) {
        problems->append(QStringLiteral("%1: fixture %2, simulator %3")
                             .arg(path)
                             .arg(int(real.type()))
                             .arg(int(sim.type())));
        return;
    }
    if (real.isObject()) {
        const QJsonObject r = real.toObject();
        const QJsonObject s = sim.toObject();
        for (auto it = r.begin(); it != r.end(); ++it) {
            if (!s.contains(it.key())) {
                problems->append(QStringLiteral("%1.%2: missing").arg(path, it.key()));
                continue;
            }
            compareShape(
                it.value(), s.value(it.key()), path + QLatin1Char('.') + it.key(), problems);
        }
    } else if (real.isArray() && !real.toArray().isEmpty() && !sim.toArray().isEmpty()) {
        compareShape(
            real.toArray().first(), sim.toArray().first(), path + QStringLiteral("[0]"), problems);
    }
}

//! Problems of `sim` against the fixture file (empty list = same shape).
inline QStringList shapeProblems(const QString &fixtureFile, const QJsonObject &sim)
{
    QFile f(QStringLiteral(DBTC_TEST_DATA_DIR "/fixtures/") + fixtureFile);
    if (!f.open(QIODevice::ReadOnly)) {
        return { QStringLiteral("cannot open ") + fixtureFile };
    }
    QStringList problems;
    compareShape(
        QJsonDocument::fromJson(f.readAll()).object(), sim, QStringLiteral("$"), &problems);
    return problems;
}

//! A client whose token is the seeded service token of `permissionSet`.
inline std::unique_ptr<Client> clientAs(const Dbtc::Sim::Server &server, const char *permissionSet)
{
    auto c = std::make_unique<Client>(server);
    c->setToken(server.serviceToken(QLatin1String(permissionSet)));
    return c;
}

//! The field errors of a 400 (dbt Cloud's shape: data maps each field to a message).
inline QJsonObject fieldErrors(const Reply &r)
{
    return r.status == 400 ? r.data().toObject() : QJsonObject();
}

inline QJsonObject json(std::initializer_list<QPair<QString, QJsonValue>> fields)
{
    QJsonObject o;
    for (const auto &f : fields) {
        o.insert(f.first, f.second);
    }
    return o;
}

} // namespace SimTest
