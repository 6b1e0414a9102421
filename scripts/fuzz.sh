#!/usr/bin/env bash
# Fuzz apigen's spec front end in process with libFuzzer (see Fuzz/README.md).
#
#   scripts/fuzz.sh                  1,000,000 runs (make fuzz)
#   FUZZ_RUNS=20000 scripts/fuzz.sh  a quick check
#
# Environment:
#   FUZZ_RUNS       inputs to run (default 1000000; -1 runs until a finding or Ctrl-C)
#   FUZZ_ARTIFACTS  where crash-/timeout-/oom- inputs are written (default Fuzz/.build/artifacts)
#   FUZZ_CORPUS     the corpus libFuzzer grows and keeps between runs (default Fuzz/.build/corpus/work)
#   FUZZ_ARGS       more libFuzzer options, e.g. "-max_total_time=600" or "-jobs=2"
#   FUZZ_QUIET      set: libFuzzer's progress goes to the log only (make fuzz-smoke, CI)
#   SWIFT           the swift command (default swift), e.g. "flock /tmp/swift-build.lock swift"
#   FUZZ_NO_BUILD   1: skip the build and run Fuzz/.build/release/SpecFuzzer as it is
#
# Exits 0 when the runs finish without a finding, non-zero (libFuzzer's status) otherwise,
# with the reproducer in FUZZ_ARTIFACTS.
set -euo pipefail
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
RUNS=${FUZZ_RUNS:-1000000}
ARTIFACTS=${FUZZ_ARTIFACTS:-Fuzz/.build/artifacts}
CORPUS=${FUZZ_CORPUS:-Fuzz/.build/corpus/work}
SEEDS=Fuzz/.build/corpus/seeds
LOG=Fuzz/.build/fuzz.log

# 1. The fuzzer: release, with libFuzzer's coverage instrumentation and its main().
#    -parse-as-library: the target has no top-level code and no @main; its SpecFuzzer_main (where
#    SwiftPM points `main`) runs libFuzzer's driver.
#    FUZZ_NO_BUILD=1 runs the fuzzer already built there instead.
build_flags=(-c release --package-path Fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library)
if [ "${FUZZ_NO_BUILD:-0}" = 1 ]; then
    FUZZER=Fuzz/.build/release/SpecFuzzer
    [ -x "$FUZZER" ] || { echo "fuzz: FUZZ_NO_BUILD=1 but $FUZZER is not built" >&2; exit 2; }
    echo "fuzz: not building; using $FUZZER, built $(date -r "$FUZZER" '+%F %T')"
