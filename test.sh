#!/usr/bin/env bash
# The test command: every gate the portal must pass, in order, with the time
# each step took. Run ./build.sh first (it installs the tools used here).
#   1. the g++ Release build with warnings as errors (PORTAL_WERROR), in build/
#   2. the C++ suite: unit, end-to-end (bad input, CLI, site) and the fuzz
#      corpus replays (CTest, everything but browser.*)
#   3. the browser suite (CTest browser.*): the Nu HTML checker over every page
#      of the fixture and the real site, axe-core (WCAG 2.0/2.1 A and AA) and
#      horizontal overflow in Debian's headless chromium, and the other
#      reader-side checks
#   4. the clang-14 build with AddressSanitizer + UndefinedBehaviorSanitizer
#      (PORTAL_SANITIZE, PORTAL_FUZZ, PORTAL_WERROR; -O1) in build-asan/, as a
#      unity build (PORTAL_UNITY): it is made once per run, not edited
#   5. the C++ suite again, on that build
#   6. each libFuzzer target for FUZZ_SECONDS seconds (default 30) under ASan,
#      from its seed corpus in tests/fuzz/corpus/
# Environment: JOBS (default 2), FUZZ_SECONDS, SKIP_SANITIZE=1 to stop after 3.
set -uo pipefail
cd "$(dirname "$0")" || exit 2
jobs="${JOBS:-2}"
fuzz_seconds="${FUZZ_SECONDS:-30}"
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)

failed=()
report=()
total_start=$SECONDS
# step NAME COMMAND...: runs one gate, records its time and whether it passed.
step() {
  local name="$1"; shift
  local start=$SECONDS
  echo "=== $name"
  if "$@"; then report+=("$(printf '%-46s %4ds  ok' "$name" $((SECONDS - start)))")
  else report+=("$(printf '%-46s %4ds  FAILED' "$name" $((SECONDS - start)))"); failed+=("$name"); fi
}

release_build() {
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DPORTAL_WERROR=ON "${launcher[@]}" >/dev/null &&
    cmake --build build -j "$jobs"
}
asan_build() {
  CC=clang-14 CXX=clang++-14 cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
    -DPORTAL_SANITIZE=ON -DPORTAL_FUZZ=ON -DPORTAL_WERROR=ON -DPORTAL_UNITY=ON "${launcher[@]}" >/dev/null &&
    cmake --build build-asan -j "$jobs"
}
# Leaks are errors too; a UBSan finding halts with its stack.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

# fuzz TARGET: fuzzes from the seeds (less the known crashes) for fuzz_seconds;
# new inputs go to build-asan/fuzz/TARGET/corpus, a crash to build-asan/fuzz/TARGET/.
fuzz() {
  local target="$1" work="build-asan/fuzz/$1"
  rm -rf "$work" && mkdir -p "$work/corpus" || return 1
  for f in tests/fuzz/corpus/"$target"/*; do
    grep -qxF "$target/$(basename "$f")" tests/fuzz/known_crashes.txt || cp "$f" "$work/corpus/"
  done
  "build-asan/fuzz_$target" -max_total_time="$fuzz_seconds" -timeout=20 -rss_limit_mb=2048 \
    -max_len=16384 -print_final_stats=1 -artifact_prefix="$work/" "$work/corpus" 2>"$work/log.txt"
  local status=$?
  grep -E '^(stat::number_of_executed_units|stat::new_units_added)' "$work/log.txt"
  if [ "$status" -ne 0 ]; then
    grep -A40 -E '^==[0-9]+==ERROR|runtime error|ERROR: libFuzzer' "$work/log.txt" | head -60
    ls "$work"/crash-* "$work"/timeout-* "$work"/leak-* "$work"/oom-* 2>/dev/null
  fi
  return "$status"
}

step "g++ Release build, warnings as errors" release_build
step "C++ suite (ctest -E browser.)" ctest --test-dir build --output-on-failure -j "$jobs" -E '^browser\.'
step "browser suite (ctest -R browser.)" ctest --test-dir build --output-on-failure -j "$jobs" -R '^browser\.'
if [ "${SKIP_SANITIZE:-0}" != 1 ]; then
  step "clang ASan+UBSan build" asan_build
  step "C++ suite under ASan+UBSan" ctest --test-dir build-asan --output-on-failure -j "$jobs" -E '^browser\.'
  for target in front_matter markdown mustache; do
    step "fuzz $target (${fuzz_seconds}s, ASan+UBSan)" fuzz "$target"
  done
fi

echo
echo "=== times"
printf '%s\n' "${report[@]}"
printf '%-46s %4ds\n' "total" $((SECONDS - total_start))
if ((${#failed[@]})); then
  echo "FAILED: ${failed[*]}"
  exit 1
fi
echo "all gates passed"
