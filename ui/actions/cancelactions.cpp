// SPDX-License-Identifier: GPL-3.0-or-later
// RunActions: cancel one or several queued/running runs after one confirmation.
#include "ui/actions/runactions.h"

#include "api/client.h"
#include "ui/widgets/statusstyle.h"

#include <memory>

namespace Dbtc::Ui {

void RunActions::cancelRuns(const QList<Api::Run> &runs)
{
    if (refuseWhenReadOnly(RunAction::Cancel))
        return;
    QList<Api::Run> targets;
    for (const Api::Run &r : runs) {
        if (Api::isInProgress(r.status) && !m_cancelling.contains(r.id))
            targets << r;
    }
    if (targets.isEmpty()) {
        emit message(runs.size() == 1
                         ? tr("Run #%1 is not queued or running; there is nothing to cancel.")
                               .arg(runs.constFirst().id)
                         : tr("None of the selected runs is queued or running."));
        return;
    }
    ActionPrompt p;
    p.title = tr("Cancel runs");
    if (targets.size() == 1) {
        const Api::Run &r = targets.constFirst();
        p.text = tr("Cancel run #%1 of %2?").arg(r.id).arg(jobLabel(r));
        p.details = tr("It is %1; dbt stops at the current node and the run ends as "
                       "Cancelled.").arg(statusText(r.status).toLower());
        p.acceptText = tr("Cancel run");
    } else {
        p.text = countText(targets.size(), "Cancel %1 run?", "Cancel %1 runs?");
        QStringList lines;
        for (const Api::Run &r : std::as_const(targets)) {
            lines << tr("#%1 %2 (%3)").arg(r.id).arg(jobLabel(r),
                                                    statusText(r.status).toLower());
        }
        p.details = lines.join(u'\n');
        p.acceptText = countText(targets.size(), "Cancel %1 run", "Cancel %1 runs");
    }
    p.rejectText = tr("Keep running");
    if (!confirm(p))
        return;

    struct Batch
    {
        QList<Api::Run> changed;
        QStringList failures;
        int pending = 0;
    };
    auto batch = std::make_shared<Batch>();
    batch->pending = int(targets.size());
    const int asked = int(targets.size());
    for (const Api::Run &target : std::as_const(targets)) {
        m_cancelling.insert(target.id);
        m_client->cancelRun(target.id, this, [this, batch, target, asked](const Api::Result<Api::Run> &r) {
            m_cancelling.remove(target.id);
            if (r.ok()) {
                Api::Run run = *r;
                if (run.jobName.isEmpty())
                    run.jobName = target.jobName;
                batch->changed << run;
                emit runChanged(run);
            } else {
                batch->failures << tr("run #%1: %2")
                                       .arg(target.id)
                                       .arg(actionErrorText(RunAction::Cancel, r.error()));
            }
            if (--batch->pending == 0)
                finishCancel(batch->changed, batch->failures, asked);
        });
    }
    updateActions();
}

void RunActions::finishCancel(const QList<Api::Run> &changed, const QStringList &failures,
                              int asked)
{
    updateActions();
    QStringList parts;
    int cancelled = 0;
    for (const Api::Run &r : changed) {
        if (r.status == Api::RunStatus::Cancelled)
            ++cancelled;
        else if (!Api::isInProgress(r.status))
            parts << tr("run #%1 had already finished (%2)").arg(r.id).arg(statusText(r.status));
        else
            parts << tr("run #%1 is stopping").arg(r.id);
    }
    QString text = asked == 1 && cancelled == 1
                       ? tr("Cancelled run #%1.").arg(changed.constFirst().id)
                       : tr("Cancelled %1 of %2.").arg(cancelled).arg(countText(asked, "%1 run", "%1 runs"));
    parts += failures;
    if (!parts.isEmpty())
        text += u' ' + parts.join(QStringLiteral("; ")) + u'.';
    emit message(text);
}

} // namespace Dbtc::Ui
