#!/usr/bin/env bash
# Every command that opens the database, against files it must not use: read-only, truncated,
# random bytes, not SQLite, a folder, and a page damaged in the middle. Each must exit non-zero
# with a message that names the file and leave the file byte for byte as it was; on the
# read-only file the commands that only read succeed (and change nothing either). Reports print
# nothing when they fail.
# usage: test_cli_damaged.sh SIGNAAL CONTENT_DIR
set -euo pipefail
signaal=$1 content=$2
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
export XDG_DATA_HOME=$tmp/data
fail() { echo "FAIL: $*" >&2; exit 1; }

"$signaal" demo seed --people 40 --db "$tmp/good.db" --content "$content" >/dev/null
"$signaal" db backup "$tmp/backup.db" --db "$tmp/good.db" >/dev/null
serial=$(sqlite3 "$tmp/good.db" "SELECT certificate_serial FROM completions LIMIT 1")
code=$(sqlite3 "$tmp/good.db" "SELECT verification_code FROM completions LIMIT 1")
venue=$(sqlite3 "$tmp/good.db" "SELECT name FROM venues LIMIT 1")
size=$(stat -c %s "$tmp/good.db")

make_variant() {  # kind path
  case $1 in
    read-only) cp "$tmp/good.db" "$2"; chmod 0444 "$2" ;;
    truncated) cp "$tmp/good.db" "$2"; truncate -s $((size / 2 + 1000)) "$2" ;;
    random) head -c 65536 /dev/urandom > "$2" ;;
    not-sqlite) head -c 20000 < <(yes "name,venue,module") > "$2" ;;
    folder) mkdir "$2" ;;
    mid-page) cp "$tmp/good.db" "$2"  # from the middle of page 3 into page 4
              dd if=/dev/urandom of="$2" bs=1 seek=$((2 * 4096 + 2048)) count=4096 conv=notrunc 2>/dev/null ;;
  esac
}
fingerprint() { if [ -d "$1" ]; then find "$1" | sort | sha256sum; else sha256sum < "$1"; fi; }

# Commands that only read: on a sound read-only file they work.
readers=("venue list" "report expiring" "report stats" "person find Anna" "db check" "audit list" "sync status"
         "venue status --content $content")
commands=("${readers[@]}"
  "demo seed --people 3 --content $content"
  "venue add Matrix"
  "report completions" "report completions --out $tmp/out/r.csv"
  "report completions --format pdf --content $content --out $tmp/out/r.pdf"
  "person export 1" "person erase 1 --yes" "person left 1" "retention purge"
  "db backup $tmp/out/b.db" "db restore $tmp/backup.db"
  "sync --central postgresql://nobody@127.0.0.1:1/none"
  "central connect postgresql://nobody@127.0.0.1:1/none --no-check"
  "venue require Hotel m1" "person add Anna --venue Hotel"
  "cert print $serial --key-dir $tmp/keys --content $content" "cert lookup $code"
  "cert batch --out $tmp/out/certs --key-dir $tmp/keys --content $content"
  "venue certificate Hotel --out $tmp/out/v.pdf --key-dir $tmp/keys --content $content")

is_reader() { local c; for c in "${readers[@]}"; do [ "$c" = "$1" ] && return 0; done; return 1; }

checked=0
for kind in read-only truncated random not-sqlite folder mid-page; do
  for cmd in "${commands[@]}"; do
    db="$tmp/$kind-$checked.db"
    rm -rf "$tmp/out"; mkdir -p "$tmp/out"
    make_variant "$kind" "$db"
    before=$(fingerprint "$db")
    set +e
    # shellcheck disable=SC2086
    "$signaal" $cmd --db "$db" > "$tmp/stdout" 2> "$tmp/stderr" < /dev/null; rc=$?
    set -e
    what="$kind: signaal $cmd"
    [ "$(fingerprint "$db")" = "$before" ] || fail "$what changed the file"
    if [ "$kind" = read-only ] && is_reader "$cmd"; then
      [ $rc -eq 0 ] || { cat "$tmp/stderr"; fail "$what should read a sound read-only file, exit $rc"; }
    else
      [ $rc -ne 0 ] || fail "$what exited 0"
      [ $rc -ne 64 ] || { cat "$tmp/stderr"; fail "$what: a usage error, the test calls it wrongly"; }
      cat "$tmp/stdout" "$tmp/stderr" | grep -qF "$db" || { cat "$tmp/stdout" "$tmp/stderr"; fail "$what: the message does not name the file"; }
      case $cmd in report*) [ ! -s "$tmp/stdout" ] || fail "$what printed before it knew it could finish" ;; esac
      [ -z "$(ls -A "$tmp/out")" ] || fail "$what left output behind: $(ls -A "$tmp/out")"
    fi
    [ "$kind" != folder ] || [ ! -e "$db-wal" ] || fail "$what made files beside a folder"
    chmod -f u+w "$db" || true
    rm -rf "$db" "$db-wal" "$db-shm"
    checked=$((checked + 1))
  done
done

# A missing file is reported, not made into an empty database that checks ok.
set +e; "$signaal" db check --db "$tmp/typo.db" > "$tmp/stdout" 2> "$tmp/stderr"; rc=$?; set -e
[ $rc -ne 0 ] || fail "db check on a missing file exited 0"
[ ! -e "$tmp/typo.db" ] || fail "db check made the missing file"
grep -q "no database file" "$tmp/stderr" || { cat "$tmp/stderr"; fail "db check does not say the file is missing"; }
echo "test_cli_damaged: $checked command runs checked"
