// SPDX-License-Identifier: GPL-3.0-or-later
// The prose above the fault-matrix table in docs/RELIABILITY.md: what a cell checks, the fault
// kinds and endpoint classes, how to run it, and what the matrix found. Kept apart from the
// suite so tst_faultmatrix.cpp holds only the cells.
#pragma once

#include "faultmatrixfixture.h"

#include <QString>

#include <chrono>

namespace FaultMatrix {

//! \a recoveryDeadline: the recovery limit of a cell (two poll cycles with slack).
inline QString pageHeader(std::chrono::milliseconds recoveryDeadline)
{
    return QStringLiteral(
        "<!-- Written by tests/reliability/tst_faultmatrix "
        "(DBTC_WRITE_RELIABILITY=docs/RELIABILITY.md); do not edit by hand. -->\n"
        "# Reliability: the fault matrix\n\n"
        "The real window (offscreen MainWindow over a real Workspace) against the in-process "
        "simulator. Each cell scripts one fault kind on one endpoint class until it is "
        "cleared, then checks: no crash and no frozen window; the error where the window "
        "shows it (status bar, run detail header, failures tab, navigator, the dialog or "
        "the banner); nothing already shown is lost; recovery by itself within two poll "
        "cycles (poll clocks of %1/%2 ms, backoff capped at %2 ms: %3 ms with slack, "
        "plus the %4 s Retry-After of a 429) once the fault clears, without F5; exactly one "
        "POST per click (counted by the simulator); every cached artifact parses.\n\n"
        "Fault kinds (simulator/faults.h): `rate_limit` 429 with Retry-After %4 s; "
        "`server_error` 500; `html_page` a 503 incident page; `delay` an answer 500 ms "
        "after the client's timeout (%5 ms; downloads %6 ms); `drop` the connection closed "
        "before the server acts; `drop_after_processing` closed after it acted; "
        "`truncated` half the body; `invalid_json` a 200 that is not JSON.\n\n"
        "Endpoint classes: runs polling (`GET runs/`), run detail (`GET runs/{id}/` with "
        "its steps), artifacts (`GET runs/{id}/artifacts/...`, the triage of a failed "
        "run), trigger (`POST jobs/{id}/run/` from the dialog), cancel (`POST "
        "runs/{id}/cancel/`), retry (`POST runs/{id}/retry/` from the rerun dialog), tree "
        "(`GET projects/` from the first start).\n\n"
        "Run: `cd build/dev && QT_QPA_PLATFORM=offscreen DBTC_WRITE_RELIABILITY=$PWD/../../"
        "docs/RELIABILITY.md ./tests/reliability/tst_faultmatrix`.\n\n"
        "Found by this matrix and fixed: the failures tab of a finished run never recovered "
        "from a failed artifact download (all 8 artifacts cells); TriageFetcher now retries "
        "run_results.json on a PollSchedule backoff and replaces the log-tail fallback once "
        "it arrives (tests/models/tst_triagefetcher).\n\n"
        "Texts that misled in the first run of the matrix, now fixed (issue 16 point 13): a "
        "truncated body said \"offline\" and \"Could not reach 127.0.0.1\" (it now says the "
        "answer was cut off, tests/api/tst_apimessages); a 500 on a POST said \"Reads are "
        "retried automatically\" next to \"Outcome unknown\" (a write's message no longer "
        "promises a retry); a cancel's summary ended in \"again..\".\n\n"
        "Known failures of the other reliability suites (expected-fail there, listed here "
        "so this page is the one list): a settings file that is a link to a missing folder "
        "loses every write without a word (App::Settings::sync never checks whether the "
        "write worked; tests/app/tst_badinputapp). Fixed since the first run of these suites: "
        "`--summarize` on a FIFO (refused at once) and an 8 GB sparse file (refused before "
        "reading, over the size limit), issue 16 point 10 (tests/app/tst_badinputapp, "
        "tests/models/tst_artifactfile).\n")
        .arg(kPollFast.count())
        .arg(kPollSlow.count())
        .arg(recoveryDeadline.count())
        .arg(kRetryAfterSeconds)
        .arg(kRequestTimeout.count())
        .arg(kDownloadTimeout.count());
}

} // namespace FaultMatrix
