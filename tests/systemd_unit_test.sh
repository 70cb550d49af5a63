#!/usr/bin/env bash
# The shipped systemd unit, as configured for installing: systemd's own offline security review
# must rate it 4.0 or lower ("OK"), and it must keep the fixes that made it work on a fresh machine.
# usage: systemd_unit_test.sh UNIT BINDIR
set -euo pipefail
unit=$1 bindir=$2
command -v systemd-analyze >/dev/null || { echo "systemd-analyze missing"; exit 1; }
report=$(systemd-analyze security --offline=yes "$unit" 2>&1 || true)
score=$(sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p' <<<"$report")
[ -n "$score" ] || { echo "no score in:"; echo "$report"; exit 1; }
echo "systemd-analyze security: $score"
# --threshold is on systemd's 0-100 scale: 40 is the 4.0 shown.
systemd-analyze security --offline=yes --threshold=40 "$unit" >/dev/null 2>&1 || { echo "$report"; echo "exposure $score > 4.0"; exit 1; }
grep -qx "ExecStart=$bindir/signaal-kiosk" "$unit" || { echo "ExecStart is not $bindir/signaal-kiosk"; exit 1; }
grep -qx "StartLimitIntervalSec=0" "$unit" || { echo "restarts can be given up (no StartLimitIntervalSec=0)"; exit 1; }
grep -qx "Type=notify" "$unit" && grep -q "^WatchdogSec=" "$unit" || { echo "no sd_notify watchdog"; exit 1; }
grep -qx "UMask=0077" "$unit" || { echo "no UMask=0077"; exit 1; }
# Paths that may be missing on a fresh machine must not stop the start.
if grep -E '^(ReadWritePaths|ReadOnlyPaths|BindPaths|BindReadOnlyPaths)=' "$unit" | grep -Ev '=(-[^ ]+ ?)+$'; then
  echo "a path above has no '-' prefix: a fresh machine without it cannot start the kiosk"; exit 1
fi
echo "systemd unit: ok"
