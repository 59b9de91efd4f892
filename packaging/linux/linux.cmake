# SPDX-License-Identifier: GPL-3.0-or-later
# Linux: desktop entry, AppStream metadata, hicolor icons, man page, Debian docs; TGZ + DEB.
# lintian's verdict on the .deb and the reasons for what it still says: packaging/lintian-notes.
set(_docdir ${CMAKE_INSTALL_DATADIR}/doc/dbt-cloud-console)
set(_gen ${CMAKE_CURRENT_BINARY_DIR})

install(TARGETS dbt-cloud-console RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES linux/io.github.dbtcloudconsole.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file(linux/io.github.dbtcloudconsole.metainfo.xml.in
               ${_gen}/io.github.dbtcloudconsole.metainfo.xml @ONLY)
install(FILES ${_gen}/io.github.dbtcloudconsole.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/dbt-cloud-console.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
# PNGs rendered from the SVG by scripts/render-icons.sh (committed: the build renders nothing).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/icons/hicolor
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)

# The man page, from the same option table as --help (app/commandline.cpp, --help-man), and
# the changelog, both gzipped without name or time stamp (gzip -9n) as Debian policy asks.
add_custom_command(OUTPUT ${_gen}/dbt-cloud-console.1.gz
    COMMAND ${CMAKE_COMMAND} -DBINARY=$<TARGET_FILE:dbt-cloud-console>
            -DOUTPUT=${_gen}/dbt-cloud-console.1 -P ${CMAKE_CURRENT_SOURCE_DIR}/linux/manpage.cmake
    DEPENDS dbt-cloud-console ${CMAKE_CURRENT_SOURCE_DIR}/linux/manpage.cmake
    COMMENT "Writing the man page (dbt-cloud-console --help-man)" VERBATIM)
add_custom_command(OUTPUT ${_gen}/changelog.gz
    COMMAND gzip -9nc ${CMAKE_CURRENT_SOURCE_DIR}/linux/changelog > ${_gen}/changelog.gz
    DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/linux/changelog)
add_custom_target(dbtc_linux_docs ALL
    DEPENDS ${_gen}/dbt-cloud-console.1.gz ${_gen}/changelog.gz)
install(FILES ${_gen}/dbt-cloud-console.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${_gen}/changelog.gz linux/copyright DESTINATION ${_docdir})

if(NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR TGZ DEB) # -DCPACK_GENERATOR=... or cpack -G ... wins
endif()
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${DBTC_HOMEPAGE}")
# The extended description: CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY above it as the synopsis.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "A native Qt desktop application for analytics engineers who run dbt
projects in dbt Cloud. It shows the runs of every account and project in
one dashboard, explains why a run failed (the failing models and tests,
their step logs and timing), and retries, cancels or triggers runs.
Starred jobs are watched in the background with desktop notifications.
.
It also opens dbt artifacts (manifest, catalog, run results, sources)
from disk or from a run, with search and lineage, even for very large
projects. Tokens are kept in the desktop's Secret Service keychain.
A built-in dbt Cloud simulator (--demo) needs no account.")
# Loaded at run time, so dpkg-shlibdeps cannot see them (research/toolchain.md §8):
# qt6-qpa-plugins (the xcb window), libssl3 (Qt's TLS backend dlopens it), libsecret-1-0
# (QtKeychain), the DejaVu font every drawn glyph is in (scripts/lint.sh glyphs);
# ca-certificates: without it the TLS backend has no CA at all and HTTPS to dbt Cloud fails;
# xdg-utils: "Open in dbt Cloud" and opening logs go through xdg-open.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qt6-qpa-plugins, libssl3 | libssl3t64, ca-certificates, xdg-utils, fonts-dejavu-core, libsecret-1-0")
# A native Wayland window; a Secret Service to keep tokens in (without one the app asks for
# the token each start and says why); Qt's own translations for its standard buttons.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-wayland, gnome-keyring | kwalletmanager | keepassxc, qt6-translations-l10n")
