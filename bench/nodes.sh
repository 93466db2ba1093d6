#!/usr/bin/env bash
# Two nodes on one PostgreSQL, measured from outside (issue 17): starts a throwaway PostgreSQL
# (bench/throwaway-postgres.sh; fsync on), two nodes of the shipped jar on it (each its own
# --data and port, one --store), and prints, each beside its target:
#   - commands/s, p50 and p99 with 64 connections on one node alone, then 32 on each node at
#     once (two wrk at the same time) on the same products, then on a half of the products each
#     (no product written by both nodes, so no cached product goes stale), in the same run;
#   - node-to-node lag: a command answered by one node until the other node's stock read model
#     answers with it (bench/NodeLag.java, a client in its own JVM), p50/p99 over --samples
#     samples, on a quiet log and under the 64-connection load.
# A benchmark, not a test: exit 0 whatever the figures, 2 only when it could not run.
#
#   ./jdk25 ./mvnw -B -ntp -q -DskipTests package && bench/nodes.sh
#   bench/nodes.sh --quick        # about a minute and a half
#
# Options: --seconds S (default 20: seconds of each measured load; a warm-up of the same length
# comes first), --samples N (1000: lag samples in each of the two lag runs), --lag-seconds S
# (120: each lag run stops there even short of its samples, and says how many it took),
# --jar PATH, --keep (keep the data folders and logs).
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
LUA="$ROOT/bench/receive-stock.lua"
JAR="$ROOT/app-server/target/tally.jar"
SECONDS_EACH=20 SAMPLES=1000 LAG_SECONDS=120 KEEP=0 PRODUCTS=200 BINS=20
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) SECONDS_EACH=10 ;;
    --seconds) SECONDS_EACH=$2; shift ;;
    --samples) SAMPLES=$2; shift ;;
    --lag-seconds) LAG_SECONDS=$2; shift ;;
    --jar) JAR=$2; shift ;;
    --keep) KEEP=1 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "nodes.sh: unknown option $1 (--help lists them)" >&2; exit 2 ;;
  esac
  shift
done

# shellcheck source=bench/two-nodes.sh
. "$ROOT/bench/two-nodes.sh"

# --- what it needs -------------------------------------------------------------------------
if ! command -v wrk >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing wrk (apt-get install -y wrk)"
  apt-get update -qq >/dev/null 2>&1; apt-get install -y -qq wrk >/dev/null 2>&1
fi
command -v wrk >/dev/null || fail "needs wrk, the load generator: sudo apt-get install wrk
  (Debian, Ubuntu), brew install wrk, or build it from https://github.com/wg/wrk"

# --- the database and the nodes -----------------------------------------------------------
seed() { # the products wrk receives into, registered on node A, 16 requests at a time
  local i
  for i in $(seq -f %03g "$PRODUCTS"); do
    printf 'url = "%s/api/commands/register-product"\ndata = "{\\"sku\\":\\"PERF-%s\\",\\"name\\":\\"Bench product %s\\"}"\nheader = "Content-Type: application/json"\nheader = "Authorization: Bearer %s"\noutput = "/dev/null"\nwrite-out = "%%{http_code}\\n"\nnext\n' \
      "$URL_A" "$i" "$i" "$TOKEN"
  done | sed '$d' >"$WORK/register.curl"
  [ "$(curl -s -Z --parallel-max 16 -K "$WORK/register.curl" 2>/dev/null | grep -c '^200$')" = "$PRODUCTS" ] \
    || fail "registering the products was refused"
  post "$URL_A" /api/commands/register-product '{"sku":"LAG-1","name":"Lag probe"}' >/dev/null
}

# load NAME SECONDS CONNECTIONS BASE [PRODUCTS FIRST]: one wrk in the background, its output in
# $WORK/wrk-NAME; it receives into PRODUCTS products from PERF-FIRST (all of them unless given).
load() {
  wrk -t1 -c"$3" -d"$2s" --timeout 10s --latency -s "$LUA" -H "Authorization: Bearer $TOKEN" \
    "$4/api/commands/receive-stock" -- "$1-$(date +%s%N)" "${5:-$PRODUCTS}" "$BINS" "${6:-1}" \
    >"$WORK/wrk-$1.txt" 2>&1 &
  LOAD_PIDS+=($!)
}
await_load() {
  local p
  for p in "${LOAD_PIDS[@]}"; do wait "$p" || fail "wrk failed: $(cat "$WORK"/wrk-*.txt | tail -3)"; done
  LOAD_PIDS=()
}
# figures NAME: "answers/s p50-ms p99-ms not-2xx" from a wrk output
figures() {
  awk 'function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0;
                        if (v ~ /m$/) return v * 60000; return v * 1000 }
    /Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
    /Non-2xx/ { bad += $5 } /Socket errors/ { gsub(/,/, ""); bad += $4 + $6 + $8 + $10 }
    END { printf "%.0f %.1f %.1f %d\n", rps, p50, p99, bad }' "$WORK/wrk-$1.txt"
}
lag() { # samples: "p50 p99 max samples failed"
  "$JAVA" "$ROOT/bench/NodeLag.java" "$URL_A" "$URL_B" "$TOKEN" "$1" LAG-1 "$LAG_SECONDS" \
    2>"$WORK/lag.err" || fail "the lag client failed: $(tail -3 "$WORK/lag.err")"
}
verdict() { if awk "BEGIN { exit !($1) }"; then echo PASS; else echo FAIL; fi; }
thousands() { sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }

