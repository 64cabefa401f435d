#!/usr/bin/env bash
# npm test: every check in order, stopping at the first failure, then a summary of each stage
# (result, time, test counts). The API suite runs twice: on embedded PGlite and on a real
# PostgreSQL server started here and stopped on exit, whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/test-postgres.sh
source scripts/test-postgres.sh

REPORTS=.tmp/test-reports
rm -rf "$REPORTS"
mkdir -p "$REPORTS"
STAGES="$REPORTS/stages.tsv"
: >"$STAGES"
SUITE_START=$SECONDS

# Records one stage's outcome for the summary: name, result, seconds, its JSON report if any.
record() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "${4:-}" >>"$STAGES"; }

# The background seed of the browser specs' demo (seed_in_background below): its PID and directory.
SEED_PID= E2E_SEEDED=

# Runs one stage; on failure records it and exits (the EXIT trap prints the summary). The stage
# under way is remembered so that an interruption shows in the summary too.
RUNNING= RUNNING_T0=
stage() {
  local name=$1 report=$2 result=passed
  shift 2
  printf '\n\033[1m━━ %s ━━\033[0m\n' "$name"
  RUNNING=$name RUNNING_T0=$SECONDS
  "$@" || result=FAILED
  RUNNING=
  record "$name" "$result" $((SECONDS - RUNNING_T0)) "$report"
  printf '━━ %s: %s in %ss\n' "$name" "$result" $((SECONDS - RUNNING_T0))
  [ "$result" = passed ] || exit 1
}

finish() {
  local rc=$?
  [ -z "$RUNNING" ] || record "$RUNNING" stopped $((SECONDS - RUNNING_T0))
  if [ -n "$SEED_PID" ]; then
    kill "$SEED_PID" 2>/dev/null || true
    wait "$SEED_PID" 2>/dev/null || true
  fi
  [ -z "$E2E_SEEDED" ] || rm -rf "$E2E_SEEDED"
  stop_test_postgres
  node scripts/test-summary.mjs "$STAGES" $((SECONDS - SUITE_START)) "$rc" || true
  exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The suite starts its own PostgreSQL server; a DATABASE_URL from the caller must not leak into
# the PGlite run or the browser specs.
unset DATABASE_URL

run_vitest() { npx vitest run --reporter=default --reporter=json --outputFile.json="$1" "${@:2}"; }

# The API suite's files each build their own app and database, so they run side by side: one worker
# per core. Vitest's own default leaves a core to its main process (one worker on two cores), which
# is idle here while the workers run PGlite or wait on PostgreSQL.
API_WORKERS=${API_WORKERS:-$(nproc)}

api_postgres() {
  start_test_postgres || return 1
  local rc=0
  DATABASE_URL="$TEST_PG_URL" run_vitest "$REPORTS/api-postgres.json" --project 'api*' --maxWorkers="$API_WORKERS" || rc=$?
  stop_test_postgres
  return "$rc"
}

# Two workers, each with its own server and demo committee: the browser specs wait on pages more than
# they compute (one worker kept about half of the two cores busy), so a second one nearly halves the
# stage. Measured 2026-12-06 with the machine loaded by other work (load average 14-16): all 83 passed
# on two workers. Set E2E_WORKERS=1 on a slower machine.
e2e() {
  wait_for_seed || return 1
  E2E_DEMO_DATA="$E2E_SEEDED" E2E_WORKERS=${E2E_WORKERS:-2} E2E_JSON_REPORT="$PWD/$REPORTS/e2e.json" \
    node scripts/e2e.mjs
}

# The browser specs' demo committee is seeded in the background from the start (≈ 35 s on one core,
# while lint, type-check and unit tests leave the other idle); the browser stage starts from a copy.
seed_in_background() {
  E2E_SEEDED=$(mktemp -d)
  node scripts/e2e.mjs --seed-only "$E2E_SEEDED" >"$REPORTS/e2e-seed.log" 2>&1 &
  SEED_PID=$!
}
wait_for_seed() {
  local rc=0
  wait "$SEED_PID" || rc=$?
  SEED_PID=
  cat "$REPORTS/e2e-seed.log"
  return "$rc"
}

stage 'system packages' '' bash scripts/ensure-system-deps.sh postgres chromium fonts
seed_in_background
stage 'lint (biome)' '' npx biome check .
stage 'type-check (tsc)' '' npx tsc --noEmit -p tsconfig.json
stage 'unit tests' "$REPORTS/unit.json" run_vitest "$REPORTS/unit.json" --project unit --passWithNoTests
stage 'API suite on PGlite' "$REPORTS/api-pglite.json" run_vitest "$REPORTS/api-pglite.json" --project 'api*' --maxWorkers="$API_WORKERS"
stage 'API suite on PostgreSQL' "$REPORTS/api-postgres.json" api_postgres
stage 'browser specs (Chromium)' "$REPORTS/e2e.json" e2e
