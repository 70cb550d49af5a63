#!/usr/bin/env bash
# `signaal cert revoke`, `keys rotate`, `keys withdraw`, `verify-page` and `cert verify` with the
# database or a revocation list, as an administrator and a verifier use them.
# Usage: test_cli_verify.sh SIGNAAL CONTENT_DIR
set -uo pipefail
signaal=$1 content=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export XDG_DATA_HOME=$tmp/data
db=$tmp/data/signaal/signaal.db
mkdir -p "$(dirname "$db")"
ok() { "$signaal" "$@" > "$tmp/out" 2>&1 || fail "signaal $*: $(cat "$tmp/out")"; }
ok demo seed --people 12 --content "$content"

for c in "verify-page" "cert revoke" "cert badge" "keys rotate" "keys withdraw" "keys list"; do
  # shellcheck disable=SC2086
  "$signaal" $c --help | grep -q "^usage: signaal $c" || fail "$c --help"
done

serials=$(sqlite3 "$db" "SELECT certificate_serial FROM completions WHERE valid_until >= date('now', '+2 days') ORDER BY 1 LIMIT 2")
first=$(echo "$serials" | sed -n 1p) second=$(echo "$serials" | sed -n 2p)
[ -n "$second" ] || fail "demo seed gave no valid certificates"
scan() {  # the payload of a certificate as printed
  "$signaal" cert print "$1" --content "$content" --out "$tmp/pdf" --printer signaal-no-such-printer > /dev/null 2>&1
  [ -f "$tmp/pdf/$1.pdf" ] || fail "no PDF for $1"
  echo "$tmp/pdf/$1.pdf"
}
old_pdf=$(scan "$first")
verify() {  # verify EXPECTED_EXIT EXPECTED_PREFIX ARGS...
  local want_rc=$1 want=$2; shift 2
  out=$("$signaal" cert verify "$@" 2>&1); rc=$?
  [ "$rc" -eq "$want_rc" ] || fail "cert verify $*: exit $rc, wanted $want_rc ($out)"
  [[ "$out" == "$want"* ]] || fail "cert verify $*: printed '$out', wanted '$want...'"
}
verify 0 VALID --pdf "$old_pdf"

# Revoke: audited, REVOKED (exit 4) from the database, and from the page's signed list.
"$signaal" cert revoke "$first" > /dev/null 2>&1; [ $? -eq 64 ] || fail "revoke without --reason should exit 64"
"$signaal" cert revoke SG-2000-NOSUCH --reason x > /dev/null 2>&1; [ $? -eq 1 ] || fail "revoking an unknown serial should fail"
ok cert revoke "$first" --reason "issued to the wrong person"
sqlite3 "$db" "SELECT detail FROM audit_log WHERE action = 'certificate_revoke'" | grep -q "$first: issued to the wrong person" \
  || fail "revocation not audited"
verify 4 "REVOKED $(date -u +%F) issued to the wrong person" --pdf "$old_pdf"
ok verify-page --out "$tmp/page" --content "$content"
[ -s "$tmp/page/index.html" ] && [ -s "$tmp/page/revocations.txt" ] || fail "verify-page wrote no page"
ok keys export-public --out "$tmp/org.pub"
verify 0 VALID --pdf "$old_pdf" --public-key "$tmp/org.pub"                       # the key alone knows no revocations
verify 4 REVOKED --pdf "$old_pdf" --public-key "$tmp/org.pub" --revoked "$tmp/page/revocations.txt"
sed 's/\(.\)$/\1X/' "$tmp/page/revocations.txt" > "$tmp/altered.txt"
verify 2 "INVALID $tmp/altered.txt" --pdf "$old_pdf" --public-key "$tmp/org.pub" --revoked "$tmp/altered.txt"

# Rotate: new certificates name the new key; the old one's still verify, with the key file
# gone; a withdrawn key's certificates are NOT GENUINE with the reason.
old_id=$("$signaal" keys list | awk '/current/ {print $1}')
ok keys rotate
new_id=$("$signaal" keys list | awk '/current/ {print $1}')
[ -n "$new_id" ] && [ "$new_id" != "$old_id" ] || fail "keys rotate gave no new current key ($old_id -> $new_id)"
"$signaal" keys list | grep -q "^$old_id .*retired" || fail "the old key should be listed as retired"
new_pdf=$(scan "$second")
verify 0 VALID --pdf "$new_pdf"
"$signaal" cert verify --pdf "$new_pdf" | grep -q "key $new_id" || fail "a new certificate should name the new key"
verify 4 REVOKED --pdf "$old_pdf"
"$signaal" keys withdraw "$new_id" --reason x > /dev/null 2>&1; [ $? -eq 64 ] || fail "withdrawing the current key should be refused"
ok keys withdraw "$old_id" --reason "laptop stolen"
verify 2 "INVALID signed with key $old_id, which the organisation has withdrawn: laptop stolen" --pdf "$old_pdf"
verify 0 VALID --pdf "$new_pdf"
sqlite3 "$db" "SELECT action FROM audit_log" | grep -q signing_key_withdraw || fail "withdrawal not audited"

# verify_url: a bad address is refused, a good one is used for the next QR code.
"$signaal" verify-page --out "$tmp/page" --url "verify.example.nl" --content "$content" > /dev/null 2>&1
[ $? -eq 64 ] || fail "a verify URL without https:// should be refused"
ok verify-page --out "$tmp/page" --url "https://verify.example.nl/" --content "$content"
[ "$(sqlite3 "$db" "SELECT value FROM settings WHERE key = 'verify_url'")" = "https://verify.example.nl/" ] || fail "verify_url not set"
rm -f "$tmp/pdf/$second.pdf"
linked_pdf=$(scan "$second")
pdftoppm -r 150 -png -singlefile "$linked_pdf" "$tmp/linked" 2> /dev/null || fail "pdftoppm"
link=$(zbarimg -q --raw "$tmp/linked.png" 2> /dev/null | head -1)
[[ "$link" == "https://verify.example.nl/#SG2.$new_id."* ]] || fail "the QR code should hold the address and payload: $link"
verify 0 VALID "$link"
echo PASS
