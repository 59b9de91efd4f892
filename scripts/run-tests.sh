#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds everything (warnings are errors) and runs the whole test suite offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh dev
export QT_QPA_PLATFORM=offscreen
ctest --preset dev "$@"
