// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace Dbtc::Models {

//! \brief The areas of the account a write touches; each needs its own permission.
enum class WriteArea {
    Runs, //!< trigger, cancel, retry
    Jobs, //!< create, edit, activate, delete
    Projects,
    Environments,
    Connections, //!< warehouse connections, repositories, credentials
    Users,
    Groups,
    ServiceTokens,
    Webhooks,
};

//! \brief What the connection's token may write, for permission-aware actions: one per
//! connection, owned by its ConnectionSession. A read-only connection may write nothing. dbt
//! Cloud has no call that tells a token its own permissions, so what a token cannot do is
//! learnt from the first 403 of each area (whose body names the permission sets that would
//! allow it) and kept for the session; the action then stays disabled with that reason
//! instead of failing again. Every writer (jobs, runs, admin) asks and reports here.
class WriteAccess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WriteAccess)

public:
    explicit WriteAccess(bool readOnly, QObject *parent = nullptr);

    bool isReadOnly() const { return m_readOnly; }

    //! \brief Empty when a write to \a area may be sent; otherwise the reason, in plain words,
    //! naming the permission set it needs when dbt Cloud said which.
    QString whyNot(WriteArea area) const;

    bool canWrite(WriteArea area) const { return whyNot(area).isEmpty(); }

    //! \brief The permission sets a 403 of \a area named (empty until one came).
    QStringList neededFor(WriteArea area) const { return m_forbidden.value(area); }

    //! \brief Looks at a write's error: a 403 marks \a area as not writable (with the sets it
    //! names) and emits changed(); any other error is ignored. Returns whether it was a 403.
    bool noteError(WriteArea area, const Api::ApiError &error);

    //! \brief Forgets what 403s taught (the token was replaced).
    void reset();

    //! \brief The plain-words reason for a 403 on \a area naming \a sets (empty: unnamed).
    static QString forbiddenReason(WriteArea area, const QStringList &sets);
    static QString areaName(WriteArea area);

Q_SIGNALS:
    //! What may be written changed: actions re-check whyNot().
    void changed();

private:
    bool m_readOnly = false;
    QHash<WriteArea, QStringList> m_forbidden;
};

} // namespace Dbtc::Models
