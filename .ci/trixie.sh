#!/usr/bin/env bash
# Builds and tests Meshfed inside a Debian 13 (trixie) root, where Qt 6.8, KF6SyntaxHighlighting
# and kubectl (kubernetes-client) are packaged. Needs root (debootstrap, mount, chroot).
#
# The root is cached outside the checkout and reused; the checkout is bind-mounted at /src and
# built with the ci-trixie preset by the same command the README gives (./dev.sh test). Then
# .ci/package-smoke.sh builds the Debian package (preset package), installs it with apt-get and runs
# Meshfed from the installed files. MESHFED_TRIXIE_ROOT selects another root (default below).
set -euo pipefail

checkout="$(cd "$(dirname "$0")/.." && pwd)"
root="${MESHFED_TRIXIE_ROOT:-/var/cache/meshfed-ci/trixie}"

say() { printf '==> [trixie] %s\n' "$*"; }

# The Debian mirror this machine's apt already uses (none is named here).
host_mirror() {
    local uri=""
    if compgen -G "/etc/apt/sources.list.d/*.sources" >/dev/null; then
        uri=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/*.sources)
    fi
    if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
        uri=$(awk '$1 == "deb" && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list)
    fi
    echo "$uri"
}

create_root() {
    if ! command -v debootstrap >/dev/null; then
        say "installing debootstrap"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap
    fi
    mkdir -p "$(dirname "$root")"
    rm -rf "$root.tmp"
    say "debootstrap --variant=minbase trixie into $root"
    # shellcheck disable=SC2046
    debootstrap --variant=minbase trixie "$root.tmp" $(host_mirror)
    mv "$root.tmp" "$root"
}

mounted=()
cleanup() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -R -l "${mounted[i]}" 2>/dev/null || true
    done
}
trap cleanup EXIT INT TERM

bind() { # bind <source> <target inside root>
    mkdir -p "$root$2"
    mount --rbind "$1" "$root$2"
    mount --make-rslave "$root$2"
    mounted+=("$root$2")
}

[ -x "$root/usr/bin/apt-get" ] || create_root
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mount -t proc proc "$root/proc" && mounted+=("$root/proc")
bind /sys /sys
bind /dev /dev
bind "$checkout" /src

# The package check (.ci/package-smoke.sh) runs the installed meshfed: --version, plan init and
# values, and the whole procedure against the embedded simulator (meshfed apply --demo).
say "building and testing with the ci-trixie preset, then building, installing and running the package"
chroot "$root" /usr/bin/env -i \
    HOME=/root TERM=dumb LANG=C.UTF-8 CI="${CI:-}" \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    bash -c 'set -e
             cd /src
             ./dev.sh deps
             dbus-uuidgen --ensure=/etc/machine-id
             MESHFED_PRESET=ci-trixie ./dev.sh test
             .ci/package-smoke.sh'
