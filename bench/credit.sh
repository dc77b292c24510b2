#!/usr/bin/env bash
# The monthly credit-risk classification at provincial scale (writes bench/results/credit.md): 1,000,000 enterprises
# (the registry of load-dashboard-search.sh / sampling.sh, reused when present) and 5,000,000 credit facts spread over
# them as the modules state them (samples passed and failed, penalty decisions with fines, upheld complaints, recalls,
# removed listings, injuries, interviews, accidents, list entries), dated over the last three years. Then
# `./zhijian credit classify --month M` under the Hunan default scheme with the heap capped at 1 GiB, twice (a first
# run and an idempotent re-run). Targets: each run under 60 s; the heap cap holds.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
facts="${1:-5000000}"; month="${2:-$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)}"
work="$here/bench/work/load"
export ZHIJIAN_DATA_DIR="$work/data"; unset ZHIJIAN_DB_URL || true
command -v psql >/dev/null || { echo "需要 psql：apt-get install -y postgresql-client" >&2; exit 1; }
if [ ! -d "$work/data/pgdata" ]; then
  mkdir -p "$work"
  "$here/zhijian" generate enterprises --count 1000000 --seed 20261128 --out "$work/enterprises.csv" >/dev/null
  "$here/zhijian" import enterprises "$work/enterprises.csv" 2>/dev/null
fi
"$here/zhijian" credit scheme list >/dev/null
# a server keeps PostgreSQL up for psql; the runs are the CLI's, in their own JVM, beside it
port=18099
ZHIJIAN_PORT=$port "$here/zhijian" serve >"$work/credit-serve.log" 2>&1 &
server=$!; trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null && break; sleep 1; done
export PGPASSWORD="$(cat "$work/data/db-password")"
pgport=$(sed -n 's/^port=//p' "$work/data/instance.properties")
sql() { psql -h 127.0.0.1 -p "$pgport" -U zhijian -d zhijian -qAt "$@"; }
enterprises=$(sql -c "select count(*) from enterprise where status = '存续'")
have=$(sql -c "select count(*) from credit_fact where source = 'bench'")
if [ "$have" -ne "$facts" ]; then
  sql <<SQL
delete from credit_fact where source = 'bench';
create temporary table bench_e as select row_number() over (order by uscc) rn, uscc from enterprise where status = '存续';
insert into credit_fact (source, reference, uscc, kind, day, until, authority, summary, amount, link)
select 'bench', 'B' || g, e.uscc, k.kind, current_date - (g * 7919 % 1095)::int,
       case when k.kind in ('ABNORMAL_LISTED', 'SERIOUS_LISTED') and g % 3 = 0 then current_date - (g % 200)::int end,
       '430102', k.kind || ' 基准', case when k.kind like 'PENALTY%' then 1000 * (g % 300) end, ''
from generate_series(1::bigint, $facts) g
join bench_e e on e.rn = 1 + (g * 104729 % $enterprises)
join lateral (select case
    when g % 100 < 40 then 'SAMPLE_PASSED' when g % 100 < 50 then 'SAMPLE_FAILED'
    when g % 100 < 72 then 'COMPLAINT_UPHELD' when g % 100 < 82 then 'PENALTY' when g % 100 < 84 then 'PENALTY_SEVERE'
    when g % 100 < 89 then 'LISTING_REMOVED' when g % 100 < 93 then 'PRODUCT_INJURY' when g % 100 < 95 then 'INTERVIEW'
    when g % 100 < 97 then 'RECALL' when g % 100 < 98 then 'ACCIDENT' when g % 100 < 99 then 'ABNORMAL_LISTED'
    else 'SERIOUS_LISTED' end as kind) k on true;
analyze credit_fact;
SQL
fi
stored=$(sql -c "select count(*) from credit_fact")
# a clean first run: no classes, runs or changes of earlier benchmark runs
sql -c "delete from credit_class_change; delete from credit_class; delete from credit_run"
sql -c "vacuum analyze credit_class"
run() {
  local log="$work/credit-$1.log"
  ZHIJIAN_JAVA_OPTS="-Xmx1g -XX:+UseParallelGC" /usr/bin/time -f '%M' -o "$work/credit-$1.rss" \
    "$here/zhijian" credit classify --month "$month" > "$log" 2>&1
  sql -c "select round(extract(epoch from finished_at - started_at)::numeric, 1) from credit_run
          where month = date '$month-01' and scheme_version = 'hunan-2026.1'"
}
first=$(run first); again=$(run again)
# the class-weighted draw against the same plan unweighted: every category the registry makes, 100 per prefecture
"$here/zhijian" users add bench --role PROVINCE_ADMIN --password 'Bench#2026-load' >/dev/null 2>&1 || true
for i in 1 2 3 4 5 6; do
  "$here/zhijian" users add "bench-insp$i" --role INSPECTOR --password 'Bench#2026-load' >/dev/null 2>&1 || true
