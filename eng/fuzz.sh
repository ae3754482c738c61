#!/usr/bin/env bash
# Fuzzing (issue #14): runs afl-fuzz on one parser or reader of the suite through SharpFuzz.
#
#   eng/fuzz.sh list                  # the targets, the API each calls and the exceptions it documents
#   eng/fuzz.sh money 600             # fuzz Money.Parse for 600 seconds with fuzz/corpora/money/
#   eng/fuzz.sh all 180               # every target, 180 seconds each, one after the other
#   eng/fuzz.sh replay money FILE...  # run inputs once, in-process, without AFL (a crash's stack trace; the build
#                                     # that is not instrumented, since instrumented code writes to afl-fuzz's memory)
#
# Builds fuzz/CrossBorder.Fuzz (Release) into artifacts/fuzz/publish, copies it to artifacts/fuzz/bin and instruments
# the CrossBorder assemblies there with the tool manifest's sharpfuzz (only when they changed; FUZZ_NO_BUILD=1 skips
# the build). Findings land in artifacts/fuzz/TARGET/ (afl-fuzz's output: default/crashes, default/hangs,
# default/fuzzer_stats, and afl.log); the last lines printed are executions and unique crashes and hangs.
#
# FUZZ_EXECS=1000000 also stops a target after about that many executions (afl-fuzz -E), whichever comes first.
#
# One afl-fuzz process, so one core. Guards: a hang is an input that runs longer than FUZZ_TIMEOUT_MS (afl-fuzz -t,
# default 2000 ms); memory is capped by the runtime, not by afl-fuzz's -m (the runtime reserves far more address space
# than it uses, so -m none): DOTNET_GCHeapHardLimit (default 512 MiB) turns a runaway allocation into an
# OutOfMemoryException, which the target does not catch, so afl-fuzz records a crash; inputs over 64 KiB are skipped
# by the target (FuzzTarget.MaxInputBytes). SharpFuzz runs in persistent mode (Fuzzer.Run): a hang or a stack overflow
# ends the whole campaign, and the input that did it is kept as artifacts/fuzz/TARGET/aborted-input.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
publish="$root/artifacts/fuzz/publish"
bin="$root/artifacts/fuzz/bin"
dll="$bin/CrossBorder.Fuzz.dll"

usage() {
  echo "usage: eng/fuzz.sh list | TARGET SECONDS | all SECONDS | replay TARGET FILE..." >&2
  exit 2
}

build() {
  if [ "${FUZZ_NO_BUILD:-}" = 1 ] && [ -f "$dll" ]; then
    return
  fi

  (cd "$root" && dotnet tool restore >/dev/null)
  dotnet publish "$root/fuzz/CrossBorder.Fuzz/CrossBorder.Fuzz.csproj" -c Release -o "$publish" --nologo -v quiet >&2
  local stamp
  stamp=$(cd "$publish" && sha256sum CrossBorder.*.dll | sha256sum | cut -c1-16)
  if [ -f "$bin/.stamp" ] && [ "$(cat "$bin/.stamp")" = "$stamp" ]; then
    return
  fi

  rm -rf "$bin"
  cp -r "$publish" "$bin"
  for assembly in "$bin"/CrossBorder.*.dll; do
    [ "$(basename "$assembly")" = CrossBorder.Fuzz.dll ] && continue
    echo "instrumenting $(basename "$assembly")" >&2
    (cd "$root" && dotnet sharpfuzz "$assembly" >/dev/null)
  done
  echo "$stamp" > "$bin/.stamp"
}

targets() {
  dotnet "$dll" list | cut -d' ' -f1
}

stat() {
  sed -n "s/^$1 *: *//p" "$2" | head -n 1
}

fuzz() {
  local target="$1" seconds="$2"
  local corpus="$root/fuzz/corpora/$target" out="$root/artifacts/fuzz/$target"
  if [ ! -d "$corpus" ]; then
    echo "error: no corpus $corpus; 'eng/fuzz.sh list' names the targets." >&2
    return 1
  fi

  rm -rf "$out"
  mkdir -p "$out"
  local limit=()
  if [ -n "${FUZZ_EXECS:-}" ]; then
    limit=(-E "$FUZZ_EXECS")
  fi

  set +e
  AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_FORKSRV_INIT_TMOUT=60000 \
  DOTNET_GCHeapHardLimit="${FUZZ_HEAP_LIMIT:-0x20000000}" DOTNET_gcServer=0 DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    afl-fuzz -i "$corpus" -o "$out" -t "${FUZZ_TIMEOUT_MS:-2000}" -m none -V "$seconds" "${limit[@]}" -- dotnet "$dll" "$target" > "$out/afl.log" 2>&1
  local status=$?
  set -e

  local stats="$out/default/fuzzer_stats"
  if [ ! -f "$stats" ]; then
    echo "error: afl-fuzz wrote no statistics for $target (exit code $status); see $out/afl.log" >&2
    tail -n 5 "$out/afl.log" >&2
    return 1
  fi

  local aborted=""
  if [ "$status" -ne 0 ]; then
    cp "$out/default/.cur_input" "$out/aborted-input" 2>/dev/null || true
    aborted=" ABORTED (exit $status: a hang or an uncatchable exception; input in $out/aborted-input)"
  fi

  local crashes hangs
  crashes=$(stat saved_crashes "$stats")
  hangs=$(stat saved_hangs "$stats")
  printf '%-22s %8s s %12s executions %8s/s %4s crashes %4s hangs %5s paths%s\n' "$target" \
    "$(stat run_time "$stats")" "$(stat execs_done "$stats")" "$(stat execs_per_sec "$stats")" \
    "${crashes:-$(stat unique_crashes "$stats")}" "${hangs:-$(stat unique_hangs "$stats")}" "$(stat corpus_count "$stats")" "$aborted"
}

case "${1:-}" in
  list)
    build
    dotnet "$dll" list
    ;;
  replay)
    [ $# -ge 3 ] || usage
    build
    dotnet "$publish/CrossBorder.Fuzz.dll" "$2" --replay "${@:3}"
    ;;
  all)
    [ $# -eq 2 ] || usage
    build
    status=0
    for target in $(targets); do
      fuzz "$target" "$2" || status=1
    done
    exit $status
    ;;
  "")
    usage
    ;;
  *)
    [ $# -eq 2 ] || usage
    build
    fuzz "$1" "$2"
    ;;
esac
