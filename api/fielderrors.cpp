// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/fielderrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Dbtc::Api {

namespace {

void collect(const QJsonValue &value, const QString &path, QMap<QString, QString> *out)
{
    if (value.isString()) {
        out->insert(path, value.toString());
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            collect(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), out);
        }
    } else if (value.isArray()) {
        // ["msg", "msg"] is several messages for one field; [{...}, {...}] is per list entry.
        const QJsonArray array = value.toArray();
        QStringList messages;
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (array.at(i).isString()) {
                messages << array.at(i).toString();
            } else {
                collect(array.at(i), path + QStringLiteral("[%1]").arg(i), out);
            }
        }
        if (!messages.isEmpty()) {
            out->insert(path, messages.join(u' '));
        }
    }
}

} // namespace

QMap<QString, QString> fieldErrors(const QByteArray &body)
{
    QMap<QString, QString> out;
    const QJsonObject envelope = QJsonDocument::fromJson(body).object();
    const QJsonValue data = envelope.value(u"data");
    if (data.isObject()) {
        collect(data, QString(), &out);
    }
    return out;
}

} // namespace Dbtc::Api
