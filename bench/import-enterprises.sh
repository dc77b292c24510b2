#!/usr/bin/env bash
# Benchmark: import of N generated enterprises (default 1,000,000) with the heap capped at 512 MiB,
# against PostgreSQL COPY of the same CSV into an equivalent table on the same server, in the same run.
# Writes bench/results/import-enterprises.md. Uses a fresh data directory under bench/work/.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
rows="${1:-1000000}"
work="$here/bench/work"
rm -rf "$work/data" && mkdir -p "$work"
export ZHIJIAN_DATA_DIR="$work/data"
unset ZHIJIAN_DB_URL || true
"$here/zhijian" generate enterprises --count "$rows" --seed 20261128 --out "$work/enterprises.csv"
ZHIJIAN_JAVA_OPTS="-Xmx512m" "$here/zhijian" bench import "$work/enterprises.csv" \
  --results "$here/bench/results/import-enterprises.md"
