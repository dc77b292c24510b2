#!/usr/bin/env bash
# The daily detection run at Hunan scale with database reads: synthetic weekly counts for every county × 200
# categories × every source × 260 weeks in the series store, then every method on the latest week and one full
# scheduled run (signals stored, warnings raised). Writes bench/results/risk-run.md. Target: the run < 60 s.
# Farrington and Farrington Flexible use b=4 years (260 weeks hold too few for R's default b=5), as in detection.sh.
# Uses a fresh data directory under bench/work/.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$here/bench/work/risk"
rm -rf "$work" && mkdir -p "$work"
export ZHIJIAN_DATA_DIR="$work/data"
unset ZHIJIAN_DB_URL || true
ZHIJIAN_JAVA_OPTS="-Xmx2g -Dzhijian.risk.params[farrington].b=4 -Dzhijian.risk.params[farringtonFlexible].b=4" "$here/zhijian" detect bench --results "$here/bench/results/risk-run.md" --week "${1:-2026-W47}"
