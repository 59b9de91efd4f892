# SPDX-License-Identifier: GPL-3.0-or-later
# Hardening of what we ship: the Release configuration (packaging, `--preset release`) gets the
# flags Debian's hardening-check and lintian look for. Other configurations are left alone: the
# sanitizer build is Debug (where _FORTIFY_SOURCE only warns) and the dev build shares a ccache
# across checkouts, which a flag change would empty.
set(_dbtc_release "$<CONFIG:Release>")
if(MSVC)
    # Control-flow guard; ASLR (/DYNAMICBASE) and DEP (/NXCOMPAT) are MSVC's defaults.
    add_compile_options("$<${_dbtc_release}:/guard:cf>")
    add_link_options("$<${_dbtc_release}:/guard:cf>")
else()
    # -U first: some toolchains (Ubuntu's gcc) predefine _FORTIFY_SOURCE, and a redefinition
    # with another level would be a warning, i.e. an error with DBTC_WERROR.
    add_compile_options(
        "$<${_dbtc_release}:-U_FORTIFY_SOURCE>"
        "$<${_dbtc_release}:-D_FORTIFY_SOURCE=2>"
        "$<${_dbtc_release}:-fstack-protector-strong>")
    if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
        add_compile_options("$<${_dbtc_release}:-fstack-clash-protection>")
        # Full RELRO and immediate binding: the GOT is read-only once the program runs.
        add_link_options("$<${_dbtc_release}:LINKER:-z,relro,-z,now>"
            "$<${_dbtc_release}:-pie>")
    endif()
endif()
unset(_dbtc_release)
