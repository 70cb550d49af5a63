#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server, then stops the server and deletes it,
# whatever happened. Usage: with_postgres.sh COMMAND [ARGS...]
#
# The command sees:
#   SIGNAAL_TEST_PG_URL    postgresql URL of an empty database (unix socket, trust auth)
#   SIGNAAL_TEST_PG_HOST   the socket directory;  SIGNAAL_TEST_PG_USER  the superuser
#   SIGNAAL_TEST_PG_STOP   a command that stops the server at once (like a crash or a cut cable)
#   SIGNAAL_TEST_PG_START  a command that starts it again
# Exit 77 (CTest's skip) only when PostgreSQL cannot be started, with the reason; with
# SIGNAAL_REQUIRE_POSTGRES=1 (CI) that is a failure (exit 1) instead.
set -uo pipefail

skip() {
  echo "SKIP: PostgreSQL could not be started: $*" >&2
  if [ "${SIGNAAL_REQUIRE_POSTGRES:-0}" = 1 ]; then
    echo "FAIL: SIGNAAL_REQUIRE_POSTGRES=1, so a missing PostgreSQL is a failure" >&2
    exit 1
  fi
  exit 77
}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bindir" ] && [ -x "$bindir/initdb" ] || skip "no server binaries in /usr/lib/postgresql/*/bin (apt-get install postgresql)"

# PostgreSQL refuses to run as root: as root, run it as the postgres user.
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || skip "running as root and there is no postgres user to run the server as"
  as_pg=(runuser -u postgres --)
fi

# A short path: the socket path must stay under 107 bytes. Unique per run, so suites can run in parallel.
tmp=$(mktemp -d /tmp/sgpg.XXXXXX) || skip "cannot make a temporary directory"
chmod 755 "$tmp"
[ ${#as_pg[@]} -eq 0 ] || chown postgres "$tmp"
data=$tmp/data
opts="-k $tmp -c listen_addresses= -c max_connections=40 -c shared_buffers=32MB"

cleanup() {
  "${as_pg[@]}" "$bindir/pg_ctl" -D "$data" stop -m immediate >/dev/null 2>&1
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"${as_pg[@]}" "$bindir/initdb" -D "$data" -A trust -U signaal_admin -E UTF8 --no-sync >"$tmp/initdb.log" 2>&1 \
  || skip "initdb failed: $(tail -n 3 "$tmp/initdb.log")"
"${as_pg[@]}" "$bindir/pg_ctl" -D "$data" -l "$tmp/server.log" -w -t 60 -o "$opts" start >/dev/null 2>&1 \
  || skip "pg_ctl start failed: $(tail -n 3 "$tmp/server.log" 2>/dev/null)"
"${as_pg[@]}" "$bindir/createdb" -h "$tmp" -U signaal_admin signaal_test >/dev/null 2>&1 || skip "createdb failed"

export SIGNAAL_TEST_PG_HOST=$tmp SIGNAAL_TEST_PG_USER=signaal_admin
export SIGNAAL_TEST_PG_URL="postgresql://signaal_admin@/signaal_test?host=$tmp"
q() { printf "'%s'" "${1//\'/\'\\\'\'}"; }
pgctl="${as_pg[*]} $(q "$bindir/pg_ctl") -D $(q "$data")"
export SIGNAAL_TEST_PG_STOP="$pgctl stop -m immediate >/dev/null 2>&1"
export SIGNAAL_TEST_PG_START="$pgctl -l $(q "$tmp/server.log") -w -t 60 -o $(q "$opts") start >/dev/null 2>&1"

"$@"
rc=$?
exit $rc
