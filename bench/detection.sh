#!/usr/bin/env bash
# One daily detection run at Hunan scale (136,000 weekly series of 260 weeks), every method on the latest week of
# every series; wall time and peak heap per method. Writes bench/results/detection.md. Target: the run < 60 s.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
mvn -q -o -pl zhijian-algorithms test-compile >/dev/null 2>&1 || mvn -q -pl zhijian-algorithms test-compile
java -Xmx2g -cp zhijian-algorithms/target/classes:zhijian-algorithms/target/test-classes \
  org.zhijian.algo.detection.bench.DetectionBench "$here/bench/results/detection.md" "${1:-136000}"
