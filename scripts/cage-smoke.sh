#!/bin/bash
# Shows that kztimeline runs as a cage session: cage's headless backend (no screen, no GPU), Qt's wayland
# platform, as an unprivileged user (cage refuses to run as root), with a Python that user can run.
#
#   sudo scripts/cage-smoke.sh [USER]          USER: default kztkiosk, made (a system user) if missing
#
# Needs the Debian packages cage and xwayland. The Python: $KZT_PYTHON if set (one with kztimeline installed
# that USER can execute); else a venv in /var/tmp/kztimeline-cage-venv made from /usr/bin/python3 and given
# this checkout and $KZT_SITE (a site-packages with PySide6, pyqtgraph, numpy, PyYAML, e.g. /work/venv's) or,
# without KZT_SITE, `pip install` of this checkout. Prints the probe's measurements and exits 0 when the kiosk
# was full screen on the wayland platform and the attract loop showed its story card.
set -euo pipefail
USER_NAME=${1:-kztkiosk}
REPO=$(cd "$(dirname "$0")/.." && pwd)
command -v cage >/dev/null || { echo "cage is not installed (apt-get install cage xwayland)" >&2; exit 2; }
id -u "$USER_NAME" >/dev/null 2>&1 || useradd --system --create-home --shell /usr/sbin/nologin "$USER_NAME"
PY=${KZT_PYTHON:-}
if [ -z "$PY" ]; then
  VENV=/var/tmp/kztimeline-cage-venv
  [ -x "$VENV/bin/python" ] || /usr/bin/python3 -m venv "$VENV"
  SITE=$("$VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
  if [ -n "${KZT_SITE:-}" ]; then
    printf '%s\n%s\n' "$REPO" "$KZT_SITE" > "$SITE/kztimeline-smoke.pth"
  else
    "$VENV/bin/pip" install --quiet "$REPO"
  fi
  PY=$VENV/bin/python
fi
WORK=$(mktemp -d)
mkdir -p "$WORK/runtime" "$WORK/out"
chown -R "$USER_NAME" "$WORK"
chmod 700 "$WORK/runtime"
chmod 755 "$WORK"
LOG=$WORK/out/cage.log
set +e
runuser -u "$USER_NAME" -- env -i PATH=/usr/bin:/bin HOME="$WORK" XDG_RUNTIME_DIR="$WORK/runtime" \
  WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman WLR_HEADLESS_OUTPUTS=1 \
  QT_QPA_PLATFORM=wayland QT_WAYLAND_DISABLE_WINDOWDECORATION=1 XDG_STATE_HOME="$WORK/out/state" \
  timeout 90 cage -d -- "$PY" "$REPO/tests/kiosk_probe.py" cage --shots "$WORK/out" > "$LOG" 2>&1
CODE=$?
set -e
grep -E '^PROBE ' "$LOG" | tail -1 || { echo "no measurements (cage exit $CODE):" >&2; tail -20 "$LOG" >&2; exit 1; }
echo "screenshots and log in $WORK/out"
grep -qE '"platform": "wayland".*"full_screen": true.*"story": "card"' "$LOG"
