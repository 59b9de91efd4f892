// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/console/quickopenmodel.h"

#include "models/common/fuzzymatch.h"
#include "models/common/roles.h"
#include "models/common/settingsstore.h"
#include "models/console/accounttreemodel.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace Dbtc::Models {

namespace {

const QString kRecentKey = QStringLiteral("quickopen/recent");
const QString kSeparator = QStringLiteral(" › ");

QString kindText(TreeNodeKind kind)
{
    switch (kind) {
    case TreeNodeKind::Connection:
        return QuickOpenModel::tr("Connection");
    case TreeNodeKind::Account:
        return QuickOpenModel::tr("Account");
    case TreeNodeKind::Project:
        return QuickOpenModel::tr("Project");
    case TreeNodeKind::Environment:
        return QuickOpenModel::tr("Environment");
    case TreeNodeKind::Job:
        return QuickOpenModel::tr("Job");
    case TreeNodeKind::Administration:
    case TreeNodeKind::AdminArea:
        return QuickOpenModel::tr("Administration");
    }
    return {};
}

QString recentKey(const QuickOpenModel::Target &t)
{
    return t.connectionId + QLatin1Char('|')
        + (t.isRun ? QStringLiteral("run") : QString::number(int(t.kind))) + QLatin1Char('|')
        + QString::number(t.id) + QLatin1Char('|') + QString::number(t.accountId);
}

qint64 runIdIn(const QString &text)
{
    const QString t = text.startsWith(QLatin1Char('#')) ? text.mid(1) : text;
    bool ok = false;
    const qint64 id = t.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

} // namespace

QuickOpenModel::QuickOpenModel(AccountTreeModel *tree, SettingsStore *settings, QObject *parent)
    : QAbstractListModel(parent)
    , m_tree(tree)
    , m_settings(settings)
{
    if (m_settings) {
        m_recent = m_settings->value(kRecentKey).toStringList();
    }
}

int QuickOpenModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant QuickOpenModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Entry &e = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return e.name;
    case Qt::ToolTipRole:
        return e.place.isEmpty() ? e.name : QString(e.name + QLatin1Char('\n') + e.place);
    case Qt::AccessibleTextRole:
        return QString(e.kindText + QLatin1Char(' ') + e.name + QStringLiteral(", ") + e.place);
    case KindTextRole:
        return e.kindText;
    case PlaceRole:
        return e.place;
    case NameMatchesRole:
        return QVariant::fromValue(e.nameMatches);
    case PlaceMatchesRole:
        return QVariant::fromValue(e.placeMatches);
    case RecentRole:
        return e.recentRank >= 0;
    case NodeKindRole:
        return int(e.target.kind);
    case NodeIdRole:
        return e.target.id;
    case ConnectionIdRole:
        return e.target.connectionId;
    case AccountIdRole:
        return e.target.accountId;
    case RunIdRole:
        return e.target.isRun ? QVariant(e.target.id) : QVariant();
    default:
        return {};
    }
}

QuickOpenModel::Target QuickOpenModel::target(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].target : Target {};
}

void QuickOpenModel::noteChosen(int row)
{
    if (row < 0 || row >= m_rows.size()) {
        return;
    }
    const QString key = recentKey(m_rows[row].target);
    m_recent.removeAll(key);
    m_recent.prepend(key);
    while (m_recent.size() > kMaxRecent) {
        m_recent.removeLast();
    }
    saveRecent();
}

void QuickOpenModel::saveRecent()
{
    if (m_settings) {
        m_settings->setValue(kRecentKey, m_recent);
    }
}

int QuickOpenModel::recentRankOf(const Target &t) const
{
    return int(m_recent.indexOf(recentKey(t)));
}

