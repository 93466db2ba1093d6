#!/usr/bin/env bash
# Server CPU per receive-stock command, by thread group (issue 15, part 2): starts the shipped jar
# on a fresh folder, seeds bench/speed.sh's 200 products in 20 bins, warms up with wrk, then
# measures runs of wrk -t2 -c64 (bench/receive-stock.lua). For each run it prints commands/s, p99,
# the load, and the server JVM's threads' CPU (user + system from /proc/PID/task/*/stat) divided
# by the commands answered: http (Netty's event loops), read models (projection-*), the log's
# writer, confirmer and serialization, the command writer, the allocation, GC, JIT.
# Compare two jars in one sitting, alternating, at similar commands/s: a run that answers more
# per second shares each commit and each read-model transaction among more commands, so its CPU
# per command is lower whatever the jar. --warm 0 --runs 1 --seconds 15 measures the first 15 s of
# commands after the start and the seeding (how much of them the JIT takes).
#
#   bench/cpu-per-command.sh [--jar PATH] [--port N] [--runs N] [--seconds S] [--warm S]
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR="$ROOT/app-server/target/tally.jar" PORT=18480 RUNS=3 SECS=10 WARM=60
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) JAR=$2; shift ;; --port) PORT=$2; shift ;; --runs) RUNS=$2; shift ;;
    --seconds) SECS=$2; shift ;; --warm) WARM=$2; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "cpu-per-command.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
. "$ROOT/bench/bench-server.sh" cpu
for i in $(seq -f %03g 200); do
  post /api/commands/register-product "{\"sku\":\"PERF-$i\",\"name\":\"Bench $i\",\"reorderPoint\":5}" >/dev/null
  post /api/commands/receive-stock "{\"sku\":\"PERF-$i\",\"location\":\"P-$(printf %02d $(( 10#$i % 20 + 1 )))\",\"quantity\":100}" >/dev/null
done
load() { wrk -t2 -c64 -d"$1s" --timeout 10s --latency -s "$ROOT/bench/receive-stock.lua" \
  -H "Authorization: Bearer $TOKEN" "$BASE/api/commands/receive-stock" -- "cpu-$2" 200 20; }
# name<TAB>clock ticks, one line per thread of the server JVM
ticks() { for t in /proc/"$SERVER"/task/*; do
  s=$(cat "$t/stat" 2>/dev/null) || continue; s=${s#*) }; set -- $s
  printf '%s\t%s\n' "$(cat "$t/comm")" $(( ${12} + ${13} )); done; }
echo "jar $JAR, $(nproc) cores; warming up ${WARM} s"
[ "$WARM" -gt 0 ] && load "$WARM" warm >/dev/null
for r in $(seq "$RUNS"); do
  ticks >"$WORK/t0"; load "$SECS" "run$r" >"$WORK/wrk"; ticks >"$WORK/t1"
  n=$(awk '/requests in/ { print $1 }' "$WORK/wrk")
  printf 'run %d: %s commands, %s/s, p99 %s, load %s; server CPU per command (us):' "$r" "$n" \
    "$(awk '/Requests\/sec/ { print $2 }' "$WORK/wrk")" "$(awk '/^ +99%/ { print $2 }' "$WORK/wrk")" \
    "$(cut -d' ' -f1 /proc/loadavg)"
  awk -F'\t' -v n="$n" -v hz="$(getconf CLK_TCK)" '
    function group(t) {
      if (t ~ /[Ee]ventLo|nioEvent|event-loop/) return "http"; if (t ~ /^projection/) return "read models"
      if (t ~ /^(GC |G1 )/) return "GC"; if (t ~ /^C[12] Comp/) return "JIT"
      if (t ~ /^allocation/) return "allocation"; if (t ~ /^event-store-wri/) return "log writer"
      if (t ~ /^event-store-con/) return "log confirmer"; if (t ~ /^command-writer/) return "command writer"
      if (t ~ /^H2-serial/) return "H2 serialization"; return "other" }
    FNR == NR { before[$1] += $2; next }
    { after[$1] += $2 }
    END { for (t in after) { d = after[t] - before[t]; if (d > 0) { g[group(t)] += d; all += d } }
          printf " total %.0f", all * 1e6 / hz / n
          for (k in g) printf ", %s %.0f", k, g[k] * 1e6 / hz / n; print "" }' "$WORK/t0" "$WORK/t1"
done
