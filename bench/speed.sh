#!/usr/bin/env bash
# Speed where users feel it (issue 15), measured from outside: starts the shipped jar in its own
# process on a fresh data folder, loads it with wrk at 64 connections and prints each figure
# beside its target, with the in-memory ceiling (GET /api/projections) measured in the same run,
# before and after each read, so that a loaded machine shows in the ratios rather than hiding in
# the absolute figures.
# A benchmark, not a test: exit 0 whatever the figures, 2 only when it could not run.
# Linux only (/proc for resident memory, ss for the listening process).
#
#   ./jdk25 ./mvnw -B -ntp -q -DskipTests package && bench/speed.sh
#   bench/speed.sh --quick        # about a minute: 25 s of writes, 3 s per read, 10 s idle
#   bench/speed.sh --quick --strict  # the same on a strict site: every stock command consults
#                                    # the register of bins, whose bins are defined first
#
# Options: --writes S (default 60: seconds of writes, of which the first 15 s and the last 10 s
# are measured), --reads S (10: seconds per read call), --idle S (30), --starts N (3: starts on
# empty folders, median), --connections N (64), --jar PATH, --keep (keep the data folders),
# --strict (tally.locations strict). BENCH_JVM_OPTIONS, if set, go to the server's JVM after the
# launcher's own (to try a GC setting: BENCH_JVM_OPTIONS=-XX:MaxGCPauseMillis=20 bench/speed.sh).
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
LUA="$ROOT/bench/receive-stock.lua"
JAR="$ROOT/app-server/target/tally.jar"
WRITES=60 READS=10 IDLE=30 STARTS=3 CONNECTIONS=64 KEEP=0 LOCATIONS=open
PRODUCTS=200 BINS=20 FIRST=15 WARM=10
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) WRITES=25 READS=3 IDLE=10 STARTS=1 ;;
    --writes) WRITES=$2; shift ;;
    --reads) READS=$2; shift ;;
    --idle) IDLE=$2; shift ;;
    --starts) STARTS=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --jar) JAR=$2; shift ;;
    --keep) KEEP=1 ;;
    --strict) LOCATIONS=strict ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "speed.sh: unknown option $1 (--help lists them)" >&2; exit 2 ;;
  esac
  shift
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tally-speed.XXXXXX")
LAUNCHER_PID="" SAMPLER_PID="" SERVER_PID="" PORT="" BASE="" TOKEN=""

