// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Dbtc::Models {

//! \brief What the console needs to know about one account of a configured connection (a
//! session: one client, one request queue, one rate-limit pause). Never a token: the
//! Api::Client that goes with it holds that.
//!
//! A connection (a profile: host and token) may show several of the accounts its token
//! reaches; each is a session of its own, so that one account's 429 pause or outage never
//! stalls another. Sessions of one profile share its profileId and sit under one connection
//! node in the navigator.
struct ConnectionInfo
{
    //! Stable session id (names the offline cache file, keys the watch list and the history):
    //! the profile's id for the account it was set up for, "<profile id>/<account id>" for
    //! every other account shown (see sessionIdFor()).
    QString id;
    QString name; //!< what the user called the connection ("Acme prod (EMEA)")
    qint64 accountId = 0; //!< the account this session reaches
    bool readOnly = false;
    bool demo = false; //!< points at the in-process simulator
    QString profileId {}; //!< the connection this account belongs to; empty = id
    QString
        accountName {}; //!< known before the account answers (from "Find accounts"); may be empty

    QString groupId() const { return profileId.isEmpty() ? id : profileId; }

    //! The session id of \a accountId of the profile \a profileId set up for \a homeAccountId.
    static QString sessionIdFor(const QString &profileId, qint64 homeAccountId, qint64 accountId)
    {
        return accountId == homeAccountId
            ? profileId
            : profileId + QLatin1Char('/') + QString::number(accountId);
    }
};

} // namespace Dbtc::Models
