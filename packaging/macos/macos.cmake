# SPDX-License-Identifier: GPL-3.0-or-later
# macOS: dbt-cloud-console.app (Info.plist from Info.plist.in, an .icns made at build from the
# committed PNGs with iconutil), macdeployqt's Qt frameworks inside it, an ad-hoc signature
# (codesign -s -), and a DragNDrop .dmg. Notarisation: packaging/macos/README.md.
# Nothing here runs on our Linux machines: .github/workflows/ci.yml builds it on macos-14.
# The minimum macOS is CMAKE_OSX_DEPLOYMENT_TARGET (top-level CMakeLists, before project()).
set(DBTC_BUNDLE_ID io.github.dbtcloudconsole)

# iconutil wants an .iconset folder with these exact names (the @2x are the next size up).
set(_iconset ${CMAKE_CURRENT_BINARY_DIR}/dbt-cloud-console.iconset)
set(_icns ${CMAKE_CURRENT_BINARY_DIR}/dbt-cloud-console.icns)
set(_hicolor ${PROJECT_SOURCE_DIR}/resources/icons/hicolor)
set(_copies)
foreach(_pair 16:16x16 32:16x16@2x 32:32x32 64:32x32@2x 128:128x128 256:128x128@2x
              256:256x256 512:256x256@2x 512:512x512)
    string(REPLACE ":" ";" _pair "${_pair}")
    list(GET _pair 0 _px)
    list(GET _pair 1 _name)
    list(APPEND _copies COMMAND ${CMAKE_COMMAND} -E copy
        ${_hicolor}/${_px}x${_px}/apps/dbt-cloud-console.png ${_iconset}/icon_${_name}.png)
endforeach()
add_custom_command(OUTPUT ${_icns}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${_iconset}
    ${_copies}
    COMMAND iconutil -c icns -o ${_icns} ${_iconset}
    DEPENDS ${PROJECT_SOURCE_DIR}/resources/dbt-cloud-console.svg
    COMMENT "Making dbt-cloud-console.icns with iconutil" VERBATIM)
set_source_files_properties(${_icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
target_sources(dbt-cloud-console PRIVATE ${_icns})

set_target_properties(dbt-cloud-console PROPERTIES
    MACOSX_BUNDLE ON
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${DBTC_BUNDLE_ID}
    MACOSX_BUNDLE_BUNDLE_NAME "dbt Cloud Console"
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE dbt-cloud-console.icns
    MACOSX_BUNDLE_COPYRIGHT "GPL-3.0-or-later")

# Install rules run in order: the bundle first, then macdeployqt and codesign on it.
install(TARGETS dbt-cloud-console BUNDLE DESTINATION . RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

find_program(DBTC_MACDEPLOYQT macdeployqt
    HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" "${Qt6_DIR}/../../../bin")
set(_app "\${CMAKE_INSTALL_PREFIX}/dbt-cloud-console.app")
if(DBTC_MACDEPLOYQT)
    install(CODE "
        execute_process(COMMAND \"${DBTC_MACDEPLOYQT}\" \"${_app}\" -verbose=1
            RESULT_VARIABLE rc)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR \"macdeployqt failed: \${rc}\")
        endif()")
else()
    # Building works without it; installing (cpack) stops, as the .dmg would lack the Qt frameworks.
    message(WARNING "macdeployqt not found: cmake --install and cpack will stop")
    install(CODE "message(FATAL_ERROR \"macdeployqt not found: the .dmg would lack the Qt frameworks\")")
endif()
# Signed after deployment (Apple Silicon refuses unsigned code): ad hoc by default; a Developer
# ID identity for public releases, which then also need notarisation (README.md here).
set(DBTC_CODESIGN_IDENTITY "-" CACHE STRING
    "codesign identity: - (ad hoc) or \"Developer ID Application: NAME (TEAMID)\"")
set(_timestamp "")
if(NOT DBTC_CODESIGN_IDENTITY STREQUAL "-")
    set(_timestamp "--timestamp")
endif()
install(CODE "
    execute_process(COMMAND codesign --force --deep --options runtime ${_timestamp}
            --sign \"${DBTC_CODESIGN_IDENTITY}\" \"${_app}\"
        RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR \"codesign failed: \${rc}\")
    endif()")
install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/licenses/THIRD-PARTY-NOTICES.txt DESTINATION .)

if(NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR DragNDrop)
endif()
set(CPACK_DMG_VOLUME_NAME "dbt Cloud Console")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_FILE_NAME "dbt-cloud-console-${PROJECT_VERSION}-macos")
