#!/usr/bin/env bash
# Runs inside the Debian 13 root (.ci/trixie.sh), as root, from the checkout at /src:
#
# 1. builds the Debian package with the "package" preset (cmake --workflow --preset package);
# 2. installs it with apt-get, so its Depends resolve from the archive;
# 3. runs Meshfed from the installed files only, and validates the installed desktop integration.
#
# It installs a package system-wide: meant for the CI root, not for a developer's machine.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."

say() { printf '==> [package] %s\n' "$*"; }
fail() {
    printf '==> [package] FAILED: %s\n' "$*" >&2
    exit 1
}

# build/package belongs to this root. One configured from another source tree (a developer who
# ran the package preset in the host checkout) cannot be reused here.
if [ -f build/package/CMakeCache.txt ] &&
    ! grep -qx "CMAKE_HOME_DIRECTORY:INTERNAL=$PWD" build/package/CMakeCache.txt; then
    say "build/package was configured from another source tree; starting it afresh"
    rm -rf build/package
fi
rm -f build/package/meshfed_*.deb

say "cmake --workflow --preset package"
cmake --workflow --preset package

debs=(build/package/meshfed_*.deb)
[ -f "${debs[0]}" ] || fail "cpack wrote no build/package/meshfed_*.deb"
[ ${#debs[@]} -eq 1 ] || fail "more than one package in build/package: ${debs[*]}"
deb="${debs[0]}"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends

# An installed meshfed of the same version (the root is cached between runs) would make apt skip
# the install; remove it first so the files checked below are this build's.
if dpkg-query -W meshfed >/dev/null 2>&1; then
    say "removing the meshfed package left by an earlier run"
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -q meshfed
fi
say "apt-get install ./$deb"
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "./$deb"

say "running the installed meshfed"
[ "$(command -v meshfed)" = /usr/bin/meshfed ] || fail "meshfed is not /usr/bin/meshfed"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
meshfed --version
[ "$(meshfed --version)" = "Meshfed $(dpkg-query -W -f='${Version}' meshfed)" ] ||
    fail "meshfed --version does not match the package version"

rm -rf /tmp/p.yaml /tmp/v
meshfed plan init --out /tmp/p.yaml && meshfed values --plan /tmp/p.yaml --out /tmp/v --vault-addr http://203.0.113.10:8200 --dc2-api-url https://198.51.100.20:6443 --mesh-gateway 192.0.2.30
for file in vault-dc1.yaml vault-dc2.yaml consul-dc1.yaml consul-dc2.yaml setup.sh; do
    [ -s "/tmp/v/$file" ] || fail "meshfed values did not write $file"
done
compgen -G '/tmp/v/policies/*.hcl' >/dev/null || fail "meshfed values wrote no policies/*.hcl"

say "meshfed apply --demo: the whole procedure against the embedded simulator"
meshfed apply --demo >/tmp/apply.log 2>&1 || { cat /tmp/apply.log; fail "meshfed apply --demo failed"; }
grep -q "Verification passed in dc1, dc2" /tmp/apply.log || fail "meshfed apply --demo did not verify both datacenters"

say "starting the installed window (offscreen) for 3 s"
status=0
QT_QPA_PLATFORM=offscreen timeout 3 meshfed || status=$?
[ "$status" -eq 124 ] || fail "the window exited with status $status before it was stopped"

say "validating the installed desktop integration"
# The application id (MESHFED_APP_ID) as the package installed it: the name of its desktop file.
app_id=$(dpkg -L meshfed | sed -n 's|^/usr/share/applications/\(.*\)\.desktop$|\1|p')
[ -n "$app_id" ] || fail "the package installs no desktop file"
desktop-file-validate "/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml"
[ -f "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "no hicolor icon"
[ -f /usr/share/meshfed/translations/meshfed_de.qm ] || fail "no installed translations"
zcat /usr/share/man/man1/meshfed.1.gz | grep -q '^\.SS "values"' || fail "the man page has no values command"
# Qt loads its plugins at run time, unseen by dpkg-shlibdeps: the packages that hold the SVG plugins
# (the window icon) and the QPA plugins must be in the package's Depends.
depends=$(dpkg-query -W -f='${Depends}' meshfed)
plugins="/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH)/qt6/plugins"
for plugin in imageformats/libqsvg.so iconengines/libqsvgicon.so platforms/libqvnc.so; do
    [ -f "$plugins/$plugin" ] || fail "the Qt plugin $plugin is not installed"
    owner=$(dpkg-query -S "$plugins/$plugin" | sed 's/[:,].*//')
    grep -qE "(^|[ ,|])$owner([ ,|]|$)" <<<"$depends" || fail "Depends lacks $owner, which holds $plugin"
done

say "the package installs and runs"
