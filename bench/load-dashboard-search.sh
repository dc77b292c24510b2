#!/usr/bin/env bash
# Load: 50 concurrent signed-in sessions for 60 s on the dashboard and on enterprise search over 1,000,000
# enterprises (wrk, from Debian's packages). Writes bench/results/load-dashboard-search.md.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
rows="${1:-1000000}"; duration="${2:-60s}"; port=18099
work="$here/bench/work/load"
export ZHIJIAN_DATA_DIR="$work/data"; unset ZHIJIAN_DB_URL || true
command -v wrk >/dev/null || { echo "需要 wrk：apt-get install -y wrk" >&2; exit 1; }
if [ "${REUSE:-0}" = 1 ] && [ -d "$work/data/pgdata" ]; then
  echo "reusing $work/data" >&2   # REUSE=1: same data set as the previous run, skip generation and import
else
  rm -rf "$work"; mkdir -p "$work"
  "$here/zhijian" generate enterprises --count "$rows" --seed 20261128 --out "$work/enterprises.csv" >/dev/null
  "$here/zhijian" import enterprises "$work/enterprises.csv" 2>/dev/null
  "$here/zhijian" users add bench --role PROVINCE_ADMIN --password 'Bench#2026-load' >/dev/null
fi
ZHIJIAN_PORT=$port "$here/zhijian" serve >"$work/serve.log" 2>&1 &
server=$!; trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null && break; sleep 1; done
: >"$work/sessions"
for i in $(seq 1 50); do
  jar="$work/cookie$i"; csrf=$(curl -s -c "$jar" "http://127.0.0.1:$port/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=bench" --data-urlencode "password=Bench#2026-load" \
    --data-urlencode "_csrf=$csrf" "http://127.0.0.1:$port/login"
  echo "JSESSIONID=$(awk '$6=="JSESSIONID"{print $7}' "$jar")" >>"$work/sessions"
done
echo "/" >"$work/dashboard-paths"
# search mix: 20 fragments × 6 region filters × pages 1–3, a third sorted by name (360 paths)
python3 - "$work" <<'PY'
import sys, urllib.parse
terms = "食品 湘江 电器 长沙 贸易 餐饮 芙蓉 岳麓 科技 烟花 宏源 恒瑞 嘉和 金宇 星辰 湖光 新远 佳优 润益 聚博".split()
regions = ["", "430100", "430102", "430600", "433100", "430104"]
with open(sys.argv[1] + "/search-paths", "w") as out:
    for i, (t, r, p) in enumerate((t, r, p) for t in terms for r in regions for p in (1, 2, 3)):
        sort = "&sort=name" if i % 3 == 0 else ""
        out.write(f"/api/v1/enterprises?q={urllib.parse.quote(t)}&region={r}&page={p}&size=20{sort}\n")
# first-time searches: 100 fragments not in the mix, each asked once by one user
brand = "鑫华盛达兴隆宏源泰恒瑞丰祥福康嘉和信诚德顺利金宇天海东南湘楚岳麓韶潇沅澧衡芙蓉星辰湖光明新远景创佳优美安润益聚博"
import random
rnd = random.Random(20261128)
seen = set(terms)
with open(sys.argv[1] + "/first-paths", "w") as out:
    while len(seen) < len(terms) + 100:
        t = rnd.choice(brand) + rnd.choice(brand)
        if t in seen: continue
        seen.add(t)
        out.write(f"/api/v1/enterprises?q={urllib.parse.quote(t)}&region={rnd.choice(regions)}&page=1&size=20\n")
PY
run() { SESSIONS_FILE="$work/sessions" PATHS_FILE="$2" wrk -t2 -c50 -d"$duration" --latency -s "$here/bench/sessions.lua" \
  "http://127.0.0.1:$port" | tee "$work/$1.txt" | grep RESULT; }
warm() { SESSIONS_FILE="$work/sessions" PATHS_FILE="$1" wrk -t2 -c50 -d15s -s "$here/bench/sessions.lua" \
  "http://127.0.0.1:$port" >/dev/null; }
warm "$work/dashboard-paths"; warm "$work/search-paths"   # JIT compilation and caches, not measured
dash=$(run dashboard "$work/dashboard-paths"); search=$(run search "$work/search-paths")
cookie=$(head -1 "$work/sessions")
first=$(while read -r path; do curl -s -o /dev/null -w "%{time_total}\n" -H "Cookie: $cookie" "http://127.0.0.1:$port$path"; done \
  <"$work/first-paths" | sort -n | awk '{t[NR]=$1*1000} END {printf "n=%d p50=%.0f p90=%.0f max=%.0f", NR, t[int(NR*0.5)], t[int(NR*0.9)], t[NR]}')
non2xx() { grep -o "Non-2xx or 3xx responses: [0-9]*" "$work/$1.txt" | grep -o "[0-9]*$" || echo 0; }
field() { echo "$1" | grep -o "$2=[0-9.]*" | cut -d= -f2; }
cat >"$here/bench/results/load-dashboard-search.md" <<MD
# Load: dashboard and enterprise search

Run $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) cores; $rows generated enterprises; wrk 2 threads, 50 connections,
each request on one of 50 signed-in sessions (form sign-in, session cookie), $duration per scenario after a
15-second unmeasured warm-up of each; server and wrk on the same machine.

| scenario | requests | req/s | errors (socket + non-2xx) | p50 ms | p99 ms |
|---|---:|---:|---:|---:|---:|
| dashboard page \`/\` (scoped counts) | $(field "$dash" requests) | $(field "$dash" rps) | $(( $(field "$dash" errors_socket) + $(non2xx dashboard) )) | $(field "$dash" p50_ms) | $(field "$dash" p99_ms) |
| search \`/api/v1/enterprises?q=…&region=…&page=…\` (360 paths: 20 fragments × 6 regions × 3 pages) | $(field "$search" requests) | $(field "$search" rps) | $(( $(field "$search" errors_socket) + $(non2xx search) )) | $(field "$search" p50_ms) | $(field "$search" p99_ms) |

First-time searches (one user, one request at a time, 100 two-character fragments not asked before, so
nothing comes from the 60-second cache of recent searches): $(field "$first" n) requests, p50 $(field "$first" p50) ms,
p90 $(field "$first" p90) ms, max $(field "$first" max) ms.

Text searches keep the ranked credit codes of their first 1,001 matches for 60 s and serve them 60 s longer
while one background query refreshes them (forgotten at once when this server changes or imports enterprises);
page rows are always read from the database.

Targets: 0 errors; p99 < 300 ms for search (issue 3) and for the dashboard (issue 16).
MD
cat "$here/bench/results/load-dashboard-search.md"
