#!/usr/bin/env bash
# Before the first release only: rebuild the generated migrations from the schema in one step.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf server/db/migrations
npx drizzle-kit generate --name schema
