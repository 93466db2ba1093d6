#!/usr/bin/env bash
# The HTTP path's CPU per request (docs/benchmarks.md, "The HTTP path, 2026-12-05"): starts the
# shipped jar on a fresh folder, signs a user in, warms up, then alternates wrk -t2 -c64 runs on
# GET /health and GET /api/projections (the in-memory ceiling) and prints for each run the
# answers/s, p99, the load, and the CPU of Netty's event loops (user + system from
# /proc/PID/task/*/stat) per request. That CPU is the framework's path plus the route's own work,
# with no batching behind it, so two jars compare better by it than by answers/s on a busy
# machine; run them one after the other, alternating, and quote the load beside each figure.
#
#   bench/http-cpu-per-request.sh [--jar PATH] [--port N] [--rounds N] [--seconds S]
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR="$ROOT/app-server/target/tally.jar" PORT=18480 ROUNDS=3 SECS=6
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) JAR=$2; shift ;; --port) PORT=$2; shift ;; --rounds) ROUNDS=$2; shift ;;
    --seconds) SECS=$2; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "http-cpu-per-request.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
. "$ROOT/bench/bench-server.sh" http
load() { wrk -t2 -c64 -d"$2s" --timeout 10s --latency -H "Authorization: Bearer $TOKEN" "$BASE$1"; }
# clock ticks of the event loops (Netty names them ...eventLoop...; comm keeps 15 characters)
ticks() { local sum=0 s; for t in /proc/"$SERVER"/task/*; do
  case "$(cat "$t/comm" 2>/dev/null)" in *[Ee]ventLo*|nioEvent*) ;; *) continue ;; esac
  s=$(cat "$t/stat" 2>/dev/null) || continue; s=${s#*) }; set -- $s
  sum=$(( sum + ${12} + ${13} )); done; echo "$sum"; }
echo "jar $JAR, $(nproc) cores; warming up 30 s"
load /health 15 >/dev/null; load /api/projections 15 >/dev/null
for r in $(seq "$ROUNDS"); do
  for path in /health /api/projections; do
    t0=$(ticks); load "$path" "$SECS" >"$WORK/wrk"; t1=$(ticks)
    n=$(awk '/requests in/ { print $1 }' "$WORK/wrk")
    printf 'round %d %s: %s answers/s, p99 %s, load %s, event loops %s us per request\n' "$r" \
      "$path" "$(awk '/Requests\/sec/ { print $2 }' "$WORK/wrk")" \
      "$(awk '/^ +99%/ { print $2 }' "$WORK/wrk")" "$(cut -d' ' -f1 /proc/loadavg)" \
      "$(awk -v d=$(( t1 - t0 )) -v n="$n" -v hz="$(getconf CLK_TCK)" \
        'BEGIN { printf "%.1f", d * 1e6 / hz / n }')"
  done
done
