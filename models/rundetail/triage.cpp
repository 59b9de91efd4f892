// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rundetail/triage.h"

#include "artifacts/artifactindex.h"
#include "artifacts/selection/selection.h"
#include "models/rundetail/logdocument.h"

#include <QRegularExpression>

#include <algorithm>

namespace Dbtc::Models {

// The command a reproduction runs: the step's own, or dbt build / source freshness.
static Selection::StepSelection reproductionStep(const TriageNode &node);

QString triageSourceText(TriageSource source)
{
    switch (source) {
    case TriageSource::RunResults:
        return QStringLiteral("run_results.json");
    case TriageSource::Sources:
        return QStringLiteral("sources.json");
    case TriageSource::LogTail:
        return QStringLiteral("the tail of the step log");
    case TriageSource::None:
        break;
    }
    return QString();
}

QString nodeNameFromId(const QString &uniqueId)
{
    const QStringList parts = uniqueId.split(QLatin1Char('.'));
    if (parts.size() < 3) {
        return uniqueId;
    }
    QStringList rest = parts.mid(2);
    // Tests end in a 10-hex-digit hash ("test.pkg.unique_orders_id.5ef3c774bb").
    static const QRegularExpression hash(QStringLiteral("^[0-9a-f]{10}$"));
    if (parts.first() == QLatin1String("test") && rest.size() > 1
        && hash.match(rest.last()).hasMatch()) {
        rest.removeLast();
    }
    return rest.join(QLatin1Char('.'));
}

QList<TriageNode> triageNodes(const ArtifactIndex &results, const ArtifactIndex *manifest)
{
    QList<TriageNode> errors, warnings;
    for (const RunResult &r : results.results()) {
        if (!r.isProblem()) {
            continue;
        }
        TriageNode n;
        n.uniqueId = toQString(r.uniqueId);
        n.name = nodeNameFromId(n.uniqueId);
        n.resourceType = n.uniqueId.section(QLatin1Char('.'), 0, 0);
        n.status = toQString(r.status);
        n.message = r.message.toString();
        n.compiledCode = r.compiledCode.toString();
        n.threadId = toQString(r.threadId);
        n.failures = r.failures;
        n.executionTime = r.executionTime;
        n.maxLoadedAt = toQString(r.maxLoadedAt);
        n.maxLoadedAgeSeconds = r.maxLoadedAtAgeSeconds;
        (n.isError() ? errors : warnings).append(n);
    }
    errors.append(warnings);
    if (manifest) {
        addManifestContext(errors, *manifest);
    }
    return errors;
}

void addManifestContext(QList<TriageNode> &nodes, const ArtifactIndex &manifest)
{
    const auto &entities = manifest.entities();
    for (TriageNode &n : nodes) {
        const QByteArray id = n.uniqueId.toUtf8();
        const int at =
            manifest.findEntity(std::string_view(id.constData(), std::size_t(id.size())));
        if (at < 0) {
            continue;
        }
        const Entity &e = entities[std::size_t(at)];
        n.hasManifest = true;
        n.name = toQString(e.name).isEmpty() ? n.name : toQString(e.name);
        n.resourceType = toQString(e.resourceTypeName);
        n.path = toQString(e.path);
        n.description = e.description.toString();
        n.materialized = toQString(e.materialized);
        if (n.compiledCode.isEmpty()) {
            n.compiledCode = e.compiledCode.toString(); // manifests up to v6 carry it
        }
        const bool hasRelation = e.type == ResourceType::Model || e.type == ResourceType::Seed
            || e.type == ResourceType::Snapshot || e.type == ResourceType::Source;
        if (hasRelation && n.relationName.isEmpty()) {
            QStringList parts;
            for (std::string_view p :
                { e.database, e.schema, e.alias.empty() ? e.name : e.alias }) {
                if (!p.empty()) {
                    parts << toQString(p);
                }
            }
            n.relationName = parts.join(QLatin1Char('.'));
        }
        n.dependsOn.clear();
        for (std::uint32_t p : manifest.parents(std::uint32_t(at))) {
            n.dependsOn << toQString(entities[p].uniqueId);
        }
        n.tests.clear();
        for (std::uint32_t c : manifest.children(std::uint32_t(at))) {
            if (entities[c].type == ResourceType::Test
                || entities[c].type == ResourceType::UnitTest) {
                n.tests << toQString(entities[c].uniqueId);
            }
        }
        n.selector = exactSelector(manifest, n, reproductionStep(n).query.resourceTypes);
    }
}

QString logTail(const QString &log, int lines)
{
    QStringList all = log.split(QLatin1Char('\n'));
    while (!all.isEmpty() && all.last().trimmed().isEmpty()) {
        all.removeLast();
    }
    const QStringList tail = all.mid(std::max<qsizetype>(0, all.size() - lines));
    QStringList clean;
    clean.reserve(tail.size());
    for (const QString &l : tail) {
        const QByteArray utf8 = l.toUtf8();
        QString s = stripAnsi(utf8);
        if (s.endsWith(QLatin1Char('\r'))) {
            s.chop(1);
        }
        clean << s;
    }
    return clean.join(QLatin1Char('\n'));
}

QList<TriageNode> nodesFromLog(const QString &log)
{
    static const QRegularExpression head(
        QStringLiteral("(Failure|(?:Database |Runtime |Compilation |Dependency )?Error) in "
                       "(model|test|seed|snapshot|source|unit_test|analysis|operation) "
                       "([\\w.$-]+)(?: \\(([^)]*)\\))?"));
    static const QRegularExpression stamp(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?\\s+"));
    QList<TriageNode> out;
    QStringList seen;
    const QStringList lines = stripAnsi(log.toUtf8()).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = head.match(lines.at(i));
        if (!m.hasMatch()) {
            continue;
        }
        const QString key = m.captured(2) + QLatin1Char('.') + m.captured(3);
        if (seen.contains(key)) {
            continue;
        }
        seen << key;
        TriageNode n;
        n.name = m.captured(3);
        n.resourceType = m.captured(2);
        n.status = m.captured(1) == QLatin1String("Failure") ? QStringLiteral("fail")
                                                             : QStringLiteral("error");
        n.path = m.captured(4);
        // The message: the indented lines that follow, up to a blank line.
        QStringList msg { QString(lines.at(i)).remove(stamp).trimmed() };
        for (qsizetype j = i + 1; j < lines.size() && j < i + 20; ++j) {
            const QString body = QString(lines.at(j)).remove(stamp);
            if (body.trimmed().isEmpty()) {
                break;
            }
            msg << body.trimmed();
        }
        n.message = msg.join(QLatin1Char('\n'));
        out.append(n);
    }
    return out;
}

} // namespace Dbtc::Models

