# SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Windows: an NSIS installer and a .zip, made by `cpack -G NSIS` / `cpack -G ZIP` in a build tree
# configured on Windows. Not built or tried on this project's Linux machines; packaging/windows/
# README.md lists what a Windows build needs and what is still open.

set(CPACK_GENERATOR NSIS ZIP)
set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-windows-x64")

set(CPACK_NSIS_PACKAGE_NAME "Webhook Configurator")
set(CPACK_NSIS_DISPLAY_NAME "Webhook Configurator ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/webhook-configurator.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/webhook-configurator.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\webhook-configurator.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# The headless commands (simulate, validate, ...) are meant for scripts: offer bin\ on PATH.
set(CPACK_NSIS_MODIFY_PATH ON)
# Start menu entry: executable name (without .exe) and its label.
set(CPACK_PACKAGE_EXECUTABLES webhook-configurator "Webhook Configurator")

# windeployqt copies the Qt DLLs and plugins next to the installed .exe at install time, so CPack
# packs them. The app does not link QtSvg, so windeployqt would not see that the SVG icon engine
# and image plugins are needed: --svg adds them. The SQLite driver comes with --sql (QtSql is linked).
find_program(WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
install(CODE "
    execute_process(
        COMMAND \"${WINDEPLOYQT}\" --release --svg --sql --no-translations --no-system-d3d-compiler
                --dir \"\${CMAKE_INSTALL_PREFIX}/bin\"
                \"\${CMAKE_INSTALL_PREFIX}/bin/webhook-configurator.exe\"
        COMMAND_ERROR_IS_FATAL ANY)
")

# windeployqt only copies Qt's own DLLs: QScintilla's DLL (and any other non-Qt DLL the build
# links) is named here, e.g. -DWC_WINDOWS_EXTRA_DLLS=C:/qscintilla/bin/qscintilla2_qt6.dll
set(WC_WINDOWS_EXTRA_DLLS "" CACHE FILEPATH "Non-Qt DLLs to install next to webhook-configurator.exe")
if(WC_WINDOWS_EXTRA_DLLS)
    install(FILES ${WC_WINDOWS_EXTRA_DLLS} DESTINATION "${CMAKE_INSTALL_BINDIR}")
endif()
