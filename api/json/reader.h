// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/types/common.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace Dbtc::Api::Json {

//! \brief Reads fields of one JSON object and remembers the first problem, so a decoder reads
//! like a field list and still reports exactly which field was missing or mistyped.
//! null counts as absent for optional fields and as missing for required ones.
class Reader
{
public:
    explicit Reader(const QJsonObject &object)
        : m_object(object)
    { }

    qint64 id(const char *key); // required 64-bit integer
    std::optional<qint64> optionalId(const char *key);
    qint64 integer(const char *key, qint64 fallback = 0);
    std::optional<int> optionalInt(const char *key);
    QString string(const char *key); // required, may be ""
    QString optionalString(const char *key);
    bool boolean(const char *key, bool fallback = false);
    std::optional<bool> optionalBool(const char *key);
    QDateTime timestamp(const char *key); // required
    QDateTime optionalTimestamp(const char *key);
    //! "state": 1 active, 2 deleted (dbt Cloud's soft delete); anything else Unknown.
    ObjectState state();
    std::chrono::seconds duration(const char *key); // optional, 0 when absent
    QStringList stringList(const char *key);
    std::optional<QStringList> optionalStringList(const char *key);
    QList<qint64> idList(const char *key);
    QJsonObject object(const char *key); // {} when absent or null

    //! \brief Marks \a key as bad (for checks a decoder does itself).
    void fail(const char *key, const QString &why);

    bool ok() const { return m_error.isEmpty(); }

    ApiError error() const;

private:
    QJsonValue value(const char *key) const;
    QJsonValue required(const char *key);

    const QJsonObject &m_object;
    QString m_error;
};

} // namespace Dbtc::Api::Json
