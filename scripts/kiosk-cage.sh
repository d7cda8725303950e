#!/bin/sh
# The recommended kiosk session: cage, a Wayland kiosk compositor, running kztimeline and nothing else.
# No window manager, no desktop, no other window: when kztimeline exits, the session ends (and systemd starts
# it again). Run it as an unprivileged user on a text console (tty1), from the systemd unit in the README.
#
#   scripts/kiosk-cage.sh [--config /etc/kztimeline/kiosk.yaml] [--data PATH]
#
# KZTIMELINE: the kztimeline command (default: the one on PATH). cage: -d no client decorations; no -s, so
# Ctrl+Alt+F1..F12 cannot switch to another console; -m last: the last connected screen only.
set -eu
KZTIMELINE=${KZTIMELINE:-kztimeline}
export QT_QPA_PLATFORM=wayland
export QT_WAYLAND_DISABLE_WINDOWDECORATION=1
exec cage -d -m last -- "$KZTIMELINE" --kiosk "$@"
