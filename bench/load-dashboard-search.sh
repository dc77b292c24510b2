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
: >"$work/search-paths"
for q in 食品 湘江 电器 长沙 贸易 餐饮 芙蓉 岳麓 科技 烟花; do
  for region in "" 430100 430102 430600 433100; do
    echo "/api/v1/enterprises?q=$(python3 -c "import urllib.parse,sys;print(urllib.parse.quote(sys.argv[1]))" "$q")&region=$region&page=1&size=20" >>"$work/search-paths"
  done
done
run() { SESSIONS_FILE="$work/sessions" PATHS_FILE="$2" wrk -t2 -c50 -d"$duration" --latency -s "$here/bench/sessions.lua" \
  "http://127.0.0.1:$port" | tee "$work/$1.txt" | grep RESULT; }
dash=$(run dashboard "$work/dashboard-paths"); search=$(run search "$work/search-paths")
non2xx() { grep -o "Non-2xx or 3xx responses: [0-9]*" "$work/$1.txt" | grep -o "[0-9]*$" || echo 0; }
field() { echo "$1" | grep -o "$2=[0-9.]*" | cut -d= -f2; }
cat >"$here/bench/results/load-dashboard-search.md" <<MD
# Load: dashboard and enterprise search

Run $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) cores; $rows generated enterprises; wrk 2 threads, 50 connections,
each request on one of 50 signed-in sessions (form sign-in, session cookie), $duration per scenario; server and
wrk on the same machine.

| scenario | requests | req/s | errors (socket + non-2xx) | p50 ms | p99 ms |
|---|---:|---:|---:|---:|---:|
| dashboard page \`/\` (scoped counts) | $(field "$dash" requests) | $(field "$dash" rps) | $(( $(field "$dash" errors_socket) + $(non2xx dashboard) )) | $(field "$dash" p50_ms) | $(field "$dash" p99_ms) |
| search \`/api/v1/enterprises?q=…&region=…\` (50 query mixes) | $(field "$search" requests) | $(field "$search" rps) | $(( $(field "$search" errors_socket) + $(non2xx search) )) | $(field "$search" p50_ms) | $(field "$search" p99_ms) |

Target (issue 3): 0 errors, p99 < 300 ms for search.
MD
cat "$here/bench/results/load-dashboard-search.md"
