// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/faults.h"

#include <QRegularExpression>

namespace Dbtc::Sim {

namespace {

struct KindName
{
    FaultKind kind;
    const char *snake;
    const char *camel;
};

constexpr KindName kKinds[] = {
    { FaultKind::RateLimit, "rate_limit", "RateLimit" },
    { FaultKind::ServerError, "server_error", "ServerError" },
    { FaultKind::HtmlPage, "html_page", "HtmlPage" },
    { FaultKind::Delay, "delay", "Delay" },
    { FaultKind::Drop, "drop", "Drop" },
    { FaultKind::DropAfterProcessing, "drop_after_processing", "DropAfterProcessing" },
    { FaultKind::Truncated, "truncated", "Truncated" },
    { FaultKind::InvalidJson, "invalid_json", "InvalidJson" },
};

} // namespace

std::optional<FaultKind> faultKindFromString(const QString &name)
{
    for (const KindName &k : kKinds) {
        if (name.compare(QLatin1String(k.snake), Qt::CaseInsensitive) == 0
            || name.compare(QLatin1String(k.camel), Qt::CaseInsensitive) == 0) {
            return k.kind;
        }
    }
    return std::nullopt;
}

QString faultKindName(FaultKind kind)
{
    for (const KindName &k : kKinds) {
        if (k.kind == kind) {
            return QLatin1String(k.snake);
        }
    }
    return {};
}

std::optional<FaultRule> faultFromJson(const QJsonObject &obj, QString *error)
{
    const auto kind = faultKindFromString(obj.value(QStringLiteral("kind")).toString());
    if (!kind) {
        if (error) {
            *error = QStringLiteral("unknown fault kind '%1'")
                         .arg(obj.value(QStringLiteral("kind")).toString());
        }
        return std::nullopt;
    }
    FaultRule rule;
    rule.kind = *kind;
    rule.pathRegex = obj.value(QStringLiteral("path")).toString();
    rule.method = obj.value(QStringLiteral("method")).toString().toUpper();
    rule.count = obj.value(QStringLiteral("count")).toInt(-1);
    rule.status = obj.value(QStringLiteral("status")).toInt(0);
    rule.retryAfterSeconds = obj.value(QStringLiteral("retry_after")).toInt(0);
    rule.delayMs = obj.value(QStringLiteral("delay_ms")).toInt(0);
    if (!QRegularExpression(rule.pathRegex).isValid()) {
        if (error) {
            *error = QStringLiteral("invalid path regex '%1'").arg(rule.pathRegex);
        }
        return std::nullopt;
    }
    return rule;
}

QJsonObject faultToJson(const FaultRule &rule)
{
    return { { QStringLiteral("path"), rule.pathRegex },
        { QStringLiteral("method"), rule.method },
        { QStringLiteral("kind"), faultKindName(rule.kind) },
        { QStringLiteral("count"), rule.count },
        { QStringLiteral("status"), rule.status },
        { QStringLiteral("retry_after"), rule.retryAfterSeconds },
        { QStringLiteral("delay_ms"), rule.delayMs } };
}

std::optional<FaultRule> faultFromSpec(const QString &spec, QString *error)
{
    const QString kind = spec.section(QLatin1Char(':'), 0, 0);
    QJsonObject obj { { QStringLiteral("kind"), kind } };
    const QString rest = spec.section(QLatin1Char(':'), 1);
    // Split on commas that start a new key=value, so a regex may contain commas ("{1,3}").
    static const QRegularExpression sep(QStringLiteral(",(?=[a-z_]+=)"));
    const QStringList pairs = rest.split(sep, Qt::SkipEmptyParts);
    for (const QString &p : pairs) {
        const QString key = p.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = p.section(QLatin1Char('='), 1);
        bool isInt = false;
        const int n = value.toInt(&isInt);
        if (key == QLatin1String("path") || key == QLatin1String("method")) {
            obj.insert(key, value);
        } else if (isInt) {
            obj.insert(key, n);
        } else {
            if (error) {
                *error = QStringLiteral("bad fault option '%1'").arg(p);
            }
            return std::nullopt;
        }
    }
    return faultFromJson(obj, error);
}

void Faults::add(const FaultRule &rule)
{
    QMutexLocker lock(&m_mutex);
    m_rules.append(rule);
}

bool Faults::addFromJson(const QJsonValue &doc, QString *error)
{
    const QJsonArray arr =
        doc.isArray() ? doc.toArray() : doc.toObject().value(QStringLiteral("faults")).toArray();
    if (doc.isObject() && !doc.toObject().contains(QStringLiteral("faults"))) {
        const auto rule = faultFromJson(doc.toObject(), error);
        if (rule) {
            add(*rule);
        }
        return rule.has_value();
    }
    for (const QJsonValue &v : arr) {
        const auto rule = faultFromJson(v.toObject(), error);
        if (!rule) {
            return false;
        }
        add(*rule);
    }
    return true;
}

void Faults::clear()
{
    QMutexLocker lock(&m_mutex);
    m_rules.clear();
}

QList<FaultRule> Faults::rules() const
{
    QMutexLocker lock(&m_mutex);
    return m_rules;
}

std::optional<FaultRule> Faults::take(const QByteArray &method, const QString &path)
{
    QMutexLocker lock(&m_mutex);
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        FaultRule &r = m_rules[i];
        if (r.count == 0) {
            continue;
        }
        if (!r.method.isEmpty() && r.method.toLatin1() != method) {
            continue;
        }
        if (!r.pathRegex.isEmpty() && !path.contains(QRegularExpression(r.pathRegex))) {
            continue;
        }
        const FaultRule hit = r;
        if (r.count > 0 && --r.count == 0) {
            m_rules.removeAt(i);
        }
        return hit;
    }
    return std::nullopt;
}

} // namespace Dbtc::Sim
