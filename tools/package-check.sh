#!/usr/bin/env bash
# The product as an administrator gets it: a Release build with Debian's own compiler flags and
# warnings as errors, the .deb made by CPack, installed with dpkg -i, and the installed programs
# run from a folder outside the build tree (with the build tree moved away, so nothing in it can
# be used by accident): --version, content check on the installed content, a certificate drawn
# with the installed fonts, the installed kiosk's screenshot tour under Xvfb, and the man pages.
#   tools/package-check.sh            build in build-release/, install the package, check it
set -euo pipefail
cd "$(dirname "$0")/.."
src=$PWD
build=$src/build-release
rm -rf "$build.away"  # left by a run that was killed while the build tree was moved away

bash tools/setup-debian.sh

# One build for both variants the issue asks for: Debian's flags (hardening: fortify, stack
# protector, format-security, relro) come first and CMake's Release flags (-O3 -DNDEBUG) after
# them, so the code GCC 12 warns about at -O3 is compiled with the hardening on. Only the
# product is built (no tests, no bench).
eval "$(dpkg-buildflags --export=sh)"
export CFLAGS="$CPPFLAGS $CFLAGS" CXXFLAGS="$CPPFLAGS $CXXFLAGS"
started=$(date +%s)
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr -DSIGNAAL_WERROR=ON \
      -DSIGNAAL_TESTS=OFF -DSIGNAAL_KIOSK=ON >/dev/null
cmake --build "$build" -j"$(nproc)"
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/signaal_*.deb)
echo "package: $(basename "$deb") built in $(( $(date +%s) - started )) s"
dpkg-deb --field "$deb" Depends
dpkg -i "$deb" >/dev/null

checked=$(date +%s)
work=$(mktemp -d /tmp/signaal-installed-XXXXXX)
mv "$build" "$build.away"
restore() { mv "$build.away" "$build"; rm -rf "$work"; }
trap restore EXIT
cd "$work"
export XDG_DATA_HOME=$work/data
fail() { echo "installed package: $*"; exit 1; }

[ "$(command -v signaal)" = /usr/bin/signaal ] || fail "signaal is not /usr/bin/signaal"
version=$(sed -n 's/^project(signaal VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
[ "$(signaal --version)" = "signaal $version" ] || fail "signaal --version said '$(signaal --version)'"
[ "$(signaal-kiosk --version)" = "signaal-kiosk $version" ] || fail "signaal-kiosk --version said '$(signaal-kiosk --version)'"

signaal content check /usr/share/signaal/content --strict || fail "content check on the installed content"

# A certificate: demo completions, a signing key, then the PDFs, drawn with the installed fonts.
signaal demo seed --people 3 >/dev/null
signaal keys init >/dev/null
signaal cert batch --out "$work/certs" >/dev/null 2>&1
pdf=$(ls "$work"/certs/*.pdf | head -1)
[ -s "$pdf" ] || fail "no certificate PDF"
pdffonts "$pdf" 2>/dev/null | grep -Eq "DejaVuSans.* yes +yes" || fail "the certificate does not embed the subset fonts: $(pdffonts "$pdf")"
# A Chinese certificate embeds the installed CJK subset (WenQuanYi Micro Hei): one completion's
# attempt is marked as taken in Chinese, and its certificate drawn again.
sqlite3 "$XDG_DATA_HOME/signaal/signaal.db" \
  "UPDATE attempts SET language = 'zh-Hans' WHERE id = (SELECT attempt_id FROM completions ORDER BY id LIMIT 1)"
signaal cert batch --out "$work/certs-zh" >/dev/null 2>&1
for f in "$work"/certs-zh/*.pdf; do
  pdffonts "$f" 2>/dev/null | grep -Eq "WenQuanYi.* yes +yes" && zh=$f
done
[ -n "${zh:-}" ] || fail "no certificate embeds the Chinese subset font"
pdftotext -enc UTF-8 "$zh" - 2>/dev/null | grep -q "证书" || fail "the Chinese certificate's title is not in its text"

# The installed kiosk finds its content, icons and fonts by itself.
xvfb-run -a -s "-screen 0 1280x800x24" signaal-kiosk --tour "$work/tour" --tour-size 1280x800 >/dev/null 2>&1 \
  || fail "the installed kiosk's screenshot tour failed"
shots=$(find "$work/tour" -name '*.png' | wc -l)
[ "$shots" -ge 20 ] || fail "the tour saved only $shots screenshots"

man -P cat signaal 2>/dev/null | grep -q "content check" || fail "man signaal"
man -P cat signaal-kiosk 2>/dev/null | grep -q -- "--tour" || fail "man signaal-kiosk"
[ -f /usr/share/bash-completion/completions/signaal ] || fail "no bash completion"
[ -f /usr/lib/systemd/system/signaal-kiosk.service ] || [ -f /lib/systemd/system/signaal-kiosk.service ] \
  || fail "no systemd unit"

echo "installed package: --version, content check, certificate, tour ($shots screenshots), man pages: ok" \
     "in $(( $(date +%s) - checked )) s"
