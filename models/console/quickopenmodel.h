// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/console/treeitem.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace Dbtc::Models {

class AccountTreeModel;
class SettingsStore;

//! \brief The Ctrl+K palette's matches over every connection and account: each entry names
//! its kind and its place ("Job · Hourly incremental models — Acme › Analytics › Production"),
//! so three jobs of the same name in three projects are told apart. Matching is fuzzy, with
//! the matched letters exposed for the delegate to mark; recently chosen entries come first;
//! a number also offers that run id on every account.
class QuickOpenModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickOpenModel)

public:
    enum QuickOpenRole {
        KindTextRole = Qt::UserRole + 100, //!< "Job", "Environment", "Run"
        PlaceRole, //!< "Connection › Account › Project › Environment" (as far as it applies)
        NameMatchesRole, //!< QList<int>: matched letter positions in the display name
        PlaceMatchesRole, //!< QList<int>: matched letter positions in the place
        RecentRole, //!< bool: chosen recently
    };

    //! \a settings keeps the recent choices (key "quickopen/recent"); nullptr = memory only.
    explicit QuickOpenModel(
        AccountTreeModel *tree, SettingsStore *settings = nullptr, QObject *parent = nullptr);

    AccountTreeModel *tree() const { return m_tree; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    //! Recomputes the matches for \a text (words separated by spaces, each matched fuzzily
    //! against the name or the place; "#123" or "123" adds the run id).
    void setQuery(const QString &text);

    QString query() const { return m_query; }

    //! Re-reads the tree (it loads in the background while the palette is open).
    void refresh();

    //! What a row stands for.
    struct Target
    {
        QString connectionId;
        TreeNodeKind kind = TreeNodeKind::Job;
        qint64 id = 0; //!< node id, or the run id when isRun
        qint64 accountId = 0;
        bool isRun = false;
    };

    Target target(int row) const;
    //! Remembers \a row's entry as chosen: it sorts first next time.
    void noteChosen(int row);

    static constexpr int kMaxRows = 200;
    static constexpr int kMaxRecent = 8;

private:
    struct Entry
    {
        Target target;
        QString kindText;
        QString name;
        QString place;
        QList<int> nameMatches;
        QList<int> placeMatches;
        int score = 0;
        int recentRank = -1; //!< 0 = most recent
    };

    QList<Entry> candidates() const;
    int recentRankOf(const Target &t) const;
    void saveRecent();

    AccountTreeModel *m_tree;
    SettingsStore *m_settings;
    QString m_query;
    QList<Entry> m_rows;
    QStringList m_recent; //!< "connection|kind|id", newest first
};

} // namespace Dbtc::Models
