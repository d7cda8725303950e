#!/usr/bin/env bash
# Are the README's install commands true on a fresh minimal Debian 12? Builds a minimal chroot with debootstrap
# (--variant=minbase: what a container image or a netinst "standard system" has, less), then, inside it, step
# by step as a museum's IT person would:
#   1. only python3-venv: pip-install the project; export must fail with one line naming the missing packages
#      (no traceback), exit 1
#   2. the README's headless packages: validate, export (PNG, PDF in Kazakh) and --screenshot, offscreen
#   3. the window packages: --screenshot through Qt's X11 platform on the host's Xvfb (a real window; skipped
#      with a message when the host has no Xvfb); before they are installed, the one-line message instead
#   4. with --deb FILE: a second fresh chroot installs the .deb with apt-get and runs validate, export and
#      --screenshot from /usr/bin/kztimeline
# Packages are installed with --no-install-recommends, so the lists are proven complete on their own.
#
# usage: packaging/check-fresh-debian.sh [--deb FILE] [--keep] [WORKDIR]    (as root; default WORKDIR /tmp/kz-debian)
# needs: debootstrap (apt-get install -y debootstrap), the Debian archive and PyPI. The host's CA bundle is given
# to pip when PIP_CERT is set (a network that inspects TLS); the Debian mirror is debootstrap's default unless
# MIRROR is set. Exit 0 when every step passed, 1 when one failed, 2 on a usage error.
set -euo pipefail

# The README's two lists (keep them identical to README.md and kztimeline/qtlibs.py)
HEADLESS="python3-venv libglib2.0-0 libgl1 libegl1 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3 libx11-6"
WINDOW="libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 \
libxkbcommon-x11-0"

SRC="$(cd "$(dirname "$0")/.." && pwd)"
DEB="" KEEP=0 WORK=/tmp/kz-debian
while [ $# -gt 0 ]; do
    case "$1" in
        --deb) DEB="$(readlink -f "${2:?--deb needs a file}")"; shift 2 ;;
        --keep) KEEP=1; shift ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        -*) echo "check-fresh-debian: unknown option $1" >&2; exit 2 ;;
        *) WORK="$1"; shift ;;
    esac
done
[ "$(id -u)" = 0 ] || { echo "check-fresh-debian: run it as root (debootstrap and chroot need it)" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "check-fresh-debian: needs debootstrap: apt-get update && apt-get install -y debootstrap" >&2; exit 2; }

