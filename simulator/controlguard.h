// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace Dbtc::Sim {

struct Request;

//! \brief Empty when the /__sim/ control API may answer \a request; otherwise why not (the
//! caller answers 403). A running --demo listens on loopback, but a web page in the user's
//! browser can still reach it: a cross-origin "simple" POST needs no preflight, and DNS
//! rebinding makes a foreign name resolve to 127.0.0.1. So the Host header must name a
//! loopback host, and a request carrying an Origin (every browser request that can change
//! state does) must come from \a ownBase itself. Tools (curl, the tests) send no Origin.
QString controlRefusal(const Request &request, const QUrl &ownBase);

} // namespace Dbtc::Sim
