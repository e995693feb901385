# SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
# SPDX-License-Identifier: GPL-3.0-or-later
# macOS: a drag-and-drop .dmg made by `cpack -G DragNDrop` in a build tree configured on macOS.
# Not built or tried on this project's Linux machines; packaging/macos/README.md lists what a macOS
# build needs first (the app target must be a bundle) and what is still open.

set(CPACK_GENERATOR DragNDrop)
set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-macos")
set(CPACK_DMG_VOLUME_NAME "Webhook Configurator ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_ICON "${CMAKE_CURRENT_LIST_DIR}/webhook-configurator.icns")

get_target_property(wc_is_bundle webhook-configurator MACOSX_BUNDLE)
if(NOT wc_is_bundle)
    message(WARNING "webhook-configurator is not a MACOSX_BUNDLE target: the .dmg would hold a bare "
                    "executable without Qt. See packaging/macos/README.md for the app/CMakeLists.txt change.")
    return()
endif()

# macdeployqt copies the Qt frameworks and plugins into the bundle at install time, and rewrites
# their load paths. It deploys the SVG icon engine and image plugins only for a binary that links
# QtSvg, and the app loads SVG icons through those plugins without calling QtSvg itself, so the
# link is made here (macOS's linker keeps an unreferenced framework; Linux's --as-needed drops it).
find_package(Qt6 REQUIRED COMPONENTS Svg)
target_link_libraries(webhook-configurator PRIVATE Qt6::Svg)
qt_generate_deploy_app_script(TARGET webhook-configurator FILENAME_VARIABLE wc_deploy_script)
install(SCRIPT "${wc_deploy_script}")
