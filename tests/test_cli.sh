#!/usr/bin/env bash
# Drives the real `signaal` binary the way a manager or author does. Usage: test_cli.sh SIGNAAL CONTENT_DIR
set -euo pipefail
signaal=$1 content=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# Every subcommand answers --help with its usage and exits 0.
"$signaal" --help > "$tmp/overview"
grep -q "content check" "$tmp/overview" || fail "overview lists no commands"
commands=$(sed -n 's/^  \([a-z][a-z-]* [a-z][a-z-]*\)  .*/\1/p' "$tmp/overview")
[ -n "$commands" ] || fail "no commands parsed from the overview"
while read -r cmd; do
  # shellcheck disable=SC2086
  "$signaal" $cmd --help > "$tmp/help" || fail "$cmd --help exited non-zero"
  grep -q "^usage: signaal $cmd" "$tmp/help" || fail "$cmd --help shows no usage"
  grep -q -- "--db PATH" "$tmp/help" || fail "$cmd does not take --db"
done <<< "$commands"

# Unknown commands and options are usage errors (64).
set +e
"$signaal" frobnicate >/dev/null 2>&1; [ $? -eq 64 ] || fail "unknown command should exit 64"
"$signaal" content check --bogus >/dev/null 2>&1; [ $? -eq 64 ] || fail "unknown option should exit 64"
set -e

# The bundled content is valid, including the editorial rules.
"$signaal" content check --strict "$content" > "$tmp/check" || { cat "$tmp/check"; fail "bundled content has problems"; }

# A broken copy exits 1 and names file and line.
cp -r "$content" "$tmp/content"
module=$(ls "$tmp/content/modules" | head -n 1)
sed -i 's/^pass_mark = .*/pass_mark = 150/' "$tmp/content/modules/$module/module.toml"
set +e
"$signaal" content check "$tmp/content" > "$tmp/broken"; rc=$?
set -e
[ $rc -eq 1 ] || fail "broken content should exit 1, got $rc"
grep -Eq "modules/$module/module.toml:[0-9]+: 'pass_mark' is 150; it must be 1..100" "$tmp/broken" || { cat "$tmp/broken"; fail "no file:line message"; }

# Demo data lands in tables a manager understands.
"$signaal" demo seed --people 200 --db "$tmp/x.db" --content "$content" > "$tmp/seed"
for table in venues people attempts answers completions; do
  n=$(sqlite3 "$tmp/x.db" "SELECT COUNT(*) FROM $table")
  [ "$n" -gt 0 ] || fail "table $table is empty after demo seed"
done
[ "$(sqlite3 "$tmp/x.db" "SELECT COUNT(*) FROM people")" -eq 200 ] || fail "expected 200 people"
sqlite3 "$tmp/x.db" "SELECT name, venue, valid_until FROM certificates LIMIT 1" | grep -q "|" || fail "certificates view is empty"

# Venues can be added and listed.
"$signaal" venue add "Hotel Test" --kind hotel --db "$tmp/v.db" >/dev/null
"$signaal" venue list --db "$tmp/v.db" | grep -q "Hotel Test" || fail "venue not listed"
echo "test_cli: all checks passed"
