#!/usr/bin/env bash
# Installs what Signaal needs, builds it, and runs every test through CTest.
#   tools/test-all.sh             normal build in build/
#   tools/test-all.sh --sanitize  the same with AddressSanitizer + UndefinedBehaviorSanitizer in build-asan/
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/setup-debian.sh

build=build
flags=()
ctest_flags=()
if [ "${1:-}" = "--sanitize" ]; then
  build=build-asan
  flags=(-DSIGNAAL_SANITIZE=ON)
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
  # The screenshot tour drives Mesa's software renderer for minutes, and the speech corpus test
  # runs eSpeak over every text of ten languages; under ASan they add many minutes and no coverage
  # of our code that the headless UI tests and the other speech tests do not already give.
  ctest_flags=(-LE "kiosk_tour|speech_corpus")
fi
# Warnings are errors here (SIGNAAL_WERROR), as for every developer; a plain build leaves them warnings.
cmake -S . -B "$build" -DSIGNAAL_KIOSK=ON -DSIGNAAL_WERROR=ON "${flags[@]}" >/dev/null
cmake --build "$build" -j"$(nproc)"
ctest --test-dir "$build" --output-on-failure -j"$(nproc)" "${ctest_flags[@]}"
