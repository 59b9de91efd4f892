// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commandline.h"

#include <QString>

namespace Dbtc::App {

//! The dbt-cloud-console(1) man page in roff (man macros), made from the same option table as
//! --help. The build writes it with `dbt-cloud-console --help-man` (packaging/linux).
QString manPage(const OptionTable &table, const QString &version);

//! Text made safe for roff: backslashes and hyphens escaped, no line starting a request.
QString roffEscape(const QString &text);

} // namespace Dbtc::App
