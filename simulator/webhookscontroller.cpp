// SPDX-License-Identifier: GPL-3.0-or-later
// Webhook subscriptions (v3): their own envelope (status {"code"} only; extra without
// order_by), string ids ("wsu_..."), paths without a trailing slash, PUT to update, a hard
// delete, the test endpoint (sends a real signed request), events and receipts.
#include "simulator/adminaudit.h"
#include "simulator/listing.h"
#include "simulator/serialize_admin.h"
#include "simulator/timefmt.h"
#include "simulator/validation.h"
#include "simulator/webhooksender.h"
#include "simulator/world.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrl>

namespace Dbtc::Sim {

namespace {

const QString kHooks = QStringLiteral("/api/v3/accounts/(?<account>\\d+)/webhooks");
const QString kSub = kHooks + QStringLiteral("/subscription/(?<sub>wsu_[0-9A-Za-z]+)");

const QStringList kEvents { QStringLiteral("job.run.started"),
    QStringLiteral("job.run.completed"),
    QStringLiteral("job.run.errored") };

Response hookJson(const QJsonValue &data, int code = 200)
{
    return Response::json(
        { { QStringLiteral("data"), data },
            { QStringLiteral("status"), QJsonObject { { QStringLiteral("code"), code } } } },
        code);
}

Response hookList(Context &ctx, const QJsonArray &all)
{
    Response error;
    auto page = pageParams(ctx.request, &error);
    if (!page) {
        return error;
    }
    page->limit = ctx.request.has(QStringLiteral("limit")) ? page->limit : 10; // its default
    QJsonArray data;
    for (qsizetype i = page->offset; i < all.size() && i < qsizetype(page->offset) + page->limit;
         ++i) {
        data.append(all.at(i));
    }
    return Response::json({ { QStringLiteral("data"), data },
        { QStringLiteral("status"), QJsonObject { { QStringLiteral("code"), 200 } } },
        { QStringLiteral("extra"),
            QJsonObject { { QStringLiteral("pagination"),
                              QJsonObject { { QStringLiteral("total_count"), all.size() },
                                  { QStringLiteral("count"), data.size() } } },
                { QStringLiteral("filters"),
                    QJsonObject { { QStringLiteral("offset"), page->offset },
                        { QStringLiteral("limit"), page->limit } } } } } });
}

WebhookSubscription *findSub(Context &ctx)
{
    const QString id = ctx.match.captured(QStringLiteral("sub"));
    for (WebhookSubscription &s : ctx.world.webhooks) {
        if (s.id == id && s.accountId == ctx.accountId) {
            return &s;
        }
    }
    return nullptr;
}

void applySubBody(
    Context &ctx, WebhookSubscription &s, const QJsonObject &body, bool create, FieldErrors *errors)
{
    if (errors->requireString(body, QStringLiteral("name"), create)
        && present(body, QStringLiteral("name"))) {
        s.name = body.value(QStringLiteral("name")).toString();
    }
    if (errors->optionalString(body, QStringLiteral("description"))) {
        s.description = body.value(QStringLiteral("description")).toString(s.description);
    }
    if (errors->requireString(body, QStringLiteral("client_url"), create, 2048)
        && present(body, QStringLiteral("client_url"))) {
        const QUrl url(body.value(QStringLiteral("client_url")).toString(), QUrl::StrictMode);
        // dbt Cloud only delivers over HTTPS; loopback HTTP is allowed so tests can listen.
        const bool loopback =
            url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost");
        if (!url.isValid() || url.host().isEmpty()
            || !(url.scheme() == QLatin1String("https")
                || (loopback && url.scheme() == QLatin1String("http")))) {
            errors->add(
                QStringLiteral("client_url"), QStringLiteral("Enter a valid https:// URL."));
        } else {
            s.clientUrl = url.toString();
        }
    }
    if (create || body.contains(QStringLiteral("event_types"))) {
        const QJsonArray a = body.value(QStringLiteral("event_types")).toArray();
        QStringList events;
        for (const QJsonValue &v : a) {
            if (!kEvents.contains(v.toString())) {
                errors->add(QStringLiteral("event_types"),
                    QStringLiteral("'%1' is not one of [%2].")
                        .arg(v.toString(), kEvents.join(QStringLiteral(", "))));
            }
            events << v.toString();
        }
        if (events.isEmpty()) {
            errors->add(QStringLiteral("event_types"), QStringLiteral("Must not be empty."));
        }
        s.eventTypes = events;
    }
    if (body.contains(QStringLiteral("job_ids"))) {
        QList<qint64> jobs;
        const QJsonArray a = body.value(QStringLiteral("job_ids")).toArray();
        for (const QJsonValue &v : a) {
            const qint64 id = idValue(v);
            const auto j = ctx.world.jobs.constFind(id);
            if (j == ctx.world.jobs.cend() || j->accountId != ctx.accountId) {
                errors->add(QStringLiteral("job_ids"),
                    QStringLiteral("Job %1 does not exist in this account.")
                        .arg(v.toVariant().toString()));
            }
            jobs << id;
        }
        s.jobIds = jobs;
    }
    if (errors->optionalBool(body, QStringLiteral("active"))) {
        s.active = body.value(QStringLiteral("active")).toBool(s.active);
    }
}

Response listSubs(Context &ctx)
{
    QJsonArray all;
    for (const WebhookSubscription &s : std::as_const(ctx.world.webhooks)) {
        if (s.accountId == ctx.accountId) {
            all.append(webhookJson(s));
        }
    }
    return hookList(ctx, all);
}

Response createSub(Context &ctx)
{
    QJsonObject body;
    Response error;
    if (!parseBody(ctx.request, &body, &error)) {
        return error;
    }
    WebhookSubscription s;
    s.accountId = ctx.accountId;
    FieldErrors errors;
    applySubBody(ctx, s, body, true, &errors);
    if (!errors.isEmpty()) {
        return errors.response();
    }
    s.id = ctx.world.allocWebhookId("wsu_");
    s.createdAt = ctx.now;
    s.updatedAt = ctx.now;
    // The signing secret, shown in this answer (the Terraform provider reads it from here).
    QByteArray raw(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), 6);
    s.hmacSecret = QString::fromLatin1(raw.toHex());
    ctx.world.webhooks.append(s);
    audit(ctx, "webhook_subscription.Added", QStringLiteral("webhook_subscription"), 0, s.name);
    QJsonObject out = webhookJson(s);
    out.insert(QStringLiteral("hmac_secret"), s.hmacSecret);
    return hookJson(out, 201);
}

Response getSub(Context &ctx)
{
    const WebhookSubscription *s = findSub(ctx);
    return s ? hookJson(webhookJson(*s)) : Response::notFound();
}

Response updateSub(Context &ctx)
{
    WebhookSubscription *s = findSub(ctx);
    if (!s) {
        return Response::notFound();
    }
    QJsonObject body;
    Response error;
    if (!parseBody(ctx.request, &body, &error)) {
        return error;
    }
    WebhookSubscription copy = *s;
    FieldErrors errors;
    applySubBody(ctx, copy, body, false, &errors);
    if (!errors.isEmpty()) {
        return errors.response();
    }
    copy.updatedAt = ctx.now;
    copy.deactivateReason = copy.active ? QString() : copy.deactivateReason;
    *s = copy;
    audit(ctx, "webhook_subscription.Changed", QStringLiteral("webhook_subscription"), 0, s->name);
    return hookJson(webhookJson(*s));
}

Response deleteSub(Context &ctx)
{
    const WebhookSubscription *s = findSub(ctx);
    if (!s) {
        return Response::notFound();
    }
    const QString id = s->id;
    audit(ctx, "webhook_subscription.Removed", QStringLiteral("webhook_subscription"), 0, s->name);
    ctx.world.webhooks.removeIf([&](const WebhookSubscription &w) {
        return w.id == id;
    });
    return Response::json(
        { { QStringLiteral("data"), QJsonObject { { QStringLiteral("id"), id } } },
            { QStringLiteral("status"),
                QJsonObject {
                    { QStringLiteral("code"), 200 }, { QStringLiteral("is_success"), true } } } });
}

// A sample job.run.completed event for the subscription's first job (or any job), stored and
// sent at once; the answer carries the event id, the receipt follows when the client answers.
Response testSub(Context &ctx)
{
    const WebhookSubscription *s = findSub(ctx);
    if (!s) {
        return Response::notFound();
    }
    const Job *job = nullptr;
    for (const Job &j : std::as_const(ctx.world.jobs)) {
        if (j.accountId == ctx.accountId && (s->jobIds.isEmpty() || s->jobIds.contains(j.id))) {
            job = &j;
            break;
        }
    }
    WebhookEvent e;
    e.id = ctx.world.allocWebhookId("wev_");
    e.subscriptionId = s->id;
    e.accountId = ctx.accountId;
    e.jobId = job ? job->id : 0;
    e.eventType = QStringLiteral("job.run.completed");
    e.httpStatusCode = QStringLiteral("0");
    e.createdAt = ctx.now;
    const Environment *env = job ? ctx.world.environment(job->environmentId) : nullptr;
    const Project *project = job ? ctx.world.project(job->projectId) : nullptr;
    const QString rfc = ctx.now.toString(Qt::ISODateWithMs);
    const QJsonObject data { { QStringLiteral("jobId"), QString::number(e.jobId) },
        { QStringLiteral("jobName"), job ? job->name : QString() },
        { QStringLiteral("runId"), QStringLiteral("0") },
        { QStringLiteral("environmentId"), env ? QString::number(env->id) : QString() },
        { QStringLiteral("environmentName"), env ? env->name : QString() },
        { QStringLiteral("dbtVersion"), env ? env->dbtVersion : QString() },
        { QStringLiteral("projectName"), project ? project->name : QString() },
        { QStringLiteral("projectId"), project ? QString::number(project->id) : QString() },
        { QStringLiteral("runStatus"), QStringLiteral("Success") },
        { QStringLiteral("runStatusCode"), 10 },
        { QStringLiteral("runStatusMessage"), QStringLiteral("None") },
        { QStringLiteral("runReason"), QStringLiteral("Webhook test from the API") },
        { QStringLiteral("runStartedAt"), rfc },
        { QStringLiteral("runFinishedAt"), rfc } };
    e.payload = QString::fromUtf8(QJsonDocument(
        QJsonObject { { QStringLiteral("accountId"), ctx.accountId },
            { QStringLiteral("webhooksID"), s->id },
            { QStringLiteral("eventId"), e.id },
            { QStringLiteral("timestamp"), rfc },
            { QStringLiteral("eventType"), e.eventType },
            { QStringLiteral("webhookName"), s->name },
            { QStringLiteral("data"),
                data } }).toJson(QJsonDocument::Compact));
    ctx.world.webhookEvents.append(e);
    if (ctx.webhooks) {
        ctx.webhooks->send(s->id, e.id);
    }
    return hookJson(QJsonObject { { QStringLiteral("event_id"), e.id } });
}

Response listEvents(Context &ctx)
{
    const WebhookSubscription *s = findSub(ctx);
    if (!s) {
        return Response::notFound();
    }
    QJsonArray all;
    for (auto it = ctx.world.webhookEvents.crbegin(); it != ctx.world.webhookEvents.crend(); ++it) {
        if (it->subscriptionId == s->id) {
            all.append(webhookEventJson(*it)); // newest first
        }
    }
    return hookList(ctx, all);
}

const WebhookEvent *findEvent(Context &ctx)
{
    const QString id = ctx.match.captured(QStringLiteral("event"));
    for (const WebhookEvent &e : std::as_const(ctx.world.webhookEvents)) {
        if (e.id == id && e.accountId == ctx.accountId) {
            return &e;
        }
    }
    return nullptr;
}

Response receiptsOf(Context &ctx, const WebhookEvent *e)
{
    if (!e) {
        return Response::notFound();
    }
    QJsonArray data;
    for (const WebhookReceipt &r : std::as_const(ctx.world.webhookReceipts)) {
        if (r.eventId == e->id) {
            data.append(webhookReceiptJson(r));
        }
    }
    return hookJson(data);
}

Response getReceipt(Context &ctx)
{
    const QString id = ctx.match.captured(QStringLiteral("receipt"));
    for (const WebhookReceipt &r : std::as_const(ctx.world.webhookReceipts)) {
        const WebhookEvent *e = nullptr;
        for (const WebhookEvent &ev : std::as_const(ctx.world.webhookEvents)) {
            e = ev.id == r.eventId ? &ev : e;
        }
        if (r.id == id && e && e->accountId == ctx.accountId) {
            return hookJson(webhookReceiptJson(r));
        }
    }
    return Response::notFound();
}

} // namespace

