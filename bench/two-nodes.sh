# What bench/nodes.sh and bench/allocation-nodes.sh share, sourced by both: finding a free port,
# starting a node of the jar on the throwaway PostgreSQL, posting a command, and the cleanup.
# Sourced once the options are read (needs ROOT, JAR and KEEP): makes the work folder, sets the
# cleanup on exit, and checks what every run needs (the jar, a JDK 25, curl, ss).

nodes_cleanup() {
  local p
  for p in "${LOAD_PIDS[@]}" "${PIDS[@]}"; do kill -TERM "$p" 2>/dev/null; done
  local i alive
  for i in $(seq 300); do # up to 30 s for a clean stop
    alive=0
    for p in "${PIDS[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.1
  done
  for p in "${PIDS[@]}"; do kill -KILL "$p" 2>/dev/null; done
  # the jar may relaunch itself into a child JVM: end whatever still listens on a node's port
  for p in "${PORTS[@]}"; do
    ss -ltnpH "sport = :$p" | grep -o 'pid=[0-9]*' | cut -d= -f2 | xargs -r kill -KILL 2>/dev/null
  done
  pg_stop
  if [ "$KEEP" = 1 ]; then echo "data folders and logs kept in $WORK"; else rm -rf "$WORK"; fi
}

free_port() {
  local p
  for p in $(seq "$1" "$2"); do
    [ -z "$(ss -ltnH "sport = :$p")" ] && { echo "$p"; return; }
  done
  fail "no free port in $1-$2"
}

start_node() { # name: starts the jar on its own folder and port; sets URL_<name>
  local name=$1 port t0
  port=$(free_port 19100 19999) # apart from speed.sh's 18080-18999, so both can run at once
  "$JAVA" -jar "$JAR" server --port "$port" --data "$WORK/data-$name" --store "$(pg_url)" \
    >"$WORK/node-$name.log" 2>&1 &
  PIDS+=($!) PORTS+=("$port")
  t0=$(date +%s)
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health")" = 200 ]; do
    kill -0 "${PIDS[-1]}" 2>/dev/null || fail "node $name did not start: $(tail -5 "$WORK/node-$name.log")"
    [ $(( $(date +%s) - t0 )) -gt 300 ] && fail "node $name: no 200 on /health within 300 s"
    sleep 0.05
  done
  printf -v "URL_$name" 'http://127.0.0.1:%s' "$port"
}

post() { # base path body: prints the answer, fails on anything but 200
  curl -sS --fail-with-body -X POST "$1$2" -H 'Content-Type: application/json' \
    ${TOKEN:+-H "Authorization: Bearer $TOKEN"} -d "$3" || fail "POST $2 $3 was refused"
}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tally-$(basename "$0" .sh).XXXXXX")
chmod 755 "$WORK" # the postgres user must reach its cluster's folder inside
PIDS=() PORTS=() LOAD_PIDS=() TOKEN=""
fail() { echo "$(basename "$0"): $*" >&2; exit 2; }
trap nodes_cleanup EXIT
trap 'exit 2' INT TERM
# shellcheck source=bench/throwaway-postgres.sh
. "$ROOT/bench/throwaway-postgres.sh"

[ -f "$JAR" ] || fail "no $JAR: build it first with ./jdk25 ./mvnw -B -ntp -q -DskipTests package"
JAVA=$("$ROOT/jdk25" sh -c 'command -v java') || fail "no JDK 25 (./jdk25 found none)"
command -v curl >/dev/null || fail "needs curl"
command -v ss >/dev/null || fail "needs ss (iproute2) to find free ports"
