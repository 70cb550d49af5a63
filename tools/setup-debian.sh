#!/usr/bin/env bash
# Installs every Debian package that building, running and testing Signaal needs.
# Idempotent: packages already present are skipped, and with nothing missing it does nothing.
set -euo pipefail

packages=(
  # build
  build-essential cmake pkg-config git
  # kiosk
  libimgui-dev libglfw3-dev libgl-dev libstb-dev libfontconfig-dev
  fonts-dejavu-core fonts-noto-core fonts-wqy-microhei
  # store, content, certificates, printing, fleet
  libsqlite3-dev sqlite3 libtomlplusplus-dev libutfcpp-dev nlohmann-json3-dev libhpdf-dev libpng-dev
  libqrencode-dev libsodium-dev libcups2-dev libpq-dev
  # build-time asset tools: font subsetting and icon rendering
  python3-fonttools fonttools librsvg2-bin
  # tests: Catch2, headless X, PDF inspection, printing, PostgreSQL, fuzzing
  catch2 xvfb xauth poppler-utils cups cups-client printer-driver-cups-pdf
  postgresql clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "setup: installing ${missing[*]}"
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
