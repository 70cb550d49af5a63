#!/usr/bin/env bash
# `signaal keys` and `signaal cert verify` as an administrator and a verifier use them.
# Usage: test_cli_cert.sh SIGNAAL SIGNAAL_CERT_PROBE
set -uo pipefail
signaal=$1 probe=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export XDG_DATA_HOME=$tmp/data
keys=$tmp/data/signaal/keys

# keys init: a private key with mode 600, made once.
"$signaal" keys init > "$tmp/init" || fail "keys init failed"
grep -q "created a signing key in $keys" "$tmp/init" || fail "keys init said: $(cat "$tmp/init")"
[ "$(stat -c %a "$keys/signing.key")" = 600 ] || fail "signing.key is not mode 600"
secret_line=$(tail -1 "$keys/signing.key")
grep -qF "$secret_line" "$tmp/init" && fail "keys init printed the private key"
before=$(sha256sum < "$keys/signing.key")
"$signaal" keys init | grep -q "already exists" || fail "second keys init should leave the key alone"
[ "$(sha256sum < "$keys/signing.key")" = "$before" ] || fail "second keys init changed the key"

# keys export-public: to stdout or a file, never the private half.
"$signaal" keys export-public > "$tmp/stdout.pub" || fail "export-public failed"
grep -q "^signaal-ed25519-public-key v1$" "$tmp/stdout.pub" || fail "export-public printed: $(cat "$tmp/stdout.pub")"
grep -qF "$secret_line" "$tmp/stdout.pub" && fail "export-public printed the private key"
"$signaal" keys export-public --out "$tmp/org.pub" > /dev/null || fail "export-public --out failed"
cmp -s "$tmp/stdout.pub" "$tmp/org.pub" || fail "--out and stdout differ"

# A certificate issued with this key, valid for a long time, and one that has expired.
payload=$("$probe" issue "$keys/signing.key" "$tmp/cert.pdf" 2099-12-31) || fail "probe issue failed"
old=$("$probe" issue "$keys/signing.key" "$tmp/old.pdf" 2020-01-31) || fail "probe issue (old) failed"

check() {  # check EXPECTED_EXIT EXPECTED_OUTPUT_PREFIX ARGS...
  local want_rc=$1 want=$2; shift 2
  out=$("$signaal" cert verify "$@" --public-key "$tmp/org.pub" 2>&1); rc=$?
  [ "$rc" -eq "$want_rc" ] || fail "cert verify $*: exit $rc, wanted $want_rc ($out)"
  [[ "$out" == "$want"* ]] || fail "cert verify $*: printed '$out', wanted '$want...'"
}
check 0 "VALID" "$payload"
check 0 "VALID" --pdf "$tmp/cert.pdf"
check 3 "EXPIRED 2020-01-31" "$old"
check 3 "EXPIRED 2020-01-31" --pdf "$tmp/old.pdf"
tampered=${payload/SG-PROBE-0001/SG-PROBE-0002}
check 2 "INVALID" "$tampered"
check 2 "INVALID" "garbage"
printf '%%PDF-1.3\nno payload here\n' > "$tmp/empty.pdf"
check 2 "INVALID" --pdf "$tmp/empty.pdf"

# Another organisation's key: INVALID.
XDG_DATA_HOME=$tmp/other "$signaal" keys init > /dev/null
XDG_DATA_HOME=$tmp/other "$signaal" keys export-public --out "$tmp/other.pub" > /dev/null
out=$("$signaal" cert verify "$payload" --public-key "$tmp/other.pub"); rc=$?
[ "$rc" -eq 2 ] && [[ "$out" == INVALID* ]] || fail "another key should give INVALID/2, got $rc: $out"

# Usage mistakes exit 64; unreadable inputs exit 1 with a message.
# Without --public-key the database's keyring is used; with no database there is nothing to trust.
out=$("$signaal" cert verify "$payload" 2>&1); rc=$?
[ "$rc" -eq 1 ] && [[ "$out" == *"no database at"*"--public-key"* ]] || fail "no key and no database should exit 1: $rc $out"
"$signaal" cert verify --public-key "$tmp/org.pub" > /dev/null 2>&1; [ $? -eq 64 ] || fail "no payload should exit 64"
"$signaal" cert verify --pdf "$tmp/none.pdf" --public-key "$tmp/org.pub" > /dev/null 2>&1; [ $? -eq 1 ] \
  || fail "a missing PDF should exit 1"

# A private key others can read is refused, with the fix.
chmod 644 "$keys/signing.key"
out=$("$signaal" keys export-public 2>&1); rc=$?
[ "$rc" -eq 1 ] || fail "a 644 key should be refused"
[[ "$out" == *"chmod 600 $keys/signing.key"* ]] || fail "refusal should name the fix: $out"
echo "PASS"
