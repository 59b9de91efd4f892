// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/history/failureinbox.h"

#include "models/history/historystore.h"
#include "models/history/messagesignature.h"

#include <algorithm>

namespace Dbtc::Models {

namespace {

QString scopeKey(const InboxRun &run)
{
    return QStringLiteral("%1/%2/%3/").arg(run.connectionId).arg(run.accountId).arg(run.projectId);
}

int trailingFailures(const QString &outcomes)
{
    int n = 0;
    for (qsizetype i = outcomes.size() - 1; i >= 0 && outcomes.at(i) == QLatin1Char('F'); --i) {
        ++n;
    }
    return n;
}

} // namespace

FailureInbox::FailureInbox(HistoryStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock([] {
        return QDateTime::currentDateTimeUtc();
    })
{ }

FailureInbox::~FailureInbox() = default;

void FailureInbox::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime FailureInbox::now() const
{
    return m_clock();
}

bool FailureInbox::isPass(const QString &status)
{
    return status == QLatin1String("success") || status == QLatin1String("pass");
}

bool FailureInbox::isFailure(const QString &status)
{
    return status == QLatin1String("error") || status == QLatin1String("fail")
        || status == QLatin1String("runtime error");
}

void FailureInbox::load()
{
    if (!m_store || m_loading) {
        m_loaded = true;
        Q_EMIT loaded();
        return;
    }
    m_loading = true;
    m_store->readInbox([this, guard = QPointer<FailureInbox>(this)](InboxState state) {
        if (!guard) {
            return;
        }
        restore(state);
    });
}

void FailureInbox::restore(const InboxState &state)
{
    for (const InboxGroup &g : state.groups) {
        m_groups.insert(g.key, g);
    }
    for (const InboxNode &n : state.nodes) {
        m_nodes.insert(n.key, n);
    }
    m_loading = false;
    m_loaded = true;
    Q_EMIT groupsReset();
    for (const Pending &p : std::exchange(m_pending, {})) {
        file(p.run, p.results);
    }
    Q_EMIT loaded();
}

void FailureInbox::reset()
{
    m_groups.clear();
    m_nodes.clear();
    m_pending.clear();
    Q_EMIT groupsReset();
}

void FailureInbox::observe(const InboxRun &run, const QList<HistoryNodeResult> &results)
{
    if (m_loading) {
        m_pending.append({ run, results });
        return;
    }
    file(run, results);
}

void FailureInbox::file(const InboxRun &run, const QList<HistoryNodeResult> &results)
{
    for (const HistoryNodeResult &r : results) {
        const bool failed = isFailure(r.status);
        if (!failed && !isPass(r.status)) {
            continue; // skipped, warn, ...: says nothing about pass or fail
        }
        const QString nodeKey = scopeKey(run) + r.uniqueId;
        InboxNode &node = m_nodes[nodeKey];
        node.key = nodeKey;
        node.outcomes = QString(node.outcomes + QLatin1Char(failed ? 'F' : 'P')).right(FlakyWindow);
        if (failed) {
            failNode(run, node, r);
        } else {
            passNode(run, node);
        }
        save(node);
    }
}

InboxLabel FailureInbox::labelFor(const QString &outcomes) const
{
    // Flaky: a single failing run between passes, or a single pass between failures. A node
    // that broke, stayed broken for a while and was fixed flipped twice too, but is not flaky.
    for (qsizetype i = 1; i + 1 < outcomes.size(); ++i) {
        if (outcomes.at(i) != outcomes.at(i - 1) && outcomes.at(i) != outcomes.at(i + 1)) {
            return InboxLabel::Flaky;
        }
    }
    return trailingFailures(outcomes) >= 2 ? InboxLabel::Recurring : InboxLabel::New;
}

void FailureInbox::failNode(const InboxRun &run, InboxNode &node, const HistoryNodeResult &result)
{
    const QDateTime when = run.finishedAt.isValid() ? run.finishedAt : now();
    const QString signature = messageSignature(result.uniqueId, result.message);
    const QString key = scopeKey(run) + signature;
    if (!node.openGroup.isEmpty() && node.openGroup != key) {
        // The node fails differently now: the old failure is over.
        auto old = m_groups.find(node.openGroup);
        if (old != m_groups.end() && !old->isResolved()) {
            old->resolvedAt = when;
            old->snoozeUntilChange = false;
            save(*old);
            Q_EMIT groupChanged(old->key);
        }
    }
    node.openGroup = key;
    const InboxLabel nodeLabel = labelFor(node.outcomes);
    auto it = m_groups.find(key);
    if (it == m_groups.end()) {
        InboxGroup g;
        g.key = key;
        g.connectionId = run.connectionId;
        g.accountId = run.accountId;
        g.projectId = run.projectId;
        g.uniqueId = result.uniqueId;
        g.signature = signature;
        g.message = result.message;
        g.label = nodeLabel == InboxLabel::Flaky ? InboxLabel::Flaky : InboxLabel::New;
        g.firstSeen = g.lastSeen = when;
        g.runsAffected = 1;
        g.newestRunId = run.runId;
        g.newestStep = run.step;
        g.newestJobId = run.jobId;
        it = m_groups.insert(key, g);
        save(*it);
        Q_EMIT groupAdded(key);
        Q_EMIT newGroup(*it);
        return;
    }
    InboxGroup &g = *it;
    if (g.newestRunId == run.runId && !g.isResolved()) {
        return; // the same run filed again (another step with the same node)
    }
    const bool reopened = g.isResolved();
    const InboxLabel before = g.label;
    g.resolvedAt = {};
    g.message = result.message;
    g.lastSeen = std::max(g.lastSeen, when);
    ++g.runsAffected;
    if (run.runId >= g.newestRunId) {
        g.newestRunId = run.runId;
        g.newestStep = run.step;
        g.newestJobId = run.jobId;
    }
    if (reopened) {
        g.label = nodeLabel == InboxLabel::Flaky ? InboxLabel::Flaky : InboxLabel::New;
    } else {
        g.label = nodeLabel;
    }
    if (g.label != before) {
        g.snoozeUntilChange = false;
    }
    save(g);
    Q_EMIT groupChanged(key);
    if (reopened && !isQuiet(g)) {
        Q_EMIT newGroup(g);
    }
}

void FailureInbox::passNode(const InboxRun &run, InboxNode &node)
{
    if (node.openGroup.isEmpty()) {
        return;
    }
    auto it = m_groups.find(std::exchange(node.openGroup, {}));
    if (it == m_groups.end() || it->isResolved()) {
        return;
    }
    it->resolvedAt = run.finishedAt.isValid() ? run.finishedAt : now();
    if (labelFor(node.outcomes) == InboxLabel::Flaky) {
        it->label = InboxLabel::Flaky;
    }
    it->snoozeUntilChange = false;
    save(*it);
    Q_EMIT groupChanged(it->key);
}

QList<InboxGroup> FailureInbox::groups() const
{
    QList<InboxGroup> out = m_groups.values();
    std::sort(out.begin(), out.end(), [](const InboxGroup &a, const InboxGroup &b) {
        if (a.isResolved() != b.isResolved()) {
            return !a.isResolved();
        }
        if (a.lastSeen != b.lastSeen) {
            return a.lastSeen > b.lastSeen;
        }
        return a.key < b.key;
    });
    return out;
}

const InboxGroup *FailureInbox::group(const QString &key) const
{
    auto it = m_groups.constFind(key);
    return it == m_groups.cend() ? nullptr : &*it;
}

bool FailureInbox::isQuiet(const InboxGroup &g) const
{
    return g.acknowledged || g.snoozeUntilChange
        || (g.snoozedUntil.isValid() && g.snoozedUntil > now());
}

void FailureInbox::acknowledge(const QString &key, bool acknowledged)
{
    auto it = m_groups.find(key);
    if (it == m_groups.end() || it->acknowledged == acknowledged) {
        return;
    }
    it->acknowledged = acknowledged;
    save(*it);
    Q_EMIT groupChanged(key);
}

void FailureInbox::snoozeUntil(const QString &key, const QDateTime &until)
{
    auto it = m_groups.find(key);
    if (it == m_groups.end()) {
        return;
    }
    it->snoozedUntil = until;
    save(*it);
    Q_EMIT groupChanged(key);
}

void FailureInbox::snoozeUntilChange(const QString &key)
{
    auto it = m_groups.find(key);
    if (it == m_groups.end()) {
        return;
    }
    it->snoozeUntilChange = true;
    save(*it);
    Q_EMIT groupChanged(key);
}

void FailureInbox::unsnooze(const QString &key)
{
    auto it = m_groups.find(key);
    if (it == m_groups.end()) {
        return;
    }
    it->snoozedUntil = {};
    it->snoozeUntilChange = false;
    save(*it);
    Q_EMIT groupChanged(key);
}

void FailureInbox::save(const InboxGroup &group)
{
    if (m_store) {
        m_store->saveInboxGroup(group);
    }
}

void FailureInbox::save(const InboxNode &node)
{
    if (m_store) {
        m_store->saveInboxNode(node);
    }
}

} // namespace Dbtc::Models
