#!/usr/bin/env bash
# The allocation on two nodes of one PostgreSQL log (issue 17), measured from outside: starts a
# throwaway PostgreSQL (bench/throwaway-postgres.sh; fsync on) and two nodes of the shipped jar
# on it, receives stock, places --orders orders (half on each node, 8 at a time on each, so
# more is ordered than arrives and backorders wait), waits until both nodes' allocation stands
# at the log's head, and prints for each node: its allocation's state, the commands it sent
# (tally_allocation_commands_total) and the CPU the node's JVM used meanwhile, per order. Then
# it kills the allocating node with SIGKILL and prints how long the other took to show its
# allocation RUNNING, and whether the orders placed after that were all allocated.
# A benchmark, not a test: exit 0 whatever the figures, 2 only when it could not run.
#
#   ./jdk25 ./mvnw -B -ntp -q -DskipTests package && bench/allocation-nodes.sh
#
# Options: --orders N (default 2000), --jar PATH (e.g. an older jar, to compare), --keep.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR="$ROOT/app-server/target/tally.jar"
ORDERS=2000 KEEP=0 SKUS=20
while [ $# -gt 0 ]; do
  case "$1" in
    --orders) ORDERS=$2; shift ;;
    --jar) JAR=$2; shift ;;
    --keep) KEEP=1 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "allocation-nodes.sh: unknown option $1 (--help lists them)" >&2; exit 2 ;;
  esac
  shift
done

# shellcheck source=bench/two-nodes.sh
. "$ROOT/bench/two-nodes.sh"

