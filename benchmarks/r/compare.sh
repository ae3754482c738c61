#!/usr/bin/env bash
# R side by side for a forecasting catalogue (issue #11): R's ets, thetaf, stlf, croston and a plain-R TSB against
# `crossborder forecast --method auto`, MASE, RMSSE and wall time per group. Run by hand, not by CI.
#
#   benchmarks/r/compare.sh DATA_DIR [OUT_DIR]
#
# Needs R with the forecast package (Debian: apt-get install r-base-core r-cran-forecast) and the .NET SDK.
# Writes r_forecasts.csv, r_scores_summary.csv and the "R side by side" section of README.md into OUT_DIR
# (default DATA_DIR). See compare.R for the methods.
set -euo pipefail
if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: $0 DATA_DIR [OUT_DIR]" >&2
  exit 2
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
if ! command -v Rscript >/dev/null; then
  echo "error: Rscript is not installed (Debian: apt-get install r-base-core r-cran-forecast)." >&2
  exit 2
fi
if ! Rscript -e 'quit(status = !requireNamespace("forecast", quietly = TRUE))' >/dev/null 2>&1; then
  echo "error: R's forecast package is not installed (Debian: apt-get install r-cran-forecast)." >&2
  exit 2
fi
for f in train.csv test.csv meta.csv; do
  if [[ ! -f "$1/$f" ]]; then
    echo "error: $1 has no $f; expected a catalogue folder (train.csv, test.csv, meta.csv)." >&2
    exit 2
  fi
done
dotnet build "$repo/src/CrossBorder.Cli" -c Release --nologo -v quiet >/dev/null
exec Rscript "$here/compare.R" "$1" "$repo" "${2:-$1}"
