// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/compare/runsettingsdiff.h"

#include <QCoreApplication>

#include <algorithm>

namespace Dbtc::Models {

namespace {

// lupdate reads Text::tr as the context "Dbtc::Models::RunSettingsDiff".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Dbtc::Models::RunSettingsDiff)
};

QString shortSha(const QString &sha)
{
    return sha.left(7);
}

QString optionalText(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

QString optionalText(const std::optional<bool> &value)
{
    if (!value) {
        return {};
    }
    return *value ? Text::tr("yes") : Text::tr("no");
}

Api::TriggerOverrides overridesOf(const Api::Run &run)
{
    return run.trigger ? run.trigger->overrides : Api::TriggerOverrides {};
}

QString triggerText(const Api::Run &run)
{
    if (!run.trigger) {
        return {};
    }
    const Api::Trigger &t = *run.trigger;
    return t.causeCategory.isEmpty() ? t.cause : t.causeCategory;
}

} // namespace

QStringList executedCommands(const Api::Run &run)
{
    if (run.trigger && run.trigger->overrides.stepsOverride) {
        return *run.trigger->overrides.stepsOverride;
    }
    return run.jobExecuteSteps;
}

QString gitShaRange(const Api::Run &before, const Api::Run &after)
{
    const QString a = shortSha(before.gitSha), b = shortSha(after.gitSha);
    if (a.isEmpty() && b.isEmpty()) {
        return {};
    }
    if (before.gitSha == after.gitSha) {
        return Text::tr("%1 (both runs)").arg(a);
    }
    const QString unknown = Text::tr("unknown");
    return Text::tr("%1 → %2").arg(a.isEmpty() ? unknown : a, b.isEmpty() ? unknown : b);
}

QList<RunSettingChange> compareRunSettings(const Api::Run &before, const Api::Run &after)
{
    QList<RunSettingChange> out;
    const auto add = [&out](const QString &what, const QString &a, const QString &b) {
        if (a != b) {
            out.append({ what, a, b });
        }
    };
    add(Text::tr("Job"), before.jobName, after.jobName);
    add(Text::tr("Environment"), before.environmentName, after.environmentName);
    add(Text::tr("dbt version"), before.dbtVersion, after.dbtVersion);
    add(Text::tr("Git branch"), before.gitBranch, after.gitBranch);
    add(Text::tr("Git commit"), shortSha(before.gitSha), shortSha(after.gitSha));
    add(Text::tr("Triggered by"), triggerText(before), triggerText(after));

    const Api::TriggerOverrides a = overridesOf(before), b = overridesOf(after);
    add(Text::tr("Target name override"), a.targetNameOverride, b.targetNameOverride);
    add(Text::tr("Schema override"), a.schemaOverride, b.schemaOverride);
    add(Text::tr("dbt version override"), a.dbtVersionOverride, b.dbtVersionOverride);
    add(Text::tr("Threads override"),
        optionalText(a.threadsOverride),
        optionalText(b.threadsOverride));
    add(Text::tr("Generate docs override"),
        optionalText(a.generateDocsOverride),
        optionalText(b.generateDocsOverride));
    add(Text::tr("Timeout override (s)"),
        optionalText(a.timeoutSecondsOverride),
        optionalText(b.timeoutSecondsOverride));
    add(Text::tr("Steps override"),
        a.stepsOverride ? Text::tr("yes") : QString(),
        b.stepsOverride ? Text::tr("yes") : QString());

    // Steps by position: dbt Cloud runs them in order, and a retry or an override changes
    // one step's flags far more often than it reorders them.
    const QStringList stepsBefore = executedCommands(before), stepsAfter = executedCommands(after);
    const qsizetype steps = std::max(stepsBefore.size(), stepsAfter.size());
    for (qsizetype i = 0; i < steps; ++i) {
        add(Text::tr("Step %1").arg(i + 1), stepsBefore.value(i), stepsAfter.value(i));
    }
    return out;
}

} // namespace Dbtc::Models