done
api="http://127.0.0.1:$port"
token=$(curl -fs -X POST -H 'Content-Type: application/json' -d '{"username":"bench","password":"Bench#2026-load"}' \
  "$api/api/v1/auth/token" | python3 -c 'import sys,json;print(json.load(sys.stdin)["token"])')
cats=$(sql -c "select string_agg(distinct '\"' || c || '\"', ',') from (select unnest(category_codes) c from enterprise limit 200000) x")
targets=$(sql -c "select string_agg('\"' || code || '\":100', ',') from region where level = 'prefecture'")
stats() { sort -n | awk '{v[NR]=$1} END {printf "%.1f %.1f", v[int((NR+1)/2)], v[int(NR*0.9)]}'; }
timed() { # plan ratios → "median p90 pool"
  local plan out ms times="" pool=0
  plan=$(curl -fs -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$api/api/v1/sampling/plans" \
    -d "{\"year\":$(date +%Y),\"batch\":\"信用压测 $1 $(date +%s%N)\",\"title\":\"全省双随机压测\",\"level\":\"PROVINCE\",
         \"organizerRegion\":\"430000\",\"institution\":\"压测\",\"categories\":[$cats],\"targets\":{$targets},
         \"classRatios\":\"$2\"}" | python3 -c 'import sys,json;print(json.load(sys.stdin)["id"])')
  for seed in 1 2 3 4 5 6 7 8; do
    out=$(curl -fs -X POST -w '\n%{time_total}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      "$api/api/v1/sampling/plans/$plan/draws" -d "{\"seed\":\"$seed\"}")
    pool=$(echo "$out" | head -1 | python3 -c 'import sys,json;print(json.load(sys.stdin)["poolSize"])')
    ms=$(echo "$out" | tail -1 | awk '{print $1*1000}')
    [ "$seed" = 1 ] || times="$times $ms"
  done
  echo "$(echo $times | tr ' ' '\n' | stats) $pool"
}
plain=$(timed plain ""); weighted=$(timed weighted "A=3,B=10,C=30,D=80")
rss1=$(( $(cat "$work/credit-first.rss") / 1024 )); rss2=$(( $(cat "$work/credit-again.rss") / 1024 ))
classes=$(sql -F ' ' -c "select credit_class, count(*) from credit_class where month = date '$month-01'
          and scheme_version = 'hunan-2026.1' group by 1 order by 1" | awk '{printf "%s %s · ", $1, $2}')
cat > "$here/bench/results/credit.md" <<MD
# Credit: the monthly credit-risk classification

Run $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) cores, embedded PostgreSQL 17, heap capped at 1 GiB (\`-Xmx1g\`).
$enterprises operating enterprises, $stored credit facts ($facts synthetic, dated over the last three years, about
five per enterprise), Hunan default scheme hunan-2026.1 (13 indicators, 3 hard rules), month $month.

| run | wall s (credit_run started → finished) | enterprises per s | process max RSS MiB |
|---|---:|---:|---:|
| first run of the month | $first | $(python3 -c "print(round($enterprises / $first))") | $rss1 |
| re-run (idempotent: a new pass overwrites every row, the old pass dropped) | $again | $(python3 -c "print(round($enterprises / $again))") | $rss2 |

Classes: ${classes% · }.

| double-random draw, 1,400 targets (100 per prefecture), 2 inspectors each, HTTP, 7 runs after 1 warm-up | median ms | p90 ms |
|---|---:|---:|
| unweighted, pool of $(echo $plain | cut -d' ' -f3) enterprises | $(echo $plain | cut -d' ' -f1) | $(echo $plain | cut -d' ' -f2) |
| weighted by class (A=3,B=10,C=30,D=80), same pool | $(echo $weighted | cut -d' ' -f1) | $(echo $weighted | cut -d' ' -f2) |

The wall time covers the whole run as scheduled: re-reading the sources marked changed, reading the registry and the
facts in slices of 5,000 enterprises in credit-code order, scoring, storing each slice's classes and score sheets
with the run's progress in one transaction, dropping the previous pass, and recording the changes against the
month before. Target: under 60 s with a heap of at most 1 GiB (the JVM ran with \`-Xmx1g\`; RSS includes the JVM
itself). The weighted draw reads the month's classes outside the most common one
once per month and run (the warm-up draw pays it) and weighs each pool member on its code's bytes; target: under
2 s.
MD
cat "$here/bench/results/credit.md"
