#!/usr/bin/env bash
# Sampling benchmarks, one run, same server (writes bench/results/sampling.md):
#  1. GET /api/v1/sampling/pass-rates over >= 2,000,000 item results (default) against the plain aggregate SQL over the
#     same table (psql, same filters, both years, grouped by year and prefecture); target <= 1.5x.
#  2. A double-random draw (POST /api/v1/sampling/plans/{id}/draws) from a pool of about 1,000,000 enterprises; target < 2 s.
# Reuses the 1,000,000-enterprise data of load-dashboard-search.sh when present (REUSE=1), else builds it.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
results="${1:-2000000}"; port=18098
work="$here/bench/work/load"
export ZHIJIAN_DATA_DIR="$work/data"; unset ZHIJIAN_DB_URL || true
command -v psql >/dev/null || { echo "需要 psql：apt-get install -y postgresql-client" >&2; exit 1; }
if [ ! -d "$work/data/pgdata" ]; then
  mkdir -p "$work"
  "$here/zhijian" generate enterprises --count 1000000 --seed 20261128 --out "$work/enterprises.csv" >/dev/null
  "$here/zhijian" import enterprises "$work/enterprises.csv" 2>/dev/null
fi
"$here/zhijian" users add bench --role PROVINCE_ADMIN --password 'Bench#2026-load' >/dev/null 2>&1 || true
ZHIJIAN_PORT=$port "$here/zhijian" serve >"$work/sampling-serve.log" 2>&1 &
server=$!; trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null && break; sleep 1; done
api="http://127.0.0.1:$port"
token=$(curl -fs -X POST -H 'Content-Type: application/json' -d '{"username":"bench","password":"Bench#2026-load"}' \
  "$api/api/v1/auth/token" | python3 -c 'import sys,json;print(json.load(sys.stdin)["token"])')
export PGPASSWORD="$(cat "$work/data/db-password")"
pgport=$(sed -n 's/^port=//p' "$work/data/instance.properties")
sql() { psql -h 127.0.0.1 -p "$pgport" -U zhijian -d zhijian -qAt "$@"; }
year=$(date +%Y)

# templates, inspectors and the year's plan through the application; then bulk rows for the load
"$here/zhijian" generate sampling --samples 1000 --year "$year" --out "$work/sampling" >/dev/null
"$here/zhijian" import samples "$work/sampling/samples.csv" >/dev/null 2>&1 || true
"$here/zhijian" import results "$work/sampling/results.csv" >/dev/null 2>&1 || true
plan=$(sql -c "select id from sampling_plan where year = $year and batch = '年度监督抽查'")
have=$(sql -c "select count(*) from sampling_result")
if [ "$have" -lt "$results" ]; then
  per=$(sql -c "select count(*)::numeric / count(distinct category_code) from sampling_plan_item where plan_id = $plan")
  need=$(python3 -c "import math;print(math.ceil(($results - $have) / $per * 1.02))")
  sql <<SQL
create temporary table bench_e as select row_number() over (order by uscc) rn, uscc, county_code, prefecture_code, industry_code
  from enterprise;
create temporary table bench_c as select row_number() over (order by category_code) - 1 i, category_code
  from sampling_plan_category where plan_id = $plan;
insert into sampling_record (sample_no, plan_id, enterprise_uscc, county_code, prefecture_code, category_code, sample_name,
    quantity, place_type, manufacturer_name, inspectors, sampled_on, created_by, verdict, verdict_round, industry_code)
select 'BENCH-' || g, $plan, e.uscc, e.county_code, e.prefecture_code, c.category_code, '压测样品', '2 件', 'CIRCULATION',
    '压测生产者', array['inspector1','inspector2'], make_date($year - 1, 1, 1) + (g % 600),
    'bench', case when random() < 0.03 + (e.prefecture_code = '430200')::int * 0.05 then 'NONCONFORMING' else 'CONFORMING' end,
    1, e.industry_code
from generate_series(1, $need) g
join bench_e e on e.rn = 1 + (g::bigint * 7919) % (select count(*) from bench_e)
join bench_c c on c.i = g % (select count(*) from bench_c);
insert into sampling_result (record_id, plan_item_id, round, measured, verdict, reason, entered_by)
select r.id, pi.id, 1, '0.1', case when r.verdict = 'NONCONFORMING' and pi.item_class = 'A' then 'FAIL' else 'PASS' end, '', 'bench'
from sampling_record r join sampling_plan_item pi on pi.plan_id = r.plan_id and pi.category_code = r.category_code
where r.sample_no like 'BENCH-%' and not exists (select 1 from sampling_result x where x.record_id = r.id);
analyze sampling_record; analyze sampling_result;
SQL
fi
items=$(sql -c "select count(*) from sampling_result"); records=$(sql -c "select count(*) from sampling_record")

