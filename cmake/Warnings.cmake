# SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The warnings every target compiles with, each only where the compiler knows it (g++ and clang
# differ). WC_WERROR turns them into errors; CI builds that way.
include(CheckCXXCompilerFlag)

set(WC_WARNING_FLAGS
    -Wall -Wextra -Wpedantic
    -Wshadow
    -Wconversion
    -Wnon-virtual-dtor
    -Woverloaded-virtual
    -Wcast-qual
    -Wformat=2
    -Wimplicit-fallthrough
    -Wmissing-declarations)
foreach(flag IN LISTS WC_WARNING_FLAGS)
    string(MAKE_C_IDENTIFIER "WC_HAS${flag}" known)
    check_cxx_compiler_flag(${flag} ${known})
    if(${known})
        add_compile_options(${flag})
    endif()
endforeach()
if(WC_WERROR)
    add_compile_options(-Werror)
endif()
add_feature_info("Warnings as errors" WC_WERROR "-Werror on every target (CI)")
