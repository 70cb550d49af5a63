#!/usr/bin/env bash
# The screens draw plain views and return intents: libsignaal_ui must need no symbol that
# libsignaal_app defines (it once linked only by luck of order). Usage: ui_needs_no_app.sh UI.a APP.a
set -euo pipefail
ui=$1 app=$2
needed=$(nm -C --undefined-only "$ui" | sed -n 's/^ *U //p' | grep '^signaal::' | sort -u)
defined=$(nm -C --defined-only "$app" | awk '$2 ~ /^[TWDBRV]$/ { $1 = ""; $2 = ""; sub(/^ +/, ""); print }' \
  | grep '^signaal::' | sort -u)
[ -n "$defined" ] || { echo "FAIL: no signaal:: symbols found in $app" >&2; exit 1; }
both=$(comm -12 <(printf '%s\n' "$needed") <(printf '%s\n' "$defined"))
if [ -n "$both" ]; then
  echo "FAIL: libsignaal_ui needs what libsignaal_app defines:" >&2
  printf '  %s\n' "$both" >&2
  exit 1
fi
