#!/usr/bin/env bash
# Builds the libFuzzer targets with clang + ASan/UBSan and runs each for SECONDS (default 60).
# Any crash, hang (>10 s per input), leak or sanitizer finding fails the run.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
build=build-fuzz
CC=clang CXX=clang++ cmake -S . -B "$build" -DSIGNAAL_FUZZ=ON -DSIGNAAL_KIOSK=OFF -DSIGNAAL_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target fuzz_targets
status=0
for target in $(ls tests/fuzz/corpus); do
  work=$(mktemp -d)
  cp -r "tests/fuzz/corpus/$target/." "$work/"
  echo "fuzz: $target for ${seconds}s"
  if ! "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
       -print_final_stats=1 "$work" > "$work.log" 2>&1; then
    tail -n 60 "$work.log"
    echo "fuzz: $target FAILED"
    status=1
  else
    grep -E "stat::number_of_executed_units|Done" "$work.log" | tail -n 2
  fi
  rm -rf "$work" "$work.log"
done
exit $status
