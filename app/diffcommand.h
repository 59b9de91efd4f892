// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Dbtc::App {

struct CommandLine;

//! --diff OLD NEW: prints what changed between two runs as one JSON object (status changes,
//! added, removed, timings, SQL changes when manifests sit beside the run_results), every list
//! sorted by unique_id. Exit 0; 1 with a one-line message naming the file when an input cannot
//! be read; 2 for a usage problem. No display needed. Same engine as the run-diff page.
int runDiffCommand(const CommandLine &commandLine);

} // namespace Dbtc::App