MOUNTS=()
mounted_under() { awk -v w="$1/" 'index($2 "/", w) == 1 { found = 1 } END { exit !found }' /proc/mounts; }
safe_remove() {  # never through a bind mount of the host's /dev or /proc
    if mounted_under "$1"; then echo "check-fresh-debian: $1 still has mounts: left in place" >&2; return 1; fi
    rm -rf "$1"
}
cleanup() {
    for ((i=${#MOUNTS[@]}-1; i>=0; i--)); do umount "${MOUNTS[$i]}" 2>/dev/null || umount -l "${MOUNTS[$i]}" || true; done
    [ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID" 2>/dev/null || true
    [ "$KEEP" = 1 ] || safe_remove "$WORK" || true
}
trap cleanup EXIT
step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

fresh_root() {  # $1: folder. A minimal Debian 12 in it, with /proc and /dev, DNS and, if given, the TLS bundle
    local root="$1"
    mkdir -p "$WORK/cache"
    debootstrap --variant=minbase --cache-dir="$WORK/cache" bookworm "$root" ${MIRROR:-} >"$WORK/debootstrap.log" 2>&1 \
        || { tail -20 "$WORK/debootstrap.log"; fail "debootstrap"; }
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    mount --bind /proc "$root/proc"; MOUNTS+=("$root/proc")
    mount --bind /dev "$root/dev"; MOUNTS+=("$root/dev")
    mount --bind /dev/pts "$root/dev/pts"; MOUNTS+=("$root/dev/pts")
    if [ -n "${PIP_CERT:-}" ] && [ -f "$PIP_CERT" ]; then cp "$PIP_CERT" "$root/root/host-ca.pem"; fi
}

in_root() {  # $1: root, rest: a shell command run there as root, with a clean environment
    local root="$1"; shift
    local env=(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8
               DEBIAN_FRONTEND=noninteractive)
    [ -f "$root/root/host-ca.pem" ] && env+=(PIP_CERT=/root/host-ca.pem)
    [ -n "${DISPLAY_NUM:-}" ] && env+=(DISPLAY=":$DISPLAY_NUM")
    chroot "$root" /usr/bin/env -i "${env[@]}" /bin/sh -c "$*"
}

ROOT="$WORK/root"
safe_remove "$WORK" || exit 1
mkdir -p "$WORK"
step "debootstrap --variant=minbase bookworm"
start=$(date +%s)
fresh_root "$ROOT"
echo "minimal Debian 12 in $(( $(date +%s) - start )) s: $(in_root "$ROOT" 'dpkg-query -f . -W' | wc -c) packages"

step "the source (as a clone has it) into /home/museum/kztimeline"
mkdir -p "$ROOT/home/museum/kztimeline"
(cd "$SRC" && git ls-files -z --cached --others --exclude-standard | xargs -0 -I{} sh -c '[ -e "{}" ] && printf "%s\0" "{}"' \
    | tar --null -T - -cf - ) | tar -C "$ROOT/home/museum/kztimeline" -xf -

step "apt-get update && apt-get install python3-venv; pip install . (the README's second command)"
in_root "$ROOT" "apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends python3-venv >/dev/null"
in_root "$ROOT" "cd /home/museum/kztimeline && python3 -m venv .venv && .venv/bin/pip install -q --disable-pip-version-check . \
    && .venv/bin/pip list --format=freeze | grep -i -E '^(pyside6|shiboken6|pyqtgraph|numpy|pyyaml)'"
KZ=/home/museum/kztimeline/.venv/bin/kztimeline

step "validate needs no Qt"
in_root "$ROOT" "$KZ validate | head -1"

step "without the system libraries: one line naming them, no traceback, exit 1"
set +e; out="$(in_root "$ROOT" "cd /tmp && $KZ export /tmp/none.png" 2>&1)"; rc=$?; set -e
echo "$out"
[ "$rc" = 1 ] || fail "export without the libraries exited $rc, not 1"
[ "$(printf '%s\n' "$out" | wc -l)" = 1 ] || fail "more than one line"
case "$out" in *Traceback*) fail "a traceback" ;; esac
for pkg in libglib2.0-0 libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3; do
    case "$out" in *"$pkg"*) ;; *) fail "the message does not name $pkg" ;; esac
done

step "the README's headless command: apt-get update && apt-get install -y $HEADLESS"
in_root "$ROOT" "apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends $HEADLESS >/dev/null"
in_root "$ROOT" "cd /tmp && $KZ export /tmp/timeline.png --size hd && $KZ export /tmp/poster-kk.pdf --size a3 --lang kk \
    && $KZ --screenshot /tmp/window.png --select tulpar-talgo-opens && $KZ --kiosk --example-config | head -1"
for f in timeline.png poster-kk.pdf window.png; do
    size=$(stat -c %s "$ROOT/tmp/$f"); [ "$size" -gt 10000 ] || fail "$f is $size bytes"; echo "$f: $size bytes"
done
head -c 8 "$ROOT/tmp/window.png" | od -An -c | grep -q "P   N   G" || fail "window.png is not a PNG"

if command -v Xvfb >/dev/null; then
    DISPLAY_NUM=97
    mkdir -p "$ROOT/tmp/.X11-unix"
    Xvfb ":$DISPLAY_NUM" -screen 0 1600x900x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 & XVFB_PID=$!
    for _ in $(seq 50); do [ -S "/tmp/.X11-unix/X$DISPLAY_NUM" ] && break; sleep 0.1; done
    mount --bind /tmp/.X11-unix "$ROOT/tmp/.X11-unix"; MOUNTS+=("$ROOT/tmp/.X11-unix")
    step "a real window (Qt's xcb platform on Xvfb) before the window packages: the one-line message"
    set +e; out="$(in_root "$ROOT" "cd /tmp && timeout 60 $KZ" 2>&1)"; rc=$?; set -e
    echo "$out"
    [ "$rc" = 1 ] && [ "$(printf '%s\n' "$out" | wc -l)" = 1 ] || fail "exit $rc, or more than one line"
    case "$out" in *libxcb-cursor0*) ;; *) fail "the message does not name libxcb-cursor0" ;; esac
    step "the README's window command adds: apt-get install -y $WINDOW"
    in_root "$ROOT" "apt-get install -y -q --no-install-recommends $WINDOW >/dev/null"
    in_root "$ROOT" "cd /tmp && QT_QPA_PLATFORM=xcb timeout 120 $KZ --screenshot /tmp/window-x11.png --lang kk"
    echo "window-x11.png: $(stat -c %s "$ROOT/tmp/window-x11.png") bytes (drawn through the X11 platform)"
    cp "$ROOT/tmp/window-x11.png" "$WORK/../kz-debian-window-x11.png" 2>/dev/null || true
else
    echo "SKIPPED: the real-window step (no Xvfb on this host: apt-get install -y xvfb)"
fi
in_root "$ROOT" "dpkg-query -f '\${Package}\n' -W" | sort >"$WORK/installed.txt"
echo "the chroot ends with $(wc -l <"$WORK/installed.txt") packages"

if [ -n "$DEB" ]; then
    step "a second fresh chroot: apt-get install ./$(basename "$DEB") (the bundle, no Python from Debian)"
    DEBROOT="$WORK/debroot"
    fresh_root "$DEBROOT"
    cp "$DEB" "$DEBROOT/tmp/"
    in_root "$DEBROOT" "apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends /tmp/$(basename "$DEB") >/dev/null"
    in_root "$DEBROOT" "command -v python3 || echo 'no python3 on the system: the bundle carries its own'"
    in_root "$DEBROOT" "cd /tmp && kztimeline validate | head -1 && kztimeline export /tmp/deb.png --size hd \
        && kztimeline export /tmp/deb-kk.pdf --size a3 --lang kk && kztimeline --screenshot /tmp/deb-window.png \
        && ls /usr/share/applications /usr/share/metainfo /usr/lib/systemd/user /usr/share/doc/kztimeline"
fi
printf '\nOK: the README commands hold on a fresh minimal Debian 12\n'
