// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Dbtc::Models {

//! \brief What the console needs to know about one configured connection. Never a token:
//! the Api::Client that goes with it holds that.
struct ConnectionInfo
{
    QString id; //!< stable profile id (also names the offline cache file)
    QString name; //!< what the user called it ("Acme prod (EMEA)")
    qint64 accountId = 0; //!< the account the connection was set up for
    bool readOnly = false;
    bool demo = false; //!< points at the in-process simulator
};

} // namespace Dbtc::Models
