// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/admin/admindirectory.h"

#include "api/client.h"
#include "models/admin/admintablemodel.h"
#include "models/common/requesttracker.h"
#include "models/common/roles.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <algorithm>
#include <numeric>

namespace Dbtc::Models {

namespace {

constexpr int kReceiptEvents = 10; //!< newest events whose deliveries the details pane shows
constexpr int kEventPolls = 20;
constexpr int kEventPollMs = 250;

int at(AdminArea area)
{
    return int(area);
}

} // namespace

//! One load of one area: the answers gathered until the last call is back.
struct AdminDirectory::Load
{
    AdminArea area = AdminArea::Environments;
    int pending = 0;
    std::optional<Api::ApiError> error; //!< the first failed call the area cannot do without
    AdminLookups names;
    QList<Api::Environment> environments;
    QList<Api::WarehouseConnection> connections; //!< account-level
    QList<QPair<Api::WarehouseConnection, QString>> projectConnections; //!< with project name
    QList<Api::Repository> repositories;
    QList<Api::User> users;
    QList<Api::Group> groups;
    QList<Api::ServiceToken> tokens;
    QList<Api::WebhookSubscription> webhooks;
    QList<QPair<qint64, QString>> jobs;
    QHash<qint64, qint64> jobProjects; //!< job id -> project id, to tell same-named jobs apart
};

AdminDirectory::AdminDirectory(Api::Client *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_receipts(new AdminTableModel(receiptHeaders(), this))
    , m_receiptRequests(std::make_unique<RequestTracker>())
{
    for (AdminArea area : adminAreas()) {
        auto *table = new AdminTableModel(adminHeaders(area), this);
        auto *view = new QSortFilterProxyModel(this);
        view->setSourceModel(table);
        view->setSortRole(RawValueRole);
        view->setFilterKeyColumn(-1); // the search box looks at every column
        view->setFilterCaseSensitivity(Qt::CaseInsensitive);
        view->setSortCaseSensitivity(Qt::CaseInsensitive);
        m_tables[size_t(at(area))] = table;
        m_views[size_t(at(area))] = view;
        m_requests[size_t(at(area))] = std::make_unique<RequestTracker>();
    }
}

AdminDirectory::~AdminDirectory() = default;

AdminTableModel *AdminDirectory::table(AdminArea area) const
{
    return m_tables[size_t(at(area))];
}

QSortFilterProxyModel *AdminDirectory::view(AdminArea area) const
{
    return m_views[size_t(at(area))];
}

void AdminDirectory::setSearch(AdminArea area, const QString &text)
{
    view(area)->setFilterFixedString(text.trimmed());
}

void AdminDirectory::ensureLoaded(AdminArea area)
{
    const AdminTableModel::State s = table(area)->state();
    if (s == AdminTableModel::State::Idle) {
        start(area);
    }
}

void AdminDirectory::reload(AdminArea area)
{
    start(area);
}

std::optional<Api::WebhookSubscription> AdminDirectory::webhook(const QString &id) const
{
    for (const Api::WebhookSubscription &w : m_webhooks) {
        if (w.id == id) {
            return w;
        }
    }
    return std::nullopt;
}

QList<QPair<qint64, QString>> AdminDirectory::jobChoices() const
{
    return m_jobs;
}

template <typename T, typename F>
auto AdminDirectory::part(const std::shared_ptr<Load> &load, bool required, F onValue)
{
    ++load->pending;
    RequestTracker &requests = *m_requests[size_t(at(load->area))];
    return Api::Callback<T>(
        requests.guard([this, load, required, onValue](const Api::Result<T> &r) {
            if (r) {
                onValue(r.value());
            } else if (required && !load->error) {
                load->error = r.error();
            }
            if (--load->pending == 0) {
                finish(*load);
            }
        }));
}

void AdminDirectory::start(AdminArea area)
{
    RequestTracker &requests = *m_requests[size_t(at(area))];
    requests.reset(); // a reload replaces the previous one
    table(area)->setLoading();
    Api::Client *c = m_client.data();
    if (!c) {
        table(area)->setError(tr("This connection has no client."));
        return;
    }
    auto load = std::make_shared<Load>();
    load->area = area;
    // Held until every call is sent: a call answered at once cannot finish the load early.
    ++load->pending;
    const auto projectsThen = [this, c, load, &requests](bool required, auto perProject) {
        requests.track(c->fetchAllProjects(this,
            part<QList<Api::Project>>(
                load, required, [load, perProject](const QList<Api::Project> &projects) {
                    for (const Api::Project &p : projects) {
                        load->names.projects.insert(p.id, p.name);
                        perProject(p);
                    }
                })));
    };

    switch (area) {
    case AdminArea::Environments:
        requests.track(c->listConnections(this,
            part<QList<Api::WarehouseConnection>>(
                load, false, [load](const QList<Api::WarehouseConnection> &list) {
                    for (const auto &conn : list) {
                        load->names.connections.insert(conn.id, conn.name);
                    }
                })));
        projectsThen(true, [this, c, load, &requests](const Api::Project &p) {
            requests.track(c->fetchAllEnvironments(p.id,
                this,
                part<QList<Api::Environment>>(
                    load, true, [load](const QList<Api::Environment> &list) {
                        load->environments += list;
                    })));
            requests.track(c->listCredentials(p.id,
                this,
                part<QList<Api::Credential>>(
                    load, false, [load](const QList<Api::Credential> &list) {
                        for (const Api::Credential &cr : list) {
                            load->names.credentials.insert(cr.id,
                                cr.schema.isEmpty() ? cr.type
                                                    : QStringLiteral("%1 · %2 · %3 threads")
                                                          .arg(cr.type, cr.schema)
                                                          .arg(cr.threads));
                        }
                    })));
        });
        break;
    case AdminArea::Connections:
        requests.track(c->listConnections(this,
            part<QList<Api::WarehouseConnection>>(
                load, true, [load](const QList<Api::WarehouseConnection> &list) {
                    load->connections = list;
                })));
        projectsThen(false, [this, c, load, &requests](const Api::Project &p) {
            requests.track(c->listProjectConnections(p.id,
                this,
                part<QList<Api::WarehouseConnection>>(
                    load, false, [load, name = p.name](const QList<Api::WarehouseConnection> &l) {
                        for (const auto &conn : l) {
                            load->projectConnections.append({ conn, name });
                        }
                    })));
        });
        break;
    case AdminArea::Repositories:
        projectsThen(true, [this, c, load, &requests](const Api::Project &p) {
            requests.track(c->listRepositories(p.id,
                this,
                part<QList<Api::Repository>>(load, true, [load](const QList<Api::Repository> &l) {
                    load->repositories += l;
                })));
        });
        break;
    case AdminArea::Users:
        requests.track(c->listUsers(
            this, part<QList<Api::User>>(load, true, [load](const QList<Api::User> &l) {
                load->users = l;
            })));
        break;
    case AdminArea::Groups:
        requests.track(c->listGroups(
            this, part<QList<Api::Group>>(load, true, [load](const QList<Api::Group> &l) {
                load->groups = l;
            })));
        projectsThen(false, [](const Api::Project &) {});
        break;
    case AdminArea::ServiceTokens:
        requests.track(c->listServiceTokens(this,
            part<QList<Api::ServiceToken>>(load, true, [load](const QList<Api::ServiceToken> &l) {
                load->tokens = l;
            })));
        break;
    case AdminArea::Webhooks:
        requests.track(c->listWebhooks(this,
            part<QList<Api::WebhookSubscription>>(
                load, true, [load](const QList<Api::WebhookSubscription> &l) {
                    load->webhooks = l;
                })));
        projectsThen(false, [](const Api::Project &) {});
        requests.track(c->fetchAllJobs(Api::JobQuery {},
            this,
            part<QList<Api::Job>>(load, false, [load](const QList<Api::Job> &l) {
                for (const Api::Job &j : l) {
                    if (j.state != Api::ObjectState::Deleted) {
                        load->jobs.append({ j.id, j.name });
                        load->jobProjects.insert(j.id, j.projectId);
                    }
                }
            })));
        break;
    }
    // Release the hold taken above.
    if (--load->pending == 0) {
        finish(*load);
    }
}

void AdminDirectory::finish(const Load &load)
{
    AdminTableModel *t = table(load.area);
    if (load.error) {
        t->setError(load.error->userMessage());
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<AdminRow> rows;
    switch (load.area) {
    case AdminArea::Environments:
        for (const Api::Environment &e : load.environments) {
            if (e.state != Api::ObjectState::Deleted) {
                rows << environmentRow(e, load.names);
            }
        }
        break;
    case AdminArea::Connections: {
        QSet<qint64> seen;
        for (const Api::WarehouseConnection &conn : load.connections) {
            if (conn.state != Api::ObjectState::Deleted) {
                rows << connectionRow(conn, tr("Account"));
                seen.insert(conn.id);
            }
        }
        // The older project-level form, unless the account-level list already has it.
        for (const auto &[conn, project] : load.projectConnections) {
            if (!seen.contains(conn.id) && conn.state != Api::ObjectState::Deleted) {
                rows << connectionRow(conn, tr("Project: %1").arg(project));
                seen.insert(conn.id);
            }
        }
        break;
    }
    case AdminArea::Repositories:
        for (const Api::Repository &r : load.repositories) {
            if (r.state != Api::ObjectState::Deleted) {
                rows << repositoryRow(r, load.names);
            }
        }
        break;
    case AdminArea::Users:
        for (const Api::User &u : load.users) {
            rows << userRow(u, now);
        }
        break;
    case AdminArea::Groups:
        for (const Api::Group &g : load.groups) {
            if (g.state != Api::ObjectState::Deleted) {
                rows << groupRow(g, load.names);
            }
        }
        break;
    case AdminArea::ServiceTokens:
        for (const Api::ServiceToken &tok : load.tokens) {
            rows << tokenRow(tok, now);
        }
        break;
    case AdminArea::Webhooks: {
        // Jobs of the same name in several projects ("Daily build") say which project.
        AdminLookups names = load.names;
        m_jobs.clear();
        for (const auto &[id, name] : load.jobs) {
            const QString project = names.projects.value(load.jobProjects.value(id));
            const QString label =
                project.isEmpty() ? name : QStringLiteral("%1 · %2").arg(name, project);
            names.jobs.insert(id, label);
            m_jobs.append({ id, label });
        }
        std::sort(m_jobs.begin(), m_jobs.end(), [](const auto &a, const auto &b) {
            return QString::localeAwareCompare(a.second, b.second) < 0;
        });
        m_webhooks = load.webhooks;
        for (Api::WebhookSubscription &w : m_webhooks) {
            w.hmacSecret.clear(); // a list never carries it; never keep one that came
        }
        for (const Api::WebhookSubscription &w : std::as_const(m_webhooks)) {
            rows << webhookRow(w, names, now);
        }
        break;
    }
    }
    t->setRows(std::move(rows));
}

void AdminDirectory::loadReceipts(const QString &subscriptionId)
{
    m_receiptRequests->reset();
    m_receiptsFor = subscriptionId;
    Api::Client *c = m_client.data();
    if (subscriptionId.isEmpty() || !c) {
        m_receipts->clear();
        return;
    }
    m_receipts->setLoading();

    struct Gathered
    {
        int pending = 0;
        QList<AdminRow> rows;
        QList<QDateTime> when;
    };

    auto g = std::make_shared<Gathered>();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto done = [this, g] {
        if (--g->pending > 0) {
            return;
        }
        // Newest first, whatever order the answers came in.
        QList<int> order(g->rows.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [g](int a, int b) {
            return g->when.at(a) > g->when.at(b);
        });
        QList<AdminRow> sorted;
        for (int i : std::as_const(order)) {
            sorted << g->rows.at(i);
        }
        m_receipts->setRows(std::move(sorted));
    };
    ++g->pending;
    m_receiptRequests->track(c->listWebhookEvents(subscriptionId,
        this,
        m_receiptRequests->guard([this, c, g, now, done, subscriptionId](
                                     const Api::Result<QList<Api::WebhookEvent>> &r) {
            if (!r) {
                m_receipts->setError(r.error().userMessage());
                return;
            }
            QList<Api::WebhookEvent> events = r.value();
            std::stable_sort(events.begin(), events.end(), [](const auto &a, const auto &b) {
                return a.createdAt > b.createdAt;
            });
            for (const Api::WebhookEvent &e : events.mid(0, kReceiptEvents)) {
                ++g->pending;
                m_receiptRequests->track(c->listWebhookReceipts(subscriptionId,
                    e.id,
                    this,
                    m_receiptRequests->guard(
                        [g, e, now, done](const Api::Result<QList<Api::WebhookReceipt>> &rr) {
                            if (!rr || rr.value().isEmpty()) {
                                g->rows << receiptRow(e, nullptr, now);
                                g->when << e.createdAt;
                            } else {
                                for (const Api::WebhookReceipt &receipt : rr.value()) {
                                    g->rows << receiptRow(e, &receipt, now);
                                    g->when << receipt.dispatchedAt;
                                }
                            }
                            done();
                        })));
            }
            done();
        })));
}

void AdminDirectory::followEvent(const QString &subscriptionId, const QString &eventId)
{
    pollEvent(subscriptionId, eventId, kEventPolls);
}

void AdminDirectory::pollEvent(const QString &subscriptionId, const QString &eventId, int left)
{
    Api::Client *c = m_client.data();
    if (!c) {
        return;
    }
    c->listWebhookReceipts(subscriptionId,
        eventId,
        this,
        [this, subscriptionId, eventId, left](const Api::Result<QList<Api::WebhookReceipt>> &r) {
            const bool delivered = r && !r.value().isEmpty();
            if (!delivered && left > 1) {
                QTimer::singleShot(kEventPollMs, this, [this, subscriptionId, eventId, left] {
                    pollEvent(subscriptionId, eventId, left - 1);
                });
                return;
            }
            if (m_receiptsFor == subscriptionId) {
                loadReceipts(subscriptionId);
            }
            reload(AdminArea::Webhooks);
            Q_EMIT eventSettled(subscriptionId,
                eventId,
                delivered ? r.value().constFirst().httpStatusCode : QString());
        });
}

} // namespace Dbtc::Models