else
    echo "fuzz: building: swift build ${build_flags[*]}"
    # SwiftPM does not notice files added to or removed from apigen (a path dependency) and
    # then fails on "missing inputs"; dropping the cached build plan makes it plan again
    # (seconds; compiled objects stay).
    rm -f Fuzz/.build/release.yaml Fuzz/.build/*/release/description.json
    # shellcheck disable=SC2086  # SWIFT may be a command with arguments
    $SWIFT build "${build_flags[@]}"
    # shellcheck disable=SC2086
    FUZZER="$($SWIFT build "${build_flags[@]}" --show-bin-path)/SpecFuzzer"
fi

# 2. Seeds. The first byte picks the mode: '0' (even) = one file, '1' (odd) = api.yaml and an
#    endpoint spec joined by a `---8<---` line.
rm -rf "$SEEDS"
mkdir -p "$SEEDS" "$CORPUS" "$ARTIFACTS"
folders=(api-specs Tests/FixtureAPI/specs Tests/APIGenCoreTests/Fixtures)
[ -d Tests/TypeMatrix/specs ] && folders+=(Tests/TypeMatrix/specs)
mapfile -t specs < <(find "${folders[@]}" -name '*.yaml' -type f | LC_ALL=C sort)
apis=() endpoints=()
for spec in "${specs[@]}"; do
    if [ "$(basename "$spec")" = api.yaml ]; then apis+=("$spec"); else endpoints+=("$spec"); fi
done
# A file that vanished since `find` (specs may be regenerated meanwhile) is left out.
n=0
for spec in "${specs[@]}"; do
    if { printf '0'; cat "$spec"; } >"$SEEDS/one-$n.yaml" 2>/dev/null; then
        n=$((n + 1))
    fi
done
for api in "${apis[@]}"; do
    for spec in "${endpoints[@]}"; do
        # The separator on a line of its own, even when api.yaml lacks its final newline.
        if { printf '1'; cat "$api"; printf '\n---8<---\n'; cat "$spec"; } >"$SEEDS/two-$n.yaml" 2>/dev/null; then
            n=$((n + 1))
        fi
    done
done
rm -f "$SEEDS/one-$n.yaml" "$SEEDS/two-$n.yaml"  # a partial file from a vanished spec
# Past findings are raw inputs (mode byte included): every run replays them first.
for finding in Fuzz/findings/*.yaml; do
    [ -f "$finding" ] && cp "$finding" "$SEEDS/finding-$(basename "$finding")"
done
echo "fuzz: ${#specs[@]} spec files, ${#apis[@]} api.yaml x ${#endpoints[@]} other specs: $n seeds in $SEEDS"

# 3. Run. New interesting inputs go to $CORPUS (the first folder); the seeds are only read.
#    One process, no -fork/-jobs. Measured on the 2-core machine this was written on: one process
#    keeps ~1.05 cores busy (SpecCompiler's ParallelMap threads add little on inputs this small),
#    and -fork=2 ran 50,000 inputs only ~15% faster (8.9 s against 10.5 s) while dropping the exact
#    run count and the final stats, and taking the core that builds and tests run on. One process
#    stops at the first finding with one reproducer. Try FUZZ_ARGS="-fork=2" on a bigger machine.
# Swift's runtime backtracer takes SIGILL/SIGSEGV first, and libFuzzer then leaves the signal
# to it: the process dies without libFuzzer saving the input. Off, so libFuzzer reports the
# trap as a crash and writes crash-<sha1>. (Rerun a reproducer without it for Swift's backtrace.)
export SWIFT_BACKTRACE=enable=no
before=$(find "$ARTIFACTS" -type f | wc -l)
echo "fuzz: running $RUNS inputs; findings go to $ARTIFACTS/, the log to $LOG"
start=$(date +%s)
status=0
# shellcheck disable=SC2086  # FUZZ_ARGS is a list of options
fuzz() {
    "$FUZZER" "$CORPUS" "$SEEDS" \
        -dict=Fuzz/spec.dict -timeout=10 -rss_limit_mb=4096 -runs="$RUNS" -print_final_stats=1 \
        -artifact_prefix="$ARTIFACTS/" ${FUZZ_ARGS:-}
}
if [ -n "${FUZZ_QUIET:-}" ]; then
    # CI: libFuzzer's progress lines go to the log only; its final stats, or the end of the log
    # after a finding, are printed.
    fuzz >"$LOG" 2>&1 || status=$?
    if [ "$status" -eq 0 ]; then grep '^stat::' "$LOG" || true; else tail -n 60 "$LOG"; fi
else
    fuzz 2>&1 | tee "$LOG" || status=$?
fi
elapsed=$(( $(date +%s) - start ))
after=$(find "$ARTIFACTS" -type f | wc -l)
echo "fuzz: finished in ${elapsed}s, exit status $status; corpus: $(find "$CORPUS" -type f | wc -l) inputs in $CORPUS"
if [ "$status" -ne 0 ] || [ "$after" -gt "$before" ]; then
    echo "fuzz: FINDING: reproducers in $ARTIFACTS/ (rerun one with: $FUZZER <file>)" >&2
    find "$ARTIFACTS" -type f -newer "$SEEDS" >&2 || true
    exit $(( status != 0 ? status : 1 ))
fi
echo "fuzz: no findings"