jvm_of() { # port: the JVM listening there (the jar may relaunch itself into a child JVM)
  ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2
}
get() { curl -sS -H "Authorization: Bearer $TOKEN" "$1$2"; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
allocation() { # base: "state position headPosition" of its allocation
  get "$1" /api/projections | tr '{' '\n' | grep '"name":"allocation"' \
    | sed 's/.*"position":\([0-9]*\),"headPosition":\([0-9]*\).*"state":"\([A-Z]*\)".*/\3 \1 \2/'
}
sent() { # base: tally_allocation_commands_total, or n/a for a jar without it
  curl -s "$1/metrics" | awk '/^tally_allocation_commands_total / { print $2 + 0; found = 1 }
    END { if (!found) print "n/a" }'
}
# commands BASE NAME FILE BODIES...: a curl config of one POST per body, to run in parallel
commands() {
  local base=$1 name=$2 file=$3 body; shift 3
  for body in "$@"; do
    printf 'url = "%s/api/commands/%s"\ndata = "%s"\nheader = "Content-Type: application/json"\nheader = "Authorization: Bearer %s"\noutput = "/dev/null"\nwrite-out = "%%{http_code}\\n"\nnext\n' \
      "$base" "$name" "${body//\"/\\\"}" "$TOKEN"
  done | sed '$d' >"$file"
}
run_parallel() { curl -s -Z --parallel-max 8 -K "$1" 2>/dev/null | grep -c '^200$'; }
await_quiet() { # bases...: until every node's allocation stands at the head, the same for 2 s
  local last="" now b p h t0; t0=$(date +%s)
  while :; do
    now=""
    for b in "$@"; do
      read -r _ p h <<<"$(allocation "$b")"
      if [ -z "$p" ] || [ "$p" != "$h" ]; then now=lagging; break; fi
      now+="$p/"
    done
    [ "$now" != lagging ] && [ "$now" = "$last" ] && return
    last=$now
    [ $(( $(date +%s) - t0 )) -gt 600 ] && fail "the allocation did not settle within 600 s"
    sleep 2
  done
}

echo "Tally allocation on two nodes: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load$(uptime | sed 's/.*load average//')"
echo "jar: $JAR (built $(date -u -r "$JAR" '+%Y-%m-%d %H:%M UTC'))"
pg_start "$WORK/pg"
start_node A
start_node B
JVM_A=$(jvm_of "${PORTS[0]}") JVM_B=$(jvm_of "${PORTS[1]}")
post "$URL_A" /api/setup '{"username":"bench","password":"bench-password-1"}' >/dev/null
TOKEN=$(post "$URL_A" /api/sessions '{"username":"bench","password":"bench-password-1"}' \
  | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || fail "could not sign in"
for s in $(seq "$SKUS"); do
  post "$URL_A" /api/commands/register-product "{\"sku\":\"AL-$s\",\"name\":\"x\"}" >/dev/null
  post "$URL_A" /api/commands/receive-stock \
    "{\"sku\":\"AL-$s\",\"location\":\"R-$s\",\"quantity\":$(( ORDERS * 2 / SKUS / 2 ))}" >/dev/null
done
await_quiet "$URL_A" "$URL_B"
half=$(( ORDERS / 2 ))
for node in A B; do
  bodies=()
  for i in $(seq "$half"); do
    bodies+=("{\"orderId\":\"$node-$i\",\"lines\":[{\"sku\":\"AL-$(( i % SKUS + 1 ))\",\"quantity\":$(( i % 3 + 1 ))}]}")
  done
  base=URL_$node
  commands "${!base}" place-order "$WORK/orders-$node.curl" "${bodies[@]}"
done
CPU_A0=$(cpu_ticks "$JVM_A") CPU_B0=$(cpu_ticks "$JVM_B") T0=$(date +%s%N)
run_parallel "$WORK/orders-A.curl" >"$WORK/placed-A" &
PLACING=$!
run_parallel "$WORK/orders-B.curl" >"$WORK/placed-B"
wait "$PLACING"
await_quiet "$URL_A" "$URL_B"
T1=$(date +%s%N) CPU_A1=$(cpu_ticks "$JVM_A") CPU_B1=$(cpu_ticks "$JVM_B")
HZ=$(getconf CLK_TCK)
echo "orders answered 200: A $(cat "$WORK/placed-A"), B $(cat "$WORK/placed-B"); every node's allocation at the head (seen still for 2 s) after $(( (T1 - T0) / 1000000 )) ms; load$(uptime | sed 's/.*load average//')"
echo
echo "| node | allocation | commands sent | node CPU while placing and allocating | CPU per order |"
echo "| --- | --- | --- | --- | --- |"
for node in A B; do
  base=URL_$node c0=CPU_${node}0 c1=CPU_${node}1
  read -r state _ _ <<<"$(allocation "${!base}")"
  awk -v n="$node" -v s="$state" -v sent="$(sent "${!base}")" -v t=$(( ${!c1} - ${!c0} )) \
      -v hz="$HZ" -v o="$ORDERS" 'BEGIN { printf "| %s | %s | %s | %.2f s | %.2f ms |\n", n, s,
      sent, t / hz, t / hz * 1000 / o }'
done

read -r STATE_A _ _ <<<"$(allocation "$URL_A")"
if [ "$STATE_A" = RUNNING ]; then DEAD=A LIVE=B; else DEAD=B LIVE=A; fi
dead_jvm=JVM_$DEAD live=URL_$LIVE
BEFORE=$(allocation "${!live}" | cut -d' ' -f1)
kill -KILL "${!dead_jvm}"
K0=$(date +%s%N)
until [ "$(allocation "${!live}" | cut -d' ' -f1)" = RUNNING ]; do
  [ $(( ($(date +%s%N) - K0) / 1000000000 )) -gt 120 ] && fail "node $LIVE did not take over within 120 s"
  sleep 0.05
done
echo
echo "node $DEAD (allocating) killed with SIGKILL: node $LIVE's allocation, $BEFORE before, RUNNING after $(( ($(date +%s%N) - K0) / 1000000 )) ms"
post "${!live}" /api/commands/receive-stock '{"sku":"AL-1","location":"R-1","quantity":100}' >/dev/null
post "${!live}" /api/commands/place-order '{"orderId":"AFTER-1","lines":[{"sku":"AL-1","quantity":1}]}' >/dev/null
await_quiet "${!live}"
echo "an order placed on node $LIVE after: $(get "${!live}" /api/orders/AFTER-1 | grep -o '"status":"[A-Z]*"')"
echo "load average at the end$(uptime | sed 's/.*load average//')"
