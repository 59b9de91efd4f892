// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Dbtc::App {

struct CommandLine;

//! --select/--exclude/--selector mode: prints the selected unique_ids, one per line, sorted (what
//! `dbt ls --resource-type all --output json` lists). Exit 0; 2 for a bad expression or flag
//! (stderr names the column); 1 when an artifact cannot be read. No display needed.
int runSelectCommand(const CommandLine &commandLine);

} // namespace Dbtc::App
