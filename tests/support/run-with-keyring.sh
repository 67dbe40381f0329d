#!/bin/sh
# Runs a command inside a private D-Bus session with a freshly unlocked gnome-keyring, so tests
# that use QtKeychain reach a real Secret Service. HOME and the XDG folders point into a
# temporary directory: the developer's own keyring and settings are never touched.
set -eu
if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
    echo "run-with-keyring: dbus-run-session and gnome-keyring-daemon are needed (packages dbus, gnome-keyring)" >&2
    exit 1
fi
scratch=$(mktemp -d "${TMPDIR:-/tmp}/meshfed-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -p "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/runtime" "$scratch/cache"
chmod 700 "$scratch/runtime"
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
       XDG_RUNTIME_DIR="$scratch/runtime" XDG_CACHE_HOME="$scratch/cache"
# The inner shell unlocks (and so creates) the login keyring, then runs the test.
dbus-run-session -- sh -c '
    printf "%s" meshfed-test-keyring | gnome-keyring-daemon --unlock --components=secrets >"$XDG_RUNTIME_DIR/keyring.env" 2>/dev/null
    exec "$@"
' run-with-keyring "$@"
