#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the app and opens it in demo mode against the built-in dbt Cloud simulator.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh dev
exec build/dev/app/dbt-cloud-console --demo "$@"
