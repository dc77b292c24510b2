#!/usr/bin/env bash
# Benchmark: a file of N complaints (default 50,000) imported through the record-kind engine — checks, staging,
# merge, then linking to the registry and keyword classification — by the current jar, against a baseline jar
# (BASELINE_JAR, e.g. one built from the commit before the record kinds) in the same run, each on a fresh data
# directory with the heap capped at 512 MiB. Writes bench/results/import-records.md.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
rows="${1:-50000}"
baseline="${BASELINE_JAR:?set BASELINE_JAR to the jar to compare with}"
current="$here/zhijian-app/target/zhijian.jar"
work="$here/bench/work/records"
rm -rf "$work" && mkdir -p "$work"
unset ZHIJIAN_DB_URL || true
file="$work/complaints.csv"
{
  echo "complaint_no,channel,received_at,respondent_name,county_code,product,description"
  for ((i = 0; i < rows; i++)); do
    echo "B-$i,网络,2026-05-08 09:30,长沙测试$((i % 997))号电器店,430102,电热水壶,使用一周后底座漏电并冒烟"
  done
} > "$file"
run() { # jar dir -> seconds of the import command (start-up excluded: a first command warms the data directory)
  ZHIJIAN_DATA_DIR="$2" java -Xmx512m -jar "$1" users list > /dev/null 2>&1 || true
  local start end
  start=$(date +%s.%N)
  ZHIJIAN_DATA_DIR="$2" java -Xmx512m -jar "$1" import complaints "$file" > "$2.log" 2>&1
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
b=$(run "$baseline" "$work/baseline")
c=$(run "$current" "$work/current")
ratio=$(printf "%.2f" "$(echo "scale=4; $c / $b" | bc)")
b=$(printf "%.2f" "$b"); c=$(printf "%.2f" "$c")
cat > "$here/bench/results/import-records.md" <<MD
# Import of $rows complaints: record-kind engine against the baseline jar

Measured $(date -u +%Y-%m-%d) on $(nproc) cores, one run, each jar on a fresh data directory, -Xmx512m; the time is
the \`import complaints\` command end to end (JVM start, checks, staging, merge, linking, classification).

| jar | seconds | ratio |
|---|---|---|
| baseline ($(basename "$baseline")) | $b | 1.00 |
| current | $c | $ratio |
MD
cat "$here/bench/results/import-records.md"
