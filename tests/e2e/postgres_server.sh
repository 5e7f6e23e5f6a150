# A private PostgreSQL server for end-to-end tests, from Debian's postgresql-15: initdb and pg_ctl
# in a temporary folder, TCP on 127.0.0.1 at a free port, password authentication (SCRAM), no
# system service. As root the server runs as the unprivileged `postgres` user the package makes
# (or `nobody`). Source it, then: pg_start; … "$PG_DSN" …; pg_stop (the EXIT trap stops it too).

pg_bindir() {
  local dir
  for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  command -v initdb >/dev/null && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

# Runs a command as the server's user: itself when not root.
pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u "$PG_OWNER" -- "$@"; else "$@"; fi
}

free_port() {
  /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# pg_start: sets PG_ROOT, PG_PORT, PG_USER, PG_PASSWORD, PG_DSN (database postgres).
pg_start() {
  PG_BIN=$(pg_bindir) || return 1
  PG_OWNER=$(id -un)
  if [ "$(id -u)" -eq 0 ]; then
    if id postgres >/dev/null 2>&1; then PG_OWNER=postgres; else PG_OWNER=nobody; fi
  fi
  PG_ROOT=$(mktemp -d /tmp/policygraph-pg.XXXXXX)
  PG_USER=pgtest
  PG_PASSWORD="secret-$RANDOM$RANDOM"
  printf '%s\n' "$PG_PASSWORD" >"$PG_ROOT/password"
  [ "$(id -u)" -eq 0 ] && chown -R "$PG_OWNER" "$PG_ROOT"
  chmod 700 "$PG_ROOT"
  pg_as_owner "$PG_BIN/initdb" -D "$PG_ROOT/data" -U "$PG_USER" --pwfile="$PG_ROOT/password" \
    --auth=scram-sha-256 -E UTF8 --no-locale --no-sync >"$PG_ROOT/initdb.log" 2>&1 \
    || { cat "$PG_ROOT/initdb.log" >&2; return 1; }
  local try
  for try in 1 2 3; do
    PG_PORT=$(free_port)
    if pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_ROOT/data" -l "$PG_ROOT/server.log" -w -t 60 \
         -o "-p $PG_PORT -k $PG_ROOT -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null 2>&1; then
      PG_DSN="host=127.0.0.1 port=$PG_PORT dbname=postgres user=$PG_USER password=$PG_PASSWORD"
      return 0
    fi
  done
  cat "$PG_ROOT/server.log" >&2
  return 1
}

pg_stop() {
  [ -n "${PG_ROOT:-}" ] || return 0
  pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_ROOT/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_ROOT"
  PG_ROOT=
}

# psql against the test server: psql_pg SQL → unaligned, tuples only, tab-separated.
psql_pg() {
  PGPASSWORD="$PG_PASSWORD" "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -At -F $'\t' \
    -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres -c "$1"
}
