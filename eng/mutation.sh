#!/usr/bin/env bash
# Mutation testing (issue #14): runs Stryker.NET (the tool manifest's dotnet-stryker) on one package's test project
# and prints its mutation score. Too slow for CI, which does not run it.
#
#   eng/mutation.sh Core                 # mutates src/CrossBorder.Core with tests/CrossBorder.Core.Tests
#   eng/mutation.sh Fx --mutate '**/Fees/*.cs'   # extra arguments go to Stryker
#
# STRYKER_CONCURRENCY sets Stryker's test runners (default 1: the build machines are small and shared).
# Reports (JSON, HTML and Stryker's log) land in artifacts/mutation/PACKAGE/.
set -euo pipefail

package="${1:?usage: eng/mutation.sh PACKAGE [stryker options], PACKAGE one of Core, Fx, Tax, LandedCost, Forecasting, Replenishment, ...}"
shift
root="$(cd "$(dirname "$0")/.." && pwd)"
project="$root/src/CrossBorder.$package/CrossBorder.$package.csproj"
tests="$root/tests/CrossBorder.$package.Tests"
if [ ! -f "$project" ] || [ ! -d "$tests" ]; then
  echo "error: no package '$package': expected $project and $tests" >&2
  exit 1
fi

# The shared sources every package compiles from src/CrossBorder.Core (CsvTable, StrictJson, JsonDuplicates,
# RateTable, RobustStatistics: ADR 0006) are Core's code, tested and scored in Core; mutating them again in each
# package would count Core's tests as the package's gaps (in Fx they were 284 of 653 undetected mutants).
shared=()
if [ "$package" != Core ]; then
  shared=(--mutate '!**/CrossBorder.Core/**')
fi

out="$root/artifacts/mutation/$package"
rm -rf "$out"
mkdir -p "$out"
(cd "$root" && dotnet tool restore >/dev/null)

cd "$tests"
set +e
dotnet stryker --project "CrossBorder.$package.csproj" --output "$out" \
  --reporter json --reporter html --reporter progress \
  --concurrency "${STRYKER_CONCURRENCY:-1}" "${shared[@]}" "$@" 2>&1 | tee "$out/stryker.log"
status=${PIPESTATUS[0]}
set -e

report=$(find "$out" -name 'mutation-report.json' | head -n 1)
if [ -z "$report" ]; then
  echo "error: Stryker wrote no report (exit code $status); see $out/stryker.log" >&2
  exit 1
fi

# Stryker's score: detected (killed, timeout) over detected and undetected (survived, no coverage);
# mutants that do not compile or are ignored do not count.
python3 - "$report" "$package" <<'PY'
import collections, json, sys
report, package = sys.argv[1], sys.argv[2]
counts = collections.Counter(m["status"] for f in json.load(open(report, encoding="utf-8"))["files"].values() for m in f["mutants"])
detected = counts["Killed"] + counts["Timeout"]
undetected = counts["Survived"] + counts["NoCoverage"]
total = detected + undetected
score = 100.0 * detected / total if total else float("nan")
print(f"CrossBorder.{package}: mutation score {score:.2f}% ({detected} detected of {total}; " +
      ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + ")")
PY
exit "$status"
