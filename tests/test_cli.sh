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
# Reports: a CSV a spreadsheet opens (BOM, header, quoted cells), filters, expiring list.
"$signaal" report completions --db "$tmp/x.db" --out "$tmp/all.csv"
head -c 3 "$tmp/all.csv" | od -An -tx1 | grep -q "ef bb bf" || fail "CSV lacks the UTF-8 byte-order mark"
head -n 1 "$tmp/all.csv" | grep -q "^.*serial,name,employee_number,venue,module" || fail "CSV header wrong"
total=$(($(wc -l < "$tmp/all.csv") - 1))
[ "$total" -eq "$(sqlite3 "$tmp/x.db" "SELECT COUNT(*) FROM completions")" ] || fail "report misses completions"
"$signaal" report completions --db "$tmp/x.db" --venue "Gemeente Westerdal" --from 2025-01-01 > "$tmp/some.csv"
[ "$(wc -l < "$tmp/some.csv")" -lt "$total" ] || fail "filters did not narrow the report"
set +e; "$signaal" report completions --db "$tmp/x.db" --from 2025-13-01 >/dev/null 2>&1; rc=$?; set -e
[ $rc -eq 64 ] || fail "a bad date should be a usage error"
# The PDF summary: only to a file, a real PDF with the people in it, narrowed by the same filters.
set +e; "$signaal" report completions --db "$tmp/x.db" --format pdf >/dev/null 2>"$tmp/err"; rc=$?; set -e
[ $rc -eq 64 ] || fail "a PDF without --out should be a usage error"
grep -q -- "--out" "$tmp/err" || fail "the refusal should say that --out is needed"
set +e; "$signaal" report completions --db "$tmp/x.db" --format xlsx --out "$tmp/x.xlsx" >/dev/null 2>&1; rc=$?; set -e
[ $rc -eq 64 ] || fail "an unknown format should be a usage error"
"$signaal" report completions --db "$tmp/x.db" --content "$content" --format pdf --out "$tmp/all.pdf" >/dev/null
head -c 5 "$tmp/all.pdf" | grep -q "%PDF-" || fail "report is not a PDF"
pdftotext -layout "$tmp/all.pdf" "$tmp/all.txt" 2>/dev/null
someone=$(sqlite3 "$tmp/x.db" "SELECT full_name FROM people p JOIN completions c ON c.person_id = p.id ORDER BY c.completed_on DESC LIMIT 1")
grep -qF "$someone" "$tmp/all.txt" || fail "PDF report lacks $someone"
grep -q "Afgeronde trainingen" "$tmp/all.txt" || fail "PDF report is not in the default language (nl)"
"$signaal" report completions --db "$tmp/x.db" --content "$content" --format pdf --lang en --venue "Gemeente Westerdal" \
  --out "$tmp/some.pdf" >/dev/null
pdftotext -layout "$tmp/some.pdf" "$tmp/some.txt" 2>/dev/null
grep -q "Completed trainings" "$tmp/some.txt" || fail "--lang en did not translate the report"
other=$(sqlite3 "$tmp/x.db" "SELECT v.name FROM venues v WHERE v.name <> 'Gemeente Westerdal' LIMIT 1")
grep -qF "$other" "$tmp/all.txt" || fail "the full report lacks venue $other"
! grep -qF "$other" "$tmp/some.txt" || fail "the venue filter did not narrow the PDF report"
[ "$(pdfinfo "$tmp/some.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')" -le "$(pdfinfo "$tmp/all.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')" ] \
  || fail "the narrower report has more pages"
set +e; "$signaal" report completions --db "$tmp/x.db" --format pdf --lang xx --out "$tmp/xx.pdf" >/dev/null 2>&1; rc=$?; set -e
[ $rc -eq 64 ] || fail "an unknown --lang should be a usage error"
sqlite3 "$tmp/x.db" "SELECT detail FROM audit_log WHERE action = 'report_completions'" | grep -q "as PDF" \
  || fail "the PDF report left no audit entry"
"$signaal" report expiring --days 60 --db "$tmp/x.db" > "$tmp/expiring.csv"
"$signaal" report stats --db "$tmp/x.db" > "$tmp/stats-before.csv"

