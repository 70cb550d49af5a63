#!/usr/bin/env bash
# The real kiosk on a virtual X server: a cold start (new database, --demo), an everyday start,
# and an idle spell, each reporting the figures signaal-bench reads.
# usage: kiosk_start_test.sh KIOSK CONTENT_DIR
set -euo pipefail
kiosk=$1 content=$2
dir=$(mktemp -d "${TMPDIR:-/tmp}/signaal-start-XXXXXX")
trap 'rm -rf "$dir"' EXIT
export XDG_DATA_HOME=$dir/data
run() { xvfb-run -a -s "-screen 0 1920x1080x24" "$kiosk" --content "$content" --db "$dir/k.db" "$@"; }
number='[0-9]+\.[0-9]+'

out=$(run --demo --bench-startup 2>/dev/null)
grep -Eq "^kiosk_first_frame_in_process_ms $number ms$" <<<"$out" || { echo "cold start: no figure in: $out"; exit 1; }
[ -s "$dir/k.db" ] || { echo "cold start made no database"; exit 1; }

out=$(run --windowed 1280x800 --bench-idle 1 2>/dev/null)
for f in kiosk_first_frame_in_process_ms kiosk_idle_cpu_percent kiosk_idle_frames kiosk_peak_rss_mb; do
  grep -Eq "^$f $number " <<<"$out" || { echo "idle run: no $f in: $out"; exit 1; }
done

# A wrong option is refused before any window opens.
if "$kiosk" --bench-idle soon >/dev/null 2>&1; then echo "--bench-idle soon was accepted"; exit 1; fi
echo "kiosk start: ok"