# --- the run --------------------------------------------------------------------------------
echo "Tally two-node benchmark: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load$(uptime | sed 's/.*load average//')"
echo "jar: $JAR (built $(date -u -r "$JAR" '+%Y-%m-%d %H:%M UTC')), $("$JAVA" -version 2>&1 | head -1)"
pg_start "$WORK/pg"
echo "PostgreSQL: $("$PG_BIN/postgres" --version), port $PG_PORT, fsync on, synchronous_commit on"
start_node A
start_node B
post "$URL_A" /api/setup '{"username":"bench","password":"bench-password-1"}' >/dev/null
TOKEN=$(post "$URL_A" /api/sessions '{"username":"bench","password":"bench-password-1"}' \
  | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || fail "could not sign in"
seed
echo "nodes A $URL_A and B $URL_B; $PRODUCTS products in $BINS bins; ${SECONDS_EACH} s per load"

echo "warming up: ${SECONDS_EACH} s of 32 connections on each node, not measured"
load warm-a "$SECONDS_EACH" 32 "$URL_A"; load warm-b "$SECONDS_EACH" 32 "$URL_B"; await_load
echo "one node alone: 64 connections on A"
load one "$SECONDS_EACH" 64 "$URL_A"; await_load
echo "  answers/s p50 p99 (ms) not-2xx: $(figures one)"
echo "two nodes: 32 connections on each at once"
load two-a "$SECONDS_EACH" 32 "$URL_A"; load two-b "$SECONDS_EACH" 32 "$URL_B"; await_load
echo "  A: $(figures two-a); B: $(figures two-b)"
HALF=$(( PRODUCTS / 2 ))
echo "two nodes, each on its own half of the products: 32 connections on each at once"
load half-a "$SECONDS_EACH" 32 "$URL_A" "$HALF" 1
load half-b "$SECONDS_EACH" 32 "$URL_B" "$HALF" $(( HALF + 1 )); await_load
echo "  A: $(figures half-a); B: $(figures half-b)"
echo "lag, quiet log: $SAMPLES samples"
read -r QP50 QP99 QMAX QN QFAILED <<<"$(lag "$SAMPLES")"
echo "  p50 p99 max (ms) samples failed: $QP50 $QP99 $QMAX $QN $QFAILED"
echo "lag under load: $SAMPLES samples while 32 connections write on each node"
load lagload-a 3600 32 "$URL_A"; load lagload-b 3600 32 "$URL_B"
read -r LP50 LP99 LMAX LN LFAILED <<<"$(lag "$SAMPLES")"
echo "  p50 p99 max (ms) samples failed: $LP50 $LP99 $LMAX $LN $LFAILED"
for p in "${LOAD_PIDS[@]}"; do kill -INT "$p" 2>/dev/null; done; LOAD_PIDS=()
LOAD_AFTER=$(uptime | sed 's/.*load average: //')

read -r ONE ONE50 ONE99 ONEBAD <<<"$(figures one)"
read -r TA TA50 TA99 TABAD <<<"$(figures two-a)"
read -r TB TB50 TB99 TBBAD <<<"$(figures two-b)"
read -r HA HA50 HA99 HABAD <<<"$(figures half-a)"
read -r HB HB50 HB99 HBBAD <<<"$(figures half-b)"
TWO=$(( TA + TB ))
bad() { [ "$1" -gt 0 ] && echo ", but $1 answers were not 2xx or failed"; }
short() { [ "$1" -lt "$SAMPLES" ] && echo ", but only $1 samples within ${LAG_SECONDS} s"; }
echo
echo "| figure | value | target | |"
echo "| --- | --- | --- | --- |"
echo "| commands/s, one node, 64 connections | $(echo "$ONE" | thousands)/s, p50 $ONE50 ms, p99 $ONE99 ms | (the same run's single node, for comparison) | $(bad "$ONEBAD") |"
echo "| commands/s, two nodes, 32 connections on each | $(echo "$TWO" | thousands)/s (A $(echo "$TA" | thousands), B $(echo "$TB" | thousands)), p50 $TA50 / $TB50 ms, p99 $TA99 / $TB99 ms | (none over HTTP; the log's own, >= 10,000 appends/s at 64 writers, is the event store's benchmark: docs/scale.md) | $(bad $(( TABAD + TBBAD ))) |"
echo "| commands/s, two nodes, each on its own half of the products | $(echo $(( HA + HB )) | thousands)/s (A $(echo "$HA" | thousands), B $(echo "$HB" | thousands)), p50 $HA50 / $HB50 ms, p99 $HA99 / $HB99 ms | (no product written by both: no stale product to reload) | $(bad $(( HABAD + HBBAD ))) |"
echo "| node-to-node lag, quiet log ($QN samples, $QFAILED not shown within 10 s) | p50 $QP50 ms, p99 $QP99 ms, max $QMAX ms | p99 < 50 ms | $(verdict "$QFAILED == 0 && $QP99 < 50")$(short "$QN") |"
echo "| node-to-node lag, under 64 connections ($LN samples, $LFAILED not shown within 10 s) | p50 $LP50 ms, p99 $LP99 ms, max $LMAX ms | p99 < 50 ms | $(verdict "$LFAILED == 0 && $LP99 < 50")$(short "$LN") |"
echo
echo "two nodes against one: $(awk -v t="$TWO" -v o="$ONE" 'BEGIN { printf "%.2f", t / o }') x; load average at the end: $LOAD_AFTER"
exit 0
