#!/bin/sh
# Renders the lesson illustrations (assets/illustrations/<scene>.svg, 800x500) that the content
# modules reference as image = "images/<scene>.png" to content/modules/<module>/images/<scene>.png.
# Also renders every scene into /tmp/art-preview/ for a visual check. Safe to run again: a PNG is
# only rewritten when its SVG is newer. Needs rsvg-convert (Debian package librsvg2-bin).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
src="$root/assets/illustrations"
preview=/tmp/art-preview
command -v rsvg-convert >/dev/null || { echo "rsvg-convert not found (apt install librsvg2-bin)" >&2; exit 1; }

render() { # svg png
  if [ ! -f "$2" ] || [ "$1" -nt "$2" ]; then
    mkdir -p "$(dirname "$2")"
    rsvg-convert --width=800 --height=500 --format=png --output "$2.tmp" "$1"
    mv "$2.tmp" "$2"
    echo "rendered ${2#"$root"/}"
  fi
}

status=0
for toml in "$root"/content/modules/*/module.toml; do
  [ -f "$toml" ] || continue
  moddir=$(dirname "$toml")
  grep -n '^[[:space:]]*image[[:space:]]*=' "$toml" | while IFS= read -r hit; do
    line=${hit%%:*}
    scene=$(printf '%s\n' "$hit" | sed -n 's/.*image[[:space:]]*=[[:space:]]*"images\/\([a-z0-9-]*\)\.png".*/\1/p')
    if [ -z "$scene" ] || [ ! -f "$src/$scene.svg" ]; then
      echo "${toml#"$root"/}:$line: unknown illustration: ${hit#*:}" >&2
      echo "  known scenes: $(cd "$src" && ls *.svg | sed 's/\.svg$//' | tr '\n' ' ')" >&2
      exit 1
    fi
    render "$src/$scene.svg" "$moddir/images/$scene.png"
  done || status=1
done

mkdir -p "$preview"
for svg in "$src"/*.svg; do
  rsvg-convert --width=800 --height=500 --format=png --output "$preview/$(basename "$svg" .svg).png" "$svg"
done
echo "previews in $preview"
exit $status
