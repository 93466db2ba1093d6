#!/usr/bin/env bash
# Reads at the ceiling (docs/benchmarks.md): starts JAR on an empty folder, signs in, registers and
# receives 200 products, places one order, then runs wrk (64 connections) on each read route,
# the ceiling (/api/projections, answered from memory) first and last. Needs wrk and curl.
# usage: reads-bench.sh JAR LABEL PORT  -- 200 products, one order; then wrk on each read route
jar=$1; label=$2; port=${3:-18181}; secs=${SECS:-10}
out=/tmp/reads-$label; mkdir -p $out; data=$(mktemp -d /tmp/reads-data-XXXX)
J=${JAVA:-java}   # e.g. JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
$J -jar $jar server --port $port --data $data > $out/server.log 2>&1 & pid=$!
until curl -sf localhost:$port/health >/dev/null; do sleep 0.2; done
H='Content-Type: application/json'; B=http://localhost:$port
curl -s -X POST $B/api/setup -H "$H" -d '{"username":"ann","password":"correct-horse-1"}' >/dev/null
T=$(curl -s -X POST $B/api/sessions -H "$H" -d '{"username":"ann","password":"correct-horse-1"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
A="Authorization: Bearer $T"
for i in $(seq -w 1 200); do
  curl -s -X POST $B/api/commands/register-product -H "$A" -H "$H" -d "{\"sku\":\"PERF-$i\",\"name\":\"Perf $i\",\"reorderPoint\":5}" >/dev/null
  curl -s -X POST $B/api/commands/receive-stock -H "$A" -H "$H" -d "{\"sku\":\"PERF-$i\",\"location\":\"P-0$((10#$i % 9 + 1))\",\"quantity\":50}" >/dev/null
done
curl -s -X POST $B/api/commands/place-order -H "$A" -H "$H" -d '{"orderId":"SO-1","lines":[{"sku":"PERF-001","quantity":2}]}' > $out/order.txt
sleep 1
head=$(curl -s $B/api/stock/PERF-001 -H "$A" | sed 's/.*"position":\([0-9]*\).*/\1/')
echo "head $head" > $out/summary.txt
for u in /api/stock/PERF-001 /api/orders/SO-1 /api/locations/P-01 /api/stock; do curl -s $B$u -H "$A" | head -c 300 > $out/sample$(echo $u | tr / _).txt; done
routes="/api/projections /api/stock/PERF-001 /api/stock/PERF-001?minPosition=$head /api/locations/P-01 /api/orders/SO-1 /api/stock/NOPE /api/stock /api/locations /health /health/liveness /api/projections"
for r in $routes; do wrk -t2 -c64 -d3s -H "$A" "$B$r" > /dev/null 2>&1; done   # warm-up
for r in $routes; do
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  res=$(wrk -t2 -c64 -d${secs}s -H "$A" "$B$r" 2>&1)
  rps=$(echo "$res" | awk '/Requests\/sec/ {print $2}')
  non2xx=$(echo "$res" | awk '/Non-2xx/ {print $5}')
  lat=$(echo "$res" | awk '/Latency/ {print $2}')
  echo "$r $rps req/s lat $lat non2xx ${non2xx:-0} load $load" | tee -a $out/summary.txt
done
echo "rss_kib $(ps -o rss= -p $pid)" >> $out/summary.txt
kill $pid; wait $pid 2>/dev/null
rm -rf $data
