#!/usr/bin/env bash
# The verification page in Debian's chromium, as an inspector's phone opens it: certificates
# issued by the real `signaal`, their QR codes decoded from the rendered PDFs with zbarimg, the
# page written by `signaal verify-page`, and playwright-core (pinned in package-lock.json,
# installed here with `npm ci`; it downloads no browser) driving /usr/bin/chromium headless.
# Usage: verify_page_test.sh SIGNAAL CONTENT_DIR WORK_DIR
set -uo pipefail
signaal=$1 content=$2 work=$3
here=$(cd "$(dirname "$0")" && pwd)
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in /usr/bin/chromium zbarimg pdftoppm node npm sqlite3; do
  command -v "$tool" > /dev/null || fail "$tool is missing: run tools/setup-debian.sh"
done

# playwright-core from the registry, exactly as locked; kept in the build tree between runs.
mkdir -p "$work/node"
cp "$here/package.json" "$here/package-lock.json" "$work/node/"
if ! cmp -s "$here/package-lock.json" "$work/node/node_modules/.package-lock.json.installed" 2>/dev/null; then
  (cd "$work/node" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error) \
    || fail "npm ci of tests/browser/package-lock.json failed"
  cp "$here/package-lock.json" "$work/node/node_modules/.package-lock.json.installed"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME=$tmp/data
db=$tmp/data/signaal/signaal.db
mkdir -p "$(dirname "$db")"
run() { "$signaal" "$@" --db "$db" > "$tmp/out" 2>&1 || fail "signaal $*: $(cat "$tmp/out")"; }
run demo seed --people 40 --content "$content"
run verify-page --out "$tmp/page" --url https://verify.example.nl/ --content "$content"

# Three certificates from the seeded history: two still valid (one to revoke), one expired.
pick() { sqlite3 -separator $'\t' "$db" "SELECT c.certificate_serial, p.full_name, c.valid_until FROM completions c
  JOIN people p ON p.id = c.person_id WHERE p.full_name IS NOT NULL AND $1 ORDER BY c.certificate_serial LIMIT 1 OFFSET $2"; }
IFS=$'\t' read -r valid_serial valid_name _ <<< "$(pick "c.valid_until >= date('now', '+2 days')" 0)"
IFS=$'\t' read -r revoked_serial revoked_name _ <<< "$(pick "c.valid_until >= date('now', '+2 days')" 1)"
IFS=$'\t' read -r expired_serial expired_name expired_until <<< "$(pick "c.valid_until < date('now', '-2 days')" 0)"
[ -n "$valid_serial" ] && [ -n "$revoked_serial" ] && [ -n "$expired_serial" ] || fail "demo seed gave no suitable certificates"

# What a phone's camera reads: the QR code of the printed certificate.
scan() {  # scan SERIAL -> the QR code's text
  "$signaal" cert print "$1" --db "$db" --content "$content" --out "$tmp/pdf" --printer signaal-no-such-printer > /dev/null 2>&1
  [ -f "$tmp/pdf/$1.pdf" ] || fail "no PDF for $1"
  pdftoppm -r 150 -png -singlefile "$tmp/pdf/$1.pdf" "$tmp/$1" 2> /dev/null || fail "pdftoppm $1"
  zbarimg -q --raw "$tmp/$1.png" 2> /dev/null | head -1
}
valid_link=$(scan "$valid_serial")
revoked_link=$(scan "$revoked_serial")
expired_link=$(scan "$expired_serial")
[[ "$valid_link" == "https://verify.example.nl/#SG2."* ]] || fail "the QR code should hold the address and payload, held: $valid_link"

reason="Issued by mistake: the quiz was taken by someone else"
run cert revoke "$revoked_serial" --reason "$reason"
run verify-page --out "$tmp/page" --content "$content"

cat > "$tmp/fixture.json" <<JSON
{
  "page": "$tmp/page/index.html",
  "texts": "$content/ui/verify",
  "screenshots": "$work/screenshots",
  "valid": {"link": "$valid_link", "name": $(node -e 'console.log(JSON.stringify(process.argv[1]))' "$valid_name")},
  "revoked": {"link": "$revoked_link", "name": $(node -e 'console.log(JSON.stringify(process.argv[1]))' "$revoked_name"),
              "reason": "$reason"},
  "expired": {"link": "$expired_link", "name": $(node -e 'console.log(JSON.stringify(process.argv[1]))' "$expired_name"),
              "until": "$expired_until"}
}
JSON
NODE_PATH="$work/node/node_modules" node "$here/verify_page.test.mjs" "$tmp/fixture.json" "$work/node/node_modules/playwright-core/index.mjs"
