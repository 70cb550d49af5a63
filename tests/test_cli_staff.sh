#!/usr/bin/env bash
# signaal staff import as HR uses it (an Excel ';' list with a BOM), and ';' CSV reports.
# usage: test_cli_staff.sh SIGNAAL CONTENT_DIR
set -uo pipefail
signaal=$1 content=$2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/signaal-staff-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME=$tmp/data
db=$tmp/s.db
s() { "$signaal" "$@" --db "$db" --content "$content"; }
fail() { echo "staff import: $*"; exit 1; }
people() { sqlite3 "$db" "SELECT count(*) FROM people WHERE active = $1"; }

"$signaal" venue add "Hotel Aurora" --kind hotel --db "$db" >/dev/null || fail "venue add"
printf '\xEF\xBB\xBFNaam;Personeelsnummer;Taal;Afdeling\r\nAnna de Vries;1001;nl;Receptie\r\nJan Kowalski;1002;pl;Keuken\r\nIon Popescu;1003;;Schoonmaak\r\n' >"$tmp/staff.csv"

out=$(s staff import "$tmp/staff.csv" --venue "Hotel Aurora" --dry-run) || fail "dry run failed: $out"
grep -q "UTF-8 with BOM, ';' between cells, 3 people (ignored columns: 'Afdeling')" <<<"$out" || fail "dry run said: $out"
grep -q "3 to add, 0 to update" <<<"$out" || fail "dry run plan: $out"
grep -q "dry run: nothing was changed" <<<"$out" || fail "dry run: $out"
[ "$(people 1)" = 0 ] || fail "the dry run changed the database"

out=$(s staff import "$tmp/staff.csv" --venue "Hotel Aurora") || fail "import failed: $out"
[ "$(people 1)" = 3 ] || fail "import: $(people 1) people, not 3"
out=$(s staff import "$tmp/staff.csv" --venue "Hotel Aurora") || fail "re-import failed"
grep -q "nothing to change" <<<"$out" || fail "re-import said: $out"
[ "$(people 1)" = 3 ] || fail "re-import changed the count"
"$signaal" audit list --db "$db" | grep -q "staff_import" || fail "no audit entry"

# A wrong row: every problem with file:line, nothing imported.
printf 'name;employee number\r\nPiet;2001\r\n;2002\r\nKees;2001\r\n' >"$tmp/bad.csv"
err=$(s staff import "$tmp/bad.csv" --venue "Hotel Aurora" 2>&1 >/dev/null)
rc=$?
[ $rc = 1 ] || fail "a wrong list exited $rc, not 1"
grep -q "bad.csv:3: no name" <<<"$err" || fail "no file:line for the empty name: $err"
grep -q "bad.csv:4: employee number 2001 is also on line 2" <<<"$err" || fail "no duplicate number: $err"
grep -q "nothing was imported" <<<"$err" || fail "$err"
[ "$(people 1)" = 3 ] || fail "a wrong list changed the database"

# Jan has left: not on the new list.
printf 'name,employee number\nAnna de Vries,1001\nIon Popescu,1003\n' >"$tmp/now.csv"
out=$(s staff import "$tmp/now.csv" --venue "Hotel Aurora" --mark-missing-left) || fail "mark-missing-left: $out"
grep -q "left    Jan Kowalski (1002)" <<<"$out" || fail "mark-missing-left said: $out"
[ "$(people 1)" = 2 ] && [ "$(people 0)" = 1 ] || fail "mark-missing-left: $(people 1) active, $(people 0) left"

# Reports Excel opens in Dutch settings.
"$signaal" demo seed --people 5 --db "$db" >/dev/null || fail "demo seed"
head -1 <("$signaal" report stats --delimiter ';' --db "$db") | grep -q $'^\xEF\xBB\xBFvenue;module;month;completions\r$' \
  || fail "report stats --delimiter ';': $("$signaal" report stats --delimiter ';' --db "$db" | head -1)"
"$signaal" report completions --delimiter ';' --db "$db" | sed -n 2p | grep -q "^SG-[^;]*;" || fail "report completions --delimiter ';'"
"$signaal" report stats --delimiter x --db "$db" >/dev/null 2>&1
[ $? = 64 ] || fail "--delimiter x was accepted"
echo "staff import and ';' reports: ok"