# Right of access and erasure.
id=$(sqlite3 "$tmp/x.db" "SELECT person_id FROM completions LIMIT 1")
name=$(sqlite3 "$tmp/x.db" "SELECT full_name FROM people WHERE id = $id")
"$signaal" person export "$id" --db "$tmp/x.db" > "$tmp/person.json"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['person']['full_name']==sys.argv[2]; assert d['certificates']" "$tmp/person.json" "$name" || fail "export incomplete"
set +e; "$signaal" person erase "$id" --db "$tmp/x.db" < /dev/null >/dev/null 2>&1; rc=$?; set -e
[ $rc -ne 0 ] || fail "erase without --yes and no terminal must refuse"
"$signaal" person erase "$id" --yes --db "$tmp/x.db" >/dev/null
[ -z "$(sqlite3 "$tmp/x.db" "SELECT full_name FROM people WHERE id = $id")" ] || fail "name still stored after erase"
"$signaal" report completions --db "$tmp/x.db" --content "$content" --format pdf --include-erased --out "$tmp/erased.pdf" >/dev/null
pdftotext "$tmp/erased.pdf" "$tmp/erased.txt" 2>/dev/null
grep -q "(naam gewist)" "$tmp/erased.txt" || fail "an erased person should show as (naam gewist)"
"$signaal" report stats --db "$tmp/x.db" > "$tmp/stats-after.csv"
cmp -s "$tmp/stats-before.csv" "$tmp/stats-after.csv" || fail "erasure changed the statistics"
"$signaal" retention purge --months 1200 --db "$tmp/x.db" | grep -q "erased 0 people" || fail "purge with a long period should erase nobody"

# Backup, check, restore; a damaged backup is refused.
"$signaal" db backup "$tmp/backup.db" --db "$tmp/x.db" >/dev/null
"$signaal" db check --db "$tmp/backup.db" | grep -q ": ok$" || fail "backup fails its integrity check"
dd if=/dev/urandom of="$tmp/backup.db" bs=4096 seek=1 count=4 conv=notrunc 2>/dev/null
set +e; "$signaal" db restore "$tmp/backup.db" --db "$tmp/x.db" > /dev/null 2>&1; rc=$?; set -e
[ $rc -ne 0 ] || fail "a damaged backup must be refused"
"$signaal" audit list --db "$tmp/x.db" | grep -q "person_erase" || fail "erase not in the audit log"
# Certificates from the database: batch, lookup by the printed code, venue certificate refusal.
"$signaal" cert batch --db "$tmp/x.db" --content "$content" --key-dir "$tmp/keys" --out "$tmp/certs" --since 2026-01-01 > "$tmp/batch"
n_pdf=$(ls "$tmp/certs" | grep -c '\.pdf$' || true)
[ "$n_pdf" -gt 0 ] || { cat "$tmp/batch"; fail "cert batch wrote no PDFs"; }
[ "$(stat -c %a "$tmp/keys/signing.key")" = "600" ] || fail "signing key is not mode 0600"
serial=$(basename "$(ls "$tmp/certs"/*.pdf | head -n 1)" .pdf)
code=$(sqlite3 "$tmp/x.db" "SELECT verification_code FROM completions WHERE certificate_serial = '$serial'")
set +e; "$signaal" cert lookup "$(echo "$code" | tr 'A-Z' 'a-z')" --db "$tmp/x.db" > "$tmp/lookup"; rc=$?; set -e
[ $rc -eq 0 ] || [ $rc -eq 3 ] || fail "cert lookup of a real code exited $rc"
grep -q "serial:.*$serial" "$tmp/lookup" || fail "cert lookup did not name the certificate"
pdftotext "$tmp/certs/$serial.pdf" - | tr -d ' \n' | grep -q "$code" || fail "the PDF does not print the stored verification code"
set +e; "$signaal" cert lookup ZZZZ-ZZZZ --db "$tmp/x.db" > /dev/null; rc=$?; set -e
[ $rc -eq 2 ] || fail "an unknown code should exit 2"
set +e; "$signaal" venue certificate "Gemeente Westerdal" --out "$tmp/v.pdf" --db "$tmp/x.db" --content "$content" --key-dir "$tmp/keys" > "$tmp/venue"; rc=$?; set -e
if [ $rc -eq 1 ]; then grep -q "more must complete" "$tmp/venue" || fail "venue certificate refusal does not say how many more"; else [ -s "$tmp/v.pdf" ] || fail "venue certificate not written"; fi
echo "test_cli: all checks passed"
