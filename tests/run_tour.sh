#!/usr/bin/env bash
# Runs the screenshot tour under a virtual X server at one size and checks the PNGs.
# usage: run_tour.sh KIOSK CHECKER CONTENT_DIR WxH
set -euo pipefail
kiosk=$1 checker=$2 content=$3 size=$4
out=$(mktemp -d "${TMPDIR:-/tmp}/signaal-tour-XXXXXX")
trap 'rm -rf "$out"' EXIT
xvfb-run -a -s "-screen 0 1920x1080x24" "$kiosk" --content "$content" --tour "$out" --tour-size "$size"
"$checker" "$out" "$content"
