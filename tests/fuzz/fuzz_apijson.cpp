// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the API decoders (api/json): whatever a server sends, the envelope
// reader and every object decoder either produce a value or a Decode error that says what is
// wrong. Never a crash, never an error without a message. Every input goes through every decoder,
// so one corpus (the real fixtures of ../shared/dbt-cloud-api/fixtures) reaches all of them.
#include "api/json/json.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace Dbtc::Api;

namespace {

template <typename T> void check(const Result<T> &r)
{
    if (!r.ok() && r.error().message.isEmpty() && r.error().detail.isEmpty()) {
        std::abort(); // an error the user could not read
    }
}

template <typename T>
void decodeAll(const QJsonDocument &doc, Result<T> (*decode)(const QJsonObject &))
{
    check(Json::objectFromEnvelope(doc, decode));
    check(Json::pageFromEnvelope(doc, decode));
    if (doc.isObject()) {
        check(decode(doc.object()));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    check(Json::envelopeData(doc));
    qint64 total = 0, offset = 0, limit = 0;
    if (doc.isObject()) {
        Json::readPagination(doc.object(), &total, &offset, &limit);
    }
    // Timestamps and durations arrive as free text in many fields.
    const QString text = QString::fromUtf8(bytes.left(256));
    (void)Json::parseTimestamp(text);
    (void)Json::parseDuration(text);
    decodeAll(doc, &Json::runFromJson);
    decodeAll(doc, &Json::jobFromJson);
    decodeAll(doc, &Json::runStepFromJson);
    decodeAll(doc, &Json::accountFromJson);
    decodeAll(doc, &Json::projectFromJson);
    decodeAll(doc, &Json::environmentFromJson);
    decodeAll(doc, &Json::triggerFromJson);
    decodeAll(doc, &Json::retryDetailsFromJson);
    const Result<QJsonValue> d = Json::envelopeData(doc);
    check(Json::artifactListFromJson(d.ok() ? d.value() : QJsonValue(), 1, 1));
    return 0;
}
