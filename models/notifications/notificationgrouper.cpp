// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/notifications/notificationgrouper.h"

#include "models/common/timetext.h"

#include <QCoreApplication>

#include <algorithm>

namespace Dbtc::Models {

namespace {

QString tr(const char *text)
{
    // The context lupdate gives a tr() call in namespace Dbtc::Models (translations/).
    return QCoreApplication::translate("Dbtc::Models", text);
}

QString nameOf(const Api::Run &run)
{
    return run.jobName.isEmpty() ? tr("Job %1").arg(run.jobDefinitionId) : run.jobName;
}

QString glyph(Api::RunStatus status)
{
    switch (status) {
    case Api::RunStatus::Error:
        return QStringLiteral("✖");
    case Api::RunStatus::Cancelled:
        return QStringLiteral("⊘");
    default:
        return QStringLiteral("✔");
    }
}

} // namespace

QString finishedVerb(Api::RunStatus status)
{
    switch (status) {
    case Api::RunStatus::Error:
        return tr("failed");
    case Api::RunStatus::Cancelled:
        return tr("was cancelled");
    case Api::RunStatus::Success:
        return tr("succeeded");
    default:
        return tr("is %1").arg(Api::runStatusText(status).toLower());
    }
}

NotificationGrouper::NotificationGrouper(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &NotificationGrouper::flush);
}

NotificationGrouper::~NotificationGrouper() = default;

void NotificationGrouper::add(const QString &connectionId, const Api::Run &run)
{
    // One entry per job: a newer run of the same job replaces the older one.
    auto same = std::find_if(m_pending.begin(), m_pending.end(), [&](const auto &p) {
        return p.first == connectionId && p.second.jobDefinitionId == run.jobDefinitionId;
    });
    if (same != m_pending.end()) {
        if (same->second.id <= run.id) {
            same->second = run;
        }
    } else {
        m_pending.append({ connectionId, run });
    }
    if (m_timer.isActive()) {
        return;
    }
    std::chrono::milliseconds wait = m_window;
    if (m_sinceLast.isValid()) {
        const auto since = std::chrono::milliseconds(m_sinceLast.elapsed());
        wait = std::max(wait, m_minInterval - since);
    }
    m_timer.start(wait);
}

void NotificationGrouper::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty()) {
        return;
    }
    const DesktopNotification n = compose(m_pending);
    m_pending.clear();
    m_sinceLast.start();
    emit notify(n);
}

DesktopNotification NotificationGrouper::compose(const QList<QPair<QString, Api::Run>> &runs)
{
    DesktopNotification n;
    n.jobCount = int(runs.size());
    int failed = 0, cancelled = 0;
    for (const auto &p : runs) {
        failed += p.second.status == Api::RunStatus::Error ? 1 : 0;
        cancelled += p.second.status == Api::RunStatus::Cancelled ? 1 : 0;
    }
    n.anyFailed = failed > 0;
    if (runs.size() == 1) {
        const Api::Run &run = runs.constFirst().second;
        n.connectionId = runs.constFirst().first;
        n.runId = run.id;
        n.title = tr("%1 %2").arg(nameOf(run), finishedVerb(run.status));
        QString body = tr("Run #%1 · %2").arg(run.id).arg(Api::runStatusText(run.status));
        if (run.duration.count() > 0) {
            body += tr(" after %1").arg(durationText(run.duration.count()));
        }
        const QString why = run.statusMessage.section(u'\n', 0, 0).trimmed();
        if (run.status != Api::RunStatus::Success && !why.isEmpty()) {
            body += u'\n' + why;
        }
        n.body = body;
        return n;
    }
    QStringList counts;
    if (failed > 0) {
        counts << tr("%1 failed").arg(failed);
    }
    if (cancelled > 0) {
        counts << tr("%1 cancelled").arg(cancelled);
    }
    const int succeeded = int(runs.size()) - failed - cancelled;
    if (succeeded > 0) {
        counts << tr("%1 succeeded").arg(succeeded);
    }
    n.title =
        tr("%1 watched jobs finished: %2").arg(runs.size()).arg(counts.join(QStringLiteral(", ")));
    // Failures first: they are why the user looks.
    QList<QPair<QString, Api::Run>> ordered = runs;
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
        return (a.second.status == Api::RunStatus::Error)
            > (b.second.status == Api::RunStatus::Error);
    });
    constexpr int shown = 4;
    QStringList lines;
    for (qsizetype i = 0; i < ordered.size() && i < shown; ++i) {
        const Api::Run &run = ordered.at(i).second;
        lines << glyph(run.status) + u' ' + nameOf(run) + u' ' + finishedVerb(run.status);
    }
    if (ordered.size() > shown) {
        lines << tr("and %1 more").arg(ordered.size() - shown);
    }
    n.body = lines.join(u'\n');
    return n;
}

} // namespace Dbtc::Models
