// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace Dbtc::Models {

//! \brief One cell of an admin table: what is shown, what it sorts by (RawValueRole; the
//! text when unset) and an optional tooltip.
struct AdminCell
{
    QString text;
    QVariant sortValue;
    QString toolTip;
};

//! \brief One object of an admin area (an environment, a user, a webhook, ...) as a row.
struct AdminRow
{
    QString key; //!< the object's id as text (webhooks have string ids)
    QList<AdminCell> cells;
};

//! \brief The one table model of the admin room: every area is rows of text cells under its
//! own column spec (the directory converts the API's objects), so seven areas share one
//! QAbstractTableModel instead of seven near-identical ones. It also says whether the area
//! is loading, loaded, empty or failed, for the page's state views.
class AdminTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminTableModel)

public:
    enum class State { Idle, Loading, Ready, Empty, Error };
    Q_ENUM(State)

    //! The row's key (AdminRow::key) for every cell.
    static constexpr int KeyRole = Qt::UserRole + 200;

    explicit AdminTableModel(QStringList headers, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    State state() const { return m_state; }

    //! Why the last load failed (the API's plain-words message, naming the permission set a
    //! 403 needs); empty otherwise.
    QString errorText() const { return m_error; }

    //! Rows stay while a reload runs so the view does not flash empty.
    void setLoading();
    void setRows(QList<AdminRow> rows);
    void setError(const QString &message);
    void clear();

    QString keyAt(int row) const;
    int rowOf(const QString &key) const;
    //! The shown text of \a column in the row of \a key (tests and details panes).
    QString textAt(const QString &key, int column) const;

Q_SIGNALS:
    void stateChanged(Dbtc::Models::AdminTableModel::State state);

private:
    void setState(State state);

    QStringList m_headers;
    QList<AdminRow> m_rows;
    State m_state = State::Idle;
    QString m_error;
};

} // namespace Dbtc::Models
