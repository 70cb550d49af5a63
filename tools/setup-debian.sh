#!/usr/bin/env bash
# Installs every Debian package that building, running and testing Signaal needs.
# Idempotent: packages already present are skipped, and with nothing missing it does nothing.
set -euo pipefail

packages=(
  # build
  build-essential cmake pkg-config git
  # kiosk
  libimgui-dev libglfw3-dev libgl-dev libstb-dev libfontconfig-dev libsystemd-dev
  fonts-dejavu-core fonts-noto-core fonts-wqy-microhei
  # reading aloud: speech synthesis and playback
  libespeak-ng-dev espeak-ng-data libpulse-dev
  # store, content, certificates, printing, fleet
  libsqlite3-dev sqlite3 libtomlplusplus-dev libutfcpp-dev nlohmann-json3-dev libhpdf-dev libpng-dev
  libqrencode-dev libsodium-dev libcups2-dev libpq-dev libcsv-dev
  # names: Unicode normalisation and case folding
  libicu-dev
  # build-time asset tools: font subsetting, icon rendering, man pages; the .deb (dpkg-shlibdeps)
  python3-fonttools fonttools librsvg2-bin help2man dpkg-dev file
  # tests: Catch2, headless X, PDF inspection, printing, PostgreSQL, fuzzing
  catch2 xvfb xauth poppler-utils cups cups-client printer-driver-cups-pdf
  postgresql clang libclang-rt-14-dev man-db systemd
  # tests of the verification page and badges: a real browser, a QR reader, an independent
  # JOSE library (node and npm for playwright-core: see below)
  chromium zbar-tools python3-jwcrypto
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js for the browser tests (npm ci from tests/browser/package-lock.json): Debian's, unless
# a node with npm is installed already (another packaging of nodejs would conflict with it).
command -v npm > /dev/null || missing+=(nodejs npm)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "setup: installing ${missing[*]}"
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
