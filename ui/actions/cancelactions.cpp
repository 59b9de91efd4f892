// SPDX-License-Identifier: GPL-3.0-or-later
// RunActions: cancel one or several queued/running runs after one confirmation.
#include "models/actions/runcommands.h"
#include "ui/actions/runactions.h"
#include "ui/widgets/statusstyle.h"

namespace Dbtc::Ui {

void RunActions::cancelRuns(const QList<Api::Run> &runs)
{
    if (refuseWhenReadOnly(RunAction::Cancel)) {
        return;
    }
    const QList<Api::Run> targets = m_commands->cancellable(runs);
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
                       "Cancelled.")
                        .arg(statusText(r.status).toLower());
        p.acceptText = tr("Cancel run");
    } else {
        p.text = countText(targets.size(), "Cancel %1 run?", "Cancel %1 runs?");
        QStringList lines;
        for (const Api::Run &r : std::as_const(targets)) {
            lines << tr("#%1 %2 (%3)").arg(r.id).arg(jobLabel(r), statusText(r.status).toLower());
        }
        p.details = lines.join(u'\n');
        p.acceptText = countText(targets.size(), "Cancel %1 run", "Cancel %1 runs");
    }
    p.rejectText = tr("Keep running");
    if (!confirm(p)) {
        return;
    }

    // Each cancelled run reaches runChanged as its answer arrives (RunCommands::runChanged).
    m_commands->cancel(targets, this, [this](const Models::CancelOutcome &outcome) {
        finishCancel(outcome);
    });
}

void RunActions::finishCancel(const Models::CancelOutcome &outcome)
{
    const QList<Api::Run> &changed = outcome.changed;
    const int asked = outcome.asked;
    QStringList failures;
    for (qsizetype i = 0; i < outcome.failedRuns.size(); ++i) {
        failures << tr("run #%1: %2")
                        .arg(outcome.failedRuns.at(i).id)
                        .arg(actionErrorText(RunAction::Cancel, outcome.failedErrors.at(i)));
    }
    QStringList parts;
    int cancelled = 0;
    for (const Api::Run &r : changed) {
        if (r.status == Api::RunStatus::Cancelled) {
            ++cancelled;
        } else if (!Api::isInProgress(r.status)) {
            parts << tr("run #%1 had already finished (%2)").arg(r.id).arg(statusText(r.status));
        } else {
            parts << tr("run #%1 is stopping").arg(r.id);
        }
    }
    QString text = asked == 1 && cancelled == 1
        ? tr("Cancelled run #%1.").arg(changed.constFirst().id)
        : tr("Cancelled %1 of %2.").arg(cancelled).arg(countText(asked, "%1 run", "%1 runs"));
    parts += failures;
    if (!parts.isEmpty()) {
        QString tail = parts.join(QStringLiteral("; "));
        if (!tail.endsWith(u'.')) {
            tail += u'.'; // a server message brings its own full stop: never "again.."
        }
        text += u' ' + tail;
    }
    emit message(text);
}

} // namespace Dbtc::Ui
