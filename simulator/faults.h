// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>

#include <optional>

namespace Dbtc::Sim {

enum class FaultKind {
    RateLimit, //!< 429 with the error envelope (+ Retry-After when retryAfterSeconds > 0)
    ServerError, //!< status 500/502/503 (default 500) with the error envelope
    HtmlPage, //!< an HTML incident page instead of JSON (status default 503)
    Delay, //!< process normally, answer after delayMs
    Drop, //!< close the connection before processing: nothing happens server-side
    DropAfterProcessing, //!< process (e.g. create the run), then close without answering
    Truncated, //!< 200 with half of the real body, then close
    InvalidJson, //!< 200 with a body that is not valid JSON
};

//! One scripted fault. Field order is the agreed aggregate order (tests brace-initialise it).
struct FaultRule
{
    QString pathRegex; //!< regex searched in the path (a plain prefix works too); empty = all
    QString method; //!< "GET", "POST", ... ; empty = any
    FaultKind kind = FaultKind::ServerError;
    int count = -1; //!< requests it applies to; -1 = forever
    int status = 0; //!< ServerError/HtmlPage status; 0 = the kind's default
    int retryAfterSeconds = 0; //!< RateLimit: 0 = omit the Retry-After header
    int delayMs = 0; //!< Delay (also honoured before Drop kinds when set)
};

std::optional<FaultKind> faultKindFromString(const QString &name);
QString faultKindName(FaultKind kind);
//! {"path": "...", "method": "POST", "kind": "rate_limit", "count": 2, "status": 503,
//!  "retry_after": 3, "delay_ms": 100}; kind names are snake_case or CamelCase.
std::optional<FaultRule> faultFromJson(const QJsonObject &obj, QString *error = nullptr);
QJsonObject faultToJson(const FaultRule &rule);
//! Command-line form: "KIND[:key=value,...]" e.g. "rate_limit:path=/runs/,count=2,retry_after=5".
std::optional<FaultRule> faultFromSpec(const QString &spec, QString *error = nullptr);

//! The fault script. Thread-safe: tests script it from the main thread while the server may
//! run on a worker thread (demo mode).
class Faults final
{
public:
    void add(const FaultRule &rule);
    //! Adds every rule of a scenario document: {"faults": [rule, ...]} or a bare array.
    bool addFromJson(const QJsonValue &doc, QString *error = nullptr);
    void clear();
    QList<FaultRule> rules() const;
    //! The first rule matching the request; consumes one of its counts.
    std::optional<FaultRule> take(const QByteArray &method, const QString &path);

private:
    mutable QMutex m_mutex;
    QList<FaultRule> m_rules;
};

} // namespace Dbtc::Sim
