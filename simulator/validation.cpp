// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/validation.h"

#include "simulator/envelope.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Dbtc::Sim {

void FieldErrors::add(const QString &field, const QString &message)
{
    if (!m_errors.contains(field)) {
        m_errors.insert(field, message); // the first problem of a field is the one reported
    }
}

Response FieldErrors::response() const
{
    QJsonObject env = errorEnvelope(400,
        QStringLiteral("The request was invalid. Please double check the provided data and try "
                       "again."));
    QJsonObject status = env.value(QStringLiteral("status")).toObject();
    status.insert(QStringLiteral("developer_message"), QString());
    env.insert(QStringLiteral("status"), status);
    env.insert(QStringLiteral("data"), m_errors);
    return Response::json(env, 400);
}

bool present(const QJsonObject &body, const QString &key)
{
    return body.contains(key) && !body.value(key).isNull();
}

bool FieldErrors::requireString(
    const QJsonObject &body, const QString &key, bool create, int maxLength)
{
    if (!present(body, key)) {
        if (create) {
            add(key, QStringLiteral("This field is required."));
            return false;
        }
        return true;
    }
    const QJsonValue v = body.value(key);
    if (!v.isString()) {
        add(key, QStringLiteral("Not a valid string."));
        return false;
    }
    if (v.toString().trimmed().isEmpty()) {
        add(key, QStringLiteral("This field may not be blank."));
        return false;
    }
    if (v.toString().size() > maxLength) {
        add(key,
            QStringLiteral("Ensure this field has no more than %1 characters.").arg(maxLength));
        return false;
    }
    return true;
}

bool FieldErrors::optionalBool(const QJsonObject &body, const QString &key, const QString &prefix)
{
    if (present(body, key) && !body.value(key).isBool()) {
        add(prefix + key, QStringLiteral("Must be a valid boolean."));
        return false;
    }
    return true;
}

bool FieldErrors::optionalString(const QJsonObject &body, const QString &key, const QString &prefix)
{
    if (present(body, key) && !body.value(key).isString()) {
        add(prefix + key, QStringLiteral("Not a valid string."));
        return false;
    }
    return true;
}

bool FieldErrors::optionalInt(
    const QJsonObject &body, const QString &key, qint64 min, qint64 max, const QString &prefix)
{
    if (!present(body, key)) {
        return true;
    }
    const QJsonValue v = body.value(key);
    const double d = v.toDouble();
    if (!v.isDouble() || d != double(qint64(d))) {
        add(prefix + key, QStringLiteral("A valid integer is required."));
        return false;
    }
    if (qint64(d) < min) {
        add(prefix + key,
            QStringLiteral("Ensure this value is greater than or equal to %1.").arg(min));
        return false;
    }
    if (qint64(d) > max) {
        add(prefix + key,
            QStringLiteral("Ensure this value is less than or equal to %1.").arg(max));
        return false;
    }
    return true;
}

bool parseBodyValue(const Request &request, QJsonValue *out, Response *error)
{
    if (request.body.trimmed().isEmpty()) {
        *out = QJsonObject();
        return true;
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &err);
    if (err.error != QJsonParseError::NoError) {
        *error = Response::error(400,
            QStringLiteral("JSON parse error - %1 at offset %2.")
                .arg(err.errorString())
                .arg(err.offset));
        return false;
    }
    *out = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    return true;
}

bool parseBody(const Request &request, QJsonObject *out, Response *error)
{
    QJsonValue v;
    if (!parseBodyValue(request, &v, error)) {
        return false;
    }
    if (!v.isObject()) {
        *error = Response::error(
            400, QStringLiteral("Invalid data. Expected a dictionary, but got list."));
        return false;
    }
    *out = v.toObject();
    return true;
}

} // namespace Dbtc::Sim
