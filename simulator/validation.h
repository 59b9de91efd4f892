// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/http.h"

#include <QJsonObject>
#include <QList>

namespace Dbtc::Sim {

//! The 400 of dbt Cloud's validation, as captured from the live service (terraform-provider
//! issue #132, docs.getdbt.com issue #451): the usual envelope with user_message "The request was
//! invalid. Please double check the provided data and try again." and `data` an object mapping
//! each bad field to one message string. Nested fields are named by their dotted path
//! ("settings.threads", "schedule.cron").
class FieldErrors
{
public:
    void add(const QString &field, const QString &message);

    bool isEmpty() const { return m_errors.isEmpty(); }

    bool has(const QString &field) const { return m_errors.contains(field); }

    Response response() const;

    //! Checks the common shapes; each returns false (and records the error) when it fails.
    bool requireString(
        const QJsonObject &body, const QString &key, bool create, int maxLength = 255);
    //! `prefix` names the enclosing object in the error key ("settings.").
    bool optionalBool(const QJsonObject &body, const QString &key, const QString &prefix = {});
    bool optionalInt(const QJsonObject &body,
        const QString &key,
        qint64 min,
        qint64 max,
        const QString &prefix = {});
    bool optionalString(const QJsonObject &body, const QString &key, const QString &prefix = {});

private:
    QJsonObject m_errors;
};

//! The body as a JSON object ("" counts as {}); false with a 400 in `error` when it is not one.
bool parseBody(const Request &request, QJsonObject *out, Response *error);
//! The body as any JSON value (service-token and group permission routes take an array).
bool parseBodyValue(const Request &request, QJsonValue *out, Response *error);
//! A present, non-null key (clients send unused keys as null: null counts as absent).
bool present(const QJsonObject &body, const QString &key);

} // namespace Dbtc::Sim
