# SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Linux: desktop integration files and the DEB, RPM and TGZ packages.
#
# The desktop file, icon and MIME package are all named after the binary: Qt sets the X11 WM_CLASS
# and the Wayland app_id from the executable name, so the shell matches the window to its launcher.

set(WC_ICON_SOURCE "${PROJECT_SOURCE_DIR}/resources/icons/app.svg")
set(WC_ICON_SIZES 16 22 24 32 48 64 128 256 512)

install(FILES "${CMAKE_CURRENT_LIST_DIR}/webhook-configurator.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${CMAKE_CURRENT_LIST_DIR}/invalid.example.webhook_configurator.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${CMAKE_CURRENT_LIST_DIR}/webhook-configurator-mime.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages"
    RENAME webhook-configurator.xml)
install(FILES "${WC_ICON_SOURCE}"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
    RENAME webhook-configurator.svg)

# Fixed-size PNGs for panels, docks and software centres that do not render SVG, made from the one
# SVG at build time so they never drift from it.
find_program(RSVG_CONVERT rsvg-convert)
if(RSVG_CONVERT)
    set(icon_pngs)
    foreach(size IN LISTS WC_ICON_SIZES)
        set(png "${CMAKE_CURRENT_BINARY_DIR}/icons/hicolor/${size}x${size}/apps/webhook-configurator.png")
        add_custom_command(OUTPUT "${png}"
            COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/icons/hicolor/${size}x${size}/apps"
            COMMAND "${RSVG_CONVERT}" --width ${size} --height ${size} --output "${png}" "${WC_ICON_SOURCE}"
            DEPENDS "${WC_ICON_SOURCE}"
            COMMENT "Rendering the ${size}x${size} app icon"
            VERBATIM)
        list(APPEND icon_pngs "${png}")
    endforeach()
    add_custom_target(wc_icons ALL DEPENDS ${icon_pngs})
    install(DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}/icons/hicolor"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons")
else()
    message(WARNING "rsvg-convert not found (Debian: librsvg2-bin): only the scalable SVG icon will be "
                    "installed, without the PNG sizes; tools/package installs it.")
endif()
add_feature_info("PNG app icons" RSVG_CONVERT "hicolor PNG icons rendered from resources/icons/app.svg")

# The man page is made from --help by help2man, so it lists exactly the commands the binary has;
# packaging/linux/webhook-configurator.h2m adds examples and files.
find_program(HELP2MAN help2man)
find_program(GZIP gzip)
if(HELP2MAN AND GZIP AND NOT CMAKE_CROSSCOMPILING)
    set(man "${CMAKE_CURRENT_BINARY_DIR}/webhook-configurator.1")
    add_custom_command(OUTPUT "${man}.gz"
        COMMAND "${HELP2MAN}" --no-info --section 1
                --name "build, simulate and test-fire call-tracking webhooks"
                --include "${CMAKE_CURRENT_LIST_DIR}/webhook-configurator.h2m"
                --output "${man}" "$<TARGET_FILE:webhook-configurator>"
        COMMAND "${GZIP}" -9nf "${man}"
        DEPENDS webhook-configurator "${CMAKE_CURRENT_LIST_DIR}/webhook-configurator.h2m"
        COMMENT "Writing the webhook-configurator(1) man page"
        VERBATIM)
    add_custom_target(wc_manpage ALL DEPENDS "${man}.gz")
    install(FILES "${man}.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
else()
    message(WARNING "help2man not found (Debian: help2man): the packages will have no man page.")
endif()
add_feature_info("Man page" HELP2MAN "webhook-configurator(1) written by help2man from --help")

set(CPACK_GENERATOR DEB RPM TGZ)
set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR}")

# Debian / Ubuntu. dpkg-shlibdeps finds the libraries the binary links; the plugins Qt loads at run
# time are invisible to it and listed by hand: the SQLite driver (fired-pixels store), the SVG image
# and icon engine plugins (every icon is SVG), and qt6-qpa-plugins, the platform plugins beyond the
# xcb/offscreen ones in libqt6gui6 (VNC, TUIO touch on Debian 12).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Debian policy 12.5: the licence in machine-readable form, with the full text in common-licenses.
install(FILES "${CMAKE_CURRENT_LIST_DIR}/copyright"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/webhook-configurator")

# Fedora / RHEL. rpmbuild's automatic requirements cover the linked libraries; the Qt plugins are
# listed by hand as above (Fedora ships the SQLite driver in qt6-qtbase itself).
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase-gui, qt6-qtsvg")
# Directories that belong to the filesystem, hicolor-icon-theme and shared-mime-info packages: a
# package must not own them as well (rpm reports a conflict where their modes differ).
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications
    /usr/share/doc
    /usr/share/icons
    /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps
    /usr/share/man
    /usr/share/man/man1
    /usr/share/metainfo
    /usr/share/mime
    /usr/share/mime/packages)
foreach(size IN LISTS WC_ICON_SIZES)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        "/usr/share/icons/hicolor/${size}x${size}" "/usr/share/icons/hicolor/${size}x${size}/apps")
endforeach()