QList<QuickOpenModel::Entry> QuickOpenModel::candidates() const
{
    const QStringList connections = m_tree->connectionIds();
    const bool showConnection = connections.size() > 1;
    const auto items = m_tree->allItems();
    // Names of the levels above a node, to say where it lives.
    QHash<QString, QString> names; // "conn|kind|id" -> name
    auto key = [](const QString &conn, TreeNodeKind kind, qint64 id) -> QString {
        return conn + QLatin1Char('|') + QString::number(int(kind)) + QLatin1Char('|')
            + QString::number(id);
    };
    QHash<QString, QList<qint64>> accountsOf;
    for (const auto &[conn, it] : items) {
        names.insert(key(conn, it.kind, it.id), it.name);
        if (it.kind == TreeNodeKind::Account) {
            accountsOf[conn].append(it.id);
        }
    }
    auto placeOf = [&](const QString &conn, const TreeItem &it) {
        QStringList parts;
        if (showConnection) {
            parts.append(m_tree->connection(conn).name);
        }
        if (it.kind != TreeNodeKind::Account) {
            parts.append(names.value(key(conn, TreeNodeKind::Account, it.accountId)));
        }
        if (it.kind == TreeNodeKind::Environment || it.kind == TreeNodeKind::Job) {
            parts.append(names.value(key(conn, TreeNodeKind::Project, it.projectId)));
        }
        if (it.kind == TreeNodeKind::Job) {
            parts.append(names.value(key(conn, TreeNodeKind::Environment, it.environmentId)));
        }
        parts.removeAll(QString());
        return parts.join(kSeparator);
    };

    QList<Entry> out;
    out.reserve(items.size() + 4);
    if (const qint64 runId = runIdIn(m_query.trimmed())) {
        for (const QString &conn : connections) {
            for (const qint64 account : accountsOf.value(conn)) {
                Entry e;
                e.target = { conn, TreeNodeKind::Job, runId, account, true };
                e.kindText = tr("Run");
                e.name = tr("Run #%1").arg(runId);
                QStringList parts;
                if (showConnection) {
                    parts.append(m_tree->connection(conn).name);
                }
                parts.append(names.value(key(conn, TreeNodeKind::Account, account)));
                e.place = parts.join(kSeparator);
                e.score = std::numeric_limits<int>::max() / 2; // a run id typed is meant
                out.append(e);
            }
        }
    }
    for (const auto &[conn, it] : items) {
        Entry e;
        e.target = { conn, it.kind, it.id, it.accountId, false };
        e.kindText = kindText(it.kind);
        e.name = it.name;
        e.place = placeOf(conn, it);
        out.append(e);
    }
    return out;
}

void QuickOpenModel::setQuery(const QString &text)
{
    m_query = text;
    refresh();
}

void QuickOpenModel::refresh()
{
    const QStringList words = m_query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<Entry> matches;
    for (Entry &e : candidates()) {
        bool all = true;
        int score = e.score;
        for (const QString &w : words) {
            if (e.target.isRun) {
                break; // offered for the number typed, whatever else the words say
            }
            if (e.target.kind == TreeNodeKind::Job && QString::number(e.target.id) == w) {
                score += 200; // a job id
                continue;
            }
            if (e.kindText.startsWith(w, Qt::CaseInsensitive) && w.size() >= 3) {
                score += 10; // "job nightly": the kind narrows
                continue;
            }
            const FuzzyMatch inName = fuzzyMatch(w, e.name);
            if (inName.matched) {
                score += inName.score * 2; // the name counts more than the place
                for (const int p : inName.positions) {
                    if (!e.nameMatches.contains(p)) {
                        e.nameMatches.append(p);
                    }
                }
                continue;
            }
            const FuzzyMatch inPlace = fuzzyMatch(w, e.place);
            if (!inPlace.matched) {
                all = false;
                break;
            }
            score += inPlace.score;
            e.placeMatches.append(inPlace.positions);
        }
        if (!all) {
            continue;
        }
        std::sort(e.nameMatches.begin(), e.nameMatches.end());
        std::sort(e.placeMatches.begin(), e.placeMatches.end());
        e.score = score;
        e.recentRank = recentRankOf(e.target);
        matches.append(std::move(e));
    }
    std::stable_sort(matches.begin(), matches.end(), [](const Entry &a, const Entry &b) {
        if (a.target.isRun != b.target.isRun) {
            return a.target.isRun;
        }
        const bool ar = a.recentRank >= 0, br = b.recentRank >= 0;
        if (ar != br) {
            return ar;
        }
        if (ar && a.recentRank != b.recentRank) {
            return a.recentRank < b.recentRank;
        }
        if (a.score != b.score) {
            return a.score > b.score;
        }
        if (a.name.size() != b.name.size()) {
            return a.name.size() < b.name.size();
        }
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    if (matches.size() > kMaxRows) {
        matches.resize(kMaxRows);
    }
    beginResetModel();
    m_rows = std::move(matches);
    endResetModel();
}

} // namespace Dbtc::Models
