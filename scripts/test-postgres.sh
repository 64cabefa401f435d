# Sourced by scripts/test-all.sh and scripts/ensure-system-deps.sh: a throwaway PostgreSQL
# server for the API suite, on 127.0.0.1 only, in a temporary data directory, stopped by the
# PID in its postmaster.pid (never by process name).

# The newest PostgreSQL server's bin directory: Debian keeps initdb and pg_ctl off PATH.
pg_bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1) || true
  if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
    echo "$dir"
  elif command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
    dirname "$(command -v initdb)"
  else
    return 1
  fi
}

# A TCP port nobody listens on right now (the kernel picks it).
free_port() {
  node -e "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

# PostgreSQL refuses to run as root: as root, run its tools as the postgres user.
as_pg_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Starts the server and sets TEST_PG_DIR and TEST_PG_URL. Durability is off: the data is thrown
# away, and fsync would make each test file's CREATE DATABASE … TEMPLATE slow.
start_test_postgres() {
  local bin port
  bin=$(pg_bin_dir)
  port=$(free_port)
  TEST_PG_DIR=$(mktemp -d /tmp/tongxin-pg.XXXXXX)
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$TEST_PG_DIR"; fi
  as_pg_owner "$bin/initdb" -D "$TEST_PG_DIR/data" -A trust -E UTF8 --locale=C.UTF-8 >"$TEST_PG_DIR/initdb.log" \
    || { cat "$TEST_PG_DIR/initdb.log" >&2; return 1; }
  as_pg_owner "$bin/pg_ctl" -D "$TEST_PG_DIR/data" -l "$TEST_PG_DIR/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $port -k $TEST_PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null || { cat "$TEST_PG_DIR/server.log" >&2; return 1; }
  TEST_PG_URL="postgres://postgres@127.0.0.1:$port/postgres"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $TEST_PG_DIR)"
}

# Stops the server started above (pg_ctl, or the postmaster's PID if that fails) and removes it.
stop_test_postgres() {
  [ -n "${TEST_PG_DIR:-}" ] || return 0
  local pidfile="$TEST_PG_DIR/data/postmaster.pid" pid
  if [ -f "$pidfile" ]; then
    pid=$(head -n 1 "$pidfile")
    if ! as_pg_owner "$(pg_bin_dir)/pg_ctl" -D "$TEST_PG_DIR/data" -m fast -w -t 30 stop >/dev/null 2>&1; then
      kill -TERM "$pid" 2>/dev/null || true
      sleep 2
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -rf "$TEST_PG_DIR"
  TEST_PG_DIR=
}
