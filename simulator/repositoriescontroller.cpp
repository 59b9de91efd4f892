// SPDX-License-Identifier: GPL-3.0-or-later
// Repositories (v3, under a project): list, get, create, update (POST) and soft delete, with the
// fields the Terraform provider sends (remote_url, git_clone_strategy, github_installation_id).
#include "simulator/adminaudit.h"
#include "simulator/listing.h"
#include "simulator/serialize_admin.h"
#include "simulator/validation.h"
#include "simulator/world.h"

#include <QRegularExpression>

namespace Dbtc::Sim {

namespace {

const QString kRepos =
    QStringLiteral("/api/v3/accounts/(?<account>\\d+)/projects/(?<project>\\d+)/repositories");
const QString kRepo = kRepos + QStringLiteral("/(?<id>\\d+)");

const QStringList kStrategies { QStringLiteral("deploy_key"),
    QStringLiteral("github_app"),
    QStringLiteral("git_token"),
    QStringLiteral("azure_active_directory_app") };

//! "org/repo" from git@github.com:org/repo.git, https://github.com/org/repo(.git), git://...
QString fullNameOf(const QString &url)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:git@[^:]+:|(?:https?|git|ssh)://(?:[^@/]+@)?[^/]+/)(.+?)(?:\\.git)?/?$"));
    const QRegularExpressionMatch m = re.match(url);
    return m.hasMatch() ? m.captured(1) : QString();
}

const Project *activeProject(Context &ctx)
{
    const Project *p = ctx.world.project(ctx.id(QStringLiteral("project")));
    return p && p->accountId == ctx.accountId && p->state == 1 ? p : nullptr;
}

Repository *findRepo(Context &ctx)
{
    auto it = ctx.world.repositories.find(ctx.id(QStringLiteral("id")));
    return activeProject(ctx) && it != ctx.world.repositories.end()
            && it->projectId == ctx.id(QStringLiteral("project"))
        ? &*it
        : nullptr;
}

void applyRepoBody(
    Context &ctx, Repository &r, const QJsonObject &body, bool create, FieldErrors *errors)
{
    if (create || present(body, QStringLiteral("remote_url"))) {
        const QString url = body.value(QStringLiteral("remote_url")).toString();
        if (url.isEmpty()) {
            errors->add(QStringLiteral("remote_url"), QStringLiteral("This field is required."));
        } else if (fullNameOf(url).isEmpty()) {
            errors->add(QStringLiteral("remote_url"),
                QStringLiteral(
                    "'%1' is not a git URL (git@host:org/repo.git or https://host/org/repo.git).")
                    .arg(url));
        } else {
            r.remoteUrl = url;
            r.fullName = fullNameOf(url);
        }
    }
    if (present(body, QStringLiteral("git_clone_strategy"))) {
        const QString s = body.value(QStringLiteral("git_clone_strategy")).toString();
        if (!kStrategies.contains(s)) {
            errors->add(QStringLiteral("git_clone_strategy"),
                QStringLiteral("'%1' is not one of [%2].")
                    .arg(s, kStrategies.join(QStringLiteral(", "))));
        } else {
            r.gitCloneStrategy = s;
        }
    }
    if (errors->optionalInt(
            body, QStringLiteral("github_installation_id"), 1, Q_INT64_C(1) << 53)) {
        r.githubInstallationId =
            body.value(QStringLiteral("github_installation_id")).toInteger(r.githubInstallationId);
    }
    if (r.gitCloneStrategy == QLatin1String("github_app") && !r.githubInstallationId) {
        errors->add(QStringLiteral("github_installation_id"),
            QStringLiteral("The github_app strategy needs the GitHub app installation id."));
    }
    if (errors->optionalString(body, QStringLiteral("pull_request_url_template"))) {
        r.pullRequestUrlTemplate = body.value(QStringLiteral("pull_request_url_template"))
                                       .toString(r.pullRequestUrlTemplate);
    }
    if (errors->optionalInt(body, QStringLiteral("state"), 1, 2)) {
        r.state = body.value(QStringLiteral("state")).toInt(r.state);
    }
    r.remoteBackend = r.gitCloneStrategy == QLatin1String("github_app") ? QStringLiteral("github")
        : r.gitCloneStrategy == QLatin1String("azure_active_directory_app")
        ? QStringLiteral("azure_active_directory")
        : present(body, QStringLiteral("gitlab_project_id")) ? QStringLiteral("gitlab")
        : r.remoteUrl.contains(QLatin1String("github.com"))  ? QStringLiteral("github")
                                                             : QStringLiteral("git");
    // A deploy key is made once, when the strategy first needs one.
    if (r.gitCloneStrategy == QLatin1String("deploy_key") && !r.deployKeyId) {
        r.deployKeyId = ctx.world.allocObjectId(ctx.accountId);
    }
}

Response listRepos(Context &ctx)
{
    const Project *p = activeProject(ctx);
    if (!p) {
        return Response::notFound();
    }
    QList<QJsonObject> items;
    for (const Repository &r : std::as_const(ctx.world.repositories)) {
        if (r.projectId == p->id && stateWanted(ctx.request, r.state)) {
            items << repositoryV3Json(r);
        }
    }
    return pagedList(ctx, items, { { QStringLiteral("project_id"), p->id } });
}

Response createRepo(Context &ctx)
{
    const Project *p = activeProject(ctx);
    if (!p) {
        return Response::notFound();
    }
    QJsonObject body;
    Response error;
    if (!parseBody(ctx.request, &body, &error)) {
        return error;
    }
    Repository r;
    r.accountId = ctx.accountId;
    r.projectId = p->id;
    r.gitCloneStrategy = QStringLiteral("deploy_key"); // the API default without a strategy
    r.createdAt = ctx.now;
    r.updatedAt = ctx.now;
    FieldErrors errors;
    applyRepoBody(ctx, r, body, true, &errors);
    if (!errors.isEmpty()) {
        return errors.response();
    }
    r.id = ctx.world.allocObjectId(ctx.accountId);
    ctx.world.repositories.insert(r.id, r);
    audit(ctx, "repository.Added", QStringLiteral("repository"), r.id, r.fullName);
    return created(repositoryV3Json(r));
}

Response getRepo(Context &ctx)
{
    const Repository *r = findRepo(ctx);
    return r ? Response::envelope(repositoryV3Json(*r)) : Response::notFound();
}

Response updateRepo(Context &ctx)
{
    Repository *r = findRepo(ctx);
    if (!r || r->state != 1) {
        return Response::notFound();
    }
    QJsonObject body;
    Response error;
    if (!parseBody(ctx.request, &body, &error)) {
        return error;
    }
    Repository copy = *r;
    FieldErrors errors;
    applyRepoBody(ctx, copy, body, false, &errors);
    if (!errors.isEmpty()) {
        return errors.response();
    }
    copy.updatedAt = ctx.now;
    *r = copy;
    audit(ctx, "repository.Changed", QStringLiteral("repository"), r->id, r->fullName);
    return Response::envelope(repositoryV3Json(*r));
}

Response deleteRepo(Context &ctx)
{
    Repository *r = findRepo(ctx);
    if (!r || r->state == 2) {
        return Response::notFound();
    }
    r->state = 2;
    r->updatedAt = ctx.now;
    for (Project &p : ctx.world.projects) {
        p.repositoryId = p.repositoryId == r->id ? 0 : p.repositoryId;
    }
    audit(ctx, "repository.Removed", QStringLiteral("repository"), r->id, r->fullName);
    return Response::envelope(repositoryV3Json(*r));
}

} // namespace

void registerRepositoryRoutes(Router &r)
{
    r.add("GET", kRepos, listRepos, Area::Repositories);
    r.add("POST", kRepos, createRepo, Area::Repositories);
    r.add("GET", kRepo, getRepo, Area::Repositories);
    r.add("POST", kRepo, updateRepo, Area::Repositories);
    r.add("DELETE", kRepo, deleteRepo, Area::Repositories);
}

} // namespace Dbtc::Sim
