// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/json/reader.h"

#include "api/json/json.h"

#include <QJsonArray>

namespace Dbtc::Api::Json {

namespace {

// Ids are int64 (14-digit cell ids); webhooks and some proxies send them as strings.
std::optional<qint64> toId(const QJsonValue &v)
{
    if (v.isDouble()) {
        const qint64 i = v.toInteger(std::numeric_limits<qint64>::min());
        if (i != std::numeric_limits<qint64>::min()) {
            return i;
        }
        return std::nullopt;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 i = v.toString().toLongLong(&ok);
        if (ok) {
            return i;
        }
    }
    return std::nullopt;
}

} // namespace

QJsonValue Reader::value(const char *key) const
{
    return m_object.value(QLatin1String(key));
}

QJsonValue Reader::required(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull()) {
        fail(key, QStringLiteral("missing"));
    }
    return v;
}

void Reader::fail(const char *key, const QString &why)
{
    if (m_error.isEmpty()) {
        m_error = QLatin1String(key) + QStringLiteral(": ") + why;
    }
}

ApiError Reader::error() const
{
    return decodeError(m_error);
}

qint64 Reader::id(const char *key)
{
    const QJsonValue v = required(key);
    if (v.isUndefined() || v.isNull()) {
        return 0;
    }
    const auto i = toId(v);
    if (!i) {
        fail(key, QStringLiteral("expected an integer id"));
    }
    return i.value_or(0);
}

std::optional<qint64> Reader::optionalId(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull()) {
        return std::nullopt;
    }
    const auto i = toId(v);
    if (!i) {
        fail(key, QStringLiteral("expected an integer id"));
    }
    return i;
}

qint64 Reader::integer(const char *key, qint64 fallback)
{
    return optionalId(key).value_or(fallback);
}

std::optional<int> Reader::optionalInt(const char *key)
{
    const auto i = optionalId(key);
    if (!i) {
        return std::nullopt;
    }
    return static_cast<int>(*i);
}

QString Reader::string(const char *key)
{
    const QJsonValue v = required(key);
    if (!v.isString() && !v.isUndefined() && !v.isNull()) {
        fail(key, QStringLiteral("expected a string"));
    }
    return v.toString();
}

QString Reader::optionalString(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isString()) {
        return v.toString();
    }
    if (v.isDouble()) { // tolerate numbers where text is expected (e.g. dbt_version 1.7)
        return QString::number(v.toDouble());
    }
    return {};
}

bool Reader::boolean(const char *key, bool fallback)
{
    return optionalBool(key).value_or(fallback);
}

std::optional<bool> Reader::optionalBool(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isBool()) {
        return v.toBool();
    }
    if (!v.isUndefined() && !v.isNull()) {
        fail(key, QStringLiteral("expected true or false"));
    }
    return std::nullopt;
}

QDateTime Reader::timestamp(const char *key)
{
    const QJsonValue v = required(key);
    if (v.isUndefined() || v.isNull()) {
        return {};
    }
    const QDateTime t = parseTimestamp(v.toString());
    if (!t.isValid()) {
        fail(key, QStringLiteral("not a timestamp: \"%1\"").arg(v.toString()));
    }
    return t;
}

ObjectState Reader::state()
{
    switch (integer("state", 0)) {
    case 1:
        return ObjectState::Active;
    case 2:
        return ObjectState::Deleted;
    default:
        return ObjectState::Unknown;
    }
}

QDateTime Reader::optionalTimestamp(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull()) {
        return {};
    }
    const QDateTime t = parseTimestamp(v.toString());
    if (!t.isValid()) {
        fail(key, QStringLiteral("not a timestamp: \"%1\"").arg(v.toString()));
    }
    return t;
}

std::chrono::seconds Reader::duration(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull()) {
        return std::chrono::seconds { 0 };
    }
    if (v.isDouble()) {
        return std::chrono::seconds { v.toInteger() };
    }
    const auto d = parseDuration(v.toString());
    if (!d) {
        fail(key, QStringLiteral("not a duration: \"%1\"").arg(v.toString()));
    }
    return d.value_or(std::chrono::seconds { 0 });
}

QStringList Reader::stringList(const char *key)
{
    return optionalStringList(key).value_or(QStringList());
}

std::optional<QStringList> Reader::optionalStringList(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull()) {
        return std::nullopt;
    }
    if (!v.isArray()) {
        fail(key, QStringLiteral("expected a list"));
        return std::nullopt;
    }
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &item : a) {
        out.append(item.toString());
    }
    return out;
}

QList<qint64> Reader::idList(const char *key)
{
    QList<qint64> out;
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull()) {
        return out;
    }
    if (!v.isArray()) {
        fail(key, QStringLiteral("expected a list"));
        return out;
    }
    const QJsonArray a = v.toArray();
    for (const QJsonValue &item : a) {
        if (const auto i = toId(item)) {
            out.append(*i);
        } else {
            fail(key, QStringLiteral("expected a list of ids"));
        }
    }
    return out;
}

QJsonObject Reader::object(const char *key)
{
    return value(key).toObject();
}

} // namespace Dbtc::Api::Json
