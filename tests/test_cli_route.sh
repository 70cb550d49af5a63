#!/usr/bin/env bash
# signaal route set|show: the local reporting route (issue 15) for the kiosk and per venue, what a
# venue's staff read (the venue's value, else the kiosk's), clearing, and refusals that say why.
# usage: test_cli_route.sh SIGNAAL CONTENT_DIR
set -uo pipefail
signaal=$1 content=$2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/signaal-route-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME=$tmp/data
db=(--db "$tmp/r.db")
set_() { "$signaal" route set "$@" "${db[@]}" --content "$content"; }
show() { "$signaal" route show "$@" "${db[@]}"; }
fail() { echo "route: $*"; exit 1; }

"$signaal" venue add "Hotel Zee" --kind hotel "${db[@]}" --content "$content" >/dev/null || fail "venue add"
"$signaal" venue add "Park Duin" --kind holiday-park "${db[@]}" --content "$content" >/dev/null || fail "venue add 2"

# Nothing set: every field says the lesson's own words are used.
[ "$(show | grep -c '(not set: the text.s own words)')" = 6 ] || fail "empty show: $(show)"

# The kiosk's values, then one venue's own contact person.
set_ municipality "Meldpunt mensenhandel gemeente Den Haag, 14070" | grep -q "^kiosk: municipality = 'Meldpunt mensenhandel gemeente Den Haag, 14070'$" \
  || fail "set municipality"
set_ contact_name "Receptie" >/dev/null || fail "set kiosk contact"
set_ contact_name "  Anna de Vries  " --venue "Hotel Zee" | grep -q "^venue Hotel Zee: contact_name = 'Anna de Vries'$" \
  || fail "set venue contact (trimmed)"
set_ contact_phone "toestel 204" --venue "Hotel Zee" >/dev/null || fail "set venue phone"

out=$(show --venue "Hotel Zee")
grep -q "^contact_name: Anna de Vries$" <<<"$out" || fail "venue contact: $out"
grep -q "^contact_phone: toestel 204$" <<<"$out" || fail "venue phone: $out"
grep -q "^municipality: Meldpunt mensenhandel gemeente Den Haag, 14070  (the kiosk's value)$" <<<"$out" || fail "kiosk value shown for venue: $out"
out=$(show --venue "Park Duin")
grep -q "^contact_name: Receptie  (the kiosk's value)$" <<<"$out" || fail "other venue gets the kiosk's contact: $out"
grep -q "^contact_phone: (not set" <<<"$out" || fail "other venue has no phone: $out"
show | grep -q "^contact_name: Receptie$" || fail "kiosk show: $(show)"

# Clearing the venue's value brings the kiosk's back; the changes are audited.
# The contact is one person: with the venue's phone still set, the kiosk's name is not mixed in.
set_ contact_name "" --venue "Hotel Zee" | grep -q "contact_name = ''$" || fail "clear"
show --venue "Hotel Zee" | grep -q "^contact_name: (not set" || fail "after clearing the name: $(show --venue 'Hotel Zee')"
set_ contact_phone "" --venue "Hotel Zee" >/dev/null || fail "clear phone"
show --venue "Hotel Zee" | grep -q "^contact_name: Receptie  (the kiosk's value)$" || fail "after clear: $(show --venue 'Hotel Zee')"
"$signaal" audit list "${db[@]}" | grep -q "route.venue.1.contact_name: 'Anna de Vries' -> ''" || fail "no audit of the clear"

# Refusals: an unknown field, a text too long, an unknown venue; nothing stored.
err=$(set_ contact_mail "a@b.nl" 2>&1); rc=$?
[ $rc = 64 ] || fail "unknown field exited $rc"
grep -q "the field must be one of contact_name, contact_role, contact_phone, municipality, care_coordinator, veilig_thuis" <<<"$err" \
  || fail "unknown field said: $err"
err=$(set_ contact_role "$(printf 'x%.0s' {1..121})" --venue "Hotel Zee" 2>&1); rc=$?
[ $rc = 1 ] || fail "too long exited $rc"
grep -q "120" <<<"$err" || fail "too long said: $err"
show --venue "Hotel Zee" | grep -q "^contact_role: (not set" || fail "a refused value was stored"
err=$(set_ contact_name "X" --venue "Nowhere" 2>&1); rc=$?
[ $rc = 64 ] || fail "unknown venue exited $rc"
grep -q "no venue named 'Nowhere'" <<<"$err" || fail "unknown venue said: $err"
err=$(set_ contact_name 2>&1); rc=$?
[ $rc = 64 ] && grep -q "give a field" <<<"$err" || fail "missing value: $rc $err"
echo "route set and show: ok"
