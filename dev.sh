#!/usr/bin/env bash
# Meshfed's one entry point for developers and CI (see README.md):
#
#   ./dev.sh run  [meshfed options]   install what is missing, build, start Meshfed
#   ./dev.sh test [ctest options]     install what is missing, build, run the whole test suite
#   ./dev.sh deps                     only install the build and test dependencies
#   ./dev.sh build                    only configure (first time) and build
#
# Works on Debian 12, Debian 13 and Ubuntu 24.04. Packages come from the distribution only
# (apt-get, with sudo when not root) and are installed only when missing, so a second run is
# an incremental build. MESHFED_PRESET selects another CMake preset (default: dev).
set -euo pipefail

cd "$(dirname "$(readlink -f "$0")")"
preset="${MESHFED_PRESET:-dev}"

# help2man: the man page; dpkg-dev and file: CPack's Debian package (dpkg-shlibdeps).
build_packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev qt6-qpa-plugins libqt6svg6
    libyaml-cpp-dev qtkeychain-qt6-dev qcoro-qt6-dev libdtl-dev libssl-dev
    help2man dpkg-dev file
)
# Tests: a real Secret Service for the keychain tests, fonts for offscreen rendering, and the
# validators of the desktop entry and the AppStream metainfo.
test_packages=(dbus dbus-bin gnome-keyring fonts-dejavu-core desktop-file-utils appstream)
# Optional, installed where the distribution has them:
# - libkf6syntaxhighlighting-dev: Debian 13 and Ubuntu 24.04 (Debian 12 uses a built-in highlighter);
# - qt6-svg-plugins: Debian 13 moved Qt's SVG plugins (the window icon) here from libqt6svg6.
optional_packages=(libkf6syntaxhighlighting-dev qt6-svg-plugins)
# kubectl for the test that runs the real kubectl against the simulator; Debian 12's (1.20) is
# too old to be worth it, so only where a current one is packaged.
if ! grep -q 'VERSION_CODENAME=bookworm' /etc/os-release 2>/dev/null; then
    optional_packages+=(kubernetes-client)
fi

say() { printf '==> %s\n' "$*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

is_installed() {
    [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]
}

is_available() {
    local candidate
    candidate=$(apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ {print $2}')
    [ -n "$candidate" ] && [ "$candidate" != "(none)" ]
}

missing_packages() {
    local pkg
    for pkg in "${build_packages[@]}" "${test_packages[@]}"; do
        is_installed "$pkg" || echo "$pkg"
    done
    for pkg in "${optional_packages[@]}"; do
        if ! is_installed "$pkg" && is_available "$pkg"; then echo "$pkg"; fi
    done
}

install_dependencies() {
    local missing
    missing=$(missing_packages)
    [ -z "$missing" ] && return 0
    say "Installing missing packages: $(echo $missing)"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -q
    # Re-evaluate after the update: optional packages may only now be known.
    missing=$(missing_packages)
    # shellcheck disable=SC2086
    as_root apt-get install -y -q --no-install-recommends $missing
}

build() {
    if [ ! -f "build/$preset/CMakeCache.txt" ]; then
        say "Configuring (preset $preset)"
        cmake --preset "$preset"
    fi
    say "Building (preset $preset)"
    cmake --build --preset "$preset"
}

command="${1:-}"
[ $# -gt 0 ] && shift
case "$command" in
    run)
        install_dependencies
        build
        say "Starting Meshfed"
        exec "build/$preset/bin/meshfed" "$@"
        ;;
    test)
        install_dependencies
        build
        say "Running the tests (preset $preset)"
        ctest --preset "$preset" "$@"
        ;;
    deps)
        install_dependencies
        ;;
    build)
        install_dependencies
        build
        ;;
    *)
        sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
