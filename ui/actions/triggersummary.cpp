// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/actions/triggersummary.h"

#include "ui/actions/actionstext.h"

#include <QCoreApplication>

namespace Dbtc::Ui {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    // The context lupdate gives a tr() call in namespace Dbtc::Ui (translations/).
    return QCoreApplication::translate("Dbtc::Ui", text, disambiguation, n);
}

QString orDefault(const QString &value, const QString &fallback)
{
    return value.isEmpty() ? fallback : value;
}

} // namespace

QStringList effectiveTriggerSteps(const Api::Job &job, const Api::TriggerRequest &request)
{
    const Api::TriggerOverrides &o = request.overrides;
    QStringList steps = o.stepsOverride ? *o.stepsOverride : job.executeSteps;
    // dbt Cloud adds these around the job's steps when the job's settings ask for them.
    if (job.runGenerateSources && !steps.contains(QStringLiteral("dbt source freshness"))) {
        steps.prepend(QStringLiteral("dbt source freshness"));
    }
    const bool docs = o.generateDocsOverride.value_or(job.generateDocs);
    if (docs && !steps.contains(QStringLiteral("dbt docs generate"))) {
        steps.append(QStringLiteral("dbt docs generate"));
    }
    return steps;
}

QStringList triggerOverrideLines(const Api::Job &job, const Api::TriggerOverrides &o)
{
    QStringList lines;
    if (!o.gitSha.isEmpty()) {
        lines << tr("Commit: %1").arg(o.gitSha);
    }
    if (!o.gitBranch.isEmpty()) {
        lines << tr("Branch: %1 (instead of the environment's)").arg(o.gitBranch);
    }
    if (!o.schemaOverride.isEmpty()) {
        lines << tr("Schema: %1").arg(o.schemaOverride);
    }
    if (!o.dbtVersionOverride.isEmpty()) {
        lines << tr("dbt version: %1 (job: %2)")
                     .arg(o.dbtVersionOverride, orDefault(job.dbtVersion, tr("environment's")));
    }
    if (o.threadsOverride) {
        lines << tr("Threads: %1 (job: %2)")
                     .arg(*o.threadsOverride)
                     .arg(job.settings.threads > 0 ? QString::number(job.settings.threads)
                                                   : tr("default"));
    }
    if (!o.targetNameOverride.isEmpty()) {
        lines << tr("Target name: %1 (job: %2)")
                     .arg(o.targetNameOverride, orDefault(job.settings.targetName, tr("default")));
    }
    if (o.generateDocsOverride && *o.generateDocsOverride != job.generateDocs) {
        lines << (*o.generateDocsOverride ? tr("Docs: generated") : tr("Docs: not generated"));
    }
    if (o.timeoutSecondsOverride) {
        lines << (*o.timeoutSecondsOverride == 0
                ? tr("Timeout: none")
                : tr("Timeout: %1 min").arg(*o.timeoutSecondsOverride / 60));
    }
    if (o.stepsOverride) {
        lines << tr("Steps: replaced for this run (%1)")
                     .arg(countText(o.stepsOverride->size(), "%1 step", "%1 steps"));
    }
    return lines;
}

QString triggerSummaryHtml(const Api::Job &job, const Api::TriggerRequest &request)
{
    QString html = u"<p style='margin:0'><b>"_s;
    html += tr("What will run").toHtmlEscaped() + u"</b></p>"_s;
    html += u"<p style='margin-top:4px'>"_s + jobLabel(job).toHtmlEscaped();
    if (!job.environmentName.isEmpty()) {
        html += u" · "_s + job.environmentName.toHtmlEscaped();
    }
    html += u"</p><ol style='margin-left:-20px'>"_s;
    const QStringList steps = effectiveTriggerSteps(job, request);
    for (const QString &s : steps) {
        html += u"<li><code>"_s + s.toHtmlEscaped() + u"</code></li>"_s;
    }
    html += u"</ol>"_s;
    if (steps.isEmpty()) {
        html += u"<p>"_s + tr("No steps: the run would fail at once.").toHtmlEscaped() + u"</p>"_s;
    }
    const QStringList lines = triggerOverrideLines(job, request.overrides);
    html += u"<p><b>"_s + tr("Overrides").toHtmlEscaped() + u"</b><br/>"_s;
    if (lines.isEmpty()) {
        html += tr("None: the job runs as configured.").toHtmlEscaped();
    } else {
        QStringList escaped;
        for (const QString &l : lines) {
            escaped << l.toHtmlEscaped();
        }
        html += escaped.join(u"<br/>"_s);
    }
    html += u"</p>"_s;
    return html;
}

} // namespace Dbtc::Ui
