# Sourced by the bench scripts, after ROOT, JAR and PORT are set: finds JDK 25 and wrk, starts the jar's server on a
# fresh folder, waits for /health, sets up and signs in the user "bench". Sets WORK, BASE,
# LAUNCHER, SERVER (the server JVM's pid, for /proc), TOKEN and post(); the server stops and
# the folder goes on exit. $1 names the folder. BENCH_JVM_OPTIONS, if set, go before -jar: the
# launcher hands them to the server's JVM after its own, so they win (to try a GC or heap setting).
JAVA=$("$ROOT/jdk25" sh -c 'command -v java') || { echo "no JDK 25" >&2; exit 2; }
command -v wrk >/dev/null || { echo "needs wrk (see bench/speed.sh)" >&2; exit 2; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tally-$1.XXXXXX") BASE="http://127.0.0.1:$PORT" TOKEN=""
"$JAVA" ${BENCH_JVM_OPTIONS:-} -jar "$JAR" server --port "$PORT" --data "$WORK/data" >"$WORK/server.log" 2>&1 &
LAUNCHER=$!
trap 'kill -TERM $LAUNCHER 2>/dev/null; wait $LAUNCHER 2>/dev/null; rm -rf "$WORK"' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health")" = 200 ]; do
  kill -0 $LAUNCHER 2>/dev/null || { tail -5 "$WORK/server.log" >&2; exit 2; }
  sleep 0.1
done
SERVER=$(ss -ltnpH "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
post() { curl -sS -X POST "$BASE$1" -H 'Content-Type: application/json' \
  ${TOKEN:+-H "Authorization: Bearer $TOKEN"} -d "$2"; }
post /api/setup '{"username":"bench","password":"bench-password-1"}' >/dev/null
TOKEN=$(post /api/sessions '{"username":"bench","password":"bench-password-1"}' \
  | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
