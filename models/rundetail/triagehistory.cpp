// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rundetail/triagehistory.h"

#include "api/client.h"
#include "models/common/runartifacts.h"
#include "models/rundetail/triage.h"

namespace Dbtc::Models {

namespace {

bool passed(const QString &status)
{
    return status == QLatin1String("success") || status == QLatin1String("pass");
}

bool failedStatus(const QString &status)
{
    return status == QLatin1String("error") || status == QLatin1String("fail")
        || status == QLatin1String("runtime error") || status == QLatin1String("warn");
}

QString shortSha(const QString &sha)
{
    return sha.isEmpty() ? QStringLiteral("no SHA") : sha.left(7);
}

} // namespace

NodeHistory historyFrom(const QList<NodeRunStatus> &runs, const QString &currentSha)
{
    NodeHistory h;
    h.runs = runs;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        if (passed(runs.at(i).status)) {
            h.lastSuccess = int(i);
            break;
        }
    }
    const qsizetype end = h.lastSuccess >= 0 ? h.lastSuccess : runs.size();
    for (qsizetype i = 0; i < end; ++i) {
        if (failedStatus(runs.at(i).status)) {
            h.firstFailure = int(i);
        }
    }
    if (h.lastSuccess >= 0) {
        // From the last good commit forward to the first bad one: where the cause must be.
        for (qsizetype i = h.lastSuccess; i >= std::max(0, h.firstFailure); --i) {
            const QString &sha = runs.at(i).gitSha;
            if (!sha.isEmpty() && !h.shasBetween.contains(sha)) {
                h.shasBetween << sha;
            }
        }
        if (h.firstFailure < 0 && !currentSha.isEmpty() && !h.shasBetween.contains(currentSha)) {
            h.shasBetween << currentSha;
        }
    }
    return h;
}

QString NodeHistory::summary(qint64 currentRunId, const QString &currentSha) const
{
    Q_UNUSED(currentRunId)
    if (runs.isEmpty()) {
        return complete ? QObject::tr("No earlier finished run of this job to compare with.")
                        : QObject::tr("Looking at the job's earlier runs…");
    }
    const auto runText = [](const NodeRunStatus &r) {
        return QObject::tr("run %1 (%2)").arg(r.runId).arg(shortSha(r.gitSha));
    };
    if (lastSuccess == 0 && firstFailure < 0) {
        QString text = QObject::tr("New in this run: it passed in the previous run, %1.")
                           .arg(runText(runs.at(0)));
        if (!currentSha.isEmpty() && currentSha != runs.at(0).gitSha) {
            text += QLatin1Char(' ')
                + QObject::tr("The code changed since (now %1).").arg(shortSha(currentSha));
        }
        return text;
    }
    if (lastSuccess >= 0 && firstFailure >= 0) {
        return QObject::tr("Failing since %1; last passed in %2.")
            .arg(runText(runs.at(firstFailure)), runText(runs.at(lastSuccess)));
    }
    if (lastSuccess > 0) {
        return QObject::tr("New in this run: last passed in %1; the runs since did not run it.")
            .arg(runText(runs.at(lastSuccess)));
    }
    if (firstFailure >= 0) {
        return QObject::tr("Failing in every earlier run read (%n run(s)), oldest failure in %1.",
            nullptr,
            int(runs.size()))
            .arg(runText(runs.at(firstFailure)));
    }
    return complete
        ? QObject::tr("Not found in the %n earlier run(s) read.", nullptr, int(runs.size()))
        : QObject::tr("Looking at the job's earlier runs…");
}

TriageHistory::TriageHistory(RunArtifacts *artifacts, QObject *parent)
    : QObject(parent)
    , m_artifacts(artifacts)
{ }

void TriageHistory::clear()
{
    m_requests.reset();
    m_runId = m_jobId = 0;
    m_previous.clear();
    m_listed = m_loading = false;
    m_error.clear();
    m_queue.clear();
    m_statuses.clear();
    m_cursor = 0;
}

void TriageHistory::request(const Api::Run &run, int stepIndex, const QStringList &uniqueIds)
{
    if (run.id != m_runId) {
        clear();
        m_runId = run.id;
        m_jobId = run.jobDefinitionId;
        m_currentSha = run.gitSha;
    }
    Pending p { stepIndex, {} };
    for (const QString &id : uniqueIds) {
        if (!id.isEmpty() && !m_statuses.contains(id)) {
            m_statuses.insert(id, {});
            p.ids << id;
        }
    }
    if (p.ids.isEmpty()) {
        return;
    }
    m_queue.append(p);
    if (!m_listed) {
        if (m_requests.isIdle()) {
            listRuns();
        }
    } else if (!m_loading) {
        next();
    }
}

