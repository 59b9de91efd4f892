#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the tests that drive the whole model layer and the window (workspace, pollers, the
# background watch, artifacts service, commands, offline cache) with AddressSanitizer and
# UBSan, float-cast-overflow included (GCC's "undefined" leaves it out), with the asan preset,
# and runs them. Bounded for CI: a chosen set, not the whole suite.
# Incremental like the dev build. The test command runs it after the suite (DBTC_ASAN=0 skips).
set -euo pipefail
cd "$(dirname "$0")/.."
tests=(tst_mainwindow tst_mainwindowactions tst_consoleapp tst_watchpoller tst_runpoller tst_accounttreemodel
       tst_runartifacts tst_runcommands tst_pollschedule tst_requesttracker
       tst_rundetailfollower tst_notifier tst_triagefetcher
       tst_requestlanes tst_apimessages tst_artifactfile tst_simcontrolguard tst_cacertificates
       tst_history tst_historyrecorder tst_inbox tst_rundiffjob tst_runcomparison tst_pulse
       tst_admindirectory)
scripts/install-deps.sh
# Always through the preset (a no-op when nothing changed): a build tree configured before a
# flag was added to the preset (float-cast-overflow) picks it up.
cmake --preset asan >/dev/null
cmake --build --preset asan --target "${tests[@]}" -- -j"$(nproc)"
regex="^($(IFS='|'; echo "${tests[*]}"))\$"
export QT_QPA_PLATFORM=offscreen
# Any report fails the test: UBSan aborts (the preset has -fno-sanitize-recover), ASan and
# LeakSanitizer exit non-zero.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --preset asan -R "$regex" -j2
