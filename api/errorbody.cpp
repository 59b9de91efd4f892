// SPDX-License-Identifier: GPL-3.0-or-later
// How dbt Cloud's error answers are read: one decoder for every call, so the job editor and
// the account views show the same per-field messages and the same "needs ..." for a 403.
#include "api/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Dbtc::Api {

namespace {

void addMessages(const QString &field, const QJsonValue &value, QList<FieldError> *out)
{
    if (value.isString()) {
        out->append({ field, value.toString() });
    } else if (value.isArray()) {
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            // DRF answers a list of strings per field; a list of objects is per item.
            if (list.at(i).isObject()) {
                addMessages(QStringLiteral("%1[%2]").arg(field).arg(i), list.at(i), out);
            } else {
                addMessages(field, list.at(i), out);
            }
        }
    } else if (value.isObject()) {
        const QJsonObject nested = value.toObject();
        for (auto it = nested.begin(); it != nested.end(); ++it) {
            addMessages(field.isEmpty() ? it.key() : field + u'.' + it.key(), it.value(), out);
        }
    } else if (!value.isNull() && !value.isUndefined()) {
        out->append({ field, value.toVariant().toString() });
    }
}

//! "... it needs one of: Account Admin, Security Admin." (the simulator and the live service
//! word it so); without that clause the 403 names nothing and the list stays empty.
QStringList permissionSetsNamed(const QString &message)
{
    static const QRegularExpression needs(QStringLiteral(R"(needs (?:one of: )?([^.;]+))"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = needs.match(message);
    if (!m.hasMatch()) {
        return {};
    }
    QStringList sets;
    const QStringList parts = m.captured(1).split(QRegularExpression(QStringLiteral(",| or ")));
    for (const QString &part : parts) {
        if (const QString set = part.trimmed(); !set.isEmpty()) {
            sets << set;
        }
    }
    return sets;
}

} // namespace

QString ApiError::fieldMessage(const QString &field) const
{
    QStringList messages;
    for (const FieldError &f : fieldErrors) {
        if (f.field == field) {
            messages << f.message;
        }
    }
    return messages.join(QStringLiteral("; "));
}

void readErrorBody(const QByteArray &body, ApiError *error, const QString &host)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        return;
    }
    const QJsonObject root = document.object();
    QString message = root.value(u"status").toObject().value(u"user_message").toString();
    if (message.isEmpty()) {
        message = root.value(u"detail").toString();
    }
    error->serverMessage = message;
    if (error->httpStatus == 400) {
        error->fieldErrors.clear();
        const QJsonValue data = root.value(u"data");
        if (data.isObject()) {
            addMessages(QString(), data, &error->fieldErrors);
        }
    }
    if (error->httpStatus == 403) {
        error->neededPermissionSets = permissionSetsNamed(message);
    }
    error->updateMessage(host);
}

} // namespace Dbtc::Api
