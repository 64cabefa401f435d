#!/usr/bin/env bash
# A PostgreSQL server for the benchmarks, on 127.0.0.1 only, its data kept under /tmp between runs
# (generating a million proposals takes minutes). Uses the helpers of scripts/test-postgres.sh.
#   bash bench/pg.sh start    # prints the DATABASE_URL to use
#   bash bench/pg.sh reset    # an empty database again
#   bash bench/pg.sh stop
#   bash bench/pg.sh url
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/test-postgres.sh
source scripts/test-postgres.sh

BENCH_PG_DIR=${BENCH_PG_DIR:-/tmp/tongxin-bench-pg}
BENCH_PG_PORT=${BENCH_PG_PORT:-55432}
URL="postgres://postgres@127.0.0.1:$BENCH_PG_PORT/tongxin_bench"

# Memory for a 24 GiB, 2-core machine; durability off (the data can be generated again);
# pg_stat_statements so bench/run.ts can name the slowest statements.
SETTINGS="-h 127.0.0.1 -p $BENCH_PG_PORT -k $BENCH_PG_DIR -c fsync=off -c synchronous_commit=off \
-c full_page_writes=off -c shared_buffers=4GB -c effective_cache_size=12GB -c work_mem=32MB \
-c maintenance_work_mem=2GB -c max_wal_size=8GB -c max_connections=100 \
-c shared_preload_libraries=pg_stat_statements -c jit=off"

start() {
  local bin
  bin=$(pg_bin_dir)
  if [ ! -d "$BENCH_PG_DIR/data" ]; then
    mkdir -p "$BENCH_PG_DIR"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$BENCH_PG_DIR"; fi
    as_pg_owner "$bin/initdb" -D "$BENCH_PG_DIR/data" -A trust -E UTF8 --locale=C.UTF-8 >"$BENCH_PG_DIR/initdb.log"
  fi
  if [ ! -f "$BENCH_PG_DIR/data/postmaster.pid" ]; then
    as_pg_owner "$bin/pg_ctl" -D "$BENCH_PG_DIR/data" -l "$BENCH_PG_DIR/server.log" -w -t 120 -o "$SETTINGS" start >/dev/null
  fi
  as_pg_owner "$bin/psql" -h 127.0.0.1 -p "$BENCH_PG_PORT" -U postgres -d postgres -qAtc \
    "select 1 from pg_database where datname = 'tongxin_bench'" | grep -q 1 \
    || as_pg_owner "$bin/psql" -h 127.0.0.1 -p "$BENCH_PG_PORT" -U postgres -d postgres -qc "create database tongxin_bench"
  echo "$URL"
}

# Drops and recreates the benchmark database (before generating another data set).
reset() {
  local bin
  bin=$(pg_bin_dir)
  as_pg_owner "$bin/psql" -h 127.0.0.1 -p "$BENCH_PG_PORT" -U postgres -d postgres -qc \
    "drop database if exists tongxin_bench with (force)" -c "create database tongxin_bench"
  echo "$URL"
}

stop() {
  [ -f "$BENCH_PG_DIR/data/postmaster.pid" ] || return 0
  as_pg_owner "$(pg_bin_dir)/pg_ctl" -D "$BENCH_PG_DIR/data" -m fast -w -t 60 stop >/dev/null
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  reset) reset ;;
  url) echo "$URL" ;;
  *) echo "usage: bash bench/pg.sh start|reset|stop|url" >&2; exit 2 ;;
esac