cleanup() {
  [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null
  [ -n "$LAUNCHER_PID" ] && stop_server
  if [ "$KEEP" = 1 ]; then echo "data folders and logs kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 2' INT TERM
fail() { echo "speed.sh: $*" >&2; exit 2; }
now_ms() { date +%s%3N; }

# --- what it needs -------------------------------------------------------------------------
[ -f "$JAR" ] || fail "no $JAR: build it first with ./jdk25 ./mvnw -B -ntp -q -DskipTests package"
JAVA=$("$ROOT/jdk25" sh -c 'command -v java') || fail "no JDK 25 (./jdk25 found none)"
command -v curl >/dev/null || fail "needs curl"
command -v ss >/dev/null || fail "needs ss (iproute2) to find the server's process by its port"
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing wrk (apt-get install -y wrk)"
    apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 \
      && apt-get install -y -qq wrk >/dev/null 2>&1; }
  fi
  command -v wrk >/dev/null || fail "needs wrk, the load generator: sudo apt-get install wrk
  (Debian, Ubuntu), sudo dnf install wrk (Fedora), brew install wrk, or build it from
  https://github.com/wg/wrk"
fi

# --- the server -----------------------------------------------------------------------------
free_port() {
  local p
  for p in $(seq 18080 18999); do
    [ -z "$(ss -ltnH "sport = :$p")" ] && { echo "$p"; return; }
  done
  fail "no free port in 18080-18999"
}

# The JVM that listens: the jar relaunches itself into a child JVM that maps its AOT cache,
# and that child (or the launcher itself when it runs without a cache) is the server.
listening_pid() { ss -ltnpH "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
rss_mib() { awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$SERVER_PID/status" 2>/dev/null; }

# Starts the jar on an empty folder; START_MS is the wall time from exec to the first 200 on
# /health, asked every 10 ms.
start_server() {
  local data="$WORK/data-$1" t0
  PORT=$(free_port)
  BASE="http://127.0.0.1:$PORT"
  t0=$(now_ms)
  STARTED_AT=$t0
  "$JAVA" ${BENCH_JVM_OPTIONS:-} -jar "$JAR" server --port "$PORT" --data "$data" --locations "$LOCATIONS" \
    >"$data.log" 2>&1 &
  LAUNCHER_PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health")" = 200 ]; do
    kill -0 "$LAUNCHER_PID" 2>/dev/null \
      || fail "the server did not start; its log ($data.log) ends: $(tail -5 "$data.log")"
    [ $(( $(now_ms) - t0 )) -gt 120000 ] && fail "no 200 on $BASE/health within 120 s"
    sleep 0.01
  done
  START_MS=$(( $(now_ms) - t0 ))
  SERVER_PID=$(listening_pid)
  [ -n "$SERVER_PID" ] || fail "cannot find the process listening on port $PORT"
}

stop_server() {
  [ -z "$LAUNCHER_PID" ] && return
  kill -TERM "$LAUNCHER_PID" 2>/dev/null
  local i
  for i in $(seq 300); do kill -0 "$LAUNCHER_PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$LAUNCHER_PID" 2>/dev/null
  [ -n "$SERVER_PID" ] && kill -KILL "$SERVER_PID" 2>/dev/null
  wait "$LAUNCHER_PID" 2>/dev/null
  LAUNCHER_PID="" SERVER_PID=""
}

# Keeps the highest resident memory seen while the load runs, once a second.
start_sampler() {
  ( while kill -0 "$SERVER_PID" 2>/dev/null; do rss_mib; echo; sleep 1; done ) \
    >>"$WORK/rss.samples" &
  SAMPLER_PID=$!
}

# --- requests -------------------------------------------------------------------------------
post() { # path body: prints the answer, fails on anything but 200
  curl -sS --fail-with-body -X POST "$BASE$1" -H 'Content-Type: application/json' \
    ${TOKEN:+-H "Authorization: Bearer $TOKEN"} -d "$2" || fail "POST $1 $2 was refused"
}
position_of() { sed -n 's/.*"position":\([0-9]*\).*/\1/p'; }

# Registers the products, then gives each stock: each step one curl process, 16 at a time.
seed() {
  local i group
  group='header = "Content-Type: application/json"\nheader = "Authorization: Bearer %s"\noutput = "/dev/null"\nwrite-out = "%%{http_code}\\n"\nnext\n'
  : >"$WORK/register.curl"; : >"$WORK/receive.curl"
  for i in $(seq -f %03g "$PRODUCTS"); do
    printf 'url = "%s/api/commands/register-product"\ndata = "{\\"sku\\":\\"PERF-%s\\",\\"name\\":\\"Bench product %s\\",\\"reorderPoint\\":5}"\n' \
      "$BASE" "$i" "$i" >>"$WORK/register.curl"
    printf "$group" "$TOKEN" >>"$WORK/register.curl"
    printf 'url = "%s/api/commands/receive-stock"\ndata = "{\\"sku\\":\\"PERF-%s\\",\\"location\\":\\"P-%02d\\",\\"quantity\\":100}"\n' \
      "$BASE" "$i" $(( 10#$i % BINS + 1 )) >>"$WORK/receive.curl"
    printf "$group" "$TOKEN" >>"$WORK/receive.curl"
  done
  local step codes
  for step in register receive; do
    sed -i '$d' "$WORK/$step.curl" # a last "next" would be a transfer without a URL
    codes=$(curl -s -Z --parallel-max 16 -K "$WORK/$step.curl" 2>/dev/null | sort | uniq -c)
    [ "$(echo "$codes" | awk '$2 == 200 { n += $1 } END { print n + 0 }')" = "$PRODUCTS" ] \
      || fail "seeding the products ($step) was refused: $codes"
  done
}

# wrk NAME SECONDS PATH [lua args]: one row of results in $WORK/rows (tab separated).
run_wrk() {
  local name=$1 seconds=$2 path=$3 out="$WORK/wrk-$(printf %s "$1" | tr -c 'a-z0-9' _).txt"
  shift 3
  local script=()
  [ $# -gt 0 ] && script=(-s "$LUA")
  wrk -t2 -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s --latency "${script[@]}" \
    -H "Authorization: Bearer $TOKEN" "$BASE$path" ${1:+--} "$@" >"$out" 2>&1 \
    || fail "wrk failed on $path: $(tail -3 "$out")"
  awk -v name="$name" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0;
                     if (v ~ /m$/) return v * 60000; return v * 1000 }
    /Requests\/sec/ { rps = $2 }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx/ { bad += $5 }
    /Socket errors/ { gsub(/,/, ""); bad += $4 + $6 + $8 + $10 }
    END { printf "%s\t%.0f\t%.1f\t%d\n", name, rps, p99, bad }' "$out" >>"$WORK/rows"
}
thousands() { sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }
row() { awk -F'\t' -v n="$1" -v f="$2" '$1 == n { print $f }' "$WORK/rows"; }

# --- the run --------------------------------------------------------------------------------
echo "Tally speed benchmark: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load$(uptime | sed 's/.*load average//')"
built="built $(date -u -r "$JAR" '+%Y-%m-%d %H:%M UTC')"
[ "$JAR" = "$ROOT/app-server/target/tally.jar" ] \
  && built="$built from $(cd "$ROOT" && git log -1 --format=%h 2>/dev/null)$(cd "$ROOT" && git diff --quiet HEAD 2>/dev/null || echo ' with uncommitted changes')"
aot="${JAR%.jar}.aot"
[ -f "$aot" ] && aot="AOT cache beside it" || aot="no AOT cache beside it"
echo "jar: $JAR ($built; $aot), $("$JAVA" -version 2>&1 | head -1)"
echo "load: wrk -t2 -c$CONNECTIONS; $PRODUCTS products in $BINS bins ($LOCATIONS site); ${WRITES} s of writes; ${READS} s per read; ${IDLE} s idle"
: >"$WORK/rows"
starts=()
for n in $(seq "$STARTS"); do
  [ "$n" -gt 1 ] && stop_server
  start_server "$n"
  starts+=("$START_MS")
done
START_RSS=$(rss_mib)
START_MEDIAN=$(printf '%s\n' "${starts[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')

post /api/setup '{"username":"bench","password":"bench-password-1"}' >/dev/null
TOKEN=$(post /api/sessions '{"username":"bench","password":"bench-password-1"}' \
  | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || fail "could not sign in"
if [ "$LOCATIONS" = strict ]; then
  for b in $(seq -f %02g "$BINS"); do
    post /api/commands/define-location "{\"location\":\"P-$b\"}" >/dev/null
  done
fi
seed
start_sampler
RUN=$(date +%s)
echo "writing from $(( $(now_ms) - STARTED_AT )) ms after the exec of the last start" \
  "(its start, set-up and seeding): the first ${FIRST} s measured," \
  "then $(( WRITES > FIRST + WARM ? WRITES - FIRST - WARM : 0 )) s unmeasured, then ${WARM} s warm"
run_wrk "commands, first ${FIRST} s" "$FIRST" /api/commands/receive-stock "r$RUN-a" "$PRODUCTS" "$BINS"
[ "$WRITES" -gt $(( FIRST + WARM )) ] && run_wrk "fill" $(( WRITES - FIRST - WARM )) \
  /api/commands/receive-stock "r$RUN-b" "$PRODUCTS" "$BINS"
run_wrk "commands, warm" "$WARM" /api/commands/receive-stock "r$RUN-c" "$PRODUCTS" "$BINS"

# An order to read, and a position the stock read model has reached.
ORDER_AT=$(post /api/commands/place-order \
  '{"orderId":"BENCH-1","customer":"Bench","lines":[{"sku":"PERF-001","quantity":1},{"sku":"PERF-002","quantity":2}]}' \
  | position_of)
curl -sf "$BASE/api/orders/BENCH-1?minPosition=$ORDER_AT&waitMillis=30000" \
  -H "Authorization: Bearer $TOKEN" >/dev/null || fail "the order BENCH-1 cannot be read"
REACHED=$(curl -sf "$BASE/api/stock/PERF-001?minPosition=$ORDER_AT&waitMillis=30000" \
  -H "Authorization: Bearer $TOKEN" | position_of)
[ -n "$REACHED" ] || fail "GET /api/stock/PERF-001 did not answer"

# Each read between two runs of the ceiling, so that its ratio is to the ceiling of the same
# minute: on a shared machine the ceiling alone moved 3x within one run.
echo "reading: each call $(( READS < 3 ? READS : 3 )) s to warm up, then ${READS} s per call, each between two runs of the ceiling"
READ_CALLS=("stock/{sku}|/api/stock/PERF-001" "locations/{location}|/api/locations/P-01"
  "orders/{id}|/api/orders/BENCH-1" "stock (200 items)|/api/stock"
  "stock/{sku}?minPosition|/api/stock/PERF-001?minPosition=$REACHED" "health|/health")
# Unmeasured, so that no call pays for compiling the read side's code in its own figure.
for call in "ceiling|/api/projections" "${READ_CALLS[@]}"; do
  run_wrk "fill" $(( READS < 3 ? READS : 3 )) "${call#*|}"
done
n=0
run_wrk "ceiling $n" "$READS" /api/projections
for call in "${READ_CALLS[@]}"; do
  run_wrk "${call%%|*}" "$READS" "${call#*|}"
  n=$(( n + 1 ))
  run_wrk "ceiling $n" "$READS" /api/projections
done
kill "$SAMPLER_PID" 2>/dev/null; wait "$SAMPLER_PID" 2>/dev/null; SAMPLER_PID=""
LOAD_RSS=$(sort -n "$WORK/rss.samples" | tail -1)
echo "idle for ${IDLE} s"
sleep "$IDLE"
IDLE_RSS=$(rss_mib)
[ -n "$START_RSS" ] && [ -n "$LOAD_RSS" ] && [ -n "$IDLE_RSS" ] || fail "could not read the server's VmRSS"
LOAD_AFTER=$(uptime | sed 's/.*load average: //')
stop_server

# --- the table ------------------------------------------------------------------------------
CEILING=$(awk -F'\t' '$1 ~ /^ceiling/ { s += $2; n++ } END { printf "%.0f", s / n }' "$WORK/rows")
SKU_RATE=$(row "stock/{sku}" 2)
verdict() { if awk "BEGIN { exit !($1) }"; then echo PASS; else echo FAIL; fi; }
echo
echo "| call | answers/s | p99 | target | ceiling beside it | ratio to the ceiling | |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
before=""
while IFS=$'\t' read -r name rps p99 bad; do
  case "$name" in
    fill) continue ;;
    ceiling*) before=$rps; continue ;;
    commands*) ceiling=$CEILING ;;
    *) ceiling=$(awk -F'\t' -v b="$before" -v n="$name" \
         '$1 == n { found = 1; next } found && $1 ~ /^ceiling/ { printf "%.0f", (b + $2) / 2; exit }' "$WORK/rows") ;;
  esac
  ratio=$(awk -v r="$rps" -v c="$ceiling" 'BEGIN { printf "%.2f", r / c }')
  case "$name" in
    "stock/{sku}"|"locations/{location}"|"orders/{id}")
      target=">= 70 % of the ceiling" v=$(verdict "$ratio >= 0.70") ;;
    "stock (200 items)") target=">= 5,000/s" v=$(verdict "$rps >= 5000") ;;
    "stock/{sku}?minPosition") target="no slower than stock/{sku} ($SKU_RATE/s, -10 % for noise)"
      v=$(verdict "$rps >= 0.9 * $SKU_RATE") ;;
    health) target=">= 20,000/s" v=$(verdict "$rps >= 20000") ;;
    "commands, first"*) target=">= 10,000/s, p99 < 20 ms" v=$(verdict "$rps >= 10000 && $p99 < 20") ;;
    "commands, warm") target=">= 15,000/s, p99 < 20 ms" v=$(verdict "$rps >= 15000 && $p99 < 20") ;;
  esac
  [ "$bad" -gt 0 ] && v="$v, but $bad answers were not 2xx or failed"
  shown=$(echo "$ceiling" | thousands)
  [ "${name%% *}" = commands ] && shown="$shown (mean of all)"
  printf '| %s | %s | %s ms | %s | %s | %s | %s |\n' "$name" "$(echo "$rps" | thousands)" "$p99" \
    "$target" "$shown" "$ratio" "$v"
done <"$WORK/rows"
echo
echo "ceiling (GET /api/projections, answered from memory), each run in order: $(awk -F'\t' '$1 ~ /^ceiling/ { printf "%s%s", sep, $2; sep = ", " }' "$WORK/rows") answers/s"
echo
echo "| figure | value | target | |"
echo "| --- | --- | --- | --- |"
echo "| start, empty log: exec to the first 200 on /health | ${START_MEDIAN} ms (median of ${starts[*]}) | < 1,000 ms | $(verdict "$START_MEDIAN < 1000") |"
echo "| server JVM resident memory at start | ${START_RSS} MiB | (before issue 15: 191 MiB) | |"
echo "| ... under load (highest, sampled each second) | ${LOAD_RSS} MiB | <= 1,024 MiB (a heap that fits a PC; before: 2.6-3.7 GiB) | $(verdict "$LOAD_RSS <= 1024") |"
echo "| ... after ${IDLE} s idle | ${IDLE_RSS} MiB | <= 1.5 x at start (memory given back) | $(verdict "$IDLE_RSS <= 1.5 * $START_RSS") |"
echo
echo "load average at the end: $LOAD_AFTER"
exit 0
