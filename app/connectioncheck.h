// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Dbtc::App {

//! --check-connection URL: asks dbt Cloud at \a url for its accounts without a token and says
//! whether the host answered over a connection the system trusts. Any HTTP answer (dbt Cloud
//! says 401 to a request without a token) proves the name resolves, the port is open and the
//! certificate chains to a CA of the system store; a TLS or network failure is printed in the
//! words the window would use. For support (a single-tenant host behind a company CA) and the
//! packaging test. Runs its own event loop; returns the process exit code (0 reached, 1 not).
int checkConnection(const QString &url);

} // namespace Dbtc::App
