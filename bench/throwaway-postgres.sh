# A throwaway PostgreSQL for the benchmarks, sourced by bench/nodes.sh: a cluster of its own in
# a temporary folder (initdb, then pg_ctl start on a free port of 127.0.0.1 with its socket in
# that folder, so nothing of the machine's own PostgreSQL is touched), stopped and deleted by
# pg_stop. PostgreSQL refuses to run as root, so under root every program runs as the postgres
# user that Debian's package creates. Unlike the tests' cluster, fsync stays on: a figure
# measured without it would promise what a site cannot have.
#
# Needs: fail (prints and exits), free_port FROM TO (prints a port nobody listens on).
PG_BIN="" PG_DIR="" PG_PORT=""

pg_find_programs() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$PG_BIN" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing PostgreSQL (apt-get install -y postgresql), as bash .ci/run does"
    apt-get update -qq >/dev/null 2>&1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null 2>&1
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  fi
  [ -x "$PG_BIN/initdb" ] || fail "needs PostgreSQL's programs (initdb, pg_ctl) under
  /usr/lib/postgresql/N/bin: sudo apt-get install postgresql (Debian, Ubuntu)"
}

pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# pg_start FOLDER: a new cluster under FOLDER with user tally (trust on 127.0.0.1 only).
pg_start() {
  pg_find_programs
  PG_DIR="$1"
  mkdir -p "$PG_DIR"
  [ "$(id -u)" = 0 ] && chown postgres: "$PG_DIR"
  PG_PORT=$(free_port 15432 15531)
  pg_as_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -U tally --auth=trust --encoding=UTF8 \
    >"$PG_DIR/initdb.log" 2>&1 || fail "initdb failed: $(tail -3 "$PG_DIR/initdb.log")"
  pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -o \
    "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$PG_DIR -c max_connections=200" \
    start >/dev/null 2>&1 || fail "PostgreSQL did not start: $(tail -3 "$PG_DIR/server.log")"
  "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U tally bench \
    || fail "createdb bench failed on port $PG_PORT"
}

pg_url() {
  echo "jdbc:postgresql://127.0.0.1:$PG_PORT/bench?user=tally"
}

pg_stop() {
  [ -z "$PG_DIR" ] && return
  pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1
  rm -rf "$PG_DIR"
  PG_DIR=""
}
