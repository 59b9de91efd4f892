// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Dbtc::App {

//! True when the arguments ask for --export-lineage. Decided before any application object
//! exists: the export needs a QGuiApplication (PNG text needs fonts) on the offscreen
//! platform, and must never need a display (CI, docs builds, ssh).
bool wantsLineageExport(int argc, char *argv[]);

//! `--export-lineage OUT.svg|OUT.png [--select EXPR]... [--exclude EXPR]... [--selector NAME]
//! [--theme dark] PATH`: lays out the whole project (or what dbt's selection picks, via
//! Models::Selection) with every node drawn and writes it. Exit code 0 when written, 1 when PATH
//! cannot be read, OUT cannot be written or nothing is selected, 2 for bad usage or a malformed
//! selection (stderr names the column).
int exportLineageCommand(const QStringList &arguments);

} // namespace Dbtc::App
