# SPDX-License-Identifier: GPL-3.0-or-later
# Windows: a GUI-subsystem executable (no console window beside it) with icon and version
# resources, windeployqt's Qt runtime, the QtKeychain and simdjson DLLs, and a WiX MSI with a
# Start-menu shortcut that replaces older versions (same upgrade GUID, never change it).
# Nothing here runs on our Linux machines: .github/workflows/ci.yml builds it on windows-2022.
set_target_properties(dbt-cloud-console PROPERTIES WIN32_EXECUTABLE ON)

# VERSIONINFO needs four numbers; the icon is the committed .ico (scripts/render-icons.sh).
set(DBTC_ICON_ICO ${PROJECT_SOURCE_DIR}/resources/icons/dbt-cloud-console.ico)
file(TO_CMAKE_PATH "${DBTC_ICON_ICO}" DBTC_ICON_ICO)
configure_file(${CMAKE_CURRENT_SOURCE_DIR}/windows/dbt-cloud-console.rc.in
               ${CMAKE_CURRENT_BINARY_DIR}/dbt-cloud-console.rc @ONLY)
target_sources(dbt-cloud-console PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/dbt-cloud-console.rc)
install(TARGETS dbt-cloud-console RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# Qt's DLLs and plugins (platform, styles, TLS backend, image formats) next to the installed
# .exe; translations are ours only (resources, app/translations.cpp).
find_program(DBTC_WINDEPLOYQT windeployqt
    HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" "${QT6_INSTALL_PREFIX}/tools/Qt6/bin"
          "${Qt6_DIR}/../../../bin" "${Qt6_DIR}/../../../tools/Qt6/bin")
if(DBTC_WINDEPLOYQT)
    install(CODE "
        execute_process(COMMAND \"${DBTC_WINDEPLOYQT}\" --release --no-translations
                --no-compiler-runtime --no-system-d3d-compiler --no-opengl-sw
                \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/dbt-cloud-console.exe\"
            RESULT_VARIABLE rc)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR \"windeployqt failed: \${rc}\")
        endif()")
else()
    # Building works without it; installing (cpack) stops, as the MSI would lack the Qt runtime.
    message(WARNING "windeployqt not found: cmake --install and cpack will stop")
    install(CODE "message(FATAL_ERROR \"windeployqt not found: the MSI would lack the Qt runtime\")")
endif()
# Our own non-Qt DLLs, when the toolchain built them shared (vcpkg's x64-windows does).
foreach(_dep Qt6Keychain::Qt6Keychain simdjson::simdjson)
    if(TARGET ${_dep})
        get_target_property(_type ${_dep} TYPE)
        if(_type STREQUAL "SHARED_LIBRARY")
            install(IMPORTED_RUNTIME_ARTIFACTS ${_dep} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
        endif()
    endif()
endforeach()
# The MSVC runtime, so a fresh Windows needs no redistributable.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)
install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/licenses/THIRD-PARTY-NOTICES.txt DESTINATION .)

if(NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR WIX ZIP)
endif()
set(CPACK_WIX_UPGRADE_GUID "C4926DC6-8339-45D7-A1F7-AAD86811F72A")
set(CPACK_WIX_PRODUCT_ICON ${DBTC_ICON_ICO})
set(CPACK_WIX_PROGRAM_MENU_FOLDER "dbt Cloud Console")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${DBTC_HOMEPAGE}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${DBTC_HOMEPAGE}/issues")
set(CPACK_WIX_ARCHITECTURE x64)
set(CPACK_PACKAGE_FILE_NAME "dbt-cloud-console-${PROJECT_VERSION}-win64")