namespace Dbtc::Models {

QString nodeSelector(const TriageNode &node)
{
    if (node.resourceType == QLatin1String("source")
        && node.uniqueId.count(QLatin1Char('.')) >= 3) {
        return QStringLiteral("source:") + node.uniqueId.section(QLatin1Char('.'), 2);
    }
    return node.name.isEmpty() ? nodeNameFromId(node.uniqueId) : node.name;
}

namespace {

// The fqn as the manifest writes it, ["jaffle_shop","marts","orders"], joined by dots.
QString dottedFqn(std::string_view json)
{
    QStringList parts;
    const QString text = toQString(json);
    qsizetype at = 0;
    while ((at = text.indexOf(u'"', at)) >= 0) {
        const qsizetype end = text.indexOf(u'"', at + 1);
        if (end < 0) {
            break;
        }
        parts << text.mid(at + 1, end - at - 1);
        at = end + 1;
    }
    return parts.join(u'.');
}

} // namespace

QString exactSelector(
    const ArtifactIndex &manifest, const TriageNode &node, const QStringList &resourceTypes)
{
    const QByteArray id = node.uniqueId.toUtf8();
    const int at = manifest.findEntity(std::string_view(id.constData(), std::size_t(id.size())));
    if (at < 0) {
        return {};
    }
    const Entity &e = manifest.entities()[std::size_t(at)];
    const QString type = QStringLiteral(",resource_type:") + toQString(e.resourceTypeName);
    const QString name = nodeSelector(node);
    // Plain selectors first: graph operators (+x+) only mean "this node's parents" on them.
    QStringList candidates { name };
    const QString fqn = dottedFqn(e.fqn);
    if (!fqn.isEmpty() && e.type != ResourceType::Source) {
        candidates << fqn;
    }
    if (!e.path.empty() && e.type != ResourceType::Source) {
        candidates << QStringLiteral("path:") + toQString(e.path); // its own .sql file
    }
    candidates << name + type;
    if (!fqn.isEmpty() && e.type != ResourceType::Source) {
        candidates << fqn + type;
    }
    for (const QString &c : std::as_const(candidates)) {
        // Direct matches only: indirect tests join later the way the step's command wants.
        Selection::SelectionQuery q;
        q.select = { c };
        q.resourceTypes = resourceTypes;
        q.indirect = Selection::IndirectMode::Empty;
        const Selection::Result r = Selection::select(manifest, q);
        if (r.ok() && r.entities.size() == 1 && r.entities.front() == std::uint32_t(at)) {
            return c;
        }
    }
    return candidates.last(); // the most specific dbt can say
}

static Selection::StepSelection reproductionStep(const TriageNode &node)
{
    const bool source = node.resourceType == QLatin1String("source");
    if (!node.stepCommand.isEmpty()) {
        Selection::StepSelection step = Selection::stepSelection(node.stepCommand);
        // A source's freshness comes from `dbt source freshness`, whatever the step was.
        if (step.selects && step.error.isEmpty()
            && source == (step.command == QLatin1String("source"))) {
            return step;
        }
    }
    return Selection::stepSelection(
        source ? QStringLiteral("dbt source freshness") : QStringLiteral("dbt build"));
}

QStringList reproduceCommands(const TriageNode &node)
{
    const QString s = node.selector.isEmpty() ? nodeSelector(node) : node.selector;
    if (s.isEmpty()) {
        return {};
    }
    const Selection::StepSelection step = reproductionStep(node);
    QStringList out;
    if (node.resourceType == QLatin1String("source")) {
        out = { step.withSelection(s),
            QStringLiteral("dbt build -s ") + Selection::shellQuoted(s + u'+') };
    } else if (s.contains(u',')) {
        // An intersection: +a,b would take a's parents that are also b, not the node's parents.
        out = { step.withSelection(s) };
    } else {
        out = { step.withSelection(s),
            step.withSelection(u'+' + s),
            step.withSelection(s + u'+'),
            step.withSelection(u'+' + s + u'+') };
    }
    const Selection::StepSelection asRan = Selection::stepSelection(node.stepCommand);
    if (asRan.selects && asRan.error.isEmpty() && !out.contains(node.stepCommand)) {
        out << node.stepCommand; // the whole step, as it ran
    }
    return out;
}

QString compiledArtifactPath(const TriageNode &node)
{
    if (node.path.isEmpty() || !node.path.endsWith(QLatin1String(".sql"))) {
        return QString();
    }
    const QString package = node.uniqueId.section(QLatin1Char('.'), 1, 1);
    return QStringLiteral("compiled/%1/%2").arg(package, node.path);
}

} // namespace Dbtc::Models
