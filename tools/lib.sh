# SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by tools/run, tools/test and tools/package. Sourced, not run.
set -euo pipefail

WC_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WC_BUILD=${WC_BUILD:-$WC_ROOT/build}
WC_JOBS=${WC_JOBS:-2}
# ccache hits across checkouts in different folders (a CI clone reuses a developer's cache).
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$WC_ROOT}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}

# Debian packages needed to build, run and test. Installed only when missing, so a second run
# costs a dpkg query and nothing else.
WC_PACKAGES=(
    cmake g++ ninja-build ccache pkg-config clang-format clang-tidy
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-httpserver-dev qt6-websockets-dev
    libqscintilla2-qt6-dev qt6-svg-dev qt6-l10n-tools qt6-tools-dev
    libgl-dev libxkbcommon-dev
    googletest libbenchmark-dev
    xvfb xauth
    desktop-file-utils appstream appstream-compose shared-mime-info librsvg2-bin help2man rpm dpkg-dev file
)

wc_install_missing() {
    local missing=()
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if ((${#missing[@]})); then
        echo "Installing: ${missing[*]}"
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

# Node runs the independent HAR 1.2 validator in the test suite. Some machines carry a Node.js
# of their own whose npm conflicts with Debian's, so Debian's is installed only when none is there.
wc_install_node() {
    command -v node >/dev/null && command -v npm >/dev/null && return 0
    wc_install_missing nodejs npm
}

wc_build() {
    local type=${1:-RelWithDebInfo}
    shift || true
    # Warnings are errors in CI (which sets CI=true), not on a user's machine with a newer compiler.
    local werror=OFF
    [[ ${CI:-} == true ]] && werror=ON
    cmake -S "$WC_ROOT" -B "$WC_BUILD" -G Ninja -DCMAKE_BUILD_TYPE="$type" -DWC_WERROR="${WC_WERROR:-$werror}" "$@" >/dev/null
    cmake --build "$WC_BUILD" -j "$WC_JOBS"
}
