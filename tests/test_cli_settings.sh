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

s settings list | grep -q "^idle_timeout_seconds = 90$" || fail "list: $(s settings list)"
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
err=$(s settings apply "$tmp/bad.toml" 2>&1); rc=$?
[ $rc = 1 ] || fail "a wrong file exited $rc"
grep -q "bad.toml:2: 'idle_timeout_seconds': .*between 30 and 600" <<<"$err" || fail "no line 2: $err"
grep -q "bad.toml:3: 'languages_offered'" <<<"$err" || fail "no line 3: $err"
grep -q "bad.toml:4: unknown setting 'colour'" <<<"$err" || fail "no line 4: $err"
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
echo "settings and kiosk.toml: ok"
