#!/usr/bin/env bash
# signaal settings list|get|set and a terminal's configuration file (settings apply), checked by
# the admin screen's rules, with file:line for every problem in the file.
# usage: test_cli_settings.sh SIGNAAL CONTENT_DIR
set -uo pipefail
signaal=$1 content=$2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/signaal-settings-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME=$tmp/data
s() { "$signaal" "$@" --db "$tmp/s.db" --content "$content"; }
fail() { echo "settings: $*"; exit 1; }
# refused FILE PATTERN...: applying FILE fails (exit 1) naming each PATTERN ("2: 'key': words") at its line.
refused() {
  local file=$1 err rc
  shift
  err=$(s settings apply "$file" 2>&1); rc=$?
  [ $rc = 1 ] || fail "$file exited $rc"
  for p in "$@"; do grep -q "$(basename "$file"):$p" <<<"$err" || fail "no line $p: $err"; done
}

# list and get only read: a missing database is named, not made (exit 1, as the other readers).
for c in "settings list" "settings get idle_timeout_seconds"; do
  err=$(s $c 2>&1); rc=$?
  [ $rc = 1 ] || fail "$c on a missing database exited $rc"
  grep -q "$tmp/s.db: there is no database file here" <<<"$err" || fail "$c said: $err"
  [ -e "$tmp/s.db" ] && fail "$c created the database"
done
s settings set idle_timeout_seconds 90 >/dev/null || fail "set on a new database refused"
s settings list | grep -q "^idle_timeout_seconds = 90$" || fail "list: $(s settings list)"
# On a read-only copy too (they never write).
cp "$tmp/s.db" "$tmp/ro.db" && chmod a-w "$tmp/ro.db"
"$signaal" settings get idle_timeout_seconds --db "$tmp/ro.db" --content "$content" | grep -qx 90 || fail "get on a read-only copy"
s settings set idle_timeout_seconds 120 >/dev/null || fail "set 120 refused"
[ "$(s settings get idle_timeout_seconds)" = 120 ] || fail "get after set: $(s settings get idle_timeout_seconds)"
err=$(s settings set idle_timeout_seconds 5 2>&1); rc=$?
[ $rc = 1 ] || fail "idle 5 exited $rc"
grep -q "between 30 and 600" <<<"$err" || fail "idle 5 said: $err"
[ "$(s settings get idle_timeout_seconds)" = 120 ] || fail "a refused value was stored"
s settings get pin_hash >/dev/null 2>&1; [ $? = 64 ] || fail "get pin_hash was not refused as unknown"
"$signaal" audit list --db "$tmp/s.db" | grep -q setting_changed || fail "no audit entry for set"

cat >"$tmp/bad.toml" <<'TOML'
[settings]
idle_timeout_seconds = 5
languages_offered = ["nl", "xx"]
colour = "blue"
TOML
refused "$tmp/bad.toml" "2: 'idle_timeout_seconds': .*between 30 and 600" "3: 'languages_offered'" \
  "4: unknown setting 'colour'"
[ "$(s settings get idle_timeout_seconds)" = 120 ] || fail "a wrong file changed a setting"

cat >"$tmp/kiosk.toml" <<'TOML'
[settings]
idle_timeout_seconds = 300
languages_offered = ["nl", "pl"]
printer_name = "Receptie"
TOML
s settings apply "$tmp/kiosk.toml" --check | grep -q "3 settings, all acceptable" || fail "--check"
[ "$(s settings get printer_name)" = "" ] || fail "--check stored something"
s settings apply "$tmp/kiosk.toml" | grep -q "3 of 3 settings changed" || fail "apply"
[ "$(s settings get idle_timeout_seconds)" = 300 ] && [ "$(s settings get languages_offered)" = "nl,pl" ] \
  || fail "apply stored $(s settings list)"
s settings apply "$tmp/kiosk.toml" | grep -q "0 of 3 settings changed" || fail "a second apply changed something"
# This terminal's keys: each wrong one named by its line, nothing stored; right ones stored where
# the fleet reads them; the central server's password never printed back.
cat >"$tmp/terminal-bad.toml" <<'TOML'
[settings]
terminal_name = "Receptie\u0007"
terminal_id = "west 3"
venues_served = ["Hotel Zee"]
central_server = "db.example.nl"
TOML
refused "$tmp/terminal-bad.toml" "2: 'terminal_name': .*80 characters" "3: 'terminal_id': .*letters, digits and -" \
  "4: 'venues_served': .*numbers separated by commas" "5: 'central_server': .*PostgreSQL address"
cat >"$tmp/terminal.toml" <<'TOML'
[settings]
terminal_name = "Receptie 2"
terminal_id = "gemeente-west-3"
venues_served = [2, 1]
central_server = "postgresql://kiosk:s3cret@db.example.nl/signaal"
TOML
s settings apply "$tmp/terminal.toml" | grep -q "4 of 4 settings changed" || fail "terminal apply"
[ "$(s settings get terminal_name)" = "Receptie 2" ] || fail "terminal_name: $(s settings get terminal_name)"
[ "$(s settings get terminal_id)" = "gemeente-west-3" ] || fail "terminal_id: $(s settings get terminal_id)"
"$signaal" sync status --db "$tmp/s.db" | grep -q "gemeente-west-3" || fail "sync status does not show the terminal id"
[ "$(s settings get venues_served)" = "2,1" ] || fail "venues_served: $(s settings get venues_served)"
[ "$(s settings get central_server)" = "postgresql://kiosk:***@db.example.nl/signaal" ] \
  || fail "central_server: $(s settings get central_server)"
all=$(s settings list; "$signaal" audit list --db "$tmp/s.db")
grep -q "s3cret" <<<"$all" && fail "the central server's password was printed: $all"
err=$(s settings set central_server "nonsense" 2>&1); [ $? = 1 ] || fail "a wrong central server was taken"
grep -q "PostgreSQL address" <<<"$err" || fail "central_server said: $err"
echo "settings and kiosk.toml: ok"
