#!/usr/bin/env bash
# The real kiosk as systemd runs it: READY=1 after the first frame and WATCHDOG=1 while idle,
# through a notify socket of our own (the sd_notify protocol), then SIGTERM ends it cleanly
# (exit 0, STOPPING=1) instead of killing it mid-save. With "damaged", the same on the screen a
# damaged database shows (its own loop), and the file is left byte for byte as it was.
# usage: kiosk_service_test.sh KIOSK CONTENT_DIR [damaged]
set -euo pipefail
kiosk=$1 content=$2 mode=${3:-}
dir=$(mktemp -d "${TMPDIR:-/tmp}/signaal-service-XXXXXX")
listener=
trap '[ -n "$listener" ] && kill "$listener" 2>/dev/null; rm -rf "$dir"' EXIT
export XDG_DATA_HOME=$dir/data

# A datagram socket that writes each notification it receives as a line.
/usr/bin/python3 - "$dir/notify.sock" "$dir/notes" <<'PY' &
import socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sys.argv[1])
with open(sys.argv[2], "w", buffering=1) as out:
    while True:
        out.write(s.recv(4096).decode().replace("\n", " ") + "\n")
PY
listener=$!
for _ in $(seq 50); do [ -S "$dir/notify.sock" ] && break; sleep 0.1; done
if [ "$mode" = damaged ]; then
  head -c 8192 /dev/urandom >"$dir/k.db"
  cp "$dir/k.db" "$dir/k.db.before"
fi

# Watchdog of 2 s: an idle kiosk must wake at least every second to feed it.
xvfb-run -a -s "-screen 0 1280x800x24" env NOTIFY_SOCKET="$dir/notify.sock" WATCHDOG_USEC=2000000 \
  bash -c '"$0" --content "$1" --db "$2/k.db" --windowed 1280x800 2>"$2/stderr" & pid=$!
           for _ in $(seq 300); do grep -q READY=1 "$2/notes" 2>/dev/null && break; sleep 0.1; done
           sleep 3
           kill -TERM $pid
           rc=0; wait $pid || rc=$?
           echo $rc >"$2/rc"' "$kiosk" "$content" "$dir"

fail() { echo "kiosk service: $*"; echo "notifications:"; cat "$dir/notes"; echo "stderr:"; cat "$dir/stderr"; exit 1; }
grep -q "^READY=1" "$dir/notes" || fail "no READY=1 after the first frame"
watchdogs=$(grep -c "WATCHDOG=1" "$dir/notes" || true)
[ "$watchdogs" -ge 2 ] || fail "only $watchdogs WATCHDOG=1 in 3 idle seconds with a 2 s watchdog"
grep -q "STOPPING=1" "$dir/notes" || fail "no STOPPING=1 after SIGTERM"
[ "$(cat "$dir/rc")" = 0 ] || fail "exit status $(cat "$dir/rc") after SIGTERM, not 0"
if [ "$mode" = damaged ]; then
  grep -q "cannot use the database" "$dir/stderr" || fail "the damaged database did not bring the error screen"
  cmp -s "$dir/k.db" "$dir/k.db.before" || fail "the damaged database was changed"
fi
echo "kiosk service${mode:+ ($mode database)}: ready, $watchdogs watchdog pings, clean exit on SIGTERM"
