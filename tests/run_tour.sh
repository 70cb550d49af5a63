#!/usr/bin/env bash
# Runs the screenshot tour under a virtual X server at one size and checks the PNGs.
# usage: run_tour.sh KIOSK CHECKER CONTENT_DIR WxH
set -euo pipefail
kiosk=$1 checker=$2 content=$3 size=$4
out=$(mktemp -d "${TMPDIR:-/tmp}/signaal-tour-XXXXXX")
trap 'rm -rf "$out"' EXIT
xvfb-run -a -s "-screen 0 1920x1080x24" "$kiosk" --content "$content" --tour "$out" --tour-size "$size"
# The printed certificates as the checker sees screens: a PNG each, listed in the manifest.
while read -r pdf; do
  [ -n "$pdf" ] || continue
  pdftoppm -q -png -r 60 -singlefile "$out/$pdf" "$out/${pdf%.pdf}"
  echo "${pdf%.pdf}.png" >>"$out/tour-manifest.txt"
done <"$out/tour-papers.txt"
if [ -n "${SIGNAAL_TOUR_KEEP:-}" ]; then rm -rf "$SIGNAAL_TOUR_KEEP"; cp -r "$out" "$SIGNAAL_TOUR_KEEP"; fi
"$checker" "$out" "$content"
