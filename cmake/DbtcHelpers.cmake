# SPDX-License-Identifier: GPL-3.0-or-later
# The one place that decides how a layer library and a test are built: warnings, Qt's strict
# string defines, include roots. Every target in the tree goes through these functions.

set(DBTC_TEST_DATA_DIR "${PROJECT_SOURCE_DIR}/tests/data")

function(dbtc_apply_common_options target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_NO_FOREACH
        QT_USE_QSTRINGBUILDER
        QT_DISABLE_DEPRECATED_UP_TO=0x060400)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 $<$<BOOL:${DBTC_WERROR}>:/WX>)
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic
            $<$<BOOL:${DBTC_WERROR}>:-Werror>)
    endif()
endfunction()

# dbtc_add_library(<name> SOURCES ... [PUBLIC_LIBS ...] [PRIVATE_LIBS ...])
# A static library for one layer; includes read "api/run.h" etc. from the project root.
function(dbtc_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
    dbtc_apply_common_options(${name})
endfunction()

# dbtc_add_executable(<name> SOURCES ... LIBS ...)
function(dbtc_add_executable name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ${ARG_LIBS})
    dbtc_apply_common_options(${name})
endfunction()

# dbtc_add_test(<name> SOURCES ... LIBS ... [KEYRING] [TIMEOUT s])
# One Qt Test executable = one CTest test, run offscreen. KEYRING wraps it in a private D-Bus
# session with an unlocked gnome-keyring so QtKeychain talks to a real Secret Service.
function(dbtc_add_test name)
    cmake_parse_arguments(ARG "KEYRING" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        DBTC_TEST_DATA_DIR="${DBTC_TEST_DATA_DIR}"
        DBTC_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")
    dbtc_apply_common_options(${name})
    if(ARG_KEYRING AND CMAKE_SYSTEM_NAME STREQUAL "Linux")
        add_test(NAME ${name}
                 COMMAND ${PROJECT_SOURCE_DIR}/scripts/with-keyring.sh $<TARGET_FILE:${name}>)
    elseif(ARG_KEYRING)
        # Windows and macOS: the system's own keychain. Label "keyring" lets a CI without an
        # unlocked keychain skip them (ctest -LE keyring, .github/workflows/ci.yml on macOS).
        add_test(NAME ${name} COMMAND ${name})
        set_tests_properties(${name} PROPERTIES LABELS keyring)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false")
endfunction()