stats() { sort -n | awk '{v[NR]=$1} END {printf "%.1f %.1f", v[int((NR+1)/2)], v[int(NR*0.9)]}'; }
url="$api/api/v1/sampling/pass-rates?by=region&year=$year"
for _ in 1 2 3 4 5; do curl -fs -o /dev/null -H "Authorization: Bearer $token" "$url"; done
endpoint=$(for _ in $(seq 1 30); do curl -fs -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$url"; done \
  | awk '{print $1*1000}' | stats)
query="select extract(year from sampled_on)::int, prefecture_code, count(*) filter (where verdict = 'CONFORMING'), count(*)
  from sampling_record where verdict in ('CONFORMING','NONCONFORMING') and sampled_on >= '$((year - 1))-01-01'
  and sampled_on < '$((year + 1))-01-01' group by 1, 2"
plain=$( (echo '\timing on'; for _ in $(seq 1 35); do echo "$query;"; done) | sql 2>&1 | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' \
  | tail -30 | stats)

# the draw: every category the generated registry makes, 100 targets per prefecture
cats=$(sql -c "select string_agg('\"' || code || '\"', ',') from product_category where code in ('FOOD','FOOD-GRAIN','FOOD-HEALTH',
  'FOOD-SCHOOL','FOOD-CATER','AGRI-MEAT','AGRI-AQUA','AGRI-VEG','CON','CON-APP-CLOTH','CON-APP-SHOE','CON-CHILD-TOY','CON-CHILD-SHOE',
  'CON-FW','EXP-FW','CON-EE-KITCHEN','CON-EE-WEAR','CON-EE-AV','CON-EE-LOCK','CON-EBIKE-BIKE','CON-EBIKE-HELMET','CON-EBIKE-CHG',
  'IND-STEEL-REBAR','IND-CEMENT','IND-HOME-GBM','EXP-CERAMIC','IND-CABLE','IND-INST-PG','IND-INST-FLOW','IND-HOME-FURN',
  'CON-CHILD-FURN','DRUG-ESS','DRUG-TCM','FOOD-IMPORT','COS')")
targets=$(sql -c "select string_agg('\"' || code || '\":100', ',') from region where level = 'prefecture'")
drawplan=$(curl -fs -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$api/api/v1/sampling/plans" \
  -d "{\"year\":$year,\"batch\":\"压测 $(date +%s)\",\"title\":\"全省双随机压测\",\"level\":\"PROVINCE\",\"organizerRegion\":\"430000\",
       \"institution\":\"压测\",\"categories\":[$cats],\"targets\":{$targets}}" | python3 -c 'import sys,json;print(json.load(sys.stdin)["id"])')
draws=""; pool=0
for seed in 1 2 3 4 5 6 7 8; do
  out=$(curl -fs -X POST -w '\n%{time_total}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    "$api/api/v1/sampling/plans/$drawplan/draws" -d "{\"seed\":\"$seed\"}")
  pool=$(echo "$out" | head -1 | python3 -c 'import sys,json;print(json.load(sys.stdin)["poolSize"])')
  ms=$(echo "$out" | tail -1 | awk '{print $1*1000}')
  if [ "$seed" = 1 ]; then first=$ms; else draws="$draws $ms"; fi
done
draw=$(echo $draws | tr ' ' '\n' | stats)
ratio=$(python3 -c "print(f'{${endpoint%% *} / ${plain%% *}:.2f}')")
cat >"$here/bench/results/sampling.md" <<MD
# Sampling: pass-rate statistics and the double-random draw

Run $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) cores, one server; $records sampling records with $items item results;
$(sql -c "select count(*) from enterprise") enterprises.

| measurement | median ms | p90 ms |
|---|---:|---:|
| \`GET /api/v1/sampling/pass-rates?by=region&year=$year\` (HTTP, signed in; rates, Wilson intervals, year-on-year, chi-square) | ${endpoint%% *} | ${endpoint##* } |
| plain aggregate SQL over the same table (psql, same filters and years, grouped by year and prefecture) | ${plain%% *} | ${plain##* } |
| double-random draw, pool of $pool enterprises, 1,400 targets, 2 inspectors each (HTTP, 7 runs after 1 warm-up) | ${draw%% *} | ${draw##* } |
| the first of those draws after the server started (its start-up dry run done; one run) | $first | |

Endpoint / plain SQL: **${ratio}×** (target ≤ 1.5×). Draw target: < 2,000 ms.
MD
cat "$here/bench/results/sampling.md"
