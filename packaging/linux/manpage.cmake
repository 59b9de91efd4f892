# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DBINARY=... -DOUTPUT=.../dbt-cloud-console.1 -P manpage.cmake: runs the program's
# --help-man (no display needed) and gzips the page with no name or time stamp (gzip -9n).
execute_process(COMMAND ${BINARY} --help-man
    OUTPUT_FILE ${OUTPUT} RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${BINARY} --help-man failed (${rc}): ${err}")
endif()
execute_process(COMMAND gzip -9nf ${OUTPUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip ${OUTPUT} failed (${rc})")
endif()
