#!/usr/bin/env bash
# Retakes docs/screenshots/main-window.png (README.md and the AppStream metainfo show it): starts
# the built meshfed on a virtual X server and saves its main window. Needs the Debian packages xvfb,
# x11-utils and imagemagick. Usage: packaging/take-screenshot.sh [path to meshfed]
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
meshfed="$(readlink -f "${1:-build/dev/bin/meshfed}")"
out="$PWD/docs/screenshots/main-window.png"

if [ -z "${MESHFED_SCREENSHOT_DISPLAY:-}" ]; then
    exec env MESHFED_SCREENSHOT_DISPLAY=1 xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$meshfed"
fi
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=
"$meshfed" &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    # The main window is the one with a WM_CLASS ("meshfed" "meshfed"); Qt has unmapped helpers too.
    window=$(xwininfo -root -tree | awk '/"Meshfed": \("meshfed"/ {print $1; exit}')
    [ -n "$window" ] && break
    sleep 0.2
done
[ -n "$window" ] || { echo "the Meshfed window did not appear" >&2; exit 1; }
sleep 1 # let it paint
import -window "$window" "$out"
echo "wrote $out"