NodeHistory TriageHistory::history(const QString &uniqueId) const
{
    NodeHistory h = historyFrom(m_statuses.value(uniqueId), m_currentSha);
    bool pending = !m_listed;
    for (const Pending &p : m_queue) {
        pending = pending || p.ids.contains(uniqueId);
    }
    h.complete = !pending;
    return h;
}

void TriageHistory::listRuns(qint64 offset)
{
    if (!m_client || m_jobId == 0) {
        m_listed = true;
        m_queue.clear();
        Q_EMIT updated();
        return;
    }
    m_loading = true;
    Api::RunQuery q;
    q.jobDefinitionId = m_jobId;
    q.orderBy = QStringLiteral("-id");
    // The API filters by id only from below (id__gt), so page down from the newest run until
    // the window of runs older than this one is full: a job that ran often since this run
    // pushes it off the first page. At most three pages.
    q.limit = Api::MaxPageSize;
    q.offset = offset;
    m_requests.track(m_client->listRuns(q,
        this,
        m_requests.guard([this, offset](const Api::Result<Api::Page<Api::Run>> &r) {
            m_listed = true;
            if (!r.ok()) {
                m_error = r.error().userMessage();
                m_queue.clear();
                m_loading = false;
                Q_EMIT updated();
                return;
            }
            for (const Api::Run &run : r->items) {
                const bool finished =
                    run.status == Api::RunStatus::Success || run.status == Api::RunStatus::Error;
                if (run.id < m_runId && finished && m_previous.size() < Window) {
                    m_previous.append(run);
                }
            }
            const qint64 seen = offset + r->items.size();
            const bool more = r->items.size() == Api::MaxPageSize && seen < r->totalCount;
            if (m_previous.size() < Window && more && offset < 2 * Api::MaxPageSize) {
                m_listed = false;
                listRuns(seen);
                return;
            }
            next();
        }),
        Api::Priority::Background));
}

void TriageHistory::next()
{
    while (!m_queue.isEmpty()) {
        const Pending &p = m_queue.first();
        const bool allPassed = std::all_of(p.ids.cbegin(), p.ids.cend(), [this](const QString &id) {
            const auto &list = m_statuses[id];
            return std::any_of(list.cbegin(), list.cend(), [](const NodeRunStatus &s) {
                return passed(s.status);
            });
        });
        if (m_cursor < m_previous.size() && !allPassed) {
            break;
        }
        m_queue.removeFirst();
        m_cursor = 0;
        Q_EMIT updated();
    }
    if (m_queue.isEmpty()) {
        m_loading = false;
        Q_EMIT updated();
        return;
    }
    m_loading = true;
    const Api::Run run = m_previous.at(m_cursor);
    const Pending p = m_queue.first();
    auto record =
        m_requests.guard([this, run, p](const QHash<QString, QString> &statuses, bool missing) {
            for (const QString &id : p.ids) {
                m_statuses[id].append(
                    { run.id, run.gitSha, run.finishedAt, statuses.value(id), missing });
            }
            ++m_cursor;
            Q_EMIT updated();
            next();
        });
    m_artifacts->fetch(run.id,
        p.stepIndex,
        QStringLiteral("run_results.json"),
        [this, p, record](const QString &file, const QString &, bool) {
            if (file.isEmpty()) {
                record(QHash<QString, QString>(), true);
                return;
            }
            using Statuses = QHash<QString, QString>;
            m_artifacts->parse<Statuses>(
                file,
                [ids = p.ids](const RunArtifacts::Index &index, const QString &) {
                    Statuses out;
                    if (!index) {
                        return out;
                    }
                    for (const QString &id : ids) {
                        const QByteArray u = id.toUtf8();
                        if (const RunResult *r = index->resultFor(
                                std::string_view(u.constData(), std::size_t(u.size())))) {
                            out.insert(id, toQString(r->status));
                        }
                    }
                    return out;
                },
                [record](Statuses s) {
                    record(s, false);
                });
        });
}

void TriageHistory::setClient(Api::Client *client)
{
    m_client = client;
}

} // namespace Dbtc::Models