void registerWebhookRoutes(Router &r)
{
    const QString event = QStringLiteral("/event/(?<event>wev_[0-9A-Za-z]+)");
    r.add("GET", kHooks + QStringLiteral("/subscriptions"), listSubs, Area::Webhooks, true);
    r.add("POST", kHooks + QStringLiteral("/subscriptions"), createSub, Area::Webhooks, true);
    r.add("GET", kSub, getSub, Area::Webhooks, true);
    r.add("PUT", kSub, updateSub, Area::Webhooks, true);
    r.add("DELETE", kSub, deleteSub, Area::Webhooks, true);
    r.add("GET", kSub + QStringLiteral("/test"), testSub, Area::Webhooks, true);
    r.add("GET", kSub + QStringLiteral("/events"), listEvents, Area::Webhooks, true);
    r.add(
        "GET",
        kSub + event + QStringLiteral("/receipt"),
        [](Context &ctx) {
            const WebhookEvent *e = findEvent(ctx);
            const WebhookSubscription *s = findSub(ctx);
            return receiptsOf(ctx, e && s && e->subscriptionId == s->id ? e : nullptr);
        },
        Area::Webhooks,
        true);
    r.add(
        "GET",
        kHooks + event,
        [](Context &ctx) {
            const WebhookEvent *e = findEvent(ctx);
            return e ? hookJson(webhookEventJson(*e)) : Response::notFound();
        },
        Area::Webhooks,
        true);
    r.add(
        "GET",
        kHooks + event + QStringLiteral("/receipts"),
        [](Context &ctx) {
            return receiptsOf(ctx, findEvent(ctx));
        },
        Area::Webhooks,
        true);
    r.add("GET",
        kHooks + QStringLiteral("/receipt/(?<receipt>wre_[0-9A-Za-z]+)"),
        getReceipt,
        Area::Webhooks,
        true);
}

} // namespace Dbtc::Sim
